"""The runtime in one object: listeners, engine, delivery, scheduler, store, clock.

``Runtime`` is what ``elarian-sync serve`` runs and what tests, the demo and
users' own test suites start in process::

    with Runtime(db=":memory:", clock=ManualClock()) as runtime:
        url = runtime.url            # ws://127.0.0.1:<free port>
        runtime.clock.advance(3600)  # reminders due in the next hour fire

Threads: one event loop thread reads every WebSocket (a TCP socket has a thread of its
own) and gives each command its keys (see ``ordering``). Commands take effect in order
per customer for each connection; when its turn comes, a read (GetCustomerState) runs at
once on the event loop that read it if the store's reads wait on no server (SQLite: a
snapshot of a local file, cheaper than two hand-offs between threads), else (PostgreSQL, or
a read released by a write that committed) goes to a reader (the reads ready together in
one snapshot), a write, on SQLite, commits on the loop with the other writes whose turn came
in the same turn of the loop if the store's write lock is free (else, and on PostgreSQL, it
goes to the
committer (``commits``: one thread, the writes ready together in one transaction), and
the rest (leases, work on a tag's holders, the simulator's commands) run on a worker
pool. One delivery thread sends notifications; one scheduler thread fires what comes
due on the runtime's clock.
"""

from __future__ import annotations

import asyncio
import functools
import itertools
import logging
import ssl
import threading
import weakref
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, TypeVar

from google.protobuf import unknown_fields
from google.protobuf.message import DecodeError, Message

from elarian_sync._generated import app_socket_pb2 as A
from elarian_sync._generated import simulator_socket_pb2 as S
from elarian_sync.rsocket import frames as f
from elarian_sync.session import Session

from .background import STUCK_SECONDS, ClaimsWorker, stuck
from .clock import Clock
from .commits import GroupCommit, StoppedError, Write
from .comms.campaigns import ENDED, STATE_NAMES, progress
from .comms.runner import Runner
from .comms.sender import Sender
from .config import Config, dev_config
from .connectors.inbound import Inbound
from .connectors.outbound import Outbound
from .connectors.service import ConnectorCommands
from .delivery import Delivery
from .engine import Engine
from .engine.common import Caller, Invalid
from .engine.dispatch import AFTER_COMMIT
from .engine.idempotency import READS
from .engine.reminders import RESOLUTION
from .listeners import HandOff, Listener, ListenerOptions
from .metrics import Metrics
from .ordering import CONNECTION, Keyer, Keys, Sequencer, Step
from .store import open_store
from .store.base import BalanceRow, Store
from .store.urls import is_shared

if TYPE_CHECKING:
    from .web import HttpSide

log = logging.getLogger("elarian_server")

INLINE_READS = frozenset({"get_customer_state"})
"""Reads that may run on the event loop (``Store.on_loop``): one customer's, a few indexed
statements. Reads whose cost grows with an audience or a report (a campaign's progress counts its
members and sends) would stall every socket: they go to the reader thread."""


def _has_unknown_fields(message: Message) -> bool:
    return len(unknown_fields.UnknownFieldSet(message)) > 0


Command = TypeVar("Command", A.AppToServerCommand, S.SimulatorToServerCommand)


def _command(kind: type[Command], data: bytes, misplaced: str) -> Command:
    """A request's command: a ``kind`` with an entry set and no field it does not know (the other
    kind's fields would be unknown: ``misplaced`` says so)."""
    name = kind.DESCRIPTOR.name
    try:
        command = kind.FromString(data)
    except DecodeError as exc:
        raise Invalid(f"not a{'n' if name[0] in 'AEIOU' else ''} {name}: {exc}") from None
    entry = command.WhichOneof("entry")
    if _has_unknown_fields(command) or (entry and _has_unknown_fields(getattr(command, entry))):
        raise Invalid(f"not a{'n' if name[0] in 'AEIOU' else ''} {name} (unknown fields): {misplaced}")
    return command


