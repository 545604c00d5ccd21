"""The order commands of one connection take effect in: per customer, in parallel across them.

Theory of operation
-------------------
Each command a connection sends gets *keys*: the customers it names (by id, number or
secondary id: all resolved to the one customer, so the three names are one key), the
purses it moves money in, or the connection itself when it names neither. A command runs
(on the runtime's worker pool) once every earlier command of the same connection that
shares a key with it has finished, so it commits after them; commands with no key in
common run in parallel. Commands whose reach a key cannot say (adopting a customer, work
on every holder of a tag) are *barriers*: they run after everything the connection sent
before them, and everything it sends after them runs after them.

A command has *finished* when its effects are committed: the runtime says so
(``finish``), which for a write of a group commit is after the group's commit, so a
command waiting behind it reads what it wrote. Where a ready command runs is the
runtime's choice (``start``): a read in the reader's next group, a write in the next group
commit, anything else on the worker pool.

Keys are computed where the connection's socket is read (the event loop, for a WebSocket),
in arrival order (that is what makes the order well defined); naming a customer by number
or secondary id costs one lookup in the store there (``store.lookup()``: two statements, no
snapshot). A number nobody holds yet is its own key: the command that creates the customer
and any later one naming the same number stay in order.

Different connections are not ordered with each other: two clients racing each other get
what the store's transactions give them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable, Iterable
from concurrent.futures import Executor

from google.protobuf.message import Message

from elarian_sync._generated import common_pb2 as C
from elarian_sync._generated import payment_pb2 as P

from .engine.common import number_key, secondary_key
from .store.base import Store

Keys = frozenset[Hashable]
CONNECTION: Hashable = ("connection",)
"""The key of commands that name no customer and no purse: one connection's, in order."""

BARRIERS = frozenset(
    {"adopt_customer_state", "add_customer_reminder_tag", "cancel_customer_reminder_tag", "send_message_tag"}
)
"""Commands that order after everything sent before them, and before everything after."""

_PARTIES = ("debit_party", "credit_party")


class Step:
    """One command in its connection's order: ``task`` runs it."""

    __slots__ = ("done", "followers", "keys", "task", "waiting")

    def __init__(self, keys: Keys | None, task: Callable[[], None]) -> None:
        self.keys = keys
        self.task = task
        self.waiting = 0
        self.followers: list[Step] = []
        self.done = False


Start = Callable[[Step], None]
"""Start a step whose turn came (on the thread that submitted it, or that finished the step it
waited for). Whatever runs it calls ``Sequencer.finish`` once its effects are committed."""


class Sequencer:
    """One connection's commands, in order per key."""

    def __init__(self, start: Start) -> None:
        self._start = start
        self._lock = threading.Lock()
        self._tails: dict[Hashable, Step] = {}  # the last command sent with each key
        self._live: set[Step] = set()  # sent and not finished
        self._barrier: Step | None = None

    @classmethod
    def on(cls, executor: Executor) -> Sequencer:
        """A sequencer that runs each step on ``executor`` and finishes it when it returns."""

        def start(step: Step) -> None:
            executor.submit(sequencer.run, step)

        sequencer = cls(start)
        return sequencer

    def run(self, step: Step) -> None:
        """Run a step here and finish it."""
        try:
            step.task()
        finally:
            self.finish(step)

    def submit(self, keys: Keys | None, task: Callable[[], None]) -> Step:
        """Start ``task`` once the earlier commands it must follow have finished (``keys`` None:
        a barrier), at once if none is left."""
        step = Step(keys, task)
        with self._lock:
            if keys is None:
                before: Iterable[Step] = list(self._live)
                self._barrier = step
            else:
                before = {self._tails[k] for k in keys if k in self._tails}
                if self._barrier is not None:
                    before.add(self._barrier)
                for key in keys:
                    self._tails[key] = step
            for earlier in before:
                earlier.followers.append(step)
                step.waiting += 1
            self._live.add(step)
            ready = step.waiting == 0
        if ready:
            self._start(step)
        return step

    def finish(self, step: Step) -> None:
        """The step's effects are committed: start the steps that waited only for it."""
        released = []
        with self._lock:
            if step.done:
                return
            step.done = True
            self._live.discard(step)
            if step.keys is not None:
                for key in step.keys:
                    if self._tails.get(key) is step:
                        del self._tails[key]
            if self._barrier is step:
                self._barrier = None
            for follower in step.followers:
                follower.waiting -= 1
                if follower.waiting == 0:
                    released.append(follower)
            step.followers = []
        for follower in released:
            self._start(follower)

    @property
    def pending(self) -> int:
        with self._lock:
            return len(self._live)


# -- the keys of a command ----------------------------------------------------------------------------


class Keyer:
    """Reads which customers and purses a command names, as keys (one store read per lookup)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def app_command(self, org_id: str, entry: str | None, command: Message | None) -> Keys | None:
        if entry in BARRIERS:
            return None
        keys: set[Hashable] = set()
        if command is not None:
            for field, value in command.ListFields():
                name = field.name
                if name == "customer_id":
                    keys.add(("customer", value))
                elif name == "customer_number":
                    keys.add(self._number(org_id, value))
                elif name == "secondary_id":
                    keys.add(self._secondary(org_id, value))
                elif name in _PARTIES:
                    keys.update(self._party(org_id, value))
                elif name == "recipient":  # the communication layer's CommsRecipient
                    keys.add(self._recipient(org_id, value))
        return frozenset(keys) or frozenset({CONNECTION})

    @staticmethod
    def simulator_command(command: Message | None) -> Keys:
        """A simulated customer, by the number it writes or pays from (the simulator's own
        spelling of it: one simulator connection's commands for one phone stay in order)."""
        number = getattr(command, "customer_number", "") if command is not None else ""
        return frozenset({("phone", number) if isinstance(number, str) and number else CONNECTION})

    def _number(self, org_id: str, number: C.CustomerNumber) -> Hashable:
        with self.store.lookup() as tx:
            key: Hashable = number_key(tx, org_id, number)
        return key

    def _secondary(self, org_id: str, mapping: C.IndexMapping) -> Hashable:
        with self.store.lookup() as tx:
            key: Hashable = secondary_key(tx, org_id, mapping)
        return key

    def _recipient(self, org_id: str, recipient: Message) -> Hashable:
        """A customer by id, number or secondary id; a bare address is its own key."""
        which = recipient.WhichOneof("recipient")
        if which == "customer_id":
            return ("customer", recipient.customer_id)  # type: ignore[attr-defined]
        if which == "customer_number":
            return self._number(org_id, recipient.customer_number)  # type: ignore[attr-defined]
        if which == "secondary_id":
            return self._secondary(org_id, recipient.secondary_id)  # type: ignore[attr-defined]
        return ("address", org_id, getattr(recipient, "address", ""))

    def _party(self, org_id: str, party: P.PaymentCounterParty) -> list[Hashable]:
        which = party.WhichOneof("party")
        if which == "purse":
            return [("purse", org_id, party.purse.purse_id)]
        if which == "wallet":
            return [("customer", party.wallet.customer_id)]
        if which == "customer":
            return [self._number(org_id, party.customer.customer_number)]
        return []
