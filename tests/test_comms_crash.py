"""Queued sends survive kill -9: the runtime is killed while a client queues sends as fast
as it can; after a restart on the same store every send the client saw queued is in the
reports, ends sent or unknown (in flight at the crash: never sent twice), and the simulator
receives each sent one exactly once and no other. On PostgreSQL a second instance on the same
database takes the dead one's sends over."""

from __future__ import annotations

import signal
import threading
import time
from collections import Counter
from contextlib import ExitStack
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest

from elarian_server.config import DEV_ADMIN_KEY, DEV_API_KEY, DEV_APP, DEV_ORG
from elarian_server.store import open_store
from elarian_server.store.postgres import PostgresStore
from elarian_sync import Elarian
from elarian_sync._generated.models import CommsChannel, CommsRecipient, CommsSendStatus, TemplateVariant

from .pg_support import database
from .runtime_support import running, served, simulator_outbox
from .sdk_support import FAST, simulator
from .waiting import wait_until

CONFIG = f"""
[runtime]
send_lease = 1
send_rate = 50  # the sender falls behind the client: sends are still queued at the kill

[[orgs]]
id = "{DEV_ORG}"
api_keys = ["{DEV_API_KEY}"]
admin_keys = ["{DEV_ADMIN_KEY}"]

[[orgs.apps]]
id = "{DEV_APP}"

[[orgs.channels]]
channel = "sms"
number = "83044"
app = "{DEV_APP}"

[orgs.comms]
sms_sender = "83044"
"""
FINAL = {CommsSendStatus.SENT, CommsSendStatus.DELIVERED, CommsSendStatus.UNKNOWN}


def _client(url: str) -> Elarian:
    return Elarian(org_id=DEV_ORG, app_id=DEV_APP, api_key=DEV_API_KEY, url=url, reconnect=FAST)


@pytest.mark.parametrize("store", ["sqlite", "postgres"])
def test_queued_sends_are_sent_once_or_reported_unknown_after_kill_9(tmp_path: Path, store: str) -> None:
    config = tmp_path / "elarian.toml"
    config.write_text(CONFIG, encoding="utf-8")
    with ExitStack() as stack:
        db: Path | str = tmp_path / "comms.db" if store == "sqlite" else stack.enter_context(database())
        acknowledged = _queue_until_killed(db, config)
        left = open_store(str(db))
        try:
            with left.read() as tx:
                assert tx.next_send_due() is not None, "nothing was left queued at the kill"
        finally:
            left.close()
        if store == "sqlite":
            url = stack.enter_context(served(db, config))[1]
        else:  # another instance takes the dead one's sends over
            from elarian_server.config import load_config

            url = stack.enter_context(running(load_config(config), store=PostgresStore(str(db)))).url
        received: list[str] = []
        lock = threading.Lock()

        def got(notification: Any) -> None:
            with lock:
                received.append(notification.message_id)

        sim = simulator(url)
        sim.on("send_message", got)  # before it connects: the rows queued at the kill go at once
        stack.enter_context(sim)
        client = stack.enter_context(_client(url))
        since = datetime.fromtimestamp(time.time() - 3600, timezone.utc)

        def reports() -> dict[str, Any]:
            out, cursor = {}, ""
            while True:
                page = client.commands.query_reports(since=since, cursor=cursor, limit=1000)
                out.update({r.report_id: r for r in page.reports})
                if not page.next_cursor:
                    return out
                cursor = page.next_cursor

        wait_until(lambda: all(r.status in FINAL for r in reports().values()), timeout=30)
        rows = reports()
        assert acknowledged <= set(rows), "a send the client saw queued is missing"
        sent = {rid for rid, r in rows.items() if r.status != CommsSendStatus.UNKNOWN}
        wait_until(
            lambda: len(received) >= len(sent),
            timeout=30,
            what=lambda: f"sent SMS at the simulator ({len(received)}/{len(sent)}; {simulator_outbox(db)})",
        )
        counts = Counter(received)
        assert all(n == 1 for n in counts.values()), "a message reached the simulator twice"
        assert set(counts) == sent, "the simulator received exactly the sent ones"


def _queue_until_killed(db: Path | str, config: Path) -> set[str]:
    acknowledged: set[str] = set()
    with served(db, config) as (proc, url):
        with Elarian(org_id=DEV_ORG, app_id=DEV_APP, api_key=DEV_ADMIN_KEY, url=url) as admin:
            template = admin.commands.save_template(
                name="t",
                channel=CommsChannel.SMS,
                variants=[TemplateVariant(body="n={{ n }}")],
                variables=["n"],
            ).template
            assert template is not None
        stop = threading.Event()

        def queue_sends() -> None:
            with _client(url) as client:
                n = 0
                while not stop.is_set() and n < 5000:
                    try:
                        reply = client.commands.send_template(
                            template_id=template.template_id,
                            recipient=CommsRecipient(address=f"+2547{n:08d}"),
                            variables={"n": str(n)},
                            queue=True,
                            timeout=5,
                        )
                    except Exception:
                        return  # the runtime is gone
                    acknowledged.add(reply.outcomes[0].report_id)
                    n += 1

        workers = [threading.Thread(target=queue_sends) for _ in range(3)]
        for w in workers:
            w.start()
        wait_until(lambda: len(acknowledged) >= 150, timeout=60)
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        stop.set()
        for w in workers:
            w.join(30)
    return acknowledged
