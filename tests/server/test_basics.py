"""The office server end to end: init on an empty database, login as a role over verified TLS,
a case written, found and audited, the chain verified by the server."""

from __future__ import annotations

from desktop.services.accounts.service import NewUser
from desktop.services.audit import AuditService
from desktop.services.cases.reads import CaseReads
from desktop.services.cases.service import CaseService, NewCase

from .world import make_server_desk


def test_a_case_on_the_server(pg_cluster) -> None:  # type: ignore[no-untyped-def]
    desk = make_server_desk(pg_cluster)
    try:
        desk.accounts.create_user(desk.admin, NewUser("sup.hs", "Sara Sup", "SUPERVISOR", "HS", 3),
                                  known_password="Mango season in Cayo 2026")
        store, accounts = desk.client()
        sup = accounts.login("sup.hs", "Mango season in Cayo 2026")
        row = CaseService(store).create(sup, NewCase("María José", "García"))
        assert row.reference.startswith("HS-")
        assert [r.id for r in CaseReads(store).search(sup, "garcia")] == [row.id]
        assert [r.id for r in CaseReads(store).search(sup, "mari jos")] == [row.id]
        report = AuditService(desk.store).verify(desk.admin)
        assert report.ok and report.checked >= 4
    finally:
        desk.close()
