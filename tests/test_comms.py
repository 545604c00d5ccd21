"""The communication layer over real sockets (docs/communication.md): templates (validation,
versions, languages), variables (precedence, read-only globals), events and subscriptions,
consent and suppression, sync and async sends, OTP, reports, STOP replies, erasure, who may
change what, and the audit log. Runs on both stores (``--store=postgres``)."""

from __future__ import annotations

import queue
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from elarian_server.config import DEV_ADMIN_KEY, DEV_APP, DEV_ORG
from elarian_server.runtime import Runtime
from elarian_sync import (
    ConsentAction,
    Customer,
    CustomerNumber,
    CustomerNumberProvider,
    Elarian,
    InboundMessageBody,
    Simulator,
)
from elarian_sync._generated.models import (
    CommsCategory,
    CommsChannel,
    CommsEvent,
    CommsRecipient,
    CommsSendStatus,
    OtpConfig,
    OtpVerdict,
    ReportOutcome,
    SmsEncoding,
    TemplateVariant,
)
from elarian_sync.errors import ServerError

from .runtime_support import T0
from .sdk_support import FAST, SMS, simulator
from .waiting import wait_until

SINCE = datetime.fromtimestamp(T0 - 60, timezone.utc)


@pytest.fixture
def admin(runtime: Runtime) -> Iterator[Elarian]:
    with Elarian(org_id=DEV_ORG, app_id=DEV_APP, api_key=DEV_ADMIN_KEY, url=runtime.url, reconnect=FAST) as c:
        yield c


@pytest.fixture
def inbox(runtime: Runtime) -> Iterator[Inbox]:
    box = Inbox()
    with simulator(runtime.url) as sim:
        sim.on("send_message", box.got.put)
        box.sim = sim
        yield box


class Inbox:
    """What the simulator received (texts and emails), in order per address."""

    def __init__(self) -> None:
        self.got: queue.Queue[Any] = queue.Queue()
        self.held: list[Any] = []  # read past by a flush of another address
        self.sim: Simulator
        self.marker = ""

    def next(self, timeout: float = 10.0) -> Any:
        if self.held:
            return self.held.pop(0)
        try:
            return self.got.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError(f"the simulator received nothing within {timeout} s") from None

    def flush(self, client: Elarian, address: str) -> list[Any]:
        """What reached ``address`` before a marker SMS sent to it now (one address's messages
        reach the simulator in order), marker excluded; other addresses' wait for ``next``."""
        if not self.marker:
            self.marker = sms_template(client, f"marker-{id(self)}", "marker")
        sent = client.commands.send_template(
            template_id=self.marker, recipient=CommsRecipient(address=address)
        )
        assert sent.status, sent.description
        out, other = [], []
        while True:
            message = self.got.get(timeout=10)
            if message.customer_number.number != address:
                other.append(message)
            elif message.message.body.text == "marker":
                self.held.extend(other)
                return out
            else:
                out.append(message)


def sms_template(client: Elarian, name: str, body: str, variables: list[str] | None = None, **kw: Any) -> str:
    reply = client.commands.save_template(
        name=name,
        channel=CommsChannel.SMS,
        variants=[TemplateVariant(language="en", body=body)],
        variables=variables or [],
        **kw,
    )
    assert reply.status, reply.description
    assert reply.template is not None
    return reply.template.template_id


def customer(app: Elarian, number: str) -> str:
    """A new customer with this cellular number: their id."""
    reply = app.commands.create_customer(
        customer_number=CustomerNumber(number=number, provider=CustomerNumberProvider.CELLULAR)
    )
    assert reply.status and reply.customer_id, reply.description
    return str(reply.customer_id)


def to(address: str) -> CommsRecipient:
    return CommsRecipient(address=address)


# -- templates ---------------------------------------------------------------------------------------


def test_a_template_that_does_not_parse_is_refused_with_its_line_and_nothing_is_saved(app: Elarian) -> None:
    reply = app.commands.save_template(
        name="broken",
        channel=CommsChannel.SMS,
        variants=[TemplateVariant(language="en", body="Hello\n{{ name ")],
        variables=["name"],
    )
    assert not reply.status
    assert "line 2" in reply.description and "en text" in reply.description
    assert app.commands.list_templates().templates == []


