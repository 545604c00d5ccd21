"""Connectors across kill -9, on both stores: an accepted inbound event is applied exactly once
after a restart; a webhook in flight at the kill is sent again with its webhook-id. (Each test
runs both stores itself, so the README's PostgreSQL pass need not run this module again.)"""

from __future__ import annotations

import signal
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from decimal import Decimal
from pathlib import Path
from typing import TypeVar

import pytest

from elarian_server.config import DEV_API_KEY, DEV_APP, DEV_ORG, DEV_PURSE
from elarian_server.engine.payments import purse_account, wallet_account
from elarian_server.store import open_store
from elarian_server.store.base import NumberRow, Tx

from .pg_support import database
from .runtime_support import AppClient, number, serving
from .test_connectors_inbound import CELLULAR, TOKEN, post
from .waiting import wait_until
from .webhook_receiver import SECRET, receiving

T = TypeVar("T")


@contextmanager
def running_store(db: Path | str) -> Iterator[Callable[[Callable[[Tx], T]], T]]:
    """Reads of the store a runtime in another process writes."""
    store = open_store(db)

    def read(look: Callable[[Tx], T]) -> T:
        with store.read() as tx:
            return look(tx)

    try:
        yield read
    finally:
        store.close()


CRASH_CONFIG = f"""
[runtime]
send_lease = 3  # the dead instance's claims lapse in 3 s
[[orgs]]
id = "{DEV_ORG}"
api_keys = ["{DEV_API_KEY}"]
[[orgs.apps]]
id = "{DEV_APP}"
[[orgs.purses]]
id = "{DEV_PURSE}"
balances = {{ KES = "1000000" }}
[[orgs.inbound]]
name = "cdp"
auth = "bearer"
token = "{TOKEN}"
create_customers = true
[orgs.inbound.audiences.late_delivery]
reward = {{ purse = "{DEV_PURSE}", amount = "100", currency = "KES", reference = "late-delivery-apology" }}
tag = "late_delivery"
"""


@pytest.mark.parametrize("store", ["sqlite", "postgres"])
def test_events_accepted_before_a_kill_9_are_applied_exactly_once_after_restart(
    tmp_path: Path, store: str
) -> None:
    config = tmp_path / "elarian.toml"
    config.write_text(CRASH_CONFIG)
    phones = [f"+254700001{i:03}" for i in range(100)]
    with ExitStack() as stack:
        db: Path | str = tmp_path / "e.db" if store == "sqlite" else stack.enter_context(database())
        with serving(db, config, "--http-port", "0") as (proc, urls):
            events = f"{urls['http']}/connectors/cdp/events"

            def accept(i: int) -> int:  # a 202 means durably queued
                event = {"id": f"e-{i}", "audience": "late_delivery", "action": "entered",
                         "identities": {"phone": phones[i]}}  # fmt: skip
                return post(events, event, {"Authorization": f"Bearer {TOKEN}"}).status

            with ThreadPoolExecutor(4) as senders:  # faster than the rewards are paid, one at a time
                assert set(senders.map(accept, range(len(phones)))) == {202}
            proc.send_signal(signal.SIGKILL)  # wherever the rewards are: some paid, most not yet
            proc.wait(10)
        with serving(db, config, "--http-port", "0") as (proc, urls), running_store(db) as read:
            wait_until(lambda: read(lambda tx: all(
                (r := tx.inbound_event(DEV_ORG, "cdp", f"e-{i}")) is not None and r.status == 1
                for i in range(len(phones))
            )), timeout=30, what="every accepted event applied")  # fmt: skip

            # exactly once: each customer's wallet holds one reward, the purse paid for them all
            def reward(tx: Tx, phone: str) -> Decimal | None:
                customer_id = tx.find_by_number(DEV_ORG, NumberRow(CELLULAR, phone, None))
                held = tx.balance(DEV_ORG, wallet_account(customer_id or "", "rewards"), "KES")
                return held.actual if held is not None else None

            assert read(lambda tx: [reward(tx, p) for p in phones]) == [Decimal(100)] * len(phones)
            purse = read(lambda tx: tx.balance(DEV_ORG, purse_account(DEV_PURSE), "KES"))
            assert purse is not None and purse.actual == Decimal(1000000) - 100 * len(phones)
            first = {
                "id": "e-0",
                "audience": "late_delivery",
                "action": "entered",
                "identities": {"phone": phones[0]},
            }
            again = post(f"{urls['http']}/connectors/cdp/events", first, {"Authorization": f"Bearer {TOKEN}"})
            assert again.body["status"] == "duplicate"  # remembered across the restart


@pytest.mark.parametrize("store", ["sqlite", "postgres"])
def test_a_delivery_in_flight_at_a_kill_9_is_sent_again_with_its_webhook_id(
    tmp_path: Path, store: str
) -> None:
    with ExitStack() as stack:
        receiver = stack.enter_context(receiving())
        receiver.gate.clear()  # the receiver reads the delivery and holds its answer
        config = tmp_path / "elarian.toml"
        config.write_text(f"""
[runtime]
send_lease = 2
[[orgs]]
id = "{DEV_ORG}"
api_keys = ["{DEV_API_KEY}"]
[[orgs.apps]]
id = "{DEV_APP}"
[[orgs.webhooks]]
name = "map"
url = "{receiver.url}"
secret = "{SECRET}"
events = ["customer.created"]
""")
        db: Path | str = tmp_path / "e.db" if store == "sqlite" else stack.enter_context(database())
        with serving(db, config) as (proc, urls), AppClient(urls["ws"]) as client:
            customer_id = client.create_customer(customer_number=number()).customer_id
            wait_until(lambda: receiver.arrived == 1, what="the delivery to reach the receiver")
            proc.send_signal(signal.SIGKILL)  # before the receiver's answer: its outcome is unknown
            proc.wait(10)
        receiver.gate.set()
        (first,) = receiver.wait_for(1)
        with serving(db, config) as (proc, urls):  # its claim lapses; the new instance sends it again
            second = receiver.wait_for(2)[1]
        assert second.id == first.id and second.verified() == first.verified()
        assert second.verified()["data"]["customer"] == {"customer_id": customer_id}
