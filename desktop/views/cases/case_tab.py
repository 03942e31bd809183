"""What every tab of the case workspace shares: the open case, and how it reports a write."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

import desktop.models.vocab as vocab
from desktop.models.seed import Action
from desktop.services.cases.reads import CaseDetail
from desktop.services.user import UserSession

from ..context import AppContext


@dataclass(frozen=True)
class OpenCase:
    """The case as opened, and whether this user may change it now."""

    detail: CaseDetail
    can_edit: bool

    @property
    def id(self) -> int:
        return self.detail.row.id

    @property
    def closed(self) -> bool:
        return self.detail.row.status in vocab.CLOSED_STATUSES

    @classmethod
    def of(cls, session: UserSession, detail: CaseDetail) -> OpenCase:
        closed = detail.row.status in vocab.CLOSED_STATUSES
        return cls(detail, session.principal.can(Action.CASE_EDIT) and not closed)

    def restricted(self, level_key: str) -> bool:
        return level_key in self.detail.restricted


class CaseTab(QWidget):
    """A tab shows the open case (`show_case`), loads its own records when first shown
    (`load`, while `stale`), and forgets everything in `clear`. After a write it emits `wrote`
    with True when the case itself must be read again (notes, tasks, status…)."""

    wrote = Signal(bool)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case: OpenCase | None = None
        self.stale = True
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(16, 14, 16, 14)
        self.layout_.setSpacing(10)

    def show_case(self, case: OpenCase) -> None:
        if self.case is None or self.case.id != case.id:
            self.stale = True
        self.case = case

    def load(self) -> None:
        """Read what the tab shows beyond the case detail (called when shown and stale)."""

    def clear(self) -> None:
        self.case = None
        self.stale = True
