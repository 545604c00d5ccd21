"""Checked by mypy in tests/test_typing.py (not collected by pytest): lines marked "E:" must be
the only errors."""

from elarian_sync import Customer, Elarian, Message, MessageBody, UssdMenu
from elarian_sync.errors import ElarianError
from elarian_sync.events import AppData, ReceivedSmsNotification, UssdSessionNotification


def on_ussd(notification: UssdSessionNotification, customer: Customer, app_data: AppData) -> Message:
    return Message(body=MessageBody(ussd=UssdMenu(text="hi", is_terminal=True)))


def on_sms(notification: ReceivedSmsNotification) -> None:
    print(notification.text)


def on_error(error: ElarianError) -> None:
    print(error)


app = Elarian(org_id="o", app_id="a", api_key="k")
chained: Elarian = app.on("ussdSession", on_ussd).on("received_sms", on_sms).on("error", on_error)
app.on("connected", lambda: None)
reveal_type(Customer(app, customer_id="c").lease_app_data())  # R: the decoded app data
app.on("receivedSms", on_ussd)  # E: another event's notification class
app.on("reminder", lambda a, b, c, d, e: None)  # E: more than (notification, customer, app_data, callback)
app.on("no_such_event", on_sms)  # E: no such event
