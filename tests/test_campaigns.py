"""Campaigns (docs/communication.md, "Campaigns"): the variable-coverage refusal, the cost
estimate, states and what each allows (start, pause, resume, cancel, edit), notifications to the
app, one message per recipient across pause and resume, throttle accuracy over 10 s, quiet hours,
frequency and spending caps on the runtime's clock, auto-pause on the error rate, test sends,
consent and suppression skips, report rows with the campaign id. Runs on both stores."""

from __future__ import annotations

import csv
import io
import queue
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from elarian_server.config import DEV_ADMIN_KEY, DEV_API_KEY, DEV_APP, DEV_ORG, Config, parse_config
from elarian_server.runtime import Runtime
from elarian_sync import ConsentAction, Customer, CustomerNumber, CustomerNumberProvider, Elarian
from elarian_sync._generated.models import (
    Campaign,
    CampaignProgress,
    CampaignState,
    CommsChannel,
    CommsRecipient,
    CommsSendStatus,
    TemplateVariant,
)
from elarian_sync.audiences import import_audience

from .runtime_support import T0, running
from .sdk_support import FAST, SMS, simulator
from .test_comms_providers import SmsApi, serving
from .waiting import wait_until

SINCE = datetime.fromtimestamp(T0 - 86400, timezone.utc)


def _config(sms_api: str = "http://127.0.0.1:9/none") -> Config:
    org = {
        "id": DEV_ORG,
        "api_keys": [DEV_API_KEY],
        "admin_keys": [DEV_ADMIN_KEY],
        "apps": [{"id": DEV_APP}],
        "channels": [
            {"channel": "sms", "number": "83044", "app": DEV_APP},
            {"channel": "email", "number": "hello@duka.test", "app": DEV_APP},
        ],
        "providers": [
            {
                "name": "flaky",
                "kind": "http_sms",
                "channel": "sms",
                "url": sms_api,
                "username": "duka",
                "api_key": "k",
                "timeout": 5,
                "price": 2.0,
            },
        ],
        "comms": {
            "sms_sender": "83044",
            "email_sender": "hello@duka.test",
            "globals": {"company_name": "Duka"},
            "region": "KE",
            "simulator_price": 0.5,
        },
    }
    return parse_config({"orgs": [org]}, "campaigns.toml")


class Parties:
    """The admin app (and its campaign notifications) and what the simulator received."""

    def __init__(self, runtime: Runtime, admin: Elarian) -> None:
        self.runtime = runtime
        self.admin = admin
        self.status: queue.Queue[Any] = queue.Queue()
        self.received: list[Any] = []
        self.lock = threading.Lock()
        admin.on("comms_campaign_status", self.status.put)

    def got(self, message: Any) -> None:
        with self.lock:
            self.received.append((time.monotonic(), message))

    def texts(self) -> Counter[str]:
        with self.lock:
            return Counter(m.customer_number.number for _, m in self.received)

    def arrived(self, count: int) -> None:
        """Wait until the simulator has received ``count`` messages (a campaign finishes when its
        sends are recorded; their notifications to the simulator follow)."""
        wait_until(lambda: len(self.received) >= count, what=lambda: f"{len(self.received)} of {count}")

    def next_status(self, timeout: float = 30) -> Any:
        try:
            return self.status.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError(f"no campaign notification within {timeout} s") from None

    def until(self, state: CampaignState, timeout: float = 60) -> Any:
        """The campaign notifications up to the first of ``state``."""
        deadline = time.monotonic() + timeout
        while True:
            note = self.next_status(max(0.1, deadline - time.monotonic()))
            if note.state == state:
                return note

    def template(self, body: str, variables: list[str] | None = None) -> str:
        reply = self.admin.commands.save_template(
            name=f"t{time.monotonic_ns()}", channel=CommsChannel.SMS,
            variants=[TemplateVariant(language="en", body=body)], variables=variables or [],
        )  # fmt: skip
        assert reply.status, reply.description
        assert reply.template is not None
        return reply.template.template_id

    def audience(self, phones: list[str], name: str = "", **columns: list[str]) -> str:
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["phone", *columns])
        for i, phone in enumerate(phones):
            writer.writerow([phone, *(values[i] for values in columns.values())])
        out.seek(0)
        made = import_audience(self.admin, out, name=name or f"a{time.monotonic_ns()}", phone_column="phone")
        return made.audience_id

    def campaign(self, template_id: str, audience_id: str, **settings: Any) -> str:
        reply = self.admin.commands.save_campaign(
            campaign=Campaign(name="c", template_id=template_id, audience_id=audience_id, **settings)
        )
        assert reply.status, reply.description
        assert reply.campaign is not None
        return reply.campaign.campaign_id

    def progress(self, campaign_id: str) -> CampaignProgress:
        reply = self.admin.commands.get_campaign(campaign_id=campaign_id)
        assert reply.status and reply.progress is not None, reply.description
        return reply.progress

    def reports(self, campaign_id: str) -> list[Any]:
        out, cursor = [], ""
        until = datetime.fromtimestamp(self.runtime.clock.now() + 86400 * 30, timezone.utc)
        while True:
            page = self.admin.commands.query_reports(
                since=SINCE, until=until, campaign_id=campaign_id, cursor=cursor, limit=1000
            )
            assert page.status, page.description
            out += page.reports
            if not page.next_cursor:
                return out
            cursor = page.next_cursor


