"""A test client for the runtime: the generated command methods over our own transport.

It records every notification it receives (event name and dataclass) and
answers with ``answer(name, notification)`` (default: an empty reply).

A test that expects *no* notification does not wait a while and look: it asks for
something that must arrive after anything else there is to come (``AppClient.flush`` and
``settle``, ``flush_simulator``) and checks that nothing came before it. That rests on
what the runtime promises: one customer's notifications reach an app (and a simulator) in
the order they were raised, and the one after is sent only once the one before was answered.

Also the ``runtime`` and ``client`` fixtures (registered in conftest.py).
"""

from __future__ import annotations

import itertools
import queue
import re
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from contextlib import ExitStack, contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest

from elarian_server.clock import Clock, ManualClock
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
Match = Callable[[str, Any], bool]

ARRIVED = threading.Condition()
"""Notified whenever any test client records a notification (for waits on several clients)."""
_markers = itertools.count(1)


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

    def _record(self, name: str, notification: Any) -> None:
        with ARRIVED:
            self.notifications.put((name, notification))
            ARRIVED.notify_all()

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
        """The next notification (of event ``name``, when given; others before it are dropped)."""
        deadline = time.monotonic() + timeout
        while (remaining := deadline - time.monotonic()) > 0:
            try:
                got, notification = self.notifications.get(timeout=remaining)
            except queue.Empty:
                break
            if name is None or got == name:
                return notification
        raise AssertionError(f"no {name or 'notification'} within {timeout:g} s")

    def until(self, *markers: Match, timeout: float = 10.0) -> list[tuple[str, Any]]:
        """Take notifications until each of ``markers`` has matched one (in any order); return
        the others, in the order they came."""
        left = list(markers)
        others: list[tuple[str, Any]] = []
        deadline = time.monotonic() + timeout
        while left and (remaining := deadline - time.monotonic()) > 0:
            try:
                name, notification = self.notifications.get(timeout=remaining)
            except queue.Empty:
                break
            hit = next((m for m in left if m(name, notification)), None)
            if hit is None:
                others.append((name, notification))
            else:
                left.remove(hit)
        if left:
            raise AssertionError(f"{len(left)} of {len(markers)} markers not within {timeout:g} s: {others}")
        return others


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
        self._record(name, notification)
        answer = A.ServerToAppNotificationReply()
        if self.answer is not None:
            answer = self.answer(name, notification)
        reply.send(answer.SerializeToString())

    def flush(self, *customer_ids: str) -> list[tuple[str, Any]]:
        """The notifications still to come about ``customer_ids`` from everything raised so far
        (a test that expects none asserts ``== []``).

        An activity recorded now for each customer is raised after all of that, so it arrives
        after all of it; this waits for every one of them and returns what came before them."""
        marker = f"flush-{next(_markers)}"
        for customer_id in customer_ids:
            reply = self.customer_activity(
                customer_id=customer_id, source="tests", session_id=marker, key=marker
            )
            assert reply.status, reply.description

        def activity(customer_id: str) -> Match:
            return lambda name, n: (
                name == "customer_activity" and n.customer_id == customer_id and n.session_id == marker
            )

        return self.until(*map(activity, customer_ids))

    def settle(self, clock: Clock, *customer_ids: str) -> list[tuple[str, Any]]:
        """``flush``, and first what is due on ``clock`` now: a marker reminder due now for each
        customer fires in the scheduler's next pass, with anything else due by then for them."""
        marker = f"settle-{next(_markers)}"
        now = datetime.fromtimestamp(clock.now(), timezone.utc)
        for customer_id in customer_ids:
            reply = self.add_customer_reminder(
                customer_id=customer_id, reminder=M.Reminder(key=marker, remind_at=now)
            )
            assert reply.status, reply.description

        def reminder(customer_id: str) -> Match:
            return lambda name, n: (
                name == "reminder" and n.customer_id == customer_id and n.reminder.key == marker
            )

        return self.until(*map(reminder, customer_ids)) + self.flush(*customer_ids)


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
        self._record(*N.parse_server_to_simulator_notification(env))
        if self.ack:
            reply.send(S.ServerToSimulatorNotificationReply().SerializeToString())
        else:
            reply.error("not acknowledged (test)")


def number(n: str = "+254700000001") -> M.CustomerNumber:
    return M.CustomerNumber(number=n, provider=M.CustomerNumberProvider.CELLULAR)


