"""SMS over SMPP against a small SMSC on 127.0.0.1 (tests/smsc.py): bind, submit (long messages
as concatenated parts), delivery receipts updating reports and messages, mobile-originated SMS
reaching the app as receivedSms (STOP opts out), a throttle failing over, a dropped link mid-burst
(bound again, nothing sent twice, lost outcomes unknown), and an Elarian-style app unchanged."""

from __future__ import annotations

import queue
from collections.abc import Iterator
from datetime import datetime, timezone
from typing import Any

import pytest

from elarian_server.config import DEV_ADMIN_KEY, DEV_API_KEY, DEV_APP, DEV_ORG, parse_config
from elarian_server.runtime import Runtime
from elarian_sync import (
    Channel,
    Customer,
    Elarian,
    Message,
    MessageBody,
    MessageDeliveryStatus,
    MessagingChannel,
)
from elarian_sync._generated.models import CommsChannel, CommsRecipient, CommsSendStatus, TemplateVariant

from .runtime_support import T0, running
from .sdk_support import FAST
from .smsc import Smsc
from .waiting import wait_until

SMS = MessagingChannel(channel=Channel.SMS, number="83044")
SINCE = datetime.fromtimestamp(T0 - 60, timezone.utc)


def _config(port: int, defaults: list[str] | None = None) -> Any:
    org = {
        "id": DEV_ORG,
        "api_keys": [DEV_API_KEY],
        "admin_keys": [DEV_ADMIN_KEY],
        "apps": [{"id": DEV_APP}],
        "channels": [{"channel": "sms", "number": "83044", "app": DEV_APP}],
        "providers": [
            {
                "name": "smsc",
                "kind": "smpp",
                "channel": "sms",
                "numbers": ["83044"],
                "host": "127.0.0.1",
                "port": port,
                "username": "duka",
                "password": "secret",
                "timeout": 3,
            },
        ],
        "comms": {
            "sms_sender": "83044",
            **({"defaults": {"transactional_sms": defaults}} if defaults else {}),
        },
    }
    return parse_config({"orgs": [org]}, "smpp.toml")


@pytest.fixture
def smsc() -> Iterator[Smsc]:
    server = Smsc()
    try:
        yield server
    finally:
        server.close()


@pytest.fixture
def runtime_app(smsc: Smsc) -> Iterator[tuple[Runtime, Elarian]]:
    with (
        running(_config(smsc.port)) as runtime,
        Elarian(org_id=DEV_ORG, app_id=DEV_APP, api_key=DEV_API_KEY, url=runtime.url, reconnect=FAST) as app,
    ):
        smsc.wait_bound(1)  # the runtime binds at start
        yield runtime, app


def _template(app: Elarian, body: str) -> str:
    template = app.commands.save_template(
        name="t", channel=CommsChannel.SMS, variables=["text"], variants=[TemplateVariant(body=body)]
    ).template
    assert template is not None
    return template.template_id


def _report(app: Elarian, report_id: str) -> Any:
    (row,) = [
        r for r in app.commands.query_reports(since=SINCE, limit=1000).reports if r.report_id == report_id
    ]
    return row


def test_a_send_over_smpp_is_submitted_and_its_receipt_delivers_it(
    runtime_app: tuple[Runtime, Elarian], smsc: Smsc
) -> None:
    _, app = runtime_app
    template_id = _template(app, "{{ text }}")
    reply = app.commands.send_template(
        template_id=template_id, recipient=CommsRecipient(address="+254700000601"), variables={"text": "hi"}
    )
    (out,) = reply.outcomes
    assert (out.provider, out.provider_message_id) == ("smsc", "smsc-1")
    assert out.status in (CommsSendStatus.SENT, CommsSendStatus.DELIVERED)  # its receipt may have come
    (submitted,) = smsc.wait_for(1)
    assert (submitted.source, submitted.destination, submitted.short_message) == (
        "83044",
        "254700000601",
        b"hi",
    )
    wait_until(lambda: _report(app, out.report_id).status == CommsSendStatus.DELIVERED, timeout=10)


def test_a_long_message_goes_as_concatenated_parts(runtime_app: tuple[Runtime, Elarian], smsc: Smsc) -> None:
    runtime, app = runtime_app
    template_id = _template(app, "{{ text }}")
    text = "part " * 60  # 300 characters: two GSM-7 parts
    (out,) = app.commands.send_template(
        template_id=template_id, recipient=CommsRecipient(address="+254700000602"), variables={"text": text}
    ).outcomes
    # its receipt may have come already
    assert out.status in (CommsSendStatus.SENT, CommsSendStatus.DELIVERED)
    assert out.provider_message_id == "smsc-1,smsc-2"
    first, second = smsc.wait_for(2)
    assert first.esm_class & 0x40 and second.esm_class & 0x40  # UDH: concatenation headers
    udh = first.short_message[:6]
    assert udh[:3] == b"\x05\x00\x03" and udh[4:6] == b"\x02\x01" and second.short_message[4:6] == b"\x02\x02"
    assert (first.short_message[6:] + second.short_message[6:]).decode() == text
    wait_until(lambda: _report(app, out.report_id).status == CommsSendStatus.DELIVERED, timeout=10)
    app.commands.send_template(  # after the second part's receipt: it was dropped, not kept waiting
        template_id=template_id, recipient=CommsRecipient(address="+254700000612"), variables={"text": "x"}
    )
    wait_until(lambda: len(smsc.submitted) == 3, timeout=10)
    assert not runtime.sender._early


