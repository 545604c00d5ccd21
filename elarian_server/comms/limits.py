"""A provider's rate limit and circuit breaker, on monotonic time (they are about a provider's
health and contract, not the customers' calendar, so the runtime's clock never moves them)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class RateLimit:
    """A token bucket: ``rate`` sends a second, bursts of at most ``burst`` seconds' worth (and
    at least one send); 0: none."""

    def __init__(self, rate: float, now: Callable[[], float] = time.monotonic, burst: float = 1.0) -> None:
        self.rate = rate
        self._now = now
        self._most = max(rate * burst, 1.0)
        self._tokens = self._most
        self._at = now()
        self._lock = threading.Lock()

    def _refill(self) -> None:
        now = self._now()
        self._tokens = min(self._most, self._tokens + (now - self._at) * self.rate)
        self._at = now

    def wait(self) -> float:
        """Seconds until a send may go (0: take one now; it is taken)."""
        if not self.rate:
            return 0.0
        with self._lock:
            self._refill()
            if self._tokens >= 1:
                self._tokens -= 1
                return 0.0
            return (1 - self._tokens) / self.rate

    def allowance(self, most: int) -> int:
        """How many sends may go now, at most ``most``; none is taken (``spend`` takes them)."""
        if not self.rate:
            return most
        with self._lock:
            self._refill()
            return min(most, int(self._tokens))

    def spend(self, sends: int) -> None:
        if self.rate:
            with self._lock:
                self._tokens -= sends

    def delay(self) -> float:
        """Seconds until the next send may go (0: now)."""
        if not self.rate:
            return 0.0
        with self._lock:
            self._refill()
            return max(0.0, (1 - self._tokens) / self.rate)

    def take(self, stop: threading.Event) -> bool:
        """Block until a send may go; False if ``stop`` was set meanwhile."""
        while (delay := self.wait()) > 0:
            if stop.wait(delay):
                return False
        return not stop.is_set()


class CircuitBreaker:
    """Skips a provider that keeps failing: ``threshold`` temporary failures in a row open it for
    ``cooldown`` seconds; then one send is let through (half open): its success closes it, its
    failure opens it again."""

    def __init__(
        self, threshold: int = 5, cooldown: float = 30.0, now: Callable[[], float] = time.monotonic
    ) -> None:
        self.threshold = threshold
        self.cooldown = cooldown
        self._now = now
        self._failures = 0
        self._opened_at: float | None = None
        self._probing = False
        self._lock = threading.Lock()

    @property
    def state(self) -> str:
        with self._lock:
            return self._state()

    def _state(self) -> str:
        if self._opened_at is None:
            return "closed"
        return "half-open" if self._now() - self._opened_at >= self.cooldown else "open"

    def allow(self) -> bool:
        """Whether a send may try this provider now."""
        with self._lock:
            state = self._state()
            if state == "closed":
                return True
            if state == "half-open" and not self._probing:
                self._probing = True
                return True
            return False

    def succeeded(self) -> None:
        with self._lock:
            self._failures, self._opened_at, self._probing = 0, None, False

    def release(self) -> None:
        """A send it let through ended saying nothing of the provider's health (an unknown
        outcome, a stop): a half-open circuit may let the next one probe."""
        with self._lock:
            self._probing = False

    def failed(self) -> None:
        with self._lock:
            self._failures += 1
            if self._probing or self._failures >= self.threshold:
                self._opened_at, self._probing = self._now(), False
