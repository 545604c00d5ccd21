"""The ``elarian-sync`` command line.

  elarian-sync serve     run the local Elarian runtime (until SIGINT/SIGTERM)
  elarian-sync worker    its background work only, beside serve instances on the same store
  elarian-sync demo      the SDK spec's debt-collection story, live, on an embedded runtime
  elarian-sync report    export the communication layer's reports as CSV (an SDK client)
  elarian-sync audience  import an audience from a CSV (a live progress bar), list its rejects
  elarian-sync campaign  list, show, start, pause, resume, cancel or watch a campaign
  elarian-sync version   print the versions this installation runs with (also --version)

With ``serve --manual-clock``, the runtime's clock stands still and reads
commands from standard input: ``advance SECONDS``, ``set WHEN`` (ISO 8601 or
epoch seconds), ``now``. Reminders, leases and expiries follow that clock.
"""

from __future__ import annotations

import argparse
import errno
import logging
import signal
import ssl
import sys
import threading
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from .background import STUCK_SECONDS
from .comms.cli import add_report_parser
from .comms.console import add_parsers as add_comms_parsers
from .connectors.console import add_parsers as add_connector_parsers
from .signals import stop_on_signals
from .worker import START_SECONDS, Worker, worker_argv

if TYPE_CHECKING:
    from .config import Config
    from .listeners import BindError

log = logging.getLogger("elarian_server")


def _version(_: argparse.Namespace) -> int:
    import google.protobuf
    from google.protobuf.internal import api_implementation

    from elarian_sync import __version__

    print(f"elarian-sync {__version__}")
    print(f"protobuf {google.protobuf.__version__} ({api_implementation.Type()} backend)")
    print(f"python {sys.version.split()[0]}")
    return 0


class _VersionAction(argparse.Action):
    """``--version``: what ``elarian-sync version`` prints, then exit."""

    def __init__(self, option_strings: list[str], dest: str, help: str | None = None) -> None:
        super().__init__(option_strings, argparse.SUPPRESS, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        parser.exit(_version(namespace))


def _positive_seconds(text: str) -> float:
    """A number of seconds above zero (argparse's type: its error names the option)."""
    try:
        seconds = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not seconds > 0 or seconds == float("inf"):
        raise argparse.ArgumentTypeError(f"{text!r}: give a number of seconds above 0")
    return seconds


def _moment(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        pass
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"not a time: {text!r} (give ISO 8601 or epoch seconds)") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.timestamp()


def _clock_console(clock: object, stop: threading.Event) -> None:
    """Read clock commands from stdin until it closes or the runtime stops."""
    from .clock import ManualClock

    assert isinstance(clock, ManualClock)
    for line in sys.stdin:
        if stop.is_set():
            return
        words = line.split()
        if not words:
            continue
        try:
            if words[0] == "advance" and len(words) == 2:
                clock.advance(float(words[1]))
            elif words[0] == "set" and len(words) == 2:
                clock.set(_moment(words[1]))
            elif words[0] != "now":
                print("clock commands: advance SECONDS | set WHEN | now", file=sys.stderr)
                continue
        except ValueError as exc:
            print(f"clock: {exc}", file=sys.stderr)
            continue
        print(f"clock: {clock.datetime().isoformat()}", flush=True)


def _tls(cert: str | None, key: str | None) -> ssl.SSLContext | None:
    if cert is None and key is None:
        return None
    if cert is None or key is None:
        raise SystemExit("elarian-sync serve: --tls-cert and --tls-key go together")
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    return context


def _cannot_listen(exc: BindError) -> str:
    """Why serve could not listen, naming the flag that chose the port, and what to do."""
    flag = {"ws": "--ws-port", "tcp": "--tcp-port"}.get(exc.listener, "--http-port")
    if exc.errno == errno.EADDRINUSE:
        return (
            f"port {exc.port} on {exc.host} is already in use ({flag}); "
            f"stop the other process or pick another port, e.g. {flag} 0 for a free one"
        )
    if exc.errno == errno.EACCES:
        return (
            f"not allowed to listen on port {exc.port} ({flag}); "
            f"pick a port above 1023, e.g. {flag} 0 for a free one"
        )
    return (
        f"cannot listen on {exc.host}:{exc.port} ({flag}): {exc.reason}; "
        "check that --host is an address of this machine, e.g. 127.0.0.1"
    )


def _configured(args: argparse.Namespace, command: str) -> tuple[Config, str]:
    """What ``serve`` and ``worker`` start with: logging to stderr (a worker's lines tagged
    ``[worker]``), the configuration (``--config``, else the dev org) and the store (``--db``,
    else the config's, else ./elarian.db). A configuration that cannot be used ends the command
    (exit 2), saying why."""
    from .config import ConfigError, load_config

    tag = "[worker]" if command == "worker" else ""
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format=f"%(asctime)s %(levelname)s %(name)s{tag}: %(message)s",
        stream=sys.stderr,
    )
    try:
        config = load_config(args.config)
    except ConfigError as exc:
        print(f"elarian-sync {command}: {exc}", file=sys.stderr)
        raise SystemExit(2) from None
    return config, args.db or config.runtime.db or "elarian.db"


