"""Audiences and campaigns at scale, each figure against a baseline measured in the same run.

    .venv/bin/python bench/campaign.py [--quick] [--only import,campaign,split,outside]

* import: a CSV of 1M rows (``--quick``: 100k; a phone and two variables each) imported
  through the runtime as ``elarian-sync audience import`` does it (the SDK's chunked upload), in
  rows/s from the first chunk to the audience being ready; against ``csv.reader`` reading the
  same file, and bare ``phonenumbers`` (parse, validity, E.164) of the same numbers on one core
  (a sample). Memory: the runtime's peak RSS (VmHWM) after a tenth of the rows and after all of
  them: bounded if the two are alike. Beside it, a tenth as many rows with an email address
  each too (email-validator costs more per row than phonenumbers).
* campaign: a 100k-recipient SMS campaign (``--quick``: 20k), unthrottled, through the simulator
  provider, in messages/s from its start until the simulator received the last message, with
  the peak RSS and CPU per message of serve and its worker; against the async send path of
  part 1 (``send_template(queue=True)``, 64 in flight) measured the same way. While it runs,
  another app's sequential get_state p99 (a client in a process of its own) against the same
  measured idle. The runtime is
  ``elarian-sync serve`` on a SQLite file as it runs by default (its background work, the
  campaign, in a worker process); the simulator receives in a process of its own at nice 19
  (phones elsewhere). The one-process runtime (``--background here``, the embedded runtime) is
  split's "one instance" row: it cannot keep the apps' p99 (docs/runtime.md says why).
* split: the same campaign (``--quick``: 10k recipients; 30k) on a SQLite file and on
  PostgreSQL, in two layouts each, run one after the other: one instance doing everything, and
  the apps' instance started without background work (``serve --no-background``) beside a
  second instance on the same store at nice 19 that runs the campaign and holds the simulator's
  connection; and ``elarian-sync serve`` as it runs by default (the campaign in its worker
  process), the simulator connected to it as the apps are. The simulator receives in a process
  of its own; a last row has it at nice 19 with serve, standing for phones elsewhere (as the
  SMSC below stands for a provider). For each, messages/s and the other app's get_state p99
  during the campaign against idle (goal: <= 2x), over three rounds, each running every layout
  of a store in turn (a round's ratio is against that run's own idle).
* outside: ``elarian-sync serve`` on a SQLite file, a campaign (``--quick``: 10k; 30k) through
  an SMPP provider in a process of its own (tests/smsc.py), with ``--background here`` and with
  the default worker process: messages/s until the SMSC has them all, and the other app's
  get_state p99 during against idle (goal: <= 2x).

The runtime runs in processes of its own on a SQLite file (both stores for split): ``serve``
(harness.Served) for campaign, split's serve rows and outside, harness.Runtime elsewhere.
Every loop is bounded in count and in time.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import harness
from comms import clients, line, pipelined
from harness import Proc, Runtime, Served, percentile, ratios, spread


def peak_rss_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status") as status:
        for entry in status:
            if entry.startswith("VmHWM:"):
                return int(entry.split()[1]) / 1024
    return 0.0


def write_csv(path: Path, rows: int, start: int = 0, emails: bool = False) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["phone", "email", "first_name", "plan"] if emails else ["phone", "first_name", "plan"])
        for i in range(start, start + rows):
            phone = f"07{10_000_000 + i % 90_000_000:08d}"
            out.writerow(
                [phone, f"user{i}@example.com", f"n{i}", "gold"] if emails else [phone, f"n{i}", "gold"]
            )


def csv_reader_rate(path: Path) -> float:
    started = time.perf_counter()
    with path.open(newline="", encoding="utf-8") as f:
        count = sum(1 for _ in csv.reader(f)) - 1
    return count / (time.perf_counter() - started)


def phonenumbers_rate(path: Path, sample: int) -> float:
    import phonenumbers

    with path.open(newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        next(reader)
        numbers = [row[0] for _, row in zip(range(sample), reader, strict=False)]
    e164 = phonenumbers.PhoneNumberFormat.E164
    started = time.perf_counter()
    for n in numbers:
        parsed = phonenumbers.parse(n, "KE")
        if phonenumbers.is_valid_number(parsed):
            phonenumbers.format_number(parsed, e164)
    return len(numbers) / (time.perf_counter() - started)


def imported(admin: Any, path: Path, name: str, emails: bool = False) -> float:
    from elarian_sync.audiences import import_audience

    started = time.perf_counter()
    email = "email" if emails else ""
    audience = import_audience(admin, path, name=name, phone_column="phone", email_column=email)
    elapsed = time.perf_counter() - started
    if audience.rows == 0:
        raise SystemExit("the import read no rows")
    return audience.rows / elapsed


def import_section(args: argparse.Namespace, tmp: str) -> None:
    rows = 100_000 if args.quick else 1_000_000
    print(f"\nimport: a {rows:,}-row CSV through the runtime (rows/s) against csv.reader and phonenumbers")
    small, big, both = Path(tmp) / "tenth.csv", Path(tmp) / "all.csv", Path(tmp) / "emails.csv"
    write_csv(small, rows // 10, start=rows)  # other numbers: not duplicates of the big file's
    write_csv(big, rows)
    write_csv(both, rows // 10, start=2 * rows, emails=True)
    runtime = Runtime(f"{tmp}/import.db")
    try:
        _, admin, _ = clients(runtime.url)
        reader = csv_reader_rate(big)
        bare = phonenumbers_rate(big, 20_000 if args.quick else 50_000)
        rss_start = peak_rss_mb(runtime.proc.pid)
        tenth = imported(admin, small, "tenth")
        rss_tenth = peak_rss_mb(runtime.proc.pid)
        whole = imported(admin, big, "all")
        rss_all = peak_rss_mb(runtime.proc.pid)
        with_emails = imported(admin, both, "emails", emails=True)
        line("csv.reader (rows/s)", f"{reader:,.0f}")
        line("bare phonenumbers, one core (numbers/s)", f"{bare:,.0f}")
        line(f"import of {rows // 10:,} rows (rows/s)", f"{tenth:,.0f}")
        line(f"import of {rows:,} rows (rows/s)", f"{whole:,.0f}")
        line(f"import of {rows // 10:,} rows with emails too (rows/s)", f"{with_emails:,.0f}")
        line("import / csv.reader", f"{whole / reader:.3f}x")
        line("import / bare phonenumbers", f"{whole / bare:.2f}x   (goal: >= 20,000 rows/s)")
        line("runtime peak RSS: start, tenth, all (MB)", f"{rss_start:.0f}  {rss_tenth:.0f}  {rss_all:.0f}")
        admin.disconnect()
    finally:
        runtime.stop()


PROBE = """
import json, sys, time
sys.path.insert(0, {root!r})
from elarian_sync import Customer, Elarian
from elarian_server.config import DEV_API_KEY, DEV_APP, DEV_ORG
with Elarian(org_id=DEV_ORG, app_id=DEV_APP, api_key=DEV_API_KEY, url={url!r}) as app:
    customer = Customer(app, customer_number="+254700000001")
    customer.update_metadata({{"seen": "yes"}})
    print("ready", flush=True)
    for line in sys.stdin:  # "N": N get_state round trips; "until": until stdin closes
        words = line.split()
        out = []
        if words[0] == "until":
            import threading
            done = threading.Event()
            threading.Thread(target=lambda: (sys.stdin.readline(), done.set()), daemon=True).start()
            while not done.is_set() and len(out) < 5_000_000:
                started = time.perf_counter()
                customer.get_state()
                out.append(time.perf_counter() - started)
        else:
            for _ in range(int(words[0])):
                started = time.perf_counter()
                customer.get_state()
                out.append(time.perf_counter() - started)
        print(json.dumps(out), flush=True)
