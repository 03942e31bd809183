"""The layering rule of docs/ARCHITECTURE.md, as a test: imports point down only."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "desktop"
BELOW_VIEWS = ("vault", "models", "i18n", "services", "forms", "reports", "exchange", "cli")
LAYER_RANK = {"models": 0, "i18n": 0, "vault": 1, "forms": 1, "reports": 1, "exchange": 2, "services": 3}


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolve against the module's package
                parts = path.relative_to(PACKAGE.parent).with_suffix("").parts[: -node.level]
                found.add(".".join([*parts, node.module or ""]).rstrip("."))
            elif node.module:
                found.add(node.module)
    return found


def modules(*areas: str) -> list[Path]:
    return [p for area in areas for p in sorted((PACKAGE / area).rglob("*.py"))
            if (PACKAGE / area).exists()]


@pytest.mark.parametrize("path", modules(*BELOW_VIEWS), ids=lambda p: p.name)
def test_nothing_below_views_imports_qt(path: Path) -> None:
    assert not any(name.split(".")[0] in ("PySide6", "shiboken6") for name in imports_of(path))


@pytest.mark.parametrize("path", modules(*LAYER_RANK), ids=lambda p: p.name)
def test_lower_layers_do_not_import_higher_ones(path: Path) -> None:
    area = path.relative_to(PACKAGE).parts[0]
    for name in imports_of(path):
        parts = name.split(".")
        if parts[0] == "desktop" and len(parts) > 1 and parts[1] in LAYER_RANK:
            assert LAYER_RANK[parts[1]] <= LAYER_RANK[area] or parts[1] == area, name
        assert not (parts[0] == "desktop" and len(parts) > 1 and parts[1] in ("views", "cli"))


def test_views_never_touch_a_session() -> None:
    for path in modules("views"):
        assert not any(name.startswith("sqlalchemy") for name in imports_of(path)), path.name


def test_views_reach_data_only_through_services() -> None:
    """Views may read the value lists (models.seed, models.vocab) but never the vault or ORM."""
    for path in modules("views"):
        for name in imports_of(path):
            if name.startswith("desktop.vault"):
                raise AssertionError(f"{path.name} imports {name}")
            if name.startswith("desktop.models") and name not in (
                    "desktop.models.seed", "desktop.models.vocab"):
                raise AssertionError(f"{path.name} imports {name}")
