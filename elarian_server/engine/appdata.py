"""App data: one value per (customer, app), read under a lease.

LeaseCustomerAppData returns the value and holds it for ``lease_seconds``. A
second lease of the same value waits, without holding a thread, until the
holder writes it back (Update/DeleteCustomerAppData, or a notification reply's
``data_update``) or the lease lapses; then the next waiter gets it. A waiter
whose caller went away (cancelled, disconnected) is skipped and the lease passes
on. Lapses are judged on the runtime's clock; ``next_deadline`` and ``expire``
let the scheduler wake waiters when a lease lapses.
"""

from __future__ import annotations

import threading
from collections import deque
from dataclasses import dataclass

from elarian_sync._generated import app_socket_pb2 as A

from ..clock import Clock
from ..store.base import DataValue, Store, Tx
from .common import Caller, CommandError, Respond, app_data_reply, data_value, fill_data
from .customers import resolve


@dataclass
class _Waiter:
    caller: Caller
    respond: Respond


def lease_reply(customer_id: str, value: DataValue | None) -> A.AppToServerCommandReply:
    reply = A.AppToServerCommandReply()
    body = reply.lease_customer_app_data
    body.status = True
    body.customer_id.value = customer_id
    if value is not None:
        fill_data(body.value, value)
    return reply


def refusal(reason: str) -> A.AppToServerCommandReply:
    reply = A.AppToServerCommandReply()
    reply.lease_customer_app_data.status = False
    reply.lease_customer_app_data.description = reason
    return reply


class Leases:
    def __init__(self, store: Store, clock: Clock, lease_seconds: float) -> None:
        self.store = store
        self.clock = clock
        self.lease_seconds = lease_seconds
        self._lock = threading.Lock()
        self._waiting: dict[tuple[str, str], deque[_Waiter]] = {}
        self._held_until: dict[tuple[str, str], float] = {}  # leases that have waiters

    def lease(self, caller: Caller, cmd: A.LeaseCustomerAppDataCommand, respond: Respond) -> None:
        now = self.clock.now()
        try:
            with self.store.transaction() as tx:
                customer_id = resolve(tx, caller, cmd, now)
                key = (customer_id, caller.app_id)
                value, until = tx.app_data(customer_id, caller.app_id)
                with self._lock:
                    queued = (until is not None and until > now) or bool(self._waiting.get(key))
                    if queued:
                        self._waiting.setdefault(key, deque()).append(_Waiter(caller, respond))
                        self._held_until[key] = until if until is not None else now
                if not queued:
                    tx.put_app_data(customer_id, caller.app_id, value, now + self.lease_seconds)
        except CommandError as exc:
            respond(refusal(str(exc)))
            return
        if queued:  # the scheduler hands the lease on when this one lapses: it has a new deadline
            self.clock.notify()
            return
        if not respond(lease_reply(customer_id, value)):
            self.released(customer_id, caller.app_id)

    def write(
        self, tx: Tx, caller: Caller, cmd: A.UpdateCustomerAppDataCommand, now: float
    ) -> A.AppToServerCommandReply:
        customer_id = resolve(tx, caller, cmd, now)
        if not cmd.HasField("update"):
            raise CommandError("UpdateCustomerAppData needs a value")
        tx.put_app_data(customer_id, caller.app_id, data_value(cmd.update), None)
        return app_data_reply(True, "app data updated", customer_id)

    def delete(
        self, tx: Tx, caller: Caller, cmd: A.DeleteCustomerAppDataCommand, now: float
    ) -> A.AppToServerCommandReply:
        customer_id = resolve(tx, caller, cmd, now)
        tx.put_app_data(customer_id, caller.app_id, None, None)
        return app_data_reply(True, "app data deleted", customer_id)

    def released(self, customer_id: str, app_id: str) -> None:
        """The value was written back (or its holder left, or its lease lapsed): the next waiter
        gets the lease, unless the store says someone else holds it now (another runtime
        instance's app, on a shared store): then it waits for that lease."""
        key = (customer_id, app_id)
        while True:
            with self._lock:
                queue = self._waiting.get(key)
                if not queue:
                    self._waiting.pop(key, None)
                    self._held_until.pop(key, None)
                    return
                waiter = queue.popleft()
            now = self.clock.now()
            held = None
            with self.store.transaction() as tx:
                if tx.customer_org(customer_id) is None:
                    value = None  # the customer was deleted meanwhile
                else:
                    value, until = tx.app_data(customer_id, app_id)
                    if until is not None and until > now:
                        held = until
                    else:
                        tx.put_app_data(customer_id, app_id, value, now + self.lease_seconds)
            with self._lock:
                if held is not None:
                    self._waiting.setdefault(key, deque()).appendleft(waiter)
                    self._held_until[key] = held
                elif key in self._held_until:
                    self._held_until[key] = now + self.lease_seconds
            if held is not None:
                self.clock.notify()  # the scheduler's next deadline may have moved
                return
            if waiter.respond(lease_reply(customer_id, value)):
                return
            with self.store.transaction() as tx:  # that caller is gone: pass the lease on
                tx.put_app_data(customer_id, app_id, value, None)

    def recheck(self) -> None:
        """Another instance wrote app data back: the waiters here whose lease is free take it."""
        with self._lock:
            keys = list(self._waiting)
        for customer_id, app_id in keys:
            self.released(customer_id, app_id)

    def next_deadline(self) -> float | None:
        with self._lock:
            return min(self._held_until.values(), default=None)

    def expire(self, now: float) -> None:
        """Give the lease to the next waiter wherever the current one lapsed."""
        with self._lock:
            lapsed = [key for key, until in self._held_until.items() if until <= now]
        for customer_id, app_id in lapsed:
            self.released(customer_id, app_id)