"""


class Probe(harness.Driven):
    """Another app, in a process of its own: sequential get_state round trips, timed."""

    def __init__(self, url: str) -> None:
        super().__init__(PROBE.format(root=str(harness.ROOT), url=url))

    def count(self, n: int) -> list[float]:
        return list(json.loads(self.ask(str(n))))

    def start(self) -> None:
        self.tell("until")

    def stop(self) -> list[float]:
        return list(json.loads(self.ask("stop")))


def promotion(admin: Any, recipients: int) -> tuple[Any, Any]:
    """An SMS template with a variable, and an audience of ``recipients`` contacts imported as
    the CLI imports one."""
    from elarian_sync._generated.models import CommsChannel, TemplateVariant
    from elarian_sync.audiences import import_audience

    template = admin.commands.save_template(
        name="promo", channel=CommsChannel.SMS, variables=["first_name"],
        variants=[TemplateVariant(language="en", body="Hi {{ first_name }}, the sale is on.")],
    ).template  # fmt: skip
    assert template is not None
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["phone", "first_name"])
    writer.writerows([f"07{20_000_000 + i:08d}", f"n{i}"] for i in range(recipients))
    out.seek(0)
    return template, import_audience(admin, out, name="everyone", phone_column="phone")


def campaign_section(args: argparse.Namespace, tmp: str) -> None:
    from elarian_sync._generated.models import Campaign, CommsRecipient

    recipients = 20_000 if args.quick else 100_000
    baseline = 2_000 if args.quick else 10_000
    print(
        f"\ncampaign: {recipients:,} recipients, unthrottled, simulator provider (messages/s); "
        "`elarian-sync serve` as it runs by default (background work in its worker process), "
        "the simulator receiving in a process of its own, niced (phones elsewhere)"
    )
    served = Served(f"{tmp}/campaign.db")
    drivers: list[harness.Driven] = []
    try:
        (worker,) = harness.children(served.pid)
        pids = (served.pid, worker)

        def cpu() -> float:  # both processes'; a restarted worker (another pid) ends the run
            return sum(harness.cpu_seconds(pid) for pid in pids)

        app, admin, _ = clients(served.url)
        phones = Phones(served.url, 19)
        drivers.append(phones)
        template, audience = promotion(admin, recipients)
        probe = Probe(served.url)
        drivers.append(probe)
        before = cpu()
        idle = probe.count(2000)
        per_probe = (cpu() - before) / len(idle)  # what answering the probe costs, taken off below

        started = time.perf_counter()
        before = cpu()
        probe.start()
        pipelined(
            lambda i: app.commands.send_template_async(
                template_id=template.template_id,
                recipient=CommsRecipient(address=f"+2547{30_000_000 + i:08d}"),
                variables={"first_name": "Ann"}, queue=True,
            ),
            baseline,
        )  # fmt: skip
        if not phones.wait_for(baseline):
            raise SystemExit(f"the simulator received {phones.count} of {baseline}")
        async_rate = baseline / (time.perf_counter() - started)
        during_async = probe.stop()
        async_cpu = (cpu() - before - per_probe * len(during_async)) / baseline

        made = admin.commands.save_campaign(
            campaign=Campaign(name="sale", template_id=template.template_id, audience_id=audience.audience_id)
        )
        assert made.campaign is not None, made.description
        started = time.perf_counter()
        before = cpu()
        assert admin.commands.start_campaign(campaign_id=made.campaign.campaign_id).status
        probe.start()
        done = phones.wait_for(baseline + recipients)
        elapsed = time.perf_counter() - started
        busy = probe.stop()
        campaign_cpu = (cpu() - before - per_probe * len(busy)) / recipients
        if not done:
            raise SystemExit(f"the simulator received {phones.count - baseline} of {recipients}")
        rate = recipients / elapsed
        line("async send path (messages/s)", f"{async_rate:,.0f}")
        line("campaign (messages/s)", f"{rate:,.0f}   (goal: >= 2,000)")
        line("campaign / async send path", f"{rate / async_rate:.2f}x")
        line(
            "CPU per message, serve + worker, less the probe's idle cost: async, campaign (us)",
            f"{async_cpu * 1e6:.0f}  {campaign_cpu * 1e6:.0f}",
        )
        line("peak RSS: serve, its worker (MB)", "  ".join(f"{peak_rss_mb(pid):.0f}" for pid in pids))
        for q in (50, 99):
            ms = "  ".join(f"{percentile(v, q) * 1e3:.2f}" for v in (idle, during_async, busy))
            line(f"get_state p{q}: idle, async sends, campaign (ms)", ms)
        for name, during in (("async sends", during_async), ("campaign", busy)):
            p99 = percentile(during, 99) / percentile(idle, 99)
            line(f"get_state p99 during {name} / idle", f"{p99:.2f}x   (goal, campaign: <= 2x)")
        for client in (admin, app):
            client.disconnect()
    finally:
        for driver in drivers:
            driver.close()
        served.stop()


PHONES = """
import os, sys
os.nice({nice})
sys.path.insert(0, {root!r})
sys.path.insert(0, {bench!r})
from comms import Counter, simulator
counter = Counter()
sim = simulator({url!r})
sim.on("sendMessage", counter)
sim.connect()
print("ready", flush=True)
for line in sys.stdin:  # N: wait (bounded) until N messages came in all, say how many
    counter.wait_for(int(line), timeout=900)
    print(counter.count, flush=True)