def test_an_unknown_variable_is_refused_by_name_and_line(app: Elarian) -> None:
    reply = app.commands.save_template(
        name="ship",
        channel=CommsChannel.EMAIL,
        variants=[
            TemplateVariant(
                language="en", subject="Order {{ order_id }}", body="<p>Hi</p>\n<p>{{ tracking }}</p>"
            )
        ],
        variables=["order_id"],
    )
    assert not reply.status
    assert "'tracking' (en HTML body, line 2)" in reply.description
    assert "order_id" not in reply.description  # declared: known
    assert app.commands.list_templates().templates == []


def test_edits_are_versions_and_a_send_records_the_version(app: Elarian, inbox: Inbox) -> None:
    template_id = sms_template(app, "promo", "v1 {{ company_name }}")
    second = app.commands.save_template(
        template_id=template_id,
        name="promo",
        channel=CommsChannel.SMS,
        variants=[TemplateVariant(language="en", body="v2")],
    )
    assert second.status and second.template is not None and second.template.version == 2
    first = app.commands.get_template(template_id=template_id, version=1).template
    assert first is not None and first.variants[0].body == "v1 {{ company_name }}"
    sent = app.commands.send_template(template_id=template_id, recipient=to("+254700000101"))
    assert sent.status and sent.outcomes[0].template_version == 2
    assert inbox.next().message.body.text == "v2"
    rows = app.commands.query_reports(since=SINCE, template_id=template_id).reports
    assert [r.template_version for r in rows] == [2]
    assert rows[0].status in (CommsSendStatus.SENT, CommsSendStatus.DELIVERED)


def test_list_by_tag_and_delete(app: Elarian) -> None:
    a = sms_template(app, "a", "a", tags=["billing"])
    b = sms_template(app, "b", "b", tags=["billing", "promo"])
    sms_template(app, "c", "c", tags=["promo"])
    assert [t.template_id for t in app.commands.list_templates(tag="billing").templates] == [a, b]
    assert app.commands.delete_template(template_id=a).status
    assert [t.template_id for t in app.commands.list_templates(tag="billing").templates] == [b]
    again = app.commands.delete_template(template_id=a)
    assert not again.status and "unknown template" in again.description
    taken = app.commands.save_template(
        name="b", channel=CommsChannel.SMS, variants=[TemplateVariant(body="x")]
    )
    assert not taken.status and "already has a template named 'b'" in taken.description


def test_language_variants_fall_back_and_follow_the_customer(app: Elarian, inbox: Inbox) -> None:
    reply = app.commands.save_template(
        name="hello",
        channel=CommsChannel.SMS,
        default_language="en",
        variants=[
            TemplateVariant(language="en", body="Hello"),
            TemplateVariant(language="fr", body="Bonjour"),
        ],
    )
    assert reply.template is not None
    template_id = reply.template.template_id
    assert app.commands.preview_template(template_id=template_id, language="fr-CA").text == "Bonjour"
    assert app.commands.preview_template(template_id=template_id, language="de").text == "Hello"
    ann = Customer(app, customer_number="+254700000102")
    ann.update_metadata({"language": "fr"})
    app.commands.send_template(
        template_id=template_id, recipient=CommsRecipient(customer_id=ann.get_state().customer_id)
    )
    assert inbox.next().message.body.text == "Bonjour"


def test_preview_counts_sms_segments_and_encoding(app: Elarian) -> None:
    template_id = sms_template(app, "long", "{{ text }}", ["text"])
    gsm = app.commands.preview_template(template_id=template_id, variables={"text": "a" * 161})
    assert (gsm.encoding, gsm.segments) == (SmsEncoding.GSM7, 2)
    ucs = app.commands.preview_template(template_id=template_id, variables={"text": "ŝ" * 71})
    assert (ucs.encoding, ucs.segments) == (SmsEncoding.UCS2, 2)
    # the extension table's characters take two septets each; an emoji two UTF-16 units
    for text, expected in [
        ("a" * 160, (SmsEncoding.GSM7, 1)),
        ("€" * 80, (SmsEncoding.GSM7, 1)),
        ("€" * 81, (SmsEncoding.GSM7, 2)),
        ("[]^\\" * 20 + "x", (SmsEncoding.GSM7, 2)),
        ("a" * 68 + "😀", (SmsEncoding.UCS2, 1)),
        ("a" * 69 + "😀", (SmsEncoding.UCS2, 2)),
    ]:
        counted = app.commands.preview_template(template_id=template_id, variables={"text": text})
        assert (counted.encoding, counted.segments) == expected, text
    missing = app.commands.preview_template(template_id=template_id)
    assert not missing.status and "'text'" in missing.description


