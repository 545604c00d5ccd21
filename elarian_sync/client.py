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
from datetime import datetime, timedelta
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
from ._generated import models as M
from ._generated import notifications as N
from ._generated import simulator_socket_pb2 as _S
from ._generated.events import AppEvents, SimulatorEvents
from .errors import ArgumentTypeError, ArgumentValueError, ElarianError, UnknownNotificationError, wrong_type
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


class _AppWire(_C.AppCommands):
    """Every app command, typed, over the transport."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def _request(self, command: Any, parse: Any, timeout: float | None) -> Any:
        data = self._transport.request(command.SerializeToString(), timeout=timeout)
        return parse(_A.AppToServerCommandReply.FromString(data))

    def _request_async(self, command: Any, parse: Any, timeout: float | None) -> Future[Any]:
        def convert(data: bytes) -> Any:
            return parse(_A.AppToServerCommandReply.FromString(data))

        return self._transport.request_async(command.SerializeToString(), convert, timeout=timeout)


class _SimulatorWire(_C.SimulatorCommands):
    """Every simulator command, typed, over the transport."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def _request(self, command: Any, parse: Any, timeout: float | None) -> Any:
        data = self._transport.request(command.SerializeToString(), timeout=timeout)
        return parse(_S.SimulatorToServerCommandReply.FromString(data))

    def _request_async(self, command: Any, parse: Any, timeout: float | None) -> Future[Any]:
        def convert(data: bytes) -> Any:
            return parse(_S.SimulatorToServerCommandReply.FromString(data))

        return self._transport.request_async(command.SerializeToString(), convert, timeout=timeout)


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


