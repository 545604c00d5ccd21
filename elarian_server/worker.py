"""The background work of ``serve`` in a process of its own, on the same store.

Theory of operation
-------------------
Campaigns, queued sends, outbound webhooks and inbound events are Python work like the apps'
commands: run in the process that serves the apps they take turns with the commands at the
GIL, and an unthrottled campaign took another app's get_state p99 to 8-20x idle on 2 cores
(bench/campaign.py). Instances already share a store (a SQLite file or a PostgreSQL database)
and split that work between them, so ``serve`` runs it in a child: ``elarian-sync worker``, an
instance with no listener, on the same store and configuration, at a lower priority, while the
instance that serves the apps runs without background work.

``Worker`` starts the child and watches it: a child that dies (killed, crashed, or failed to
start) is started again after a pause that doubles from ``FIRST_PAUSE`` to ``LONGEST_PAUSE``
(back to the first once one has run ``SETTLED`` seconds), and what it had claimed comes back
to the next one as claims lapse, as when any instance dies. The child is told to stop by the
end of its standard input, which ``stop`` closes and which also closes when the parent dies
however it dies (kill -9 included), so a worker never outlives its ``serve``. It runs in
``serve``'s session and process group (Linux schedules each session as a group of its own,
where its nice would count only against itself); a terminal's Ctrl-C reaches it too and it
ignores it: ``serve`` stops, and stops it.

A worker that hangs while it holds a SQLite file's write lock (stopped, or stuck inside a
transaction) would hold every write of ``serve`` with it, for as long as it hangs: ``guard``
has the store tell the supervisor when a write has waited ``stuck_after`` seconds for a lock
the worker holds, and the supervisor kills the worker (the kernel lets go of its lock, SQLite
drops its uncommitted transaction) and starts another, as for any worker that dies.

A worker that hangs without holding that lock would stall the background work alone, and as
long as it lives no other instance takes its jobs (its claims are renewed by nothing, but
``serve`` runs no background work of its own). So the worker watches itself (``Heartbeat``): a
background pass that has run ``stuck_after`` seconds (``background.stuck``) is logged with
what its thread is doing, and the worker exits with ``EXIT_STUCK``; while none is, it prints
``HEARTBEAT`` on its standard output every ``stuck_after / 4`` seconds (at most a second
apart), and a supervisor given ``silent_after`` kills a worker that has printed nothing for
that long: one stopped (SIGSTOP, a debugger) or hung whole.

The simulators' sockets go to the worker too (``hand_off``): a simulator receiving a campaign
takes as many notifications as the campaign sends, and served by ``serve`` that traffic was the
apps' process's work (another app's get_state p99 12-16x idle, bench/campaign.py). ``serve``
reads a WebSocket's first frame; a simulator's SETUP (or a RESUME for a session ``serve`` does
not hold) sends the socket, with the bytes read from it so far, over a Unix socket pair made
for each child (``--adopt-fd``), and the worker's listener serves it from there (``Listener.adopt``).
A worker that is not up, or not taking sockets as fast as they come, leaves them to ``serve``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from typing import BinaryIO

from .background import STUCK_SECONDS, ClaimsWorker, stuck

log = logging.getLogger("elarian_server.worker")

FIRST_PAUSE = 0.5  # seconds before a worker that died is started again
LONGEST_PAUSE = 30.0
SETTLED = 60.0  # a worker that ran this long starts the pauses again from the first
START_SECONDS = 60.0  # for the first worker to say it serves before serve says it does
STOP_SECONDS = 15.0  # for a worker to finish what it is doing and stop, before it is killed
BANNER = b"elarian worker: "  # the first line a worker prints on stdout, once it serves
HEARTBEAT = b"elarian worker heartbeat\n"  # printed on stdout while no pass is stuck
BEAT_SECONDS = 1.0  # the longest between two heartbeats
EXIT_STUCK = 70  # a worker whose background pass was stuck exits with this (EX_SOFTWARE)


def worker_argv(
    db: str | None,
    config: str | None,
    http_port: int | None,
    verbose: bool,
    stuck_after: float = STUCK_SECONDS,
) -> list[str]:
    """The command line of a worker with the configuration file ``config``, on ``db`` if given
    (else on the configuration's store, as ``serve``: a PostgreSQL password in the file stays
    out of the process list), whose passes are stuck after ``stuck_after`` seconds."""
    argv = [sys.executable, "-m", "elarian_server.cli", "worker", "--until-stdin-closes"]
    argv += ["--stuck-after", repr(stuck_after)]
    if db is not None:
        argv += ["--db", db]
    if config is not None:
        argv += ["--config", config]
    if http_port is not None:
        argv += ["--http-port", str(http_port)]
    if verbose:
        argv.append("--verbose")
    return argv


class Worker:
    """A child process running ``argv`` (``worker_argv``), ``nice`` lower in priority than this
    one, started again whenever it dies, until ``stop``; killed (and started again) if it prints
    nothing on its standard output for ``silent_after`` seconds (a worker prints ``HEARTBEAT``;
    None: never). With ``adopting``, ``hand_off`` gives it sockets to serve (``--adopt-fd``). Its
    output goes to this process's standard error."""

    def __init__(
        self, argv: list[str], nice: int = 0, silent_after: float | None = None, adopting: bool = False
    ) -> None:
        self.argv, self.nice, self.silent_after, self.adopting = argv, nice, silent_after, adopting
        self._channel: socket.socket | None = None  # to the running child: the sockets handed to it
        self._heard = time.monotonic()  # when the running child last printed a line
        self._proc: subprocess.Popen[bytes] | None = None
        self._up: subprocess.Popen[bytes] | None = None  # the child that printed its banner
        self._changed = threading.Condition()  # guards _proc and _up; told when a child says it serves
        self._stopping = threading.Event()
        self._watcher = threading.Thread(target=self._watch, name="elarian-server-worker", daemon=True)

    @property
    def pid(self) -> int | None:
        """The running child's process id (None before the first start or after ``stop``)."""
        proc = self._proc
        return proc.pid if proc is not None and proc.poll() is None else None

    def _pass_on(self, proc: subprocess.Popen[bytes]) -> None:
        """The child's stdout to our stderr (its logs are there already); its banner, the line it
        prints once it serves, marks it up."""
        assert proc.stdout is not None
        with proc.stdout:
            for line in proc.stdout:
                if proc is self._proc:
                    self._heard = time.monotonic()
                if line == HEARTBEAT:
                    continue
                if line.startswith(BANNER):
                    with self._changed:
                        self._up = proc
                        self._changed.notify_all()
                with contextlib.suppress(OSError, ValueError):
                    sys.stderr.buffer.write(line)
                    sys.stderr.flush()

    def hand_off(self, fd: int, data: bytes) -> bool:
        """Give the running child a socket to serve (``fd``, which stays the caller's to close) and
        the bytes read from it so far; False if it cannot take it now (not up, gone, or its
        queue of sockets full): never waits."""
        with self._changed:
            proc, channel = self._proc, self._channel
            up = proc is not None and self._up is proc and proc.poll() is None
        if channel is None or not up:
            return False
        try:
            socket.send_fds(channel, [data], [fd], socket.MSG_DONTWAIT)
        except OSError as exc:  # full (it is not taking them), gone, or too large: served here
            log.info("could not hand a socket to the worker process (%s); serving it here", exc)
            return False
        return True

    def silent_for(self) -> float:
        """Seconds since the running child last printed a line (its banner or a heartbeat)."""
        return time.monotonic() - self._heard

    def state(self) -> str:
        """The child's state for /healthz: "up" once it said it serves, else what it is doing."""
        proc = self._proc
        if proc is None:
            return "not started"
        code = proc.poll()
        if code is None:
            return "up" if self._up is proc else "starting"
        if self._stopping.is_set():
            return "stopped"
        return f"down: exited with {_exit_status(code)}, starting again"

    def wait_up(self, timeout: float, unless: threading.Event | None = None) -> bool:
        """Wait (at most ``timeout`` s, and no longer once ``unless`` is set) until the child says
        it serves; False if it has not (it exited, or is slow to start: the watcher goes on either
        way)."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                proc = self._proc
                if proc is not None and self._up is proc:
                    return True
                remaining = deadline - time.monotonic()
                if remaining <= 0 or proc is None or proc.poll() is not None:
                    return False
                if unless is not None and unless.is_set():
                    return False
                self._changed.wait(min(remaining, 0.1))  # also looks again for a child that died

    def guard(self, store: object, stuck_after: float = STUCK_SECONDS) -> None:
        """Kill the worker if it holds up a write of ``store`` (this process's, on a SQLite file)
        for ``stuck_after`` seconds by holding the file's write lock; it is started again. On
        PostgreSQL the server itself ends a session idle in a transaction for a minute
        (``IDLE_IN_TRANSACTION``), which lets go of its locks: nothing to do here."""
        from .store.sqlite.store import SqliteStore

        if isinstance(store, SqliteStore):
            store.on_stuck = (stuck_after, self._held_up)

    def _held_up(self, holders: list[int], waited: float) -> None:
        with self._changed:
            proc = self._proc
        if proc is None or proc.pid not in holders or proc.poll() is not None:
            return  # another process holds the lock: the store's warning names it
        log.error(
            "the worker process (pid %d) has held the store's write lock for %.0f s while this "
            "process waits to write: it is stopped or stuck; killing it (its transaction is rolled "
            "back) and starting another",
            proc.pid, waited,
        )  # fmt: skip
        proc.kill()

    def start(self) -> Worker:
        """Start the first child (an ``OSError`` if it cannot be), then watch it."""
        self._spawn()
        self._watcher.start()
        if self.silent_after is not None:
            threading.Thread(
                target=self._listen, args=(self.silent_after,), name="elarian-server-worker-beat", daemon=True
            ).start()
        return self

    def _spawn(self) -> None:
        argv: list[str] = self.argv
        passed: tuple[int, ...] = ()
        channel = theirs = None
        if self.adopting:
            channel, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
            argv, passed = [*argv, "--adopt-fd", str(theirs.fileno())], (theirs.fileno(),)
        try:
            proc = subprocess.Popen(
                argv,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,  # its banner says it is up; passed on to our stderr
                # in our session and process group, not one of its own: Linux schedules each session
                # as a group (autogroup) sharing the CPU equally with the others, so a worker in a
                # session of its own took as much as all of serve whatever its nice. A terminal's
                # Ctrl-C reaches it too, which it ignores (`worker --until-stdin-closes`): ours to
                # pass on by closing its stdin; Ctrl-Z stops both
                pass_fds=passed,
            )
        except BaseException:
            if channel is not None:
                channel.close()
            raise
        finally:
            if theirs is not None:
                theirs.close()  # the child's now
        threading.Thread(
            target=self._pass_on, args=(proc,), name="elarian-server-worker-out", daemon=True
        ).start()
        if self.nice:  # from here, at once (no preexec_fn in a process with threads)
            with contextlib.suppress(OSError):  # it died already: the watcher sees to it
                os.setpriority(os.PRIO_PROCESS, proc.pid, os.getpriority(os.PRIO_PROCESS, 0) + self.nice)
        with self._changed:
            self._heard = time.monotonic()
            self._proc = proc
            channel, self._channel = self._channel, channel
        if channel is not None:
            channel.close()  # the last child's
        if self._stopping.is_set():  # stop() came while it started: it stops too
            self._tell_to_stop(proc)

    def _watch(self) -> None:
        pause = FIRST_PAUSE
        while True:
            proc = self._proc
            assert proc is not None
            began = time.monotonic()
            code = proc.wait()
            if self._stopping.is_set():
                return
            if time.monotonic() - began >= SETTLED:
                pause = FIRST_PAUSE
            log.error(
                "the worker process (pid %d) exited with %s; starting another in %.1f s "
                "(what it had claimed comes back as its claims lapse)",
                proc.pid, _exit_status(code), pause,
            )  # fmt: skip
            while True:
                if self._stopping.wait(pause):
                    return
                pause = min(pause * 2, LONGEST_PAUSE)
                try:
                    self._spawn()
                    break
                except OSError as exc:
                    log.error("cannot start the worker process: %s; trying again in %.1f s", exc, pause)

    def _listen(self, limit: float) -> None:
        """Kill the running child once it has been silent ``limit`` seconds (the watcher starts
        another). A thread of its own, looking every quarter of the limit (at most a second):
        the watcher blocks in ``wait``, as a timed wait would poll (every 50 ms: wake-ups that
        take the GIL from the apps' commands)."""
        for now, missed in _looks(limit, self._stopping):
            if missed:  # we did not run (stopped with Ctrl-Z, starved)
                log.info(
                    "this process did not run for %.0f s: the worker's silence is counted afresh", missed
                )
                self._heard = now  # what it said meanwhile waits in the pipe, unread
                continue
            with self._changed:
                proc = self._proc
            silent = self.silent_for()
            if proc is None or silent < limit or proc.poll() is not None:
                continue
            log.error(
                "the worker process (pid %d) has given no sign of life for %.0f s (stopped, "
                "or hung as a whole); killing it and starting another",
                proc.pid, silent,
            )  # fmt: skip
            proc.kill()
            self._heard = time.monotonic()  # once: the next child starts its own count

    def ask_to_stop(self) -> None:
        """Tell the child to stop (the end of its stdin), without waiting; none is started after."""
        self._stopping.set()
        with self._changed:
            proc = self._proc
        if proc is not None:
            self._tell_to_stop(proc)

    def stop(self, timeout: float = STOP_SECONDS) -> int | None:
        """``ask_to_stop``, then wait up to ``timeout`` s for the child to end, and kill it if it has
        not. Its exit code (None if none was started)."""
        self.ask_to_stop()
        proc = self._proc
        if proc is None:
            return None
        try:
            code = proc.wait(timeout)
        except subprocess.TimeoutExpired:
            log.error("the worker process (pid %d) did not stop within %.0f s: killed", proc.pid, timeout)
            proc.kill()
            code = proc.wait()
        if self._watcher.is_alive():  # a child it started as we were told to stop stops too
            self._watcher.join(timeout)
        with self._changed:
            channel, self._channel = self._channel, None
        if channel is not None:
            channel.close()
        return code

    @staticmethod
    def _tell_to_stop(proc: subprocess.Popen[bytes]) -> None:
        if proc.stdin is not None:
            with contextlib.suppress(OSError):
                proc.stdin.close()


def _looks(limit: float, stopped: threading.Event) -> Iterator[tuple[float, float]]:
    """Every ``limit / 4`` seconds (at most ``BEAT_SECONDS``) until ``stopped``: the time, and
    how long this thread did not run beyond its wait when that was more than half the limit
    (the process stopped, or starved), else 0: time nothing here could have run in."""
    every = min(BEAT_SECONDS, limit / 4)
    looked = time.monotonic()
    while not stopped.wait(every):
        now = time.monotonic()
        missed = now - looked - every
        looked = now
        yield now, missed if missed > limit / 2 else 0.0


def _exit_status(code: int) -> str:
    if code == EXIT_STUCK:
        return f"code {code} (a background pass was stuck)"
    return f"signal {-code}" if code < 0 else f"code {code}"


class Heartbeat:
    """In a worker: every ``stuck_after / 4`` seconds (at most ``BEAT_SECONDS``), end the process
    (``exit(EXIT_STUCK)``) if a pass of the watched workers has run ``stuck_after`` seconds,
    logging what each stuck one is doing; else print ``HEARTBEAT`` on ``out`` (if given). Started
    before the runtime is, so a slow start still beats; ``watch`` names the workers."""

    def __init__(
        self,
        stuck_after: float = STUCK_SECONDS,
        out: BinaryIO | None = None,
        exit: Callable[[int], object] = os._exit,
    ) -> None:
        self.stuck_after, self.out, self.exit = stuck_after, out, exit
        self._workers: Sequence[ClaimsWorker] = ()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="elarian-worker-heartbeat", daemon=True)

    def watch(self, workers: Sequence[ClaimsWorker]) -> None:
        self._workers = workers

    def start(self) -> Heartbeat:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(5)

    def _run(self) -> None:
        # (when, seconds): spells this thread did not run, the process stopped (Ctrl-Z) or starved;
        # a pass under way then could not run either: not counted against it
        gaps: deque[tuple[float, float]] = deque(maxlen=16)
        for now, missed in _looks(self.stuck_after, self._stop):
            if missed:
                gaps.append((now, missed))
            found = [
                (worker, took)
                for worker, took in stuck(self._workers, self.stuck_after)
                if took - sum(gap for when, gap in gaps if when > now - took) >= self.stuck_after
            ]
            if found:
                for worker, took in found:
                    log.error(
                        "the %s pass has run for %.0f s (stuck); ending this worker process so that "
                        "another starts. Its thread is at:\n%s",
                        worker.role, took, worker.where().rstrip(),
                    )  # fmt: skip
                self.exit(EXIT_STUCK)
                return
            if self.out is not None:
                try:
                    self.out.write(HEARTBEAT)
                    self.out.flush()
                except (OSError, ValueError):  # the supervisor is gone: stdin's end stops us
                    return


def until_stdin_closes(stop: threading.Event) -> None:
    """In the worker: set ``stop`` when standard input ends (its parent closed it, or died)."""

    def read() -> None:
        with contextlib.suppress(OSError, ValueError):
            while sys.stdin.buffer.read(4096):
                pass
        stop.set()

    threading.Thread(target=read, name="elarian-worker-parent", daemon=True).start()


def adopt_from(fd: int, adopt: Callable[[socket.socket, bytes], None]) -> threading.Thread:
    """In a worker: take the sockets ``serve`` hands over on the Unix socket ``fd`` and give each,
    with the bytes ``serve`` read from it, to ``adopt``, until ``serve`` closes its end."""
    from .wslink import RECORD_LIMIT

    channel = socket.socket(fileno=fd)

    def take() -> None:
        with channel:
            while True:
                try:
                    data, fds, flags, _ = socket.recv_fds(channel, RECORD_LIMIT + 4096, 1)
                except OSError:
                    return
                if not data and not fds:
                    return  # serve closed its end
                socks = [socket.socket(fileno=each) for each in fds]
                if len(socks) != 1 or flags & (socket.MSG_TRUNC | socket.MSG_CTRUNC):
                    log.error("a socket handed over came cut short; closing it")
                    for sock in socks:
                        sock.close()
                    continue
                adopt(socks[0], data)

    thread = threading.Thread(target=take, name="elarian-worker-adopt", daemon=True)
    thread.start()
    return thread
