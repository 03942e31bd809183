"""A horizontal bar chart of one statistics table that never draws a hidden count as zero: its
place is a dashed, empty bar labelled "<5" (a small count) or "—" (hidden to protect one), not
drawn to scale, and the chart says so under the bars."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.reports.figures import SHOWN, Table

SERIES_COLOURS = ("#1f3a5f", "#c98a1b", "#8fa3bf")
GAP_COLOUR = "#7a7a7a"
BAR, ROW_GAP, LABEL_WIDTH = 12, 8, 190


class BarChart(QWidget):
    """Bars for `rows` × `cols` of `table`; `names` are the printed labels of rows and columns."""

    def __init__(self, table: Table, rows: list[str], cols: list[str], names: dict[str, str],
                 note: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table, self.rows, self.cols, self.names, self.note = table, rows, cols, names, note
        self.values: list[list[int | str]] = [
            [(table.count(r, c) or 0) if table.state(r, c) == SHOWN else table.text(r, c)
             for c in cols] for r in rows]
        self.hidden = any(isinstance(v, str) for line in self.values for v in line)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(self.sizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        lines = len(self.rows) * (len(self.cols) * BAR + ROW_GAP) + 48 + (18 if self.hidden else 0)
        return QSize(560, lines)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        left, right = LABEL_WIDTH, self.width() - 50
        top = max([v for line in self.values for v in line if isinstance(v, int)] + [1])
        scale = (right - left) / top
        y = 24
        for i, name in enumerate(self.cols):  # legend
            x = left + i * 120
            painter.fillRect(QRectF(x, 4, 10, 10), QColor(SERIES_COLOURS[i % 3]))
            painter.setPen(QColor("#1b1f24"))
            painter.drawText(int(x + 14), 13, self.names.get(name, name))
        for r, row in enumerate(self.rows):
            painter.setPen(QColor("#1b1f24"))
            label = metrics.elidedText(self.names.get(row, row), Qt.TextElideMode.ElideRight,
                                       LABEL_WIDTH - 10)
            painter.drawText(QRectF(0, y, LABEL_WIDTH - 8, len(self.cols) * BAR),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            for c, value in enumerate(self.values[r]):
                bar = QRectF(left, y + c * BAR + 1, 0, BAR - 2)
                if isinstance(value, int):
                    bar.setWidth(value * scale)
                    painter.fillRect(bar, QColor(SERIES_COLOURS[c % 3]))
                    text, colour = f"{value:,}", "#1b1f24"
                else:
                    bar.setWidth((right - left) / 5)
                    painter.setPen(QPen(QColor(GAP_COLOUR), 1, Qt.PenStyle.DashLine))
                    painter.drawRect(bar)
                    text, colour = value, GAP_COLOUR
                painter.setPen(QColor(colour))
                painter.drawText(int(bar.right() + 4), int(bar.bottom() - 1), text)
            y += len(self.cols) * BAR + ROW_GAP
        if self.hidden:
            painter.setPen(QColor("#5a6478"))
            painter.drawText(QRectF(0, y + 4, self.width(), 16), Qt.AlignmentFlag.AlignLeft,
                             self.note)
        painter.end()
