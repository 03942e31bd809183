"""ODK/Kobo metadata questions (start, end, today, username, deviceid…) as a desktop can fill them.

ODK Collect fills these from the phone; CaseDesk fills what a workstation knows and leaves the rest
empty, so a form made for Collect or Kobo imports unchanged:

| type | value in CaseDesk |
| --- | --- |
| start | date and time the interview was first opened for entry (kept once set) |
| end | date and time of the last change to an answer |
| today | the date the interview was first opened |
| username | the CaseDesk account that opened it |
| deviceid, email, simserial, phonenumber, subscriberid, audit | empty: a desktop has no such value |
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from desktop.forms.schema import FormSchema, Group, Item, Question


def metadata_questions(items: tuple[Item, ...]) -> Iterator[Question]:
    """Metadata outside repeats (inside groups too), in reading order."""
    for item in items:
        if isinstance(item, Question) and item.is_metadata:
            yield item
        elif isinstance(item, Group):
            yield from metadata_questions(item.children)


def stamp(moment: dt.datetime) -> str:
    """ODK's dateTime: local time with its offset, milliseconds ("2026-11-20T09:15:02.120-06:00")."""
    return moment.astimezone().isoformat(timespec="milliseconds")


def on_open(schema: FormSchema, values: dict[str, str], now: dt.datetime, username: str) -> dict[str, str]:
    """The metadata values after an interview is opened for entry: only empty ones are filled."""
    filled: dict[str, str] = {}
    for question in metadata_questions(schema.items):
        current = values.get(question.name, "")
        if current:
            filled[question.name] = current
        elif question.type == "start":
            filled[question.name] = stamp(now)
        elif question.type == "today":
            filled[question.name] = now.astimezone().date().isoformat()
        elif question.type == "username" and username:
            filled[question.name] = username
    return filled


def on_edit(schema: FormSchema, values: dict[str, str], now: dt.datetime) -> dict[str, str]:
    """The metadata values after an answer changed: `end` moves to now."""
    updated = dict(values)
    for question in metadata_questions(schema.items):
        if question.type == "end":
            updated[question.name] = stamp(now)
    return updated
