"""Outside providers against real servers on 127.0.0.1: an SMTP server (aiosmtpd) and an HTTP
SMS API in the shape of Africa's Talking's; round trips, failover on temporary failures, no
failover on permanent ones, a hard bounce suppressing the address, the circuit breaker, async
sends and their retries on the runtime's clock."""

from __future__ import annotations

import email
import email.policy
import json
import queue
import socket
import threading
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from elarian_server.config import DEV_ADMIN_KEY, DEV_API_KEY, DEV_APP, DEV_ORG, parse_config
from elarian_server.runtime import Runtime
from elarian_sync import (
    Channel,
    Customer,
    CustomerNumber,
    CustomerNumberProvider,
    Elarian,
    Email,
    Message,
    MessageBody,
    MessageDeliveryStatus,
    MessagingChannel,
)
from elarian_sync._generated.models import (
    CommsCategory,
    CommsChannel,
    CommsRecipient,
    CommsSendStatus,
    ProviderDefaults,
    ProviderInfo,
    TemplateVariant,
)

from .runtime_support import running
from .sdk_support import FAST
from .waiting import wait_until


def free_port() -> int:
    """A port free on 127.0.0.1 now (aiosmtpd's controller needs one before it starts)."""
    with socket.create_server(("127.0.0.1", 0)) as probe:
        return int(probe.getsockname()[1])


# -- an SMTP server ------------------------------------------------------------------------------------