sim.disconnect()
"""


class Phones(harness.Driven):
    """The simulator receiving a campaign's messages, in a process of its own, ``nice`` added to
    its niceness (19: it stands for phones elsewhere, taking only what the runtime leaves)."""

    def __init__(self, url: str, nice: int) -> None:
        bench = str(Path(__file__).resolve().parent)
        super().__init__(PHONES.format(nice=nice, root=str(harness.ROOT), bench=bench, url=url))
        self.count = 0

    def wait_for(self, n: int) -> bool:  # the other process bounds the wait (900 s)
        self.count = int(self.ask(str(n)))
        return self.count >= n


def split_layout(
    url: str, recipients: int, layout: str, phones_nice: int = 0
) -> tuple[float, list[float], list[float]]:
    """One campaign on the store ``url`` (a SQLite file or a PostgreSQL database): messages/s,
    and the probe's get_state round trips idle and during it. ``layout``: "one" instance doing
    everything; "split", the apps' instance leaving the campaign to a second instance (niced)
    which the simulator connects to; "serve", ``elarian-sync serve`` as it runs by default (its
    worker process does the campaign; the simulator connects to it, as the apps do). The
    simulator runs in a process of its own at ``phones_nice``."""
    from elarian_sync._generated.models import Campaign

    back: Proc | None = None
    if layout == "serve":
        front: Proc = Served(url)
    else:
        front = Runtime(url, background=layout == "one")
        back = Runtime(url, nice=19) if layout == "split" else None
    try:
        app, admin, _ = clients(front.url)
        counter = Phones((back or front).url, phones_nice)
        template, audience = promotion(admin, recipients)
        probe = Probe(front.url)
        idle = probe.count(1500)
        made = admin.commands.save_campaign(
            campaign=Campaign(name="sale", template_id=template.template_id, audience_id=audience.audience_id)
        )
        assert made.campaign is not None, made.description
        started = time.perf_counter()
        assert admin.commands.start_campaign(campaign_id=made.campaign.campaign_id).status
        probe.start()
        done = counter.wait_for(recipients)
        elapsed = time.perf_counter() - started
        busy = probe.stop()
        probe.close()
        counter.close()
        if not done:
            raise SystemExit(f"the simulator received {counter.count} of {recipients}")
        for client in (admin, app):
            client.disconnect()
        return recipients / elapsed, idle, busy
    finally:
        front.stop()
        if back is not None:
            back.stop()


def layout_lines(label: str, rate: float, idle: list[float], busy: list[float]) -> None:
    """A layout's messages/s, and the probe's p99 idle and during the campaign, with their ratio."""
    print(f"  {label}")
    line("  messages/s", f"{rate:,.0f}")
    ms = f"{percentile(idle, 99) * 1e3:.2f}  {percentile(busy, 99) * 1e3:.2f}"
    p99 = percentile(busy, 99) / percentile(idle, 99)
    line("  p99 idle, during (ms)", f"{ms}   {p99:.2f}x   (goal: <= 2x)")


SPLIT_ROWS = (  # label, layout, the simulator's nice
    ("one instance", "one", 0),
    ("split", "split", 0),
    ("serve (worker process)", "serve", 0),
    # the simulator's process takes a core's share receiving ~4k messages/s, as the runtime's
    # work does; niced, it stands for phones elsewhere (as the SMSC does below)
    ("serve, simulator niced", "serve", 19),
)
SPLIT_ROUNDS = 3


def split_section(args: argparse.Namespace, tmp: str) -> None:
    from scale import Postgres

    recipients = 10_000 if args.quick else 30_000
    print(
        f"\nsplit: {recipients:,} recipients: one instance; the campaign on a second (niced), same store; "
        f"serve's default (a worker process, niced); {SPLIT_ROUNDS} rounds, each running every layout of "
        "a store in turn: median [min..max]"
    )
    server = Postgres()
    try:
        for store in ("sqlite", "postgres"):
            rates: dict[str, list[float]] = {label: [] for label, _, _ in SPLIT_ROWS}
            idles: dict[str, list[float]] = {label: [] for label, _, _ in SPLIT_ROWS}
            busies: dict[str, list[float]] = {label: [] for label, _, _ in SPLIT_ROWS}
            for round_ in range(SPLIT_ROUNDS):
                for label, layout, nice in SPLIT_ROWS:
                    name = f"split_{layout}_{nice}_{round_}"
                    url = f"{tmp}/{name}.db" if store == "sqlite" else server.database(name)
                    rate, idle, busy = split_layout(url, recipients, layout, nice)
                    rates[label].append(rate)
                    idles[label].append(percentile(idle, 99))
                    busies[label].append(percentile(busy, 99))
            for label, _, _ in SPLIT_ROWS:
                print(f"  {store}, {label}")
                line("  messages/s", spread(rates[label], "{:,.0f}"))
                idle_ms, busy_ms = (statistics.median(v[label]) * 1e3 for v in (idles, busies))
                line("  p99 idle, during (ms)", f"{idle_ms:.2f}  {busy_ms:.2f}")
                ratio = spread(ratios(busies[label], idles[label]), "{:.2f}x")
                line("  p99 during / idle", f"{ratio}   (goal: <= 2x)")
    finally:
        server.stop()


SMPP_CONFIG = """
[[orgs]]
id = "{org}"
api_keys = ["{api_key}"]
admin_keys = ["{admin_key}"]
[[orgs.apps]]
id = "{app}"
[[orgs.channels]]
channel = "sms"
number = "83045"
app = "{app}"
[[orgs.providers]]
name = "smsc"
kind = "smpp"
channel = "sms"
numbers = ["83045"]
host = "127.0.0.1"
port = {port}
username = "duka"
password = "secret"
[orgs.comms]
sms_sender = "83045"
region = "KE"
"""


SMSC = """
import os, sys
os.nice(19)  # it stands for a provider on another machine: it takes only what the apps leave here
sys.path.insert(0, {root!r})
from tests.smsc import Smsc
smsc = Smsc()
smsc.receipts = False
print(smsc.port, flush=True)
for line in sys.stdin:  # N: wait (bounded) until N submit_sm came in all, say how many
    try:
        print(len(smsc.wait_for(int(line), timeout=900)), flush=True)
    except AssertionError as exc:
        print(exc, flush=True)
