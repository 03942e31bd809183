"""The case list as a lazy Qt model: pages of 200 rows arrive as the view scrolls down.

A vault may hold 100,000 cases; the model holds only the rows scrolled past, asks the service for
the next page in `fetchMore`, and never asks for everything. Search results replace the pages
with one short list.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop.services.cases.reads import CaseRow
from desktop.services.errors import VaultError

from .. import labels
from ..palette import colour
from .common import local_time

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE_SIZE = 200

Fetch = Callable[[int, int], list[CaseRow]]  # (offset, limit) -> rows


def _tr(text: str) -> str:
    return QCoreApplication.translate("CasesModel", text)


class CasesModel(QAbstractTableModel):
    REFERENCE, NAME, STATUS, IDENTIFICATION, DISTRICT, AGENCY, UPDATED = range(7)

    failed = Signal(object)  # a page could not be read; the page shows why

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._fetch: Fetch | None = None
        self._rows: list[CaseRow] = []
        self._ids: set[int] = set()
        self._offset = 0
        self._more = False
        self.pages_fetched = 0
        self.headers = (_tr("Reference"), _tr("Name"), _tr("Status"), _tr("Identification"),
                        _tr("District"), _tr("Agency"), _tr("Updated"))

    # -- filling ------------------------------------------------------------------------------
    def load(self, fetch: Fetch) -> None:
        """Start again from the most recently updated case, fetching page by page."""
        self.beginResetModel()
        self._fetch, self._rows, self._ids = fetch, [], set()
        self._offset, self._more, self.pages_fetched = 0, True, 0
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def show_rows(self, rows: list[CaseRow]) -> None:
        """A fixed list (search results): nothing more to fetch."""
        self.beginResetModel()
        self._fetch, self._rows, self._ids = None, list(rows), {r.id for r in rows}
        self._offset, self._more = len(rows), False
        self.endResetModel()

    def forget(self) -> None:
        """Drop every row (the vault is locking)."""
        self.beginResetModel()
        self._fetch, self._rows, self._ids, self._offset, self._more = None, [], set(), 0, False
        self.endResetModel()

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        return not parent.isValid() and self._more and self._fetch is not None

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        if not self.canFetchMore(parent) or self._fetch is None:
            return
        try:
            page = self._fetch(self._offset, PAGE_SIZE)
        except VaultError as error:  # a service refused, with a sentence
            self._more = False
            self.failed.emit(error)
            return
        self.pages_fetched += 1
        self._offset += len(page)
        self._more = len(page) == PAGE_SIZE
        page = [row for row in page if row.id not in self._ids]  # a case updated meanwhile
        if page:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows.extend(page)
            self._ids.update(row.id for row in page)
            self.endInsertRows()

    # -- reading ------------------------------------------------------------------------------
    def row_at(self, row: int) -> CaseRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        case = self._rows[index.row()]
        if role == DISPLAY:
            return self.text(case, index.column())
        if role == CASE_ID_ROLE:
            return case.id
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.NAME:
            return case.name
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == self.STATUS \
                and case.status.startswith("CLOSED"):
            return colour("muted")
        return None

    def text(self, case: CaseRow, column: int) -> str:
        if column == self.REFERENCE:
            return case.reference
        if column == self.NAME:
            return case.name
        if column == self.STATUS:
            return labels.label("case_status", case.status)
        if column == self.IDENTIFICATION:
            return labels.label("identification_status", case.identification_status)
        if column == self.DISTRICT:
            return labels.label("district", case.district)
        if column == self.AGENCY:
            return case.agency_code
        return local_time(case.updated_at)
