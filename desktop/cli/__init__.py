"""The `casedesk` command line: administration without the GUI, shared services underneath."""

from __future__ import annotations

import contextlib
import logging
import sys

from desktop.vault.errors import VaultError

from .io import CliContext
from .parser import build_parser

log = logging.getLogger("casedesk")


def main(argv: list[str] | None = None, context: CliContext | None = None) -> int:
    """Run one command; returns the exit code (0 success, 1 refused or failed, 2 usage)."""
    from desktop.logs import disable_core_dumps

    disable_core_dumps()
    ctx = context or CliContext()
    parser = build_parser()
    try:
        with contextlib.redirect_stdout(ctx.stdout), contextlib.redirect_stderr(ctx.stderr):
            args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    handler = getattr(args, "handler", None)
    if handler is None:
        from .parser import gui

        handler = gui
    try:
        return int(handler(args, ctx) or 0)
    except VaultError as error:
        print(f"casedesk: {error.message}", file=ctx.stderr)
        return 1
    except KeyboardInterrupt:
        print("casedesk: interrupted; nothing further was changed.", file=ctx.stderr)
        return 130
    except OSError as error:
        print(f"casedesk: a file could not be read or written ({error.strerror or 'I/O error'}).",
              file=ctx.stderr)
        return 1
    except Exception as error:  # last resort: one line, no traceback, no message text
        log.exception("unexpected error in command %s", getattr(args, "command", "?"))
        print(f"casedesk: unexpected error ({type(error).__name__}); see the log file.",
              file=ctx.stderr)
        return 1
