"""``serve``'s background work in a worker process of its own (``--background process``, the
default on a SQLite file or PostgreSQL): it does the work, is started again when it dies, and
never outlives its ``serve``."""

from __future__ import annotations

import contextlib
import io
import json
import os
import queue
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

import pytest

from elarian_server.background import ClaimsWorker, stuck
from elarian_server.clock import Clock
from elarian_server.config import DEV_ADMIN_KEY, DEV_APP, DEV_ORG
from elarian_server.store.sqlite import SqliteStore
from elarian_server.worker import EXIT_STUCK, HEARTBEAT, Heartbeat
from elarian_sync import Elarian
from elarian_sync._generated import models as M

from .sdk_support import FAST, simulator
from .sqlite_processes import holding, let_go, writing_thread
from .waiting import wait_until


def _stat(pid: int) -> list[str] | None:
    """The fields of /proc/PID/stat after the command name (state first), None if no such process."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return None
    return text[text.rindex(")") + 2 :].split()


def running(pid: int) -> bool:
    """Whether the process runs (a zombie, dead but not reaped yet, does not)."""
    fields = _stat(pid)
    return fields is not None and fields[0] != "Z"


def workers_of(parent: int) -> list[int]:
    """The running ``elarian-sync worker`` processes whose parent is ``parent``."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        fields = _stat(int(entry))
        if fields is None or fields[0] == "Z" or int(fields[1]) != parent:
            continue
        try:
            argv = Path(f"/proc/{entry}/cmdline").read_bytes().split(b"\0")
        except (FileNotFoundError, ProcessLookupError):
            continue
        if b"worker" in argv:
            found.append(int(entry))
    return found


@contextmanager
def serve(db: Path | str, *flags: str) -> Iterator[tuple[subprocess.Popen[str], str, str]]:
    """``elarian-sync serve`` on ``db`` with its own default for the background work: the
    process, its WebSocket URL and its banner. Killed on the way out if still running."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "elarian_server.cli", "serve", "--ws-port", "0", "--db", str(db), *flags],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    try:
        assert proc.stdout is not None
        banner = proc.stdout.readline()
        url = re.search(r"ws://127\.0\.0\.1:\d+", banner)
        assert url, f"the runtime did not say where it listens: {banner!r}"
        yield proc, url.group(0), banner
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(10)


def send_queued(app: Elarian, name: str, numbers: list[str]) -> None:
    """Queue a text to each of ``numbers`` with a new template ``name`` (what only an instance
    with background work sends)."""
    saved = app.commands.save_template(
        name=name, channel=M.CommsChannel.SMS, variants=[M.TemplateVariant(body="hi")]
    )
    assert saved.template is not None, saved.description
    for address in numbers:
        queued = app.commands.send_template(
            template_id=saved.template.template_id, recipient=M.CommsRecipient(address=address), queue=True
        )
        assert queued.status, queued.description


@pytest.fixture(params=["sqlite", "postgres"])
def shared_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A store a worker process can share: a SQLite file, or a database on the test PostgreSQL server."""
    if request.param == "sqlite":
        yield str(tmp_path / "e.db")
    else:
        from .pg_support import database

        with database() as url:
            yield url


def test_serve_runs_its_background_work_in_a_worker_it_starts_again_and_stops(shared_store: str) -> None:
    with serve(shared_store) as (proc, url, banner):
        said = re.search(r"background work in worker process (\d+)", banner)
        assert said, banner
        first = int(said.group(1))
        assert workers_of(proc.pid) == [first]
        fields = _stat(first)
        assert fields is not None and int(fields[16]) == 19  # niced: the apps' commands first
        with (
            admin_client(url) as app,
            simulator(url) as sim,
        ):
            received: list[str] = []
            sim.on("send_message", lambda n: received.append(n.customer_number.number))
            before = [f"+2547110{i:05d}" for i in range(10)]
            send_queued(app, "before", before)
            wait_until(
                lambda: len(received) >= 10, timeout=30, what=lambda: f"{len(received)} of 10 received"
            )

            os.kill(first, signal.SIGKILL)
            wait_until(
                lambda: [pid for pid in workers_of(proc.pid) if pid != first],
                timeout=30,
                what="a worker started again after the first was killed",
            )
            after = [f"+2547120{i:05d}" for i in range(10)]
            send_queued(app, "after", after)
            wait_until(
                lambda: len(received) >= 20, timeout=60, what=lambda: f"{len(received)} of 20 received"
            )
            assert sorted(received) == before + after
        (second,) = workers_of(proc.pid)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(30) == 0
        assert not running(second)  # stopped with its serve, not left behind


