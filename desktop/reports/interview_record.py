"""The forensic interview record as a PDF: plain data in, PDF bytes out.

Answers come in reading order with labels already in the form's chosen language (the interview
service prepares them from the form); the record's own words (headings, facts, signatures) and
its letterhead and page frame are those of every CaseDesk document (`reports/document.py`), in
`language_code`. Every text goes through the shared blocks: escaped (P1), in the bundled fonts of
its script, right-to-left text in display order (reports/scripts.py).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

from desktop.i18n.catalogue import Translator
from desktop.reports.document import (
    FRAME_WIDTH,
    MARKING,
    RULE,
    DocumentInfo,
    build_pdf,
    content_digest,
    data_table,
    key_value_table,
    section_heading,
    spacer,
    styles,
    text,
    title_block,
)


@dataclass(frozen=True)
class RecordTable:
    """A repeat (persons present, phase log…): one row per entry."""

    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class RecordSection:
    title: str
    answers: tuple[tuple[str, str], ...] = ()
    table: RecordTable | None = None


@dataclass(frozen=True)
class InterviewRecord:
    case_reference: str
    form_title: str
    form_version: str
    state: str  # already labelled
    interviewer: str  # the interviewer's name
    created: str
    language_code: str  # "en" or "es": the language of the record's own words
    language_name: str  # the language of the answers
    sections: tuple[RecordSection, ...]
    events: tuple[tuple[str, str, str, str], ...] = ()  # at, who, step, comment
    addenda: tuple[tuple[str, str, str], ...] = ()  # at, who, text
    signatories: tuple[str, ...] = ()  # roles that sign
    content_sha256: str = ""
    hash_ok: bool | None = None
    extra: dict[str, str] = field(default_factory=dict)
    document_id: str = ""
    printed_by: str = ""
    printed_at: str = ""


def signatories(lang: str) -> tuple[str, ...]:
    _ = Translator("InterviewRecord", lang)
    return _("Lead interviewer"), _("Interpreter"), _("Reviewing supervisor")


def _facts(record: InterviewRecord) -> list[Flowable]:
    _ = Translator("InterviewRecord", record.language_code)
    facts = (
        (_("Case"), record.case_reference),
        (_("Form"), f"{record.form_title} ({record.form_version})"),
        (_("State"), record.state),
        (_("Interviewer"), record.interviewer),
        (_("Started"), record.created),
        (_("Language of the answers"), record.language_name),
    )
    return [key_value_table(facts)]


def _seal(record: InterviewRecord) -> list[Flowable]:
    _ = Translator("InterviewRecord", record.language_code)
    s = styles()
    warning = s.notice.clone("cd-record-warning", textColor=MARKING)
    if not record.content_sha256:
        return [spacer(3), text(_("Not locked: this record may still change."), warning)]
    parts: list[Flowable] = [spacer(3), text(_("SHA-256 of the locked content"), s.label),
                             text(record.content_sha256, s.mono)]
    if record.hash_ok is False:
        parts.append(text(_("WARNING: the content no longer matches its seal."), warning))
    return parts


def _signatures(record: InterviewRecord) -> Flowable:
    _ = Translator("InterviewRecord", record.language_code)
    s = styles()
    header = [text(w, s.label) for w in ("", _("Name"), _("Signature"), _("Date"))]
    rows = [[text(role, s.label), "", "", ""] for role in record.signatories]
    table = Table([header, *rows], colWidths=[44 * mm, 50 * mm, 50 * mm, FRAME_WIDTH - 144 * mm],
                  rowHeights=[None] + [13 * mm] * len(rows))
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                               ("LEFTPADDING", (0, 0), (0, -1), 0)]))
    return KeepTogether([*section_heading(_("Signatures")), table])


def _story(record: InterviewRecord, info: DocumentInfo) -> list[Flowable]:
    _ = Translator("InterviewRecord", record.language_code)
    story = [*title_block(info, f"{record.form_title} · {record.case_reference}"), *_facts(record),
             *_seal(record)]
    for section in record.sections:
        block: list[Flowable] = []
        if section.answers:
            block.append(key_value_table(section.answers, label_width=62 * mm))
        if section.table is not None and section.table.rows:
            block.append(data_table(section.table.columns, section.table.rows))
        if block:
            story.append(KeepTogether([*section_heading(section.title), block[0]]))
            story += block[1:]
    if record.events:
        story += [*section_heading(_("Workflow")),
                  data_table((_("When"), _("Who"), _("Step"), _("Comment")), record.events,
                             (32 * mm, 34 * mm, 42 * mm, FRAME_WIDTH - 108 * mm))]
    if record.addenda:
        story += [*section_heading(_("Addenda")),
                  data_table((_("When"), _("Who"), _("Text")), record.addenda,
                             (32 * mm, 34 * mm, FRAME_WIDTH - 66 * mm))]
    if record.signatories:
        story.append(_signatures(record))
    return story


def interview_record_pdf(record: InterviewRecord) -> bytes:
    _ = Translator("InterviewRecord", record.language_code)
    data = asdict(record)
    info = DocumentInfo(
        title=_("Forensic interview record"), document_id=record.document_id or f"IR-{record.case_reference}",
        marking=_("RESTRICTED — forensic interview (level 3)"),
        generated_by=record.printed_by or record.interviewer,
        generated_at=record.printed_at or record.created,
        content_sha256=record.content_sha256 or content_digest(data), lang=record.language_code,
    )
    return build_pdf(info, _story(record, info), subject=_("Forensic interview record"))
