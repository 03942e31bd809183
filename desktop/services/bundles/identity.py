"""This vault's exchange identity and the peers it trusts (administrators, `peers.manage`).

The identity is made once: a random X25519 and Ed25519 pair whose private half goes into the
backend's secret store (on SQLCipher: inside the encrypted database, never in a file) and whose
public half is exported as a self-signed file and printed on a sheet. A peer is trusted only after
the administrator confirms its fingerprint; OFFICE and FIELD peers are vaults of this vault's own
organisation, PARTNER peers are other organisations (consent gate and minimisation apply).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.bundles import identity as card
from desktop.bundles.errors import IdentityFileInvalid
from desktop.bundles.identity import IdentityKeys, PublicIdentity
from desktop.models import Agency, LocalIdentity, Peer, User
from desktop.models.base import utcnow
from desktop.models.bundles import INTERNAL_KINDS, PEER_KINDS
from desktop.models.seed import Action
from desktop.reports.identity_sheet import IdentitySheet, identity_sheet_pdf
from desktop.services import audit, policy
from desktop.services.audit import AuditAction
from desktop.services.cases import validation as check
from desktop.services.errors import NotFound, PermissionDenied, ValidationError
from desktop.services.user import UserSession
from desktop.storage.store import Store

SECRET_NAME = "exchange.identity"
EXCHANGE_ACTIONS = (Action.PEERS_MANAGE, Action.BUNDLE_SYNC, Action.BUNDLE_SEND)


@dataclass(frozen=True)
class IdentityInfo:
    identity_id: str
    name: str
    organisation_code: str
    organisation_name: str
    fingerprint: str
    key_id: str
    created_at: datetime
    field_office_id: int | None
    field_office_name: str


@dataclass(frozen=True)
class PeerInfo:
    id: int
    identity_id: str
    name: str
    organisation_code: str
    organisation_name: str
    kind: str
    level: int
    fingerprint: str
    field_user: str
    active: bool
    added_at: datetime
    last_sent_seq: int
    last_received_seq: int
    last_exchange_at: datetime | None

    @property
    def internal(self) -> bool:
        return self.kind in INTERNAL_KINDS


@dataclass(frozen=True)
class NewPeer:
    """What the administrator decides when trusting an identity file."""

    fingerprint: str  # as the administrator read it from the sheet or heard it
    kind: str
    organisation_code: str
    level: int
    field_username: str = ""


def local_identity(db: Session) -> LocalIdentity | None:
    return db.scalars(select(LocalIdentity).limit(1)).first()


def require_identity(db: Session, store: Store) -> tuple[LocalIdentity, IdentityKeys]:
    """This vault's identity with its private keys (from the secret store)."""
    identity = local_identity(db)
    secret = store.secrets.read(db, SECRET_NAME) if identity is not None else None
    if identity is None or secret is None:
        raise ValidationError("identity", "This vault has no exchange identity yet. An "
                              "administrator creates it under Administration → Exchange.")
    keys = IdentityKeys.from_secret(secret)
    if (keys.seal_public, keys.sign_public) != (identity.seal_public, identity.sign_public):
        raise ValidationError("identity", "The vault's exchange keys do not match its identity.")
    return identity, keys


def public_of(db: Session, identity: LocalIdentity) -> PublicIdentity:
    agency = db.get(Agency, identity.agency_id)
    return PublicIdentity(identity.identity_id, identity.name, agency.code if agency else "",
                          agency.name if agency else "", identity.seal_public, identity.sign_public,
                          identity.created_at.replace(microsecond=0).isoformat() + "Z")


def peer_info(db: Session, peer: Peer) -> PeerInfo:
    agency = db.get(Agency, peer.agency_id)
    user = db.get(User, peer.field_user_id) if peer.field_user_id else None
    return PeerInfo(peer.id, peer.identity_id, peer.name, agency.code if agency else "",
                    agency.name if agency else "", peer.kind, peer.level,
                    card.fingerprint(peer.seal_public, peer.sign_public),
                    user.username if user else "", peer.active, peer.added_at, peer.last_sent_seq,
                    peer.last_received_seq, peer.last_exchange_at)


