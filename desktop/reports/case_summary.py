"""The case summary for a case file: every section its reader may see, on the shared blocks.

Sections above the reader's level are named as withheld, so a printed file never looks complete
when it is not. Plain data in, PDF bytes out.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from reportlab.platypus import Flowable

from desktop.i18n.catalogue import Translator
from desktop.reports.document import (
    ACCENT,
    DocSection,
    DocumentInfo,
    build_pdf,
    content_digest,
    key_value_table,
    notice_box,
    section_flowables,
    section_heading,
    spacer,
    title_block,
)


@dataclass(frozen=True)
class CaseSummary:
    document_id: str
    case_reference: str
    person_name: str
    organisation: str
    generated_by: str
    generated_at: str
    summary: tuple[tuple[str, str], ...]
    sections: tuple[DocSection, ...]
    withheld: tuple[str, ...] = ()
    lang: str = "en"  # the language of the reader's screens


def case_summary_pdf(summary: CaseSummary) -> bytes:
    _ = Translator("CaseSummary", summary.lang)
    data = asdict(summary)
    data.pop("generated_at")
    info = DocumentInfo(
        title=_("Case summary"), document_id=summary.document_id,
        marking=_("CONFIDENTIAL — case file"),
        generated_by=summary.generated_by, generated_at=summary.generated_at,
        content_sha256=content_digest(data), lang=summary.lang,
    )
    story: list[Flowable] = [
        *title_block(info, _("Case {reference} — {name}").format(reference=summary.case_reference,
                                                                  name=summary.person_name)),
        *section_heading(_("1. Case")), key_value_table(summary.summary),
    ]
    for number, section in enumerate(summary.sections, start=2):
        story += section_flowables(section, number, lang=summary.lang)
    if summary.withheld:
        story += [spacer(5), notice_box(
            _("Sections not included"),
            _("Above the level of the person who printed this summary: {sections}. The case file "
              "is not complete without them.").format(sections=", ".join(summary.withheld)), ACCENT)]
    return build_pdf(info, story, subject=_("Case summary"))
