"""Fixtures: an office, its field tablet and a partner NGO, each a real encrypted vault."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.vault.vault import VaultConfig

from ..conftest import EscrowPair
from ..views.case_world import Seeded, seed_cases
from .world import Site, add_interviewer, make_site


@dataclass
class Exchange:
    office: Site
    tablet: Site
    seeded: Seeded
    folder: Path


@pytest.fixture
def office(tmp_path: Path, config: VaultConfig, escrow_pair: EscrowPair):  # type: ignore[no-untyped-def]
    site = make_site(tmp_path, config, escrow_pair, "HS Belmopan office")
    add_interviewer(site)
    yield site
    site.desk.vault.release()


@pytest.fixture
def tablet(tmp_path: Path, config: VaultConfig, escrow_pair: EscrowPair):  # type: ignore[no-untyped-def]
    site = make_site(tmp_path, config, escrow_pair, "HS field tablet 03")
    add_interviewer(site)
    yield site
    site.desk.vault.release()


@pytest.fixture
def partner(tmp_path: Path, config: VaultConfig, escrow_pair: EscrowPair):  # type: ignore[no-untyped-def]
    site = make_site(tmp_path, config, escrow_pair, "Haven House shelter", organisation="NGO")
    yield site
    site.desk.vault.release()


@pytest.fixture
def exchange(office: Site, tablet: Site, tmp_path: Path) -> Exchange:
    """The office trusts the tablet (field work for ana, level 3) and the tablet its office."""
    office.trust(tablet, "FIELD", 3, field_user="ana")
    tablet.trust(office, "OFFICE", 3)
    tablet.identity.set_field_office(tablet.admin, tablet.peer_id(office))
    folder = tmp_path / "usb-stick"
    folder.mkdir()
    return Exchange(office, tablet, seed_cases(office.desk.vault), folder)
