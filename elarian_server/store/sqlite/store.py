"""``SqliteStore``: one SQLite file (WAL), one writing connection, one lock; each transaction an ``SqlTx``.

One writing connection, one lock: every transaction is ``BEGIN IMMEDIATE`` ... ``COMMIT``
under the lock, so commands never interleave half-way. The lock is handed to waiting threads
in turn, the committer's first (``FairLock``): background batches cannot keep it from the
commands an app waits on. WAL with
``synchronous=NORMAL`` keeps every committed transaction across a crash of the
process (a power cut may lose the last few). A COMMIT never checkpoints (copies the log into
the file, syncing it): a thread of the store's does, every ``CHECKPOINT_SECONDS``, so that a
commit made on the runtime's event loop never waits for the disk.

Reads take neither the lock nor the write lock: ``read()`` opens a read transaction on
the calling thread's own read-only connection to the file (WAL lets readers and the
writer run at once), so a lookup sees one consistent snapshot of what had committed
when it began, and cannot write.

``:memory:`` is a throwaway store: a file in a fresh temporary directory, written without
syncing and removed on ``close()``, so that a test runs on the same connections, snapshots
and locks as a file does (an SQLite in-memory database is one connection's alone).

Migrations (``schema.py``) are numbered SQL scripts applied in order, each in its own
transaction; ``schema_version`` says how far a file has come. A file written by
a newer version is refused rather than guessed at.

A transaction is ``SqlTx`` (``store/sql``: the aggregates' SQL, shared with the PostgreSQL
store) on the connection itself.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
import tempfile
import threading
from collections import deque
from collections.abc import Collection, Hashable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

from ..base import Store, StoreClosed, Tx
from ..sql import SqlTx
from .schema import MIGRATIONS, SchemaError

_KEEP = 16  # idle read connections kept open for the next reads
CHECKPOINT_SECONDS = 0.25  # how often the log is copied into the file (PASSIVE checkpoints)
log = logging.getLogger("elarian_server.store")


class FairLock:
    """The writing connection's lock, granted to waiting threads in turn: first to the threads
    marked ``first`` (the committer: commands an app waits on), then in the order asked for.

    ``threading.Lock`` is neither: the thread that lets go usually takes it again before a
    waiting thread wakes (the waiter needs the GIL back too), so a thread running transaction
    after transaction (a campaign's batches, the sender's) held the committer off for as long as
    it ran. Here the lock passes straight to the waiter chosen, who then holds it."""

    def __init__(self) -> None:
        self._mutex = threading.Lock()
        self._held = False
        self._first: deque[threading.Lock] = deque()
        self._rest: deque[threading.Lock] = deque()
        self._marked = threading.local()
        self._owner: int | None = None  # the thread holding it (None while it is handed over)

    def first(self) -> None:
        """The calling thread's transactions go before those of unmarked threads waiting."""
        self._marked.first = True

    @property
    def waiting(self) -> int:
        """How many threads wait for the lock."""
        with self._mutex:
            return len(self._first) + len(self._rest)

    def acquire(self, blocking: bool = True) -> bool:
        """Take the lock, waiting for it; or (``blocking`` False) only if nobody holds it or
        waits for it. Whether it was taken."""
        me = threading.get_ident()
        with self._mutex:
            if self._owner == me:  # a transaction inside a transaction: say so, do not hang
                raise RuntimeError("this thread holds the store's write lock already")
            if not self._held:
                self._held, self._owner = True, me
                return True
            if not blocking:
                return False
            gate = threading.Lock()
            gate.acquire()
            waiters = self._first if getattr(self._marked, "first", False) else self._rest
            waiters.append(gate)
        try:
            gate.acquire()  # released by the holder as it hands the lock over
        except BaseException:  # interrupted while waiting: leave the queue, or pass the lock on
            with self._mutex:
                granted = gate not in waiters
                if not granted:
                    waiters.remove(gate)
            if granted:
                self.release()
            raise
        self._owner = me
        return True

    def release(self) -> None:
        with self._mutex:
            self._owner = None
            if self._first:
                self._first.popleft().release()  # still held: by that waiter now
            elif self._rest:
                self._rest.popleft().release()
            else:
                self._held = False

    def __enter__(self) -> None:
        self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


