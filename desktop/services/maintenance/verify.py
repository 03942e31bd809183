"""`casedesk verify`: every check on a vault, one line each, each fault named (D2, A1, A3).

Two entries: `verify_open` on a vault that opened for a login, and `verify_unopened` when the
login itself met a damaged page; then only the key file and the page and structure checks can
run (with the key the user's slot opens), and the rest are reported as not checked.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from desktop.models import AuditEntry
from desktop.services import audit
from desktop.services.audit import AuditAction
from desktop.vault import backup, migrate, schema
from desktop.vault import engine as sqlc
from desktop.vault.errors import VaultCorrupt, VaultError
from desktop.vault.vault import Vault

MAX_DETAIL = 400
NOT_OPENED = "not checked: the database does not open past its damaged pages"


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str
    checked: bool = True  # False: could not be run (reported, never counted as passed)
    figure: str = ""  # the check's one value (a version, a count), for a screen to word itself


@dataclass(frozen=True)
class VerifyReport:
    checks: tuple[Check, ...]

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.checks)

    @property
    def problems(self) -> list[Check]:
        """The checks that ran and failed (a skipped check is not a problem of its own)."""
        return [c for c in self.checks if c.checked and not c.ok]


def _joined(problems: list[str]) -> str:
    text = "; ".join(problems)
    return text if len(text) <= MAX_DETAIL else text[: MAX_DETAIL - 1] + "…"


def guarded(name: str, run: Callable[[], list[Check]]) -> list[Check]:
    """A damaged page aborts a check; report it as that check's failure, go on with the rest."""
    try:
        return run()
    except (sqlc.dbapi.DatabaseError, VaultCorrupt) as exc:
        return [Check(name, False, f"could not be read ({type(exc).__name__}): a page it needs "
                                   "is damaged; restore the latest backup")]


def key_file_check(vault: Vault) -> Check:
    keyfile = vault.read_keyfile()
    damaged = [s.slot_id for s in keyfile.slots if not s.intact]
    detail = (f"{len(keyfile.slots)} key slot(s); escrow slot "
              f"{'present' if keyfile.escrow else 'MISSING'}; device binding "
              f"{'on' if keyfile.device_binding else 'off'}")
    if damaged:
        detail += "; " + _joined([f"slot {s} was edited or damaged (its header no longer "
                                  "matches its checksum)" for s in damaged])
    return Check("key file", keyfile.escrow is not None and not damaged, detail)


def page_checks(problems: list[str]) -> list[Check]:
    cipher = [p.removeprefix("cipher: ") for p in problems if p.startswith("cipher")]
    structure = [p.removeprefix("structure: ") for p in problems if p.startswith("structure")]
    pages = Check("page integrity (HMAC)", not cipher,
                  "every page authenticates" if not cipher else _joined(cipher))
    if cipher and structure == [sqlc.QUICK_CHECK_STOPPED]:  # the same fault, not a second one
        return [pages, Check("database structure", False, "not checked to the end: "
                             f"{sqlc.QUICK_CHECK_STOPPED}", checked=False)]
    return [pages, Check("database structure", not structure,
                         "quick_check ok" if not structure else _joined(structure))]


