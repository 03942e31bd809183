"""A horizontal bar chart of one statistics table that never draws a hidden count as zero: its
place is a dashed, empty bar labelled "<5" (a small count) or "—" (hidden to protect one), not
drawn to scale, and the chart says so under the bars."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.reports.figures import SHOWN, Table

from ..palette import colour

SERIES = ("series1", "series2", "series3")  # palette names, from the style sheet
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
            painter.fillRect(QRectF(x, 4, 10, 10), colour(SERIES[i % 3]))
            painter.setPen(colour("text"))
            painter.drawText(int(x + 14), 13, self.names.get(name, name))
        for r, row in enumerate(self.rows):
            painter.setPen(colour("text"))
            label = metrics.elidedText(self.names.get(row, row), Qt.TextElideMode.ElideRight,
                                       LABEL_WIDTH - 10)
            painter.drawText(QRectF(0, y, LABEL_WIDTH - 8, len(self.cols) * BAR),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            for c, value in enumerate(self.values[r]):
                bar = QRectF(left, y + c * BAR + 1, 0, BAR - 2)
                if isinstance(value, int):
                    bar.setWidth(value * scale)
                    painter.fillRect(bar, colour(SERIES[c % 3]))
                    text, pen = f"{value:,}", "text"
                else:
                    bar.setWidth((right - left) / 5)
                    painter.setPen(QPen(colour("gap"), 1, Qt.PenStyle.DashLine))
                    painter.drawRect(bar)
                    text, pen = value, "gap"
                painter.setPen(colour(pen))
                painter.drawText(int(bar.right() + 4), int(bar.bottom() - 1), text)
            y += len(self.cols) * BAR + ROW_GAP
        if self.hidden:
            painter.setPen(colour("muted"))
            painter.drawText(QRectF(0, y + 4, self.width(), 16), Qt.AlignmentFlag.AlignLeft,
                             self.note)
        painter.end()
