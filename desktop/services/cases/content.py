"""A case's content as document sections, one builder per release section (vocab.RELEASE_SECTIONS).

Referral packets take only the sections released; the case summary takes all its reader may see.
Builders read inside the caller's session and return plain `DocSection`s for the reports layer,
worded in the document's language (`lang`): codes through the one label table, field names
through the catalogue (context "CaseDocuments").
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.i18n.catalogue import Translator, label, labels
from desktop.i18n.dates import day_text
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
from desktop.reports.parts import DocSection


def release_title(code: str, lang: str) -> str:
    """A release section's name in a document; the restricted one says so."""
    _ = Translator("CaseDocuments", lang)
    title = label("section", code, lang)
    return _("{section} (restricted)").format(section=title) if code == "PERPETRATORS" else title


def day(value: date | None, lang: str = "en") -> str:
    return day_text(value, lang)


def yes_no(value: bool, lang: str) -> str:
    return label("answer", "YES" if value else "NO", lang)


def _codes(db: Session, case_id: int, kind: str, lang: str) -> str:
    return labels(kind, tuple(db.scalars(select(CaseCode.code).where(
        CaseCode.case_id == case_id, CaseCode.kind == kind).order_by(CaseCode.code))), lang)


def _rows(db: Session, model: Any, case_id: int) -> list[Any]:
    return list(db.scalars(select(model).where(model.case_id == case_id).order_by(model.id)))


def age_text(case: Case, lang: str, today: date | None = None) -> str:
    """Age with its basis; a disputed age is treated as a child's (domain.md)."""
    _ = Translator("CaseDocuments", lang)
    person, today = case.person, today or date.today()
    if person.date_of_birth:
        born = person.date_of_birth
        years = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
        basis = _("{years} (born {day})").format(years=years, day=day(born, lang))
    elif person.estimated_age is not None:
        years = person.estimated_age
        basis = (_("about {years} (estimated {day})").format(
            years=years, day=day(person.age_estimated_on, lang))
                 if person.age_estimated_on else _("about {years}").format(years=years))
    else:
        return _("Unknown — age disputed, treated as a child") if person.age_disputed else _("Unknown")
    if person.age_disputed:
        basis += _(" — child (age disputed)")
    elif years < 18:
        basis += _(" — child")
    return basis


def summary_fields(case: Case, lang: str) -> tuple[tuple[str, str], ...]:
    """What every packet carries so the recipient knows whom it concerns, and nothing more."""
    _ = Translator("CaseDocuments", lang)
    identified = label("identification_status", case.identification_status, lang)
    if case.identified_on:
        identified += _(" (since {day})").format(day=day(case.identified_on, lang))
    return ((_("Case reference"), case.reference), (_("Name"), case.person.full_name),
            (_("Sex"), label("sex", case.person.sex, lang)), (_("Age"), age_text(case, lang)),
            (_("Identification status"), identified),
            (_("Case status"), label("case_status", case.status, lang)),
            (_("District"), label("district", case.district, lang)))


def consent_section(record: ConsentRecord | None, lang: str) -> DocSection:
    _ = Translator("CaseDocuments", lang)
    title = _("Consent to refer")
    if record is None:
        return DocSection(title, note=_("No consent record covers this referral; see the supervisor's "
                                        "override on the cover letter."))
    return DocSection(title, (
        (_("Given by"), label("consent_given_by", record.given_by, lang)),
        (_("Given on"), day(record.given_on, lang)),
        (_("Person was informed of"), labels("consent_item", record.items, lang)),
        (_("Recipients covered"), labels("recipient_type", record.recipient_types, lang)),
        (_("Data authorised for release"), labels("section", record.data_items, lang)),
        (_("Withdrawn"), day(record.withdrawn_on, lang) or yes_no(False, lang))))


def _identity(db: Session, case: Case, r: Referral | None, lang: str) -> DocSection:
    _ = Translator("CaseDocuments", lang)
    p = case.person
    return DocSection(release_title("IDENTITY", lang), (
        (_("Full name"), p.full_name), (_("Other names"), ", ".join(a.name for a in p.aliases)),
        (_("Sex"), label("sex", p.sex, lang)),
        (_("Gender identity"), label("gender_identity", p.gender_identity, lang)),
        (_("Age"), age_text(case, lang)),
        (_("Unaccompanied"), label("unaccompanied", p.unaccompanied, lang))))


def _nationality(db: Session, case: Case, r: Referral | None, lang: str) -> DocSection:
    _ = Translator("CaseDocuments", lang)
    p = case.person
    return DocSection(release_title("NATIONALITY", lang), (
        (_("Citizenship"), labels("country", p.citizenships, lang)),
        (_("Languages"), labels("language", p.languages, lang)),
        (_("Interpreter needed"), yes_no(p.interpreter_needed, lang))))


def _documents(db: Session, case: Case, r: Referral | None, lang: str) -> DocSection:
    _ = Translator("CaseDocuments", lang)
    return DocSection(release_title("DOCUMENTS", lang), ((_("Documents"), case.person.documents),))


def _contact(db: Session, case: Case, r: Referral | None, lang: str) -> DocSection:
    _ = Translator("CaseDocuments", lang)
    return DocSection(release_title("CONTACT", lang), ((_("Contact"), case.person.contact),))


def _interview(db: Session, case: Case, r: Referral | None, lang: str) -> DocSection:
    _ = Translator("CaseDocuments", lang)
    reference = r.interview_reference if r else ""
    return DocSection(release_title("INTERVIEW", lang), ((_("Interview reference"), reference),),
                      note=_("The interview record stays with the council; request it quoting this "
                             "reference."))


