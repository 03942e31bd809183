"""Translated labels for the case vocabulary, kept in one place.

The models store codes (HTCDS and CTDC codes kept as they are); every code shown on screen gets
its words here. A code spelled the same in two lists means the same thing, so one table serves all.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from PySide6.QtCore import QCoreApplication, QLocale

import desktop.models.vocab as vocab


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaseLabels", text)


@cache
def _codes() -> dict[str, str]:
    return {
        # case status and identification
        "SCREENING": _tr("Screening"), "ACTIVE": _tr("Active"), "FOLLOW_UP": _tr("Follow-up"),
        "CLOSED": _tr("Closed"), "CLOSED_REFERRED": _tr("Closed (referred on)"),
        "POSSIBLE": _tr("Possible victim"), "CONFIRMED": _tr("Confirmed victim"),
        "NOT_A_VICTIM": _tr("Not a victim"),
        "POLICE": _tr("Police"), "NGO": _tr("NGO"),
        "COURT_OR_PROSECUTION": _tr("Court or prosecution"),
        "NON_POLICE_GOVERNMENT": _tr("Other government body"), "OTHER": _tr("Other"),
        "ATIP_OPERATION": _tr("ATIPs operation"),
        "IMMIGRATION_SCREENING": _tr("Immigration screening"),
        "LABOUR_INSPECTION": _tr("Labour inspection"), "PRISON_SCREENING": _tr("Prison screening"),
        "NGO_REFERRAL": _tr("NGO referral"), "SELF_REFERRAL": _tr("Self-referral"),
        "HOTLINE": _tr("Hotline"), "FOREIGN_GOVERNMENT": _tr("Foreign government"),
        # person
        "FEMALE": _tr("Female"), "MALE": _tr("Male"), "UNKNOWN": _tr("Unknown"),
        "eng": _tr("English"), "spa": _tr("Spanish"), "bzj": _tr("Belizean Kriol"),
        "kek": _tr("Q'eqchi'"), "mop": _tr("Mopan"), "yua": _tr("Yucatec Maya"),
        "cab": _tr("Garifuna"), "pdt": _tr("Plautdietsch"), "other": _tr("Other language"),
        "BELIZE": _tr("Belize"), "CAYO": _tr("Cayo"), "COROZAL": _tr("Corozal"),
        "ORANGE_WALK": _tr("Orange Walk"), "STANN_CREEK": _tr("Stann Creek"),
        "TOLEDO": _tr("Toledo"),
        # exploitation
        "FORCED_LABOUR": _tr("Forced labour"), "SEXUAL_EXPLOITATION": _tr("Sexual exploitation"),
        "CHILD_LABOUR": _tr("Child labour"), "FORCED_MARRIAGE": _tr("Forced marriage"),
        "SERVITUDE": _tr("Servitude"), "FORCED_MILITARY": _tr("Forced military service"),
        "ORGAN_REMOVAL": _tr("Organ removal"), "FORCED_BEGGING": _tr("Forced begging"),
        "FORCED_ADOPTION": _tr("Forced adoption"), "SURROGACY": _tr("Surrogacy"),
        "FORCED_CRIMINALITY": _tr("Forced criminality"),
        "AGRICULTURE": _tr("Agriculture"), "AQUAFARMING": _tr("Aquafarming"),
        "BEGGING": _tr("Begging"), "CONSTRUCTION": _tr("Construction"),
        "DOMESTIC_WORK": _tr("Domestic work"), "HOSPITALITY": _tr("Hospitality"),
        "ILLICIT_ACTIVITIES": _tr("Illicit activities"), "MANUFACTURING": _tr("Manufacturing"),
        "MINING_OR_DRILLING": _tr("Mining or drilling"), "PEDDLING": _tr("Peddling"),
        "TRANSPORTATION": _tr("Transportation"), "NOT_SPECIFIED": _tr("Not specified"),
        "PROSTITUTION": _tr("Prostitution"), "PORNOGRAPHY": _tr("Pornography"),
        "REMOTE_INTERACTIVE_SERVICES": _tr("Remote interactive services"),
        "PRIVATE_SEXUAL_SERVICES": _tr("Private sexual services"),
        "DEBT_BONDAGE": _tr("Debt bondage"), "TAKES_EARNINGS": _tr("Takes earnings"),
        "RESTRICTS_FINANCIAL_ACCESS": _tr("Restricts access to money"),
        "THREATS": _tr("Threats"), "PSYCHOLOGICAL_ABUSE": _tr("Psychological abuse"),
        "PHYSICAL_ABUSE": _tr("Physical abuse"), "SEXUAL_ABUSE": _tr("Sexual abuse"),
        "FALSE_PROMISES": _tr("False promises"),
        "PSYCHOACTIVE_SUBSTANCES": _tr("Psychoactive substances"),
        "RESTRICTS_MOVEMENT": _tr("Restricts movement"),
        "RESTRICTS_MEDICAL_CARE": _tr("Restricts medical care"),
        "EXCESSIVE_WORKING_HOURS": _tr("Excessive working hours"),
        "USES_CHILDREN": _tr("Uses children"),
        "THREAT_OF_LAW_ENFORCEMENT": _tr("Threat of law enforcement"),
        "WITHHOLDS_NECESSITIES": _tr("Withholds necessities"),
        "WITHHOLDS_DOCUMENTS": _tr("Withholds documents"),
        "PLACE_OF_BUSINESS": _tr("Place of business"),
        "EDUCATIONAL_INSTITUTION": _tr("Educational institution"), "AT_WORK": _tr("At work"),
        "ONLINE_SOCIAL_NETWORK": _tr("Online social network"),
        "ONLINE_ADVERTISEMENT": _tr("Online advertisement"), "TV": _tr("Television"),
        "NEWSPAPER": _tr("Newspaper"), "FAMILY": _tr("Family"), "FRIENDS": _tr("Friends"),
        "INTIMATE_PARTNER": _tr("Intimate partner"), "FRIEND": _tr("Friend"),
        "RECRUITMENT": _tr("Recruitment"), "TRANSIT": _tr("Transit"),
        "EXPLOITATION": _tr("Exploitation"),
        "TRAVELLING_PARTNER": _tr("Travelling partner"), "TRANSPORTER": _tr("Transporter"),
        "RECRUITER": _tr("Recruiter"), "BROKER": _tr("Broker"), "HARBOURER": _tr("Harbourer"),
        "SMUGGLER": _tr("Smuggler"), "ABUSER": _tr("Abuser"), "KIDNAPPER": _tr("Kidnapper"),
        "EXPLOITER": _tr("Exploiter"),
        # services, consent, justice, repatriation
        "MEDICAL": _tr("Medical"), "PSYCHOSOCIAL": _tr("Psychosocial"), "LEGAL": _tr("Legal"),
        "ACCOMMODATION_SHELTER": _tr("Accommodation / shelter"),
        "INDEPENDENT_LIVING": _tr("Independent living"), "EDUCATION": _tr("Education"),
        "FINANCIAL": _tr("Financial"), "LIVELIHOOD": _tr("Livelihood"),
        "INTERPRETATION": _tr("Interpretation"), "FAMILY_TRACING": _tr("Family tracing"),
        "IMMIGRATION_STATUS": _tr("Immigration status"), "REPATRIATION": _tr("Repatriation"),
        "PERSON": _tr("The person"), "GUARDIAN": _tr("A guardian"),
        "HUMAN_SERVICES": _tr("Human Services"),
        "CONSENTS": _tr("Consents"), "INFORMED_PURPOSE": _tr("Informed of the purpose"),
        "INFORMED_DATA_USE": _tr("Informed of data use"),
        "INFORMED_RESEARCH": _tr("Informed of research use"),
        "INFORMED_ACCESS": _tr("Informed of who has access"),
        "INFORMED_RETENTION": _tr("Informed of retention"),
        "INFORMED_WITHDRAWAL": _tr("Informed of the right to withdraw"),
        "INFORMED_REFUSAL": _tr("Informed of the right to refuse"),
        "INVESTIGATION": _tr("Investigation"),
        "PROSECUTION_INITIATED": _tr("Prosecution initiated"), "CONVICTED": _tr("Convicted"),
        "ACQUITTED": _tr("Acquitted"), "DISMISSED_WITHDRAWN": _tr("Dismissed or withdrawn"),
        "PENDING": _tr("Pending"),
        "TIP_ACT_2013": _tr("Trafficking in Persons Act 2013"),
        "CSEC_CHILD_PROSTITUTION": _tr("CSEC: child prostitution"),
        "CSEC_CHILD_PORNOGRAPHY": _tr("CSEC: child pornography"),
        "CSEC_OTHER": _tr("CSEC: other offence"), "OTHER_RELATED": _tr("Other related offence"),
        "LAW_ENFORCEMENT": _tr("Law enforcement"), "HEALTH_SERVICE": _tr("Health service"),
        "CENTRAL_GOVERNMENT": _tr("Central government"),
        "LOCAL_GOVERNMENT": _tr("Local government"),
        "IMMIGRATION_SERVICE": _tr("Immigration service"), "LEGAL_SERVICE": _tr("Legal service"),
        "CORPORATE_BUSINESS": _tr("Business"), "SCHOOL_OR_COLLEGE": _tr("School or college"),
        "INTERNATIONAL_ORGANISATION": _tr("International organisation"),
        "CONSULATE": _tr("Consulate"),
        "GOVERNMENT_OF_BELIZE": _tr("Government of Belize"), "IOM": _tr("IOM"),
        "ORIGIN_COUNTRY": _tr("Country of origin"),
        "SAFETY_RISK": _tr("Safety risk"), "MINOR": _tr("Minor"),
        "AGE_DISPUTED": _tr("Age disputed"), "TRAFFICKER_AT_LARGE": _tr("Trafficker at large"),
        "MEDIA_INTEREST": _tr("Media interest"),
        # referrals
        "DRAFT": _tr("Draft"), "SENT": _tr("Sent"), "ACKNOWLEDGED": _tr("Acknowledged"),
        "ACCEPTED": _tr("Accepted"), "DECLINED": _tr("Declined"), "COMPLETED": _tr("Completed"),
        "WITHDRAWN": _tr("Withdrawn"),
        "ADDITIONAL_SERVICES": _tr("Additional services"),
        "CHANGE_OF_LOCATION": _tr("Change of location"),
        "EMERGENCY": _tr("Emergency"), "URGENT": _tr("Urgent"), "NORMAL": _tr("Normal"),
        "NONE": _tr("None"), "LOW": _tr("Low"), "MEDIUM": _tr("Medium"), "HIGH": _tr("High"),
        "NON_URGENT": _tr("Not urgent"),
        "SERVICE_PROVIDED": _tr("Service provided"),
        "RECEIVED_ELSEWHERE": _tr("Already received elsewhere"),
        "DECLINED_BY_PERSON": _tr("Declined by the person"),
        "SERVICE_UNAVAILABLE": _tr("Service unavailable"), "NOT_APPLICABLE": _tr("Not applicable"),
        "CONSENT_WITHDRAWN": _tr("Consent withdrawn"), "CONSENT_REMOVED": _tr("Consent removed"),
        "IDENTITY": _tr("Identity"), "NATIONALITY": _tr("Nationality and languages"),
        "DOCUMENTS": _tr("Identity documents"), "CONTACT": _tr("Contact details"),
        "INTERVIEW": _tr("Interview reference"), "DISCLOSURES": _tr("Disclosures"),
        "NEEDS": _tr("Needs and services"), "RISK": _tr("Risk assessment"),
        "SHELTER": _tr("Shelter placement"), "JUSTICE": _tr("Legal proceedings"),
        "PERPETRATORS": _tr("Suspected perpetrators"),
    }


@cache
def _names() -> dict[str, str]:
    """Field, section and code-list names, as a reader sees them."""
    return {
        # sections (tabs and history)
        "summary": _tr("Case"), "person": _tr("Person"), "identification": _tr("Identification"),
        "exploitation": _tr("Exploitation"), "contact": _tr("Contact"),
        "documents": _tr("Identity documents"), "health": _tr("Health"),
        "events": _tr("Trafficking events"), "perpetrators": _tr("Perpetrators"),
        "services": _tr("Services delivered"), "shelter": _tr("Shelter placements"),
        "consent": _tr("Consent records"), "justice": _tr("Legal proceedings"),
        "repatriation": _tr("Repatriation"), "notes": _tr("Notes"),
        "attachments": _tr("Attachments"), "tasks": _tr("Tasks"), "history": _tr("History"),
        # code lists of a case
        "sector": _tr("Labour sectors"), "sexual_exploitation": _tr("Sexual exploitation"),
        "means_of_control": _tr("Means of control"), "recruitment": _tr("Recruitment"),
        "flag": _tr("Flags"),
        # person and case fields
        "given_names": _tr("Given names"), "family_names": _tr("Family names"),
        "sex": _tr("Sex"), "date_of_birth": _tr("Date of birth"),
        "estimated_age": _tr("Estimated age"), "citizenships": _tr("Citizenships"),
        "languages": _tr("Languages"), "aliases": _tr("Also known as"),
        "district": _tr("District"), "identification_context": _tr("Identified through"),
        "identification_status": _tr("Identification"), "status": _tr("Status"),
        "assigned": _tr("Assigned"),
        # section record fields
        "kind": _tr("Stage"), "country": _tr("Country"), "place": _tr("Place"),
        "started_on": _tr("Started"), "ended_on": _tr("Ended"), "name": _tr("Name"),
        "nationality": _tr("Nationality"), "roles": _tr("Roles"),
        "relationship": _tr("Relationship to the person"), "at_large": _tr("At large"),
        "service_type": _tr("Service"), "provider": _tr("Provider"), "given_by": _tr("Given by"),
        "given_on": _tr("Given on"), "items": _tr("Consent covers"),
        "recipient_types": _tr("May be shared with"), "withdrawn_on": _tr("Withdrawn on"),
        "data_items": _tr("Data that may be released"),
        "stage": _tr("Stage"), "offence": _tr("Offence"), "opened_on": _tr("Opened"),
        "decided_on": _tr("Decided"), "court": _tr("Court"), "sentence": _tr("Sentence"),
        "destination_country": _tr("Destination country"),
        "repatriated_on": _tr("Repatriated on"), "carried_out_by": _tr("Carried out by"),
        "receiving_organisation": _tr("Receiving organisation"), "follow_up": _tr("Follow-up"),
    }


def label(code: str) -> str:
    """The words for a vocabulary code; an unknown code is shown as it is stored."""
    return _codes().get(code, code) if code else "—"


def labels(codes: Iterable[str] | str) -> str:
    """Several codes (a tuple or a stored "A,B" string) as a readable list."""
    items = [c for c in (codes.split(",") if isinstance(codes, str) else codes) if c]
    return ", ".join(label(c) for c in items) if items else "—"


def has_label(code: str) -> bool:
    return code in _codes()


def name(key: str) -> str:
    """The words for a field, section or code list; "exploitation" is both a section and a list."""
    return _names().get(key, key.replace("_", " ").capitalize())


def field_name(section: str, field: str) -> str:
    """A field's label inside a section record; a few names depend on their section."""
    if section == "shelter" and field == "shelter":
        return _tr("Shelter")
    if field == "notes":
        return _tr("Notes")
    if section == "events" and field == "kind":
        return _tr("Stage")
    return name(field)


