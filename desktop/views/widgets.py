"""Small shared widgets: page headers, empty states, inline field errors, the strength meter."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from desktop.services.accounts import passwords
from desktop.services.errors import VaultError

log = logging.getLogger("casedesk.views")


def tr(text: str) -> str:
    return QCoreApplication.translate("CaseDesk", text)


def error_text(error: BaseException) -> str:
    """The user-facing sentence of an error; unexpected errors never show their message."""
    if isinstance(error, VaultError):  # services speak English; their constant sentences are
        return QCoreApplication.translate("ServiceMessages", error.message)  # translated here
    log.error("unexpected error: %s", type(error).__name__, exc_info=error)
    return tr("Something went wrong ({name}). Nothing further was changed; the details are "
              "in the log file.").format(name=type(error).__name__)


def show_error(parent: QWidget | None, title: str, error: BaseException) -> None:
    QMessageBox.warning(parent, title, error_text(error))


def set_status(label: QLabel, ok: bool | None, text: str) -> None:
    """A status line in green (okText), red (badText) or plain grey (hint)."""
    label.setObjectName({True: "okText", False: "badText", None: "hint"}[ok])
    label.style().unpolish(label)
    label.style().polish(label)
    label.setText(text)
    label.setVisible(bool(text))


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize a dialog to the size it wants, but never beyond the screen it opens on (a laptop at
    1366×768 has about 720 pixels of height for a window)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width, height = min(width, room.width() - 24), min(height, room.height() - 48)
    window.resize(width, height)


def shrinkable(box: QComboBox, characters: int = 18) -> QComboBox:
    """A combo box that may be narrower than its longest entry (long names elide in the box,
    the list shows them whole), so a form never runs off its panel."""
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(characters)
    return box


class PageHeader(QWidget):
    def __init__(self, title: str, subtitle: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.setSpacing(2)
        self.title = QLabel(title)
        self.title.setObjectName("pageTitle")
        layout.addWidget(self.title)
        self.subtitle = QLabel(subtitle)
        self.subtitle.setObjectName("pageSubtitle")
        self.subtitle.setWordWrap(True)
        self.subtitle.setVisible(bool(subtitle))
        layout.addWidget(self.subtitle)


class Card(QFrame):
    """A titled panel used on the Home page and in administration."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(16, 14, 16, 14)
        self.body.setSpacing(6)
        heading = QLabel(title)
        heading.setObjectName("cardTitle")
        self.body.addWidget(heading)


class EmptyState(QLabel):
    """Says what will appear here, instead of an empty grey area."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setObjectName("emptyState")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)


class FieldError(QLabel):
    """A validation message shown next to its field; hidden while empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setWordWrap(True)
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


class StrengthMeter(QWidget):
    """U3's strength hint: a bar and a sentence, updated as the password is typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.bar = QProgressBar()
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(8)
        self.label = QLabel()
        self.label.setObjectName("hint")
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.label, 2)
        self.update_for("")

    def update_for(self, password: str, username: str = "") -> None:
        if not password:
            self.bar.setValue(0)
            self.label.setText(tr("At least 12 characters; a few unusual words work well."))
            return
        estimate = passwords.strength(password, username)
        self.bar.setValue(estimate.score)
        self.bar.setProperty("score", estimate.score)
        self.bar.style().unpolish(self.bar)
        self.bar.style().polish(self.bar)
        text = (tr("Very weak"), tr("Weak"), tr("Fair"), tr("Strong"),
                tr("Very strong"))[estimate.score]
        if len(password) < passwords.MIN_LENGTH:
            text = tr("Too short: {n} of at least {min} characters").format(
                n=len(password), min=passwords.MIN_LENGTH)
        self.label.setText(text)