def test_an_elarian_app_works_over_smpp_unchanged(runtime_app: tuple[Runtime, Elarian], smsc: Smsc) -> None:
    """Customer.send_message goes out over SMPP and its receipt is a messageStatus; a customer's
    SMS arrives as receivedSms, and the handler's reply goes back over SMPP."""
    _, app = runtime_app
    statuses: queue.Queue[Any] = queue.Queue()
    received: queue.Queue[Any] = queue.Queue()
    app.on("messageStatus", statuses.put)

    def on_sms(notification: Any, customer: Any, app_data: Any) -> Message:
        received.put(notification)
        return Message(body=MessageBody(text=f"you said {notification.parts[0].text}"))

    app.on("receivedSms", on_sms)
    reply = Customer(app, customer_number="+254700000603").send_message(
        SMS, Message(body=MessageBody(text="hello"))
    )
    assert reply.status == MessageDeliveryStatus.QUEUED
    assert [statuses.get(timeout=10).status for _ in range(2)] == [
        MessageDeliveryStatus.SENT,
        MessageDeliveryStatus.DELIVERED,
    ]
    smsc.mo("+254700000603", "83044", "balance")
    got = received.get(timeout=10)
    assert (got.customer_number.number, got.parts[0].text) == ("+254700000603", "balance")
    submitted = smsc.wait_for(2)
    assert (submitted[1].destination, submitted[1].short_message) == ("254700000603", b"you said balance")


def test_stop_over_smpp_opts_the_customer_out(runtime_app: tuple[Runtime, Elarian], smsc: Smsc) -> None:
    _, app = runtime_app
    consent: queue.Queue[Any] = queue.Queue()
    app.on("messagingConsentUpdate", consent.put)
    smsc.mo("+254700000604", "83044", "STOP")
    assert consent.get(timeout=10).customer_number.number == "+254700000604"
    with Elarian(org_id=DEV_ORG, app_id=DEV_APP, api_key=DEV_ADMIN_KEY, url=runtime_app[0].url) as admin:
        assert [s.address for s in admin.commands.list_suppressions().suppressions] == ["+254700000604"]
    refused = Customer(app, customer_number="+254700000604").send_message(
        SMS, Message(body=MessageBody(text="x"))
    )
    assert refused.status == MessageDeliveryStatus.NO_CONSENT


def test_a_throttled_submit_fails_over(smsc: Smsc) -> None:
    smsc.throttle = True
    with (
        running(_config(smsc.port, defaults=["smsc", "simulator"])) as runtime,
        Elarian(org_id=DEV_ORG, app_id=DEV_APP, api_key=DEV_API_KEY, url=runtime.url, reconnect=FAST) as app,
    ):
        smsc.wait_bound(1)
        template_id = _template(app, "{{ text }}")
        (out,) = app.commands.send_template(
            template_id=template_id,
            recipient=CommsRecipient(address="+254700000605"),
            variables={"text": "x"},
        ).outcomes
        assert (out.status, out.provider) == (CommsSendStatus.SENT, "simulator")
        assert smsc.submitted == []


def test_a_dropped_link_mid_burst_binds_again_sends_nothing_twice_and_reports_lost_outcomes_unknown(
    runtime_app: tuple[Runtime, Elarian], smsc: Smsc
) -> None:
    _, app = runtime_app
    template_id = _template(app, "n={{ text }}")
    told: queue.Queue[Any] = queue.Queue()
    app.on("comms_send_status", told.put)

    def queue_sends(first: int, count: int) -> list[str]:
        return [
            app.commands.send_template(
                template_id=template_id, recipient=CommsRecipient(address=f"+2547006{i:05d}"),
                variables={"text": str(i)}, queue=True,
            ).outcomes[0].report_id
            for i in range(first, first + count)
        ]  # fmt: skip

    sent = queue_sends(0, 20)
    outcomes = {}
    while len(outcomes) < 20:
        o = told.get(timeout=10).outcome
        outcomes[o.report_id] = o.status
    assert set(outcomes) == set(sent) and set(outcomes.values()) == {CommsSendStatus.SENT}  # as told
    smsc.silent = True  # the next submits are taken and never answered
    lost = queue_sends(20, 5)
    smsc.wait_for(25)  # all five taken, none answered
    smsc.drop()  # the link goes with the answers it owed
    smsc.silent = False
    smsc.wait_bound(2)
    for _ in range(5):
        o = told.get(timeout=20).outcome
        outcomes[o.report_id] = o.status
    assert {outcomes[r] for r in lost} == {CommsSendStatus.UNKNOWN}  # never sent again
    after = queue_sends(25, 10)
    while len(outcomes) < 35:
        o = told.get(timeout=10).outcome
        outcomes[o.report_id] = o.status
    assert {outcomes[r] for r in after} == {CommsSendStatus.SENT}
    destinations = [s.destination for s in smsc.submitted]
    assert len(destinations) == len(set(destinations)) == 35  # each submitted once, the lost ones too
