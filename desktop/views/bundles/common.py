"""Shared parts of the exchange screens: labels of merge units, a progress relay from the worker
thread, and the text of a refused bundle."""

from __future__ import annotations

import json
import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop.i18n import labels as table
from desktop.services.bundles import BundleRefused

from .. import labels
from ..widgets import error_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("Bundles", text)


def kind_labels() -> dict[str, str]:
    return {"PARTNER": _tr("Partner organisation"), "OFFICE": _tr("Our office"),
            "FIELD": _tr("Our field tablet")}


def status_labels() -> dict[str, str]:
    return {"NEW": _tr("New here"), "UPDATE": _tr("Changes arrive"),
            "CONFLICT": _tr("Changed on both sides"), "UNCHANGED": _tr("Unchanged")}


def outcome_labels() -> dict[str, str]:
    return {"new": _tr("Added"), "theirs": _tr("Taken (changed there)"),
            "mine": _tr("Kept (changed here)"), "conflict": _tr("Your choice"),
            "locked": _tr("Kept (locked here)")}


def record_field_labels() -> dict[str, str]:
    """Fields of the records that only bundles show outside their own screens."""
    return {"level": _tr("Level"), "text": _tr("Text"), "created_at": _tr("Written"),
            "title": _tr("Task"), "due_on": _tr("Due"), "done_at": _tr("Done"),
            "status": _tr("Decision"), "decided_by_type": _tr("Decided by"),
            "filename": _tr("File"), "media_type": _tr("Type"), "interview": _tr("Interview"),
            "at": _tr("Written"), "form_id": _tr("Form"), "form_version": _tr("Version")}


def _field(part: str, name: str) -> str:
    return record_field_labels().get(name) or labels.field_name(part, name)


def unit_label(key: str) -> str:
    """A merge unit as a reader names it: a field, a code list, or one record of a section."""
    part, _, name = key.partition(".")
    if part in ("fields", "codes"):
        return _tr("Forms of exploitation") if name == "exploitation" else labels.name(name)
    if part == "aliases":
        return labels.name("aliases")
    special = {"notes": _tr("A note"), "tasks": _tr("A task"), "attachments": _tr("An attachment"),
               "interviews": _tr("An interview"), "addenda": _tr("An interview addendum"),
               "identification": _tr("An identification decision")}
    return special.get(part) or _tr("A record: {section}").format(section=labels.name(part))


CODE = re.compile(r"^[A-Z][A-Z0-9_]*$")


def _has_label(value: str) -> bool:
    """A stored code of any list (merge units carry codes without saying of which list)."""
    return bool(CODE.match(value)) and _kind(value) is not None


def _kind(code: str) -> str | None:
    return next((kind for kind, codes in table.table().items() if code in codes), None)


def _label(code: str) -> str:
    kind = _kind(code)
    return labels.label(kind, code) if kind else code


def value_text(key: str, value: Any, limit: int = 160) -> str:
    """A unit's value in words (codes as labels, records as "field: value; …")."""
    part = key.partition(".")[0]
    if value is None or value == "" or value == []:
        text = "—"
    elif isinstance(value, bool):
        text = _tr("Yes") if value else _tr("No")
    elif isinstance(value, list):
        text = ", ".join(_label(str(v)) for v in value)
    elif isinstance(value, dict):
        if part == "interviews":
            text = _tr("{state}, {answers} answers").format(
                state=labels.label("interview_state", str(value.get("state", ""))),
                answers=len(value.get("answers") or {}))
        else:
            text = "; ".join(f"{_field(part, k)}: {_scalar(v)}" for k, v in value.items()
                             if v not in (None, "", [], False) and k not in ("sha256", "size"))
    else:
        text = _scalar(value)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return _tr("Yes") if value else _tr("No")
    if isinstance(value, str) and "," in value and all(_has_label(c) for c in value.split(",")):
        return ", ".join(_label(c) for c in value.split(","))
    if isinstance(value, str) and len(value) == 19 and value[10:11] == "T" and value[:4].isdigit():
        return value[:16].replace("T", " ")  # a stored time, to the minute
    if isinstance(value, str):
        return _label(value)
    return json.dumps(value, ensure_ascii=False) if isinstance(value, dict | list) else str(value)


def bundle_error(error: BaseException) -> str:
    """The translated sentence of an error, and for a refused bundle what exactly failed."""
    text = error_text(error)
    if isinstance(error, BundleRefused) and error.details:
        text += "\n\n" + "\n".join(f"• {detail}" for detail in error.details[:8])
    return text


class ProgressRelay(QObject):
    """A progress callback for a service running on the worker: each call becomes a queued
    signal, delivered on the GUI thread."""

    advanced = Signal(int, int, str)

    def __call__(self, done: int, total: int, what: str) -> None:
        self.advanced.emit(done, total, what)


def stage_text(what: str) -> str:
    return {"reading": _tr("Reading the cases…"), "sealing": _tr("Sealing the bundle…"),
            "written": _tr("Bundle written."), "checking": _tr("Checking bundles…"),
            "comparing": _tr("Comparing with this vault…"), "compared": _tr("Compared."),
            "importing": _tr("Importing…"), "writing": _tr("Writing the cases…"),
            "sending": _tr("Preparing what goes back…"), "done": _tr("Done.")}.get(what, what)
