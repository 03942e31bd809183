"""The `.cdbundle` file: a payload sealed to the recipient and signed by the sender.

    preamble   "CDBUNDLE" 0x00 0x01                        10 bytes (format version 1)
    u32 BE     length of the header
    header     canonical JSON: format, suite, sender and recipient key ids, ephemeral X25519
               public key, nonce                            at most 4 KiB
    u64 BE     length of the ciphertext
    ciphertext AES-256-GCM of the payload; associated data = preamble ‖ header
    signature  Ed25519 by the sender over "casedesk/bundle/v1 signature|" ‖ SHA-512 of every
               byte before it                               64 bytes

The key is HKDF-SHA256(X25519(ephemeral, recipient), salt = ephemeral public ‖ recipient public,
info = "casedesk/bundle/v1|" ‖ sender's two public keys ‖ recipient public). The header names keys,
never people: a lost file shows which two keys exchanged something, not who or what.

Opening checks, in order, before anything is decrypted: size and shape, recipient, a trusted
sender, the signature; then the authenticated decryption.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import struct
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from .errors import BadSignature, Malformed, NotABundle, TooLarge, Truncated, UnknownSender, WrongRecipient
from .identity import IdentityKeys, key_id, raw_public

MAGIC = b"CDBUNDLE"
VERSION = 1
PREAMBLE = MAGIC + bytes((0, VERSION))
FORMAT = "casedesk-bundle"
SUITE = "X25519-HKDF-SHA256-AES-256-GCM/Ed25519"
FILE_SUFFIX = ".cdbundle"
MAX_HEADER = 4096
#: The largest bundle file (AES-GCM in one piece, in memory): choose fewer cases beyond it.
MAX_FILE_BYTES = 512 * 2**20
SIGNATURE_BYTES = 64
NONCE_BYTES = 12
_INFO = b"casedesk/bundle/v1|"
_SIGNATURE_CONTEXT = b"casedesk/bundle/v1 signature|"
_MIN_LENGTH = len(PREAMBLE) + 4 + 2 + 8 + 16 + SIGNATURE_BYTES


@dataclass(frozen=True)
class PeerKeys:
    """A peer's public keys as the container needs them."""

    seal_public: bytes
    sign_public: bytes

    @property
    def key_id(self) -> str:
        return key_id(self.seal_public, self.sign_public)


@dataclass(frozen=True)
class Header:
    sender: str
    recipient: str
    ephemeral: bytes
    nonce: bytes


def _key(shared: bytes, ephemeral: bytes, recipient_seal: bytes, sender: PeerKeys) -> bytes:
    info = _INFO + sender.seal_public + sender.sign_public + recipient_seal
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral + recipient_seal,
                info=info).derive(shared)


def _digest(signed: bytes) -> bytes:
    return _SIGNATURE_CONTEXT + hashlib.sha512(signed).digest()


def _header_bytes(sender: str, recipient: str, ephemeral: bytes, nonce: bytes) -> bytes:
    document = {"format": FORMAT, "suite": SUITE, "sender": sender, "recipient": recipient,
                "epk": ephemeral.hex(), "nonce": nonce.hex()}
    return json.dumps(document, sort_keys=True, separators=(",", ":")).encode("ascii")


def seal(payload: bytes, sender: IdentityKeys, recipient: PeerKeys) -> bytes:
    """The bundle file for `payload`: sealed to `recipient`, signed by `sender`."""
    me = PeerKeys(sender.seal_public, sender.sign_public)
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = raw_public(ephemeral)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient.seal_public))
    key = _key(shared, ephemeral_public, recipient.seal_public, me)
    nonce = secrets.token_bytes(NONCE_BYTES)
    header = _header_bytes(me.key_id, recipient.key_id, ephemeral_public, nonce)
    ciphertext = AESGCM(key).encrypt(nonce, payload, PREAMBLE + header)
    signed = b"".join((PREAMBLE, struct.pack(">I", len(header)), header,
                       struct.pack(">Q", len(ciphertext)), ciphertext))
    if len(signed) + SIGNATURE_BYTES > MAX_FILE_BYTES:
        raise TooLarge("The selected cases make a bundle larger than 512 MB; send them in "
                       "several bundles.", (f"{len(signed):,} bytes",))
    return signed + sender.signer.sign(_digest(signed))


