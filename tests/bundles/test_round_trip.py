"""Bundles between two real vaults: what arrives, what is audited on both ends, what never leaves
(minimisation), and conflicts merged as the user chose."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from desktop.bundles import container, payload
from desktop.bundles.identity import IdentityKeys
from desktop.models import (
    Attachment,
    AttachmentBlob,
    Case,
    CaseNote,
    ChangeRecord,
    Interview,
    Peer,
    Perpetrator,
)
from desktop.services import audit
from desktop.services.bundles.export import SendRequest
from desktop.services.bundles.identity import SECRET_NAME
from desktop.services.cases import search as case_index
from desktop.services.errors import PermissionDenied, ReauthenticationRequired, ValidationError
from desktop.services.interviews.service import InterviewService

from .conftest import Exchange
from .world import Site, locked_interview


def opened_payload(site: Site, data: bytes) -> tuple[bytes, payload.Payload]:
    """What the recipient `site` reads inside a bundle (the test holds its keys)."""
    with site.desk.vault.session() as db:
        keys = IdentityKeys.from_secret(site.desk.vault.secrets.read(db, SECRET_NAME) or b"")
        peers = {p.key_id: container.PeerKeys(p.seal_public, p.sign_public)
                 for p in db.scalars(select(Peer))}
    _, plain = container.open_bundle(data, keys, peers.get)
    return plain, payload.read(plain)


def test_round_trip_between_two_vaults(exchange: Exchange) -> None:
    office, tablet, seeded = exchange.office, exchange.tablet, exchange.seeded
    interview = locked_interview(office, seeded.garcia.id)
    # the tablet is the interviewer's (level 3): what it receives is capped at its user's level
    office.identity.update_peer(office.admin, office.peer_id(tablet), field_username="marisol")
    sent = office.send("carmen", tablet, [seeded.garcia.id, seeded.lopez.id], exchange.folder)
    assert sent.path is not None and sent.path.parent == exchange.folder
    assert (sent.cases, sent.attachments, sent.interviews, sent.sequence) == (2, 1, 1, 1)
    data = sent.path.read_bytes()
    preview = tablet.imports.preview(tablet.session("carmen"), data)
    assert [p.status for p in preview.cases] == ["NEW", "NEW"] and preview.sender == office.name
    result = tablet.imports.apply(tablet.session("carmen"), data, {})
    assert (result.created, result.updated) == (2, 0)

    carmen = tablet.session("carmen")
    here = tablet.reads.search(carmen, "garcia")[0]
    detail = tablet.reads.open(carmen, here.id)
    original = office.reads.open(office.session("carmen"), seeded.garcia.id)
    assert here.reference == seeded.garcia.reference
    assert detail.person == original.person and detail.codes == original.codes
    with office.desk.vault.session() as a, tablet.desk.vault.session() as b:
        assert a.get(Case, seeded.garcia.id).uuid == b.get(Case, here.id).uuid
        notes = lambda s, cid: sorted((n.uuid, n.level, n.text) for n in s.scalars(  # noqa: E731
            select(CaseNote).where(CaseNote.case_id == cid)))
        assert notes(a, seeded.garcia.id) == notes(b, here.id)
        blob = b.scalars(select(AttachmentBlob.content).join(Attachment).where(
            Attachment.case_id == here.id)).one()
        assert blob == a.scalars(select(AttachmentBlob.content).join(Attachment).where(
            Attachment.case_id == seeded.garcia.id)).one()
        assert b.scalars(select(Perpetrator.name).where(Perpetrator.case_id == here.id)).one() == "“Don Beto”"
        arrived = b.scalars(select(Interview).where(Interview.case_id == here.id)).one()
        assert arrived.state == "LOCKED" and arrived.uuid == a.get(Interview, interview).uuid
    with tablet.desk.vault.session() as db:  # the bulk index documents are the per-case ones
        ids = [c.id for c in db.scalars(select(Case).order_by(Case.id.desc()))]
        assert len(ids) == 2
        assert case_index.documents(db, ids) == [case_index.document(db, i) for i in ids]
    assert tablet.reads.search(carmen, "chepe")[0].id == here.id  # the alias is searchable
    record = InterviewService(tablet.desk.vault).open(tablet.session("luis"), arrived.id)
    assert record.hash_ok is True and len(record.addenda) == 1
    assert set(detail.assigned) == set(original.assigned)

    # back: the tablet's worker changes the case; the office takes it without asking
    ana = tablet.session("ana")
    tablet.cases.update(ana, here.id, {"district": "TOLEDO"}, detail.version)
    tablet.cases.add_note(ana, here.id, "Seen at the Punta Gorda clinic.", 1)
    back = tablet.send("ana", office, [here.id], exchange.folder, purpose="SYNC")
    review = office.imports.preview(office.session("carmen"), back.path.read_bytes())
    plan = review.cases[0]
    assert plan.status == "UPDATE" and {c.key for c in plan.changes if c.outcome == "theirs"} == {
        "fields.district"}
    office.imports.apply(office.session("carmen"), back.path.read_bytes(), {})
    assert office.reads.open(office.session("carmen"), seeded.garcia.id).row.district == "TOLEDO"

    # audited on both ends: what left and to whom; what arrived and what was chosen
    with office.desk.vault.session() as db:
        sends = audit.entries(db, action="bundle.send")
        exported = [e for e in audit.entries(db, action="export") if e.record_type == "case"]
        received = audit.entries(db, action="bundle.receive")
    assert "to HS field tablet 03 #1; 2 cases, 1 attachments, 1 interviews" in sends[0].detail
    assert {e.record_id for e in exported} >= {str(seeded.garcia.id), str(seeded.lopez.id)}
    assert "from HS field tablet 03 #1; 0 new, 1 updated" in received[0].detail
    with tablet.desk.vault.session() as db:
        arrivals = audit.entries(db, action="bundle.receive")
        created = [e for e in audit.entries(db, action="create") if e.record_type == "case"]
    assert f"from {office.name} #1; 2 new" in arrivals[0].detail
    assert len(created) == 2 and all("new case" in e.detail for e in created)


def test_sending_needs_a_recent_password_scope_and_the_exchange_action(exchange: Exchange) -> None:
    """U2: cases leave the vault only after the password was entered in the last minutes."""
    office, tablet, seeded = exchange.office, exchange.tablet, exchange.seeded
    carmen = office.session("carmen")
    carmen.authenticated_at -= 3600
    with pytest.raises(ReauthenticationRequired):
        office.export.send(carmen, SendRequest(office.peer_id(tablet), (seeded.garcia.id,),
                                               exchange.folder))
    with pytest.raises(PermissionDenied):  # the M&E officer role has no exchange action
        office.send("admin", tablet, [seeded.garcia.id], exchange.folder)
    with pytest.raises(ValidationError, match="not visible"):  # dwayne does not own the case
        office.send("dwayne", tablet, [seeded.garcia.id], exchange.folder)
    assert list(exchange.folder.iterdir()) == []


def test_a_level_3_section_never_leaves_for_a_level_1_recipient(exchange: Exchange, partner: Site) -> None:
    office, tablet, seeded = exchange.office, exchange.tablet, exchange.seeded
    locked_interview(office, seeded.garcia.id)
    office.identity.update_peer(office.admin, office.peer_id(tablet), level=1)
    sent = office.send("carmen", tablet, [seeded.garcia.id], exchange.folder)
    plain, opened = opened_payload(tablet, sent.path.read_bytes())
    record = opened.cases[0]
    assert opened.manifest.level == 1
    assert "perpetrators" not in record["records"] and "Don Beto" not in plain.decode("latin-1")
    assert {n["level"] for n in record["records"]["notes"]} == {1}
    assert b"Disclosed the recruiter" not in plain and b"Medical check-up" not in plain
    assert "contact" not in record["fields"] and "documents" not in record["fields"]
    assert "shelter" not in record["records"] and "justice" not in record["records"]
    assert not record.get("interviews") and not record.get("attachments") and not opened.attachments
    # a partner (an NGO shelter) of level 1 gets the recipient type's minimised sections only
    office.trust(partner, "PARTNER", 1)
    partner.trust(office, "PARTNER", 1)
    shelter = office.send("carmen", partner, [seeded.garcia.id], exchange.folder)
    plain, opened = opened_payload(partner, shelter.path.read_bytes())
    record = opened.cases[0]
    assert set(record["records"]) == {"services", "consent"}  # NEEDS and the consent relied on
    assert set(record["codes"]) == {"flag"} and "aliases" not in record  # RISK; no IDENTITY
    assert "notes" not in record["records"] and b"Cayo shelter" not in plain
    assert b"Don Beto" not in plain and "owner" not in record
    with pytest.raises(PermissionDenied, match="PERPETRATORS"):
        office.send("carmen", partner, [seeded.garcia.id], exchange.folder,
                    sections=("NEEDS", "PERPETRATORS"), restricted_confirmed=True)


def test_the_consent_gate_stops_cases_for_a_partner(exchange: Exchange, partner: Site) -> None:
    office, seeded = exchange.office, exchange.seeded
    office.trust(partner, "PARTNER", 2)
    with pytest.raises(ValidationError) as refused:
        office.send("carmen", partner, [seeded.garcia.id, seeded.lopez.id], exchange.folder)
    message = str(refused.value)
    assert seeded.lopez.reference in message and "No consent to refer" in message
    assert seeded.garcia.reference not in message
    with pytest.raises(ValidationError, match="does not authorise releasing: Shelter placement"):
        office.send("carmen", partner, [seeded.garcia.id], exchange.folder, sections=("NEEDS", "SHELTER"))
    assert list(exchange.folder.iterdir()) == []
    with office.desk.vault.session() as db:
        assert audit.entries(db, action="bundle.send") == []


def test_conflicts_are_merged_field_by_field_as_chosen(exchange: Exchange) -> None:
    office, tablet, seeded = exchange.office, exchange.tablet, exchange.seeded
    first = office.send("carmen", tablet, [seeded.garcia.id], exchange.folder)
    tablet.imports.apply(tablet.session("carmen"), first.path.read_bytes(), {})
    ana_t, carmen_o = tablet.session("ana"), office.session("carmen")
    here = tablet.reads.search(ana_t, "garcia")[0].id
    detail = tablet.reads.open(ana_t, here)
    tablet.cases.update(ana_t, here, {"district": "TOLEDO", "contact": "Tablet: 610-1111"},
                        detail.version)
    tablet.cases.set_aliases(ana_t, here, ("Chepe", "Pepe"))
    event = tablet.sections.records(ana_t, here, "events")[0]
    tablet.sections.update(ana_t, here, "events", event["id"], {"place": "Cobán market"})
    office_detail = office.reads.open(carmen_o, seeded.garcia.id)
    office.cases.update(carmen_o, seeded.garcia.id, {"district": "BELIZE",
                                                     "contact": "Office: 822-2222",
                                                     "documents": "Passport recovered"},
                        office_detail.version)
    office.cases.set_aliases(carmen_o, seeded.garcia.id, ("Chepe", "José A."))
    back = tablet.send("ana", office, [here], exchange.folder).path.read_bytes()
    preview = office.imports.preview(carmen_o, back)
    plan = preview.cases[0]
    outcome = {c.key: c.outcome for c in plan.changes}
    assert plan.status == "CONFLICT"
    assert outcome["fields.district"] == outcome["fields.contact"] == outcome["aliases"] == "conflict"
    assert [v for k, v in outcome.items() if k.startswith("events.")] == ["theirs"]
    assert outcome["fields.documents"] == "mine"  # changed only here: kept without asking
    with pytest.raises(ValidationError, match="2 field"):
        office.imports.apply(carmen_o, back, {plan.uuid: {"fields.district": "theirs"}})
    choices = {plan.uuid: {"fields.district": "theirs", "fields.contact": "mine", "aliases": "mine"}}
    result = office.imports.apply(carmen_o, back, choices)
    assert (result.updated, result.taken, result.kept) == (1, 2, 3)
    after = office.reads.open(carmen_o, seeded.garcia.id)
    assert after.row.district == "TOLEDO" and after.person["contact"] == "Office: 822-2222"
    assert after.person["aliases"] == ("Chepe", "José A.")
    assert after.person["documents"] == "Passport recovered"
    places = [r["place"] for r in office.sections.records(carmen_o, seeded.garcia.id, "events")]
    assert "Cobán market" in places
    with office.desk.vault.session() as db:
        changed = {c.field for c in db.scalars(select(ChangeRecord).where(
            ChangeRecord.case_id == seeded.garcia.id, ChangeRecord.old_value == "BELIZE"))}
    assert changed == {"district"}
    # the office's kept values go back to the tablet, which takes them without a conflict
    again = office.send("carmen", tablet, [seeded.garcia.id], exchange.folder).path.read_bytes()
    plan = tablet.imports.preview(tablet.session("carmen"), again).cases[0]
    assert plan.conflicts == () and {c.key for c in plan.changes} >= {"fields.contact", "aliases",
                                                                      "fields.documents"}
    tablet.imports.apply(tablet.session("carmen"), again, {})
    final = tablet.reads.open(ana_t, here)
    assert final.person["contact"] == "Office: 822-2222" and final.row.district == "TOLEDO"
    assert final.person["aliases"] == ("Chepe", "José A.")


def test_a_taken_reference_gets_this_vaults_next_one(exchange: Exchange) -> None:
    office, tablet = exchange.office, exchange.tablet
    from desktop.services.cases.service import NewCase

    own = tablet.cases.create(tablet.session("ana"), NewCase("Rosa", "Tablet-first", "FEMALE"))
    incoming = office.send("carmen", tablet, [exchange.seeded.garcia.id], exchange.folder)
    assert own.reference == exchange.seeded.garcia.reference  # both vaults numbered from 1
    preview = tablet.imports.preview(tablet.session("carmen"), incoming.path.read_bytes())
    assert preview.cases[0].local_reference == ""
    result = tablet.imports.apply(tablet.session("carmen"), incoming.path.read_bytes(), {})
    (theirs, mine), = result.references
    assert theirs == own.reference and mine != own.reference and mine.startswith(f"HS-{date.today():%Y}-")
