"""The examples, run as users run them, against the embedded runtime.

The Flask and Django apps are served over real HTTP on 127.0.0.1 while their
Elarian handlers answer USSD sessions and reminders driven by a simulator.
"""

from __future__ import annotations

import importlib.util
import json
import os
import queue
import signal
import socket
import subprocess
import sys
import threading
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest

from elarian_server.runtime import Runtime
from elarian_sync import (
    Channel,
    InboundMessageBody,
    MessagingChannel,
    Simulator,
    UssdInput,
    UssdSessionStatus,
)
from tests.waiting import wait_until

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
USSD = MessagingChannel(channel=Channel.USSD, number="*83044#")


@contextmanager
def serve(wsgi_app: Callable[..., Any]) -> Iterator[str]:
    """Serve a WSGI app on a free 127.0.0.1 port (threaded, as in production)."""
    from werkzeug.serving import make_server

    server = make_server("127.0.0.1", 0, wsgi_app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(5)


def http(method: str, url: str, body: dict[str, Any] | None = None) -> tuple[int, Any]:
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(
        url, data=data, method=method, headers={"Content-Type": "application/json"}
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def ussd(typed: str) -> list[InboundMessageBody]:
    return [InboundMessageBody(ussd=UssdInput(status=UssdSessionStatus.ACTIVE, text=typed))]


WEBHOOK_SECRET = "whsec_ZXhhbXBsZS1zZWNyZXQtZm9yLXRoZS10ZXN0cw=="  # 28 bytes


def signed(
    event_id: str, payload: dict[str, Any], secret: str = WEBHOOK_SECRET
) -> tuple[bytes, dict[str, str]]:
    """A webhook as the runtime sends it, signed by the independent Standard Webhooks library."""
    from standardwebhooks.webhooks import Webhook

    body = json.dumps(payload).encode()
    now = datetime.now(timezone.utc)
    return body, {"webhook-id": event_id, "webhook-timestamp": str(int(now.timestamp())),
                  "webhook-signature": Webhook(secret).sign(event_id, now, body.decode())}  # fmt: skip


def post_raw(url: str, body: bytes, headers: dict[str, str]) -> int:
    request = urllib.request.Request(
        url, data=body, method="POST", headers={"Content-Type": "application/json", **headers}
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return int(response.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)


def exercise(base: str, runtime: Runtime, simulator: Simulator) -> None:
    """What both web examples must do: HTTP endpoints, a reminder that texts, a USSD menu, the
    runtime's webhooks verified and acted on."""
    texts: queue.Queue[str] = queue.Queue()
    simulator.on("sendMessage", lambda n: texts.put(n.message.body.text))
    number = "+254700000301"
    status, body = http(
        "POST", f"{base}/customers/{number}/reminders", {"key": "pay-day", "payload": "rent", "name": "Ann"}
    )
    assert status == 200 and body["status"] is True and body["customer_id"]
    runtime.clock.advance(600)
    assert texts.get(timeout=10) == "Reminder: rent"  # the reminder handler texted the customer
    first = simulator.receive_message(number, USSD, "web-1", ussd(""))
    assert first.message.body.ussd.text == "Hi Ann!\n1. My reminders\n2. Quit"  # type: ignore[union-attr]
    second = simulator.receive_message(number, USSD, "web-1", ussd("1"))
    assert second.message.body.ussd.text == "Last reminder: pay-day"  # type: ignore[union-attr]
    status, body = http("POST", f"{base}/customers/{number}/sms", {"text": "Thanks!"})
    assert (status, body["status"]) == (200, "SENT")
    assert texts.get(timeout=10) == "Thanks!"
    status, body = http("GET", f"{base}/customers/{number}")
    assert status == 200
    assert body["metadata"] == {"name": "Ann"}
    assert body["app_data"] == {"last_reminder": "pay-day"}
    status, _ = http("GET", f"{base}/customers/+254799999999")
    assert status == 404
    status, _ = http("POST", f"{base}/customers/{number}/sms", {"text": ""})
    assert status == 400
    # a reward.issued webhook: verified, then the customer is texted, once whatever the retries
    reward = {"type": "reward.issued", "timestamp": "2027-01-15T08:00:00.000Z",
              "data": {"amount": "100", "currency": "KES", "customer": {"numbers": [
                  {"provider": "cellular", "number": number}]}}}  # fmt: skip
    body, headers = signed("msg_reward_1", reward)
    assert post_raw(f"{base}/hooks/elarian", body, headers) == 204
    assert texts.get(timeout=10) == "You got 100 KES. Sorry for the wait!"
    assert post_raw(f"{base}/hooks/elarian", body, headers) == 204  # delivered again: acted on once
    forged, forged_headers = signed("msg_reward_2", reward, secret="whsec_" + "QUFB" * 8)
    assert post_raw(f"{base}/hooks/elarian", forged, forged_headers) == 401
    status, _ = http("POST", f"{base}/customers/{number}/sms", {"text": "After the hooks"})
    assert status == 200
    assert texts.get(timeout=10) == "After the hooks"  # nothing else reached the customer before it


def test_the_plain_script(elarian_runtime: Runtime) -> None:
    env = {**os.environ, "ELARIAN_URL": elarian_runtime.url}
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / "script.py")], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "sms: QUEUED" in out  # no simulator is connected in this run
    assert "metadata: {'name': 'Ann', 'plan': 'gold'}" in out
    assert "tags: ['segment=gold']" in out
    assert "secondary ids: ['national_id=12345678']" in out
    assert "app data: {'visits': 1}" in out
    assert "messages: ['Welcome to Gold, Ann!']" in out


def test_the_flask_app(elarian_runtime: Runtime, elarian_simulator: Simulator) -> None:
    spec = importlib.util.spec_from_file_location("flask_example", EXAMPLES / "flask_app" / "app.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    app = module.create_app(elarian_runtime.url, webhook_secret=WEBHOOK_SECRET)
    try:
        with serve(app) as base:
            exercise(base, elarian_runtime, elarian_simulator)
    finally:
        app.extensions["elarian"].disconnect()


def test_the_django_site(
    elarian_runtime: Runtime, elarian_simulator: Simulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    if "django.conf" in sys.modules and sys.modules["django.conf"].settings.configured:
        pytest.skip("Django is already set up in this process")
    monkeypatch.setenv("ELARIAN_URL", elarian_runtime.url)
    monkeypatch.setenv("ELARIAN_WEBHOOK_SECRET", WEBHOOK_SECRET)
    monkeypatch.setenv("DJANGO_SETTINGS_MODULE", "elarian_site.settings")
    monkeypatch.syspath_prepend(str(EXAMPLES / "django_site"))
    import django
    from django.core.wsgi import get_wsgi_application

    django.setup()  # engagement's ready() connects the process's Elarian client
    from engagement import elarian  # type: ignore[import-not-found]

    try:
        with serve(get_wsgi_application()) as base:
            exercise(base, elarian_runtime, elarian_simulator)
    finally:
        elarian.stop()


def manage(*args: str, url: str) -> subprocess.Popen[str]:
    """``python manage.py ARGS`` in the Django example, its client pointed at ``url``."""
    return subprocess.Popen(
        [sys.executable, "manage.py", *args],
        cwd=EXAMPLES / "django_site",
        env={**os.environ, "ELARIAN_URL": url},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # runserver's autoreloader has a child: stop them together
    )


@pytest.mark.parametrize(
    "command", [[], ["help"], ["check"], ["diffsettings"]], ids=lambda c: " ".join(c) or "no command"
)
def test_django_commands_that_serve_nothing_need_no_runtime(command: list[str]) -> None:
    with socket.socket() as nothing:  # bound, not listening: a connection to it is refused
        nothing.bind(("127.0.0.1", 0))
        host, port = nothing.getsockname()
        proc = manage(*command, url=f"ws://{host}:{port}")
        _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert "Traceback" not in err


@pytest.mark.parametrize("reload", [True, False], ids=["autoreload", "noreload"])
def test_django_runserver_connects_once_it_serves(elarian_runtime: Runtime, reload: bool) -> None:
    proc = manage("runserver", *([] if reload else ["--noreload"]), "127.0.0.1:0", url=elarian_runtime.url)
    try:
        wait_until(
            lambda: elarian_runtime.listener.sessions or proc.poll() is not None,
            timeout=30,
            what="runserver connecting its Elarian client",
        )
        assert proc.poll() is None, proc.communicate()[1]
    finally:
        os.killpg(proc.pid, signal.SIGTERM)  # the group start_new_session made: runserver and its child
        proc.communicate(timeout=30)
