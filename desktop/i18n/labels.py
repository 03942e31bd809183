"""The one table of code labels: kind → code → English label (no Qt).

The vault stores codes (HTCDS and CTDC codes kept as they are, domain.md); every place a reader
sees one — a screen, a packet, the annual report — shows the label from this table, translated
through `resources/i18n/casedesk_<lang>.ts` under the context "Labels" with the kind as Qt's
disambiguation (so "Other" can be "Otro" for a language and "Otra" for a means of control).
`installers/translations.py update` copies every label of this table into the .ts files.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from desktop.models import vocab
from desktop.models.seed import AGENCIES, LEVELS, ROLES

CONTEXT = "Labels"


def _d(*pairs: tuple[str, str]) -> dict[str, str]:
    return dict(pairs)


_OTHER = ("OTHER", "Other")
_NOT_SPECIFIED = ("NOT_SPECIFIED", "Not specified")

_CASE: dict[str, dict[str, str]] = {
    "case_status": _d(("SCREENING", "Screening"), ("ACTIVE", "Active"), ("FOLLOW_UP", "Follow-up"),
                      ("CLOSED", "Closed"), ("CLOSED_REFERRED", "Closed (referred on)")),
    "identification_status": _d(("POSSIBLE", "Possible victim"), ("CONFIRMED", "Confirmed victim"),
                                ("NOT_A_VICTIM", "Not a victim")),
    "decided_by": _d(("POLICE", "Police"), ("NGO", "NGO"),
                     ("COURT_OR_PROSECUTION", "Court or prosecution"),
                     ("NON_POLICE_GOVERNMENT", "Other government body"), _OTHER),
    "organisation_kind": _d(("NON_POLICE_GOVERNMENT", "Government (non-police)"), ("POLICE", "Police"),
                            ("COURT_OR_PROSECUTION", "Court or prosecution"),
                            ("NGO", "Non-governmental organisation"),
                            ("OTHER", "Other (international, consulate)")),
    "identification_context": _d(
        ("ATIP_OPERATION", "ATIPs operation"), ("IMMIGRATION_SCREENING", "Immigration screening"),
        ("LABOUR_INSPECTION", "Labour inspection"), ("PRISON_SCREENING", "Prison screening"),
        ("NGO_REFERRAL", "NGO referral"), ("SELF_REFERRAL", "Self-referral"), ("HOTLINE", "Hotline"),
        ("FOREIGN_GOVERNMENT", "Foreign government"), _OTHER),
    "sex": _d(("FEMALE", "Female"), ("MALE", "Male"), ("UNKNOWN", "Unknown")),
    "gender_identity": _d(("FEMININE", "Feminine"), ("MASCULINE", "Masculine"),
                          ("TRANSGENDER_FEMININE", "Transgender feminine"),
                          ("TRANSGENDER_MASCULINE", "Transgender masculine"),
                          ("NON_CONFORMING", "Gender non-conforming"), _NOT_SPECIFIED),
    "language": _d(("eng", "English"), ("spa", "Spanish"), ("bzj", "Belizean Kriol"),
                   ("kek", "Q'eqchi'"), ("mop", "Mopan"), ("yua", "Yucatec Maya"),
                   ("cab", "Garifuna"), ("pdt", "Plautdietsch"), ("other", "Other language")),
    "district": _d(("BELIZE", "Belize"), ("CAYO", "Cayo"), ("COROZAL", "Corozal"),
                   ("ORANGE_WALK", "Orange Walk"), ("STANN_CREEK", "Stann Creek"),
                   ("TOLEDO", "Toledo")),
    "unaccompanied": _d(("NO", "Not unaccompanied"), ("UNACCOMPANIED", "Unaccompanied"),
                        ("SEPARATED", "Separated"), ("OTHER_VULNERABLE", "Other vulnerable child")),
    "flag": _d(("SAFETY_RISK", "Safety risk"), ("MINOR", "Minor"), ("AGE_DISPUTED", "Age disputed"),
               ("TRAFFICKER_AT_LARGE", "Trafficker at large"), ("MEDIA_INTEREST", "Media interest")),
    "answer": _d(("YES", "Yes"), ("NO", "No")),
    "level": {str(n): f"{n} · {name}" for n, name in LEVELS.items()},
}

_TRAFFICKING: dict[str, dict[str, str]] = {
    "exploitation": _d(
        ("FORCED_LABOUR", "Forced labour"), ("SEXUAL_EXPLOITATION", "Sexual exploitation"),
        ("CHILD_LABOUR", "Child labour"), ("FORCED_MARRIAGE", "Forced marriage"),
        ("SERVITUDE", "Servitude"), ("FORCED_MILITARY", "Forced military service"),
        ("ORGAN_REMOVAL", "Organ removal"), ("FORCED_BEGGING", "Forced begging"),
        ("FORCED_ADOPTION", "Forced adoption"), ("SURROGACY", "Surrogacy"),
        ("FORCED_CRIMINALITY", "Forced criminality"), _OTHER),
    "sector": _d(
        ("AGRICULTURE", "Agriculture"), ("AQUAFARMING", "Aquafarming"), ("BEGGING", "Begging"),
        ("CONSTRUCTION", "Construction"), ("DOMESTIC_WORK", "Domestic work"),
        ("HOSPITALITY", "Hospitality"), ("ILLICIT_ACTIVITIES", "Illicit activities"),
        ("MANUFACTURING", "Manufacturing"), ("MINING_OR_DRILLING", "Mining or drilling"),
        ("PEDDLING", "Peddling"), ("TRANSPORTATION", "Transportation"), _OTHER, _NOT_SPECIFIED),
    "sexual_exploitation": _d(
        ("PROSTITUTION", "Prostitution"), ("PORNOGRAPHY", "Pornography"),
        ("REMOTE_INTERACTIVE_SERVICES", "Remote interactive services"),
        ("PRIVATE_SEXUAL_SERVICES", "Private sexual services")),
    "means_of_control": _d(
        ("DEBT_BONDAGE", "Debt bondage"), ("TAKES_EARNINGS", "Takes earnings"),
        ("RESTRICTS_FINANCIAL_ACCESS", "Restricts access to money"), ("THREATS", "Threats"),
        ("PSYCHOLOGICAL_ABUSE", "Psychological abuse"), ("PHYSICAL_ABUSE", "Physical abuse"),
        ("SEXUAL_ABUSE", "Sexual abuse"), ("FALSE_PROMISES", "False promises"),
        ("PSYCHOACTIVE_SUBSTANCES", "Psychoactive substances"),
        ("RESTRICTS_MOVEMENT", "Restricts movement"),
        ("RESTRICTS_MEDICAL_CARE", "Restricts medical care"),
        ("EXCESSIVE_WORKING_HOURS", "Excessive working hours"), ("USES_CHILDREN", "Uses children"),
        ("THREAT_OF_LAW_ENFORCEMENT", "Threat of law enforcement"),
        ("WITHHOLDS_NECESSITIES", "Withholds necessities"),
        ("WITHHOLDS_DOCUMENTS", "Withholds documents"), _OTHER, _NOT_SPECIFIED),
    "recruitment": _d(
        ("PLACE_OF_BUSINESS", "Place of business"), ("EDUCATIONAL_INSTITUTION", "Educational institution"),
        ("AT_WORK", "At work"), ("ONLINE_SOCIAL_NETWORK", "Online social network"),
        ("ONLINE_ADVERTISEMENT", "Online advertisement"), ("TV", "Television"),
        ("NEWSPAPER", "Newspaper"), ("FAMILY", "Family"), ("FRIENDS", "Friends"), _OTHER),
    "recruiter_relationship": _d(
        ("INTIMATE_PARTNER", "Intimate partner"), ("FRIEND", "Friend"), ("FAMILY", "Family"),
        _OTHER, ("UNKNOWN", "Unknown")),
    "event_kind": _d(("RECRUITMENT", "Recruitment"), ("TRANSIT", "Transit"),
                     ("EXPLOITATION", "Exploitation")),
    "perpetrator_role": _d(
        ("TRAVELLING_PARTNER", "Travelling partner"), ("TRANSPORTER", "Transporter"),
        ("RECRUITER", "Recruiter"), ("BROKER", "Broker or travel agent"),
        ("HARBOURER", "Harbourer, receiver or controller"), ("SMUGGLER", "Smuggler"),
        ("ABUSER", "Abuser"), ("KIDNAPPER", "Kidnapper"), ("EXPLOITER", "Exploiter"), _OTHER),
}

_SERVICES = _d(
    ("MEDICAL", "Medical"), ("PSYCHOSOCIAL", "Psychosocial"), ("LEGAL", "Legal"),
    ("ACCOMMODATION_SHELTER", "Accommodation / shelter"), ("INDEPENDENT_LIVING", "Independent living"),
    ("EDUCATION", "Education"), ("FINANCIAL", "Financial"), ("LIVELIHOOD", "Livelihood"),
    ("INTERPRETATION", "Interpretation"), ("FAMILY_TRACING", "Family tracing"),
    ("IMMIGRATION_STATUS", "Immigration status"), ("REPATRIATION", "Repatriation"), _OTHER)

_ASSISTANCE: dict[str, dict[str, str]] = {
    "service": _SERVICES,
    "consent_given_by": _d(("PERSON", "The person"), ("GUARDIAN", "A guardian"),
                           ("HUMAN_SERVICES", "Human Services")),
    "consent_item": _d(
        ("CONSENTS", "Consents"), ("INFORMED_PURPOSE", "Informed of the purpose"),
        ("INFORMED_DATA_USE", "Informed of data use"), ("INFORMED_RESEARCH", "Informed of research use"),
        ("INFORMED_ACCESS", "Informed of who has access"), ("INFORMED_RETENTION", "Informed of retention"),
        ("INFORMED_WITHDRAWAL", "Informed of the right to withdraw"),
        ("INFORMED_REFUSAL", "Informed of the right to refuse")),
    "proceeding_stage": _d(
        ("INVESTIGATION", "Investigation"), ("PROSECUTION_INITIATED", "Prosecution initiated"),
        ("CONVICTED", "Convicted"), ("ACQUITTED", "Acquitted"),
        ("DISMISSED_WITHDRAWN", "Dismissed or withdrawn"), ("PENDING", "Pending")),
    "offence": _d(
        ("TIP_ACT_2013", "Trafficking in Persons (Prohibition) Act 2013"),
        ("CSEC_CHILD_PROSTITUTION", "CSEC Act 2013: child prostitution"),
        ("CSEC_CHILD_PORNOGRAPHY", "CSEC Act 2013: child pornography"),
        ("CSEC_OTHER", "CSEC Act 2013: other offence"), ("OTHER_RELATED", "Other related offence")),
    "repatriated_by": _d(("GOVERNMENT_OF_BELIZE", "Government of Belize"), ("IOM", "IOM"),
                         ("ORIGIN_COUNTRY", "Country of origin"), _OTHER),
    "training_audience": _d(
        ("POLICE", "Police"), ("SOCIAL_WORKERS", "Social workers"), ("IMMIGRATION", "Immigration"),
        ("LABOUR", "Labour"), ("CUSTOMS", "Customs"), ("PROSECUTORS", "Prosecutors"),
        ("JUDICIARY", "Judiciary"), ("TOURISM", "Tourism personnel"), ("TEACHERS", "Teachers"),
        ("HEALTH", "Health workers"), ("LIQUOR_LICENSING", "Liquor licensing board"),
        ("PRIVATE_EMPLOYERS", "Private employers")),
    "campaign_channel": _d(
        ("RADIO", "Radio"), ("TELEVISION", "Television"), ("SOCIAL_MEDIA", "Social media"),
        ("PRINT", "Print"), ("BILLBOARD", "Billboards"), ("COMMUNITY_EVENT", "Community events"),
        ("SCHOOL", "Schools"), _OTHER),
}

_REFERRAL: dict[str, dict[str, str]] = {
    "recipient_type": _d(
        ("NGO", "NGO"), ("LAW_ENFORCEMENT", "Law enforcement"), ("HEALTH_SERVICE", "Health service"),
        ("CENTRAL_GOVERNMENT", "Central government"), ("LOCAL_GOVERNMENT", "Local government"),
        ("IMMIGRATION_SERVICE", "Immigration service"), ("LEGAL_SERVICE", "Legal service"),
        ("CORPORATE_BUSINESS", "Business"), ("SCHOOL_OR_COLLEGE", "School or college"),
        ("INTERNATIONAL_ORGANISATION", "International organisation"), ("CONSULATE", "Consulate")),
    "referral_status": _d(
        ("DRAFT", "Draft"), ("SENT", "Sent"), ("ACKNOWLEDGED", "Acknowledged"), ("ACCEPTED", "Accepted"),
        ("DECLINED", "Declined"), ("COMPLETED", "Completed"), ("WITHDRAWN", "Withdrawn")),
    "referral_reason": _d(("ADDITIONAL_SERVICES", "Additional services"),
                          ("CHANGE_OF_LOCATION", "Change of location"), _OTHER),
    "priority": _d(("EMERGENCY", "Emergency"), ("URGENT", "Urgent"), ("NORMAL", "Normal")),
    "safety_risk": _d(("NONE", "None"), ("LOW", "Low"), ("MEDIUM", "Medium"), ("HIGH", "High")),
    "health_urgency": _d(("NONE", "None"), ("NON_URGENT", "Not urgent"), ("URGENT", "Urgent"),
                         ("EMERGENCY", "Emergency")),
    "referral_outcome": _d(
        ("SERVICE_PROVIDED", "Service provided"), ("RECEIVED_ELSEWHERE", "Already received elsewhere"),
        ("DECLINED_BY_PERSON", "Declined by the person"), ("SERVICE_UNAVAILABLE", "Service unavailable"),
        ("NOT_APPLICABLE", "Not applicable")),
    "consent_flag": _d(("CONSENT_WITHDRAWN", "Consent withdrawn"), ("CONSENT_REMOVED", "Consent removed")),
    "section": _d(
        ("IDENTITY", "Identity"), ("NATIONALITY", "Nationality and languages"),
        ("DOCUMENTS", "Identity documents"), ("CONTACT", "Contact details"),
        ("INTERVIEW", "Interview reference"), ("DISCLOSURES", "Disclosures"),
        ("NEEDS", "Needs and services"), ("RISK", "Risk assessment"), ("SHELTER", "Shelter placement"),
        ("JUSTICE", "Legal proceedings"), ("REPATRIATION", "Repatriation needs"),
        ("PERPETRATORS", "Suspected perpetrators")),
}

_INTERVIEW: dict[str, dict[str, str]] = {
    "interview_state": _d(("DRAFT", "Draft"), ("SUBMITTED", "Submitted"), ("RETURNED", "Returned"),
                          ("APPROVED", "Approved"), ("LOCKED", "Locked")),
    "interview_protocol": _d(("NICHD_REVISED", "NICHD (revised)"), ("NICHD", "NICHD"),
                             ("CORNERHOUSE_RATAC", "CornerHouse RATAC"), ("PEACE", "PEACE"), _OTHER),
    "disclosure": _d(("NONE", "No disclosure"), ("PARTIAL", "Partial disclosure"),
                     ("FULL", "Full disclosure"), ("RECANTATION", "Recantation"),
                     ("TERMINATED", "Interview terminated")),
}

#: The access policy as an administrator reads it (models.seed Action and Scope values).
_POLICY: dict[str, dict[str, str]] = {
    "action": _d(
        ("case.create", "Open new cases"), ("case.view", "Read cases in scope"),
        ("case.edit", "Edit cases"), ("case.assign", "Assign cases"),
        ("case.approve_closure", "Approve case closure"),
        ("interview.conduct", "Conduct forensic interviews"),
        ("interview.approve", "Approve interview records"), ("referral.create", "Prepare referrals"),
        ("referral.print", "Print referral packets"),
        ("referral.respond", "Answer referrals to the agency"),
        ("consent.override", "Override missing consent (with reason)"),
        ("export.identifiable", "Export identifiable data"), ("statistics.view", "View statistics"),
        ("statistics.export", "Export anonymised statistics"),
        ("prevention.manage", "Keep the prevention register"),
        ("users.manage", "Manage user accounts"), ("roles.manage", "Manage roles"),
        ("agencies.manage", "Manage the organisations directory"),
        ("forms.manage", "Import and activate forms"), ("audit.view", "Read the audit trail"),
        ("backup.manage", "Make and restore backups"), ("vault.rekey", "Rotate the database key"),
        ("settings.manage", "Change vault settings"),
        ("peers.manage", "Manage the vault's identity and trusted vaults"),
        ("bundle.sync", "Synchronise with our office or field tablets"),
        ("bundle.send", "Send cases to partner organisations")),
    "scope": _d(
        ("OWN", "Own and assigned cases"), ("GROUP", "Cases of my groups"),
        ("AGENCY", "All cases of my agency"), ("REFERRED", "Cases referred to my agency"),
        ("ALL", "All cases"), ("NONE", "No case records")),
}

#: The parts of a case (tabs, history, audit) and the fields a reader sees in its history.
_PARTS: dict[str, dict[str, str]] = {
    "case_part": _d(
        ("summary", "Case"), ("person", "Person"), ("identification", "Identification"),
        ("exploitation", "Exploitation"), ("contact", "Contact"), ("documents", "Identity documents"),
        ("health", "Health"), ("events", "Trafficking events"), ("perpetrators", "Perpetrators"),
        ("services", "Services delivered"), ("shelter", "Shelter placements"),
        ("consent", "Consent records"), ("justice", "Legal proceedings"),
        ("repatriation", "Repatriation"), ("notes", "Notes"), ("attachments", "Attachments"),
        ("tasks", "Tasks"), ("history", "History"), ("interviews", "Interviews"),
        ("sector", "Labour sectors"), ("sexual_exploitation", "Sexual exploitation"),
        ("means_of_control", "Means of control"), ("recruitment", "Recruitment"), ("flag", "Flags"),
        ("case", "Case"), ("referral", "Referral")),
    "field": _d(
        ("given_names", "Given names"), ("family_names", "Family names"), ("sex", "Sex"),
        ("gender_identity", "Gender identity"), ("date_of_birth", "Date of birth"),
        ("estimated_age", "Estimated age"), ("age_disputed", "Age disputed"),
        ("citizenships", "Citizenships"), ("languages", "Languages"),
        ("interpreter_needed", "Interpreter needed"), ("unaccompanied", "Unaccompanied"),
        ("documents", "Identity documents"), ("contact", "Contact details"), ("health", "Health"),
        ("aliases", "Also known as"), ("district", "District"),
        ("identification_context", "Identified through"),
        ("identification_status", "Identification"), ("status", "Status"), ("assigned", "Assigned"),
        ("owner", "Owner"), ("kind", "Stage"), ("country", "Country"), ("place", "Place"),
        ("started_on", "Started"), ("ended_on", "Ended"), ("name", "Name"),
        ("nationality", "Nationality"), ("roles", "Roles"),
        ("relationship", "Relationship to the person"), ("at_large", "At large"),
        ("service_type", "Service"), ("provider", "Provider"), ("given_by", "Given by"),
        ("given_on", "Given on"), ("items", "Consent covers"),
        ("recipient_types", "May be shared with"), ("withdrawn_on", "Withdrawn on"),
        ("data_items", "Data that may be released"), ("stage", "Stage"), ("offence", "Offence"),
        ("opened_on", "Opened"), ("decided_on", "Decided"), ("court", "Court"),
        ("sentence", "Sentence"), ("destination_country", "Destination country"),
        ("repatriated_on", "Repatriated on"), ("carried_out_by", "Carried out by"),
        ("receiving_organisation", "Receiving organisation"), ("follow_up", "Follow-up"),
        ("shelter", "Shelter"), ("notes", "Notes")),
}

#: The annual statistics: rows and columns of `reports.figures.Table` that are not plain codes.
_STATISTICS: dict[str, dict[str, str]] = {
    "statistic": _d(
        ("*", "Total"), ("UNKNOWN", "Not recorded"), ("NOT_RECORDED", "Not recorded"),
        ("FEMALE", "Female"), ("MALE", "Male"),
        ("IDENTIFIED", "Identified (government)"), ("NGO_IDENTIFIED", "Identified by an NGO only"),
        ("POTENTIAL", "Potential victims"), ("SEXUAL", "Sexual exploitation"),
        ("LABOUR", "Labour exploitation"), ("SEXUAL_AND_LABOUR", "Both sexual and labour"),
        ("OTHER_ONLY", "Other forms only"),
        ("IDENTIFIED_IN_PERIOD", "Identified this year"),
        ("IDENTIFIED_EARLIER", "Identified earlier"), ("NOT_CONFIRMED", "Not confirmed by government"),
        ("INVESTIGATIONS", "Investigations"), ("PROSECUTIONS", "Prosecutions"),
        ("CONVICTIONS", "Convictions"), ("ACQUITTALS", "Acquittals"),
        ("DISMISSED", "Dismissed or withdrawn"), ("TRAININGS", "Sessions"),
        ("PARTICIPANTS", "Participants"), ("CAMPAIGNS", "Campaigns"), ("REACH", "Estimated reach"),
        ("SEX_NOT_RECORDED", "Sex not recorded")),
    "statistics_table": _d(
        ("victims", "Victims by identification status and sex"),
        ("sex_age", "Identified victims by age group at identification and sex"),
        ("nationality", "Identified victims by citizenship and sex"),
        ("exploitation", "Identified victims by form of exploitation and sex"),
        ("assisted", "Assisted victims by year of identification and sex"),
        ("assistance", "Assisted victims by means of assistance"),
        ("justice", "Legal proceedings by offence"),
        ("repatriation", "Repatriations by destination and by who carried them out"),
        ("trainings", "Training sessions by audience, with participants by sex"),
        ("campaigns", "Awareness campaigns by channel, with estimated reach")),
}

#: What each audited event means (services.audit.AuditAction values; a test keeps them in step).
_AUDIT: dict[str, dict[str, str]] = {
    "audit_action": _d(
        ("vault.create", "Vault created"), ("login", "Logged in"), ("login.failed", "Failed login"),
        ("logout", "Logged out"), ("lock", "Locked"), ("unlock", "Unlocked"),
        ("reauthenticate", "Password re-entered"), ("password.change", "Password changed"),
        ("kdf.upgrade", "Key derivation upgraded"), ("schema.migrate", "Database schema updated"),
        ("user.create", "Account created"), ("user.update", "Account changed"),
        ("user.disable", "Account disabled"), ("user.reset", "Account reset"),
        ("role.change", "Role changed"), ("settings.change", "Setting changed"),
        ("vault.verify", "Verification run"), ("backup", "Backup made"),
        ("restore", "Backup restored"), ("key.rotate", "Database key rotated"),
        ("recovery", "Escrow recovery"), ("case.view", "Case opened"), ("create", "Record created"),
        ("update", "Record changed"), ("delete", "Record deleted"),
        ("status.change", "Status changed"), ("export", "Data exported"), ("print", "Printed"),
        ("preview", "Previewed"), ("bundle.send", "Bundle sent"),
        ("bundle.receive", "Bundle imported"), ("bundle.refuse", "Bundle refused"),
        ("peer.change", "Trusted vaults changed")),
    "record_type": _d(
        ("case", "Case"), ("user", "Account"), ("agency", "Organisation"), ("role", "Role"),
        ("referral", "Referral"), ("interview", "Interview"), ("form", "Form"),
        ("setting", "Setting"), ("vault", "Vault"), ("backup", "Backup"), ("attachment", "Attachment"),
        ("statistics", "Statistics"), ("annual_report", "Annual report"), ("ctdc", "CTDC export"),
        ("htcds", "HTCDS exchange"), ("import", "Import"), ("synth", "Synthetic data"),
        ("training", "Training"), ("campaign", "Campaign"), ("group", "Group"),
        ("addendum", "Addendum"), ("note", "Note"), ("task", "Task"),
        ("bundle", "Case bundle"), ("identity", "Exchange identity"), ("peer", "Trusted vault")),
}


@cache
def countries() -> dict[str, str]:
    """ISO 3166-1 alpha-2 code → English name (the names of IOM's HTCDS 2.0 template)."""
    found: dict[str, str] = {}
    path = Path(__file__).with_name("data") / "countries.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            code, _, name = line.partition("\t")
            found[code] = name
    return found


@cache
def table() -> dict[str, dict[str, str]]:
    """Every kind with its codes and English labels."""
    found: dict[str, dict[str, str]] = {}
    for part in (_CASE, _TRAFFICKING, _ASSISTANCE, _REFERRAL, _INTERVIEW, _POLICY, _PARTS,
                 _STATISTICS, _AUDIT):
        found.update(part)
    found["role"] = {r.code: r.name for r in ROLES}
    found["agency"] = {a.code: a.name for a in AGENCIES}
    found["country"] = countries()
    return found


#: Each vocabulary list of the case model with the kind that labels it (a test checks coverage).
KIND_OF_LIST: dict[str, tuple[str, ...]] = {
    "identification_status": vocab.TRAFFICKING_STATUS, "decided_by": vocab.DECIDED_BY,
    "identification_context": vocab.IDENTIFICATION_CONTEXT, "case_status": vocab.CASE_STATUS,
    "sex": vocab.SEX, "gender_identity": vocab.GENDER_IDENTITY, "language": vocab.LANGUAGES,
    "district": vocab.DISTRICTS, "unaccompanied": vocab.UNACCOMPANIED,
    "exploitation": vocab.EXPLOITATION_TYPES, "sector": vocab.LABOUR_SECTORS,
    "sexual_exploitation": vocab.SEXUAL_EXPLOITATION_TYPES, "means_of_control": vocab.MEANS_OF_CONTROL,
    "recruitment": vocab.RECRUITMENT_METHODS, "recruiter_relationship": vocab.RECRUITER_RELATIONSHIP,
    "event_kind": vocab.EVENT_KINDS, "perpetrator_role": vocab.PERPETRATOR_ROLES,
    "service": vocab.SERVICE_TYPES, "consent_item": vocab.CONSENT_ITEMS,
    "consent_given_by": ("PERSON", "GUARDIAN", "HUMAN_SERVICES"),
    "proceeding_stage": vocab.PROCEEDING_STAGES, "offence": vocab.OFFENCES,
    "recipient_type": vocab.RECIPIENT_TYPES, "referral_status": vocab.REFERRAL_STATUS,
    "referral_reason": vocab.REFERRAL_REASONS, "priority": tuple(vocab.REFERRAL_PRIORITY_HOURS),
    "safety_risk": vocab.SAFETY_RISK, "health_urgency": vocab.HEALTH_URGENCY,
    "referral_outcome": vocab.REFERRAL_OUTCOMES, "section": tuple(vocab.RELEASE_SECTIONS),
    "repatriated_by": vocab.REPATRIATED_BY, "training_audience": vocab.TRAINING_AUDIENCES,
    "campaign_channel": vocab.CAMPAIGN_CHANNELS, "flag": vocab.FLAGS,
    "interview_state": vocab.INTERVIEW_STATES, "interview_protocol": vocab.INTERVIEW_PROTOCOLS,
    "disclosure": vocab.DISCLOSURE,
}


def kind_of(codes: tuple[str, ...]) -> str:
    """The kind that labels a value list (a section field's choices); KeyError when none does."""
    for kind, listed in KIND_OF_LIST.items():
        if tuple(codes) == listed:
            return kind
    raise KeyError(codes)


def english(kind: str, code: str) -> str:
    """The English label of a code; an unknown code (or kind) is shown as it is stored."""
    return table().get(kind, {}).get(code, code)


def has(kind: str, code: str) -> bool:
    return code in table().get(kind, {})
