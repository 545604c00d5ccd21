"""``Elarian`` and ``Simulator``: the connection, events, and notification dispatch.

Both open one RSocket session (``Transport``) authenticated by
``AppConnectionMetadata``. Commands are the generated typed methods
(``client.commands`` has every wire command; the spec's methods wrap them).
Notifications arrive on the transport's reader thread, which only parses the
envelope and hands them to a worker pool keyed by customer: one customer's
notifications are handled in order, different customers' in parallel. A
notification redelivered with the same ``notification_id`` is not handled
again: it gets the answer the first delivery got (or will get).
"""

from __future__ import annotations

import logging
import os
import threading
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import Future
from functools import partial
from types import TracebackType
from typing import Any

from google.protobuf.message import DecodeError

from . import _args as arg
from ._dispatch import (
    JsonSerializer,
    KeyedPool,
    Serializer,
    arity,
    decode_app_data,
    encode_app_data,
    run_handler,
)
from ._generated import app_socket_pb2 as _A
from ._generated import commands as _C
from ._generated import notifications as N
from ._generated import simulator_socket_pb2 as _S
from ._generated.events import AppEvents, SimulatorEvents
from ._generated.facade import ElarianMethods, SimulatorMethods
from .customer import Customer
from .errors import ArgumentValueError, ElarianError, UnknownNotificationError, wrong_type
from .transport import ReconnectPolicy, Reply, SessionOptions, TlsOptions, Transport, check_timeout

log = logging.getLogger("elarian_sync")

DEFAULT_URL = "ws://127.0.0.1:8080"
CONNECTION_EVENTS = ("error", "closed", "pending", "connecting", "connected")
_SEEN = 10_000  # notification ids remembered for dropping redeliveries
_RECONNECT = ReconnectPolicy()
_TLS = TlsOptions()

_SNAKE_CASE = {camel: snake for snake, camel in N.CAMEL_CASE.items()}


def event_name(event: object, allowed: tuple[str, ...]) -> str:
    """The snake_case name of an event given in either case; an ArgumentError lists the valid ones."""
    if not isinstance(event, str):
        raise wrong_type("event", "str", event)
    snake = _SNAKE_CASE.get(event, event)
    if snake not in allowed:
        valid = ", ".join(n if N.CAMEL_CASE.get(n, n) == n else f"{n} ({N.CAMEL_CASE[n]})" for n in allowed)
        raise ArgumentValueError(f"unknown event {event!r}; valid events: {valid}")
    return snake


class _OverTransport:
    """The typed commands' two requests, over the transport; ``_reply`` parses the answer."""

    __slots__ = ("_transport",)
    _reply: Any

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def _request(self, command: Any, parse: Any, timeout: float | None) -> Any:
        data = self._transport.request(command.SerializeToString(), timeout=timeout)
        return parse(self._reply.FromString(data))

    def _request_async(self, command: Any, parse: Any, timeout: float | None) -> Future[Any]:
        reply = self._reply

        def convert(data: bytes) -> Any:
            return parse(reply.FromString(data))

        return self._transport.request_async(command.SerializeToString(), convert, timeout=timeout)


class _AppWire(_OverTransport, _C.AppCommands):
    """Every app command, typed, over the transport."""

    __slots__ = ()
    _reply = _A.AppToServerCommandReply


class _SimulatorWire(_OverTransport, _C.SimulatorCommands):
    """Every simulator command, typed, over the transport."""

    __slots__ = ()
    _reply = _S.SimulatorToServerCommandReply


class _Seen:
    __slots__ = ("answer", "waiting")

    def __init__(self) -> None:
        self.answer: bytes | None = None
        self.waiting: list[Reply] = []


