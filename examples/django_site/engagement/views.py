"""HTTP endpoints: the same as the Flask example, answered by the process's Elarian client."""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from datetime import datetime, timedelta, timezone

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from elarian_sync import CommandRefusedError, Customer, Message, MessageBody, Reminder
from elarian_sync.webhooks import WebhookError, verify_webhook

from .elarian import SMS, client


@csrf_exempt
@require_POST
def add_reminder(request: HttpRequest, number: str) -> HttpResponse:
    body = json.loads(request.body or b"{}")
    if not body.get("key"):
        return JsonResponse({"error": "key is required"}, status=400)
    who = Customer(client(), customer_number=number)
    who.update_metadata({"name": str(body.get("name", "there"))})
    when = datetime.now(timezone.utc) + timedelta(seconds=float(body.get("in_seconds", 60)))
    reply = who.add_reminder(Reminder(key=body["key"], remind_at=when, payload=body.get("payload")))
    return JsonResponse(
        {"status": reply.status, "description": reply.description, "customer_id": who.customer_id}
    )


@csrf_exempt
@require_POST
def send_sms(request: HttpRequest, number: str) -> HttpResponse:
    text = json.loads(request.body or b"{}").get("text")
    if not isinstance(text, str) or not text:
        return JsonResponse({"error": "text is required"}, status=400)
    reply = Customer(client(), customer_number=number).send_message(SMS, Message(body=MessageBody(text=text)))
    return JsonResponse({"status": reply.status.name, "message_id": reply.message_id})


# webhook ids acted on lately: a delivery comes at least once, the action happens once
_seen: OrderedDict[str, None] = OrderedDict()
_seen_lock = threading.Lock()


def _first_time(webhook_id: str) -> bool:
    with _seen_lock:
        if webhook_id in _seen:
            return False
        _seen[webhook_id] = None
        if len(_seen) > 10_000:
            _seen.popitem(last=False)
        return True


@csrf_exempt
@require_POST
def webhook(request: HttpRequest) -> HttpResponse:
    """The runtime's webhooks (an outbound connector pointed here): verified, then acted on."""
    secret = settings.ELARIAN_WEBHOOK_SECRET
    if not secret:
        return JsonResponse({"error": "no webhook secret is set"}, status=404)
    try:
        event = verify_webhook(secret, request.body, request.headers)
    except WebhookError as exc:
        return JsonResponse({"error": str(exc)}, status=401)
    if (
        _first_time(event.id) and event.type == "reward.issued"
    ):  # tell the customer, on the phone the webhook was enriched with
        numbers = event.data.get("customer", {}).get("numbers", [])
        phone = next((n["number"] for n in numbers if n.get("provider") == "cellular"), None)
        if phone is not None:
            text = f"You got {event.data['amount']} {event.data['currency']}. Sorry for the wait!"
            Customer(client(), customer_number=phone).send_message(SMS, Message(body=MessageBody(text=text)))
    return HttpResponse(status=204)


@require_GET
def show(request: HttpRequest, number: str) -> HttpResponse:
    who = Customer(client(), customer_number=number)
    try:
        state = who.get_state()
    except CommandRefusedError as exc:
        return JsonResponse({"error": str(exc)}, status=404)
    identity = state.identity_state
    data = who.lease_app_data()
    if data is not None:
        who.update_app_data(data)  # give the lease back unchanged
    return JsonResponse(
        {
            "customer_id": state.customer_id,
            "metadata": {k: v for k, v in identity.metadata.items() if isinstance(v, str)}
            if identity
            else {},
            "tags": [t.key for t in identity.tags] if identity else [],
            "app_data": data,
        }
    )
