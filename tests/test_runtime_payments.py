"""The runtime's payments over real sockets: checkout, payout, transfers, received payments.

Balances are checked exactly (Decimal) after every step; refusals carry the
spec's status and leave every balance as it was.
"""

from __future__ import annotations

import math
from decimal import Decimal
from typing import Any

import pytest

from elarian_server.config import DEV_APP, DEV_ORG, DEV_PURSE
from elarian_server.runtime import Runtime
from elarian_sync._generated import models as M

from .runtime_support import AppClient, SimClient, flush_simulator, number, running

PAY_CHANNEL = M.PaymentChannelNumber(channel=M.PaymentChannel.CELLULAR, number="83044")
PURSE = M.PaymentCounterParty(purse=M.PaymentPurseCounterParty(purse_id=DEV_PURSE))
OPENING = Decimal("1000000")
Status = M.PaymentStatus
UNKNOWN_WALLET = M.PaymentCounterParty(
    wallet=M.PaymentWalletCounterParty(customer_id="el_cst_no", wallet_id="w")
)


def kes(amount: float, currency: str = "KES") -> M.Cash:
    return M.Cash(currency_code=currency, amount=amount)


def customer_party(n: str = "+254700000001") -> M.PaymentCounterParty:
    return M.PaymentCounterParty(
        customer=M.PaymentCustomerCounterParty(customer_number=number(n), channel_number=PAY_CHANNEL)
    )


def wallet(customer_id: str, wallet_id: str = "savings") -> M.PaymentCounterParty:
    return M.PaymentCounterParty(
        wallet=M.PaymentWalletCounterParty(customer_id=customer_id, wallet_id=wallet_id)
    )


def purse(runtime: Runtime) -> tuple[Decimal, Decimal]:
    """(actual, available) of the dev purse in KES."""
    balance = runtime.purse_balance(DEV_PURSE, "KES")
    assert balance is not None
    return balance.actual, balance.available


def payment_state(app: AppClient, customer_id: str) -> Any:
    reply = app.get_customer_state(customer_id=customer_id)
    assert reply.status, reply.description
    return reply.data.payment_state


def test_mobile_checkout_confirmed_and_declined() -> None:
    with running() as runtime, AppClient(runtime.url) as app, SimClient(runtime.url) as sim:
        assert purse(runtime) == (OPENING, OPENING)
        confirmed = app.initiate_payment(debit_party=customer_party(), credit_party=PURSE, value=kes(100.5))
        assert confirmed.status == Status.PENDING_CONFIRMATION, confirmed.description
        assert confirmed.transaction_id and confirmed.debit_customer_id
        checkout = sim.wait("checkout_payment")
        assert checkout.transaction_id == confirmed.transaction_id
        assert checkout.value == kes(100.5)
        assert checkout.purse == M.PaymentPurseCounterParty(purse_id=DEV_PURSE)
        assert checkout.customer_number.number == "+254700000001"
        assert purse(runtime) == (OPENING, OPENING)  # nothing moves before the customer confirms

        done = sim.update_payment_status(transaction_id=confirmed.transaction_id, status=Status.SUCCESS)
        assert done.status, done.description
        notice = app.wait("payment_status")
        assert (notice.transaction_id, notice.status) == (confirmed.transaction_id, Status.SUCCESS)
        assert notice.customer_id == confirmed.debit_customer_id
        assert purse(runtime) == (OPENING + Decimal("100.5"), OPENING + Decimal("100.5"))

        declined = app.initiate_payment(debit_party=customer_party(), credit_party=PURSE, value=kes(40))
        sim.wait("checkout_payment")
        assert sim.update_payment_status(transaction_id=declined.transaction_id, status=Status.FAILED).status
        assert app.wait("payment_status").status == Status.FAILED
        assert purse(runtime) == (OPENING + Decimal("100.5"), OPENING + Decimal("100.5"))

        # settled payments stay settled
        again = sim.update_payment_status(transaction_id=declined.transaction_id, status=Status.SUCCESS)
        assert not again.status and "no longer pending" in again.description
        assert purse(runtime)[0] == OPENING + Decimal("100.5")

        log = payment_state(app, confirmed.debit_customer_id).transaction_log
        assert [(t.transaction_id, t.status) for t in log] == [
            (confirmed.transaction_id, Status.SUCCESS),
            (declined.transaction_id, Status.FAILED),
        ]
        assert log[0].value == kes(100.5) and log[0].app_id == DEV_APP


