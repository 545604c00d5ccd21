"""Outbound connectors: domain events POSTed as Standard Webhooks to receivers on 127.0.0.1,
verified with an independent implementation; retries, order, permanent failures, disabling."""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime, timezone
from typing import Any

import pytest
from standardwebhooks.webhooks import WebhookVerificationError

from elarian_server.config import DEV_ORG, Config, ConfigError, dev_config, parse_config, webhook_settings
from elarian_server.connectors.outbound import DISABLE_AFTER, RETRY_SCHEDULE
from elarian_server.runtime import Runtime
from elarian_server.store.base import WEBHOOK_DELIVERED, WEBHOOK_FAILED, WEBHOOK_PENDING
from elarian_sync._generated import models as M
from elarian_sync.webhooks import WebhookError, verify_webhook

from .runtime_support import T0, AppClient, number, running
from .waiting import wait_until
from .webhook_receiver import SECRET, Receiver, receiving


def config(*hooks: dict[str, Any]) -> Config:
    base = dev_config()
    org = replace(
        base.orgs[DEV_ORG], webhooks=tuple(webhook_settings({"secret": SECRET, **h}, "test") for h in hooks)
    )
    return replace(base, orgs={DEV_ORG: org})


@contextmanager
def one_connector(
    script: list[int], events: tuple[str, ...] = ("reminder.fired",)
) -> Iterator[tuple[Receiver, Runtime, AppClient]]:
    """A receiver answering ``script`` (then 200), a runtime whose org has one connector "map"
    sending it ``events`` (empty: every one), and an app client."""
    with (
        receiving(script) as receiver,
        running(config({"name": "map", "url": receiver.url, "events": list(events)})) as runtime,
        AppClient(runtime.url) as client,
    ):
        yield receiver, runtime, client


def at(seconds: float) -> datetime:
    return datetime.fromtimestamp(T0 + seconds, timezone.utc)


def fire(runtime: Runtime, client: AppClient, customer_id: str, key: str, after: float = 1.0) -> None:
    """A reminder of the customer's falls due (``reminder.fired``); returns once it fired (the
    app was told, so its webhooks were written)."""
    now = runtime.clock.now() - T0
    assert client.add_customer_reminder(
        customer_id=customer_id, reminder=M.Reminder(key=key, remind_at=at(now + after), payload=key)
    ).status
    runtime.clock.advance(after)  # type: ignore[attr-defined]
    assert client.wait("reminder", timeout=10).reminder.key == key


def rows(runtime: Runtime, connector: str, status: int | None = None) -> list[Any]:
    with runtime.store.read() as tx:
        return tx.list_webhooks(DEV_ORG, connector, status, 0.0, float("inf"), 0, 1000)


def test_an_event_arrives_signed_enriched_and_verifiable_by_an_independent_library() -> None:
    with receiving() as receiver:
        identities = ["customer_id", "number:cellular", "secondary_id:loyalty_id"]
        hooks = config(
            {"name": "map", "url": receiver.url, "events": ["reminder.fired"], "identities": identities}
        )
        with running(hooks) as runtime, AppClient(runtime.url) as client:
            customer_id = client.create_customer(customer_number=number("+254700000011")).customer_id
            assert client.update_customer_secondary_id(
                customer_id=customer_id,
                updates=[M.Tag(key="loyalty_id", value="L-42"), M.Tag(key="passport", value="P1")],
            ).status
            fire(runtime, client, customer_id, "pay")
            (got,) = receiver.wait_for(1)
            payload = got.verified()  # standardwebhooks: signature, and a timestamp near now
            assert got.path == "/hooks" and got.headers["content-type"] == "application/json"
            assert re.fullmatch(r"msg_[0-9a-f]{32}", got.id)
            assert payload["type"] == "reminder.fired"
            assert payload["timestamp"] == at(1).isoformat(timespec="milliseconds").replace("+00:00", "Z")
            data = payload["data"]
            assert data["org_id"] == DEV_ORG
            assert data["customer"] == {
                "customer_id": customer_id,
                "numbers": [{"provider": "cellular", "number": "+254700000011"}],
                "secondary_ids": [{"key": "loyalty_id", "value": "L-42"}],
            }
            assert data["reminder"]["key"] == "pay" and data["reminder"]["payload"] == "pay"
            # the SDK's helper reads it the same way
            event = verify_webhook(SECRET, got.body, got.headers)
            assert (event.id, event.type, event.data) == (got.id, "reminder.fired", data)
            assert event.timestamp == at(1)
            # and neither accepts it under another secret, or changed
            other = "whsec_" + base64.b64encode(b"x" * 24).decode()
            with pytest.raises(WebhookVerificationError):
                got.verified(other)
            with pytest.raises(WebhookError, match="no signature matches"):
                verify_webhook(SECRET, got.body.replace(b"pay", b"paY"), got.headers)
            wait_until(lambda: [r.status for r in rows(runtime, "map")] == [WEBHOOK_DELIVERED])


