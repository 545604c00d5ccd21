"""Payments in SQL (SQLite and PostgreSQL): balances per account and currency, the holds on them, transactions.

Every row is keyed by its org: a balance by (org, account, currency), a hold and a transaction
by (org, transaction id), and every query names the org, so two orgs that name the same purse
never meet. Money is stored as text (``str(Decimal)``), so it comes back exactly as it went in.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..base import BalanceRow, PaymentsTx, TransactionRow
from .common import SqlAggregate, like_prefix, upsert

_PUT_TRANSACTION = upsert(
    "transactions",
    "transaction_id, org_id, app_id, kind, debit, credit, currency, amount, status, created_at, updated_at,"
    " provider_transaction_id, narration, debit_customer_id, credit_customer_id, hold_account,"
    " credit_account, pending",
    "org_id, transaction_id",
)


class SqlPayments(SqlAggregate, PaymentsTx):
    _BALANCE = (
        "SELECT b.account, b.currency, b.actual,"
        " (SELECT group_concat(h.amount, ' ') FROM holds h"
        " WHERE h.org_id = b.org_id AND h.account = b.account AND h.currency = b.currency),"
        " b.sequence_nr, b.customer_id FROM balances b"
    )

    @staticmethod
    def _balance(row: tuple[Any, ...]) -> BalanceRow:
        account, currency, actual, holds, seq, customer_id = row
        held = sum((Decimal(h) for h in holds.split()), Decimal(0)) if holds else Decimal(0)
        return BalanceRow(account, currency, Decimal(actual), held, seq, customer_id)

    def balance(self, org_id: str, account: str, currency: str) -> BalanceRow | None:
        row = self.db.execute(
            self._BALANCE + " WHERE b.org_id = ? AND b.account = ? AND b.currency = ?",
            (org_id, account, currency),
        ).fetchone()
        return self._balance(row) if row else None

    def balances(self, org_id: str, *, customer_id: str | None = None) -> list[BalanceRow]:
        if customer_id is not None:
            rows = self.db.execute(
                self._BALANCE + " WHERE b.org_id = ? AND b.customer_id = ? ORDER BY b.rowid",
                (org_id, customer_id),
            )
        else:
            rows = self.db.execute(self._BALANCE + " WHERE b.org_id = ? ORDER BY b.rowid", (org_id,))
        return [self._balance(row) for row in rows]

    def put_balance(
        self, org_id: str, account: str, currency: str, actual: Decimal, customer_id: str | None = None
    ) -> None:
        self.db.execute(
            "INSERT INTO balances(account, currency, org_id, customer_id, actual, sequence_nr)"
            " VALUES (?, ?, ?, ?, ?, 1)"
            " ON CONFLICT(org_id, account, currency) DO UPDATE SET actual = excluded.actual,"
            " sequence_nr = balances.sequence_nr + 1",
            (account, currency, org_id, customer_id, str(actual)),
        )

    def hold(self, org_id: str, transaction_id: str, account: str, currency: str, amount: Decimal) -> None:
        self.db.execute(
            "INSERT INTO holds(org_id, transaction_id, account, currency, amount) VALUES (?, ?, ?, ?, ?)",
            (org_id, transaction_id, account, currency, str(amount)),
        )

    def release(self, org_id: str, transaction_id: str) -> bool:
        return (
            self.db.execute(
                "DELETE FROM holds WHERE org_id = ? AND transaction_id = ?", (org_id, transaction_id)
            ).rowcount
            > 0
        )

    def holds(self, org_id: str, account: str, currency: str) -> list[tuple[str, Decimal]]:
        rows = self.db.execute(
            "SELECT transaction_id, amount FROM holds WHERE org_id = ? AND account = ? AND currency = ?"
            " ORDER BY rowid",
            (org_id, account, currency),
        )
        return [(t, Decimal(a)) for t, a in rows]

    _TRANSACTION = (
        "SELECT transaction_id, org_id, app_id, kind, debit, credit, currency, amount, status, created_at,"
        " updated_at, provider_transaction_id, narration, debit_customer_id, credit_customer_id, hold_account,"
        " credit_account, pending FROM transactions"
    )

    @staticmethod
    def _transaction(row: tuple[Any, ...]) -> TransactionRow:
        tid, org, app, kind, debit, credit, currency, amount, status, created, updated = row[:11]
        ptid, narration, dcid, ccid, hold, credit_account, pending = row[11:]
        return TransactionRow(
            tid,
            org,
            app,
            kind,
            bytes(debit),
            bytes(credit),
            currency,
            Decimal(amount),
            status,
            created,
            updated,
            ptid,
            narration,
            dcid,
            ccid,
            hold,
            credit_account,
            bool(pending),
        )

    def put_transaction(self, transaction: TransactionRow) -> None:
        t = transaction
        self.db.execute(
            _PUT_TRANSACTION,
            (
                t.transaction_id,
                t.org_id,
                t.app_id,
                t.kind,
                t.debit,
                t.credit,
                t.currency,
                str(t.amount),
                t.status,
                t.created_at,
                t.updated_at,
                t.provider_transaction_id,
                t.narration,
                t.debit_customer_id,
                t.credit_customer_id,
                t.hold_account,
                t.credit_account,
                t.pending,
            ),
        )

    def transaction(self, org_id: str, transaction_id: str) -> TransactionRow | None:
        row = self.db.execute(
            self._TRANSACTION + " WHERE org_id = ? AND transaction_id = ?", (org_id, transaction_id)
        ).fetchone()
        return self._transaction(row) if row else None

    def transaction_by_provider_id(self, org_id: str, provider_transaction_id: str) -> TransactionRow | None:
        row = self.db.execute(
            self._TRANSACTION + " WHERE org_id = ? AND provider_transaction_id = ?",
            (org_id, provider_transaction_id),
        ).fetchone()
        return self._transaction(row) if row else None

    def transactions(self, org_id: str, customer_id: str) -> list[TransactionRow]:
        rows = self.db.execute(
            self._TRANSACTION + " WHERE org_id = ? AND (debit_customer_id = ? OR credit_customer_id = ?)"
            " ORDER BY created_at, rowid",
            (org_id, customer_id, customer_id),
        )
        return [self._transaction(row) for row in rows]

    def org_transactions(self, org_id: str) -> list[TransactionRow]:
        rows = self.db.execute(self._TRANSACTION + " WHERE org_id = ? ORDER BY created_at, rowid", (org_id,))
        return [self._transaction(row) for row in rows]

    # -- a customer adopted, deleted ---------------------------------------------------------------------

    def _adopt_payments(self, customer_id: str, other_id: str) -> None:
        db = self.db
        self._adopt_wallets(customer_id, other_id)
        for column in ("debit_customer_id", "credit_customer_id"):
            db.execute(f"UPDATE transactions SET {column} = ? WHERE {column} = ?", (customer_id, other_id))

    def _adopt_wallets(self, customer_id: str, other_id: str) -> None:
        """The other customer's wallets become this one's; a wallet both have is summed."""
        db = self.db
        old_prefix, new_prefix = f"wallet:{other_id}:", f"wallet:{customer_id}:"
        for account, currency, org_id, actual in db.execute(
            "SELECT account, currency, org_id, actual FROM balances WHERE customer_id = ?", (other_id,)
        ).fetchall():
            target = new_prefix + account[len(old_prefix) :]
            mine = self.balance(org_id, target, currency)
            total = Decimal(actual) + (mine.actual if mine else Decimal(0))
            db.execute(
                "DELETE FROM balances WHERE org_id = ? AND account = ? AND currency = ?",
                (org_id, account, currency),
            )
            self.put_balance(org_id, target, currency, total, customer_id)
            db.execute(
                "UPDATE holds SET account = ? WHERE org_id = ? AND account = ?", (target, org_id, account)
            )
            for column in ("hold_account", "credit_account"):
                db.execute(
                    f"UPDATE transactions SET {column} = ? WHERE org_id = ? AND {column} = ?",
                    (target, org_id, account),
                )

    def _delete_payments(self, customer_id: str) -> None:
        # its wallets go with it (ON DELETE CASCADE); so do the holds on them
        self.db.execute(
            "DELETE FROM holds WHERE org_id = (SELECT org_id FROM customers WHERE customer_id = ?)"
            " AND account LIKE ? ESCAPE '\\'",
            (customer_id, like_prefix(f"wallet:{customer_id}:")),
        )
