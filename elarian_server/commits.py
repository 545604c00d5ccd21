"""Groups: write commands that are ready together commit together; reads share a snapshot.

Theory of operation
-------------------
A write command whose turn has come (``ordering``) is queued here. One thread, the
committer, takes everything queued (at most ``most``), opens one store transaction, runs
each command in a savepoint of its own (one that is refused or fails rolls back alone; the
others go on), commits, and only then lets each be answered and the commands waiting behind
it start (``Write.done``). So an answer means committed: a crash before the commit loses only
commands nobody was answered for. A commit that fails fails every command of its group, and
none of them was answered.

Reads go the same way to a reader (``GroupCommit(..., read=True)``) that runs each group
of them in one snapshot (``store.read()``: no write lock). A read is queued only once the
writes it follows have committed, and its group's snapshot begins after that, so it sees them.
(On SQLite, a read whose turn comes on the event loop runs there instead: ``Store.on_loop``;
and the writes whose turn came in one turn of the loop commit there as one group, through
``commit_in``, when the store's write lock is free: ``Runtime._write_here``.)

Nothing waits to gather a group: when one command comes alone it commits alone, and while a
group commits the next one gathers. The app's commands and the answers to
notifications go through one writer, so no thread that reads a socket waits on the store's
write lock (the worker pool's commands, the scheduler and by-tag work still write under it,
each in its own transaction), and a group shares the cost of its BEGIN and COMMIT and of
waking the committer. One thread each also keeps the store's work off the many socket threads: every
SQLite call lets go of the GIL, and a dozen threads taking it back in turn cost more CPU
than the statements (measured: bench/runtime.py).
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable, Collection, Hashable
from contextlib import AbstractContextManager
from dataclasses import dataclass

from .store.base import Store, TransactionAborted, Tx

log = logging.getLogger("elarian_server.commits")


@dataclass(eq=False)
class Write:
    """One command of a group: ``apply`` runs it in the group's transaction (in a savepoint of
    its own, unless it is ``atomic``: it rolls back its own effects when it raises);
    ``done`` gets what it returned, or the exception it (or the commit) raised, once the group
    has committed or failed."""

    apply: Callable[[Tx], object]
    done: Callable[[object], None]
    atomic: bool = False
    keys: Collection[Hashable] | None = None
    """What it touches (``Store.transaction``): None, anything (its group then runs alone)."""


def _keys(group: list[Write]) -> set[Hashable] | None:
    """What a group touches: every write's keys, or None (anything) if one may touch anything."""
    if any(write.keys is None for write in group):
        return None
    return {key for write in group for key in write.keys or ()}


class StoppedError(RuntimeError):
    """The committer has stopped: the command was not run."""


class GroupCommit:
    def __init__(
        self,
        store: Store,
        committed: Callable[[Tx], None] | None = None,
        *,
        read: bool = False,
        most: int = 64,
        settled: Callable[[Tx], None] | None = None,
    ) -> None:
        self.store = store
        self.committed = committed  # after a group commits and its commands were answered
        # after a group commits and before its commands are answered: what a client that got
        # its answer must already see (a changed provider routes its next send)
        self.settled = settled
        self.read = read  # a reader: each group in one snapshot, nothing written
        self.most = most
        self._queue: deque[Write] = deque()
        self._ready = threading.Condition()
        self._stopping = False
        name = "elarian-server-reader" if read else "elarian-server-committer"
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self.groups = 0  # groups committed (for operators and tests)
        self._counting = threading.Lock()
        self.here = 0  # of which by a thread that found the lock free (``commit_in``)
        self.largest = 0  # the most commands one group held

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        """Commit what is queued, then stop; a command queued later is refused (``StoppedError``)."""
        with self._ready:
            self._stopping = True
            self._ready.notify()
        if self._thread.is_alive():
            self._thread.join(timeout)
        self._refuse_rest()

    def submit(self, write: Write) -> None:
        with self._ready:
            if not self._stopping:
                self._queue.append(write)
                self._ready.notify()
                return
        write.done(StoppedError("the runtime is stopping; the command was not run"))

    def _run(self) -> None:
        if not self.read:
            self.store.write_first()  # what an app waits on goes before background batches
        while True:
            with self._ready:
                while not self._queue and not self._stopping:
                    self._ready.wait()
                if not self._queue:
                    return
                group = [self._queue.popleft() for _ in range(min(self.most, len(self._queue)))]
            self._commit(group)

    @property
    def stopping(self) -> bool:
        return self._stopping

    def commit_in(self, group: list[Write], transaction: AbstractContextManager[Tx]) -> None:
        """Commit ``group`` here and now, in ``transaction`` (its lock already taken), as the
        committer would: for a thread that found the store's write lock free (the event loop)."""
        self._commit(group, transaction)

    def _commit(self, group: list[Write], transaction: AbstractContextManager[Tx] | None = None) -> None:
        outcomes: list[object] = []
        committed: Tx | None = None
        transaction_given = transaction is not None
        try:
            if transaction is None:
                transaction = self.store.read() if self.read else self.store.transaction(_keys(group))
            with transaction as tx:
                for write in group:
                    try:
                        if self.read or write.atomic:
                            outcomes.append(write.apply(tx))
                        else:
                            with tx.savepoint():
                                outcomes.append(write.apply(tx))
                    except TransactionAborted:
                        raise  # the whole group is gone: every command of it fails below
                    except Exception as exc:  # this command's own failure: it alone rolled back
                        outcomes.append(exc)
            committed = tx
            # counted before anyone is answered: a client that has its answer sees them moved
            with self._counting:  # the committer and the event loop both commit
                self.groups += 1
                self.here += transaction_given
                self.largest = max(self.largest, len(group))
        except Exception as exc:  # the group did not commit: none of it happened
            log.exception("a group of %d commands failed to commit", len(group))
            outcomes = [exc] * len(group)
        if committed is not None and self.settled is not None:
            try:
                self.settled(committed)
            except Exception:
                log.exception("settling a commit failed")
        for write, outcome in zip(group, outcomes, strict=True):
            try:
                write.done(outcome)
            except Exception:
                log.exception("answering a committed command failed")
        if committed is not None:
            try:
                if self.committed is not None:
                    self.committed(committed)
            except Exception:
                log.exception("waking what waits on a commit failed")

    def _refuse_rest(self) -> None:
        with self._ready:
            rest, self._queue = list(self._queue), deque()
        for write in rest:
            write.done(StoppedError("the runtime is stopping; the command was not run"))
