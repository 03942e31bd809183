"""The one set of document building blocks every CaseDesk PDF is made of.

Referral packets, case summaries, the annual report and the recovery sheet share these fonts, styles,
header and footer, so that a document from the council always looks the same and every piece of user
text goes through the same escaping (P1). Plain data in, PDF bytes out; nothing here knows about the
vault or Qt.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import HRFlowable

from desktop.i18n.catalogue import Translator, marked
from desktop.reports.parts import DocSection as DocSection  # re-exported
from desktop.reports.parts import content_digest as content_digest
from desktop.reports.scripts import (
    BidiParagraph,
    draw_string,
    has_rtl,
    markup,
    register_script_fonts,
    string_width,
)
from desktop.resources import resource

FONT = "CaseDeskSans"
FONT_BOLD = "CaseDeskSans-Bold"
FONT_ITALIC = "CaseDeskSans-Oblique"
FONT_MONO = "CaseDeskMono"

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 20 * mm
_PAD = 6  # ReportLab's frame padding: content starts here, so the page frame aligns with it
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN - 2 * _PAD
LEFT, RIGHT = MARGIN + _PAD, PAGE_WIDTH - MARGIN - _PAD

INK = colors.HexColor("#1b1f24")
MUTED = colors.HexColor("#5b6470")
ACCENT = colors.HexColor("#1f3a5f")
MARKING = colors.HexColor("#9b1c1c")
RULE = colors.HexColor("#b8c0cc")
SHADE = colors.HexColor("#eef1f5")

_FONT_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
    FONT_MONO: "DejaVuSansMono.ttf",
}
# The bundled copy comes first (resources/, inside the installers too); the system copy is the fallback.
_FONT_DIRS = (
    Path(resource("fonts")),
    Path("/usr/share/fonts/truetype/dejavu"),
)
_FACES = {("", FONT): FONT, ("b", FONT): FONT_BOLD, ("i", FONT): FONT_ITALIC}


class DocumentError(Exception):
    """A document could not be laid out; the message never contains case text (P1)."""


@lru_cache(maxsize=1)
def register_fonts() -> None:
    """Registers DejaVu once (the PDF base fonts lack Kriol, Q'eqchi' and many accented letters) and
    the fallbacks for Arabic, Hebrew, Chinese, Japanese, Korean and emoji (reports/scripts.py)."""
    register_script_fonts()
    for name, file_name in _FONT_FILES.items():
        path = next((d / file_name for d in _FONT_DIRS if (d / file_name).is_file()), None)
        if path is None:
            raise DocumentError(f"Font file {file_name} is missing from resources/fonts.")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC,
                                  boldItalic=FONT_BOLD)


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    label: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    mono: ParagraphStyle
    notice: ParagraphStyle
    right: ParagraphStyle


@lru_cache(maxsize=1)
def styles() -> Styles:
    register_fonts()
    body = ParagraphStyle("cd-body", fontName=FONT, fontSize=9.5, leading=13.5, textColor=INK,
                          spaceAfter=4)
    return Styles(
        body=body,
        small=ParagraphStyle("cd-small", parent=body, fontSize=7.5, leading=10, textColor=MUTED,
                             spaceAfter=0),
        title=ParagraphStyle("cd-title", parent=body, fontName=FONT_BOLD, fontSize=17, leading=21,
                             textColor=ACCENT, spaceAfter=2),
        subtitle=ParagraphStyle("cd-subtitle", parent=body, fontSize=10.5, leading=14, textColor=MUTED),
        heading=ParagraphStyle("cd-heading", parent=body, fontName=FONT_BOLD, fontSize=11.5, leading=15,
                               textColor=ACCENT, spaceBefore=10, spaceAfter=3),
        subheading=ParagraphStyle("cd-subheading", parent=body, fontName=FONT_BOLD, fontSize=10,
                                  leading=13, spaceBefore=6, spaceAfter=2),
        label=ParagraphStyle("cd-label", parent=body, fontName=FONT_BOLD, fontSize=8.5, leading=12,
                             textColor=MUTED, spaceAfter=0),
        cell=ParagraphStyle("cd-cell", parent=body, fontSize=8.5, leading=11.5, spaceAfter=0),
        cell_head=ParagraphStyle("cd-cell-head", parent=body, fontName=FONT_BOLD, fontSize=8.5,
                                 leading=11.5, textColor=colors.white, spaceAfter=0),
        mono=ParagraphStyle("cd-mono", parent=body, fontName=FONT_MONO, fontSize=7.5, leading=9.5),
        notice=ParagraphStyle("cd-notice", parent=body, fontSize=9, leading=12.5, spaceAfter=0),
        right=ParagraphStyle("cd-right", parent=body, alignment=TA_RIGHT),
    )


def text(value: str, style: ParagraphStyle | None = None) -> Flowable:
    """A paragraph of user text in any script, always escaped (P1): `<b>Ana & "José"</b>` prints as
    typed, 王秀英 and محمد عبدالله too (fonts per run, joined Arabic, right-to-left order)."""
    style = style or styles().body
    register_fonts()
    if has_rtl(value):
        return BidiParagraph(value, style)
    return Paragraph(markup(value, style.fontName), style)


def rich(parts: Sequence[tuple[str, str]], style: ParagraphStyle | None = None) -> Paragraph:
    """A paragraph mixing plain, bold ("b") and italic ("i") runs; every run is escaped (P1). Each
    run is put in display order on its own; the line runs left to right."""
    style = style or styles().body
    register_fonts()
    runs = []
    for value, weight in parts:
        face = _FACES.get((weight if weight in ("b", "i") else "", style.fontName), style.fontName)
        escaped = markup(value, face)
        runs.append(f"<{weight}>{escaped}</{weight}>" if weight in ("b", "i") else escaped)
    return Paragraph("".join(runs), style)


def plain(value: str) -> str:
    """Escaped markup for a ReportLab paragraph in the document font (kept for callers that build
    their own Paragraph)."""
    register_fonts()
    return markup(value, FONT)


@dataclass(frozen=True)
class DocumentInfo:
    """What every page repeats: who issued it, for whom, which copy, and how to check it."""

    title: str
    document_id: str
    marking: str
    generated_by: str
    generated_at: str
    issuer: str = marked("Document", "Anti-Trafficking in Persons (ATIPs) Council · Belize")
    issuer_detail: str = marked("Document",
                                "Ministry of Human Development, Families and Indigenous Peoples' Affairs")
    running_head: str = marked("Document", "ATIPs Council · Belize")  # every page's header
    copy_label: str = ""
    content_sha256: str = ""
    lang: str = "en"  # the language of the frame's words (issuer, reference, footer)


def title_block(info: DocumentInfo, subtitle: str = "") -> list[Flowable]:
    """Issuer letterhead, the document title and its reference line."""
    _ = Translator("Document", info.lang)
    s = styles()
    block: list[Flowable] = [
        text(_(info.issuer), ParagraphStyle("cd-issuer", parent=s.subheading, textColor=ACCENT,
                                            spaceBefore=0)),
        text(_(info.issuer_detail), s.small),
        Spacer(1, 3 * mm),
        HRFlowable(width="100%", thickness=1.2, color=ACCENT, spaceAfter=4 * mm),
        text(info.title, s.title),
    ]
    if subtitle:
        block.append(text(subtitle, s.subtitle))
    reference = [(_("Reference") + " ", ""), (info.document_id, "b")]
    if info.copy_label:
        reference += [("   ·   ", ""), (info.copy_label, "b")]
    reference += [("   ·   " + _("Issued") + " ", ""), (info.generated_at, "")]
    block += [rich(reference, s.small), Spacer(1, 5 * mm)]
    return block


def section_heading(title: str) -> list[Flowable]:
    """A heading with a rule, both kept on the page of what follows them (no orphaned headings)."""
    heading = text(title, styles().heading)
    heading.keepWithNext = 1
    rule = HRFlowable(width="100%", thickness=0.5, color=RULE, spaceAfter=2 * mm)
    rule.keepWithNext = 1
    return [heading, rule]


def key_value_table(rows: Sequence[tuple[str, str]], label_width: float = 52 * mm) -> Table:
    """Label / value rows (a record's fields); long values wrap and may split across pages."""
    s = styles()
    data = [[text(label, s.label), text(value or "—", s.cell)] for label, value in rows]
    if not data:
        data = [[text("", s.label), text("Nothing recorded.", s.cell)]]
    table = Table(data, colWidths=[label_width, FRAME_WIDTH - label_width], splitInRow=1, hAlign=TA_LEFT)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
    ]))
    return table


