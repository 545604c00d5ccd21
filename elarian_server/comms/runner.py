"""The campaign runner: takes running campaigns up, a window of contacts at a time, whichever
runtime instance started them.

Theory of operation
-------------------
One thread per runtime. A pass claims the campaigns that are running, or scheduled to start by
now on the runtime's clock, that no other runner holds (``ClaimsTx`` on ``comms_campaigns``:
one runner per campaign; a dead runner's campaigns pass to another when its lease runs out).
For each it claimed:

1. A scheduled campaign whose time came starts (RUNNING; the app is told).
2. It pauses itself (the app is told) when more than its error threshold of its last sends
   failed, or when its spending cap is reached.
3. Otherwise it takes the next contacts (``Campaigns.take``, in a snapshot: checks, rendering)
   and records them (queued sends for the sender, skipped ones settled) in one transaction that
   moves its position on only if nobody changed the campaign since it was read (its version). How many: no
   more than its throttle allows now (a token bucket on monotonic time), and no more than keep
   ``window`` of its sends due or in flight, so the queue ahead of the sender stays short and a
   pause holds back little.
4. With every contact taken and nothing of it queued or in flight, it is finished.

Memory is bounded by the window: contacts are read ``step`` at a time, never the audience.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import replace

from elarian_sync._generated import comms_pb2 as CM

from ..background import ClaimsWorker
from ..clock import Clock
from ..config import Org
from ..store.base import CampaignRec, Store, Tx
from .campaigns import (
    ERROR_MINIMUM,
    ERROR_SAMPLE,
    FAILED,
    FINISHED,
    QUEUED,
    RUNNING,
    SCHEDULED,
    SENDING,
    Campaigns,
    notify,
    pause,
)
from .limits import RateLimit

log = logging.getLogger("elarian_server.comms")

JOBS = "comms_campaigns"


class Runner(ClaimsWorker):
    def __init__(
        self,
        store: Store,
        clock: Clock,
        campaigns: Campaigns,
        committed: Callable[[Tx], None],
        routes: Callable[[str], Org | None],
        *,
        lease: float = 30.0,
        owner: str | None = None,
        window: int = 1024,
        step: int = 256,
    ) -> None:
        super().__init__(store, clock, jobs=JOBS, role="campaigns", lease=lease, owner=owner)
        self.campaigns = campaigns
        self.committed = committed
        self.routes = routes
        self.window = window
        self.step = step
        self._limits: dict[str, RateLimit] = {}  # each campaign's throttle

    def work_pass(self) -> float:
        return self.work()

    def work(self) -> float:
        """One pass over the campaigns due; how long until the next is worth making (0: now)."""
        lease_now, now = time.time(), self.clock.now()
        with self.store.read() as tx:
            due = tx.due_campaigns(now, lease_now, 32, self.owner)
            start = tx.next_campaign_start() if not due else None
        if not due:
            if start is not None and start > now:  # the clock's listener wakes us if it jumps
                return min(self.lease / 3, start - now)
            return self.lease / 3
        with self.store.transaction(keys=()) as tx:
            claimed = tx.claim(JOBS, due, self.owner, lease_now + self.lease, lease_now)
            held = tx.campaigns_by_row(claimed)
        wait = 0.1  # while it holds a running campaign, it looks again soon whatever happens
        for rec in held:
            try:
                wait = min(wait, self._step(rec, now))
            except Exception:
                log.exception("campaign %s: a step failed", rec.campaign_id)
        return wait

    def _release(self, rec: CampaignRec) -> None:
        with self.store.transaction(keys=()) as tx:
            tx.release_claims(JOBS, self.owner, [rec.row_id])
        self._limits.pop(rec.campaign_id, None)

    def _step(self, rec: CampaignRec, now: float) -> float:
        org = self.routes(rec.org_id)
        if org is None or rec.state not in (SCHEDULED, RUNNING):
            # paused or ended between the look at what was due and the claim: its writes below
            # expect this version, so nothing would stop them
            self._release(rec)
            return self.lease / 3
        campaign = CM.Campaign.FromString(rec.body)
        if rec.state == SCHEDULED:
            if rec.start_at is not None and rec.start_at > now:
                self._release(rec)
                return rec.start_at - now
            started = replace(rec, state=RUNNING, started_at=rec.started_at or now, updated_at=now)
            with self.store.transaction(keys=()) as tx:
                if not tx.update_campaign(started, expect=rec.version):
                    return 0.0  # changed meanwhile (paused, cancelled): the next pass sees how
                started = replace(started, version=rec.version + 1)
                notify(tx, started, now)
            self.committed(tx)
            rec = started
        with self.store.read() as tx:
            recent = tx.campaign_recent(rec.org_id, rec.campaign_id, ERROR_SAMPLE)
            due = tx.campaign_due(rec.org_id, rec.campaign_id, now)
        failed = sum(1 for s in recent if s == FAILED)
        threshold = campaign.error_threshold or 0.5
        if len(recent) >= ERROR_MINIMUM and threshold < 1 and failed / len(recent) > threshold:
            why = f"{failed} of its last {len(recent)} sends failed (its threshold is {threshold:.0%})"
            return self._pause(rec, why, now)
        if campaign.spending_cap and rec.spent >= campaign.spending_cap - 1e-9:
            why = f"its spending cap ({campaign.spending_cap:g}) is reached"
            return self._pause(rec, why, now, hold=False)
        room = self.window - due
        if room <= 0:
            return 0.05  # the sender has enough of it: when its sends settle, the sender kicks
        limit = self._limit(rec.campaign_id, campaign.throttle)
        most = min(room, self.step, limit.allowance(self.step))
        if most <= 0:
            return max(0.001, limit.delay())
        with self.store.read() as tx:
            window = self.campaigns.take(tx, rec, org, most, now)
        if not window.rows and not window.capped:
            return self._finish_if_done(rec, now)
        with self.store.transaction(keys=()) as tx:
            moved = replace(rec, position=window.position, spent=rec.spent + window.cost, updated_at=now)
            if not tx.update_campaign(moved, expect=rec.version):
                return 0.0  # paused, cancelled or edited meanwhile: nothing recorded
            moved = replace(moved, version=rec.version + 1)
            tx.put_sends(window.rows)
            if window.capped:
                pause(tx, moved, f"its spending cap ({campaign.spending_cap:g}) is reached", now, hold=False)
        self.committed(tx)
        limit.spend(sum(1 for r in window.rows if r.status == QUEUED))
        if window.capped:
            self._release(rec)
            return self.lease / 3
        return 0.0

    def _limit(self, campaign_id: str, throttle: float) -> RateLimit:
        limit = self._limits.get(campaign_id)
        if limit is None or limit.rate != throttle:
            # a tenth of a second's worth at most at once: a throttle is a steady rate
            limit = self._limits[campaign_id] = RateLimit(throttle, burst=0.1)
        return limit

    def _pause(self, rec: CampaignRec, why: str, now: float, hold: bool = True) -> float:
        with self.store.transaction(keys=()) as tx:
            current = tx.campaign(rec.org_id, rec.campaign_id)
            if current is not None and current.state == RUNNING:
                pause(tx, current, why, now, hold)
        self.committed(tx)
        self._release(rec)
        return self.lease / 3

    def _finish_if_done(self, rec: CampaignRec, now: float) -> float:
        """Every contact was taken: finished once none of its sends is queued or in flight."""
        with self.store.read() as tx:
            counts = tx.campaign_counts(rec.org_id, rec.campaign_id)
        if counts.get(QUEUED, 0) + counts.get(SENDING, 0):
            return 0.1
        with self.store.transaction(keys=()) as tx:
            done = replace(rec, state=FINISHED, finished_at=now, reason="", updated_at=now)
            if tx.update_campaign(done, expect=rec.version):
                notify(tx, done, now)
        self.committed(tx)
        self._release(rec)
        return self.lease / 3
