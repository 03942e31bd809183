"""Referrals: consent gate, override, data minimisation, workflow, flags, packets (P1, P2, U2, A2)."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from desktop.models import AuditEntry, Referral
from desktop.services.accounts.directory import DirectoryService
from desktop.services.accounts.users import NewUser
from desktop.services.cases.sections import CaseSectionService
from desktop.services.cases.service import CaseService, NewCase
from desktop.services.errors import PermissionDenied, ReauthenticationRequired, ValidationError
from desktop.services.referrals import rules
from desktop.services.referrals.documents import ReferralDocuments
from desktop.services.referrals.service import ReferralDraft, ReferralService
from tests.views.case_world import PASSWORD, Seeded, add_staff, seed_cases, session_of

REFERRALS: ReferralService
DOCUMENTS: ReferralDocuments
SECTIONS: CaseSectionService


@pytest.fixture(autouse=True)
def _services(desk):  # type: ignore[no-untyped-def]
    """The services of these tests, over the test's vault."""
    global REFERRALS, DOCUMENTS, SECTIONS
    REFERRALS = ReferralService(desk.vault)
    DOCUMENTS, SECTIONS = ReferralDocuments(desk.vault, REFERRALS), CaseSectionService(desk.vault)


@pytest.fixture
def world(desk):  # type: ignore[no-untyped-def]
    add_staff(desk.accounts, desk.admin)
    seeded = seed_cases(desk.vault)
    return desk, seeded


def _agency(desk, code: str) -> int:  # type: ignore[no-untyped-def]
    return DirectoryService(desk.vault).agency(desk.admin, code).id


def _consent_id(session, case_id: int) -> int:  # type: ignore[no-untyped-def]
    return REFERRALS.consents(session, case_id)[0].id


def _text(pdf: bytes, password: str | None = None) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    if password is not None:
        reader.decrypt(password)
    return "\n".join(page.extract_text() for page in reader.pages)


def _police_referral(desk, seeded: Seeded, consent: bool = True):  # type: ignore[no-untyped-def]
    ana = session_of(desk.vault, "ana")
    return REFERRALS.create(ana, seeded.garcia.id, ReferralDraft(
        _agency(desk, "POL"), services=("LEGAL",), interview_reference="INT-2024-017",
        consent_id=_consent_id(ana, seeded.garcia.id) if consent else None, priority="URGENT"))


def test_recipient_types_and_minimised_defaults() -> None:
    assert rules.recipient_type("POL", "POLICE") == "LAW_ENFORCEMENT"
    assert rules.recipient_type("DPP", "COURT_OR_PROSECUTION") == "LAW_ENFORCEMENT"
    assert rules.recipient_type("IMM", "NON_POLICE_GOVERNMENT") == "IMMIGRATION_SERVICE"
    assert rules.recipient_type("CON-GT", "OTHER") == "CONSULATE"
    assert rules.recipient_type("IOM", "OTHER") == "INTERNATIONAL_ORGANISATION"
    assert rules.recipient_type("NGO", "NGO") == "NGO"
    assert rules.default_sections("LAW_ENFORCEMENT", 3) == ("INTERVIEW", "DISCLOSURES")
    assert rules.default_sections("CONSULATE", 3) == ("IDENTITY", "NATIONALITY", "DOCUMENTS")
    assert rules.default_sections("CONSULATE", 1) == ("IDENTITY", "NATIONALITY")
    assert rules.default_sections("NGO", 1) == ("NEEDS", "RISK")
    assert rules.default_sections("INTERNATIONAL_ORGANISATION", 1) == ("REPATRIATION",)


def test_draft_takes_the_recipient_types_default_sections(world) -> None:  # type: ignore[no-untyped-def]
    desk, seeded = world
    referral = _police_referral(desk, seeded)
    assert referral.recipient_type == "LAW_ENFORCEMENT"
    assert referral.sections == ("INTERVIEW", "DISCLOSURES") and referral.status == "DRAFT"


def test_no_consent_is_refused_with_a_clear_message(world) -> None:  # type: ignore[no-untyped-def]
    desk, seeded = world
    referral = _police_referral(desk, seeded, consent=False)
    with pytest.raises(ValidationError) as refused:
        REFERRALS.send(session_of(desk.vault, "ana"), referral.id)
    assert "No consent to refer is recorded" in str(refused.value)
    assert REFERRALS.get(session_of(desk.vault, "ana"), referral.id).status == "DRAFT"


