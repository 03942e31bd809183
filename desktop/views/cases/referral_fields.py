"""Form parts of the referral composer: the priority with its due time, the sections to release."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QGridLayout, QWidget

import desktop.models.vocab as vocab
from desktop.services.referrals.rules import ConsentGap

from .. import dates, labels


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReferralComposer", text)


def priority_text(code: str) -> str:
    hours = vocab.REFERRAL_PRIORITY_HOURS[code]
    span = _tr("{n} h").format(n=hours) if hours < 100 else _tr("{n} days").format(n=hours // 24)
    return f"{labels.label('priority', code)} ({span})"


def due_words(due: datetime | None, priority: str, overdue: bool) -> str:
    """When the recipient must answer: a day for a two-week referral, a day and time for the
    urgent ones (24 or 72 hours), with "overdue" in words when it is."""
    if due is None:
        return "—"
    shown = dates.day(due) if vocab.REFERRAL_PRIORITY_HOURS.get(priority, 0) >= 7 * 24 \
        else dates.moment(due)
    return _tr("{due} · overdue").format(due=shown) if overdue else shown


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
            box = QCheckBox(labels.label("section", code) + (f" ({needed})" if needed > 1 else ""))
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


def gap_text(gap: ConsentGap) -> str:
    """Why the consent gate refuses, in the reader's words: names of types and sections."""
    if gap.problem == "NO_CONSENT":
        return _tr("No consent to refer is recorded for this referral. Record the person's consent "
                   "in the case's Consent section and choose it here.")
    if gap.problem == "WITHDRAWN":
        return _tr("The consent of {given} was withdrawn on {withdrawn}.").format(
            given=dates.day(gap.given_on), withdrawn=dates.day(gap.withdrawn_on))
    if gap.problem == "NO_CONSENT_TO_REFER":
        return _tr("The consent record does not say that the person consents to referral.")
    if gap.problem == "RECIPIENT_TYPE":
        return _tr("The consent does not cover recipients of this type: {kind}.").format(
            kind=labels.labels("recipient_type", gap.codes))
    return _tr("The consent does not authorise releasing: {sections}.").format(
        sections=labels.labels("section", gap.codes))
