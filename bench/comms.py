"""The communication layer's costs, each against a baseline measured in the same run.

    .venv/bin/python bench/comms.py [--quick] [--rounds N] [--only sends,render,otp,reports]

* sends: queued templated sends (``send_template(queue=True)``) through the simulator provider,
  in sends/s from the first command until the simulator has received the last message, against
  plain ``send_message`` to the same simulator measured the same way; both pipelined (64 in
  flight) from one SDK client, rounds interleaved.
* render: rendering one message (our sandboxed, cached template: variant choice, SMS and email
  parts) against a bare ``jinja2`` ``Template.render`` of the same text, in this process.
* otp: an OTP send + verify (two round trips and a simulator delivery) against a get_state
  round trip, sequential, p50.
* reports: ``query_reports`` latency (first page, by address, by job, errors only, a page
  deep through cursors) on a store of 1M report rows (``--quick``: 100k) against the same on
  10k rows: a flat ratio means the indexes carry it.

The runtime runs in its own process on a SQLite file (harness.Runtime). Every loop is bounded
in count and in time.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import harness
from harness import T0, Runtime, orders, percentile, ratios, spread

from elarian_server.config import DEV_ADMIN_KEY, DEV_API_KEY, DEV_APP, DEV_ORG

SINCE = datetime.fromtimestamp(T0 - 31 * 86400, timezone.utc)  # every row filled


def line(name: str, *cells: str) -> None:
    print(f"  {name:<48} " + "  ".join(cells))  # a name longer than the column still gets a space


def clients(url: str) -> tuple[Any, Any, Any]:
    """The dev app and its admin, connected, and a simulator (not yet connected)."""
    from elarian_sync import Elarian

    app = Elarian(org_id=DEV_ORG, app_id=DEV_APP, api_key=DEV_API_KEY, url=url).connect()
    admin = Elarian(org_id=DEV_ORG, app_id=DEV_APP, api_key=DEV_ADMIN_KEY, url=url).connect()
    return app, admin, simulator(url)


def simulator(url: str) -> Any:
    from elarian_sync import Simulator

    return Simulator(org_id=DEV_ORG, app_id=DEV_APP, api_key=DEV_API_KEY, url=url, notification_timeout=30)


class Counter:
    """Counts the simulator's received messages; ``wait_for(n)`` blocks (bounded) until n."""

    def __init__(self) -> None:
        self.count = 0
        self.cond = threading.Condition()
        self.last: Any = None

    def __call__(self, notification: Any) -> None:
        with self.cond:
            self.count += 1
            self.last = notification
            self.cond.notify_all()

    def wait_for(self, n: int, timeout: float = 120.0) -> bool:
        with self.cond:
            return self.cond.wait_for(lambda: self.count >= n, timeout)


def pipelined(send: Callable[[int], Future[Any]], count: int, window: int = 64) -> None:
    inflight: list[Future[Any]] = []
    for i in range(count):
        inflight.append(send(i))
        if len(inflight) >= window:
            inflight.pop(0).result(60)
    for f in inflight:
        f.result(60)


# -- sends ----------------------------------------------------------------------------------------


def sends(args: argparse.Namespace, tmp: str) -> None:
    from elarian_sync import Channel, Message, MessageBody, MessagingChannel
    from elarian_sync._generated.models import CommsChannel, CommsRecipient, CustomerNumber, TemplateVariant

    print("\nsends: queued templated sends vs plain send_message, through the simulator (sends/s)")
    count = 400 if args.quick else 2000
    runtime = Runtime(f"{tmp}/sends.db")
    try:
        app, admin, sim = clients(runtime.url)
        counter = Counter()
        sim.on("sendMessage", counter)
        sim.connect()
        template = admin.commands.save_template(
            name="bench",
            channel=CommsChannel.SMS,
            variables=["first_name", "order_id"],
            variants=[
                TemplateVariant(language="en", body="Hi {{ first_name }}, order {{ order_id }} shipped.")
            ],
        ).template
        sms = MessagingChannel(channel=Channel.SMS, number="83044")
        results: dict[str, list[float]] = {"plain": [], "templated": []}
        seen = 0
        for order in orders(["plain", "templated"], args.rounds):
            for name in order:
                start = time.perf_counter()
                if name == "plain":

                    def plain(i: int) -> Future[Any]:
                        return app.commands.send_message_async(
                            customer_number=CustomerNumber(number=f"+2547{i:08d}"),
                            channel_number=sms,
                            message=Message(body=MessageBody(text=f"Hi Ann, order {i} shipped.")),
                        )

                    pipelined(plain, count)
                else:

                    def templated(i: int) -> Future[Any]:
                        return app.commands.send_template_async(
                            template_id=template.template_id,
                            recipient=CommsRecipient(address=f"+2547{i:08d}"),
                            variables={"first_name": "Ann", "order_id": str(i)},
                            queue=True,
                        )

                    pipelined(templated, count)
                seen += count
                if not counter.wait_for(seen):
                    raise SystemExit(f"the simulator received {counter.count} of {seen}")
                results[name].append(count / (time.perf_counter() - start))
        line("plain send_message (sends/s)", spread(results["plain"]))
        line("queued send_template (sends/s)", spread(results["templated"]))
        line("queued templated / plain", spread(ratios(results["templated"], results["plain"]), "{:.2f}x"))
        for client in (sim, admin, app):
            client.disconnect()
    finally:
        runtime.stop()


