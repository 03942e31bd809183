"""How a vault is opened (keyring, KDF policy, clock) and what an unlock reports."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from .crypto import PRODUCTION_KDF, TEST_KDF, KdfParams
from .device import DeviceSecrets, platform_backend
from .errors import DeviceSecretUnavailable


@dataclass(frozen=True)
class VaultConfig:
    """How a vault is opened: which keyring, which KDF policy, which clock."""

    device: DeviceSecrets
    kdf: KdfParams = PRODUCTION_KDF
    clock: Callable[[], float] = field(default=time.time)

    @classmethod
    def default(cls) -> VaultConfig:
        try:
            return cls(DeviceSecrets(platform_backend()))
        except DeviceSecretUnavailable:
            return cls(DeviceSecrets(None))

    @classmethod
    def for_tests(cls, device: DeviceSecrets, clock: Callable[[], float] = time.time) -> VaultConfig:
        """Cheap Argon2 parameters: for the test suite only, never used by the application."""
        return cls(device=device, kdf=TEST_KDF, clock=clock)


@dataclass(frozen=True)
class UnlockResult:
    slot_id: str
    kdf_upgraded: bool
    migrated: bool
