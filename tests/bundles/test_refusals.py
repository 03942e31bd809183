"""Hostile and damaged bundles (P4): each is refused with a clear message and nothing is written.

The attacker here is realistic: someone who changes bytes of a file on a USB stick, a vault that
is not trusted, and a trusted peer that turned malicious (it holds its own keys and signs what it
likes: replays, decompression bombs, malformed content).
"""

from __future__ import annotations

import io
import json
import struct
import zipfile
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import inspect, select, text

from desktop.bundles import container, payload
from desktop.bundles.errors import (
    BadSignature,
    BundleRefused,
    Malformed,
    NotABundle,
    Replayed,
    TooLarge,
    Truncated,
    UnknownSender,
    WrongRecipient,
)
from desktop.bundles.identity import IdentityKeys
from desktop.models import LocalIdentity, Peer
from desktop.models.base import new_uuid
from desktop.services import audit
from desktop.services.bundles.identity import SECRET_NAME
from desktop.services.bundles.importer import BundleImport

from ..views.case_world import PDF
from .conftest import Exchange
from .world import Site


def keys_of(site: Site) -> IdentityKeys:
    with site.desk.vault.session() as db:
        return IdentityKeys.from_secret(site.desk.vault.secrets.read(db, SECRET_NAME) or b"")


def public_of(site: Site) -> tuple[str, str, container.PeerKeys]:
    with site.desk.vault.session() as db:
        me = db.scalars(select(LocalIdentity)).one()
        return me.identity_id, me.name, container.PeerKeys(me.seal_public, me.sign_public)


def opened_cases(site: Site, data: bytes) -> list[dict[str, Any]]:
    """The cases inside a bundle addressed to `site` (read with its keys)."""
    with site.desk.vault.session() as db:
        peers = {p.key_id: container.PeerKeys(p.seal_public, p.sign_public)
                 for p in db.scalars(select(Peer))}
    _, plain = container.open_bundle(data, keys_of(site), peers.get)
    return [json.loads(json.dumps(c)) for c in payload.read(plain).cases]


def forge(sender: Site, recipient: Site, cases: list[dict[str, Any]], sequence: int, *,
          level: int = 3, attachments: dict[str, bytes] | None = None,
          zipped: bytes | None = None) -> bytes:
    """A bundle made and signed by `sender` with its real keys: whatever a malicious peer likes."""
    sender_id, sender_name, _ = public_of(sender)
    recipient_id, recipient_name, recipient_keys = public_of(recipient)
    if zipped is None:
        head = payload.Manifest(new_uuid(), sender_id, sender_name, recipient_id, recipient_name,
                                sequence, "2026-11-24T10:00:00-06:00", "SEND", level, 0, "")
        zipped, _ = payload.build(head, cases, attachments or {}, {})
    return container.seal(zipped, keys_of(sender), recipient_keys)


def snapshot(site: Site) -> dict[str, Any]:
    """Every row of every table but the audit trail (a refusal is audited, nothing else)."""
    with site.desk.vault.engine.connect() as connection:
        tables = [t for t in inspect(connection).get_table_names()
                  if t not in ("audit_entries", "alembic_version") and not t.startswith("case_search")]
        return {t: connection.execute(text(f"SELECT * FROM {t}")).fetchall() for t in sorted(tables)}


def flip(data: bytes, offset: int) -> bytes:
    return data[:offset] + bytes([data[offset] ^ 0x01]) + data[offset + 1:]


def zip_of(entries: list[tuple[str, bytes]], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries:
            archive.writestr(zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0)), data, compress_type=method)
    return buffer.getvalue()


def lying_zip(name: str, real: bytes, claimed: int) -> bytes:
    """A zip whose headers claim `claimed` bytes for an entry that inflates to far more."""
    data = bytearray(zip_of([(name, real)]))
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):  # uncompressed size
        struct.pack_into("<I", data, data.find(signature) + offset, claimed)
    return bytes(data)


