"""Idempotency keys: a command sent again with the same key gets its first answer and runs once.

The retry a user makes after a dropped connection (the reply never came: did it happen?) is
safe with a key. These tests send commands twice and read the store to see what happened
once; the last one kills the runtime with commands in flight and retries them on a restart.
"""

from __future__ import annotations

import signal
import threading
from concurrent.futures import Future
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from elarian_server.config import DEV_ORG, DEV_PURSE, parse_config
from elarian_server.engine.idempotency import KEEP_SECONDS
from elarian_server.runtime import Runtime
from elarian_sync import Customer, Elarian
from elarian_sync._generated import app_socket_pb2 as A
from elarian_sync._generated import models as M
from elarian_sync.errors import ArgumentTypeError, ArgumentValueError, ServerError
from elarian_sync.models import PaymentStatus, Tag

from .runtime_support import AppClient, SimClient, flush_simulator, number, running, served, work_done
from .waiting import wait_until

PURSE = M.PaymentCounterParty(purse=M.PaymentPurseCounterParty(purse_id=DEV_PURSE))
SMS = M.MessagingChannel(channel=M.Channel.SMS, number="83044")
Status = M.PaymentStatus


def kes(amount: float | str) -> M.Cash:
    return M.Cash(currency_code="KES", amount=float(amount))


def wallet(customer_id: str) -> M.PaymentCounterParty:
    return M.PaymentCounterParty(wallet=M.PaymentWalletCounterParty(customer_id=customer_id, wallet_id="w"))


def ledger(runtime: Runtime) -> list[Any]:
    with runtime.store.transaction() as tx:
        return tx.org_transactions(DEV_ORG)


def test_a_payment_sent_again_with_its_key_moves_money_once() -> None:
    with running() as runtime, AppClient(runtime.url) as app:
        customer = app.create_customer(customer_number=number()).customer_id
        pay = {"debit_party": PURSE, "credit_party": wallet(customer), "value": kes(25)}
        first = app.initiate_payment(**pay, idempotency_key="pay-25")
        again = app.initiate_payment(**pay, idempotency_key="pay-25")
        assert first.status == Status.SUCCESS, first.description
        assert again == first  # the same answer: the same transaction
        assert len(ledger(runtime)) == 1
        balance = runtime.purse_balance(DEV_PURSE, "KES")
        assert balance is not None and balance.actual == Decimal(1000000 - 25)

        other = app.initiate_payment(**pay, idempotency_key="pay-25-b")  # a new key: a new payment
        assert other.transaction_id != first.transaction_id
        plain = app.initiate_payment(**pay)  # no key: runs every time
        assert plain.transaction_id not in (first.transaction_id, other.transaction_id)
        assert len(ledger(runtime)) == 3


def test_a_key_used_for_another_command_is_refused_naming_it() -> None:
    with running() as runtime, AppClient(runtime.url) as app:
        created = app.create_customer(customer_number=number(), idempotency_key="k-1")
        with pytest.raises(ServerError, match="idempotency key 'k-1' was first used for a different command"):
            app.create_customer(customer_number=number("+254700000002"), idempotency_key="k-1")
        with pytest.raises(ServerError, match="idempotency key 'k-1'"):  # another kind of command too
            app.update_customer_tag(customer_id=created.customer_id, updates=[], idempotency_key="k-1")
        assert app.create_customer(customer_number=number(), idempotency_key="k-1") == created
        with pytest.raises(ServerError, match="the limit is 255"):
            app.create_customer(customer_number=number(), idempotency_key="k" * 256)


def test_a_refusal_is_the_answer_a_retry_gets() -> None:
    with running() as runtime, AppClient(runtime.url) as app:
        customer = app.create_customer(customer_number=number()).customer_id
        pay = {"debit_party": wallet(customer), "credit_party": PURSE, "value": kes(10)}
        some = app.initiate_payment(debit_party=PURSE, credit_party=wallet(customer), value=kes(5))
        assert some.status == Status.SUCCESS, some.description
        refused = app.initiate_payment(**pay, idempotency_key="from-thin-wallet")
        assert refused.status == Status.INSUFFICIENT_FUNDS, refused.description
        topped = app.initiate_payment(debit_party=PURSE, credit_party=wallet(customer), value=kes(50))
        assert topped.status == Status.SUCCESS
        # the money is there now, but the command sent again is the one that was refused
        assert app.initiate_payment(**pay, idempotency_key="from-thin-wallet") == refused
        assert app.initiate_payment(**pay, idempotency_key="from-full-wallet").status == Status.SUCCESS


