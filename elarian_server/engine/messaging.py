"""Messaging: sending, receiving, sessions, consent, delivery status.

Outbound (SendMessage, ReplyToMessage, SendMessageTag, an app's answer to a
received message): the channel number must be the org's, the body one the
channel can carry, the customer must not have blocked the channel; the message
is recorded as sent and handed to the org's simulator connections through the
outbox (``SendMessageSimulatorNotification``; a voice message places a call:
``MakeVoiceCallSimulatorNotification``, and its dialplan plays when the
simulated customer answers). The simulator's acknowledgement makes it
DELIVERED and the sending app gets a ``MessageStatusNotification``.

Inbound (the simulator's ReceiveMessage): the customer is found or created by
number, the message recorded, a session started or continued on the session
channels, and ``ReceivedMessageNotification`` goes to the app owning the channel
number. The app's answer (its reply message) is recorded ``in_reply_to`` the
received message and goes back to the simulator in the command's reply.

Sessions: USSD and voice are sessions; WhatsApp, Telegram and Messenger keep a
window that each inbound message opens or renews. A session ends when the
customer or the app ends it (terminal USSD menu, hang-up) or after
``session_seconds`` without traffic; ``MessagingSessionStarted/Renewed/Ended``
go to the app owning the channel number.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable
from dataclasses import replace

from elarian_sync._convert import set_duration, set_timestamp
from elarian_sync._generated import app_socket_pb2 as A
from elarian_sync._generated import common_pb2 as C
from elarian_sync._generated import messaging_pb2 as M
from elarian_sync._generated import simulator_socket_pb2 as S

from ..config import MESSAGING_CHANNELS, Config
from ..store.base import ConsentRow, MessageRow, NumberRow, SessionRow, Tx
from .common import Caller, CommandError, enqueue_simulator, fill_number, new_id, notify_customer, number_row
from .customers import BY_ID_FIRST, Found, by_number, named, tag_rows

log = logging.getLogger("elarian_server.messaging")

Ch = M.MessagingChannel
SMS, VOICE, USSD = Ch.MESSAGING_CHANNEL_SMS, Ch.MESSAGING_CHANNEL_VOICE, Ch.MESSAGING_CHANNEL_USSD
WHATSAPP, TELEGRAM = Ch.MESSAGING_CHANNEL_WHATSAPP, Ch.MESSAGING_CHANNEL_TELEGRAM
MESSENGER, EMAIL = Ch.MESSAGING_CHANNEL_FB_MESSENGER, Ch.MESSAGING_CHANNEL_EMAIL
CHANNEL_NAMES: dict[int, str] = {number: name for name, number in MESSAGING_CHANNELS.items()}

D = M.MessageDeliveryStatus
QUEUED, SENT, DELIVERED = (
    D.MESSAGE_DELIVERY_STATUS_QUEUED,
    D.MESSAGE_DELIVERY_STATUS_SENT,
    D.MESSAGE_DELIVERY_STATUS_DELIVERED,
)
FAILED, EXPIRED = D.MESSAGE_DELIVERY_STATUS_FAILED, D.MESSAGE_DELIVERY_STATUS_EXPIRED
NO_CONSENT, NOT_SUPPORTED = D.MESSAGE_DELIVERY_STATUS_NO_CONSENT, D.MESSAGE_DELIVERY_STATUS_NOT_SUPPORTED
NO_SESSION = D.MESSAGE_DELIVERY_STATUS_NO_SESSION_IN_PROGRESS
OTHER_SESSION = D.MESSAGE_DELIVERY_STATUS_OTHER_SESSION_IN_PROGRESS
INVALID_CHANNEL_NUMBER = D.MESSAGE_DELIVERY_STATUS_INVALID_CHANNEL_NUMBER
INVALID_REPLY_TO = D.MESSAGE_DELIVERY_STATUS_INVALID_REPLY_TO_MESSAGE_ID
INVALID_CUSTOMER_ID = D.MESSAGE_DELIVERY_STATUS_INVALID_CUSTOMER_ID
INVALID_REQUEST = D.MESSAGE_DELIVERY_STATUS_INVALID_REQUEST
NUMBER_NOT_FOUND = D.MESSAGE_DELIVERY_STATUS_CUSTOMER_NUMBER_NOT_FOUND

End = M.MessagingSessionEndReason
NORMAL_CLEARING = End.MESSAGING_SESSION_END_REASON_NORMAL_CLEARING
INACTIVITY = End.MESSAGING_SESSION_END_REASON_INACTIVITY
FAILURE = End.MESSAGING_SESSION_END_REASON_FAILURE

Consent = M.MessagingConsentUpdate
ALLOW, BLOCK = Consent.MESSAGING_CONSENT_UPDATE_ALLOW, Consent.MESSAGING_CONSENT_UPDATE_BLOCK
CONSENT_COMPLETED = M.MessagingConsentUpdateStatus.MESSAGING_CONSENT_UPDATE_STATUS_COMPLETED
CONSENT_INVALID_CHANNEL = (
    M.MessagingConsentUpdateStatus.MESSAGING_CONSENT_UPDATE_STATUS_INVALID_CHANNEL_NUMBER
)

# What each channel can carry (OutboundMessageBody entries).
CARRIES: dict[int, frozenset[str]] = {
    SMS: frozenset({"text"}),
    VOICE: frozenset({"voice"}),
    USSD: frozenset({"ussd"}),
    WHATSAPP: frozenset({"text", "media", "location", "template", "url"}),
    TELEGRAM: frozenset({"text", "media", "location", "url"}),
    MESSENGER: frozenset({"text", "media", "location", "template", "url"}),
    EMAIL: frozenset({"email", "text"}),
}
# Which inbound parts each channel delivers (InboundMessageBody entries).
RECEIVES: dict[int, frozenset[str]] = {
    SMS: frozenset({"text"}),
    VOICE: frozenset({"voice"}),
    USSD: frozenset({"ussd"}),
    WHATSAPP: frozenset({"text", "media", "location"}),
    TELEGRAM: frozenset({"text", "media", "location"}),
    MESSENGER: frozenset({"text", "media", "location"}),
    EMAIL: frozenset({"email", "text"}),
}
SESSION_CHANNELS = frozenset({USSD, VOICE, WHATSAPP, TELEGRAM, MESSENGER})
WINDOW_CHANNELS = frozenset({WHATSAPP, TELEGRAM, MESSENGER})

NP = C.CustomerNumberProvider
CUSTOMER_PROVIDER: dict[int, int] = {
    SMS: NP.CUSTOMER_NUMBER_PROVIDER_CELLULAR,
    VOICE: NP.CUSTOMER_NUMBER_PROVIDER_CELLULAR,
    USSD: NP.CUSTOMER_NUMBER_PROVIDER_CELLULAR,
    WHATSAPP: NP.CUSTOMER_NUMBER_PROVIDER_CELLULAR,
    TELEGRAM: NP.CUSTOMER_NUMBER_PROVIDER_TELEGRAM,
    MESSENGER: NP.CUSTOMER_NUMBER_PROVIDER_FACEBOOK,
    EMAIL: NP.CUSTOMER_NUMBER_PROVIDER_EMAIL,
}
CP = C.ChannelNumberProvider
CHANNEL_PROVIDER: dict[int, int] = {
    SMS: CP.CHANNEL_NUMBER_PROVIDER_AT,
    VOICE: CP.CHANNEL_NUMBER_PROVIDER_AT,
    USSD: CP.CHANNEL_NUMBER_PROVIDER_AT,
    WHATSAPP: CP.CHANNEL_NUMBER_PROVIDER_TWILIO,
    TELEGRAM: CP.CHANNEL_NUMBER_PROVIDER_TELEGRAM,
    MESSENGER: CP.CHANNEL_NUMBER_PROVIDER_FACEBOOK,
    EMAIL: CP.CHANNEL_NUMBER_PROVIDER_MAILGUN,
}

HISTORY = 1000  # messages a customer's state shows (the latest)


def channel_name(channel: int) -> str:
    return CHANNEL_NAMES.get(channel, f"channel {channel}")


def fill_channel(target: M.MessagingChannelNumber, channel: int, number: str) -> None:
    target.channel = channel  # type: ignore[assignment]
    target.number = number


def reachable_number(tx: Tx, customer_id: str, channel: int) -> NumberRow | None:
    """The customer's first number of the kind the channel reaches (cellular for SMS, voice,
    USSD and WhatsApp; Telegram; Facebook for Messenger; email)."""
    provider = CUSTOMER_PROVIDER.get(channel)
    return next((n for n in tx.numbers(customer_id) if n.provider == provider), None)


def addressed(
    tx: Tx,
    caller: Caller,
    cmd: A.SendMessageCommand | A.UpdateMessagingConsentCommand,
    channel: int,
    now: float,
    unknown: int | None = None,
    no_number: int | None = None,
) -> tuple[str, NumberRow]:
    """The customer a command names by number, id or secondary id (in that order), and the number
    to use on ``channel``: the one given, else the customer's number the channel reaches (refused
    with ``no_number`` when they have none; an unknown id is refused with ``unknown``)."""
    customer = named(tx, caller, cmd, now, unknown=unknown)
    if customer.number is not None:
        return customer.customer_id, customer.number
    number = reachable_number(tx, customer.customer_id, channel)
    if number is None:
        kind = NP.Name(CUSTOMER_PROVIDER.get(channel, 0)).removeprefix("CUSTOMER_NUMBER_PROVIDER_").lower()
        raise CommandError(
            f"customer {customer.customer_id} has no {kind} number for {channel_name(channel)} to reach",
            no_number,
        )
    return customer.customer_id, number


class Messaging:
    def __init__(self, config: Config, simulator_live: Callable[[str], bool]) -> None:
        self.config = config
        self.simulator_live = simulator_live

    def _window(self, channel: int) -> float:
        return float(self.config.runtime.session_seconds.get(channel_name(channel), 3600.0))

    # -- checks --------------------------------------------------------------------------------

    def owner(self, caller: Caller, channel: int, number: str, status: int = INVALID_CHANNEL_NUMBER) -> str:
        """The app owning the org's channel number (refused when the org has no such number)."""
        configured = caller.org.channel(channel, number)
        if configured is None:
            raise CommandError(
                f"{number!r} is not a {channel_name(channel)} channel number of org {caller.org_id}", status
            )
        return configured.app_id

    @staticmethod
    def check_body(channel: int, message: M.OutboundMessage) -> str:
        kind = message.body.WhichOneof("entry")
        if kind is None:
            raise CommandError("the message has no body", INVALID_REQUEST)
        if kind not in CARRIES.get(channel, frozenset()):
            can = ", ".join(sorted(CARRIES.get(channel, ())))
            raise CommandError(
                f"a {kind} body cannot go out on {channel_name(channel)} (it carries: {can})", NOT_SUPPORTED
            )
        return str(kind)

    @staticmethod
    def check_consent(tx: Tx, customer_id: str, channel: int, number: str) -> None:
        consent = tx.consent(customer_id, channel, number)
        if consent is not None and consent.update == BLOCK:
            raise CommandError(
                f"the customer has blocked {channel_name(channel)} {number}: no consent", NO_CONSENT
            )

    # -- sending ---------------------------------------------------------------------------------

    def send(
        self,
        tx: Tx,
        caller: Caller,
        customer_id: str,
        number: NumberRow,
        channel: int,
        channel_number: str,
        message: M.OutboundMessage,
        now: float,
        in_reply_to: str | None = None,
        message_id: str | None = None,
    ) -> tuple[str, int, str | None]:
        """Check and send one message; returns (message_id, status, session_id).

        Every refusal is raised before anything is written."""
        owner = self.owner(caller, channel, channel_number)
        self.check_body(channel, message)
        self.check_consent(tx, customer_id, channel, channel_number)
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
        status = SENT if self.simulator_live(caller.org_id) else QUEUED
        message_id = message_id or new_id("el_msg_")
        session_id = session.session_id if session is not None else None
        if channel == VOICE:
            session = self.start_session(
                tx, caller.org_id, customer_id, number, channel, channel_number, owner, None, now
            )
            session = replace(session, pending=message.SerializeToString())
            tx.put_session(session)
            session_id = session.session_id
        self.record_sent(
            tx,
            caller.org_id,
            caller.app_id,
            customer_id,
            number,
            channel,
            channel_number,
            message,
            message_id,
            status,
            now,
            session_id,
            in_reply_to,
        )
        if channel == VOICE:
            voice_session = session_id or ""

            def call(env: S.ServerToSimulatorNotification) -> None:
                body = env.make_voice_call
                body.org_id, body.customer_id, body.session_id = caller.org_id, customer_id, voice_session
                fill_number(body.customer_number, number)
                fill_channel(body.channel_number, channel, channel_number)

            enqueue_simulator(tx, caller.org_id, caller.app_id, customer_id, now, call)
        else:
            self.push(
                tx,
                caller.org_id,
                caller.app_id,
                customer_id,
                number,
                channel,
                channel_number,
                message,
                message_id,
                now,
            )
        return message_id, status, session_id

    @staticmethod
    def push(
        tx: Tx,
        org_id: str,
        app_id: str,
        customer_id: str,
        number: NumberRow,
        channel: int,
        channel_number: str,
        message: M.OutboundMessage,
        message_id: str,
        now: float,
    ) -> None:
        def fill(env: S.ServerToSimulatorNotification) -> None:
            body = env.send_message
            body.org_id, body.customer_id, body.message_id = org_id, customer_id, message_id
            fill_number(body.customer_number, number)
            fill_channel(body.channel_number, channel, channel_number)
            body.message.CopyFrom(message)

        enqueue_simulator(tx, org_id, app_id, customer_id, now, fill)

    @staticmethod
    def record_sent(
        tx: Tx,
        org_id: str,
        app_id: str | None,
        customer_id: str,
        number: NumberRow,
        channel: int,
        channel_number: str,
        message: M.OutboundMessage,
        message_id: str,
        status: int,
        now: float,
        session_id: str | None = None,
        in_reply_to: str | None = None,
        provider_message_id: str | None = None,
    ) -> M.SentMessage:
        sent = M.SentMessage(message_id=message_id, status=status)  # type: ignore[arg-type]
        fill_number(sent.customer_number, number)
        fill_channel(sent.channel_number, channel, channel_number)
        set_timestamp(sent.created_at, now)
        set_timestamp(sent.updated_at, now)
        sent.provider = CHANNEL_PROVIDER.get(channel, 0)  # type: ignore[assignment]
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
                customer_id,
                app_id,
                "sent",
                channel,
                channel_number,
                session_id,
                provider_message_id,
                now,
                sent.SerializeToString(),
            )
        )
        return sent

    @staticmethod
    def record_received(
        tx: Tx,
        org_id: str,
        app_id: str,
        customer_id: str,
        channel_number: M.MessagingChannelNumber,
        number: NumberRow,
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
        fill_number(received.customer_number, number)
        received.channel_number.CopyFrom(channel_number)
        set_timestamp(received.created_at, at)
        received.provider = provider or CHANNEL_PROVIDER.get(channel_number.channel, 0)  # type: ignore[assignment]
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
                customer_id,
                app_id,
                "received",
                channel_number.channel,
                channel_number.number,
                session_id,
                provider_message_id,
                at,
                received.SerializeToString(),
            )
        )

    @staticmethod
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

    # -- sessions ----------------------------------------------------------------------------------

    def start_session(
        self,
        tx: Tx,
        org_id: str,
        customer_id: str,
        number: NumberRow,
        channel: int,
        channel_number: str,
        app_id: str,
        provider_session_id: str | None,
        now: float,
    ) -> SessionRow:
        session = SessionRow(
            new_id("el_ses_"),
            org_id,
            customer_id,
            channel,
            channel_number,
            number,
            app_id,
            provider_session_id,
            now,
            now + self._window(channel),
        )
        tx.put_session(session)
        self._session_notice(tx, session, "messaging_session_started", now)
        return session

    def renew_session(
        self, tx: Tx, session: SessionRow, now: float, provider_session_id: str | None
    ) -> SessionRow:
        session = replace(
            session,
            expires_at=now + self._window(session.channel),
            provider_session_id=session.provider_session_id or provider_session_id,
        )
        tx.put_session(session)
        if session.channel in WINDOW_CHANNELS:
            self._session_notice(tx, session, "messaging_session_renewed", now)
        return session

    @staticmethod
    def _session_notice(tx: Tx, session: SessionRow, entry: str, now: float) -> None:
        def fill(n: A.MessagingSessionStartedNotification) -> None:
            fill_number(n.customer_number, session.number)
            fill_channel(n.channel_number, session.channel, session.channel_number)
            n.session_id = session.session_id
            if session.expires_at is not None:
                set_timestamp(n.expires_at, session.expires_at)

        notify_customer(tx, session.org_id, session.app_id, session.customer_id, entry, now, fill)

    @staticmethod
    def end_session(tx: Tx, session: SessionRow, reason: int, now: float) -> None:
        tx.put_session(replace(session, ended_at=now, end_reason=reason, pending=None))

        def fill(n: A.MessagingSessionEndedNotification) -> None:
            fill_number(n.customer_number, session.number)
            fill_channel(n.channel_number, session.channel, session.channel_number)
            n.session_id = session.session_id
            set_duration(n.duration, max(0.0, now - session.started_at))
            n.reason = reason  # type: ignore[assignment]

        notify_customer(
            tx, session.org_id, session.app_id, session.customer_id, "messaging_session_ended", now, fill
        )

    def expire_sessions(self, tx: Tx, now: float, limit: int = 1000) -> int:
        expired = tx.expired_sessions(now, limit)
        for session in expired:
            self.end_session(tx, session, INACTIVITY, now)
        return len(expired)

    # -- commands ------------------------------------------------------------------------------------

    def send_message(
        self, tx: Tx, caller: Caller, cmd: A.SendMessageCommand, now: float
    ) -> A.AppToServerCommandReply:
        if not cmd.HasField("channel_number"):
            raise CommandError("SendMessage needs a channel number", INVALID_REQUEST)
        channel, channel_number = cmd.channel_number.channel, cmd.channel_number.number
        self.owner(caller, channel, channel_number)
        self.check_body(channel, cmd.message)
        customer_id, number = addressed(tx, caller, cmd, channel, now, INVALID_CUSTOMER_ID, NUMBER_NOT_FOUND)
        message_id, status, session_id = self.send(
            tx, caller, customer_id, number, channel, channel_number, cmd.message, now
        )
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
        message_id, status, session_id = self.send(
            tx,
            caller,
            customer_id,
            number,
            received.channel,
            received.channel_number,
            cmd.message,
            now,
            in_reply_to=received.message_id,
        )
        return send_reply(status, message_id, customer_id, session_id)

    def update_consent(
        self, tx: Tx, caller: Caller, cmd: A.UpdateMessagingConsentCommand, now: float
    ) -> A.AppToServerCommandReply:
        if not cmd.HasField("channel_number"):
            raise CommandError("UpdateMessagingConsent needs a channel number")
        if cmd.update not in (ALLOW, BLOCK):
            raise CommandError("the consent update must be ALLOW or BLOCK")
        channel, channel_number = cmd.channel_number.channel, cmd.channel_number.number
        owner = self.owner(caller, channel, channel_number, CONSENT_INVALID_CHANNEL)
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

    def check_tag_send(self, caller: Caller, cmd: A.SendMessageTagCommand) -> None:
        if not cmd.tag.key:
            raise CommandError("the tag has no key")
        channel, channel_number = cmd.channel_number.channel, cmd.channel_number.number
        self.owner(caller, channel, channel_number)
        self.check_body(channel, cmd.message)
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
            self.send(
                tx,
                caller,
                customer_id,
                number,
                channel,
                cmd.channel_number.number,
                cmd.message,
                now,
                message_id=message_id,
            )
        except CommandError as exc:
            log.info("work %s: not sent to %s: %s", work_id, customer_id, exc)
            return False
        return True

    # -- inbound (simulator) ---------------------------------------------------------------------------

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
        owner = self.owner(caller, channel, channel_number)
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
                self.end_session(tx, session, NORMAL_CLEARING, now)  # the provider started a new one
                session = None
            if session is None:
                session = self.start_session(
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
                session = self.renew_session(tx, session, now, provider_session)
            ended = _ended_by_customer(cmd.parts)
        message_id = new_id("el_msg_")
        self.record_received(
            tx,
            caller.org_id,
            owner,
            customer_id,
            cmd.channel_number,
            number,
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
        if session is not None and ended is not None:
            self.end_session(tx, session, ended, now)
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
        self.record_sent(
            tx,
            received.org_id,
            app_id,
            received.customer_id,
            number,
            channel,
            channel_number,
            message,
            message_id,
            status,
            now,
            session.session_id if session else received.session_id,
            received_id,
        )
        if problem is not None:
            return None
        if session is not None and channel == USSD and message.body.ussd.is_terminal:
            self.end_session(tx, session, NORMAL_CLEARING, now)
        if waiting:
            if session is not None and channel == VOICE and session.pending is not None:
                tx.put_session(replace(session, pending=None))
            return message
        if channel == VOICE and session is not None:
            tx.put_session(replace(session, pending=message.SerializeToString()))  # plays on the next input
        elif channel != USSD:
            self.push(
                tx,
                received.org_id,
                app_id or "",
                received.customer_id,
                number,
                channel,
                channel_number,
                message,
                message_id,
                now,
            )
        return None

    @staticmethod
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

    def acknowledged(self, tx: Tx, env: S.ServerToSimulatorNotification, now: float) -> None:
        """A simulator took a message or a call: it is delivered."""
        which = env.WhichOneof("entry")
        if which == "send_message":
            row = tx.message(env.send_message.message_id)
            if row is not None and row.direction == "sent":
                sent = M.SentMessage.FromString(row.body)
                if sent.status in (QUEUED, SENT):
                    self.set_status(tx, row, DELIVERED, now)


def _ended_by_customer(parts: Iterable[M.InboundMessageBody]) -> int | None:
    """How an inbound message ends its session (None: it does not)."""
    U, V = M.UssdSessionStatus, M.VoiceCallStatus
    for part in parts:
        kind = part.WhichOneof("entry")
        if kind == "ussd":
            ussd = part.ussd.status
            if ussd == U.USSD_SESSION_STATUS_COMPLETED:
                return NORMAL_CLEARING
            if ussd == U.USSD_SESSION_STATUS_INCOMPLETE:
                return INACTIVITY
            if ussd == U.USSD_SESSION_STATUS_APP_ERROR:
                return FAILURE
        elif kind == "voice":
            voice = part.voice.status
            if voice == V.VOICE_CALL_STATUS_COMPLETED or part.voice.hangup_cause:
                return NORMAL_CLEARING
            if voice >= 400:
                return FAILURE
    return None


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


__all__ = ["Messaging", "send_reply", "tag_rows"]


# -- state ---------------------------------------------------------------------------------------------


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
    live = {(s.channel, s.channel_number): s for s in tx.sessions(customer_id, live=True)}
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
    for session in tx.sessions(customer_id, live=False):
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