@contextmanager
def campaign_parties() -> Iterator[Parties]:
    """A runtime (the campaigns config), its admin app and a simulator recording what it gets."""
    with (
        running(_config()) as runtime,
        Elarian(
            org_id=DEV_ORG, app_id=DEV_APP, api_key=DEV_ADMIN_KEY, url=runtime.url, reconnect=FAST
        ) as admin,
        simulator(runtime.url) as sim,
    ):
        p = Parties(runtime, admin)
        sim.on("send_message", p.got)
        yield p


@pytest.fixture
def parties() -> Iterator[Parties]:
    with campaign_parties() as p:
        yield p


def phones(n: int, start: int = 0) -> list[str]:
    return [f"+2547{11_000_000 + start + i:08d}" for i in range(n)]


def test_a_campaign_whose_variables_are_not_covered_is_refused_naming_them(parties: Parties) -> None:
    template = parties.template(
        "Hi {{ first_name }}, {{ discount }} off at {{ company_name }}", ["first_name", "discount"]
    )
    audience = parties.audience(phones(2), first_name=["a", "b"])
    reply = parties.admin.commands.save_campaign(
        campaign=Campaign(name="c", template_id=template, audience_id=audience)
    )
    assert not reply.status
    assert "discount" in reply.description and "first_name" not in reply.description.split(":")[-1]
    assert parties.admin.commands.list_campaigns().campaigns == [], "nothing was saved"
    unknown = parties.admin.commands.save_campaign(
        campaign=Campaign(name="c", template_id=template, audience_id="el_aud_nope")
    )
    assert not unknown.status and "unknown audience" in unknown.description


def test_the_estimate_counts_recipients_segments_and_price(parties: Parties) -> None:
    long_text = "x" * 158 + " {{ first_name }}"  # two GSM-7 segments with any of the names
    template = parties.template(long_text, ["first_name"])
    audience = parties.audience(phones(4), first_name=["Ann", "Bo", "Cy", "Di"])
    reply = parties.admin.commands.save_campaign(
        campaign=Campaign(name="c", template_id=template, audience_id=audience)
    )
    assert reply.estimate is not None
    assert (reply.estimate.recipients, reply.estimate.segments) == (4, 2)
    assert (reply.estimate.price, reply.estimate.cost, reply.estimate.provider) == (0.5, 4.0, "simulator")
    via = parties.admin.commands.save_campaign(
        campaign=Campaign(name="c", template_id=template, audience_id=audience, providers=["flaky"])
    )
    assert via.estimate is not None and (via.estimate.price, via.estimate.cost) == (2.0, 16.0)


