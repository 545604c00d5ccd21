"""Payments: purses, customer wallets, holds, settlement, exact money.

Money is ``Decimal``, stored as text; a ``Cash`` amount (a protobuf double)
becomes the decimal it was written as (``repr``), so 0.1 is 0.1. Each account
(``purse:ID`` or ``wallet:CUSTOMER:WALLET``, within its org: the store keys every
balance, hold and transaction by org, so two orgs naming one purse id hold two
purses) has one balance per currency: ``actual`` money, of which pending payouts
``hold`` some; ``available`` is the difference and never goes below zero.

InitiatePayment by counter-party pair:

* purse/wallet -> purse/wallet: moved at once (``SUCCESS``) or refused
  (``INSUFFICIENT_FUNDS``);
* purse/wallet -> customer number, or -> a payment channel: held, the simulator
  is told (``SendCustomerPayment``/``SendChannelPayment``), ``PENDING_CONFIRMATION``;
* customer number -> purse/wallet (mobile checkout): the simulator is asked
  (``CheckoutPayment``), ``PENDING_CONFIRMATION``.

The simulator's UpdatePaymentStatus settles a pending payment (``SUCCESS``: the
held money leaves, or the checkout's money arrives) or ends it (a failure
status: the hold is released) and the initiating app gets a
``PaymentStatusNotification``. ``PASS_THROUGH`` ends it too: the provider paid
the credit party itself, outside the org's purses and wallets, so the hold is
released and nothing is debited or credited here. ReceivePayment credits the
org's purse once per provider transaction id (not when it passed through).
Everything a payment changes commits together.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal, InvalidOperation
from typing import Any

from elarian_sync._convert import set_timestamp
from elarian_sync._generated import app_socket_pb2 as A
from elarian_sync._generated import common_pb2 as C
from elarian_sync._generated import payment_pb2 as P
from elarian_sync._generated import simulator_socket_pb2 as S

from ..store.base import NumberRow, TransactionRow, Tx
from .common import (
    Caller,
    CommandError,
    fill_number,
    new_id,
    notify_customer,
    number_row,
    publish,
    simulator_notification,
)
from .customers import Decommissioned, by_id, by_number

PS = P.PaymentStatus
QUEUED = PS.PAYMENT_STATUS_QUEUED
PENDING_CONFIRMATION = PS.PAYMENT_STATUS_PENDING_CONFIRMATION
INVALID_REQUEST = PS.PAYMENT_STATUS_INVALID_REQUEST
NOT_SUPPORTED = PS.PAYMENT_STATUS_NOT_SUPPORTED
INSUFFICIENT_FUNDS = PS.PAYMENT_STATUS_INSUFFICIENT_FUNDS
DUPLICATE_REQUEST = PS.PAYMENT_STATUS_DUPLICATE_REQUEST
INVALID_PURSE = PS.PAYMENT_STATUS_INVALID_PURSE
INVALID_WALLET = PS.PAYMENT_STATUS_INVALID_WALLET
DECOMMISSIONED = PS.PAYMENT_STATUS_DECOMMISSIONED_CUSTOMER_ID
SUCCESS = PS.PAYMENT_STATUS_SUCCESS
FAILED = PS.PAYMENT_STATUS_FAILED
# statuses that leave a payment pending
IN_FLIGHT = frozenset(
    {QUEUED, PENDING_CONFIRMATION, PS.PAYMENT_STATUS_PENDING_VALIDATION, PS.PAYMENT_STATUS_VALIDATED}
)


def amount_of(cash: C.Cash) -> tuple[str, Decimal]:
    """(currency, amount) of a Cash value; refused unless the amount is a positive, finite number."""
    if not cash.currency_code:
        raise CommandError("the payment value has no currency code", INVALID_REQUEST)
    try:
        amount = Decimal(repr(cash.amount))
    except InvalidOperation:  # pragma: no cover - repr of a double is always a number
        raise CommandError(f"the amount {cash.amount!r} is not a number", INVALID_REQUEST) from None
    if not amount.is_finite():
        raise CommandError(f"the amount must be a finite number, not {cash.amount!r}", INVALID_REQUEST)
    if amount <= 0:
        raise CommandError(f"the amount must be more than zero, not {amount}", INVALID_REQUEST)
    return cash.currency_code, amount


def fill_cash(target: C.Cash, currency: str, amount: Decimal) -> None:
    target.currency_code = currency
    target.amount = float(amount)


def purse_account(purse_id: str) -> str:
    return f"purse:{purse_id}"


def wallet_account(customer_id: str, wallet_id: str) -> str:
    return f"wallet:{customer_id}:{wallet_id}"


def account_customer(account: str) -> str | None:
    return account.split(":")[1] if account.startswith("wallet:") else None


def seed_purses(tx: Tx, org_id: str, purses: tuple[tuple[str, dict[str, Decimal]], ...]) -> None:
    """Give an org's configured purses their opening balances (once: a restart keeps what they hold)."""
    for purse_id, balances in purses:
        for currency, amount in balances.items():
            if tx.balance(org_id, purse_account(purse_id), currency) is None:
                tx.put_balance(org_id, purse_account(purse_id), currency, amount)