def test_email_html_is_escaped_text_is_derived_and_the_simulator_receives_it(
    app: Elarian, inbox: Inbox
) -> None:
    reply = app.commands.save_template(
        name="receipt",
        channel=CommsChannel.EMAIL,
        variants=[
            TemplateVariant(
                language="en", subject="Receipt {{ item }}", body="<h1>Thanks</h1><p>{{ item }}</p>"
            )
        ],
        variables=["item"],
    )
    assert reply.template is not None
    sent = app.commands.send_template(
        template_id=reply.template.template_id,
        recipient=to("ann@example.com"),
        variables={"item": "<b>tea</b>"},
    )
    assert sent.status, sent.description
    email = inbox.next()
    assert email.customer_number.provider == CustomerNumberProvider.EMAIL
    assert email.customer_number.number == "ann@example.com"
    body = email.message.body.email
    assert body.subject == "Receipt <b>tea</b>"  # a subject is text, not HTML
    assert "<p>&lt;b&gt;tea&lt;/b&gt;</p>" in body.body_html
    assert body.body_plain == "Thanks\n\n<b>tea</b>"


# -- variables ---------------------------------------------------------------------------------------


def test_render_precedence_and_read_only_globals(admin: Elarian, app: Elarian, inbox: Inbox) -> None:
    assert admin.commands.set_global_variable(name="brand", value="Acme").status
    template_id = sms_template(app, "p", "{{ brand }} {{ company_name }}", ["brand"])
    app.commands.send_template(template_id=template_id, recipient=to("+254700000103"))
    assert inbox.next().message.body.text == "Acme Elarian Dev"
    app.commands.send_template(
        template_id=template_id, recipient=to("+254700000103"), variables={"brand": "Mine"}
    )
    assert inbox.next().message.body.text == "Mine Elarian Dev"  # the recipient's value wins
    refused = app.commands.send_template(
        template_id=template_id, recipient=to("+254700000103"), variables={"company_name": "X"}
    )
    assert not refused.status and "read-only" in refused.description
    change = admin.commands.set_global_variable(name="company_name", value="X")
    assert not change.status and "read-only" in change.description
    declared = app.commands.save_template(
        name="q", channel=CommsChannel.SMS, variants=[TemplateVariant(body="x")], variables=["company_name"]
    )
    assert not declared.status and "read-only" in declared.description
    listed = {v.name: (v.value, v.read_only) for v in app.commands.list_global_variables().variables}
    assert listed["company_name"] == ("Elarian Dev", True) and listed["brand"] == ("Acme", False)


def test_a_global_a_template_needs_cannot_be_removed(admin: Elarian, app: Elarian) -> None:
    admin.commands.set_global_variable(name="hotline", value="0800")
    sms_template(app, "call", "Call {{ hotline }}")
    refused = admin.commands.delete_global_variable(name="hotline")
    assert not refused.status and "uses 'hotline'" in refused.description
    assert {v.name for v in app.commands.list_global_variables().variables} >= {"hotline"}


def test_an_app_key_is_refused_where_an_admin_key_is_needed_and_changes_are_audited(
    admin: Elarian, app: Elarian
) -> None:
    refused = app.commands.set_global_variable(name="brand", value="Acme")
    assert not refused.status and "needs an org admin key" in refused.description
    assert "brand" not in {v.name for v in app.commands.list_global_variables().variables}
    assert not app.commands.update_suppression(
        channel=CommsChannel.SMS, address="+254700000104", suppress=True
    ).status
    assert admin.commands.set_global_variable(name="brand", value="Acme").status
    assert admin.commands.delete_global_variable(name="brand").status
    log = app.commands.query_audit_log().entries
    assert [(e.action, e.subject, e.actor.startswith("admin key ...")) for e in log][:2] == [
        ("delete_global_variable", "brand", True),
        ("set_global_variable", "brand", True),
    ]


# -- events, subscriptions, consent, suppression -------------------------------------------------------


def _event(app: Elarian, name: str, **kw: Any) -> None:
    template_id = sms_template(app, f"{name}-sms", "Order {{ order_id }} shipped", ["order_id"])
    reply = app.commands.save_event(
        event=CommsEvent(name=name, variables=["order_id"], sms_template_id=template_id, **kw)
    )
    assert reply.status, reply.description


