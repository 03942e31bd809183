"""Form parts of the referral composer: the priority with its due time, the sections to release."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QGridLayout, QWidget

import desktop.models.vocab as vocab

from . import labels


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReferralComposer", text)


def priority_text(code: str) -> str:
    hours = vocab.REFERRAL_PRIORITY_HOURS[code]
    span = _tr("{n} h").format(n=hours) if hours < 100 else _tr("{n} days").format(n=hours // 24)
    return f"{labels.label(code)} ({span})"


class SectionsBox(QWidget):
    """The sections to release, each with its level; those above the sender's level are locked."""

    def __init__(self, level: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 2, 0, 2)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(4)
        self.boxes: dict[str, QCheckBox] = {}
        for position, (code, needed) in enumerate(vocab.RELEASE_SECTIONS.items()):
            box = QCheckBox(labels.label(code) + (f" ({needed})" if needed > 1 else ""))
            box.setEnabled(needed <= level)
            box.setToolTip(_tr("Level {n}").format(n=needed) + ("" if needed <= level
                                                                 else _tr(" — above your level")))
            self.boxes[code] = box
            grid.addWidget(box, position // 2, position % 2)

    def set_value(self, codes: tuple[str, ...]) -> None:
        for code, box in self.boxes.items():
            box.setChecked(code in codes)

    def value(self) -> tuple[str, ...]:
        return tuple(code for code, box in self.boxes.items() if box.isChecked())

    def restricted(self) -> bool:
        return any(vocab.RELEASE_SECTIONS[c] >= 3 for c in self.value())
