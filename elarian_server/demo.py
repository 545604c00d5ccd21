"""``elarian-sync demo``: the SDK spec's debt-collection story, live, on an embedded runtime.

It starts the runtime in this process on a free loopback port (a manual clock,
an in-memory store), connects an app (``Elarian``) and a simulated customer's
phone (``Simulator``), and plays the story, printing every command and
notification as it happens:

  a reminder fires -> the app texts the customer -> the customer replies OK ->
  the app starts a mobile checkout -> the customer confirms -> the payment status
  arrives; then a USSD session of two menus; then the communication layer: an OTP
  login (a code by SMS, verified once) and an order-shipped event (a queued SMS, its
  outcome told to the app, and an email receipt the phone reads).

Each step waits (bounded) for the one before it; a step that does not happen
ends the demo with exit status 1 and says which.
"""

from __future__ import annotations

import queue
import sys
import threading
import time
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import Any, TextIO

from elarian_sync import (
    Cash,
    Channel,
    Customer,
    CustomerNumber,
    CustomerNumberProvider,
    Elarian,
    InboundMessageBody,
    Message,
    MessageBody,
    MessagingChannel,
    PaymentChannel,
    PaymentChannelNumber,
    PaymentCounterParty,
    PaymentCustomerCounterParty,
    PaymentPurseCounterParty,
    PaymentStatus,
    Reminder,
    Simulator,
    UssdInput,
    UssdMenu,
    UssdSessionStatus,
)
from elarian_sync.models import (
    CommsChannel,
    CommsEvent,
    CommsRecipient,
    OtpConfig,
    OtpVerdict,
    TemplateVariant,
)

from .clock import ManualClock
from .config import DEV_ADMIN_KEY, DEV_API_KEY, DEV_APP, DEV_ORG, DEV_PURSE
from .runtime import Runtime
from .signals import stop_on_signals

STEP_TIMEOUT = 15.0
PHONE = "+254700000001"
SMS = MessagingChannel(channel=Channel.SMS, number="83044")
USSD = MessagingChannel(channel=Channel.USSD, number="*83044#")
MPESA = PaymentChannelNumber(channel=PaymentChannel.CELLULAR, number="83044")
PURSE = PaymentCounterParty(purse=PaymentPurseCounterParty(purse_id=DEV_PURSE))


class Transcript:
    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.lock = threading.Lock()

    def __call__(self, who: str, text: str) -> None:
        with self.lock:
            print(f"[{who}]".ljust(12) + text, file=self.out, flush=True)


class StepFailed(Exception):
    pass


def _wait(events: queue.Queue[tuple[str, Any]], name: str) -> Any:
    deadline = time.monotonic() + STEP_TIMEOUT
    while (left := deadline - time.monotonic()) > 0:
        try:
            got, value = events.get(timeout=left)
        except queue.Empty:
            break
        if got == name:
            return value
    raise StepFailed(f"no {name} within {STEP_TIMEOUT:g} s")


def _wait_all(events: queue.Queue[tuple[str, Any]], *names: str) -> None:
    """Wait for each of ``names``, in whatever order they come."""
    left = set(names)
    deadline = time.monotonic() + STEP_TIMEOUT
    while left and (remaining := deadline - time.monotonic()) > 0:
        try:
            got, _ = events.get(timeout=remaining)
        except queue.Empty:
            break
        left.discard(got)
    if left:
        raise StepFailed(f"no {' or '.join(sorted(left))} within {STEP_TIMEOUT:g} s")


