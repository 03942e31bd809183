"""What a bundle carries, once opened: a zip, built and read in memory only (never a temporary
file), holding `manifest.json`, one `cases/<uuid>.json` per case, `attachments/<uuid>` and
`forms/<sha256>.xlsx` for the interview forms the cases use.

Reading treats the zip as hostile (P4): the number of entries, their names, methods and declared
sizes are checked before anything is decompressed; every entry is read with a bound (a lying
size ends in a CRC failure, never in unbounded memory); every entry's SHA-256 must match the
manifest, whose `content_sha256` is the hash audited on both ends.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
from dataclasses import dataclass, field, replace
from typing import Any

from .errors import Malformed, TooLarge

FORMAT = "casedesk-bundle-payload"
SCHEMA = 1
PURPOSES = ("SEND", "SYNC")
MANIFEST = "manifest.json"
_NAMES = {
    "case": re.compile(r"^cases/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.json$"),
    "attachment": re.compile(
        r"^attachments/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$"),
    "form": re.compile(r"^forms/([0-9a-f]{64})\.xlsx$"),
}
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class Limits:
    """What a bundle may hold; beyond these it is refused as too large."""

    max_entries: int = 60_000
    max_cases: int = 10_000
    max_total: int = 1024 * 2**20  # all entries, decompressed
    max_manifest: int = 8 * 2**20
    max_case: int = 8 * 2**20  # one case's JSON (interview answers included)
    max_attachment: int = 20 * 2**20  # as for attachments added by hand
    max_form: int = 5 * 2**20

    def for_kind(self, kind: str) -> int:
        return {"manifest": self.max_manifest, "case": self.max_case,
                "attachment": self.max_attachment, "form": self.max_form}[kind]


@dataclass(frozen=True)
class Manifest:
    bundle_id: str
    sender_id: str
    sender_name: str
    recipient_id: str
    recipient_name: str
    sequence: int
    created: str
    purpose: str
    level: int
    case_count: int
    content_sha256: str
    entries: dict[str, str] = field(default_factory=dict)  # entry name: SHA-256

    def document(self) -> dict[str, Any]:
        return {"format": FORMAT, "schema": SCHEMA, "bundle_id": self.bundle_id,
                "sender": {"id": self.sender_id, "name": self.sender_name},
                "recipient": {"id": self.recipient_id, "name": self.recipient_name},
                "sequence": self.sequence, "created": self.created, "purpose": self.purpose,
                "level": self.level, "cases": self.case_count,
                "content_sha256": self.content_sha256, "entries": self.entries}


@dataclass(frozen=True)
class Payload:
    manifest: Manifest
    cases: tuple[dict[str, Any], ...]
    attachments: dict[str, bytes]  # attachment uuid: bytes
    forms: dict[str, bytes]  # SHA-256 of the form file: bytes


def canonical(document: Any) -> bytes:
    return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def content_hash(entries: dict[str, str]) -> str:
    """One hash for everything a bundle carries: over the sorted table of entry hashes."""
    return hashlib.sha256(canonical(sorted(entries.items()))).hexdigest()


def build(head: Manifest, cases: list[dict[str, Any]], attachments: dict[str, bytes],
          forms: dict[str, bytes]) -> tuple[bytes, Manifest]:
    """The zip of a bundle; `head` gives everything but the entries and content hash."""
    files: list[tuple[str, bytes, int]] = []
    for case in cases:
        files.append((f"cases/{case['uuid']}.json", canonical(case), zipfile.ZIP_DEFLATED))
    for name, data in sorted(attachments.items()):
        files.append((f"attachments/{name}", data, zipfile.ZIP_STORED))
    for digest, data in sorted(forms.items()):
        files.append((f"forms/{digest}.xlsx", data, zipfile.ZIP_STORED))
    entries = {name: hashlib.sha256(data).hexdigest() for name, data, _ in files}
    manifest = replace(head, entries=entries, content_sha256=content_hash(entries),
                       case_count=len(cases))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data, method in [(MANIFEST, canonical(manifest.document()), zipfile.ZIP_DEFLATED),
                                   *files]:
            info = zipfile.ZipInfo(name, _FIXED_TIME)
            info.compress_type = method
            archive.writestr(info, data, compresslevel=6 if method == zipfile.ZIP_DEFLATED else None)
    return buffer.getvalue(), manifest


def _kind(name: str) -> tuple[str, str]:
    if name == MANIFEST:
        return "manifest", ""
    for kind, pattern in _NAMES.items():
        match = pattern.match(name)
        if match:
            return kind, match.group(1)
    raise Malformed(["an entry has an unexpected name"])


def _check_listing(archive: zipfile.ZipFile, size: int, limits: Limits) -> list[zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > limits.max_entries:
        raise TooLarge(None, (f"more than {limits.max_entries:,} entries",))
    names = [info.filename for info in infos]
    if len(set(names)) != len(names):
        raise Malformed(["an entry appears twice"])
    if MANIFEST not in names:
        raise Malformed(["the manifest is missing"])
    declared = 0
    for info in infos:
        kind, _ = _kind(info.filename)
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED) or info.flag_bits & 1:
            raise Malformed(["an entry uses an unsupported compression or encryption"])
        if info.file_size > limits.for_kind(kind):
            raise TooLarge(None, (f"an entry would expand to {info.file_size:,} bytes, more than "
                                  f"the {limits.for_kind(kind):,} allowed",))
        declared += info.file_size
    if declared > limits.max_total:
        raise TooLarge(None, (f"the bundle would expand to {declared:,} bytes, more than the "
                              f"{limits.max_total:,} allowed",))
    if sum(info.compress_size for info in infos) > size:
        raise Malformed(["entries overlap inside the archive"])
    return infos


def _read_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    try:
        with archive.open(info) as handle:
            data = handle.read(limit + 1)
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, RuntimeError) as exc:
        # zipfile stops at the declared size: an entry that expands beyond it fails its CRC here
        raise Malformed(["an entry is damaged or expands beyond its declared size"]) from exc
    except Exception as exc:  # zlib.error and the like: a hostile stream, never a crash
        raise Malformed(["an entry is damaged"]) from exc
    if len(data) > limit:
        raise TooLarge(None, (f"an entry expands beyond {limit:,} bytes",))
    return data


def _json(data: bytes, what: str) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise Malformed([f"{what} is not valid JSON"]) from None


def _manifest(document: Any) -> Manifest:
    problems: list[str] = []

    def get(container: Any, key: str, kind: type, limit: int = 200) -> Any:
        value = container.get(key) if isinstance(container, dict) else None
        if not isinstance(value, kind) or isinstance(value, bool) and kind is int or (
                isinstance(value, str) and len(value) > limit):
            problems.append(f"manifest field '{key}' is missing or invalid")
            return kind()
        return value

    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise Malformed(["the manifest is not a CaseDesk bundle manifest"])
    if document.get("schema") != SCHEMA:
        raise Malformed([f"the bundle uses content schema {document.get('schema')!r}, this CaseDesk "
                         f"reads schema {SCHEMA}; update the older of the two"])
    sender, recipient = get(document, "sender", dict), get(document, "recipient", dict)
    entries = get(document, "entries", dict)
    manifest = Manifest(
        get(document, "bundle_id", str, 36), get(sender, "id", str, 36), get(sender, "name", str),
        get(recipient, "id", str, 36), get(recipient, "name", str), get(document, "sequence", int),
        get(document, "created", str, 40), get(document, "purpose", str, 8),
        get(document, "level", int), get(document, "cases", int),
        get(document, "content_sha256", str, 64),
        {str(k): str(v) for k, v in entries.items()} if isinstance(entries, dict) else {})
    if manifest.purpose not in PURPOSES:
        problems.append("manifest field 'purpose' is invalid")
    if manifest.level not in (1, 2, 3) or manifest.sequence < 1:
        problems.append("manifest level or sequence is out of range")
    if problems:
        raise Malformed(problems)
    return manifest


def read(data: bytes, limits: Limits | None = None) -> Payload:
    """Open a payload zip; refuses bombs, odd names, missing or extra entries, wrong hashes."""
    limits = limits or Limits()
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise Malformed(["the content is not a readable archive"]) from exc
    with archive:
        infos = _check_listing(archive, len(data), limits)
        by_name = {info.filename: info for info in infos}
        manifest = _manifest(_json(_read_entry(archive, by_name.pop(MANIFEST), limits.max_manifest),
                                   "the manifest"))
        if set(by_name) != set(manifest.entries):
            raise Malformed(["the entries differ from those the manifest lists"])
        if content_hash(manifest.entries) != manifest.content_sha256:
            raise Malformed(["the manifest's content hash does not match its entries"])
        cases: list[dict[str, Any]] = []
        attachments: dict[str, bytes] = {}
        forms: dict[str, bytes] = {}
        for name, info in sorted(by_name.items()):
            kind, key = _kind(name)
            content = _read_entry(archive, info, limits.for_kind(kind))
            if hashlib.sha256(content).hexdigest() != manifest.entries[name]:
                raise Malformed(["an entry does not match its hash in the manifest"])
            if kind == "case":
                case = _json(content, "a case")
                if not isinstance(case, dict) or case.get("uuid") != key:
                    raise Malformed(["a case entry does not match its name"])
                cases.append(case)
            elif kind == "attachment":
                attachments[key] = content
            else:
                if hashlib.sha256(content).hexdigest() != key:
                    raise Malformed(["a form file does not match its name"])
                forms[key] = content
    if len(cases) != manifest.case_count or len(cases) > limits.max_cases:
        raise Malformed(["the number of cases differs from the manifest"])
    return Payload(manifest, tuple(cases), attachments, forms)
