"""The council's annual report, "Actions against Human Trafficking": plain figures in, PDF bytes out.

Cover, contents, one section per report table with a narrative written from the numbers
(`annual_sentences`), tables, bar charts, notes on definitions. English or Spanish. A hidden
count reads the same everywhere: "<5" for a small count, "—" for one hidden to protect it, in the
tables, the charts (a marked gap) and the text. An unsuppressed report is marked for internal use
on its cover and on every page.
"""

from __future__ import annotations

import io
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)
from reportlab.platypus import Table as PdfTable
from reportlab.platypus.tableofcontents import TableOfContents

from .annual_charts import PALETTE, Value, bars
from .annual_text import label, period_text, t
from .document import ACCENT, FONT, FONT_BOLD, MARKING, MUTED, SHADE, register_fonts
from .figures import SHOWN, TOTAL, StatisticsReport, Table
from .scripts import draw_string, markup


def _p(value: str, style: ParagraphStyle, **options: Any) -> Paragraph:
    """A paragraph of report text in any script, escaped (P1): region, agency and filter names too."""
    register_fonts()
    return Paragraph(markup(value, style.fontName), style, **options)


# The council's document look (fonts, ink, accent) comes from the shared building blocks.
TEAL, SAND, GREY = ACCENT, SHADE, MUTED
MARGIN = 20 * mm
BODY_WIDTH = A4[0] - 2 * MARGIN
STYLES = {
    "body": ParagraphStyle("body", fontName=FONT, fontSize=10, leading=14.5, spaceAfter=6),
    "H1": ParagraphStyle("H1", fontName=FONT_BOLD, fontSize=15, leading=19, textColor=TEAL,
                         spaceBefore=4, spaceAfter=8),
    "caption": ParagraphStyle("caption", fontName=FONT_BOLD, fontSize=8.5, leading=11,
                              textColor=colors.HexColor("#333333"), spaceBefore=6, spaceAfter=3),
    "cell": ParagraphStyle("cell", fontName=FONT_BOLD, fontSize=8, leading=10),
    "head": ParagraphStyle("head", fontName=FONT_BOLD, fontSize=6.5, leading=8.5, alignment=2),
    "row": ParagraphStyle("row", fontName=FONT, fontSize=8.5, leading=10.5),
    "key": ParagraphStyle("key", fontName=FONT, fontSize=7.5, leading=9.5, textColor=MUTED),
    "note": ParagraphStyle("note", fontName=FONT, fontSize=9, leading=12.5, spaceAfter=5,
                           leftIndent=8, bulletIndent=0),
    "cover_title": ParagraphStyle("ct", fontName=FONT_BOLD, fontSize=28, leading=34,
                                  textColor=colors.white, alignment=TA_CENTER),
    "cover_sub": ParagraphStyle("cs", fontName=FONT, fontSize=15, leading=20,
                                textColor=colors.white, alignment=TA_CENTER),
    "cover_text": ParagraphStyle("cx", fontName=FONT, fontSize=11, leading=16,
                                 textColor=TEAL, alignment=TA_CENTER),
    "internal": ParagraphStyle("internal", fontName=FONT_BOLD, fontSize=11, leading=15,
                               textColor=MARKING, alignment=TA_CENTER),
}