def test_a_campaign_runs_to_the_end_once_per_recipient_and_tells_the_app(parties: Parties) -> None:
    numbers = phones(300)
    template = parties.template("Hi {{ first_name }}, from {{ company_name }}", ["first_name"])
    audience = parties.audience(numbers, first_name=[f"n{i}" for i in range(300)])
    campaign_id = parties.campaign(template, audience)
    as_app = Elarian(org_id=DEV_ORG, app_id=DEV_APP, api_key=DEV_API_KEY, url=parties.runtime.url)
    with as_app:
        refused = as_app.commands.start_campaign(campaign_id=campaign_id)
        assert not refused.status and "admin key" in refused.description
    started = parties.admin.commands.start_campaign(campaign_id=campaign_id)
    assert started.status and started.campaign is not None
    assert started.campaign.state == CampaignState.SCHEDULED
    assert parties.next_status().state == CampaignState.RUNNING
    finished = parties.until(CampaignState.FINISHED)
    assert finished.campaign_id == campaign_id
    assert finished.progress.sent == 300 and finished.progress.remaining == 0
    parties.arrived(300)
    with parties.lock:
        texts = {m.customer_number.number: m.message.body.text for _, m in parties.received}
    assert texts == {n: f"Hi n{i}, from Duka" for i, n in enumerate(numbers)}
    assert set(parties.texts().values()) == {1}
    reports = parties.reports(campaign_id)
    assert len(reports) == 300 and {r.campaign_id for r in reports} == {campaign_id}
    edit = parties.admin.commands.save_campaign(
        campaign=Campaign(campaign_id=campaign_id, name="c2", template_id=template, audience_id=audience)
    )
    assert not edit.status and "finished" in edit.description


def test_pause_resume_cancel_and_edit_follow_the_states(parties: Parties) -> None:
    numbers = phones(400, 1000)
    template = parties.template("one")
    other = parties.template("two")
    audience = parties.audience(numbers)
    campaign_id = parties.campaign(template, audience, throttle=100)
    cmds = parties.admin.commands
    assert not cmds.pause_campaign(campaign_id=campaign_id).status  # a draft does not pause
    assert not cmds.resume_campaign(campaign_id=campaign_id).status
    assert cmds.save_campaign(  # a draft changes
        campaign=Campaign(
            campaign_id=campaign_id, name="c", template_id=other, audience_id=audience, throttle=100
        )
    ).status
    assert cmds.start_campaign(campaign_id=campaign_id).status
    assert not cmds.start_campaign(campaign_id=campaign_id).status  # once
    parties.until(CampaignState.RUNNING)
    parties.arrived(5)  # under way with the first template
    running_edit = cmds.save_campaign(
        campaign=Campaign(campaign_id=campaign_id, name="c", template_id=template, audience_id=audience)
    )
    assert not running_edit.status and "running" in running_edit.description
    paused = cmds.pause_campaign(campaign_id=campaign_id)
    assert paused.status and paused.campaign is not None and paused.campaign.state == CampaignState.PAUSED
    note = parties.until(CampaignState.PAUSED)
    assert "paused by" in note.reason
    # paused: what it queued waits; nothing new goes (read the count twice around a marker)
    at_pause = parties.progress(campaign_id)
    assert at_pause.remaining > 0, "throttled at 100/s, 400 take longer than the steps above"
    assert cmds.save_campaign(  # a paused campaign changes (its template, its throttle)
        campaign=Campaign(
            campaign_id=campaign_id, name="c", template_id=template, audience_id=audience, throttle=0
        )
    ).status
    assert cmds.resume_campaign(campaign_id=campaign_id).status
    parties.until(CampaignState.FINISHED)
    parties.arrived(400)
    counts = parties.texts()
    assert set(counts) == set(numbers) and set(counts.values()) == {1}, "one message each across the pause"
    with parties.lock:
        bodies = Counter(m.message.body.text for _, m in parties.received)
    assert bodies["two"] > 0 and bodies["one"] > 0 and bodies["two"] + bodies["one"] == 400, bodies
    assert not cmds.cancel_campaign(campaign_id=campaign_id).status  # finished: nothing to cancel


