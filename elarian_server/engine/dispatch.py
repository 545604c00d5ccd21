"""The engine's front door: ``Engine`` routes commands, simulator actions, notification answers,
background work and timers to the modules that hold what each does.

``Engine.handle`` takes one parsed command from an authenticated caller and
answers through ``respond``. Each command runs in one store transaction (a read,
GetCustomerState, in a snapshot that takes no write lock): a
refusal (``CommandError``) rolls everything back and becomes the command's
``status=false`` reply with the reason; a malformed command (``Invalid``) becomes
an ERROR frame. Notifications a command raises are in the outbox when it
commits; then, and only if it wrote one, ``on_notify`` wakes delivery (for apps, for
simulators or both: ``Effects.notified``, ``Effects.simulated``; and only a
command that moved a timer wakes the scheduler: ``committed``). A command sent with an
idempotency key is remembered with its answer in its own transaction (``idempotency``).
"""

from __future__ import annotations

import functools
import logging
import secrets
import threading
import time
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from google.protobuf.message import DecodeError

from elarian_sync._convert import set_duration
from elarian_sync._generated import app_socket_pb2 as A
from elarian_sync._generated import messaging_pb2 as M
from elarian_sync._generated import simulator_socket_pb2 as S

from ..clock import Clock
from ..commits import Write
from ..comms.service import COMMANDS as COMMS_COMMANDS
from ..comms.service import Comms
from ..config import Config
from ..connectors import COMMANDS as CONNECTOR_COMMANDS
from ..store.base import OutboxRow, SendRow, Store, Tx, chunks
from ..timers import Timers
from . import customers, payments, reminders, state
from .appdata import Leases
from .common import (
    Caller,
    CommandError,
    Invalid,
    Respond,
    data_value,
    fill_data,
    new_id,
    tag_reply,
)
from .customers import Decommissioned, tag_rows
from .idempotency import READS, Idempotency, Key
from .messaging.inbound import Inbound, pending_dialplan
from .messaging.outbound import Outbound, acknowledged
from .messaging.sessions import Sessions
from .replay import Replay

log = logging.getLogger("elarian_server.engine")

AFTER_COMMIT = frozenset({"update_customer_app_data", "delete_customer_app_data"})
"""Commands with work after they commit (``Engine.applied``: an app-data lease let go, which
writes): the runtime runs it where waiting for the store's write lock harms no one."""

TxCommand = Callable[[Tx, Caller, Any, float], A.AppToServerCommandReply]
SimulatorRespond = Callable[[S.SimulatorToServerCommandReply], bool]

WORK_SEND_TAG = "send_message_tag"
# The status a refused command's reply carries when its customer was decommissioned.
DECOMMISSIONED_STATUS = {
    "send_message": M.MESSAGE_DELIVERY_STATUS_DECOMMISSIONED_CUSTOMERID,
    "initiate_payment": 299,  # PAYMENT_STATUS_DECOMMISSIONED_CUSTOMER_ID
    "update_messaging_consent": M.MESSAGING_CONSENT_UPDATE_STATUS_DECOMMISSIONED_CUSTOMER_ID,
}

# Which reply entry answers each command (as Elarian's SDKs read them).
REPLY_ENTRY = {
    "generate_auth_token": "generate_auth_token",
    "create_customer": "update_customer_state",
    "get_customer_state": "get_customer_state",
    "adopt_customer_state": "update_customer_state",
    "add_customer_reminder": "update_customer_app_data",
    "add_customer_reminder_tag": "tag_command",
    "cancel_customer_reminder": "update_customer_app_data",
    "cancel_customer_reminder_tag": "tag_command",
    "update_customer_tag": "update_customer_state",
    "delete_customer_tag": "update_customer_state",
    "update_customer_secondary_id": "update_customer_state",
    "delete_customer_secondary_id": "update_customer_state",
    "update_customer_metadata": "update_customer_state",
    "delete_customer_metadata": "update_customer_state",
    "lease_customer_app_data": "lease_customer_app_data",
    "update_customer_app_data": "update_customer_app_data",
    "delete_customer_app_data": "update_customer_app_data",
    "send_message": "send_message",
    "send_message_tag": "tag_command",
    "reply_to_message": "send_message",
    "update_messaging_consent": "update_messaging_consent",
    "initiate_payment": "initiate_payment",
    "customer_activity": "customer_activity",
    "replay_messaging_consent_update": "update_customer_state",
    "replay_received_message": "update_customer_state",
    "replay_sent_message": "update_customer_state",
    "replay_message_status_update": "update_customer_state",
    "replay_message_reaction_update": "update_customer_state",
    "replay_messaging_session": "update_customer_state",
    "replay_payment": "replay_payment",
    "replay_payment_status_update": "replay_payment",
    "delete_customer": "update_customer_state",
    # the communication layer's: each answered at its own number
    **{entry: entry for entry in COMMS_COMMANDS},
    **{entry: entry for entry in CONNECTOR_COMMANDS},
}


