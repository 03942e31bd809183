"""Which checkout of `desktop` a benchmark measures: this one, or the tree named by
CASEDESK_BENCH_CODE (the code before a change, measured with today's harness). The editable
install's import hook maps `desktop` to this checkout whatever `sys.path` says, so it is taken
out when another tree is asked for."""

from __future__ import annotations

import os
import sys
from pathlib import Path

CODE = Path(os.environ.get("CASEDESK_BENCH_CODE") or Path(__file__).resolve().parent.parent)
if os.environ.get("CASEDESK_BENCH_CODE"):
    sys.meta_path[:] = [f for f in sys.meta_path
                        if "__editable__" not in getattr(f, "__module__", "")
                        and "__editable__" not in type(f).__module__]
sys.path.insert(0, str(CODE))

import desktop  # noqa: E402  (bound now: later sys.path changes cannot swap the tree)

if Path(desktop.__file__).resolve().parent != (CODE / "desktop").resolve():
    raise RuntimeError(f"measuring {desktop.__file__}, not {CODE}")
