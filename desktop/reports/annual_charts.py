"""Bar charts of the annual report (ReportLab graphics): plain numbers in, a Drawing out.
A suppressed count arrives as None and is not drawn."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from .document import ACCENT, FONT, FONT_ITALIC, INK

PALETTE = (ACCENT, colors.HexColor("#C98A1B"), colors.HexColor("#8FA3BF"), colors.HexColor("#5B7F3A"))
WIDTH = 165 * mm


def _scale(values: Sequence[Sequence[int | None]]) -> tuple[int, int]:
    top = max([v or 0 for line in values for v in line] + [1])
    step = max(1, _nice(top / 5))
    return step, step * (int(top / step) + 1)


def _nice(raw: float) -> int:
    for base in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000):
        if raw <= base:
            return base
    return int(raw)


def bars(categories: Sequence[str], series: Sequence[Sequence[int | None]],
         names: Sequence[str] = (), *, horizontal: bool = True, note: str = "") -> Drawing:
    """A bar chart with one bar per category and series; a legend when there are several series."""
    data = [[v or 0 for v in line] for line in series]
    step, top = _scale(series)
    rows = len(categories)
    if horizontal:
        height = max(30 * mm, rows * (7 + 5 * len(series)) + 18 * mm)
        chart: HorizontalBarChart | VerticalBarChart = HorizontalBarChart()
        chart.x, chart.y = 58 * mm, 10 * mm
        chart.width, chart.height = WIDTH - 75 * mm, height - 16 * mm
    else:
        height = 70 * mm
        chart = VerticalBarChart()
        chart.x, chart.y = 14 * mm, 14 * mm
        chart.width, chart.height = WIDTH - 55 * mm, height - 20 * mm
    drawing = Drawing(WIDTH, height)
    chart.data = data
    chart.categoryAxis.categoryNames = list(categories)
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.fillColor = INK
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, top, step
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labelTextFormat = lambda v: f"{int(v):,}"
    chart.valueAxis.gridStrokeColor = colors.HexColor("#DDDDDD")
    chart.valueAxis.visibleGrid = True
    chart.barSpacing, chart.groupSpacing = 1, 5
    if horizontal:
        chart.categoryAxis.labels.boxAnchor = "e"
        chart.categoryAxis.labels.dx = -3
        chart.categoryAxis.reverseDirection = True
    for index in range(len(series)):
        chart.bars[index].fillColor = PALETTE[index % len(PALETTE)]
        chart.bars[index].strokeColor = None
    chart.barLabelFormat = lambda v: f"{int(v):,}" if v else ""
    chart.barLabels.fontSize = 6.5
    chart.barLabels.fontName = FONT
    chart.barLabels.fillColor = INK
    chart.barLabels.boxAnchor = "w" if horizontal else "s"
    chart.barLabels.dx, chart.barLabels.dy = (2, 0) if horizontal else (0, 2)
    drawing.add(chart)
    if len(series) > 1 and names:
        legend = Legend()
        legend.x, legend.y = WIDTH - 36 * mm, height - 8 * mm
        legend.alignment = "right"
        legend.fontSize = 7.5
        legend.fontName = FONT
        legend.colorNamePairs = [(PALETTE[i % len(PALETTE)], n) for i, n in enumerate(names)]
        drawing.add(legend)
    if note:
        drawing.add(String(0, 1 * mm, note, fontName=FONT_ITALIC, fontSize=6.5,
                           fillColor=colors.HexColor("#666666")))
    return drawing
