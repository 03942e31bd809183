"""The forensic interview record as a PDF: plain data in, PDF bytes out.

Answers come in reading order with labels already in the chosen language (the interview service
prepares them from the form); every text goes through the shared document text (reports/document.py
and scripts.py): escaped (P1), in the bundled fonts of its script (DejaVu Sans for the region's
Latin alphabets, Noto Sans Arabic and Hebrew, Droid Sans Fallback for Chinese, Japanese and Korean,
Symbola for emoji), Arabic joined and right-to-left text in display order.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from desktop.reports.document import FONT, FONT_BOLD, register_fonts
from desktop.reports.document import text as _para
from desktop.reports.scripts import draw_string

CAPTIONS = {
    "en": {
        "title": "Forensic interview record",
        "case": "Case",
        "form": "Form",
        "state": "State",
        "interviewer": "Interviewer",
        "language": "Language",
        "created": "Started",
        "events": "Workflow",
        "addenda": "Addenda",
        "signatures": "Signatures",
        "name": "Name",
        "signature": "Signature",
        "date": "Date",
        "hash": "SHA-256 of the locked content",
        "not_locked": "Not locked: this record may still change.",
        "hash_bad": "WARNING: the content no longer matches its seal.",
        "page": "Page {page} of {pages}",
        "confidential": "RESTRICTED — forensic interview (level 3)",
        "when": "When",
        "who": "Who",
        "step": "Step",
        "comment": "Comment",
        "text": "Text",
    },
    "es": {
        "title": "Registro de entrevista forense",
        "case": "Caso",
        "form": "Formulario",
        "state": "Estado",
        "interviewer": "Entrevistador",
        "language": "Idioma",
        "created": "Iniciada",
        "events": "Flujo de trabajo",
        "addenda": "Adendas",
        "signatures": "Firmas",
        "name": "Nombre",
        "signature": "Firma",
        "date": "Fecha",
        "hash": "SHA-256 del contenido bloqueado",
        "not_locked": "No bloqueado: este registro aún puede cambiar.",
        "hash_bad": "ADVERTENCIA: el contenido ya no coincide con su sello.",
        "page": "Página {page} de {pages}",
        "confidential": "RESTRINGIDO — entrevista forense (nivel 3)",
        "when": "Cuándo",
        "who": "Quién",
        "step": "Paso",
        "comment": "Comentario",
        "text": "Texto",
    },
}


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
    state: str
    interviewer: str
    created: str
    language_code: str  # "en" or "es": the captions' language
    language_name: str
    sections: tuple[RecordSection, ...]
    events: tuple[tuple[str, str, str, str], ...] = ()  # at, user, step, comment
    addenda: tuple[tuple[str, str, str], ...] = ()  # at, user, text
    signatories: tuple[str, ...] = ()  # roles that sign
    content_sha256: str = ""
    hash_ok: bool | None = None
    extra: dict[str, str] = field(default_factory=dict)


class _Styles:
    def __init__(self) -> None:
        register_fonts()
        self.regular, self.bold = FONT, FONT_BOLD
        self.body = ParagraphStyle("body", fontName=self.regular, fontSize=9.5, leading=12.5)
        self.label = ParagraphStyle(
            "label", parent=self.body, fontName=self.bold, textColor=colors.HexColor("#333333")
        )
        self.small = ParagraphStyle("small", parent=self.body, fontSize=8, leading=10)
        self.small_bold = ParagraphStyle("small_bold", parent=self.small, fontName=self.bold)
        self.title = ParagraphStyle(
            "title", parent=self.body, fontName=self.bold, fontSize=17, leading=21, spaceAfter=2
        )
        self.heading = ParagraphStyle(
            "heading",
            parent=self.body,
            fontName=self.bold,
            fontSize=11.5,
            leading=15,
            spaceBefore=7,
            spaceAfter=3,
            textColor=colors.HexColor("#1f3a5f"),
        )
        self.warning = ParagraphStyle(
            "warning", parent=self.body, fontName=self.bold, textColor=colors.HexColor("#a00000")
        )


_GRID = TableStyle(
    [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#bbbbbb")),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ]
)
_WIDTH = 174 * mm
_LOG_WIDTHS = (32 * mm, 26 * mm, 42 * mm)


def _pairs(rows: tuple[tuple[str, str], ...], st: _Styles) -> Table:
    table = Table(
        [[_para(k, st.label), _para(v, st.body)] for k, v in rows],
        colWidths=[62 * mm, _WIDTH - 62 * mm],
    )
    table.setStyle(_GRID)
    return table


def _grid(
    columns: tuple[str, ...], rows: tuple[tuple[str, ...], ...], st: _Styles, fixed: tuple[float, ...] = ()
) -> Table:
    """A table with a header row; `fixed` widths for the first columns, the rest share what is left."""
    data = [[_para(c, st.small_bold) for c in columns]]
    data += [[_para(v, st.small) for v in row] for row in rows]
    rest = (_WIDTH - sum(fixed)) / (len(columns) - len(fixed))
    table = Table(data, colWidths=[*fixed, *[rest] * (len(columns) - len(fixed))], repeatRows=1)
    table.setStyle(_GRID)
    table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8edf3"))]))
    return table


def _header(record: InterviewRecord, words: dict[str, str], st: _Styles) -> list[Flowable]:
    facts = (
        (words["case"], record.case_reference),
        (words["form"], f"{record.form_title} ({record.form_version})"),
        (words["state"], record.state),
        (words["interviewer"], record.interviewer),
        (words["created"], record.created),
        (words["language"], record.language_name),
    )
    return [
        _para(words["title"], st.title),
        _para(words["confidential"], st.warning),
        Spacer(1, 3 * mm),
        _pairs(facts, st),
    ]


def _seal(record: InterviewRecord, words: dict[str, str], st: _Styles) -> list[Flowable]:
    if not record.content_sha256:
        return [Spacer(1, 3 * mm), _para(words["not_locked"], st.warning)]
    parts: list[Flowable] = [
        Spacer(1, 3 * mm),
        _para(words["hash"], st.label),
        Paragraph(f"<font name='Courier'>{escape(record.content_sha256)}</font>", st.body),
    ]
    if record.hash_ok is False:
        parts.append(_para(words["hash_bad"], st.warning))
    return parts


def _signatures(record: InterviewRecord, words: dict[str, str], st: _Styles) -> Flowable:
    rows = [[_para(role, st.label), "", "", ""] for role in record.signatories]
    header = [
        _para(w, st.small_bold) for w in ("", words["name"], words["signature"], words["date"])
    ]
    table = Table(
        [header, *rows],
        colWidths=[44 * mm, 50 * mm, 50 * mm, 30 * mm],
        rowHeights=[None] + [13 * mm] * len(rows),
    )
    table.setStyle(_GRID)
    return KeepTogether([_para(words["signatures"], st.heading), table])


def _story(record: InterviewRecord, st: _Styles) -> list[Flowable]:
    words = CAPTIONS.get(record.language_code, CAPTIONS["en"])
    story = _header(record, words, st) + _seal(record, words, st)
    for section in record.sections:
        block: list[Flowable] = [_para(section.title, st.heading)]
        if section.answers:
            block.append(_pairs(section.answers, st))
        if section.table is not None and section.table.rows:
            block.append(_grid(section.table.columns, section.table.rows, st))
        if len(block) > 1:
            story.append(KeepTogether(block[:2]) if len(block) == 2 else KeepTogether(block))
    if record.events:
        story += [
            _para(words["events"], st.heading),
            _grid(
                (words["when"], words["who"], words["step"], words["comment"]), record.events, st, _LOG_WIDTHS
            ),
        ]
    if record.addenda:
        story += [
            _para(words["addenda"], st.heading),
            _grid((words["when"], words["who"], words["text"]), record.addenda, st, _LOG_WIDTHS[:2]),
        ]
    if record.signatories:
        story.append(_signatures(record, words, st))
    return story


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """Writes "Page n of m" and the case reference once the page count is known."""

    footer_text = "Page {page} of {pages}"
    reference = ""
    font = "Helvetica"

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, object]] = []

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFillColor(colors.HexColor("#555555"))
            draw_string(self, 18 * mm, 10 * mm, self.reference, self.font, 8)
            footer = self.footer_text.format(page=self._pageNumber, pages=total)
            draw_string(self, A4[0] - 18 * mm, 10 * mm, footer, self.font, 8, align="right")
            super().showPage()
        super().save()


def interview_record_pdf(record: InterviewRecord) -> bytes:
    styles = _Styles()
    words = CAPTIONS.get(record.language_code, CAPTIONS["en"])
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=18 * mm,
        title=words["title"],
        author="CaseDesk",
    )
    canvas_class = type(
        "RecordCanvas",
        (_NumberedCanvas,),
        {
            "footer_text": words["page"],
            "reference": f"{record.case_reference} · {words['confidential']}",
            "font": styles.regular,
        },
    )
    document.build(_story(record, styles), canvasmaker=canvas_class)
    return buffer.getvalue()