def run(out: TextIO = sys.stdout, keep_running: bool = False) -> int:
    say = Transcript(out)
    clock = ManualClock(float(int(time.time())))  # whole seconds: due times round-trip exactly
    events: queue.Queue[tuple[str, Any]] = queue.Queue()
    # The app's reply and the phone's notification race (they are two connections); the phone
    # waits until the app has said what it sent, so the transcript reads in story order.
    sms_told, checkout_told = threading.Event(), threading.Event()

    with Runtime(clock=clock, ws_port=0) as runtime:
        say("runtime", f"embedded Elarian runtime on {runtime.url} (dev org {DEV_ORG}, manual clock)")
        app = Elarian(org_id=DEV_ORG, app_id=DEV_APP, api_key=DEV_API_KEY, url=runtime.url)
        phone = Simulator(org_id=DEV_ORG, app_id=DEV_APP, api_key=DEV_API_KEY, url=runtime.url)

        # -- the app's handlers: what a real app would register ------------------------------------
        def on_reminder(notification: Any, customer: Customer, app_data: Any) -> Any:
            say("app", f"<- reminder {notification.reminder.key!r} ({notification.reminder.payload})")
            name = _name(customer)
            text = f"Hi {name}, your loan of KES 500 is due today. Reply OK to pay with M-PESA."
            reply = customer.send_message(SMS, Message(body=MessageBody(text=text)))
            say("app", f'-> SMS to {PHONE} from 83044: "{text}" ({reply.status.name})')
            sms_told.set()
            return None, {"stage": "reminded"}

        def on_sms(notification: Any, customer: Customer, app_data: Any) -> Any:
            text = notification.parts[0].text
            say("app", f'<- SMS from {notification.customer_number.number}: "{text}" (app data {app_data})')
            if text.strip().upper() != "OK":
                return None
            debit = PaymentCounterParty(
                customer=PaymentCustomerCounterParty(
                    customer_number=notification.customer_number, channel_number=MPESA
                )
            )
            reply = app.initiate_payment(
                debit, PURSE, Cash(currency_code="KES", amount=500), "loan repayment"
            )
            say("app", f"-> mobile checkout of KES 500 from {PHONE} into {DEV_PURSE} ({reply.status.name})")
            checkout_told.set()
            events.put(("checkout", reply))
            return None, {"stage": "checkout"}

        def on_payment_status(notification: Any, customer: Customer, app_data: Any) -> Any:
            say("app", f"<- payment {notification.transaction_id} is {notification.status.name}")
            events.put(("payment_status", notification))
            return None, {"stage": "paid" if notification.status == PaymentStatus.SUCCESS else "unpaid"}

        def on_ussd(notification: Any, customer: Customer, app_data: Any) -> Message:
            typed = notification.parts[0].ussd.text or ""
            say("app", f"<- USSD session {notification.session_id}: input {typed!r}")
            if not typed:
                name = _name(customer)
                menu = UssdMenu(text=f"Hi {name}!\n1. Loan balance\n2. Exit")
            elif typed == "1":
                stage = (app_data or {}).get("stage")
                balance = "KES 0: paid, thank you!" if stage == "paid" else "KES 500"
                menu = UssdMenu(text=f"Your loan balance is {balance}", is_terminal=True)
            else:
                menu = UssdMenu(text="Goodbye", is_terminal=True)
            say("app", f"-> USSD menu{' (last)' if menu.is_terminal else ''}: {menu.text!r}")
            return Message(body=MessageBody(ussd=menu))

        app.on("reminder", on_reminder).on("receivedSms", on_sms).on("paymentStatus", on_payment_status)
        app.on("ussdSession", on_ussd)
        app.on("error", lambda error: say("app", f"connection error: {error}"))

        # -- the phone: what the simulated customer sees ----------------------------------------------
        def on_phone_sms(notification: Any) -> None:
            sms_told.wait(STEP_TIMEOUT)
            body = notification.message.body
            if body.email is not None:
                say("phone", f'<- email from {notification.channel_number.number}: "{body.email.subject}"')
                say("phone", "   " + body.email.body_plain.replace("\n", "\n" + " " * 15))
                events.put(("email", notification))
                return
            say("phone", f'<- SMS from {notification.channel_number.number}: "{body.text}"')
            events.put(("sms", notification))

        def on_comms_status(notification: Any) -> None:
            outcome = notification.outcome
            say("app", f"<- queued {outcome.channel.name} to {outcome.address} was {outcome.status.name}")
            events.put(("comms_status", notification))

        def on_checkout(notification: Any) -> None:
            checkout_told.wait(STEP_TIMEOUT)
            value = notification.value
            say(
                "phone",
                f"<- M-PESA prompt: pay {value.currency_code} {value.amount:.2f} to 83044? "
                f"({notification.transaction_id})",
            )
            events.put(("prompt", notification))

        phone.on("sendMessage", on_phone_sms).on("checkoutPayment", on_checkout)
        app.on("commsSendStatus", on_comms_status)

        try:
            app.connect()
            say("app", f"connected as {DEV_APP}")
            phone.connect()
            say("phone", f"connected: the simulator plays {PHONE}")
            _story(say, runtime, clock, app, phone, events)
            _communication(say, runtime, app, events)
        except StepFailed as exc:
            say("demo", f"FAILED: {exc}")
            return 1
        finally:
            if not keep_running:
                phone.disconnect()
                app.disconnect()
        say(
            "demo",
            "done: reminder, SMS, reply, checkout, confirmation, payment status, USSD menus,"
            " OTP login, order-shipped event",
        )
        if keep_running:
            stop = stop_on_signals()  # before saying so: whoever reads the line may signal at once
            say("demo", f"the runtime stays up on {runtime.url} for the dev org; Ctrl-C stops it")
            while not stop.wait(0.5):
                pass
            phone.disconnect()
            app.disconnect()
    return 0