def test_only_the_events_a_connector_asked_for_reach_it() -> None:
    with receiving() as everything, receiving() as reminders_only:
        some = {"name": "some", "url": reminders_only.url, "events": ["message.status_changed"]}
        hooks = config({"name": "all", "url": everything.url}, some)
        with running(hooks) as runtime, AppClient(runtime.url) as client:
            customer_id = client.create_customer(customer_number=number()).customer_id
            fire(runtime, client, customer_id, "a")
            everything.wait_for(2)
            assert [e["type"] for e in everything.events()] == ["customer.created", "reminder.fired"]
            assert rows(runtime, "some") == [] and reminders_only.count() == 0


def test_a_receiver_failing_twice_gets_the_same_delivery_three_times_on_the_retry_schedule() -> None:
    with one_connector([500, 503]) as (receiver, runtime, client):
        customer_id = client.create_customer(customer_number=number()).customer_id
        fire(runtime, client, customer_id, "pay")
        receiver.wait_for(1)
        wait_until(lambda: rows(runtime, "map")[0].attempts == 1)
        (row,) = rows(runtime, "map")
        assert (row.status, row.last_code, row.last_error) == (
            WEBHOOK_PENDING,
            500,
            "HTTP 500 Internal Server Error",
        )
        assert row.next_attempt == runtime.clock.now() + RETRY_SCHEDULE[0]
        runtime.clock.advance(RETRY_SCHEDULE[0] - 0.5)  # type: ignore[attr-defined]
        assert receiver.count() == 1  # not before its time (the clock moved: a pass ran)
        runtime.clock.advance(0.5)  # type: ignore[attr-defined]
        receiver.wait_for(2)
        wait_until(lambda: rows(runtime, "map")[0].attempts == 2)
        runtime.clock.advance(RETRY_SCHEDULE[1])  # type: ignore[attr-defined]
        got = receiver.wait_for(3)
        wait_until(lambda: rows(runtime, "map")[0].status == WEBHOOK_DELIVERED)
        assert len({r.id for r in got}) == 1  # one webhook-id on every attempt
        assert all(r.verified() == got[0].verified() for r in got)
        assert rows(runtime, "map")[0].attempts == 3


@pytest.mark.parametrize("code", [400, 404, 410, 422])
def test_a_4xx_is_a_permanent_failure_and_the_next_delivery_goes_on(code: int) -> None:
    with one_connector([code]) as (receiver, runtime, client):
        customer_id = client.create_customer(customer_number=number()).customer_id
        fire(runtime, client, customer_id, "first")
        fire(runtime, client, customer_id, "second")
        receiver.wait_for(2)
        wait_until(lambda: [r.status for r in rows(runtime, "map")] == [WEBHOOK_FAILED, WEBHOOK_DELIVERED])
        failed = rows(runtime, "map", WEBHOOK_FAILED)[0]
        assert failed.last_code == code and failed.attempts == 1
        assert [e["data"]["reminder"]["key"] for e in receiver.events()] == ["first", "second"]


@pytest.mark.parametrize("code", [408, 429])
def test_408_and_429_are_retried(code: int) -> None:
    with one_connector([code]) as (receiver, runtime, client):
        customer_id = client.create_customer(customer_number=number()).customer_id
        fire(runtime, client, customer_id, "pay")
        wait_until(lambda: rows(runtime, "map")[0].attempts == 1)
        assert rows(runtime, "map")[0].status == WEBHOOK_PENDING
        runtime.clock.advance(RETRY_SCHEDULE[0])  # type: ignore[attr-defined]
        wait_until(lambda: rows(runtime, "map")[0].status == WEBHOOK_DELIVERED)
        assert receiver.count() == 2  # the refused attempt, then the one taken