def test_a_worker_does_not_outlive_its_serve_killed_with_kill_9(tmp_path: Path) -> None:
    with serve(tmp_path / "e.db") as (proc, _, banner):
        said = re.search(r"worker process (\d+)", banner)
        assert said, banner
        worker = int(said.group(1))
        proc.kill()
        proc.wait(10)
        wait_until(lambda: not running(worker), timeout=30, what="the worker to stop after its serve died")


def test_background_work_here_on_a_throwaway_store_and_with_a_manual_clock(tmp_path: Path) -> None:
    with serve(Path(":memory:")) as (proc, _, banner):
        assert "background work here" in banner
        assert workers_of(proc.pid) == []
    with serve(tmp_path / "e.db", "--manual-clock") as (proc, _, banner):
        assert "background work here" in banner
        assert workers_of(proc.pid) == []


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "elarian_server.cli", *args], capture_output=True, text=True, timeout=60
    )


def test_a_worker_process_where_none_can_work_is_refused_saying_why(tmp_path: Path) -> None:
    memory = cli("serve", "--background", "process", "--ws-port", "0", "--db", ":memory:")
    assert memory.returncode == 2
    assert memory.stderr.splitlines()[-1] == (
        "elarian-sync serve: --background process needs a store a second process can open (a SQLite "
        "file or PostgreSQL), not :memory:; use --background here"
    )
    manual = cli(
        "serve", "--background", "process", "--manual-clock", "--ws-port", "0", "--db", str(tmp_path / "e.db")
    )
    assert manual.returncode == 2
    assert manual.stderr.splitlines()[-1] == (
        "elarian-sync serve: --background process cannot follow --manual-clock (the worker has a clock "
        "of its own); use --background here"
    )
    both = cli("serve", "--background", "here", "--no-background", "--db", str(tmp_path / "e.db"))
    assert both.returncode == 2
    assert "argument --no-background: not allowed with argument --background" in both.stderr
    never = cli("serve", "--worker-stuck-after", "0", "--db", str(tmp_path / "e.db"))
    assert never.returncode == 2
    assert "argument --worker-stuck-after: '0': give a number of seconds above 0" in never.stderr
    alone = cli("worker", "--db", ":memory:")
    assert alone.returncode == 2
    assert alone.stderr.splitlines()[-1] == (
        "elarian-sync worker: a worker needs a store the apps' instances share (a SQLite file or "
        "PostgreSQL), not :memory:"
    )
    assert not (tmp_path / "e.db").exists()  # refused before anything was written


class Said:
    """``serve``'s stderr lines (its logs and the worker's), read on a thread of their own."""

    def __init__(self, proc: subprocess.Popen[str]) -> None:
        self.lines: list[str] = []
        self._new: queue.Queue[str] = queue.Queue()

        def read() -> None:
            assert proc.stderr is not None
            for text in proc.stderr:
                self._new.put(text)

        self._reader = threading.Thread(target=read, daemon=True)
        self._reader.start()

    def everything(self) -> str:
        """All it said, once it has ended (its stderr closed)."""
        self._reader.join(30)
        assert not self._reader.is_alive(), "serve's stderr is still open"
        while not self._new.empty():
            self.lines.append(self._new.get())
        return "".join(self.lines)

    def wait_for(self, *parts: str, timeout: float = 60) -> str:
        """The next line with one of ``parts`` in it (bounded); every line read is kept in ``lines``."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with contextlib.suppress(queue.Empty):
                text = self._new.get(timeout=1)
                self.lines.append(text)
                if any(part in text for part in parts):
                    return text
        raise AssertionError(f"serve did not say one of {parts}; it said {self.lines[-20:]}")


def worker_banner(proc: subprocess.Popen[str]) -> str:
    """The worker's banner among ``serve``'s stderr lines, bounded."""
    return Said(proc).wait_for("elarian worker: ")


@contextmanager
def serve_logging(*args: str) -> Iterator[subprocess.Popen[str]]:
    """``elarian-sync serve ARGS`` with its banner (stdout: one line) and stderr to read; stopped
    with SIGTERM, which must end it."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "elarian_server.cli", "serve", "--ws-port", "0", *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    with ends_cleanly(proc):
        yield proc


