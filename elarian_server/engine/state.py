"""A customer's state: GetCustomerState, and everything the runtime keeps about one customer.

The state gathers every part of the engine (identity and activity from ``customers``,
channels, messages and sessions from ``messaging``, transactions and wallets from
``payments``), so it sits above them all: they never import it.

States read are kept (``States``): a state is ten statements and the building of a reply, the
most of a GetCustomerState's cost, while whether it changed is one statement. The store counts
every change to a customer's rows (``Tx.customer_version``: triggers, so every writer counts,
whatever process or instance); a state read in a snapshot is kept beside the version read in
that snapshot, and serves while the version read now is the same and the clock has not reached
the first expiry among its tags and secondary ids. Only snapshots of what has committed fill
it: a write transaction's own rows may yet roll back.
"""

from __future__ import annotations

import logging
import math
import os
import threading
import time
from collections import OrderedDict
from typing import NamedTuple

from elarian_sync._convert import set_timestamp
from elarian_sync._generated import activity_pb2 as AC
from elarian_sync._generated import app_socket_pb2 as A

from ..store.base import Tx
from .common import Caller, CommandError, fill_data, fill_index, fill_number, mapping_value, number_row
from .customers import fill_activity, resolve
from .messaging.history import fill_messaging_state
from .payments import fill_payment_state

log = logging.getLogger("elarian_server.engine")

ENTRY_OVERHEAD = 200  # bytes a kept state costs beyond its reply's (the entry, its key, the dict's slot)
ERASED_REMEMBERED = 4096  # deleted customers remembered so that no read in flight keeps their state


class StaleState(AssertionError):
    """A kept state differed from the store's (only checked when ``verify``): a write that the
    versions did not count."""


class _Kept(NamedTuple):
    version: int
    since: float  # the clock when read: an earlier clock may see tags that had not expired yet
    until: float  # the first expiry among its tags and secondary ids
    reply: bytes  # the whole AppToServerCommandReply

    @property
    def cost(self) -> int:
        """The bytes it counts against the limit."""
        return len(self.reply) + ENTRY_OVERHEAD


