"""`storage.AuditLog` on the office server: the SECURITY DEFINER functions of `audit_sql`."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop.storage.store import AuditFields, ChainReport

APPEND = text("SELECT casedesk.audit_append(:action, :record_type, :record_id, :detail)")
VERIFY = text("SELECT checked, head_id, head_mac, problem, broken_id FROM casedesk.audit_verify()")


class ServerAuditLog:
    """Entries are sealed by the server when the caller's transaction commits; the entry's user
    is the session's own (the server ignores the user named by the client)."""

    def append(self, db: Session, entry: AuditFields) -> None:
        db.flush()
        db.execute(APPEND, {"action": entry.action, "record_type": entry.record_type,
                            "record_id": entry.record_id, "detail": entry.detail})

    def append_many(self, db: Session, entries: list[AuditFields]) -> None:
        """Each entry through the server's function (it alone may write the trail)."""
        db.flush()
        if entries:
            db.execute(APPEND, [{"action": e.action, "record_type": e.record_type,
                                 "record_id": e.record_id, "detail": e.detail} for e in entries])

    def verify(self, db: Session) -> ChainReport:
        row = db.execute(VERIFY).one()
        return ChainReport(int(row.checked), int(row.head_id), str(row.head_mac), row.problem,
                           row.broken_id)