def test_a_payout_to_a_customer_holds_then_settles() -> None:
    with running() as runtime, AppClient(runtime.url) as app, SimClient(runtime.url) as sim:
        reply = app.initiate_payment(
            debit_party=PURSE, credit_party=customer_party(), value=kes(250), narration="refund"
        )
        assert reply.status == Status.PENDING_CONFIRMATION
        assert reply.credit_customer_id
        payout = sim.wait("send_customer_payment")
        assert payout.transaction_id == reply.transaction_id and payout.value == kes(250)
        assert payout.purse == M.PaymentPurseCounterParty(purse_id=DEV_PURSE)
        assert purse(runtime) == (OPENING, OPENING - 250)  # held, not yet gone
        pending = payment_state(app, reply.credit_customer_id).pending_transactions
        assert [t.transaction_id for t in pending] == [reply.transaction_id]

        assert sim.update_payment_status(transaction_id=reply.transaction_id, status=Status.SUCCESS).status
        assert app.wait("payment_status").status == Status.SUCCESS
        assert purse(runtime) == (OPENING - 250, OPENING - 250)
        state = payment_state(app, reply.credit_customer_id)
        assert state.pending_transactions == []
        assert [(t.status, t.narration) for t in state.transaction_log] == [(Status.SUCCESS, "refund")]

        failed = app.initiate_payment(debit_party=PURSE, credit_party=customer_party(), value=kes(10))
        sim.wait("send_customer_payment")
        assert sim.update_payment_status(transaction_id=failed.transaction_id, status=Status.REJECTED).status
        assert app.wait("payment_status").status == Status.REJECTED
        assert purse(runtime) == (OPENING - 250, OPENING - 250)  # the hold was released


def test_wallet_transfers_are_immediate_and_exact() -> None:
    with running() as runtime, AppClient(runtime.url) as app:
        customer_id = app.create_customer(customer_number=number()).customer_id
        for _ in range(10):
            r = app.initiate_payment(debit_party=PURSE, credit_party=wallet(customer_id), value=kes(0.1))
            assert r.status == Status.SUCCESS, r.description
        state = payment_state(app, customer_id)
        assert state.wallets["savings"].actual == kes(1.0)  # ten times 0.1 is exactly 1
        assert state.wallets["savings"].available == kes(1.0)
        assert state.wallets["savings"].sequence_nr == 10
        assert purse(runtime) == (OPENING - 1, OPENING - 1)
        back = app.initiate_payment(debit_party=wallet(customer_id), credit_party=PURSE, value=kes(0.3))
        assert back.status == Status.SUCCESS
        short = app.initiate_payment(debit_party=wallet(customer_id), credit_party=PURSE, value=kes(5))
        assert short.status == Status.INSUFFICIENT_FUNDS
        assert "0.7 KES available" in short.description
        assert payment_state(app, customer_id).wallets["savings"].actual == kes(0.7)
        assert purse(runtime)[0] == OPENING - Decimal("0.7")


def test_a_received_payment_and_its_duplicate() -> None:
    with running() as runtime, AppClient(runtime.url) as app, SimClient(runtime.url) as sim:
        got = sim.receive_payment(
            transaction_id="MPESA_QX1",
            channel_number=PAY_CHANNEL,
            customer_number="+254700000031",
            value=kes(75),
        )
        assert got.status, got.description
        notice = app.wait("received_payment")
        assert notice.purse_id == DEV_PURSE
        assert notice.value == kes(75) and notice.status == Status.SUCCESS
        assert notice.customer_number.number == "+254700000031"
        assert purse(runtime)[0] == OPENING + 75
        again = sim.receive_payment(
            transaction_id="MPESA_QX1",
            channel_number=PAY_CHANNEL,
            customer_number="+254700000031",
            value=kes(75),
        )
        assert not again.status
        assert "DUPLICATE_REQUEST" in again.description
        assert purse(runtime)[0] == OPENING + 75
        assert app.flush(notice.customer_id) == []  # the duplicate was not announced
        log = payment_state(app, notice.customer_id).transaction_log
        assert [(t.provider_transaction_id, t.value) for t in log] == [("MPESA_QX1", kes(75))]
        # a pending received payment is credited when confirmed, by the provider's id
        sim.receive_payment(
            transaction_id="MPESA_QX2", channel_number=PAY_CHANNEL, customer_number="+254700000031",
            value=kes(5), status=Status.PENDING_VALIDATION,
        )  # fmt: skip
        assert app.wait("received_payment").status == Status.PENDING_VALIDATION
        assert purse(runtime)[0] == OPENING + 75
        assert sim.update_payment_status(transaction_id="MPESA_QX2", status=Status.SUCCESS).status
        assert purse(runtime)[0] == OPENING + 80


