"""The notification classes (one dataclass per event) and the types of handlers.

Type a handler with its event's class, or with ``AppHandler[...]``::

    from elarian_sync import Customer, Message, MessageBody, UssdMenu
    from elarian_sync.events import AppData, UssdSessionNotification

    def on_ussd(notification: UssdSessionNotification, customer: Customer, app_data: AppData) -> Message:
        return Message(body=MessageBody(ussd=UssdMenu(text="Hi", is_terminal=True)))

    app.on("ussdSession", on_ussd)  # a type checker checks the handler against the event

``on()`` is overloaded per event name, so a handler whose first parameter is another
event's class, or that takes more than (notification, customer, app_data, callback), is a
type error. Generated from ``proto/`` (``_generated/notifications.py``, ``_generated/events.py``).
"""

from __future__ import annotations

from ._generated.notifications import *  # noqa: F403 - the public API
from ._generated.notifications import __all__ as _notifications
from ._handlers import AppData, AppHandler, Callback, ConnectionHandler, ErrorHandler, SimulatorHandler

__all__ = [
    *(name for name in _notifications if not name.startswith("parse_")),
    "AppData",
    "AppHandler",
    "Callback",
    "ConnectionHandler",
    "ErrorHandler",
    "SimulatorHandler",
]
