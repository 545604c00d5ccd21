"""Crash safety: kill -9 the runtime in the middle of a stream of payments, restart it, and
every transfer is either whole or absent.

The runtime runs as ``elarian-sync serve`` in its own process on a SQLite file.
A client keeps payments in flight (transfers between the purse and wallets,
payouts that hold money) until the process is killed. After a restart on the
same file, each balance must equal its opening balance plus the successful
payments the log shows into it, minus those out of it; holds must equal the
pending payouts; and every payment the client saw succeed must be in the log.

On PostgreSQL the same runs with two instances on one database: the killed one
and another that serves on meanwhile (a second client's payments go through it
during the stream), and the books are read through the survivor.
"""

from __future__ import annotations

import signal
import threading
import time
from concurrent.futures import Future
from contextlib import ExitStack
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from elarian_server.config import DEV_ORG, DEV_PURSE
from elarian_server.runtime import Runtime
from elarian_server.store.postgres import PostgresStore
from elarian_sync._generated import models as M
from elarian_sync._generated import payment_pb2 as P

from .pg_support import database
from .runtime_support import AppClient, number, running, served

OPENING = Decimal("1000000")
PAY_CHANNEL = M.PaymentChannelNumber(channel=M.PaymentChannel.CELLULAR, number="83044")


def account(raw: bytes) -> str | None:
    party = P.PaymentCounterParty.FromString(raw)
    which = party.WhichOneof("party")
    if which == "purse":
        return f"purse:{party.purse.purse_id}"
    if which == "wallet":
        return f"wallet:{party.wallet.customer_id}:{party.wallet.wallet_id}"
    return None


@pytest.mark.parametrize("store", ["sqlite", "postgres"])
def test_payments_are_whole_or_absent_after_kill_9(tmp_path: Path, store: str) -> None:
    with ExitStack() as stack:
        if store == "sqlite":
            db: Path | str = tmp_path / "crash.db"
            survivor = None
        else:
            db = stack.enter_context(database())
            survivor = stack.enter_context(running(store=PostgresStore(db)))
        _payments_whole_or_absent(db, survivor)


def _payments_whole_or_absent(db: Path | str, survivor: Runtime | None) -> None:
    succeeded: set[str] = set()
    with served(db) as (proc, url):
        client = AppClient(url).connect()
        customers = [
            client.create_customer(customer_number=number(f"+25470000060{i}")).customer_id for i in range(3)
        ]
        purse = M.PaymentCounterParty(purse=M.PaymentPurseCounterParty(purse_id=DEV_PURSE))
        wallets = [
            M.PaymentCounterParty(wallet=M.PaymentWalletCounterParty(customer_id=c, wallet_id="w"))
            for c in customers
        ]
        payee = M.PaymentCounterParty(
            customer=M.PaymentCustomerCounterParty(
                customer_number=number("+254700000699"), channel_number=PAY_CHANNEL
            )
        )
        stop = threading.Event()
        sending = threading.Lock()  # held while a payment goes out: the kill waits for it
        done = threading.Semaphore(0)
        in_flight = threading.BoundedSemaphore(48)  # a few dozen payments in flight, not thousands
        lock = threading.Lock()

        def finished(future: Future[Any]) -> None:
            in_flight.release()
            try:
                reply = future.result()
            except Exception:
                return  # the connection went with the process
            if reply.status == M.PaymentStatus.SUCCESS:
                with lock:
                    succeeded.add(reply.transaction_id)
            done.release()

        def stream() -> None:
            i = 0
            deadline = time.monotonic() + 30
            while not stop.is_set() and time.monotonic() < deadline:
                i += 1
                kind = i % 4
                if kind == 0:
                    debit, credit = purse, wallets[i % 3]
                elif kind == 1:
                    debit, credit = wallets[i % 3], wallets[(i + 1) % 3]
                elif kind == 2:
                    debit, credit = wallets[i % 3], purse
                else:
                    debit, credit = purse, payee
                amount = (i % 97 + 1) / 100 + (7 if kind == 0 else 0)
                if not in_flight.acquire(timeout=30):
                    return  # none came back: the runtime is gone
                with sending:
                    if stop.is_set():  # the runtime is about to be killed: send nothing more
                        in_flight.release()
                        return
                    future = client.initiate_payment_async(
                        debit_party=debit,
                        credit_party=credit,
                        value=M.Cash(currency_code="KES", amount=amount),
                    )
                future.add_done_callback(finished)

        sender = threading.Thread(target=stream)
        sender.start()
        if survivor is not None:  # the other instance moves money in the same purse meanwhile
            with AppClient(survivor.url) as other:
                for i in range(20):
                    reply = other.initiate_payment(
                        debit_party=purse,
                        credit_party=wallets[i % 3],
                        value=M.Cash(currency_code="KES", amount=1),
                    )
                    assert reply.status == M.PaymentStatus.SUCCESS, reply.description
                    succeeded.add(reply.transaction_id)
        for _ in range(400):  # let a good number complete, then kill mid-stream
            assert done.acquire(timeout=30)
        with sending:  # every payment sent so far is on its way or done; none is sent later
            stop.set()
        proc.send_signal(signal.SIGKILL)  # with those in flight
        proc.wait(10)
        sender.join(10)
        assert not sender.is_alive()
        client.close()

    with ExitStack() as stack:
        runtime = survivor or stack.enter_context(Runtime(db=db, ws_port=0))
        with runtime.store.transaction() as tx:
            log = tx.org_transactions(DEV_ORG)
            balances = {b.account: b for b in tx.balances(DEV_ORG)}
    assert succeeded  # payments did complete before the kill
    assert succeeded <= {t.transaction_id for t in log}  # every one the client saw succeed is there
    expected: dict[str, Decimal] = {f"purse:{DEV_PURSE}": OPENING}
    held: dict[str, Decimal] = {}
    for t in log:
        debit, credit = account(t.debit), account(t.credit)
        if t.status == P.PAYMENT_STATUS_SUCCESS:
            if debit is not None:
                expected[debit] = expected.get(debit, Decimal(0)) - t.amount
            if credit is not None:
                expected[credit] = expected.get(credit, Decimal(0)) + t.amount
        elif t.pending and debit is not None:
            held[debit] = held.get(debit, Decimal(0)) + t.amount
    assert {a: b.actual for a, b in balances.items()} == {a: v for a, v in expected.items() if a in balances}
    assert all(v == 0 for a, v in expected.items() if a not in balances)
    assert {a: b.held for a, b in balances.items() if b.held} == held
    assert all(b.available >= 0 for b in balances.values())
    assert sum(b.actual for b in balances.values()) == OPENING  # nothing left the org: payouts are pending
