"""Turn a stored interview into the plain data of its PDF record, in the reader's chosen language.

Answers are read in the form's own order; questions hidden by skip logic are left out; choice codes
become their labels; repeats become tables (persons present, phase log).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.forms.runtime import FormState, evaluate_form, field_path
from desktop.forms.schema import OTHER_CODE, FormSchema, Group, Item, Question, Repeat
from desktop.i18n.catalogue import Translator, label, language
from desktop.i18n.dates import moment_text
from desktop.models.base import utcnow
from desktop.reports.interview_record import InterviewRecord, RecordSection, RecordTable, signatories

if TYPE_CHECKING:
    from desktop.services.interviews.service import InterviewDetail


def display_value(question: Question, value: str, language: str, other_text: str = "") -> str:
    """What a reader sees for an answer: labels for codes, "Other: …" for or_other."""
    if not value:
        return ""
    if question.type == "select_one":
        label = question.choice_label(value, language)
        return f"{label}: {other_text}" if value == OTHER_CODE and other_text else label
    if question.type == "select_multiple":
        labels = [question.choice_label(code, language) for code in value.split()]
        if OTHER_CODE in value.split() and other_text:
            labels[value.split().index(OTHER_CODE)] += f": {other_text}"
        return "; ".join(labels)
    if question.type == "acknowledge":
        return "✓" if value == "OK" else value
    return value


def _label(item: Item, language: str) -> str:
    return item.label.get(language) or item.name


def _answers(items: tuple[Item, ...], values: dict[str, str], state: FormState, language: str,
             repeat: str | None = None, index: int | None = None) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    for item in items:
        if isinstance(item, Question) and (item.takes_input or item.type == "calculate" and item.label):
            if state.is_hidden(field_path(item.name, repeat, index)):
                continue
            other = values.get(f"{item.name}_other", "")
            shown = display_value(item, values.get(item.name, ""), language, other)
            if shown:
                rows.append((_label(item, language), shown))
        elif isinstance(item, Group) and not state.is_hidden(field_path(item.name, repeat, index)):
            rows.extend(_answers(item.children, values, state, language, repeat, index))
    return rows


def _table(repeat: Repeat, state: FormState, language: str) -> RecordTable:
    columns = [q for q in repeat.children if isinstance(q, Question) and q.takes_input]
    rows = []
    for index, instance in enumerate(state.instances.get(repeat.name, [])):
        rows.append(tuple(
            "" if state.is_hidden(field_path(q.name, repeat.name, index))
            else display_value(q, instance.get(q.name, ""), language, instance.get(f"{q.name}_other", ""))
            for q in columns
        ))
    return RecordTable(tuple(_label(q, language) for q in columns), tuple(rows))


def _sections(schema: FormSchema, state: FormState, language: str) -> list[RecordSection]:
    sections: list[RecordSection] = []
    for page in schema.pages():
        if state.is_hidden(page.name):
            continue
        title = page.label.get(language) or ""
        if isinstance(page, Repeat):
            sections.append(RecordSection(title, table=_table(page, state, language)))
            continue
        sections.append(RecordSection(title, tuple(_answers(page.children, state.values, state, language))))
        for child in page.children:
            if isinstance(child, Repeat) and not state.is_hidden(child.name):
                sections.append(RecordSection(_label(child, language), table=_table(child, state, language)))
    return sections


def build_record(detail: InterviewDetail, schema: FormSchema, language: str, lang: str = "",
                 printed_by: str = "") -> InterviewRecord:
    """The PDF's data: answers in `language`, a language name of the form ("Spanish (es)"); the
    record's own words in `lang` (the reader's screens), else in the form language's."""
    if language not in schema.language_names():
        language = schema.default_language
    code = next((form_lang.code for form_lang in schema.languages if form_lang.name == language), "")
    words = language_of(lang or code)
    _ = Translator("InterviewRecord", words)
    state = evaluate_form(schema, detail.answers, detail.row.created_at.date())
    row = detail.row

    def step(before: str, after: str) -> str:
        return _("{before} → {after}").format(before=label("interview_state", before, words),
                                              after=label("interview_state", after, words))

    return InterviewRecord(
        case_reference=row.case_reference, form_title=schema.title.get(language) or row.form_title,
        form_version=row.form_version, state=label("interview_state", row.state, words),
        interviewer=row.interviewer_name or row.interviewer,
        created=moment_text(row.created_at, words), language_code=words, language_name=language,
        sections=tuple(_sections(schema, state, language)),
        events=tuple((moment_text(e.at, words), e.who, step(e.from_state, e.to_state), e.comment)
                     for e in detail.events),
        addenda=tuple((moment_text(a.at, words), a.who, a.text) for a in detail.addenda),
        signatories=signatories(words), content_sha256=row.content_sha256, hash_ok=detail.hash_ok,
        document_id=f"IR-{row.case_reference}-{row.id:04d}", printed_by=printed_by,
        printed_at=moment_text(utcnow(), words),
    )


def language_of(code: str) -> str:
    return language(code)
