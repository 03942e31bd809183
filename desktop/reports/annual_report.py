"""The council's annual report, "Actions against Human Trafficking": plain figures in, PDF bytes out.

Cover, contents, key figures with the previous year, one section per report table with a short
narrative written from the numbers, tables, bar charts, notes on definitions. English or Spanish.
Suppressed counts stay suppressed in the narrative ("fewer than 5") and are not drawn in charts.
"""

from __future__ import annotations

import io
from collections.abc import Callable
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

from .annual_charts import PALETTE, bars
from .annual_text import label, period_text, t
from .document import ACCENT, FONT, FONT_BOLD, MUTED, SHADE, register_fonts
from .figures import TOTAL, StatisticsReport
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
    "note": ParagraphStyle("note", fontName=FONT, fontSize=9, leading=12.5, spaceAfter=5,
                           leftIndent=8, bulletIndent=0),
    "cover_title": ParagraphStyle("ct", fontName=FONT_BOLD, fontSize=28, leading=34,
                                  textColor=colors.white, alignment=TA_CENTER),
    "cover_sub": ParagraphStyle("cs", fontName=FONT, fontSize=15, leading=20,
                                textColor=colors.white, alignment=TA_CENTER),
    "cover_text": ParagraphStyle("cx", fontName=FONT, fontSize=11, leading=16,
                                 textColor=TEAL, alignment=TA_CENTER),
}


class _Document(BaseDocTemplate):  # type: ignore[misc]
    """Sends every section heading to the table of contents."""

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (ReportLab's hook name)
        if isinstance(flowable, Paragraph) and flowable.style.name == "H1":
            self.notify("TOCEntry", (0, flowable.getPlainText(), self.page))


class _Writer:
    def __init__(self, report: StatisticsReport, previous: StatisticsReport | None,
                 language: str) -> None:
        self.r, self.prev, self.lang = report, previous, language
        self.tables = self.figures = 0
        p = report.period
        self.period = period_text(language, p.start.year, p.end.year, p.is_year,
                                  p.start.isoformat(), p.end.isoformat())
        self.year = str(p.start.year) if p.is_year else self.period

    # -- numbers in words -----------------------------------------------------------------------
    def n(self, key: str, row: str = TOTAL, col: str = TOTAL) -> str:
        table = self.r.table(key)
        if table.shown(row, col) is None and table.count(row, col) is not None:
            return t(self.lang, "fewer", n=table.threshold)
        return f"{table.count(row, col) or 0:,}"

    def change(self, key: str, row: str) -> str:
        if self.prev is None:
            return ""
        now, before = self.r.table(key).shown(row), self.prev.table(key).shown(row)
        if now is None or before is None:
            return ""
        which = "up" if now > before else "down" if now < before else "same"
        return " (" + t(self.lang, which, prev=f"{before:,}", year=self.prev.period.start.year) + ")"

    # -- building blocks ------------------------------------------------------------------------
    def heading(self, key: str) -> list[Flowable]:
        return [CondPageBreak(60 * mm), _p((t(self.lang, key)), STYLES["H1"])]

    def text(self, key: str, **values: object) -> Paragraph:
        return _p((t(self.lang, key, **values)), STYLES["body"])

    def table(self, key: str, title_key: str) -> Flowable:
        self.tables += 1
        table = self.r.table(key)
        with_totals = any(line[-1] is not None for line in table.grid[:-1])
        head = [""] + [label(self.lang, c, key) for c in table.columns]
        head += [t(self.lang, "total")] if with_totals else []
        body = [[_p((label(self.lang, r, key)), STYLES["row"])]
                + [table.text(r, c) for c in table.columns]
                + ([table.text(r)] if with_totals else []) for r in table.rows]
        foot = [t(self.lang, "total")] + [table.text(TOTAL, c) for c in table.columns]
        foot += [table.text()] if with_totals else []
        cells: list[list[Any]] = [[_p((h), STYLES["cell" if i == 0 else "head"])
                                   for i, h in enumerate(head)], *body, foot]
        first = 62 * mm if len(head) <= 5 else 52 * mm
        rest = (BODY_WIDTH - first) / max(1, len(head) - 1)
        pdf = PdfTable(cells, colWidths=[first] + [rest] * (len(head) - 1), repeatRows=1)
        pdf.setStyle([
            ("FONT", (0, 1), (-1, -1), FONT, 8.5),
            ("FONT", (0, -1), (-1, -1), FONT_BOLD, 8.5),
            ("BACKGROUND", (0, 0), (-1, 0), SAND), ("LINEBELOW", (0, 0), (-1, 0), 0.8, TEAL),
            ("LINEABOVE", (0, -1), (-1, -1), 0.6, TEAL), ("LINEBELOW", (0, -1), (-1, -1), 0.6, TEAL),
            ("ALIGN", (1, 1), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, colors.HexColor("#F7F9FA")]),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("LEFTPADDING", (1, 0), (-1, -1), 3), ("RIGHTPADDING", (1, 0), (-1, -1), 4)])
        caption = _p((t(self.lang, "table", n=self.tables,
                                     title=t(self.lang, title_key))), STYLES["caption"])
        return KeepTogether([caption, pdf, Spacer(1, 3 * mm)])

    def chart(self, title_key: str, key: str, rows: list[str], cols: list[str],
              horizontal: bool = True) -> Flowable:
        table = self.r.table(key)
        series = [[table.shown(r, c) for r in rows] for c in cols]
        if not any(v for line in series for v in line):
            return Spacer(1, 2 * mm)  # nothing to draw: every bar is zero or suppressed
        hidden = any(table.count(r, c) and table.shown(r, c) is None for r in rows for c in cols)
        names = [label(self.lang, c, key) for c in cols]
        drawing = bars([label(self.lang, r, key) for r in rows], series, names,
                       horizontal=horizontal, note=t(self.lang, "not_drawn") if hidden else "")
        self.figures += 1
        caption = _p((t(self.lang, "figure", n=self.figures,
                                     title=t(self.lang, title_key))), STYLES["caption"])
        return KeepTogether([caption, drawing, Spacer(1, 4 * mm)])

    def nonzero(self, key: str, col: str = TOTAL, limit: int = 12) -> list[str]:
        table = self.r.table(key)
        return [r for r in table.rows if (table.count(r, col) or 0) > 0][:limit]