def test_an_event_without_subscription_reaches_a_customer_until_they_opt_out(
    app: Elarian, inbox: Inbox
) -> None:
    _event(app, "order_shipped")
    customer_id = customer(app, "+254700000105")
    who = CommsRecipient(customer_id=customer_id)
    sent = app.commands.trigger_event(event="order_shipped", recipient=who, variables={"order_id": "A1"})
    assert sent.status and inbox.next().message.body.text == "Order A1 shipped"
    assert app.commands.subscribe_event(event="order_shipped", recipient=who, subscribe=False).status
    skipped = app.commands.trigger_event(event="order_shipped", recipient=who, variables={"order_id": "A2"})
    assert not skipped.status and skipped.outcomes[0].status == CommsSendStatus.SKIPPED
    assert skipped.outcomes[0].error_code == "unsubscribed"
    unknown = app.commands.trigger_event(event="order_shipped", recipient=who, variables={"nope": "1"})
    assert not unknown.status and "declares no variable 'nope'" in unknown.description
    assert inbox.flush(app, "+254700000105") == []


def test_an_event_that_needs_a_subscription_reaches_subscribers_only(app: Elarian, inbox: Inbox) -> None:
    _event(app, "weekly_deals", requires_subscription=True, category=CommsCategory.PROMOTIONAL)
    who = CommsRecipient(
        customer_number=CustomerNumber(number="+254700000106", provider=CustomerNumberProvider.CELLULAR)
    )
    customer(app, "+254700000106")
    first = app.commands.trigger_event(event="weekly_deals", recipient=who, variables={"order_id": "1"})
    assert first.outcomes[0].error_code == "not_subscribed"
    app.commands.subscribe_event(event="weekly_deals", recipient=who, subscribe=True)
    second = app.commands.trigger_event(event="weekly_deals", recipient=who, variables={"order_id": "2"})
    assert second.status and inbox.next().message.body.text == "Order 2 shipped"


def test_consent_blocks_every_send_and_suppression_blocks_promotional_ones(
    admin: Elarian, app: Elarian, inbox: Inbox
) -> None:
    template_id = sms_template(app, "t", "hi")
    blocked = Customer(app, customer_number="+254700000107")
    blocked.update_messaging_consent(SMS, ConsentAction.BLOCK)
    out = app.commands.send_template(
        template_id=template_id, recipient=CommsRecipient(address="+254700000107")
    )
    assert out.outcomes[0].status == CommsSendStatus.SKIPPED and out.outcomes[0].error_code == "no_consent"
    assert admin.commands.update_suppression(
        channel=CommsChannel.SMS, address="+254700000108", suppress=True
    ).status
    promo = app.commands.send_template(
        template_id=template_id, recipient=to("+254700000108"), category=CommsCategory.PROMOTIONAL
    )
    assert promo.outcomes[0].error_code == "suppressed"
    transactional = app.commands.send_template(template_id=template_id, recipient=to("+254700000108"))
    assert transactional.status
    assert [m.message.body.text for m in inbox.flush(app, "+254700000108")] == ["hi"]
    listed = app.commands.list_suppressions(channel=CommsChannel.SMS).suppressions
    assert [s.address for s in listed] == ["+254700000108"]


def test_a_stop_reply_opts_the_customer_out_and_suppresses_the_number(app: Elarian, inbox: Inbox) -> None:
    template_id = sms_template(app, "t", "deal")
    events: queue.Queue[Any] = queue.Queue()
    app.on("messaging_consent_update", events.put)
    reply = inbox.sim.receive_message("+254700000109", SMS, None, [InboundMessageBody(text=" stop ")])
    assert reply.status
    consent = events.get(timeout=10)
    assert consent.customer_number.number == "+254700000109"
    promo = app.commands.send_template(
        template_id=template_id, recipient=to("+254700000109"), category=CommsCategory.PROMOTIONAL
    )
    assert not promo.status and promo.outcomes[0].error_code in ("no_consent", "suppressed")
    assert [s.address for s in app.commands.list_suppressions().suppressions] == ["+254700000109"]
    rows = app.commands.query_reports(since=SINCE, address="+254700000109").reports
    assert [r.status for r in rows] == [CommsSendStatus.SKIPPED]  # nothing went out