def _disclosures(db: Session, case: Case, r: Referral | None, lang: str) -> DocSection:
    _ = Translator("CaseDocuments", lang)
    events = _rows(db, TraffickingEvent, case.id)
    return DocSection(release_title("DISCLOSURES", lang), (
        (_("Exploitation"), _codes(db, case.id, "exploitation", lang)),
        (_("Labour sector"), _codes(db, case.id, "sector", lang)),
        (_("Sexual exploitation"), _codes(db, case.id, "sexual_exploitation", lang)),
        (_("Means of control"), _codes(db, case.id, "means_of_control", lang)),
        (_("Recruitment"), _codes(db, case.id, "recruitment", lang))),
        (_("Event"), _("Country"), _("Place"), _("From"), _("To")),
        tuple((label("event_kind", e.kind, lang), label("country", e.country, lang) if e.country else "",
               e.place, day(e.started_on, lang), day(e.ended_on, lang)) for e in events),
        (1.2, 1.2, 2.6, 1.1, 1.1))


def _needs(db: Session, case: Case, r: Referral | None, lang: str) -> DocSection:
    _ = Translator("CaseDocuments", lang)
    delivered = _rows(db, ServiceDelivery, case.id)
    fields = ((_("Services requested"), labels("service", r.services, lang)),) if r else ()
    return DocSection(release_title("NEEDS", lang), fields,
                      (_("Service received"), _("Provider"), _("From"), _("To")),
                      tuple((label("service", d.service_type, lang), d.provider, day(d.started_on, lang),
                             day(d.ended_on, lang)) for d in delivered), (1.4, 2.6, 1, 1))


def _risk(db: Session, case: Case, r: Referral | None, lang: str) -> DocSection:
    _ = Translator("CaseDocuments", lang)
    fields: tuple[tuple[str, str], ...] = ()
    if r is not None:
        fields = ((_("Safety risk"), label("safety_risk", r.safety_risk, lang)),
                  (_("Health urgency"), label("health_urgency", r.health_urgency, lang)),
                  (_("Trafficker at large"), yes_no(r.trafficker_at_large, lang)))
    flags = _codes(db, case.id, "flag", lang)
    return DocSection(release_title("RISK", lang), (*fields, (_("Case flags"), flags)))


def _shelter(db: Session, case: Case, r: Referral | None, lang: str) -> DocSection:
    _ = Translator("CaseDocuments", lang)
    rows = _rows(db, ShelterPlacement, case.id)
    return DocSection(release_title("SHELTER", lang),
                      headers=(_("Shelter"), _("District"), _("From"), _("To")),
                      rows=tuple((p.shelter, label("district", p.district, lang), day(p.started_on, lang),
                                  day(p.ended_on, lang)) for p in rows), widths=(3, 1.2, 1, 1))


def _justice(db: Session, case: Case, r: Referral | None, lang: str) -> DocSection:
    _ = Translator("CaseDocuments", lang)
    rows = _rows(db, LegalProceeding, case.id)
    return DocSection(release_title("JUSTICE", lang),
                      headers=(_("Stage"), _("Offence"), _("Court"), _("Opened"), _("Decided")),
                      rows=tuple((label("proceeding_stage", p.stage, lang), label("offence", p.offence, lang),
                                  p.court, day(p.opened_on, lang), day(p.decided_on, lang)) for p in rows),
                      widths=(1.3, 1.5, 2, 1, 1))


def _repatriation(db: Session, case: Case, r: Referral | None, lang: str) -> DocSection:
    _ = Translator("CaseDocuments", lang)
    rows = _rows(db, Repatriation, case.id)
    return DocSection(release_title("REPATRIATION", lang),
                      headers=(_("Country"), _("Carried out by"), _("Receiving organisation"), _("Date"),
                               _("Follow-up")),
                      rows=tuple((label("country", p.destination_country, lang),
                                  label("repatriated_by", p.carried_out_by, lang),
                                  p.receiving_organisation, day(p.repatriated_on, lang), p.follow_up)
                                 for p in rows), widths=(1.1, 1.3, 1.8, 1, 1.8))


def _perpetrators(db: Session, case: Case, r: Referral | None, lang: str) -> DocSection:
    _ = Translator("CaseDocuments", lang)
    rows = _rows(db, Perpetrator, case.id)
    return DocSection(release_title("PERPETRATORS", lang),
                      headers=(_("Name"), _("Sex"), _("Nationality"), _("Roles"), _("Relationship"),
                               _("At large")),
                      rows=tuple((p.name, label("sex", p.sex, lang),
                                  label("country", p.nationality, lang) if p.nationality else "",
                                  labels("perpetrator_role", p.roles, lang),
                                  label("recruiter_relationship", p.relationship, lang),
                                  yes_no(p.at_large, lang)) for p in rows),
                      widths=(1.7, 0.7, 1.1, 1.7, 1.1, 0.8))


BUILDERS: dict[str, Callable[[Session, Case, Referral | None, str], DocSection]] = {
    "IDENTITY": _identity, "NATIONALITY": _nationality, "DOCUMENTS": _documents, "CONTACT": _contact,
    "INTERVIEW": _interview, "DISCLOSURES": _disclosures, "NEEDS": _needs, "RISK": _risk,
    "SHELTER": _shelter, "JUSTICE": _justice, "REPATRIATION": _repatriation,
    "PERPETRATORS": _perpetrators,
}


def release_sections(db: Session, case: Case, referral: Referral | None,
                     codes: tuple[str, ...], lang: str = "en") -> tuple[DocSection, ...]:
    return tuple(BUILDERS[code](db, case, referral, lang) for code in codes)