def _story(
    say: Callable[[str, str], None],
    runtime: Runtime,
    clock: ManualClock,
    app: Elarian,
    phone: Simulator,
    events: queue.Queue[tuple[str, Any]],
) -> None:
    customer = Customer(app, customer_number=PHONE)
    customer.update_metadata({"name": "Ann", "loan": "KES 500"})
    say("app", f"customer {PHONE}: metadata name=Ann, loan=KES 500 ({customer.customer_id})")
    due = datetime.fromtimestamp(clock.now(), timezone.utc) + timedelta(days=1)
    customer.add_reminder(Reminder(key="loan-due", remind_at=due, payload="loan #1042"))
    say("app", f"reminder 'loan-due' set for {due:%Y-%m-%d %H:%M} UTC")

    clock.advance(86400)
    say("clock", "+24 h")
    _wait(events, "sms")
    say("phone", '-> SMS to 83044: "OK"')
    reply = phone.receive_message(PHONE, SMS, None, [InboundMessageBody(text="OK")])
    if not reply.status:
        raise StepFailed(f"the runtime refused the reply: {reply.description}")
    checkout = _wait(events, "checkout")
    prompt = _wait(events, "prompt")
    if prompt.transaction_id != checkout.transaction_id:
        raise StepFailed("the phone was asked about another payment")
    say("phone", "-> confirms the payment with the M-PESA PIN")
    confirmed = phone.update_payment_status(prompt.transaction_id, PaymentStatus.SUCCESS)
    if not confirmed.status:
        raise StepFailed(f"the confirmation was refused: {confirmed.description}")
    status = _wait(events, "payment_status")
    if status.status != PaymentStatus.SUCCESS:
        raise StepFailed(f"the payment ended {status.status.name}")
    balance = runtime.purse_balance(DEV_PURSE, "KES")
    if balance is None:
        raise StepFailed(f"the purse {DEV_PURSE} holds no KES")
    say("app", f"purse {DEV_PURSE} holds KES {balance.actual:,.2f}")

    say("phone", "-> dials *83044#")
    first = _menu(phone.receive_message(PHONE, USSD, "ussd-demo-1", [_dial("")]))
    say("phone", f"<- menu: {first.text!r}")
    say("phone", "-> 1")
    second = _menu(phone.receive_message(PHONE, USSD, "ussd-demo-1", [_dial("1")]))
    say("phone", f"<- menu{' (session over)' if second.is_terminal else ''}: {second.text!r}")