def data_table(headers: Sequence[str], rows: Sequence[Sequence[str]],
               col_widths: Sequence[float] | None = None, empty: str = "None recorded.") -> Table:
    """A table with a repeating header row, striped, splitting across pages (rows and long cells)."""
    s = styles()
    if col_widths is None:
        col_widths = [FRAME_WIDTH / max(len(headers), 1)] * len(headers)
    data: list[list[Flowable]] = [[text(h, s.cell_head) for h in headers]]
    data += [[text(value or "—", s.cell) for value in row] for row in rows]
    if not rows:
        data.append([text(empty, s.cell)] + [text("", s.cell)] * (len(headers) - 1))
    table = Table(data, colWidths=list(col_widths), repeatRows=1, splitInRow=1, hAlign=TA_LEFT)
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    commands += [("BACKGROUND", (0, r), (-1, r), SHADE) for r in range(2, len(data), 2)]
    table.setStyle(TableStyle(commands))
    return table


def notice_box(title: str, body: str, color: colors.Color = MARKING) -> Table:
    """A framed notice (an override, a warning) that a reader cannot miss."""
    s = styles()
    heading = ParagraphStyle("cd-notice-title", parent=s.notice, fontName=FONT_BOLD, textColor=color)
    table = Table([[[text(title, heading), text(body, s.notice)]]], colWidths=[FRAME_WIDTH])
    table.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.9, color),
        ("LEFTPADDING", (0, 0), (-1, -1), 7),
        ("RIGHTPADDING", (0, 0), (-1, -1), 7),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return table


