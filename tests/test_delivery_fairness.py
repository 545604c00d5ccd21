"""Delivery is fair across apps and orgs (RUNTIME.md "Delivery guarantees", docs/runtime.md "Delivery").

One app's backlog, or one connection that stopped reading, never holds back another app's
notifications; a consumer whose writes stall is dropped and loses nothing; a session that
closes between the pick and the send costs only its own notifications a moment.
Real runtimes and sockets on 127.0.0.1; the stuck consumer is a raw TCP socket that completes
SETUP, then never reads again.
"""

from __future__ import annotations

import logging
import socket
import time
from pathlib import Path
from typing import Any

import pytest

from elarian_server.config import parse_config
from elarian_server.runtime import Runtime
from elarian_server.store.base import OutboxRow
from elarian_sync.rsocket import frames as f
from elarian_sync.session import Session
from tests.runtime_support import AppClient, metadata, number, running
from tests.test_runtime_delivery import drain, remind_everyone
from tests.waiting import wait_until

TWO_ORGS = parse_config(
    {
        "orgs": [
            {"id": "org-a", "api_keys": ["key-a"], "apps": [{"id": "app-a1"}]},
            {"id": "org-b", "api_keys": ["key-b"], "apps": [{"id": "app-b"}]},
        ],
    },
    "two orgs (test)",
)
PROMPT = 1.0  # each of B's notifications arrives within this many seconds of being raised


def org_a(url: str, **options: Any) -> AppClient:
    return AppClient(url, org="org-a", app="app-a1", key="key-a", **options)


def org_b(url: str) -> AppClient:
    return AppClient(url, org="org-b", app="app-b", key="key-b")


def record(client: AppClient, n: int, prefix: str, **properties: str) -> str:
    reply = client.customer_activity(
        customer_number=number(f"{prefix}{n:05d}"),
        source="tests",
        session_id="s",
        key=f"k{n}",
        properties=properties,
    )
    assert reply.status and reply.customer_id, reply.description
    return reply.customer_id


def each_arrives_promptly(b: AppClient, count: int) -> list[float]:
    """Raise ``count`` activities for org B, one at a time; each must reach B's app within PROMPT s.
    Returns how long each took."""
    took = []
    for n in range(count):
        start = time.monotonic()
        customer_id = record(b, n, "+25471")
        got = b.wait("customer_activity", timeout=PROMPT)
        took.append(time.monotonic() - start)
        assert got.customer_id == customer_id
    return took


def undelivered(runtime: Runtime) -> int:
    with runtime.store.transaction() as tx:
        return tx.undelivered()


def test_an_offline_apps_backlog_does_not_hold_back_another_orgs_notifications() -> None:
    with (
        running(TWO_ORGS) as runtime,
        org_a(runtime.url, simplex=True) as a_commands,
        org_b(runtime.url) as b,
    ):
        waiting = [record(a_commands, n, "+25470") for n in range(300)]  # for app-a1: not connected
        each_arrives_promptly(b, 10)
        # B's answers are recorded; A's backlog is still all there, waiting for its app
        wait_until(lambda: undelivered(runtime) == 300, what=lambda: f"{undelivered(runtime)} undelivered")
        with org_a(runtime.url) as a:  # and none of it was lost
            got = drain(a, expect=300, timeout=20)[0]
        assert sorted(n.customer_id for n in got) == sorted(waiting)


def kernel_send_buffer() -> int:
    """The most a TCP socket here buffers for sending (what a peer that never reads absorbs)."""
    try:
        return int(Path("/proc/sys/net/ipv4/tcp_wmem").read_text().split()[2])
    except (OSError, ValueError, IndexError):
        return 4 * 1024 * 1024


class StuckConsumer:
    """A raw TCP connection of an org's app: SETUP, one KEEPALIVE round trip to know it was
    accepted, then it never reads again (its receive buffer is kept small)."""

    def __init__(self, port: int, org: str, app: str, key: str) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)  # before connect: no autotuning
        self.sock.settimeout(10)
        self.sock.connect(("127.0.0.1", port))
        setup = f.Setup(
            keepalive_ms=60_000,
            lifetime_ms=600_000,
            metadata_mime="application/octet-stream",
            data_mime="application/octet-stream",
            data=metadata(org, app, key, None, False, False),
        )
        self.sock.sendall(
            f.encode_length_prefixed(f.encode(setup))
            + f.encode_length_prefixed(f.encode(f.Keepalive(True, 0, b"")))
        )
        reader = f.LengthPrefixedReader(1 << 20)
        frames: list[bytes] = []
        for _ in range(100):  # the answer is one small frame
            frames += reader.feed(self.sock.recv(4096))
            if frames:
                break
        assert frames and isinstance(f.decode(frames[0]), f.Keepalive), frames

    def close(self) -> None:
        self.sock.close()