class _Party:
    """A resolved counter-party."""

    def __init__(
        self,
        kind: str,
        account: str | None = None,
        customer_id: str | None = None,
        number: NumberRow | None = None,
        purse_id: str | None = None,
    ) -> None:
        self.kind = kind
        self.account = account
        self.customer_id = customer_id
        self.number = number
        self.purse_id = purse_id


def _party(tx: Tx, caller: Caller, party: P.PaymentCounterParty, side: str, now: float) -> _Party:
    which = party.WhichOneof("party")
    if which == "purse":
        purse_id = party.purse.purse_id
        if purse_id not in {p.purse_id for p in caller.org.purses}:
            raise CommandError(f"{purse_id!r} is not a purse of org {caller.org_id}", INVALID_PURSE)
        return _Party("purse", purse_account(purse_id), purse_id=purse_id)
    if which == "wallet":
        wallet = party.wallet
        if not wallet.wallet_id:
            raise CommandError(f"the {side} wallet has no wallet id", INVALID_WALLET)
        try:
            customer_id = by_id(tx, caller, wallet.customer_id)
        except Decommissioned as exc:
            raise CommandError(str(exc), DECOMMISSIONED) from None
        except CommandError:
            raise CommandError(
                f"the {side} wallet belongs to an unknown customer {wallet.customer_id!r}", INVALID_WALLET
            ) from None
        return _Party("wallet", wallet_account(customer_id, wallet.wallet_id), customer_id=customer_id)
    if which == "customer":
        customer = party.customer
        if not customer.HasField("customer_number"):
            raise CommandError(f"the {side} customer has no number", INVALID_REQUEST)
        channel = customer.channel_number
        if caller.org.payment_channel(channel.channel, channel.number) is None:
            raise CommandError(
                f"{channel.number!r} is not a payment channel number of org {caller.org_id}", INVALID_REQUEST
            )
        number = number_row(customer.customer_number)
        found = by_number(tx, caller, number, now)
        return _Party("customer", customer_id=found.customer_id, number=number)
    if which == "channel":
        if side == "debit":
            raise CommandError("a payment channel cannot be debited", NOT_SUPPORTED)
        paid = party.channel
        if caller.org.payment_channel(paid.channel, paid.source) is None:
            raise CommandError(
                f"{paid.source!r} is not a payment channel number of org {caller.org_id}", INVALID_REQUEST
            )
        if not paid.destination:
            raise CommandError("the channel payment has no destination", INVALID_REQUEST)
        return _Party("channel")
    raise CommandError(f"the payment has no {side} party", INVALID_REQUEST)