class SqliteStore(Store):
    """The SQLite store. ``path`` may be ``:memory:`` (a throwaway store, for tests) or a file."""

    on_loop = True  # statements on a local file: reads, and writes when the lock is free

    def __init__(self, path: str | Path = ":memory:") -> None:
        self.path = str(path)
        self._scratch: str | None = None  # the directory of a throwaway store
        if self.path == ":memory:":
            self._scratch = tempfile.mkdtemp(prefix="elarian-store-")
            self._file = Path(self._scratch) / "store.db"
        else:
            self._file = Path(self.path)
        self._db = sqlite3.connect(self._file, isolation_level=None, check_same_thread=False)
        self._lock = FairLock()  # the writing connection's; in the order asked for
        self._idle_lock = threading.Lock()
        self._idle: list[sqlite3.Connection] = []  # read connections not in use (at most _KEEP)
        self._closed = False
        db = self._db
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("PRAGMA journal_mode = WAL")
        # a throwaway store keeps nothing past the process, so it need not reach the disk
        db.execute("PRAGMA synchronous = OFF" if self._scratch else "PRAGMA synchronous = NORMAL")
        db.execute("PRAGMA busy_timeout = 5000")
        # a COMMIT never copies the log into the file (which syncs it: milliseconds, and a COMMIT
        # may run on the event loop, Runtime._write_here): a thread of the store's does, below
        db.execute("PRAGMA wal_autocheckpoint = 0")
        self._migrate()
        self._checkpointed = threading.Event()  # set by close(): the thread's last pass
        self._checkpointer = threading.Thread(
            target=self._checkpoints, name="elarian-store-checkpoints", daemon=True
        )
        self._checkpointer.start()

    @property
    def schema_version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        version = self.schema_version
        if version > len(MIGRATIONS):
            raise SchemaError(
                f"{self.path} has schema version {version}; this runtime knows up to {len(MIGRATIONS)}"
            )
        for number in range(version, len(MIGRATIONS)):
            with self._lock:
                # executescript commits anything pending first, so the script opens its own
                # transaction: a failing migration leaves the file at the previous version
                try:
                    self._db.executescript(
                        f"BEGIN IMMEDIATE;\n{MIGRATIONS[number]}\nPRAGMA user_version = {number + 1};\nCOMMIT;"
                    )
                except BaseException:
                    if self._db.in_transaction:
                        self._db.execute("ROLLBACK")
                    raise

    def transaction(self, keys: Collection[Hashable] | None = None) -> AbstractContextManager[Tx]:
        """One writer at a time (this process's lock, then SQLite's): ``keys`` change nothing."""
        self._lock.acquire()
        return self._locked()

    def transaction_now(self) -> AbstractContextManager[Tx] | None:
        """A transaction if the write lock is free now (no thread holds it or waits for it), else
        None: for a thread that must not wait (the event loop)."""
        return self._locked() if self._lock.acquire(blocking=False) else None

    @contextmanager
    def _locked(self) -> Iterator[Tx]:
        """A transaction under the write lock the caller took (let go when it ends)."""
        try:
            if self._closed:
                raise StoreClosed("the store is closed")
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield SqlTx(self._db, self.publisher)
                self._db.execute("COMMIT")
            except BaseException:
                if self._db.in_transaction:  # the block failed, or COMMIT did (a deferred constraint)
                    self._db.execute("ROLLBACK")
                raise
        finally:
            self._lock.release()

    def write_first(self) -> None:
        self._lock.first()

    @contextmanager
    def read(self) -> Iterator[Tx]:
        """A snapshot of what has committed, on a read-only connection of its own (no lock taken).
        Not inside a ``transaction()``: it would not see that transaction's writes."""
        db = self._reader()
        db.execute("BEGIN")
        try:
            yield SqlTx(db, self.publisher)
        finally:
            self._release(db, snapshot=True)

    @contextmanager
    def lookup(self) -> Iterator[Tx]:
        """Like ``read()``, each statement on its own (no snapshot: half the statements)."""
        db = self._reader()
        try:
            yield SqlTx(db, self.publisher)
        finally:
            self._release(db, snapshot=False)

    def _reader(self) -> sqlite3.Connection:
        with self._idle_lock:
            if self._closed:
                raise StoreClosed("the store is closed")
            db = self._idle.pop() if self._idle else None
        if db is None:
            uri = self._file.resolve().as_uri() + "?mode=ro"
            db = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
            db.execute("PRAGMA busy_timeout = 5000")
        return db

    def _release(self, db: sqlite3.Connection, snapshot: bool) -> None:
        try:
            if snapshot:
                db.execute("COMMIT")  # ends the read transaction (its snapshot); nothing was written
        except sqlite3.Error:
            db.close()
            return
        with self._idle_lock:
            if self._closed or len(self._idle) >= _KEEP:
                db.close()
            else:
                self._idle.append(db)

    def _checkpoints(self) -> None:
        """Copy what the log holds into the file every ``CHECKPOINT_SECONDS``, on a connection of
        its own, waiting for no reader or writer (PASSIVE: what a snapshot still needs, later)."""
        db = sqlite3.connect(self._file, isolation_level=None, check_same_thread=False)
        if self._scratch is not None:
            db.execute("PRAGMA synchronous = OFF")  # a throwaway store need not reach the disk
        failing = False
        try:
            while not self._checkpointed.wait(CHECKPOINT_SECONDS):
                try:
                    db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
                    failing = False
                except Exception:  # said once until it works again; the log grows meanwhile
                    if not failing:
                        log.exception("checkpointing %s failed; trying again", self._file)
                    failing = True
        finally:
            db.close()

    def close(self) -> None:
        self._checkpointed.set()
        self._checkpointer.join(10)
        with self._idle_lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for db in idle:
            db.close()
        with self._lock:
            self._db.close()
        if self._scratch is not None:
            shutil.rmtree(self._scratch, ignore_errors=True)
