"""Synthetic persons, coded lists, notes and the repeatable sections of a case (for `synth.py`)."""

from __future__ import annotations

import unicodedata
from datetime import date, timedelta
from random import Random
from typing import TYPE_CHECKING, Any

from desktop.models import (
    Case,
    CaseNote,
    CaseTask,
    ConsentRecord,
    IdentificationDecision,
    LegalProceeding,
    Perpetrator,
    Person,
    PersonAlias,
    Referral,
    Repatriation,
    ServiceDelivery,
    ShelterPlacement,
    TraffickingEvent,
    vocab,
)
from desktop.models.base import Base
from desktop.synthetic import data as d

if TYPE_CHECKING:
    from desktop.synthetic.synth import CaseFactory

Row = dict[str, Any]
W = d.Weighted
SECTION_MODELS: dict[str, type[Base]] = {
    "trafficking_events": TraffickingEvent, "perpetrators": Perpetrator,
    "services_delivered": ServiceDelivery, "shelter_placements": ShelterPlacement,
    "consent_records": ConsentRecord, "legal_proceedings": LegalProceeding,
    "repatriations": Repatriation,
}
MODELS_WITH_IDS: dict[str, Any] = {
    "persons": Person, "person_aliases": PersonAlias, "cases": Case,
    "identification_history": IdentificationDecision, "referrals": Referral,
    "case_notes": CaseNote, "case_tasks": CaseTask, **SECTION_MODELS,
}
KINDS: W[str] = W({"sexual": 45, "labour": 40, "both": 8, "other": 7})
SEX = {"sexual": W({"FEMALE": 90, "MALE": 8, "UNKNOWN": 2}),
       "labour": W({"MALE": 68, "FEMALE": 30, "UNKNOWN": 2}),
       "other": W({"FEMALE": 55, "MALE": 43, "UNKNOWN": 2})}
SEXUAL_TYPES: W[str] = W({"PROSTITUTION": 60, "PRIVATE_SEXUAL_SERVICES": 20, "PORNOGRAPHY": 12,
                          "REMOTE_INTERACTIVE_SERVICES": 8})
SECTORS: W[str] = W({"AGRICULTURE": 35, "HOSPITALITY": 12, "DOMESTIC_WORK": 15, "CONSTRUCTION": 10,
                     "AQUAFARMING": 8, "PEDDLING": 6, "MANUFACTURING": 5, "TRANSPORTATION": 3,
                     "ILLICIT_ACTIVITIES": 3, "MINING_OR_DRILLING": 1, "OTHER": 2})
OTHER_TYPES: W[str] = W({"SERVITUDE": 30, "FORCED_BEGGING": 25, "FORCED_CRIMINALITY": 25,
                         "FORCED_MARRIAGE": 15, "OTHER": 5})
OTHER_SECTOR = {"SERVITUDE": "DOMESTIC_WORK", "FORCED_BEGGING": "BEGGING",
                "FORCED_CRIMINALITY": "ILLICIT_ACTIVITIES"}
MEANS: W[str] = W({"FALSE_PROMISES": 20, "DEBT_BONDAGE": 14, "WITHHOLDS_DOCUMENTS": 14,
                   "THREATS": 12, "TAKES_EARNINGS": 10, "RESTRICTS_MOVEMENT": 9,
                   "EXCESSIVE_WORKING_HOURS": 8, "PSYCHOLOGICAL_ABUSE": 7, "PHYSICAL_ABUSE": 5,
                   "THREAT_OF_LAW_ENFORCEMENT": 6, "SEXUAL_ABUSE": 4, "PSYCHOACTIVE_SUBSTANCES": 3,
                   "WITHHOLDS_NECESSITIES": 2, "RESTRICTS_FINANCIAL_ACCESS": 2})
RECRUITMENT: W[str] = W({"FRIENDS": 30, "FAMILY": 15, "ONLINE_SOCIAL_NETWORK": 20,
                         "ONLINE_ADVERTISEMENT": 10, "PLACE_OF_BUSINESS": 8, "AT_WORK": 7,
                         "NEWSPAPER": 2, "OTHER": 8})
