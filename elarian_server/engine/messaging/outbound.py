"""Outbound messages: SendMessage, ReplyToMessage, SendMessageTag, UpdateMessagingConsent.

A message that meets the channel's rules is recorded as sent and handed to the org's simulator
connections through the outbox (``SendMessageSimulatorNotification``; a voice message places a
call, ``MakeVoiceCallSimulatorNotification``, and its dialplan plays when the simulated customer
answers). The simulator's acknowledgement makes it DELIVERED and the sending app gets a
``MessageStatusNotification``.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import replace

from elarian_sync._generated import app_socket_pb2 as A
from elarian_sync._generated import messaging_pb2 as M
from elarian_sync._generated import simulator_socket_pb2 as S

from ...comms.bound import bound, queue_message
from ...config import Org
from ...store.base import ConsentRow, Tx
from ..common import (
    Caller,
    CommandError,
    fill_number,
    new_id,
    notify_customer,
    number_row,
    publish,
    simulator_notification,
)
from ..customers import BY_ID_FIRST, named
from .channels import (
    ALLOW,
    BLOCK,
    CONSENT_COMPLETED,
    CONSENT_INVALID_CHANNEL,
    DELIVERED,
    INVALID_CUSTOMER_ID,
    INVALID_REPLY_TO,
    INVALID_REQUEST,
    NO_SESSION,
    NUMBER_NOT_FOUND,
    OTHER_SESSION,
    QUEUED,
    SENT,
    USSD,
    VOICE,
    Route,
    addressed,
    channel_owner,
    check_body,
    check_consent,
    fill_channel,
    reachable_number,
)
from .history import record_sent, set_status
from .sessions import Sessions

log = logging.getLogger("elarian_server.messaging")


class Outbound:
    """The outbound commands; ``simulator_live`` says whether a message goes out now (SENT) or
    waits in the outbox for the org's simulator (QUEUED)."""

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

    def send(
        self,
        tx: Tx,
        caller: Caller,
        route: Route,
        message: M.OutboundMessage,
        now: float,
        *,
        in_reply_to: str | None = None,
        message_id: str | None = None,
    ) -> tuple[str, int, str | None]:
        """Check and send one message; returns (message_id, status, session_id).

        Every refusal is raised before anything is written."""
        customer_id, channel, channel_number = route.customer_id, route.channel, route.channel_number
        owner = channel_owner(caller, channel, channel_number)
        check_body(channel, message)
        check_consent(tx, customer_id, channel, channel_number)
        session = tx.live_session(customer_id, channel, channel_number)
        if channel == USSD and session is None:
            raise CommandError(
                "a USSD menu goes out only within the customer's USSD session; none is in progress",
                NO_SESSION,
            )
        if channel == VOICE and session is not None:
            raise CommandError(
                f"a voice call with the customer is in progress ({session.session_id})", OTHER_SESSION
            )
        org = self.routes(caller.org_id)
        providers = bound(org, channel, channel_number) if org is not None else []
        status = QUEUED if providers or not self.simulator_live(caller.org_id) else SENT
        message_id = message_id or new_id("el_msg_")
        session_id = session.session_id if session is not None else None
        if channel == VOICE:
            session = self.sessions.start_session(
                tx, caller.org_id, customer_id, route.number, channel, channel_number, owner, None, now
            )
            session = replace(session, pending=message.SerializeToString())
            tx.put_session(session)
            session_id = session.session_id
        record_sent(
            tx,
            caller.org_id,
            caller.app_id,
            route,
            message,
            message_id,
            status,
            now,
            session_id=session_id,
            in_reply_to=in_reply_to,
        )
        if channel == VOICE:
            voice_session = session_id or ""

            def call(env: S.ServerToSimulatorNotification) -> None:
                body = env.make_voice_call
                body.org_id, body.customer_id, body.session_id = caller.org_id, customer_id, voice_session
                fill_number(body.customer_number, route.number)
                fill_channel(body.channel_number, channel, channel_number)

            tx.enqueue(*simulator_notification(caller.org_id, caller.app_id, customer_id, now, call))
        elif providers:  # an outside provider is bound to the number: the sender sends it
            queue_message(
                tx, caller.org_id, caller.app_id, customer_id, route.number, channel, channel_number,
                message, message_id, now,
            )  # fmt: skip
        else:
            push(tx, caller.org_id, caller.app_id, route, message, message_id, now)
        return message_id, status, session_id

    def send_message(
        self, tx: Tx, caller: Caller, cmd: A.SendMessageCommand, now: float
    ) -> A.AppToServerCommandReply:
        if not cmd.HasField("channel_number"):
            raise CommandError("SendMessage needs a channel number", INVALID_REQUEST)
        channel, channel_number = cmd.channel_number.channel, cmd.channel_number.number
        channel_owner(caller, channel, channel_number)
        check_body(channel, cmd.message)
        customer_id, number = addressed(tx, caller, cmd, channel, now, INVALID_CUSTOMER_ID, NUMBER_NOT_FOUND)
        route = Route(customer_id, number, channel, channel_number)
        message_id, status, session_id = self.send(tx, caller, route, cmd.message, now)
        _sent(tx, caller, route, message_id, status, now)
        return send_reply(status, message_id, customer_id, session_id)

    def reply_to_message(
        self, tx: Tx, caller: Caller, cmd: A.ReplyToMessageCommand, now: float
    ) -> A.AppToServerCommandReply:
        # no customer has an unknown number, so no message was received from it
        customer_id = named(
            tx,
            caller,
            cmd,
            now,
            BY_ID_FIRST,
            create=False,
            unknown=INVALID_CUSTOMER_ID,
            unknown_number=INVALID_REPLY_TO,
        ).customer_id
        received = tx.message(cmd.message_id) if cmd.message_id else None
        if received is None or received.direction != "received" or received.customer_id != customer_id:
            raise CommandError(
                f"{cmd.message_id!r} is not a message received from customer {customer_id}", INVALID_REPLY_TO
            )
        body = M.ReceivedMessage.FromString(received.body)
        number = number_row(body.customer_number)
        route = Route(customer_id, number, received.channel, received.channel_number)
        message_id, status, session_id = self.send(
            tx, caller, route, cmd.message, now, in_reply_to=received.message_id
        )
        _sent(tx, caller, route, message_id, status, now)
        return send_reply(status, message_id, customer_id, session_id)

    def update_consent(
        self, tx: Tx, caller: Caller, cmd: A.UpdateMessagingConsentCommand, now: float
    ) -> A.AppToServerCommandReply:
        if not cmd.HasField("channel_number"):
            raise CommandError("UpdateMessagingConsent needs a channel number")
        if cmd.update not in (ALLOW, BLOCK):
            raise CommandError("the consent update must be ALLOW or BLOCK")
        channel, channel_number = cmd.channel_number.channel, cmd.channel_number.number
        owner = channel_owner(caller, channel, channel_number, CONSENT_INVALID_CHANNEL)
        customer_id, number = addressed(tx, caller, cmd, channel, now)
        tx.put_consent(ConsentRow(customer_id, channel, channel_number, number, cmd.update, now))
        session = tx.live_session(customer_id, channel, channel_number)

        def fill(n: A.MessagingConsentUpdateNotification) -> None:
            fill_number(n.customer_number, number)
            n.channel_number.CopyFrom(cmd.channel_number)
            n.update = cmd.update
            n.status = CONSENT_COMPLETED
            if session is not None:  # the change came within this session
                n.session_id.value = session.session_id

        notify_customer(tx, caller.org_id, owner, customer_id, "messaging_consent_update", now, fill)
        reply = A.AppToServerCommandReply()
        body = reply.update_messaging_consent
        body.status = CONSENT_COMPLETED
        body.description = "consent " + ("allowed" if cmd.update == ALLOW else "blocked")
        body.customer_id.value = customer_id
        return reply

    @staticmethod
    def check_tag_send(caller: Caller, cmd: A.SendMessageTagCommand) -> None:
        if not cmd.tag.key:
            raise CommandError("the tag has no key")
        channel, channel_number = cmd.channel_number.channel, cmd.channel_number.number
        channel_owner(caller, channel, channel_number)
        check_body(channel, cmd.message)
        if channel == USSD:
            raise CommandError("USSD menus go out only within a session, not to a tag", NO_SESSION)

    def send_to_tag(
        self, tx: Tx, caller: Caller, work_id: str, cmd: A.SendMessageTagCommand, customer_id: str, now: float
    ) -> bool:
        """One customer's part of SendMessageTag: False when it was not sent (no suitable
        number, no consent...). Safe to run twice: the message id comes from the work."""
        message_id = "el_msg_" + hashlib.sha256(f"{work_id}/{customer_id}".encode()).hexdigest()[:32]
        if tx.message(message_id) is not None:
            return True
        channel = cmd.channel_number.channel
        number = reachable_number(tx, customer_id, channel)
        if number is None:
            return False
        try:
            route = Route(customer_id, number, channel, cmd.channel_number.number)
            self.send(tx, caller, route, cmd.message, now, message_id=message_id)
        except CommandError as exc:
            log.info("work %s: not sent to %s: %s", work_id, customer_id, exc)
            return False
        return True


