"""Money belongs to an org: no command of one org reads or moves another org's purses, wallets,
holds or transactions, even where their ids are the same.

The loader refuses a purse id declared by two orgs (tests/test_config.py); the store keys every
balance, hold and transaction by org all the same, which these tests show with a config built in
code that names one purse id in two orgs. Everything goes over real sockets on 127.0.0.1.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from elarian_server.config import Config, parse_config
from elarian_server.runtime import Runtime
from elarian_sync._generated import models as M

from .runtime_support import AppClient, SimClient, number, running

Status = M.PaymentStatus
SHARED = "el_prs_shared"  # a purse id both orgs name


def org(org_id: str, channel: str, purse_id: str, opening: str) -> dict[str, Any]:
    app = f"app-{org_id}"
    return {
        "id": org_id,
        "api_keys": [f"key-{org_id}"],
        "apps": [{"id": app}],
        "payment_channels": [{"channel": "cellular", "number": channel, "app": app}],
        "purses": [{"id": purse_id, "balances": {"KES": opening}}],
    }


def one_purse_id_in_two_orgs() -> Config:
    """Org a and org b each with a purse ``SHARED`` (a: 1000 KES, b: 300 KES): each org passes the
    loader on its own; together they are what the loader refuses, so they are put together here."""
    a = parse_config({"orgs": [org("a", "111", SHARED, "1000")]}, "org a")
    b = parse_config({"orgs": [org("b", "222", SHARED, "300")]}, "org b")
    return Config({**a.orgs, **b.orgs}, source="org a and org b")


def client(runtime: Runtime, org_id: str) -> AppClient:
    return AppClient(runtime.url, org=org_id, app=f"app-{org_id}", key=f"key-{org_id}")


def simulator(runtime: Runtime, org_id: str) -> SimClient:
    return SimClient(runtime.url, org=org_id, app=f"app-{org_id}", key=f"key-{org_id}")


def kes(amount: float) -> M.Cash:
    return M.Cash(currency_code="KES", amount=amount)


def purse(purse_id: str) -> M.PaymentCounterParty:
    return M.PaymentCounterParty(purse=M.PaymentPurseCounterParty(purse_id=purse_id))


def wallet(customer_id: str) -> M.PaymentCounterParty:
    return M.PaymentCounterParty(wallet=M.PaymentWalletCounterParty(customer_id=customer_id, wallet_id="w"))


def payee(channel: str) -> M.PaymentCounterParty:
    return M.PaymentCounterParty(
        customer=M.PaymentCustomerCounterParty(
            customer_number=number(),
            channel_number=M.PaymentChannelNumber(channel=M.PaymentChannel.CELLULAR, number=channel),
        )
    )


def balance(runtime: Runtime, org_id: str, purse_id: str) -> tuple[Decimal, Decimal]:
    """(actual, available) of an org's purse in KES."""
    balance = runtime.purse_balance(purse_id, "KES", org_id=org_id)
    assert balance is not None
    return balance.actual, balance.available


