"""``elarian-sync serve`` as a user runs it: a process that serves, takes clock commands, stops on SIGTERM."""

from __future__ import annotations

import errno
import json
import re
import signal
import socket
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from elarian_server.runtime import Runtime
from elarian_sync._generated import models as M
from tests.runtime_support import AppClient, number, serving


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    """``elarian-sync ARGS`` as a user runs it, to its end."""
    return subprocess.run(
        [sys.executable, "-m", "elarian_server.cli", *args], capture_output=True, text=True, timeout=30
    )


@contextmanager
def port_in_use() -> Iterator[int]:
    """A port on 127.0.0.1 that another socket is listening on."""
    with socket.create_server(("127.0.0.1", 0)) as taken:
        yield taken.getsockname()[1]


def test_serve_runs_until_sigterm(tmp_path: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "elarian_server.cli", "serve", "--ws-port", "0",
         "--db", str(tmp_path / "e.db"), "--manual-clock", "2030-01-01T00:00:00Z"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert proc.stdout is not None and proc.stdin is not None
        banner = proc.stdout.readline()
        match = re.search(r"(ws://127\.0\.0\.1:\d+)", banner)
        assert match, banner
        assert proc.stdout.readline().startswith("clock: 2030-01-01T00:00:00+00:00")
        with AppClient(match.group(1)) as client:
            customer_id = client.create_customer(customer_number=number()).customer_id
            client.add_customer_reminder(
                customer_id=customer_id, reminder=M.Reminder(key="k", remind_at=1893456000 + 30)
            )
            proc.stdin.write("advance 30\n")
            proc.stdin.flush()
            assert proc.stdout.readline().startswith("clock: 2030-01-01T00:00:30")
            assert client.wait("reminder").customer_id == customer_id
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(10) == 0
        assert (tmp_path / "e.db").exists()
    finally:
        if proc.poll() is None:
            proc.kill()


def test_serve_refuses_a_bad_config(tmp_path: Path) -> None:
    config = tmp_path / "bad.toml"
    config.write_text('[[orgs]]\nid = "o"\napi_keys = []\n')
    result = subprocess.run(
        [sys.executable, "-m", "elarian_server.cli", "serve", "--config", str(config), "--ws-port", "0"],
        capture_output=True, text=True, timeout=30,
    )  # fmt: skip
    assert result.returncode == 2
    assert f"{config}: orgs[0]: 'api_keys' must list at least one key" in result.stderr


def test_serve_refuses_a_purse_id_two_orgs_declare_naming_both(tmp_path: Path) -> None:
    config = tmp_path / "orgs.toml"
    config.write_text(
        "".join(
            f'[[orgs]]\nid = "{org}"\napi_keys = ["k-{org}"]\n[[orgs.apps]]\nid = "app-{org}"\n'
            f'[[orgs.purses]]\nid = "el_prs_1"\nbalances = {{ KES = "{opening}" }}\n'
            for org, opening in (("a", "1000"), ("b", "300"))
        )
    )
    result = cli("serve", "--config", str(config), "--ws-port", "0", "--db", str(tmp_path / "e.db"))
    assert result.returncode == 2
    assert result.stderr.splitlines()[-1] == (
        f"elarian-sync serve: {config}: purse 'el_prs_1' is declared twice:"
        " in org 'a' (orgs[0].purses[0]) and in org 'b' (orgs[1].purses[0])"
    )
    assert not (tmp_path / "e.db").exists()  # refused before anything was written


def test_serve_without_background_work_on_a_throwaway_store_is_refused_saying_why() -> None:
    result = cli("serve", "--no-background", "--ws-port", "0", "--db", ":memory:")
    assert result.returncode == 1
    assert result.stderr.splitlines()[-1] == (
        "elarian-sync serve: an instance without background work needs a store other instances "
        "share (a SQLite file or PostgreSQL): on this store nothing else would send its queued messages"
    )


def test_serve_without_background_work_beside_a_serve_on_the_same_sqlite_file(tmp_path: Path) -> None:
    """The apps' instance leaves queued sends to a second ``serve`` on the same file, which holds
    the simulator's connection: what an app queues on the first reaches the simulator through the
    second, woken by the first's commit."""
    from elarian_server.config import DEV_ADMIN_KEY, DEV_APP, DEV_ORG
    from elarian_sync import Elarian

    from .sdk_support import FAST, simulator
    from .waiting import wait_until

    db = tmp_path / "shared.db"
    with (
        serving(db, None, "--no-background") as (_, front),
        serving(db) as (_, back),
        Elarian(
            org_id=DEV_ORG, app_id=DEV_APP, api_key=DEV_ADMIN_KEY, url=front["ws"], reconnect=FAST
        ) as app,
        simulator(back["ws"]) as sim,
    ):
        received: list[str] = []
        sim.on("send_message", lambda n: received.append(n.customer_number.number))
        template = app.commands.save_template(
            name="t", channel=M.CommsChannel.SMS, variants=[M.TemplateVariant(body="hi")]
        ).template
        assert template is not None
        for i in range(20):
            queued = app.commands.send_template(
                template_id=template.template_id, recipient=M.CommsRecipient(address=f"+2547110{i:05d}"),
                queue=True,
            )  # fmt: skip
            assert queued.status, queued.description
        wait_until(lambda: len(received) >= 20, timeout=30, what=lambda: f"{len(received)} of 20 received")
        assert sorted(received) == [f"+2547110{i:05d}" for i in range(20)]


def test_version_flag_prints_what_the_version_command_prints() -> None:
    flag = cli("--version")
    assert flag.returncode == 0, flag.stderr
    assert flag.stdout.startswith("elarian-sync ")
    assert flag.stdout == cli("version").stdout


def test_help_says_what_each_command_does() -> None:
    top = cli("--help").stdout
    assert "--version" in top
    for command in ("version", "serve", "worker", "demo"):
        assert re.search(rf"^ +{command} +\S", top, re.M), f"{command} is listed without help:\n{top}"
        usage, description, *_ = cli(command, "--help").stdout.split("\n\n")
        assert not description.startswith(("options:", "positional arguments:")), (
            f"{command} --help has no description:\n{usage}\n\n{description}"
        )


@pytest.mark.parametrize("flag", ["--ws-port", "--tcp-port", "--http-port"])
def test_a_port_in_use_is_named_with_its_flag(tmp_path: Path, flag: str) -> None:
    with port_in_use() as port:
        ports = {"--ws-port": "0", "--tcp-port": "0", "--http-port": "0", flag: str(port)}
        result = cli(
            "serve", "--db", str(tmp_path / "e.db"), *(word for pair in ports.items() for word in pair)
        )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines()[-1] == (
        f"elarian-sync serve: port {port} on 127.0.0.1 is already in use ({flag}); "
        f"stop the other process or pick another port, e.g. {flag} 0 for a free one"
    )


@pytest.mark.parametrize("listener", ["tcp_port", "http_port"])
def test_a_runtime_that_cannot_bind_releases_the_port_it_did_bind(listener: str) -> None:
    with port_in_use() as port:
        runtime = Runtime(db=":memory:", ws_port=0, **{listener: port})
        with pytest.raises(OSError) as failure:
            runtime.start()
    assert failure.value.errno == errno.EADDRINUSE
    assert runtime.listener.ws_port is not None
    socket.create_server(("127.0.0.1", runtime.listener.ws_port)).close()  # the WebSocket port is free again
    runtime.store.close()


def test_port_0_serves_on_free_ports_named_at_start(tmp_path: Path) -> None:
    help_text = " ".join(cli("serve", "--help").stdout.split())
    assert "--ws-port WS_PORT WebSocket port (default 8080; 0: a free port, printed at start)" in help_text
    assert "0: a free port, printed at start)" in help_text.split("--tcp-port TCP_PORT", 1)[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "elarian_server.cli", "serve", "--ws-port", "0", "--tcp-port", "0",
         "--http-port", "0", "--db", str(tmp_path / "e.db")],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert proc.stdout is not None
        banner = proc.stdout.readline()
        ws = re.search(r"\bws://127\.0\.0\.1:(\d+)\b", banner)
        tcp = re.search(r"\btcp://127\.0\.0\.1:(\d+)\b", banner)
        http = re.search(r"\bhttp://127\.0\.0\.1:(\d+)\b", banner)
        assert ws and tcp and http, banner
        assert 0 not in (int(ws.group(1)), int(tcp.group(1)), int(http.group(1)))
        with urllib.request.urlopen(http.group(0) + "/healthz", timeout=10) as health:
            assert json.loads(health.read())["status"] == "ok"
        with AppClient(ws.group(0)) as client:
            assert client.create_customer(customer_number=number()).customer_id
        socket.create_connection(("127.0.0.1", int(tcp.group(1))), timeout=10).close()
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(10) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
