"""The key file beside the database: LUKS-style key slots plus the escrow recovery slot.

Each user slot holds an X25519 key pair. The private half is sealed with AES-256-GCM under the slot's
KEK (Argon2id of the password, joined with the workstation's device secret, through HKDF); the
database key (DEK) is sealed to the public half. A password change re-seals the private half; a key
rotation re-seals the new DEK to every slot's public half, so no other password is needed. The slot
header is the associated data of both seals: editing it makes unlocking fail closed.

Each slot also carries the SHA-256 of its header (`check`). It involves no secret and proves
nothing about who wrote the header; it only tells damage or an edit of the header (KDF parameters,
salt, binding…) apart from a wrong password, which both make the AEAD fail alike. Whoever can
recompute it could edit the file anyway, and a header edited with a matching checksum still fails
closed on the AEAD (K3).

The file holds no case data; usernames appear only as HMACs under a per-vault salt. The audit head
recorded at each lock (`audit_head`, see `audit_chain.head_record`) is unauthenticated state like
the throttling counters, bound to the database key by its tag.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import tempfile
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from . import crypto
from .crypto import KdfParams, SealedBox
from .errors import KeyFileCorrupt, SlotDamaged

FORMAT = "casedesk-keyfile"
VERSION = 1
KEK_INFO = b"casedesk/kek/v1|"
SLOT_BOX_INFO = b"casedesk/slot-dek/v1"
ESCROW_BOX_INFO = b"casedesk/escrow-dek/v1"
MAX_KEYFILE_BYTES = 1024 * 1024


def normalise_password(password: str) -> bytes:
    """NFKC-normalise (U3) so that the same password typed on another keyboard still unlocks."""
    return unicodedata.normalize("NFKC", password).encode("utf-8")


def normalise_username(username: str) -> str:
    return unicodedata.normalize("NFKC", username).strip().casefold()


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass
class SlotState:
    """Mutable, unauthenticated counters for throttling (U4); not part of the sealed header."""

    failures: int = 0
    not_before: float = 0.0
    disabled: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {"failures": self.failures, "not_before": self.not_before, "disabled": self.disabled}


def header_check(header: dict[str, Any]) -> str:
    """The checksum kept beside a slot header (no secret: damage detection, not authentication)."""
    return hashlib.sha256(crypto.canonical(header)).hexdigest()


def _decoded(value: Any, size: int) -> bytes:
    raw = crypto.unb64(value) if isinstance(value, str) else b""
    if len(raw) != size:
        raise ValueError("length")
    return raw


def check_header(header: dict[str, Any], vault_id: str) -> None:
    """Refuse a header whose fields are malformed or out of bounds (ValueError / KeyError)."""
    for key in ("slot", "user", "kdf", "salt", "bound", "public", "vault"):
        if key not in header:
            raise KeyError(key)
    slot_id, user = header["slot"], header["user"]
    if not isinstance(slot_id, str) or not 0 < len(slot_id) <= 64:
        raise ValueError("slot")
    if not isinstance(user, str) or len(user) != 64 or user.strip("0123456789abcdef"):
        raise ValueError("user")
    if not isinstance(header["bound"], bool) or header["vault"] != vault_id:
        raise ValueError("binding")
    kdf = header["kdf"]
    if not isinstance(kdf, dict) or kdf.get("alg") != "argon2id":
        raise ValueError("kdf")
    KdfParams.from_dict(kdf)
    _decoded(header["salt"], crypto.SALT_BYTES)
    _decoded(header["public"], crypto.KEY_BYTES)


@dataclass
class Slot:
    header: dict[str, Any]
    private_nonce: bytes
    private_ct: bytes
    dek_box: SealedBox
    state: SlotState = field(default_factory=SlotState)
    check: str | None = None  # header_check(header) when written; None in older key files

    @property
    def intact(self) -> bool:
        """Does the header still match the checksum written with it?"""
        return self.check is None or hmac.compare_digest(self.check, header_check(self.header))

    @property
    def slot_id(self) -> str:
        return str(self.header["slot"])

    @property
    def user_hash(self) -> str:
        return str(self.header["user"])

    @property
    def bound(self) -> bool:
        return bool(self.header["bound"])

    @property
    def public(self) -> bytes:
        return crypto.unb64(self.header["public"])

    @property
    def kdf(self) -> KdfParams:
        return KdfParams.from_dict(self.header["kdf"])

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "header": self.header,
            "private": {"nonce": crypto.b64(self.private_nonce), "ct": crypto.b64(self.private_ct)},
            "dek": self.dek_box.as_dict(),
            "state": self.state.as_dict(),
        }
        if self.check is not None:
            data["check"] = self.check
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any], vault_id: str) -> Slot:
        """A slot as stored; malformed fields raise (the key file is then damaged as a whole),
        an edited but well-formed header is kept and refused at use (`intact`)."""
        header = dict(data["header"])
        check_header(header, vault_id)
        state = data.get("state", {})
        check = data.get("check")
        if check is not None and not isinstance(check, str):
            raise ValueError("check")
        return cls(
            header=header,
            private_nonce=_decoded(data["private"]["nonce"], crypto.NONCE_BYTES),
            private_ct=crypto.unb64(data["private"]["ct"]),
            dek_box=SealedBox.from_dict(data["dek"]),
            state=SlotState(
                failures=int(state.get("failures", 0)),
                not_before=float(state.get("not_before", 0.0)),
                disabled=bool(state.get("disabled", False)),
            ),
            check=check,
        )


@dataclass
class EscrowSlot:
    public: bytes
    box: SealedBox

    def aad(self, vault_id: str) -> bytes:
        return crypto.canonical({"vault": vault_id, "escrow": crypto.b64(self.public)})


@dataclass
class KeyFile:
    vault_id: str
    user_salt: bytes
    device_binding: bool
    created: str
    slots: list[Slot]
    escrow: EscrowSlot | None
    pending_failures: list[dict[str, Any]] = field(default_factory=list)
    audit_head: dict[str, Any] | None = None  # the chain head at the last lock (A3)

    def user_hash(self, username: str) -> str:
        digest = hmac.new(self.user_salt, normalise_username(username).encode(), hashlib.sha256)
        return digest.hexdigest()

    def slot_for(self, username: str) -> Slot | None:
        wanted = self.user_hash(username)
        return next((s for s in self.slots if hmac.compare_digest(s.user_hash, wanted)), None)

    def slot_by_id(self, slot_id: str) -> Slot | None:
        return next((s for s in self.slots if s.slot_id == slot_id), None)

    def replace_slot(self, slot: Slot) -> None:
        self.slots = [s for s in self.slots if s.user_hash != slot.user_hash] + [slot]

    def remove_slot(self, slot_id: str) -> None:
        self.slots = [s for s in self.slots if s.slot_id != slot_id]

    def as_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": self.vault_id,
            "user_salt": crypto.b64(self.user_salt),
            "device_binding": self.device_binding,
            "created": self.created,
            "slots": [s.as_dict() for s in self.slots],
            "escrow": None
            if self.escrow is None
            else {"public": crypto.b64(self.escrow.public), "box": self.escrow.box.as_dict()},
            "pending_failures": self.pending_failures,
            "audit_head": self.audit_head,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> KeyFile:
        if data.get("format") != FORMAT or data.get("version") != VERSION:
            raise KeyError("format")
        escrow_data = data.get("escrow")
        escrow = None
        if escrow_data is not None:
            escrow = EscrowSlot(
                crypto.unb64(escrow_data["public"]), SealedBox.from_dict(escrow_data["box"])
            )
        vault_id = str(data["vault_id"])
        head = data.get("audit_head")
        if head is not None and not isinstance(head, dict):
            raise ValueError("audit_head")
        return cls(
            vault_id=vault_id,
            user_salt=crypto.unb64(data["user_salt"]),
            device_binding=bool(data["device_binding"]),
            created=str(data["created"]),
            slots=[Slot.from_dict(s, vault_id) for s in data["slots"]],
            escrow=escrow,
            pending_failures=list(data.get("pending_failures", [])),
            audit_head=head,
        )


def new_keyfile(device_binding: bool) -> KeyFile:
    return KeyFile(
        vault_id=secrets.token_hex(16),
        user_salt=secrets.token_bytes(crypto.SALT_BYTES),
        device_binding=device_binding,
        created=now_iso(),
        slots=[],
        escrow=None,
    )


def _kek(slot_id: str, password: str, salt: bytes, params: KdfParams, device: bytes | None) -> bytes:
    stretched = crypto.argon2id(normalise_password(password), salt, params)
    material = stretched + device if device is not None else stretched
    return crypto.hkdf(material, KEK_INFO + slot_id.encode())


def make_slot(
    keyfile: KeyFile,
    username: str,
    password: str,
    dek: bytes | bytearray,
    params: KdfParams,
    device_secret: bytes | None,
    keypair: tuple[bytes, bytes] | None = None,
    slot_id: str | None = None,
) -> Slot:
    """A new slot for `username`; bound to the workstation when a device secret is given."""
    private, public = keypair or crypto.new_keypair()
    slot_id = slot_id or secrets.token_hex(8)
    salt = secrets.token_bytes(crypto.SALT_BYTES)
    header = {
        "v": 1,
        "vault": keyfile.vault_id,
        "slot": slot_id,
        "user": keyfile.user_hash(username),
        "kdf": {"alg": "argon2id", **params.as_dict()},
        "salt": crypto.b64(salt),
        "bound": device_secret is not None,
        "public": crypto.b64(public),
        "created": now_iso(),
    }
    aad = crypto.canonical(header)
    kek = _kek(slot_id, password, salt, params, device_secret)
    nonce, sealed_private = crypto.seal(kek, private, aad)
    box = crypto.seal_to(public, bytes(dek), aad, SLOT_BOX_INFO)
    return Slot(header, nonce, sealed_private, box, check=header_check(header))


def open_slot(slot: Slot, password: str, device_secret: bytes | None) -> tuple[bytes, bytes]:
    """Return (slot private key, DEK); raises crypto.DecryptionFailed on any mismatch (K3), and
    SlotDamaged, before any key derivation, for a header that no longer matches its checksum.

    A slot from an older key file, without a checksum, gets one once its header authenticated."""
    if not slot.intact:
        raise SlotDamaged
    aad = crypto.canonical(slot.header)
    salt = crypto.unb64(slot.header["salt"])
    kek = _kek(slot.slot_id, password, salt, slot.kdf, device_secret if slot.bound else None)
    private = crypto.open_sealed(kek, slot.private_nonce, slot.private_ct, aad)
    if crypto.public_from_private(private) != slot.public:
        raise crypto.DecryptionFailed
    dek = crypto.open_box(private, slot.dek_box, aad, SLOT_BOX_INFO)
    if len(dek) != crypto.KEY_BYTES:
        raise crypto.DecryptionFailed
    if slot.check is None:
        slot.check = header_check(slot.header)
    return private, dek


def reseal_dek(slot: Slot, dek: bytes | bytearray) -> None:
    """Seal a new DEK to the slot's public key (key rotation; no password needed)."""
    slot.dek_box = crypto.seal_to(slot.public, bytes(dek), crypto.canonical(slot.header), SLOT_BOX_INFO)


