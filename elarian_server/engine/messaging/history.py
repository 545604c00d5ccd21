"""A customer's messages as kept: what was sent and received, delivery status, the state's view.

Each message is kept as the SentMessage or ReceivedMessage the customer's state shows. A sent
message's status moves on (QUEUED, SENT, DELIVERED, ...) and the app that sent it gets a
``MessageStatusNotification``. The messaging part of the customer state is the latest
``HISTORY`` messages, a state per channel (blocked, active, in session) and the ended sessions.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from elarian_sync._convert import set_duration, set_timestamp
from elarian_sync._generated import app_socket_pb2 as A
from elarian_sync._generated import common_pb2 as C
from elarian_sync._generated import messaging_pb2 as M

from ...store.base import MessageRow, NumberRow, Tx
from ..common import fill_number, notify_customer, number_row
from .channels import BLOCK, CHANNEL_PROVIDER, Route, fill_channel

HISTORY = 1000  # messages a customer's state shows (the latest)


def record_sent(
    tx: Tx,
    org_id: str,
    app_id: str | None,
    route: Route,
    message: M.OutboundMessage,
    message_id: str,
    status: int,
    now: float,
    *,
    session_id: str | None = None,
    in_reply_to: str | None = None,
    provider_message_id: str | None = None,
) -> M.SentMessage:
    sent = M.SentMessage(message_id=message_id, status=status)  # type: ignore[arg-type]
    fill_number(sent.customer_number, route.number)
    fill_channel(sent.channel_number, route.channel, route.channel_number)
    set_timestamp(sent.created_at, now)
    set_timestamp(sent.updated_at, now)
    sent.provider = CHANNEL_PROVIDER.get(route.channel, 0)  # type: ignore[assignment]
    if session_id:
        sent.session_id.value = session_id
    if in_reply_to:
        sent.in_reply_to.value = in_reply_to
    if app_id:
        sent.app_id.value = app_id
    if provider_message_id:
        sent.provider_message_id.value = provider_message_id
    sent.message.CopyFrom(message)
    tx.put_message(
        MessageRow(
            message_id,
            org_id,
            route.customer_id,
            app_id,
            "sent",
            route.channel,
            route.channel_number,
            session_id,
            provider_message_id,
            now,
            sent.SerializeToString(),
        )
    )
    return sent


def record_received(
    tx: Tx,
    org_id: str,
    app_id: str,
    route: Route,
    parts: Iterable[M.InboundMessageBody],
    at: float,
    message_id: str,
    session_id: str | None,
    *,
    in_reply_to: str | None = None,
    provider: int = 0,
    cost: C.Cash | None = None,
    provider_message_id: str | None = None,
) -> None:
    """Keep a message the customer sent, as the customer's state shows it."""
    received = M.ReceivedMessage(message_id=message_id)
    fill_number(received.customer_number, route.number)
    fill_channel(received.channel_number, route.channel, route.channel_number)
    set_timestamp(received.created_at, at)
    received.provider = provider or CHANNEL_PROVIDER.get(route.channel, 0)  # type: ignore[assignment]
    received.app_id.value = app_id
    received.parts.extend(parts)
    if session_id:
        received.session_id.value = session_id
    if in_reply_to:
        received.in_reply_to.value = in_reply_to
    if cost is not None:
        received.cost.CopyFrom(cost)
    if provider_message_id:
        received.provider_message_id.value = provider_message_id
    tx.put_message(
        MessageRow(
            message_id,
            org_id,
            route.customer_id,
            app_id,
            "received",
            route.channel,
            route.channel_number,
            session_id,
            provider_message_id,
            at,
            received.SerializeToString(),
        )
    )


def set_status(tx: Tx, row: MessageRow, status: int, now: float, notify: bool = True) -> bool:
    """Move a sent message to ``status``; tell the app that sent it. False when it was there already."""
    sent = M.SentMessage.FromString(row.body)
    if sent.status == status:
        return False
    sent.status = status  # type: ignore[assignment]
    set_timestamp(sent.updated_at, now)
    tx.put_message(replace(row, body=sent.SerializeToString()))
    if notify and row.app_id:

        def fill(n: A.MessageStatusNotification) -> None:
            n.message_id = row.message_id
            n.status = status  # type: ignore[assignment]

        notify_customer(tx, row.org_id, row.app_id, row.customer_id, "message_status", now, fill)
    return True


def fill_messaging_state(tx: Tx, state: M.MessagingState, customer_id: str) -> None:
    """Channel states (blocked, active, in session), the latest messages, ended sessions."""
    numbers: dict[tuple[int, str], NumberRow] = {}
    rows = tx.messages(customer_id, HISTORY)
    for row in rows:
        if row.direction == "sent":
            sent = M.SentMessage.FromString(row.body)
            state.messages.add().sent.CopyFrom(sent)
            numbers.setdefault((row.channel, row.channel_number), number_row(sent.customer_number))
        else:
            received = M.ReceivedMessage.FromString(row.body)
            state.messages.add().received.CopyFrom(received)
            numbers.setdefault((row.channel, row.channel_number), number_row(received.customer_number))
    consents = {(c.channel, c.channel_number): c for c in tx.consents(customer_id)}
    open_sessions, ended_sessions = tx.all_sessions(customer_id)
    live = {(s.channel, s.channel_number): s for s in open_sessions}
    for key, consent in consents.items():
        numbers[key] = consent.number
    for key, open_session in live.items():
        numbers[key] = open_session.number
    for key in sorted(numbers):
        channel, channel_number = key
        consent_row = consents.get(key)
        live_row = live.get(key)
        target = state.channels.add()
        if consent_row is not None and consent_row.update == BLOCK:
            blocked = target.blocked
            fill_number(blocked.customer_number, numbers[key])
            fill_channel(blocked.channel_number, channel, channel_number)
            set_timestamp(blocked.blocked_at, consent_row.updated_at)
        elif live_row is not None:
            in_session = target.in_session
            fill_number(in_session.customer_number, numbers[key])
            fill_channel(in_session.channel_number, channel, channel_number)
            if consent_row is not None:
                set_timestamp(in_session.allowed_at, consent_row.updated_at)
            in_session.session_id = live_row.session_id
            set_timestamp(in_session.started_at, live_row.started_at)
            if live_row.expires_at is not None:
                set_timestamp(in_session.expires_at, live_row.expires_at)
            in_session.app_ids.append(live_row.app_id)
            if live_row.provider_session_id:
                in_session.provider_session_id.value = live_row.provider_session_id
        else:
            active = target.active
            fill_number(active.customer_number, numbers[key])
            fill_channel(active.channel_number, channel, channel_number)
            if consent_row is not None:
                set_timestamp(active.allowed_at, consent_row.updated_at)
    for session in ended_sessions:
        complete = state.sessions.add()
        fill_number(complete.customer_number, session.number)
        fill_channel(complete.channel_number, session.channel, session.channel_number)
        complete.session_id = session.session_id
        set_timestamp(complete.started_at, session.started_at)
        set_duration(
            complete.duration, max(0.0, (session.ended_at or session.started_at) - session.started_at)
        )
        complete.app_ids.append(session.app_id)
        complete.end_reason = session.end_reason  # type: ignore[assignment]
        if session.cost is not None:
            complete.cost.ParseFromString(session.cost)
        if session.provider_session_id:
            complete.provider_session_id.value = session.provider_session_id