def test_one_customers_events_wait_behind_a_retry_while_anothers_go() -> None:
    with one_connector([500]) as (receiver, runtime, client):
        ann = client.create_customer(customer_number=number("+254700000001")).customer_id
        bob = client.create_customer(customer_number=number("+254700000002")).customer_id
        fire(runtime, client, ann, "ann-1")
        wait_until(lambda: rows(runtime, "map")[0].attempts == 1)  # failed once: retried in 5 s
        fire(runtime, client, ann, "ann-2", after=0.5)
        fire(runtime, client, bob, "bob-1", after=0.5)
        receiver.wait_for(2)
        keys = [e["data"]["reminder"]["key"] for e in receiver.events()]
        assert keys == ["ann-1", "bob-1"]  # ann-2 waits behind ann-1
        runtime.clock.advance(RETRY_SCHEDULE[0])  # type: ignore[attr-defined]
        receiver.wait_for(4)
        keys = [e["data"]["reminder"]["key"] for e in receiver.events()]
        assert keys == ["ann-1", "bob-1", "ann-1", "ann-2"]


def test_a_slow_endpoint_never_delays_another() -> None:
    with receiving() as slow, receiving() as quick:
        only = ["reminder.fired"]
        hooks = config({"name": "slow", "url": slow.url, "threads": 1, "events": only},
                       {"name": "quick", "url": quick.url, "events": only})  # fmt: skip
        slow.gate.clear()  # the slow receiver holds every request until the test lets go
        with running(hooks) as runtime, AppClient(runtime.url) as client:
            customer_ids = [client.create_customer(customer_number=number(f"+2547000001{i:02}")).customer_id
                            for i in range(5)]  # fmt: skip
            for i, customer_id in enumerate(customer_ids):
                fire(runtime, client, customer_id, f"r{i}")
            quick.wait_for(5)
            assert slow.count() == 0
            slow.gate.set()
            slow.wait_for(5)


def test_a_connector_failing_for_days_is_disabled_and_its_deliveries_wait_until_enabled() -> None:
    with receiving([500] * 100) as receiver, receiving() as witness:
        only = ["reminder.fired"]
        hooks = config({"name": "map", "url": receiver.url, "events": only},
                       {"name": "witness", "url": witness.url, "events": only})  # fmt: skip
        with running(hooks) as runtime, AppClient(runtime.url) as client:
            customer_id = client.create_customer(customer_number=number()).customer_id
            fire(runtime, client, customer_id, "first")
            receiver.wait_for(1)
            wait_until(lambda: runtime.outbound.health(DEV_ORG, "map") == (T0 + 1, None))
            for delay in RETRY_SCHEDULE:  # every attempt fails: the delivery fails for good
                wait_until(lambda: rows(runtime, "map")[0].next_attempt > runtime.clock.now())
                runtime.clock.advance(delay)  # type: ignore[attr-defined]
            wait_until(lambda: rows(runtime, "map")[0].status == WEBHOOK_FAILED)
            assert receiver.count() == 1 + len(RETRY_SCHEDULE)
            runtime.clock.set(T0 + 1 + DISABLE_AFTER)  # type: ignore[attr-defined]
            fire(runtime, client, customer_id, "second")  # fails too: days of failing, disabled
            wait_until(lambda: runtime.outbound.health(DEV_ORG, "map")[1] is not None)
            fire(runtime, client, customer_id, "third")
            runtime.clock.advance(86400)  # type: ignore[attr-defined]
            fire(runtime, client, customer_id, "fourth")
            # the pass that sent the healthy connector its copy claimed nothing of the disabled one's
            wait_until(lambda: witness.count() == 4)
            with runtime.store.read() as tx:
                held = tx.db.execute(  # type: ignore[attr-defined]
                    "SELECT count(*) FROM connector_deliveries WHERE connector = 'map' AND owner IS NOT NULL"
                ).fetchone()[0]
            assert held == 0
            assert receiver.count() == 2 + len(RETRY_SCHEDULE)  # nothing more tried while disabled
            receiver.script.clear()  # the endpoint works again
            runtime.outbound.enable(DEV_ORG, "map")
            got = receiver.wait_for(5 + len(RETRY_SCHEDULE))
            keys = [json.loads(r.body)["data"]["reminder"]["key"] for r in got]
            assert keys[-3:] == ["second", "third", "fourth"]
            assert runtime.outbound.health(DEV_ORG, "map") == (None, None)


