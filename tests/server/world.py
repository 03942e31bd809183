"""A prepared office server database for tests: `casedesk server init`'s own path, then the
same services as on a vault, logged in over verified TLS as each user's role."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

import psycopg
import pytest

from desktop.cli.server_commands import initialise
from desktop.server.credentials import ServerCredentials
from desktop.server.gate import LoginGate
from desktop.server.names import ServerNames
from desktop.server.profile import ServerProfile
from desktop.server.store import ServerStore
from desktop.services.accounts.service import AccountService
from desktop.services.errors import AccountDisabled, WrongCredentials
from desktop.services.user import UserSession
from desktop.synthetic.server_fill import fill_server

from ..conftest import ADMIN, ADMIN_PASSWORD
from .cluster import Cluster

_numbers = itertools.count(1)


@dataclass
class ServerDesk:
    """One database of the test cluster, prepared, with its first administrator logged in."""

    cluster: Cluster
    database: str
    names: ServerNames
    profile: ServerProfile
    maintenance: ServerStore
    store: ServerStore
    accounts: AccountService
    admin: UserSession
    others: list[ServerStore] = field(default_factory=list)

    @property
    def dsn(self) -> str:
        return self.cluster.admin_dsn(self.database)

    def client(self) -> tuple[ServerStore, AccountService]:
        """Another workstation: its own store and account service."""
        store = ServerStore(self.profile)
        self.others.append(store)
        return store, AccountService(ServerCredentials(store))

    def raw(self, username: str, password: str) -> psycopg.Connection:  # type: ignore[type-arg]
        """A plain psycopg connection as the user's role, as `psql` would open it after ringing
        the login gate (which any client must: the password works only in its window)."""
        return LoginGate(self.profile).connect(username, password)  # type: ignore[no-any-return]

    def bare(self, username: str, password: str) -> psycopg.Connection:  # type: ignore[type-arg]
        """A psycopg connection as the user's role that skips the gate (refused by the server)."""
        return psycopg.connect(**self.profile.connect_args(self.names.login_role(username),
                                                             password))

    def superuser(self) -> psycopg.Connection:  # type: ignore[type-arg]
        return psycopg.connect(self.dsn, autocommit=True)

    def close(self) -> None:
        for store in [self.store, self.maintenance, *self.others]:
            store.close()


def make_server_desk(cluster: Cluster, prefix: str | None = None) -> ServerDesk:
    number = next(_numbers)
    database, names = f"casedesk_{number}", ServerNames(prefix or f"t{number}")
    with psycopg.connect(cluster.admin_dsn(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {database}")
    dsn = cluster.admin_dsn(database)
    initialise(dsn, names, ADMIN, "Ana Admin", ADMIN_PASSWORD)
    profile = ServerProfile(host=cluster.host, database=database, ca_file=str(cluster.ca_file),
                            port=cluster.port, prefix=names.prefix)
    store = ServerStore(profile)
    accounts = AccountService(ServerCredentials(store))
    admin = accounts.login(ADMIN, ADMIN_PASSWORD)
    return ServerDesk(cluster, database, names, profile, ServerStore.maintenance(dsn, names),
                      store, accounts, admin)


def synthetic_fill(desk: ServerDesk, cases: int, seed: int) -> None:
    """`casedesk synth --dsn`'s own path: the roster as login roles, the cases loaded by the
    server administrator, then sequences and reference counters moved past them."""
    fill_server(desk.dsn, desk.names, cases, seed)


def time_passes(desk: ServerDesk, username: str) -> None:
    """For the login gate's tests (U4): the account's open windows close and its wait is served,
    as the vault's tests advance a fake clock."""
    with desk.superuser() as c:
        c.execute("UPDATE casedesk_private.login_attempts SET deadline = now() - interval '1 s' "
                  "WHERE account = %s", [username])
        c.execute("UPDATE casedesk_private.login_gate "
                  "SET last_failure = last_failure - interval '1 hour' WHERE account = %s",
                  [username])


def lock(desk: ServerDesk, accounts: AccountService, username: str) -> None:
    """Ten wrong passwords through the application's own login: the role is locked."""
    for attempt in range(1, 11):
        with pytest.raises(AccountDisabled if attempt == 10 else WrongCredentials):
            accounts.login(username, f"wrong password number {attempt}")
        time_passes(desk, username)
