"""The main window's pages, each built (and its module loaded) when first shown or asked for.

Unlock → Home pays for the Home page only: the other pages' modules (administration, statistics,
referrals, prevention: about 0.5 s of imports at this size) load when the user opens them, or
when another part asks for the page (`pages["cases"]`, `pages.get("cases")`). A page not yet
built holds no data, so locking and shutting down touch the built ones only (`values()`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtWidgets import QStackedWidget, QWidget

from ..context import AppContext
from ..page import Page
from .pages import PageSpec


class LazyPages:
    """Key → page for the sidebar's pages, in a stacked widget whose index is the sidebar row."""

    def __init__(self, ctx: AppContext, stack: QStackedWidget, specs: list[PageSpec],
                 on_built: Callable[[Page], None]) -> None:
        self._ctx, self._stack, self._on_built = ctx, stack, on_built
        self._specs = {spec.key: spec for spec in specs}
        self._rows = {spec.key: row for row, spec in enumerate(specs)}
        self._built: dict[str, Page] = {}
        for _ in specs:
            stack.addWidget(QWidget())  # stands in for the page until it is built

    def __contains__(self, key: object) -> bool:
        return key in self._specs

    def __getitem__(self, key: str) -> Page:
        page = self._built.get(key)
        if page is None:
            page = self._build(key)
        return page

    def get(self, key: str, default: Page | None = None) -> Page | None:
        return self[key] if key in self._specs else default

    def at(self, row: int) -> Page:
        return self[next(key for key, r in self._rows.items() if r == row)]

    def values(self) -> Iterator[Page]:
        """The pages built so far."""
        return iter(list(self._built.values()))

    def _build(self, key: str) -> Page:
        page = self._specs[key].factory(self._ctx)  # KeyError for a page this user lacks
        row = self._rows[key]
        stand_in = self._stack.widget(row)
        current = self._stack.currentIndex()
        self._stack.insertWidget(row, page)
        if stand_in is not None:
            self._stack.removeWidget(stand_in)
            stand_in.deleteLater()
        if current == row:
            self._stack.setCurrentIndex(row)
        self._built[key] = page
        self._on_built(page)
        return page