def test_deleting_a_customer_erases_what_the_layer_holds(app: Elarian, inbox: Inbox) -> None:
    _event(app, "order_shipped")
    customer_id = customer(app, "+254700000110")
    who = CommsRecipient(customer_id=customer_id)
    app.commands.subscribe_event(event="order_shipped", recipient=who, subscribe=False)
    template_id = sms_template(app, "x", "x")
    app.commands.send_template(template_id=template_id, recipient=who)
    inbox.next()
    assert app.delete_customer_by_customer_id(customer_id).status
    rows = app.commands.query_reports(since=SINCE).reports
    assert rows and all(r.address == "" and r.customer_id == "" for r in rows)
    again = customer(app, "+254700000110")  # a new customer with the number
    sent = app.commands.trigger_event(
        event="order_shipped", recipient=CommsRecipient(customer_id=again), variables={"order_id": "9"}
    )
    assert sent.status  # the old opt-out went with the old customer


def test_a_queued_send_erased_after_the_sender_read_it_is_not_sent(
    runtime: Runtime, app: Elarian, inbox: Inbox
) -> None:
    """The sender builds what it hands the simulator before its write transaction: a send whose
    customer was deleted in between is not sent (the transaction looks again), and the report row
    says why; the next one goes."""
    erased_id = customer(app, "+254700000112")
    template_id = sms_template(app, "soon", "soon")
    original = runtime.sender._prepare
    deleted: list[bool] = []

    def prepare_then_erase(rows: Any, now: float) -> Any:
        rows = list(rows)
        ready = original(rows, now)
        if not deleted and any(r.customer_id == erased_id for r in rows):
            deleted.append(app.delete_customer_by_customer_id(erased_id).status)
        return ready

    runtime.sender._prepare = prepare_then_erase  # type: ignore[method-assign]
    first = app.commands.send_template(
        template_id=template_id, recipient=CommsRecipient(customer_id=erased_id), queue=True
    )
    assert first.status, first.description
    wait_until(lambda: deleted == [True], what="the customer deleted between the read and the write")
    second = app.commands.send_template(template_id=template_id, recipient=to("+254700000113"), queue=True)
    assert second.status, second.description
    assert inbox.next().customer_number.number == "+254700000113"  # the next one went ...
    assert inbox.got.empty()  # ... and the erased one, queued before it, did not
    (row,) = app.commands.query_reports(since=SINCE, job_id=first.outcomes[0].job_id).reports
    assert (row.status, row.address) == (CommsSendStatus.SKIPPED, "")


# -- sync and async ---------------------------------------------------------------------------------------


def test_an_async_send_is_queued_then_sent_and_the_app_is_told(
    runtime: Runtime, app: Elarian, inbox: Inbox
) -> None:
    outcomes: queue.Queue[Any] = queue.Queue()
    app.on("comms_send_status", outcomes.put)
    template_id = sms_template(app, "later", "later {{ n }}", ["n"])
    queued = app.commands.send_template(
        template_id=template_id, recipient=to("+254700000111"), variables={"n": "1"}, queue=True
    )
    assert queued.status and queued.outcomes[0].status == CommsSendStatus.QUEUED
    job_id = queued.outcomes[0].job_id
    assert job_id.startswith("el_job_")
    told = outcomes.get(timeout=10)
    assert told.outcome.report_id == queued.outcomes[0].report_id
    assert told.outcome.status == CommsSendStatus.SENT
    message = inbox.next()
    assert message.message.body.text == "later 1" and message.message_id == told.outcome.report_id

    def delivered() -> bool:  # the simulator's acknowledgement is the delivery receipt
        rows = app.commands.query_reports(since=SINCE, job_id=job_id).reports
        return [(r.status, r.job_id) for r in rows] == [(CommsSendStatus.DELIVERED, job_id)]

    wait_until(delivered, timeout=10)


def test_a_sync_send_answers_with_the_outcome(app: Elarian, inbox: Inbox) -> None:
    template_id = sms_template(app, "now", "now")
    sent = app.commands.send_template(template_id=template_id, recipient=to("+254700000112"))
    assert sent.outcomes[0].status == CommsSendStatus.SENT
    assert sent.outcomes[0].provider == "simulator"
    assert inbox.next().message_id == sent.outcomes[0].provider_message_id
    no_address = app.commands.send_template(template_id=template_id, recipient=to("not an address"))
    assert not no_address.status and "neither a phone number" in no_address.description


# -- OTP ----------------------------------------------------------------------------------------------------


def _otp(admin: Elarian, app: Elarian, **config: Any) -> None:
    template_id = sms_template(app, "otp", "Your code: {{ code }}", ["code"])
    reply = admin.commands.set_otp_config(config=OtpConfig(name="login", template_id=template_id, **config))
    assert reply.status, reply.description


