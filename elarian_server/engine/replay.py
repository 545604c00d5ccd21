"""Replay: importing history from an outside provider into customers' state.

Each Replay command names the provider's id for what it imports (message,
session, transaction); replaying the same id again changes nothing and says so.
Imports move no money and send nothing to simulators. Two replays report on
messages an app sent through this runtime and so tell that app, as the provider's
callbacks would have: a delivery status (``MessageStatusNotification``) and a
reaction (``SentMessageReactionNotification``). They find the message by the
provider's id, or by the message id this runtime gave it when the app sent it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from google.protobuf.message import Message

from elarian_sync._convert import set_timestamp
from elarian_sync._generated import app_socket_pb2 as A
from elarian_sync._generated import messaging_pb2 as M
from elarian_sync._generated import payment_pb2 as P

from ..store.base import ConsentRow, MessageRow, NumberRow, SessionRow, TransactionRow, Tx
from .common import Caller, CommandError, new_id, notify_customer, number_row, seconds_of, update_reply
from .customers import by_id, by_number
from .messaging.channels import Route, fill_channel
from .messaging.history import record_received, record_sent, set_status
from .payments import IN_FLIGHT, amount_of, find

SENT = M.MessageDeliveryStatus.MESSAGE_DELIVERY_STATUS_SENT


def _customer(tx: Tx, caller: Caller, cmd: Message, now: float) -> tuple[str, NumberRow]:
    if not cmd.HasField("customer_number"):
        raise CommandError(f"{type(cmd).__name__} needs a customer number")
    number = number_row(cmd.customer_number)  # type: ignore[attr-defined]
    return by_number(tx, caller, number, now).customer_id, number


def _channel(cmd: Message) -> tuple[int, str]:
    if not cmd.HasField("channel_number") or not cmd.channel_number.number:  # type: ignore[attr-defined]
        raise CommandError(f"{type(cmd).__name__} needs a channel number")
    return cmd.channel_number.channel, cmd.channel_number.number  # type: ignore[attr-defined]


def _required(value: str, what: str) -> str:
    if not value:
        raise CommandError(f"the replay needs {what}")
    return value


def _our_message_id(tx: Tx, org_id: str, provider_id: str | None) -> str | None:
    if not provider_id:
        return None
    for direction in ("sent", "received"):
        row = tx.message_by_provider_id(org_id, direction, provider_id)
        if row is not None:
            return row.message_id
    return provider_id


def _our_session_id(tx: Tx, org_id: str, provider_id: str | None) -> str | None:
    if not provider_id:
        return None
    session = tx.session_by_provider_id(org_id, provider_id)
    return session.session_id if session is not None else provider_id


class Replay:
    def __init__(self) -> None:
        self.commands: dict[str, Callable[[Tx, Caller, object, float], A.AppToServerCommandReply]] = {
            "replay_messaging_consent_update": self.consent,  # type: ignore[dict-item]
            "replay_received_message": self.received,  # type: ignore[dict-item]
            "replay_sent_message": self.sent,  # type: ignore[dict-item]
            "replay_message_status_update": self.status,  # type: ignore[dict-item]
            "replay_message_reaction_update": self.reaction,  # type: ignore[dict-item]
            "replay_messaging_session": self.session,  # type: ignore[dict-item]
            "replay_payment": self.payment,  # type: ignore[dict-item]
            "replay_payment_status_update": self.payment_status,  # type: ignore[dict-item]
        }

    def consent(
        self, tx: Tx, caller: Caller, cmd: A.ReplayMessagingConsentUpdateCommand, now: float
    ) -> A.AppToServerCommandReply:
        channel, channel_number = _channel(cmd)
        if cmd.update not in (M.MESSAGING_CONSENT_UPDATE_ALLOW, M.MESSAGING_CONSENT_UPDATE_BLOCK):
            raise CommandError("the consent update must be ALLOW or BLOCK")
        customer_id, number = _customer(tx, caller, cmd, now)
        at = seconds_of(cmd.updated_at, now)
        current = tx.consent(customer_id, channel, channel_number)
        if current is not None and current.updated_at >= at:
            return update_reply(
                True, "already recorded (a consent update as recent or later exists)", customer_id
            )
        tx.put_consent(ConsentRow(customer_id, channel, channel_number, number, cmd.update, at))
        return update_reply(True, "consent replayed", customer_id)

    def received(
        self, tx: Tx, caller: Caller, cmd: A.ReplayReceivedMessageCommand, now: float
    ) -> A.AppToServerCommandReply:
        provider_id = _required(cmd.provider_message_id, "the provider's message id")
        _channel(cmd)  # refused without one
        customer_id, number = _customer(tx, caller, cmd, now)
        existing = tx.message_by_provider_id(caller.org_id, "received", provider_id)
        if existing is not None:
            return update_reply(True, f"already replayed as {existing.message_id}", existing.customer_id)
        at = seconds_of(cmd.received_at, now)
        session_id = _our_session_id(tx, caller.org_id, cmd.provider_session_id.value or None)
        message_id = new_id("el_msg_")
        record_received(
            tx,
            caller.org_id,
            caller.app_id,
            Route(customer_id, number, cmd.channel_number.channel, cmd.channel_number.number),
            cmd.parts,
            at,
            message_id,
            session_id,
            in_reply_to=_our_message_id(tx, caller.org_id, cmd.in_reply_to.value or None),
            provider=cmd.provider,
            cost=cmd.cost if cmd.HasField("cost") else None,
            provider_message_id=provider_id,
        )
        return update_reply(True, f"replayed as {message_id}", customer_id)

    def sent(
        self, tx: Tx, caller: Caller, cmd: A.ReplaySentMessageCommand, now: float
    ) -> A.AppToServerCommandReply:
        provider_id = _required(cmd.provider_message_id, "the provider's message id")
        channel, channel_number = _channel(cmd)
        customer_id, number = _customer(tx, caller, cmd, now)
        existing = tx.message_by_provider_id(caller.org_id, "sent", provider_id)
        if existing is not None:
            return update_reply(True, f"already replayed as {existing.message_id}", existing.customer_id)
        sent = record_sent(
            tx,
            caller.org_id,
            caller.app_id,
            Route(customer_id, number, channel, channel_number),
            cmd.message,
            new_id("el_msg_"),
            cmd.status or SENT,
            seconds_of(cmd.sent_at, now),
            session_id=_our_session_id(tx, caller.org_id, cmd.provider_session_id.value or None),
            in_reply_to=_our_message_id(tx, caller.org_id, cmd.in_reply_to.value or None),
            provider_message_id=provider_id,
        )
        if cmd.provider or cmd.HasField("cost"):
            row = tx.message(sent.message_id)
            assert row is not None
            if cmd.provider:
                sent.provider = cmd.provider
            if cmd.HasField("cost"):
                sent.cost.CopyFrom(cmd.cost)
            tx.put_message(replace(row, body=sent.SerializeToString()))
        return update_reply(True, f"replayed as {sent.message_id}", customer_id)

    def _sent_message(
        self,
        tx: Tx,
        caller: Caller,
        cmd: A.ReplayMessageStatusUpdateCommand | A.ReplayMessageReactionUpdateCommand,
        now: float,
    ) -> MessageRow:
        """The sent message a status or reaction replay is about: by the provider's id, else by
        this runtime's own message id (what SendMessage answered). It must be the named
        customer's, on the named channel: a replay never touches another customer's message."""
        provider_id = _required(cmd.provider_message_id, "the provider's message id")
        row = tx.message_by_provider_id(caller.org_id, "sent", provider_id)
        if row is None:
            row = tx.message(provider_id)
            if row is not None and (row.org_id != caller.org_id or row.direction != "sent"):
                row = None
        if row is None:
            raise CommandError(f"no sent message has the provider id or message id {provider_id!r}")
        if cmd.HasField("customer_number"):
            owner = by_number(tx, caller, number_row(cmd.customer_number), now, create=False).customer_id
            if owner != row.customer_id:
                raise CommandError(f"message {provider_id!r} was not sent to {cmd.customer_number.number}")
        channel = cmd.channel_number
        if channel.number and (channel.channel, channel.number) != (row.channel, row.channel_number):
            raise CommandError(f"message {provider_id!r} was not sent from channel number {channel.number}")
        return row

    def status(
        self, tx: Tx, caller: Caller, cmd: A.ReplayMessageStatusUpdateCommand, now: float
    ) -> A.AppToServerCommandReply:
        row = self._sent_message(tx, caller, cmd, now)
        if not cmd.status:
            raise CommandError("the replay needs a delivery status")
        at = seconds_of(cmd.updated_at, now)
        known = M.SentMessage.FromString(row.body).updated_at
        if known.ByteSize() and seconds_of(known, now) > at:  # callbacks come out of order
            return update_reply(
                True,
                "no change: the message has a later status (a replay never moves it back)",
                row.customer_id,
            )
        if not set_status(tx, row, cmd.status, at):
            return update_reply(True, "no change: the message already has that status", row.customer_id)
        return update_reply(
            True, f"{row.message_id} is {M.MessageDeliveryStatus.Name(cmd.status)}", row.customer_id
        )

    def reaction(
        self, tx: Tx, caller: Caller, cmd: A.ReplayMessageReactionUpdateCommand, now: float
    ) -> A.AppToServerCommandReply:
        row = self._sent_message(tx, caller, cmd, now)
        if not cmd.reaction:
            raise CommandError("the replay needs a reaction")
        at = seconds_of(cmd.updated_at, now)
        timed = cmd.HasField("updated_at")
        sent = M.SentMessage.FromString(row.body)
        for known in sent.reactions:
            # the same reaction at the same time; with no time given, the same reaction at all
            if known.reaction == cmd.reaction and (not timed or seconds_of(known.created_at, 0) == at):
                return update_reply(True, "no change: the reaction is already recorded", row.customer_id)
        reaction = sent.reactions.add(reaction=cmd.reaction)
        set_timestamp(reaction.created_at, at)
        tx.put_message(replace(row, body=sent.SerializeToString()))
        if row.app_id:

            def fill(n: A.SentMessageReactionNotification) -> None:
                n.message_id = row.message_id
                n.customer_number.CopyFrom(sent.customer_number)
                fill_channel(n.channel_number, row.channel, row.channel_number)
                n.reaction = cmd.reaction

            notify_customer(tx, row.org_id, row.app_id, row.customer_id, "sent_message_reaction", now, fill)
        return update_reply(True, "reaction replayed", row.customer_id)

    def session(
        self, tx: Tx, caller: Caller, cmd: A.ReplayMessagingSessionCommand, now: float
    ) -> A.AppToServerCommandReply:
        provider_id = _required(cmd.provider_session_id, "the provider's session id")
        channel, channel_number = _channel(cmd)
        customer_id, number = _customer(tx, caller, cmd, now)
        existing = tx.session_by_provider_id(caller.org_id, provider_id)
        if existing is not None:
            return update_reply(True, f"already replayed as {existing.session_id}", existing.customer_id)
        started = seconds_of(cmd.started_at, now)
        duration = cmd.duration.seconds + cmd.duration.nanos / 1e9
        owner = caller.org.channel(channel, channel_number)
        session = SessionRow(
            new_id("el_ses_"),
            caller.org_id,
            customer_id,
            channel,
            channel_number,
            number,
            owner.app_id if owner else caller.app_id,
            provider_id,
            started,
            None,
            started + duration,
            cmd.end_reason,
            None,
            cmd.cost.SerializeToString() if cmd.HasField("cost") else None,
        )
        tx.put_session(session)
        return update_reply(True, f"replayed as {session.session_id}", customer_id)

    def payment(
        self, tx: Tx, caller: Caller, cmd: A.ReplayPaymentCommand, now: float
    ) -> A.AppToServerCommandReply:
        provider_id = _required(cmd.provider_transaction_id, "the provider's transaction id")
        existing = tx.transaction_by_provider_id(caller.org_id, provider_id)
        if existing is not None:
            return _replay_reply(True, f"already replayed as {existing.transaction_id}", existing)
        try:
            currency, amount = amount_of(cmd.value)
        except CommandError as exc:
            raise CommandError(str(exc)) from None
        ids: list[str | None] = []
        for party, side in ((cmd.debit_party, "debit"), (cmd.credit_party, "credit")):
            which = party.WhichOneof("party")
            if which == "customer":
                ids.append(by_number(tx, caller, number_row(party.customer.customer_number), now).customer_id)
            elif which == "wallet":
                ids.append(by_id(tx, caller, party.wallet.customer_id))
            elif which is None:
                raise CommandError(f"the replayed payment has no {side} party")
            else:
                ids.append(None)
        at = seconds_of(cmd.created_at, now)
        row = TransactionRow(
            transaction_id=new_id("el_txn_"),
            org_id=caller.org_id,
            app_id=caller.app_id,
            kind="replay",
            debit=cmd.debit_party.SerializeToString(),
            credit=cmd.credit_party.SerializeToString(),
            currency=currency,
            amount=amount,
            status=cmd.status or P.PAYMENT_STATUS_SUCCESS,
            created_at=at,
            updated_at=at,
            provider_transaction_id=provider_id,
            narration=cmd.narration or None,
            debit_customer_id=ids[0],
            credit_customer_id=ids[1],
            pending=(cmd.status or P.PAYMENT_STATUS_SUCCESS) in IN_FLIGHT,
        )
        tx.put_transaction(row)
        return _replay_reply(True, f"replayed as {row.transaction_id}", row)

    def payment_status(
        self, tx: Tx, caller: Caller, cmd: A.ReplayPaymentStatusUpdateCommand, now: float
    ) -> A.AppToServerCommandReply:
        provider_id = _required(cmd.provider_transaction_id, "the provider's transaction id")
        row = find(tx, caller.org_id, provider_id)
        if row is None:
            raise CommandError(f"no transaction has the provider id {provider_id!r}")
        if not cmd.status:
            raise CommandError("the replay needs a payment status")
        if row.kind != "replay":
            raise CommandError(
                f"{row.transaction_id} moved money in this runtime: its status follows the simulator,"
                " not replays"
            )
        if row.status == cmd.status:
            return _replay_reply(True, "no change: the payment already has that status", row)
        row = replace(
            row,
            status=cmd.status,
            updated_at=seconds_of(cmd.updated_at, now),
            pending=cmd.status in IN_FLIGHT,
        )
        tx.put_transaction(row)
        return _replay_reply(True, f"{row.transaction_id} is {P.PaymentStatus.Name(cmd.status)}", row)


def _replay_reply(status: bool, description: str, row: TransactionRow) -> A.AppToServerCommandReply:
    reply = A.AppToServerCommandReply()
    body = reply.replay_payment
    body.status = status
    body.description = description
    body.transaction_id.value = row.transaction_id
    if row.debit_customer_id:
        body.debit_customer_id.value = row.debit_customer_id
    if row.credit_customer_id:
        body.credit_customer_id.value = row.credit_customer_id
    return reply
