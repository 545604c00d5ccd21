"""Messaging channels: what each carries and receives, and the rules every message meets.

A channel number must be the org's (its owner is the app that hears of it); a body must be one
the channel can carry; a customer who blocked a channel number gets nothing on it. A command
names its customer by number, id or secondary id; the number used on a channel is the one
named, else the customer's first number of the kind the channel reaches.
"""

from __future__ import annotations

from dataclasses import dataclass

from elarian_sync._generated import app_socket_pb2 as A
from elarian_sync._generated import common_pb2 as C
from elarian_sync._generated import messaging_pb2 as M

from ...config import MESSAGING_CHANNELS
from ...store.base import NumberRow, Tx
from ..common import Caller, CommandError
from ..customers import named

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


def channel_name(channel: int) -> str:
    return CHANNEL_NAMES.get(channel, f"channel {channel}")


@dataclass(frozen=True)
class Route:
    """A conversation's two ends: the customer (their id and the number used) and the org's
    channel number."""

    customer_id: str
    number: NumberRow
    channel: int
    channel_number: str


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
    with ``no_number`` when they have none; an unknown id is refused with ``unknown``). A number
    the channel cannot reach (an email address on SMS) is refused before anything is written."""
    if cmd.HasField("customer_number"):
        given, reaches = cmd.customer_number.provider, CUSTOMER_PROVIDER.get(channel)
        if given and given != reaches:  # (a number of no stated kind is taken as given)
            raise CommandError(
                f"{channel_name(channel)} reaches {_kind(reaches)} numbers, and "
                f"{cmd.customer_number.number!r} is {_kind(given)}",
                INVALID_REQUEST if isinstance(cmd, A.SendMessageCommand) else None,
            )
    customer = named(tx, caller, cmd, now, unknown=unknown)
    if customer.number is not None:
        return customer.customer_id, customer.number
    number = reachable_number(tx, customer.customer_id, channel)
    if number is None:
        kind = _kind(CUSTOMER_PROVIDER.get(channel, 0))
        raise CommandError(
            f"customer {customer.customer_id} has no {kind} number for {channel_name(channel)} to reach",
            no_number,
        )
    return customer.customer_id, number


def _kind(provider: int | None) -> str:
    """A customer number provider as a word: cellular, telegram, facebook, email, app..."""
    if provider is None or provider not in NP.values():
        return "no"
    return NP.Name(provider).removeprefix("CUSTOMER_NUMBER_PROVIDER_").lower()


def channel_owner(caller: Caller, channel: int, number: str, status: int = INVALID_CHANNEL_NUMBER) -> str:
    """The app owning the org's channel number (refused when the org has no such number)."""
    configured = caller.org.channel(channel, number)
    if configured is None:
        raise CommandError(
            f"{number!r} is not a {channel_name(channel)} channel number of org {caller.org_id}", status
        )
    return configured.app_id


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


def check_consent(tx: Tx, customer_id: str, channel: int, number: str) -> None:
    consent = tx.consent(customer_id, channel, number)
    if consent is not None and consent.update == BLOCK:
        raise CommandError(
            f"the customer has blocked {channel_name(channel)} {number}: no consent", NO_CONSENT
        )