def _sent(tx: Tx, caller: Caller, route: Route, message_id: str, status: int, now: float) -> None:
    """``message.sent`` for outbound connectors: an app sent (or replied with) a message."""
    channel = M.MessagingChannel.Name(route.channel).removeprefix("MESSAGING_CHANNEL_")
    publish(tx, caller.org_id, "message.sent", route.customer_id, now, {
        "message_id": message_id, "channel": channel, "channel_number": route.channel_number,
        "number": route.number.number,
        "status": M.MessageDeliveryStatus.Name(status).removeprefix("MESSAGE_DELIVERY_STATUS_"),
    })  # fmt: skip


def push(
    tx: Tx, org_id: str, app_id: str, route: Route, message: M.OutboundMessage, message_id: str, now: float
) -> None:
    """A message on its way to the org's simulator (held in the outbox until one takes it)."""

    def fill(env: S.ServerToSimulatorNotification) -> None:
        body = env.send_message
        body.org_id, body.customer_id, body.message_id = org_id, route.customer_id, message_id
        fill_number(body.customer_number, route.number)
        fill_channel(body.channel_number, route.channel, route.channel_number)
        body.message.CopyFrom(message)

    tx.enqueue(*simulator_notification(org_id, app_id, route.customer_id, now, fill))


def acknowledged(tx: Tx, row_id: int, env: S.ServerToSimulatorNotification, at: float, now: float) -> None:
    """A simulator took a message or a call (the outbox's row ``row_id``, answered at ``at``):
    the notification is delivered, and so is the message. Atomic, as one command of a group
    (``Write.atomic``): what takes several statements takes them in a savepoint of its own; the
    usual case (the communication layer's send) is two single statements, saving a savepoint's
    two. Should the second fail alone (a full disk), the send stays marked delivered and the
    notification is sent again: the simulator takes each message id once."""
    which = env.WhichOneof("entry")
    if which != "send_message":
        tx.delivered(row_id, at)
        return
    message_id = env.send_message.message_id
    row = tx.message(message_id)
    if row is None:  # the communication layer's send: its report id
        tx.mark_delivered(message_id, now)
        tx.delivered(row_id, at)
        return
    with tx.savepoint():  # the runtime's own message: its status, and the app told
        tx.delivered(row_id, at)
        if row.direction == "sent":
            sent = M.SentMessage.FromString(row.body)
            if sent.status in (QUEUED, SENT):
                set_status(tx, row, DELIVERED, now)


def send_reply(
    status: int, message_id: str, customer_id: str, session_id: str | None = None, description: str = ""
) -> A.AppToServerCommandReply:
    reply = A.AppToServerCommandReply()
    body = reply.send_message
    body.status = status  # type: ignore[assignment]
    body.description = description or ("sent" if status == SENT else "queued: no simulator is connected yet")
    body.message_id.value = message_id
    body.customer_id.value = customer_id
    if session_id:
        body.session_id.value = session_id
    return reply
