"""The layering rule of docs/ARCHITECTURE.md, as a test: imports point down only."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "desktop"
BELOW_VIEWS = ("vault", "storage", "models", "i18n", "services", "forms", "reports", "exchange",
               "bundles", "synthetic", "cli", "server")
#: The office server backend (desktop/server) sits beside the vault's level: below the services.
LAYER_RANK = {"models": 0, "i18n": 0, "storage": 1, "vault": 1, "forms": 1, "reports": 1,
              "exchange": 2, "bundles": 2, "server": 2, "services": 3, "synthetic": 4}
#: What holds or derives the database key: only `desktop/vault` may name these.
KEY_NAMES = {"dek_copy", "_dek_copy", "_dek", "_current_dek", "audit_key", "epoch_keys", "key_pragma",
             "open_slot", "open_escrow"}


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
    found = [p for area in areas for p in sorted((PACKAGE / area).rglob("*.py"))]
    assert found, f"no modules found in {areas}"  # a moved package must not empty the test
    return found


def test_every_package_has_a_layer() -> None:
    """A new package is placed in the layering on purpose, not skipped by accident."""
    packages = {p.name for p in PACKAGE.iterdir() if (p / "__init__.py").exists()}
    assert {"vault", "services", "models", "views", "cli"} <= packages  # it looked in the right place
    assert packages <= set(BELOW_VIEWS) | {"views"}, packages - set(BELOW_VIEWS)


def test_the_key_never_leaves_the_vault_package() -> None:
    """K1: no module outside desktop/vault reaches for the database key or derives from it."""
    outside = [p for p in PACKAGE.rglob("*.py") if p.relative_to(PACKAGE).parts[0] != "vault"]
    assert len(outside) > 50
    for path in outside:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            name = (node.attr if isinstance(node, ast.Attribute) else
                    node.id if isinstance(node, ast.Name) else
                    node.name if isinstance(node, ast.alias) else None)
            assert name not in KEY_NAMES, f"{path.relative_to(PACKAGE)} uses {name}"


def test_services_name_no_backend() -> None:
    """The use cases reach storage through desktop.storage only: no SQLCipher, FTS5 or PRAGMA."""
    for path in modules("services"):
        source = path.read_text(encoding="utf-8")
        for marker in ("case_search", "PRAGMA", "sqlcipher", "MATCH"):
            assert marker not in source or path.name in ALLOWED_BACKEND.get(marker, ()), (
                f"{path.relative_to(PACKAGE)} names {marker}")


#: Vault maintenance (verify, backup, rotation) is the SQLCipher backend's own service.
ALLOWED_BACKEND: dict[str, tuple[str, ...]] = {}


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


def test_only_the_credential_and_maintenance_services_know_the_vault() -> None:
    """Use cases get a `desktop.storage.Store`; unlocking (accounts) and file maintenance
    (backup, restore, rotation) are the SQLCipher backend's own services."""
    for path in modules("services"):
        rel = path.relative_to(PACKAGE / "services")
        if rel.parts[0] in ("accounts", "maintenance"):
            continue
        for name in imports_of(path):
            if name.startswith("desktop.vault"):
                assert rel.as_posix() == "errors.py" and name == "desktop.vault.errors", (
                    f"services/{rel.as_posix()} imports {name}")
