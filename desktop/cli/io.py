"""Terminal input and output for the command line: passwords from a prompt or standard input only."""

from __future__ import annotations

import getpass
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TextIO

from desktop.vault.errors import VaultError
from desktop.vault.vault import VaultConfig


class UsageError(VaultError):
    default_message = "The command was used incorrectly."


@dataclass
class CliContext:
    """What the command line needs from its surroundings; tests pass their own."""

    config_factory: Callable[[], VaultConfig] = VaultConfig.default
    stdin: TextIO = field(default_factory=lambda: sys.stdin)
    stdout: TextIO = field(default_factory=lambda: sys.stdout)
    stderr: TextIO = field(default_factory=lambda: sys.stderr)
    prompt: Callable[[str], str] = getpass.getpass

    def say(self, text: str = "") -> None:
        print(text, file=self.stdout)


class SecretReader:
    """Reads secrets in a fixed, documented order: one line each from stdin, or a prompt."""

    def __init__(self, context: CliContext, from_stdin: bool) -> None:
        self.context = context
        self.from_stdin = from_stdin

    def read(self, label: str, *, confirm: bool = False) -> str:
        if self.from_stdin:
            line = self.context.stdin.readline()
            if not line:
                raise UsageError(f"Standard input ended before the {label.lower()} was given.")
            return line.rstrip("\r\n")
        if not self.context.stdin.isatty() and self.context.prompt is getpass.getpass:
            raise UsageError("There is no terminal to ask for a password; use --password-stdin.")
        first = self.context.prompt(f"{label}: ")
        if confirm and self.context.prompt(f"{label} (again): ") != first:
            raise UsageError("The two entries differ; nothing was changed.")
        return first