class States:
    """GetCustomerState, keeping the states it read (up to ``limit`` bytes, the least recently
    served dropped first; 0 keeps none). Thread-safe: reads run on several threads at once."""

    def __init__(self, limit: int, *, verify: bool | None = None) -> None:
        self.limit = limit
        # verify: every kept state served is checked against the store's (StaleState if it
        # differs); by default when ELARIAN_STATE_CACHE=verify (the tests set it)
        self.verify = os.environ.get("ELARIAN_STATE_CACHE") == "verify" if verify is None else verify
        self.hits = 0
        self.misses = 0
        self.size = 0  # bytes kept, ENTRY_OVERHEAD included
        self._kept: OrderedDict[tuple[str, str], _Kept] = OrderedDict()
        # customers deleted here lately: a read that began before the deletion committed must
        # not keep their state again (bounded; their ids are never given to anyone else)
        self._erased: OrderedDict[tuple[str, str], None] = OrderedDict()
        self._cleared_at = -math.inf  # when ``clear`` last ran: a transaction opened before keeps nothing
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._kept)

    def get_customer_state(
        self, tx: Tx, caller: Caller, cmd: A.GetCustomerStateCommand, now: float
    ) -> A.AppToServerCommandReply:
        customer_id = resolve(tx, caller, cmd, now, create=False)
        if not self.limit or not tx.snapshot:
            return read_state(tx, customer_id, caller.org_id, now)[0]
        key = (caller.org_id, customer_id)
        version = tx.customer_version(customer_id)
        kept = self._current(key, version, now)
        if kept is not None:
            if self.verify:
                self._check(tx, customer_id, caller.org_id, now, kept)
            return A.AppToServerCommandReply.FromString(kept.reply)
        with self._lock:
            self.misses += 1
        reply, until = read_state(tx, customer_id, caller.org_id, now)
        self._keep(key, _Kept(version, now, until, reply.SerializeToString(deterministic=True)), tx.opened)
        return reply

    def latest(self, tx: Tx, caller: Caller, cmd: A.GetCustomerStateCommand, now: float) -> bytes | None:
        """The kept state of the customer ``cmd`` names (a serialized GetCustomerState reply) if
        it is their latest, else None: nothing is kept, it is not the latest, or the name is one
        ``get_customer_state`` must answer (nobody's, or a merged customer's). The name and the
        version are read in one statement, so ``tx`` need not be a snapshot: the statement
        says whom the name leads to at that moment, and a version unchanged since the state was
        kept says that customer's rows are unchanged. A None counts nothing: the full read that
        follows counts its hit or miss."""
        if not self.limit:
            return None
        found = _named_version(tx, caller.org_id, cmd, now)
        if found is None:
            return None
        kept = self._current((caller.org_id, found[0]), found[1], now)
        return None if kept is None else kept.reply

    def _current(self, key: tuple[str, str], version: int, now: float) -> _Kept | None:
        """The state kept under ``key`` if it is still the latest at ``version`` and ``now``:
        counted a hit, and now the most recently read."""
        with self._lock:
            kept = self._kept.get(key)
            if kept is None or kept.version != version or not kept.since <= now < kept.until:
                return None
            self._kept.move_to_end(key)
            self.hits += 1
            return kept

    def check_latest(
        self, tx: Tx, caller: Caller, cmd: A.GetCustomerStateCommand, now: float, reply: bytes
    ) -> None:
        """``verify``: a state ``latest`` served, checked in the snapshot ``tx`` (begun after it)
        unless a write moved the served customer's version since (nothing to compare with then):
        the name must lead to that customer by the full read's own lookup (``resolve``, not the
        statement ``latest`` used), and its state read afresh must be the one served."""
        served = A.AppToServerCommandReply.FromString(reply).get_customer_state.data.customer_id
        with self._lock:
            kept = self._kept.get((caller.org_id, served))
        if kept is None or kept.reply != reply or tx.customer_version(served) != kept.version:
            return
        try:
            named: str | None = resolve(tx, caller, cmd, now, create=False)
        except CommandError:
            named = None
        if named != served:
            raise StaleState(
                f"the kept state of customer {served} was served for a name that leads to {named or 'nobody'}"
            )
        self._check(tx, served, caller.org_id, now, kept)

    def forget(self, org_id: str, customer_id: str) -> None:
        """The customer is being deleted (or merged into another): their kept state (personal
        data) goes now, and no read keeps it again, even one whose snapshot predates this. Called
        before the deletion commits; if it rolls back instead, the customer's state is read
        afresh each time until ``ERASED_REMEMBERED`` later deletions have passed (a cache's loss,
        not a wrong answer)."""
        key = (org_id, customer_id)
        with self._lock:
            self._drop(key)
            self._erased[key] = None
            if len(self._erased) > ERASED_REMEMBERED:
                self._erased.popitem(last=False)

    def clear(self) -> None:
        """Another instance deleted a customer (which one it does not say): every kept state goes,
        and no read in a transaction opened before keeps what it read (its snapshot may predate
        the deletion; a group of reads shares one snapshot, begun by its first)."""
        with self._lock:
            self._kept.clear()
            self.size = 0
            self._cleared_at = time.monotonic()

    def _drop(self, key: tuple[str, str]) -> None:
        old = self._kept.pop(key, None)
        if old is not None:
            self.size -= old.cost

    def _keep(self, key: tuple[str, str], kept: _Kept, opened: float) -> None:
        if kept.cost > self.limit:
            return
        with self._lock:
            if key in self._erased or opened <= self._cleared_at:
                return
            self._drop(key)
            self._kept[key] = kept
            self.size += kept.cost
            while self.size > self.limit:
                self.size -= self._kept.popitem(last=False)[1].cost

    @staticmethod
    def _check(tx: Tx, customer_id: str, org_id: str, now: float, kept: _Kept) -> None:
        fresh = read_state(tx, customer_id, org_id, now)[0].SerializeToString(deterministic=True)
        if fresh != kept.reply:
            log.error("the kept state of %s (version %d) is stale", customer_id, kept.version)
            raise StaleState(
                f"the kept state of customer {customer_id} (version {kept.version}) differs from the store's"
            )