def refusal(entry: str, description: str, status: int | None = None) -> A.AppToServerCommandReply:
    """The ``status=false`` reply a command gets when it is refused (``status``: the code, for
    replies that carry one)."""
    reply = A.AppToServerCommandReply()
    reply_entry = REPLY_ENTRY[entry]
    body = getattr(reply, reply_entry)
    body.SetInParent()
    body.description = description
    field = type(body).DESCRIPTOR.fields_by_name["status"]
    if field.type == field.TYPE_BOOL:
        body.status = False
    elif status is not None:
        body.status = status
    elif reply_entry == "send_message":
        body.status = 416  # MESSAGE_DELIVERY_STATUS_INVALID_REQUEST
    elif reply_entry == "initiate_payment":
        body.status = 200  # PAYMENT_STATUS_INVALID_REQUEST
    elif reply_entry == "update_messaging_consent":
        body.status = 501  # MESSAGING_CONSENT_UPDATE_STATUS_APPLICATION_ERROR
    return reply


def _customer_keys(row: OutboxRow) -> frozenset[tuple[str, str]] | None:
    """What an answer to a notification touches: its customer (app data, messages, sessions),
    besides its own outbox row; the whole store when it has none."""
    return frozenset({("customer", row.customer_id)}) if row.customer_id else None


def _stored_answer(answer: bytes) -> M.OutboundMessage | None:
    """An answer another instance recorded for a waiting simulator (``put_answer``): the app's
    message, serialized, or nothing."""
    return M.OutboundMessage.FromString(answer) if answer else None


def _delivered(row_id: int, now: float, tx: Tx) -> None:
    tx.delivered(row_id, now)


def _ignore(outcome: object) -> None:
    """What a write's outcome needs when nobody waits on it."""


def _dropped_message(row: OutboxRow, entry: str | None) -> None:
    log.warning(
        "the answer to %s (%s) carries a message, which is dropped: only an answer to a "
        "received message can carry one (send it with SendMessage)",
        row.notification_id,
        entry,
    )


def _entry(row: OutboxRow) -> tuple[str | None, str | None]:
    """An app notification's entry (a customer notification's own entry, for those), and the id
    of the received message when it is one (a simulator may wait for the answer to it)."""
    env = A.ServerToAppNotification.FromString(row.body)
    if env.WhichOneof("entry") != "customer":
        return env.WhichOneof("entry"), None
    entry = env.customer.WhichOneof("entry")
    received = env.customer.received_message.message_id if entry == "received_message" else None
    return entry, received


class _Waiting:
    """A simulator's ReceiveMessage, waiting for the app's answer to the notification."""

    __slots__ = ("message_id", "respond", "timer")

    def __init__(self, message_id: str, respond: SimulatorRespond) -> None:
        self.message_id = message_id
        self.respond = respond
        self.timer: int | None = None