def test_the_config_file_declares_outbound_connectors_and_refuses_bad_ones(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("MAP_SECRET", SECRET)
    base: dict[str, Any] = {"id": "o", "api_keys": ["k"], "apps": [{"id": "a"}]}

    def parse(hook: dict[str, Any]) -> Config:
        return parse_config({"orgs": [{**base, "webhooks": [hook]}]}, "f.toml")

    good = parse({"name": "m", "url": "https://map.example/h", "secret_env": "MAP_SECRET",
                  "events": ["reward.issued"], "identities": ["number:cellular"]})  # fmt: skip
    (hook,) = good.orgs["o"].webhooks
    assert (hook.secret, hook.events, hook.identities, hook.timeout) == (
        SECRET,
        frozenset({"reward.issued"}),
        ("number:cellular",),
        15.0,
    )
    assert SECRET not in repr(hook)
    refused = {
        "secret must be a Standard Webhooks secret": {"secret": "hunter2"},
        "secret must hold 24 to 64 bytes, not 3": {"secret": "whsec_YWJj"},
        "unknown event 'reward.given'": {"events": ["reward.given"]},
        "unknown identity 'phone'": {"identities": ["phone"]},
        "url must be an http:// or https:// URL": {"url": "ftp://x"},
        "unknown setting 'retries'": {"retries": 3},
        "secret_env names NOPE, which is not set": {"secret_env": "NOPE", "secret": None},
    }
    for message, change in refused.items():
        hook = {"name": "m", "url": "http://127.0.0.1:1/h", "secret": SECRET, **change}
        with pytest.raises(ConfigError, match=re.escape(message)):
            parse({k: v for k, v in hook.items() if v is not None})
    two = {"name": "m", "url": "http://127.0.0.1:1/h", "secret": SECRET}
    with pytest.raises(ConfigError, match="connector name 'm' is taken"):
        parse_config({"orgs": [{**base, "webhooks": [two, two]}]}, "f.toml")


def test_the_sdk_helper_refuses_what_the_runtime_did_not_send_naming_why() -> None:
    from standardwebhooks.webhooks import Webhook

    body = b'{"type":"reward.issued","timestamp":"2027-01-15T08:00:00.000Z","data":{"amount":"100"}}'
    now = 1_900_000_000
    signed = Webhook(SECRET).sign("msg_1", datetime.fromtimestamp(now, timezone.utc), body.decode())
    headers = {"Webhook-Id": "msg_1", "Webhook-Timestamp": str(now), "Webhook-Signature": signed}
    event = verify_webhook(SECRET, body, headers, now=now + 10)  # signed by the independent library
    assert (event.id, event.type, event.data) == ("msg_1", "reward.issued", {"amount": "100"})
    refusals = {
        "missing headers: webhook-id, webhook-signature": {"Webhook-Timestamp": str(now)},
        "webhook-timestamp is 301 s old": {**headers, "_now": now + 301},
        "webhook-timestamp is 301 s ahead": {**headers, "_now": now - 301},
        "webhook-timestamp is not Unix seconds": {**headers, "Webhook-Timestamp": "soon"},
        "no signature matches": {**headers, "Webhook-Signature": "v1,AAAA"},
    }
    for message, given in refusals.items():
        at_ = float(given.pop("_now", now))  # type: ignore[arg-type]
        with pytest.raises(WebhookError, match=re.escape(message)):
            verify_webhook(SECRET, body, {k: str(v) for k, v in given.items()}, now=at_)
    with pytest.raises(WebhookError, match="not a webhook event"):
        bad = b'{"kind": 1}'
        sig = Webhook(SECRET).sign("msg_1", datetime.fromtimestamp(now, timezone.utc), bad.decode())
        verify_webhook(SECRET, bad, {**headers, "Webhook-Signature": sig}, now=now)
    with pytest.raises(WebhookError, match="Standard Webhooks secret"):
        verify_webhook("hunter2", body, headers, now=now)


def test_an_admin_adds_lists_replays_enables_and_removes_connectors_through_the_sdk() -> None:
    from elarian_server.config import DEV_ADMIN_KEY, DEV_API_KEY, DEV_APP
    from elarian_sync import Elarian
    from elarian_sync._generated.models import WebhookConnector, WebhookDeliveryStatus

    from .sdk_support import FAST

    with receiving([410]) as receiver, running(config()) as runtime, AppClient(runtime.url) as client:
        # simplex: the test client (AppClient) takes the app's notifications
        options: dict[str, Any] = {"url": runtime.url, "reconnect": FAST, "allow_notifications": False}
        admin = Elarian(org_id=DEV_ORG, app_id=DEV_APP, api_key=DEV_ADMIN_KEY, **options)
        plain = Elarian(org_id=DEV_ORG, app_id=DEV_APP, api_key=DEV_API_KEY, **options)
        with admin, plain:
            hook = WebhookConnector(name="crm", url=receiver.url, events=["reminder.fired"])
            refused = plain.commands.set_webhook_connector(connector=hook, secret=SECRET)
            assert not refused.status and "needs an org admin key" in refused.description
            bad = admin.commands.set_webhook_connector(connector=hook, secret="hunter2")
            assert not bad.status and "Standard Webhooks secret" in bad.description
            added = admin.commands.set_webhook_connector(connector=hook, secret=SECRET)
            assert added.status and added.description == "connector crm added"
            (listed,) = added.webhooks
            assert (listed.name, listed.url, listed.events, listed.identities, listed.secret_set) == (
                "crm",
                receiver.url,
                ["reminder.fired"],
                ["customer_id"],
                True,
            )
            customer_id = client.create_customer(customer_number=number()).customer_id
            fire(runtime, client, customer_id, "first")  # the receiver refuses it for good (410)
            fire(runtime, client, customer_id, "second")
            receiver.wait_for(2)
            wait_until(lambda: admin.commands.list_connectors().webhooks[0].delivered == 1)
            failed = admin.commands.list_webhook_deliveries(
                connector="crm", status=WebhookDeliveryStatus.FAILED
            )
            (gone,) = failed.deliveries
            assert (gone.last_code, gone.attempts, json.loads(gone.body)["data"]["reminder"]["key"]) == (
                410,
                1,
                "first",
            )
            # replayed by id: sent again (the receiver takes it now), with the same webhook-id
            replayed = admin.commands.replay_webhook_deliveries(
                connector="crm", webhook_ids=[gone.webhook_id]
            )
            assert replayed.status and replayed.count == 1
            got = receiver.wait_for(3)
            assert got[2].id == gone.webhook_id == got[0].id
            wait_until(lambda: admin.commands.list_connectors().webhooks[0].delivered == 2)
            # pages of deliveries, oldest first
            first = admin.commands.list_webhook_deliveries(connector="crm", limit=1)
            assert len(first.deliveries) == 1 and first.next_cursor
            rest = admin.commands.list_webhook_deliveries(connector="crm", cursor=first.next_cursor)
            assert [d.webhook_id for d in first.deliveries + rest.deliveries] == [got[0].id, got[1].id]
            assert not rest.next_cursor
            assert (
                admin.commands.enable_webhook_connector(name="crm").description
                == "connector crm was not disabled"
            )
            unknown = admin.commands.list_webhook_deliveries(connector="nope")
            assert not unknown.status and "has no outbound connector 'nope'" in unknown.description
            removed = admin.commands.delete_webhook_connector(name="crm")
            assert removed.status and removed.webhooks == []
            fire(runtime, client, customer_id, "third")  # no connector now: nothing written, nothing sent
            assert rows(runtime, "crm")[-1].event_type == "reminder.fired" and len(rows(runtime, "crm")) == 2


def test_the_command_line_lists_connectors_and_replays_failed_deliveries() -> None:
    from elarian_server.config import DEV_ADMIN_KEY

    from .test_serve_cli import cli

    with one_connector([410]) as (receiver, runtime, client):
        customer_id = client.create_customer(customer_number=number()).customer_id
        fire(runtime, client, customer_id, "pay")
        wait_until(lambda: rows(runtime, "map")[0].status == WEBHOOK_FAILED)
        listed = cli("connector", "list", "--url", runtime.url)
        assert listed.returncode == 0, listed.stderr
        health = "failing since 2027-01-15T08:00:01+00:00"
        assert listed.stdout == (
            f"out  map  {receiver.url}  {health}  pending 0, delivered 0, failed 1  events reminder.fired"
            "  (config file)\n"
        )
        failed = cli("connector", "deliveries", "map", "--status", "failed", "--url", runtime.url)
        (line,) = failed.stdout.splitlines()
        webhook_id = rows(runtime, "map")[0].webhook_id
        assert line.startswith(webhook_id) and line.endswith(
            "reminder.fired  failed  attempts 1  410 HTTP 410 Gone"
        )
        refused = cli("connector", "replay", "map", webhook_id, "--url", runtime.url)
        assert refused.returncode == 2 and "needs an org admin key" in refused.stderr
        replayed = cli("connector", "replay", "map", webhook_id, "--url", runtime.url, "--key", DEV_ADMIN_KEY)
        assert replayed.stdout == "1 failed deliveries of map queued again\n"
        got = receiver.wait_for(2)
        assert got[1].id == webhook_id


def test_customer_message_and_balance_events_reach_a_connector_in_order() -> None:
    from elarian_server.config import DEV_PURSE

    with one_connector([], events=()) as (receiver, _, client):
        phone = "+254700000077"
        customer_id = client.create_customer(customer_number=number(phone)).customer_id
        assert client.update_customer_tag(
            customer_id=customer_id, updates=[M.Tag(key="tier", value="gold")]
        ).status
        assert client.update_customer_metadata(customer_id=customer_id, updates={"name": "Ann"}).status
        paid = client.initiate_payment(
            debit_party=M.PaymentCounterParty(purse=M.PaymentPurseCounterParty(purse_id=DEV_PURSE)),
            credit_party=M.PaymentCounterParty(
                wallet=M.PaymentWalletCounterParty(customer_id=customer_id, wallet_id="points")
            ),
            value=M.Cash(currency_code="KES", amount=250),
        )
        assert paid.status == M.PaymentStatus.SUCCESS
        sms = M.MessagingChannel(channel=M.Channel.SMS, number="83044")
        sent = client.send_message(customer_id=customer_id, channel_number=sms,
                                   message=M.Message(body=M.MessageBody(text="hi")))  # fmt: skip
        assert client.delete_customer_tag(customer_id=customer_id, deletions=["tier"]).status
        receiver.wait_for(7)
        mine = [
            e for e in receiver.events() if e["data"].get("customer", {}).get("customer_id") == customer_id
        ]
        told = [
            (e["type"], {k: v for k, v in e["data"].items() if k not in ("customer", "org_id")}) for e in mine
        ]
        assert told == [
            ("customer.created", {"customer_id": customer_id}),
            ("customer.tags_changed", {"set": [{"key": "tier", "value": "gold"}], "removed": []}),
            ("customer.updated", {"metadata_set": ["name"]}),
            ("balance.changed", {"currency": "KES", "balance": "250", "wallet_id": "points"}),
            ("message.sent", {"message_id": sent.message_id, "channel": "SMS", "channel_number": "83044",
                              "number": phone, "status": "QUEUED"}),
            ("customer.tags_changed", {"set": [], "removed": ["tier"]}),
        ]  # fmt: skip
        purse = [e for e in receiver.events() if e["type"] == "balance.changed" and "purse_id" in e["data"]]
        assert [e["data"]["purse_id"] for e in purse] == [DEV_PURSE] and "customer" not in purse[0]["data"]
        # erasure: the event names the id only, and what was not sent about them yet is not sent
        assert client.delete_customer(customer_id=customer_id).status
        deleted = receiver.wait_for(8)[-1]
        assert json.loads(deleted.body)["type"] == "customer.deleted"
        assert json.loads(deleted.body)["data"] == {"customer_id": customer_id, "org_id": DEV_ORG}
