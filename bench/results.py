"""bench/RESULTS.md, one section per benchmark: each script's `--write` replaces its own section
where it stands (from its `## ` heading to the next one) and leaves the others; a section not yet
in the file is added at the end."""

from __future__ import annotations

from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"


def replace_section(heading: str, body: str, path: Path = RESULTS) -> None:
    """Put `body` (which starts with `heading`) in place of the section under `heading`."""
    current = path.read_text(encoding="utf-8") if path.exists() else "# Benchmark results\n"
    body = body.strip() + "\n"
    start = current.find(heading + "\n")
    if start < 0:
        path.write_text(current.rstrip() + "\n\n" + body, encoding="utf-8")
        return
    end = current.find("\n## ", start + len(heading))
    after = "\n" + current[end + 1:] if end >= 0 else ""
    path.write_text(current[:start] + body + after, encoding="utf-8")