class _Client:
    """What Elarian and Simulator share: the session, events, handlers, the worker pool."""

    _KIND = "app"

    def __init__(
        self,
        *,
        org_id: str,
        app_id: str,
        api_key: str | None,
        auth_token: str | None,
        url: str | None,
        simplex: bool,
        simulator: bool,
        resumable: bool,
        keepalive: float,
        lifetime: float,
        reconnect: ReconnectPolicy,
        request_timeout: float,
        notification_timeout: float,
        connect_timeout: float,
        workers: int,
        serializer: Serializer | None,
        tls: TlsOptions,
    ) -> None:
        arg.check_text(org_id, "org_id")
        arg.check_text(app_id, "app_id")
        if (api_key is None) == (auth_token is None):
            raise ArgumentValueError("give exactly one of api_key and auth_token")
        arg.check_text(
            api_key if api_key is not None else auth_token, "api_key" if api_key is not None else "auth_token"
        )
        for name, value in (
            ("keepalive", keepalive),
            ("lifetime", lifetime),
            ("notification_timeout", notification_timeout),
            ("connect_timeout", connect_timeout),
        ):
            check_timeout(value, name)
        if isinstance(workers, bool) or not isinstance(workers, int):
            raise wrong_type("workers", "int", workers)
        if workers < 1:
            raise ArgumentValueError(f"workers must be at least 1, not {workers}")
        url = url or os.environ.get("ELARIAN_URL") or DEFAULT_URL
        meta = _A.AppConnectionMetadata(
            org_id=org_id, app_id=app_id, simplex_mode=simplex, simulator_mode=simulator
        )
        if api_key is not None:
            meta.api_key.value = api_key
        else:
            meta.auth_token.value = auth_token  # type: ignore[assignment]
        self.org_id = org_id
        self.app_id = app_id
        self.notification_timeout = float(notification_timeout)
        self.serializer: Serializer = serializer or JsonSerializer()
        self._workers = workers
        self._quiet = False  # connect() is waiting and will raise the error itself
        self._handlers: dict[str, tuple[Callable[..., Any], int]] = {}
        self._unhandled: set[str] = set()  # events a notification came for with no handler (said once)
        self._lock = threading.Lock()
        self._seen: OrderedDict[str, _Seen] = OrderedDict()
        self._pool: KeyedPool | None = None
        self._transport = Transport(
            url,
            SessionOptions(
                setup_data=meta.SerializeToString(),
                keepalive=keepalive,
                lifetime=lifetime,
                resume=resumable,
                connect_timeout=connect_timeout,
            ),
            on_request=self._on_request,
            on_lifecycle=self._on_lifecycle,
            reconnect=reconnect,
            tls=tls,
            request_timeout=request_timeout,
        )

    # -- lifecycle ---------------------------------------------------------------------------------

    @property
    def url(self) -> str:
        return self._transport.url

    @property
    def connected(self) -> bool:
        """Whether a session is open now."""
        return self._transport.connected

    def _connect(self, wait: bool, timeout: float | None) -> None:
        """Connect; with ``wait`` block until the runtime accepted the session or raise why it did
        not (``ConnectError``, ``ConnectionRejectedError``), leaving no thread behind."""
        with self._lock:
            if self._pool is None:
                self._pool = KeyedPool(self._workers, f"elarian-sync-worker-{id(self):x}")
        self._quiet = wait
        try:
            self._transport.connect(wait=wait, timeout=timeout)
        except BaseException:
            self.disconnect()
            raise
        finally:
            self._quiet = False

    def disconnect(self) -> None:
        """Close the session and join the threads. Safe to call twice."""
        self._transport.close()
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown()

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.disconnect()

    # -- events ------------------------------------------------------------------------------------

    def _on(self, event: str, handler: Callable[..., object]) -> None:
        """``on()``'s work (``on`` itself, typed per event, is generated: _generated/events.py).

        Notification handlers take ``(notification, customer, app_data, callback)``, or a prefix
        of it; connection handlers take nothing, except ``error``, which takes the error."""
        name = event_name(event, CONNECTION_EVENTS + N.EVENTS[self._KIND])
        if not callable(handler):
            raise wrong_type("handler", "callable", handler)
        with self._lock:
            self._handlers[name] = (handler, arity(handler))

    def _on_lifecycle(self, name: str, error: ElarianError | None) -> None:
        pool = self._pool
        if pool is not None:
            pool.submit(("connection",), partial(self._emit, name, error))

    def _emit(self, name: str, error: ElarianError | None) -> None:
        entry = self._handlers.get(name)
        if name == "error" and error is not None:
            # connect() raises this one itself: say it once
            log.log(logging.DEBUG if self._quiet else logging.WARNING, "connection error: %s", error)
        if entry is None:
            return
        handler, takes = entry
        try:
            handler(*((error,) if name == "error" else ())[:takes]) if takes else handler()
        except Exception:
            log.exception("the %s handler raised", name)

    # -- notifications -----------------------------------------------------------------------------

    def _on_request(self, reply: Reply, data: bytes, metadata: bytes | None) -> None:
        """Runs on the reader thread: parse the envelope, drop repeats, hand off."""
        try:
            envelope, key, notification_id = self._envelope(data)
        except (DecodeError, UnknownNotificationError) as exc:
            log.error("a notification could not be read (%s); answered with an error", exc)
            reply.error(f"not a notification this client understands: {exc}")
            return
        pool = self._pool
        if pool is None:
            reply.error("the client is disconnecting")
            return
        if notification_id:
            with self._lock:
                seen = self._seen.get(notification_id)
                if seen is not None:
                    if seen.answer is None:
                        seen.waiting.append(reply)  # still being handled: answer both at once
                    else:
                        reply.send(seen.answer)
                    log.debug("notification %s was delivered again; not handled twice", notification_id)
                    return
                self._seen[notification_id] = _Seen()
                while len(self._seen) > _SEEN:
                    self._seen.popitem(last=False)
        pool.submit(key, partial(self._handle, envelope, reply, notification_id))

    def _handler(self, name: str) -> tuple[Callable[..., Any], int] | None:
        """The handler for a notification's event. With none, the notification is answered empty
        (the runtime does not send it again), and the log says so once per event: a handler
        registered only after ``connect()`` misses what the runtime held for the client."""
        entry = self._handlers.get(name)
        if entry is None and name not in self._unhandled:
            with self._lock:
                first = name not in self._unhandled
                self._unhandled.add(name)
            if first:
                log.info(
                    "a %s notification came with no handler for it; answered empty (said once an event:"
                    " register handlers with on() before connect() to get what is waiting, and open a"
                    " connection that only sends commands with allow_notifications=False)",
                    N.CAMEL_CASE.get(name, name),
                )
        return entry

    def _envelope(self, data: bytes) -> tuple[Any, Any, str]:
        raise NotImplementedError  # pragma: no cover - each client reads its own kind

    def _handle(self, envelope: Any, reply: Reply, notification_id: str) -> None:
        raise NotImplementedError  # pragma: no cover

    def _finish(self, reply: Reply, notification_id: str, answer: bytes) -> None:
        waiting: list[Reply] = []
        if notification_id:
            with self._lock:
                seen = self._seen.get(notification_id)
                if seen is not None:
                    seen.answer = answer
                    waiting, seen.waiting = seen.waiting, []
        for target in (reply, *waiting):
            target.send(answer)