@contextmanager
def ends_cleanly(proc: subprocess.Popen[str]) -> Iterator[None]:
    """At the end of the block, ``serve`` (if the block did not end it) stopped with SIGTERM,
    which must end it with 0; killed on the way out of a failure."""
    try:
        yield
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
        assert proc.wait(30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)


def test_the_worker_answers_on_an_http_side_of_its_own_when_asked(tmp_path: Path) -> None:
    """``--worker-http-port``: the worker's /healthz and /metrics (its webhook and inbound
    counters are its own), at the URL its banner names on ``serve``'s stderr."""
    with serve_logging("--worker-http-port", "0", "--db", str(tmp_path / "e.db")) as proc:
        found = re.search(r"http://127\.0\.0\.1:\d+", worker_banner(proc))
        assert found, "the worker did not say where its HTTP side listens"
        with urllib.request.urlopen(f"{found.group(0)}/healthz", timeout=10) as health:
            assert health.status == 200
        with urllib.request.urlopen(f"{found.group(0)}/metrics", timeout=10) as metrics:
            assert b"elarian_webhook_deliveries" in metrics.read()


def test_the_worker_takes_the_store_from_the_config_not_from_its_command_line(tmp_path: Path) -> None:
    """A store named in the configuration (a PostgreSQL URL may carry a password) is not put on
    the worker's command line, where every user of the machine could read it."""
    db = tmp_path / "configured.db"
    config = tmp_path / "org.toml"
    config.write_text(
        f'[runtime]\ndb = "{db}"\n[[orgs]]\nid = "o"\napi_keys = ["k"]\n[[orgs.apps]]\nid = "a"\n'
    )
    with serve_logging("--config", str(config)) as proc:
        banner = worker_banner(proc)
        assert f"store {db};" in banner
        (worker,) = workers_of(proc.pid)
        argv = Path(f"/proc/{worker}/cmdline").read_bytes().split(b"\0")
        assert b"--db" not in argv and str(db).encode() not in argv


def health(url: str) -> tuple[int, dict[str, object]]:
    try:
        with urllib.request.urlopen(f"{url}/healthz", timeout=10) as answer:
            return answer.status, json.loads(answer.read())
    except urllib.error.HTTPError as failed:
        return failed.code, json.loads(failed.read())


def test_healthz_says_when_the_worker_is_down_and_it_comes_back_once_it_can_start(tmp_path: Path) -> None:
    """A worker that cannot start (here: its configuration broke after serve read it) is tried
    again and again; meanwhile /healthz answers 503 naming it, and 200 once one runs."""
    config = tmp_path / "org.toml"
    good = '[[orgs]]\nid = "o"\napi_keys = ["k"]\n[[orgs.apps]]\nid = "a"\n'
    config.write_text(good)
    with serve(tmp_path / "e.db", "--config", str(config), "--http-port", "0") as (proc, _, banner):
        found = re.search(r"http://127\.0\.0\.1:\d+", banner)
        assert found, banner
        url = found.group(0)
        wait_until(lambda: health(url)[0] == 200, timeout=30, what="serve healthy with its worker")
        assert health(url)[1]["checks"]["worker"] == "up"  # type: ignore[index]
        (first,) = workers_of(proc.pid)
        config.write_text("[[orgs]]\n")  # the next worker refuses it
        os.kill(first, signal.SIGKILL)

        def down() -> bool:  # between tries (a try is "starting" until its worker gives up)
            status, body = health(url)
            worker = str(body["checks"]["worker"])  # type: ignore[index]
            return (
                status == 503
                and body["status"] == "unhealthy"
                and worker == "down: exited with code 2, starting again"
            )

        wait_until(down, timeout=30, what="healthz to say the worker is down")
        config.write_text(good)
        wait_until(lambda: health(url)[0] == 200, timeout=60, what="a worker to start again")
        assert [pid for pid in workers_of(proc.pid) if pid != first]


# -- a worker that holds the store's write lock too long ---------------------------------------------