# -- render -----------------------------------------------------------------------------------------


def render(args: argparse.Namespace) -> None:
    import jinja2

    from elarian_server.comms.render import render_template
    from elarian_sync._generated import comms_pb2 as CM

    print("\nrender: one message, our sandboxed cached render vs a bare jinja2 Template.render (us)")
    text = "Hi {{ first_name }}, your order {{ order_id }} ships from {{ company_name }} on {{ day }}."
    html = "<p>Hi {{ first_name }},</p><p>Order <b>{{ order_id }}</b> ships {{ day }}.</p>"
    html += "<p>{{ company_name }}</p>"
    sms = CM.CommsTemplate(
        template_id="t", channel=CM.COMMS_CHANNEL_SMS, variants=[CM.TemplateVariant(language="en", body=text)]
    )
    email = CM.CommsTemplate(
        template_id="e",
        channel=CM.COMMS_CHANNEL_EMAIL,
        variants=[CM.TemplateVariant(language="en", subject="Order {{ order_id }}", body=html)],
    )
    values = {"first_name": "Ann", "order_id": "A-1042", "company_name": "Duka", "day": "Monday"}
    bare_text = jinja2.Environment().from_string(text)
    bare_html = jinja2.Environment(autoescape=True).from_string(html)
    count = 2000 if args.quick else 10000
    cases: dict[str, Callable[[], object]] = {
        "sms ours": lambda: render_template(sms, "en", values),
        "sms bare": lambda: bare_text.render(values),
        "email ours": lambda: render_template(email, "en", values),
        "email bare": lambda: (bare_html.render(values), bare_text.render(values)),
    }
    results: dict[str, list[float]] = {name: [] for name in cases}
    for order in orders(list(cases), args.rounds):
        for name in order:
            fn = cases[name]
            start = time.perf_counter()
            for _ in range(count):
                fn()
            results[name].append((time.perf_counter() - start) / count * 1e6)
    for kind in ("sms", "email"):
        line(f"{kind}: ours (us)", spread(results[f"{kind} ours"], "{:.1f}"))
        line(f"{kind}: bare jinja2 (us)", spread(results[f"{kind} bare"], "{:.1f}"))
        line(
            f"{kind}: ours / bare",
            spread(ratios(results[f"{kind} ours"], results[f"{kind} bare"]), "{:.2f}x"),
        )
    print("  (email 'ours' also derives the text part from the HTML; 'bare' renders the text template)")


# -- OTP --------------------------------------------------------------------------------------------------


def otp(args: argparse.Namespace, tmp: str) -> None:
    from elarian_sync import Customer
    from elarian_sync._generated.models import CommsChannel, CommsRecipient, OtpConfig, TemplateVariant

    print("\notp: send + verify (two round trips and a simulator delivery) vs get_state round trip (us)")
    count = 100 if args.quick else 400
    runtime = Runtime(f"{tmp}/otp.db")
    try:
        app, admin, sim = clients(runtime.url)
        counter = Counter()
        sim.on("sendMessage", counter)
        sim.connect()
        template = admin.commands.save_template(
            name="code",
            channel=CommsChannel.SMS,
            variables=["code"],
            variants=[TemplateVariant(language="en", body="{{ code }} is your code")],
        ).template
        admin.commands.set_otp_config(
            config=OtpConfig(name="login", length=6, template_id=template.template_id, max_sends=100000)
        )
        ann = Customer(app, customer_number="+254700000001")
        ann.update_metadata({"name": "Ann"})
        results: dict[str, list[float]] = {"otp": [], "get_state": []}
        n = 0

        def login() -> None:
            nonlocal n
            n += 1
            sent = app.commands.send_otp(config="login", recipient=CommsRecipient(address=f"+2547{n:08d}"))
            counter.wait_for(n)
            code = counter.last.message.body.text.split()[0]
            verdict = app.commands.verify_otp(otp_id=sent.otp_id, code=code)
            assert verdict.status, verdict.description

        cases = {"otp": login, "get_state": ann.get_state}
        for order in orders(list(cases), args.rounds):
            for name in order:
                lat, _ = harness.timed(cases[name], count)
                results[name].append(percentile(lat, 50))
        line("otp send + verify p50 (us)", spread(results["otp"]))
        line("get_state p50 (us)", spread(results["get_state"]))
        line("otp / get_state", spread(ratios(results["otp"], results["get_state"]), "{:.2f}x"))
        for client in (sim, admin, app):
            client.disconnect()
    finally:
        runtime.stop()