class Elarian(_Client, AppEvents, ElarianMethods):
    """An app's connection to Elarian (by default the local runtime at ``ws://127.0.0.1:8080``,
    or ``$ELARIAN_URL``).

    ::

        with Elarian(org_id=..., app_id=..., api_key=...) as app:
            customer = Customer(app, customer_number="+254700000001")
            customer.send_message(channel, Message(body=MessageBody(text="Hi")))
    """

    _KIND = "app"

    def __init__(
        self,
        *,
        org_id: str,
        app_id: str,
        api_key: str | None = None,
        auth_token: str | None = None,
        url: str | None = None,
        allow_notifications: bool = True,
        resumable: bool = False,
        keepalive: float = 20.0,
        lifetime: float = 90.0,
        reconnect: ReconnectPolicy = _RECONNECT,
        request_timeout: float = 30.0,
        notification_timeout: float = 15.0,
        connect_timeout: float = 10.0,
        workers: int = 8,
        serializer: Serializer | None = None,
        tls: TlsOptions = _TLS,
    ) -> None:
        super().__init__(
            org_id=org_id,
            app_id=app_id,
            api_key=api_key,
            auth_token=auth_token,
            url=url,
            simplex=not allow_notifications,
            simulator=False,
            resumable=resumable,
            keepalive=keepalive,
            lifetime=lifetime,
            reconnect=reconnect,
            request_timeout=request_timeout,
            notification_timeout=notification_timeout,
            connect_timeout=connect_timeout,
            workers=workers,
            serializer=serializer,
            tls=tls,
        )
        self.commands = _AppWire(self._transport)
        """Every app command of the wire protocol as a typed method (the spec's methods wrap these)."""

    def connect(self, wait: bool = True, timeout: float | None = None) -> Elarian:
        """Connect; with ``wait`` (the default) block until the runtime accepted the session or
        raise why not: ``ConnectError`` (nothing listening, TLS, not a runtime) or
        ``ConnectionRejectedError`` (a wrong key). Reconnects by itself afterwards."""
        self._connect(wait, timeout)
        return self

    def __enter__(self) -> Elarian:
        return self.connect()

    # -- notifications -----------------------------------------------------------------------------

    def _envelope(self, data: bytes) -> tuple[Any, Any, str]:
        envelope = _A.ServerToAppNotification.FromString(data)
        which = envelope.WhichOneof("entry")
        if which == "customer":
            return envelope, envelope.customer.customer_id, envelope.customer.notification_id
        if which == "purse":
            return envelope, ("purse", envelope.purse.purse_id), envelope.purse.notification_id
        if which == "comms":  # in order per customer (with their other notifications), or address
            comms = envelope.comms
            status = comms.send_status
            key = status.customer_id or ("comms", status.outcome.address)
            return envelope, key, comms.notification_id
        raise UnknownNotificationError("the notification has no customer, purse or comms entry")

    def _handle(self, envelope: Any, reply: Reply, notification_id: str) -> None:
        out = _A.ServerToAppNotificationReply()
        try:
            name, notification = N.parse_server_to_app_notification(envelope)
        except UnknownNotificationError as exc:
            log.error("notification %s: %s; answered empty", notification_id, exc)
            self._finish(reply, notification_id, out.SerializeToString())
            return
        entry = self._handler(name)
        if entry is not None:
            handler, takes = entry
            customer = None
            customer_id = getattr(notification, "customer_id", None)
            if customer_id:
                number = getattr(notification, "customer_number", None)
                customer = Customer(self, customer_id=customer_id, customer_number=number)
            app_data = decode_app_data(self.serializer, getattr(notification, "app_data", None))
            answer = run_handler(
                handler, takes, (notification, customer, app_data), self.notification_timeout, name
            )
            if answer is not None:
                if answer.message is not None:
                    out.message.CopyFrom(answer.message.to_proto())
                if answer.app_data_set:
                    value = encode_app_data(self.serializer, answer.app_data)
                    if isinstance(value, bytes):
                        out.data_update.data.bytes_val = value
                    else:
                        out.data_update.data.string_val = value
        self._finish(reply, notification_id, out.SerializeToString())

    @property
    def _wire(self) -> _AppWire:
        return self.commands


