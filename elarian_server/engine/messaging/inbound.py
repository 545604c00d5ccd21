"""Inbound messages: the simulator's ReceiveMessage, and the app's answer to it.

The customer is found or created by number, the message recorded, a session started or
continued on the session channels, and ``ReceivedMessageNotification`` goes to the app owning
the channel number. The app's answer (its reply message) is recorded ``in_reply_to`` the
received message and goes back to the simulator in the command's reply.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace

from elarian_sync._generated import app_socket_pb2 as A
from elarian_sync._generated import messaging_pb2 as M
from elarian_sync._generated import simulator_socket_pb2 as S

from ...comms.bound import bound, queue_message
from ...comms.optout import is_stop, stop_reply
from ...config import Org
from ...store.base import NumberRow, SessionRow, Tx
from ..common import Caller, CommandError, fill_number, new_id, notify_customer, number_row
from ..customers import Found, by_number
from .channels import (
    CARRIES,
    CUSTOMER_PROVIDER,
    DELIVERED,
    EXPIRED,
    NORMAL_CLEARING,
    NOT_SUPPORTED,
    QUEUED,
    RECEIVES,
    SENT,
    SESSION_CHANNELS,
    USSD,
    VOICE,
    Route,
    channel_name,
    channel_owner,
)
from .history import record_received, record_sent
from .outbound import push
from .sessions import Sessions, ended_by_customer

log = logging.getLogger("elarian_server.messaging")


class Inbound:
    """Inbound messages and the app's answers; ``simulator_live`` as for ``Outbound``."""

    def __init__(
        self,
        sessions: Sessions,
        simulator_live: Callable[[str], bool],
        routes: Callable[[str], Org | None] | None = None,
    ) -> None:
        self.sessions = sessions
        self.simulator_live = simulator_live
        # an org with every provider it has (the config's and the API's): where messages go out
        self.routes = routes or sessions.config.orgs.get

    def receive(
        self, tx: Tx, caller: Caller, cmd: S.ReceiveMessageSimulatorCommand, now: float
    ) -> tuple[str, str, bool]:
        """Record an inbound message; returns (message_id, notification_id, wait): ``wait`` when
        the simulator should wait for the app's reply (False when the customer ended the session)."""
        channel, channel_number = cmd.channel_number.channel, cmd.channel_number.number
        if not cmd.customer_number:
            raise CommandError("ReceiveMessage needs the customer's number")
        if not cmd.parts:
            raise CommandError("ReceiveMessage needs at least one message part")
        owner = channel_owner(caller, channel, channel_number)
        for part in cmd.parts:
            kind = part.WhichOneof("entry")
            if kind not in RECEIVES.get(channel, frozenset()):
                raise CommandError(f"a {kind or 'empty'} part cannot arrive on {channel_name(channel)}")
        number = NumberRow(CUSTOMER_PROVIDER[channel], cmd.customer_number, None)
        found: Found = by_number(tx, Caller(caller.org, owner), number, now)
        customer_id = found.customer_id
        provider_session = cmd.session_id.value if cmd.HasField("session_id") else None
        session: SessionRow | None = None
        ended = None
        if channel in SESSION_CHANNELS:
            session = tx.live_session(customer_id, channel, channel_number)
            if (
                session is not None
                and provider_session
                and session.provider_session_id
                and session.provider_session_id != provider_session
            ):
                self.sessions.end_session(tx, session, NORMAL_CLEARING, now)  # the provider started a new one
                session = None
            if session is None:
                session = self.sessions.start_session(
                    tx,
                    caller.org_id,
                    customer_id,
                    number,
                    channel,
                    channel_number,
                    owner,
                    provider_session,
                    now,
                )
            else:
                session = self.sessions.renew_session(tx, session, now, provider_session)
            ended = ended_by_customer(cmd.parts)
        message_id = new_id("el_msg_")
        record_received(
            tx,
            caller.org_id,
            owner,
            Route(customer_id, number, channel, channel_number),
            cmd.parts,
            now,
            message_id,
            session.session_id if session else None,
            cost=cmd.cost if cmd.HasField("cost") else None,
        )

        def fill(n: A.ReceivedMessageNotification) -> None:
            n.message_id = message_id
            fill_number(n.customer_number, number)
            n.channel_number.CopyFrom(cmd.channel_number)
            n.parts.extend(cmd.parts)
            if session is not None:
                n.session_id.value = session.session_id

        notification_id = notify_customer(
            tx, caller.org_id, owner, customer_id, "received_message", now, fill
        )
        if channel == M.MESSAGING_CHANNEL_SMS and is_stop(caller.org, cmd.parts):
            stop_reply(tx, caller.org, owner, customer_id, number, channel_number, None, now)
        if session is not None and ended is not None:
            self.sessions.end_session(tx, session, ended, now)
        return message_id, notification_id, ended is None

    def answer(
        self, tx: Tx, received_id: str, message: M.OutboundMessage, now: float, waiting: bool
    ) -> M.OutboundMessage | None:
        """The app answered a received message with ``message``: record it in reply; returns what
        goes back to the waiting simulator (None: nothing to return, or it went out another way)."""
        received = tx.message(received_id)
        if received is None:
            log.warning("the app answered message %s, which no longer exists; answer dropped", received_id)
            return None
        body = M.ReceivedMessage.FromString(received.body)
        number = number_row(body.customer_number)
        channel, channel_number = received.channel, received.channel_number
        app_id = received.app_id
        session = (
            tx.live_session(received.customer_id, channel, channel_number)
            if channel in SESSION_CHANNELS
            else None
        )
        kind = message.body.WhichOneof("entry")
        problem = None
        if kind is None:
            problem = "it has no body"
        elif kind not in CARRIES.get(channel, frozenset()):
            problem = f"a {kind} body cannot go out on {channel_name(channel)}"
        elif channel == USSD and session is None:
            problem = "the USSD session has ended"
        if problem is not None:
            status = EXPIRED if channel == USSD and session is None else NOT_SUPPORTED
            log.warning("the app's reply to message %s was not sent: %s", received_id, problem)
        elif waiting:
            status = DELIVERED
        elif channel == USSD:
            status = EXPIRED  # the gateway stopped waiting: a USSD menu cannot be pushed later
            log.warning(
                "the app's USSD menu for message %s came after the gateway stopped waiting", received_id
            )
        else:
            status = SENT if self.simulator_live(received.org_id) else QUEUED
        message_id = new_id("el_msg_")
        route = Route(received.customer_id, number, channel, channel_number)
        record_sent(
            tx,
            received.org_id,
            app_id,
            route,
            message,
            message_id,
            status,
            now,
            session_id=session.session_id if session else received.session_id,
            in_reply_to=received_id,
        )
        if problem is not None:
            return None
        if session is not None and channel == USSD and message.body.ussd.is_terminal:
            self.sessions.end_session(tx, session, NORMAL_CLEARING, now)
        if waiting:
            if session is not None and channel == VOICE and session.pending is not None:
                tx.put_session(replace(session, pending=None))
            return message
        if channel == VOICE and session is not None:
            tx.put_session(replace(session, pending=message.SerializeToString()))  # plays on the next input
        elif channel != USSD:
            org = self.routes(received.org_id)
            if org is not None and bound(org, channel, channel_number):  # out through its provider
                queue_message(
                    tx, received.org_id, app_id or "", received.customer_id, number, channel, channel_number,
                    message, message_id, now,
                )  # fmt: skip
            else:
                push(tx, received.org_id, app_id or "", route, message, message_id, now)
        return None


def pending_dialplan(tx: Tx, received_id: str) -> M.OutboundMessage | None:
    """An outbound call's dialplan, taken when the called customer's first input arrives."""
    received = tx.message(received_id)
    if received is None or received.channel != VOICE:
        return None
    session = tx.live_session(received.customer_id, received.channel, received.channel_number)
    if session is None or session.pending is None:
        return None
    tx.put_session(replace(session, pending=None))
    return M.OutboundMessage.FromString(session.pending)