def _code(inbox: Inbox) -> str:
    return str(inbox.next().message.body.text.rsplit(" ", 1)[1])


def test_otp_is_approved_once(admin: Elarian, app: Elarian, inbox: Inbox) -> None:
    _otp(admin, app, length=6)
    sent = app.commands.send_otp(config="login", recipient=to("+254700000113"))
    assert sent.status and sent.expires_at == datetime.fromtimestamp(T0 + 600, timezone.utc)
    code = _code(inbox)
    assert len(code) == 6 and code.isdigit()
    first = app.commands.verify_otp(otp_id=sent.otp_id, code=code)
    assert first.status and first.verdict == OtpVerdict.APPROVED
    again = app.commands.verify_otp(otp_id=sent.otp_id, code=code)
    assert not again.status and again.verdict == OtpVerdict.USED
    unknown = app.commands.verify_otp(otp_id="el_otp_nope", code=code)
    assert not unknown.status and "unknown OTP" in unknown.description


def test_otp_expires_on_the_runtime_clock(
    runtime: Runtime, admin: Elarian, app: Elarian, inbox: Inbox
) -> None:
    _otp(admin, app, length=4, expiry=timedelta(minutes=2))
    sent = app.commands.send_otp(config="login", recipient=to("+254700000114"))
    code = _code(inbox)
    runtime.clock.advance(121)  # type: ignore[attr-defined]
    assert app.commands.verify_otp(otp_id=sent.otp_id, code=code).verdict == OtpVerdict.EXPIRED
    assert app.commands.verify_otp(otp_id=sent.otp_id, code=code).verdict == OtpVerdict.USED


def test_otp_attempts_run_out(admin: Elarian, app: Elarian, inbox: Inbox) -> None:
    _otp(admin, app, length=4, max_attempts=2)
    sent = app.commands.send_otp(config="login", recipient=to("+254700000115"))
    code = _code(inbox)
    wrong = "0000" if code != "0000" else "1111"
    first = app.commands.verify_otp(otp_id=sent.otp_id, code=wrong)
    assert (first.verdict, first.attempts_left) == (OtpVerdict.INVALID, 1)
    second = app.commands.verify_otp(otp_id=sent.otp_id, code=wrong)
    assert second.verdict == OtpVerdict.TOO_MANY_ATTEMPTS
    assert app.commands.verify_otp(otp_id=sent.otp_id, code=code).verdict == OtpVerdict.TOO_MANY_ATTEMPTS


def test_otp_send_limits_and_a_new_code_replaces_the_old(admin: Elarian, app: Elarian, inbox: Inbox) -> None:
    _otp(admin, app, length=6, max_sends=2, send_window=timedelta(minutes=10))
    first = app.commands.send_otp(config="login", recipient=to("+254700000116"))
    old = _code(inbox)
    second = app.commands.send_otp(config="login", recipient=to("+254700000116"))
    new = _code(inbox)
    third = app.commands.send_otp(config="login", recipient=to("+254700000116"))
    assert not third.status and "2 codes were sent" in third.description
    assert inbox.flush(app, "+254700000116") == []  # the refused one sent nothing
    assert app.commands.verify_otp(otp_id=first.otp_id, code=old).verdict == OtpVerdict.USED
    assert app.commands.verify_otp(otp_id=second.otp_id, code=new).verdict == OtpVerdict.APPROVED


def test_alphanumeric_codes_leave_out_characters_that_read_alike(
    admin: Elarian, app: Elarian, inbox: Inbox
) -> None:
    _otp(admin, app, length=8, alphanumeric=True, max_sends=40)
    seen = set()
    for _ in range(30):
        sent = app.commands.send_otp(config="login", recipient=to("+254700000117"))
        code = _code(inbox)
        assert len(code) == 8
        seen.update(code)
    assert seen and not seen & set("0O1IL") and seen <= set("ABCDEFGHJKMNPQRSTUVWXYZ23456789")
    assert app.commands.verify_otp(otp_id=sent.otp_id, code=code.lower()).verdict == OtpVerdict.APPROVED


def test_otp_configs_are_checked(admin: Elarian, app: Elarian) -> None:
    template_id = sms_template(app, "nocode", "hello")
    assert (
        "4, 6 or 8"
        in admin.commands.set_otp_config(
            config=OtpConfig(name="x", length=5, template_id=template_id)
        ).description
    )
    no_code = admin.commands.set_otp_config(config=OtpConfig(name="x", length=6, template_id=template_id))
    assert not no_code.status and "does not use the variable 'code'" in no_code.description
    assert admin.commands.list_otp_configs().configs == []


