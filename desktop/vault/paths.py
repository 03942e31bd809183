"""Where a vault's files live: the data directory and the names inside it."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "CaseDesk"
DATA_DIR_ENV = "CASEDESK_DATA_DIR"


def default_data_dir() -> Path:
    """`--data-dir` wins, then CASEDESK_DATA_DIR, then the platform's user data folder."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


@dataclass(frozen=True)
class VaultPaths:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / "casedesk.db"

    @property
    def keyfile(self) -> Path:
        return self.root / "casedesk.keys"

    @property
    def lockfile(self) -> Path:
        return self.root / "casedesk.lock"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    def exists(self) -> bool:
        return self.database.exists() or self.keyfile.exists()

    def ensure_root(self) -> None:
        """Create the data directory owner-only (D1)."""
        self.root.mkdir(parents=True, exist_ok=True)
        if os.name == "posix":
            os.chmod(self.root, 0o700)
