"""The process's Elarian client and its handlers (USSD menus, reminders)."""

from __future__ import annotations

import atexit
import threading
from typing import Any

from django.conf import settings

from elarian_sync import Channel, Customer, Elarian, Message, MessageBody, MessagingChannel, UssdMenu

SMS = MessagingChannel(channel=Channel.SMS, number="83044")
_lock = threading.Lock()
_client: Elarian | None = None


def on_ussd(notification: Any, customer: Customer, app_data: Any) -> Message:
    typed = notification.parts[0].ussd.text or ""
    name = customer.get_metadata().get("name", "there")
    if typed == "":
        return Message(body=MessageBody(ussd=UssdMenu(text=f"Hi {name}!\n1. My reminders\n2. Quit")))
    if typed == "1":
        last = (app_data or {}).get("last_reminder", "none yet")
        return Message(body=MessageBody(ussd=UssdMenu(text=f"Last reminder: {last}", is_terminal=True)))
    return Message(body=MessageBody(ussd=UssdMenu(text="Bye", is_terminal=True)))


def on_reminder(notification: Any, customer: Customer, app_data: Any) -> Any:
    text = f"Reminder: {notification.reminder.payload or notification.reminder.key}"
    customer.send_message(SMS, Message(body=MessageBody(text=text)))
    return None, {**(app_data or {}), "last_reminder": notification.reminder.key}


def start() -> Elarian:
    """Connect the client (once per process) with the handlers registered."""
    global _client
    with _lock:
        if _client is None:
            client = Elarian(**settings.ELARIAN)
            client.on("ussdSession", on_ussd).on("reminder", on_reminder)
            client.connect()
            atexit.register(client.disconnect)
            _client = client
        return _client


def client() -> Elarian:
    return start()


def stop() -> None:
    global _client
    with _lock:
        if _client is not None:
            _client.disconnect()
            _client = None