def _victims(w: _Writer) -> list[Flowable]:
    return [*w.heading("s_victims"),
            w.text("n_victims", year=w.year, identified=w.n("victims", "IDENTIFIED"),
                   change=w.change("victims", "IDENTIFIED"), ngo=w.n("victims", "NGO_IDENTIFIED"),
                   potential=w.n("victims", "POTENTIAL")),
            w.table("victims", "t_victims"),
            w.chart("t_victims", "victims", list(w.r.table("victims").rows), ["FEMALE", "MALE"])]


def _sex_age(w: _Writer) -> list[Flowable]:
    ages = w.r.table("sex_age")
    minors = [r for r in ages.rows if r[:1].isdigit() and int(r.split("–")[0].rstrip("+")) < 18]
    under = sum(ages.count(r) or 0 for r in minors)
    shown = sum(ages.shown(r) or 0 for r in minors)
    if shown == under:
        minors_text = f"{under:,}"
    elif under < ages.threshold:
        minors_text = t(w.lang, "fewer", n=ages.threshold)
    else:  # a sum of hidden and shown cells could reveal a hidden one: say only what is shown
        minors_text = t(w.lang, "at_least", n=f"{shown:,}")
    return [*w.heading("s_sex_age"),
            w.text("n_sex_age", year=w.year, female=w.n("sex_age", col="FEMALE"),
                   male=w.n("sex_age", col="MALE"), minors=minors_text),
            w.table("sex_age", "t_sex_age"),
            w.chart("t_sex_age", "sex_age", list(ages.rows), ["FEMALE", "MALE"], horizontal=False)]


def _nationality(w: _Writer) -> list[Flowable]:
    table = w.r.table("nationality")
    out = [*w.heading("s_nationality")]
    if table.rows:
        first = table.rows[0]
        out.append(w.text("n_nationality", first=label(w.lang, first), first_n=w.n("nationality", first),
                          countries=len([r for r in table.rows if r != "UNKNOWN"])))
    out.append(w.table("nationality", "t_nationality"))
    if table.rows:
        out.append(w.chart("t_nationality", "nationality", w.nonzero("nationality", limit=10), [TOTAL]))
    return out


def _exploitation(w: _Writer) -> list[Flowable]:
    return [*w.heading("s_exploitation"),
            w.text("n_exploitation", sexual=w.n("exploitation", "SEXUAL"),
                   labour=w.n("exploitation", "LABOUR"), both=w.n("exploitation", "SEXUAL_AND_LABOUR"),
                   other=w.n("exploitation", "OTHER")),
            w.table("exploitation", "t_exploitation"),
            w.chart("t_exploitation", "exploitation", ["SEXUAL", "LABOUR", "OTHER"], ["FEMALE", "MALE"])]


def _assistance(w: _Writer) -> list[Flowable]:
    out = [*w.heading("s_assistance"),
           w.text("n_assistance", year=w.year, assisted=w.n("assisted"),
                  new=w.n("assisted", "IDENTIFIED_IN_PERIOD"), earlier=w.n("assisted", "IDENTIFIED_EARLIER"),
                  unconfirmed=w.n("assisted", "NOT_CONFIRMED")),
           w.table("assisted", "t_assisted"), w.table("assistance", "t_assistance")]
    means = w.nonzero("assistance")
    if means:
        out.append(w.chart("t_assistance", "assistance", means, [TOTAL]))
    return out


def _justice(w: _Writer) -> list[Flowable]:
    return [*w.heading("s_justice"),
            w.text("n_justice", year=w.year, prosecutions=w.n("justice", col="PROSECUTIONS"),
                   investigations=w.n("justice", col="INVESTIGATIONS"),
                   convictions=w.n("justice", col="CONVICTIONS"),
                   acquittals=w.n("justice", col="ACQUITTALS")),
            w.table("justice", "t_justice")]