def flush_simulator(app: AppClient, sim: SimClient, *numbers: str) -> list[tuple[str, Any]]:
    """What ``sim`` is still to be sent about the customers with these (SMS) numbers, from
    everything raised so far: a message the app sends each of them now reaches the simulator
    after all of it. Waits for those messages and returns what came before them."""
    marker = f"flush-{next(_markers)}"
    sms = M.MessagingChannel(channel=M.Channel.SMS, number="83044")
    for n in numbers:
        reply = app.send_message(
            customer_number=number(n), channel_number=sms, message=M.Message(body=M.MessageBody(text=marker))
        )
        assert reply.message_id, reply.description

    def sent(to: str) -> Match:
        return lambda name, n: (
            name == "send_message" and n.customer_number.number == to and n.message.body.text == marker
        )

    return sim.until(*map(sent, numbers))


def work_done(runtime: Runtime) -> bool:
    """Whether every piece of by-tag work has run: the runtime records it with the command and
    marks it finished once it has touched every holder (read, as nothing tells a client)."""
    with runtime.store.transaction() as tx:
        return not tx.unfinished_work()


STORE = "sqlite"
"""The store ``running()`` gives a runtime that names none (pytest's ``--store``)."""


@contextmanager
def running(config: Config | None = None, **options: Any) -> Iterator[Runtime]:
    """A started runtime (its clock manual at ``T0`` unless given), stopped on the way out; on
    ``--store=postgres``, in a database of its own on the test PostgreSQL server."""
    options.setdefault("clock", ManualClock(T0))
    with ExitStack() as stack:
        if STORE == "postgres" and "db" not in options and "store" not in options:
            from elarian_server.store.postgres import PostgresStore

            from .pg_support import database

            options["store"] = PostgresStore(stack.enter_context(database()))
        runtime = Runtime(config, **options)
        runtime.start()
        try:
            yield runtime
        finally:
            runtime.stop()


@contextmanager
def serving(
    db: Path | str, config: Path | None = None, *flags: str
) -> Iterator[tuple[subprocess.Popen[str], dict[str, str]]]:
    """``elarian-sync serve`` in its own process on the store ``db`` (a SQLite file or a
    PostgreSQL URL; so a test can kill -9 it), with ``config`` if given and more ``flags``: the
    process and the URLs its banner names, by scheme (``ws``, ``http``, ...). Killed on the way
    out if still running. Its background work runs in it (``--background here``) unless ``flags``
    say where: what a kill -9 of it interrupts, a crash test means to interrupt."""
    extra = ["--config", str(config)] if config is not None else []
    if not any(flag.startswith(("--background", "--no-background")) for flag in flags):
        extra += ["--background", "here"]
    proc = subprocess.Popen(
        [sys.executable, "-m", "elarian_server.cli", "serve", "--ws-port", "0", "--db", str(db), *extra,
         *flags],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    try:
        assert proc.stdout is not None
        banner = proc.stdout.readline()
        urls = {m.group(1): m.group(0) for m in re.finditer(r"\b([a-z+]+)://127\.0\.0\.1:\d+", banner)}
        assert "ws" in urls, f"the runtime did not say where it listens: {banner!r}"
        yield proc, urls
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(10)


@contextmanager
def served(db: Path | str, config: Path | None = None) -> Iterator[tuple[subprocess.Popen[str], str]]:
    """``serving`` with its WebSocket URL."""
    with serving(db, config) as (proc, urls):
        yield proc, urls["ws"]


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


def simulator_outbox(db: Path | str) -> str:
    """What the outbox holds for the simulators, by who claims it: why a delivery stalled (for a
    crash test's failure message)."""
    from elarian_server.store import open_store

    store = open_store(str(db))
    try:
        with store.read() as tx:
            rows = tx.db.execute(
                "SELECT owner, count(*), min(lease_until), min(next_attempt), max(attempts) FROM outbox"
                " WHERE kind = 'simulator' AND delivered_at IS NULL GROUP BY owner"
            ).fetchall()
    finally:
        store.close()
    now = time.time()
    return (
        "; ".join(
            f"{n} held by {owner or 'nobody'} (lease ends in {lease - now if lease else 0:.1f} s, next try in"
            f" {(due or now) - now:.1f} s, attempts up to {attempts})"
            for owner, n, lease, due, attempts in rows
        )
        or "no simulator rows left"
    )