class Elarian(_Client, AppEvents):
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
        raise UnknownNotificationError("the notification has no customer or purse entry")

    def _handle(self, envelope: Any, reply: Reply, notification_id: str) -> None:
        from .customer import Customer

        out = _A.ServerToAppNotificationReply()
        try:
            name, notification = N.parse_server_to_app_notification(envelope)
        except UnknownNotificationError as exc:
            log.error("notification %s: %s; answered empty", notification_id, exc)
            self._finish(reply, notification_id, out.SerializeToString())
            return
        entry = self._handlers.get(name)
        if entry is not None:
            handler, takes = entry
            customer = None
            customer_id = getattr(notification, "customer_id", None)
            if customer_id:
                number = getattr(notification, "customer_number", None)
                customer = Customer(self, customer_id=customer_id, customer_number=number)
            app_data = decode_app_data(self.serializer, notification.app_data)
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

    # -- the spec's methods ------------------------------------------------------------------------

    def generate_auth_token(self, *, timeout: float | None = None) -> M.AuthToken:
        """A token another process can connect with instead of the API key."""
        return self.commands.generate_auth_token(timeout=timeout)

    def generate_auth_token_async(self, *, timeout: float | None = None) -> Future[M.AuthToken]:
        return self.commands.generate_auth_token_async(timeout=timeout)

    def delete_customer_by_customer_number(
        self, customer_number: M.CustomerNumber | str, *, timeout: float | None = None
    ) -> M.CustomerStateUpdateReply:
        return self.commands.delete_customer(
            customer_number=arg.customer_number(customer_number), timeout=timeout
        )

    def delete_customer_by_customer_number_async(
        self, customer_number: M.CustomerNumber | str, *, timeout: float | None = None
    ) -> Future[M.CustomerStateUpdateReply]:
        return self.commands.delete_customer_async(
            customer_number=arg.customer_number(customer_number), timeout=timeout
        )

    def delete_customer_by_customer_id(
        self, customer_id: str, *, timeout: float | None = None
    ) -> M.CustomerStateUpdateReply:
        return self.commands.delete_customer(
            customer_id=arg.check_text(customer_id, "customer_id"), timeout=timeout
        )

    def delete_customer_by_customer_id_async(
        self, customer_id: str, *, timeout: float | None = None
    ) -> Future[M.CustomerStateUpdateReply]:
        return self.commands.delete_customer_async(
            customer_id=arg.check_text(customer_id, "customer_id"), timeout=timeout
        )

    def add_customer_reminder_by_tag(
        self, tag: M.Tag | M.SecondaryId, reminder: M.Reminder, *, timeout: float | None = None
    ) -> M.TagUpdateReply:
        """Set a reminder on every customer holding ``tag`` (background work; the reply has its id)."""
        return self.commands.add_customer_reminder_tag(
            tag=arg.secondary(tag), reminder=arg.reminder(reminder), timeout=timeout
        )

    def add_customer_reminder_by_tag_async(
        self, tag: M.Tag | M.SecondaryId, reminder: M.Reminder, *, timeout: float | None = None
    ) -> Future[M.TagUpdateReply]:
        return self.commands.add_customer_reminder_tag_async(
            tag=arg.secondary(tag), reminder=arg.reminder(reminder), timeout=timeout
        )

    def cancel_customer_reminder_by_tag(
        self, tag: M.Tag | M.SecondaryId, key: str, *, timeout: float | None = None
    ) -> M.TagUpdateReply:
        return self.commands.cancel_customer_reminder_tag(
            tag=arg.secondary(tag), key=arg.check_text(key, "key"), timeout=timeout
        )

    def cancel_customer_reminder_by_tag_async(
        self, tag: M.Tag | M.SecondaryId, key: str, *, timeout: float | None = None
    ) -> Future[M.TagUpdateReply]:
        return self.commands.cancel_customer_reminder_tag_async(
            tag=arg.secondary(tag), key=arg.check_text(key, "key"), timeout=timeout
        )

    def send_message_by_tag(
        self,
        tag: M.Tag | M.SecondaryId,
        channel: M.MessagingChannel,
        message: M.Message,
        *,
        timeout: float | None = None,
    ) -> M.TagUpdateReply:
        """Send ``message`` to every customer holding ``tag`` (background work)."""
        return self.commands.send_message_tag(
            tag=arg.secondary(tag),
            channel_number=arg.channel(channel),
            message=arg.message(message),
            timeout=timeout,
        )

    def send_message_by_tag_async(
        self,
        tag: M.Tag | M.SecondaryId,
        channel: M.MessagingChannel,
        message: M.Message,
        *,
        timeout: float | None = None,
    ) -> Future[M.TagUpdateReply]:
        return self.commands.send_message_tag_async(
            tag=arg.secondary(tag),
            channel_number=arg.channel(channel),
            message=arg.message(message),
            timeout=timeout,
        )

    def initiate_payment(
        self,
        debit_party: M.PaymentCounterParty,
        credit_party: M.PaymentCounterParty,
        value: M.Cash,
        narration: str = "",
        *,
        timeout: float | None = None,
    ) -> M.InitiatePaymentReply:
        """Move money: between purses and wallets at once; to or from customers and channels
        pending their confirmation (the reply says which)."""
        return self.commands.initiate_payment(
            **arg.payment(debit_party, credit_party, value, narration), timeout=timeout
        )

    def initiate_payment_async(
        self,
        debit_party: M.PaymentCounterParty,
        credit_party: M.PaymentCounterParty,
        value: M.Cash,
        narration: str = "",
        *,
        timeout: float | None = None,
    ) -> Future[M.InitiatePaymentReply]:
        return self.commands.initiate_payment_async(
            **arg.payment(debit_party, credit_party, value, narration), timeout=timeout
        )

    # -- replay (history from another provider); each builds its command's arguments once ----------

    def replay_messaging_consent_update(
        self,
        customer_number: M.CustomerNumber | str,
        channel: M.MessagingChannel,
        consent: M.ConsentAction,
        updated_at: datetime | float | None = None,
        *,
        timeout: float | None = None,
    ) -> M.CustomerStateUpdateReply:
        args = _consent_replay(customer_number, channel, consent, updated_at)
        return self.commands.replay_messaging_consent_update(**args, timeout=timeout)

    def replay_messaging_consent_update_async(
        self,
        customer_number: M.CustomerNumber | str,
        channel: M.MessagingChannel,
        consent: M.ConsentAction,
        updated_at: datetime | float | None = None,
        *,
        timeout: float | None = None,
    ) -> Future[M.CustomerStateUpdateReply]:
        args = _consent_replay(customer_number, channel, consent, updated_at)
        return self.commands.replay_messaging_consent_update_async(**args, timeout=timeout)

    def replay_received_message(
        self,
        customer_number: M.CustomerNumber | str,
        channel: M.MessagingChannel,
        message: M.ReceivedMessage,
        *,
        timeout: float | None = None,
    ) -> M.CustomerStateUpdateReply:
        """Import a message the customer sent through another provider (its ``provider_message_id``,
        or its ``message_id``, identifies it: a second replay changes nothing)."""
        args = _received_replay(customer_number, channel, message)
        return self.commands.replay_received_message(**args, timeout=timeout)

    def replay_received_message_async(
        self,
        customer_number: M.CustomerNumber | str,
        channel: M.MessagingChannel,
        message: M.ReceivedMessage,
        *,
        timeout: float | None = None,
    ) -> Future[M.CustomerStateUpdateReply]:
        args = _received_replay(customer_number, channel, message)
        return self.commands.replay_received_message_async(**args, timeout=timeout)

    def replay_sent_message(
        self,
        customer_number: M.CustomerNumber | str,
        channel: M.MessagingChannel,
        message: M.SentMessage,
        *,
        timeout: float | None = None,
    ) -> M.CustomerStateUpdateReply:
        """Import a message sent through another provider (identified as in replay_received_message)."""
        args = _sent_replay(customer_number, channel, message)
        return self.commands.replay_sent_message(**args, timeout=timeout)

    def replay_sent_message_async(
        self,
        customer_number: M.CustomerNumber | str,
        channel: M.MessagingChannel,
        message: M.SentMessage,
        *,
        timeout: float | None = None,
    ) -> Future[M.CustomerStateUpdateReply]:
        args = _sent_replay(customer_number, channel, message)
        return self.commands.replay_sent_message_async(**args, timeout=timeout)

    def replay_message_status_update(
        self,
        customer_number: M.CustomerNumber | str,
        channel: M.MessagingChannel,
        update: M.MessageStatusUpdate,
        *,
        timeout: float | None = None,
    ) -> M.CustomerStateUpdateReply:
        """Record a status a sent message reached (``update.message_id``: the provider's id for
        it, or the ``message_id`` send_message returned); the app gets ``messageStatus``."""
        args = _status_replay(customer_number, channel, update)
        return self.commands.replay_message_status_update(**args, timeout=timeout)

    def replay_message_status_update_async(
        self,
        customer_number: M.CustomerNumber | str,
        channel: M.MessagingChannel,
        update: M.MessageStatusUpdate,
        *,
        timeout: float | None = None,
    ) -> Future[M.CustomerStateUpdateReply]:
        args = _status_replay(customer_number, channel, update)
        return self.commands.replay_message_status_update_async(**args, timeout=timeout)

    def replay_message_reaction_update(
        self,
        customer_number: M.CustomerNumber | str,
        channel: M.MessagingChannel,
        message_id: str,
        reaction: M.MessageReaction,
        updated_at: datetime | float | None = None,
        *,
        timeout: float | None = None,
    ) -> M.CustomerStateUpdateReply:
        """Record the customer's reaction to a sent message (found as in replay_message_status_update);
        the app gets ``sentMessageReaction``."""
        args = _reaction_replay(customer_number, channel, message_id, reaction, updated_at)
        return self.commands.replay_message_reaction_update(**args, timeout=timeout)

    def replay_message_reaction_update_async(
        self,
        customer_number: M.CustomerNumber | str,
        channel: M.MessagingChannel,
        message_id: str,
        reaction: M.MessageReaction,
        updated_at: datetime | float | None = None,
        *,
        timeout: float | None = None,
    ) -> Future[M.CustomerStateUpdateReply]:
        args = _reaction_replay(customer_number, channel, message_id, reaction, updated_at)
        return self.commands.replay_message_reaction_update_async(**args, timeout=timeout)

    def replay_messaging_session(
        self,
        customer_number: M.CustomerNumber | str,
        channel: M.MessagingChannel,
        update: M.MessageSessionUpdate,
        *,
        timeout: float | None = None,
    ) -> M.CustomerStateUpdateReply:
        """Import a session held through another provider (``update.session_id`` identifies it)."""
        args = _session_replay(customer_number, channel, update)
        return self.commands.replay_messaging_session(**args, timeout=timeout)

    def replay_messaging_session_async(
        self,
        customer_number: M.CustomerNumber | str,
        channel: M.MessagingChannel,
        update: M.MessageSessionUpdate,
        *,
        timeout: float | None = None,
    ) -> Future[M.CustomerStateUpdateReply]:
        args = _session_replay(customer_number, channel, update)
        return self.commands.replay_messaging_session_async(**args, timeout=timeout)

    def replay_payment(
        self,
        transaction_id: str,
        debit_party: M.PaymentCounterParty,
        credit_party: M.PaymentCounterParty,
        status: M.PaymentStatus,
        value: M.Cash,
        narration: str = "",
        updated_at: datetime | float | None = None,
        *,
        timeout: float | None = None,
    ) -> M.ReplayPaymentReply:
        args = _payment_replay(
            transaction_id, debit_party, credit_party, status, value, narration, updated_at
        )
        return self.commands.replay_payment(**args, timeout=timeout)

    def replay_payment_async(
        self,
        transaction_id: str,
        debit_party: M.PaymentCounterParty,
        credit_party: M.PaymentCounterParty,
        status: M.PaymentStatus,
        value: M.Cash,
        narration: str = "",
        updated_at: datetime | float | None = None,
        *,
        timeout: float | None = None,
    ) -> Future[M.ReplayPaymentReply]:
        args = _payment_replay(
            transaction_id, debit_party, credit_party, status, value, narration, updated_at
        )
        return self.commands.replay_payment_async(**args, timeout=timeout)

    def replay_payment_status_update(
        self,
        customer_number: M.CustomerNumber | str,
        transaction_id: str,
        status: M.PaymentStatus,
        updated_at: datetime | float | None = None,
        *,
        timeout: float | None = None,
    ) -> M.ReplayPaymentReply:
        args = _payment_status_replay(customer_number, transaction_id, status, updated_at)
        return self.commands.replay_payment_status_update(**args, timeout=timeout)

    def replay_payment_status_update_async(
        self,
        customer_number: M.CustomerNumber | str,
        transaction_id: str,
        status: M.PaymentStatus,
        updated_at: datetime | float | None = None,
        *,
        timeout: float | None = None,
    ) -> Future[M.ReplayPaymentReply]:
        args = _payment_status_replay(customer_number, transaction_id, status, updated_at)
        return self.commands.replay_payment_status_update_async(**args, timeout=timeout)


