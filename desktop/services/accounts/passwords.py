"""Password policy (U3): length, NFKC, a blocklist and a strength estimate, no composition rules.

Following NIST SP 800-63B: at least 12 characters, at least 128 allowed, any characters, pasting
allowed; refused when it is a known common password, built from the username or from words of this
context, or estimated as easily guessable by zxcvbn (whose list of 30,000 common passwords ships
with the package and serves as the blocklist).
"""

from __future__ import annotations

import secrets
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

from desktop.services.errors import ValidationError

MIN_LENGTH = 12
MAX_LENGTH = 128
MIN_SCORE = 2
STRENGTH_LABELS = ("very weak", "weak", "fair", "strong", "very strong")


@cache
def context_words() -> frozenset[str]:
    text = resources.files("desktop.services.accounts").joinpath("data/context-words.txt").read_text("utf-8")
    return frozenset(
        line.strip().casefold() for line in text.splitlines() if line.strip() and line[0] != "#"
    )


@cache
def common_passwords() -> frozenset[str]:
    # zxcvbn's dictionaries take about 14 MB: loaded when a password is first set, not at start
    from zxcvbn.frequency_lists import FREQUENCY_LISTS

    return frozenset(FREQUENCY_LISTS["passwords"])


@dataclass(frozen=True)
class Strength:
    score: int  # 0..4
    label: str
    warning: str
    suggestions: tuple[str, ...]

    @property
    def acceptable(self) -> bool:
        return self.score >= MIN_SCORE


def normalise(password: str) -> str:
    return unicodedata.normalize("NFKC", password)


def strength(password: str, username: str = "") -> Strength:
    """An estimate for the strength hint shown while typing."""
    if not password:
        return Strength(0, STRENGTH_LABELS[0], "", ())
    clipped = normalise(password)[:MAX_LENGTH]
    from zxcvbn import zxcvbn  # (see common_passwords)

    inputs = [w for w in (username, *context_words()) if w]
    result = zxcvbn(clipped, user_inputs=inputs, max_length=MAX_LENGTH)
    feedback = result.get("feedback", {})
    score = int(result["score"])
    return Strength(
        score, STRENGTH_LABELS[score], str(feedback.get("warning") or ""),
        tuple(str(s) for s in feedback.get("suggestions", [])),
    )


def check(password: str, username: str = "", field: str = "password") -> str:
    """Return the NFKC-normalised password or raise ValidationError with the reason."""
    normalised = normalise(password)
    if len(normalised) < MIN_LENGTH:
        raise ValidationError(field, f"The password must have at least {MIN_LENGTH} characters.")
    if len(normalised) > MAX_LENGTH:
        raise ValidationError(field, f"The password may have at most {MAX_LENGTH} characters.")
    folded = normalised.casefold()
    if folded in common_passwords() or folded in context_words():
        raise ValidationError(field, "This password is on the list of common passwords.")
    if username and username.casefold() in folded:
        raise ValidationError(field, "The password must not contain the username.")
    if len(set(folded)) < 4:
        raise ValidationError(field, "The password repeats too few different characters.")
    estimate = strength(normalised, username)
    if not estimate.acceptable:
        hint = estimate.warning or "Add another word or two; uncommon words are better."
        raise ValidationError(field, f"This password is too easy to guess. {hint}")
    return normalised


def temporary_password() -> str:
    """A random temporary password for an administrator to hand over (must be changed)."""
    alphabet = "abcdefghjkmnpqrstuvwxyz23456789"
    groups = ["".join(secrets.choice(alphabet) for _ in range(5)) for _ in range(4)]
    return "-".join(groups)
