"""The command line's audience and campaign commands, run as a user runs them (a process of their
own, an SDK client of a runtime on 127.0.0.1): a live progress bar when attached to a terminal
(driven here through a pseudo-terminal), plain lines when not; rejects as CSV; a campaign
watched until it finishes."""

from __future__ import annotations

import csv
import io
import os
import re
import select
import subprocess
import sys
import time
from pathlib import Path

from elarian_server.config import DEV_ADMIN_KEY
from elarian_server.runtime import Runtime

ANSI = "\x1b["


def _cli(runtime: Runtime, *args: str) -> list[str]:
    return [sys.executable, "-m", "elarian_server.cli", *args, "--url", runtime.url, "--key", DEV_ADMIN_KEY]


def _env() -> dict[str, str]:
    return {**os.environ, "TERM": "xterm-256color", "COLUMNS": "140", "PYTHONUNBUFFERED": "1"}


def _in_terminal(command: list[str], timeout: float = 60) -> tuple[int, str]:
    """Run ``command`` with a pseudo-terminal as its stdout and stderr: its exit code and all it
    wrote there."""
    master, slave = os.openpty()
    proc = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=slave, stderr=slave, env=_env())
    os.close(slave)
    out = bytearray()
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                break
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO: the child closed the terminal's last writer
                break
            if not chunk:
                break
            out += chunk
        code = proc.wait(max(1.0, deadline - time.monotonic()))
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        os.close(master)
    return code, out.decode("utf-8", "replace")


def _contacts(path: Path, rows: int, bad: int) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["phone", "first_name"])
        for i in range(rows):
            out.writerow(["not a phone" if i < bad else f"07{30_000_000 + i:08d}", f"n{i}"])


def test_an_import_on_a_terminal_shows_a_live_bar(runtime: Runtime, tmp_path: Path) -> None:
    path = tmp_path / "contacts.csv"
    _contacts(path, 3000, bad=2)
    code, shown = _in_terminal(
        _cli(runtime, "audience", "import", str(path), "--name", "tty", "--phone-column", "phone",
             "--chunk-rows", "500")
    )  # fmt: skip
    assert code == 0, shown
    assert ANSI in shown, "a terminal gets a live bar (escape codes redraw it)"
    assert "importing tty" in shown and "rows/s" in shown and "rejected" in shown
    assert "3000/3000" in shown.replace(",", ""), "the bar ends full"
    assert "2,998 contacts from 3,000 rows, 2 rejected" in shown


def test_an_import_not_on_a_terminal_writes_plain_lines(runtime: Runtime, tmp_path: Path) -> None:
    path = tmp_path / "contacts.csv"
    _contacts(path, 1200, bad=3)
    done = subprocess.run(
        _cli(runtime, "audience", "import", str(path), "--name", "piped", "--phone-column", "phone"),
        capture_output=True, text=True, timeout=60, env=_env(),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert ANSI not in done.stderr and ANSI not in done.stdout
    last = done.stderr.strip().splitlines()[-1]
    assert re.fullmatch(r"importing piped: 1200/1200, rows/s [0-9,]+, rejected 3", last), last
    assert done.stdout.strip().endswith(
        "1,197 contacts from 1,200 rows, 3 rejected (elarian-sync audience rejects piped)"
    )
    rejects = subprocess.run(
        _cli(runtime, "audience", "rejects", "piped", "--csv"), capture_output=True, text=True, timeout=60
    )
    assert rejects.returncode == 0, rejects.stderr
    rows = list(csv.reader(io.StringIO(rejects.stdout)))
    assert rows[0] == ["line", "reason"]
    assert [r[0] for r in rows[1:]] == ["2", "3", "4"]
    assert all("not a phone" in r[1] for r in rows[1:])
    missing = subprocess.run(
        _cli(runtime, "audience", "import", str(path), "--name", "x", "--phone-column", "msisdn"),
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert missing.returncode == 2 and "'msisdn' is not a column" in missing.stderr


def _campaign(runtime: Runtime, tmp_path: Path, name: str, rows: int) -> str:
    from elarian_sync import Elarian
    from elarian_sync._generated.models import Campaign, CommsChannel, TemplateVariant
    from elarian_sync.audiences import import_audience

    from .sdk_support import FAST

    path = tmp_path / f"{name}.csv"
    _contacts(path, rows, bad=0)
    with Elarian(org_id="el_org_eu_1SJ2jx", app_id="el_app_WZFQdt", api_key=DEV_ADMIN_KEY, url=runtime.url,
                 reconnect=FAST) as admin:  # fmt: skip
        template = admin.commands.save_template(
            name=name, channel=CommsChannel.SMS, variants=[TemplateVariant(body="hi {{ first_name }}")],
            variables=["first_name"],
        ).template  # fmt: skip
        assert template is not None
        audience = import_audience(admin, path, name=name, phone_column="phone")
        made = admin.commands.save_campaign(
            campaign=Campaign(name=name, template_id=template.template_id, audience_id=audience.audience_id,
                              throttle=200)
        )  # fmt: skip
        assert made.campaign is not None
        assert admin.commands.start_campaign(campaign_id=made.campaign.campaign_id).status
        return made.campaign.campaign_id


def test_a_campaign_is_watched_until_it_finishes_on_a_terminal(runtime: Runtime, tmp_path: Path) -> None:
    campaign_id = _campaign(runtime, tmp_path, "watched", 400)
    code, shown = _in_terminal(_cli(runtime, "campaign", "watch", campaign_id))
    assert code == 0, shown
    assert ANSI in shown and "campaign watched" in shown
    assert "400/400" in shown
    assert f"{campaign_id}  watched  finished" in shown and "sent 400," in shown


def test_a_campaign_watched_without_a_terminal_writes_plain_lines(runtime: Runtime, tmp_path: Path) -> None:
    campaign_id = _campaign(runtime, tmp_path, "logged", 300)
    done = subprocess.run(
        _cli(runtime, "campaign", "watch", campaign_id), capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert ANSI not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert all(line.startswith("campaign logged: ") for line in lines)
    assert "state finished" in lines[-1] and lines[-1].startswith("campaign logged: 300/300")
    assert done.stdout.startswith(f"{campaign_id}  logged  finished")
    listed = subprocess.run(_cli(runtime, "campaign", "list"), capture_output=True, text=True, timeout=60)
    assert f"{campaign_id}  logged  finished" in listed.stdout
    bad = subprocess.run(
        _cli(runtime, "campaign", "pause", campaign_id), capture_output=True, text=True, timeout=60
    )
    assert bad.returncode == 2 and "only a scheduled or running one" in bad.stderr
