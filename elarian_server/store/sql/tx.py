"""``SqlTx``: one transaction on either SQL store, composed of one class per aggregate of
``store/base.py`` (each module here: the SQL of its own tables), with the two operations that
span them (each aggregate moving or erasing its own part of a customer) and savepoints."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

from ..base import EFFECTS, Publisher, TransactionAborted, Tx
from .appdata import SqlAppData
from .apps import SqlApps
from .audiences import SqlAudiences
from .claims import SqlClaims
from .common import Db
from .comms import SqlComms
from .connectors import SqlConnectors
from .customers import SqlCustomers
from .messaging import SqlMessaging
from .outbox import SqlOutbox
from .payments import SqlPayments


class SqlTx(
    SqlCustomers,
    SqlAppData,
    SqlMessaging,
    SqlPayments,
    SqlApps,
    SqlOutbox,
    SqlClaims,
    SqlComms,
    SqlAudiences,
    SqlConnectors,
    Tx,
):
    """One transaction: each aggregate's SQL (one module each), and the two that span them."""

    def __init__(self, db: Db, publisher: Publisher | None = None, snapshot: bool = False) -> None:
        self.db = db
        self.publisher = publisher
        self.snapshot = snapshot
        if snapshot:  # only a snapshot's reads are kept (engine/state.py); writes pay nothing
            self.opened = time.monotonic()

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        if not self.db.in_transaction:  # never a savepoint outside one: it would commit alone
            raise TransactionAborted("the transaction was rolled back; no savepoint can begin")
        effects = {flag: getattr(self, flag) for flag in EFFECTS}
        self.db.execute("SAVEPOINT step")
        try:
            yield
        except BaseException as exc:
            # the database rolled it all back (disk full, I/O, a lost connection)
            if not self.db.in_transaction:
                raise TransactionAborted(f"the transaction was rolled back: {exc}") from exc
            self.db.execute("ROLLBACK TO step")
            self.db.execute("RELEASE step")
            for flag, was in effects.items():
                setattr(self, flag, was)
            raise
        self.db.execute("RELEASE step")

    def adopt(self, customer_id: str, other_id: str) -> None:
        # each aggregate's tables are its own, so the order matters only for the last step
        self._adopt_customers(customer_id, other_id)
        self._adopt_app_data(customer_id, other_id)
        self._adopt_messaging(customer_id, other_id)
        self._adopt_payments(customer_id, other_id)
        self._adopt_outbox(customer_id, other_id)
        self._adopt_comms(customer_id, other_id)
        self._adopt_connectors(customer_id, other_id)
        self._decommission(customer_id, other_id)

    def delete_customer(self, customer_id: str) -> None:
        self._delete_comms(customer_id)
        self._delete_payments(customer_id)
        self._delete_customers(customer_id)
        self._delete_outbox(customer_id)
        self._delete_connectors(customer_id)
        # last: the deletions above counted their changes in it (triggers); their id is never
        # given to anyone again (a payment naming them, kept for the books, that settles later
        # counts in a new row: harmless, every read of a version joins the customer, now gone)
        self.db.execute("DELETE FROM customer_versions WHERE customer_id = ?", (customer_id,))
        self.erased = True