class IdentityService:
    def __init__(self, store: Store) -> None:
        self.store = store

    @staticmethod
    def _reader(user: UserSession) -> None:
        if not any(user.principal.can(a) for a in EXCHANGE_ACTIONS):
            raise PermissionDenied

    def info(self, user: UserSession) -> IdentityInfo | None:
        self._reader(user)
        with self.store.session() as db:
            identity = local_identity(db)
            return None if identity is None else self._info(db, identity)

    @staticmethod
    def _info(db: Session, identity: LocalIdentity) -> IdentityInfo:
        public = public_of(db, identity)
        office = db.get(Peer, identity.field_office_id) if identity.field_office_id else None
        return IdentityInfo(identity.identity_id, identity.name, public.organisation_code,
                            public.organisation_name, public.fingerprint, public.key_id,
                            identity.created_at, identity.field_office_id,
                            office.name if office else "")

    def create(self, user: UserSession, name: str, organisation_code: str = "") -> IdentityInfo:
        """Make this vault's identity (once); the private keys go into the secret store."""
        p = user.principal
        policy.require(p, Action.PEERS_MANAGE)
        vault_name = check.clean_text("name", name, 200, required=True)
        with self.store.session() as db, db.begin():
            if local_identity(db) is not None:
                raise ValidationError("name", "This vault already has an exchange identity.")
            agency = self._agency(db, organisation_code or p.agency_code)
            keys = IdentityKeys.generate()
            identity = LocalIdentity(identity_id=card.new_identity_id(), name=vault_name,
                                     agency_id=agency.id, seal_public=keys.seal_public,
                                     sign_public=keys.sign_public, created_by=p.user_id)
            db.add(identity)
            db.flush()
            self.store.secrets.write(db, SECRET_NAME, keys.secret())
            audit.append(db, self.store, p, AuditAction.PEER_CHANGE, "identity",
                         identity.identity_id, "exchange identity created")
            return self._info(db, identity)

    def identity_file(self, user: UserSession) -> tuple[bytes, str]:
        """The public file to give to peers, and a file name for it."""
        self._reader(user)
        with self.store.session() as db, db.begin():
            identity, keys = require_identity(db, self.store)
            public = public_of(db, identity)
            audit.append(db, self.store, user.principal, AuditAction.EXPORT, "identity",
                         identity.identity_id, "identity file (public keys)")
        stem = f"{public.organisation_code}-{public.fingerprint.replace(' ', '')[:8]}".lower()
        return card.identity_file(public, keys), f"{stem}{card.FILE_SUFFIX}"

    def identity_sheet(self, user: UserSession) -> bytes:
        """The printable sheet with the fingerprint (PDF)."""
        self._reader(user)
        with self.store.session() as db, db.begin():
            identity, _ = require_identity(db, self.store)
            public = public_of(db, identity)
            audit.append(db, self.store, user.principal, AuditAction.PRINT, "identity",
                         identity.identity_id, "identity sheet")
        return identity_sheet_pdf(IdentitySheet(
            public.name, f"{public.organisation_name} ({public.organisation_code})",
            public.identity_id, public.fingerprint, public.seal_public.hex(),
            public.sign_public.hex(), f"{identity.created_at:%d %b %Y}",
            user.principal.display_name, f"{utcnow():%d %b %Y %H:%M} UTC"))

    # -- peers ----------------------------------------------------------------------------------
    def read_peer_file(self, user: UserSession, data: bytes) -> PublicIdentity:
        """Parse an identity file for the administrator to check (nothing is stored)."""
        policy.require(user.principal, Action.PEERS_MANAGE)
        return card.read_identity_file(data)

    def add_peer(self, user: UserSession, data: bytes, new: NewPeer) -> PeerInfo:
        p = user.principal
        policy.require(p, Action.PEERS_MANAGE)
        public = card.read_identity_file(data)
        if card.normalise_fingerprint(new.fingerprint) != card.normalise_fingerprint(public.fingerprint):
            raise ValidationError("fingerprint", "The fingerprint you checked is not the one of "
                                  "this file. Do not trust it; ask the other vault for its sheet.")
        kind = check.choice("kind", new.kind, PEER_KINDS)
        level = check.level("level", new.level, 3)
        with self.store.session() as db, db.begin():
            identity = local_identity(db)
            if identity is not None and identity.identity_id == public.identity_id:
                raise ValidationError("file", "This is this vault's own identity file.")
            existing = db.scalars(select(Peer).where(
                (Peer.identity_id == public.identity_id) | (Peer.key_id == public.key_id))).first()
            if existing is not None:
                raise ValidationError("file", f"This vault already trusts “{existing.name}”. Remove "
                                      "it first to trust a new identity file for it.")
            agency = self._agency(db, new.organisation_code or public.organisation_code)
            if kind in INTERNAL_KINDS and (identity is None or agency.id != identity.agency_id):
                raise ValidationError("kind", "An office or a field tablet belongs to this vault's "
                                      "own organisation; another organisation is a partner.")
            field_user = self._field_user(db, kind, new.field_username)
            peer = Peer(identity_id=public.identity_id, name=public.name, agency_id=agency.id,
                        kind=kind, level=level, seal_public=public.seal_public,
                        sign_public=public.sign_public, key_id=public.key_id,
                        field_user_id=field_user, active=True, added_by=p.user_id,
                        last_sent_seq=0, last_received_seq=0)
            db.add(peer)
            db.flush()
            audit.append(db, self.store, p, AuditAction.PEER_CHANGE, "peer", peer.id,
                         f"trusted {kind} level {level}; fingerprint {public.fingerprint}")
            return peer_info(db, peer)

    def peers(self, user: UserSession, include_inactive: bool = False) -> list[PeerInfo]:
        self._reader(user)
        with self.store.session() as db:
            query = select(Peer).order_by(Peer.name)
            if not include_inactive:
                query = query.where(Peer.active.is_(True))
            return [peer_info(db, peer) for peer in db.scalars(query)]

    def update_peer(self, user: UserSession, peer_id: int, *, level: int | None = None,
                    field_username: str | None = None, active: bool | None = None) -> PeerInfo:
        """Change a peer's level or field user, or stop trusting it (`active=False`)."""
        p = user.principal
        policy.require(p, Action.PEERS_MANAGE)
        with self.store.session() as db, db.begin():
            peer = db.get(Peer, peer_id)
            if peer is None:
                raise NotFound
            changes = []
            if level is not None and level != peer.level:
                peer.level = check.level("level", level, 3)
                changes.append(f"level {peer.level}")
            if field_username is not None:
                peer.field_user_id = self._field_user(db, peer.kind, field_username)
                changes.append("field user")
            if active is not None and active != peer.active:
                peer.active = active
                changes.append("trusted again" if active else "no longer trusted")
                identity = local_identity(db)
                if not active and identity is not None and identity.field_office_id == peer.id:
                    identity.field_office_id = None
                    changes.append("field mode ended")
            audit.append(db, self.store, p, AuditAction.PEER_CHANGE, "peer", peer.id,
                         "; ".join(changes) or "unchanged")
            return peer_info(db, peer)

    def set_field_office(self, user: UserSession, peer_id: int | None) -> IdentityInfo:
        """Field mode: this vault (a tablet) works under an office peer, or no longer does."""
        p = user.principal
        policy.require(p, Action.PEERS_MANAGE)
        with self.store.session() as db, db.begin():
            identity = local_identity(db)
            if identity is None:
                raise ValidationError("identity", "Create this vault's identity first.")
            if peer_id is not None:
                peer = db.get(Peer, peer_id)
                if peer is None or not peer.active or peer.kind != "OFFICE":
                    raise ValidationError("office", "Choose a trusted peer of the kind Office.")
            identity.field_office_id = peer_id
            audit.append(db, self.store, p, AuditAction.PEER_CHANGE, "identity",
                         identity.identity_id,
                         f"field work under peer {peer_id}" if peer_id else "field mode ended")
            return self._info(db, identity)

    @staticmethod
    def _agency(db: Session, code: str) -> Agency:
        agency = db.scalars(select(Agency).where(Agency.code == code.upper())).first()
        if agency is None or not agency.active:
            raise ValidationError("organisation", "Choose an active organisation from the "
                                  "directory (add it under Organisations first).")
        return agency

    @staticmethod
    def _field_user(db: Session, kind: str, username: str) -> int | None:
        if kind != "FIELD":
            return None
        user = db.scalars(select(User).where(User.username == username.strip().lower())).first()
        if user is None or user.disabled:
            raise ValidationError("field_user", "Name the active account whose cases this field "
                                  "tablet receives.")
        return user.id


__all__ = ["IdentityFileInvalid", "IdentityInfo", "IdentityService", "NewPeer", "PeerInfo",
           "public_of", "require_identity"]