def test_a_channel_payment() -> None:
    with running() as runtime, AppClient(runtime.url) as app, SimClient(runtime.url) as sim:
        channel = M.PaymentCounterParty(
            channel=M.PaymentChannelCounterParty(
                channel=M.PaymentChannel.CELLULAR, source="83044", destination="525900", account="ACC-1"
            )
        )
        reply = app.initiate_payment(debit_party=PURSE, credit_party=channel, value=kes(60))
        assert reply.status == Status.PENDING_CONFIRMATION
        notice = sim.wait("send_channel_payment")
        assert (notice.destination, notice.account, notice.value) == ("525900", "ACC-1", kes(60))
        assert sim.update_payment_status(transaction_id=reply.transaction_id, status=Status.SUCCESS).status
        status = app.wait("payment_status")  # to the purse: no customer is party to it
        assert status.status == Status.SUCCESS
        assert purse(runtime)[0] == OPENING - 60


@pytest.mark.parametrize(
    ("debit", "credit", "value", "status", "words"),
    [
        (PURSE, "wallet", kes(0), Status.INVALID_REQUEST, "more than zero"),
        (PURSE, "wallet", kes(-5), Status.INVALID_REQUEST, "more than zero"),
        (PURSE, "wallet", kes(math.nan), Status.INVALID_REQUEST, "finite"),
        (PURSE, "wallet", kes(math.inf), Status.INVALID_REQUEST, "finite"),
        (PURSE, "wallet", M.Cash(amount=5), Status.INVALID_REQUEST, "currency"),
        (PURSE, "wallet", kes(5, "USD"), Status.INVALID_REQUEST, "holds no USD"),
        (PURSE, "wallet", kes(2_000_000), Status.INSUFFICIENT_FUNDS, "available"),
        (M.PaymentCounterParty(purse=M.PaymentPurseCounterParty(purse_id="el_prs_nope")), "wallet", kes(5),
         Status.INVALID_PURSE, "el_prs_nope"),
        (PURSE, UNKNOWN_WALLET, kes(5), Status.INVALID_WALLET, "el_cst_no"),
        ("wallet", PURSE, kes(5), Status.INVALID_REQUEST, "holds no KES"),
        (PURSE, PURSE, kes(5), Status.INVALID_REQUEST, "same account"),
        (customer_party(), customer_party("+254700000002"), kes(5), Status.NOT_SUPPORTED, "not supported"),
    ],
)  # fmt: skip
def test_payments_the_runtime_refuses(
    debit: Any, credit: Any, value: M.Cash, status: Any, words: str
) -> None:
    with running() as runtime, AppClient(runtime.url) as app, SimClient(runtime.url) as sim:
        customer_id = app.create_customer(customer_number=number()).customer_id
        debit = wallet(customer_id) if debit == "wallet" else debit
        credit = wallet(customer_id) if credit == "wallet" else credit
        reply = app.initiate_payment(debit_party=debit, credit_party=credit, value=value)
        assert reply.status == status
        assert words in reply.description
        assert purse(runtime) == (OPENING, OPENING)
        assert payment_state(app, customer_id).wallets == {}
        assert flush_simulator(app, sim, "+254700000001", "+254700000002") == []  # nobody was asked to pay


def test_deleting_a_customer_takes_their_wallets_and_holds() -> None:
    with running() as runtime, AppClient(runtime.url) as app, SimClient(runtime.url) as sim:
        customer_id = app.create_customer(customer_number=number("+254700000091")).customer_id
        assert (
            app.initiate_payment(debit_party=PURSE, credit_party=wallet(customer_id), value=kes(30)).status
            == Status.SUCCESS
        )
        payout = app.initiate_payment(
            debit_party=wallet(customer_id), credit_party=customer_party(), value=kes(10)
        )
        assert payout.status == Status.PENDING_CONFIRMATION
        sim.wait("send_customer_payment")
        assert app.delete_customer(customer_id=customer_id).status
        with runtime.store.transaction() as tx:
            assert tx.holds(DEV_ORG, f"wallet:{customer_id}:savings", "KES") == []
            assert tx.balances(DEV_ORG, customer_id=customer_id) == []
        late = sim.update_payment_status(transaction_id=payout.transaction_id, status=Status.SUCCESS)
        assert late.status
        with runtime.store.transaction() as tx:
            settled = tx.transaction(DEV_ORG, payout.transaction_id)
        assert settled is not None and settled.status == Status.FAILED  # the money went with the wallet
        assert purse(runtime) == (OPENING - 30, OPENING - 30)


def test_settling_a_payment_keeps_its_place_in_the_log() -> None:
    """Payments made at the same instant stay in the order they were made, whichever settles
    first (a settled row is updated in place, not deleted and inserted again)."""
    with running() as runtime, AppClient(runtime.url) as app, SimClient(runtime.url) as sim:
        first, second = (
            app.initiate_payment(debit_party=PURSE, credit_party=customer_party(), value=kes(amount))
            for amount in (1, 2)
        )
        for _ in range(2):
            sim.wait("send_customer_payment")
        for reply in (second, first):
            assert sim.update_payment_status(
                transaction_id=reply.transaction_id, status=Status.SUCCESS
            ).status
        log = payment_state(app, first.credit_customer_id).transaction_log
        assert [t.transaction_id for t in log] == [first.transaction_id, second.transaction_id]


