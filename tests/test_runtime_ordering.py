"""The order commands take effect in: per customer for one connection, in parallel across them.

Commands sent together (pipelined) on one connection commit in the order they were sent when
they name the same customer, whether by id, number or secondary id; adopting a customer and
work on a tag's holders come after everything sent before them. The sequencer underneath is
tested on its own: keys in order, different keys side by side (proved by tasks that wait for
each other, not by timing), barriers.
"""

from __future__ import annotations

import threading
from concurrent.futures import Future, ThreadPoolExecutor, wait
from typing import Any

import pytest

from elarian_server.ordering import Sequencer
from elarian_server.runtime import Runtime
from elarian_sync._generated import models as M

from .runtime_support import AppClient, number, work_done
from .waiting import wait_until

# -- the sequencer -------------------------------------------------------------------------------------


@pytest.fixture
def pool() -> Any:
    with ThreadPoolExecutor(8) as executor:
        yield executor


def test_one_key_runs_in_order_and_different_keys_side_by_side(pool: ThreadPoolExecutor) -> None:
    sequencer = Sequencer.on(pool)
    order: list[str] = []
    lock = threading.Lock()
    b_started = threading.Event()
    a_saw_b: list[bool] = []

    def task(name: str, wait_for_b: bool = False) -> Any:
        def run() -> None:
            if name == "b0":
                b_started.set()
            if wait_for_b:  # serialised across keys, b0 would never start while this waits
                a_saw_b.append(b_started.wait(10))
            with lock:
                order.append(name)

        return run

    sequencer.submit(frozenset({"a"}), task("a0", wait_for_b=True))
    for i in range(1, 50):
        sequencer.submit(frozenset({"a"}), task(f"a{i}"))
    sequencer.submit(frozenset({"b"}), task("b0"))
    _drain(sequencer)
    assert a_saw_b == [True]
    assert [n for n in order if n.startswith("a")] == [f"a{i}" for i in range(50)]


def test_a_command_with_two_keys_follows_both(pool: ThreadPoolExecutor) -> None:
    sequencer = Sequencer.on(pool)
    gates = {"a": threading.Event(), "b": threading.Event()}
    done: list[str] = []
    sequencer.submit(frozenset({"a"}), lambda: (gates["a"].wait(10), done.append("a")))
    sequencer.submit(frozenset({"b"}), lambda: (gates["b"].wait(10), done.append("b")))
    sequencer.submit(frozenset({"a", "b"}), lambda: done.append("ab"))  # a payment: a wallet and a purse
    gates["b"].set()
    _until(lambda: done == ["b"])
    assert done == ["b"]  # still waiting for a
    gates["a"].set()
    _drain(sequencer)
    assert done == ["b", "a", "ab"]


def test_a_barrier_runs_after_all_before_and_before_all_after(pool: ThreadPoolExecutor) -> None:
    sequencer = Sequencer.on(pool)
    gate = threading.Event()
    done: list[str] = []
    sequencer.submit(frozenset({"a"}), lambda: (gate.wait(10), done.append("a")))
    sequencer.submit(frozenset({"b"}), lambda: done.append("b"))
    sequencer.submit(None, lambda: done.append("barrier"))
    sequencer.submit(frozenset({"c"}), lambda: done.append("c"))
    _until(lambda: "b" in done)
    gate.set()
    _drain(sequencer)
    assert done[-2:] == ["barrier", "c"] and set(done[:2]) == {"a", "b"}


def _until(condition: Any) -> None:
    wait_until(condition, what="the sequencer's tasks")


def _drain(sequencer: Sequencer) -> None:
    _until(lambda: sequencer.pending == 0)


# -- the runtime, over a real socket -----------------------------------------------------------------


def test_pipelined_writes_are_read_back_whatever_the_customer_is_called(
    runtime: Runtime, client: AppClient
) -> None:
    """Update, then read, 200 times at once on one connection, naming the customer by number,
    id and secondary id in turn: every read sees the update sent just before it."""
    created = client.update_customer_secondary_id(
        customer_number=number("+254700000601"), updates=[M.Tag(key="acct", value="601")]
    )
    assert created.status, created.description
    names: list[dict[str, Any]] = [
        {"customer_number": number("+254700000601")},
        {"customer_id": created.customer_id},
        {"secondary_id": M.SecondaryId(key="acct", value="601")},
    ]
    reads: list[tuple[int, Future[Any]]] = []
    writes = []
    for i in range(200):
        writes.append(
            client.update_customer_metadata_async(**names[i % 3], updates={"step": str(i)}, timeout=30)
        )
        reads.append((i, client.get_customer_state_async(**names[(i + 1) % 3], timeout=30)))
    _, not_done = wait([*writes, *(f for _, f in reads)], timeout=60)
    assert not not_done
    assert all(w.result().status for w in writes)
    seen = [(i, f.result().data.identity_state.metadata["step"]) for i, f in reads]
    assert [value for _, value in seen] == [str(i) for i, _ in seen]


def test_adopt_comes_after_what_was_sent_before_it(runtime: Runtime, client: AppClient) -> None:
    keeper = client.create_customer(customer_number=number("+254700000611"))
    leaver = client.create_customer(customer_number=number("+254700000612"))
    before = client.update_customer_metadata_async(customer_id=leaver.customer_id, updates={"from": "leaver"})
    adopt = client.adopt_customer_state_async(
        customer_id=keeper.customer_id, other_customer_id=leaver.customer_id
    )
    after = client.get_customer_state_async(customer_number=number("+254700000612"))
    assert before.result(30).status and adopt.result(30).status
    state = after.result(30).data  # the leaver's number now reaches the keeper, with what it had
    assert state.customer_id == keeper.customer_id
    assert state.identity_state.metadata["from"] == "leaver"


def test_tag_work_covers_the_customers_tagged_just_before_it(runtime: Runtime, client: AppClient) -> None:
    """Tag 20 customers and set a reminder on the tag's holders, all at once: every one of the
    20 gets the reminder (the by-tag command ran after the tagging sent before it)."""
    tagged = [
        client.update_customer_tag_async(
            customer_number=number(f"+2547000006{20 + i}"), updates=[M.Tag(key="wave", value="one")]
        )
        for i in range(20)
    ]
    work = client.add_customer_reminder_tag_async(
        tag=M.SecondaryId(key="wave", value="one"),
        reminder=M.Reminder(key="r", remind_at=runtime.clock.now() + 60),
    )
    assert all(f.result(30).status for f in tagged)
    assert work.result(30).status
    wait_until(lambda: work_done(runtime), what="the by-tag work")
    runtime.clock.advance(60)  # type: ignore[attr-defined]
    fired = {client.wait("reminder").customer_id for _ in tagged}
    assert fired == {f.result().customer_id for f in tagged}
