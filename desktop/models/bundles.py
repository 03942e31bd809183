"""Case exchange between vaults: this vault's public identity, its trusted peers, what was last
exchanged with each peer for each case, and the log of bundles sent and received.

The identity's private keys are not here: the backend keeps them under its own key
(`storage.SecretStore`). Records that travel carry a stable `uuid` (see `new_uuid`), so that the
same case, note or interview is recognised in both vaults.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, new_uuid, utcnow

#: How a peer relates to this vault. OFFICE and FIELD are vaults of the same organisation (an
#: office and its field tablets); PARTNER is another organisation's vault.
PEER_KINDS = ("PARTNER", "OFFICE", "FIELD")
INTERNAL_KINDS = ("OFFICE", "FIELD")

__all__ = ["INTERNAL_KINDS", "PEER_KINDS", "BundleLog", "CaseExchangeState", "LocalIdentity", "Peer",
           "new_uuid"]


class LocalIdentity(Base):
    """The public half of this vault's identity (one row): who it is and its two public keys."""

    __tablename__ = "exchange_identity"

    id: Mapped[int] = mapped_column(primary_key=True)
    identity_id: Mapped[str] = mapped_column(String(36), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"))
    seal_public: Mapped[bytes] = mapped_column(LargeBinary)  # X25519
    sign_public: Mapped[bytes] = mapped_column(LargeBinary)  # Ed25519
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[int] = mapped_column(Integer)
    # field mode: this vault works in the field under this office peer
    field_office_id: Mapped[int | None] = mapped_column(
        ForeignKey("exchange_peers.id", ondelete="SET NULL"), nullable=True)


class Peer(Base):
    """A trusted vault whose identity file an administrator imported after checking its
    fingerprint. `level` caps what is ever sent to it; sequence numbers refuse replays."""

    __tablename__ = "exchange_peers"

    id: Mapped[int] = mapped_column(primary_key=True)
    identity_id: Mapped[str] = mapped_column(String(36), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"))
    kind: Mapped[str] = mapped_column(String(16))
    level: Mapped[int] = mapped_column(Integer, default=1)
    seal_public: Mapped[bytes] = mapped_column(LargeBinary)
    sign_public: Mapped[bytes] = mapped_column(LargeBinary)
    key_id: Mapped[str] = mapped_column(String(64), unique=True)  # SHA-256 of both public keys
    field_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    added_by: Mapped[int] = mapped_column(Integer)
    added_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    last_sent_seq: Mapped[int] = mapped_column(Integer, default=0)
    last_received_seq: Mapped[int] = mapped_column(Integer, default=0)
    last_exchange_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class CaseExchangeState(Base):
    """What was last exchanged with one peer for one case: a hash per merge unit (a field, a code
    list, a record by uuid), so that an import tells "changed there", "changed here" and "changed
    on both sides" apart field by field."""

    __tablename__ = "exchange_case_state"

    peer_id: Mapped[int] = mapped_column(ForeignKey("exchange_peers.id", ondelete="CASCADE"),
                                         primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"),
                                         primary_key=True, index=True)
    units_json: Mapped[str] = mapped_column(Text, default="{}")
    remote_reference: Mapped[str] = mapped_column(String(32), default="")
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    direction: Mapped[str] = mapped_column(String(8))  # SENT or RECEIVED
    exchanged_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class BundleLog(Base):
    """Every bundle that left or arrived: peer, sequence, content hash, how many cases, by whom."""

    __tablename__ = "exchange_bundles"

    id: Mapped[int] = mapped_column(primary_key=True)
    bundle_id: Mapped[str] = mapped_column(String(36), unique=True)
    direction: Mapped[str] = mapped_column(String(8))  # SENT or RECEIVED
    peer_id: Mapped[int] = mapped_column(ForeignKey("exchange_peers.id"), index=True)
    sequence: Mapped[int] = mapped_column(Integer)
    content_sha256: Mapped[str] = mapped_column(String(64))
    case_count: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime)  # the bundle's own time
    recorded_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    user_id: Mapped[int] = mapped_column(Integer)