# A stand-in for `elarian-sync worker` on the SQLite file argv[1]: it notes each start in argv[2];
# with argv[3] "hang-first", its first start opens a transaction (the file's write lock) and hangs
# in it, as a worker stopped or stuck mid-write would ("idle": never). It says it is up (a
# worker's banner) once it holds the lock.
_STAND_IN = """
import sys
from pathlib import Path
from elarian_server.store.sqlite import SqliteStore
path, starts, mode = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
with starts.open("a") as log:
    log.write("start\\n")
store = SqliteStore(path)
if mode == "hang-first" and len(starts.read_text().split()) == 1:
    with store.transaction() as tx:
        tx.enqueue("el_ntf_stuck", "org", "app", "app", "stuck", None, b"", 1.0)
        print("elarian worker: up (hanging in a transaction)", flush=True)
        sys.stdin.read()
print("elarian worker: up", flush=True)
sys.stdin.read()
store.close()
"""


def test_a_worker_holding_the_write_lock_past_the_limit_is_killed_and_another_starts(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from elarian_server.store.sqlite import SqliteStore
    from elarian_server.worker import Worker

    path, starts = tmp_path / "shared.db", tmp_path / "starts"
    store = SqliteStore(path)
    store.watch({})  # the watch thread is what looks at long waits
    worker = Worker([sys.executable, "-c", _STAND_IN, str(path), str(starts), "hang-first"])
    worker.guard(store, stuck_after=0.5)
    worker.start()
    try:
        with caplog.at_level("ERROR", logger="elarian_server.worker"):
            assert worker.wait_up(30)
            first = worker.pid
            assert first is not None
            writer, written = writing_thread(store)
            writer.start()  # waits for the hung worker's lock, then kills it
            assert written.wait(30), "the write still waits for the hung worker's lock"
            writer.join(10)
            wait_until(lambda: worker.pid not in (None, first) and worker.state() == "up", timeout=30)
        assert not running(first)
        assert starts.read_text().split() == ["start", "start"]
        assert any(f"pid {first}) has held the store's write lock" in m for m in caplog.messages)
        with store.read() as tx:  # the hung transaction was rolled back; the write is there
            ids = {row[0] for row in tx.db.execute("SELECT notification_id FROM outbox")}  # type: ignore[attr-defined]
        assert ids == {"el_ntf_here"}
    finally:
        worker.stop()
        store.close()


def test_a_lock_held_by_another_process_than_the_worker_kills_nothing(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from elarian_server.store.sqlite import SqliteStore
    from elarian_server.worker import Worker

    path = tmp_path / "shared.db"
    store = SqliteStore(path)
    store.watch({})
    worker = Worker([sys.executable, "-c", _STAND_IN, str(path), str(tmp_path / "worker"), "idle"])
    worker.guard(store, stuck_after=0.3)
    worker.start()
    other: subprocess.Popen[str] | None = None
    try:
        assert worker.wait_up(30)
        other = holding(path)  # another instance on the file, hung in a transaction
        pid = worker.pid
        told: list[list[int]] = []
        assert store.on_stuck is not None
        after, guard = store.on_stuck
        store.on_stuck = after, lambda holders, waited: (told.append(holders), guard(holders, waited))
        writer, written = writing_thread(store)
        writer.start()
        wait_until(lambda: told, timeout=30)  # the store told the supervisor: it is not the worker's lock
        assert told[0] == [other.pid]
        assert not written.is_set() and worker.pid == pid and other.poll() is None
        assert not [m for m in caplog.messages if "has held the store's write lock" in m]
        assert let_go(other) == 0  # the other process ends its transaction: the write goes through
        assert written.wait(30)
        writer.join(10)
    finally:
        if other is not None and other.poll() is None:
            other.kill()
            other.wait(30)
        worker.stop()
        store.close()


# -- a background pass that never ends ---------------------------------------------------------------


class _Hanging(ClaimsWorker):
    """A background worker whose pass waits for ``release`` (a pass stuck on what never comes);
    with ``resting``, it sleeps in ``rest`` until stopped instead (a rate limit's wait)."""

    def __init__(self, store: SqliteStore, resting: bool = False) -> None:
        super().__init__(store, Clock(), jobs="sends", role="hanging", lease=30.0)
        self.release = threading.Event()
        self.entered = threading.Event()
        self.resting = resting

    def work_pass(self) -> float:
        self.entered.set()
        if self.resting:
            self.rest(60)  # until stopped
        else:
            self.release.wait(60)
        return 3600.0


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[SqliteStore]:
    store = SqliteStore(tmp_path / "e.db")
    yield store
    store.close()


def test_a_pass_running_past_the_limit_is_stuck_and_says_where_it_is(sqlite_store: SqliteStore) -> None:
    hanging = _Hanging(sqlite_store)
    hanging.start()
    try:
        assert hanging.entered.wait(30)
        wait_until(lambda: stuck([hanging], 0.2), timeout=30, what="the pass to be found stuck")
        ((found, took),) = stuck([hanging], 0.2)
        assert found is hanging and took >= 0.2
        assert stuck([hanging], 3600) == []  # not stuck yet by a longer limit
        where = hanging.where()
        assert "in work_pass" in where and "self.release.wait(60)" in where
        hanging.release.set()
        wait_until(lambda: hanging.busy_for() == 0, timeout=30, what="the pass to end")
        assert stuck([hanging], 0.0) == []  # between passes nothing is under way
    finally:
        hanging.release.set()
        hanging.stop()


def test_a_pass_resting_on_purpose_is_not_counted_as_running(sqlite_store: SqliteStore) -> None:
    resting = _Hanging(sqlite_store, resting=True)
    resting.start()
    try:
        assert resting.entered.wait(30)
        time.sleep(0.3)  # the rest goes on: nothing of it counts
        assert resting.busy_for() == 0 and stuck([resting], 0.3) == []
    finally:
        resting.stop()


def test_the_heartbeat_beats_while_passes_are_sound_and_ends_the_worker_on_a_stuck_one(
    sqlite_store: SqliteStore, caplog: pytest.LogCaptureFixture
) -> None:
    out = io.BytesIO()
    exits: list[int] = []
    heartbeat = Heartbeat(0.4, out, exit=exits.append)
    sound = _Hanging(sqlite_store)  # not started: no pass under way
    heartbeat.watch([sound])
    heartbeat.start()
    hanging = _Hanging(sqlite_store)
    try:
        wait_until(lambda: out.getvalue().count(HEARTBEAT) >= 3, timeout=30, what="three heartbeats")
        assert out.getvalue() == HEARTBEAT * out.getvalue().count(HEARTBEAT) and not exits
        with caplog.at_level("ERROR", logger="elarian_server.worker"):
            hanging.start()
            heartbeat.watch([sound, hanging])
            wait_until(lambda: exits, timeout=30, what="the heartbeat to end the worker")
        assert exits == [EXIT_STUCK]
        (said,) = [m for m in caplog.messages if "pass has run" in m]
        assert said.startswith("the hanging pass has run") and "self.release.wait(60)" in said
        beats = out.getvalue().count(HEARTBEAT)
        heartbeat._thread.join(10)  # it ends once it has told: no beat after
        assert not heartbeat._thread.is_alive() and out.getvalue().count(HEARTBEAT) == beats
    finally:
        hanging.release.set()
        hanging.stop()
        heartbeat.stop()


_HEARTBEAT_STAND_IN = """
import sys, threading
from elarian_server.background import ClaimsWorker
from elarian_server.clock import Clock
from elarian_server.store.sqlite import SqliteStore
from elarian_server.worker import Heartbeat

class Hanging(ClaimsWorker):
    def work_pass(self):
        sys.stdout.buffer.write(b"entered\\n")
        sys.stdout.buffer.flush()
        threading.Event().wait(60)
        return 3600.0

store = SqliteStore(sys.argv[1])
heartbeat = Heartbeat(float(sys.argv[2]), sys.stdout.buffer)
hanging = Hanging(store, Clock(), jobs="sends", role="hanging", lease=30.0)
heartbeat.watch([hanging])
heartbeat.start()
hanging.start()
threading.Event().wait(60)
"""


def test_a_worker_stopped_past_the_limit_is_not_ended_for_the_time_it_did_not_run(tmp_path: Path) -> None:
    """A worker process stopped (Ctrl-Z, a starved VM) while a pass is under way: the time it did
    not run is not counted against the pass. It beats on after SIGCONT, and ends only once the
    pass has run the limit in time the process did run (the pass here never ends)."""
    limit, stopped_for = 2.0, 3.0  # the stop outlasts the limit
    proc = subprocess.Popen(
        [sys.executable, "-c", _HEARTBEAT_STAND_IN, str(tmp_path / "e.db"), str(limit)],
        stdout=subprocess.PIPE,
    )
    lines: list[tuple[float, bytes]] = []  # (when read, the line)
    entered = threading.Event()

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append((time.monotonic(), line))
            if line == b"entered\n":
                entered.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        assert entered.wait(30), "the pass never began"
        os.kill(proc.pid, signal.SIGSTOP)
        time.sleep(stopped_for)  # what the test is about: a stop longer than the limit
        resumed = time.monotonic()
        os.kill(proc.pid, signal.SIGCONT)
        assert proc.wait(30) == EXIT_STUCK, "the pass still counts the time the process ran"
        reader.join(10)
        after = [line for when, line in lines if when > resumed]
        assert after and after[0] == HEARTBEAT, f"ended at once after the stop: {after!r}"
    finally:
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGCONT)
            proc.kill()
            proc.wait(10)


def test_healthz_names_a_background_pass_stuck_past_the_limit_until_it_ends(tmp_path: Path) -> None:
    """A campaign's pass blocked on the store (another process holds the SQLite file's write
    lock) past ``stuck_after``: /healthz says which pass, for how long; once the lock goes, the
    pass ends, /healthz is up again and the campaign sends."""
    from elarian_sync._generated.models import CampaignState

    from .runtime_support import T0, running
    from .test_campaigns import Parties, _config, phones

    path = tmp_path / "e.db"
    with (
        running(_config(), db=str(path), http_port=0, stuck_after=0.5) as runtime,
        Elarian(
            org_id=DEV_ORG, app_id=DEV_APP, api_key=DEV_ADMIN_KEY, url=runtime.url, reconnect=FAST
        ) as admin,
        simulator(runtime.url) as sim,
    ):
        assert runtime.http_url is not None
        parties = Parties(runtime, admin)
        sim.on("send_message", parties.got)
        campaign_id = parties.campaign(parties.template("later"), parties.audience(phones(2, 9800)))
        at = datetime.fromtimestamp(T0 + 3600, timezone.utc)
        assert admin.commands.start_campaign(campaign_id=campaign_id, at=at).status
        status, body = health(runtime.http_url)
        assert status == 200 and body["checks"]["background"] == "up"  # type: ignore[index]
        other = holding(path)
        try:
            runtime.clock.advance(3600)  # the campaign is due: its pass waits for the lock

            def named() -> bool:
                status, body = health(str(runtime.http_url))
                said = str(body["checks"]["background"])  # type: ignore[index]
                return (
                    status == 503
                    and re.fullmatch(r"stuck: the campaigns pass has run \d+ s", said) is not None
                )

            wait_until(named, timeout=30, what="healthz to name the stuck campaigns pass")
        finally:
            assert let_go(other) == 0
        wait_until(lambda: health(str(runtime.http_url))[0] == 200, timeout=30, what="healthz up again")
        assert parties.until(CampaignState.FINISHED).progress.sent == 2
        parties.arrived(2)


def test_a_worker_that_gives_no_sign_of_life_is_killed_and_another_starts(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A real worker beats while it is sound; stopped whole (SIGSTOP: no thread of it runs, so it
    cannot tell on itself), its supervisor kills it after ``silent_after`` and starts another."""
    from elarian_server.worker import Worker, worker_argv

    limit = 3.0  # beats come every 0.75 s: a start slowed by a busy machine still beats in time
    argv = worker_argv(str(tmp_path / "e.db"), None, None, False, stuck_after=limit)
    assert argv[argv.index("--stuck-after") + 1] == "3.0"
    worker = Worker(argv, silent_after=limit)
    worker.start()
    try:
        assert worker.wait_up(60)
        first = worker.pid
        assert first is not None
        began = time.monotonic()
        wait_until(
            lambda: time.monotonic() - began > limit + 1 and worker.silent_for() < limit / 2,
            timeout=30, what="the worker to go on beating past the limit",
        )  # fmt: skip
        assert worker.pid == first
        with caplog.at_level("ERROR", logger="elarian_server.worker"):
            os.kill(first, signal.SIGSTOP)
            wait_until(
                lambda: worker.pid not in (None, first) and worker.state() == "up",
                timeout=60, what="another worker up after the silent one",
            )  # fmt: skip
        assert not running(first)
        assert any(f"(pid {first}) has given no sign of life" in m for m in caplog.messages)
    finally:
        worker.stop()


@contextmanager
def serve_as_a_job(db: Path, *flags: str) -> Iterator[tuple[subprocess.Popen[str], Said]]:
    """``serve`` as a terminal's job, up (its banner printed, its worker's too): a session and
    process group of its own (to signal as the terminal does, with ``os.killpg``), and what it
    says on stderr."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "elarian_server.cli", "serve", "--ws-port", "0", "--db", str(db), *flags],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
    )  # fmt: skip
    with ends_cleanly(proc):
        said = Said(proc)
        assert proc.stdout is not None and proc.stdout.readline().startswith("elarian runtime"), said.lines
        yield proc, said