def test_pass_through_is_final_and_moves_no_money_here() -> None:
    """PASS_THROUGH: the provider paid the credit party itself, outside the org's purses and
    wallets. A hold is released without a debit, nothing is credited, the app is told."""
    with running() as runtime, AppClient(runtime.url) as app, SimClient(runtime.url) as sim:
        customer_id = app.create_customer(customer_number=number()).customer_id
        assert app.initiate_payment(debit_party=PURSE, credit_party=wallet(customer_id), value=kes(50)).status
        start = purse(runtime)
        channel = M.PaymentCounterParty(
            channel=M.PaymentChannelCounterParty(
                channel=M.PaymentChannel.CELLULAR, source="83044", destination="525900"
            )
        )
        payout = app.initiate_payment(debit_party=PURSE, credit_party=customer_party(), value=kes(250))
        sim.wait("send_customer_payment")
        from_wallet = app.initiate_payment(
            debit_party=wallet(customer_id), credit_party=channel, value=kes(20)
        )
        sim.wait("send_channel_payment")
        checkout = app.initiate_payment(
            debit_party=customer_party(), credit_party=wallet(customer_id), value=kes(30)
        )
        sim.wait("checkout_payment")
        assert purse(runtime) == (start[0], start[1] - 250)  # held
        assert payment_state(app, customer_id).wallets["savings"].available == kes(30)

        for reply in (payout, from_wallet, checkout):
            done = sim.update_payment_status(transaction_id=reply.transaction_id, status=Status.PASS_THROUGH)
            assert done.status, done.description
            notice = app.wait("payment_status")
            assert (notice.transaction_id, notice.status) == (reply.transaction_id, Status.PASS_THROUGH)
        assert purse(runtime) == start  # the hold is gone and nothing was debited
        savings = payment_state(app, customer_id).wallets["savings"]
        assert (savings.actual, savings.available) == (kes(50), kes(50))  # nothing debited or credited
        # final: it cannot change any more
        late = sim.update_payment_status(transaction_id=payout.transaction_id, status=Status.SUCCESS)
        assert not late.status and "no longer pending (PAYMENT_STATUS_PASS_THROUGH)" in late.description
        again = sim.update_payment_status(transaction_id=payout.transaction_id, status=Status.PASS_THROUGH)
        assert again.status and "already" in again.description

        # a payment received straight through, and one confirmed as passed through later
        got = sim.receive_payment(
            transaction_id="MPESA_PT1", channel_number=PAY_CHANNEL, customer_number="+254700000001",
            value=kes(75), status=Status.PASS_THROUGH,
        )  # fmt: skip
        assert got.status and "PASS_THROUGH" in got.description
        received = app.wait("received_payment")
        assert (received.status, received.value) == (Status.PASS_THROUGH, kes(75))
        sim.receive_payment(
            transaction_id="MPESA_PT2", channel_number=PAY_CHANNEL, customer_number="+254700000001",
            value=kes(5), status=Status.PENDING_VALIDATION,
        )  # fmt: skip
        assert app.wait("received_payment").status == Status.PENDING_VALIDATION
        assert sim.update_payment_status(transaction_id="MPESA_PT2", status=Status.PASS_THROUGH).status
        assert app.wait("payment_status").status == Status.PASS_THROUGH
        duplicate = sim.receive_payment(
            transaction_id="MPESA_PT1", channel_number=PAY_CHANNEL, customer_number="+254700000001",
            value=kes(75), status=Status.PASS_THROUGH,
        )  # fmt: skip
        assert not duplicate.status and "DUPLICATE_REQUEST" in duplicate.description
        assert purse(runtime) == start

        # a replayed one is history, as ever
        replayed = app.replay_payment(
            provider_transaction_id="MPESA_OLD_PT", debit_party=customer_party(), credit_party=PURSE,
            status=Status.PASS_THROUGH, value=kes(12),
        )  # fmt: skip
        assert replayed.status, replayed.description
        assert purse(runtime) == start

        state = payment_state(app, customer_id)  # the customer is party to every one of them
        assert state.pending_transactions == []
        passed = [
            payout.transaction_id,
            from_wallet.transaction_id,
            checkout.transaction_id,
            runtime_transaction(runtime, "MPESA_PT1"),
            runtime_transaction(runtime, "MPESA_PT2"),
            replayed.transaction_id,
        ]
        assert [(t.transaction_id, t.status) for t in state.transaction_log][1:] == [
            (transaction_id, Status.PASS_THROUGH) for transaction_id in passed
        ]


def runtime_transaction(runtime: Runtime, provider_id: str) -> str:
    with runtime.store.transaction() as tx:
        row = tx.transaction_by_provider_id(DEV_ORG, provider_id)
    assert row is not None
    return row.transaction_id
