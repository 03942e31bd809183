"""The Security tab (facts, key rotation) and the Settings tab (save round trip, refusals)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel

from desktop.services.accounts import settings as settings_service
from desktop.services.audit import AuditAction
from desktop.views.admin.security import SecurityTab, kdf_text
from desktop.views.admin.settings import SettingsTab
from desktop.views.context import AppContext

from ..conftest import Desk
from .conftest import wait_idle


def shown(qtbot, tab_class, ctx: AppContext):  # type: ignore[no-untyped-def]
    tab = tab_class(ctx)
    qtbot.addWidget(tab)
    tab.resize(1156, 700)
    tab.show()
    tab.refresh()
    return tab


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_security_tab_shows_the_vault_facts(qtbot, desk: Desk, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    tab = shown(qtbot, SecurityTab, ctx)
    info = ctx.maintenance.security_info(ctx.user)
    assert tab.facts["folder"].text() == str(desk.paths.root)
    assert tab.facts["binding"].text().startswith("On" if info.device_binding else "Off")
    assert tab.facts["escrow"].text() == info.escrow_fingerprint != ""
    assert tab.facts["kdf"].text() == kdf_text(info.kdf)
    assert info.cipher_version in tab.facts["cipher"].text()
    assert tab.facts["slots"].text().startswith(str(info.slot_count))
    tab.clear()
    assert all(label.text() == "" for label in tab.facts.values())


def test_rotate_the_database_key(qtbot, monkeypatch, desk: Desk, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    tab = shown(qtbot, SecurityTab, ctx)
    seen: list[str] = []
    ctx.changes.changed.connect(seen.append)
    monkeypatch.setattr(tab, "confirm_identity", lambda reason: True)
    before = desk.vault._dek_copy()
    click(qtbot, tab.rotate_button)
    assert tab.progress.isVisible() and not tab.rotate_button.isEnabled()
    wait_idle(qtbot, ctx, timeout=60000)
    assert not tab.progress.isVisible() and tab.rotate_button.isEnabled()
    assert tab.status.objectName() == "okText" and "rotated" in tab.status.text()
    assert desk.vault._dek_copy() != before
    assert ctx.audit.entries(ctx.user, limit=1)[0].action == AuditAction.KEY_ROTATION
    assert ctx.audit.verify(ctx.user).ok
    assert "security" in seen


def test_rotation_needs_the_password_again(qtbot, monkeypatch, desk: Desk, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    tab = shown(qtbot, SecurityTab, ctx)
    monkeypatch.setattr(tab, "confirm_identity", lambda reason: False)
    before = desk.vault._dek_copy()
    click(qtbot, tab.rotate_button)
    assert not ctx.worker.is_busy and desk.vault._dek_copy() == before


def test_settings_save_round_trip(qtbot, monkeypatch, tmp_path: Path, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    tab = shown(qtbot, SettingsTab, ctx)
    assert tab.idle_minutes.value() == settings_service.IDLE_LOCK_MINUTES.default
    assert tab.folder.text() == ""
    seen: list[str] = []
    ctx.changes.changed.connect(seen.append)
    tab.idle_minutes.setFocus()
    qtbot.keyClick(tab.idle_minutes, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(tab.idle_minutes, "5")
    chosen = tmp_path / "backups on usb"
    monkeypatch.setattr(tab, "pick_directory", lambda start: str(chosen))
    click(qtbot, tab.choose_button)
    assert tab.folder.text() == str(chosen)
    click(qtbot, tab.save_button)
    assert tab.status.objectName() == "okText"
    assert ctx.settings.get(ctx.user, settings_service.IDLE_LOCK_MINUTES) == 5
    assert ctx.settings.get(ctx.user, settings_service.BACKUP_FOLDER) == str(chosen)
    assert "settings" in seen
    changes = [e for e in ctx.audit.entries(ctx.user, limit=10)
               if e.action == AuditAction.SETTINGS_CHANGE]
    assert {e.record_id for e in changes} == {"idle_lock_minutes", "backup_folder"}

    again = shown(qtbot, SettingsTab, ctx)
    assert again.idle_minutes.value() == 5 and again.folder.text() == str(chosen)
    click(qtbot, again.save_button)
    assert "unchanged" in again.status.text()


def test_settings_refuse_bad_values_next_to_the_field(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    tab = shown(qtbot, SettingsTab, ctx)
    tab.idle_minutes.setFocus()
    qtbot.keyClick(tab.idle_minutes, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(tab.idle_minutes, "99")
    assert tab.idle_minutes.value() <= settings_service.IDLE_LOCK_MINUTES.maximum

    qtbot.keyClicks(tab.folder, "relative/folder")
    click(qtbot, tab.save_button)
    error = tab.errors["backup_folder"]
    assert error.isVisible() and "full folder path" in error.text()
    assert ctx.settings.get(ctx.user, settings_service.BACKUP_FOLDER) == ""

    tab.folder.setText("/media/usb/bad\x01name")
    click(qtbot, tab.save_button)
    assert error.isVisible() and "not valid" in error.text()
    assert ctx.settings.get(ctx.user, settings_service.BACKUP_FOLDER) == ""
    assert not tab.errors["idle_lock_minutes"].isVisible()


def test_memory_security_switch_with_its_cost_beside_it(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    """K2: off by default; the administrator turns it on, the cost is stated next to the switch."""
    tab = shown(qtbot, SettingsTab, ctx)
    assert not tab.memory_security.isChecked()
    hint = tab.memory_security.parentWidget().findChildren(QLabel)[0].text()
    assert "twice as long" in hint and "next time the vault is unlocked" in hint
    box = tab.memory_security  # on its indicator: the row is wider than the box and its text
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked()
    click(qtbot, tab.save_button)
    assert tab.status.objectName() == "okText"
    assert ctx.settings.get(ctx.user, settings_service.MEMORY_SECURITY) is True
    changes = [e.record_id for e in ctx.audit.entries(ctx.user, limit=5)
               if e.action == AuditAction.SETTINGS_CHANGE]
    assert changes == ["memory_security"]
    assert shown(qtbot, SettingsTab, ctx).memory_security.isChecked()
