"""Referral screens driven through their widgets: the composer's live preview, the consent gate,
sending, printing and saving (U2 first, P2 password shown once), the Referrals page and Home."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from desktop.services.accounts.directory import DirectoryService
from desktop.services.referrals.service import ReferralDraft
from desktop.views.cases import referral_output
from desktop.views.cases.referral_composer import ReferralComposer
from desktop.views.cases.referrals_tab import ReferralsTab
from desktop.views.cases.workspace import CaseWorkspace
from desktop.views.home import HomePage
from desktop.views.referrals_page import ReferralsPage

from ..conftest import Desk
from .case_world import Seeded, add_staff, context_for, seed_cases, session_of
from .conftest import wait_idle
from .test_case_workspace import open_as, show

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def seeded(desk: Desk) -> Seeded:
    add_staff(desk.accounts, desk.admin)
    return seed_cases(desk.vault)


@pytest.fixture
def carmen(qtbot, desk: Desk, seeded: Seeded):  # type: ignore[no-untyped-def]
    """The HS supervisor (level 3, may print and override) on García's case."""
    for workspace in open_as(qtbot, desk, "carmen", seeded.garcia.id):
        yield workspace
        wait_idle(qtbot, workspace.ctx)
        workspace.clear()  # as the lock does: closes the composer, forgets the case


def composer_for(qtbot, workspace: CaseWorkspace) -> ReferralComposer:  # type: ignore[no-untyped-def]
    show(workspace, "referrals")
    tab = workspace.tab("referrals")
    assert isinstance(tab, ReferralsTab)
    wait_idle(qtbot, workspace.ctx)
    qtbot.mouseClick(tab.new_button, LEFT)
    composer = tab.dialog
    assert isinstance(composer, ReferralComposer)
    return composer


def choose_police(qtbot, composer: ReferralComposer) -> None:  # type: ignore[no-untyped-def]
    police = composer.ctx.directory.agency(composer.ctx.user, "POL").id
    composer.recipient.setCurrentIndex(composer.recipient.findData(police))
    composer.services.boxes["LEGAL"].setChecked(True)
    composer.interview.setText("INT-2024-017")
    qtbot.waitUntil(lambda: composer.referral is not None and composer.preview.page_count() > 0
                    and composer.referral.draft.interview_reference == "INT-2024-017", timeout=20000)
    wait_idle(qtbot, composer.ctx)