def seal_escrow(keyfile: KeyFile, escrow_public: bytes, dek: bytes | bytearray) -> None:
    placeholder = EscrowSlot(escrow_public, SealedBox(b"", b"", b""))
    box = crypto.seal_to(escrow_public, bytes(dek), placeholder.aad(keyfile.vault_id), ESCROW_BOX_INFO)
    keyfile.escrow = EscrowSlot(escrow_public, box)


def open_escrow(keyfile: KeyFile, escrow_private: bytes) -> bytes:
    if keyfile.escrow is None:
        raise crypto.DecryptionFailed
    escrow = keyfile.escrow
    return crypto.open_box(escrow_private, escrow.box, escrow.aad(keyfile.vault_id), ESCROW_BOX_INFO)


def read_keyfile(path: Path) -> KeyFile:
    try:
        if path.stat().st_size > MAX_KEYFILE_BYTES:
            raise KeyFileCorrupt
        data = json.loads(path.read_text(encoding="utf-8"))
        return KeyFile.from_dict(data)
    except KeyFileCorrupt:
        raise
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise KeyFileCorrupt from exc


def write_private_file(path: Path, data: bytes) -> None:
    """Write atomically with owner-only permissions: temp file, fsync, rename, fsync the folder."""
    directory = path.parent
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        os.chmod(temp_name, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    fsync_directory(directory)


def fsync_directory(directory: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_keyfile(path: Path, keyfile: KeyFile) -> None:
    payload = json.dumps(keyfile.as_dict(), indent=1, sort_keys=True).encode("utf-8")
    write_private_file(path, payload)
