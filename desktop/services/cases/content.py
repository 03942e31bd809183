"""A case's content as document sections, one builder per release section (vocab.RELEASE_SECTIONS).

Referral packets take only the sections released; the case summary takes all its reader may see.
Builders read inside the caller's session and return plain `DocSection`s for the reports layer.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import (
    Case,
    CaseCode,
    ConsentRecord,
    LegalProceeding,
    Perpetrator,
    Referral,
    Repatriation,
    ServiceDelivery,
    ShelterPlacement,
    TraffickingEvent,
)
from desktop.reports.document import DocSection, humanise
from desktop.services.referrals.rules import split_codes

RELEASE_TITLES = {
    "IDENTITY": "Identity", "NATIONALITY": "Nationality and languages",
    "DOCUMENTS": "Identity documents", "CONTACT": "Contact details", "INTERVIEW": "Interview reference",
    "DISCLOSURES": "Disclosures", "NEEDS": "Needs and services", "RISK": "Risk assessment",
    "SHELTER": "Shelter placement", "JUSTICE": "Legal proceedings", "REPATRIATION": "Repatriation needs",
    "PERPETRATORS": "Suspected perpetrators (restricted)",
}


def day(value: date | None) -> str:
    return f"{value:%d %b %Y}" if value else ""


def words(codes: str | tuple[str, ...]) -> str:
    items = split_codes(codes) if isinstance(codes, str) else codes
    return ", ".join(humanise(c) for c in items)


def yes_no(value: bool) -> str:
    return "Yes" if value else "No"


def _codes(db: Session, case_id: int, kind: str) -> str:
    return words(tuple(db.scalars(select(CaseCode.code).where(CaseCode.case_id == case_id,
                                                             CaseCode.kind == kind)
                                 .order_by(CaseCode.code))))


def _rows(db: Session, model: Any, case_id: int) -> list[Any]:
    return list(db.scalars(select(model).where(model.case_id == case_id).order_by(model.id)))


def age_text(case: Case, today: date | None = None) -> str:
    """Age with its basis; a disputed age is treated as a child's (domain.md)."""
    person, today = case.person, today or date.today()
    if person.date_of_birth:
        born = person.date_of_birth
        years = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
        basis = f"{years} (born {day(born)})"
    elif person.estimated_age is not None:
        years = person.estimated_age
        basis = f"about {years} (estimated {day(person.age_estimated_on)})".replace(" ()", "")
    else:
        return "Unknown" + (" — age disputed, treated as a child" if person.age_disputed else "")
    if person.age_disputed or years < 18:
        basis += " — child" + (" (age disputed)" if person.age_disputed else "")
    return basis


def summary_fields(case: Case) -> tuple[tuple[str, str], ...]:
    """What every packet carries so the recipient knows whom it concerns, and nothing more."""
    identified = humanise(case.identification_status)
    if case.identified_on:
        identified += f" (since {day(case.identified_on)})"
    return (("Case reference", case.reference), ("Name", case.person.full_name),
            ("Sex", humanise(case.person.sex)), ("Age", age_text(case)),
            ("Identification status", identified), ("Case status", humanise(case.status)),
            ("District", humanise(case.district) or "—"))


def consent_section(record: ConsentRecord | None) -> DocSection:
    title = "Consent to refer"
    if record is None:
        return DocSection(title, note="No consent record covers this referral; see the supervisor's "
                                      "override on the cover letter.")
    return DocSection(title, (
        ("Given by", humanise(record.given_by)), ("Given on", day(record.given_on)),
        ("Person was informed of", words(record.items)),
        ("Recipients covered", words(record.recipient_types)),
        ("Data authorised for release", ", ".join(RELEASE_TITLES.get(c, c) for c in
                                                  split_codes(record.data_items)) or "—"),
        ("Withdrawn", day(record.withdrawn_on) or "No")))


def _identity(db: Session, case: Case, r: Referral | None) -> DocSection:
    p = case.person
    return DocSection(RELEASE_TITLES["IDENTITY"], (
        ("Full name", p.full_name), ("Other names", ", ".join(a.name for a in p.aliases)),
        ("Sex", humanise(p.sex)), ("Gender identity", humanise(p.gender_identity)),
        ("Age", age_text(case)), ("Unaccompanied", humanise(p.unaccompanied))))


def _nationality(db: Session, case: Case, r: Referral | None) -> DocSection:
    p = case.person
    return DocSection(RELEASE_TITLES["NATIONALITY"], (
        ("Citizenship", p.citizenships.replace(",", ", ")), ("Languages", p.languages.replace(",", ", ")),
        ("Interpreter needed", yes_no(p.interpreter_needed))))


def _documents(db: Session, case: Case, r: Referral | None) -> DocSection:
    return DocSection(RELEASE_TITLES["DOCUMENTS"], (("Documents", case.person.documents),))