def _communication(
    say: Callable[[str, str], None], runtime: Runtime, app: Elarian, events: queue.Queue[tuple[str, Any]]
) -> None:
    """The communication layer: an admin sets up templates, an OTP config and an event; the app
    logs the customer in with a code and tells them their order shipped."""
    with Elarian(org_id=DEV_ORG, app_id=DEV_APP, api_key=DEV_ADMIN_KEY, url=runtime.url) as admin:
        cmd = admin.commands
        code = _saved(cmd.save_template(
            name="login-code", channel=CommsChannel.SMS, variables=["code", "expiry_minutes"],
            variants=[TemplateVariant(
                body="{{ code }} is your {{ company_name }} login code."
                " It expires in {{ expiry_minutes }} min."
            )],
        ))  # fmt: skip
        _check(cmd.set_otp_config(config=OtpConfig(name="login", length=6, template_id=code)))
        sms = _saved(cmd.save_template(
            name="order-shipped-sms", channel=CommsChannel.SMS, variables=["order_id", "first_name"],
            variants=[TemplateVariant(body="Hi {{ first_name }}, order {{ order_id }} has shipped.")],
        ))  # fmt: skip
        email = _saved(cmd.save_template(
            name="order-shipped-email", channel=CommsChannel.EMAIL, variables=["order_id", "first_name"],
            variants=[TemplateVariant(
                subject="Order {{ order_id }} has shipped",
                body="<p>Hi {{ first_name }},</p><p>Order <b>{{ order_id }}</b> is on its way.</p>"
                "<p>{{ company_name }} &middot; {{ support_contact }}</p>",
            )],
        ))  # fmt: skip
        _check(cmd.save_event(event=CommsEvent(
            name="order_shipped", variables=["order_id", "first_name"],
            sms_template_id=sms, email_template_id=email,
        )))  # fmt: skip
        say(
            "admin",
            "templates login-code, order-shipped-sms/-email; OTP config 'login'; event 'order_shipped'",
        )

    ann = CommsRecipient(
        customer_number=CustomerNumber(number=PHONE, provider=CustomerNumberProvider.CELLULAR)
    )
    # each line is said before the command: the phone may hear before the command returns
    say("app", f"-> OTP login: a code for {PHONE}")
    otp = app.commands.send_otp(config="login", recipient=ann)
    if not otp.status:
        raise StepFailed(f"the OTP was not sent: {otp.description}")
    text = _wait(events, "sms").message.body.text
    typed = text.split()[0]
    say("phone", f"-> types {typed} into the app")
    verdict = app.commands.verify_otp(otp_id=otp.otp_id, code=typed).verdict
    say("app", f"<- code {typed}: {verdict.name}")
    again = app.commands.verify_otp(otp_id=otp.otp_id, code=typed).verdict
    say("app", f"<- the same code again: {again.name}")
    if (verdict, again) != (OtpVerdict.APPROVED, OtpVerdict.USED):
        raise StepFailed(f"the OTP was {verdict.name}, then {again.name}")

    variables = {"order_id": "A-1042", "first_name": "Ann"}
    say("app", f"-> event order_shipped for {PHONE} (queued)")
    shipped = app.commands.trigger_event(
        event="order_shipped", recipient=ann, variables=variables, queue=True
    )
    if not shipped.status:
        raise StepFailed(f"the event was refused: {shipped.description}")
    _wait_all(events, "comms_status", "sms")  # two connections: either may come first
    say("app", "-> email receipt to ann@example.com")
    receipt = app.commands.send_template(
        template_id=email, recipient=CommsRecipient(address="ann@example.com"), variables=variables
    )
    if receipt.outcomes[0].status.name not in ("SENT", "DELIVERED"):
        raise StepFailed(f"the receipt was not sent: {receipt.description}")
    _wait(events, "email")


def _saved(reply: Any) -> str:
    _check(reply)
    return str(reply.template.template_id)


def _check(reply: Any) -> None:
    if not reply.status:
        raise StepFailed(f"the runtime refused the setup: {reply.description}")


def _menu(reply: Any) -> UssdMenu:
    body = reply.message.body if reply.message is not None else None
    if body is None or body.ussd is None:
        raise StepFailed(f"no USSD menu came back: {reply.description}")
    menu: UssdMenu = body.ussd
    return menu


def _name(customer: Customer) -> str:
    name = customer.get_metadata().get("name", "there")
    return name.decode() if isinstance(name, bytes) else name


def _dial(typed: str) -> InboundMessageBody:
    return InboundMessageBody(ussd=UssdInput(status=UssdSessionStatus.ACTIVE, text=typed))