def test_consent_not_covering_recipient_or_sections_is_refused(world) -> None:  # type: ignore[no-untyped-def]
    desk, seeded = world
    ana = session_of(desk.vault, "ana")
    consent = _consent_id(ana, seeded.garcia.id)
    consulate = REFERRALS.create(ana, seeded.garcia.id, ReferralDraft(
        _agency(desk, "CON-GT"), services=("REPATRIATION",), consent_id=consent))
    with pytest.raises(ValidationError) as refused:
        REFERRALS.send(ana, consulate.id)
    message = str(refused.value)
    assert "recipients of this type (Consulate)" in message  # named, not coded
    assert "Identity, Nationality and languages, Identity documents" in message
    police = REFERRALS.create(ana, seeded.garcia.id, ReferralDraft(
        _agency(desk, "POL"), services=("LEGAL",), consent_id=consent,
        sections=("DISCLOSURES", "SHELTER")))
    with pytest.raises(ValidationError, match="releasing: Shelter placement"):
        REFERRALS.send(ana, police.id)


def test_override_needs_a_supervisor_and_a_written_reason(world) -> None:  # type: ignore[no-untyped-def]
    desk, seeded = world
    referral = _police_referral(desk, seeded, consent=False)
    ana, carmen = session_of(desk.vault, "ana"), session_of(desk.vault, "carmen")
    with pytest.raises(PermissionDenied):
        REFERRALS.override_consent(ana, referral.id, "The person is in immediate danger tonight.")
    for reason in ("", "   ", "urgent"):
        with pytest.raises(ValidationError, match="written reason"):
            REFERRALS.override_consent(carmen, referral.id, reason)
    REFERRALS.override_consent(carmen, referral.id, "Immediate danger: the trafficker located her "
                                                    "shelter; police protection needed tonight.")
    sent = REFERRALS.send(ana, referral.id)
    assert sent.status == "SENT" and sent.override_by == "Carmen Novelo"
    packet = DOCUMENTS.packet(carmen, referral.id, "print")
    text = _text(packet.pdf)
    assert "supervisor override" in text and "police protection needed tonight" in text
    with desk.vault.session() as s:
        details = [e.detail for e in s.scalars(select(AuditEntry).where(AuditEntry.record_type == "referral"))]
    assert any("consent override" in d for d in details)
    assert not any("tonight" in d for d in details)


def test_police_packet_holds_only_the_released_sections(world) -> None:  # type: ignore[no-untyped-def]
    desk, seeded = world
    referral = _police_referral(desk, seeded)
    carmen = session_of(desk.vault, "carmen")
    REFERRALS.send(session_of(desk.vault, "ana"), referral.id)
    text = _text(DOCUMENTS.packet(carmen, referral.id, "print").pdf)
    assert "CONFIDENTIAL — for Police Department (ATIPs unit)" in text
    assert "INT-2024-017" in text and "Citrus farm near Spanish Lookout" in text
    assert "Debt bondage" in text and "José Ángel García Pérez" in text
    for withheld in ("Cayo safe house", "Shelter phone", "822-0000", "Guatemalan passport", "Don Beto",
                     "Western Regional Hospital", "Magistrate's Court", "IOM Guatemala", "Chepe",
                     "Q'eqchi'", "Human Services counsellor"):
        assert withheld not in text, withheld


def test_sections_above_the_senders_level_and_level3_without_tick(world) -> None:  # type: ignore[no-untyped-def]
    desk, seeded = world
    dwayne, carmen = session_of(desk.vault, "dwayne"), session_of(desk.vault, "carmen")
    police = _agency(desk, "POL")
    own = CaseService(REFERRALS.store).create(dwayne, NewCase("Rosa", "Ical", "FEMALE"))
    with pytest.raises(PermissionDenied, match="SHELTER"):
        REFERRALS.create(dwayne, own.id, ReferralDraft(police, services=("LEGAL",), sections=("SHELTER",)))
    with pytest.raises(ValidationError, match="explicit confirmation"):
        REFERRALS.create(carmen, seeded.garcia.id, ReferralDraft(police, services=("LEGAL",),
                                                                   sections=("PERPETRATORS",)))
    ticked = REFERRALS.create(carmen, seeded.garcia.id, ReferralDraft(
        police, services=("LEGAL",), sections=("PERPETRATORS", "DISCLOSURES"), restricted_confirmed=True))
    assert ticked.sections == ("DISCLOSURES", "PERPETRATORS") and ticked.draft.restricted_confirmed
    preview = _text(DOCUMENTS.packet(carmen, ticked.id, "preview").pdf)
    assert "Don Beto" in preview and "DRAFT — NOT FOR RELEASE" in preview


