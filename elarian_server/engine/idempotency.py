"""Idempotency keys: a retried command gets its first answer instead of running again.

A command sent with ``idempotency_key`` (a field of the envelope, outside its entry) is
remembered per (org, app, key) with a hash of what it was and its answer, in the same
transaction as its effects: the key and the effects commit together, or neither does. A
command whose key is already remembered is not run: the same command gets the remembered
answer; a different command under the same key is refused (``Invalid``, an ERROR frame)
rather than guessed at. A refusal is an answer too and is remembered (in a transaction of
its own, unless another try got there first). Keys are kept for 24 hours of the runtime's
clock, across restarts (they are in the store).

What a command was: its entry, its body (serialised deterministically) without the way it
names its customer, and the customer that names now. So a retry may name the customer by
the id the first answer gave where the first named them by number (as ``Customer`` does once
it knows the id), and is still the same command; naming another customer is another command.

Reads (GetCustomerState, LeaseCustomerAppData) ignore the key: running them again is safe.

A simulated message (ReceiveMessage) answers once the app has. Its key is remembered with a
provisional answer ("received as ...") when the message is; a retry while the first waits
waits too and gets the same final answer, which then replaces the provisional one. After a
restart the provisional answer is all there is, and a retry gets it.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Hashable
from dataclasses import dataclass

from google.protobuf.message import Message

from ..clock import Clock
from ..comms import READS as COMMS_READS
from ..connectors import READS as CONNECTOR_READS
from ..store.base import Store, Tx
from .common import Caller, Invalid, number_key, secondary_key

KEEP_SECONDS = 24 * 3600.0
"""How long a key's answer is kept, on the runtime's clock."""

FORGET_EVERY = 3600.0
"""How often (runtime seconds) a command with a key also drops the keys past their time."""

KEY_LIMIT = 255
"""The longest key taken (characters)."""

READS = frozenset({"get_customer_state", "lease_customer_app_data"}) | COMMS_READS | CONNECTOR_READS
"""Commands a key changes nothing for: they run again."""


_CUSTOMER_FIELDS = ("customer_id", "customer_number", "secondary_id")


@dataclass(frozen=True, eq=False)
class Key:
    """A command's key, and the command (hashed when it is compared, in a transaction)."""

    org_id: str
    app_id: str
    key: str
    entry: str
    body: Message

    def ident(self) -> tuple[str, str, str]:
        return (self.org_id, self.app_id, self.key)

    def __hash__(self) -> int:
        return hash(self.ident())

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Key) and other.ident() == self.ident()

    def command_hash(self, tx: Tx) -> str:
        """What the command is, with its customer as the store names them now."""
        body = type(self.body)()
        body.CopyFrom(self.body)
        named: Hashable = None
        for name in _CUSTOMER_FIELDS:
            field = body.DESCRIPTOR.fields_by_name.get(name)
            if field is None:
                continue
            value = getattr(body, name)
            if not (body.HasField(name) if field.has_presence else value):
                continue
            if name == "customer_id":
                named = ("customer", getattr(value, "value", value))  # a str, or a StringValue
            elif isinstance(value, str):  # a simulator's customer, as it spells the number
                named = ("phone", value)
            elif name == "customer_number":
                named = number_key(tx, self.org_id, value)
            else:
                named = secondary_key(tx, self.org_id, value)
            body.ClearField(name)
        digest = hashlib.sha256(self.entry.encode())
        digest.update(b"\0" + repr(named).encode() + b"\0")
        digest.update(body.SerializeToString(deterministic=True))
        return digest.hexdigest()


class Idempotency:
    def __init__(self, store: Store, clock: Clock) -> None:
        self.store = store
        self.clock = clock
        self._lock = threading.Lock()
        self._waiting: dict[Key, list[Callable[[bytes], object]]] = {}  # retries of an answer to come
        self._forgot_at: float | None = None

    @staticmethod
    def key(caller: Caller, key: str, entry: str, body: Message) -> Key | None:
        """The key of a command, or None when it has none or is a read."""
        if not key or entry in READS:
            return None
        if len(key) > KEY_LIMIT:
            raise Invalid(f"the idempotency key is {len(key)} characters long; the limit is {KEY_LIMIT}")
        return Key(caller.org_id, caller.app_id, key, entry, body)

    def recall(self, tx: Tx, key: Key | None, now: float) -> bytes | None:
        """The answer remembered under ``key`` (serialised), or None: run the command."""
        if key is None:
            return None
        row = tx.idempotent(key.org_id, key.app_id, key.key)
        if row is None or row.created_at <= now - KEEP_SECONDS:
            return None
        if row.command_hash != key.command_hash(tx):
            raise Invalid(
                f"the idempotency key {key.key!r} was first used for a different command "
                "within the last 24 hours; use a new key for a new command"
            )
        return row.reply

    def remember(self, tx: Tx, key: Key | None, reply: Message, now: float) -> None:
        """Record the key with its answer, in the transaction of the command's effects."""
        if key is None:
            return
        tx.put_idempotent(
            key.org_id, key.app_id, key.key, key.command_hash(tx), reply.SerializeToString(), now
        )
        if self._forgot_at is None or now - self._forgot_at >= FORGET_EVERY:
            self._forgot_at = now
            tx.forget_idempotent(now - KEEP_SECONDS)

    def remember_refusal(self, key: Key | None, reply: Message, now: float) -> None:
        """A refused command's answer (its effects rolled back), unless another try got there first."""
        if key is None:
            return
        with self.store.transaction() as tx:
            if self.recall(tx, key, now) is None:
                self.remember(tx, key, reply, now)

    # -- answers that come later (a simulated message waits for the app) -----------------------------

    def pending(self, key: Key) -> None:
        """The answer under ``key`` is provisional until ``answered``: retries wait for it."""
        with self._lock:
            self._waiting.setdefault(key, [])

    def not_pending(self, key: Key) -> None:
        """The command failed before its key was remembered: nothing is to come."""
        with self._lock:
            self._waiting.pop(key, None)

    def wait_for(self, key: Key, respond: Callable[[bytes], object]) -> bool:
        """A retry of a command whose answer is still to come: answer it with that answer once
        there is one. False when nothing is to come (the remembered answer is final)."""
        with self._lock:
            waiting = self._waiting.get(key)
            if waiting is None:
                return False
            waiting.append(respond)
            return True

    def retries_waiting(self) -> int:
        """How many retries wait for an answer still to come (for operators and tests)."""
        with self._lock:
            return sum(len(waiting) for waiting in self._waiting.values())

    def answered(self, key: Key, reply: Message) -> None:
        """The final answer: remember it in place of the provisional one, then give it to the
        retries that waited. Committed before the waiting stops, so a retry that finds nothing
        to wait for finds the final answer in the store."""
        data = reply.SerializeToString()
        try:
            with self.store.transaction() as tx:
                tx.answer_idempotent(key.org_id, key.app_id, key.key, data)
        finally:
            with self._lock:
                waiting = self._waiting.pop(key, [])
        for respond in waiting:
            respond(data)
