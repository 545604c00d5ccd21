"""Campaigns across kill -9: an SMS campaign through the simulator and an email campaign through
a real SMTP server (aiosmtpd, in this process, so it outlives the runtimes) run while the runtime
is killed with SIGKILL at random points three times and restarted on the same store. At the
receiving ends no recipient has more than one message; every recipient ends with an outcome;
the email campaign's ``unknown`` sends are no more than were in flight at the kills; the SMS
campaign, whose provider (the simulator) takes a message in the transaction that records it,
reaches every recipient exactly once. On both stores, and on a SQLite file shared with an apps'
instance that is never killed (the campaigns' instance is)."""

from __future__ import annotations

import random
import threading
import time
from collections import Counter
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from elarian_server.config import DEV_ADMIN_KEY, DEV_API_KEY, DEV_APP, DEV_ORG
from elarian_server.store import open_store
from elarian_sync import Elarian
from elarian_sync._generated.models import (
    Campaign,
    CampaignState,
    CommsChannel,
    CommsSendStatus,
    TemplateVariant,
)
from elarian_sync.audiences import csv_text, import_audience

from .pg_support import database
from .runtime_support import served, serving, simulator_outbox
from .sdk_support import FAST, simulator
from .test_comms_providers import Mailbox, free_port
from .waiting import wait_until

SMS_RECIPIENTS, EMAIL_RECIPIENTS = 1500, 400
SENDING = CommsSendStatus.SENDING
FINAL = {CommsSendStatus.SENT, CommsSendStatus.DELIVERED, CommsSendStatus.FAILED, CommsSendStatus.SKIPPED,
         CommsSendStatus.UNKNOWN}  # fmt: skip


def _config(smtp_port: int) -> str:
    return f"""
[runtime]
send_lease = 1  # a killed runtime's claims pass on within a second

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

[[orgs.channels]]
channel = "email"
number = "news@duka.test"
app = "{DEV_APP}"

[[orgs.providers]]
name = "mail"
kind = "smtp"
channel = "email"
host = "127.0.0.1"
port = {smtp_port}
timeout = 5

[orgs.comms]
sms_sender = "83044"
email_sender = "news@duka.test"
region = "KE"

[orgs.comms.defaults]
promotional_email = ["mail"]
"""


def _admin(url: str) -> Elarian:
    return Elarian(org_id=DEV_ORG, app_id=DEV_APP, api_key=DEV_ADMIN_KEY, url=url, reconnect=FAST)


def _start(url: str) -> tuple[str, str]:
    """Both campaigns, made and started: (the SMS one's id, the email one's)."""
    with _admin(url) as admin:
        cmds = admin.commands
        text = TemplateVariant(body="hi {{ n }}")
        sms = cmds.save_template(
            name="s", channel=CommsChannel.SMS, variants=[text], variables=["n"]
        ).template
        html = TemplateVariant(subject="news {{ n }}", body="<p>hi</p>")
        mail = cmds.save_template(
            name="e", channel=CommsChannel.EMAIL, variants=[html], variables=["n"]
        ).template
        assert sms is not None and mail is not None
        phones = csv_text(
            [["phone", "n"]] + [[f"07{40_000_000 + i:08d}", str(i)] for i in range(SMS_RECIPIENTS)]
        )
        emails = csv_text([["email", "n"]] + [[f"r{i}@example.org", str(i)] for i in range(EMAIL_RECIPIENTS)])
        to_phones = import_audience(admin, phones, name="phones", phone_column="phone")
        to_emails = import_audience(admin, emails, name="emails", email_column="email")
        ids = []
        for template, audience, extra in (
            (sms.template_id, to_phones.audience_id, {"throttle": 250.0}),
            (mail.template_id, to_emails.audience_id, {"throttle": 60.0}),
        ):
            made = cmds.save_campaign(
                campaign=Campaign(name="c", template_id=template, audience_id=audience, **extra)
            )
            assert made.status and made.campaign is not None, made.description
            assert cmds.start_campaign(campaign_id=made.campaign.campaign_id).status
            ids.append(made.campaign.campaign_id)
        return ids[0], ids[1]


def _settled(url: str, campaign_id: str) -> int:
    with _admin(url) as admin:
        p = admin.commands.get_campaign(campaign_id=campaign_id).progress
        assert p is not None
        return p.sent + p.failed + p.skipped + p.unknown