class Simulator(_Client, SimulatorEvents):
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
        entry = self._handlers.get(name)
        if entry is not None:
            handler, takes = entry
            run_handler(handler, takes, (notification, None, None), self.notification_timeout, name)
        self._finish(reply, notification_id, _S.ServerToSimulatorNotificationReply().SerializeToString())

    # -- the spec's methods ------------------------------------------------------------------------

    def receive_message(
        self,
        phone_number: str,
        channel: M.MessagingChannel,
        session_id: str | None,
        parts: list[M.InboundMessageBody],
        cost: M.Cash | None = None,
        *,
        duration: timedelta | None = None,
        timeout: float | None = None,
    ) -> M.SimulatorReply:
        """A customer sends a message (``session_id``: the session it continues, or None for a
        new one); the reply carries the app's answer (a USSD menu, a dialplan...)."""
        args = _received(phone_number, channel, session_id, parts, cost)
        return self.commands.receive_message(**args, duration=duration, timeout=timeout)

    def receive_message_async(
        self,
        phone_number: str,
        channel: M.MessagingChannel,
        session_id: str | None,
        parts: list[M.InboundMessageBody],
        cost: M.Cash | None = None,
        *,
        duration: timedelta | None = None,
        timeout: float | None = None,
    ) -> Future[M.SimulatorReply]:
        args = _received(phone_number, channel, session_id, parts, cost)
        return self.commands.receive_message_async(**args, duration=duration, timeout=timeout)

    def receive_payment(
        self,
        phone_number: str,
        channel: M.PaymentChannelNumber,
        transaction_id: str,
        value: M.Cash,
        status: M.PaymentStatus = M.PaymentStatus.SUCCESS,
        *,
        timeout: float | None = None,
    ) -> M.SimulatorReply:
        """A customer pays into the org's payment channel (once per ``transaction_id``)."""
        args = _received_payment(phone_number, channel, transaction_id, value, status)
        return self.commands.receive_payment(**args, timeout=timeout)

    def receive_payment_async(
        self,
        phone_number: str,
        channel: M.PaymentChannelNumber,
        transaction_id: str,
        value: M.Cash,
        status: M.PaymentStatus = M.PaymentStatus.SUCCESS,
        *,
        timeout: float | None = None,
    ) -> Future[M.SimulatorReply]:
        args = _received_payment(phone_number, channel, transaction_id, value, status)
        return self.commands.receive_payment_async(**args, timeout=timeout)

    def update_payment_status(
        self, transaction_id: str, status: M.PaymentStatus, *, timeout: float | None = None
    ) -> M.SimulatorReply:
        """The customer or the provider confirms (SUCCESS) or ends (a failure status) a pending payment."""
        return self.commands.update_payment_status(
            transaction_id=arg.check_text(transaction_id, "transaction_id"),
            status=arg.check(status, M.PaymentStatus, "status"),
            timeout=timeout,
        )

    def update_payment_status_async(
        self, transaction_id: str, status: M.PaymentStatus, *, timeout: float | None = None
    ) -> Future[M.SimulatorReply]:
        return self.commands.update_payment_status_async(
            transaction_id=arg.check_text(transaction_id, "transaction_id"),
            status=arg.check(status, M.PaymentStatus, "status"),
            timeout=timeout,
        )


