"""The `casedesk` command line: administration without the GUI, shared services underneath."""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
from collections.abc import Callable

from desktop.vault.errors import VaultError

from .io import CliContext

log = logging.getLogger("casedesk")


def main(argv: list[str] | None = None, context: CliContext | None = None) -> int:
    """Run one command; returns the exit code (0 success, 1 refused or failed, 2 usage)."""
    from desktop.logs import disable_core_dumps

    from .parser import build_parser, gui

    disable_core_dumps()
    ctx = context or CliContext()
    arguments = sys.argv[1:] if argv is None else argv
    if not arguments:  # `casedesk` alone: the GUI, without building every command's parser
        return _run(gui, argparse.Namespace(data_dir=None), ctx)
    try:
        with contextlib.redirect_stdout(ctx.stdout), contextlib.redirect_stderr(ctx.stderr):
            args = build_parser().parse_args(arguments)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    return _run(getattr(args, "handler", None) or gui, args, ctx)


def _run(handler: Callable[[argparse.Namespace, CliContext], int | None], args: argparse.Namespace,
         ctx: CliContext) -> int:
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
