"""A campaign's throttle over 10 s of real time (docs/communication.md, "Campaigns"): the
messages reaching the simulator in the 10 s after the first are the throttle's rate times 10,
give or take the token bucket's first tenth of a second. Timing on monotonic time, not on a
store, so it runs once (not again with ``--store=postgres``)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .test_campaigns import Parties, campaign_parties, phones
from .waiting import wait_until


@pytest.fixture
def parties() -> Iterator[Parties]:
    with campaign_parties() as p:
        yield p


def test_the_throttle_holds_over_ten_seconds(parties: Parties) -> None:
    numbers = phones(400, 3000)
    campaign_id = parties.campaign(parties.template("tick"), parties.audience(numbers), throttle=20)
    assert parties.admin.commands.start_campaign(campaign_id=campaign_id).status
    wait_until(lambda: len(parties.received) >= 1, timeout=10, what="the first message")
    with parties.lock:
        first = parties.received[0][0]
    wait_until(lambda: parties.received[-1][0] - first >= 10.5, timeout=30, what="10 s of sends")
    with parties.lock:
        in_ten = sum(1 for at, _ in parties.received if at - first < 10.0)
    # 20/s for 10 s: 200, give or take the bucket's first tenth of a second and one step
    assert 180 <= in_ten <= 215, in_ten
    assert parties.admin.commands.cancel_campaign(campaign_id=campaign_id).status
