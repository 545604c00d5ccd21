"""Runtime instances sharing one store, on each store that can be shared: a SQLite file (the
processes take turns at an ``flock`` and wake each other through counters the watch reads) and a
PostgreSQL database (advisory locks, NOTIFY). Instances in one process, or in processes of their
own where one is killed; an app on one instance gets what commands on another raise."""

from __future__ import annotations

import dataclasses
import signal
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import psycopg
import pytest

from elarian_server.clock import ManualClock
from elarian_server.config import DEV_ADMIN_KEY, DEV_APP, DEV_ORG, RuntimeSettings, dev_config
from elarian_server.runtime import Runtime
from elarian_server.store import is_postgres, open_store
from elarian_server.store.base import Store
from elarian_server.store.postgres import MIGRATIONS as PG_MIGRATIONS
from elarian_server.store.postgres import PostgresStore
from elarian_server.store.sqlite import MIGRATIONS as SQLITE_MIGRATIONS
from elarian_sync import Elarian
from elarian_sync._generated import app_socket_pb2 as A
from elarian_sync._generated import models as M

from .pg_support import database
from .runtime_support import T0, AppClient, number, running
from .sdk_support import FAST, app_client, simulator
from .test_sdk import debt_collection_story
from .waiting import wait_until


@pytest.fixture(params=["sqlite", "postgres"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A new store several instances open: a SQLite file, or a database on the test PostgreSQL
    server."""
    if request.param == "sqlite":
        yield str(tmp_path / "store.db")
    else:
        with database() as url:
            yield url


def latest(db: str) -> int:
    return len(PG_MIGRATIONS if is_postgres(db) else SQLITE_MIGRATIONS)


@contextmanager
def connect(db: str) -> Iterator[Any]:
    """A plain connection to the store ``db`` (for what no ``Tx`` method says)."""
    if is_postgres(db):
        with psycopg.connect(db) as conn:
            yield conn
    else:
        with closing(sqlite3.connect(db)) as conn:
            yield conn


@contextmanager
def two_instances(db: str) -> Iterator[tuple[Runtime, Runtime]]:
    """Two runtime instances (in this process) on the store ``db``."""
    with running(store=open_store(db)) as a, running(store=open_store(db)) as b:
        yield a, b


def test_instances_starting_together_migrate_once(db: str) -> None:
    stores: list[Store] = []

    def open_one() -> None:
        stores.append(open_store(db))

    threads = [threading.Thread(target=open_one) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    try:
        assert len(stores) == 3 and {s.schema_version for s in stores} == {latest(db)}
    finally:
        for s in stores:
            s.close()


def test_a_store_is_woken_by_other_instances_commits_not_by_its_own(db: str) -> None:
    """Its own commits woke what they concern in its own process already; hearing them again
    (PostgreSQL sends every NOTIFY to every listener) would only run its workers twice."""
    a, b = open_store(db), open_store(db)
    try:
        listening = threading.Semaphore(0)  # the watch calls every callback once it first looks
        a.watch({"notified": listening.release, "simulated": listening.release})
        assert listening.acquire(timeout=10) and listening.acquire(timeout=10)
        for i in range(3):
            with a.transaction() as tx:
                tx.enqueue(f"el_ntf_a{i}", "org", "app", "app", f"a{i}", None, b"", 1.0)
        with b.transaction() as tx:
            tx.enqueue("el_ntf_b", "org", "app", "app", "b", None, b"", 1.0)
        with b.transaction() as tx:  # a simulator's notification: a flag of its own
            tx.enqueue("el_ntf_s", "org", "app", "simulator", "s", None, b"", 1.0)
        wait_until(lambda: a.woken["simulated"] >= 1, what="A's watch woken by B's last commit")
        # B's commits came after A's three: heard in commit order (PostgreSQL) or as counts of
        # the others' commits (SQLite), so by the time B's last was heard A's own were passed
        # over and B's first was heard once
        assert (a.woken["notified"], a.woken["simulated"]) == (1, 1)
    finally:
        a.close()
        b.close()


def test_a_postgres_transaction_left_idle_is_ended_by_the_server_and_the_others_go_on() -> None:
    """A process stopped or stuck inside a transaction (here a thread that waits in it) holds its
    locks, the store-wide one of a barrier too, from every instance: the server ends the session
    once it has been idle in the transaction past the store's limit; the write waiting on it goes
    through, and nothing of the stuck one is kept."""
    with database() as url:
        stuck_store, other = PostgresStore(url, idle_in_transaction=0.5), PostgresStore(url)
        inside, go_on = threading.Event(), threading.Event()
        failed: list[BaseException] = []

        def stuck() -> None:
            try:
                with stuck_store.transaction() as tx:  # no keys: the whole store's lock
                    tx.enqueue("el_ntf_stuck", "org", "app", "app", "stuck", None, b"", 1.0)
                    inside.set()
                    go_on.wait(30)
            except BaseException as exc:
                failed.append(exc)

        thread = threading.Thread(target=stuck)
        thread.start()
        try:
            assert inside.wait(10)
            with other.transaction() as tx:  # waits for the stuck one's lock, until the server ends it
                tx.enqueue("el_ntf_other", "org", "app", "app", "other", None, b"", 1.0)
            go_on.set()
            thread.join(30)
            assert len(failed) == 1, failed
            assert isinstance(failed[0], psycopg.errors.IdleInTransactionSessionTimeout), failed
            with other.read() as tx:
                ids = {row[0] for row in tx.db.execute("SELECT notification_id FROM outbox").fetchall()}  # type: ignore[attr-defined]
            assert ids == {"el_ntf_other"}
            with stuck_store.transaction() as tx:  # the store goes on, on a new connection
                tx.enqueue("el_ntf_later", "org", "app", "app", "later", None, b"", 1.0)
        finally:
            go_on.set()
            thread.join(30)
            stuck_store.close()
            other.close()


def test_two_instances_share_customers_and_wake_each_other(db: str) -> None:
    """An app on instance A; commands on instance B. B's writes are A's to read, and what B's
    commands and B's scheduler raise for the app reaches it on A (B's commit wakes A's
    delivery), once: A's scheduler does not fire the reminder B fired."""
    clock_a, clock_b = ManualClock(T0), ManualClock(T0)
    with (
        running(store=open_store(db), clock=clock_a) as a,
        running(store=open_store(db), clock=clock_b) as b,
        AppClient(a.url) as on_a,
        AppClient(b.url, simplex=True) as on_b,
    ):
        customer_id = on_b.create_customer(customer_number=number("+254711000002")).customer_id
        assert on_b.update_customer_metadata(customer_id=customer_id, updates={"tier": "gold"}).status
        state = on_a.get_customer_state(customer_number=number("+254711000002"))
        assert state.data.customer_id == customer_id
        assert state.data.identity_state.metadata == {"tier": "gold"}

        due = datetime.fromtimestamp(T0 + 30, timezone.utc)
        assert on_b.add_customer_reminder(
            customer_id=customer_id, reminder=M.Reminder(key="pay", remind_at=due, payload="debt")
        ).status
        clock_b.advance(30)  # B's scheduler fires it; the app is on A
        fired = on_a.wait("reminder", timeout=10)
        assert (fired.customer_id, fired.reminder.key) == (customer_id, "pay")
        # A's watch heard of it (not only delivery's idle look, which would deliver it too)
        wait_until(lambda: a.store.woken["notified"] >= 1, what="A's watch woken by B's commit")

        assert on_b.customer_activity(
            customer_id=customer_id, source="web", session_id="s", key="checkout"
        ).status
        assert on_a.wait("customer_activity", timeout=10).session_id == "s"

        clock_a.advance(30)
        others = on_a.settle(clock_a, customer_id)
        assert [(name, n.reminder.key) for name, n in others if name == "reminder"] == []


_SHORT = dataclasses.replace(
    dev_config(), runtime=RuntimeSettings(notification_timeout=1.0, write_timeout=1.0)
)
"""The dev org with claims that lapse in 3 s (twice the answer timeout plus the write bound)."""

_INSTANCE = """
import dataclasses, sys
from elarian_server.config import RuntimeSettings, dev_config
from elarian_server.runtime import Runtime
settings = RuntimeSettings(notification_timeout=1.0, write_timeout=1.0)
runtime = Runtime(dataclasses.replace(dev_config(), runtime=settings), db=sys.argv[1], ws_port=0).start()
print(runtime.url, flush=True)
sys.stdin.read()
runtime.stop()
"""


@contextmanager
def instance(db: str) -> Iterator[tuple[subprocess.Popen[str], str]]:
    """A runtime instance on the store ``db`` in a process of its own (to kill -9): the
    process and its ws:// URL."""
    proc = subprocess.Popen(
        [sys.executable, "-c", _INSTANCE, db], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline().strip()
        assert line.startswith("ws://127.0.0.1:"), line
        yield proc, line
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(10)


def test_an_app_on_two_instances_gets_each_notification_once_in_order(db: str) -> None:
    """One app, a connection to each instance: every notification goes out on one of them, once,
    and one customer's go one at a time, in order (the next only after the last was answered)."""
    arrived: list[str] = []
    lock = threading.Lock()

    def record(name: str, notification: Any) -> A.ServerToAppNotificationReply:
        if name == "customer_activity":
            with lock:
                arrived.append(notification.session_id)
        return A.ServerToAppNotificationReply()

    with (
        two_instances(db) as (a, b),
        AppClient(a.url, answer=record),
        AppClient(b.url, answer=record),
        AppClient(b.url, simplex=True) as commands,
    ):
        customers = [
            commands.create_customer(customer_number=number(f"+25471100010{i}")).customer_id for i in range(2)
        ]
        sent = [f"{c}-{i}" for i in range(30) for c in customers] + [f"{c}-end" for c in customers]
        for session_id in sent:
            customer_id = session_id.rpartition("-")[0]
            assert commands.customer_activity(
                customer_id=customer_id, source="web", session_id=session_id, key="visit"
            ).status
        # each customer's last comes after all its others were answered
        wait_until(lambda: all(f"{c}-end" in arrived for c in customers), timeout=30)
    assert sorted(arrived) == sorted(sent)  # each once
    for customer_id in customers:  # and each customer's in order
        mine = [s for s in sent if s.startswith(customer_id)]
        assert [s for s in arrived if s.startswith(customer_id)] == mine


def claimed(db: str) -> int:
    """How many notifications an instance has claimed (is delivering)."""
    with connect(db) as conn:
        row = conn.execute("SELECT count(*) FROM outbox WHERE owner IS NOT NULL").fetchone()
        return int(row[0]) if row else 0


def test_an_instance_killed_leaves_its_notifications_to_the_other(db: str) -> None:
    """The app is on instance B, which takes notifications and is killed (-9) before answering
    them; the app comes back on instance A and gets every one (B's claims lapse)."""
    never = threading.Event()

    def hang(name: str, notification: Any) -> A.ServerToAppNotificationReply:
        never.wait(30)  # B holds these, sent and unanswered, when it dies
        return A.ServerToAppNotificationReply()

    with running(_SHORT, store=open_store(db)) as a:
        with AppClient(a.url, simplex=True) as commands:
            customers = [
                commands.create_customer(customer_number=number(f"+25471100020{i}")).customer_id
                for i in range(5)
            ]
        with instance(db) as (proc, b_url):
            stuck = AppClient(b_url, answer=hang).connect()
            with AppClient(a.url, simplex=True) as commands:
                for customer_id in customers:
                    assert commands.customer_activity(
                        customer_id=customer_id, source="web", session_id="before-kill", key="k"
                    ).status
            # B claimed the head of each customer's line and sent it; none is answered
            wait_until(lambda: claimed(db) == len(customers), timeout=20)
            proc.send_signal(signal.SIGKILL)
            proc.wait(10)
            never.set()
            stuck.close()
        with AppClient(a.url) as back:

            def activity(customer_id: str) -> Any:
                return lambda name, n: name == "customer_activity" and n.customer_id == customer_id

            got = back.until(*map(activity, customers), timeout=30)
            assert [n for name, n in got if name == "customer_activity"] == []


def test_the_debt_collection_story_with_the_app_and_the_simulator_on_two_instances(db: str) -> None:
    """The SDK spec's story: the app on instance A, the customer's phone (our Simulator) on B,
    both instances' clocks moving (one of them fires the reminder, once)."""
    with (
        two_instances(db) as (a, b),
        app_client(a.url) as app,
        simulator(b.url) as sim,
    ):
        debt_collection_story(app, sim, [a.clock, b.clock], b)


def test_one_payment_sent_to_two_instances_at_once_with_one_key_moves_money_once(db: str) -> None:
    """A retry that lands on the other instance while the first try is still running: both get
    the one answer, and the money moves once."""
    from elarian_server.config import DEV_ORG, DEV_PURSE

    purse = M.PaymentCounterParty(purse=M.PaymentPurseCounterParty(purse_id=DEV_PURSE))
    with (
        two_instances(db) as (a, b),
        AppClient(a.url) as on_a,
        AppClient(b.url) as on_b,
    ):
        customer_id = on_a.create_customer(customer_number=number("+254711000300")).customer_id
        wallet = M.PaymentCounterParty(
            wallet=M.PaymentWalletCounterParty(customer_id=customer_id, wallet_id="w")
        )
        answers = []
        for round_no in range(10):  # ten keys, each sent to both instances at once
            pay = {
                "debit_party": purse,
                "credit_party": wallet,
                "value": M.Cash(currency_code="KES", amount=1),
            }
            key = f"pay-{round_no}"
            futures = [client.initiate_payment_async(**pay, idempotency_key=key) for client in (on_a, on_b)]
            answers.append([f.result(10) for f in futures])
        for first, second in answers:
            assert first.status == M.PaymentStatus.SUCCESS, first.description
            assert second == first  # the same answer: the same transaction
        with a.store.read() as tx:
            assert len(tx.org_transactions(DEV_ORG)) == 10
            balance = tx.balance(DEV_ORG, f"purse:{DEV_PURSE}", "KES")
            assert balance is not None and balance.actual == 1_000_000 - 10


def test_a_lease_waiting_on_another_instance_gets_the_value_once_it_is_written_back(db: str) -> None:
    """App data leased through instance A; a second lease through B waits, and gets the value
    A's holder wrote back as soon as it is written, not when A's lease would have lapsed."""
    with (
        two_instances(db) as (a, b),
        AppClient(a.url) as on_a,
        AppClient(b.url) as on_b,
    ):
        customer_id = on_a.create_customer(customer_number=number("+254711000400")).customer_id
        assert on_a.update_customer_app_data(customer_id=customer_id, update="step 0").status
        assert on_a.lease_customer_app_data(customer_id=customer_id).value == "step 0"
        waiting = on_b.lease_customer_app_data_async(customer_id=customer_id, timeout=30)
        wait_until(lambda: b.engine.leases.next_deadline() is not None, what="B's lease waiting")
        assert not waiting.done()  # A's holder has it (for 90 s, on a clock nobody moves)
        assert on_a.update_customer_app_data(customer_id=customer_id, update="step 1").status
        assert waiting.result(10).value == "step 1"
        with a.store.read() as tx:
            _, until = tx.app_data(customer_id, "el_app_WZFQdt")
        assert until is not None  # B's holder has it now


def test_queued_sends_are_sent_once_whichever_instance_claims_them(db: str) -> None:
    """Apps on both instances queue sends; both instances' senders work the one queue; the
    simulator (on B) receives each exactly once."""
    with two_instances(db) as (a, b):
        received: list[str] = []
        lock = threading.Lock()

        def got(notification: Any) -> None:
            with lock:
                received.append(notification.message_id)

        with (
            Elarian(
                org_id=DEV_ORG, app_id=DEV_APP, api_key=DEV_ADMIN_KEY, url=a.url, reconnect=FAST
            ) as admin,
            app_client(b.url) as other,
            simulator(b.url) as sim,
        ):
            sim.on("send_message", got)
            template = admin.commands.save_template(
                name="t",
                channel=M.CommsChannel.SMS,
                variants=[M.TemplateVariant(body="hi {{ n }}")],
                variables=["n"],
            ).template
            assert template is not None
            futures = [
                client.commands.send_template_async(
                    template_id=template.template_id,
                    recipient=M.CommsRecipient(address=f"+2547110{i:05d}"),
                    variables={"n": str(i)},
                    queue=True,
                )
                for i in range(300)
                for client in ((admin, other)[i % 2],)
            ]
            queued = {f.result(30).outcomes[0].report_id for f in futures}
            assert len(queued) == 300
            wait_until(lambda: len(received) >= 300, timeout=60)
            wait_until(lambda: a.sender.sent + b.sender.sent >= 300, timeout=30)
            assert sorted(received) == sorted(queued)  # each once, none other
            assert a.sender.sent + b.sender.sent == 300


def test_a_provider_added_on_one_instance_routes_sends_on_the_other(db: str) -> None:
    """The directory of providers is read again on B when A changes it (a NOTIFY)."""
    from .test_comms_providers import SmsApi, serving

    api = SmsApi()
    with (
        two_instances(db) as (a, b),
        serving(api) as url,
        Elarian(org_id=DEV_ORG, app_id=DEV_APP, api_key=DEV_ADMIN_KEY, url=a.url, reconnect=FAST) as admin,
        app_client(b.url) as app,
    ):
        template = app.commands.save_template(
            name="t", channel=M.CommsChannel.SMS, variants=[M.TemplateVariant(body="hi")]
        ).template
        assert template is not None

        def provider() -> str:
            return str(
                app.commands.send_template(
                    template_id=template.template_id, recipient=M.CommsRecipient(address="+254711000099")
                )
                .outcomes[0]
                .provider
            )

        assert provider() == "simulator"
        info = M.ProviderInfo(
            name="at",
            kind="http_sms",
            channel=M.CommsChannel.SMS,
            numbers=["83044"],
            url=url,
            username="u",
        )
        assert admin.commands.set_provider(provider=info, secret="k").status
        wait_until(lambda: provider() == "at", timeout=10)
        assert api.posts


def started_campaign(
    admin: Elarian, sim: Any, first: int, count: int, throttle: int = 0
) -> tuple[list[str], str, str]:
    """A campaign started through ``admin`` to ``count`` contacts (+2547 ``first``, then on; at
    most ``throttle`` a second if given): the numbers the simulator ``sim`` receives (a list that
    grows), the template, the campaign."""
    from elarian_sync.audiences import csv_text, import_audience

    received: list[str] = []
    lock = threading.Lock()

    def got(notification: Any) -> None:
        with lock:
            received.append(notification.customer_number.number)

    sim.on("send_message", got)
    template = admin.commands.save_template(
        name="t", channel=M.CommsChannel.SMS, variants=[M.TemplateVariant(body="hi {{ n }}")], variables=["n"]
    ).template
    assert template is not None
    rows = [["phone", "n"], *([f"07{first + i:08d}", str(i)] for i in range(count))]
    audience = import_audience(admin, csv_text(rows), name="all", phone_column="phone")
    made = admin.commands.save_campaign(
        campaign=M.Campaign(
            name="c", template_id=template.template_id, audience_id=audience.audience_id, throttle=throttle
        )
    )
    assert made.campaign is not None
    assert admin.commands.start_campaign(campaign_id=made.campaign.campaign_id).status
    return received, template.template_id, made.campaign.campaign_id


def test_a_campaign_split_across_two_instances_sends_one_message_per_recipient(db: str) -> None:
    """A campaign started on A: one runner takes its contacts up, both instances' senders send
    what it queued (each held to 300 messages/s, so neither can take it all, whichever wakes
    first), and the simulator (on B) receives exactly one message per recipient."""
    count = 2000
    slow = dataclasses.replace(dev_config(), runtime=RuntimeSettings(send_rate=300))
    with (
        running(slow, store=open_store(db)) as a,
        running(slow, store=open_store(db)) as b,
        Elarian(org_id=DEV_ORG, app_id=DEV_APP, api_key=DEV_ADMIN_KEY, url=a.url, reconnect=FAST) as admin,
        simulator(b.url) as sim,
    ):
        received, _, _ = started_campaign(admin, sim, 50_000_000, count)
        wait_until(lambda: len(received) >= count, timeout=120, what=lambda: f"{len(received)} of {count}")
        assert len(set(received)) == count and len(received) == count, "one message per recipient"
        assert a.sender.sent > 0 and b.sender.sent > 0, "both instances sent"
        assert a.sender.sent + b.sender.sent == count


@contextmanager
def apps_in_front(db: str, simulator_on: str) -> Iterator[tuple[Runtime, Runtime, Elarian, Any]]:
    """A (``background=False``) with the admin app connected, B running the background work, both
    on ``db``; the simulator connected to "a" or "b"."""
    with (
        running(store=open_store(db), background=False) as a,
        running(store=open_store(db)) as b,
        Elarian(org_id=DEV_ORG, app_id=DEV_APP, api_key=DEV_ADMIN_KEY, url=a.url, reconnect=FAST) as admin,
        simulator((a if simulator_on == "a" else b).url) as sim,
    ):
        yield a, b, admin, sim


def test_an_instance_serving_apps_is_not_woken_by_messages_to_another_instances_simulator(db: str) -> None:
    """A (``background=False``) serves the app; B holds the simulator and runs the campaign. B's
    sends to the simulator wake B's delivery; A hears of each commit and passes them over
    (no delivery pass for what it cannot deliver), while the app's own notifications still reach
    it through A. (Throttled, so that B's sends are many commits, each heard by A.)"""
    count = 100
    with apps_in_front(db, simulator_on="b") as (a, _, admin, sim):
        finished = threading.Event()
        admin.on(
            "comms_campaign_status",
            lambda status: finished.set() if status.state == M.CampaignState.FINISHED else None,
        )
        received, _, _ = started_campaign(admin, sim, 70_000_000, count, throttle=50)
        wait_until(lambda: len(received) >= count, timeout=60, what=lambda: f"{len(received)} of {count}")
        assert finished.wait(30), "the app's notification came through A"
        # each commit of B's heard is passed over (the watch's first look, before any connection
        # came, may add one of each kind)
        wait_until(
            lambda: a.delivery.declined >= a.store.woken["simulated"] >= 3,
            what=lambda: f"A passed over {a.delivery.declined} of {a.store.woken['simulated']} heard",
        )


def test_an_instance_without_background_work_leaves_campaigns_and_queued_sends_to_another(db: str) -> None:
    """A (``background=False``) serves the app and the simulator; B runs the campaign and sends
    what A's app queued: A's commits wake B (NOTIFY), B's wake A's delivery."""
    count = 200
    with apps_in_front(db, simulator_on="a") as (a, b, admin, sim):
        received, template_id, campaign_id = started_campaign(admin, sim, 60_000_000, count)
        queued = admin.commands.send_template(
            template_id=template_id, recipient=M.CommsRecipient(address="+254711999000"),
            variables={"n": "x"}, queue=True,
        )  # fmt: skip
        assert queued.status, queued.description
        wait_until(lambda: len(received) >= count + 1, timeout=60, what=lambda: f"{len(received)}")
        assert sorted(received) == sorted(
            [f"+2547{60_000_000 + i:08d}" for i in range(count)] + ["+254711999000"]
        )
        assert (a.sender.sent, b.sender.sent) == (0, count + 1)  # all of it on B
        # each woken by the other's commits, not only by its own idle looks
        wait_until(lambda: b.store.woken["queued"] >= 1, what="B's sender woken by A's commit")
        wait_until(lambda: a.store.woken["simulated"] >= 1, what="A's delivery woken by B's sends")

        def finished() -> bool:
            campaign = admin.commands.get_campaign(campaign_id=campaign_id).campaign
            return campaign is not None and campaign.state == M.CampaignState.FINISHED

        wait_until(finished, timeout=30, what="the campaign finished (B's runner)")
