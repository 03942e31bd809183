"""Colours the style sheet cannot reach (item-model roles, rich text), read from it all the same.

Item models give a cell its colour through a role, not through a style sheet; so the colours
live in resources/style/casedesk.qss as properties of this small widget
(`ViewColours { qproperty-alert: #b3261e; }`), and models ask `colour("alert")`. Every colour of
the views is then written in the one style sheet.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import Property
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

NAMES = ("alert", "muted", "faint", "warning", "granted", "denied", "broken", "shade", "link", "text",
         "series1", "series2", "series3", "gap")


def _slot(name: str) -> Property:
    def read(self: ViewColours) -> QColor:
        return self.colours.get(name, QColor())

    def write(self: ViewColours, value: QColor) -> None:
        self.colours[name] = QColor(value)

    return Property(QColor, read, write)


class ViewColours(QWidget):
    """Never shown: its properties are set by the style sheet when it is polished."""

    def __init__(self) -> None:
        self.colours: dict[str, QColor] = {}
        super().__init__()
        self.setObjectName("viewColours")

    alert = _slot("alert")
    muted = _slot("muted")
    faint = _slot("faint")
    warning = _slot("warning")
    granted = _slot("granted")
    denied = _slot("denied")
    broken = _slot("broken")
    shade = _slot("shade")
    link = _slot("link")
    text = _slot("text")  # text drawn by hand (charts)
    series1 = _slot("series1")  # the bars of a chart, by column
    series2 = _slot("series2")
    series3 = _slot("series3")
    gap = _slot("gap")  # a chart's hidden figure: a dashed, empty bar


@cache
def _colours() -> ViewColours:
    widget = ViewColours()
    widget.ensurePolished()
    return widget


def colour(name: str) -> QColor:
    """A named colour of the style sheet (see NAMES)."""
    return QColor(_colours().colours.get(name, QColor()))


def css(name: str) -> str:
    """The same colour for rich text (`<span style="color:…">`)."""
    return colour(name).name()