"""


class Smsc(harness.Driven):
    """An SMPP server (tests/smsc.py) in a process of its own that counts what it is sent."""

    def __init__(self) -> None:
        super().__init__(SMSC.format(root=str(harness.ROOT)), expect=None)
        self.port = int(self.first)
        self.seen = 0

    def wait_for(self, more: int) -> None:
        """Until ``more`` messages more than before came (or say how many did)."""
        said = self.ask(str(self.seen + more))
        if not said.isdigit():
            raise SystemExit(said)
        self.seen = int(said)


def outside_layout(
    db: str, config: str, smsc: Smsc, recipients: int, flags: tuple[str, ...]
) -> tuple[float, list[float], list[float]]:
    """``elarian-sync serve`` (with ``flags``) on the SQLite file ``db``, a campaign through the
    SMPP provider ``smsc``: messages/s from its start until the SMSC got the last message, and
    the probe's get_state round trips idle and during it."""
    from elarian_sync._generated.models import Campaign

    front = Served(db, "--config", config, *flags)
    try:
        app, admin, _ = clients(front.url)
        template, audience = promotion(admin, recipients)
        probe = Probe(front.url)
        idle = probe.count(1500)
        made = admin.commands.save_campaign(
            campaign=Campaign(name="sale", template_id=template.template_id, audience_id=audience.audience_id)
        )
        assert made.campaign is not None, made.description
        assert made.estimate is not None and made.estimate.recipients == recipients, made.estimate
        started = time.perf_counter()
        assert admin.commands.start_campaign(campaign_id=made.campaign.campaign_id).status
        probe.start()
        smsc.wait_for(recipients)
        elapsed = time.perf_counter() - started
        busy = probe.stop()
        probe.close()
        for client in (admin, app):
            client.disconnect()
        return recipients / elapsed, idle, busy
    finally:
        front.stop()