def test_the_worker_is_in_serves_session_and_a_terminals_ctrl_c_stops_it_through_serve(
    tmp_path: Path,
) -> None:
    """The worker shares serve's session and process group: Linux's autogroup scheduling gives
    each session an equal share of the CPU, so only there does its nice make it yield to serve.
    A terminal's Ctrl-C (SIGINT to the whole group) reaches the worker too, which leaves it to
    serve: serve stops and closes the worker's stdin, and both end cleanly."""
    with serve_as_a_job(tmp_path / "e.db") as (proc, said):
        (worker,) = workers_of(proc.pid)
        assert (os.getsid(worker), os.getpgid(worker)) == (os.getsid(proc.pid), os.getpgid(proc.pid))
        autogroups = Path(f"/proc/{worker}/autogroup"), Path(f"/proc/{proc.pid}/autogroup")
        if all(path.exists() for path in autogroups):  # the kernel has them: the same one
            theirs, ours = (path.read_text().split()[0] for path in autogroups)
            assert theirs == ours
        os.killpg(proc.pid, signal.SIGINT)
        assert proc.wait(30) == 0
        wait_until(lambda: not running(worker), timeout=30, what="the worker to stop with serve")
        text = said.everything()
        assert "stopping (signal 2)" in text  # serve's
        assert not [line for line in text.splitlines() if "[worker]" in line and "signal 2" in line]
        assert "KeyboardInterrupt" not in text and "Traceback" not in text


