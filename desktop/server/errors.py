"""Errors of the office server backend; each message is a complete sentence without secrets."""

from __future__ import annotations

from desktop.vault.errors import VaultError


class ServerError(VaultError):
    default_message = "The office server could not complete the operation."


class ServerUnreachable(ServerError):
    default_message = (
        "The office server cannot be reached. Check the network connection and the server "
        "address in the connection profile, or ask the server administrator."
    )


class ServerCertificateInvalid(ServerError):
    default_message = (
        "The office server's certificate could not be verified against the council's "
        "certificate authority, so CaseDesk did not send your password. Check the CA file "
        "in the connection profile and the server name, or ask the server administrator."
    )


class ServerSchemaMismatch(ServerError):
    default_message = (
        "The office server's database was prepared by another version of CaseDesk. Ask the "
        "server administrator to run 'casedesk server upgrade'."
    )


class ServerNotPrepared(ServerError):
    default_message = (
        "This database has not been prepared for CaseDesk. The server administrator runs "
        "'casedesk server init' once."
    )


class EditConflict(ServerError):
    default_message = "Someone else changed this record meanwhile."