def _serve(args: argparse.Namespace) -> int:
    from .clock import Clock, ManualClock
    from .listeners import BindError
    from .runtime import AloneOnStore, Runtime
    from .store import describe
    from .store.base import SchemaError, StoreUnavailable

    config, db = _configured(args, "serve")
    clock: Clock = Clock()
    if args.manual_clock is not None:
        clock = ManualClock(_moment(args.manual_clock) if args.manual_clock else None)
    tls = _tls(args.tls_cert, args.tls_key)
    try:
        where = _background(args, config.runtime.background, db, isinstance(clock, ManualClock))
    except ValueError as exc:
        print(f"elarian-sync serve: {exc}", file=sys.stderr)
        return 2
    # from here on SIGTERM stops serve cleanly: one arriving while it starts (e.g. once the worker
    # has said it is up, before serve's own banner) lets the step under way finish (a PostgreSQL
    # migration waits for another instance's), then stops. Ctrl-C interrupts a start at once
    stop = stop_on_signals(interrupt=False)
    worker: Worker | None = None
    try:
        runtime = Runtime(
            config,
            db=db,
            clock=clock,
            host=args.host,
            ws_port=args.ws_port,
            tcp_port=args.tcp_port,
            http_port=args.http_port,
            tls=tls,
            ws_tls=tls if args.wss else None,
            workers=args.workers,
            background=where == "here",
        )
        runtime.start()
    except BindError as exc:
        print(f"elarian-sync serve: {_cannot_listen(exc)}", file=sys.stderr)
        return 1
    except (OSError, SchemaError, StoreUnavailable, AloneOnStore) as exc:
        print(f"elarian-sync serve: {exc}", file=sys.stderr)
        return 1
    if stop.is_set():  # told to stop while starting: no worker, no banner
        runtime.stop()
        return 0
    if where == "process":
        stuck_after = args.worker_stuck_after
        argv = worker_argv(args.db, args.config, args.worker_http_port, args.verbose, stuck_after)
        try:
            # the simulators' WebSockets go to the worker, unless TLS's state would have to go too
            adopting = not args.wss
            worker = Worker(argv, nice=args.worker_nice, silent_after=stuck_after, adopting=adopting)
            worker.guard(runtime.store, stuck_after)
            worker.start()
            runtime.health["worker"] = worker.state
            if adopting:
                runtime.hand_off = worker.hand_off
        except OSError as exc:
            runtime.stop()
            print(f"elarian-sync serve: cannot start the worker process: {exc}", file=sys.stderr)
            return 1
        # the banner says the whole runtime serves
        if not worker.wait_up(START_SECONDS, unless=stop) and not stop.is_set():
            log.error("the worker process is not up yet (%s); serving without it meanwhile", worker.state())
    stop_on_signals(stop=stop)
    urls = [runtime.url]
    if runtime.tcp_port is not None:
        urls.append(f"tcp{'+tls' if tls else ''}://{args.host}:{runtime.tcp_port}")
    if runtime.http_url is not None:
        urls.append(runtime.http_url)
    background = {
        "here": "background work here",
        "elsewhere": "background work left to other instances",
        "process": f"background work in worker process {worker.pid}"
        if worker is not None and worker.pid is not None
        else "background work in a worker process, not up yet",
    }[where]
    print(
        f"elarian runtime: {', '.join(urls)} (store {describe(db)}; {config.source}; {background})",
        flush=True,
    )
    if isinstance(clock, ManualClock):
        print(f"clock: {clock.datetime().isoformat()} (manual: advance SECONDS | set WHEN | now)", flush=True)
        threading.Thread(target=_clock_console, args=(clock, stop), daemon=True).start()
    while not stop.wait(0.5):
        pass
    if worker is not None:
        worker.ask_to_stop()  # it finishes what it is doing while this instance stops
    runtime.stop()
    if worker is not None:
        worker.stop()
    return 0