def test_a_cancelled_campaign_skips_what_it_queued_and_sends_nothing_more(parties: Parties) -> None:
    numbers = phones(300, 2000)
    campaign_id = parties.campaign(parties.template("hello"), parties.audience(numbers), throttle=50)
    cmds = parties.admin.commands
    assert cmds.start_campaign(campaign_id=campaign_id).status
    parties.until(CampaignState.RUNNING)
    cancelled = cmds.cancel_campaign(campaign_id=campaign_id)
    assert cancelled.status and cancelled.campaign is not None
    assert cancelled.campaign.state == CampaignState.CANCELLED
    note = parties.until(CampaignState.CANCELLED)
    assert "cancelled by" in note.reason
    progress = parties.progress(campaign_id)
    assert progress.in_flight == 0 and progress.remaining == 0
    reports = parties.reports(campaign_id)
    settled = {r.address: r.status for r in reports}
    skipped = [a for a, s in settled.items() if s == CommsSendStatus.SKIPPED]
    sent = {a for a, s in settled.items() if s in (CommsSendStatus.SENT, CommsSendStatus.DELIVERED)}
    assert len(sent) + len(skipped) == len(reports) < 300
    assert not cmds.resume_campaign(campaign_id=campaign_id).status
    # what reached the simulator is what was sent: every one of them, and (read after a marker
    # that follows them) nothing of what was skipped
    parties.arrived(len(sent))
    marker = parties.template("marker")
    assert cmds.send_template(template_id=marker, recipient=CommsRecipient(address=numbers[0])).status
    wait_until(lambda: any(m.message.body.text == "marker" for _, m in list(parties.received)))
    with parties.lock:
        got = [m.customer_number.number for _, m in parties.received if m.message.body.text == "hello"]
    assert sorted(got) == sorted(sent)


def test_quiet_hours_hold_sends_until_morning_where_the_contact_is(parties: Parties) -> None:
    clock = parties.runtime.clock
    # 02:30 in Nairobi (quiet), 18:30 in New York (not quiet; it would be in UTC, 23:30)
    clock.set(datetime(2027, 1, 15, 23, 30, tzinfo=timezone.utc))
    kenya, usa = phones(3, 4000), ["+12025550143"]
    audience = parties.audience(kenya + usa)
    template = parties.template("good morning")
    waiting = parties.campaign(template, audience, quiet_start="21:00", quiet_end="08:00")
    assert parties.admin.commands.start_campaign(campaign_id=waiting).status
    wait_until(lambda: parties.progress(waiting).remaining == 0, what="every contact taken up")
    wait_until(lambda: parties.texts().get(usa[0]) == 1, what="the New York contact's message")
    progress = parties.progress(waiting)
    assert progress.in_flight == 3 and progress.sent == 1, "Nairobi's three wait for the morning"
    assert not set(kenya) & set(parties.texts())
    clock.set(datetime(2027, 1, 16, 5, 1, tzinfo=timezone.utc))  # 08:01 in Nairobi
    note = parties.until(CampaignState.FINISHED)
    assert note.progress.sent == 4
    parties.arrived(4)
    assert all(parties.texts()[n] == 1 for n in kenya)
    clock.set(datetime(2027, 1, 16, 23, 30, tzinfo=timezone.utc))
    skipping = parties.campaign(
        template, audience, quiet_start="21:00", quiet_end="08:00", skip_quiet_hours=True, frequency_cap=0
    )
    assert parties.admin.commands.start_campaign(campaign_id=skipping).status
    done = parties.until(CampaignState.FINISHED)
    assert (done.progress.sent, done.progress.skipped) == (1, 3)
    parties.arrived(5)
    reasons = {r.address: r.error_code for r in parties.reports(skipping)}
    assert reasons == {**{n: "quiet_hours" for n in kenya}, usa[0]: ""}


