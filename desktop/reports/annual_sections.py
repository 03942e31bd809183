"""The sections of the annual report, in order: heading, narrative, tables, charts, notes."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable

from . import annual_sentences as say
from .annual_report import STYLES, Writer, _p
from .annual_sentences import Figure
from .annual_text import label, t
from .figures import SHOWN, TOTAL, Table


def minors_figure(ages: Table, bins: tuple[int, ...]) -> Figure | None:
    """Victims under 18 at identification, when the tables publish it: a single age group, or
    several that are all shown (their sum is then no secret). None when an age group straddles
    18 or a hidden group would make the sum a new figure."""
    edges = list(bins) + [10**6]
    rows = []
    for (low, high), row in zip(zip(edges, edges[1:], strict=False), ages.rows, strict=False):
        if low < 18 < high:
            return None
        if high <= 18:
            rows.append(row)
    if len(rows) == 1:
        return Figure.of(ages, rows[0])
    if not rows or any(ages.state(r) != SHOWN for r in rows):
        return None
    return Figure(SHOWN, sum(ages.count(r) or 0 for r in rows), ages.threshold)


def _victims(w: Writer) -> list[Flowable]:
    table = w.r.table("victims")
    return [*w.heading("s_victims"),
            w.paragraph(say.victims(w.lang, w.year, table, w.change("victims", "IDENTIFIED"))),
            w.table("victims", "t_victims"),
            w.chart("t_victims", "victims", list(table.rows), ["FEMALE", "MALE"])]


def _sex_age(w: Writer) -> list[Flowable]:
    ages = w.r.table("sex_age")
    minors = minors_figure(ages, w.r.age_bins)
    return [*w.heading("s_sex_age"), w.paragraph(say.sex_age(w.lang, w.year, ages, minors)),
            w.table("sex_age", "t_sex_age"),
            w.chart("t_sex_age", "sex_age", list(ages.rows), ["FEMALE", "MALE"], horizontal=False)]


def _nationality(w: Writer) -> list[Flowable]:
    table = w.r.table("nationality")
    names = {r: label(w.lang, r) for r in table.rows}
    out = [*w.heading("s_nationality"), w.paragraph(say.nationality(w.lang, w.year, table, names)),
           w.table("nationality", "t_nationality")]
    if w.nonzero("nationality"):
        out.append(w.chart("t_nationality", "nationality", w.nonzero("nationality", limit=10),
                           [TOTAL]))
    return out


def _exploitation(w: Writer) -> list[Flowable]:
    table = w.r.table("exploitation")
    return [*w.heading("s_exploitation"), w.paragraph(say.exploitation(w.lang, w.year, table)),
            w.table("exploitation", "t_exploitation"),
            w.chart("t_exploitation", "exploitation", [r for r in table.rows if r != "NOT_RECORDED"],
                    ["FEMALE", "MALE"])]


def _assistance(w: Writer) -> list[Flowable]:
    out = [*w.heading("s_assistance"),
           w.paragraph(say.assistance(w.lang, w.year, w.r.table("assisted"))),
           w.table("assisted", "t_assisted"), w.table("assistance", "t_assistance")]
    means = w.nonzero("assistance", limit=20)
    if means:
        out.append(w.chart("t_assistance", "assistance", means, [TOTAL]))
    return out


def _justice(w: Writer) -> list[Flowable]:
    return [*w.heading("s_justice"), w.paragraph(say.justice(w.lang, w.year, w.r.table("justice"))),
            w.table("justice", "t_justice")]


def _repatriation(w: Writer) -> list[Flowable]:
    table = w.r.table("repatriation")
    out = [*w.heading("s_repatriation"), w.paragraph(say.repatriation(w.lang, w.year, table)),
           w.table("repatriation", "t_repatriation")]
    if w.nonzero("repatriation"):
        out.append(w.chart("t_repatriation", "repatriation", w.nonzero("repatriation"), [TOTAL]))
    return out


def _prevention(w: Writer) -> list[Flowable]:
    out = [*w.heading("s_prevention"),
           w.paragraph(say.prevention(w.lang, w.year, w.r.table("trainings"),
                                      w.r.table("campaigns"))),
           w.table("trainings", "t_trainings"), w.table("campaigns", "t_campaigns")]
    audiences = w.nonzero("trainings", "PARTICIPANTS")
    if audiences:
        out.append(w.chart("t_trainings", "trainings", audiences, ["FEMALE", "MALE"]))
    return out


def _notes(w: Writer) -> list[Flowable]:
    out = [*w.heading("s_notes")]
    out += [_p(line, STYLES["note"], bulletText="•") for line in t(w.lang, "notes").split("|")]
    key = "suppression_note" if w.r.suppressed else "internal_note"
    out.append(_p(t(w.lang, key, n=w.r.threshold, m=w.r.threshold - 1), STYLES["note"],
                  bulletText="•"))
    return out


SECTIONS: tuple[Callable[[Writer], list[Flowable]], ...] = (
    _victims, _sex_age, _nationality, _exploitation, _assistance, _justice, _repatriation,
    _prevention, _notes)
