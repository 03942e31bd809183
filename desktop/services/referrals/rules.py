"""The rules of a referral that need no database: recipient types, data minimisation defaults,
the consent check and the status workflow. Kept apart so they read as policy and test without a vault.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from desktop.i18n.catalogue import labels
from desktop.i18n.dates import day_text
from desktop.models import vocab

#: Directory codes whose HTCDS recipient type differs from what their organisation kind suggests.
_TYPE_BY_CODE = {
    "IMM": "IMMIGRATION_SERVICE",
    "MOH": "HEALTH_SERVICE",
    "IOM": "INTERNATIONAL_ORGANISATION",
    "AG": "LEGAL_SERVICE",
}
_TYPE_BY_KIND = {
    "POLICE": "LAW_ENFORCEMENT",
    "COURT_OR_PROSECUTION": "LAW_ENFORCEMENT",
    "NGO": "NGO",
    "NON_POLICE_GOVERNMENT": "CENTRAL_GOVERNMENT",
    "OTHER": "INTERNATIONAL_ORGANISATION",
}

#: Data minimisation (domain.md): what each recipient type receives unless the sender changes it.
DEFAULT_SECTIONS: dict[str, tuple[str, ...]] = {
    "LAW_ENFORCEMENT": ("INTERVIEW", "DISCLOSURES"),
    "LEGAL_SERVICE": ("INTERVIEW", "DISCLOSURES"),
    "IMMIGRATION_SERVICE": ("IDENTITY", "NATIONALITY", "DOCUMENTS"),
    "CONSULATE": ("IDENTITY", "NATIONALITY", "DOCUMENTS"),
    "NGO": ("NEEDS", "RISK"),
    "CENTRAL_GOVERNMENT": ("NEEDS", "RISK"),
    "LOCAL_GOVERNMENT": ("NEEDS", "RISK"),
    "HEALTH_SERVICE": ("NEEDS", "RISK"),
    "INTERNATIONAL_ORGANISATION": ("REPATRIATION",),
}

#: The status workflow: which status may follow which.
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "DRAFT": ("SENT", "WITHDRAWN"),
    "SENT": ("ACKNOWLEDGED", "ACCEPTED", "DECLINED", "WITHDRAWN"),
    "ACKNOWLEDGED": ("ACCEPTED", "DECLINED", "WITHDRAWN"),
    "ACCEPTED": ("COMPLETED", "WITHDRAWN"),
    "DECLINED": (),
    "COMPLETED": (),
    "WITHDRAWN": (),
}

MIN_OVERRIDE_REASON = 20


def recipient_type(agency_code: str, agency_kind: str) -> str:
    """The HTCDS recipient type of a directory organisation (consulates by their CON- code)."""
    code = agency_code.upper()
    if code.startswith("CON-"):
        return "CONSULATE"
    return _TYPE_BY_CODE.get(code) or _TYPE_BY_KIND.get(agency_kind, "CENTRAL_GOVERNMENT")


def default_sections(kind: str, level: int) -> tuple[str, ...]:
    """The minimised default for a recipient type, cut to what the sender may read."""
    wanted = DEFAULT_SECTIONS.get(kind, ("NEEDS",))
    return tuple(code for code in wanted if vocab.RELEASE_SECTIONS[code] <= level)


def split_codes(value: str) -> tuple[str, ...]:
    return tuple(code for code in value.split(",") if code)


@dataclass(frozen=True)
class ConsentFacts:
    """A consent record as the gate sees it."""

    id: int
    given_on: date
    items: tuple[str, ...]
    recipient_types: tuple[str, ...]
    data_items: tuple[str, ...]
    withdrawn_on: date | None


@dataclass(frozen=True)
class ConsentGap:
    """One reason the consent gate refuses: a problem code and what it concerns (codes and days
    that the screens word in the reader's language)."""

    problem: str  # NO_CONSENT, WITHDRAWN, NO_CONSENT_TO_REFER, RECIPIENT_TYPE, SECTIONS
    codes: tuple[str, ...] = ()  # the recipient type, or the sections not authorised
    given_on: date | None = None
    withdrawn_on: date | None = None

    def sentence(self) -> str:
        """The gap in English, codes named by their labels (for errors and the log-free CLI)."""
        if self.problem == "NO_CONSENT":
            return ("No consent to refer is recorded for this referral. Record the person's consent "
                    "in the case's Consent section and choose it here.")
        if self.problem == "WITHDRAWN":
            return (f"The consent of {day_text(self.given_on)} was withdrawn on "
                    f"{day_text(self.withdrawn_on)}.")
        if self.problem == "NO_CONSENT_TO_REFER":
            return "The consent record does not say that the person consents to referral."
        if self.problem == "RECIPIENT_TYPE":
            kind = labels("recipient_type", self.codes)
            return f"The consent does not cover recipients of this type ({kind})."
        return f"The consent does not authorise releasing: {labels('section', self.codes)}."


def consent_gaps(consent: ConsentFacts | None, kind: str, sections: Iterable[str]) -> list[ConsentGap]:
    """Why a consent does not cover this release; empty when it does."""
    if consent is None:
        return [ConsentGap("NO_CONSENT")]
    problems = []
    if consent.withdrawn_on is not None:
        problems.append(ConsentGap("WITHDRAWN", given_on=consent.given_on,
                                   withdrawn_on=consent.withdrawn_on))
    if "CONSENTS" not in consent.items:
        problems.append(ConsentGap("NO_CONSENT_TO_REFER"))
    if kind not in consent.recipient_types:
        problems.append(ConsentGap("RECIPIENT_TYPE", (kind,)))
    missing = tuple(code for code in sections if code not in consent.data_items)
    if missing:
        problems.append(ConsentGap("SECTIONS", missing))
    return problems
