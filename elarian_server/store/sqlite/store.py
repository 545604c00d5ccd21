"""``SqliteStore``: one SQLite file (WAL), one writing connection, one lock; each transaction an ``SqlTx``.

One writing connection, one lock: every transaction is ``BEGIN IMMEDIATE`` ... ``COMMIT``
under the lock, so commands never interleave half-way. The lock is handed to waiting threads
in turn, the committer's first (``FairLock``): background batches cannot keep it from the
commands an app waits on.

Several processes may open one file (``shared``: runtime instances, one of them running the
background work so that a campaign takes no CPU or GIL from the instance serving apps). Their
transactions take turns by an ``flock`` on ``<file>-writer`` as well (it wakes its waiter at
once; SQLite's own busy handler sleeps between tries, up to 100 ms), and each process learns of
the others' commits from counters: a transaction that set a flag of ``Effects`` adds one to its
process's count of that flag in the same commit, and a thread of each process's (``watch``)
looks at the others' counts whenever ``PRAGMA data_version`` says another connection committed.
WAL with
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

import contextlib
import fcntl
import logging
import os
import secrets
import shutil
import sqlite3
import struct
import tempfile
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Collection, Hashable, Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

from ..base import EFFECTS, Store, StoreClosed, Tx, tell
from ..sql import SqlTx
from .schema import MIGRATIONS, SchemaError

_KEEP = 16  # idle read connections kept open for the next reads
CHECKPOINT_SECONDS = 0.25  # how often the log is copied into the file (PASSIVE checkpoints)
WAL_BACKSTOP = 65536  # pages (256 MiB at 4 KiB) past which a COMMIT checkpoints after all
# How often a shared store looks whether another connection committed: every WATCH_SECONDS after
# a commit, twice as long after each look that found none, up to WATCH_QUIET (a look wakes a
# thread: ~0.1 ms of CPU on this machine's VM); every WATCH_ALONE while no other store has the file.
WATCH_SECONDS = 0.002
WATCH_QUIET = 0.032
WATCH_ALONE = 0.25
LOCK_WARN = 5.0  # seconds a write may wait for another process's write lock before the watch says so
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
        # a file other processes may open too; a throwaway store is this one's alone
        self.shared = self._scratch is None
        self._owner = secrets.token_hex(8)  # whose counts of Effects this store's commits add to
        self._writer = -1  # the file locked across processes while a transaction writes
        self._waiting_since: float | None = None  # since when a write here waits for another process's
        # (seconds, call): the call told (on the watch thread, once a wait) the pids holding the
        # write lock and how long a write here has waited, once that passes the seconds: serve
        # kills its own worker then (Worker.guard)
        self.on_stuck: tuple[float, Callable[[list[int], float], None]] | None = None
        self._warned: float | None = None  # the wait for the write lock said to be long (the watch's)
        self._stuck_told: float | None = None  # the wait on_stuck was told of (the watch's)
        self._lock = FairLock()  # the writing connection's; in the order asked for
        self._idle_lock = threading.Lock()
        self._idle: list[sqlite3.Connection] = []  # read connections not in use (at most _KEEP)
        self._closed = False
        self.woken: Counter[str] = Counter()
        try:
            if self.shared:
                self._writer = os.open(f"{self._file}-writer", os.O_RDWR | os.O_CREAT, 0o644)
                _here(self._writer)
            self._db = sqlite3.connect(self._file, isolation_level=None, check_same_thread=False)
            self._setup()
        except BaseException:  # nothing left open: another store would think this one there
            if self._writer >= 0:
                os.close(self._writer)
            with contextlib.suppress(AttributeError, sqlite3.Error):
                self._db.close()
            if self._scratch is not None:
                shutil.rmtree(self._scratch, ignore_errors=True)
            raise
        if self.shared and not _others(self._writer):
            self._fold_the_departed()
        self._checkpointed = threading.Event()  # set by close(): the thread's last pass
        self._checkpointer = threading.Thread(
            target=self._checkpoints, name="elarian-store-checkpoints", daemon=True
        )
        self._checkpointer.start()
        self._watcher: threading.Thread | None = None

    def _setup(self) -> None:
        db = self._db
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("PRAGMA journal_mode = WAL")
        # a throwaway store keeps nothing past the process, so it need not reach the disk
        db.execute("PRAGMA synchronous = OFF" if self._scratch else "PRAGMA synchronous = NORMAL")
        db.execute("PRAGMA busy_timeout = 5000")
        # a COMMIT does not copy the log into the file (which syncs it: milliseconds, and a COMMIT
        # may run on the event loop, Runtime._write_here): a thread of the store's does, below;
        # only a log grown past WAL_BACKSTOP pages (that thread dead or starved) makes one do it
        db.execute(f"PRAGMA wal_autocheckpoint = {WAL_BACKSTOP}")
        self._migrate()

    @property
    def schema_version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        self._newer(self.schema_version)
        for number in range(self.schema_version, len(MIGRATIONS)):
            self._take(blocking=True)
            try:
                version = self.schema_version  # another process may have migrated meanwhile
                self._newer(version)
                if version > number:
                    continue
                # executescript commits anything pending first, so the script opens its own
                # transaction: a failing migration leaves the file at the previous version
                self._db.executescript(
                    f"BEGIN IMMEDIATE;\n{MIGRATIONS[number]}\nPRAGMA user_version = {number + 1};\nCOMMIT;"
                )
            except BaseException:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                raise
            finally:
                self._let_go()

    def _newer(self, version: int) -> None:
        if version > len(MIGRATIONS):
            raise SchemaError(
                f"{self.path} has schema version {version}; this runtime knows up to {len(MIGRATIONS)}"
            )

    def transaction(self, keys: Collection[Hashable] | None = None) -> AbstractContextManager[Tx]:
        """One writer at a time (this process's lock, then the other processes', taken as the
        block is entered): ``keys`` change nothing."""
        return self._taking()

    @contextmanager
    def _taking(self) -> Iterator[Tx]:
        self._take(blocking=True)
        with self._locked() as tx:
            yield tx

    def transaction_now(self) -> AbstractContextManager[Tx] | None:
        """A transaction if the write lock is free now (no thread holds it or waits for it, no
        other process writes), else None: for a thread that must not wait (the event loop)."""
        return self._locked() if self._take(blocking=False) else None

    def _take(self, blocking: bool) -> bool:
        """This process's write lock, then (``shared``) the lock across processes."""
        if not self._lock.acquire(blocking):
            return False
        try:
            if self._closed:  # (close() lets go of the lock file under this lock)
                raise StoreClosed("the store is closed")
            if self._writer >= 0:
                try:
                    fcntl.flock(self._writer, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    if not blocking:
                        raise
                    self._waiting_since = time.monotonic()  # the watch says so if it lasts
                    try:
                        fcntl.flock(self._writer, fcntl.LOCK_EX)
                    finally:
                        self._waiting_since = None
        except BlockingIOError:
            self._lock.release()
            return False  # another process writes now
        except BaseException:
            self._lock.release()
            raise
        return True

    def _let_go(self) -> None:
        try:
            if self._writer >= 0:
                fcntl.flock(self._writer, fcntl.LOCK_UN)
        finally:
            self._lock.release()

    @contextmanager
    def _locked(self) -> Iterator[Tx]:
        """A transaction under the write lock the caller took (``_take``, which refuses a closed
        store); let go when it ends."""
        try:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                tx = SqlTx(self._db, self.publisher)
                yield tx
                if self.shared:  # what the other processes' watches look for, in the same commit
                    flags = [flag for flag in EFFECTS if getattr(tx, flag)]
                    if flags:
                        self._db.execute(_COUNT[len(flags)], [v for f in flags for v in (self._owner, f)])
                self._db.execute("COMMIT")
            except BaseException:
                if self._db.in_transaction:  # the block failed, or COMMIT did (a deferred constraint)
                    self._db.execute("ROLLBACK")
                raise
        finally:
            self._let_go()

    def write_first(self) -> None:
        self._lock.first()

    @contextmanager
    def read(self) -> Iterator[Tx]:
        """A snapshot of what has committed, on a read-only connection of its own (no lock taken).
        Not inside a ``transaction()``: it would not see that transaction's writes."""
        db = self._reader()
        db.execute("BEGIN")
        try:
            yield SqlTx(db, self.publisher, snapshot=True)
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

    # -- other processes' commits ---------------------------------------------------------------

    def watch(self, wake: Mapping[str, Callable[[], None]]) -> None:
        """A thread that calls ``wake[flag]`` when another process's transaction set that flag of
        ``Effects``: every few milliseconds while another store has the file open (see
        ``WATCH_SECONDS``) it asks SQLite whether another connection committed (``PRAGMA
        data_version``, which reads no page of the file), and only then reads the other
        processes' counts. Every callback is called once at the start, for what committed before
        anyone here watched. A throwaway store (no other process opens it) watches nothing."""
        if not self.shared:
            return
        self._watcher = threading.Thread(
            target=self._watch, args=(dict(wake),), name="elarian-store-watch", daemon=True
        )
        self._watcher.start()

    def _watch(self, wake: dict[str, Callable[[], None]]) -> None:
        db = sqlite3.connect(self._file, isolation_level=None, check_same_thread=False)
        seen: dict[str, int] | None = None  # the others' counts at the last look (None: no look yet)
        version = -1  # PRAGMA data_version when they were read
        interval = WATCH_SECONDS
        failing = False
        try:
            while True:
                try:
                    now = db.execute("PRAGMA data_version").fetchone()[0]
                    if seen is None or now != version:
                        counts = self._counts(db)  # (version moves only once they are read)
                        # at the first look every callback, for what committed before it
                        woke = (
                            list(wake) if seen is None else [f for f in wake if counts.get(f) != seen.get(f)]
                        )
                        if seen is not None:
                            self.woken.update(woke)
                        seen, version, interval = counts, now, WATCH_SECONDS
                        for flag in woke:
                            tell(wake[flag])
                    else:
                        interval = min(interval * 2, WATCH_QUIET)
                    alone = not _others(self._writer)
                    failing = False
                except (sqlite3.Error, OSError):  # said once until it works again; tried again
                    if not failing:
                        log.exception(
                            "watching %s for other processes' commits failed; trying again", self._file
                        )
                    failing, alone = True, False
                self._still_waiting()
                if self._checkpointed.wait(WATCH_ALONE if alone else interval):
                    return
        finally:
            db.close()

    def _still_waiting(self) -> None:
        """Say (once a wait) that a write here has waited ``LOCK_WARN`` s and more for another
        process's write lock, naming the process that holds it: a process stopped or stuck in a
        transaction holds up every write here, and the wait has no end of its own. Past the
        seconds of ``on_stuck``, tell its call (once a wait), which may end the holder."""
        since = self._waiting_since
        if since is None:
            return
        waited = time.monotonic() - since
        warn = since != self._warned and waited >= LOCK_WARN
        stuck = self.on_stuck
        tell = stuck is not None and since != self._stuck_told and waited >= stuck[0]
        if not (warn or tell):
            return
        holders = _flock_holders(self._writer)  # /proc/locks, read once for both
        if warn:
            log.warning(
                "a write has waited %.0f s for the write lock on %s, held by another process (%s): "
                "is it stopped, or stuck in a transaction?",
                waited, self._file, f"pid {', '.join(map(str, holders))}" if holders else "pid unknown",
            )  # fmt: skip
            self._warned = since
        if tell and stuck is not None:
            self._stuck_told = since
            try:
                stuck[1](holders, waited)
            except Exception:  # the watch goes on
                log.exception("telling of a write lock held for %.0f s failed", waited)

    def _fold_the_departed(self) -> None:
        """Opened with no other store on the file: the counts of ``Effects`` left by stores that
        never closed (their process killed) join the closed ones' (owner ''), as ``close`` would
        have done, so rows of dead processes do not pile up (a worker killed again and again).
        The sums stay as they were; a store that opened meanwhile and had its rows folded hears
        its own commits once, which only wakes it."""
        try:
            with self.transaction():
                self._db.execute(_FOLD)
                self._db.execute("DELETE FROM effects WHERE owner != ''")
        except sqlite3.Error:
            log.warning("could not fold the counts of effects that departed stores left in %s", self._file)

    def _counts(self, db: sqlite3.Connection) -> dict[str, int]:
        """The other processes' counts of each flag of ``Effects``."""
        rows = db.execute(
            "SELECT flag, sum(n) FROM effects WHERE owner != ? GROUP BY flag", (self._owner,)
        ).fetchall()
        return {str(flag): int(n) for flag, n in rows}

    def close(self) -> None:
        self._checkpointed.set()
        self._checkpointer.join(10)
        if self._watcher is not None:
            self._watcher.join(10)
        if self.shared and not self._closed:
            # this store's counts join those of the stores closed before (owner ''): nobody adds
            # to them again, and the others' sums stay as they were (a count that went down could
            # hide a commit made just before it)
            try:
                with self.transaction() as tx:
                    del tx
                    self._db.execute(_RETIRE, (self._owner,))
                    self._db.execute("DELETE FROM effects WHERE owner = ?", (self._owner,))
            except sqlite3.Error:
                log.warning("could not retire %s's counts of effects in %s", self._owner, self._file)
        with self._idle_lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for db in idle:
            db.close()
        with self._lock:  # a thread that takes it after this sees the store closed
            self._db.close()
            if self._writer >= 0:
                os.close(self._writer)
                self._writer = -1
        if self._scratch is not None:
            shutil.rmtree(self._scratch, ignore_errors=True)


def _flock_holders(fd: int) -> list[int]:
    """The processes holding an exclusive flock on the file open as ``fd`` (from /proc/locks,
    Linux; none where it cannot be read)."""
    try:
        inode = os.fstat(fd).st_ino
        with open("/proc/locks", encoding="ascii") as locks:
            lines = locks.read().splitlines()
    except OSError:
        return []
    holders = []
    for text in lines:  # "1: FLOCK  ADVISORY  WRITE 4121 08:01:1234 0 EOF"; waiters say "-> FLOCK"
        fields = text.split()
        held = len(fields) >= 6 and fields[1] == "FLOCK" and fields[3] == "WRITE"
        if held and fields[5].rsplit(":", 1)[-1] == str(inode):
            holders.append(int(fields[4]))
    return holders


# Which processes have a shared file open: each holds a read lock on the first byte of
# ``<file>-writer`` (an open-file-description lock, so that two stores in one process see each other
# too; Linux keeps these apart from the flock the writers take turns at). Where the system has no
# such locks, a store assumes others.
_OFD = hasattr(fcntl, "F_OFD_SETLK")


def _byte(kind: int) -> bytes:
    return struct.pack("hhqqi4x", kind, os.SEEK_SET, 0, 1, 0)  # struct flock, 64-bit Linux


def _here(fd: int) -> None:
    if _OFD:
        fcntl.fcntl(fd, fcntl.F_OFD_SETLK, _byte(fcntl.F_RDLCK))


def _others(fd: int) -> bool:
    """Whether another store (this process's or another's) has the file open."""
    if not _OFD:
        return True
    answer = fcntl.fcntl(fd, fcntl.F_OFD_GETLK, _byte(fcntl.F_WRLCK))
    return bool(struct.unpack("hhqqi4x", answer)[0] != fcntl.F_UNLCK)


_RETIRE = (
    "INSERT INTO effects (owner, flag, n) SELECT '', flag, n FROM effects WHERE owner = ? "
    "ON CONFLICT (owner, flag) DO UPDATE SET n = n + excluded.n"
)
_FOLD = (
    "INSERT INTO effects (owner, flag, n) SELECT '', flag, sum(n) FROM effects WHERE owner != '' "
    "GROUP BY flag ON CONFLICT (owner, flag) DO UPDATE SET n = n + excluded.n"
)
# one statement per number of flags a transaction set: its process's count of each, one more
_COUNT = {
    n: "INSERT INTO effects (owner, flag, n) VALUES "
    + ", ".join(["(?, ?, 1)"] * n)
    + " ON CONFLICT (owner, flag) DO UPDATE SET n = n + 1"
    for n in range(1, len(EFFECTS) + 1)
}