def test_a_serve_stopped_with_ctrl_z_does_not_count_the_time_stopped_as_its_workers_silence(
    tmp_path: Path,
) -> None:
    """Ctrl-Z stops serve and its worker together; after ``fg`` the worker has been silent longer
    than the limit, but only because nobody ran: serve counts its silence afresh, it is not
    killed."""
    limit = 3.0  # serve looks every 0.75 s; the worker beats as often, even when busy at nice 19
    with serve_as_a_job(tmp_path / "e.db", "--worker-stuck-after", str(limit)) as (proc, said):
        (worker,) = workers_of(proc.pid)
        os.killpg(proc.pid, signal.SIGSTOP)  # what the terminal does on Ctrl-Z (SIGTSTP, uncaught)
        time.sleep(2 * limit)  # the scenario: stopped longer than the limit (nothing to wait on)
        os.killpg(proc.pid, signal.SIGCONT)  # fg
        first = said.wait_for("counted afresh", "no sign of life")  # serve's first look after fg
        assert "counted afresh" in first, first
        assert workers_of(proc.pid) == [worker] and running(worker), said.lines


# -- the simulators' WebSockets go to the worker -------------------------------------------------------


def labelled(http_url: str, metric: str) -> dict[str, float]:
    """A family of a runtime's /metrics with one label: its samples by the label's value."""
    with urllib.request.urlopen(f"{http_url}/metrics", timeout=10) as answer:
        text = answer.read().decode()
    found = re.findall(rf'^{metric}\{{\w+="(\w+)"\}} ([\d.]+)$', text, re.MULTILINE)
    return {value: float(sample) for value, sample in found}


