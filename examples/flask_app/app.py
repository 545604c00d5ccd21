"""A Flask app that serves HTTP and, in the same process, answers USSD sessions and reminders.

One ``Elarian`` client per process, created with the app; its handlers run on the
client's worker pool while Flask serves requests on its own threads. Run::

    ELARIAN_URL=ws://127.0.0.1:8080 flask --app examples/flask_app/app.py run

Endpoints:
    POST /customers/<number>/reminders   {"key": "...", "in_seconds": 60, "payload": "..."}
    POST /customers/<number>/sms         {"text": "..."}
    GET  /customers/<number>             metadata, tags and this app's data for the customer
    POST /hooks/elarian                  the runtime's webhooks (an outbound connector pointed
                                         here, signed with $ELARIAN_WEBHOOK_SECRET): verified,
                                         then acted on (a reward issued: the customer is texted)
"""

from __future__ import annotations

import atexit
import os
import threading
from collections import OrderedDict
from datetime import datetime, timedelta, timezone
from typing import Any

from flask import Flask, abort, jsonify, request

from elarian_sync import (
    Channel,
    CommandRefusedError,
    Customer,
    Elarian,
    Message,
    MessageBody,
    MessagingChannel,
    Reminder,
    UssdMenu,
)
from elarian_sync.webhooks import WebhookError, WebhookEvent, verify_webhook

SMS = MessagingChannel(channel=Channel.SMS, number="83044")
DEV_KEY = "el_k_test_80922f5e467e9d5e8067795c263ba0e43c6ef6de7ffa1923aaa189d2772042be"


def on_ussd(notification: Any, customer: Customer, app_data: Any) -> Any:
    """The menu: greets by name (a blocking SDK call inside the handler is fine)."""
    typed = notification.parts[0].ussd.text or ""
    name = customer.get_metadata().get("name", "there")
    if typed == "":
        return Message(body=MessageBody(ussd=UssdMenu(text=f"Hi {name}!\n1. My reminders\n2. Quit")))
    if typed == "1":
        last = (app_data or {}).get("last_reminder", "none yet")
        return Message(body=MessageBody(ussd=UssdMenu(text=f"Last reminder: {last}", is_terminal=True)))
    return Message(body=MessageBody(ussd=UssdMenu(text="Bye", is_terminal=True)))


def on_reminder(notification: Any, customer: Customer, app_data: Any) -> Any:
    """A reminder came due: text the customer and remember it in this app's data."""
    text = f"Reminder: {notification.reminder.payload or notification.reminder.key}"
    customer.send_message(SMS, Message(body=MessageBody(text=text)))
    return None, {**(app_data or {}), "last_reminder": notification.reminder.key}


class Seen:
    """The webhook ids acted on lately: a delivery comes at least once, an action happens once."""

    def __init__(self, most: int = 10_000) -> None:
        self._ids: OrderedDict[str, None] = OrderedDict()
        self._lock = threading.Lock()
        self._most = most

    def first_time(self, webhook_id: str) -> bool:
        with self._lock:
            if webhook_id in self._ids:
                return False
            self._ids[webhook_id] = None
            if len(self._ids) > self._most:
                self._ids.popitem(last=False)
            return True


def act_on(event: WebhookEvent, client: Elarian) -> None:
    """A reward was issued: tell the customer by SMS, on the phone the webhook was enriched with."""
    if event.type != "reward.issued":
        return
    numbers = event.data.get("customer", {}).get("numbers", [])
    phone = next((n["number"] for n in numbers if n.get("provider") == "cellular"), None)
    if phone is not None:
        text = f"You got {event.data['amount']} {event.data['currency']}. Sorry for the wait!"
        Customer(client, customer_number=phone).send_message(SMS, Message(body=MessageBody(text=text)))


def create_app(elarian_url: str | None = None, webhook_secret: str | None = None) -> Flask:
    app = Flask(__name__)
    secret = webhook_secret or os.environ.get("ELARIAN_WEBHOOK_SECRET", "")
    seen = Seen()
    client = Elarian(
        org_id=os.environ.get("ELARIAN_ORG_ID", "el_org_eu_1SJ2jx"),
        app_id=os.environ.get("ELARIAN_APP_ID", "el_app_WZFQdt"),
        api_key=os.environ.get("ELARIAN_API_KEY", DEV_KEY),
        url=elarian_url,  # None: $ELARIAN_URL, else ws://127.0.0.1:8080
    )
    client.on("ussdSession", on_ussd).on("reminder", on_reminder)
    client.connect()
    atexit.register(client.disconnect)
    app.extensions["elarian"] = client

    def customer(number: str) -> Customer:
        return Customer(client, customer_number=number)

    @app.post("/customers/<number>/reminders")
    def add_reminder(number: str) -> Any:
        body = request.get_json(force=True)
        who = customer(number)
        who.update_metadata({"name": str(body.get("name", "there"))})
        when = datetime.now(timezone.utc) + timedelta(seconds=float(body.get("in_seconds", 60)))
        reply = who.add_reminder(Reminder(key=body["key"], remind_at=when, payload=body.get("payload")))
        return jsonify(status=reply.status, description=reply.description, customer_id=who.customer_id)

    @app.post("/customers/<number>/sms")
    def send_sms(number: str) -> Any:
        text = request.get_json(force=True).get("text")
        if not isinstance(text, str) or not text:
            abort(400, "text is required")
        reply = customer(number).send_message(SMS, Message(body=MessageBody(text=text)))
        return jsonify(status=reply.status.name, message_id=reply.message_id)

    @app.get("/customers/<number>")
    def show(number: str) -> Any:
        who = customer(number)
        try:
            state = who.get_state()
        except CommandRefusedError as exc:
            abort(404, str(exc))
        identity = state.identity_state
        data = who.lease_app_data()
        if data is not None:
            who.update_app_data(data)  # give the lease back unchanged
        return jsonify(
            customer_id=state.customer_id,
            metadata={k: v for k, v in identity.metadata.items() if isinstance(v, str)} if identity else {},
            tags=[t.key for t in identity.tags] if identity else [],
            app_data=data,
        )

    @app.post("/hooks/elarian")
    def webhook() -> Any:
        if not secret:
            abort(404)  # no connector points here
        try:
            event = verify_webhook(secret, request.get_data(), request.headers)
        except WebhookError as exc:
            return jsonify(error=str(exc)), 401
        if seen.first_time(event.id):
            act_on(event, client)
        return "", 204

    return app