def _background(args: argparse.Namespace, configured: bool, db: str, manual_clock: bool) -> str:
    """Where ``serve`` runs the background work: "process" (a worker process beside it), "here"
    or "elsewhere" (other instances on the store). A ValueError says why a choice cannot be."""
    from .store.urls import is_shared

    if args.no_background:
        return "elsewhere"
    if args.background is None:  # the default
        if not configured:
            return "elsewhere"
        return "process" if is_shared(db) and not manual_clock else "here"
    if args.background == "process":
        if not is_shared(db):
            raise ValueError(
                f"--background process needs a store a second process can open (a SQLite file or "
                f"PostgreSQL), not {db}; use --background here"
            )
        if manual_clock:
            raise ValueError(
                "--background process cannot follow --manual-clock (the worker has a clock of its own); "
                "use --background here"
            )
    return str(args.background)


def _worker(args: argparse.Namespace) -> int:
    """``elarian-sync worker``: the background work only, no listener (see ``worker``)."""
    import os

    from .worker import Heartbeat, adopt_from, until_stdin_closes

    if args.until_stdin_closes:  # serve's child, in its process group: a terminal's Ctrl-C is serve's
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    # first, before the runtime's imports, so that a slow start beats too: on stdout, for the
    # serve that started this worker
    heartbeat = Heartbeat(args.stuck_after, sys.stdout.buffer if args.until_stdin_closes else None).start()
    from .listeners import BindError
    from .runtime import Runtime
    from .store import describe
    from .store.base import SchemaError, StoreUnavailable
    from .store.urls import is_shared

    if args.nice:
        os.nice(args.nice)
    config, db = _configured(args, "worker")
    if not is_shared(db):
        print(
            f"elarian-sync worker: a worker needs a store the apps' instances share (a SQLite file or "
            f"PostgreSQL), not {db}",
            file=sys.stderr,
        )
        return 2
    try:
        runtime = Runtime(
            config, db=db, ws_port=None, http_port=args.http_port, background=True,
            stuck_after=args.stuck_after, adopting=args.adopt_fd is not None,
        )  # fmt: skip
        runtime.start()
        heartbeat.watch(runtime.background_workers)
        if args.adopt_fd is not None:  # the simulators' WebSockets serve hands over
            adopt_from(args.adopt_fd, runtime.listener.adopt)
    except BindError as exc:
        print(f"elarian-sync worker: {_cannot_listen(exc)}", file=sys.stderr)
        return 1
    except (OSError, SchemaError, StoreUnavailable) as exc:
        print(f"elarian-sync worker: {exc}", file=sys.stderr)
        return 1
    stop = stop_on_signals(interrupt=not args.until_stdin_closes)
    if args.until_stdin_closes:
        until_stdin_closes(stop)
    http = f"{runtime.http_url}; " if runtime.http_url is not None else ""
    print(
        f"elarian worker: campaigns, queued sends, webhooks and inbound events (pid {os.getpid()}; "
        f"{http}store {describe(db)}; {config.source})",
        flush=True,
    )
    while not stop.wait(0.5):
        pass
    heartbeat.stop()  # stopping may take a pass's time: not a stuck pass
    runtime.stop()
    return 0


