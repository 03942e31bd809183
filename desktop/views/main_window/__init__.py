"""The main window, composed from its parts: sidebar, pages, status bar, menus."""

from .window import MainWindow

__all__ = ["MainWindow"]
