"""Small parts shared by the case screens: a read-only table model, field widgets, panels."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .. import dates, labels
from ..palette import colour

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
MUTED, ALERT = "muted", "alert"  # names of the style sheet's colours (views/palette.py)


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaseScreens", text)


def local_time(value: datetime | None) -> str:
    """Stored times are naive UTC; shown in the workstation's time zone, in the one style."""
    return dates.moment(value)


def day_text(value: date | None) -> str:
    return dates.day(value)


class RowsModel(QAbstractTableModel):
    """A read-only table of prepared strings; each row carries a key (a record id)."""

    def __init__(self, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.rows: list[tuple[str, ...]] = []
        self.keys: list[Any] = []
        self.colours: list[str | None] = []

    def set_rows(self, rows: Sequence[tuple[Any, Sequence[str]]],
                 colours: Sequence[str | None] | None = None) -> None:
        """Rows of (key, cells); `colours` names a row's text colour (ALERT, MUTED) or None."""
        self.beginResetModel()
        self.keys = [key for key, _ in rows]
        self.rows = [tuple(cells) for _, cells in rows]
        self.colours = list(colours) if colours is not None else [None] * len(self.rows)
        self.endResetModel()

    def forget(self) -> None:
        self.set_rows([])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:  # noqa: N802
        horizontal = orientation == Qt.Orientation.Horizontal
        return self.headers[section] if horizontal and role == DISPLAY else None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        if role in (DISPLAY, Qt.ItemDataRole.ToolTipRole):
            return self.rows[index.row()][index.column()]
        if role == KEY_ROLE:
            return self.keys[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole:
            name = self.colours[index.row()]
            return colour(name) if name else None
        return None


class FitTable(QTableView):
    """A table as tall as its rows (up to the space there is), so a short list leaves no
    empty box below it."""

    def __init__(self) -> None:
        super().__init__()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if self.wordWrap():  # wrapped rows take their height from the new width
            fit_rows(self)

    def setModel(self, model: Any) -> None:  # noqa: N802 (Qt API)
        super().setModel(model)
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self.updateGeometry)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        rows = self.verticalHeader().length() or self.verticalHeader().defaultSectionSize()
        scroll = self.horizontalScrollBar()
        height = self.horizontalHeader().height() + rows + 2 * self.frameWidth() + 2 + (
            scroll.sizeHint().height() if scroll.isVisible() else 0)
        return QSize(super().sizeHint().width(), height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(super().minimumSizeHint().width(), self.horizontalHeader().height()
                     + self.verticalHeader().defaultSectionSize() + 2 * self.frameWidth() + 2)


def make_table(model: QAbstractTableModel, widths: Sequence[int] = (), *,
               wrap: bool = False, fit: bool = False) -> QTableView:
    """The house table: whole rows, one selection, no editing, the last column stretched."""
    table = FitTable() if fit else QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(wrap)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setHighlightSections(False)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    model.modelReset.connect(lambda: size_to_content(table, widths))
    return table


def size_to_content(table: QTableView, least: Sequence[int] = (), widest: int = 340) -> None:
    """Each column as wide as its header and its longest cell (headers never clipped, in any
    language), within `widest`; a longer cell elides and shows whole in its tooltip."""
    model = table.model()
    if model is None or not model.rowCount():
        return
    for column in range(model.columnCount() - 1):
        table.resizeColumnToContents(column)
        wanted = max(table.columnWidth(column) + 12, least[column] if column < len(least) else 0)
        table.setColumnWidth(column, min(widest, wanted))


def fit_columns(table: QTableView, widest: int = 280) -> None:
    """Columns as wide as their content (a few rows only), capped; long text wraps."""
    table.resizeColumnsToContents()
    for column in range(table.model().columnCount() - 1):
        table.setColumnWidth(column, min(widest, table.columnWidth(column) + 16))
    fit_rows(table)


def fit_rows(table: QTableView) -> None:
    """Rows as tall as their wrapped text, with a little air; for short tables only."""
    table.resizeRowsToContents()
    for row in range(table.model().rowCount()):
        table.setRowHeight(row, max(30, table.rowHeight(row) + 4))
    table.updateGeometry()


def danger_button(text: str) -> QPushButton:
    """A button for a destructive action: red while enabled, plain grey while not."""
    button = QPushButton(text)
    button.setObjectName("danger")
    return button


def selected_key(table: QTableView) -> Any:
    rows = table.selectionModel().selectedRows()
    return rows[0].data(KEY_ROLE) if rows else None


def note(text: str, name: str = "hint") -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


def title(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("cardTitle")
    return label


class RestrictedPanel(QFrame):
    """Stands where a section would be when the user's level does not include it."""

    def __init__(self, section: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restrictedPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.setSpacing(4)
        heading = QLabel(_tr("Restricted — your level does not include this section"))
        heading.setObjectName("cardTitle")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(note(_tr(
            "{section} is kept at a higher user level than yours. Ask a supervisor if your work "
            "on this case needs it; your administrator can change your level.").format(
            section=labels.name(section))))
        self.section = section


class DateField(QLineEdit):
    """A date typed as YYYY-MM-DD, or left empty when not known."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(_tr("YYYY-MM-DD"))
        self.setMaxLength(10)
        self.setMaximumWidth(150)

    def set_value(self, day: date | None) -> None:
        self.setText(day.isoformat() if day else "")

    def value(self) -> date | None:
        """The date, None when empty; ValueError with a sentence when it cannot be read."""
        text = self.text().strip()
        if not text:
            return None
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise ValueError(_tr("Enter the date as YYYY-MM-DD, for example 2024-03-31.")) from None


class CountryBox(QComboBox):
    """A country chosen by name or typed as a two-letter code; the frequent ones come first."""

    def __init__(self, blank: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(14)
        if blank:
            self.addItem("", "")
        for code, name in labels.all_countries():
            self.addItem(f"{name} ({code})", code)
        self.setMinimumWidth(220)

    def set_value(self, code: str) -> None:
        index = self.findData(code or "")
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(code)

    def value(self) -> str:
        """The chosen code; typed text that names no entry is passed on for the service to judge."""
        text = self.currentText().strip()
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.itemData(index))
        return text.upper() if len(text) == 2 else text


class CodesBox(QWidget):
    """Several codes of one list, as check boxes in columns."""

    def __init__(self, kind: str, codes: Sequence[str] | None = None, columns: int = 2,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        codes = tuple(codes if codes is not None else labels.KIND_OF_LIST[kind])
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 2, 0, 2)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(4)
        rows = (len(codes) + columns - 1) // columns
        self.boxes: dict[str, QCheckBox] = {}
        for position, code in enumerate(codes):
            box = QCheckBox(labels.label(kind, code))
            self.boxes[code] = box
            grid.addWidget(box, position % rows, position // rows)

    def set_value(self, codes: Sequence[str] | str) -> None:
        chosen = set(codes.split(",") if isinstance(codes, str) else codes)
        for code, box in self.boxes.items():
            box.setChecked(code in chosen)

    def value(self) -> tuple[str, ...]:
        return tuple(code for code, box in self.boxes.items() if box.isChecked())


def choice_box(kind: str, codes: Sequence[str] | None = None, blank: str | None = None) -> QComboBox:
    """A combo box of the labelled codes of a kind (all of its list unless `codes` narrows it);
    `blank` adds a first entry meaning "none"."""
    box = QComboBox()
    box.setProperty("labelKind", kind)
    if blank is not None:
        box.addItem(blank, "")
    for code in codes if codes is not None else labels.KIND_OF_LIST[kind]:
        box.addItem(labels.label(kind, code), code)
    return box


def set_choice(box: QComboBox, code: str) -> None:
    index = box.findData(code)
    if index < 0 and code:  # a stored code no longer in the list stays visible
        box.addItem(labels.label(str(box.property("labelKind") or ""), code), code)
        index = box.count() - 1
    box.setCurrentIndex(max(0, index))


def ask(parent: QWidget, heading: str, text: str, confirm: str,
        then: Callable[[], None], *, danger: bool = False) -> QMessageBox:
    """A window-modal question whose confirm button names the action; Cancel is the default."""
    box = QMessageBox(QMessageBox.Icon.Question, heading, text,
                      QMessageBox.StandardButton.Cancel, parent)
    yes = box.addButton(confirm, QMessageBox.ButtonRole.AcceptRole)
    if danger:
        yes.setObjectName("danger")
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.finished.connect(lambda _: then() if box.clickedButton() is yes else None)
    box.open()
    return box


def accept_button(box: QMessageBox) -> Any:
    """The confirm button of a question made by `ask` (tests press it)."""
    return next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