SERVICES: W[str] = W({"MEDICAL": 25, "PSYCHOSOCIAL": 22, "ACCOMMODATION_SHELTER": 10, "LEGAL": 10,
                      "INTERPRETATION": 6, "EDUCATION": 5, "FINANCIAL": 6, "LIVELIHOOD": 5,
                      "FAMILY_TRACING": 3, "IMMIGRATION_STATUS": 6, "REPATRIATION": 2,
                      "INDEPENDENT_LIVING": 3, "OTHER": 2})
STAGES: W[str] = W({"INVESTIGATION": 30, "PROSECUTION_INITIATED": 20, "PENDING": 15,
                    "CONVICTED": 15, "ACQUITTED": 8, "DISMISSED_WITHDRAWN": 12})
DECIDED_STAGES = ("CONVICTED", "ACQUITTED", "DISMISSED_WITHDRAWN")
REPATRIATED_BY: W[str] = W({"IOM": 55, "ORIGIN_COUNTRY": 20, "GOVERNMENT_OF_BELIZE": 20,
                            "OTHER": 5})
UNACCOMPANIED: W[str] = W({"UNACCOMPANIED": 45, "SEPARATED": 25, "NO": 20, "OTHER_VULNERABLE": 10})
RECIPIENTS = ("LAW_ENFORCEMENT", "HEALTH_SERVICE", "NGO", "IMMIGRATION_SERVICE",
              "INTERNATIONAL_ORGANISATION", "CONSULATE", "LEGAL_SERVICE")


def _one(rng: Random, items: tuple[str, ...]) -> str:
    return items[rng.randrange(len(items))].replace("_", " ")


def group_of(rng: Random, country: str) -> str:
    return d.GROUPS_BY_COUNTRY.get(country, d.HISPANIC_ONLY).pick(rng)


def full_name(rng: Random, group: str, sex: str) -> tuple[str, str]:
    female, male, families = d.NAMES[group]
    given = _one(rng, female if sex == "FEMALE" or (sex == "UNKNOWN" and rng.random() < .5)
                 else male)
    family = _one(rng, families)
    if group == "hispanic" and rng.random() < 0.6:
        family = f"{family} {_one(rng, families)}"
    return given, family


def person(rng: Random, country: str, kind: str, minor: bool, day: date) -> Row:
    sex = SEX["other" if kind == "both" else kind].pick(rng)
    group = group_of(rng, country)
    given, family = full_name(rng, group, sex)
    languages = list(d.LANGUAGES_BY_GROUP[group])
    if group == "maya":
        languages[0] = d.MAYA_LANGUAGES[rng.randrange(3)]
    age = rng.randint(11, 17) if minor else min(62, 18 + int(rng.expovariate(1 / 9)))
    birth = day - timedelta(days=age * 365 + rng.randint(0, 364))
    known = rng.random() < 0.75
    citizenships = [country] + (["BZ" if country != "BZ" else "GT"] if rng.random() < .04 else [])
    gender = "NOT_SPECIFIED"
    if sex == "MALE" and kind == "sexual" and rng.random() < 0.15:
        gender = "TRANSGENDER_FEMININE"
    elif sex != "UNKNOWN" and rng.random() < 0.4:
        gender = "FEMININE" if sex == "FEMALE" else "MASCULINE"
    return {
        "given_names": given, "family_names": family, "sex": sex, "gender_identity": gender,
        "date_of_birth": birth if known else None, "estimated_age": None if known else age,
        "age_estimated_on": None if known else day,
        "age_disputed": 16 <= age <= 19 and rng.random() < 0.1,
        "citizenships": ",".join(citizenships), "languages": ",".join(languages),
        "interpreter_needed": not d.SPOKEN_HERE & set(languages) or rng.random() < 0.03,
        "unaccompanied": (UNACCOMPANIED.pick(rng) if country != "BZ" else
                          ("OTHER_VULNERABLE" if rng.random() < .3 else "NO")) if minor else "NO",
        "contact": (f"+501 6{rng.randint(10, 99)}-{rng.randint(0, 9999):04d}"
                    if rng.random() < 0.6 else ""),
        "documents": (f"Passport {country} {rng.randint(10**7, 10**8 - 1)}" if country != "BZ"
                      and rng.random() < 0.5 else ("Birth certificate" if rng.random() < .3
                                                   else "")),
    }