def test_orgs_naming_the_same_purse_id_each_hold_their_own_money(tmp_path: Path) -> None:
    db = tmp_path / "orgs.db"
    with running(one_purse_id_in_two_orgs(), db=db) as runtime:
        with client(runtime, "b") as b, simulator(runtime, "b") as sim_b:
            customer_id = b.create_customer(customer_number=number()).customer_id
            # b holds 300: 600 is more than it has, whatever org a's purse of that id holds
            spend = b.initiate_payment(
                debit_party=purse(SHARED), credit_party=wallet(customer_id), value=kes(600)
            )
            assert spend.status == Status.INSUFFICIENT_FUNDS, spend.description
            assert "300" in spend.description
            assert balance(runtime, "a", SHARED) == (1000, 1000)
            assert balance(runtime, "b", SHARED) == (300, 300)  # b's own opening balance, not dropped

            moved = b.initiate_payment(
                debit_party=purse(SHARED), credit_party=wallet(customer_id), value=kes(250)
            )
            assert moved.status == Status.SUCCESS, moved.description
            payout = b.initiate_payment(debit_party=purse(SHARED), credit_party=payee("222"), value=kes(20))
            assert payout.status == Status.PENDING_CONFIRMATION, payout.description
            sim_b.wait("send_customer_payment")
            assert balance(runtime, "b", SHARED) == (50, 30)  # b's hold is on b's purse
            assert balance(runtime, "a", SHARED) == (1000, 1000)

            got = sim_b.receive_payment(
                transaction_id="MPESA_1", customer_number="+254700000009", value=kes(5),
                channel_number=M.PaymentChannelNumber(channel=M.PaymentChannel.CELLULAR, number="222"),
            )  # fmt: skip
            assert got.status, got.description
            assert sim_b.update_payment_status(
                transaction_id=payout.transaction_id, status=Status.SUCCESS
            ).status
            assert balance(runtime, "b", SHARED) == (35, 35)
            assert balance(runtime, "a", SHARED) == (1000, 1000)

        with client(runtime, "a") as a:  # org a's purse of that id is whole and its own
            assert a.get_customer_state(customer_id=customer_id).status is False
            a_customer = a.create_customer(customer_number=number()).customer_id
            spend = a.initiate_payment(
                debit_party=purse(SHARED), credit_party=wallet(a_customer), value=kes(1000)
            )
            assert spend.status == Status.SUCCESS, spend.description
        assert balance(runtime, "a", SHARED) == (0, 0)
        assert balance(runtime, "b", SHARED) == (35, 35)

    with running(one_purse_id_in_two_orgs(), db=db) as runtime:  # a restart seeds nothing again
        assert balance(runtime, "a", SHARED) == (0, 0)
        assert balance(runtime, "b", SHARED) == (35, 35)


def test_an_org_cannot_name_another_orgs_purse_wallet_or_transaction() -> None:
    """Purse ids the config keeps apart, customer and transaction ids the runtime mints: naming
    another org's is refused. Provider transaction ids are the org's own: two orgs may use one."""
    config = parse_config(
        {"orgs": [org("a", "111", "el_prs_a", "1000"), org("b", "222", "el_prs_b", "300")]}, "two orgs"
    )
    with running(config) as runtime, client(runtime, "a") as a, simulator(runtime, "a") as sim_a:
        a_customer = a.create_customer(customer_number=number()).customer_id
        assert a.initiate_payment(
            debit_party=purse("el_prs_a"), credit_party=wallet(a_customer), value=kes(100)
        ).status
        pending = a.initiate_payment(debit_party=purse("el_prs_a"), credit_party=payee("111"), value=kes(10))
        assert pending.status == Status.PENDING_CONFIRMATION
        sim_a.wait("send_customer_payment")
        with client(runtime, "b") as b, simulator(runtime, "b") as sim_b:
            b_customer = b.create_customer(customer_number=number()).customer_id
            for debit, credit, status in [
                (purse("el_prs_a"), wallet(b_customer), Status.INVALID_PURSE),
                (purse("el_prs_b"), purse("el_prs_a"), Status.INVALID_PURSE),
                (wallet(a_customer), purse("el_prs_b"), Status.INVALID_WALLET),
                (purse("el_prs_b"), wallet(a_customer), Status.INVALID_WALLET),
            ]:
                reply = b.initiate_payment(debit_party=debit, credit_party=credit, value=kes(5))
                assert reply.status == status, reply.description
            settle = sim_b.update_payment_status(transaction_id=pending.transaction_id, status=Status.SUCCESS)
            assert not settle.status and "unknown transaction" in settle.description
            assert balance(runtime, "b", "el_prs_b") == (300, 300)

            # one provider transaction id in each org: two payments
            for sim, channel, amount in ((sim_a, "111", 40), (sim_b, "222", 4)):
                got = sim.receive_payment(
                    transaction_id="MPESA_SAME", customer_number="+254700000009", value=kes(amount),
                    channel_number=M.PaymentChannelNumber(channel=M.PaymentChannel.CELLULAR, number=channel),
                    status=Status.PENDING_VALIDATION,
                )  # fmt: skip
                assert got.status, got.description
            assert sim_b.update_payment_status(transaction_id="MPESA_SAME", status=Status.SUCCESS).status
            assert balance(runtime, "b", "el_prs_b") == (304, 304)  # b's payment, confirmed by b
        assert balance(runtime, "a", "el_prs_a") == (900, 890)  # a's money, a's hold, a's 40 still pending
        wallets = a.get_customer_state(customer_id=a_customer).data.payment_state.wallets  # type: ignore[union-attr]
        assert wallets["w"].actual == kes(100)