def test_keys_are_kept_for_24_hours_then_forgotten() -> None:
    with running() as runtime, AppClient(runtime.url) as app:
        clock = runtime.clock
        customer = app.create_customer(customer_number=number()).customer_id
        pay = {"debit_party": PURSE, "credit_party": wallet(customer), "value": kes(1)}
        first = app.initiate_payment(**pay, idempotency_key="daily")
        clock.advance(KEEP_SECONDS - 1)
        assert app.initiate_payment(**pay, idempotency_key="daily") == first
        clock.advance(1)
        later = app.initiate_payment(**pay, idempotency_key="daily")  # a day on: a new payment
        assert later.status == Status.SUCCESS and later.transaction_id != first.transaction_id
        assert len(ledger(runtime)) == 2
        clock.advance(KEEP_SECONDS)  # and a different command may take the key then
        assert app.create_customer(customer_number=number("+254700000003"), idempotency_key="daily").status


def test_keys_belong_to_one_app() -> None:
    config = parse_config(
        {"orgs": [{"id": "org-a", "api_keys": ["key-a"], "apps": [{"id": "app-1"}, {"id": "app-2"}]}]},
        "test config",
    )
    with (
        running(config) as runtime,
        AppClient(runtime.url, org="org-a", app="app-1", key="key-a") as one,
        AppClient(runtime.url, org="org-a", app="app-2", key="key-a") as two,
    ):
        a = one.create_customer(customer_number=number("+254700000001"), idempotency_key="same")
        b = two.create_customer(customer_number=number("+254700000002"), idempotency_key="same")
        assert a.customer_id != b.customer_id


def test_keys_outlive_a_restart(tmp_path: Path) -> None:
    db = tmp_path / "keys.db"
    with running(db=db) as runtime, AppClient(runtime.url) as app:
        first = app.create_customer(customer_number=number(), idempotency_key="made-once")
        clock_at = runtime.clock.now()
    with running(db=db) as runtime, AppClient(runtime.url) as app:
        runtime.clock.set(clock_at)
        assert app.create_customer(customer_number=number(), idempotency_key="made-once") == first


def test_by_tag_work_sent_again_starts_once() -> None:
    with running() as runtime, AppClient(runtime.url) as app, SimClient(runtime.url) as sim:
        holders = [f"+25470000030{i}" for i in range(3)]
        for n in holders:
            app.update_customer_tag(customer_number=number(n), updates=[M.Tag(key="tier", value="gold")])
        offer = {
            "tag": M.SecondaryId(key="tier", value="gold"),
            "channel_number": SMS,
            "message": M.Message(body=M.MessageBody(text="Gold offer")),
            "idempotency_key": "campaign-1",
        }
        first = app.send_message_tag(**offer)
        assert first.status and first.work_id, first.description
        assert app.send_message_tag(**offer) == first  # the same work, not a second one
        got = sorted(sim.wait("send_message", timeout=10).customer_number.number for _ in holders)
        assert got == holders
        wait_until(lambda: work_done(runtime), what="the work, which runs in the background")
        assert flush_simulator(app, sim, *holders) == []  # each holder got it once


def _received_sms(name: str, notification: Any) -> bool:
    return name == "received_sms"


def test_a_simulated_message_sent_again_while_the_app_thinks_gets_the_same_answer() -> None:
    release = threading.Event()

    def answer(name: str, notification: Any) -> A.ServerToAppNotificationReply:
        reply = A.ServerToAppNotificationReply()
        if name == "received_sms":
            assert release.wait(20)
            reply.message.body.text = "thanks, once"
        return reply

    with running() as runtime, AppClient(runtime.url, answer=answer) as app, SimClient(runtime.url) as sim:
        message = {
            "customer_number": "+254700000042",
            "channel_number": SMS,
            "parts": [M.InboundMessageBody(text="hello")],
            "idempotency_key": "inbound-1",
        }
        first = sim.receive_message_async(**message)
        app.until(_received_sms)  # the app has it and is thinking
        retry = sim.receive_message_async(**message)
        wait_until(lambda: runtime.engine.idempotency.retries_waiting() == 1, what="the retry waiting")
        release.set()
        got, again = first.result(10), retry.result(10)
        assert got.status and got.message.body.text == "thanks, once"
        assert again == got
        later = sim.receive_message(**message)  # after the answer: the same one, from the store
        assert later == got
        customer = app.create_customer(customer_number=number("+254700000042")).customer_id
        received = [
            m
            for m in app.get_customer_state(customer_id=customer).data.messaging_state.messages
            if m.received
        ]
        assert len(received) == 1  # the customer sent it once
        assert [n for n, _ in app.flush(customer) if n == "received_sms"] == []