def _funds(tx: Tx, org_id: str, account: str, currency: str, amount: Decimal, what: str) -> None:
    balance = tx.balance(org_id, account, currency)
    if balance is None:
        raise CommandError(f"{what} holds no {currency}", INVALID_REQUEST)
    if balance.available < amount:
        raise CommandError(
            f"{what} has {balance.available} {currency} available; {amount} is needed", INSUFFICIENT_FUNDS
        )


def _changed(tx: Tx, org_id: str, account: str, currency: str, actual: Decimal, now: float) -> None:
    """A wallet's or a purse's balance moved: ``balance.changed`` for outbound connectors."""
    customer_id = account_customer(account)
    kind, _, rest = account.partition(":")
    data: dict[str, str] = {
        "currency": currency,
        "balance": format(actual.normalize(), "f"),
    }  # 250, not 250.0
    if kind == "purse":
        data["purse_id"] = rest
    else:
        data["wallet_id"] = rest.partition(":")[2]
    publish(tx, org_id, "balance.changed", customer_id, now, data, order_key=customer_id or account)


def _credit(tx: Tx, org_id: str, account: str, currency: str, amount: Decimal, now: float) -> None:
    balance = tx.balance(org_id, account, currency)
    actual = balance.actual if balance is not None else Decimal(0)
    tx.put_balance(org_id, account, currency, actual + amount, account_customer(account))
    _changed(tx, org_id, account, currency, actual + amount, now)


def _debit(tx: Tx, org_id: str, account: str, currency: str, amount: Decimal, now: float) -> None:
    balance = tx.balance(org_id, account, currency)
    if balance is None or balance.actual < amount:  # pragma: no cover - guarded by holds and checks
        raise RuntimeError(f"{account} cannot give {amount} {currency}")
    tx.put_balance(org_id, account, currency, balance.actual - amount, account_customer(account))
    _changed(tx, org_id, account, currency, balance.actual - amount, now)


def initiate_payment(
    tx: Tx, caller: Caller, cmd: A.InitiatePaymentCommand, now: float
) -> A.AppToServerCommandReply:
    currency, amount = amount_of(cmd.value)
    debit = _party(tx, caller, cmd.debit_party, "debit", now)
    credit = _party(tx, caller, cmd.credit_party, "credit", now)
    funded = debit.kind in ("purse", "wallet")
    if not funded and not (debit.kind == "customer" and credit.kind in ("purse", "wallet")):
        raise CommandError(
            f"a payment from a {debit.kind} to a {credit.kind} is not supported", NOT_SUPPORTED
        )
    if funded and debit.account == credit.account:
        raise CommandError("the debit and credit parties are the same account", INVALID_REQUEST)
    if funded:
        assert debit.account is not None
        _funds(
            tx, caller.org_id, debit.account, currency, amount, f"the {debit.kind} {_name(cmd.debit_party)}"
        )
    transaction_id = new_id("el_txn_")
    row = TransactionRow(
        transaction_id=transaction_id,
        org_id=caller.org_id,
        app_id=caller.app_id,
        kind="",
        debit=cmd.debit_party.SerializeToString(),
        credit=cmd.credit_party.SerializeToString(),
        currency=currency,
        amount=amount,
        status=SUCCESS,
        created_at=now,
        updated_at=now,
        narration=cmd.narration or None,
        debit_customer_id=debit.customer_id,
        credit_customer_id=credit.customer_id,
    )
    if funded and credit.kind in ("purse", "wallet"):
        assert debit.account is not None and credit.account is not None
        _debit(tx, caller.org_id, debit.account, currency, amount, now)
        _credit(tx, caller.org_id, credit.account, currency, amount, now)
        tx.put_transaction(replace(row, kind="transfer"))
        return initiate_reply(SUCCESS, "transferred", row)
    row = replace(row, status=PENDING_CONFIRMATION, pending=True)
    if funded:
        assert debit.account is not None
        tx.hold(caller.org_id, transaction_id, debit.account, currency, amount)
        row = replace(
            row, hold_account=debit.account, kind="payout" if credit.kind == "customer" else "channel"
        )
    else:
        row = replace(row, credit_account=credit.account, kind="checkout")
    tx.put_transaction(row)

    def fill(env: S.ServerToSimulatorNotification) -> None:
        body: Any
        if row.kind == "payout":
            body = env.send_customer_payment
            body.customer_id = credit.customer_id or ""
            assert credit.number is not None
            fill_number(body.customer_number, credit.number)
            body.channel_number.CopyFrom(cmd.credit_party.customer.channel_number)
        elif row.kind == "channel":
            body = env.send_channel_payment
            target = cmd.credit_party.channel
            body.channel, body.source, body.destination = target.channel, target.source, target.destination
            if target.HasField("account"):
                body.account.CopyFrom(target.account)
        else:
            body = env.checkout_payment
            body.customer_id = debit.customer_id or ""
            assert debit.number is not None
            fill_number(body.customer_number, debit.number)
            body.channel_number.CopyFrom(cmd.debit_party.customer.channel_number)
        body.org_id, body.app_id, body.transaction_id = caller.org_id, caller.app_id, transaction_id
        fill_cash(body.value, currency, amount)
        funder = cmd.credit_party if row.kind == "checkout" else cmd.debit_party
        if funder.WhichOneof("party") == "wallet":
            body.wallet.CopyFrom(funder.wallet)
        else:
            body.purse.CopyFrom(funder.purse)

    customer = credit.customer_id if row.kind == "payout" else debit.customer_id
    tx.enqueue(*simulator_notification(caller.org_id, caller.app_id, customer, now, fill))
    return initiate_reply(PENDING_CONFIRMATION, "waiting for the customer or the provider to confirm", row)


