"""Bar charts of the annual report (ReportLab graphics): plain numbers in, a Drawing out.

A hidden count is never drawn as a zero: its place is a dashed, empty bar labelled with what
the tables print ("<5" for a small count, "—" for one hidden to protect it), and the chart's
note says what the marks mean.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from .document import ACCENT, FONT, FONT_BOLD, FONT_ITALIC, INK
from .scripts import string_width

PALETTE = (ACCENT, colors.HexColor("#C98A1B"), colors.HexColor("#8FA3BF"), colors.HexColor("#5B7F3A"))
WIDTH = 165 * mm
GRID = colors.HexColor("#DDDDDD")
GAP = colors.HexColor("#7A7A7A")
Value = int | str  # a count, or the mark printed for a hidden one


def _nice(raw: float) -> int:
    for base in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000):
        if raw <= base:
            return base
    return int(raw)


def _scale(series: Sequence[Sequence[Value]]) -> tuple[int, int]:
    top = max([v for line in series for v in line if isinstance(v, int)] + [1])
    step = max(1, _nice(top / 5))
    return step, step * (int(top / step) + 1)


def _fit(text: str, width: float, size: float) -> str:
    while text and string_width(text, FONT, size) > width:
        text = text[:-2] + "…" if len(text) > 2 else ""
    return text


def _bar(drawing: Drawing, x: float, y: float, w: float, h: float, value: Value, color: colors.Color,
         horizontal: bool) -> None:
    """One bar, or the marked gap of a hidden count, with its label."""
    if isinstance(value, int):
        if value:
            drawing.add(Rect(x, y, w, h, fillColor=color, strokeColor=None))
        label, font, ink = f"{value:,}", FONT, INK
    else:
        gap = Rect(x, y, w, h, fillColor=None, strokeColor=GAP, strokeWidth=0.6,
                   strokeDashArray=[1.5, 1.2])
        drawing.add(gap)
        label, font, ink = value, FONT_BOLD, GAP
    if horizontal:
        drawing.add(String(x + w + 2, y + h / 2 - 2.3, label, fontName=font, fontSize=6.5,
                           fillColor=ink))
    else:
        drawing.add(String(x + w / 2, y + h + 2, label, fontName=font, fontSize=6.5, fillColor=ink,
                           textAnchor="middle"))


def bars(categories: Sequence[str], series: Sequence[Sequence[Value]], names: Sequence[str] = (), *,
         horizontal: bool = True, note: str = "") -> Drawing:
    """One bar per category and series, a legend when there are several series; hidden counts
    (strings) are drawn as labelled gaps a fifth of the scale long."""
    step, top = _scale(series)
    legend = 10 * mm if len(series) > 1 and names else 0
    foot = 6 * mm if note else 0
    if horizontal:
        row = 5.5 * len(series) + 4
        height = len(categories) * row + 12 * mm + legend + foot
        left, right = 58 * mm, WIDTH - 14 * mm
        base = foot + 8 * mm
    else:
        height = 70 * mm + legend + foot
        left, right = 14 * mm, WIDTH - 4 * mm
        base = foot + 14 * mm
    drawing = Drawing(WIDTH, height)
    span = (right - left) if horizontal else (height - legend - base - 6 * mm)
    gap_length = span / 5

    def length(value: Value) -> float:
        return float(gap_length if isinstance(value, str) else span * value / top)

    for tick in range(0, top + 1, step):  # the value axis and its grid
        at = (left if horizontal else base) + span * tick / top
        if horizontal:
            drawing.add(Line(at, base, at, base + len(categories) * row, strokeColor=GRID,
                             strokeWidth=0.4))
            drawing.add(String(at, base - 9, f"{tick:,}", fontName=FONT, fontSize=6.5,
                               fillColor=INK, textAnchor="middle"))
        else:
            drawing.add(Line(left, at, right, at, strokeColor=GRID, strokeWidth=0.4))
            drawing.add(String(left - 3, at - 2.3, f"{tick:,}", fontName=FONT, fontSize=6.5,
                               fillColor=INK, textAnchor="end"))
    if horizontal:
        for i, name in enumerate(categories):
            y_top = base + (len(categories) - i) * row - 2
            drawing.add(String(left - 4, y_top - row / 2, _fit(name, left - 6, 7.5), fontName=FONT,
                               fontSize=7.5, fillColor=INK, textAnchor="end"))
            for s, line in enumerate(series):
                y = y_top - 2 - (s + 1) * 5.5
                _bar(drawing, left, y, length(line[i]), 4.6, line[i], PALETTE[s % 4], True)
    else:
        slot = (right - left) / max(1, len(categories))
        bar = min(14.0, (slot - 6) / max(1, len(series)))
        for i, name in enumerate(categories):
            x0 = left + i * slot + (slot - bar * len(series)) / 2
            drawing.add(String(left + (i + 0.5) * slot, base - 10, _fit(name, slot - 2, 7.5),
                               fontName=FONT, fontSize=7.5, fillColor=INK, textAnchor="middle"))
            for s, line in enumerate(series):
                _bar(drawing, x0 + s * bar, base, bar - 1, length(line[i]), line[i],
                     PALETTE[s % 4], False)
    if legend:
        x = left
        for s, name in enumerate(names):
            drawing.add(Rect(x, height - 6 * mm, 6, 6, fillColor=PALETTE[s % 4], strokeColor=None))
            drawing.add(String(x + 9, height - 6 * mm + 1, name, fontName=FONT, fontSize=7.5,
                               fillColor=INK))
            x += string_width(name, FONT, 7.5) + 24
    if note:
        drawing.add(String(0, 1 * mm, note, fontName=FONT_ITALIC, fontSize=6.5,
                           fillColor=colors.HexColor("#555555")))
    return drawing
