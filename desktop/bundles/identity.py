"""A vault's exchange identity: an X25519 key that bundles are sealed to and an Ed25519 key that
signs the bundles it sends, and the small public file that carries both to a peer.

The public file is self-signed (it proves the holder of the signing key made it and that nothing
in it was edited); the fingerprint is what people compare, read out on the phone or on the printed
sheet, before an administrator trusts it. The private keys never appear in a file: the service keeps
them in the backend's secret store.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from .errors import IdentityFileInvalid

FORMAT = "casedesk-identity"
VERSION = 1
FILE_SUFFIX = ".cdidentity"
MAX_FILE_BYTES = 16 * 1024
KEY_BYTES = 32
_KEY_ID_CONTEXT = b"casedesk/identity/v1|"
_FILE_SIGNATURE_CONTEXT = b"casedesk/identity-file/v1|"
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_CODE = re.compile(r"^[A-Z0-9][A-Z0-9-]{0,31}$")


def raw_public(key: X25519PrivateKey | Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.Raw,
                                         serialization.PublicFormat.Raw)


def _raw_private(key: X25519PrivateKey | Ed25519PrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                             serialization.NoEncryption())


def key_id(seal_public: bytes, sign_public: bytes) -> str:
    """SHA-256 over both public keys: how bundles name their sender and recipient."""
    return hashlib.sha256(_KEY_ID_CONTEXT + seal_public + sign_public).hexdigest()


def fingerprint(seal_public: bytes, sign_public: bytes) -> str:
    """The first 128 bits of the key id in eight groups of four: what people compare."""
    head = key_id(seal_public, sign_public)[:32].upper()
    return " ".join(head[i:i + 4] for i in range(0, 32, 4))


def normalise_fingerprint(text: str) -> str:
    """A typed fingerprint without spaces, dashes or case, for comparison."""
    return re.sub(r"[\s:-]", "", text).upper()


@dataclass(frozen=True)
class PublicIdentity:
    identity_id: str
    name: str
    organisation_code: str
    organisation_name: str
    seal_public: bytes
    sign_public: bytes
    created: str

    @property
    def key_id(self) -> str:
        return key_id(self.seal_public, self.sign_public)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.seal_public, self.sign_public)

    def document(self) -> dict[str, Any]:
        return {
            "format": FORMAT, "version": VERSION, "id": self.identity_id, "name": self.name,
            "organisation": {"code": self.organisation_code, "name": self.organisation_name},
            "seal": self.seal_public.hex(), "sign": self.sign_public.hex(), "created": self.created,
        }


@dataclass(frozen=True)
class IdentityKeys:
    """The private half, held only while a bundle is sealed, signed or opened."""

    seal_private: bytes
    sign_private: bytes

    @classmethod
    def generate(cls) -> IdentityKeys:
        return cls(_raw_private(X25519PrivateKey.generate()),
                   _raw_private(Ed25519PrivateKey.generate()))

    @classmethod
    def from_secret(cls, secret: bytes) -> IdentityKeys:
        if len(secret) != 2 * KEY_BYTES:
            raise ValueError("identity secret has the wrong length")
        return cls(secret[:KEY_BYTES], secret[KEY_BYTES:])

    def secret(self) -> bytes:
        return self.seal_private + self.sign_private

    @property
    def seal_public(self) -> bytes:
        return raw_public(X25519PrivateKey.from_private_bytes(self.seal_private))

    @property
    def sign_public(self) -> bytes:
        return raw_public(self.signer)

    @property
    def signer(self) -> Ed25519PrivateKey:
        return Ed25519PrivateKey.from_private_bytes(self.sign_private)

    @property
    def sealer(self) -> X25519PrivateKey:
        return X25519PrivateKey.from_private_bytes(self.seal_private)


def new_identity_id() -> str:
    return str(uuid.uuid4())


def _canonical(document: dict[str, Any]) -> bytes:
    return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def identity_file(public: PublicIdentity, keys: IdentityKeys) -> bytes:
    """The public file: the identity document, its fingerprint, and a signature by its own key."""
    if (keys.seal_public, keys.sign_public) != (public.seal_public, public.sign_public):
        raise ValueError("the keys do not belong to this identity")
    document = public.document()
    signature = keys.signer.sign(_FILE_SIGNATURE_CONTEXT + _canonical(document))
    return json.dumps({**document, "fingerprint": public.fingerprint, "signature": signature.hex()},
                      indent=1, sort_keys=True).encode("utf-8") + b"\n"


def _text(document: dict[str, Any], key: str, limit: int) -> str:
    value = document.get(key)
    if not isinstance(value, str) or not value.strip() or len(value) > limit:
        raise IdentityFileInvalid(f"The identity file's {key} is missing or invalid.")
    if any(ord(c) < 32 for c in value):
        raise IdentityFileInvalid(f"The identity file's {key} contains control characters.")
    return value


def _key(document: dict[str, Any], key: str) -> bytes:
    try:
        raw = bytes.fromhex(str(document.get(key, "")))
    except ValueError:
        raw = b""
    if len(raw) != KEY_BYTES:
        raise IdentityFileInvalid("The identity file's keys are damaged.")
    return raw


def read_identity_file(data: bytes) -> PublicIdentity:
    """Parse and check a peer's public file (hostile input: size, shape, keys, self-signature)."""
    if len(data) > MAX_FILE_BYTES:
        raise IdentityFileInvalid("The file is too large to be a CaseDesk identity file.")
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise IdentityFileInvalid from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise IdentityFileInvalid
    if document.get("version") != VERSION:
        raise IdentityFileInvalid("This identity file was made by a newer CaseDesk; update first.")
    organisation = document.get("organisation")
    if not isinstance(organisation, dict):
        raise IdentityFileInvalid("The identity file names no organisation.")
    code = _text(organisation, "code", 32)
    if not _CODE.match(code):
        raise IdentityFileInvalid("The identity file's organisation code is invalid.")
    identity_id = _text(document, "id", 36)
    if not _UUID.match(identity_id):
        raise IdentityFileInvalid("The identity file's id is invalid.")
    public = PublicIdentity(identity_id, _text(document, "name", 200), code,
                            _text(organisation, "name", 200), _key(document, "seal"),
                            _key(document, "sign"), _text(document, "created", 40))
    try:
        signature = bytes.fromhex(str(document.get("signature", "")))
        Ed25519PublicKey.from_public_bytes(public.sign_public).verify(
            signature, _FILE_SIGNATURE_CONTEXT + _canonical(public.document()))
    except (ValueError, InvalidSignature):
        raise IdentityFileInvalid("The identity file was edited or damaged: its signature does "
                                  "not match its keys.") from None
    if normalise_fingerprint(str(document.get("fingerprint", ""))) != normalise_fingerprint(
            public.fingerprint):
        raise IdentityFileInvalid("The fingerprint written in the identity file does not match "
                                  "its keys.")
    return public
