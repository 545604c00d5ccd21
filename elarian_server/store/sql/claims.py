"""Claims in SQL (SQLite and PostgreSQL): a job row's ``owner`` and ``lease_until``."""

from __future__ import annotations

from collections.abc import Collection

from ..base import JOBS, ClaimsTx
from .common import SqlAggregate


def _table(jobs: str) -> str:
    if jobs not in JOBS:
        raise ValueError(f"{jobs!r} holds no jobs (one of {', '.join(sorted(JOBS))})")
    return jobs


class SqlClaims(SqlAggregate, ClaimsTx):
    LOCK_ROWS = ""
    """What the store's SQL adds to the SELECT of the rows a claim takes (PostgreSQL: lock them,
    skipping rows another transaction has locked)."""

    def claim(self, jobs: str, ids: Collection[int], owner: str, until: float, now: float) -> list[int]:
        table = _table(jobs)
        if not ids:
            return []
        marks = ", ".join("?" * len(ids))
        rows = self.db.execute(
            f"UPDATE {table} SET owner = ?, lease_until = ? WHERE id IN (SELECT id FROM {table}"
            f" WHERE id IN ({marks}) AND (owner IS NULL OR owner = ? OR lease_until <= ?){self.LOCK_ROWS})"
            " RETURNING id",
            (owner, until, *ids, owner, now),
        )
        return sorted(int(row[0]) for row in rows)

    def renew_claims(self, jobs: str, owner: str, until: float) -> int:
        table = _table(jobs)
        # rows another transaction holds (an answer being recorded, a job being settled) are
        # skipped, not waited for: that transaction may be waiting for one this UPDATE took
        # (a deadlock, seen on PostgreSQL); what it leaves is renewed next time
        return self.db.execute(
            f"UPDATE {table} SET lease_until = ? WHERE id IN (SELECT id FROM {table} WHERE owner = ?{self.LOCK_ROWS})",
            (until, owner),
        ).rowcount

    def release_claims(self, jobs: str, owner: str, ids: Collection[int] | None = None) -> int:
        table = _table(jobs)
        args: tuple[object, ...]
        if ids is None:
            sql = (  # as renew_claims: what another transaction holds is left to its lease
                f"UPDATE {table} SET owner = NULL, lease_until = NULL"
                f" WHERE id IN (SELECT id FROM {table} WHERE owner = ?{self.LOCK_ROWS})"
            )
            args = (owner,)
        elif not ids:
            return 0
        else:
            marks = ", ".join("?" * len(ids))
            sql = f"UPDATE {table} SET owner = NULL, lease_until = NULL WHERE owner = ? AND id IN ({marks})"
            args = (owner, *ids)
        return self.db.execute(sql, args).rowcount