def test_simulated_payments_sent_again_are_received_once() -> None:
    with running() as runtime, SimClient(runtime.url) as sim:
        payment = {
            "transaction_id": "mpesa-1",
            "channel_number": M.PaymentChannelNumber(channel=M.PaymentChannel.CELLULAR, number="83044"),
            "customer_number": "+254700000077",
            "value": kes(30),
            "status": Status.SUCCESS,
            "idempotency_key": "received-mpesa-1",
        }
        first = sim.receive_payment(**payment)
        assert first.status, first.description
        assert sim.receive_payment(**payment) == first
        assert len(ledger(runtime)) == 1


def test_the_sdk_sends_the_key_and_checks_it(runtime: Runtime, app: Elarian) -> None:
    customer = Customer(app, customer_number="+254700000055")
    first = customer.update_tags([Tag(key="tier", value="gold")], idempotency_key="tier-1")
    assert first.status, first.description
    assert customer.update_tags([Tag(key="tier", value="gold")], idempotency_key="tier-1") == first
    pay = {"debit_party": PURSE, "credit_party": wallet(customer.customer_id or ""), "value": kes(5)}
    paid = app.initiate_payment(**pay, idempotency_key="sdk-pay")
    assert paid.status == PaymentStatus.SUCCESS, paid.description
    assert app.initiate_payment(**pay, idempotency_key="sdk-pay") == paid
    assert len(ledger(runtime)) == 1
    with pytest.raises(ArgumentValueError, match="idempotency_key must not be empty"):
        app.initiate_payment(**pay, idempotency_key="")
    with pytest.raises(ArgumentTypeError, match="idempotency_key"):
        app.initiate_payment(**pay, idempotency_key=7)  # type: ignore[arg-type]
    with pytest.raises(ArgumentValueError, match="the limit is 255"):
        app.initiate_payment(**pay, idempotency_key="x" * 256)


def test_payments_retried_after_a_kill_9_happen_once(tmp_path: Path) -> None:
    """The runtime dies (kill -9) with payments in flight, some answered, some not; the client
    sends every one again with its key on a restart: each happens exactly once, and the ones
    answered before get the same transaction."""
    db = tmp_path / "retry.db"
    sent: dict[str, dict[str, Any]] = {}  # key -> the command, in order
    answered: dict[str, str] = {}  # key -> its transaction, for those answered before the kill
    lock = threading.Lock()
    with served(db) as (proc, url), AppClient(url) as client:
        customer = client.create_customer(customer_number=number("+254700000700")).customer_id
        stop = threading.Event()
        sending = threading.Lock()  # held while a payment goes out: the kill waits for it
        in_flight = threading.BoundedSemaphore(32)
        done = threading.Semaphore(0)

        def finished(key: str, future: Future[Any]) -> None:
            in_flight.release()
            try:
                reply = future.result()
            except Exception:
                return  # the connection went with the process: retried below
            assert reply.status == Status.SUCCESS, reply.description
            with lock:
                answered[key] = reply.transaction_id
            done.release()

        def stream() -> None:
            for i in range(5000):
                if not in_flight.acquire(timeout=30):
                    return  # none came back: the runtime is gone
                with sending:
                    if stop.is_set():
                        in_flight.release()
                        return
                    key = f"pay-{i}"
                    command = {
                        "debit_party": PURSE,
                        "credit_party": wallet(customer),
                        "value": kes((100 + i) / 100),  # each one its own amount
                    }
                    sent[key] = command
                    future = client.initiate_payment_async(**command, idempotency_key=key)
                future.add_done_callback(partial(finished, key))

        sender = threading.Thread(target=stream)
        sender.start()
        for _ in range(150):
            assert done.acquire(timeout=30)
        with sending:
            stop.set()
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        sender.join(10)
        assert not sender.is_alive()

    with Runtime(db=db, ws_port=0) as runtime, AppClient(runtime.url) as client:
        for key, command in sent.items():  # every one, whether or not its answer came
            reply = client.initiate_payment(**command, idempotency_key=key)
            assert reply.status == Status.SUCCESS, reply.description
            if key in answered:
                assert reply.transaction_id == answered[key]
        log = ledger(runtime)
    assert len(log) == len(sent)  # once each
    assert sorted(t.amount for t in log) == [Decimal(100 + i) / 100 for i in range(len(sent))]