def _demo(args: argparse.Namespace) -> int:
    from .demo import run

    logging.basicConfig(
        level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr
    )
    return run(keep_running=args.keep_running)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="elarian-sync", description="the elarian-sync SDK's command line")
    parser.add_argument("--version", action=_VersionAction, help="print versions and exit (as `version`)")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser(
        "version",
        help="print versions",
        description="Print the versions this installation runs with: elarian-sync, protobuf "
        "(and its backend), Python.",
    ).set_defaults(run=_version)
    serve = commands.add_parser(
        "serve",
        help="run the local Elarian runtime",
        description="Run the local Elarian runtime until SIGINT/SIGTERM. At start it prints, on one "
        "line of stdout, the URLs it listens on: ws://HOST:PORT (and tcp://HOST:PORT with --tcp-port, "
        "http://HOST:PORT with --http-port).",
    )
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    serve.add_argument(
        "--ws-port",
        type=int,
        default=8080,
        help="WebSocket port (default 8080; 0: a free port, printed at start)",
    )
    serve.add_argument(
        "--tcp-port",
        type=int,
        help="TCP port (RSocket over TCP; off by default; 0: a free port, printed at start)",
    )
    serve.add_argument(
        "--http-port",
        type=int,
        help="HTTP port: GET /healthz, GET /metrics (Prometheus), POST /connectors/NAME/events (off by "
        "default; 0: a free port, printed at start)",
    )
    serve.add_argument("--tls-cert", help="certificate (PEM) for TLS on the TCP listener")
    serve.add_argument("--tls-key", help="private key (PEM) for --tls-cert")
    serve.add_argument("--wss", action="store_true", help="serve the WebSocket listener over TLS too")
    serve.add_argument(
        "--db",
        help="the store: a SQLite file or postgresql://USER@HOST:PORT/DB (default: the config's "
        "[runtime] db, else ./elarian.db)",
    )
    serve.add_argument("--config", help="TOML configuration (default: the dev org, the spec's test values)")
    serve.add_argument(
        "--manual-clock",
        nargs="?",
        const="",
        metavar="START",
        help="a clock that moves only on commands from stdin; optionally starting at START",
    )
    serve.add_argument("--workers", type=int, default=8, help="threads running commands (default 8)")
    where = serve.add_mutually_exclusive_group()
    where.add_argument(
        "--background",
        choices=("process", "here"),
        help="where campaigns, queued sends, webhooks and inbound events run: process, a worker "
        "process beside this one on the same store (`elarian-sync worker`, started again if it dies), "
        "so they take no CPU or GIL from the apps' commands (the default on a SQLite file or "
        "PostgreSQL); here, in this process (the default on :memory: or with --manual-clock)",
    )
    where.add_argument(
        "--no-background",
        action="store_true",
        help="leave the background work to other instances on the same store, a SQLite file or a "
        "PostgreSQL database (`serve` or `worker`)",
    )
    serve.add_argument(
        "--worker-nice",
        type=int,
        default=19,
        metavar="N",
        help="with --background process: how much lower the worker's priority is (default 19: the "
        "apps' commands first)",
    )
    serve.add_argument(
        "--worker-stuck-after",
        type=_positive_seconds,
        default=STUCK_SECONDS,
        metavar="SECONDS",
        help="with --background process: the worker is stuck, and is killed and another started, "
        "when one of its background passes has run this long, when it has given no sign of life "
        "(a heartbeat on its stdout) this long, or, on a SQLite file, when a write of this process "
        "has waited this long for the file's write lock while the worker holds it "
        f"(default {STUCK_SECONDS:g})",
    )
    serve.add_argument(
        "--worker-http-port",
        type=int,
        metavar="PORT",
        help="with --background process: the worker's own HTTP side (its /healthz and /metrics: "
        "webhook deliveries and inbound events are counted there); off by default",
    )
    serve.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    serve.set_defaults(run=_serve)
    worker = commands.add_parser(
        "worker",
        help="run the background work only, beside `serve` instances on the same store",
        description="Run campaigns, queued sends, outbound webhooks and inbound events, with no "
        "listener, beside `serve --no-background` instances on the same store (a SQLite file or a "
        "PostgreSQL database), until SIGINT/SIGTERM. `serve` starts one itself by default "
        "(--background process).",
    )
    worker.add_argument(
        "--db",
        help="the store: a SQLite file or postgresql://USER@HOST:PORT/DB (default: the config's "
        "[runtime] db, else ./elarian.db)",
    )
    worker.add_argument("--config", help="TOML configuration: the one the apps' instances run with")
    worker.add_argument("--nice", type=int, default=0, help="lower this process's priority by N")
    worker.add_argument("--http-port", type=int, help="HTTP port for /healthz and /metrics (off by default)")
    worker.add_argument(
        "--until-stdin-closes",
        action="store_true",
        help="stop when standard input ends (not on SIGINT: a terminal's Ctrl-C is for the parent "
        "that closes it), and print a heartbeat line on stdout at least every second (how `serve` "
        "keeps its worker, in its process group, from outliving it, and knows it is alive)",
    )
    worker.add_argument(
        "--adopt-fd",
        type=int,
        metavar="FD",
        help="a Unix socket (inherited) on which `serve` hands this worker WebSockets to serve: "
        "the simulators' (how `serve` starts it)",
    )
    worker.add_argument(
        "--stuck-after",
        type=_positive_seconds,
        default=STUCK_SECONDS,
        metavar="SECONDS",
        help="a background pass that has run this long is stuck: the worker logs what it is doing "
        f"and exits with code 70, for its supervisor to start another (default {STUCK_SECONDS:g})",
    )
    worker.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    worker.set_defaults(run=_worker)
    demo = commands.add_parser(
        "demo",
        help="play the SDK spec's debt-collection story on an embedded runtime",
        description="Play the SDK spec's debt-collection story on an embedded runtime (a reminder, an SMS "
        "and the reply, a mobile checkout, a USSD menu), printing every command and notification.",
    )
    demo.add_argument("--keep-running", action="store_true", help="leave the runtime up afterwards")
    demo.set_defaults(run=_demo)
    add_report_parser(commands)
    add_comms_parsers(commands)
    add_connector_parsers(commands)
    args = parser.parse_args(argv)
    result: int = args.run(args)
    return result


if __name__ == "__main__":
    sys.exit(main())
