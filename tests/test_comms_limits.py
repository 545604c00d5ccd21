"""A provider's rate limit and circuit breaker, on a clock the test moves (monotonic time in the
runtime): the figures they promise, exactly, without sleeping."""

from __future__ import annotations

import threading

from elarian_server.comms.limits import CircuitBreaker, RateLimit


class FakeTime:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_a_rate_limit_lets_a_seconds_worth_through_then_one_per_interval() -> None:
    clock = FakeTime()
    limit = RateLimit(5, now=clock)
    assert [limit.wait() for _ in range(5)] == [0.0] * 5  # a burst of one second's worth
    assert abs(limit.wait() - 0.2) < 1e-9  # then one every 1/5 s
    clock.now += 0.2
    assert limit.wait() == 0.0
    clock.now += 10  # idle: the bucket fills to a second's worth, no more
    assert [limit.wait() for _ in range(6)][-1] > 0


def test_no_rate_limit_never_waits_and_take_stops_when_told() -> None:
    assert RateLimit(0).wait() == 0.0
    clock = FakeTime()
    limit = RateLimit(1, now=clock)
    limit.wait()
    stop = threading.Event()
    stop.set()
    assert limit.take(stop) is False  # a token is a second away and the sender is stopping


def test_a_circuit_opens_after_failures_in_a_row_and_half_opens_after_its_cooldown() -> None:
    clock = FakeTime()
    breaker = CircuitBreaker(threshold=3, cooldown=30, now=clock)
    for _ in range(2):
        breaker.failed()
    breaker.succeeded()  # a success in between: the count starts again
    for _ in range(2):
        breaker.failed()
    assert breaker.state == "closed" and breaker.allow()
    breaker.failed()
    assert breaker.state == "open" and not breaker.allow()
    clock.now += 29.9
    assert not breaker.allow()
    clock.now += 0.1
    assert breaker.state == "half-open"
    assert breaker.allow() and not breaker.allow()  # one probe at a time
    breaker.failed()  # the probe failed: open again, for another cooldown
    assert breaker.state == "open" and not breaker.allow()
    clock.now += 30
    assert breaker.allow()
    breaker.succeeded()
    assert breaker.state == "closed" and breaker.allow() and breaker.allow()


def test_a_probe_that_ends_saying_nothing_lets_the_next_one_probe() -> None:
    clock = FakeTime()
    breaker = CircuitBreaker(threshold=1, cooldown=10, now=clock)
    breaker.failed()
    clock.now += 10
    assert breaker.allow() and not breaker.allow()
    breaker.release()  # an unknown outcome: no verdict on the provider
    assert breaker.allow()


def test_a_batch_takes_what_the_bucket_allows_and_says_when_the_next_may_go() -> None:
    clock = FakeTime()
    limit = RateLimit(4, now=clock)
    assert limit.allowance(64) == 4 and limit.allowance(2) == 2  # looking takes nothing
    limit.spend(4)
    assert limit.allowance(64) == 0 and abs(limit.delay() - 0.25) < 1e-9
    clock.now += 0.5
    assert limit.allowance(64) == 2 and limit.delay() == 0.0
    assert RateLimit(0).allowance(64) == 64 and RateLimit(0).delay() == 0.0
