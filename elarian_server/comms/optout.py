"""Opting out by reply: a customer who answers an SMS with one of the org's stop keywords
(``[orgs.comms] stop_keywords``; case and spaces ignored) blocks SMS from that channel number
(messaging consent, as if the app had blocked it; the app is told) and their number goes on
the org's SMS suppression list, so promotional sends skip it from any channel number."""

from __future__ import annotations

from collections.abc import Iterable

from elarian_sync._generated import app_socket_pb2 as A
from elarian_sync._generated import comms_pb2 as CM
from elarian_sync._generated import messaging_pb2 as M

from ..config import Org
from ..engine.common import fill_number, notify_customer
from ..store.base import ConsentRow, NumberRow, Tx

CONSENT_COMPLETED = 300  # MESSAGING_CONSENT_UPDATE_STATUS_COMPLETED


def is_stop(org: Org, parts: Iterable[M.InboundMessageBody]) -> bool:
    """Whether a received message's text is one of the org's stop keywords."""
    for part in parts:
        if (
            part.WhichOneof("entry") == "text"
            and " ".join(part.text.split()).upper() in org.comms.stop_keywords
        ):
            return True
    return False


def stop_reply(
    tx: Tx,
    org: Org,
    owner: str,
    customer_id: str,
    number: NumberRow,
    channel_number: str,
    session_id: str | None,
    now: float,
) -> None:
    """The customer replied STOP over SMS to ``channel_number`` (owned by app ``owner``)."""
    tx.put_consent(
        ConsentRow(
            customer_id,
            M.MESSAGING_CHANNEL_SMS,
            channel_number,
            number,
            M.MESSAGING_CONSENT_UPDATE_BLOCK,
            now,
        )
    )
    tx.put_suppression(
        org.org_id, CM.COMMS_CHANNEL_SMS, number.number, f"STOP reply to {channel_number}", now
    )
    tx.put_audit(
        org.org_id, owner, f"customer {customer_id}", "stop_reply", number.number, channel_number, now
    )

    def fill(n: A.MessagingConsentUpdateNotification) -> None:
        fill_number(n.customer_number, number)
        n.channel_number.channel = M.MESSAGING_CHANNEL_SMS
        n.channel_number.number = channel_number
        n.update = M.MESSAGING_CONSENT_UPDATE_BLOCK
        n.status = CONSENT_COMPLETED  # type: ignore[assignment]
        if session_id:
            n.session_id.value = session_id

    notify_customer(tx, org.org_id, owner, customer_id, "messaging_consent_update", now, fill)
