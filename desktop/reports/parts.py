"""The plain parts of a document that the services assemble before any PDF is drawn.

Kept apart from `document.py` so that a service can describe a document without loading
ReportLab: that happens when the PDF is built.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any


def content_digest(content: Any) -> str:
    """SHA-256 of the document's data in canonical JSON, printed so a copy can be checked later."""
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class DocSection:
    """A titled part of a document: label/value fields, then an optional table, then a note."""

    title: str
    fields: tuple[tuple[str, str], ...] = ()
    headers: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()
    widths: tuple[float, ...] = ()  # relative column widths of the table
    note: str = ""