def manifest_for(sender: Site, recipient: Site, sequence: int,
                 entries: dict[str, str]) -> bytes:
    sender_id, sender_name, _ = public_of(sender)
    recipient_id, recipient_name, _ = public_of(recipient)
    head = payload.Manifest(new_uuid(), sender_id, sender_name, recipient_id, recipient_name,
                            sequence, "2026-11-24T10:00:00-06:00", "SEND", 3, 0,
                            payload.content_hash(entries), entries)
    return payload.canonical(head.document())


def test_damaged_foreign_replayed_and_hostile_bundles_are_refused_and_nothing_is_written(
        exchange: Exchange, partner: Site) -> None:
    office, tablet, seeded = exchange.office, exchange.tablet, exchange.seeded
    carmen = tablet.session("carmen")
    good = office.send("carmen", tablet, [seeded.garcia.id], exchange.folder).path.read_bytes()
    template = opened_cases(tablet, good)[0]
    partner.trust(tablet, "PARTNER", 3)
    office.trust(partner, "PARTNER", 3)
    to_partner = office.send("carmen", partner, [seeded.garcia.id], exchange.folder,
                             sections=("NEEDS",)).path.read_bytes()
    ciphertext_at = len(good) // 2
    bomb_zeros = b"\0" * (64 * 2**20)  # an "attachment" of 64 MiB: limit 20 MiB
    attachment_name = f"attachments/{new_uuid()}"

    def case_with(**changes: Any) -> list[dict[str, Any]]:
        return [{**json.loads(json.dumps(template)), **changes}]

    attacks: list[tuple[str, Callable[[], bytes], type[BundleRefused], str]] = [
        ("flipped byte in the ciphertext", lambda: flip(good, ciphertext_at), BadSignature,
         "changed or damaged after the sender signed it"),
        ("flipped byte in the signature", lambda: flip(good, len(good) - 5), BadSignature,
         "signature does not match"),
        ("flipped byte in the header", lambda: flip(good, 40), BundleRefused, "nothing was imported"),
        ("not a bundle", lambda: b"PK\x03\x04 this is a zip, not a bundle", NotABundle,
         "not a CaseDesk bundle"),
        ("wrong recipient", lambda: to_partner, WrongRecipient, "sealed to another vault"),
        ("unknown sender", lambda: forge(partner, tablet, case_with(), 1), UnknownSender,
         "not among the trusted peers"),
        ("truncated at the end", lambda: good[:-10], Truncated, "incomplete"),
        ("truncated in half", lambda: good[:len(good) // 2], Truncated, "incomplete"),
        ("truncated to its start", lambda: good[:12], Truncated, "incomplete"),
        ("a zip bomb entry", lambda: forge(office, tablet, [], 2, zipped=zip_of([
            ("manifest.json", b"{}"), (attachment_name, bomb_zeros)])), TooLarge,
         "decompression bomb"),
        ("an entry lying about its size", lambda: forge(office, tablet, [], 2, zipped=lying_zip(
            "manifest.json", b" " * (32 * 2**20), 100)), Malformed, "expands beyond"),
        ("content that is not a zip", lambda: forge(office, tablet, [], 2, zipped=b"\x00" * 500),
         Malformed, "not a readable archive"),
        ("entries the manifest does not list", lambda: forge(office, tablet, [], 2, zipped=zip_of([
            ("manifest.json", manifest_for(office, tablet, 2, {})),
            (f"cases/{template['uuid']}.json", b"{}")])), Malformed, "differ from those"),
        ("an unexpected entry name", lambda: forge(office, tablet, [], 2, zipped=zip_of([
            ("manifest.json", b"{}"), ("../../etc/passwd", b"x")])), Malformed, "unexpected name"),
        ("a case that is not JSON", lambda: forge(office, tablet, [], 2, zipped=zip_of([
            ("manifest.json", manifest_for(office, tablet, 2, {
                f"cases/{template['uuid']}.json": payload.hashlib.sha256(b"{oops").hexdigest()})),
            (f"cases/{template['uuid']}.json", b"{oops")])), Malformed, "not valid JSON"),
        ("a value outside its list", lambda: forge(office, tablet, case_with(
            fields={**template["fields"], "sex": "ROBOT"}), 2), Malformed, "sex: Choose a value"),
        ("markup and control characters", lambda: forge(office, tablet, case_with(
            fields={**template["fields"], "given_names": "Ana\x07<script>"}), 2), Malformed,
         "control characters"),
        ("a part this version does not know", lambda: forge(office, tablet, case_with(
            records={"secrets": []}), 2), Malformed, "section this version does not know"),
        ("a record without a uuid", lambda: forge(office, tablet, case_with(
            records={"notes": [{"text": "x", "level": 1}]}), 2), Malformed, "without a valid uuid"),
        ("content above the bundle's level", lambda: forge(office, tablet, case_with(), 2, level=1),
         Malformed, "above"),
        ("an attachment that is not what it claims", lambda: forge(office, tablet, case_with(), 2,
            attachments={template["attachments"][0]["uuid"]: PDF[:-2] + b"X\n"}), Malformed,
         "does not match its SHA-256"),
    ]
    before = snapshot(tablet)
    for name, make, error, message in attacks:
        with pytest.raises(error) as refused:
            tablet.imports.preview(carmen, make())
        assert message in refused.value.explained, (name, refused.value.explained)
        with pytest.raises(error):
            tablet.imports.apply(carmen, make(), {})
        assert snapshot(tablet) == before, name

    # a replay and an older bundle, after a good one was imported
    tablet.imports.apply(carmen, good, {})
    imported = snapshot(tablet)
    with pytest.raises(Replayed, match="already imported"):
        tablet.imports.apply(carmen, good, {})
    newer = office.send("carmen", tablet, [seeded.garcia.id], exchange.folder).path.read_bytes()
    newest = office.send("carmen", tablet, [seeded.lopez.id], exchange.folder).path.read_bytes()
    tablet.imports.apply(carmen, newest, {})
    after_newest = snapshot(tablet)
    with pytest.raises(Replayed) as replayed:
        tablet.imports.apply(carmen, newer, {})
    assert "is number 2; number 3 was already imported" in replayed.value.explained
    assert snapshot(tablet) == after_newest != imported
    # a peer that is no longer trusted
    tablet.identity.update_peer(tablet.admin, tablet.peer_id(office), active=False)
    distrusted = snapshot(tablet)
    late = office.send("carmen", tablet, [seeded.lopez.id], exchange.folder).path.read_bytes()
    with pytest.raises(UnknownSender):
        tablet.imports.apply(carmen, late, {})
    assert snapshot(tablet) == distrusted
    with tablet.desk.vault.session() as db:
        reasons = [e.detail for e in audit.entries(db, action="bundle.refuse", limit=5000)]
    assert len(reasons) >= 2 * len(attacks) + 2
    assert {"refused: signature", "refused: recipient", "refused: sender", "refused: truncated",
            "refused: size", "refused: malformed", "refused: replay"} <= set(reasons)


def test_a_bomb_of_many_honest_entries_is_refused_by_the_total_size(exchange: Exchange) -> None:
    office, tablet = exchange.office, exchange.tablet
    entries = [(f"attachments/{new_uuid()}", b"\0" * (3 * 2**20)) for _ in range(4)]
    bundle = forge(office, tablet, [], 1, zipped=zip_of([("manifest.json", b"{}"), *entries]))
    small = BundleImport(tablet.desk.vault, payload.Limits(max_total=8 * 2**20))
    before = snapshot(tablet)
    with pytest.raises(TooLarge) as refused:
        small.preview(tablet.session("carmen"), bundle)
    assert "would expand to 12,582,9" in refused.value.explained
    assert snapshot(tablet) == before
