"""SQLCipher connections and the SQLAlchemy engine over them (K1, K2, D1, D2).

The database key is applied as a raw 256-bit key (`PRAGMA key = "x'…'"`), hex-checked first, so
SQLCipher's own passphrase KDF is never used. Every connection is probed before use; the engine's
pool is disposed on lock so that no keyed connection outlives the unlocked session.

Memory security (`PRAGMA cipher_memory_security`, which locks and wipes every SQLite allocation)
is OFF by default, as SQLCipher ships it since 4.5.0; SQLCipher wipes its own key material in any
case. The vault setting `memory_security` turns it on for a workstation at high risk; once on, it
stays on for the life of the process (SQLCipher's rule).
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from .errors import PageDamaged, VaultCorrupt, WrongCredentials

_HEX_KEY = re.compile(r"^[0-9a-f]{64}$")
MIN_CIPHER_MAJOR = 4
#: The vault setting (in the encrypted `settings` table) that turns memory security on.
MEMORY_SECURITY_SETTING = "memory_security"
#: Decrypted pages kept per connection (KiB): a page read twice is decrypted and authenticated
#: once. The pool holds two connections in practice (the GUI thread and the worker).
CACHE_KIB = 32 * 1024
#: The settings of every connection, encrypted or not (the benchmark's floor uses the same).
CONNECTION_PRAGMAS = (
    "journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON", "temp_store = MEMORY",
    "secure_delete = ON", "busy_timeout = 5000", f"cache_size = -{CACHE_KIB}",
)
#: SQLite's result codes for a page that does not decode: SQLITE_CORRUPT, SQLITE_NOTADB. Under
#: SQLCipher a page whose HMAC fails surfaces as one of these.
DAMAGE_CODES = frozenset({11, 26})
QUICK_CHECK_STOPPED = "quick_check stopped at a damaged page"

dbapi = sqlcipher3.dbapi2


def silence_cipher_log(connection: Any) -> None:
    """SQLCipher logs to stderr by default (level WARN since 4.6): a damaged page prints three
    lines per read, beside CaseDesk's one-line message. The level is process-wide; CaseDesk
    reports every such fault itself (`cipher_integrity_check` names the pages)."""
    connection.execute("PRAGMA cipher_log_level = NONE").fetchall()


def is_damage(error: BaseException) -> bool:
    """Did SQLite refuse a page (corrupt, or not a database after a failed HMAC)?"""
    return getattr(error, "sqlite_errorcode", None) in DAMAGE_CODES


def key_pragma(dek: bytes | bytearray) -> str:
    """The PRAGMA that applies a raw key; refuses anything that is not exactly 32 bytes (K1)."""
    if len(dek) != 32:
        raise ValueError("database key must be 32 bytes")
    hexed = bytes(dek).hex()
    if not _HEX_KEY.match(hexed):
        raise ValueError("database key must be hexadecimal")
    return f"PRAGMA key = \"x'{hexed}'\""


def restrict_permissions(path: Path) -> None:
    """Owner-only permissions on a vault file, if it exists (D1)."""
    if path.exists() and os.name == "posix":
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)


def sidecar_files(path: Path) -> list[Path]:
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


def connect(path: Path, dek: bytes | bytearray, *, create: bool = False,
            memory_security: bool = False) -> Any:
    """Open a keyed SQLCipher connection, probe it and apply the vault's settings."""
    if not create and not path.exists():
        raise FileNotFoundError(path.name)
    previous_umask = os.umask(0o077) if os.name == "posix" else None
    try:
        connection = dbapi.connect(str(path), check_same_thread=False, isolation_level=None)
    finally:
        if previous_umask is not None:
            os.umask(previous_umask)
    try:
        silence_cipher_log(connection)  # before the key: the first page read may already fail
        connection.execute(key_pragma(dek))
        silence_cipher_log(connection)  # and after, should activation have reset the level
        if memory_security:
            connection.execute("PRAGMA cipher_memory_security = ON")
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except dbapi.DatabaseError as exc:
            raise WrongCredentials("The database key does not open this vault.") from exc
        version = connection.execute("PRAGMA cipher_version").fetchone()
        if not version or int(str(version[0]).split(".")[0]) < MIN_CIPHER_MAJOR:
            raise VaultCorrupt("SQLCipher 4 or later is required to open the vault.")
        for pragma in CONNECTION_PRAGMAS:
            connection.execute(f"PRAGMA {pragma}").fetchall()
    except BaseException:
        connection.close()
        raise
    for file in sidecar_files(path):
        restrict_permissions(file)
    return connection