def _contact(db: Session, case: Case, r: Referral | None) -> DocSection:
    return DocSection(RELEASE_TITLES["CONTACT"], (("Contact", case.person.contact),))


def _interview(db: Session, case: Case, r: Referral | None) -> DocSection:
    reference = r.interview_reference if r else ""
    return DocSection(RELEASE_TITLES["INTERVIEW"], (("Interview reference", reference),),
                      note="The interview record stays with the council; request it quoting this "
                           "reference.")


def _disclosures(db: Session, case: Case, r: Referral | None) -> DocSection:
    events = _rows(db, TraffickingEvent, case.id)
    return DocSection(RELEASE_TITLES["DISCLOSURES"], (
        ("Exploitation", _codes(db, case.id, "exploitation")),
        ("Labour sector", _codes(db, case.id, "sector")),
        ("Sexual exploitation", _codes(db, case.id, "sexual_exploitation")),
        ("Means of control", _codes(db, case.id, "means_of_control")),
        ("Recruitment", _codes(db, case.id, "recruitment"))),
        ("Event", "Country", "Place", "From", "To"),
        tuple((humanise(e.kind), e.country, e.place, day(e.started_on), day(e.ended_on)) for e in events),
        (1.2, 0.8, 3, 1.1, 1.1))


def _needs(db: Session, case: Case, r: Referral | None) -> DocSection:
    delivered = _rows(db, ServiceDelivery, case.id)
    fields = (("Services requested", words(r.services)),) if r else ()
    return DocSection(RELEASE_TITLES["NEEDS"], fields, ("Service received", "Provider", "From", "To"),
                      tuple((humanise(d.service_type), d.provider, day(d.started_on), day(d.ended_on))
                            for d in delivered), (1.4, 2.6, 1, 1))


def _risk(db: Session, case: Case, r: Referral | None) -> DocSection:
    fields: tuple[tuple[str, str], ...] = ()
    if r is not None:
        fields = (("Safety risk", humanise(r.safety_risk)), ("Health urgency", humanise(r.health_urgency)),
                  ("Trafficker at large", yes_no(r.trafficker_at_large)))
    return DocSection(RELEASE_TITLES["RISK"], (*fields, ("Case flags", _codes(db, case.id, "flag"))))


def _shelter(db: Session, case: Case, r: Referral | None) -> DocSection:
    rows = _rows(db, ShelterPlacement, case.id)
    return DocSection(RELEASE_TITLES["SHELTER"], headers=("Shelter", "District", "From", "To"),
                      rows=tuple((p.shelter, humanise(p.district), day(p.started_on), day(p.ended_on))
                                 for p in rows), widths=(3, 1.2, 1, 1))


def _justice(db: Session, case: Case, r: Referral | None) -> DocSection:
    rows = _rows(db, LegalProceeding, case.id)
    return DocSection(RELEASE_TITLES["JUSTICE"], headers=("Stage", "Offence", "Court", "Opened", "Decided"),
                      rows=tuple((humanise(p.stage), humanise(p.offence), p.court, day(p.opened_on),
                                  day(p.decided_on)) for p in rows), widths=(1.3, 1.3, 2.2, 1, 1))


def _repatriation(db: Session, case: Case, r: Referral | None) -> DocSection:
    rows = _rows(db, Repatriation, case.id)
    return DocSection(RELEASE_TITLES["REPATRIATION"],
                      headers=("Country", "Carried out by", "Receiving organisation", "Date",
                               "Follow-up"),
                      rows=tuple((p.destination_country, humanise(p.carried_out_by),
                                  p.receiving_organisation, day(p.repatriated_on), p.follow_up)
                                 for p in rows), widths=(1.1, 1.3, 1.8, 1, 1.8))


def _perpetrators(db: Session, case: Case, r: Referral | None) -> DocSection:
    rows = _rows(db, Perpetrator, case.id)
    return DocSection(RELEASE_TITLES["PERPETRATORS"],
                      headers=("Name", "Sex", "Nationality", "Roles", "Relationship", "At large"),
                      rows=tuple((p.name, humanise(p.sex), p.nationality, words(p.roles),
                                  humanise(p.relationship), yes_no(p.at_large)) for p in rows),
                      widths=(1.7, 0.7, 1.1, 1.7, 1.1, 0.8))


BUILDERS: dict[str, Callable[[Session, Case, Referral | None], DocSection]] = {
    "IDENTITY": _identity, "NATIONALITY": _nationality, "DOCUMENTS": _documents, "CONTACT": _contact,
    "INTERVIEW": _interview, "DISCLOSURES": _disclosures, "NEEDS": _needs, "RISK": _risk,
    "SHELTER": _shelter, "JUSTICE": _justice, "REPATRIATION": _repatriation,
    "PERPETRATORS": _perpetrators,
}


def release_sections(db: Session, case: Case, referral: Referral | None,
                     codes: tuple[str, ...]) -> tuple[DocSection, ...]:
    return tuple(BUILDERS[code](db, case, referral) for code in codes)