def test_markup_in_names_prints_literally_p1(world) -> None:  # type: ignore[no-untyped-def]
    """P1: a name like <b>Ana & "José"</b> prints as typed in the packet."""
    desk, _ = world
    ana = session_of(desk.vault, "ana")
    case = CaseService(REFERRALS.store).create(ana, NewCase('<b>Ana & "José"</b>', "Ñuñez", "FEMALE",
                                             citizenships=("HN",)))
    referral = REFERRALS.create(ana, case.id, ReferralDraft(_agency(desk, "NGO"), services=("MEDICAL",),
                                                            cover_note="<i>urgent</i> & <br/>"))
    text = _text(DOCUMENTS.packet(ana, referral.id, "preview").pdf)
    assert '<b>Ana & "José"</b> Ñuñez' in text and "<i>urgent</i> & <br/>" in text


def test_encrypted_packet_opens_only_with_its_password_p2(world) -> None:  # type: ignore[no-untyped-def]
    """P2: pypdf AES-256, /R 6, password generated once and returned to the sender."""
    desk, seeded = world
    referral = _police_referral(desk, seeded)
    REFERRALS.send(session_of(desk.vault, "ana"), referral.id)
    issued = DOCUMENTS.packet(session_of(desk.vault, "carmen"), referral.id, "save", protect=True)
    assert issued.password and len(issued.password) >= 20
    reader = PdfReader(io.BytesIO(issued.pdf))
    assert reader.is_encrypted and reader.trailer["/Encrypt"]["/R"] == 6
    assert reader.decrypt("not-the-password").name == "NOT_DECRYPTED"
    assert "INT-2024-017" in _text(issued.pdf, issued.password)
    with desk.vault.session() as s:
        assert not any(issued.password in e.detail for e in s.scalars(select(AuditEntry)))


def test_withdrawing_consent_flags_the_open_referral(world) -> None:  # type: ignore[no-untyped-def]
    desk, seeded = world
    referral = _police_referral(desk, seeded)
    ana = session_of(desk.vault, "ana")
    REFERRALS.send(ana, referral.id)
    SECTIONS.update(ana, seeded.garcia.id, "consent", referral.draft.consent_id or 0,
                    {"withdrawn_on": date.today()})
    flagged = REFERRALS.get(ana, referral.id)
    assert flagged.consent_flag == "CONSENT_WITHDRAWN"
    assert [r.id for r in REFERRALS.pending(ana)][0] == referral.id
    with pytest.raises(ValidationError, match="withdrawn"):
        DOCUMENTS.packet(session_of(desk.vault, "carmen"), referral.id, "print")


def test_status_workflow_with_dates_and_outcome(world) -> None:  # type: ignore[no-untyped-def]
    desk, seeded = world
    ana = session_of(desk.vault, "ana")
    referral = _police_referral(desk, seeded)
    with pytest.raises(ValidationError, match="Send"):
        REFERRALS.set_status(ana, referral.id, "SENT")
    with pytest.raises(ValidationError, match="cannot become"):
        REFERRALS.set_status(ana, referral.id, "ACCEPTED")
    sent = REFERRALS.send(ana, referral.id)
    assert sent.due_at is not None
    assert timedelta(hours=71) < sent.due_at - sent.history[-1].at <= timedelta(hours=72)
    REFERRALS.set_status(ana, referral.id, "ACKNOWLEDGED")
    REFERRALS.set_status(ana, referral.id, "ACCEPTED", note="Investigator assigned")
    with pytest.raises(ValidationError, match="Choose a value"):
        REFERRALS.set_status(ana, referral.id, "COMPLETED")
    done = REFERRALS.set_status(ana, referral.id, "COMPLETED", outcome="SERVICE_PROVIDED")
    assert [h.status for h in done.history] == ["DRAFT", "SENT", "ACKNOWLEDGED", "ACCEPTED", "COMPLETED"]
    assert done.outcome == "SERVICE_PROVIDED" and not done.overdue
    with pytest.raises(ValidationError):
        REFERRALS.set_status(ana, referral.id, "WITHDRAWN")


