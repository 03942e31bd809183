"""Process hygiene: the application log (no case text, names or secrets: A4) and no core dumps (U5)."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def disable_core_dumps() -> None:
    """A crash must not write the process memory (keys, case text) to disk."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):  # Windows has no RLIMIT_CORE; WER is configured
        pass  # by the installer instead


def configure_logging(folder: Path, level: int = logging.INFO) -> Path:
    """Log to `folder/casedesk.log`, owner-only, rotated. Callers log events and ids, never text."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(folder, 0o700)
    path = folder / "casedesk.log"
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3,
                                                   encoding="utf-8")
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root = logging.getLogger("casedesk")
    for old in list(root.handlers):
        if isinstance(old, logging.handlers.RotatingFileHandler):
            root.removeHandler(old)
            old.close()
    root.addHandler(handler)
    root.setLevel(level)
    if os.name == "posix":
        os.chmod(path, 0o600)
    return path