def make_engine(path: Path, dek_provider: Callable[[], bytes | bytearray], *,
                memory_security: bool = False) -> Engine:
    """An engine whose connections are keyed at creation; dispose it on lock (K2)."""

    def creator() -> Any:
        return connect(path, dek_provider(), memory_security=memory_security)

    engine = create_engine(
        "sqlite://",
        module=dbapi,
        creator=creator,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=4,
        pool_use_lifo=True,  # the most recently used connection first: its page cache is warm
        hide_parameters=True,
    )

    # pysqlite-style drivers begin transactions lazily; take control so SAVEPOINTs and DDL behave.
    # IMMEDIATE: a deferred transaction that reads, then writes (an audit entry after a read,
    # say) fails at once with "database is locked" when another connection wrote meanwhile —
    # SQLite cannot wait there without breaking isolation. Taking the write lock at BEGIN lets
    # busy_timeout queue the two instead; WAL readers outside transactions are unaffected.
    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    # A damaged page met by any query is the named vault fault, never a bare DatabaseError. The
    # connection is dropped from the pool: SQLCipher keeps the codec of a connection that met a
    # bad HMAC in an error state, so every later statement on it would fail too.
    @event.listens_for(engine, "handle_error")
    def _damaged(context: Any) -> BaseException | None:
        if not is_damage(context.original_exception):
            return None
        context.is_disconnect = True
        context.invalidate_pool_on_disconnect = False
        return PageDamaged()

    return engine


@dataclass(frozen=True)
class CipherSettings:
    version: str
    journal_mode: str
    synchronous: int
    memory_security: bool

    @property
    def as_required(self) -> bool:
        """SQLCipher 4 or later, WAL and synchronous=FULL (D1)."""
        return (self.version.startswith(("4.", "5.")) and self.journal_mode.lower() == "wal"
                and self.synchronous == 2)


def memory_security_wanted(connection: Any) -> bool:
    """The vault's `memory_security` setting, read on a keyed connection (off when unset)."""
    try:
        row = connection.execute("SELECT value FROM settings WHERE key = ?",
                                 (MEMORY_SECURITY_SETTING,)).fetchone()
    except dbapi.DatabaseError:  # a vault being created has no settings table yet
        return False
    return bool(row) and str(row[0]).strip().lower() == "true"


def cipher_settings(connection: Any) -> CipherSettings:
    memory = connection.execute("PRAGMA cipher_memory_security").fetchone()
    return CipherSettings(
        str(connection.execute("PRAGMA cipher_version").fetchone()[0]),
        str(connection.execute("PRAGMA journal_mode").fetchone()[0]),
        int(connection.execute("PRAGMA synchronous").fetchone()[0]),
        bool(memory and str(memory[0]) == "1"),
    )


def integrity_problems(connection: Any) -> list[str]:
    """Run SQLCipher's HMAC page check and SQLite's quick check; return what they report (D2).

    Each runs on its own, so a structure check stopped by a damaged page still leaves the page
    check's list of every page that fails."""
    problems: list[str] = []
    try:
        rows = connection.execute("PRAGMA cipher_integrity_check").fetchall()
        problems.extend(f"cipher: {row[0]}" for row in rows)
    except dbapi.DatabaseError as exc:
        problems.append(f"cipher: the page check stopped ({type(exc).__name__})")
    try:
        rows = connection.execute("PRAGMA quick_check").fetchall()
        problems.extend(f"structure: {row[0]}" for row in rows if row[0] != "ok")
    except dbapi.DatabaseError as exc:
        problems.append(f"structure: {QUICK_CHECK_STOPPED}" if is_damage(exc)
                        else f"structure: quick_check failed ({type(exc).__name__})")
    return problems


def inspect_pages(path: Path, dek: bytes | bytearray) -> list[str]:
    """`integrity_problems` on a database that fails the probe of `connect` (its first page, or
    the schema, does not decode): keyed, nothing else read, set or written."""
    if not path.exists():
        raise FileNotFoundError(path.name)
    connection = dbapi.connect(str(path), check_same_thread=False, isolation_level=None)
    try:
        silence_cipher_log(connection)
        connection.execute(key_pragma(dek))
        return integrity_problems(connection)
    finally:
        connection.close()


def checkpoint(connection: Any) -> None:
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def export_to(connection: Any, target: Path, target_dek: bytes | bytearray) -> None:
    """Copy the whole database into a new file under another key (`sqlcipher_export`)."""
    if target.exists():
        raise FileExistsError(target.name)
    literal = str(target).replace("'", "''")
    hexed = bytes(target_dek).hex()
    if not _HEX_KEY.match(hexed):
        raise ValueError("database key must be 32 bytes")
    previous_umask = os.umask(0o077) if os.name == "posix" else None
    try:
        connection.execute(f"ATTACH DATABASE '{literal}' AS exported KEY \"x'{hexed}'\"")
        try:
            connection.execute("SELECT sqlcipher_export('exported')").fetchall()
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            connection.execute(f"PRAGMA exported.user_version = {int(version)}")
        finally:
            connection.execute("DETACH DATABASE exported")
    finally:
        if previous_umask is not None:
            os.umask(previous_umask)
    restrict_permissions(target)


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def cipher_version() -> str:
    connection = dbapi.connect(":memory:")
    try:
        silence_cipher_log(connection)
        row = connection.execute("PRAGMA cipher_version").fetchone()
        return str(row[0]) if row else "unknown"
    finally:
        connection.close()