def _repatriation(w: _Writer) -> list[Flowable]:
    out = [*w.heading("s_repatriation"),
           w.text("n_repatriation", total=w.n("repatriation"), year=w.year,
                  iom=w.n("repatriation", col="IOM")),
           w.table("repatriation", "t_repatriation")]
    if w.r.table("repatriation").rows:
        out.append(w.chart("t_repatriation", "repatriation", w.nonzero("repatriation"), [TOTAL]))
    return out


def _prevention(w: _Writer) -> list[Flowable]:
    out = [*w.heading("s_prevention"),
           w.text("n_prevention", year=w.year, trainings=w.n("trainings", col="TRAININGS"),
                  participants=w.n("trainings", col="PARTICIPANTS"),
                  campaigns=w.n("campaigns", col="CAMPAIGNS"), reach=w.n("campaigns", col="REACH")),
           w.table("trainings", "t_trainings"), w.table("campaigns", "t_campaigns")]
    audiences = w.nonzero("trainings", "PARTICIPANTS")
    if audiences:
        out.append(w.chart("t_trainings", "trainings", audiences, ["FEMALE", "MALE"]))
    return out


def _notes(w: _Writer) -> list[Flowable]:
    out = [*w.heading("s_notes")]
    out += [_p((line), STYLES["note"], bulletText="•")
            for line in t(w.lang, "notes").split("|")]
    if w.r.suppressed:
        out.append(_p((t(w.lang, "suppression_note", n=w.r.threshold,
                                      m=w.r.threshold - 1)), STYLES["note"], bulletText="•"))
    return out


SECTIONS: tuple[Callable[[_Writer], list[Flowable]], ...] = (
    _victims, _sex_age, _nationality, _exploitation, _assistance, _justice, _repatriation,
    _prevention, _notes)


def _cover(w: _Writer, generated_on: date, filters_text: str) -> list[Flowable]:
    lines: list[Flowable] = [Spacer(1, 55 * mm), _p((t(w.lang, "title")), STYLES["cover_title"]),
                             Spacer(1, 6 * mm),
                             _p((t(w.lang, "subtitle", period=w.period)), STYLES["cover_sub"]),
                             Spacer(1, 75 * mm),
                             _p((t(w.lang, "council")), STYLES["cover_text"]),
                             _p((t(w.lang, "committee")), STYLES["cover_text"])]
    if filters_text:
        lines.append(_p((t(w.lang, "filters", what=filters_text)), STYLES["cover_text"]))
    if w.r.suppressed:
        lines.append(_p((t(w.lang, "suppressed_cover", n=w.r.threshold)), STYLES["cover_text"]))
    lines += [Spacer(1, 8 * mm),
              _p((t(w.lang, "generated", day=generated_on.isoformat())), STYLES["cover_text"])]
    return lines


def _contents(w: _Writer) -> list[Flowable]:
    toc = TableOfContents()
    toc.levelStyles = [ParagraphStyle("toc", fontName=FONT, fontSize=11, leading=18,
                                      leftIndent=0)]
    title = ParagraphStyle("contents", parent=STYLES["H1"])  # not "H1": not listed in itself
    return [_p((t(w.lang, "contents")), title), Spacer(1, 4 * mm), toc, PageBreak()]


def _pages(w: _Writer) -> list[PageTemplate]:
    frame = Frame(MARGIN, MARGIN, BODY_WIDTH, A4[1] - 2 * MARGIN - 6 * mm, id="body")

    def cover(canvas: Any, _: Any) -> None:
        canvas.saveState()
        canvas.setFillColor(TEAL)
        canvas.rect(0, A4[1] * 0.52, A4[0], A4[1] * 0.48, stroke=0, fill=1)
        canvas.setFillColor(PALETTE[1])
        canvas.rect(0, A4[1] * 0.52 - 4 * mm, A4[0], 4 * mm, stroke=0, fill=1)
        canvas.restoreState()

    def page(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(GREY)
        draw_string(canvas, MARGIN, A4[1] - 13 * mm, t(w.lang, "header", period=w.period), FONT, 8)
        canvas.setStrokeColor(TEAL)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, A4[1] - 15 * mm, A4[0] - MARGIN, A4[1] - 15 * mm)
        draw_string(canvas, A4[0] - MARGIN, 11 * mm, t(w.lang, "page", n=doc.page), FONT, 8, align="right")
        canvas.restoreState()

    return [PageTemplate("cover", [Frame(MARGIN, MARGIN, BODY_WIDTH, A4[1] - 2 * MARGIN)], onPage=cover),
            PageTemplate("body", [frame], onPage=page)]


def annual_report_pdf(report: StatisticsReport, previous: StatisticsReport | None = None, *,
                      language: str = "en", generated_on: date | None = None,
                      filters_text: str = "") -> bytes:
    """The report as PDF bytes; `previous` (the year before) gives the comparisons."""
    register_fonts()  # DejaVu: every accent of Spanish, Kriol and Q'eqchi' names prints
    w = _Writer(report, previous, language)
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
