"""``PostgresStore``: the runtime's data in a PostgreSQL database, for several runtime instances
on one database (or one instance on a server of its own).

Transactions are ``SqlTx`` (``store/sql``: the SQL SQLite runs too) on a connection of a
psycopg pool, behind ``PgDb``, which turns the shared SQL's ``?`` parameters into psycopg's.

Writes. The engine reads, decides and writes within one transaction (a balance checked,
then moved; a number looked up, then given a customer), which is correct only if no other
transaction writes what it read in between. So a write transaction first takes advisory
locks, held to its end: given the keys of what it touches (``transaction(keys)``: the
customers, purses, numbers of its commands), the store-wide lock shared and one lock per
key, in one order (sorted by the keys' 64-bit hashes, so two transactions never wait on each
other in a cycle); given none (anything else: timers, work on every holder of a tag, a
simulator's commands), the store-wide lock alone, exclusive, so it runs alone. Then each
statement sees everything committed by whoever held those locks before (READ COMMITTED).
Transactions of different customers run at once, on one instance or several.

Reads and lookups take no lock: ``read()`` is a REPEATABLE READ, READ ONLY transaction (one
snapshot), ``lookup()`` READ ONLY statements that each see what has committed.

Other instances' commits: a write that wrote a notification, moved a timer, answered a
waiting simulator or freed a lease sends a NOTIFY with its COMMIT; ``watch()`` LISTENs on a
connection of its own and wakes what waits here (docs/runtime.md, Scale-out).

Migrations (``schema.py``) run under the store-wide lock, exclusive, so instances starting
together apply each once; a database written by a newer version is refused (``SchemaError``).
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
import uuid
from collections import Counter
from collections.abc import Callable, Collection, Hashable, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from functools import lru_cache
from typing import Any

import psycopg
from psycopg import pq
from psycopg.adapt import Dumper
from psycopg.conninfo import conninfo_to_dict
from psycopg_pool import ConnectionPool, PoolTimeout

from ..base import EFFECTS, SchemaError, Store, StoreClosed, StoreUnavailable, TransactionAborted, Tx, tell
from ..sql import SqlTx
from ..sql.common import Cursor
from ..urls import describe
from .schema import MIGRATIONS

WRITE_LOCK = 0x454C_4152_4941_4E01  # "ELARIAN" + 1: the store-wide advisory lock (shared or exclusive)
_CHANNELS = {flag: f"elarian_{flag}" for flag in EFFECTS}  # a NOTIFY channel per flag of Effects
_FLAGS = {channel: flag for flag, channel in _CHANNELS.items()}
log = logging.getLogger("elarian_server.store")
_ACTIVE = (pq.TransactionStatus.INTRANS, pq.TransactionStatus.INERROR)
# A transaction of ours runs its statements back to back; one that sits idle this long belongs to
# a process stopped (SIGSTOP, a debugger) or stuck mid-write, and holds its locks (the store-wide
# one too) from every instance: the server ends its session, and the others go on.
IDLE_IN_TRANSACTION = 60.0
_ROWS = pq.ExecStatus.TUPLES_OK


class _BoolAsInteger(Dumper):
    """A Python bool as an INTEGER 0 or 1, as SQLite stores it (the shared SQL's flag columns)."""

    oid = psycopg.adapters.types["int4"].oid

    def dump(self, obj: bool) -> bytes:
        return b"1" if obj else b"0"


def _configure(conn: psycopg.Connection[Any]) -> None:
    conn.adapters.register_dumper(bool, _BoolAsInteger)


def _with_idle_limit(url: str, limit_ms: int) -> str:
    """The URL's own ``options`` (if any), and the server's limit on a transaction left idle."""
    given = conninfo_to_dict(url).get("options") or ""
    return f"{given} -c idle_in_transaction_session_timeout={limit_ms}".strip()


def _lock_id(key: Hashable) -> int:
    """A key's advisory lock: a 64-bit hash of its repr (tuples of strings and numbers: stable
    across processes, unlike ``hash()``). Two keys sharing one only wait on each other."""
    return int.from_bytes(hashlib.blake2b(repr(key).encode(), digest_size=8).digest(), "big", signed=True)


@lru_cache(maxsize=1024)
def _psycopg_sql(sql: str) -> str:
    """The shared SQL's ``?`` parameters as psycopg's ``%s`` (a literal ``%`` doubled)."""
    return sql.replace("%", "%%").replace("?", "%s")


def _cores() -> int:
    """The cores this process may run on (a container's share, where the OS says it)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 2


class _Rows:
    """A statement's outcome, read in full when it ran: the transaction's one cursor moves on to
    the next statement, and a caller may still be reading this one's rows."""

    __slots__ = ("_at", "_rows", "rowcount")

    def __init__(self, rows: list[Any], rowcount: int) -> None:
        self._rows = rows
        self._at = 0
        self.rowcount = rowcount

    def fetchone(self) -> Any:
        if self._at < len(self._rows):
            self._at += 1
            return self._rows[self._at - 1]
        return None

    def fetchall(self) -> list[Any]:
        rest = self._rows[self._at :] if self._at else self._rows
        self._at = len(self._rows)
        return rest

    def __iter__(self) -> Iterator[Any]:
        return iter(self.fetchall())


class PgDb:
    """``store/sql``'s ``Db`` on a psycopg connection (in autocommit mode: the store says
    BEGIN and COMMIT itself, as it does on SQLite).

    One cursor serves every statement of the transaction (a cursor made per statement cost
    about a third of psycopg's CPU per statement, measured); each result is read in full at
    once into ``_Rows`` (psycopg has the whole result in memory by then anyway)."""

    __slots__ = ("_cursor", "conn")

    def __init__(self, conn: psycopg.Connection[Any]) -> None:
        self.conn = conn
        self._cursor = conn.cursor()

    @property
    def in_transaction(self) -> bool:
        return self.conn.info.transaction_status in _ACTIVE

    def execute(self, sql: str, parameters: Sequence[Any] = (), /) -> Cursor:
        cursor = self._cursor
        cursor.execute(_psycopg_sql(sql), parameters)
        # (not ``cursor.description``: it makes a Column per column at every look, measured at a
        # third of psycopg's CPU per get_state)
        result = cursor.pgresult
        rows = cursor.fetchall() if result is not None and result.status == _ROWS else []
        return _Rows(rows, cursor.rowcount)

    def executemany(self, sql: str, parameters: Iterable[Sequence[Any]], /) -> Cursor:
        cursor = self._cursor
        cursor.executemany(_psycopg_sql(sql), parameters)  # pipelined: one round trip for all
        return _Rows([], cursor.rowcount)

    def script(self, sql: str) -> None:
        """Statements of our own making, no parameters, in one round trip (BEGIN, COMMIT, NOTIFY)."""
        self._cursor.execute(sql.encode())


class PgTx(SqlTx):
    """``SqlTx`` with PostgreSQL's row locks where claims take rows."""

    LOCK_ROWS = " FOR UPDATE SKIP LOCKED"


class PostgresStore(Store):
    """The PostgreSQL store on ``url`` (``postgresql://user@host:port/db``, any libpq conninfo).

    ``pool_size``: connections kept at most (transactions, snapshots and lookups each hold one
    while they run)."""

    # Each statement is a round trip to the server, so several readers overlap their waits; but
    # each wait lets go of the GIL and takes it back, and with the server on the same cores the
    # readers' hand-offs cost more than the waits they overlap (2 cores, server local: 1 reader
    # did 1.3x the get_states/s of 4 on 0.6x the runtime's CPU, bench/scale.py's layout).
    readers = max(1, min(4, _cores() // 2))
    shared = True  # instances on one database share everything, and NOTIFY wakes them

    def __init__(
        self,
        url: str,
        *,
        pool_size: int = 16,
        connect_timeout: float = 10.0,
        idle_in_transaction: float = IDLE_IN_TRANSACTION,
    ) -> None:
        self.url = url
        self._idle_limit_ms = max(1, round(idle_in_transaction * 1000))
        # first one connection of our own: what is wrong (no server, a wrong password, no such
        # database) is said at once, in the server's words, not after the pool's retries
        try:
            conn = psycopg.connect(url, autocommit=True, connect_timeout=max(1, int(connect_timeout)))
        except psycopg.Error as exc:
            raise StoreUnavailable(f"cannot connect to {describe(url)}: {str(exc).strip()}") from None
        with conn:
            self._migrate(conn)
        self._pool = ConnectionPool(
            url,
            min_size=2,
            max_size=pool_size,
            # the limit rides on the connection's startup packet, not a SET round trip each
            kwargs={"autocommit": True, "options": _with_idle_limit(url, self._idle_limit_ms)},
            configure=_configure,
            open=False,
            name="elarian-store",
        )
        try:
            self._pool.open(wait=True, timeout=connect_timeout)
        except PoolTimeout as exc:
            self._pool.close()
            raise StoreUnavailable(f"cannot open connections to {describe(url)}: {exc}") from None
        self._watcher: threading.Thread | None = None
        self.woken: Counter[str] = Counter()
        self._closed = threading.Event()
        self._stop_channel = f"elarian_stop_{uuid.uuid4().hex}"  # close() wakes the watch on it
        # the payload of this store's NOTIFYs: one that comes back is its own commit, which woke
        # what it concerns here already (as on SQLite, the watch is for the others' commits)
        self._token = uuid.uuid4().hex

    # -- schema -----------------------------------------------------------------------------------------

    @property
    def schema_version(self) -> int:
        with self._pool.connection() as conn:
            return self._version(conn)

    @staticmethod
    def _version(conn: psycopg.Connection[Any]) -> int:
        row = conn.execute("SELECT to_regclass('elarian_schema_version') IS NOT NULL").fetchone()
        if not row or not row[0]:
            return 0
        row = conn.execute("SELECT version FROM elarian_schema_version").fetchone()
        return int(row[0]) if row else 0

    @staticmethod
    def _migrate(conn: psycopg.Connection[Any]) -> None:
        conn.execute("BEGIN")
        try:
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
            version = PostgresStore._version(conn)
            if version > len(MIGRATIONS):
                raise SchemaError(
                    f"the database has schema version {version}; this runtime knows up to {len(MIGRATIONS)}"
                )
            if version == 0:
                conn.execute("CREATE TABLE elarian_schema_version (version INTEGER NOT NULL)")
                conn.execute("INSERT INTO elarian_schema_version VALUES (0)")
            for number in range(version, len(MIGRATIONS)):
                conn.execute(MIGRATIONS[number].encode())  # no parameters: one script, as written
                conn.execute("UPDATE elarian_schema_version SET version = %s", (number + 1,))
            conn.execute("COMMIT")
        except BaseException:
            if conn.info.transaction_status in _ACTIVE:
                conn.execute("ROLLBACK")
            raise

    # -- transactions -------------------------------------------------------------------------------

    @contextmanager
    def transaction(self, keys: Collection[Hashable] | None = None) -> Iterator[Tx]:
        with self._connection() as conn:
            # BEGIN and the locks in one round trip (no parameters: the ids are integers we made)
            if keys is None:
                begin = f"BEGIN; SELECT pg_advisory_xact_lock({WRITE_LOCK})"
            else:
                ids = ",".join(str(i) for i in sorted({_lock_id(k) for k in keys}))
                begin = f"BEGIN; SELECT elarian_lock_keys({WRITE_LOCK}, '{{{ids}}}')"
            db = PgDb(conn)
            try:
                db.script(begin)
                tx = PgTx(db, self.publisher)
                yield tx
                if conn.info.transaction_status == pq.TransactionStatus.INERROR:
                    # a statement failed outside a savepoint and whoever ran it went on: COMMIT
                    # would roll back without a word, so say that nothing of it happened
                    raise TransactionAborted("a statement failed; the transaction was rolled back")
                # the NOTIFYs go out with the commit, to every instance (this one too, which knows
                # its own token): see watch()
                end = [
                    f"NOTIFY {channel}, '{self._token}'"
                    for flag, channel in _CHANNELS.items()
                    if getattr(tx, flag)
                ]
                db.script("; ".join([*end, "COMMIT"]))
            except BaseException:
                if db.in_transaction:  # the block failed (COMMIT rolls back itself)
                    db.script("ROLLBACK")
                raise

    def read(self) -> AbstractContextManager[Tx]:
        """One snapshot of what has committed; no lock taken, nothing written."""
        return self._read_only("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", snapshot=True)

    def lookup(self) -> AbstractContextManager[Tx]:
        """Each statement sees what had committed when it began (READ COMMITTED); nothing written."""
        return self._read_only("BEGIN READ ONLY")

    @contextmanager
    def _read_only(self, begin: str, snapshot: bool = False) -> Iterator[Tx]:
        with self._connection() as conn:
            db = PgDb(conn)
            db.script(begin)
            try:
                yield PgTx(db, self.publisher, snapshot)
            finally:
                if db.in_transaction:
                    db.script("ROLLBACK")  # nothing was written: ending it is all

    @contextmanager
    def _connection(self) -> Iterator[psycopg.Connection[Any]]:
        if self._pool.closed:
            raise StoreClosed("the store is closed")
        with self._pool.connection() as conn:
            yield conn

    # -- other instances' commits ---------------------------------------------------------------------

    def watch(self, wake: Mapping[str, Callable[[], None]]) -> None:
        """LISTEN on a connection of its own, on a thread of its own: a commit on another
        instance that set a flag of ``Effects`` calls ``wake[flag]`` here. A lost connection is opened
        again, and every callback is called once it is back (for what committed while nobody
        listened). ``close()`` ends it at once (a NOTIFY on a channel of this store's own)."""
        self._watcher = threading.Thread(
            target=self._watch, args=(dict(wake),), name="elarian-store-watch", daemon=True
        )
        self._watcher.start()

    def _watch(self, wake: dict[str, Callable[[], None]]) -> None:
        calls = {_CHANNELS[flag]: call for flag, call in wake.items()}
        while not self._closed.is_set():
            try:
                with psycopg.connect(self.url, autocommit=True) as conn:
                    for channel in [*calls, self._stop_channel]:
                        conn.execute(f"LISTEN {channel}")
                    for call in calls.values():  # whatever committed while no one listened
                        tell(call)
                    while not self._closed.is_set():
                        # the timeout only matters if close()'s NOTIFY never comes
                        for note in conn.notifies(timeout=5.0):
                            if note.channel == self._stop_channel:
                                return
                            flag = _FLAGS.get(note.channel)
                            if flag is not None and flag in wake and note.payload != self._token:
                                self.woken[flag] += 1
                                tell(wake[flag])
            except psycopg.Error as exc:
                if self._closed.is_set():
                    return
                log.warning("watching the database for other instances' commits: %s; again in 1 s", exc)
                self._closed.wait(1.0)

    def close(self) -> None:
        self._closed.set()
        if self._watcher is not None:
            try:
                with self._pool.connection() as conn:
                    conn.execute(f"NOTIFY {self._stop_channel}")
            except psycopg.Error:
                log.warning("could not tell the watch to stop; it stops within 5 s")
            self._watcher.join(10)
        self._pool.close()