def test_the_frequency_cap_counts_promotional_messages_within_its_window(parties: Parties) -> None:
    numbers = phones(5, 5000)
    audience = parties.audience(numbers)
    template = parties.template("promo")
    capped = {"frequency_cap": 1, "frequency_window": timedelta(days=7)}
    first = parties.campaign(template, audience, **capped)
    assert parties.admin.commands.start_campaign(campaign_id=first).status
    assert parties.until(CampaignState.FINISHED).progress.sent == 5
    parties.arrived(5)
    second = parties.campaign(template, audience, **capped)
    assert parties.admin.commands.start_campaign(campaign_id=second).status
    done = parties.until(CampaignState.FINISHED)
    assert (done.progress.sent, done.progress.skipped) == (0, 5)
    assert {r.error_code for r in parties.reports(second)} == {"frequency_cap"}
    parties.runtime.clock.advance(8 * 86400)  # the window has passed
    third = parties.campaign(template, audience, **capped)
    assert parties.admin.commands.start_campaign(campaign_id=third).status
    assert parties.until(CampaignState.FINISHED).progress.sent == 5
    parties.arrived(10)
    assert set(parties.texts().values()) == {2}


def test_the_spending_cap_pauses_the_campaign_where_it_is_reached(parties: Parties) -> None:
    numbers = phones(30, 6000)
    campaign_id = parties.campaign(parties.template("cheap"), parties.audience(numbers), spending_cap=10.0)
    assert parties.admin.commands.start_campaign(campaign_id=campaign_id).status
    note = parties.until(CampaignState.PAUSED)
    assert "spending cap" in note.reason
    reply = parties.admin.commands.get_campaign(campaign_id=campaign_id)
    assert reply.campaign is not None and reply.campaign.spent == 10.0  # 20 messages at 0.5
    wait_until(lambda: parties.progress(campaign_id).sent == 20, what="the 20 the cap allowed")
    assert parties.progress(campaign_id).remaining == 10
    parties.arrived(20)
    assert sum(parties.texts().values()) == 20


def test_a_failing_provider_pauses_the_campaign_past_its_error_threshold() -> None:
    api = SmsApi(mode="invalid")  # every number refused (a permanent failure, no retry)
    with (
        serving(api) as url,
        running(_config(url)) as runtime,
        Elarian(
            org_id=DEV_ORG, app_id=DEV_APP, api_key=DEV_ADMIN_KEY, url=runtime.url, reconnect=FAST
        ) as admin,
    ):
        p = Parties(runtime, admin)
        campaign_id = p.campaign(p.template("x"), p.audience(phones(200, 7000)), providers=["flaky"])
        assert admin.commands.start_campaign(campaign_id=campaign_id).status
        note = p.until(CampaignState.PAUSED)
        assert "failed" in note.reason and "threshold" in note.reason
        assert note.progress.failed >= 20
        held = note.progress.in_flight + note.progress.remaining
        assert held > 0, "paused before every contact was tried"
        with api.lock:
            tried = len(api.posts)
        # what it held back stays held while it is paused (a send handed out as it paused may finish)
        reply = admin.commands.get_campaign(campaign_id=campaign_id)
        assert reply.campaign is not None and reply.campaign.state == CampaignState.PAUSED
        # a send in flight as it paused may reach the provider; one never handed out may not
        assert tried <= 200 - note.progress.remaining


