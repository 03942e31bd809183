"""The workstation's side of the login gate (U4 on the server, server/gate_sql.py).

Every connection as a user's role, the first of a login as each later one of the pool and a
re-authentication's, is opened the same way: ask the gate for an attempt (as the gate role),
connect as the user within its window, and settle it from the authenticated session. The server
decides the wait and the lock; this side only turns its answers into the vault's errors, so the
login window says the same on both backends.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from desktop.vault.errors import AccountDisabled, Throttled, WrongCredentials

from .engine import connector, translate
from .errors import ServerError
from .gate_sql import GATE_PASSWORD
from .names import ServerNames
from .profile import ServerProfile


class GateUnavailable(ServerError):
    default_message = (
        "The office server's login gate did not answer as this version of CaseDesk expects. Ask "
        "the server administrator to run 'casedesk server upgrade'."
    )


@dataclass(frozen=True)
class GateAnswer:
    """The server's word on an account: 'open' (an attempt, with its token), 'wait' (seconds
    before the next attempt) or 'locked'; `failures` is the count of consecutive failures."""

    verdict: str
    wait_seconds: float
    failures: int
    attempt: str | None = None

    def refusal(self) -> Throttled | AccountDisabled | None:
        if self.verdict == "locked":
            return AccountDisabled()
        if self.verdict == "wait":
            return Throttled(self.wait_seconds)
        return None


class LoginGate:
    def __init__(self, profile: ServerProfile) -> None:
        self.profile = profile
        self.names: ServerNames = profile.names

    def _ask(self, function: str, argument: str) -> GateAnswer:
        import psycopg

        try:
            connection = connector(self.profile.connect_args(self.names.gate, GATE_PASSWORD))()
        except WrongCredentials:  # no gate role: a server prepared by an older CaseDesk
            raise GateUnavailable from None
        try:
            with connection:
                row = connection.execute(f"SELECT * FROM casedesk.{function}(%s)",
                                         [argument]).fetchone()
        except psycopg.Error:
            raise GateUnavailable from None
        if row is None:
            raise GateUnavailable
        return GateAnswer(str(row[0]), float(row[1]), int(row[2]),
                          str(row[3]) if len(row) > 3 and row[3] is not None else None)

    def begin(self, username: str) -> GateAnswer:
        """An attempt for `username`, or the server's refusal (a wait, a lock) raised."""
        answer = self._ask("login_begin", username)
        refusal = answer.refusal()
        if refusal is not None:
            raise refusal
        return answer

    def refused(self, attempt: str) -> WrongCredentials | AccountDisabled:
        """The password was refused: count it now, and say so if that was the 10th."""
        if self._ask("login_failed", attempt).verdict == "locked":
            return AccountDisabled("Wrong password. After 10 failed logins the account is "
                                   "disabled; ask an administrator to reset it.")
        return WrongCredentials()

    def connect(self, username: str, password: str) -> Any:
        """A psycopg connection as `username`'s role, through the gate, its attempt settled."""
        import psycopg

        attempt = self.begin(username).attempt or ""
        args = self.profile.connect_args(self.names.login_role(username), password)
        try:
            connection = psycopg.connect(**args)
        except psycopg.OperationalError as error:
            refused = translate(error)
            if isinstance(refused, WrongCredentials):
                raise self.refused(attempt) from None
            raise refused from None
        try:
            connection.execute("SELECT casedesk.login_succeeded(%s)", [attempt])
            connection.commit()
        except BaseException:
            connection.close()
            raise
        return connection

    def connector(self, username: str, password: str) -> Callable[[], Any]:
        return lambda: self.connect(username, password)