class Verifier:
    """The checks of one verify run on an unlocked vault."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def run(self) -> VerifyReport:
        vault_id = self.vault.read_keyfile().vault_id
        checks = [key_file_check(self.vault)]
        checks += guarded("schema", lambda: [self.revision(vault_id)])
        checks += guarded("schema objects", self.objects)
        checks += guarded("audit chain", lambda: [self.chain()])
        checks += guarded("audit tail", lambda: [self.tail()])
        checks += guarded("page integrity (HMAC)", self.pages)
        return VerifyReport(tuple(checks))

    def revision(self, vault_id: str) -> Check:
        with self.vault.raw_connection() as connection:
            revision = migrate.current_revision_raw(connection)
            identity = connection.execute("SELECT vault_id FROM vault_identity").fetchone()
        head = migrate.head_revision()
        same = bool(identity) and identity[0] == vault_id
        return Check("schema", revision == head and same,
                     f"revision {revision or 'none'} (newest {head}); database and key file "
                     f"{'belong together' if same else 'DIFFER'}")

    def objects(self) -> list[Check]:
        """A1: the append-only triggers apart, then every table, index and view (D2)."""
        problems = self.vault.schema_problems()
        triggers = [str(p) for p in problems if p.object.type == "trigger"]
        others = [str(p) for p in problems if p.object.type != "trigger"]
        expected = schema.expected().values()
        counts = {kind: sum(1 for o in expected if o.type == kind)
                  for kind in ("table", "index", "trigger")}
        return [
            Check("append-only triggers", not triggers,
                  f"{counts['trigger']} triggers as the migrations create them (audit trail and "
                  "epochs append-only, approved interviews locked, vault identity fixed)"
                  if not triggers else _joined(triggers)),
            Check("schema objects", not others,
                  f"{counts['table']} tables and {counts['index']} indexes as the migrations "
                  "create them" if not others else _joined(others)),
        ]

    def chain(self) -> Check:
        with self.vault.session() as db:
            report = audit.verify(db, self.vault)
        return Check(
            "audit chain", report.ok,
            f"{report.checked} entries verified; head #{report.head_id} {report.head_mac[:16]}"
            if report.ok else f"{report.problem} ({report.checked} entries verified before it)",
        )

    def tail(self) -> Check:
        """A3: the heads kept outside the trail (the key file at each lock, the manifests of the
        backups in the vault's backup folder) must still be entries of the live chain."""
        heads, problems = self._recorded_heads()
        with self.vault.session() as db:
            last = db.scalar(select(func.max(AuditEntry.id))) or 0
            for label, head_id, head_mac in heads:
                found = db.scalar(select(AuditEntry.mac).where(AuditEntry.id == head_id))
                if found is None and head_id > last:
                    problems.append(f"the trail ends at #{last}, but {label} recorded #{head_id}: "
                                    f"entries #{last + 1}–#{head_id} were removed (truncated, or "
                                    "the database was put back from an older copy)")
                elif found != head_mac:
                    problems.append(f"entry #{head_id} is not the one {label} recorded")
        if problems:
            return Check("audit tail", False, _joined(problems))
        if not heads:
            return Check("audit tail", True, f"the trail reaches #{last}; no head recorded "
                                             "outside it yet (one is kept at each lock)")
        return Check("audit tail", True, f"the trail reaches #{last} and holds the "
                                         f"{len(heads)} head(s) recorded outside it: "
                                         + ", ".join(label for label, _, _ in heads)[:200])

    def _recorded_heads(self) -> tuple[list[tuple[str, int, str]], list[str]]:
        heads: list[tuple[str, int, str]] = []
        problems: list[str] = []
        recorded = self.vault.audit_head.recorded()
        if recorded is not None:
            record, authentic = recorded
            if not authentic:
                problems.append("the head recorded in the key file does not authenticate with "
                                "this database's key (the key file was edited, or belongs with "
                                "another copy of the database)")
            else:
                heads.append((f"the lock of {record.get('at', '?')}", int(record["id"]),
                              str(record["mac"])))
        return heads + self._backup_heads(), problems

    def _backup_heads(self) -> list[tuple[str, int, str]]:
        """Heads of this vault's backups in its backup folder made after its last restore (a
        restore legitimately puts the trail back to an older head)."""
        with self.vault.session() as db:
            restored = db.scalar(select(func.max(AuditEntry.at)).where(
                AuditEntry.action == str(AuditAction.RESTORE)))
        vault_id = self.vault.read_keyfile().vault_id
        heads = []
        folder = self.vault.paths.backups
        for path in sorted(folder.glob(f"*{backup.SUFFIX}")) if folder.is_dir() else []:
            head = _manifest_head(path, vault_id, restored)
            if head is not None:
                heads.append((f"backup {path.name}", *head))
        return heads

    def pages(self) -> list[Check]:
        with self.vault.raw_connection() as connection:
            found = sqlc.cipher_settings(connection)
            settings = Check(
                "cipher settings", found.as_required,
                f"SQLCipher {found.version}; journal {found.journal_mode}; synchronous "
                f"{'FULL' if found.synchronous == 2 else found.synchronous}; memory "
                f"security {'on' if found.memory_security else 'off'}")
            return [settings, *page_checks(sqlc.integrity_problems(connection))]


def _manifest_head(path: Path, vault_id: str, restored: datetime | None) -> tuple[int, str] | None:
    try:
        manifest: dict[str, Any] = backup.read_manifest(path)
        created = datetime.fromisoformat(str(manifest["created"])).astimezone(UTC)
        head = (int(manifest["audit_head"]["id"]), str(manifest["audit_head"]["mac"]))
    except (VaultError, KeyError, TypeError, ValueError, OSError):
        return None
    if manifest["vault_id"] != vault_id:
        return None
    if restored is not None and created.replace(tzinfo=None) <= restored:
        return None
    return head


def verify_unopened(vault: Vault, username: str, password: str) -> VerifyReport:
    """What can be checked when the database does not open far enough for a login."""
    checks = [key_file_check(vault), *page_checks(vault.inspect_pages(username, password))]
    checks += [Check(name, False, NOT_OPENED, checked=False)
               for name in ("schema", "schema objects", "audit chain", "audit tail")]
    return VerifyReport(tuple(checks))
