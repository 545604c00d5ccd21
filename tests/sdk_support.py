"""What the SDK's end-to-end tests share: channels, clients, an event recorder, and the
``app`` and ``sim`` fixtures (registered in conftest.py) on runtime_support's ``runtime``."""

from __future__ import annotations

import queue
import time
from collections.abc import Iterator
from datetime import datetime, timezone
from typing import Any

import pytest

from elarian_server.config import DEV_API_KEY, DEV_APP, DEV_ORG, DEV_PURSE
from elarian_server.runtime import Runtime
from elarian_sync import (
    Channel,
    Elarian,
    MessagingChannel,
    PaymentChannel,
    PaymentChannelNumber,
    PaymentCounterParty,
    PaymentPurseCounterParty,
    ReconnectPolicy,
    Simulator,
)

from .runtime_support import T0

SMS = MessagingChannel(channel=Channel.SMS, number="83044")
USSD = MessagingChannel(channel=Channel.USSD, number="*83044#")
PAY = PaymentChannelNumber(channel=PaymentChannel.CELLULAR, number="83044")
PURSE = PaymentCounterParty(purse=PaymentPurseCounterParty(purse_id=DEV_PURSE))
FAST = ReconnectPolicy(initial=0.05, maximum=0.3)


def at(seconds: float) -> datetime:
    return datetime.fromtimestamp(T0 + seconds, timezone.utc)


def app_client(url: str, **options: Any) -> Elarian:
    return Elarian(org_id=DEV_ORG, app_id=DEV_APP, api_key=DEV_API_KEY, url=url, reconnect=FAST, **options)


def simulator(url: str, **options: Any) -> Simulator:
    return Simulator(org_id=DEV_ORG, app_id=DEV_APP, api_key=DEV_API_KEY, url=url, reconnect=FAST, **options)


class Events:
    """Collects (event, notification) from handlers registered with ``listen``; ``wait`` takes
    the oldest of one event, leaving the others for later waits."""

    def __init__(self) -> None:
        self.got: queue.Queue[tuple[str, Any]] = queue.Queue()
        self.backlog: list[tuple[str, Any]] = []

    def listen(self, client: Any, *events: str) -> None:
        for event in events:
            client.on(event, self._recorder(event))

    def _recorder(self, event: str) -> Any:
        return lambda notification: self.got.put((event, notification))

    def wait(self, event: str, timeout: float = 10.0) -> Any:
        for i, (name, notification) in enumerate(self.backlog):
            if name == event:
                del self.backlog[i]
                return notification
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            try:
                name, notification = self.got.get(timeout=left)
            except queue.Empty:
                break
            if name == event:
                return notification
            self.backlog.append((name, notification))
        raise AssertionError(f"no {event} within {timeout} s")


@pytest.fixture
def app(runtime: Runtime) -> Iterator[Elarian]:
    with app_client(runtime.url) as client:
        yield client


@pytest.fixture
def sim(runtime: Runtime) -> Iterator[Simulator]:
    with simulator(runtime.url) as client:
        yield client
