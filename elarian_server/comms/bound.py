"""The runtime's own messages through outside providers: ``send_message`` (and replies) on an SMS
or email channel number bound to an outside provider go out through it, not to the simulator.

The message is recorded in the customer's state as usual (QUEUED) and handed to the sender as a
queued send whose report id is the message id; when the provider answers, the message becomes
SENT or FAILED and the app that sent it gets a ``messageStatus`` notification (``finished``).
"""

from __future__ import annotations

from collections.abc import Sequence

from elarian_sync._generated import common_pb2 as C
from elarian_sync._generated import comms_pb2 as CM
from elarian_sync._generated import messaging_pb2 as M

from ..config import Org, ProviderSettings
from ..store.base import NumberRow, SendRow, Tx

MESSAGING: dict[int, int] = {
    CM.COMMS_CHANNEL_SMS: M.MESSAGING_CHANNEL_SMS,
    CM.COMMS_CHANNEL_EMAIL: M.MESSAGING_CHANNEL_EMAIL,
}
"""The communication layer's channels as the runtime's messaging names them."""
CHANNELS: dict[int, int] = {messaging: comms for comms, messaging in MESSAGING.items()}
"""The messaging channels an outside provider may carry, as the communication layer names them."""
NUMBER_PROVIDER: dict[int, int] = {
    CM.COMMS_CHANNEL_SMS: C.CUSTOMER_NUMBER_PROVIDER_CELLULAR,
    CM.COMMS_CHANNEL_EMAIL: C.CUSTOMER_NUMBER_PROVIDER_EMAIL,
}
"""The kind of customer number each channel reaches."""


CATEGORY_NAMES: dict[int, str] = {
    CM.COMMS_CATEGORY_TRANSACTIONAL: "transactional",
    CM.COMMS_CATEGORY_OTP: "otp",
    CM.COMMS_CATEGORY_PROMOTIONAL: "promotional",
}
"""The categories, as the config's defaults name them (``transactional_sms``...)."""


CHANNEL_NAMES: dict[int, str] = {CM.COMMS_CHANNEL_SMS: "SMS", CM.COMMS_CHANNEL_EMAIL: "email"}
"""The channels as messages to people name them."""


def chain(
    org: Org, category: int, channel: int, sender: str, route: Sequence[str] = ()
) -> list[ProviderSettings]:
    """The providers a templated send of ``category`` on ``channel`` from ``sender`` tries: the
    ones ``route`` names (a campaign's) that the org has, else the category's."""
    named = [p for n in route if (p := org.provider(n)) is not None]
    return named or org.provider_chain(CATEGORY_NAMES.get(category, "transactional"), channel, sender)


def price_of(org: Org, provider: ProviderSettings) -> float:
    """What one message (an SMS segment, an email) through ``provider`` costs the org."""
    return provider.price if provider.external else org.comms.simulator_price


def bound(org: Org, channel: int, channel_number: str) -> list[ProviderSettings]:
    """The outside providers bound to one of the org's channel numbers, in the config's order."""
    kind = CHANNELS.get(channel)
    return [p for p in org.providers if p.external and p.channel == kind and channel_number in p.numbers]


def queue_message(
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
    """Hand a message the runtime recorded as sent to the sender, for its bound providers."""
    tx.put_send(
        SendRow(
            report_id=message_id,
            org_id=org_id,
            app_id=app_id,
            channel=CHANNELS[channel],
            address=number.number,
            customer_id=customer_id,
            template_id="",
            template_version=0,
            event="",
            job_id="",
            campaign_id="",
            category=CM.COMMS_CATEGORY_TRANSACTIONAL,
            status=CM.COMMS_SEND_STATUS_QUEUED,
            created_at=now,
            updated_at=now,
            due_at=now,
            body=message.SerializeToString(),
            sender=channel_number,
            message=True,
        )
    )


MESSAGE_STATUS: dict[int, int] = {
    CM.COMMS_SEND_STATUS_SENT: M.MESSAGE_DELIVERY_STATUS_SENT,
    CM.COMMS_SEND_STATUS_DELIVERED: M.MESSAGE_DELIVERY_STATUS_DELIVERED,
    CM.COMMS_SEND_STATUS_FAILED: M.MESSAGE_DELIVERY_STATUS_FAILED,
    CM.COMMS_SEND_STATUS_UNKNOWN: M.MESSAGE_DELIVERY_STATUS_FAILED,
    CM.COMMS_SEND_STATUS_SKIPPED: M.MESSAGE_DELIVERY_STATUS_FAILED,
}
