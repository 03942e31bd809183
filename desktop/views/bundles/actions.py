"""The File menu's exchange actions (Send cases to…, Import a bundle…, Synchronise…), shown to
the roles that hold them; "Send to…" offers the case open or selected on the Cases page."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from desktop.models.seed import Action

if TYPE_CHECKING:
    from ..main_window.window import MainWindow

EXCHANGE = (Action.BUNDLE_SYNC, Action.BUNDLE_SEND)


def _tr(text: str) -> str:
    return QCoreApplication.translate("BundleActions", text)


def current_cases(window: Any) -> list[tuple[int, str, str]]:
    """(id, reference, name) of the case open in the Cases page, or the rows selected there."""
    page = getattr(window, "page_by_key", {}).get("cases")
    if page is None:
        return []
    workspace = getattr(page, "workspace", None)
    case = getattr(workspace, "case", None)
    if case is not None and page.stack.currentWidget() is workspace:
        row = case.detail.row
        return [(row.id, row.reference, row.name)]
    table = getattr(page, "table", None)
    found = []
    for index in table.selectionModel().selectedRows() if table is not None else ():
        row = page.model.row_at(index.row()) if hasattr(page.model, "row_at") else None
        if row is not None:
            found.append((row.id, row.reference, row.name))
    return found


def add_exchange_actions(window: MainWindow, menu: QMenu, actions: dict[str, QAction]) -> None:
    p = window.ctx.user.principal
    if not any(p.can(a) for a in EXCHANGE):
        return
    menu.addSeparator()

    def send() -> None:  # the dialogs (and the bundles with them) load when first opened
        from .send_dialog import SendDialog

        SendDialog(window.ctx, current_cases(window), window).exec()

    def receive() -> None:
        from .import_dialog import ImportDialog

        ImportDialog(window.ctx, window).exec()

    def synchronise() -> None:
        from .sync_dialog import SyncDialog

        SyncDialog(window.ctx, window).exec()

    entries = (("send", _tr("&Send cases to…"), send),
               ("import", _tr("&Import a bundle…"), receive),
               ("sync", _tr("S&ynchronise…"), synchronise))
    for key, text, run in entries:
        action = QAction(text, window)
        action.triggered.connect(lambda _=False, r=run: r())
        menu.addAction(action)
        actions[key] = action
