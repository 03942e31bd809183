"""The audit trail for administrators: filtered entries, paged lazily, and chain verification."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from desktop.models.seed import Action
from desktop.services.audit import AuditAction, AuditRecord
from desktop.services.errors import VaultError

from .. import dates, labels
from ..context import AppContext
from ..palette import colour
from ..widgets import Card, EmptyState, FieldError, PageHeader, error_text, set_status, shrinkable
from .audit_detail import detail_text, record_text
from .base import AdminTab

PAGE_SIZE = 200
DEFAULT_DAYS = 30
Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("AuditTab", text)


def audit_action_labels() -> dict[str, str]:
    """What each audited event means, in words an administrator reads at a glance."""
    return {action: labels.label("audit_action", action) for action in AuditAction}


def local_time(at: datetime) -> str:
    """An entry's time (stored as naive UTC) in the workstation's time zone."""
    return dates.moment(at, seconds=True)


def as_date(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def utc_midnight(day: date) -> datetime:
    """The start of a local calendar day as naive UTC, as the audit table stores times."""
    return datetime.combine(day, time()).astimezone().astimezone(UTC).replace(tzinfo=None)


class AuditModel(QAbstractTableModel):
    """Audit entries newest first; `fetch(offset)` loads the next page when the view needs it."""

    def __init__(self, fetch: Callable[[int], list[AuditRecord]], parent: Any = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._rows: list[AuditRecord] = []
        self._offset = 0
        self._more = False
        self._labels = audit_action_labels()
        self.broken_id: int | None = None
        self.headers = (_tr("Time"), _tr("User"), _tr("Action"), _tr("Record"), _tr("Detail"))

    def load(self) -> None:
        """Start again from the newest entry (filters changed)."""
        self.beginResetModel()
        self._rows, self._offset, self._more = [], 0, True
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def forget(self) -> None:
        self.beginResetModel()
        self._rows, self._offset, self._more, self.broken_id = [], 0, False, None
        self.endResetModel()

    def mark_broken(self, entry_id: int | None) -> None:
        self.broken_id = entry_id
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(self.headers) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        if parent.isValid() or not self._more:
            return
        page = self._fetch(self._offset)
        self._offset += len(page)
        self._more = len(page) == PAGE_SIZE
        if self._rows:  # entries added meanwhile shift the pages: never show one twice
            page = [r for r in page if r.id < self._rows[-1].id]
        if page:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def record(self, row: int) -> AuditRecord:
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(entry, index.column())
        if role == Qt.ItemDataRole.BackgroundRole and entry.id == self.broken_id:
            return colour("broken")
        if role == Qt.ItemDataRole.ForegroundRole and entry.action == AuditAction.LOGIN_FAILED:
            return colour("alert")
        return None

    def _text(self, entry: AuditRecord, column: int) -> str:
        who = entry.user_name or entry.username or _tr("(system)")
        if column == 1 and entry.user_name and entry.username:
            who = f"{entry.user_name} ({entry.username})"
        return (local_time(entry.at), who, self._labels.get(entry.action, entry.action),
                record_text(entry), detail_text(entry))[column]

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None


class AuditTab(AdminTab):
    required = (Action.AUDIT_VIEW,)
    areas = ("audit",)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("AuditTab", "Audit trail", "tab")  # short: 9 tabs fit

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._filters: dict[str, Any] | None = None
        self.layout_.addWidget(PageHeader(
            self.tr("Audit trail"),
            self.tr("Every login, account change, backup and key rotation, newest first. "
                    "Entries cannot be edited: each is sealed to the one before it, so "
                    "verification names any entry that was changed, removed or reordered.")))
        self._build_filters()
        self._build_chain()
        self.model = AuditModel(self._fetch_page, self)
        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((160, 220, 170, 240)):
            self.table.setColumnWidth(column, width)
        self.empty = Card(self.tr("No matching entries"))
        self.empty.body.addWidget(EmptyState(self.tr(
            "No audit entry matches these filters. Widen the dates, or choose all users and "
            "all actions, then press Apply.")))
        self.empty.hide()
        self.layout_.addWidget(self.table, 1)
        self.layout_.addWidget(self.empty)
        self.count = QLabel()
        self.count.setObjectName("hint")
        self.layout_.addWidget(self.count)
        self.layout_.addStretch(0)  # takes the space only while the table is hidden
        self.model.rowsInserted.connect(self._show_count)
        self.model.modelReset.connect(self._show_count)

    # -- building ---------------------------------------------------------------------------
    def _build_filters(self) -> None:
        row = QHBoxLayout()
        row.setSpacing(8)
        self.user_filter = QComboBox()
        self.user_filter.setEditable(True)
        self.user_filter.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.user_filter.setMinimumWidth(200)
        self.user_edit = self.user_filter.lineEdit() or QLineEdit()
        self.user_edit.setPlaceholderText(self.tr("All users"))
        self.action_filter = QComboBox()
        self.action_filter.addItem(self.tr("All actions"), None)
        for value, name in sorted(audit_action_labels().items(), key=lambda item: item[1]):
            self.action_filter.addItem(name, str(value))
        self.action_filter.setMinimumWidth(190)
        shrinkable(self.action_filter, 16)
        today = QDate.currentDate()
        self.since = self._date_edit(today.addDays(-DEFAULT_DAYS))
        self.until = self._date_edit(today)
        self.apply_button = QPushButton(self.tr("Apply"))
        self.apply_button.setObjectName("primary")
        self.apply_button.clicked.connect(self.apply)
        self.user_edit.returnPressed.connect(self.apply)
        for text, widget in ((self.tr("User"), self.user_filter),
                             (self.tr("Action"), self.action_filter),
                             (self.tr("From"), self.since), (self.tr("To"), self.until)):
            label = QLabel(text)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget)
            row.addSpacing(6)
        row.addWidget(self.apply_button)
        row.addStretch(1)
        self.layout_.addLayout(row)
        self.filter_error = FieldError()
        self.layout_.addWidget(self.filter_error)

    @staticmethod
    def _date_edit(day: QDate) -> QDateEdit:
        edit = QDateEdit(day)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumWidth(120)
        return edit

    def _build_chain(self) -> None:
        row = QHBoxLayout()
        row.setSpacing(10)
        self.head_label = QLabel()
        self.head_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.head_label.setWordWrap(True)
        self.verify_button = QPushButton(self.tr("Verify chain"))
        self.verify_button.setToolTip(self.tr(
            "Recompute the seal of every entry, oldest first, and name the first one that fails."))
        self.verify_button.clicked.connect(self.verify_chain)
        row.addWidget(self.head_label, 1)
        row.addWidget(self.verify_button)
        self.layout_.addLayout(row)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()
        self.layout_.addWidget(self.status)

    # -- loading ----------------------------------------------------------------------------
    def filters(self) -> dict[str, Any] | None:
        """The filters as the service takes them, or None (with a message) when invalid."""
        first, last = as_date(self.since.date()), as_date(self.until.date())
        if first > last:
            self.filter_error.show_message(self.tr("The start date is after the end date."))
            return None
        self.filter_error.show_message("")
        user = self.user_filter.currentText().strip()
        return {"username": user or None, "action": self.action_filter.currentData(),
                "since": utc_midnight(first), "until": utc_midnight(last + timedelta(days=1))}

    def _fetch_page(self, offset: int) -> list[AuditRecord]:
        filters = self._filters
        if filters is None or self.ctx.session is None:
            return []
        try:
            return self.ctx.audit.entries(self.ctx.user, limit=PAGE_SIZE, offset=offset,
                                          **filters)
        except VaultError as error:  # a service refused, with a sentence
            set_status(self.status, False, error_text(error))
            return []

    def refresh(self) -> None:
        typed = self.user_filter.currentText()
        self.user_filter.blockSignals(True)
        self.user_filter.clear()
        self.user_filter.addItem("")
        self.user_filter.addItems(self.ctx.audit.usernames(self.ctx.user))
        self.user_filter.setEditText(typed)
        self.user_filter.blockSignals(False)
        self._show_newest()
        self.apply()

    def apply(self) -> None:
        filters = self.filters()
        if filters is None:
            return
        self._filters = filters
        self.model.load()
        self.table.scrollToTop()

    def _show_newest(self) -> None:
        newest = self.ctx.audit.entries(self.ctx.user, limit=1)
        if not newest:
            self.head_label.setText(self.tr("The audit trail is empty."))
            return
        self.head_label.setText(self.tr(
            "<b>Chain head:</b> entry #{id} of {when}. Verify the chain to check every entry "
            "up to it and see its seal.").format(id=newest[0].id, when=local_time(newest[0].at)))

    def _show_count(self) -> None:
        rows = self.model.rowCount()
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        if not rows:
            self.count.clear()
        elif self.model.canFetchMore(QModelIndex()):
            self.count.setText(self.tr("{n} newest entries shown; scroll down for more.")
                               .format(n=rows))
        else:
            self.count.setText(self.tr("{n} entries.").format(n=rows))

    # -- verification -----------------------------------------------------------------------
    def verify_chain(self) -> None:
        self.verify_button.setEnabled(False)
        set_status(self.status, None, self.tr("Verifying every entry of the audit trail…"))
        self.ctx.worker.run(lambda: self.ctx.audit.verify(self.ctx.user), self._verified,
                            self._verify_failed, self.tr("Verifying the audit chain…"))

    def _verified(self, report: Any) -> None:
        self.verify_button.setEnabled(True)
        if report.ok:
            self.model.mark_broken(None)
            set_status(self.status, True, self.tr(
                "Chain verified: {n} entries, head #{id} {mac}…").format(
                n=report.checked, id=report.head_id, mac=report.head_mac[:16]))
            self.head_label.setText(self.tr(
                "<b>Chain head:</b> entry #{id}, seal {mac}").format(
                id=report.head_id, mac=report.head_mac))
            return
        self.model.mark_broken(report.broken_id)
        set_status(self.status, False, self.tr(
            "Chain broken: {problem}. {n} earlier entries verified (last good #{id}). Keep this "
            "workstation as it is and compare with the newest backup.").format(
            problem=report.problem, n=report.checked, id=report.head_id))

    def _verify_failed(self, error: BaseException) -> None:
        self.verify_button.setEnabled(True)
        set_status(self.status, False, error_text(error))

    def clear(self) -> None:
        self._filters = None
        self.model.forget()
        self.user_filter.clear()
        self.head_label.clear()
        set_status(self.status, None, "")
        self.count.clear()