def connections(http_url: str) -> dict[str, float]:
    """The ``elarian_connections`` gauge of a runtime's /metrics, by kind."""
    return labelled(http_url, "elarian_connections")


@contextmanager
def serve_and_worker(db: Path) -> Iterator[tuple[subprocess.Popen[str], str, str, str]]:
    """``serve`` on ``db`` with its worker up: the process, serve's WebSocket URL, and serve's and
    the worker's HTTP sides."""
    with serve_logging("--http-port", "0", "--worker-http-port", "0", "--db", str(db)) as proc:
        assert proc.stdout is not None
        url, serve_http = re.findall(r"(?:ws|http)://127\.0\.0\.1:\d+", proc.stdout.readline())[:2]
        found = re.search(r"http://127\.0\.0\.1:\d+", worker_banner(proc))
        assert found, "the worker did not say where its HTTP side listens"
        yield proc, url, serve_http, found.group(0)


def admin_client(url: str) -> Elarian:
    return Elarian(org_id=DEV_ORG, app_id=DEV_APP, api_key=DEV_ADMIN_KEY, url=url, reconnect=FAST)


def test_serve_hands_a_simulators_websocket_to_its_worker_which_serves_it(tmp_path: Path) -> None:
    """A simulator connects to serve's URL as an app does; its socket goes to the worker (whose
    traffic it is: a campaign's messages), which answers its commands and delivers to it, while
    the app's socket stays with serve."""
    from .sdk_support import SMS

    with serve_and_worker(tmp_path / "e.db") as (proc, url, serve_http, worker_http):
        (worker,) = workers_of(proc.pid)
        with (
            admin_client(url) as app,
            simulator(url) as sim,
        ):
            received: list[str] = []
            inbound: list[str] = []
            sim.on("send_message", lambda n: received.append(n.customer_number.number))
            app.on("received_sms", lambda n, customer: inbound.append(n.text))
            wait_until(
                lambda: connections(worker_http).get("simulator") == 1, timeout=30,
                what=lambda: f"the worker to hold the simulator (serve: {connections(serve_http)})",
            )  # fmt: skip
            assert connections(serve_http) == {"app": 1.0, "simplex": 0.0, "simulator": 0.0}
            assert connections(worker_http)["app"] == 0
            assert labelled(serve_http, "elarian_sockets_handed_off_total") == {"setup": 1.0}
            numbers = [f"+2547130{i:05d}" for i in range(5)]
            send_queued(app, "handed", numbers)  # the worker sends, to the simulator it holds
            wait_until(lambda: sorted(received) == numbers, timeout=30, what=lambda: f"received {received}")
            reply = sim.receive_message("+254713099999", SMS, None, [M.InboundMessageBody(text="hello")])
            assert reply.status, reply.description  # answered by the worker
            wait_until(lambda: inbound == ["hello"], timeout=30, what=lambda: f"the app got {inbound}")
            assert workers_of(proc.pid) == [worker]