class Mailbox:
    """aiosmtpd's handler: keeps what it received; refuses recipients it is told to."""

    def __init__(self) -> None:
        self.received: queue.Queue[email.message.EmailMessage] = queue.Queue()
        self.refuse: dict[str, str] = {}  # address -> SMTP reply

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, options: Any) -> str:
        if address in self.refuse:
            return self.refuse[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        self.received.put(message)  # type: ignore[arg-type]
        return "250 Message accepted"

    def next(self) -> email.message.EmailMessage:
        return self.received.get(timeout=10)


@pytest.fixture
def smtp() -> Iterator[tuple[Mailbox, int]]:
    box = Mailbox()
    controller = Controller(box, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        yield box, controller.port
    finally:
        controller.stop()


# -- an HTTP SMS API -------------------------------------------------------------------------------------


@dataclass
class SmsApi:
    """Africa's Talking's SMS API, as far as a sender sees it: it records each POST and answers
    as ``mode`` says (``ok``, ``down`` (HTTP 500), ``invalid`` (403 InvalidPhoneNumber))."""

    mode: str = "ok"
    posts: list[tuple[dict[str, str], dict[str, str]]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


@contextmanager
def serving(api: SmsApi) -> Iterator[str]:
    """``api`` on an HTTP server on 127.0.0.1: its URL."""

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", 0))
            form = dict(urllib.parse.parse_qsl(self.rfile.read(length).decode()))
            with api.lock:
                api.posts.append((form, {k.lower(): v for k, v in self.headers.items()}))
                n = len(api.posts)
            if api.mode == "down":
                self.send_response(500)
                self.end_headers()
                self.wfile.write(b"internal error")
                return
            code, status = (101, "Success") if api.mode == "ok" else (403, "InvalidPhoneNumber")
            body = {
                "SMSMessageData": {
                    "Message": "Sent to 1/1",
                    "Recipients": [
                        {"statusCode": code, "number": form.get("to"), "status": status,
                         "cost": "KES 0.8000", "messageId": f"ATXid_{n}"}
                    ],
                }
            }  # fmt: skip
            data = json.dumps(body).encode()
            self.send_response(201)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/version1/messaging"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def sms_api() -> Iterator[tuple[SmsApi, str]]:
    api = SmsApi()
    with serving(api) as url:
        yield api, url


# -- the runtime -----------------------------------------------------------------------------------------


def _config(mail_a: int, mail_b: int, sms_a: str, sms_b: str) -> Any:
    channels = [
        {"channel": "sms", "number": "83044", "app": DEV_APP},
        {"channel": "email", "number": "hello@duka.test", "app": DEV_APP},
    ]
    providers = [
        {"name": "mail-a", "kind": "smtp", "channel": "email", "numbers": ["hello@duka.test"],
         "host": "127.0.0.1", "port": mail_a, "timeout": 5},
        {"name": "mail-b", "kind": "smtp", "channel": "email", "host": "127.0.0.1", "port": mail_b,
         "timeout": 5},
        {"name": "sms-a", "kind": "http_sms", "channel": "sms", "numbers": ["83044"], "url": sms_a,
         "username": "duka", "api_key": "key-a", "timeout": 5},
        {"name": "sms-b", "kind": "http_sms", "channel": "sms", "url": sms_b, "username": "duka",
         "api_key": "key-b", "timeout": 5},
    ]  # fmt: skip
    org = {
        "id": DEV_ORG,
        "api_keys": [DEV_API_KEY],
        "admin_keys": [DEV_ADMIN_KEY],
        "apps": [{"id": DEV_APP}],
        "channels": channels,
        "providers": providers,
        "comms": {
            "sms_sender": "83044",
            "email_sender": "hello@duka.test",
            "globals": {"company_name": "Duka"},
            "defaults": {
                "transactional_email": ["mail-a", "mail-b"],
                "promotional_email": ["mail-a"],
                "transactional_sms": ["sms-a", "sms-b"],
            },
        },
    }
    return parse_config({"orgs": [org]}, "providers.toml")


@dataclass
class Setup:
    runtime: Runtime
    app: Elarian
    mail_a: Mailbox
    mail_b: Mailbox
    sms_a: SmsApi
    sms_b: SmsApi
    email_template: str
    sms_template: str


@pytest.fixture
def setup(smtp: tuple[Mailbox, int], sms_api: tuple[SmsApi, str]) -> Iterator[Setup]:
    second_box = Mailbox()
    second = Controller(second_box, hostname="127.0.0.1", port=free_port())
    second.start()
    api_b = SmsApi()
    with serving(api_b) as url_b:
        config = _config(smtp[1], second.port, sms_api[1], url_b)
        try:
            with (
                running(config) as runtime,
                Elarian(
                    org_id=DEV_ORG, app_id=DEV_APP, api_key=DEV_API_KEY, url=runtime.url, reconnect=FAST
                ) as app,
            ):
                email_template = app.commands.save_template(
                    name="receipt",
                    channel=CommsChannel.EMAIL,
                    variables=["item"],
                    from_address="Duka <hello@duka.test>",
                    reply_to="help@duka.test",
                    variants=[
                        TemplateVariant(
                            subject="Your {{ item }}", body="<p>Thanks for the <b>{{ item }}</b>.</p>"
                        )
                    ],
                ).template
                sms_template = app.commands.save_template(
                    name="note",
                    channel=CommsChannel.SMS,
                    variables=["item"],
                    variants=[TemplateVariant(body="{{ item }} shipped")],
                ).template
                assert email_template is not None and sms_template is not None
                yield Setup(
                    runtime, app, smtp[0], second_box, sms_api[0], api_b,
                    email_template.template_id, sms_template.template_id,
                )  # fmt: skip
        finally:
            second.stop()


def send_email(s: Setup, to: str, **kw: Any) -> Any:
    return s.app.commands.send_template(
        template_id=s.email_template, recipient=CommsRecipient(address=to), variables={"item": "tea"}, **kw
    )


def send_sms(s: Setup, to: str, **kw: Any) -> Any:
    return s.app.commands.send_template(
        template_id=s.sms_template, recipient=CommsRecipient(address=to), variables={"item": "tea"}, **kw
    )


# -- the tests ----------------------------------------------------------------------------------------------


def test_an_email_goes_out_over_smtp_with_its_headers_and_both_parts(setup: Setup) -> None:
    reply = send_email(setup, "ann@example.com")
    assert reply.status, reply.description
    (out,) = reply.outcomes
    assert (out.status, out.provider) == (CommsSendStatus.SENT, "mail-a")
    message = setup.mail_a.next()
    assert message["From"] == "Duka <hello@duka.test>" and message["To"] == "ann@example.com"
    assert message["Reply-To"] == "help@duka.test" and message["Subject"] == "Your tea"
    assert message["Message-ID"] == out.provider_message_id and "List-Unsubscribe" not in message
    html = message.get_body(preferencelist=("html",))
    text = message.get_body(preferencelist=("plain",))
    assert html is not None and "<b>tea</b>" in html.get_content()
    assert text is not None and text.get_content().strip() == "Thanks for the tea."


def test_promotional_mail_carries_list_unsubscribe(setup: Setup) -> None:
    assert send_email(setup, "bo@example.com", category=CommsCategory.PROMOTIONAL).status
    assert setup.mail_a.next()["List-Unsubscribe"] == "<mailto:hello@duka.test?subject=unsubscribe>"


def test_an_sms_goes_out_through_the_http_api(setup: Setup) -> None:
    reply = send_sms(setup, "+254700000501")
    (out,) = reply.outcomes
    assert (out.status, out.provider, out.provider_message_id) == (CommsSendStatus.SENT, "sms-a", "ATXid_1")
    ((form, headers),) = setup.sms_a.posts
    assert form == {"username": "duka", "to": "+254700000501", "message": "tea shipped", "from": "83044"}
    assert headers["apikey"] == "key-a" and headers["accept"] == "application/json"


def test_a_temporary_failure_moves_to_the_next_provider(setup: Setup) -> None:
    setup.sms_a.mode = "down"
    (out,) = send_sms(setup, "+254700000502").outcomes
    assert (out.status, out.provider) == (CommsSendStatus.SENT, "sms-b")
    assert len(setup.sms_a.posts) == 1 and len(setup.sms_b.posts) == 1


def test_a_refused_connection_moves_to_the_next_provider(setup: Setup, smtp: tuple[Mailbox, int]) -> None:
    setup.mail_a.refuse["cy@example.com"] = "451 4.3.0 try again later"
    (out,) = send_email(setup, "cy@example.com").outcomes
    assert (out.status, out.provider) == (CommsSendStatus.SENT, "mail-b")
    assert setup.mail_b.next()["To"] == "cy@example.com"


def test_a_permanent_refusal_does_not_fail_over_and_a_hard_bounce_suppresses(setup: Setup) -> None:
    setup.mail_a.refuse["gone@example.com"] = "550 5.1.1 no such user"
    reply = send_email(setup, "gone@example.com")
    (out,) = reply.outcomes
    assert not reply.status and out.status == CommsSendStatus.FAILED
    assert out.error_code == "smtp_550" and "no such user" in out.error_message
    assert setup.mail_b.received.empty()
    with Elarian(org_id=DEV_ORG, app_id=DEV_APP, api_key=DEV_ADMIN_KEY, url=setup.runtime.url) as admin:
        listed = admin.commands.list_suppressions(channel=CommsChannel.EMAIL).suppressions
    assert [(s.address, s.reason.startswith("hard bounce")) for s in listed] == [("gone@example.com", True)]
    promo = send_email(setup, "gone@example.com", category=CommsCategory.PROMOTIONAL)
    assert promo.outcomes[0].error_code == "suppressed"


def test_an_invalid_number_is_a_permanent_failure(setup: Setup) -> None:
    setup.sms_a.mode = "invalid"
    (out,) = send_sms(setup, "+254700000503").outcomes
    assert (out.status, out.error_code) == (CommsSendStatus.FAILED, "at_403")
    assert setup.sms_b.posts == []


def test_the_circuit_breaker_skips_a_provider_that_keeps_failing(setup: Setup) -> None:
    setup.sms_a.mode = "down"
    for i in range(5):
        assert send_sms(setup, f"+25470000051{i}").outcomes[0].provider == "sms-b"
    assert len(setup.sms_a.posts) == 5
    for i in range(3):  # open: not tried
        assert send_sms(setup, f"+25470000052{i}").outcomes[0].provider == "sms-b"
    assert len(setup.sms_a.posts) == 5 and len(setup.sms_b.posts) == 8


def test_an_async_send_goes_through_the_provider_and_the_app_is_told(setup: Setup) -> None:
    told: queue.Queue[Any] = queue.Queue()
    setup.app.on("comms_send_status", told.put)
    queued = send_sms(setup, "+254700000504", queue=True).outcomes[0]
    assert queued.status == CommsSendStatus.QUEUED
    outcome = told.get(timeout=10).outcome
    assert (outcome.report_id, outcome.status, outcome.provider) == (
        queued.report_id,
        CommsSendStatus.SENT,
        "sms-a",
    )


def test_an_async_send_every_provider_failed_is_tried_again_later(setup: Setup) -> None:
    setup.sms_a.mode = setup.sms_b.mode = "down"
    told: queue.Queue[Any] = queue.Queue()
    setup.app.on("comms_send_status", told.put)
    queued = send_sms(setup, "+254700000505", queue=True).outcomes[0]
    since = setup.runtime.clock.datetime()

    def retried() -> bool:
        (row,) = setup.app.commands.query_reports(
            since=since.replace(year=2000), job_id=queued.job_id
        ).reports
        return row.status == CommsSendStatus.QUEUED and row.error_code == "http_500"

    wait_until(retried, timeout=10)
    assert told.empty()  # not an outcome yet
    setup.sms_a.mode = "ok"
    setup.runtime.clock.advance(61)  # type: ignore[attr-defined]
    outcome = told.get(timeout=10).outcome
    assert (outcome.status, outcome.provider) == (CommsSendStatus.SENT, "sms-a")


def test_providers_are_listed_without_their_secrets_and_tested(
    setup: Setup, smtp: tuple[Mailbox, int]
) -> None:
    listed = {p.name: p for p in setup.app.commands.list_providers().providers}
    assert set(listed) == {"simulator", "mail-a", "mail-b", "sms-a", "sms-b"}
    assert (listed["sms-a"].kind, listed["sms-a"].numbers, listed["sms-a"].secret_set) == (
        "http_sms",
        ["83044"],
        True,
    )
    assert "key-a" not in repr(listed) and listed["mail-a"].circuit == "closed"
    refused = setup.app.commands.test_provider(name="mail-a")
    assert not refused.status and "needs an org admin key" in refused.description
    with Elarian(org_id=DEV_ORG, app_id=DEV_APP, api_key=DEV_ADMIN_KEY, url=setup.runtime.url) as admin:
        assert admin.commands.test_provider(name="mail-a").description == "mail-a: the settings work"
        assert admin.commands.test_provider(name="sms-a").status
        setup.sms_b.mode = "down"
        broken = admin.commands.test_provider(name="sms-b")
        assert not broken.status and "HTTP 500" in broken.description
        assert "unknown provider" in admin.commands.test_provider(name="nope").description


def test_an_elarian_app_sends_real_sms_and_email_with_no_code_change(setup: Setup) -> None:
    """send_message on a channel number bound to an outside provider goes out through it; the
    app hears messageStatus as the provider answers."""
    statuses: queue.Queue[Any] = queue.Queue()
    setup.app.on("messageStatus", statuses.put)
    ann = Customer(setup.app, customer_number="+254700000506")
    reply = ann.send_message(
        MessagingChannel(channel=Channel.SMS, number="83044"), Message(body=MessageBody(text="hello"))
    )
    assert reply.status == MessageDeliveryStatus.QUEUED
    status = statuses.get(timeout=10)
    assert (status.message_id, status.status) == (reply.message_id, MessageDeliveryStatus.SENT)
    ((form, _),) = setup.sms_a.posts
    assert (form["to"], form["message"], form["from"]) == ("+254700000506", "hello", "83044")
    state = ann.get_state()
    (sent,) = [m.sent for m in state.messaging_state.messages if m.sent is not None]
    assert sent.status == MessageDeliveryStatus.SENT

    bo = Customer(
        setup.app,
        customer_number=CustomerNumber(number="bo@example.com", provider=CustomerNumberProvider.EMAIL),
    )
    mail = Message(
        body=MessageBody(email=Email(subject="Hi Bo", body_plain="plain", body_html="<p>html</p>"))
    )
    reply = bo.send_message(MessagingChannel(channel=Channel.EMAIL, number="hello@duka.test"), mail)
    assert statuses.get(timeout=10).status == MessageDeliveryStatus.SENT
    message = setup.mail_a.next()
    assert (message["To"], message["From"], message["Subject"]) == (
        "bo@example.com",
        "hello@duka.test",
        "Hi Bo",
    )


def test_a_message_a_provider_refuses_fails_and_the_app_is_told(setup: Setup) -> None:
    setup.sms_a.mode = "invalid"
    statuses: queue.Queue[Any] = queue.Queue()
    setup.app.on("messageStatus", statuses.put)
    reply = Customer(setup.app, customer_number="+254700000507").send_message(
        MessagingChannel(channel=Channel.SMS, number="83044"), Message(body=MessageBody(text="x"))
    )
    status = statuses.get(timeout=10)
    assert (status.message_id, status.status) == (reply.message_id, MessageDeliveryStatus.FAILED)
    assert setup.sms_b.posts == []  # only the provider bound to 83044 carries its messages


def test_a_provider_nothing_listens_for_is_skipped_for_the_next(sms_api: tuple[SmsApi, str]) -> None:
    """A refused connection is a temporary failure: the next provider takes the send."""
    box = Mailbox()
    controller = Controller(box, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        closed = free_port()  # nothing listens here
        config = _config(closed, controller.port, sms_api[1], sms_api[1])
        with (
            running(config) as runtime,
            Elarian(
                org_id=DEV_ORG, app_id=DEV_APP, api_key=DEV_API_KEY, url=runtime.url, reconnect=FAST
            ) as app,
        ):
            template = app.commands.save_template(
                name="t", channel=CommsChannel.EMAIL, variants=[TemplateVariant(subject="s", body="<p>b</p>")]
            ).template
            assert template is not None
            (out,) = app.commands.send_template(
                template_id=template.template_id, recipient=CommsRecipient(address="di@example.com")
            ).outcomes
            assert (out.status, out.provider) == (CommsSendStatus.SENT, "mail-b")
            assert box.next()["To"] == "di@example.com"
    finally:
        controller.stop()


def test_smtp_with_starttls_and_login(tmp_path: Any) -> None:
    """STARTTLS against a server whose certificate a test CA signed, then AUTH; a wrong password
    is what test_provider reports."""
    import ssl

    import trustme
    from aiosmtpd.smtp import AuthResult

    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1")
    server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    cert.configure_cert(server_tls)
    ca_file = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))

    def authenticator(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
        ok = data.login == b"duka" and data.password == b"s3cret"
        return AuthResult(success=ok, handled=False)

    box = Mailbox()
    controller = Controller(
        box, hostname="127.0.0.1", port=free_port(), tls_context=server_tls, require_starttls=True,
        authenticator=authenticator, auth_required=True,
    )  # fmt: skip
    controller.start()
    try:
        provider = {
            "kind": "smtp", "channel": "email", "numbers": ["hello@duka.test"], "host": "127.0.0.1",
            "port": controller.port, "security": "starttls", "username": "duka", "ca_file": str(ca_file),
        }  # fmt: skip
        org = {
            "id": DEV_ORG, "api_keys": [DEV_API_KEY], "admin_keys": [DEV_ADMIN_KEY],
            "apps": [{"id": DEV_APP}],
            "channels": [{"channel": "email", "number": "hello@duka.test", "app": DEV_APP}],
            "providers": [
                {**provider, "name": "good", "password": "s3cret"},
                {**provider, "name": "bad", "password": "nope", "numbers": []},
            ],
            "comms": {"email_sender": "hello@duka.test"},
        }  # fmt: skip
        with (
            running(parse_config({"orgs": [org]}, "tls.toml")) as runtime,
            Elarian(
                org_id=DEV_ORG, app_id=DEV_APP, api_key=DEV_ADMIN_KEY, url=runtime.url, reconnect=FAST
            ) as admin,
        ):
            template = admin.commands.save_template(
                name="t",
                channel=CommsChannel.EMAIL,
                variants=[TemplateVariant(subject="over tls", body="<p>b</p>")],
            ).template
            assert template is not None
            (out,) = admin.commands.send_template(
                template_id=template.template_id, recipient=CommsRecipient(address="ed@example.com")
            ).outcomes
            assert (out.status, out.provider) == (CommsSendStatus.SENT, "good"), out.error_message
            assert box.next()["Subject"] == "over tls"
            assert admin.commands.test_provider(name="good").status
            bad = admin.commands.test_provider(name="bad")
            assert not bad.status and "login refused: 535" in bad.description
    finally:
        controller.stop()


def test_providers_added_through_the_api_route_sends_and_keep_their_secret(
    sms_api: tuple[SmsApi, str],
) -> None:
    api, url = sms_api
    with (
        running() as runtime,
        Elarian(
            org_id=DEV_ORG, app_id=DEV_APP, api_key=DEV_ADMIN_KEY, url=runtime.url, reconnect=FAST
        ) as admin,
        Elarian(org_id=DEV_ORG, app_id=DEV_APP, api_key=DEV_API_KEY, url=runtime.url, reconnect=FAST) as app,
    ):
        info = ProviderInfo(
            name="at", kind="http_sms", channel=CommsChannel.SMS, numbers=["83044"], url=url, username="duka"
        )
        refused = app.commands.set_provider(provider=info, secret="k")
        assert not refused.status and "needs an org admin key" in refused.description
        no_secret = admin.commands.set_provider(provider=info)
        assert not no_secret.status and "needs its API key" in no_secret.description
        added = admin.commands.set_provider(provider=info, secret="key-from-api")
        assert added.status, added.description
        listed = {p.name: p for p in admin.commands.list_providers().providers}
        assert listed["at"].secret_set and not listed["at"].from_config and listed["simulator"].from_config
        assert "key-from-api" not in repr(admin.commands.list_providers())
        template = app.commands.save_template(
            name="t", channel=CommsChannel.SMS, variants=[TemplateVariant(body="via the api")]
        ).template
        assert template is not None

        def send() -> Any:
            return app.commands.send_template(
                template_id=template.template_id, recipient=CommsRecipient(address="+254700000701")
            ).outcomes[0]

        assert send().provider == "at"  # bound to the sender number 83044
        assert api.posts[-1][1]["apikey"] == "key-from-api"
        changed = ProviderInfo(
            name="at", kind="http_sms", channel=CommsChannel.SMS, numbers=["83044"], url=url, username="other"
        )
        assert admin.commands.set_provider(provider=changed).status  # no secret given: the one it has stays
        assert send().provider == "at" and api.posts[-1][0]["username"] == "other"
        assert api.posts[-1][1]["apikey"] == "key-from-api"
        chain = ProviderDefaults(
            category=CommsCategory.TRANSACTIONAL, channel=CommsChannel.SMS, providers=["simulator"]
        )
        assert admin.commands.set_provider_defaults(defaults=chain).status
        assert send().provider == "simulator"
        in_use = admin.commands.delete_provider(name="at")
        assert in_use.status  # not a default any more: the simulator is
        gone = admin.commands.delete_provider(name="at")
        assert not gone.status and "unknown provider" in gone.description
        actions = [e.action for e in admin.commands.query_audit_log().entries]
        assert actions[:3] == ["delete_provider", "set_provider_defaults", "set_provider"]
        assert actions.count("set_provider") == 2


def test_a_sync_send_retried_under_its_key_gets_what_the_provider_said(setup: Setup) -> None:
    first = send_sms(setup, "+254700000801", idempotency_key="sync-1")
    again = send_sms(setup, "+254700000801", idempotency_key="sync-1")
    assert first.outcomes[0].status == again.outcomes[0].status == CommsSendStatus.SENT
    assert again.outcomes[0].provider_message_id == first.outcomes[0].provider_message_id
    assert len(setup.sms_a.posts) == 1  # sent once
