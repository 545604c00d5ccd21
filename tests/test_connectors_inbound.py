"""Inbound connectors over real HTTP on 127.0.0.1, signed by an independent Standard Webhooks
implementation: seed 002's journey end to end, deduplication, and bad input."""

from __future__ import annotations

import io
import json
import queue
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from decimal import Decimal
from typing import Any

from standardwebhooks.webhooks import Webhook

from elarian_server.config import (
    DEV_ADMIN_KEY,
    DEV_APP,
    DEV_ORG,
    DEV_PURSE,
    Config,
    Purse,
    dev_config,
    inbound_settings,
    webhook_settings,
)
from elarian_server.engine.payments import purse_account, wallet_account
from elarian_server.runtime import Runtime
from elarian_sync import Elarian
from elarian_sync._generated import models as M
from elarian_sync._generated.models import (
    CommsChannel,
    CommsEvent,
    CommsRecipient,
    InboundEventStatus,
    TemplateVariant,
)

from .runtime_support import running
from .sdk_support import FAST, simulator
from .waiting import wait_until
from .webhook_receiver import SECRET, Receiver, receiving

CELLULAR = M.CustomerNumberProvider.CELLULAR.value
CDP_SECRET = "whsec_QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0NTY3ODk="  # 32 bytes
TOKEN = "t0ken-for-the-cdp-0123456789"
PHONE = "+254700000031"
SMALL_PURSE = "el_prs_small"


def config(map_url: str) -> Config:
    base = dev_config()
    org = replace(
        base.orgs[DEV_ORG], purses=(*base.orgs[DEV_ORG].purses, Purse(SMALL_PURSE, {"KES": Decimal("50")}))
    )
    late = {"reward": {"purse": DEV_PURSE, "amount": "100", "currency": "KES",
                       "reference": "late-delivery-apology"}, "tag": "late_delivery"}  # fmt: skip
    small = {"reward": {"purse": SMALL_PURSE, "amount": "100", "currency": "KES", "reference": "too-big"}}
    cdp = inbound_settings(
        {"name": "cdp", "auth": "webhook", "secret": CDP_SECRET,
         "audiences": {"late_delivery": late, "underfunded": small,
                       "welcome": {"event": "welcome", "tag": "welcomed"}}}, org, "test"
    )  # fmt: skip
    token = inbound_settings(
        {"name": "segment", "auth": "bearer", "token": TOKEN, "create_customers": True,
         "audiences": {"vip": {"tag": "vip", "tag_seconds": 86400}}}, org, "test"
    )  # fmt: skip
    outbound = webhook_settings(
        {"name": "map", "url": map_url, "secret": SECRET, "events": ["reward.issued", "reward.failed"],
         "identities": ["number:cellular", "secondary_id:loyalty_id"]}, "test"
    )  # fmt: skip
    return replace(base, orgs={DEV_ORG: replace(org, inbound=(cdp, token), webhooks=(outbound,))})


@dataclass
class Answer:
    status: int
    body: dict[str, Any]


