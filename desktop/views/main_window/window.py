"""The main window: it only composes the sidebar, the pages, the lock screen and the status bar."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from desktop import __version__
from desktop.services.accounts import settings as settings_service

from ..admin.security import kdf_text
from ..clipboard import sensitive_clipboard
from ..context import AppContext
from ..lock import IdleWatcher, LockScreen
from ..page import Page
from ..reauth import ChangePasswordDialog
from .lazy_pages import LazyPages
from .menus import build_menus
from .pages import pages_for
from .statusbar import StatusBar


class MainWindow(QMainWindow):
    logout_requested = Signal()
    quit_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.locked = False
        self.setWindowTitle(self.tr("CaseDesk") + (self.tr(" — demo") if ctx.demo else ""))
        self.setMinimumSize(1000, 620)

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(210)
        self.pages = QStackedWidget()
        specs = pages_for(ctx.user.principal)
        self.page_by_key = LazyPages(ctx, self.pages, specs, self._page_built)
        for spec in specs:
            item = QListWidgetItem(spec.title())
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.sidebar.addItem(item)
        self.sidebar.currentRowChanged.connect(self._row_changed)

        workspace = QWidget()
        row = QHBoxLayout(workspace)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addWidget(self.pages, 1)
        self.lock_screen = LockScreen(ctx)
        self.lock_screen.unlocked.connect(self._unlocked)
        self.lock_screen.logout_requested.connect(self.logout_requested)
        self.central = QStackedWidget()
        self.central.addWidget(workspace)
        self.central.addWidget(self.lock_screen)
        self.setCentralWidget(self.central)

        self.status = StatusBar(ctx)
        self.setStatusBar(self.status)
        self.actions_by_key = build_menus(self)
        info = ctx.maintenance.security_info(ctx.user)
        self.device_binding = info.device_binding
        self.status.show_session(self.device_binding)

        minutes = int(ctx.settings.get(ctx.user, settings_service.IDLE_LOCK_MINUTES))
        self.idle = IdleWatcher(minutes, self)
        self.idle.idle.connect(self._idle)
        self.idle.expired.connect(self._expired)
        self.idle.start()
        ctx.changes.changed.connect(self._settings_changed)
        self._restore_state()

    # -- pages ------------------------------------------------------------------------------
    def _page_built(self, page: Page) -> None:
        page.restored.connect(self._restored)
        page.navigate.connect(self.navigate)

    def page_titles(self) -> list[tuple[str, str]]:
        return [(self.sidebar.item(i).data(Qt.ItemDataRole.UserRole), self.sidebar.item(i).text())
                for i in range(self.sidebar.count())]

    def visible_page_keys(self) -> list[str]:
        return [key for key, _ in self.page_titles()]

    def show_page(self, key: str) -> None:
        for index in range(self.sidebar.count()):
            if self.sidebar.item(index).data(Qt.ItemDataRole.UserRole) == key:
                self.sidebar.setCurrentRow(index)
                return

    def navigate(self, key: str, record_id: int = 0, part: str = "") -> None:
        """A page asked for another page (and a record on it) — when this user has that page."""
        page = self.page_by_key.get(key)
        if page is None or self.locked:
            return
        self.show_page(key)
        if record_id:
            page.show_record(record_id, part)

    def current_page(self) -> Page | None:
        widget = self.pages.currentWidget()
        return widget if isinstance(widget, Page) else None

    def _row_changed(self, row: int) -> None:
        if row < 0 or self.locked:
            return
        page = self.page_by_key.at(row)  # built on its first showing
        self.pages.setCurrentIndex(row)
        page.refresh()

    # -- locking (U1) -----------------------------------------------------------------------
    def lock(self, reason: str) -> None:
        """Hide everything behind the lock screen, clear every page, drop the key."""
        if self.locked or self.ctx.session is None:
            return
        self.locked = True
        for dialog in self.findChildren(QDialog):
            dialog.reject()
        for page in self.page_by_key.values():
            page.clear()
        sensitive_clipboard().clear_if_unchanged()
        self.central.setCurrentWidget(self.lock_screen)
        self.menuBar().setEnabled(False)  # no menu, no shortcut reaches a page while locked
        self.menuBar().hide()
        self.status.show_locked()
        self.idle.pause()
        self.ctx.accounts.lock(self.ctx.user, "idle" if "period" in reason else "manual")
        self.lock_screen.prepare(reason)

    def _idle(self) -> None:
        if self.ctx.worker.is_busy:  # never pull the key from under a backup or a rotation
            self.idle.resume()
            return
        self.lock(self.tr("Locked after a period without use."))

    def _unlocked(self) -> None:
        self.locked = False
        self.menuBar().setEnabled(True)
        self.menuBar().show()
        self.central.setCurrentIndex(0)
        self.status.show_session(self.device_binding)
        self.idle.resume()
        page = self.current_page()
        if page is not None:
            page.refresh()

    def _restored(self) -> None:
        QMessageBox.information(self, self.tr("Backup restored"), self.tr(
            "The vault now holds the restored backup and is locked. Log in again."))
        self.logout_requested.emit()

    def _expired(self) -> None:
        QMessageBox.information(self, self.tr("Session ended"), self.tr(
            "You have been logged in for 12 hours. Log in again to continue."))
        self.logout_requested.emit()

    def _settings_changed(self, area: str) -> None:
        if area == "settings" and self.ctx.session is not None and not self.locked:
            self.idle.set_minutes(int(self.ctx.settings.get(
                self.ctx.user, settings_service.IDLE_LOCK_MINUTES)))

    # -- menu actions -----------------------------------------------------------------------
    def change_password(self) -> None:
        ChangePasswordDialog(self.ctx, forced=False, parent=self).exec()

    def show_about(self) -> None:
        info = self.ctx.maintenance.security_info(self.ctx.user)
        binding = (self.tr("on — key slots need this workstation's keyring")
                   if info.device_binding else
                   self.tr("OFF — an administrator created this vault without device binding"))
        QMessageBox.about(self, self.tr("About CaseDesk"), self.tr(
            "<h3>CaseDesk {version}</h3>"
            "<p>Encrypted case management for anti-trafficking councils.</p>"
            "<table><tr><td>SQLCipher&nbsp;</td><td>{cipher}</td></tr>"
            "<tr><td>Vault&nbsp;</td><td>{path}</td></tr>"
            "<tr><td>Device binding&nbsp;</td><td>{binding}</td></tr>"
            "<tr><td>Escrow key&nbsp;</td><td>{fingerprint}</td></tr>"
            "<tr><td>Key derivation&nbsp;</td><td>{kdf}</td></tr></table>").format(
            version=__version__, cipher=info.cipher_version or self.tr("none on this workstation"),
            path=str(info.data_dir),
            binding=binding, fingerprint=info.escrow_fingerprint, kdf=kdf_text(info.kdf)))

    # -- window state -----------------------------------------------------------------------
    def _restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("main/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 760)
        key = settings.value("main/page", "home")
        self.show_page(str(key) if str(key) in self.page_by_key else "home")
        if self.sidebar.currentRow() < 0:
            self.sidebar.setCurrentRow(0)

    def save_state(self) -> None:
        settings = QSettings()
        settings.setValue("main/geometry", self.saveGeometry())
        item = self.sidebar.currentItem()
        if item is not None:
            settings.setValue("main/page", item.data(Qt.ItemDataRole.UserRole))

    def shutdown(self) -> None:
        """Stop timers and forget data; the caller logs out."""
        self.save_state()
        self.idle.stop()
        for page in self.page_by_key.values():
            page.clear()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        self.quit_requested.emit()
        event.accept()