def _named_version(tx: Tx, org_id: str, cmd: A.GetCustomerStateCommand, now: float) -> tuple[str, int] | None:
    """The customer ``cmd`` names and its version, in one statement; None where ``resolve``
    has more to say (nobody, a merged customer, an empty name)."""
    which = cmd.WhichOneof("customer")
    if which == "customer_id":
        if not cmd.customer_id:
            return None
        version = tx.version_by_id(org_id, cmd.customer_id)
        return None if version is None else (cmd.customer_id, version)
    if which == "customer_number":
        if not cmd.customer_number.number:
            return None
        return tx.version_by_number(org_id, number_row(cmd.customer_number))
    if which == "secondary_id":
        if not cmd.secondary_id.key:
            return None
        return tx.version_by_secondary_id(org_id, cmd.secondary_id.key, mapping_value(cmd.secondary_id), now)
    return None


def read_state(tx: Tx, customer_id: str, org_id: str, now: float) -> tuple[A.AppToServerCommandReply, float]:
    """The customer's state as GetCustomerState's reply, and until when the clock alone leaves it
    as it is (the first expiry among its tags and secondary ids; infinity if none expire)."""
    reply = A.AppToServerCommandReply()
    body = reply.get_customer_state
    body.status = True
    until = fill_state(tx, body.data, customer_id, org_id, now)
    return reply, until


def fill_state(tx: Tx, data: A.CustomerStateReplyData, customer_id: str, org_id: str, now: float) -> float:
    """Everything the runtime keeps about one customer of ``org_id``, as CustomerStateReplyData;
    returns the first moment the clock alone changes it (a tag or secondary id expiring)."""
    data.customer_id = customer_id
    for section in (data.identity_state, data.messaging_state, data.payment_state, data.activity_state):
        section.SetInParent()  # every section is there, empty or not
    fill_messaging_state(tx, data.messaging_state, customer_id)
    fill_payment_state(tx, data.payment_state, customer_id, org_id)
    identity = data.identity_state
    known = tx.identity(customer_id, now)
    until = min(
        (row.expires_at for row in (*known.tags, *known.secondary_ids) if row.expires_at is not None),
        default=math.inf,
    )
    for tag in known.tags:
        fill_index(identity.tags.add(), tag)
    for key, value in known.metadata.items():
        fill_data(identity.metadata[key], value)
    for secondary in known.secondary_ids:
        fill_index(identity.secondary_ids.add(), secondary)
    for number in known.numbers:
        fill_number(data.payment_state.customer_numbers.add(), number)
        fill_number(data.activity_state.customer_numbers.add(), number)
    sessions: dict[tuple[str, str, str], AC.ActivitySessionState] = {}
    spans: dict[tuple[str, str, str], tuple[float, float]] = {}  # earliest and latest activity
    for activity in tx.activities(customer_id):
        session_key = (activity.source, activity.session_id, activity.app_id)
        session = sessions.get(session_key)
        if session is None:
            session = data.activity_state.sessions.add()
            session.source, session.session_id, session.app_id = session_key
            if activity.number is not None:
                fill_number(session.customer_number, activity.number)
            sessions[session_key] = session
        at = activity.created_at
        first, last = spans.get(session_key, (at, at))
        spans[session_key] = (min(first, at), max(last, at))
        fill_activity(session.activities.add(), activity)
    for session_key, (first, last) in spans.items():  # activities may be recorded after the fact
        set_timestamp(sessions[session_key].created_at, first)
        set_timestamp(sessions[session_key].updated_at, last)
    return until
