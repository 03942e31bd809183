"""The recovery escrow key pair (K7): a public half on the workstation, a private half kept offline.

The private half is exported as a small JSON file sealed with AES-256-GCM under Argon2id of a
passphrase; the same text is printed on the recovery sheet so that paper alone can restore it.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import crypto
from .crypto import PRODUCTION_KDF, KdfParams
from .errors import EscrowError
from .keyfile import normalise_password, write_private_file

PRIVATE_FORMAT = "casedesk-escrow-private"
PUBLIC_FORMAT = "casedesk-escrow-public"
MAX_FILE_BYTES = 64 * 1024
MIN_PASSPHRASE = 12


@dataclass(frozen=True)
class EscrowPublic:
    public: bytes

    @property
    def fingerprint(self) -> str:
        return crypto.fingerprint(self.public)

    def to_json(self) -> str:
        return json.dumps(
            {"format": PUBLIC_FORMAT, "version": 1, "public": crypto.b64(self.public),
             "fingerprint": self.fingerprint},
            indent=1,
        )


def generate(passphrase: str, params: KdfParams = PRODUCTION_KDF) -> tuple[EscrowPublic, str]:
    """A new escrow pair: the public half, and the private half as passphrase-sealed JSON text."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise EscrowError(f"The escrow passphrase must have at least {MIN_PASSPHRASE} characters.")
    private, public = crypto.new_keypair()
    salt = secrets.token_bytes(crypto.SALT_BYTES)
    header: dict[str, Any] = {
        "format": PRIVATE_FORMAT, "version": 1, "public": crypto.b64(public),
        "kdf": {"alg": "argon2id", **params.as_dict()}, "salt": crypto.b64(salt),
    }
    key = crypto.argon2id(normalise_password(passphrase), salt, params)
    nonce, sealed = crypto.seal(key, private, crypto.canonical(header))
    document = dict(header, nonce=crypto.b64(nonce), ct=crypto.b64(sealed))
    return EscrowPublic(public), json.dumps(document, indent=1, sort_keys=True)


def _read_json(path: Path) -> dict[str, Any]:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise EscrowError("The escrow file is too large to be an escrow key.")
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise EscrowError("The escrow file could not be read.") from exc
    if not isinstance(data, dict):
        raise EscrowError("The file is not a CaseDesk escrow key.")
    return data


def read_public(path: Path) -> EscrowPublic:
    """Import an escrow public key: the ministry's own, or the public half of a private file."""
    data = _read_json(path)
    if data.get("format") not in (PUBLIC_FORMAT, PRIVATE_FORMAT):
        raise EscrowError("The file is not a CaseDesk escrow key.")
    try:
        public = crypto.unb64(str(data["public"]))
    except (KeyError, ValueError) as exc:
        raise EscrowError("The escrow key file is damaged.") from exc
    if len(public) != 32:
        raise EscrowError("The escrow key file is damaged.")
    return EscrowPublic(public)


def open_private(path: Path, passphrase: str) -> bytes:
    """The escrow private key, unsealed with its passphrase; fails closed on any mismatch."""
    data = _read_json(path)
    if data.get("format") != PRIVATE_FORMAT:
        raise EscrowError("The file is not a CaseDesk escrow private key.")
    try:
        header = {k: data[k] for k in ("format", "version", "public", "kdf", "salt")}
        params = KdfParams.from_dict(data["kdf"])
        key = crypto.argon2id(normalise_password(passphrase), crypto.unb64(data["salt"]), params)
        private = crypto.open_sealed(key, crypto.unb64(data["nonce"]), crypto.unb64(data["ct"]),
                                     crypto.canonical(header))
    except (KeyError, ValueError, TypeError) as exc:
        raise EscrowError("The escrow key file is damaged.") from exc
    except crypto.DecryptionFailed as exc:
        raise EscrowError("Wrong escrow passphrase, or the escrow file was edited.") from exc
    if crypto.public_from_private(private) != crypto.unb64(data["public"]):
        raise EscrowError("The escrow key file is damaged.")
    return private


def write_pair(directory: Path, stem: str, public: EscrowPublic, private_json: str) -> tuple[Path, Path]:
    """Write `<stem>.escrow-private.json` and `<stem>.escrow-public.json`, owner-only."""
    directory.mkdir(parents=True, exist_ok=True)
    private_path = directory / f"{stem}.escrow-private.json"
    public_path = directory / f"{stem}.escrow-public.json"
    if private_path.exists() or public_path.exists():
        raise EscrowError("An escrow key with that name already exists; nothing was overwritten.")
    write_private_file(private_path, private_json.encode("utf-8"))
    write_private_file(public_path, public.to_json().encode("utf-8"))
    return private_path, public_path
