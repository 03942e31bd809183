"""Importing a bundle: every check first, then a preview, then the user's choices in one
transaction.

Checks, in order, all before anything is written: the file's shape and length, that it is sealed
to this vault, that its sender is a trusted peer, the signature, the payload's sizes (no bomb),
names and hashes, the manifest (sender, recipient, a sequence number above the last one imported
from that peer — a replayed or older bundle is refused), the importer's permission and level, and
every value of every case. A refusal is audited (why, from whom) and writes nothing else.

`apply` repeats all of it inside its one transaction, so a bundle previewed yesterday or a vault
changed since the preview cannot slip past a check; a conflict without a choice refuses it all.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.bundles import container, payload, schema
from desktop.bundles.container import PeerKeys
from desktop.bundles.errors import BundleRefused, Malformed, Replayed, WrongRecipient
from desktop.models import BundleLog, Case, Interview, LocalIdentity, Peer
from desktop.models.base import utcnow
from desktop.services import audit, policy
from desktop.services.audit import AuditAction
from desktop.services.errors import PermissionDenied, ValidationError
from desktop.services.user import UserSession
from desktop.storage.store import Store

from . import release as releases
from . import state as exchange_state
from .identity import require_identity
from .incoming import FormCache, clean_case
from .merge import CasePlan, compare, unresolved
from .records import FULL, CaseLoader, unit_hashes, units
from .writer import CaseWriter

Choices = Mapping[str, Mapping[str, str]]  # case uuid: unit key: "mine" or "theirs"


@dataclass(frozen=True)
class ImportPreview:
    bundle_id: str
    peer_id: int
    sender: str
    sequence: int
    created: str
    purpose: str
    level: int
    content_sha256: str
    attachments: int
    cases: tuple[CasePlan, ...]

    def count(self, status: str) -> int:
        return sum(1 for plan in self.cases if plan.status == status)

    @property
    def conflicts(self) -> int:
        return sum(len(plan.conflicts) for plan in self.cases)


@dataclass(frozen=True)
class ImportResult:
    bundle_id: str
    sender: str
    sequence: int
    created: int
    updated: int
    unchanged: int
    taken: int
    kept: int
    references: tuple[tuple[str, str], ...]  # (sender's reference, this vault's) where they differ


@dataclass
class _Opened:
    identity: LocalIdentity
    peer: Peer
    payload: payload.Payload
    records: list[dict[str, Any]] = field(default_factory=list)
    plans: list[CasePlan] = field(default_factory=list)
    forms: FormCache | None = None


class BundleImport:
    def __init__(self, store: Store, limits: payload.Limits | None = None) -> None:
        self.store = store
        self.limits = limits or payload.Limits()

    def preview(self, user: UserSession, data: bytes,
                progress: exchange_state.Progress = exchange_state.no_progress) -> ImportPreview:
        """Everything the import would do, with nothing written (a refusal is audited)."""
        try:
            with self.store.session() as db:
                opened = self._open(db, user, data, progress)
                return self._preview(opened)
        except BundleRefused as error:
            self._audit_refusal(user, error)
            raise

    def apply(self, user: UserSession, data: bytes, choices: Choices,
              progress: exchange_state.Progress = exchange_state.no_progress) -> ImportResult:
        """Check again and write the chosen merge in one transaction; all or nothing."""
        picked = {uuid: dict(units_) for uuid, units_ in choices.items()}
        try:
            with self.store.session() as db, db.begin():
                opened = self._open(db, user, data, progress)
                missing = unresolved(opened.plans, picked)
                if missing:
                    raise ValidationError("choices", f"{len(missing)} field(s) changed on both sides "
                                          "need your choice (keep yours or take theirs); nothing "
                                          "was imported. First: " + ", ".join(missing[:3]))
                return self._write(db, user, opened, picked, progress)
        except BundleRefused as error:
            self._audit_refusal(user, error)
            raise

    # -- checking -------------------------------------------------------------------------------
    def _open(self, db: Session, user: UserSession, data: bytes,
              progress: exchange_state.Progress) -> _Opened:
        progress(0, 3, "checking")
        identity, keys = require_identity(db, self.store)
        sender, plain = container.open_bundle(data, keys, lambda key_id: self._trusted(db, key_id))
        peer = db.scalars(select(Peer).where(Peer.key_id == sender.key_id)).one()
        policy.require(user.principal, releases.required_action(peer, identity.agency_id))
        opened = _Opened(identity, peer, payload.read(plain, self.limits))
        self._check_manifest(db, opened)
        level = opened.payload.manifest.level
        if user.principal.level < level:
            raise PermissionDenied(f"This bundle holds level-{level} content; a user of level "
                                   f"{level} must import it.")
        progress(1, 3, "comparing")
        self._clean(db, opened)
        self._plan(db, user, opened)
        progress(2, 3, "compared")
        return opened

    @staticmethod
    def _trusted(db: Session, key_id: str) -> PeerKeys | None:
        peer = db.scalars(select(Peer).where(Peer.key_id == key_id, Peer.active.is_(True))).first()
        return PeerKeys(peer.seal_public, peer.sign_public) if peer else None

    @staticmethod
    def _check_manifest(db: Session, opened: _Opened) -> None:
        manifest, peer = opened.payload.manifest, opened.peer
        if manifest.recipient_id != opened.identity.identity_id:
            raise WrongRecipient
        if manifest.sender_id != peer.identity_id:
            raise Malformed(["the manifest names another sender than the one who signed it"])
        if manifest.sequence <= peer.last_received_seq or db.scalar(
                select(BundleLog.id).where(BundleLog.bundle_id == manifest.bundle_id)):
            raise Replayed(None, (f"This bundle from {peer.name} is number {manifest.sequence}; "
                                  f"number {peer.last_received_seq} was already imported. Ask the "
                                  "sender for a new bundle if cases are missing.",))

    def _clean(self, db: Session, opened: _Opened) -> None:
        problems: list[str] = []
        for index, raw in enumerate(opened.payload.cases):
            problems.extend(schema.case_problems(raw, index))
        if problems:
            raise Malformed(problems)
        uuids = [raw["uuid"] for raw in opened.payload.cases]
        if len(set(uuids)) != len(uuids):
            raise Malformed(["a case appears twice"])
        known = set(db.scalars(select(Interview.uuid).join(Case, Case.id == Interview.case_id)
                               .where(Case.uuid.in_(uuids)))) if uuids else set()
        opened.forms = FormCache(db, opened.payload)
        for index, raw in enumerate(opened.payload.cases):
            try:
                opened.records.append(clean_case(raw, opened.payload, opened.forms, known))
            except ValidationError as error:
                problems.append(f"case {index + 1} ({str(raw['reference'])[:32]}): {error.field}: "
                                f"{error.message}")
        if problems:
            raise Malformed(problems)

    def _plan(self, db: Session, user: UserSession, opened: _Opened) -> None:
        uuids = [r["uuid"] for r in opened.records]
        local: dict[str, Case] = {}
        for start in range(0, len(uuids), 500):
            local.update((c.uuid, c) for c in db.scalars(
                select(Case).where(Case.uuid.in_(uuids[start:start + 500]))))
        outside = [c.reference for c in local.values()
                   if not db.scalar(select(Case.id).where(Case.id == c.id,
                                                          policy.case_scope(user.principal)))]
        if outside:
            raise PermissionDenied(f"The bundle changes {len(outside)} case(s) you may not open; a "
                                   "user whose scope reaches them must import it.")
        loader = CaseLoader(db, list(local.values()))
        bases = exchange_state.states(db, opened.peer.id, [c.id for c in local.values()])
        references = set(db.scalars(select(Case.reference).where(
            Case.reference.in_([r["reference"] for r in opened.records]))))
        for record in opened.records:
            case = local.get(record["uuid"])
            mine = units(loader.record(case, FULL)) if case is not None else None
            fields = record["fields"]
            name = f"{fields.get('given_names', '')} {fields.get('family_names', '')}".strip()
            local_reference = (case.reference if case is not None else
                               "" if record["reference"] in references else record["reference"])
            opened.plans.append(CasePlan(
                record["uuid"], record["reference"], case.id if case else None, local_reference,
                name, compare(units(record), mine, bases.get(case.id) if case else None)))

    @staticmethod
    def _preview(opened: _Opened) -> ImportPreview:
        manifest = opened.payload.manifest
        return ImportPreview(manifest.bundle_id, opened.peer.id, opened.peer.name, manifest.sequence,
                             manifest.created, manifest.purpose, manifest.level,
                             manifest.content_sha256, len(opened.payload.attachments),
                             tuple(opened.plans))

    # -- writing --------------------------------------------------------------------------------
    def _write(self, db: Session, user: UserSession, opened: _Opened, choices: dict[str, dict[str, str]],
               progress: exchange_state.Progress) -> ImportResult:
        p, peer, manifest = user.principal, opened.peer, opened.payload.manifest
        assert opened.forms is not None
        tag = f"bundle {manifest.bundle_id[:8]} #{manifest.sequence} from {peer.name}"[:150]
        writer = CaseWriter(db, self.store, user, opened.forms, opened.payload, tag,
                            opened.records)
        counts = {"NEW": 0, "UPDATE": 0, "CONFLICT": 0, "UNCHANGED": 0}
        taken = kept = 0
        total = len(opened.plans)
        work = []
        for plan, record in zip(opened.plans, opened.records, strict=True):
            counts[plan.status] += 1
            chosen = choices.get(plan.uuid, {})
            applied = plan.to_apply(chosen)
            taken += len(applied)
            kept += len(plan.changes) - len(applied)
            if plan.status != "UNCHANGED":
                work.append((plan, record, chosen))
        progress(0, total, "writing")
        written = {case.uuid: case for case in writer.write(work)}
        references: list[tuple[str, str]] = []
        exchanged = []
        for plan, record in zip(opened.plans, opened.records, strict=True):
            case = written.get(plan.uuid) or db.get(Case, plan.local_id)
            assert case is not None
            if case.reference != plan.remote_reference:
                references.append((plan.remote_reference, case.reference))
            exchanged.append((case, unit_hashes(record), record["reference"]))
        exchange_state.remember(db, peer, exchanged, manifest.sequence, "RECEIVED")
        peer.last_received_seq, peer.last_exchange_at = manifest.sequence, utcnow()
        db.add(BundleLog(bundle_id=manifest.bundle_id, direction="RECEIVED", peer_id=peer.id,
                         sequence=manifest.sequence, content_sha256=manifest.content_sha256,
                         case_count=total, created_at=utcnow(), user_id=p.user_id))
        audit.append(db, self.store, p, AuditAction.BUNDLE_RECEIVE, "bundle", manifest.bundle_id,
                     f"from {peer.name} #{manifest.sequence}; {counts['NEW']} new, "
                     f"{counts['UPDATE'] + counts['CONFLICT']} updated, {counts['UNCHANGED']} "
                     f"unchanged; {taken} part(s) taken, {kept} kept; "
                     f"sha256 {manifest.content_sha256[:16]}")
        progress(total, total, "written")
        return ImportResult(manifest.bundle_id, peer.name, manifest.sequence, counts["NEW"],
                            counts["UPDATE"] + counts["CONFLICT"], counts["UNCHANGED"], taken, kept,
                            tuple(references))

    def _audit_refusal(self, user: UserSession, error: BundleRefused) -> None:
        """A refused bundle is a security event: recorded (why, never what), nothing else."""
        try:
            with self.store.session() as db, db.begin():
                audit.append(db, self.store, user.principal, AuditAction.BUNDLE_REFUSE, "bundle", "",
                             f"refused: {error.reason}")
        except Exception:  # noqa: BLE001 - the refusal itself is what the user must see
            return
