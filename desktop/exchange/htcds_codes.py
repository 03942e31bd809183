"""CaseDesk codes ↔ HTCDS 2.0 value names and labels (shared/reference/htcds/fs2.txt and IOM's
validated Excel template, which stores the labels). Import accepts either, case-insensitively."""

from __future__ import annotations

from functools import cache

from desktop.i18n import labels as code_labels

Mapping3 = tuple[tuple[str, str, str], ...]  # (CaseDesk code, HTCDS value name, HTCDS label)

TRAFFICKING_STATUS: Mapping3 = (
    ("POSSIBLE", "PossibleVictimOfTrafficking", "Possible victim of trafficking"),
    ("CONFIRMED", "ActualVictimOfTrafficking", "Actual victim of trafficking"),
    ("NOT_A_VICTIM", "NotAVictimOfTrafficking", "Not a victim of trafficking"),
)
DECIDED_BY: Mapping3 = (
    ("POLICE", "Police", "Police"),
    ("NGO", "NGO", "NGO"),
    ("COURT_OR_PROSECUTION", "CourtOrProsecution", "Court or prosecution"),
    ("NON_POLICE_GOVERNMENT", "NonPoliceGovernmentalOrganization",
     "Non-police governmental organization"),
    ("OTHER", "Other", "Other"),
)
GENDER: Mapping3 = (
    ("FEMININE", "Feminine", "Feminine"),
    ("MASCULINE", "Masculine", "Masculine"),
    ("TRANSGENDER_FEMININE", "TransgenderFeminine", "Transgender Feminine"),
    ("TRANSGENDER_MASCULINE", "TransgenderMasculine", "Transgender Masculine"),
    ("NON_CONFORMING", "NonConforming", "Non-Conforming"),
    ("NOT_SPECIFIED", "NonSpecifiedUnknown", "Not Specified/Unknown"),
)
RECRUITMENT: Mapping3 = (
    ("PLACE_OF_BUSINESS", "AtAPlaceOfBusiness", "At a place of business"),
    ("EDUCATIONAL_INSTITUTION", "AtAnEducationalInstitution", "At an educational institution"),
    ("AT_WORK", "AtWork", "At work"),
    ("ONLINE_SOCIAL_NETWORK", "ThroughOnlineSocialNetworks", "Through online social networks"),
    ("ONLINE_ADVERTISEMENT", "ThroughAnOnlineAdvertisement", "Through an online advertisement"),
    ("TV", "ThroughATelevisionAdvert", "Through a television advert"),
    ("NEWSPAPER", "ThroughANewspaperAdvert", "Through a newspaper advert"),
    ("FAMILY", "ThroughFamilyOrFamilyEvents", "Through family or family events"),
    ("FRIENDS", "ThroughFriendsOrSocialEvents", "Through friends or social events"),
    ("OTHER", "Other", "Other"),
)
MEANS_OF_CONTROL: Mapping3 = (  # first match wins on export; CaseDesk codes without one go out as Other
    ("THREATS", "PhysicalThreats", "Physical threats"),
    ("THREAT_OF_LAW_ENFORCEMENT", "ThreatsLawEnforcement", "Threats of law enforcement"),
    ("THREATS", "ThreatensChildrenFamily", "Threatens children/family"),
    ("DEBT_BONDAGE", "DebtBondage", "Debt bondage"),
    ("FALSE_PROMISES", "FalsePromises", "False promises"),
    ("PHYSICAL_ABUSE", "PhysicalAbuse", "Physical abuse"),
    ("SEXUAL_ABUSE", "SexualAbuse", "Sexual abuse"),
    ("TAKES_EARNINGS", "TakesEarnings", "Takes earnings"),
    ("RESTRICTS_FINANCIAL_ACCESS", "RestrictsFinancialAccess", "Restricts financial access"),
    ("RESTRICTS_MEDICAL_CARE", "RestrictsMedicalCare", "Restricts medical care"),
    ("WITHHOLDS_NECESSITIES", "WithholdsNecessities", "Withholds necessities"),
    ("PSYCHOLOGICAL_ABUSE", "PsychologicalAbuse", "Psychological abuse"),
    ("PSYCHOACTIVE_SUBSTANCES", "PsychoactiveSubstance", "Psychoactive substance"),
    ("EXCESSIVE_WORKING_HOURS", "ExcessiveWorkingHours", "Excessive working hours"),
    ("WITHHOLDS_DOCUMENTS", "WithholdsDocuments", "Withholds documents"),
    ("OTHER", "Other", "Other"),
)
EXPLOITATION: Mapping3 = (
    ("FORCED_LABOUR", "ForcedLabour", "Forced labour"),
    ("SEXUAL_EXPLOITATION", "SexualExploitation", "Sexual exploitation"),
    ("CHILD_LABOUR", "ChildLabour", "Child labour"),
    ("FORCED_MARRIAGE", "ForcedMarriage", "Forced marriage"),
    ("SERVITUDE", "Servitude", "Servitude"),
    ("FORCED_MILITARY", "ForcedMilitaryByNonStateActors", "Forced military (by non-state actors)"),
    ("ORGAN_REMOVAL", "OrganRemoval", "Organ removal"),
    ("FORCED_BEGGING", "ForcedBegging", "Forced begging"),
    ("FORCED_ADOPTION", "ForcedAdoption", "Forced adoption"),
    ("SURROGACY", "Surrogacy", "Surrogacy"),
    ("OTHER", "Other", "Other"),
)
SEXUAL_EXPLOITATION: Mapping3 = (
    ("PROSTITUTION", "Prostitution", "Prostitution"),
    ("PORNOGRAPHY", "Pornography", "Pornography"),
    ("REMOTE_INTERACTIVE_SERVICES", "RemoteInteractiveServices", "Remote Interactive Services"),
    ("PRIVATE_SEXUAL_SERVICES", "PrivateSexualServices", "Private Sexual Services"),
)
INDUSTRY: Mapping3 = (  # CTDC sectors ↔ ISIC v4 sections; the first line of a code is its export
    ("AGRICULTURE", "A_AgricultureForestryAndFishing", "Agriculture, forestry and fishing"),
    ("AQUAFARMING", "A_AgricultureForestryAndFishing", "Agriculture, forestry and fishing"),
    ("MINING_OR_DRILLING", "B_MiningAndQuarrying", "Mining and quarrying"),
    ("MANUFACTURING", "C_Manufacturing", "Manufacturing"),
    ("CONSTRUCTION", "F_Construction", "Construction"),
    ("PEDDLING", "G_WholesaleAndRetailTradeRepairOfMotorVehicles",
     "Wholesale and retail trade; repair of motor vehicles and motorcycles"),
    ("TRANSPORTATION", "H_TransportationAndStorage", "Transportation and storage"),
    ("HOSPITALITY", "I_AccommodationAndFoodServiceActivities", "Accommodation and food service activities"),
    ("DOMESTIC_WORK", "T_ActivitiesOfHouseholdsAsEmployers",
     "Activities of households as employers; undifferentiated goods- and services- producing "
     "activities of households for own use"),
    ("OTHER", "S_OtherServiceActivities", "Other service activities"),
    ("BEGGING", "S_OtherServiceActivities", "Other service activities"),
    ("ILLICIT_ACTIVITIES", "S_OtherServiceActivities", "Other service activities"),
)
CASE_STATUS: Mapping3 = (
    ("ACTIVE", "Active", "Active"),
    ("FOLLOW_UP", "FollowUp", "Follow up"),
    ("CLOSED", "Closed", "Closed"),
    ("CLOSED_REFERRED", "ClosedReferred", "Closed Referred"),
    ("ACTIVE", "Active", "Screening"),  # CaseDesk's SCREENING goes out as Active
)


def _fold(text: str) -> str:
    return " ".join(text.replace("_", " ").split()).casefold()


def lookup(mapping: Mapping3, text: str) -> str | None:
    """The CaseDesk code for an HTCDS value name, label, or ISIC letter; None when unknown."""
    wanted = _fold(text)
    for code, name, label in mapping:
        if wanted in (_fold(name), _fold(label), _fold(code)):
            return code
        if mapping is INDUSTRY and wanted in (name[0].casefold(), _fold(name.partition("_")[2])):
            return code
    return None


def label_of(mapping: Mapping3, code: str) -> str:
    """The HTCDS label for a CaseDesk code (what the validated template's drop-downs hold)."""
    for own, _, label in mapping:
        if own == code:
            return label
    return "Other" if any(own == "OTHER" for own, _, _ in mapping) else ""


@cache
def countries() -> dict[str, str]:
    """Folded country name or code → ISO 3166-1 alpha-2 code."""
    found: dict[str, str] = {}
    for code, name in code_labels.countries().items():  # HTCDS's own names, kept in one place
        found[_fold(code)] = code
        found[_fold(name)] = code
    return found