def test_codes_are_stored_as_keyed_hashes(
    runtime: Runtime, admin: Elarian, app: Elarian, inbox: Inbox
) -> None:
    _otp(admin, app, length=8)
    sent = app.commands.send_otp(config="login", recipient=to("+254700000118"))
    code = _code(inbox)
    with runtime.store.read() as tx:
        row = tx.otp(sent.otp_id)
    assert row is not None and code.encode() not in row.code_hash and len(row.code_hash) == 32


# -- reports ----------------------------------------------------------------------------------------------


def test_reports_filter_by_each_field_and_page(admin: Elarian, app: Elarian, inbox: Inbox) -> None:
    sms = sms_template(app, "s", "s")
    email = app.commands.save_template(
        name="e", channel=CommsChannel.EMAIL, variants=[TemplateVariant(subject="s", body="<p>e</p>")]
    ).template
    assert email is not None
    for i in range(5):
        app.commands.send_template(template_id=sms, recipient=to(f"+25470000020{i}"))
    app.commands.send_template(template_id=email.template_id, recipient=to("bo@example.com"))
    admin.commands.update_suppression(channel=CommsChannel.SMS, address="+254700000209", suppress=True)
    app.commands.send_template(
        template_id=sms, recipient=to("+254700000209"), category=CommsCategory.PROMOTIONAL
    )
    queued = app.commands.send_template(template_id=sms, recipient=to("+254700000210"), queue=True).outcomes[
        0
    ]
    q = app.commands.query_reports
    assert len(q(since=SINCE).reports) == 8
    assert [r.address for r in q(since=SINCE, channel=CommsChannel.EMAIL).reports] == ["bo@example.com"]
    assert [r.address for r in q(since=SINCE, address="+254700000203").reports] == ["+254700000203"]
    assert len(q(since=SINCE, template_id=sms).reports) == 7
    assert [r.report_id for r in q(since=SINCE, job_id=queued.job_id).reports] == [queued.report_id]
    assert [r.status for r in q(since=SINCE, outcome=ReportOutcome.ERROR).reports] == []
    assert len(q(since=SINCE, outcome=ReportOutcome.SUCCESS).reports) >= 6
    assert q(since=SINCE, campaign_id="el_cmp_none").reports == []
    future = datetime.fromtimestamp(T0 + 3600, timezone.utc)
    assert q(since=future).reports == []
    pages, cursor = [], ""
    while True:
        page = q(since=SINCE, limit=3, cursor=cursor)
        pages.append([r.report_id for r in page.reports])
        if not page.next_cursor:
            break
        cursor = page.next_cursor
    assert [len(p) for p in pages] == [3, 3, 2]
    flat = [r for p in pages for r in p]
    assert flat == [r.report_id for r in q(since=SINCE).reports] and len(set(flat)) == 8
    assert not q(since=SINCE, cursor="garbage!").status
    no_range = q()
    assert not no_range.status and "since" in no_range.description


def test_a_send_in_flight_when_its_sender_died_is_reported_unknown_not_sent(
    runtime: Runtime, app: Elarian, inbox: Inbox
) -> None:
    """A row another sender marked in flight and never finished (its lease ran out) becomes
    unknown: the app is told, the simulator receives nothing."""
    from elarian_server.store.base import SendRow

    outcomes: queue.Queue[Any] = queue.Queue()
    app.on("comms_send_status", outcomes.put)
    with runtime.store.transaction() as tx:
        row_id = tx.put_send(
            SendRow(
                report_id="el_rpt_lost", org_id=DEV_ORG, app_id=DEV_APP, channel=CommsChannel.SMS,
                address="+254700000119", customer_id=None, template_id="el_tpl_x", template_version=1,
                event="", job_id="el_job_lost", campaign_id="", category=CommsCategory.TRANSACTIONAL,
                status=CommsSendStatus.SENDING, created_at=T0, updated_at=T0, due_at=T0, notify=True,
            )
        )  # fmt: skip
        assert tx.claim("comms_sends", [row_id], "a dead sender", 0.0, 0.0) == [row_id]  # lease long gone
    runtime.sender.kick()
    told = outcomes.get(timeout=10)
    assert (told.outcome.report_id, told.outcome.status) == ("el_rpt_lost", CommsSendStatus.UNKNOWN)
    (row,) = app.commands.query_reports(since=SINCE, job_id="el_job_lost").reports
    assert row.status == CommsSendStatus.UNKNOWN and row.error_code == "in_flight"
    assert inbox.flush(app, "+254700000119") == []