def aliases(rng: Random, p: Row) -> list[str]:
    found: list[str] = []
    if rng.random() < 0.25:
        for _ in range(2 if rng.random() < 0.1 else 1):
            r = rng.random()
            if r < 0.55:
                found.append(_one(rng, d.NICKNAMES))
            elif r < 0.8:
                found.append(_plain(f"{p['given_names']} {p['family_names']}"))
            else:
                given = full_name(rng, group_of(rng, "BZ"), p["sex"])[0]
                found.append(f"{given} {p['family_names'].split()[0]}")
    return list(dict.fromkeys(found))


def _plain(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", name) if unicodedata.category(c) != "Mn")


def codes(rng: Random, kind: str, minor: bool, p: Row) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    if kind in ("sexual", "both"):
        found.append(("exploitation", "SEXUAL_EXPLOITATION"))
        found.append(("sexual_exploitation", SEXUAL_TYPES.pick(rng)))
        if rng.random() < 0.5:
            found.append(("sector", "HOSPITALITY"))
    if kind in ("labour", "both"):
        found.append(("exploitation", "CHILD_LABOUR" if minor and rng.random() < 0.6
                      else "FORCED_LABOUR"))
        found.append(("sector", SECTORS.pick(rng)))
    if kind == "other":
        other = OTHER_TYPES.pick(rng)
        found.append(("exploitation", other))
        found.append(("sector", OTHER_SECTOR.get(other, "NOT_SPECIFIED")))
    for _ in range(rng.randint(1, 4)):
        found.append(("means_of_control", MEANS.pick(rng)))
    if rng.random() < 0.7:
        found.append(("recruitment", RECRUITMENT.pick(rng)))
    if minor:
        found.append(("flag", "MINOR"))
    if p["age_disputed"]:
        found.append(("flag", "AGE_DISPUTED"))
    for flag, chance in (("SAFETY_RISK", .1), ("TRAFFICKER_AT_LARGE", .15), ("MEDIA_INTEREST", .01)):
        if rng.random() < chance:
            found.append(("flag", flag))
    return list(dict.fromkeys(found))


def note_text(rng: Random, level: int, country: str, kind: str, language: str) -> str:
    home = country if country != "BZ" else ("GT" if rng.random() < .5 else "HN")
    place = "bar" if kind == "sexual" else d.WORKPLACES[SECTORS.pick(rng)]
    lang = d.LANGUAGE_NAMES.get(language) or d.LANGUAGE_NAMES.get(language[:3], "Spanish")
    return d.NOTES[level][rng.randrange(len(d.NOTES[level]))].format(
        town=_one(rng, d.TOWNS["BZ"]), district=_one(rng, vocab.DISTRICTS).title(),
        country=d.COUNTRY_NAMES[home], place=place, lang=lang,
        weeks=rng.randint(1, 6), crossing=_one(rng, d.CROSSINGS))


class Sections:
    """The repeatable sections of one case: events, perpetrators, services, shelter, consent,
    legal proceedings, repatriation."""

    def __init__(self, factory: CaseFactory, case_id: int, owner: int, day: date, country: str,
                 kind: str, minor: bool, status: str, ident: str, p: Row,
                 out: dict[str, list[Row]]) -> None:
        self.f, self.rng, self.case_id, self.owner, self.day = factory, factory.rng, case_id, owner, day
        self.country, self.kind, self.minor, self.status, self.ident = country, kind, minor, status, ident
        self.p, self.out = p, out

    def add(self, table: str, **values: Any) -> None:
        self.out[table].append({"id": self.f.next_id(table), "case_id": self.case_id,
                                "created_by": self.owner, "created_at": self.f.at(self.day),
                                **values})

    def write(self) -> None:
        rng, day = self.rng, self.day
        self.events()
        if self.ident == "NOT_A_VICTIM":
            return
        if self.status != "SCREENING":
            for _ in range(rng.randint(1, 4)):
                service = SERVICES.pick(rng)
                start = self.f.day_between(day, day + timedelta(days=300))
                self.add("services_delivered", service_type=service,
                         provider=d.PROVIDERS[service], started_on=start,
                         ended_on=self.f.day_between(start, start + timedelta(days=90))
                         if rng.random() < 0.6 else None, notes="")
        if rng.random() < (0.3 if self.minor else 0.12):
            start = self.f.day_between(day, day + timedelta(days=10))
            self.add("shelter_placements", shelter=_one(rng, d.SHELTERS),
                     district=rng.choice(vocab.DISTRICTS), started_on=start,
                     ended_on=self.f.day_between(start + timedelta(days=20),
                                                 start + timedelta(days=240))
                     if self.status.startswith("CLOSED") or rng.random() < .4 else None)
        if rng.random() < 0.7:
            items = ["CONSENTS"] + [i for i in vocab.CONSENT_ITEMS[1:] if rng.random() < 0.8]
            self.add("consent_records", given_by=("GUARDIAN" if rng.random() < .5 else
                                                  "HUMAN_SERVICES") if self.minor else "PERSON",
                     given_on=self.f.day_between(day, day + timedelta(days=5)),
                     items=",".join(items),
                     recipient_types=",".join(r for r in RECIPIENTS if rng.random() < 0.45),
                     withdrawn_on=self.f.day_between(day + timedelta(days=30),
                                                     day + timedelta(days=200))
                     if rng.random() < 0.02 else None, notes="")
        if self.ident == "CONFIRMED":
            self.justice_and_return()

    def events(self) -> None:
        rng, day, country = self.rng, self.day, self.country
        start = day - timedelta(days=rng.randint(20, 700))
        self.add("trafficking_events", kind="RECRUITMENT", country=country,
                 place=_one(rng, d.TOWNS[country]), started_on=start, ended_on=None)
        if country != "BZ" and rng.random() < 0.7:
            self.add("trafficking_events", kind="TRANSIT", country="BZ",
                     place=_one(rng, d.CROSSINGS), started_on=start + timedelta(days=2),
                     ended_on=start + timedelta(days=3))
        if rng.random() < 0.8:
            self.add("trafficking_events", kind="EXPLOITATION", country="BZ",
                     place=_one(rng, d.TOWNS["BZ"]), started_on=start + timedelta(days=4),
                     ended_on=day)

    def justice_and_return(self) -> None:
        rng, day = self.rng, self.day
        if rng.random() < 0.06:
            for _ in range(rng.randint(1, 2)):
                sex = "MALE" if rng.random() < 0.75 else "FEMALE"
                nationality = self.country if rng.random() < 0.6 else "BZ"
                given, family = full_name(rng, group_of(rng, nationality), sex)
                roles = dict.fromkeys(rng.choice(vocab.PERPETRATOR_ROLES[:9]) for _ in range(2))
                self.add("perpetrators", name=f"{given} {family}", sex=sex,
                         nationality=nationality, roles=",".join(roles),
                         relationship=rng.choice(vocab.RECRUITER_RELATIONSHIP),
                         at_large=rng.random() < 0.3, notes="Described by the person; "
                         "identity not yet confirmed by police.")
        if rng.random() < 0.15:
            stage = STAGES.pick(rng)
            opened = self.f.day_between(day + timedelta(days=10), day + timedelta(days=200))
            decided = opened + timedelta(days=rng.randint(100, 700))
            if stage in DECIDED_STAGES and decided > self.f.as_of:
                stage = "PENDING"
            sexual_child = self.minor and self.kind == "sexual"
            self.add("legal_proceedings", stage=stage,
                     offence="CSEC_CHILD_PROSTITUTION" if sexual_child else (
                         "TIP_ACT_2013" if rng.random() < 0.8 else "OTHER_RELATED"),
                     opened_on=opened, decided_on=decided if stage in DECIDED_STAGES else None,
                     court=_one(rng, d.COURTS),
                     sentence=_one(rng, d.SENTENCES) if stage == "CONVICTED" else "")
        if self.country != "BZ" and rng.random() < 0.1:
            name = d.COUNTRY_NAMES[self.country]
            self.add("repatriations", destination_country=self.country,
                     repatriated_on=self.f.day_between(day + timedelta(days=20),
                                                       day + timedelta(days=300)),
                     carried_out_by=REPATRIATED_BY.pick(rng),
                     receiving_organisation=f"Social welfare office ({name})",
                     follow_up="Reintegration follow-up after three months: living with family."
                     if rng.random() < 0.5 else "")
