"""The audit chain head kept in the key file at each lock (A3), so that a truncated audit trail, or
a database put back from an older copy, shows in `casedesk verify`. Held by `Vault` as
`vault.audit_head`.

What it can and cannot show (docs/SECURITY.md, "Truncation"): the record is tagged under the
database key, so someone without the key can neither forge a record nor make one match an older
database, only remove or roll back the key file together with the database. Someone holding the
key (any account's password) can rewrite both; against them only heads kept elsewhere count
(backup manifests off the workstation, the head shown on the audit screen).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import audit_chain, crypto

if TYPE_CHECKING:
    from .vault import Vault


class AuditHead:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def record(self) -> None:
        """Write the current head into the key file when the chain still holds the head recorded
        before (it grew from there). A chain that no longer holds it keeps the old record, for
        verify to name, until a restore clears it. Best effort, like the planner statistics on
        lock: a damaged database or key file must not stop a lock."""
        vault = self.vault
        try:
            keyfile = vault.read_keyfile()
            recorded = keyfile.audit_head or {}
            with vault.engine.connect() as connection:
                row = connection.exec_driver_sql(
                    "SELECT id, mac, epoch FROM audit_entries ORDER BY id DESC LIMIT 1").first()
                kept = connection.exec_driver_sql(
                    "SELECT mac FROM audit_entries WHERE id = ?", (recorded.get("id"),)).first()
            if row is None or (recorded.get("id"), recorded.get("mac")) == (row[0], row[1]):
                return
            if recorded and (kept is None or kept[0] != recorded.get("mac")):
                return
            keyfile.audit_head = audit_chain.head_record(
                vault._current_dek(), keyfile.vault_id, int(row[0]), str(row[1]), int(row[2]))
            vault.write_keyfile(keyfile)
        except Exception:  # noqa: BLE001 - best effort; the lock itself is what matters
            return

    def recorded(self) -> tuple[dict[str, Any], bool] | None:
        """The head kept at the last lock, and whether its tag authenticates under this
        database's key (in any epoch of its chain); None when none was recorded yet."""
        keyfile = self.vault.read_keyfile()
        if keyfile.audit_head is None:
            return None
        with self.vault.raw_connection() as connection:
            try:
                keys = audit_chain.epoch_keys(self.vault._current_dek(),
                                              audit_chain.epochs_from_connection(connection))
            except crypto.DecryptionFailed:
                keys = {}
        authentic = audit_chain.head_record_authentic(keyfile.audit_head, keys, keyfile.vault_id)
        return keyfile.audit_head, authentic
