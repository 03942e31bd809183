"""Per-year counts kept in the vault (`models.StatisticsCache`), so that a year is counted once
and ten years are read, not recounted.

Invalidation is by triggers (migration 0011): any write to the cases, their sections or the
prevention register deletes the rows of the years it could change, in the same transaction. A row
is also ignored when its fingerprint differs: the SHA-256 of the counting SQL (so a changed
definition recounts) and of the schema revision (so a migration recounts). Counting and storing
happen in one write transaction, so no write can fall between them unseen.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable

from sqlalchemy import delete, func, select, text
from sqlalchemy.orm import Session

from desktop.models import StatisticsCache
from desktop.reports.figures import Period, StatsFilter
from desktop.services.statistics.counting import PeriodCounts, count_statements

FORMAT = "1"  # bump when PeriodCounts' JSON changes
MAX_ROWS = 2_000  # scopes × years kept; the oldest computed go first
_SQL_DIGESTS: dict[tuple[StatsFilter, tuple[int, ...]], str] = {}


def scope(f: StatsFilter, bins: tuple[int, ...]) -> str:
    return f"{f.agency_code}|{f.district}|{','.join(map(str, bins))}"


def _sql_digest(db: Session, f: StatsFilter, bins: tuple[int, ...]) -> str:
    """The counting statements written out for a reference year: any change of a definition
    changes it."""
    key = (f, bins)
    if key not in _SQL_DIGESTS:
        digest = hashlib.sha256(FORMAT.encode())
        for statement in count_statements([Period.year(2000)], f, bins):
            compiled = statement.compile(db.get_bind(), compile_kwargs={"literal_binds": True})
            digest.update(str(compiled).encode())
        _SQL_DIGESTS[key] = digest.hexdigest()
    return _SQL_DIGESTS[key]


def fingerprint(db: Session, f: StatsFilter, bins: tuple[int, ...]) -> str:
    revision = db.execute(text("SELECT version_num FROM alembic_version")).scalar() or ""
    return hashlib.sha256(f"{_sql_digest(db, f, bins)}|{revision}".encode()).hexdigest()


def read(db: Session, years: Iterable[int], where: str, print_: str) -> dict[int, PeriodCounts]:
    found: dict[int, PeriodCounts] = {}
    rows = db.execute(select(StatisticsCache.year, StatisticsCache.fingerprint,
                             StatisticsCache.counts)
                      .where(StatisticsCache.scope == where, StatisticsCache.year.in_(list(years))))
    for year, stored_print, counts in rows:
        if stored_print == print_:
            found[int(year)] = PeriodCounts.from_json(json.loads(counts))
    return found


def write(db: Session, counts: dict[int, PeriodCounts], where: str, print_: str) -> None:
    """Store the years counted (inside the transaction that counted them)."""
    if not counts:
        return
    db.execute(delete(StatisticsCache).where(StatisticsCache.scope == where,
                                             StatisticsCache.year.in_(list(counts))))
    db.add_all(StatisticsCache(year=year, scope=where, fingerprint=print_,
                               counts=json.dumps(c.as_json(), separators=(",", ":")))
               for year, c in counts.items())
    db.flush()
    kept = db.scalar(select(func.count()).select_from(StatisticsCache)) or 0
    if kept > MAX_ROWS:
        oldest = (select(StatisticsCache.computed_at).order_by(StatisticsCache.computed_at)
                  .offset(kept - MAX_ROWS).limit(1).scalar_subquery())
        db.execute(delete(StatisticsCache).where(StatisticsCache.computed_at < oldest))