def _name(party: P.PaymentCounterParty) -> str:
    which = party.WhichOneof("party")
    if which == "purse":
        return party.purse.purse_id
    if which == "wallet":
        return f"{party.wallet.wallet_id} of {party.wallet.customer_id}"
    return which or ""


def initiate_reply(status: int, description: str, row: TransactionRow) -> A.AppToServerCommandReply:
    reply = A.AppToServerCommandReply()
    body = reply.initiate_payment
    body.status = status  # type: ignore[assignment]
    body.description = description
    body.transaction_id.value = row.transaction_id
    if row.debit_customer_id:
        body.debit_customer_id.value = row.debit_customer_id
    if row.credit_customer_id:
        body.credit_customer_id.value = row.credit_customer_id
    return reply


# -- the simulator's side -------------------------------------------------------------------------


def find(tx: Tx, org_id: str, transaction_id: str) -> TransactionRow | None:
    return tx.transaction(org_id, transaction_id) or tx.transaction_by_provider_id(org_id, transaction_id)


def update_status(
    tx: Tx, caller: Caller, cmd: S.UpdatePaymentStatusSimulatorCommand, now: float
) -> S.SimulatorToServerCommandReply:
    if not cmd.transaction_id:
        raise CommandError("UpdatePaymentStatus needs a transaction id")
    if cmd.status == PS.PAYMENT_STATUS_UNSPECIFIED:
        raise CommandError("UpdatePaymentStatus needs a status")
    row = find(tx, caller.org_id, cmd.transaction_id)
    if row is None:
        raise CommandError(f"unknown transaction {cmd.transaction_id!r}")
    status_name = PS.Name(cmd.status)
    if not row.pending:
        if row.status == cmd.status:
            return S.SimulatorToServerCommandReply(status=True, description=f"already {status_name}")
        raise CommandError(f"transaction {row.transaction_id} is no longer pending ({PS.Name(row.status)})")
    settle(tx, row, cmd.status, now)
    return S.SimulatorToServerCommandReply(status=True, description=f"{row.transaction_id} is {status_name}")