def section_flowables(section: DocSection, number: int | None = None,
                      lang: str = "en") -> list[Flowable]:
    """Renders a DocSection with the shared heading, key/value table and data table."""
    _ = Translator("Document", lang)
    title = f"{number}. {section.title}" if number is not None else section.title
    flowables: list[Flowable] = section_heading(title)
    if section.fields:
        flowables.append(key_value_table(section.fields))
    if section.headers:
        widths = None
        if section.widths:
            total = sum(section.widths)
            widths = [FRAME_WIDTH * w / total for w in section.widths]
        if section.fields:
            flowables.append(spacer(2))
        flowables.append(data_table(section.headers, section.rows, widths, _("None recorded.")))
    if section.note:
        flowables += [spacer(1.5), text(section.note, styles().small)]
    if not (section.fields or section.headers or section.note):
        flowables.append(text(_("Nothing recorded."), styles().small))
    return flowables


def spacer(height_mm: float = 4) -> Spacer:
    return Spacer(1, height_mm * mm)


class _PagedCanvas(Canvas):  # type: ignore[misc]  # ReportLab ships no type hints
    """Defers every page until the end so the footer can say "page X of Y"."""

    def __init__(self, *args: Any, info: DocumentInfo, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._info = info
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            _draw_page_frame(self, self._info, number, total)
            super().showPage()
        super().save()


def _draw_page_frame(canvas: Canvas, info: DocumentInfo, number: int, total: int) -> None:
    """Header (issuer, marking) and footer (document id, copy, generated, digest, page X of Y)."""
    register_fonts()
    _ = Translator("Document", info.lang)
    top = PAGE_HEIGHT - 12 * mm
    canvas.saveState()
    canvas.setFillColor(MUTED)
    head = _(info.running_head)
    draw_string(canvas, LEFT, top, head, FONT, 7.5)
    issuer_width = string_width(head, FONT, 7.5)
    canvas.setFillColor(MARKING)
    marking = _fit(info.marking, FONT_BOLD, 8.5, FRAME_WIDTH - issuer_width - 12)
    draw_string(canvas, RIGHT, top, marking, FONT_BOLD, 8.5, align="right")
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(LEFT, top - 2.5 * mm, RIGHT, top - 2.5 * mm)
    bottom = 12 * mm
    canvas.line(LEFT, bottom + 6.5 * mm, RIGHT, bottom + 6.5 * mm)
    canvas.setFillColor(MUTED)
    left = _("Document {id}").format(id=info.document_id)
    if info.copy_label:
        left += f"  ·  {info.copy_label}"
    draw_string(canvas, LEFT, bottom + 3 * mm, left, FONT, 7)
    generated = _fit(_("Generated by {who} at {when}").format(who=info.generated_by, when=info.generated_at),
                     FONT, 7, FRAME_WIDTH * 0.45)
    draw_string(canvas, LEFT, bottom, generated, FONT, 7)
    if info.content_sha256:
        canvas.setFont(FONT_MONO, 6)
        canvas.drawRightString(RIGHT, bottom, f"SHA-256 {info.content_sha256}")
    canvas.setFillColor(INK)
    draw_string(canvas, RIGHT, bottom + 3 * mm, _("Page {n} of {total}").format(n=number, total=total),
                FONT_BOLD, 7.5, align="right")
    canvas.restoreState()


def _fit(value: str, font: str, size: float, width: float) -> str:
    """Shortens a header/footer string with an ellipsis rather than letting it overrun the margin."""
    if string_width(value, font, size) <= width:
        return value
    while value and string_width(value + "…", font, size) > width:
        value = value[:-1]
    return value + "…"


def build_pdf(info: DocumentInfo, story: list[Flowable], subject: str = "") -> bytes:
    """Lays out a story on A4 with the shared page frame; errors never carry case text (P1)."""
    register_fonts()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=22 * mm,
        bottomMargin=25 * mm, title=info.title, author="CaseDesk", subject=subject,
        creator="CaseDesk", invariant=False,
    )
    maker: Callable[..., Canvas] = partial(_PagedCanvas, info=info)
    try:
        document.build(story, canvasmaker=maker)
    except Exception as exc:  # ReportLab raises many types; none may leak case text
        raise DocumentError(f"The document '{info.title}' could not be laid out "
                            f"({type(exc).__name__}).") from None
    return buffer.getvalue()