def test_a_handed_off_simulator_resumes_its_session_on_the_worker_after_the_network_drops(
    tmp_path: Path,
) -> None:
    """The simulator's socket is reset with requests in flight; its RESUME comes to serve, which
    does not hold the session, and goes to the worker, which does: every request is answered
    once, none fails, and the worker goes on delivering to it."""
    from .netutil import Proxy
    from .sdk_support import SMS

    with serve_and_worker(tmp_path / "e.db") as (proc, url, serve_http, worker_http):
        (worker,) = workers_of(proc.pid)
        proxy = Proxy(int(url.rsplit(":", 1)[1]))
        try:
            with (
                admin_client(url) as app,
                simulator(f"ws://127.0.0.1:{proxy.port}", resumable=True) as sim,
            ):
                received: list[str] = []
                inbound: list[str] = []
                sim.on("send_message", lambda n: received.append(n.customer_number.number))
                app.on("received_sms", lambda n, customer: inbound.append(n.text))
                handed = lambda: connections(worker_http).get("simulator") == 1  # noqa: E731
                wait_until(handed, timeout=30, what="the worker to hold the simulator")
                proxy.freeze()  # the requests leave; nothing comes back
                texts = [f"m{i}" for i in range(20)]
                futures = [
                    sim.receive_message_async("+254713199999", SMS, f"r{i}", [M.InboundMessageBody(text=t)])
                    for i, t in enumerate(texts)
                ]
                proxy.cut()  # every connection reset, all 20 in flight
                proxy.thaw()
                assert all(future.result(timeout=60).status for future in futures)
                got = lambda: sorted(inbound) == sorted(texts)  # noqa: E731
                wait_until(got, timeout=30, what=lambda: f"the app got {inbound}")
                assert connections(worker_http).get("simulator") == 1
                assert connections(serve_http).get("simulator") == 0
                given = labelled(serve_http, "elarian_sockets_handed_off_total")
                assert given.get("setup") == 1 and given.get("resume", 0) >= 1, given
                numbers = [f"+2547131{i:05d}" for i in range(3)]
                send_queued(app, "after the drop", numbers)  # the worker's, to the resumed session
                sent = lambda: sorted(received) == numbers  # noqa: E731
                wait_until(sent, timeout=30, what=lambda: f"received {received}")
        finally:
            proxy.close()
        assert workers_of(proc.pid) == [worker]