def settle(tx: Tx, row: TransactionRow, status: int, now: float, notify: bool = True) -> TransactionRow:
    """Move a pending payment to ``status``: money moves on SUCCESS only, holds go on any end
    (PASS_THROUGH included: the provider paid the credit party, so no balance changes here)."""
    if status in IN_FLIGHT:
        row = replace(row, status=status, updated_at=now)
    elif status == SUCCESS:
        if row.hold_account is not None:
            tx.release(row.org_id, row.transaction_id)
            balance = tx.balance(row.org_id, row.hold_account, row.currency)
            if balance is None or balance.actual < row.amount:  # the wallet went with its customer
                status = FAILED
            else:
                _debit(tx, row.org_id, row.hold_account, row.currency, row.amount, now)
        if status == SUCCESS and row.credit_account is not None:
            _credit(tx, row.org_id, row.credit_account, row.currency, row.amount, now)
        row = replace(row, status=status, updated_at=now, pending=False)
    else:  # FAILED, PASS_THROUGH and every other end: the hold goes, no balance changes
        tx.release(row.org_id, row.transaction_id)
        row = replace(row, status=status, updated_at=now, pending=False)
    tx.put_transaction(row)
    if notify:
        _notify_status(tx, row, now)
    return row


def _notify_status(tx: Tx, row: TransactionRow, now: float) -> None:
    if row.app_id is None:
        return
    customer_id = row.credit_customer_id if row.kind == "payout" else row.debit_customer_id
    customer_id = customer_id or row.debit_customer_id or row.credit_customer_id
    if customer_id is not None and tx.customer_org(customer_id) is not None:

        def fill(n: A.PaymentStatusNotification) -> None:
            n.transaction_id = row.transaction_id
            n.status = row.status  # type: ignore[assignment]

        notify_customer(tx, row.org_id, row.app_id, customer_id, "payment_status", now, fill)
        return
    purse = P.PaymentCounterParty.FromString(row.debit)
    env = A.ServerToAppNotification()
    carrier = env.purse
    carrier.org_id, carrier.app_id = row.org_id, row.app_id
    carrier.purse_id = purse.purse.purse_id if purse.WhichOneof("party") == "purse" else ""
    set_timestamp(carrier.created_at, now)
    notification_id = new_id("el_ntf_")
    carrier.notification_id = notification_id
    carrier.payment_status.transaction_id = row.transaction_id
    carrier.payment_status.status = row.status  # type: ignore[assignment]
    tx.enqueue(
        notification_id,
        row.org_id,
        row.app_id,
        "app",
        f"purse/{row.org_id}/{carrier.purse_id}/{row.app_id}",  # one line per org, purse and app
        None,
        env.SerializeToString(),
        now,
    )


