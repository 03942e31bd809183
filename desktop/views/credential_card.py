"""The card in which a password is typed: the login window and the lock screen share it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .widgets import FieldError

CARD_WIDTH = 440


class CredentialCard(QFrame):
    """A titled card: fields added with `add`, then an error line, a busy bar and the buttons
    (`finish`). Titles wrap, so a longer language never clips them."""

    def __init__(self, title: str, subtitle: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loginCard")
        self.setFixedWidth(CARD_WIDTH)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(32, 28, 32, 28)
        self.column.setSpacing(10)
        self.title = QLabel(title)
        self.title.setObjectName("appTitle")
        self.title.setWordWrap(True)
        self.subtitle = QLabel(subtitle)
        self.subtitle.setObjectName("pageSubtitle")
        self.subtitle.setWordWrap(True)
        self.column.addWidget(self.title)
        self.column.addWidget(self.subtitle)
        self.error = FieldError()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setFixedHeight(6)
        self.progress.setTextVisible(False)
        self.progress.hide()

    def add(self, item: QWidget | QLayout) -> None:
        if isinstance(item, QLayout):
            self.column.addLayout(item)
        else:
            self.column.addWidget(item)

    def finish(self, primary: QPushButton, secondary: QPushButton | None = None) -> None:
        """The error line, the busy bar, then the buttons: the primary one alone and full width,
        or the secondary on the left and the primary on the right."""
        self.column.addWidget(self.error)
        self.column.addWidget(self.progress)
        primary.setObjectName("primary")
        primary.setDefault(True)
        if secondary is None:
            self.column.addWidget(primary)
            return
        row = QHBoxLayout()
        row.addWidget(secondary)
        row.addStretch(1)
        row.addWidget(primary)
        self.column.addLayout(row)


def centre(owner: QWidget, *widgets: QWidget) -> None:
    """Lay `widgets` out in a column in the middle of `owner`."""
    outer = QHBoxLayout(owner)
    outer.addStretch(1)
    column = QVBoxLayout()
    column.addStretch(1)
    for widget in widgets:
        column.addWidget(widget)
    column.addStretch(1)
    outer.addLayout(column)
    outer.addStretch(1)