def test_composer_previews_the_minimised_packet_and_sends(qtbot, carmen: CaseWorkspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    composer = composer_for(qtbot, carmen)
    choose_police(qtbot, composer)
    assert composer.sections.value() == ("INTERVIEW", "DISCLOSURES")
    assert not composer.sections.boxes["PERPETRATORS"].isChecked()
    assert "covers" in composer.gate.text()
    assert composer.preview.page_count() >= 2
    composer.grab().save(str(tmp_path / "composer.png"))
    assert not composer.print_button.isEnabled()  # a draft is previewed, never issued
    qtbot.mouseClick(composer.send_button, LEFT)
    qtbot.waitUntil(lambda: composer.referral is not None and composer.referral.status == "SENT",
                    timeout=20000)
    wait_idle(qtbot, composer.ctx)
    assert composer.print_button.isEnabled() and not composer.recipient.isEnabled()
    tab = carmen.tab("referrals")
    assert isinstance(tab, ReferralsTab)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert tab.model.rows[0][1] == "Sent"


def test_level3_section_shows_the_confirmation_tick(qtbot, carmen: CaseWorkspace) -> None:  # type: ignore[no-untyped-def]
    composer = composer_for(qtbot, carmen)
    choose_police(qtbot, composer)
    assert not composer.restricted_tick.isVisibleTo(composer)
    composer.sections.boxes["PERPETRATORS"].setChecked(True)
    assert composer.restricted_tick.isVisibleTo(composer)
    qtbot.waitUntil(lambda: "explicit confirmation" in composer.status.text(), timeout=20000)
    composer.restricted_tick.setChecked(True)
    qtbot.waitUntil(lambda: composer.referral is not None
                    and "PERPETRATORS" in composer.referral.sections, timeout=20000)
    wait_idle(qtbot, composer.ctx)


def test_no_consent_is_refused_on_send(qtbot, carmen: CaseWorkspace) -> None:  # type: ignore[no-untyped-def]
    composer = composer_for(qtbot, carmen)
    choose_police(qtbot, composer)
    composer.consent.setCurrentIndex(0)
    qtbot.waitUntil(lambda: composer.referral is not None and composer.referral.draft.consent_id is None,
                    timeout=20000)
    wait_idle(qtbot, composer.ctx)
    assert "No consent to refer" in composer.gate.text()
    qtbot.mouseClick(composer.send_button, LEFT)
    qtbot.waitUntil(lambda: "does not cover this referral" in composer.status.text(), timeout=20000)
    assert composer.referral is not None and composer.referral.status == "DRAFT"


def test_save_asks_the_password_first_and_shows_the_pdf_password_once_u2_p2(
        qtbot, carmen: CaseWorkspace, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """U2 re-authentication before the save; P2 AES-256 file; the password dialog shows it once."""
    asked: list[str] = []
    monkeypatch.setattr("desktop.views.cases.referral_composer.confirm_identity",
                        lambda parent, ctx, reason: asked.append(reason) or True)
    target = tmp_path / "packet.pdf"
    monkeypatch.setattr(referral_output, "choose_file", lambda parent, name: str(target))
    composer = composer_for(qtbot, carmen)
    choose_police(qtbot, composer)
    qtbot.mouseClick(composer.send_button, LEFT)
    qtbot.waitUntil(lambda: composer.save_button.isEnabled(), timeout=20000)
    wait_idle(qtbot, composer.ctx)
    qtbot.mouseClick(composer.save_button, LEFT)
    qtbot.waitUntil(lambda: target.exists() and getattr(composer, "password_dialog", None) is not None,
                    timeout=20000)
    assert asked == ["Saving releases victim data."]
    password = composer.password_dialog.password.text()
    reader = PdfReader(io.BytesIO(target.read_bytes()))
    assert reader.is_encrypted and reader.trailer["/Encrypt"]["/R"] == 6
    assert reader.decrypt(password).name != "NOT_DECRYPTED"
    composer.password_dialog.accept()
    assert composer.password_dialog.password.text() == ""


def test_print_goes_to_the_chosen_printer_after_reauthentication(
        qtbot, carmen: CaseWorkspace, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "printed.pdf"

    def printer(parent):  # type: ignore[no-untyped-def]
        chosen = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        chosen.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        chosen.setOutputFileName(str(out))
        return chosen

    monkeypatch.setattr(referral_output, "choose_printer", printer)
    monkeypatch.setattr("desktop.views.cases.referral_composer.confirm_identity",
                        lambda parent, ctx, reason: True)
    composer = composer_for(qtbot, carmen)
    choose_police(qtbot, composer)
    qtbot.mouseClick(composer.send_button, LEFT)
    qtbot.waitUntil(lambda: composer.print_button.isEnabled(), timeout=20000)
    wait_idle(qtbot, composer.ctx)
    qtbot.mouseClick(composer.print_button, LEFT)
    qtbot.waitUntil(lambda: "sent to the printer" in composer.status.text(), timeout=20000)
    assert "Copy 1" in composer.status.text()
    assert len(PdfReader(out).pages) >= 2


def test_referrals_page_lists_overdue_first_and_home_shows_pending(qtbot, desk: Desk, seeded: Seeded) -> None:  # type: ignore[no-untyped-def]
    from desktop.models import Referral

    ana = session_of(desk.vault, "ana")
    ctx = context_for(desk.vault, ana)
    police = DirectoryService(desk.vault).agency(ana, "POL").id
    consent = ctx.referrals.consents(ana, seeded.garcia.id)[0].id
    ids = []
    for _ in range(2):
        info = ctx.referrals.create(ana, seeded.garcia.id, ReferralDraft(
            police, services=("LEGAL",), consent_id=consent))
        ctx.referrals.send(ana, info.id)
        ids.append(info.id)
    with desk.vault.session() as s, s.begin():
        s.get(Referral, ids[1]).due_at = s.get(Referral, ids[1]).due_at.replace(year=2020)  # type: ignore[union-attr]
    page = ReferralsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert page.model.rowCount() == 2 and page.model.rows[0][5] == "Overdue"
    assert page.model.colours[0] is not None and page.model.colours[1] is None
    assert "overdue: 1" in page.summary.text()
    page.status_filter.setCurrentIndex(page.status_filter.findData("DRAFT"))
    assert page.model.rowCount() == 0 and page.empty.isVisibleTo(page)
    home = HomePage(ctx)
    qtbot.addWidget(home)
    home.refresh()
    lines, _ = home.case_lists["referrals"]
    assert lines.text().count("Police Department") == 2 and "overdue" in lines.text()
    page.clear()
    assert page.model.rowCount() == 0


def test_partner_liaison_answers_incoming_referrals(qtbot, desk: Desk, seeded: Seeded) -> None:  # type: ignore[no-untyped-def]
    from desktop.services.accounts.service import NewUser

    from .case_world import PASSWORD

    desk.accounts.create_user(desk.admin, NewUser("pablo", "Pablo Liaison", "PARTNER_LIAISON", "POL", 2),
                              known_password=PASSWORD)
    ana = session_of(desk.vault, "ana")
    ctx = context_for(desk.vault, ana)
    police = DirectoryService(desk.vault).agency(ana, "POL").id
    consent = ctx.referrals.consents(ana, seeded.garcia.id)[0].id
    draft = ctx.referrals.create(ana, seeded.garcia.id, ReferralDraft(police, services=("LEGAL",),
                                                                      consent_id=consent))
    sent = ctx.referrals.create(ana, seeded.garcia.id, ReferralDraft(police, services=("LEGAL",),
                                                                     consent_id=consent))
    ctx.referrals.send(ana, sent.id)
    pablo = context_for(desk.vault, session_of(desk.vault, "pablo"))
    page = ReferralsPage(pablo)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert page.incoming and page.model.rowCount() == 1  # the draft never reaches the recipient
    assert page.model.keys[0] == (seeded.garcia.id, sent.id) and draft.id != sent.id
    assert page.model.rows[0][1] == "Department of Human Services"
    home = HomePage(pablo)
    qtbot.addWidget(home)
    home.refresh()
    lines, _ = home.case_lists["referrals"]
    assert "Department of Human Services" in lines.text()
    page.table.selectRow(0)
    qtbot.mouseClick(page.answer_button, LEFT)
    dialog = page.dialog
    assert dialog is not None
    choices = [dialog.status.itemData(i) for i in range(dialog.status.count())]
    assert choices == ["ACKNOWLEDGED", "ACCEPTED", "DECLINED"]  # a recipient never withdraws
    dialog.status.setCurrentIndex(choices.index("ACCEPTED"))
    dialog.save()
    assert ctx.referrals.get(ana, sent.id).status == "ACCEPTED"
    home.refresh()  # answered: no longer pending
    assert "Department of Human Services" not in lines.text()


def test_case_summary_is_saved_from_the_referrals_tab_after_reauthentication(
        qtbot, carmen: CaseWorkspace, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []
    monkeypatch.setattr("desktop.views.cases.referrals_tab.confirm_identity",
                        lambda parent, ctx, reason: asked.append(reason) or True)
    target = tmp_path / "summary.pdf"
    monkeypatch.setattr(referral_output, "choose_file", lambda parent, name: str(target))
    show(carmen, "referrals")
    tab = carmen.tab("referrals")
    assert isinstance(tab, ReferralsTab) and tab.summary_button.isVisibleTo(tab)
    qtbot.mouseClick(tab.summary_button, LEFT)
    qtbot.waitUntil(lambda: "saved" in tab.error.text(), timeout=20000)
    assert asked and target.exists()
    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Case summary" in text and "José Ángel García Pérez" in text
