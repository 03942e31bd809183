"""The workstation's device secret: 32 random bytes kept in the OS keyring (K6).

The backend is chosen here, per operating system, never from environment variables or keyring's own
configuration files: Windows Credential Manager with local-machine persistence, the macOS Keychain,
or the freedesktop Secret Service on Linux. Tests pass an in-memory backend explicitly.

A missing, locked or unreachable keyring fails closed. The secret is created only on an explicit
binding step (vault creation, a user setting their own password), never silently on a read.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import secrets
import sys
from typing import Protocol

from .errors import DeviceSecretUnavailable

SERVICE = "CaseDesk device secret"
SECRET_BYTES = 32


class KeyringBackend(Protocol):
    def get_password(self, service: str, username: str) -> str | None: ...

    def set_password(self, service: str, username: str, password: str) -> None: ...

    def delete_password(self, service: str, username: str) -> None: ...


def platform_backend() -> KeyringBackend:
    """The keyring backend this platform must use; raises DeviceSecretUnavailable if none works."""
    try:
        if sys.platform == "win32":
            from keyring.backends import Windows

            windows = Windows.WinVaultKeyring()
            windows.persist = "local machine"  # type: ignore[assignment]
            return windows
        if sys.platform == "darwin":
            from keyring.backends import macOS

            return macOS.Keyring()  # type: ignore[no-any-return,no-untyped-call]
        from keyring.backends import SecretService

        return SecretService.Keyring()  # type: ignore[no-untyped-call]
    except Exception as exc:  # the backend module raises assorted errors when unusable
        raise DeviceSecretUnavailable from exc


class DeviceSecrets:
    """Reads and creates the per-vault device secret in a given keyring backend."""

    def __init__(self, backend: KeyringBackend | None) -> None:
        self._backend = backend

    @property
    def available(self) -> bool:
        return self._backend is not None

    def _require(self) -> KeyringBackend:
        if self._backend is None:
            raise DeviceSecretUnavailable
        return self._backend

    def read(self, vault_id: str) -> bytes:
        """The secret for this vault; fails closed when it is missing or unreadable."""
        backend = self._require()
        try:
            stored = backend.get_password(SERVICE, vault_id)
        except Exception as exc:  # keyring raises KeyringLocked, InitError, D-Bus errors...
            raise DeviceSecretUnavailable from exc
        if stored is None:
            raise DeviceSecretUnavailable
        try:
            secret = base64.b64decode(stored.encode("ascii"), validate=True)
        except (binascii.Error, ValueError, UnicodeEncodeError) as exc:
            raise DeviceSecretUnavailable from exc
        if len(secret) != SECRET_BYTES:
            raise DeviceSecretUnavailable
        return secret

    def read_or_create(self, vault_id: str) -> bytes:
        """Used only when binding a slot: reuse the workstation's secret, or create it once."""
        backend = self._require()
        try:
            stored = backend.get_password(SERVICE, vault_id)
        except Exception as exc:
            raise DeviceSecretUnavailable from exc
        if stored is not None:
            return self.read(vault_id)
        secret = secrets.token_bytes(SECRET_BYTES)
        try:
            backend.set_password(SERVICE, vault_id, base64.b64encode(secret).decode("ascii"))
        except Exception as exc:
            raise DeviceSecretUnavailable from exc
        if self.read(vault_id) != secret:
            raise DeviceSecretUnavailable
        return secret

    def forget(self, vault_id: str) -> None:
        """Remove the secret (self-test clean-up); missing entries are fine."""
        backend = self._require()
        with contextlib.suppress(Exception):  # an absent entry: nothing to remove
            backend.delete_password(SERVICE, vault_id)
