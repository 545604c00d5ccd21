"""Receiving the runtime's webhooks (its outbound connectors) in an app: verify, then parse.

The runtime signs every delivery as the Standard Webhooks specification says: the headers
``webhook-id``, ``webhook-timestamp`` (Unix seconds) and ``webhook-signature`` (``v1,`` and
the base64 HMAC-SHA256, under the connector's secret, of ``id.timestamp.body``), and a JSON
body ``{"type", "timestamp", "data"}``. In a Flask view::

    from elarian_sync.webhooks import WebhookError, verify_webhook

    @app.post("/hooks/elarian")
    def hook():
        try:
            event = verify_webhook(SECRET, request.get_data(), request.headers)
        except WebhookError as exc:
            return {"error": str(exc)}, 400
        if event.type == "reward.issued":
            ...
        return "", 204

A delivery may come more than once (at least once, retried until answered 2xx): ``event.id``
is the same on every attempt, so an app that must act once remembers the ids it acted on.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

__all__ = ["WebhookError", "WebhookEvent", "sign_webhook", "verify_signature", "verify_webhook"]

TOLERANCE = 300.0
"""How far (seconds) a delivery's timestamp may be from the receiver's clock: older ones are
refused as replays, later ones as forged."""


class WebhookError(ValueError):
    """A delivery that is not what the runtime sends: says what is wrong with it."""


@dataclass(frozen=True)
class WebhookEvent:
    """A verified delivery."""

    id: str  # the webhook-id header: the same on every attempt of one delivery
    type: str  # "reward.issued", "message.received", ... (docs/connectors.md)
    timestamp: datetime  # when it happened, on the runtime's clock
    data: dict[str, Any]  # the event, and the customer's identities the connector asked for


def _key(secret: str | bytes) -> bytes:
    if isinstance(secret, bytes):
        key = secret
    else:
        if not secret.startswith("whsec_"):
            raise WebhookError("the secret must be a Standard Webhooks secret: 'whsec_' and base64")
        try:
            key = base64.b64decode(secret[len("whsec_") :], validate=True)
        except binascii.Error:
            raise WebhookError("the secret is not base64 after 'whsec_'") from None
    if not key:
        raise WebhookError("the secret is empty")
    return key


def sign_webhook(secret: str | bytes, webhook_id: str, timestamp: int, body: bytes) -> str:
    """The ``webhook-signature`` header of a delivery (``v1,`` and the base64 signature)."""
    signed = webhook_id.encode() + b"." + str(timestamp).encode() + b"." + body
    digest = hmac.new(_key(secret), signed, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def verify_signature(
    secret: str | bytes,
    body: bytes | str,
    headers: Mapping[str, str],
    *,
    tolerance: float = TOLERANCE,
    now: float | None = None,
) -> str:
    """Check a Standard Webhooks signature (whatever the body holds): the ``webhook-id`` of a
    request signed under ``secret`` within ``tolerance`` seconds of ``now``; raises
    ``WebhookError`` naming what is wrong otherwise."""
    if isinstance(body, str):
        body = body.encode()
    lowered = {k.lower(): v for k, v in headers.items()}
    missing = [h for h in ("webhook-id", "webhook-timestamp", "webhook-signature") if not lowered.get(h)]
    if missing:
        raise WebhookError(f"missing header{'s' if len(missing) > 1 else ''}: {', '.join(missing)}")
    webhook_id, stamp = lowered["webhook-id"], lowered["webhook-timestamp"]
    try:
        timestamp = int(stamp)
    except ValueError:
        raise WebhookError(f"webhook-timestamp is not Unix seconds: {stamp!r}") from None
    now = time.time() if now is None else now
    if timestamp < now - tolerance:
        raise WebhookError(f"webhook-timestamp is {now - timestamp:.0f} s old (over {tolerance:.0f} s)")
    if timestamp > now + tolerance:
        raise WebhookError(f"webhook-timestamp is {timestamp - now:.0f} s ahead (over {tolerance:.0f} s)")
    expected = sign_webhook(secret, webhook_id, timestamp, body).encode()
    offered = lowered["webhook-signature"].split()
    if not any(hmac.compare_digest(expected, s.encode()) for s in offered if s.startswith("v1,")):
        raise WebhookError("no signature matches: signed with another secret, or the body was changed")
    return webhook_id


def verify_webhook(
    secret: str | bytes,
    body: bytes | str,
    headers: Mapping[str, str],
    *,
    tolerance: float = TOLERANCE,
    now: float | None = None,
) -> WebhookEvent:
    """The event of a delivery whose signature is the connector's (``secret``) and whose
    timestamp is within ``tolerance`` seconds of ``now`` (the receiver's clock); raises
    ``WebhookError`` naming what is wrong otherwise. ``headers``: any mapping, names in any case."""
    if isinstance(body, str):
        body = body.encode()
    webhook_id = verify_signature(secret, body, headers, tolerance=tolerance, now=now)
    try:
        parsed = json.loads(body)
        event = WebhookEvent(
            id=webhook_id,
            type=str(parsed["type"]),
            timestamp=datetime.fromisoformat(str(parsed["timestamp"]).replace("Z", "+00:00")).astimezone(
                timezone.utc
            ),
            data=dict(parsed["data"]),
        )
    except (ValueError, KeyError, TypeError) as exc:
        raise WebhookError(f"the body is not a webhook event ({{type, timestamp, data}}): {exc}") from None
    return event
