"""Cryptographic building blocks of the vault: Argon2id, HKDF, AES-256-GCM and sealed boxes.

Everything here is a thin, typed layer over argon2-cffi and cryptography so that the key design in
docs/SECURITY.md reads as a few named functions. Nothing in this module logs or formats a secret.
"""

from __future__ import annotations

import base64
import json
import secrets
from dataclasses import dataclass
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_BYTES = 32
NONCE_BYTES = 12
SALT_BYTES = 16


class DecryptionFailed(Exception):
    """An authenticated decryption failed: wrong key, wrong device secret or edited header."""


@dataclass(frozen=True, order=True)
class KdfParams:
    """Argon2id cost parameters; stored with every slot so that each can be upgraded on its own."""

    memory_kib: int
    time_cost: int
    parallelism: int

    def weaker_than(self, other: KdfParams) -> bool:
        return (
            self.memory_kib < other.memory_kib
            or self.time_cost < other.time_cost
            or self.parallelism < other.parallelism
        )

    def as_dict(self) -> dict[str, int]:
        return {"m": self.memory_kib, "t": self.time_cost, "p": self.parallelism}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> KdfParams:
        """Parameters as stored; refuses values no policy of CaseDesk writes: Argon2 needs 8 KiB
        per lane, and more than 2 GiB or 64 passes would only make a login hang (an edited key
        file must read as damaged, not stall the workstation)."""
        values = (data["m"], data["t"], data["p"])
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            raise ValueError("KDF parameters out of range")
        params = cls(*values)
        if not 1 <= params.parallelism <= 16 or not 1 <= params.time_cost <= 64:
            raise ValueError("KDF parameters out of range")
        if not 8 * params.parallelism <= params.memory_kib <= 2 * 1024 * 1024:
            raise ValueError("KDF parameters out of range")
        return params


#: Production policy: Argon2id, 256 MiB, 5 passes, 4 lanes (about 0.65 s on the reference machine).
PRODUCTION_KDF = KdfParams(memory_kib=256 * 1024, time_cost=5, parallelism=4)
#: Cheap parameters for the test suite only; selected explicitly through VaultConfig.for_tests().
TEST_KDF = KdfParams(memory_kib=64, time_cost=1, parallelism=1)


def random_key() -> bytearray:
    """32 bytes from the OS CSPRNG, in a mutable buffer so that it can be wiped on lock."""
    return bytearray(secrets.token_bytes(KEY_BYTES))


def wipe(buffer: bytearray) -> None:
    """Overwrite a key buffer in place (best effort: Python may hold other copies)."""
    for index in range(len(buffer)):
        buffer[index] = 0


def argon2id(password: bytes, salt: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(
        password,
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def hkdf(material: bytes, info: bytes, salt: bytes | None = None) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=info).derive(material)


def seal(key: bytes, plaintext: bytes, aad: bytes) -> tuple[bytes, bytes]:
    """AES-256-GCM with a fresh random nonce; returns (nonce, ciphertext with tag)."""
    nonce = secrets.token_bytes(NONCE_BYTES)
    return nonce, AESGCM(key).encrypt(nonce, plaintext, aad)


def open_sealed(key: bytes, nonce: bytes, ciphertext: bytes, aad: bytes) -> bytes:
    try:
        return AESGCM(key).decrypt(nonce, ciphertext, aad)
    except InvalidTag as exc:
        raise DecryptionFailed from exc


def canonical(data: dict[str, Any]) -> bytes:
    """The one byte representation of a header used as associated data or MAC input."""
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def new_keypair() -> tuple[bytes, bytes]:
    """A fresh X25519 pair as raw (private, public) bytes."""
    private = X25519PrivateKey.generate()
    return private_bytes(private), public_bytes(private.public_key())


def private_bytes(key: X25519PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )


def public_bytes(key: X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def public_from_private(private: bytes) -> bytes:
    return public_bytes(X25519PrivateKey.from_private_bytes(private).public_key())


def fingerprint(public: bytes) -> str:
    """A short, readable fingerprint of a public key for recovery sheets and the About box."""
    digest = hashes.Hash(hashes.SHA256())
    digest.update(public)
    hexed = digest.finalize().hex()[:32].upper()
    return " ".join(hexed[i : i + 4] for i in range(0, len(hexed), 4))


@dataclass(frozen=True)
class SealedBox:
    """A secret sealed to an X25519 public key: ephemeral key, nonce and ciphertext."""

    ephemeral: bytes
    nonce: bytes
    ciphertext: bytes

    def as_dict(self) -> dict[str, str]:
        return {"epk": b64(self.ephemeral), "nonce": b64(self.nonce), "ct": b64(self.ciphertext)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SealedBox:
        return cls(unb64(data["epk"]), unb64(data["nonce"]), unb64(data["ct"]))


def _box_key(shared: bytes, ephemeral: bytes, recipient: bytes, info: bytes) -> bytes:
    return hkdf(shared, info, salt=ephemeral + recipient)


def seal_to(recipient_public: bytes, secret: bytes, aad: bytes, info: bytes) -> SealedBox:
    """Seal `secret` so that only the holder of the recipient's private key can open it."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = public_bytes(ephemeral.public_key())
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_public))
    key = _box_key(shared, ephemeral_public, recipient_public, info)
    nonce, ciphertext = seal(key, secret, aad)
    return SealedBox(ephemeral_public, nonce, ciphertext)


def open_box(recipient_private: bytes, box: SealedBox, aad: bytes, info: bytes) -> bytes:
    private = X25519PrivateKey.from_private_bytes(recipient_private)
    recipient_public = public_bytes(private.public_key())
    try:
        shared = private.exchange(X25519PublicKey.from_public_bytes(box.ephemeral))
    except ValueError as exc:
        raise DecryptionFailed from exc
    key = _box_key(shared, box.ephemeral, recipient_public, info)
    return open_sealed(key, box.nonce, box.ciphertext, aad)