# -- each spec method's command arguments, checked, shared by its sync and async forms -------------


def _consent_replay(customer: object, channel: object, consent: object, at: object) -> dict[str, Any]:
    return {
        "customer_number": arg.customer_number(customer),
        "channel_number": arg.channel(channel),
        "update": arg.check(consent, M.ConsentAction, "consent"),
        "updated_at": arg.moment(at, "updated_at"),
    }


def _received_replay(customer: object, channel: object, message: object) -> dict[str, Any]:
    found = arg.check(message, M.ReceivedMessage, "message")
    return {
        "provider_message_id": arg.check_text(
            found.provider_message_id or found.message_id, "message.message_id"
        ),
        "provider_session_id": found.session_id,
        "received_at": found.received_at,
        "customer_number": arg.customer_number(customer),
        "channel_number": arg.channel(channel),
        "parts": found.parts,
        "in_reply_to": found.in_reply_to,
        "provider": found.provider,
        "cost": found.cost,
    }


def _sent_replay(customer: object, channel: object, message: object) -> dict[str, Any]:
    found = arg.check(message, M.SentMessage, "message")
    if found.message is None:
        raise ArgumentValueError("message.message (what was sent) is required")
    return {
        "provider_message_id": arg.check_text(
            found.provider_message_id or found.message_id, "message.message_id"
        ),
        "provider_session_id": found.session_id,
        "sent_at": found.sent_at,
        "customer_number": arg.customer_number(customer),
        "channel_number": arg.channel(channel),
        "provider": found.provider,
        "message": found.message,
        "in_reply_to": found.in_reply_to,
        "status": found.status,
        "cost": found.cost,
    }