def receive_payment(
    tx: Tx, caller: Caller, cmd: S.ReceivePaymentSimulatorCommand, now: float
) -> S.SimulatorToServerCommandReply:
    if not cmd.transaction_id:
        raise CommandError("ReceivePayment needs the provider's transaction id")
    if not cmd.customer_number:
        raise CommandError("ReceivePayment needs the paying customer's number")
    channel = caller.org.payment_channel(cmd.channel_number.channel, cmd.channel_number.number)
    if channel is None:
        raise CommandError(
            f"{cmd.channel_number.number!r} is not a payment channel number of org {caller.org_id}"
        )
    if tx.transaction_by_provider_id(caller.org_id, cmd.transaction_id) is not None:
        raise CommandError(
            f"DUPLICATE_REQUEST: transaction {cmd.transaction_id!r} was already received; nothing credited"
        )
    currency, amount = amount_of(cmd.value)
    if not caller.org.purses:
        raise CommandError(f"org {caller.org_id} has no purse to receive payments into")
    purse_id = caller.org.purses[0].purse_id
    number = NumberRow(C.CustomerNumberProvider.CUSTOMER_NUMBER_PROVIDER_CELLULAR, cmd.customer_number, None)
    customer_id = by_number(tx, Caller(caller.org, channel.app_id), number, now).customer_id
    status = cmd.status or SUCCESS
    debit = P.PaymentCounterParty()
    fill_number(debit.customer.customer_number, number)
    debit.customer.channel_number.CopyFrom(cmd.channel_number)
    credit = P.PaymentCounterParty()
    credit.purse.purse_id = purse_id
    row = TransactionRow(
        transaction_id=new_id("el_txn_"),
        org_id=caller.org_id,
        app_id=channel.app_id,
        kind="received",
        debit=debit.SerializeToString(),
        credit=credit.SerializeToString(),
        currency=currency,
        amount=amount,
        status=PENDING_CONFIRMATION,
        created_at=now,
        updated_at=now,
        provider_transaction_id=cmd.transaction_id,
        debit_customer_id=customer_id,
        credit_account=purse_account(purse_id),
        pending=True,
    )
    tx.put_transaction(row)
    row = settle(tx, row, status, now, notify=False)  # the app hears of it as a received payment

    def fill(n: A.ReceivedPaymentNotification) -> None:
        n.purse_id = purse_id
        n.transaction_id = row.transaction_id
        fill_number(n.customer_number, number)
        n.channel_number.CopyFrom(cmd.channel_number)
        fill_cash(n.value, currency, amount)
        n.status = row.status  # type: ignore[assignment]

    notify_customer(tx, caller.org_id, channel.app_id, customer_id, "received_payment", now, fill)
    return S.SimulatorToServerCommandReply(
        status=True, description=f"received as {row.transaction_id} ({PS.Name(row.status)})"
    )


# -- state ---------------------------------------------------------------------------------------------


def fill_transaction(target: P.PaymentTransaction, row: TransactionRow) -> None:
    target.transaction_id = row.transaction_id
    if row.app_id:
        target.app_id.value = row.app_id
    target.debit_party.ParseFromString(row.debit)
    target.credit_party.ParseFromString(row.credit)
    fill_cash(target.value, row.currency, row.amount)
    target.status = row.status  # type: ignore[assignment]
    set_timestamp(target.created_at, row.created_at)
    set_timestamp(target.updated_at, row.updated_at)
    if row.provider_transaction_id:
        target.provider_transaction_id.value = row.provider_transaction_id
    if row.narration:
        target.narration.value = row.narration


def fill_payment_state(tx: Tx, state: P.PaymentState, customer_id: str, org_id: str) -> None:
    """The customer's payment state (``org_id``: the customer's org, which keys the money)."""
    channels: list[tuple[int, str]] = []
    for row in tx.transactions(org_id, customer_id):
        fill_transaction((state.pending_transactions if row.pending else state.transaction_log).add(), row)
        for raw in (row.debit, row.credit):
            party = P.PaymentCounterParty.FromString(raw)
            if party.WhichOneof("party") == "customer":
                used = party.customer.channel_number
                if (used.channel, used.number) not in channels:
                    channels.append((used.channel, used.number))
                    state.channel_numbers.add().CopyFrom(used)
    prefix = f"wallet:{customer_id}:"
    seen: set[str] = set()
    for balance in tx.balances(org_id, customer_id=customer_id):
        wallet_id = balance.account[len(prefix) :]
        key = wallet_id if wallet_id not in seen else f"{wallet_id}:{balance.currency}"
        seen.add(wallet_id)
        wallet = state.wallets[key]
        wallet.currency_code = balance.currency
        fill_cash(wallet.available, balance.currency, balance.available)
        fill_cash(wallet.actual, balance.currency, balance.actual)
        wallet.sequence_nr = balance.sequence_nr
        for transaction_id, amount in tx.holds(org_id, balance.account, balance.currency):
            held = tx.transaction(org_id, transaction_id)
            pending = wallet.pending[transaction_id]
            if held is not None:
                set_timestamp(pending.created_at, held.created_at)
            fill_cash(pending.value, balance.currency, amount)
            fill_cash(pending.converted, balance.currency, amount)
