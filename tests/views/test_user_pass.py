"""What a user's pass over the screens found (issue 14), as tests: names instead of codes, the
documents in the interface's language, and no action offered where it cannot work."""

from __future__ import annotations

import io
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from desktop.services.accounts.service import NewUser
from desktop.services.errors import ValidationError
from desktop.services.referrals.service import ReferralDraft
from desktop.views.admin.audit import AuditTab
from desktop.views.cases.interviews_tab import InterviewsTab
from desktop.views.context import AppContext
from desktop.views.style import install_translations, ui_language

from ..conftest import Desk
from .case_world import PASSWORD, Seeded, add_staff, context_for, seed_cases, session_of
from .conftest import wait_idle
from .test_case_workspace import open_as, show
from .test_referral_screens import composer_for

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def seeded(desk: Desk) -> Seeded:
    add_staff(desk.accounts, desk.admin)
    return seed_cases(desk.vault)


@pytest.fixture
def spanish(tmp_path: Path) -> Iterator[QTranslator]:
    """The interface in Spanish, from the .ts compiled as the application ships it."""
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location("translations", ROOT / "installers" / "translations.py")
    assert spec is not None and spec.loader is not None
    translations = importlib.util.module_from_spec(spec)
    sys.modules["translations"] = translations
    spec.loader.exec_module(translations)
    shutil.copy(ROOT / "resources" / "i18n" / "casedesk_es.ts", tmp_path / "casedesk_es.ts")
    translations.I18N = tmp_path
    translations.compile_all()
    app = QCoreApplication.instance()
    translator = install_translations(app, QLocale(QLocale.Language.Spanish), tmp_path)
    assert translator is not None and ui_language() == "es"
    yield translator
    app.removeTranslator(translator)


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).split())


def test_no_interview_is_offered_or_started_on_a_closed_case(qtbot, desk: Desk, seeded: Seeded) -> None:  # type: ignore[no-untyped-def]
    desk.accounts.create_user(desk.admin, NewUser("ines", "Inés Cal", "FORENSIC_INTERVIEWER", "HS", 3),
                              known_password=PASSWORD)
    carmen, ana = session_of(desk.vault, "carmen"), session_of(desk.vault, "ana")
    ctx = context_for(desk.vault, carmen)
    ctx.cases.assign(carmen, seeded.lopez.id, ("ana", "ines"))
    ctx.cases.request_closure(ana, seeded.lopez.id)
    ctx.cases.approve_closure(carmen, seeded.lopez.id)
    with pytest.raises(ValidationError, match="closed"):  # the service refuses, whatever the screen
        ctx.interviews.start(session_of(desk.vault, "ines"), seeded.lopez.id)
    for workspace in open_as(qtbot, desk, "ines", seeded.lopez.id):
        show(workspace, "interviews")
        wait_idle(qtbot, workspace.ctx)
        tab = workspace.tab("interviews")
        assert isinstance(tab, InterviewsTab)
        assert not any(button.isVisible() for button in tab.new_buttons.values())
        assert tab.closed_note.isVisible() and "closed" in tab.closed_note.text()


def test_the_consent_warning_names_the_recipient_type_and_sections(qtbot, desk: Desk, seeded: Seeded) -> None:  # type: ignore[no-untyped-def]
    """García's consent covers law enforcement and NGOs, for four sections: a consulate and the
    identity section are not covered, and the warning says so in words."""
    for workspace in open_as(qtbot, desk, "carmen", seeded.garcia.id):
        composer = composer_for(qtbot, workspace)
        consulate = composer.ctx.directory.agency(composer.ctx.user, "CON-GT").id
        composer.recipient.setCurrentIndex(composer.recipient.findData(consulate))
        composer.services.boxes["REPATRIATION"].setChecked(True)
        composer.sections.boxes["IDENTITY"].setChecked(True)
        qtbot.waitUntil(lambda c=composer: c.referral is not None and "IDENTITY" in c.referral.sections
                        and c.referral.recipient_type == "CONSULATE", timeout=20000)
        wait_idle(qtbot, composer.ctx)
        warning = composer.gate.text()
        assert "recipients of this type: Consulate" in warning and "Identity" in warning
        assert "CONSULATE" not in warning and "IDENTITY" not in warning
        workspace.clear()


def test_the_audit_trail_names_cases_people_types_and_sections(qtbot, desk: Desk, seeded: Seeded,  # type: ignore[no-untyped-def]
                                                              ctx: AppContext) -> None:
    ana = session_of(desk.vault, "ana")
    police = ctx.directory.agency(ana, "POL").id
    consent = ctx.referrals.consents(ana, seeded.garcia.id)[0].id
    referral = ctx.referrals.create(ana, seeded.garcia.id, ReferralDraft(
        police, services=("LEGAL",), consent_id=consent))
    ctx.referrals.send(ana, referral.id)
    tab = AuditTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    tab.refresh()
    rows = [[tab.model.data(tab.model.index(r, c)) for c in range(5)] for r in range(tab.model.rowCount())]
    sent = next(row for row in rows if "Law enforcement" in row[4])
    assert sent[1] == "Ana Xiu (ana)" and sent[3].startswith("Referral REF-HS-")
    assert seeded.garcia.reference in sent[4]
    assert "sections: Interview reference, Disclosures" in sent[4]
    everything = " ".join(" ".join(row) for row in rows)
    for code in ("LAW_ENFORCEMENT", "INTERVIEW,", "case " + str(seeded.garcia.id), "user 1",
                 "protected False"):
        assert code not in everything


def test_the_packet_and_the_case_summary_follow_the_interface_language(  # type: ignore[no-untyped-def]
        qtbot, desk: Desk, seeded: Seeded, spanish: QTranslator) -> None:
    for workspace in open_as(qtbot, desk, "carmen", seeded.garcia.id):
        composer = composer_for(qtbot, workspace)
        assert composer.windowTitle().startswith("Derivación")
        police = composer.ctx.directory.agency(composer.ctx.user, "POL").id
        composer.recipient.setCurrentIndex(composer.recipient.findData(police))
        composer.services.boxes["LEGAL"].setChecked(True)
        qtbot.waitUntil(lambda c=composer: c.referral is not None and c.preview.page_count() > 0,
                        timeout=20000)
        wait_idle(qtbot, composer.ctx)
        assert composer.preview.buffer is not None  # what the composer shows, as the sender reads it
        packet = _text(bytes(composer.preview.buffer.data().data()))
        assert "Paquete de derivación" in packet and "Estimados colegas" in packet
        assert "Belice" in packet and "Asistencia jurídica" in packet  # a country, a service
        assert "Página 1 de" in packet and "Trabajo forzoso" in packet
        assert "Dear colleagues" not in packet and "Legal" not in packet.split()
        workspace.clear()