def test_the_cli_exports_reports_as_csv(runtime: Runtime, app: Elarian, inbox: Inbox, tmp_path: Any) -> None:
    import csv

    from elarian_server.cli import main

    template_id = sms_template(app, "csv", "hello")
    for i in range(3):
        app.commands.send_template(template_id=template_id, recipient=to(f"+25470000030{i}"))
    email = app.commands.save_template(
        name="e", channel=CommsChannel.EMAIL, variants=[TemplateVariant(subject="s", body="<p>e</p>")]
    ).template
    assert email is not None
    app.commands.send_template(template_id=email.template_id, recipient=to("cy@example.com"))
    out = tmp_path / "reports.csv"
    since = SINCE.isoformat()
    assert main(["report", "--url", runtime.url, "--since", since, "--channel", "sms", "-o", str(out)]) == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert sorted(r["address"] for r in rows) == ["+254700000300", "+254700000301", "+254700000302"]
    assert {(r["channel"], r["template_id"]) for r in rows} == {("sms", template_id)}
    assert {r["status"] for r in rows} <= {"sent", "delivered"}
    assert (
        main(
            ["report", "--url", runtime.url, "--since", since, "--address", "cy@example.com", "-o", str(out)]
        )
        == 0
    )
    (only,) = list(csv.DictReader(out.open(encoding="utf-8")))
    assert only["channel"] == "email" and only["template_id"] == email.template_id
    assert main(["report", "--url", runtime.url, "--since", since, "--key", "wrong", "-o", str(out)]) == 1


def test_a_send_retried_under_its_idempotency_key_is_sent_once(app: Elarian, inbox: Inbox) -> None:
    template_id = sms_template(app, "once", "once")
    first = app.commands.send_template(
        template_id=template_id, recipient=to("+254700000120"), idempotency_key="k1"
    )
    again = app.commands.send_template(
        template_id=template_id, recipient=to("+254700000120"), idempotency_key="k1"
    )
    assert first.outcomes[0].report_id == again.outcomes[0].report_id
    assert [m.message_id for m in inbox.flush(app, "+254700000120")] == [first.outcomes[0].report_id]
    with pytest.raises(ServerError, match="first used for a different command"):
        app.commands.send_template(
            template_id=template_id, recipient=to("+254700000121"), idempotency_key="k1"
        )


def test_templates_that_fail_or_grow_at_render_are_refused_not_crashed(app: Elarian) -> None:
    divide = sms_template(app, "div", "{{ 1 / n }}", ["n"])
    refused = app.commands.preview_template(template_id=divide, variables={"n": "0"})
    assert not refused.status and "TypeError" in refused.description  # a str divides nothing
    huge = sms_template(app, "huge", "{{ 'a' * 10000000 }}")
    grown = app.commands.send_template(template_id=huge, recipient=to("+254700000130"))
    assert not grown.status and "too long for a template" in grown.description
    assert app.commands.query_reports(since=SINCE, template_id=huge).reports == []  # nothing written


def test_bad_cursors_categories_and_addresses_name_the_field(admin: Elarian, app: Elarian) -> None:
    import base64

    for cursor in ("²", base64.urlsafe_b64encode("²".encode()).decode(), "OjE"):
        refused = app.commands.query_reports(since=SINCE, cursor=cursor)
        assert not refused.status and refused.description.startswith("cursor:")
    assert app.commands.query_audit_log(
        cursor=base64.urlsafe_b64encode(b"9" * 40).decode()
    ).description.startswith("cursor:")
    template_id = sms_template(app, "t", "x")
    wrong = app.commands.send_template(template_id=template_id, recipient=to("+254700000131"), category=9)  # type: ignore[arg-type]
    assert not wrong.status and wrong.description.startswith("category:")
    header = app.commands.save_template(
        name="e", channel=CommsChannel.EMAIL, from_address="a@b.co\r\nBcc: x@y.z",
        variants=[TemplateVariant(subject="s", body="<p>b</p>")],
    )  # fmt: skip
    assert not header.status and header.description.startswith("from_address:")
    address = admin.commands.update_suppression(channel=CommsChannel.SMS, address="nope", suppress=True)
    assert not address.status and address.description.startswith("address:")