def _status_replay(customer: object, channel: object, update: object) -> dict[str, Any]:
    found = arg.check(update, M.MessageStatusUpdate, "update")
    return {
        "provider_message_id": arg.check_text(found.message_id, "update.message_id"),
        "updated_at": found.updated_at,
        "customer_number": arg.customer_number(customer),
        "channel_number": arg.channel(channel),
        "status": arg.check(found.status, M.MessageDeliveryStatus, "update.status"),
        "cost": found.cost,
    }


def _reaction_replay(
    customer: object, channel: object, message_id: object, reaction: object, at: object
) -> dict[str, Any]:
    return {
        "provider_message_id": arg.check_text(message_id, "message_id"),
        "updated_at": arg.moment(at, "updated_at"),
        "customer_number": arg.customer_number(customer),
        "channel_number": arg.channel(channel),
        "reaction": arg.check(reaction, M.MessageReaction, "reaction"),
    }


def _session_replay(customer: object, channel: object, update: object) -> dict[str, Any]:
    found = arg.check(update, M.MessageSessionUpdate, "update")
    return {
        "provider_session_id": arg.check_text(found.session_id, "update.session_id"),
        "customer_number": arg.customer_number(customer),
        "channel_number": arg.channel(channel),
        "started_at": found.started_at,
        "duration": found.duration or timedelta(0),
        "end_reason": arg.check(found.reason, M.MessagingSessionEndReason, "update.reason"),
        "cost": found.cost,
    }


