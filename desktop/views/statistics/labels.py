"""Translated words of the statistics screens; case codes come from the case labels."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication

from ..cases import labels as case_labels


def _tr(text: str) -> str:
    return QCoreApplication.translate("StatisticsLabels", text)


@cache
def _codes() -> dict[str, str]:
    return {
        "*": _tr("Total"), "UNKNOWN": _tr("Not recorded"),
        "IDENTIFIED": _tr("Identified (government)"), "NGO_IDENTIFIED": _tr("Identified by an NGO only"),
        "POTENTIAL": _tr("Potential victims"), "SEXUAL": _tr("Sexual exploitation"),
        "LABOUR": _tr("Labour exploitation"), "SEXUAL_AND_LABOUR": _tr("Both sexual and labour"),
        "OTHER_ONLY": _tr("Other forms only"),
        "NOT_RECORDED": _tr("Not recorded"), "IDENTIFIED_IN_PERIOD": _tr("Identified this year"),
        "IDENTIFIED_EARLIER": _tr("Identified earlier"),
        "NOT_CONFIRMED": _tr("Not confirmed by government"),
        "INVESTIGATIONS": _tr("Investigations"), "PROSECUTIONS": _tr("Prosecutions"),
        "CONVICTIONS": _tr("Convictions"), "ACQUITTALS": _tr("Acquittals"),
        "DISMISSED": _tr("Dismissed/withdrawn"), "TRAININGS": _tr("Sessions"),
        "PARTICIPANTS": _tr("Participants"), "CAMPAIGNS": _tr("Campaigns"),
        "REACH": _tr("Estimated reach"), "SOCIAL_WORKERS": _tr("Social workers"),
        "IMMIGRATION": _tr("Immigration"), "CUSTOMS": _tr("Customs"), "PROSECUTORS": _tr("Prosecutors"),
        "JUDICIARY": _tr("Judiciary"), "TOURISM": _tr("Tourism personnel"), "TEACHERS": _tr("Teachers"),
        "HEALTH": _tr("Health workers"), "LIQUOR_LICENSING": _tr("Liquor licensing board"),
        "PRIVATE_EMPLOYERS": _tr("Private employers"), "RADIO": _tr("Radio"),
        "TELEVISION": _tr("Television"), "SOCIAL_MEDIA": _tr("Social media"), "PRINT": _tr("Print"),
        "BILLBOARD": _tr("Billboards"), "COMMUNITY_EVENT": _tr("Community events"),
        "SCHOOL": _tr("Schools"),
    }


@cache
def titles() -> dict[str, str]:
    return {
        "victims": _tr("Victims by identification status and sex"),
        "sex_age": _tr("Identified victims by age group at identification and sex"),
        "nationality": _tr("Identified victims by citizenship and sex"),
        "exploitation": _tr("Identified victims by form of exploitation and sex"),
        "assisted": _tr("Assisted victims by year of identification and sex"),
        "assistance": _tr("Assisted victims by means of assistance"),
        "justice": _tr("Legal proceedings by offence"),
        "repatriation": _tr("Repatriations by destination and by who carried them out"),
        "trainings": _tr("Training sessions by audience, with participants by sex"),
        "campaigns": _tr("Awareness campaigns by channel, with estimated reach"),
    }


def label(code: str) -> str:
    if code in _codes():
        return _codes()[code]
    if len(code) == 2 and code.isupper():
        return case_labels.country_name(code)
    return case_labels.label(code) if case_labels.has_label(code) else code