def levels() -> dict[int, str]:
    return {1: _tr("1 · Standard"), 2: _tr("2 · Sensitive"), 3: _tr("3 · Restricted")}


def country_name(code: str) -> str:
    """A two-letter ISO code as a country name (from Qt's locale data), or the code itself."""
    if not code:
        return "—"
    territory = QLocale.codeToTerritory(code)
    if territory == QLocale.Country.AnyCountry:
        return code
    return QLocale.territoryToString(territory)


def countries(codes: str | Iterable[str]) -> str:
    items = [c for c in (codes.split(",") if isinstance(codes, str) else codes) if c]
    return ", ".join(country_name(c) for c in items) if items else "—"


@cache
def all_countries() -> tuple[tuple[str, str], ...]:
    """(code, name) for every territory Qt knows, the frequent ones of vocab first."""
    found: dict[str, str] = {}
    for territory in QLocale.Country:
        code = QLocale.territoryToCode(territory)
        if len(code) == 2 and code.isalpha() and code.isupper():
            found[code] = QLocale.territoryToString(territory)
    frequent = [(c, found.get(c, c)) for c in vocab.FREQUENT_COUNTRIES]
    rest = sorted(((c, n) for c, n in found.items() if c not in vocab.FREQUENT_COUNTRIES),
                  key=lambda item: item[1])
    return tuple(frequent + rest)


LISTS_ON_SCREEN: tuple[tuple[str, ...], ...] = (
    vocab.TRAFFICKING_STATUS, vocab.DECIDED_BY, vocab.IDENTIFICATION_CONTEXT, vocab.CASE_STATUS,
    vocab.SEX, vocab.LANGUAGES, vocab.DISTRICTS, vocab.EXPLOITATION_TYPES, vocab.LABOUR_SECTORS,
    vocab.SEXUAL_EXPLOITATION_TYPES, vocab.MEANS_OF_CONTROL, vocab.RECRUITMENT_METHODS,
    vocab.RECRUITER_RELATIONSHIP, vocab.EVENT_KINDS, vocab.PERPETRATOR_ROLES, vocab.SERVICE_TYPES,
    vocab.CONSENT_ITEMS, vocab.PROCEEDING_STAGES, vocab.OFFENCES, vocab.RECIPIENT_TYPES,
    vocab.REPATRIATED_BY, vocab.FLAGS,
)