# -- reports -------------------------------------------------------------------------------------------


def fill_reports(db: str, rows: int) -> None:
    """``rows`` report rows over 30 days of the runtime's clock: 50 addresses (each with more
    than a page of rows, whatever the size), jobs of 100, one in 20 failed, SMS and email."""
    from elarian_server.store.base import SendRow
    from elarian_server.store.sqlite import SqliteStore

    store = SqliteStore(db)
    try:
        batch = 50_000
        for first in range(0, rows, batch):
            with store.transaction() as tx:
                for i in range(first, min(rows, first + batch)):
                    at = T0 - 30 * 86400 + i * (30 * 86400 / rows)
                    email = i % 7 == 0
                    tx.put_send(
                        SendRow(
                            report_id=f"el_rpt_{i:012d}",
                            org_id=DEV_ORG,
                            app_id=DEV_APP,
                            channel=2 if email else 1,
                            address=f"user{i % 50}@example.com" if email else f"+2547{i % 50:08d}",
                            customer_id=None,
                            template_id=f"el_tpl_{i % 5}",
                            template_version=1,
                            event="",
                            job_id=f"el_job_{i // 100}",
                            campaign_id="",
                            category=1,
                            status=5 if i % 20 == 0 else 3,
                            created_at=at,
                            updated_at=at,
                            due_at=at,
                        )
                    )
    finally:
        store.close()


def reports(args: argparse.Namespace, tmp: str) -> None:
    from elarian_sync import Elarian
    from elarian_sync._generated.models import ReportOutcome

    big = 100_000 if args.quick else 1_000_000
    print(f"\nreports: query_reports latency on {big:,} rows vs on 10,000 rows (us, p50)")
    sizes = {"10k": 10_000, "big": big}
    started = time.perf_counter()
    for name, rows in sizes.items():
        fill_reports(f"{tmp}/reports-{name}.db", rows)
    print(f"  (filled both stores in {time.perf_counter() - started:.0f} s)")
    queries: dict[str, dict[str, Any]] = {
        "first page": {},
        "by address": {"address": "+254700000043"},
        "by job": {"job_id": "el_job_7"},
        "errors only": {"outcome": ReportOutcome.ERROR},
    }
    count = 50 if args.quick else 200
    results: dict[tuple[str, str], list[float]] = {}
    runtimes = {name: Runtime(f"{tmp}/reports-{name}.db") for name in sizes}
    try:
        apps = {
            name: Elarian(org_id=DEV_ORG, app_id=DEV_APP, api_key=DEV_API_KEY, url=r.url).connect()
            for name, r in runtimes.items()
        }
        for order in orders(list(sizes), args.rounds):
            for name in order:
                q = apps[name].commands.query_reports
                for label, filters in queries.items():
                    lat, _ = harness.timed(lambda f=filters, q=q: q(since=SINCE, limit=100, **f), count)
                    results.setdefault((label, name), []).append(percentile(lat, 50))

                def deep(q: Any = q) -> None:
                    cursor = ""
                    for _ in range(10):
                        cursor = q(since=SINCE, limit=100, cursor=cursor).next_cursor

                lat, _ = harness.timed(deep, max(5, count // 10))
                results.setdefault(("10 pages deep", name), []).append(percentile(lat, 50) / 10)
        for label in [*queries, "10 pages deep"]:
            small, large = results[(label, "10k")], results[(label, "big")]
            line(f"{label}: 10k / {big // 1000}k (us)", spread(small), spread(large))
            line(f"{label}: {big // 1000}k / 10k", spread(ratios(large, small), "{:.2f}x"))
        for app in apps.values():
            app.disconnect()
    finally:
        for r in runtimes.values():
            r.stop()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="fewer rounds and rows (about 2 minutes)")
    parser.add_argument("--rounds", type=int, help="rounds per figure (default 3, --quick 2)")
    parser.add_argument("--only", help="comma-separated sections: sends, render, otp, reports")
    args = parser.parse_args()
    args.rounds = args.rounds or (2 if args.quick else 3)
    chosen = set(args.only.split(",")) if args.only else {"sends", "render", "otp", "reports"}
    harness.header("bench/comms.py: the communication layer")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        if "sends" in chosen:
            sends(args, tmp)
        if "render" in chosen:
            render(args)
        if "otp" in chosen:
            otp(args, tmp)
        if "reports" in chosen:
            reports(args, tmp)
    print(f"\n(took {time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
