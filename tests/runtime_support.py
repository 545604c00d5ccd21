"""A test client for the runtime: the generated command methods over our own transport.

It records every notification it receives (event name and dataclass) and
answers with ``answer(name, notification)`` (default: an empty reply).

Also the ``runtime`` and ``client`` fixtures (registered in conftest.py).
"""

from __future__ import annotations

import queue
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from typing import Any

import pytest

from elarian_server.clock import ManualClock
from elarian_server.config import DEV_API_KEY, DEV_APP, DEV_ORG, Config
from elarian_server.runtime import Runtime
from elarian_sync._generated import app_socket_pb2 as A
from elarian_sync._generated import commands as C
from elarian_sync._generated import models as M
from elarian_sync._generated import notifications as N
from elarian_sync._generated import simulator_socket_pb2 as S
from elarian_sync.transport import ReconnectPolicy, Reply, SessionOptions, Transport

T0 = 1_800_000_000.0  # 2027-01-15 08:00 UTC: the manual clock's start in tests

Answer = Callable[[str, Any], A.ServerToAppNotificationReply]


def metadata(org: str, app: str, key: str | None, token: str | None, simplex: bool, simulator: bool) -> bytes:
    meta = A.AppConnectionMetadata(org_id=org, app_id=app, simplex_mode=simplex, simulator_mode=simulator)
    if key is not None:
        meta.api_key.value = key
    if token is not None:
        meta.auth_token.value = token
    return meta.SerializeToString()


class _Client:
    """What both test clients share: a transport, recorded notifications, request plumbing."""

    REPLY: Any = A.AppToServerCommandReply
    transport: Transport
    notifications: queue.Queue[tuple[str, Any]]

    def _open(self, url: str, setup: bytes, **options: Any) -> None:
        self.notifications = queue.Queue()
        self.transport = Transport(
            url,
            SessionOptions(setup_data=setup, **options),
            on_request=self._notified,
            reconnect=ReconnectPolicy(initial=0.05, maximum=0.5),
            request_timeout=10,
        )

    def _notified(self, reply: Reply, data: bytes, metadata: bytes | None) -> None:
        raise NotImplementedError

    def _request(self, command: Any, parse: Any, timeout: float | None) -> Any:
        data = self.transport.request(command.SerializeToString(), timeout=timeout)
        return parse(self.REPLY.FromString(data))

    def _request_async(self, command: Any, parse: Any, timeout: float | None) -> Future[Any]:
        def convert(data: bytes) -> Any:
            return parse(self.REPLY.FromString(data))

        return self.transport.request_async(command.SerializeToString(), convert, timeout=timeout)

    def connect(self) -> Any:
        self.transport.connect(timeout=10)
        return self

    def close(self) -> None:
        self.transport.close()

    def __enter__(self) -> Any:
        return self.connect()

    def __exit__(self, *exc: object) -> None:
        self.close()

    def wait(self, name: str | None = None, timeout: float = 5.0) -> Any:
        """The next notification (of event ``name``, when given)."""
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"no {name or 'notification'} within {timeout} s")
            got, notification = self.notifications.get(timeout=remaining)
            if name is None or got == name:
                return notification

    def quiet(self, seconds: float = 0.3) -> list[tuple[str, Any]]:
        """Whatever notifications arrive within ``seconds`` (expected: none)."""
        time.sleep(seconds)
        got = []
        while not self.notifications.empty():
            got.append(self.notifications.get_nowait())
        return got


class AppClient(_Client, C.AppCommands):
    def __init__(
        self,
        url: str,
        *,
        org: str = DEV_ORG,
        app: str = DEV_APP,
        key: str | None = DEV_API_KEY,
        token: str | None = None,
        simplex: bool = False,
        answer: Answer | None = None,
        **options: Any,
    ) -> None:
        self.answer = answer
        self._open(url, metadata(org, app, key, token, simplex, False), **options)

    def _notified(self, reply: Reply, data: bytes, metadata: bytes | None) -> None:
        name, notification = N.parse_server_to_app_notification(A.ServerToAppNotification.FromString(data))
        self.notifications.put((name, notification))
        answer = A.ServerToAppNotificationReply()
        if self.answer is not None:
            answer = self.answer(name, notification)
        reply.send(answer.SerializeToString())


class SimClient(_Client, C.SimulatorCommands):
    """A simulator connection: the generated simulator commands; records what it is sent
    (and acknowledges it, unless ``ack`` is False: then nothing is ever delivered)."""

    REPLY = S.SimulatorToServerCommandReply

    def __init__(
        self,
        url: str,
        *,
        org: str = DEV_ORG,
        app: str = DEV_APP,
        key: str | None = DEV_API_KEY,
        ack: bool = True,
    ) -> None:
        self.ack = ack
        self._open(url, metadata(org, app, key, None, False, True))

    def _notified(self, reply: Reply, data: bytes, metadata: bytes | None) -> None:
        env = S.ServerToSimulatorNotification.FromString(data)
        self.notifications.put(N.parse_server_to_simulator_notification(env))
        if self.ack:
            reply.send(S.ServerToSimulatorNotificationReply().SerializeToString())
        else:
            reply.error("not acknowledged (test)")


def number(n: str = "+254700000001") -> M.CustomerNumber:
    return M.CustomerNumber(number=n, provider=M.CustomerNumberProvider.CELLULAR)


@contextmanager
def running(config: Config | None = None, **options: Any) -> Iterator[Runtime]:
    options.setdefault("clock", ManualClock(T0))
    runtime = Runtime(config, **options)
    runtime.start()
    try:
        yield runtime
    finally:
        runtime.stop()


@pytest.fixture
def runtime() -> Iterator[Runtime]:
    """A runtime on a free 127.0.0.1 port, in memory, its clock at ``T0`` until a test moves it."""
    with running() as rt:
        yield rt


@pytest.fixture
def client(runtime: Runtime) -> Iterator[AppClient]:
    """Our own test ``AppClient`` of the dev app on ``runtime`` (the SDK's client is ``app``)."""
    with AppClient(runtime.url) as c:
        yield c