def _data_keys(keys: Keys | None) -> Keys | None:
    """The keys a command's transaction locks (``Store.transaction``): its customers, purses,
    unheld numbers and secondary ids; None (the whole store) for a barrier, or for a command
    that names none of them (its connection's key says nothing about what it touches)."""
    if keys is None or CONNECTION in keys:
        return None
    return keys


def _failed(session: Session, stream_id: int, exc: Exception) -> None:
    """A command that raised: a malformed one gets ERROR INVALID naming what is wrong; anything
    else is the runtime's fault, logged, and answered as such."""
    if isinstance(exc, Invalid):
        session.respond_error(stream_id, str(exc), f.ErrorCode.INVALID)
        return
    log.error("command failed", exc_info=exc)
    session.respond_error(stream_id, f"the runtime failed to handle the command: {exc}")


_READ, _WRITE, _OTHER = "read", "write", "other"  # where a command runs when its turn comes


@dataclass(slots=True, eq=False)
class _Command:
    """A command in its connection's order (a ``Step``'s task): run on its own, it is served
    in a transaction of its own (``Runtime._serve``)."""

    runtime: Runtime
    session: Session
    stream_id: int
    command: A.AppToServerCommand | S.SimulatorToServerCommand
    how: str  # _READ, _WRITE or _OTHER

    def __call__(self) -> None:
        self.runtime._serve(self.session, self.stream_id, self.command)


class AloneOnStore(ValueError):
    """An instance without background work on a store no other instance shares."""


