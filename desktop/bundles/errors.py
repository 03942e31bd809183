"""Why a bundle or an identity file was refused: complete sentences, never case text."""

from __future__ import annotations

from desktop.vault.errors import VaultError


class BundleRefused(VaultError):
    """A bundle failed a check; nothing was written. The message is a constant sentence (so the
    screens can translate it); `details` say precisely what, in English, for the terminal and a
    dialog's details; `reason` is a short code for the audit."""

    default_message = "The bundle was refused; nothing was imported."
    reason = "refused"

    def __init__(self, message: str | None = None, details: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.details = details

    @property
    def explained(self) -> str:
        """The message with its details (terminal output, tests)."""
        return " ".join((self.message, *self.details))


class NotABundle(BundleRefused):
    default_message = "This file is not a CaseDesk bundle (.cdbundle); nothing was imported."
    reason = "not-a-bundle"


class Truncated(BundleRefused):
    default_message = ("The bundle file is incomplete: it ends before its signature. Copy it again "
                       "from the sender; nothing was imported.")
    reason = "truncated"


class BadSignature(BundleRefused):
    default_message = ("The bundle was changed or damaged after the sender signed it (its "
                       "signature does not match); nothing was imported.")
    reason = "signature"


class WrongRecipient(BundleRefused):
    default_message = ("This bundle is sealed to another vault, not to this one; nothing was "
                       "imported.")
    reason = "recipient"


class UnknownSender(BundleRefused):
    default_message = ("The bundle comes from a vault that is not among the trusted peers of this "
                       "vault; an administrator must import its identity first. Nothing was "
                       "imported.")
    reason = "sender"


class Replayed(BundleRefused):
    default_message = ("This bundle was already imported, or is older than the last one imported "
                       "from the same sender; nothing was imported.")
    reason = "replay"


class TooLarge(BundleRefused):
    default_message = ("The bundle's content is larger than a bundle may be (a damaged file or a "
                       "decompression bomb); nothing was imported.")
    reason = "size"


class Malformed(BundleRefused):
    """The content does not have the shape of a bundle; `details` lists what is wrong (P4)."""

    default_message = "The bundle's content is malformed; nothing was imported."
    reason = "malformed"

    def __init__(self, problems: list[str]) -> None:
        shown = tuple(problems[:20]) + ((f"and {len(problems) - 20} more",) if len(problems) > 20
                                        else ())
        super().__init__(None, shown)


class IdentityFileInvalid(VaultError):
    default_message = "This file is not a valid CaseDesk identity file."
