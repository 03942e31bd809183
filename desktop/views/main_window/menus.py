"""Menus and keyboard shortcuts of the main window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

from ..bundles.actions import add_exchange_actions

if TYPE_CHECKING:
    from .window import MainWindow


def build_menus(window: MainWindow) -> dict[str, QAction]:
    bar = window.menuBar()
    actions: dict[str, QAction] = {}

    file_menu = bar.addMenu(window.tr("&File"))
    lock = QAction(window.tr("&Lock"), window)
    lock.setShortcut(QKeySequence("Ctrl+L"))
    lock.triggered.connect(lambda: window.lock(window.tr("Locked by you.")))
    file_menu.addAction(lock)
    actions["lock"] = lock
    password = QAction(window.tr("Change &password…"), window)
    password.triggered.connect(window.change_password)
    file_menu.addAction(password)
    actions["password"] = password
    logout = QAction(window.tr("Log &out"), window)
    logout.setShortcut(QKeySequence("Ctrl+Shift+L"))
    logout.triggered.connect(window.logout_requested)
    file_menu.addAction(logout)
    actions["logout"] = logout
    add_exchange_actions(window, file_menu, actions)
    file_menu.addSeparator()
    quit_action = QAction(window.tr("&Quit"), window)
    quit_action.setShortcut(QKeySequence("Ctrl+Q"))
    quit_action.triggered.connect(window.quit_requested)
    file_menu.addAction(quit_action)
    actions["quit"] = quit_action

    go_menu = bar.addMenu(window.tr("&Go"))
    for number, (key, title) in enumerate(window.page_titles(), start=1):
        action = QAction(title, window)
        action.setShortcut(QKeySequence(f"Ctrl+{number}"))
        action.triggered.connect(lambda _=False, k=key: window.show_page(k))
        go_menu.addAction(action)
        actions[f"go:{key}"] = action

    help_menu = bar.addMenu(window.tr("&Help"))
    about = QAction(window.tr("&About CaseDesk"), window)
    about.triggered.connect(window.show_about)
    help_menu.addAction(about)
    actions["about"] = about
    return actions