class Runtime:
    """The local Elarian runtime."""

    def __init__(
        self,
        config: Config | None = None,
        *,
        db: str | Path = ":memory:",
        store: Store | None = None,
        clock: Clock | None = None,
        host: str = "127.0.0.1",
        ws_port: int | None = 0,
        tcp_port: int | None = None,
        http_port: int | None = None,
        tls: ssl.SSLContext | None = None,
        ws_tls: ssl.SSLContext | None = None,
        workers: int = 8,
        resume_window: float = 60.0,
        max_payload: int = 16 * 1024 * 1024,
        max_frame: int = 16 * 1024 * 1024,
        resume_buffer: int = 16 * 1024 * 1024,
        setup_timeout: float = 10.0,
        max_setup_frame: int = 64 * 1024,
        setup_budget: int = 32 * 1024 * 1024,
        background: bool | None = None,
        stuck_after: float = STUCK_SECONDS,
        adopting: bool = False,
    ) -> None:
        """A runtime serving ``config`` (the dev org by default) from the store ``db`` (a SQLite
        file, ``:memory:``, or a ``postgresql://`` URL; see ``store.open_store``) or ``store``.

        The listener's limits (see ``ListenerOptions``): ``max_payload`` and ``max_frame`` (a
        larger request is refused on its stream), ``resume_buffer`` (bytes kept for a resume),
        ``setup_timeout`` (for the TLS handshake and the first frame), ``max_setup_frame`` and
        ``setup_budget`` (bytes held for one, and for all, sockets that have not sent a SETUP).
        ``http_port``: the HTTP side (health, metrics, inbound connectors; 0: a free port; None,
        the default: none). ``background``: whether campaigns, queued sends, outbound webhooks
        and inbound events are worked on here (None: the config's ``[runtime] background``);
        without, other instances on the same store (a SQLite file or a PostgreSQL database) do it.
        ``stuck_after``: a background pass running this long makes /healthz unhealthy, naming it.
        ``adopting``: without a WebSocket listener, still serve the WebSockets another process
        hands over (``listener.adopt``: ``serve``'s worker takes the simulators' sockets).
        """
        self.config = config or dev_config()
        self.clock = clock or Clock()
        # campaigns, queued sends, webhooks and inbound events run here, or on other instances
        self.background = self.config.runtime.background if background is None else background
        if not self.background and not (store.shared if store is not None else is_shared(db)):
            raise AloneOnStore(  # before the store is opened: a SQLite file is not even created
                "an instance without background work needs a store other instances share "
                "(a SQLite file or PostgreSQL): on this store nothing else would send its queued messages"
            )
        self.store = store or open_store(db)
        self.metrics = Metrics()
        self.engine = Engine(
            self.config,
            self.store,
            self.clock,
            on_notify=self._deliver,
            simulator_live=lambda org_id: self.delivery.present(org_id),
        )
        self.commits = GroupCommit(self.store, self.engine.committed, settled=self.engine.settled)
        # one reader where reads run in this process (SQLite: more threads would only take turns
        # at the GIL), several where each statement waits on a database server (PostgreSQL)
        self.readers = [GroupCommit(self.store, read=True) for _ in range(self.store.readers)]
        self._next_reader = itertools.count()
        self._here: list[Write] = []  # writes gathered on the loop this turn (``_write_soon``)
        self.delivery = Delivery(
            self.store,
            prepare=self.engine.prepare_notifications,
            answered=self.engine.answer_write,
            commit=self.commits.submit,
            timeout=self.config.runtime.notification_timeout,
            abort=lambda session: self.listener.abort(session),
            write_timeout=self.config.runtime.write_timeout,
        )
        self.sender = Sender(
            self.store,
            self.clock,
            self.config,
            self.engine.committed,
            lease=self.config.runtime.send_lease,
            rate=self.config.runtime.send_rate,
            routes=self.engine.comms.directory.org,
            background=self.background,
        )
        self.engine.on_queued = self._queued
        self.engine.send_now = self.sender.send_now
        self.engine.comms.sync_owner, self.engine.comms.sync_lease = self.sender.owner, self.sender.lease
        self.engine.comms.circuit = self.sender.providers.circuit
        self.engine.comms.directory.listen(self.sender.reconfigured)
        self.sender.providers.on_inbound = self.engine.receive_from_provider
        self.engine.comms.check = self.sender.providers.check
        self.runner = Runner(
            self.store,
            self.clock,
            self.engine.comms.campaigns,
            self.engine.committed,
            self.engine.comms.directory.org,
            lease=self.config.runtime.send_lease,
        )
        self.sender.on_settled = self.runner.kick
        self.outbound = Outbound(
            self.store,
            self.clock,
            self.config,
            record=self.metrics.webhook,
            lease=self.config.runtime.send_lease,
        )
        self.store.publisher = self.outbound.publish  # domain events become webhooks in their transaction
        self.inbound = Inbound(
            self.store, self.clock, self.config, self.engine.perform, self.engine.committed,
            record=self.metrics.inbound, lease=self.config.runtime.send_lease,
        )  # fmt: skip
        self.engine.on_published = self._published
        self.engine.add_commands(ConnectorCommands(self.outbound).commands)
        self.engine.on_reconfigured = self.outbound.invalidate
        self.listener = Listener(
            self,
            ListenerOptions(
                host=host,
                ws_port=ws_port,
                tcp_port=tcp_port,
                tls=tls,
                ws_tls=ws_tls,
                resume_window=resume_window,
                max_payload=max_payload,
                max_frame=max_frame,
                resume_buffer=resume_buffer,
                setup_timeout=setup_timeout,
                max_setup_frame=max_setup_frame,
                setup_budget=setup_budget,
            ),
        )
        self.metrics.gauge(
            "elarian_connections", "Open connections, by kind (app, simplex, simulator)", ("kind",),
            self.delivery.connections,
        )  # fmt: skip
        self.metrics.gauge(
            "elarian_notification_backlog",
            "Notifications not delivered yet, by org, app and kind (to the app, or to the org's simulators)",
            ("org", "app", "kind"), self._backlog,
        )  # fmt: skip
        self.metrics.gauge(
            "elarian_campaign_messages",
            "A campaign's recipients (not ended campaigns), by org, campaign, its state and what became "
            "of them (total, sent, failed, skipped, unknown, in_flight, remaining)",
            ("org", "campaign", "state", "of"), self._campaigns,
        )  # fmt: skip
        states = self.engine.states
        self.metrics.counter(
            "elarian_customer_states_read",
            "GetCustomerState's reads in a snapshot while states are kept, by outcome (kept: a kept "
            "state was still the latest and served; read: read from the store to be kept)",
            ("outcome",), lambda: ((("kept",), states.hits), (("read",), states.misses)),
        )  # fmt: skip
        self.metrics.gauge(
            "elarian_customer_states_kept",
            "Customers' states kept for GetCustomerState: how many (states) and their size (bytes, "
            "at most [runtime] state_cache_mb)",
            ("of",), lambda: ((("states",), len(states)), (("bytes",), states.size)),
        )  # fmt: skip
        # more of /healthz: a name and what reads its state ("up", else what is wrong), added by
        # what runs the runtime (``serve``: its worker process)
        self.health: dict[str, Callable[[], str]] = {}
        self.adopting = adopting and ws_port is None
        # where a simulator's WebSocket goes instead of here (``serve``: its worker process)
        self.hand_off: HandOff | None = None
        self.stuck_after = stuck_after
        if self.background:
            self.health["background"] = self._background_state
        self.http: HttpSide | None = None
        if http_port is not None:
            from .web import HttpSide  # cheroot and werkzeug load only when asked for

            self.http = HttpSide(self, host, http_port)
            self.http.route("/connectors/<name>/events", "inbound_post", ["POST"], self.inbound.post_event)
            self.http.route(
                "/connectors/<name>/events/<event_id>", "inbound_get", ["GET"], self.inbound.get_event
            )
        self._pool = ThreadPoolExecutor(workers, thread_name_prefix="elarian-server-worker")
        self._keyer = Keyer(self.store)
        self._sequencers: weakref.WeakKeyDictionary[Session, Sequencer] = weakref.WeakKeyDictionary()
        self._stop = threading.Event()
        self._scheduler = threading.Thread(
            target=self._schedule, name="elarian-server-scheduler", daemon=True
        )
        self._started = False

    # -- lifecycle -------------------------------------------------------------------------------------

    def start(self) -> Runtime:
        try:
            self.listener.start()  # first: what fails most (a port in use) leaves nothing running
            if self.adopting:
                self.listener.start_adopting()
            if self.http is not None:
                try:
                    self.http.start()
                except BaseException:
                    self.listener.stop()
                    raise
        except BaseException:
            self.engine.close()
            self.store.close()
            raise
        self.commits.start()  # commands that came meanwhile wait in its queue
        for reader in self.readers:
            reader.start()
        self.delivery.start()
        self.sender.start()  # without background work: only the leases of its sync sends
        if self.background:  # else another instance's, woken by what this one commits
            self.runner.start()
            self.outbound.start()
            self.inbound.start()
        self._scheduler.start()
        self.store.watch(  # what other instances' commits did, as their Effects say
            {
                "notified": functools.partial(self.delivery.kick, simulators=False),
                "simulated": functools.partial(self.delivery.kick, apps=False),
                "rescheduled": self.clock.notify,
                "answered": self.engine.collect_answers,
                "unleased": self.engine.leases.recheck,
                "queued": self._queued,
                "reconfigured": self._reconfigured,
                "published": self._published,
                "erased": self.engine.states.clear,
            }
        )
        self.engine.resume_work()
        self._started = True
        if self.listener.ws_port is not None:
            log.info("elarian runtime listening on %s (%s)", self.url, self.config.source)
        else:
            log.info("elarian runtime started, no WebSocket listener (%s)", self.config.source)
        return self

    def _reconfigured(self) -> None:
        """Another instance changed providers or connectors: what routes them is read again."""
        self.engine.comms.directory.invalidate()
        self.outbound.invalidate()

    def _published(self) -> None:
        """Webhooks to deliver, or inbound events to apply (here, or on another instance)."""
        self.outbound.kick()
        self.inbound.kick()

    @property
    def background_workers(self) -> tuple[ClaimsWorker, ...]:
        """The threads of background passes (``background``): campaigns, sends, connectors."""
        return (self.runner, self.sender, self.outbound, self.inbound)

    def _background_state(self) -> str:
        """/healthz: "up", or which background passes have run ``stuck_after`` seconds."""
        found = stuck(self.background_workers, self.stuck_after)
        if not found:
            return "up"
        return "stuck: " + ", ".join(f"the {worker.role} pass has run {took:.0f} s" for worker, took in found)

    def _queued(self) -> None:
        """Sends were queued, or a campaign changed (here, or on another instance)."""
        self.sender.kick()
        self.runner.kick()

    def stop(self) -> None:
        if not self._started:
            return
        self._started = False
        self._stop.set()
        self.clock.notify()
        if self.http is not None:
            self.http.stop()
        self.listener.stop()
        left, self._here = self._here, []  # gathered in the loop's last turn, never committed
        for write in left:
            write.done(StoppedError("the runtime is stopping; the command was not run"))
        self.delivery.stop()
        self._scheduler.join(5)
        self._pool.shutdown(wait=True)  # a sync send on the pool finishes with its provider
        self.runner.stop()
        self.sender.stop()
        self.inbound.stop()
        self.outbound.stop()
        for reader in self.readers:
            reader.stop()
        self.commits.stop()
        for reader in self.readers:
            reader.stop()  # what the last commits let go
        self.engine.close()
        self.store.close()

    def __enter__(self) -> Runtime:
        return self.start()

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    @property
    def url(self) -> str:
        """The WebSocket URL clients connect to."""
        return self.listener.ws_url

    @property
    def tcp_port(self) -> int | None:
        return self.listener.tcp_port

    @property
    def http_url(self) -> str | None:
        """The HTTP side's URL (None without one)."""
        return self.http.url if self.http is not None else None

    def listening(self) -> dict[str, str]:
        """Each listener, "up" or "down" (the health check)."""
        states = self.listener.states()
        if self.http is not None:
            states["http"] = "up" if self._started else "down"
        return states

    def _backlog(self) -> list[tuple[tuple[str, ...], float]]:
        with self.store.read() as tx:
            return [((org_id, app_id, kind), float(n)) for org_id, app_id, kind, n in tx.backlog()]

    def _campaigns(self) -> list[tuple[tuple[str, ...], float]]:
        values: list[tuple[tuple[str, ...], float]] = []
        now = self.clock.now()
        with self.store.read() as tx:
            for org_id in self.config.orgs:
                for rec in tx.campaigns(org_id):
                    if rec.state in ENDED:
                        continue
                    made = progress(tx, rec, now)
                    state = STATE_NAMES[rec.state]
                    for of in ("total", "sent", "failed", "skipped", "unknown", "in_flight", "remaining"):
                        values.append(((org_id, rec.campaign_id, state, of), float(getattr(made, of))))
        return values

    def _deliver(self, apps: bool, simulators: bool) -> None:
        """A transaction wrote a notification, to apps, to simulators or both (what it published
        wakes the outbound connectors through ``Engine.committed`` and ``on_published``)."""
        self.delivery.kick(apps, simulators)

    # -- sessions (the listener's SessionHost) ---------------------------------------------------------

    def on_setup(self, session: Session, setup: f.Setup) -> str | None:
        result = self.engine.authenticate(setup.data)
        if isinstance(result, str):
            return result
        session.context = result

        def start(step: Step) -> None:
            self._start(sequencer, step)

        self._sequencers[session] = sequencer = Sequencer(start)
        return None

    def hands_off(self) -> bool:
        """Whether a WebSocket may be handed to another process now (``hand_off`` is set)."""
        return self.hand_off is not None

    def hand_off_to(self, first: f.Setup | f.Resume) -> HandOff | None:
        """Where a WebSocket whose first frame is ``first`` is served instead of here: with
        ``hand_off`` set, a simulator's (its SETUP says so; the other process authenticates it,
        so no SETUP is authenticated twice) and a resume of a session not known here (it may be
        the other process's)."""
        hand_off = self.hand_off
        if hand_off is None:
            return None
        if isinstance(first, f.Setup):
            try:
                simulator = A.AppConnectionMetadata.FromString(first.data).simulator_mode
            except DecodeError:
                return None  # on_setup refuses it, here
            if not simulator:
                return None
        first_frame = "setup" if isinstance(first, f.Setup) else "resume"

        def counted(fd: int, data: bytes) -> bool:
            taken = hand_off(fd, data)
            if taken:
                self.metrics.handed_off(first_frame)
            return taken

        return counted

    def on_attached(self, session: Session) -> None:
        self.delivery.add(session, session.context)

    def on_closed(self, session: Session) -> None:
        self.delivery.remove(session, session.context)
        self._sequencers.pop(session, None)

    def on_request(self, session: Session, stream_id: int, data: bytes, metadata: bytes | None) -> None:
        """On the connection's socket thread, in arrival order: read the command and its keys,
        then queue it behind the earlier commands it must follow (``ordering``)."""
        caller: Caller = session.context
        keys: Keys | None
        try:
            if caller.simulator:
                command: A.AppToServerCommand | S.SimulatorToServerCommand = _command(
                    S.SimulatorToServerCommand, data, "is this an app command on a simulator connection?"
                )
                entry = command.WhichOneof("entry")
                keys = self._keyer.simulator_command(getattr(command, entry) if entry else None)
            else:
                command = _command(
                    A.AppToServerCommand, data, "is this a simulator command on an app connection?"
                )
                entry = command.WhichOneof("entry")
                keys = self._keyer.app_command(
                    caller.org_id, entry, getattr(command, entry) if entry else None
                )
                self.engine.comms.arrived(caller, entry, getattr(command, entry) if entry else None)
                if keys is not None and command.idempotency_key:
                    # retries under one key are one command: in order, and (on a shared store)
                    # never two at once remembering the key on two instances
                    keys = keys | {("idempotency", caller.org_id, caller.app_id, command.idempotency_key)}
        except Invalid as exc:
            session.respond_error(stream_id, str(exc), f.ErrorCode.INVALID)
            return
        except Exception as exc:  # naming something unusable: the engine says what, in order
            log.debug("no keys for a command (%s); it runs after all before it", exc)
            keys = None
        how = _OTHER
        if isinstance(command, A.AppToServerCommand) and self.engine.grouped(caller, command):
            how = _READ if entry in READS else _WRITE
        self._sequencers[session].submit(keys, _Command(self, session, stream_id, command, how))

    def _start(self, sequencer: Sequencer, step: Step) -> None:
        """A command's turn came: where it runs (see the module's docstring)."""
        job = step.task
        assert isinstance(job, _Command)
        if job.how in (_WRITE, _READ):
            caller, command = job.session.context, job.command
            assert isinstance(command, A.AppToServerCommand)
            here = self.store.on_loop and self.listener.on_loop()
            if here and job.how == _READ and command.WhichOneof("entry") in INLINE_READS:
                self._written(sequencer, step, self._read(caller, command))
                return
            write = Write(
                lambda tx: self.engine.apply(tx, caller, command),
                partial(self._written, sequencer, step),
                atomic=True,  # apply rolls a refused or failed command back itself
                keys=_data_keys(step.keys),
            )
            if job.how == _WRITE:
                if here:
                    self._write_soon(write)
                else:
                    self.commits.submit(write)
            else:
                self.readers[next(self._next_reader) % len(self.readers)].submit(write)
        else:
            try:
                self._pool.submit(sequencer.run, step)
            except RuntimeError:  # stopping: the pool takes no more
                self._written(
                    sequencer, step, StoppedError("the runtime is stopping; the command was not run")
                )

    def _applied_off_loop(self, caller: Caller, command: A.AppToServerCommand, reply: Message) -> None:
        """What follows a committed command and may write (a lease let go), off the event loop,
        which never waits for the store's write lock."""
        assert isinstance(reply, A.AppToServerCommandReply)
        try:
            self._pool.submit(self.engine.applied, caller, command, reply)
        except RuntimeError:  # stopping: the pool takes no more; here, then
            self.engine.applied(caller, command, reply)

    def _write_soon(self, write: Write) -> None:
        """On the loop: a write joins the writes whose turn came in this turn of the loop, which
        commit together at its end (``_write_here``)."""
        self._here.append(write)
        if len(self._here) == 1:
            asyncio.get_running_loop().call_soon(self._write_here)

    def _write_here(self) -> None:
        """The writes gathered this turn of the loop: committed here if the store's write lock is
        free (no hand-off to the committer and back), else handed to the committer."""
        gathered, self._here = self._here, []
        most = self.commits.most
        for start in range(0, len(gathered), most):  # groups no bigger than the committer's
            group = gathered[start : start + most]
            transaction = None if self.commits.stopping else self.store.transaction_now()
            if transaction is None:
                for write in gathered[start:]:
                    self.commits.submit(write)
                return
            self.commits.commit_in(group, transaction)

    def _read(self, caller: Caller, command: A.AppToServerCommand) -> object:
        """An inline read (GetCustomerState, the only one), here and now: a kept state still the
        latest, serialized (no snapshot taken), else the reply of a read in a snapshot of its
        own; or what it raised."""
        try:
            kept = self.engine.kept_state(caller, command)
            if kept is not None:
                return kept
            with self.store.read() as tx:
                return self.engine.apply(tx, caller, command)
        except Exception as exc:
            return exc

    def _written(self, sequencer: Sequencer, step: Step, outcome: object) -> None:
        """A command of a group commit: its group committed (or failed). Answer it, then let
        what waited for it go."""
        job = step.task
        assert isinstance(job, _Command)
        session, stream_id = job.session, job.stream_id
        entry = job.command.WhichOneof("entry") or ""
        try:
            if isinstance(outcome, bytes):  # a kept state, as it goes on the wire; nothing follows it
                self.metrics.command("app", entry, "answered")
                session.respond(stream_id, outcome)
            elif isinstance(outcome, Message):
                self.metrics.command("app", entry, "answered")
                session.respond(stream_id, outcome.SerializeToString())
                assert isinstance(job.command, A.AppToServerCommand) and isinstance(
                    outcome, A.AppToServerCommandReply
                )
                if entry in AFTER_COMMIT and self.listener.on_loop():  # it may write: not here
                    self._applied_off_loop(session.context, job.command, outcome)
                else:
                    self.engine.applied(session.context, job.command, outcome)
            elif isinstance(outcome, StoppedError):
                self.metrics.command("app", entry, "failed")
                session.respond_error(stream_id, str(outcome))
            else:
                assert isinstance(outcome, Exception)
                self.metrics.command("app", entry, "failed")
                _failed(session, stream_id, outcome)
        finally:
            sequencer.finish(step)

    def _serve(
        self, session: Session, stream_id: int, command: A.AppToServerCommand | S.SimulatorToServerCommand
    ) -> None:
        connection = "simulator" if isinstance(command, S.SimulatorToServerCommand) else "app"
        entry = command.WhichOneof("entry") or ""

        def respond(reply: Message) -> bool:
            self.metrics.command(connection, entry, "answered")
            return session.respond(stream_id, reply.SerializeToString())

        try:
            if isinstance(command, S.SimulatorToServerCommand):
                self.engine.simulate(session.context, command, respond)
            else:
                self.engine.handle(session.context, command, respond)
        except Exception as exc:
            self.metrics.command(connection, entry, "failed")
            _failed(session, stream_id, exc)

    # -- looking in ---------------------------------------------------------------------------------------

    def purse_balance(self, purse_id: str, currency: str, *, org_id: str | None = None) -> BalanceRow | None:
        """A purse's balance (actual, held, available) in one currency, or None if it holds none.
        The purse is ``org_id``'s; by default, the org whose purse it is in the configuration."""
        org_id = org_id or self.config.purse_org(purse_id)
        if org_id is None:
            return None
        with self.store.read() as tx:
            return tx.balance(org_id, f"purse:{purse_id}", currency)

    # -- the scheduler -------------------------------------------------------------------------------

    def _schedule(self) -> None:
        while not self._stop.is_set():
            try:
                seen = self.clock.generation  # before reading the timers: a later nudge is not lost
                due = self.engine.next_timer()
                moment = due if due is not None else self.clock.now() + 3600
                if self.clock.wait_until(moment - RESOLUTION, self._stop, since=seen):
                    self.engine.run_timers(self.clock.now(), self._stop)
            except Exception:
                log.exception("scheduler pass failed")
                self._stop.wait(1.0)