@pytest.mark.parametrize(
    ("store", "split"),
    [("sqlite", False), ("postgres", False), ("sqlite", True)],
    ids=["sqlite", "postgres", "sqlite-split"],
)
def test_campaigns_killed_three_times_send_each_recipient_at_most_once(
    tmp_path: Path, store: str, split: bool
) -> None:
    """``split``: the apps' instance (``serve --no-background``) stays up throughout, on the same
    SQLite file as the instance that runs the campaigns, which is the one killed: a process
    dying mid-transaction (holding the write lock) leaves the other's file whole."""
    box = Mailbox()
    smtp = Controller(box, hostname="127.0.0.1", port=free_port())
    smtp.start()
    rng = random.Random()
    config = tmp_path / "elarian.toml"
    config.write_text(_config(smtp.port), encoding="utf-8")
    in_flight_at_kills = 0
    try:
        with ExitStack() as stack:
            db: Path | str = (
                tmp_path / "campaign.db" if store == "sqlite" else stack.enter_context(database())
            )
            sms_id = email_id = ""
            front = ""  # the apps' instance, when the campaigns run on another
            if split:
                front = stack.enter_context(serving(db, config, "--no-background"))[1]["ws"]
            for kill in range(3):
                with served(db, config) as (proc, url):
                    apps = front or url
                    if kill == 0:
                        sms_id, email_id = _start(apps)
                    before = _settled(apps, sms_id)
                    # killed at a random point once it is under way again
                    wait_until(
                        lambda u=apps, b=before, c=sms_id: _settled(u, c) > b, timeout=30, what="progress"
                    )
                    time.sleep(rng.uniform(0.05, 0.6))
                    proc.kill()
                    proc.wait(10)
                left = open_store(str(db))
                try:
                    with left.read() as tx:
                        in_flight_at_kills += tx.campaign_counts(DEV_ORG, email_id).get(SENDING, 0)
                        assert tx.campaign(DEV_ORG, sms_id) is not None
                finally:
                    left.close()
            with served(db, config) as (_, url), _admin(front or url) as admin:
                received: list[str] = []
                lock = threading.Lock()

                def got(notification: Any) -> None:
                    with lock:
                        received.append(notification.customer_number.number)

                sim = simulator(url)
                sim.on("send_message", got)  # before it connects: what was queued goes at once
                stack.enter_context(sim)

                def ended(campaign_id: str) -> bool:
                    c = admin.commands.get_campaign(campaign_id=campaign_id).campaign
                    return c is not None and c.state == CampaignState.FINISHED

                wait_until(
                    lambda: ended(sms_id) and ended(email_id), timeout=90, what="both campaigns finished"
                )
                sms = _reports(admin, sms_id)
                email = _reports(admin, email_id)
                wait_until(
                    lambda: len(received) >= SMS_RECIPIENTS,
                    timeout=60,
                    what=lambda: f"every SMS at the simulator ({len(received)} came; {simulator_outbox(db)})",
                )
                texts = Counter(received)
                assert len(sms) == SMS_RECIPIENTS and all(r.status in FINAL for r in sms.values())
                assert set(texts.values()) == {1} and len(texts) == SMS_RECIPIENTS, "each phone exactly once"
                assert not [r for r in sms.values() if r.status == CommsSendStatus.UNKNOWN]
                assert len(email) == EMAIL_RECIPIENTS and all(r.status in FINAL for r in email.values())
                unknown = [a for a, r in email.items() if r.status == CommsSendStatus.UNKNOWN]
                sent = {a for a, r in email.items() if r.status == CommsSendStatus.SENT}
                assert len(unknown) <= in_flight_at_kills
                mails: Counter[str] = Counter()
                while not box.received.empty():
                    mails.update(str(m["To"]) for m in [box.received.get_nowait()])
                assert all(n == 1 for n in mails.values()), "no address got two emails"
                assert sent <= set(mails) <= sent | set(unknown)
    finally:
        smtp.stop()


def _reports(admin: Elarian, campaign_id: str) -> dict[str, Any]:
    from datetime import datetime, timezone

    out: dict[str, Any] = {}
    cursor = ""
    since = datetime.fromtimestamp(time.time() - 3600, timezone.utc)
    while True:
        page = admin.commands.query_reports(since=since, campaign_id=campaign_id, cursor=cursor, limit=1000)
        assert page.status, page.description
        for r in page.reports:
            assert r.address not in out, f"two report rows for {r.address}"
            out[r.address] = r
        if not page.next_cursor:
            return out
        cursor = page.next_cursor