def test_a_test_send_goes_to_one_address_and_is_not_counted(parties: Parties) -> None:
    template = parties.template("Hi {{ first_name }}", ["first_name"])
    campaign_id = parties.campaign(template, parties.audience(phones(2, 8000), first_name=["Ann", "Bo"]))
    sent = parties.admin.commands.test_campaign(campaign_id=campaign_id, address="+254799999999")
    assert sent.status, sent.description
    given = parties.admin.commands.test_campaign(
        campaign_id=campaign_id, address="+254799999998", variables={"first_name": "Zed"}
    )
    assert given.status
    wait_until(lambda: len(parties.received) == 2)
    with parties.lock:
        assert sorted(m.message.body.text for _, m in parties.received) == ["Hi Ann", "Hi Zed"]
    progress = parties.progress(campaign_id)
    assert (progress.sent, progress.remaining) == (0, 2)
    wrong = parties.admin.commands.test_campaign(campaign_id=campaign_id, address="someone@example.com")
    assert not wrong.status and "cannot receive" in wrong.description


def test_consent_and_suppression_skip_recipients_by_number(parties: Parties) -> None:
    numbers = phones(4, 9000)
    number = CustomerNumber(number=numbers[0], provider=CustomerNumberProvider.CELLULAR)
    blocked = Customer(parties.admin, customer_number=number)
    assert blocked.update_messaging_consent(SMS, ConsentAction.BLOCK).status
    suppressed = parties.admin.commands.update_suppression(
        channel=CommsChannel.SMS, address=numbers[1], suppress=True
    )
    assert suppressed.status
    campaign_id = parties.campaign(parties.template("offer"), parties.audience(numbers))
    assert parties.admin.commands.start_campaign(campaign_id=campaign_id).status
    done = parties.until(CampaignState.FINISHED)
    assert (done.progress.sent, done.progress.skipped) == (2, 2)
    parties.arrived(2)
    reasons = {r.address: r.error_code for r in parties.reports(campaign_id)}
    assert reasons[numbers[0]] == "no_consent" and reasons[numbers[1]] == "suppressed"
    assert set(parties.texts()) == set(numbers[2:])


def test_a_campaign_started_for_later_waits_for_the_runtimes_clock(parties: Parties) -> None:
    numbers = phones(3, 9500)
    campaign_id = parties.campaign(parties.template("at nine"), parties.audience(numbers))
    at = datetime.fromtimestamp(T0 + 3600, timezone.utc)
    started = parties.admin.commands.start_campaign(campaign_id=campaign_id, at=at)
    assert started.campaign is not None and started.campaign.state == CampaignState.SCHEDULED
    assert started.campaign.start_at == at
    marker = parties.template("marker")
    cmds = parties.admin.commands
    assert cmds.send_template(template_id=marker, recipient=CommsRecipient(address=numbers[0])).status
    parties.arrived(1)  # the runtime is running; the campaign has sent nothing
    assert parties.progress(campaign_id).remaining == 3 and sum(parties.texts().values()) == 1
    reply = cmds.get_campaign(campaign_id=campaign_id)
    assert reply.campaign is not None and reply.campaign.state == CampaignState.SCHEDULED
    parties.runtime.clock.advance(3600)
    assert parties.until(CampaignState.RUNNING).campaign_id == campaign_id
    assert parties.until(CampaignState.FINISHED).progress.sent == 3


def test_what_a_campaign_needs_is_not_deleted_from_under_it(parties: Parties) -> None:
    template = parties.template("keep me")
    audience = parties.audience(phones(2, 9700))
    campaign_id = parties.campaign(template, audience, providers=["flaky"])
    cmds = parties.admin.commands
    gone = cmds.delete_template(template_id=template)
    assert not gone.status and campaign_id in gone.description
    kept = cmds.delete_audience(audience_id=audience)
    assert not kept.status and campaign_id in kept.description
    assert cmds.cancel_campaign(campaign_id=campaign_id).status
    assert cmds.delete_template(template_id=template).status  # ended: free to go
    assert cmds.delete_audience(audience_id=audience).status