def stuck_sessions(runtime: Runtime, org: str) -> list[Session]:
    return [
        s
        for s in runtime.listener.sessions
        if s.context.org_id == org and not s.context.simplex and s.writing_since is not None
    ]


def test_a_consumer_that_stopped_reading_holds_back_no_one_is_dropped_and_loses_nothing(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="elarian_server.delivery")
    big = 256 * 1024
    count = (kernel_send_buffer() + 4 * 1024 * 1024) // big  # more than the socket can absorb
    with running(TWO_ORGS, tcp_port=0) as runtime:
        delivery = runtime.delivery
        delivery.write_timeout = 600.0  # first: stuck, and not yet dropped
        # room for all of it on the one connection (its default: 16 MB, 256 notifications)
        delivery.window, delivery.most = 2 * count * big, 2 * count
        assert runtime.tcp_port is not None
        stuck = StuckConsumer(runtime.tcp_port, "org-a", "app-a1", "key-a")
        try:
            with org_a(runtime.url, simplex=True) as a_commands, org_b(runtime.url) as b:
                raised = [record(a_commands, n, "+25470", blob="x" * big) for n in range(count)]
                each_arrives_promptly(b, 10)  # while A's consumer is being written to, and stalls
                [session] = wait_until(
                    lambda: stuck_sessions(runtime, "org-a"), what="a write to the stuck consumer stalled"
                )
                stalled_since = session.writing_since
                each_arrives_promptly(b, 10)  # while it is stuck for sure
                assert session.writing_since == stalled_since, "the stuck consumer was stuck all along"

                delivery.write_timeout = 0.5  # now the bound applies
                delivery.kick()
                wait_until(
                    lambda: not delivery.connected("org-a", "app-a1"), what="the stuck consumer was dropped"
                )
                [dropped] = [r for r in caplog.records if "not reading" in r.getMessage()]
                assert "org-a" in dropped.getMessage() and "app-a1" in dropped.getMessage()
                assert dropped.levelno == logging.WARNING

                with org_a(runtime.url) as a:  # a well-behaved consumer gets every one of them
                    got = drain(a, expect=count, timeout=30)[0]
                assert sorted({n.customer_id for n in got}) == sorted(raised)
                assert each_arrives_promptly(b, 3)  # and B was never disturbed
        finally:
            stuck.close()


def test_a_session_closing_between_pick_and_send_does_not_abandon_the_pass(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with running() as runtime, AppClient(runtime.url) as app:  # its session is closed under it; it reconnects
        raised = remind_everyone(app, 5, when=10, prefix="+2547300")
        delivery = runtime.delivery
        passes = {"now": 0}
        picks: list[tuple[int, str]] = []
        closed: list[tuple[int, str]] = []
        pump, pick = delivery._pump, delivery._pick

        def counting_pump() -> float:
            passes["now"] += 1
            return pump()

        def closing_pick(row: OutboxRow) -> Session | None:
            """The delivery's own seam: the first session picked closes right after the pick."""
            session = pick(row)
            if row.notification_id:
                picks.append((passes["now"], row.notification_id))
                if session is not None and not closed:
                    session.close("closing between the pick and the send (test)")
                    closed.append((passes["now"], row.notification_id))
            return session

        delivery._pump = counting_pump  # type: ignore[method-assign]
        delivery._pick = closing_pick  # type: ignore[method-assign]
        runtime.clock.advance(10)  # type: ignore[attr-defined]  # all five fire in one transaction
        got = drain(app, expect=5)[0]
        assert sorted(n.customer_id for n in got) == sorted(raised)
        [(that_pass, first)] = closed
        went_on = {nid for p, nid in picks if p == that_pass and nid != first}
        assert len(went_on) == 4, "the pass went on to the other notifications"
        assert not [r for r in caplog.records if "delivery pass failed" in r.getMessage()]