def outside_section(args: argparse.Namespace, tmp: str) -> None:
    from elarian_server.config import DEV_ADMIN_KEY, DEV_API_KEY, DEV_APP, DEV_ORG

    recipients = 10_000 if args.quick else 30_000
    print(
        f"\noutside: {recipients:,} recipients through an SMPP provider (tests/smsc.py, own process), "
        "elarian-sync serve on a SQLite file:\n  its background work here, or in its worker process "
        "(the default)"
    )
    smsc = Smsc()
    try:
        config = Path(tmp) / "smpp.toml"
        config.write_text(
            SMPP_CONFIG.format(
                org=DEV_ORG, app=DEV_APP, api_key=DEV_API_KEY, admin_key=DEV_ADMIN_KEY, port=smsc.port
            )
        )
        for name, flags in (("background here", ("--background", "here")), ("worker process", ())):
            db = f"{tmp}/outside-{len(flags)}.db"
            layout_lines(f"serve, {name}", *outside_layout(db, str(config), smsc, recipients, flags))
    finally:
        smsc.close()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="fewer rows and recipients (a few minutes)")
    parser.add_argument("--only", help="comma-separated sections: import, campaign, split, outside")
    args = parser.parse_args()
    chosen = set(args.only.split(",")) if args.only else {"import", "campaign", "split", "outside"}
    harness.header("bench/campaign.py: audiences and campaigns")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        if "import" in chosen:
            import_section(args, tmp)
        if "campaign" in chosen:
            campaign_section(args, tmp)
        if "split" in chosen:
            split_section(args, tmp)
        if "outside" in chosen:
            outside_section(args, tmp)
    print(f"\n(took {time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
