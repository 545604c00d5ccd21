"""``elarian-sync serve`` as a user runs it: a process that serves, takes clock commands, stops on SIGTERM."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
from pathlib import Path

from elarian_sync._generated import models as M
from tests.runtime_support import AppClient, number


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
