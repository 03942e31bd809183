"""Bundles on the office server: the server has an identity (its private keys in `vault_secrets`
under row-level security), seals cases to a field tablet's vault and imports what the tablet
sends back; a role without an exchange action reads neither the keys nor the peers, even in psql, and no
role rewrites or removes the keys."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from desktop.server.credentials import ServerCredentials
from desktop.services.accounts.service import AccountService
from desktop.services.accounts.users import NewUser
from desktop.services.bundles.export import BundleExport, SendRequest
from desktop.services.bundles.identity import IdentityService, NewPeer
from desktop.services.bundles.importer import BundleImport
from desktop.services.cases.reads import CaseReads
from desktop.services.cases.service import CaseService, NewCase
from desktop.vault.vault import VaultConfig

from ..bundles.world import make_site
from ..conftest import EscrowPair
from .world import make_server_desk

PASSWORD = "Mango season in Cayo 2026"


def test_the_office_server_exchanges_bundles_with_a_field_tablet(  # type: ignore[no-untyped-def]
        pg_cluster, tmp_path: Path, config: VaultConfig, escrow_pair: EscrowPair) -> None:
    desk = make_server_desk(pg_cluster)
    tablet = make_site(tmp_path, config, escrow_pair, "HS field tablet 07")
    try:
        for username, name, role, agency, level in (
                ("carmen", "Carmen Novelo", "SUPERVISOR", "HS", 3),
                ("ana", "Ana Xiu", "CASE_WORKER", "HS", 2),
                ("priya", "Priya Ramírez", "ME_OFFICER", "MHD", 1)):
            desk.accounts.create_user(desk.admin, NewUser(username, name, role, agency, level),
                                      known_password=PASSWORD)
        identity = IdentityService(desk.store)
        identity.create(desk.admin, "HS office server", "HS")  # keys into vault_secrets, once
        data = tablet.identity_file()
        public = identity.read_peer_file(desk.admin, data)
        identity.add_peer(desk.admin, data, NewPeer(public.fingerprint, "FIELD", "HS", 3, "ana"))
        office_file = identity.identity_file(desk.admin)[0]
        seen = tablet.identity.read_peer_file(tablet.admin, office_file)
        tablet.identity.add_peer(tablet.admin, office_file,
                                 NewPeer(seen.fingerprint, "OFFICE", "HS", 3))
        tablet.identity.set_field_office(tablet.admin, tablet.peer_id(OFFICE))  # type: ignore[arg-type]

        store, accounts = desk.client()
        carmen = accounts.login("carmen", PASSWORD)
        case = CaseService(store).create(carmen, NewCase("María José", "García", "FEMALE"))
        CaseService(store).assign(carmen, case.id, ("ana",))
        peer = next(p.id for p in identity.peers(desk.admin) if p.name == tablet.name)
        sent = BundleExport(store).send(carmen, SendRequest(peer, (case.id,), tmp_path))
        assert sent.path is not None and sent.cases == 1

        on_tablet = tablet.session("carmen")
        bundle = sent.path.read_bytes()
        assert [c.status for c in tablet.imports.preview(on_tablet, bundle).cases] == ["NEW"]
        assert tablet.imports.apply(on_tablet, bundle, {}).created == 1
        here = tablet.reads.search(on_tablet, "garcia")[0]
        assert here.reference == case.reference

        # the tablet's change travels back and is merged on the server
        detail = tablet.reads.open(on_tablet, here.id)
        tablet.cases.update(on_tablet, here.id, {"district": "TOLEDO"}, detail.version)
        (tmp_path / "back").mkdir()
        back = tablet.send("carmen", OFFICE, [here.id], tmp_path / "back")  # type: ignore[arg-type]
        incoming = back.path.read_bytes()  # type: ignore[union-attr]
        imports = BundleImport(store)
        assert [c.status for c in imports.preview(carmen, incoming).cases] == ["UPDATE"]
        assert imports.apply(carmen, incoming, {}).updated == 1
        assert CaseReads(store).open(carmen, case.id).row.district == "TOLEDO"

        # the M&E officer holds no exchange action: keys and peers stay out of reach, in psql too
        priya = AccountService(ServerCredentials(desk.client()[0])).login("priya", PASSWORD)
        assert priya.principal.user_id
        with desk.raw("priya", PASSWORD) as raw:
            assert raw.execute("SELECT count(*) FROM vault_secrets").fetchone() == (0,)
            assert raw.execute("SELECT count(*) FROM exchange_peers").fetchone() == (0,)
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                raw.execute("UPDATE vault_secrets SET value = 'x'")
        with desk.raw("carmen", PASSWORD) as raw:  # who exchanges reads them, never rewrites
            (held,) = raw.execute("SELECT count(*) FROM vault_secrets").fetchone()  # type: ignore[misc]
            assert held >= 1
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                raw.execute("DELETE FROM vault_secrets")
    finally:
        tablet.desk.vault.release()
        desk.close()


class _Named:
    """The server as the tablet's `Site` helpers find a peer: by its name."""

    name = "HS office server"


OFFICE = _Named()