class Engine:
    def __init__(
        self,
        config: Config,
        store: Store,
        clock: Clock,
        on_notify: Callable[[bool, bool], None],
        simulator_live: Callable[[str], bool] | None = None,
    ) -> None:
        self.config = config
        self.store = store
        self.clock = clock
        self.on_notify = on_notify
        self.leases = Leases(store, clock, config.runtime.lease_seconds)
        live = simulator_live or (lambda org_id: False)
        self.sessions = Sessions(config)
        self.comms = Comms(config, store)
        self.outbound = Outbound(self.sessions, live, self.comms.directory.org)
        self.inbound = Inbound(self.sessions, live, self.comms.directory.org)
        self.replay = Replay()
        self.timers = Timers()
        self.idempotency = Idempotency(store, clock)
        self.states = state.States(int(config.runtime.state_cache_mb * 1024 * 1024))
        self.on_queued: Callable[[], None] = lambda: None  # a commit queued sends (the runtime's sender)
        self.on_published: Callable[[], None] = lambda: None  # a commit wrote webhooks (outbound connectors)
        self.on_reconfigured: Callable[[], None] = lambda: None  # connectors changed through the API
        # sync sends to outside providers: sent by the runtime's sender while the request waits
        self.send_now: Callable[[list[str]], Mapping[str, SendRow]] | None = None
        self._waiting: dict[str, _Waiting] = {}  # by notification id
        self._waiting_lock = threading.Lock()
        self._work = ThreadPoolExecutor(1, thread_name_prefix="elarian-server-work")
        with store.transaction() as tx:
            for org in config.orgs.values():
                payments.seed_purses(tx, org.org_id, tuple((p.purse_id, p.balances) for p in org.purses))
        self._commands: dict[str, TxCommand] = {
            "create_customer": customers.create_customer,
            "get_customer_state": self.states.get_customer_state,
            "adopt_customer_state": functools.partial(
                customers.adopt_customer_state, forget=self.states.forget
            ),
            "delete_customer": functools.partial(customers.delete_customer, forget=self.states.forget),
            "update_customer_tag": customers.update_tags,
            "delete_customer_tag": customers.delete_tags,
            "update_customer_secondary_id": customers.update_secondary_ids,
            "delete_customer_secondary_id": customers.delete_secondary_ids,
            "update_customer_metadata": customers.update_metadata,
            "delete_customer_metadata": customers.delete_metadata,
            "update_customer_app_data": self.leases.write,
            "delete_customer_app_data": self.leases.delete,
            "add_customer_reminder": reminders.add_reminder,
            "cancel_customer_reminder": reminders.cancel_reminder,
            "customer_activity": customers.customer_activity,
            "generate_auth_token": self._generate_auth_token,
            "send_message": self.outbound.send_message,
            "reply_to_message": self.outbound.reply_to_message,
            "update_messaging_consent": self.outbound.update_consent,
            "initiate_payment": payments.initiate_payment,
            **self.replay.commands,
            **self.comms.commands,
        }
        self._grouped = frozenset(self._commands)

    # -- authentication --------------------------------------------------------------------------

    def authenticate(self, data: bytes) -> Caller | str:
        """The caller a SETUP's AppConnectionMetadata authenticates, or why it does not.

        Credentials are checked here only, when a session opens: an auth token that expires
        later ends what it can open, not the session it opened (docs/runtime.md, "Auth tokens").
        """
        try:
            meta = A.AppConnectionMetadata.FromString(data)
        except DecodeError:
            return "the SETUP data is not an AppConnectionMetadata message"
        org = self.config.orgs.get(meta.org_id)
        if org is None:
            return f"unknown org {meta.org_id!r}"
        if meta.app_id not in org.apps:
            return f"unknown app {meta.app_id!r} in org {meta.org_id}"
        actor = "auth token"
        if meta.HasField("api_key"):
            key = meta.api_key.value
            if key not in org.api_keys and key not in org.admin_keys:
                return "invalid API key"
            actor = f"{'admin' if key in org.admin_keys else 'api'} key ...{key[-4:]}"
        elif meta.HasField("auth_token"):
            with self.store.read() as tx:
                token = tx.token(meta.auth_token.value)
            if token is None or token[:2] != (org.org_id, meta.app_id):
                return "invalid auth token"
            if token[2] <= self.clock.now():
                return "the auth token has expired"
        else:
            return "neither an API key nor an auth token was given"
        return Caller(
            org,
            meta.app_id,
            simplex=meta.simplex_mode,
            simulator=meta.simulator_mode,
            by_token=meta.HasField("auth_token"),
            admin=meta.HasField("api_key") and meta.api_key.value in org.admin_keys,
            actor=actor,
        )

    # -- commands ------------------------------------------------------------------------------------

    def handle(self, caller: Caller, cmd: A.AppToServerCommand, respond: Respond) -> None:
        entry = cmd.WhichOneof("entry")
        if entry is None:
            raise Invalid("the command is empty (no AppToServerCommand entry is set)")
        body = getattr(cmd, entry)
        if entry == "lease_customer_app_data":
            self.leases.lease(caller, body, respond)
            return
        now = self.clock.now()
        key = self.idempotency.key(caller, cmd.idempotency_key, entry, body)
        try:
            if entry in ("add_customer_reminder_tag", "cancel_customer_reminder_tag"):
                kind = reminders.WORK_ADD if entry == "add_customer_reminder_tag" else reminders.WORK_CANCEL
                with self.store.transaction() as tx:
                    if (known := self.idempotency.recall(tx, key, now)) is not None:
                        respond(A.AppToServerCommandReply.FromString(known))
                        return
                    work_id, reply = reminders.start_tag_work(tx, caller, kind, body, now)
                    self.idempotency.remember(tx, key, reply, now)
                self._work.submit(self._run_work, caller, work_id, kind, body.SerializeToString())
            elif entry == "send_message_tag":
                self.outbound.check_tag_send(caller, body)
                work_id = new_id("el_wrk_")
                with self.store.transaction() as tx:
                    if (known := self.idempotency.recall(tx, key, now)) is not None:
                        respond(A.AppToServerCommandReply.FromString(known))
                        return
                    tx.put_work(
                        work_id, caller.org_id, caller.app_id, WORK_SEND_TAG, body.SerializeToString(), now
                    )
                    reply = tag_reply(True, "work started", work_id)
                    self.idempotency.remember(tx, key, reply, now)
                self._work.submit(self._run_work, caller, work_id, WORK_SEND_TAG, body.SerializeToString())
            else:
                if entry not in self._commands:
                    raise CommandError(f"{entry} is not available in this runtime yet")
                self.comms.take_pending()  # none left from an earlier command on this thread
                self.comms.prepare(caller, entry, body)  # outside the transaction: checking rows
                with self.store.read() if entry in READS else self.store.transaction() as tx:
                    reply = self.apply(tx, caller, cmd)
                self.settled(tx)
                pending = self.comms.take_pending()
                # outside providers, called now; a refused command was rolled back: nothing to send
                if pending and self.send_now is not None and getattr(reply, REPLY_ENTRY[entry]).status:
                    self.comms.finish_sync(entry, reply, self.send_now(pending))
                    if key is not None:  # a retry gets what the provider said, not "sending"
                        self.idempotency.answered(key, reply)
                respond(reply)
                self.applied(caller, cmd, reply)
                self.committed(tx)
                return
        except Decommissioned as exc:
            reply = refusal(entry, str(exc), exc.status or DECOMMISSIONED_STATUS.get(REPLY_ENTRY[entry]))
            self.idempotency.remember_refusal(key, reply, now)
            respond(reply)
            return
        except CommandError as exc:
            reply = refusal(entry, str(exc), exc.status)
            self.idempotency.remember_refusal(key, reply, now)
            respond(reply)
            return
        respond(reply)
        self.committed(tx)

    # -- commands in a group commit ------------------------------------------------------------------

    def grouped(self, caller: Caller, cmd: A.AppToServerCommand) -> bool:
        """Whether the command is one transaction's work and nothing else, so it can be one step
        of a group: a read in a group's snapshot (``store.read()``), a write in a group commit
        (``apply`` in the group's transaction, ``applied`` once it commits)."""
        entry = cmd.WhichOneof("entry")
        if caller.simulator or entry not in self._grouped:
            return False
        # a send whose provider is called while the request waits runs on its own
        return not self.comms.needs_provider_call(caller, entry, getattr(cmd, entry))

    def add_commands(self, commands: dict[str, TxCommand]) -> None:
        """More commands run like the engine's own (the connectors'), before the runtime starts."""
        self._commands.update(commands)
        self._grouped = frozenset(self._commands)

    def perform(self, tx: Tx, caller: Caller, cmd: A.AppToServerCommand) -> A.AppToServerCommandReply:
        """Run an app command in ``tx`` as ``caller``, for the runtime's own work (an inbound
        connector's rule): its reply; a refusal raises ``CommandError`` (the caller's savepoint
        decides what is rolled back)."""
        entry = cmd.WhichOneof("entry")
        if entry is None or entry not in self._commands:
            raise Invalid(f"{entry or 'an empty command'} cannot be performed")
        return self._commands[entry](tx, caller, getattr(cmd, entry), self.clock.now())

    def apply(self, tx: Tx, caller: Caller, cmd: A.AppToServerCommand) -> A.AppToServerCommandReply:
        """Run a grouped command in ``tx``: its answer, a refusal (its effects rolled back, the
        refusal remembered under its idempotency key) or, for a retry, the first answer. Raises
        ``Invalid`` for a malformed command. Atomic: whatever it raises, its effects are rolled
        back (a savepoint), the rest of ``tx`` goes on."""
        entry = cmd.WhichOneof("entry")
        if entry is None or entry not in self._grouped:
            raise Invalid(f"{entry or 'an empty command'} cannot run in a group")
        body = getattr(cmd, entry)
        now = self.clock.now()
        if entry in READS:
            try:
                return self._commands[entry](tx, caller, body, now)
            except CommandError as exc:
                return refusal(entry, str(exc), exc.status)
        key = self.idempotency.key(caller, cmd.idempotency_key, entry, body)
        try:
            with tx.savepoint():
                if (known := self.idempotency.recall(tx, key, now)) is not None:
                    return A.AppToServerCommandReply.FromString(known)
                reply = self._commands[entry](tx, caller, body, now)
                self.idempotency.remember(tx, key, reply, now)
                return reply
        except Decommissioned as exc:
            reply = refusal(entry, str(exc), exc.status or DECOMMISSIONED_STATUS.get(REPLY_ENTRY[entry]))
        except CommandError as exc:
            reply = refusal(entry, str(exc), exc.status)
        if key is not None:
            with tx.savepoint():
                if self.idempotency.recall(tx, key, now) is None:
                    self.idempotency.remember(tx, key, reply, now)
        return reply

    def kept_state(self, caller: Caller, cmd: A.AppToServerCommand) -> bytes | None:
        """A GetCustomerState answered from the kept states without a snapshot (one statement),
        serialized; None if it needs ``apply`` (not kept, changed since, not a plain name)."""
        body = cmd.get_customer_state
        now = self.clock.now()
        with self.store.lookup() as tx:
            reply = self.states.latest(tx, caller, body, now)
        if reply is not None and self.states.verify:
            with self.store.read() as tx:
                self.states.check_latest(tx, caller, body, now, reply)
        return reply

    def applied(self, caller: Caller, cmd: A.AppToServerCommand, reply: A.AppToServerCommandReply) -> None:
        """A grouped command committed and was answered: what follows from it outside the store."""
        entry = cmd.WhichOneof("entry")
        if entry in AFTER_COMMIT and reply.update_customer_app_data.status:
            self.leases.released(reply.update_customer_app_data.customer_id.value, caller.app_id)

    def committed(self, tx: Tx) -> None:
        """A transaction (a command's, or a whole group's) committed: wake what waits on what it
        did, and nothing else."""
        if tx.notified or tx.simulated:
            self.on_notify(tx.notified, tx.simulated)
        if tx.rescheduled:
            self.clock.notify()
        if tx.queued:
            self.on_queued()
        if tx.published:
            self.on_published()

    def settled(self, tx: Tx) -> None:
        """A transaction committed and its commands are about to be answered: what their clients
        must already see once answered (the org's providers read again after a change, so the
        next send routes by the change)."""
        if tx.reconfigured:
            self.comms.directory.invalidate()
            self.on_reconfigured()

    def _generate_auth_token(
        self, tx: Tx, caller: Caller, cmd: A.GenerateAuthTokenCommand, now: float
    ) -> A.AppToServerCommandReply:
        if caller.by_token:  # else a token would renew itself for ever: only the key mints tokens
            raise Invalid(
                "this session was opened with an auth token, which cannot generate auth tokens; "
                "generate them on a session opened with the org's API key"
            )
        lifetime = self.config.runtime.auth_token_seconds
        token = "el_tkn_" + secrets.token_hex(24)
        tx.put_token(token, caller.org_id, caller.app_id, now + lifetime)
        reply = A.AppToServerCommandReply()
        reply.generate_auth_token.token = token
        set_duration(reply.generate_auth_token.lifetime, lifetime)
        return reply

    # -- simulator commands ------------------------------------------------------------------------

    def simulate(self, caller: Caller, cmd: S.SimulatorToServerCommand, respond: SimulatorRespond) -> None:
        """A simulator's command. ReceiveMessage answers once the app answered the notification
        (or after the notification timeout), without holding a thread meanwhile."""
        entry = cmd.WhichOneof("entry")
        if entry is None:
            raise Invalid("the command is empty (no SimulatorToServerCommand entry is set)")
        now = self.clock.now()
        key = self.idempotency.key(caller, cmd.idempotency_key, entry, getattr(cmd, entry))
        try:
            if entry == "receive_message":
                self._receive_message(caller, cmd.receive_message, key, respond, now)
                return
            with self.store.transaction() as tx:
                if (known := self.idempotency.recall(tx, key, now)) is not None:
                    respond(S.SimulatorToServerCommandReply.FromString(known))
                    return
                if entry == "receive_payment":
                    reply = payments.receive_payment(tx, caller, cmd.receive_payment, now)
                else:
                    reply = payments.update_status(tx, caller, cmd.update_payment_status, now)
                self.idempotency.remember(tx, key, reply, now)
        except CommandError as exc:
            reply = S.SimulatorToServerCommandReply(status=False, description=str(exc))
            self.idempotency.remember_refusal(key, reply, now)
            respond(reply)
            return
        respond(reply)
        self.committed(tx)

    def _receive_message(
        self,
        caller: Caller,
        cmd: S.ReceiveMessageSimulatorCommand,
        key: Key | None,
        respond: SimulatorRespond,
        now: float,
    ) -> None:
        answer = respond
        if key is not None:

            def answer(reply: S.SimulatorToServerCommandReply) -> bool:
                try:
                    self.idempotency.answered(key, reply)
                finally:
                    sent = respond(reply)
                return sent

        notification_id = None
        try:
            with self.store.transaction() as tx:
                known = self.idempotency.recall(tx, key, now)
                if known is None:
                    message_id, notification_id, wait = self.inbound.receive(tx, caller, cmd, now)
                    received = S.SimulatorToServerCommandReply(
                        status=True, description=f"received as {message_id}"
                    )
                    if not wait:
                        received.description += "; the session ended"
                    self.idempotency.remember(tx, key, received, now)
                    if wait:  # registered before the commit: the answer may come at once
                        # (and in the store, for an instance the app is connected to: see
                        # collect_answers)
                        timeout = self.config.runtime.notification_timeout
                        tx.await_answer(notification_id, time.time() + timeout + 1.0)
                        if key is not None:
                            self.idempotency.pending(key)
                        with self._waiting_lock:
                            self._waiting[notification_id] = waiting = _Waiting(message_id, answer)
        except BaseException:
            if notification_id is not None:
                with self._waiting_lock:
                    self._waiting.pop(notification_id, None)
                if key is not None:
                    self.idempotency.not_pending(key)
            raise
        if known is not None:
            assert key is not None
            self._answer_retry(key, respond, now)
            return
        self.committed(tx)
        if not wait:
            respond(received)
            return
        assert notification_id is not None
        waiting.timer = self.timers.after(
            self.config.runtime.notification_timeout, functools.partial(self._gave_up, notification_id)
        )

    def _answer_retry(self, key: Key, respond: SimulatorRespond, now: float) -> None:
        """A simulated message sent again: the first one's answer, when there is one."""
        if self.idempotency.wait_for(
            key, lambda data: respond(S.SimulatorToServerCommandReply.FromString(data))
        ):
            return
        with self.store.read() as tx:  # final by now (``answered`` commits, then stops waiting)
            known = self.idempotency.recall(tx, key, now)
        respond(S.SimulatorToServerCommandReply.FromString(known or b""))

    def _gave_up(self, notification_id: str) -> None:
        with self._waiting_lock:
            waiting = self._waiting.pop(notification_id, None)
        if waiting is None:
            return
        reply = S.SimulatorToServerCommandReply(
            status=True,
            description=f"received as {waiting.message_id}; the app did not answer within "
            f"{self.config.runtime.notification_timeout:g} s",
        )
        try:
            with self.store.transaction() as tx:
                answer = tx.take_answer(notification_id)  # another instance's, just in time
                tx.forget_wait(notification_id, time.time())
            if answer is not None:
                reply = self._answered_reply(waiting, _stored_answer(answer))
            else:
                with self.store.read() as tx:
                    dialplan = pending_dialplan(tx, waiting.message_id)
                if dialplan is not None:
                    reply.message.CopyFrom(dialplan)
        finally:  # the simulator gets an answer whatever happened
            waiting.respond(reply)

    @staticmethod
    def _answered_reply(
        waiting: _Waiting, message: M.OutboundMessage | None
    ) -> S.SimulatorToServerCommandReply:
        """What a simulator waiting for the app's answer gets: the app's message, if it had one."""
        reply = S.SimulatorToServerCommandReply(status=True, description=f"received as {waiting.message_id}")
        if message is not None:
            reply.message.CopyFrom(message)
        return reply

    def receive_from_provider(self, org_id: str, number: str, channel_number: str, text: str) -> None:
        """A mobile-originated SMS an outside provider (SMPP) brought in: to the app that owns the
        channel number, as ``receivedSms`` (a stop keyword opts the customer out), as if the
        simulator had sent it; nobody waits for the app's answer, which goes out as a message."""
        org = self.config.orgs.get(org_id)
        if org is None:
            raise ValueError(f"no org {org_id!r}")
        command = S.ReceiveMessageSimulatorCommand(customer_number=number)
        command.channel_number.channel = M.MESSAGING_CHANNEL_SMS
        command.channel_number.number = channel_number
        command.parts.add().text = text
        caller = Caller(org, next(iter(sorted(org.apps))), simulator=True)
        with self.store.transaction() as tx:
            self.inbound.receive(tx, caller, command, self.clock.now())
        self.committed(tx)

    def collect_answers(self) -> None:
        """Another runtime instance recorded an app's answer: give each simulator waiting here
        the answer that came for it."""
        with self._waiting_lock:
            ids = list(self._waiting)
        if not ids:
            return
        answers: dict[str, bytes] = {}
        with self.store.transaction() as tx:
            for notification_id in ids:
                answer = tx.take_answer(notification_id)
                if answer is not None:
                    answers[notification_id] = answer
        for notification_id, answer in answers.items():
            with self._waiting_lock:
                waiting = self._waiting.pop(notification_id, None)
            if waiting is None:
                continue  # it gave up meanwhile
            if waiting.timer is not None:
                self.timers.cancel(waiting.timer)
            waiting.respond(self._answered_reply(waiting, _stored_answer(answer)))

    # -- notifications ---------------------------------------------------------------------------------

    def prepare_notifications(self, rows: list[OutboxRow]) -> list[bytes | Exception]:
        """The notifications as sent: with the customers' app data as it is now (one read, one
        statement per app for the whole batch)."""
        prepared: list[bytes | Exception] = []
        carrying: dict[int, A.ServerToAppNotification] = {}  # position -> a customer notification
        wanted: dict[str, list[str]] = {}  # app -> customers whose app data goes in
        for at, row in enumerate(rows):
            prepared.append(row.body)
            if row.kind != "app" or row.customer_id is None:
                continue
            try:
                env = A.ServerToAppNotification.FromString(row.body)
            except Exception as exc:
                prepared[at] = exc
                continue
            if env.WhichOneof("entry") == "customer":  # only a customer notification carries app data
                carrying[at] = env
                wanted.setdefault(row.app_id, []).append(row.customer_id)
        if not carrying:
            return prepared
        with self.store.read() as tx:
            values = {app_id: tx.app_data_of(app_id, customers) for app_id, customers in wanted.items()}
        for at, env in carrying.items():
            row = rows[at]
            assert row.customer_id is not None
            value = values[row.app_id].get(row.customer_id)
            if value is not None:
                fill_data(env.customer.app_data, value)
                prepared[at] = env.SerializeToString()
        return prepared

    def answer_write(self, row: OutboxRow, answer: bytes) -> Write:
        """What an answer does, as one write of a group commit. An app answered: the notification
        is delivered; a ``data_update`` replaces the app data; a reply ``message`` answers a
        received message. A simulator answered: its message is delivered. Once the write is done
        (committed or failed) a simulator waiting for the app's answer gets one, whatever happened."""
        now = time.time()
        if row.kind == "simulator":
            env = S.ServerToSimulatorNotification.FromString(row.body)  # read before the write lock

            def acknowledge(tx: Tx) -> object:
                acknowledged(tx, row.row_id, env, now, self.clock.now())
                return None

            # atomic (see acknowledged): no savepoint around the usual two statements
            return Write(acknowledge, _ignore, atomic=True, keys=_customer_keys(row))
        update = None
        reply = A.ServerToAppNotificationReply()
        if row.kind == "app":
            try:
                reply = A.ServerToAppNotificationReply.FromString(answer)
            except DecodeError:
                log.warning(
                    "answer to %s is not a ServerToAppNotificationReply; ignored", row.notification_id
                )
                reply = A.ServerToAppNotificationReply()
            if reply.HasField("data_update") and row.customer_id is not None:
                update = data_value(reply.data_update.data)
        with self._waiting_lock:
            waiting = self._waiting.pop(row.notification_id, None)
        if waiting is not None and waiting.timer is not None:
            self.timers.cancel(waiting.timer)
        entry, received_id = _entry(row)
        if update is None and received_id is None and waiting is None:
            if reply.HasField("message"):
                _dropped_message(row, entry)
            # the usual answer (a reminder's, an event's): one statement, atomic by itself, so no
            # savepoint around it (on PostgreSQL that is two round trips of the three)
            return Write(
                functools.partial(_delivered, row.row_id, now), _ignore, atomic=True, keys=_customer_keys(row)
            )

        def record(tx: Tx) -> object:
            tx.delivered(row.row_id, now)
            if update is not None and row.customer_id is not None and tx.customer_org(row.customer_id):
                tx.put_app_data(row.customer_id, row.app_id, update, None)
            # a simulator on another instance may wait for this answer (see collect_answers)
            elsewhere = waiting is None and received_id is not None and tx.awaited(row.notification_id)
            outcome = None
            if received_id is not None and (reply.HasField("message") or waiting is not None or elsewhere):
                outcome = self._answer_message(tx, received_id, reply, waiting is not None or elsewhere)
            elif reply.HasField("message"):
                _dropped_message(row, entry)
            if elsewhere:
                message = outcome.SerializeToString() if outcome is not None else b""
                tx.put_answer(row.notification_id, message)
            elif waiting is not None:
                tx.forget_wait(row.notification_id, now)
            return outcome

        def done(outcome: object) -> None:
            if waiting is not None:  # answered even if recording the answer failed
                message = outcome if isinstance(outcome, M.OutboundMessage) else None
                waiting.respond(self._answered_reply(waiting, message))
            if update is not None and row.customer_id is not None and not isinstance(outcome, BaseException):
                self.leases.released(row.customer_id, row.app_id)

        return Write(record, done, keys=_customer_keys(row))

    def _answer_message(
        self, tx: Tx, received_id: str, reply: A.ServerToAppNotificationReply, waiting: bool
    ) -> M.OutboundMessage | None:
        """The app answered a received message: its reply goes out (or, to a simulator waiting,
        the dialplan the message is waiting on)."""
        now = self.clock.now()
        if reply.HasField("message"):
            return self.inbound.answer(tx, received_id, reply.message, now, waiting)
        return pending_dialplan(tx, received_id) if waiting else None

    # -- background work and timers ----------------------------------------------------------------

    def _run_send_tag(self, caller: Caller, work_id: str, body: bytes, now: float) -> int:
        command = A.SendMessageTagCommand.FromString(body)
        with self.store.transaction() as tx:
            _, holders = tag_rows(tx, caller, command.tag, now)
        sent = 0
        for batch in chunks(holders, 200):
            with self.store.transaction() as tx:
                for customer_id in batch:
                    sent += self.outbound.send_to_tag(tx, caller, work_id, command, customer_id, now)
            self.committed(tx)
        with self.store.transaction() as tx:
            tx.finish_work(work_id, now)
        return sent

    def _run_work(self, caller: Caller, work_id: str, kind: str, body: bytes) -> None:
        try:
            if kind == WORK_SEND_TAG:
                count = self._run_send_tag(caller, work_id, body, self.clock.now())
            else:
                count = reminders.run_tag_work(self.store, caller, work_id, kind, body, self.clock.now())
            log.info("work %s (%s) touched %d customer(s)", work_id, kind, count)
        except Exception:
            log.exception("work %s (%s) failed; it runs again on the next start", work_id, kind)
        self.on_notify(True, True)
        self.clock.notify()

    def resume_work(self) -> None:
        """Run the by-tag work a crash or stop interrupted."""
        with self.store.transaction() as tx:
            unfinished = tx.unfinished_work()
        for work_id, org_id, app_id, kind, body in unfinished:
            org = self.config.orgs.get(org_id)
            if org is None:
                log.warning("work %s belongs to org %s, which is no longer configured", work_id, org_id)
                continue
            self._work.submit(self._run_work, Caller(org, app_id), work_id, kind, body)

    def next_timer(self) -> float | None:
        """When something is next due: a reminder or a lapsing lease."""
        with self.store.read() as tx:
            due = tx.next_reminder_at()
            expiry = tx.next_session_expiry()
        lease = self.leases.next_deadline()
        moments = [m for m in (due, expiry, lease) if m is not None]
        return min(moments) if moments else None

    def run_timers(self, now: float, stop: threading.Event | None = None) -> int:
        """Fire what is due (in batches, stopping between them when ``stop`` is set);
        returns how many reminders fired."""
        fired = 0
        while stop is None or not stop.is_set():
            batch = reminders.fire_due(self.store, now, self.committed)
            fired += batch
            if batch < 1000:
                break
        while stop is None or not stop.is_set():
            with self.store.transaction() as tx:
                ended = self.sessions.expire_sessions(tx, now)
            self.committed(tx)
            if ended < 1000:
                break
        self.leases.expire(now)
        return fired

    def close(self) -> None:
        self._work.shutdown(wait=True, cancel_futures=False)
        self.comms.close()
        self.timers.stop()
        with self._waiting_lock:
            waiting, self._waiting = list(self._waiting.values()), {}
        for w in waiting:
            w.respond(
                S.SimulatorToServerCommandReply(
                    status=True, description=f"received as {w.message_id}; the runtime is stopping"
                )
            )
