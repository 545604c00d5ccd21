"""A store written before money was keyed by org (schema 2) opens with the current code: every
balance, hold and transaction moves to its org, nothing is seeded twice, and the payments left
pending settle against the right accounts over real sockets.

``tests/data/store-schema-2.sql`` is such a store, written by the runtime at e8f408d (its header
says how); the test loads it into a file and opens that.
"""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from pathlib import Path
from typing import Any

from elarian_server.config import parse_config
from elarian_server.runtime import Runtime
from elarian_server.store.sqlite import MIGRATIONS, SqliteStore
from elarian_sync._generated import models as M

from .runtime_support import AppClient, SimClient, number, running

OLD_STORE = Path(__file__).parent / "data" / "store-schema-2.sql"
ORGS = {"org-a": ("purse-a", "111", "+254700000001"), "org-b": ("purse-b", "222", "+254700000002")}
OLD_CONFIG = parse_config(
    {
        "orgs": [
            {
                "id": org_id,
                "api_keys": [f"key-{org_id[-1]}"],
                "apps": [{"id": f"app-{org_id[-1]}"}],
                "payment_channels": [{"channel": "cellular", "number": channel, "app": f"app-{org_id[-1]}"}],
                "purses": [{"id": purse_id, "balances": {"KES": opening}}],
            }
            for (org_id, (purse_id, channel, _)), opening in zip(ORGS.items(), ("1000", "500"), strict=True)
        ]
    },
    "the config the old store was written with",
)
Status = M.PaymentStatus


def old_store(tmp_path: Path) -> tuple[Path, dict[str, list[tuple[Any, ...]]]]:
    """The schema-2 store in a file, and its payments rows as the old code wrote them."""
    path = tmp_path / "old.db"
    db = sqlite3.connect(path)
    db.executescript(OLD_STORE.read_text(encoding="utf-8"))
    rows = {
        "balances": db.execute(
            "SELECT org_id, account, currency, actual, sequence_nr FROM balances ORDER BY rowid"
        ).fetchall(),
        "holds": db.execute(
            "SELECT t.org_id, h.transaction_id, h.account, h.amount FROM holds h"
            " JOIN transactions t USING (transaction_id) ORDER BY h.rowid"
        ).fetchall(),
        "transactions": db.execute(
            "SELECT org_id, transaction_id, kind, status, hold_account, credit_account, pending"
            " FROM transactions ORDER BY rowid"
        ).fetchall(),
    }
    assert db.execute("PRAGMA user_version").fetchone() == (2,)
    db.close()
    return path, rows


def test_the_migration_keys_every_balance_hold_and_transaction_by_its_org(tmp_path: Path) -> None:
    path, old = old_store(tmp_path)
    store = SqliteStore(path)
    try:
        assert store.schema_version == len(MIGRATIONS)  # upgraded to the newest
        with store.transaction() as tx:
            balances = [
                (org_id, b.account, b.currency, str(b.actual), b.sequence_nr)
                for org_id in ORGS
                for b in tx.balances(org_id)
            ]
            holds = [
                (org_id, transaction_id, account, str(amount))
                for org_id in ORGS
                for account in sorted({b.account for b in tx.balances(org_id)})
                for transaction_id, amount in tx.holds(org_id, account, "KES")
            ]
            transactions = [
                (
                    t.org_id,
                    t.transaction_id,
                    t.kind,
                    t.status,
                    t.hold_account,
                    t.credit_account,
                    int(t.pending),
                )
                for org_id in ORGS
                for t in tx.org_transactions(org_id)
            ]
            # a transaction of one org is not found under the other
            foreign = [tx.transaction("org-b" if t[0] == "org-a" else "org-a", t[1]) for t in transactions]
    finally:
        store.close()
    assert sorted(balances) == sorted(old["balances"]) and len(balances) == 4
    assert sorted(holds) == sorted(old["holds"]) and len(holds) == 4
    assert transactions == old["transactions"] and len(transactions) == 10
    assert foreign == [None] * 10


def test_an_old_store_runs_on_with_its_money_where_it_was(tmp_path: Path) -> None:
    path, old = old_store(tmp_path)
    with running(OLD_CONFIG, db=path) as runtime:
        # opening balances were seeded when the store was new: not again
        assert balance(runtime, "org-a", "purse-a") == (Decimal("907"), Decimal("857"))  # 1000-100+7, 50 held
        assert balance(runtime, "org-b", "purse-b") == (Decimal("491"), Decimal("486"))  # 500-10+1, 5 held
        for org_id, (purse_id, _, phone) in ORGS.items():
            pending = [t[1] for t in old["transactions"] if t[0] == org_id and t[6]]
            payout, wallet_payout, checkout = pending
            with client(AppClient, runtime, org_id) as app, client(SimClient, runtime, org_id) as sim:
                state = payment_state(app, phone)
                assert [t.transaction_id for t in state.pending_transactions] == pending
                assert list(state.wallets["w"].pending) == [wallet_payout]  # the hold on the wallet

                actual, available = balance(runtime, org_id, purse_id)
                amounts = {
                    t.transaction_id: Decimal(repr(t.value.amount)) for t in state.pending_transactions
                }
                for transaction_id in pending:
                    done = sim.update_payment_status(transaction_id=transaction_id, status=Status.SUCCESS)
                    assert done.status, done.description
                    assert app.wait("payment_status").transaction_id == transaction_id
                expected = actual - amounts[payout] + amounts[checkout]
                assert balance(runtime, org_id, purse_id) == (expected, expected)
                assert expected == available + amounts[checkout]

                state = payment_state(app, phone)
                assert state.pending_transactions == []
                wallet = state.wallets["w"]
                assert wallet.actual.amount == wallet.available.amount == {"org-a": 70, "org-b": 7}[org_id]
                assert [t.status for t in state.transaction_log] == [Status.SUCCESS] * 5
        assert balance(runtime, "org-a", "purse-a") == (Decimal("877"), Decimal("877"))  # 907-50+20
        assert balance(runtime, "org-b", "purse-b") == (Decimal("488"), Decimal("488"))  # 491-5+2


def balance(runtime: Runtime, org_id: str, purse_id: str) -> tuple[Decimal, Decimal]:
    found = runtime.purse_balance(purse_id, "KES", org_id=org_id)
    assert found is not None
    return found.actual, found.available


def payment_state(app: AppClient, phone: str) -> Any:
    reply = app.get_customer_state(customer_number=number(phone))
    assert reply.status and reply.data is not None, reply.description
    return reply.data.payment_state


def client(kind: Any, runtime: Runtime, org_id: str) -> Any:
    return kind(runtime.url, org=org_id, app=f"app-{org_id[-1]}", key=f"key-{org_id[-1]}")