def post(url: str, payload: object, headers: dict[str, str], raw: bytes | None = None) -> Answer:
    data = raw if raw is not None else json.dumps(payload).encode()
    request = urllib.request.Request(
        url, data=data, method="POST", headers={"content-type": "application/json", **headers}
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return Answer(response.status, json.loads(response.read()))
    except urllib.error.HTTPError as exc:
        return Answer(exc.code, json.loads(exc.read()))


def signed(
    payload: object, event_id: str = "msg_cdp_1", secret: str = CDP_SECRET
) -> tuple[bytes, dict[str, str]]:
    body = json.dumps(payload).encode()
    now = datetime.now(timezone.utc)
    signature = Webhook(secret).sign(event_id, now, body.decode())
    return body, {"webhook-id": event_id, "webhook-timestamp": str(int(now.timestamp())),
                  "webhook-signature": signature}  # fmt: skip


def segment(event: str, audience: str, message_id: str, phone: str = PHONE) -> dict[str, Any]:
    return {
        "type": "track", "event": event, "messageId": message_id, "userId": "u-31",
        "properties": {"audience_key": audience, audience: event == "Audience Entered"},
        "context": {"traits": {"phone": phone}, "personas": {"computation_key": audience}},
    }  # fmt: skip


@dataclass
class World:
    runtime: Runtime
    url: str  # the HTTP side
    receiver: Receiver  # the MAP
    app: Elarian
    texts: queue.Queue[Any]

    def send(self, payload: dict[str, Any], event_id: str) -> Answer:
        body, headers = signed(payload, event_id)
        return post(f"{self.url}/connectors/cdp/events", None, headers, raw=body)

    def outcome(self, connector: str, event_id: str, headers: dict[str, str] | None = None) -> Answer:
        request = urllib.request.Request(
            f"{self.url}/connectors/{connector}/events/{event_id}", headers=headers or {}
        )
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return Answer(response.status, json.loads(response.read()))
        except urllib.error.HTTPError as exc:
            return Answer(exc.code, json.loads(exc.read()))

    def settled(self, event_id: str) -> dict[str, Any]:
        """The event's outcome once applied, ignored or failed (read through the store)."""
        row = wait_until(
            lambda: (r := self.runtime.inbound.outcome(DEV_ORG, "cdp", event_id)) and r.status and r
        )
        from elarian_server.connectors.inbound import describe

        return describe(row)

    def balance(self, account: str) -> Decimal:
        with self.runtime.store.read() as tx:
            row = tx.balance(DEV_ORG, account, "KES")
        return row.actual if row is not None else Decimal(0)

    def tags(self, customer_id: str) -> list[str]:
        with self.runtime.store.read() as tx:
            return [t.key for t in tx.tags(customer_id, self.runtime.clock.now())]


@contextmanager
def world() -> Iterator[World]:
    with receiving() as receiver, running(config(receiver.url), http_port=0) as runtime:
        assert runtime.http_url is not None
        texts: queue.Queue[Any] = queue.Queue()
        admin = Elarian(
            org_id=DEV_ORG, app_id=DEV_APP, api_key=DEV_ADMIN_KEY, url=runtime.url, reconnect=FAST
        )
        with admin as app, simulator(runtime.url) as sim:
            sim.on("send_message", texts.put)
            yield World(runtime, runtime.http_url, receiver, app, texts)


def test_the_seed_journey_from_cdp_audience_to_reward_to_map_to_sms() -> None:
    with world() as w:
        # the customer, known by phone and by the loyalty id the MAP uses
        customer = w.app.commands.create_customer(customer_number=M.CustomerNumber(
            number=PHONE, provider=M.CustomerNumberProvider.CELLULAR)).customer_id  # fmt: skip
        assert w.app.commands.update_customer_secondary_id(
            customer_id=customer, updates=[M.Tag(key="loyalty_id", value="L-31")]
        ).status
        # the MAP's message: a communication event with its SMS template
        text = "Sorry for the late delivery: {{ amount }} KES is yours"
        template = w.app.commands.save_template(
            name="reward-sms", channel=CommsChannel.SMS, variables=["amount"],
            variants=[TemplateVariant(language="en", body=text)],
        )  # fmt: skip
        assert template.template is not None
        event = CommsEvent(
            name="reward_issued", variables=["amount"], sms_template_id=template.template.template_id
        )
        assert w.app.commands.save_event(event=event).status
        purse_before = w.balance(purse_account(DEV_PURSE))

        # 1. the CDP: the customer entered the audience late_delivery
        accepted = w.send(segment("Audience Entered", "late_delivery", "seg-1"), "seg-1")
        assert accepted.status == 202 and accepted.body == {"event_id": "seg-1", "status": "queued"}
        # 2. the inbound rule paid the reward from the purse to the wallet, once, and tagged them
        outcome = w.settled("seg-1")
        assert outcome["status"] == "applied" and outcome["customer_id"] == customer
        reward = outcome["outcome"]["reward"]
        assert (reward["amount"], reward["currency"], reward["reference"]) == (
            "100",
            "KES",
            "late-delivery-apology",
        )
        assert w.balance(wallet_account(customer, "rewards")) == 100
        assert w.balance(purse_account(DEV_PURSE)) == purse_before - 100
        assert w.tags(customer) == ["late_delivery"]
        # 3. the outbound webhook reward.issued reached the MAP, enriched, and verifies independently
        (hook,) = w.receiver.wait_for(1)
        payload = hook.verified()
        assert payload["type"] == "reward.issued"
        data = payload["data"]
        assert data["customer"] == {
            "numbers": [{"provider": "cellular", "number": PHONE}],
            "secondary_ids": [{"key": "loyalty_id", "value": "L-31"}],
        }
        assert (data["inbound_event_id"], data["transaction_id"]) == ("seg-1", reward["transaction_id"])
        # 4. the MAP triggers the event through the SDK for the phone it was given
        phone = data["customer"]["numbers"][0]["number"]
        sent = w.app.commands.trigger_event(
            event="reward_issued",
            recipient=CommsRecipient(address=phone),
            variables={"amount": data["amount"]},
        )
        assert sent.status, sent.description
        # 5. the customer's phone (the simulator) gets the SMS
        text = w.texts.get(timeout=10)
        assert text.customer_number.number == PHONE
        assert text.message.body.text == "Sorry for the late delivery: 100 KES is yours"
        # the same event again changes nothing
        again = w.send(segment("Audience Entered", "late_delivery", "seg-1"), "seg-1")
        assert again.status == 202 and again.body == {"event_id": "seg-1", "status": "duplicate"}
        assert w.balance(wallet_account(customer, "rewards")) == 100
        # Audience Exited removes the tag, and pays nothing
        assert w.send(segment("Audience Exited", "late_delivery", "seg-2"), "seg-2").status == 202
        assert w.settled("seg-2")["outcome"] == {"audience": "late_delivery", "action": "exited",
                                                 "tag_removed": "late_delivery"}  # fmt: skip
        assert w.tags(customer) == []
        assert w.balance(wallet_account(customer, "rewards")) == 100
        # the outcome is there over HTTP too, for whoever holds the connector's credentials
        seen = w.outcome("cdp", "seg-1", signed_raw(b"", "look"))  # a GET signs its empty body
        assert seen.status == 200 and seen.body["status"] == "applied"


def test_an_underfunded_reward_fails_whole_is_reported_and_replays_once_funded() -> None:
    with world() as w:
        customer = w.app.commands.create_customer(customer_number=M.CustomerNumber(
            number=PHONE, provider=M.CustomerNumberProvider.CELLULAR)).customer_id  # fmt: skip
        generic = {
            "id": "gen-1",
            "audience": "underfunded",
            "action": "entered",
            "identities": {"phone": PHONE},
        }
        assert w.send(generic, "gen-1").status == 202
        failed = w.settled("gen-1")
        assert failed["status"] == "failed"
        assert "the purse el_prs_small has 50 KES available; 100" in failed["outcome"]["reason"]
        assert (
            w.balance(purse_account(SMALL_PURSE)) == 50
            and w.balance(wallet_account(customer, "rewards")) == 0
        )
        (hook,) = w.receiver.wait_for(1)
        told = hook.verified()
        assert told["type"] == "reward.failed" and told["data"]["inbound_event_id"] == "gen-1"
        # not tried again by itself: a replay once the purse has the funds pays it, once
        assert (
            w.app.commands.initiate_payment(
                debit_party=M.PaymentCounterParty(purse=M.PaymentPurseCounterParty(purse_id=DEV_PURSE)),
                credit_party=M.PaymentCounterParty(purse=M.PaymentPurseCounterParty(purse_id=SMALL_PURSE)),
                value=M.Cash(currency_code="KES", amount=100),
            ).status
            == M.PaymentStatus.SUCCESS
        )
        looked = w.app.commands.get_inbound_event(connector="cdp", event_id="gen-1")
        assert looked.event is not None and looked.event.status == InboundEventStatus.FAILED
        assert json.loads(looked.event.outcome)["reason"] == failed["outcome"]["reason"]
        assert w.app.commands.replay_inbound_event(connector="cdp", event_id="gen-1").count == 1

        def status() -> InboundEventStatus | None:
            event = w.app.commands.get_inbound_event(connector="cdp", event_id="gen-1").event
            return event.status if event is not None else None

        wait_until(lambda: status() == InboundEventStatus.APPLIED)
        assert w.balance(purse_account(SMALL_PURSE)) == 50
        assert w.balance(wallet_account(customer, "rewards")) == 100
        again = w.app.commands.replay_inbound_event(connector="cdp", event_id="gen-1")
        assert not again.status and "has no failed event 'gen-1'" in again.description  # applied already
        listed = w.app.commands.list_connectors()
        assert [(c.name, c.auth, c.audiences) for c in listed.inbound] == [
            ("cdp", "webhook", ["late_delivery", "underfunded", "welcome"]),
            ("segment", "bearer", ["vip"]),
        ]


def test_bad_credentials_bad_json_and_unknown_shapes_are_refused_naming_why() -> None:
    with world() as w:
        events = f"{w.url}/connectors/cdp/events"
        body, headers = signed(segment("Audience Entered", "late_delivery", "x-1"), "x-1", secret=SECRET)
        refused = post(events, None, headers, raw=body)
        assert refused.status == 401 and "no signature matches" in refused.body["error"]
        assert post(events, {}, {}).body["error"].startswith("the signature does not verify: missing headers")
        for payload, reason in [
            (b"{not json", "the body is not JSON"),
            (b"[1, 2]", "the body must be a JSON object"),
            (b'{"type": "identify"}', "unknown shape"),
            (b'{"type": "track", "event": "Order Completed"}', "event must be 'Audience Entered'"),
            (
                b'{"id": "g", "audience": "a", "action": "joined", "identities": {"phone": "1"}}',
                "action must be",
            ),
            (
                b'{"id": "g", "audience": "a", "action": "entered", "identities": {"iban": "x"}}',
                "unknown iban",
            ),
        ]:
            answer = post(events, None, signed_raw(payload, "x-2"), raw=payload)
            assert answer.status == 400 and reason in answer.body["error"], (payload, answer)
        # bearer: the token, or 401 before anything else
        vip = f"{w.url}/connectors/segment/events"
        event = segment("Audience Entered", "vip", "s-1", phone="+254700000099")
        assert post(vip, event, {"Authorization": "Bearer nope"}).status == 401
        assert post(vip, event, {}).status == 401
        accepted = post(vip, event, {"Authorization": f"Bearer {TOKEN}"})
        assert accepted.status == 202
        assert post(f"{w.url}/connectors/nobody/events", event, {}).status == 404
        # an audience without rules: accepted, and recorded as ignored
        assert w.send(segment("Audience Entered", "no_such_audience", "x-3"), "x-3").status == 202
        ignored = w.settled("x-3")
        assert ignored["status"] == "ignored" and "no rule for audience" in ignored["outcome"]["reason"]
        # the bearer connector creates the unknown person (create_customers) and tags them
        row = wait_until(
            lambda: (r := w.runtime.inbound.outcome(DEV_ORG, "segment", "s-1")) and r.status and r
        )
        assert row.status == 1 and row.customer_id is not None
        assert w.tags(row.customer_id) == ["vip"]


def test_an_email_finds_the_customer_in_the_form_audience_import_keys_it_by() -> None:
    from elarian_sync.audiences import import_audience

    with world() as w:
        # the import keeps the local part and lower-cases the domain: "Ann@example.com"
        contacts = io.StringIO("email,first_name\nAnn@Example.COM,Ann\n")
        audience = import_audience(w.app, contacts, name="newsletter", email_column="email")
        with w.runtime.store.read() as tx:
            (member,) = tx.members(audience.audience_id, 0, 10)
        assert member.email == "Ann@example.com"
        vip, bearer = f"{w.url}/connectors/segment/events", {"Authorization": f"Bearer {TOKEN}"}
        generic = {"id": "m-1", "audience": "vip", "action": "entered",
                   "identities": {"email": " Ann@EXAMPLE.com "}}  # fmt: skip
        assert post(vip, generic, bearer).status == 202
        created = wait_until(
            lambda: (r := w.runtime.inbound.outcome(DEV_ORG, "segment", "m-1")) and r.status and r
        )
        assert created.customer_id is not None
        with w.runtime.store.read() as tx:
            assert [(n.provider, n.number) for n in tx.numbers(created.customer_id)] == [
                (M.CustomerNumberProvider.EMAIL.value, member.email)
            ]
        # the same address as the import wrote it finds that customer, not a new one
        again = {**generic, "id": "m-2", "identities": {"email": member.email}}
        assert post(vip, again, bearer).status == 202
        found = wait_until(
            lambda: (r := w.runtime.inbound.outcome(DEV_ORG, "segment", "m-2")) and r.status and r
        )
        assert found.customer_id == created.customer_id
        # an address that is no address is refused, naming it
        bad = {**generic, "id": "m-3", "identities": {"email": "ann@"}}
        refused = post(vip, bad, bearer)
        assert refused.status == 400 and "identities.email 'ann@'" in refused.body["error"]
        # an empty one names nobody: the phone does
        by_phone = {**generic, "id": "m-4", "identities": {"email": "", "phone": "+254700000077"}}
        assert post(vip, by_phone, bearer).status == 202


def signed_raw(payload: bytes, event_id: str) -> dict[str, str]:
    now = datetime.now(timezone.utc)
    signature = Webhook(CDP_SECRET).sign(event_id, now, payload.decode())
    return {
        "webhook-id": event_id,
        "webhook-timestamp": str(int(now.timestamp())),
        "webhook-signature": signature,
    }


def test_a_rule_triggers_a_communication_event_or_fails_whole_when_the_layer_refuses() -> None:
    with world() as w:
        w.app.commands.create_customer(customer_number=M.CustomerNumber(
            number=PHONE, provider=M.CustomerNumberProvider.CELLULAR))  # fmt: skip
        # no event "welcome" yet: the rule fails, and its tag is not set either
        assert w.send(segment("Audience Entered", "welcome", "w-1"), "w-1").status == 202
        failed = w.settled("w-1")
        assert failed["status"] == "failed" and "unknown event 'welcome'" in failed["outcome"]["reason"]
        assert w.tags(failed["customer_id"]) == []
        template = w.app.commands.save_template(
            name="welcome-sms",
            channel=CommsChannel.SMS,
            variants=[TemplateVariant(language="en", body="Welcome!")],
        )
        assert template.template is not None
        assert w.app.commands.save_event(
            event=CommsEvent(name="welcome", sms_template_id=template.template.template_id)
        ).status
        assert w.app.commands.replay_inbound_event(connector="cdp", event_id="w-1").status
        applied = wait_until(lambda: (o := w.settled("w-1"))["status"] == "applied" and o)
        assert (
            applied["outcome"]["event_triggered"] == "welcome" and applied["outcome"]["tag_set"] == "welcomed"
        )
        text = w.texts.get(timeout=10)
        assert (text.customer_number.number, text.message.body.text) == (PHONE, "Welcome!")
        assert w.tags(applied["customer_id"]) == ["welcomed"]
