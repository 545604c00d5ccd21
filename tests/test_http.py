"""The runtime's HTTP side: health, Prometheus metrics, and errors that say what is wrong."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from typing import Any

from prometheus_client.parser import text_string_to_metric_families

from elarian_server.config import DEV_APP, DEV_ORG
from elarian_sync._generated import models as M

from .runtime_support import AppClient, SimClient, number, running
from .waiting import wait_until

SMS = M.MessagingChannel(channel=M.Channel.SMS, number="83044")


def get(url: str, method: str = "GET") -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, method=method)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def samples(url: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """Every sample of ``GET url/metrics``, by name and labels (parsed by the client library)."""
    status, headers, body = get(url + "/metrics")
    assert status == 200
    assert headers["Content-Type"].startswith("text/plain; version=")  # the text format
    found = {}
    for family in text_string_to_metric_families(body.decode()):
        for sample in family.samples:
            found[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return found


def test_healthz_says_the_store_each_listener_and_the_background_work_are_up() -> None:
    with running(http_port=0, tcp_port=0) as runtime:
        assert runtime.http_url is not None
        status, headers, body = get(runtime.http_url + "/healthz")
        assert status == 200 and headers["Content-Type"] == "application/json"
        assert json.loads(body) == {
            "status": "ok",
            "checks": {
                "store": "ok",
                "listeners": {"ws": "up", "tcp": "up", "http": "up"},
                "background": "up",  # no campaign, send or connector pass has run too long
            },
        }


def test_healthz_is_503_naming_a_store_that_cannot_be_read() -> None:
    with running(http_port=0) as runtime:
        assert runtime.http_url is not None
        runtime.store.close()  # as when the database went away under a running runtime
        status, _, body = get(runtime.http_url + "/healthz")
        answer: dict[str, Any] = json.loads(body)
        assert status == 503 and answer["status"] == "unhealthy"
        assert answer["checks"]["store"].startswith("unreachable: ")
        assert answer["checks"]["listeners"] == {"ws": "up", "http": "up"}


def test_metrics_count_commands_connections_and_the_notification_backlog() -> None:
    with running(http_port=0) as runtime, AppClient(runtime.url) as app:
        assert runtime.http_url is not None
        customer_id = app.create_customer(customer_number=number()).customer_id
        for _ in range(3):
            assert app.get_customer_state(customer_id=customer_id).status
        for i in range(2):  # no simulator connected: they wait for one
            app.send_message(customer_number=number(), channel_number=SMS, message=M.Message(
                body=M.MessageBody(text=f"hello {i}")))  # fmt: skip
        found = samples(runtime.http_url)
        command = "elarian_commands_total"
        assert (
            found[
                (command, (("command", "get_customer_state"), ("connection", "app"), ("outcome", "answered")))
            ]
            == 3
        )
        assert (
            found[(command, (("command", "send_message"), ("connection", "app"), ("outcome", "answered")))]
            == 2
        )
        # the first read of the state kept it; the two after it were served what was kept
        read = "elarian_customer_states_read_total"
        assert (found[(read, (("outcome", "read"),))], found[(read, (("outcome", "kept"),))]) == (1, 2)
        assert found[("elarian_customer_states_kept", (("of", "states"),))] == 1
        assert found[("elarian_customer_states_kept", (("of", "bytes"),))] > 0
        assert found[("elarian_connections", (("kind", "app"),))] == 1
        assert found[("elarian_connections", (("kind", "simulator"),))] == 0
        backlog = (
            "elarian_notification_backlog",
            (("app", DEV_APP), ("kind", "simulator"), ("org", DEV_ORG)),
        )
        assert found[backlog] == 2
        assert ("elarian_process_cpu_seconds_total", ()) in found
        with SimClient(runtime.url) as sim:  # the simulator takes them: the backlog drains
            sim.wait("send_message")
            sim.wait("send_message")
            wait_until(lambda: backlog not in samples(runtime.http_url), what="the backlog to drain")
            assert samples(runtime.http_url)[("elarian_connections", (("kind", "simulator"),))] == 1


def test_unknown_paths_and_methods_are_answered_in_json_naming_the_problem() -> None:
    with running(http_port=0) as runtime:
        assert runtime.http_url is not None
        status, _, body = get(runtime.http_url + "/nowhere")
        assert status == 404 and json.loads(body)["error"].startswith("Not Found: ")
        status, headers, body = get(runtime.http_url + "/healthz", method="DELETE")
        assert status == 405 and json.loads(body)["error"].startswith("Method Not Allowed: ")
        assert set(headers["Allow"].split(", ")) == {"GET", "HEAD"}
