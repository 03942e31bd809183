"""Errors raised by services; `str(error)` is a complete sentence fit for a dialog or a terminal."""

from __future__ import annotations

from desktop.vault.errors import (  # re-exported: views see errors through the services
    AccountDisabled,
    BackupInvalid,
    DeviceSecretUnavailable,
    Throttled,
    VaultError,
    WrongCredentials,
)

__all__ = [
    "AccountDisabled", "BackupInvalid", "DeviceSecretUnavailable", "NotFound", "PermissionDenied",
    "ReauthenticationRequired", "ServiceError", "Throttled", "ValidationError", "VaultError",
    "WrongCredentials",
]


class ServiceError(VaultError):
    default_message = "The operation could not be completed."


class PermissionDenied(ServiceError):
    default_message = "Your role does not allow this action."


class ReauthenticationRequired(ServiceError):
    default_message = "Enter your password again to continue with this action."


class ValidationError(ServiceError):
    """Bad input; `field` names the input so a form can show the message next to it."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        super().__init__(message)


class NotFound(ServiceError):
    default_message = "The record was not found or is not visible to you."