def _payment_replay(
    transaction_id: object,
    debit: object,
    credit: object,
    status: object,
    value: object,
    narration: object,
    at: object,
) -> dict[str, Any]:
    return {
        "provider_transaction_id": arg.check_text(transaction_id, "transaction_id"),
        "created_at": arg.moment(at, "updated_at"),
        "status": arg.check(status, M.PaymentStatus, "status"),
        **arg.payment(debit, credit, value, narration),
    }


def _payment_status_replay(
    customer: object, transaction_id: object, status: object, at: object
) -> dict[str, Any]:
    return {
        "customer_number": arg.customer_number(customer),
        "provider_transaction_id": arg.check_text(transaction_id, "transaction_id"),
        "updated_at": arg.moment(at, "updated_at"),
        "status": arg.check(status, M.PaymentStatus, "status"),
    }


def _received(
    phone_number: object, channel: object, session_id: object, parts: object, cost: object
) -> dict[str, Any]:
    if isinstance(session_id, list):  # the order before the SDK spec's: (..., parts, session_id)
        raise ArgumentTypeError(
            "session_id must be a str or None, not list: the arguments are "
            "(phone_number, channel, session_id, parts), in the SDK spec's order"
        )
    found = arg.items_of(parts, M.InboundMessageBody, "parts")
    if not found:
        raise ArgumentValueError("parts must not be empty")
    return {
        "customer_number": arg.check_text(phone_number, "phone_number"),
        "channel_number": arg.channel(channel),
        "session_id": arg.optional_text(session_id, "session_id"),
        "parts": found,
        "cost": None if cost is None else arg.cash(cost, "cost"),
    }


def _received_payment(
    phone_number: object, channel: object, transaction_id: object, value: object, status: object
) -> dict[str, Any]:
    return {
        "customer_number": arg.check_text(phone_number, "phone_number"),
        "channel_number": arg.payment_channel(channel),
        "transaction_id": arg.check_text(transaction_id, "transaction_id"),
        "value": arg.cash(value),
        "status": arg.check(status, M.PaymentStatus, "status"),
    }


__all__ = ["CONNECTION_EVENTS", "DEFAULT_URL", "Elarian", "Simulator"]