def _parse_header(raw: bytes) -> Header:
    try:
        document: Any = json.loads(raw.decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        raise Malformed(["the bundle header is not readable"]) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise NotABundle
    if document.get("suite") != SUITE:
        raise Malformed(["the bundle uses an unknown encryption suite"])
    try:
        sender, recipient = str(document["sender"]), str(document["recipient"])
        ephemeral, nonce = bytes.fromhex(document["epk"]), bytes.fromhex(document["nonce"])
    except (KeyError, TypeError, ValueError):
        raise Malformed(["the bundle header is incomplete"]) from None
    if len(ephemeral) != 32 or len(nonce) != NONCE_BYTES or len(sender) != 64 or len(recipient) != 64:
        raise Malformed(["the bundle header is incomplete"])
    return Header(sender, recipient, ephemeral, nonce)


#: Enough of a file's start to read its header (`peek_header`).
HEAD_BYTES = len(PREAMBLE) + 4 + MAX_HEADER


def peek_header(head: bytes) -> Header:
    """The header of a bundle from the first `HEAD_BYTES` of its file, to sort a folder's files
    by sender and recipient; everything else is checked when the bundle is opened."""
    if not head.startswith(PREAMBLE):
        raise NotABundle
    start = len(PREAMBLE) + 4
    if len(head) < start:
        raise Truncated
    (header_length,) = struct.unpack_from(">I", head, len(PREAMBLE))
    if header_length > MAX_HEADER or len(head) < start + header_length:
        raise Truncated
    return _parse_header(head[start:start + header_length])


def read_header(data: bytes) -> tuple[Header, int]:
    """The header and where the ciphertext starts; checks the file's shape and length."""
    if len(data) > MAX_FILE_BYTES:
        raise TooLarge(None, (f"the file has {len(data):,} bytes, at most {MAX_FILE_BYTES:,}",))
    if not data.startswith(MAGIC):
        raise NotABundle
    if len(data) < len(PREAMBLE) + 4:
        raise Truncated
    if data[len(MAGIC):len(PREAMBLE)] != PREAMBLE[len(MAGIC):]:
        raise NotABundle("This bundle was made by a newer CaseDesk; update this one first.")
    (header_length,) = struct.unpack_from(">I", data, len(PREAMBLE))
    if header_length > MAX_HEADER:
        raise Malformed(["the bundle header is too long"])
    start = len(PREAMBLE) + 4
    if len(data) < start + header_length + 8:
        raise Truncated
    header = _parse_header(data[start:start + header_length])
    (body_length,) = struct.unpack_from(">Q", data, start + header_length)
    body_start = start + header_length + 8
    expected = body_start + body_length + SIGNATURE_BYTES
    if len(data) < expected or len(data) < _MIN_LENGTH:
        raise Truncated
    if len(data) > expected:
        raise Malformed(["there are extra bytes after the signature"])
    return header, body_start


def open_bundle(data: bytes, me: IdentityKeys,
                trusted: Callable[[str], PeerKeys | None]) -> tuple[PeerKeys, bytes]:
    """Check and open a bundle addressed to `me`; `trusted` finds a peer by key id.

    Returns the sender's keys and the payload. Raises a `BundleRefused` naming the first failed
    check: shape or length, recipient, sender, signature, decryption."""
    header, body_start = read_header(data)
    mine = PeerKeys(me.seal_public, me.sign_public)
    if header.recipient != mine.key_id:
        raise WrongRecipient
    sender = trusted(header.sender)
    if sender is None or sender.key_id != header.sender:
        raise UnknownSender
    signed, signature = data[:-SIGNATURE_BYTES], data[-SIGNATURE_BYTES:]
    try:
        Ed25519PublicKey.from_public_bytes(sender.sign_public).verify(signature, _digest(signed))
    except InvalidSignature:
        raise BadSignature from None
    header_bytes = data[len(PREAMBLE) + 4:body_start - 8]
    shared = me.sealer.exchange(X25519PublicKey.from_public_bytes(header.ephemeral))
    key = _key(shared, header.ephemeral, mine.seal_public, sender)
    try:
        payload = AESGCM(key).decrypt(header.nonce, data[body_start:-SIGNATURE_BYTES],
                                      PREAMBLE + header_bytes)
    except InvalidTag:  # signed by a trusted peer, yet not sealed to us with its keys
        raise BadSignature("The bundle is signed by a trusted peer but cannot be opened with this "
                           "vault's key; nothing was imported.") from None
    return sender, payload
