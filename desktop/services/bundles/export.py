"""Sending cases to a peer: a `.cdbundle` sealed to it and signed by this vault.

The sender must have the cases in scope and have entered their password recently (U2: the
cases leave the vault). What travels is capped at the lower of the sender's and the peer's level;
for a partner it is also minimised to the recipient type's sections and gated by consent, as a
referral is. The file is written before the transaction commits, so a failed write changes
nothing (the sequence number is not used up, no state is recorded), and every case that left is
audited with the bundle, its peer and its content hash.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.bundles import container, payload
from desktop.bundles.container import PeerKeys
from desktop.models import (
    Attachment,
    AttachmentBlob,
    BundleLog,
    Case,
    ConsentRecord,
    FormDefinition,
    Peer,
    vocab,
)
from desktop.models.base import new_uuid, utcnow
from desktop.services import audit, policy
from desktop.services.audit import AuditAction
from desktop.services.errors import NotFound, ValidationError
from desktop.services.user import UserSession
from desktop.storage.store import Store

from . import release as releases
from . import state as exchange_state
from .identity import require_identity
from .records import CaseLoader, Release, unit_hashes


@dataclass(frozen=True)
class SendResult:
    path: Path | None  # None when nothing had changed (a synchronisation with nothing to send)
    bundle_id: str
    sequence: int
    cases: int
    attachments: int
    interviews: int
    content_sha256: str
    size: int
    unchanged: int


@dataclass(frozen=True)
class ReleaseInfo:
    """What a bundle to this peer would carry, for the Send dialog to show before sending."""

    internal: bool
    recipient_type: str
    level: int
    default_sections: tuple[str, ...]
    allowed_sections: tuple[str, ...]  # release sections within the level


@dataclass(frozen=True)
class SendRequest:
    peer_id: int
    case_ids: tuple[int, ...]
    destination: Path  # a file, or a folder to name the file in
    sections: tuple[str, ...] | None = None  # partners: None takes the recipient type's default
    restricted_confirmed: bool = False
    only_changed: bool = False  # synchronisation: skip cases the peer already has as they are
    purpose: str = "SEND"


def bundle_name(sender_key: str, recipient_key: str, sequence: int) -> str:
    return f"{sender_key[:8]}-to-{recipient_key[:8]}-{sequence:06d}{container.FILE_SUFFIX}"


def write_private(path: Path, data: bytes) -> None:
    """Write beside the target, fsync, rename: a removed stick leaves no half bundle."""
    partial = path.with_name(path.name + ".part")
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
    descriptor = os.open(partial, flags, 0o600)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise


def _blobs(db: Session, records: list[dict[str, Any]]) -> dict[str, bytes]:
    wanted = [a["uuid"] for r in records for a in r.get("attachments", ())]
    found: dict[str, bytes] = {}
    for start in range(0, len(wanted), 500):
        rows = db.execute(select(Attachment.uuid, AttachmentBlob.content)
                          .join(AttachmentBlob, AttachmentBlob.attachment_id == Attachment.id)
                          .where(Attachment.uuid.in_(wanted[start:start + 500])))
        found.update((uuid, bytes(content)) for uuid, content in rows)
    return found


class BundleExport:
    def __init__(self, store: Store) -> None:
        self.store = store

    def release_info(self, user: UserSession, peer_id: int) -> ReleaseInfo:
        with self.store.session() as db:
            identity, _ = require_identity(db, self.store)
            peer = db.get(Peer, peer_id)
            if peer is None or not peer.active:
                raise NotFound("This peer is not trusted by this vault.")
            release = releases.release_for(db, user, peer, identity.agency_id, None, True)
            kind = releases.recipient_type(db, peer)
        allowed = tuple(c for c, level in vocab.RELEASE_SECTIONS.items()
                        if level <= release.level and c != "INTERVIEW")
        return ReleaseInfo(release.internal, kind, release.level,
                           tuple(c for c in allowed if c in release.sections), allowed)

    def case_ids(self, user: UserSession, references: list[str]) -> tuple[int, ...]:
        """The ids of cases named by reference, each within the user's scope."""
        wanted = [r.strip().upper() for r in references if r.strip()]
        with self.store.session() as db:
            found: dict[str, int] = {ref: i for ref, i in db.execute(select(Case.reference, Case.id).where(
                Case.reference.in_(wanted), policy.case_scope(user.principal)))}
        missing = [r for r in wanted if r not in found]
        if missing:
            raise ValidationError("cases", "No case you may open has the reference "
                                  + ", ".join(missing[:5]) + "; nothing was sent.")
        return tuple(found[r] for r in wanted)

    def send(self, user: UserSession, request: SendRequest,
             progress: exchange_state.Progress = exchange_state.no_progress) -> SendResult:
        p = user.principal
        policy.require_recent_authentication(user.authenticated_at)
        if not request.case_ids and not request.only_changed:
            raise ValidationError("cases", "Choose at least one case to send.")
        written: Path | None = None
        try:
            with self.store.session() as db, db.begin():
                identity, keys = require_identity(db, self.store)
                peer = db.get(Peer, request.peer_id)
                if peer is None or not peer.active:
                    raise NotFound("This peer is not trusted by this vault.")
                policy.require(p, releases.required_action(peer, identity.agency_id))
                release = releases.release_for(db, user, peer, identity.agency_id,
                                               request.sections, request.restricted_confirmed)
                progress(0, len(request.case_ids), "reading")
                cases = releases.cases_in_scope(db, p, list(request.case_ids))
                records, unchanged = self._records(db, peer, cases, release, request.only_changed)
                if not records:
                    return SendResult(None, "", peer.last_sent_seq, 0, 0, 0, "", 0, unchanged)
                progress(len(records), len(request.case_ids), "sealing")
                result = self._seal(db, user, identity, keys, peer, release, records, request)
                written = result.path
                progress(len(records), len(request.case_ids), "written")
                return replace(result, unchanged=unchanged)
        except BaseException:
            if written is not None:  # the commit failed after the file was written
                with contextlib.suppress(OSError):
                    written.unlink()
            raise

    @staticmethod
    def _records(db: Session, peer: Peer, cases: list[Case], release: Release,
                 only_changed: bool) -> tuple[list[tuple[Case, dict[str, Any], dict[str, str]]], int]:
        consents: dict[int, ConsentRecord] = {}
        if not release.internal:
            consents, problems = releases.covering_consents(
                db, cases, releases.recipient_type(db, peer), release)
            if problems:
                raise ValidationError("consent", f"{len(problems)} case(s) cannot be released to "
                                      f"{peer.name}; nothing was sent. " + " | ".join(problems[:5]))
        loader = CaseLoader(db, cases)
        bases = exchange_state.states(db, peer.id, [c.id for c in cases]) if only_changed else {}
        records, unchanged = [], 0
        for case in cases:
            record = loader.record(case, release, consents.get(case.id))
            hashes = unit_hashes(record)
            if only_changed and not exchange_state.changed_since(hashes, bases.get(case.id)):
                unchanged += 1
                continue
            records.append((case, record, hashes))
        return records, unchanged

    def _seal(self, db: Session, user: UserSession, identity: Any, keys: Any, peer: Peer,
              release: Release, records: list[tuple[Case, dict[str, Any], dict[str, str]]],
              request: SendRequest) -> SendResult:
        p = user.principal
        bodies = [record for _, record, _ in records]
        blobs = _blobs(db, bodies)
        forms = _form_sources(db, bodies)
        sequence = peer.last_sent_seq + 1
        head = payload.Manifest(
            bundle_id=new_uuid(), sender_id=identity.identity_id, sender_name=identity.name,
            recipient_id=peer.identity_id, recipient_name=peer.name, sequence=sequence,
            created=exchange_state.stamp(), purpose=request.purpose, level=release.level,
            case_count=len(bodies), content_sha256="")
        zipped, manifest = payload.build(head, bodies, blobs, forms)
        data = container.seal(zipped, keys, PeerKeys(peer.seal_public, peer.sign_public))
        target = request.destination
        if target.is_dir():
            target = target / bundle_name(PeerKeys(keys.seal_public, keys.sign_public).key_id,
                                          peer.key_id, sequence)
        write_private(target, data)
        peer.last_sent_seq, peer.last_exchange_at = sequence, utcnow()
        tag = f"bundle {manifest.bundle_id[:8]} #{sequence} to {peer.name}"[:150]
        exchange_state.remember(db, peer, [(case, hashes, None) for case, _, hashes in records],
                                sequence, "SENT")
        audit.append_many(db, self.store, p, AuditAction.EXPORT, "case",
                          [(case.id, tag) for case, _, _ in records])
        db.add(BundleLog(bundle_id=manifest.bundle_id, direction="SENT", peer_id=peer.id,
                         sequence=sequence, content_sha256=manifest.content_sha256,
                         case_count=len(bodies), created_at=utcnow(), user_id=p.user_id))
        interviews = sum(len(r.get("interviews", ())) for r in bodies)
        audit.append(db, self.store, p, AuditAction.BUNDLE_SEND, "bundle", manifest.bundle_id,
                     f"to {peer.name} #{sequence}; {len(bodies)} cases, {len(blobs)} attachments, "
                     f"{interviews} interviews; level {release.level}; "
                     f"sha256 {manifest.content_sha256[:16]}")
        return SendResult(target, manifest.bundle_id, sequence, len(bodies), len(blobs), interviews,
                          manifest.content_sha256, len(data), 0)


def _form_sources(db: Session, records: list[dict[str, Any]]) -> dict[str, bytes]:
    """The form files the records' interviews were filled with, by SHA-256."""
    wanted = sorted({i["form_sha256"] for r in records for i in r.get("interviews", ())})
    if not wanted:
        return {}
    return {d.source_sha256: bytes(d.source) for d in db.scalars(
        select(FormDefinition).where(FormDefinition.source_sha256.in_(wanted)))}
