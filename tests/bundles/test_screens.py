"""The exchange screens, driven offscreen with pytest-qt over two real vaults: Administration →
Exchange, Send to…, Import a bundle (preview and merge) and Synchronise."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QComboBox

from desktop.views.admin.exchange import ExchangeTab
from desktop.views.bundles.import_dialog import ImportDialog
from desktop.views.bundles.peer_dialog import TrustPeerDialog
from desktop.views.bundles.send_dialog import SendDialog
from desktop.views.bundles.sync_dialog import SyncDialog
from desktop.views.context import AppContext
from desktop.views.style import apply_style
from desktop.views.worker import Worker

from ..views.case_world import context_for
from .conftest import Exchange
from .world import Site


@pytest.fixture(autouse=True)
def _qt(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    QCoreApplication.setOrganizationName("CaseDeskTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    apply_style(qapp)


def ctx_of(site: Site, username: str) -> AppContext:
    session = site.admin if username == "admin" else site.session(username)
    session.authenticated_at = time.time()
    return context_for(site.desk.vault, session, Worker())


def idle(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not ctx.worker.is_busy, timeout=30000)


def test_administration_exchange_tab_creates_the_identity_and_trusts_a_vault(
        qtbot, office: Site, tablet: Site, tmp_path: Path, config) -> None:  # type: ignore[no-untyped-def]
    from ..conftest import make_desk

    fresh = make_desk(tmp_path / "fresh", config, office.desk.escrow)
    ctx = context_for(fresh.vault, fresh.admin, Worker())
    tab = ExchangeTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1000, 620)
    tab.show()
    tab.refresh()
    assert tab.create_button.isVisible() and not tab.trust_button.isEnabled()
    tab.name.setText("HS Orange Walk office")
    tab.create_button.click()
    assert not tab.create_button.isVisible() and len(tab.fingerprint.text().split()) == 8
    saved: dict[str, Path] = {}
    tab.ask_save = lambda suggested, kind: saved.setdefault(suggested, tmp_path / suggested)  # type: ignore[method-assign]
    tab.file_button.click()
    tab.sheet_button.click()
    assert all(p.exists() for p in saved.values()) and len(saved) == 2
    (tmp_path / "tablet.cdidentity").write_bytes(tablet.identity_file())
    tab.ask_open = lambda: tmp_path / "tablet.cdidentity"  # type: ignore[method-assign]

    def trust(data: bytes) -> bool:
        dialog = TrustPeerDialog(ctx, data, tab)
        qtbot.addWidget(dialog)
        assert not dialog.ok.isEnabled()  # not before the fingerprint was compared
        assert dialog.findChild(type(tab.fingerprint), "fingerprint").text() == \
            tablet.identity.info(tablet.admin).fingerprint  # type: ignore[union-attr]
        dialog.compared.setChecked(True)
        dialog.kind.setCurrentIndex(dialog.kind.findData("OFFICE"))
        dialog.show()
        dialog.grab().save(str(tmp_path / "trust-peer.png"))
        dialog.save()
        return dialog.result() == 1

    tab.ask_trust = trust  # type: ignore[method-assign]
    tab.trust_button.click()
    assert tab.peers.rowCount() == 1 and tab.peers.item(0, 0).text() == tablet.name
    tab.office.setCurrentIndex(1)
    tab.set_field_office()
    assert ctx.bundles.identity.info(ctx.user).field_office_name == tablet.name  # type: ignore[union-attr]
    tab.grab().save(str(tmp_path / "exchange-tab.png"))
    fresh.vault.release()


def test_send_to_seals_the_chosen_cases_for_the_chosen_peer(qtbot, exchange: Exchange,  # type: ignore[no-untyped-def]
                                                            partner: Site) -> None:
    office, tablet, seeded = exchange.office, exchange.tablet, exchange.seeded
    office.trust(partner, "PARTNER", 2)
    ctx = ctx_of(office, "carmen")
    dialog = SendDialog(ctx, [(seeded.garcia.id, seeded.garcia.reference, seeded.garcia.name)])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.peer.setCurrentIndex(dialog.peer.findData(office.peer_id(partner)))
    assert dialog.sections_box.isVisible()
    ticked = {code for code, check in dialog.section_checks.items() if check.isChecked()}
    assert ticked == {"NEEDS", "RISK"}  # an NGO's minimised default
    assert "PERPETRATORS" not in dialog.section_checks  # level 2 peer: never offered
    dialog.peer.setCurrentIndex(dialog.peer.findData(office.peer_id(tablet)))
    assert not dialog.sections_box.isVisible()
    dialog.reference.setText(seeded.lopez.reference)
    dialog.add_reference()
    assert dialog.case_ids() == (seeded.garcia.id, seeded.lopez.id)
    asked: list[str] = []
    dialog.confirm_identity = lambda reason: asked.append(reason) or True  # type: ignore[method-assign]
    dialog.ask_output = lambda suggested: exchange.folder / "for-the-tablet.cdbundle"  # type: ignore[method-assign]
    qtbot.wait(50)  # the layout settles after the partner's section boxes left
    dialog.grab().save(str(exchange.folder.parent / "send-dialog.png"))
    dialog.send_button.click()
    idle(qtbot, ctx)
    assert asked and dialog.result_ is not None and dialog.result_.cases == 2
    assert (exchange.folder / "for-the-tablet.cdbundle").exists()
    assert "Sealed 2 case(s)" in dialog.status.text()


def test_import_preview_and_field_by_field_merge(qtbot, exchange: Exchange) -> None:  # type: ignore[no-untyped-def]
    office, tablet, seeded = exchange.office, exchange.tablet, exchange.seeded
    first = office.send("carmen", tablet, [seeded.garcia.id], exchange.folder)
    tablet.imports.apply(tablet.session("carmen"), first.path.read_bytes(), {})  # type: ignore[union-attr]
    ana = tablet.session("ana")
    here = tablet.reads.search(ana, "garcia")[0].id
    tablet.cases.update(ana, here, {"district": "TOLEDO", "contact": "Tablet phone"},
                        tablet.reads.open(ana, here).version)
    back = tablet.send("ana", office, [here], exchange.folder).path
    carmen = office.session("carmen")
    office.cases.update(carmen, seeded.garcia.id, {"district": "BELIZE"},
                        office.reads.open(carmen, seeded.garcia.id).version)
    ctx = ctx_of(office, "carmen")
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ask_file = lambda: back  # type: ignore[method-assign]
    dialog.choose_button.click()
    idle(qtbot, ctx)
    merge = dialog.merge
    assert merge.cases.rowCount() == 1 and "Changed on both sides" in merge.cases.item(0, 3).text()
    assert not dialog.apply_button.isEnabled()  # a conflict without a choice
    parts = {merge.units.item(r, 0).text(): r for r in range(merge.units.rowCount())}
    district = parts["District"]
    assert merge.units.item(district, 1).text() == "Belize" and merge.units.item(district, 2).text() == "Toledo"
    assert merge.units.item(parts["Contact"], 3).text() == "Taken (changed there)"
    box = merge.units.cellWidget(district, 3)
    assert isinstance(box, QComboBox)
    dialog.grab().save(str(exchange.folder.parent / "import-dialog.png"))
    box.setCurrentIndex(box.findData("theirs"))
    assert dialog.apply_button.isEnabled()
    dialog.apply_button.click()
    idle(qtbot, ctx)
    assert dialog.result_ is not None and (dialog.result_.taken, dialog.result_.kept) == (2, 0)
    detail = office.reads.open(carmen, seeded.garcia.id)
    assert detail.row.district == "TOLEDO" and detail.person["contact"] == "Tablet phone"  # type: ignore[index]
    # the same file again: refused, with the reason
    dialog.load(back)
    idle(qtbot, ctx)
    assert "already imported" in dialog.status.text() and not dialog.apply_button.isEnabled()


def test_synchronise_with_a_progress_bar_on_the_tablet(qtbot, exchange: Exchange) -> None:  # type: ignore[no-untyped-def]
    office, tablet = exchange.office, exchange.tablet
    from desktop.services.bundles.sync import SyncService

    SyncService(office.desk.vault).run(office.session("carmen"), exchange.folder,
                                       office.peer_id(tablet))
    ctx = ctx_of(tablet, "ana")
    dialog = SyncDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.field_mode and not dialog.run_button.isEnabled()
    dialog.ask_folder = lambda: exchange.folder  # type: ignore[method-assign]
    dialog.choose_folder()
    dialog.confirm_identity = lambda reason: True  # type: ignore[method-assign]
    seen: list[int] = []
    dialog.progress.valueChanged.connect(seen.append)
    dialog.run_button.click()
    idle(qtbot, ctx)
    qtbot.waitUntil(lambda: dialog.progress.value() == 100, timeout=5000)
    assert dialog.result_ is not None and [r.created for r in dialog.result_.imported] == [5]
    assert "Imported bundle number 1: 5 new case(s)" in dialog.status.text()
    assert len(set(seen)) >= 2  # the bar moved
    dialog.grab().save(str(exchange.folder.parent / "sync-dialog.png"))


def test_the_file_menu_offers_the_exchange_to_those_who_may_and_send_takes_the_open_case(
        qtbot, exchange: Exchange) -> None:  # type: ignore[no-untyped-def]
    from desktop.views.bundles.actions import current_cases
    from desktop.views.main_window.window import MainWindow

    office, seeded = exchange.office, exchange.seeded
    admin = MainWindow(ctx_of(office, "admin"))
    qtbot.addWidget(admin)
    assert not {"send", "import", "sync"} & set(admin.actions_by_key)  # scope NONE: no cases
    admin.shutdown()
    ctx = ctx_of(office, "carmen")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert {"send", "import", "sync"} <= set(window.actions_by_key)
    assert window.actions_by_key["send"].text().replace("&", "") == "Send cases to…"
    window.show_page("cases")
    page = window.page_by_key["cases"]
    page.open_case(seeded.lopez.id)  # type: ignore[attr-defined]
    idle(qtbot, ctx)
    qtbot.waitUntil(lambda: page.workspace.case is not None, timeout=10000)  # type: ignore[attr-defined]
    assert current_cases(window) == [(seeded.lopez.id, seeded.lopez.reference, seeded.lopez.name)]
    window.shutdown()