def test_overdue_referrals_come_first(world) -> None:  # type: ignore[no-untyped-def]
    desk, seeded = world
    ana = session_of(desk.vault, "ana")
    first, second = _police_referral(desk, seeded), _police_referral(desk, seeded)
    REFERRALS.send(ana, first.id)
    REFERRALS.send(ana, second.id)
    with desk.vault.session() as s, s.begin():
        s.get(Referral, second.id).due_at -= timedelta(days=10)  # type: ignore[union-attr]
    rows = REFERRALS.outgoing(ana)
    assert rows[0].id == second.id and rows[0].overdue and not rows[1].overdue
    assert [r.id for r in REFERRALS.outgoing(ana, "DRAFT")] == []


def test_a_capped_list_keeps_the_most_urgent_referrals(world) -> None:  # type: ignore[no-untyped-def]
    """Home shows five of many: the database picks them in the list's order, so an overdue or
    flagged referral is never left out for a completed one, whatever the cap (naive check: all
    rows, ordered in Python)."""
    desk, seeded = world
    ana = session_of(desk.vault, "ana")
    made = [_police_referral(desk, seeded) for _ in range(14)]
    for n, referral in enumerate(made):
        if n % 7 != 6:  # two stay drafts
            REFERRALS.send(ana, referral.id)
    for referral in made[:6]:  # many are finished
        REFERRALS.set_status(ana, referral.id, "ACKNOWLEDGED")
        REFERRALS.set_status(ana, referral.id, "DECLINED", outcome="SERVICE_UNAVAILABLE")
    with desk.vault.session() as s, s.begin():
        for n, referral in enumerate(made[6:]):
            row = s.get(Referral, referral.id)
            assert row is not None
            if row.due_at is not None:
                row.due_at -= timedelta(days=3 * (n % 3))  # some overdue, by different spans
        s.get(Referral, made[2].id).consent_flag = "CONSENT_WITHDRAWN"  # type: ignore[union-attr]
        s.get(Referral, made[9].id).consent_flag = "CONSENT_WITHDRAWN"  # type: ignore[union-attr]
    everything = REFERRALS.outgoing(ana, limit=2000)
    order = {code: n for n, code in enumerate(("DRAFT", "SENT", "ACKNOWLEDGED", "ACCEPTED",
                                                "DECLINED", "COMPLETED", "WITHDRAWN"))}
    naive = sorted(everything, key=lambda r: (not r.overdue, not r.consent_flag, order[r.status],
                                              r.due_at or datetime.max, -r.id))
    assert [r.id for r in everything] == [r.id for r in naive]
    for cap in (1, 3, 5):
        assert [r.id for r in REFERRALS.outgoing(ana, limit=cap)] == [r.id for r in naive[:cap]]
    waiting = [r for r in naive if r.status in ("DRAFT", "SENT", "ACKNOWLEDGED")
               or (r.consent_flag and r.status in ("DRAFT", "SENT", "ACKNOWLEDGED", "ACCEPTED"))]
    assert any(r.overdue for r in waiting) and len(waiting) > 5
    assert [r.id for r in REFERRALS.pending(ana, limit=5)] == [r.id for r in waiting[:5]]
    # the partner's side: overdue first, then awaiting an answer, then by due time
    desk.accounts.create_user(desk.admin, NewUser("pol.liaison", "Paul Liaison", "PARTNER_LIAISON",
                                                  "POL", 2), known_password=PASSWORD)
    liaison = session_of(desk.vault, "pol.liaison")
    received = REFERRALS.incoming(liaison, limit=2000)
    naive_in = sorted(received, key=lambda r: (not r.overdue, r.status not in ("SENT", "ACKNOWLEDGED"),
                                               r.due_at or datetime.max, -r.id))
    assert len(received) == 12 and [r.id for r in received] == [r.id for r in naive_in]
    for cap in (1, 3, 5):
        assert [r.id for r in REFERRALS.incoming(liaison, limit=cap)] == [r.id for r in naive_in[:cap]]
    answering = [r for r in naive_in if r.status in ("SENT", "ACKNOWLEDGED")]
    assert any(r.overdue for r in answering)
    assert [r.id for r in REFERRALS.pending(liaison, limit=3)] == [r.id for r in answering[:3]]


