"""The secret store of the SQLCipher vault (`storage.SecretStore`): rows of `vault_secrets`
(migration 0012) inside the encrypted database, so they are under the DEK on disk and in every
backup, and a key rotation re-encrypts them with everything else.

Secrets are written once and never changed: a second write under the same name is refused, so a
bug can never silently replace the vault's identity.
"""

from __future__ import annotations

from sqlalchemy import Column, DateTime, LargeBinary, MetaData, String, Table, insert, select
from sqlalchemy.orm import Session

from desktop.models.base import utcnow

from .errors import VaultError

SECRETS = Table(
    "vault_secrets", MetaData(),
    Column("name", String(64), primary_key=True),
    Column("value", LargeBinary, nullable=False),
    Column("created_at", DateTime, nullable=False),
)
MAX_SECRET = 4096


class SecretExists(VaultError):
    default_message = "This secret already exists; it was left unchanged."


class DatabaseSecrets:
    """`SecretStore` on the vault's own encrypted database."""

    def read(self, db: Session, name: str) -> bytes | None:
        value = db.execute(select(SECRETS.c.value).where(SECRETS.c.name == name)).scalar()
        return None if value is None else bytes(value)

    def write(self, db: Session, name: str, secret: bytes) -> None:
        if not 0 < len(secret) <= MAX_SECRET or not 0 < len(name) <= 64:
            raise ValueError("secret name or size out of range")
        if self.read(db, name) is not None:
            raise SecretExists
        db.execute(insert(SECRETS).values(name=name, value=secret, created_at=utcnow()))