class Simulator(_Client, SimulatorEvents, SimulatorMethods):
    """A simulator connection: plays customers and providers against the runtime (inbound
    messages, payments, payment confirmations) and receives what the org sends out."""

    _KIND = "simulator"

    def __init__(
        self,
        *,
        org_id: str,
        app_id: str,
        api_key: str | None = None,
        auth_token: str | None = None,
        url: str | None = None,
        resumable: bool = False,
        keepalive: float = 20.0,
        lifetime: float = 90.0,
        reconnect: ReconnectPolicy = _RECONNECT,
        request_timeout: float = 60.0,
        notification_timeout: float = 15.0,
        connect_timeout: float = 10.0,
        workers: int = 4,
        tls: TlsOptions = _TLS,
    ) -> None:
        super().__init__(
            org_id=org_id,
            app_id=app_id,
            api_key=api_key,
            auth_token=auth_token,
            url=url,
            simplex=False,
            simulator=True,
            resumable=resumable,
            keepalive=keepalive,
            lifetime=lifetime,
            reconnect=reconnect,
            request_timeout=request_timeout,
            notification_timeout=notification_timeout,
            connect_timeout=connect_timeout,
            workers=workers,
            serializer=None,
            tls=tls,
        )
        self.commands = _SimulatorWire(self._transport)
        """Every simulator command as a typed method."""

    def connect(self, wait: bool = True, timeout: float | None = None) -> Simulator:
        """Connect, as ``Elarian.connect`` does."""
        self._connect(wait, timeout)
        return self

    def __enter__(self) -> Simulator:
        return self.connect()

    def _envelope(self, data: bytes) -> tuple[Any, Any, str]:
        envelope = _S.ServerToSimulatorNotification.FromString(data)
        which = envelope.WhichOneof("entry")
        if which is None:
            raise UnknownNotificationError("the simulator notification has no entry")
        customer_id = getattr(getattr(envelope, which), "customer_id", "")
        return envelope, customer_id or ("org",), envelope.notification_id

    def _handle(self, envelope: Any, reply: Reply, notification_id: str) -> None:
        name, notification = N.parse_server_to_simulator_notification(envelope)
        entry = self._handler(name)
        if entry is not None:
            handler, takes = entry
            run_handler(handler, takes, (notification, None, None), self.notification_timeout, name)
        self._finish(reply, notification_id, _S.ServerToSimulatorNotificationReply().SerializeToString())

    @property
    def _wire(self) -> _SimulatorWire:
        return self.commands


__all__ = ["CONNECTION_EVENTS", "DEFAULT_URL", "Elarian", "Simulator"]