def test_print_and_save_need_reauthentication_and_every_issue_is_audited_u2(world) -> None:  # type: ignore[no-untyped-def]
    """U2 before print/save; A2: preview, print and save each leave an audit entry with the copy."""
    desk, seeded = world
    referral = _police_referral(desk, seeded)
    REFERRALS.send(session_of(desk.vault, "ana"), referral.id)
    carmen = session_of(desk.vault, "carmen")
    carmen.authenticated_at -= 3600
    with pytest.raises(ReauthenticationRequired):
        DOCUMENTS.packet(carmen, referral.id, "print")
    DOCUMENTS.packet(carmen, referral.id, "preview")
    carmen.authenticated_at += 3600
    first = DOCUMENTS.packet(carmen, referral.id, "print")
    second = DOCUMENTS.packet(carmen, referral.id, "save")
    assert (first.copy_number, second.copy_number) == (1, 2) and first.sha256 == second.sha256
    assert "Copy 2" in _text(second.pdf) and first.sha256 in _text(first.pdf)
    with desk.vault.session() as s:
        actions = [e.action for e in s.scalars(select(AuditEntry).where(
            AuditEntry.record_type == "referral", AuditEntry.record_id == str(referral.id)))]
    assert actions.count("preview") == 1 and actions.count("print") == 1 and actions.count("export") == 1
    with pytest.raises(PermissionDenied):
        DOCUMENTS.packet(session_of(desk.vault, "ana"), referral.id, "print")


def test_case_summary_names_withheld_sections(world) -> None:  # type: ignore[no-untyped-def]
    desk, seeded = world
    desk.accounts.create_user(desk.admin, NewUser("rita", "Rita Supervisor", "SUPERVISOR", "HS", 2),
                              known_password=PASSWORD)
    carmen, rita = session_of(desk.vault, "carmen"), session_of(desk.vault, "rita")
    full = _text(DOCUMENTS.case_summary(carmen, seeded.garcia.id).pdf)
    assert "Don Beto" in full and "Cayo safe house" in full and "Case summary" in full
    assert "Sections not included" not in full and "Disclosed the recruiter" in full
    partial = _text(DOCUMENTS.case_summary(rita, seeded.garcia.id).pdf)
    assert "Cayo safe house" in partial and "Don Beto" not in partial
    assert "Disclosed the recruiter" not in partial  # a level-3 note
    assert "Sections not included" in partial and "Suspected perpetrators" in partial
    with pytest.raises(PermissionDenied):
        DOCUMENTS.case_summary(session_of(desk.vault, "ana"), seeded.garcia.id)


def test_referral_input_limits_p3(world) -> None:  # type: ignore[no-untyped-def]
    """P3: every referral input is checked in the service with a clear message."""
    desk, seeded = world
    ana = session_of(desk.vault, "ana")
    police, own = _agency(desk, "POL"), _agency(desk, "HS")
    cases = [
        (ReferralDraft(police), "at least one service"),
        (ReferralDraft(police, services=("LEGAL",), reason="OTHER"), "required"),
        (ReferralDraft(police, services=("LEGAL",), cover_note="x" * 3001), "At most 3000"),
        (ReferralDraft(police, services=("LEGAL",), priority="SOON"), "Choose a value"),
        (ReferralDraft(police, services=("TEA",)), "Choose values"),
        (ReferralDraft(police, services=("LEGAL",), sections=("EVERYTHING",)), "Choose values"),
        (ReferralDraft(own, services=("LEGAL",)), "another organisation"),
        (ReferralDraft(99999, services=("LEGAL",)), "directory"),
        (ReferralDraft(police, services=("LEGAL",), interview_reference="a\x00b"), "control"),
    ]
    for draft, message in cases:
        with pytest.raises(ValidationError, match=message):
            REFERRALS.create(ana, seeded.garcia.id, draft)
    other_case_consent = REFERRALS.consents(ana, seeded.garcia.id)[0].id
    with pytest.raises(ValidationError, match="consent record of this case"):
        REFERRALS.create(ana, seeded.lopez.id, ReferralDraft(police, services=("LEGAL",),
                                                             consent_id=other_case_consent))


def test_migration_0005_matches_the_models() -> None:
    """The referral tables as migrated are the tables the models declare (and 0005 downgrades)."""
    import sqlalchemy as sa
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from desktop.models import Base
    from desktop.vault import migrate

    engine = sa.create_engine("sqlite://")
    with engine.begin() as connection:
        migrate.upgrade(connection)
        diffs = compare_metadata(MigrationContext.configure(connection), Base.metadata)
        ours = [d for d in diffs if "referral" in repr(d) or "consent_records" in repr(d)]
        assert ours == []
        from alembic import command

        command.downgrade(migrate._config(connection), "0004")
        columns = {c["name"] for c in sa.inspect(connection).get_columns("referrals")}
        assert columns == {"id", "case_id", "recipient_agency_id", "status", "created_at"}
