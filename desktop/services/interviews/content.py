"""Answers as stored: shape checks and limits (P3), and the canonical JSON whose SHA-256 seals a
locked interview.

Answers are JSON: field name → string, repeat name → list of {field name → string}. Every field
with a value is stored (inputs, calculations, ODK metadata such as start and end); the forms runtime
recomputes calculations from the inputs, except once(), which keeps its stored value.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from desktop.forms.runtime import MAX_ANSWER_LENGTH, MAX_REPEAT_INSTANCES
from desktop.forms.schema import FormSchema, Group, Item, Question, Repeat
from desktop.services.errors import ValidationError

MAX_ANSWERS_BYTES = 2 * 1024 * 1024


def _inputs(items: tuple[Item, ...]) -> tuple[set[str], dict[str, set[str]]]:
    """Names of input fields outside repeats, and per repeat the input fields inside it."""
    top: set[str] = set()
    repeats: dict[str, set[str]] = {}

    def visit(children: tuple[Item, ...], into: set[str]) -> None:
        for item in children:
            if isinstance(item, Repeat):
                repeats[item.name] = set()
                visit(item.children, repeats[item.name])
            elif isinstance(item, Group):
                visit(item.children, into)
            elif isinstance(item, Question) and item.stored:
                into.add(item.name)
                if item.or_other:
                    into.add(f"{item.name}_other")

    visit(items, top)
    return top, repeats


def _text(field: str, value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise ValidationError(field, "An answer must be text or a number.")
    text = str(value)
    if len(text) > MAX_ANSWER_LENGTH:
        raise ValidationError(field, f"An answer may have at most {MAX_ANSWER_LENGTH:,} characters.")
    return text


def clean_answers(schema: FormSchema, answers: dict[str, Any]) -> dict[str, Any]:
    """Answers restricted to the form's input fields, as strings; empty answers are dropped."""
    top, repeats = _inputs(schema.items)
    cleaned: dict[str, Any] = {}
    for name, value in answers.items():
        if name in repeats:
            if not isinstance(value, list) or len(value) > MAX_REPEAT_INSTANCES:
                raise ValidationError(
                    name, f"A repeat holds a list of at most {MAX_REPEAT_INSTANCES} entries.")
            instances = []
            for instance in value:
                if not isinstance(instance, dict) or not set(instance) <= repeats[name]:
                    raise ValidationError(name, "An entry holds answers this form does not ask.")
                instances.append({k: _text(k, v) for k, v in instance.items() if v not in ("", None)})
            cleaned[name] = instances
        elif name in top:
            if value not in ("", None):
                cleaned[name] = _text(name, value)
        else:
            raise ValidationError(name, "This form has no such question.")
    if len(canonical_json(cleaned)) > MAX_ANSWERS_BYTES:
        raise ValidationError("answers", "The answers are too large to store.")
    return cleaned


def canonical_json(document: Any) -> bytes:
    """Sorted keys, no spaces, UTF-8: the same content always gives the same bytes."""
    return json.dumps(document, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def content_hash(form_id: str, form_version: str, form_sha256: str, case_reference: str,
                 answers: dict[str, Any]) -> str:
    """SHA-256 of what a locked interview says: which form (and its exact file), which case, the answers."""
    document = {
        "form": {"id": form_id, "version": form_version, "sha256": form_sha256},
        "case": case_reference,
        "answers": answers,
    }
    return hashlib.sha256(canonical_json(document)).hexdigest()