class _Document(BaseDocTemplate):  # type: ignore[misc]
    """Sends every section heading to the table of contents."""

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (ReportLab's hook name)
        if isinstance(flowable, Paragraph) and flowable.style.name == "H1":
            self.notify("TOCEntry", (0, flowable.getPlainText(), self.page))


class Writer:
    """The report's building blocks, numbered as they are placed."""

    def __init__(self, report: StatisticsReport, previous: StatisticsReport | None,
                 language: str) -> None:
        self.r, self.prev, self.lang = report, previous, language
        self.tables = self.figures = 0
        self.placed: dict[str, int] = {}  # table key -> its number
        p = report.period
        self.period = period_text(language, p.start.year, p.end.year, p.is_year,
                                  p.start.isoformat(), p.end.isoformat())
        self.year = str(p.start.year) if p.is_year else self.period

    def change(self, key: str, row: str) -> str:
        """" (up from 12 in 2024)", only when both years publish the figure."""
        if self.prev is None:
            return ""
        now, before = self.r.table(key).shown(row), self.prev.table(key).shown(row)
        if now is None or before is None:
            return ""
        which = "up" if now > before else "down" if now < before else "same"
        return " (" + t(self.lang, which, prev=f"{before:,}", year=self.prev.period.start.year) + ")"

    def heading(self, key: str) -> list[Flowable]:
        return [CondPageBreak(60 * mm), _p(t(self.lang, key), STYLES["H1"])]

    def paragraph(self, text: str) -> Paragraph:
        return _p(text, STYLES["body"])

    def table(self, key: str, title_key: str) -> Flowable:
        self.tables += 1
        self.placed[key] = self.tables
        table = self.r.table(key)
        columns = [*table.columns, *((TOTAL,) if table.has_row_totals else ())]
        lines = [*table.rows, *((TOTAL,) if table.has_total_row else ())]
        head = [""] + [label(self.lang, c, key) for c in columns]
        body: list[list[Any]] = [[_p(label(self.lang, r, key), STYLES["row"])]
                                 + [table.text(r, c) for c in columns] for r in lines]
        cells: list[list[Any]] = [[_p(h, STYLES["cell" if i == 0 else "head"])
                                   for i, h in enumerate(head)], *body]
        first = 62 * mm if len(head) <= 5 else 52 * mm
        rest = (BODY_WIDTH - first) / max(1, len(head) - 1)
        pdf = PdfTable(cells, colWidths=[first] + [rest] * (len(head) - 1), repeatRows=1)
        style: list[Any] = [
            ("FONT", (0, 1), (-1, -1), FONT, 8.5),
            ("BACKGROUND", (0, 0), (-1, 0), SAND), ("LINEBELOW", (0, 0), (-1, 0), 0.8, TEAL),
            ("ALIGN", (1, 1), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F7F9FA")]),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("LEFTPADDING", (1, 0), (-1, -1), 3), ("RIGHTPADDING", (1, 0), (-1, -1), 4)]
        if table.has_total_row:
            style += [("FONT", (0, -1), (-1, -1), FONT_BOLD, 8.5),
                      ("LINEABOVE", (0, -1), (-1, -1), 0.6, TEAL)]
        style.append(("LINEBELOW", (0, -1), (-1, -1), 0.6, TEAL))
        pdf.setStyle(style)
        caption = _p(t(self.lang, "table", n=self.tables, title=t(self.lang, title_key)),
                     STYLES["caption"])
        return KeepTogether([caption, pdf, *self.keys(table), Spacer(1, 3 * mm)])

    def keys(self, table: Table) -> list[Flowable]:
        """What the marks under a table mean, and why a table has no totals."""
        n = table.threshold
        lines = []
        if table.primary:
            lines.append(t(self.lang, "primary_key", n=n, m=n - 1))
        if table.complementary:
            lines.append(t(self.lang, "hidden_key"))
        if table.key == "assistance" and "assisted" in self.placed:
            lines.append(t(self.lang, "assistance_key", n=self.placed["assisted"]))
        if table.key == "justice":
            lines.append(t(self.lang, "justice_key"))
        return [Spacer(1, 1.2 * mm)] + [_p(line, STYLES["key"]) for line in lines] if lines else []

    def chart(self, title_key: str, key: str, rows: list[str], cols: list[str],
              horizontal: bool = True) -> Flowable:
        table = self.r.table(key)
        series: list[list[Value]] = [
            [table.count(r, c) or 0 if table.state(r, c) == SHOWN else table.text(r, c)
             for r in rows] for c in cols]
        if not any(v for line in series for v in line):
            return Spacer(1, 2 * mm)  # nothing recorded: the text and the table say so
        hidden = any(isinstance(v, str) for line in series for v in line)
        names = [label(self.lang, c, key) for c in cols]
        note = t(self.lang, "chart_key", n=table.threshold) if hidden else ""
        drawing = bars([label(self.lang, r, key) for r in rows], series, names,
                       horizontal=horizontal, note=note)
        self.figures += 1
        caption = _p(t(self.lang, "figure", n=self.figures, title=t(self.lang, title_key)),
                     STYLES["caption"])
        return KeepTogether([caption, drawing, Spacer(1, 4 * mm)])

    def nonzero(self, key: str, col: str = TOTAL, limit: int = 12) -> list[str]:
        table = self.r.table(key)
        return [r for r in table.rows if (table.count(r, col) or 0) > 0][:limit]


def _cover(w: Writer, generated_on: date, filters_text: str) -> list[Flowable]:
    lines: list[Flowable] = [Spacer(1, 55 * mm), _p(t(w.lang, "title"), STYLES["cover_title"]),
                             Spacer(1, 6 * mm),
                             _p(t(w.lang, "subtitle", period=w.period), STYLES["cover_sub"]),
                             Spacer(1, 62 * mm)]
    if not w.r.suppressed:
        lines += [_p(t(w.lang, "internal_cover"), STYLES["internal"]), Spacer(1, 6 * mm)]
    else:
        lines.append(Spacer(1, 13 * mm))
    lines += [_p(t(w.lang, "council"), STYLES["cover_text"]),
              _p(t(w.lang, "committee"), STYLES["cover_text"])]
    if filters_text:
        lines.append(_p(t(w.lang, "filters", what=filters_text), STYLES["cover_text"]))
    if w.r.suppressed:
        lines.append(_p(t(w.lang, "suppressed_cover", n=w.r.threshold), STYLES["cover_text"]))
    lines += [Spacer(1, 8 * mm),
              _p(t(w.lang, "generated", day=generated_on.isoformat()), STYLES["cover_text"])]
    return lines


def _contents(w: Writer) -> list[Flowable]:
    toc = TableOfContents()
    toc.levelStyles = [ParagraphStyle("toc", fontName=FONT, fontSize=11, leading=18,
                                      leftIndent=0)]
    title = ParagraphStyle("contents", parent=STYLES["H1"])  # not "H1": not listed in itself
    return [_p(t(w.lang, "contents"), title), Spacer(1, 4 * mm), toc, PageBreak()]


def _internal_mark(canvas: Any, w: Writer, y: float) -> None:
    if not w.r.suppressed:
        canvas.setFillColor(MARKING)
        draw_string(canvas, A4[0] / 2, y, t(w.lang, "internal"), FONT_BOLD, 8.5, align="centre")


def _pages(w: Writer) -> list[PageTemplate]:
    frame = Frame(MARGIN, MARGIN, BODY_WIDTH, A4[1] - 2 * MARGIN - 6 * mm, id="body")

    def cover(canvas: Any, _: Any) -> None:
        canvas.saveState()
        canvas.setFillColor(TEAL)
        canvas.rect(0, A4[1] * 0.52, A4[0], A4[1] * 0.48, stroke=0, fill=1)
        canvas.setFillColor(PALETTE[1])
        canvas.rect(0, A4[1] * 0.52 - 4 * mm, A4[0], 4 * mm, stroke=0, fill=1)
        _internal_mark(canvas, w, 12 * mm)
        canvas.restoreState()

    def page(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(GREY)
        draw_string(canvas, MARGIN, A4[1] - 13 * mm, t(w.lang, "header", period=w.period), FONT, 8)
        canvas.setStrokeColor(MARKING if not w.r.suppressed else TEAL)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, A4[1] - 15 * mm, A4[0] - MARGIN, A4[1] - 15 * mm)
        canvas.setFillColor(GREY)
        draw_string(canvas, A4[0] - MARGIN, 11 * mm, t(w.lang, "page", n=doc.page), FONT, 8,
                    align="right")
        _internal_mark(canvas, w, A4[1] - 9 * mm)
        _internal_mark(canvas, w, 6 * mm)
        canvas.restoreState()

    return [PageTemplate("cover", [Frame(MARGIN, MARGIN, BODY_WIDTH, A4[1] - 2 * MARGIN)], onPage=cover),
            PageTemplate("body", [frame], onPage=page)]


def annual_report_pdf(report: StatisticsReport, previous: StatisticsReport | None = None, *,
                      language: str = "en", generated_on: date | None = None,
                      filters_text: str = "") -> bytes:
    """The report as PDF bytes; `previous` (the year before) gives the comparisons."""
    from .annual_sections import SECTIONS

    register_fonts()  # DejaVu: every accent of Spanish, Kriol and Q'eqchi' names prints
    w = Writer(report, previous, language)
    story: list[Flowable] = [*_cover(w, generated_on or date.today(), filters_text),
                             NextPageTemplate("body"), PageBreak(), *_contents(w)]
    for section in SECTIONS:
        story.extend(section(w))
    buffer = io.BytesIO()
    document = _Document(buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                         bottomMargin=MARGIN, title=f"{t(language, 'title')} — {w.period}",
                         author="ATIPs Council, Belize", subject=t(language, "committee"))
    document.addPageTemplates(_pages(w))
    document.multiBuild(story)
    return buffer.getvalue()
