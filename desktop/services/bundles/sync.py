"""Field mode: one "Synchronise" over a folder (a USB stick) or a single bundle file.

A tablet set up for field work under an office imports, in order, the office's bundles addressed
to it that are newer than the last one imported, then writes one bundle back with every case in
its user's scope that changed since the last exchange (new cases, interviews, attachments). The
office does the same with a field tablet: it imports the tablet's bundles and sends back the cases
owned by or assigned to the tablet's user. Bundles already imported (or older) are skipped without
a word; any other refusal is reported and the rest goes on. Conflicts stop the run at that bundle
so the user can choose, then the run continues where it stopped.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import or_, select

from desktop.bundles import container
from desktop.bundles.container import PeerKeys
from desktop.bundles.errors import BundleRefused, Replayed
from desktop.models import Case, CaseAssignment, Peer
from desktop.services import policy
from desktop.services.errors import NotFound, ValidationError
from desktop.services.user import UserSession
from desktop.storage.store import Store

from . import state as exchange_state
from .export import BundleExport, SendRequest, SendResult
from .identity import local_identity, require_identity
from .importer import BundleImport, ImportPreview, ImportResult

MAX_FILES = 200


@dataclass(frozen=True)
class Skipped:
    file: str
    reason: str


@dataclass(frozen=True)
class SyncResult:
    peer_name: str
    imported: tuple[ImportResult, ...]
    skipped: tuple[Skipped, ...]
    sent: SendResult | None
    needs_choices: ImportPreview | None = None  # the run stopped: the user chooses, then runs again
    pending_file: str = ""


class SyncService:
    def __init__(self, store: Store, export: BundleExport | None = None,
                 imports: BundleImport | None = None) -> None:
        self.store = store
        self.export = export or BundleExport(store)
        self.imports = imports or BundleImport(store)

    def partner(self, user: UserSession, peer_id: int | None = None) -> int:
        """The peer to synchronise with: this tablet's office, or a field tablet at the office."""
        with self.store.session() as db:
            identity = local_identity(db)
            if peer_id is None:
                if identity is None or identity.field_office_id is None:
                    raise ValidationError("peer", "This vault is not set up for field work; "
                                          "choose the field tablet to synchronise with.")
                peer_id = identity.field_office_id
            peer = db.get(Peer, peer_id)
            if peer is None or not peer.active:
                raise NotFound("This peer is not trusted by this vault.")
            field_office = identity is not None and identity.field_office_id == peer.id
            if not field_office and peer.kind != "FIELD":
                raise ValidationError("peer", "Synchronise works between an office and its field "
                                      "tablets; use Send to… for other peers.")
            return peer.id

    def run(self, user: UserSession, location: Path, peer_id: int | None = None,
            choices: Mapping[str, Mapping[str, Mapping[str, str]]] | None = None,
            progress: exchange_state.Progress = exchange_state.no_progress) -> SyncResult:
        """Import what the peer left in `location`, then leave this vault's changes there.
        `choices` are by bundle id, then as for `BundleImport.apply`."""
        peer_id = self.partner(user, peer_id)
        folder = location if location.is_dir() else location.parent
        files = self._incoming(location, peer_id)
        imported: list[ImportResult] = []
        skipped: list[Skipped] = []
        pending = self._ordered(user, files, skipped, progress)
        for number, (path, data, preview) in enumerate(pending):
            progress(number, len(pending) + 1, "importing")
            chosen = (choices or {}).get(preview.bundle_id, {})
            if preview.conflicts and not all(
                    c.key in chosen.get(plan.uuid, {}) for plan in preview.cases
                    for c in plan.conflicts):
                return SyncResult(preview.sender, tuple(imported), tuple(skipped), None, preview,
                                  path.name)
            imported.append(self.imports.apply(user, data, chosen))
        progress(len(pending), len(pending) + 1, "sending")
        sent = self.export.send(user, SendRequest(
            peer_id, tuple(self._outgoing(user, peer_id)), folder, only_changed=True,
            purpose="SYNC"))
        progress(len(pending) + 1, len(pending) + 1, "done")
        with self.store.session() as db:
            peer = db.get(Peer, peer_id)
            name = peer.name if peer else ""
        return SyncResult(name, tuple(imported), tuple(skipped), sent)

    def _incoming(self, location: Path, peer_id: int) -> list[Path]:
        """Bundle files from this peer to this vault, by their clear headers only."""
        with self.store.session() as db:
            _identity, keys = require_identity(db, self.store)
            peer = db.get(Peer, peer_id)
            assert peer is not None
            mine = PeerKeys(keys.seal_public, keys.sign_public).key_id
            theirs = peer.key_id
        candidates = ([location] if location.is_file() else
                      sorted(location.glob(f"*{container.FILE_SUFFIX}"))[:MAX_FILES])
        found = []
        for path in candidates:
            try:
                with open(path, "rb") as handle:
                    header = container.peek_header(handle.read(container.HEAD_BYTES))
            except (OSError, BundleRefused):
                continue
            if header.recipient == mine and header.sender == theirs:
                found.append(path)
        return found

    def _ordered(self, user: UserSession, files: list[Path], skipped: list[Skipped],
                 progress: exchange_state.Progress) -> list[tuple[Path, bytes, ImportPreview]]:
        """Preview each file (every check runs); drop those already imported; oldest first."""
        ready = []
        for number, path in enumerate(files):
            progress(number, len(files), "checking")
            try:
                data = path.read_bytes()
                ready.append((path, data, self.imports.preview(user, data)))
            except Replayed:
                continue
            except BundleRefused as error:
                skipped.append(Skipped(path.name, error.explained))
            except OSError:
                skipped.append(Skipped(path.name, "The file could not be read."))
        return sorted(ready, key=lambda item: item[2].sequence)

    def _outgoing(self, user: UserSession, peer_id: int) -> list[int]:
        """The cases this run offers the peer (only those changed since are sent)."""
        p = user.principal
        with self.store.session() as db:
            peer = db.get(Peer, peer_id)
            query = select(Case.id).where(policy.case_scope(p))
            if peer is not None and peer.kind == "FIELD":
                field_user = peer.field_user_id or -1
                query = query.where(or_(Case.owner_id == field_user, Case.id.in_(
                    select(CaseAssignment.case_id).where(CaseAssignment.user_id == field_user))))
            return list(db.scalars(query.order_by(Case.id)))

