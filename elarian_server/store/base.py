"""What the engine needs from a store: one transaction at a time, domain operations inside.

The engine never writes SQL. It opens ``with store.transaction() as tx:`` and
calls the operations below; everything inside commits together or not at all.
``SqliteStore`` is the default; ``PostgresStore`` runs the same ``Tx`` (``store/sql``).

``Tx`` is the sum of one interface per aggregate, each over its own tables:
``CustomersTx`` (customers, identity, activity), ``AppDataTx`` (app data, reminders),
``MessagingTx`` (messages, sessions, consent), ``PaymentsTx`` (balances, holds,
transactions), ``AppsTx`` (auth tokens, background work), ``OutboxTx`` (notifications
to deliver, answers a simulator awaits, simulator presence) and ``ClaimsTx`` (who does a
job, until when). Only ``adopt`` and ``delete_customer`` span them all; they are ``Tx``'s own.
``store/sql`` implements each aggregate (one module each) for both stores and composes them.

Values: times are epoch seconds (float); "data" values (metadata, app data) are
``str | bytes``; ids are the runtime's strings. Methods raise nothing for "not found":
they return None/False.
"""

from __future__ import annotations

import abc
import logging
from collections import Counter
from collections.abc import Callable, Collection, Hashable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

DataValue = str | bytes


@dataclass(frozen=True)
class NumberRow:
    provider: int
    number: str
    partition: str | None


@dataclass(frozen=True)
class IndexRow:
    """A tag or a secondary id."""

    key: str
    value: str | None
    expires_at: float | None


@dataclass(frozen=True)
class ReminderRow:
    customer_id: str
    app_id: str
    org_id: str
    key: str
    remind_at: float
    interval: float | None
    payload: str | None
    tag: IndexRow | None
    work_id: str | None


@dataclass(frozen=True)
class ActivityRow:
    app_id: str
    source: str
    session_id: str
    key: str
    properties: dict[str, str]
    created_at: float
    number: NumberRow | None


@dataclass(frozen=True)
class MessageRow:
    """A message sent to or received from a customer; ``body`` is the SentMessage or
    ReceivedMessage protobuf as the customer's state shows it."""

    message_id: str
    org_id: str
    customer_id: str
    app_id: str | None
    direction: str  # "sent" or "received"
    channel: int
    channel_number: str
    session_id: str | None
    provider_message_id: str | None
    created_at: float
    body: bytes


@dataclass(frozen=True)
class SessionRow:
    """A messaging session (USSD, voice, chat window): live while ``ended_at`` is None."""

    session_id: str
    org_id: str
    customer_id: str
    channel: int
    channel_number: str
    number: NumberRow
    app_id: str
    provider_session_id: str | None
    started_at: float
    expires_at: float | None
    ended_at: float | None = None
    end_reason: int = 0
    pending: bytes | None = None  # an outbound call's dialplan (OutboundMessage), until played
    cost: bytes | None = None  # Cash, for replayed sessions


@dataclass(frozen=True)
class ConsentRow:
    customer_id: str
    channel: int
    channel_number: str
    number: NumberRow
    update: int  # MessagingConsentUpdate
    updated_at: float


@dataclass(frozen=True)
class BalanceRow:
    """One account's balance in one currency: ``actual`` money, ``held`` of it by pending payments."""

    account: str
    currency: str
    actual: Decimal
    held: Decimal
    sequence_nr: int
    customer_id: str | None

    @property
    def available(self) -> Decimal:
        return self.actual - self.held


@dataclass(frozen=True)
class TransactionRow:
    """A payment. ``debit``/``credit`` are PaymentCounterParty protobufs as given. A pending
    payout holds ``amount`` on ``hold_account``; settling it debits that account and credits
    ``credit_account`` (if the money stays in the org)."""

    transaction_id: str
    org_id: str
    app_id: str | None
    kind: str
    debit: bytes
    credit: bytes
    currency: str
    amount: Decimal
    status: int
    created_at: float
    updated_at: float
    provider_transaction_id: str | None = None
    narration: str | None = None
    debit_customer_id: str | None = None
    credit_customer_id: str | None = None
    hold_account: str | None = None
    credit_account: str | None = None
    pending: bool = False


class Enqueued(NamedTuple):
    """A notification to put in the outbox (``OutboxTx.enqueue``'s arguments, for ``enqueue_many``)."""

    notification_id: str
    org_id: str
    app_id: str
    kind: str
    order_key: str
    customer_id: str | None
    body: bytes
    now: float


@dataclass(frozen=True)
class OutboxRow:
    row_id: int
    notification_id: str
    org_id: str
    app_id: str
    kind: str  # "app" or "simulator"
    order_key: str
    customer_id: str | None
    body: bytes
    attempts: int
    created_at: float


@dataclass(frozen=True)
class SendRow:
    """One send of the communication layer: its report row, and while it is queued what to send
    (``body``: the rendered message, serialized). Statuses are ``CommsSendStatus`` numbers."""

    report_id: str
    org_id: str
    app_id: str
    channel: int  # CommsChannel
    address: str
    customer_id: str | None
    template_id: str
    template_version: int
    event: str
    job_id: str
    campaign_id: str
    category: int  # CommsCategory
    status: int
    created_at: float
    updated_at: float
    due_at: float
    body: bytes | None = None
    provider: str = ""
    provider_message_id: str = ""
    error_code: str = ""
    error_message: str = ""
    notify: bool = False  # tell the app its outcome (an async send)
    row_id: int = 0
    from_address: str = ""  # an email's From (empty: the channel number it goes out from)
    reply_to: str = ""
    attempts: int = 0  # times every provider failed it for now (it is tried again later)
    sender: str = ""  # the channel number it goes out from
    message: bool = False  # the runtime's own message (send_message): report_id is its message id
    route: str = ""  # the providers to try, in order, comma-separated (a campaign's); empty: the defaults


@dataclass(frozen=True)
class ReportFilter:
    """Which reports a query wants (empty fields: any)."""

    org_id: str
    since: float
    until: float
    channel: int = 0
    address: str = ""
    statuses: tuple[int, ...] = ()
    template_id: str = ""
    job_id: str = ""
    campaign_id: str = ""
    event: str = ""


@dataclass(frozen=True)
class OtpRow:
    otp_id: str
    org_id: str
    config: str
    address: str
    customer_id: str | None
    code_hash: bytes
    created_at: float
    expires_at: float
    attempts: int
    max_attempts: int
    state: str  # "pending", "approved", "used"


@dataclass(frozen=True)
class AuditRow:
    row_id: int
    org_id: str
    app_id: str
    actor: str
    action: str
    subject: str
    detail: str
    at: float


@dataclass(frozen=True)
class AudienceRec:
    """An audience: ``body`` its Audience message (name, columns, contact columns, region, tag);
    where its import stands in columns of its own."""

    audience_id: str
    org_id: str
    name: str
    body: bytes
    state: int  # AudienceState
    next_chunk: int
    rows: int
    members: int
    rejected: int
    created_at: float
    updated_at: float


@dataclass(frozen=True)
class MemberRow:
    """One contact of an audience: ``values`` the variable columns' values, as a JSON list."""

    line: int
    phone: str | None
    email: str | None
    values: str
    customer_id: str | None = None
    member_id: int = 0


@dataclass(frozen=True)
class CampaignRec:
    """A campaign: ``body`` its Campaign message (what it sends, to whom, how); its state and
    where it stands in its audience (``position``: the last member taken up) in columns."""

    campaign_id: str
    org_id: str
    app_id: str
    body: bytes
    state: int  # CampaignState
    reason: str
    start_at: float | None
    position: int
    spent: float
    started_at: float | None
    finished_at: float | None
    created_at: float
    updated_at: float
    row_id: int = 0
    version: int = 0  # one more with each write: a writer that read it can tell it changed since


class SchemaError(RuntimeError):
    """The database belongs to a newer (or foreign) schema: refused rather than guessed at."""


class StoreUnavailable(RuntimeError):
    """The store could not be opened (no database server, a refused login, a driver missing)."""


class StoreClosed(RuntimeError):
    """The store was closed: no transaction, read or lookup begins."""


class TransactionAborted(RuntimeError):
    """The store rolled the whole transaction back (disk full, an I/O error): nothing in it
    happened, and nothing more can be done in it. A group commit fails every command in it."""


@dataclass(frozen=True)
class Identity:
    """What identifies a customer, as the customer's state shows it."""

    tags: list[IndexRow]  # live ones, by key
    metadata: dict[str, DataValue]  # by key
    secondary_ids: list[IndexRow]  # live ones, oldest first
    numbers: list[NumberRow]  # oldest first


class Effects:
    """What a transaction did that others wait for; the engine reads these once it commits, so
    work nobody created (a delivery pass, a look at the timers) does not follow every command.
    ``EFFECTS`` names them all: a savepoint that rolls back forgets them, a shared store tells
    the other instances of each (``Store.watch``)."""

    notified: bool = False
    """Set by ``enqueue`` of an app's notification: delivery has something new for the app."""
    simulated: bool = False
    """Set by ``enqueue`` of a notification to an org's simulators (a message, a payment to a
    phone): delivery has something new for them. Apart from ``notified`` because the two are
    delivered by different instances: a campaign's sends wake only the instance that holds the
    simulator, not the one serving apps beside it."""
    rescheduled: bool = False
    """Set by ``put_reminder`` and ``put_session``: when a timer is next due may have moved."""
    answered: bool = False
    """Set by ``put_answer``: a simulator waiting (on whichever instance) has its app's answer."""
    unleased: bool = False
    """Set by ``put_app_data`` with no lease: a lease someone waits for may be free."""
    queued: bool = False
    """Set by ``put_send`` of a queued send: the communication layer's sender has work."""
    reconfigured: bool = False
    """Set when an org's providers or their defaults change: what routes sends must be read again."""
    published: bool = False
    """Set by ``add_webhook``: the outbound connectors have something to deliver."""
    erased: bool = False
    """Set by ``delete_customer``: instances that keep customers' states drop them all (the flag
    does not say whose; deletions are rare, and the states are read again)."""


EFFECTS = (
    "notified",
    "simulated",
    "rescheduled",
    "answered",
    "unleased",
    "queued",
    "reconfigured",
    "published",
    "erased",
)
"""The flags of ``Effects``."""


class CustomersTx(abc.ABC):
    """Customers and what identifies them (numbers, secondary ids, tags, metadata); their activity."""

    # -- customers and identity ---------------------------------------------------------------

    @abc.abstractmethod
    def create_customer(self, org_id: str, customer_id: str, now: float) -> None: ...

    @abc.abstractmethod
    def customer(self, customer_id: str) -> tuple[str, str | None] | None:
        """A customer's org and the customer it was merged into (None: not merged); None if
        there is no such customer (deleted ones included)."""

    def customer_org(self, customer_id: str) -> str | None:
        """The customer's org, or None if no such customer."""
        found = self.customer(customer_id)
        return found[0] if found else None

    def merged_into(self, customer_id: str) -> str | None:
        """The customer that adopted this one, if it was decommissioned."""
        found = self.customer(customer_id)
        return found[1] if found else None

    @abc.abstractmethod
    def find_by_number(self, org_id: str, number: NumberRow) -> str | None: ...

    @abc.abstractmethod
    def add_number(self, org_id: str, customer_id: str, number: NumberRow) -> None: ...

    @abc.abstractmethod
    def numbers(self, customer_id: str) -> list[NumberRow]: ...

    @abc.abstractmethod
    def find_by_secondary_id(self, org_id: str, key: str, value: str | None, now: float) -> str | None: ...

    @abc.abstractmethod
    def secondary_ids(self, customer_id: str, now: float) -> list[IndexRow]: ...

    @abc.abstractmethod
    def put_secondary_id(self, org_id: str, customer_id: str, index: IndexRow) -> None: ...

    @abc.abstractmethod
    def delete_secondary_id(self, customer_id: str, key: str, value: str | None) -> bool: ...

    @abc.abstractmethod
    def tags(self, customer_id: str, now: float) -> list[IndexRow]: ...

    @abc.abstractmethod
    def put_tag(self, org_id: str, customer_id: str, index: IndexRow) -> None: ...

    @abc.abstractmethod
    def delete_tag(self, customer_id: str, key: str) -> bool: ...

    @abc.abstractmethod
    def customers_with_tag(self, org_id: str, key: str, value: str | None, now: float) -> list[str]: ...

    @abc.abstractmethod
    def metadata(self, customer_id: str) -> dict[str, DataValue]: ...

    def identity(self, customer_id: str, now: float) -> Identity:
        """Tags, metadata, secondary ids and numbers at once (a store may read them in one go)."""
        return Identity(
            self.tags(customer_id, now),
            self.metadata(customer_id),
            self.secondary_ids(customer_id, now),
            self.numbers(customer_id),
        )

    @abc.abstractmethod
    def put_metadata(self, customer_id: str, key: str, value: DataValue) -> None: ...

    @abc.abstractmethod
    def delete_metadata(self, customer_id: str, key: str) -> bool: ...

    @abc.abstractmethod
    def customer_version(self, customer_id: str) -> int:
        """How many times the rows of the customer's state have changed (0: never, or not since
        versions were counted): every write to them, by anyone, counts within its transaction."""

    @abc.abstractmethod
    def version_by_id(self, org_id: str, customer_id: str) -> int | None:
        """In one statement (so as of one moment, in a snapshot or not): the version of the
        customer of ``org_id`` with this id, or None if there is none or it was merged."""

    @abc.abstractmethod
    def version_by_number(self, org_id: str, number: NumberRow) -> tuple[str, int] | None:
        """In one statement: the customer of ``org_id`` holding ``number`` and its version, or
        None if nobody does or its holder was merged."""

    @abc.abstractmethod
    def version_by_secondary_id(
        self, org_id: str, key: str, value: str | None, now: float
    ) -> tuple[str, int] | None:
        """In one statement: the customer of ``org_id`` with this secondary id (unexpired at
        ``now``) and its version, or None if nobody has it or its holder was merged."""

    # -- activity ------------------------------------------------------------------------------------

    @abc.abstractmethod
    def add_activity(self, org_id: str, customer_id: str, activity: ActivityRow) -> None: ...

    @abc.abstractmethod
    def activities(self, customer_id: str) -> list[ActivityRow]: ...


class AppDataTx(Effects, abc.ABC):
    """Each app's data on a customer (one value, leased) and its reminders for the customer."""

    # -- app data ------------------------------------------------------------------------------

    @abc.abstractmethod
    def app_data(self, customer_id: str, app_id: str) -> tuple[DataValue | None, float | None]:
        """The value and the time its lease lapses (None when not leased)."""

    @abc.abstractmethod
    def app_data_of(self, app_id: str, customer_ids: Collection[str]) -> dict[str, DataValue]:
        """The app's values for those customers at once (one who has none is left out)."""

    @abc.abstractmethod
    def put_app_data(
        self, customer_id: str, app_id: str, value: DataValue | None, lease_until: float | None
    ) -> None:
        """Write the value (None deletes it) and the lease."""

    # -- reminders ---------------------------------------------------------------------------------

    @abc.abstractmethod
    def put_reminder(self, reminder: ReminderRow) -> None: ...

    @abc.abstractmethod
    def delete_reminder(self, customer_id: str, app_id: str, key: str) -> bool: ...

    @abc.abstractmethod
    def delete_reminders(self, keys: Sequence[tuple[str, str, str]]) -> None:
        """Delete each (customer, app, key)'s reminder, in one statement run for all."""

    @abc.abstractmethod
    def reschedule_reminders(self, moves: Sequence[tuple[float, str, str, str]]) -> None:
        """Move each (remind_at, customer, app, key)'s reminder to its new time, in one
        statement run for all (repeating reminders that fired)."""

    @abc.abstractmethod
    def reminders(self, customer_id: str, app_id: str) -> list[ReminderRow]: ...

    @abc.abstractmethod
    def due_reminders(self, now: float, limit: int) -> list[ReminderRow]: ...

    @abc.abstractmethod
    def next_reminder_at(self) -> float | None: ...


class MessagingTx(Effects, abc.ABC):
    """Messages sent and received, messaging sessions, and consent per channel number."""

    @abc.abstractmethod
    def put_message(self, message: MessageRow) -> None:
        """Insert or replace a message (by message_id)."""

    @abc.abstractmethod
    def message(self, message_id: str) -> MessageRow | None: ...

    @abc.abstractmethod
    def message_by_provider_id(
        self, org_id: str, direction: str, provider_message_id: str
    ) -> MessageRow | None: ...

    @abc.abstractmethod
    def messages(self, customer_id: str, limit: int) -> list[MessageRow]:
        """The customer's latest ``limit`` messages, oldest first."""

    @abc.abstractmethod
    def put_session(self, session: SessionRow) -> None:
        """Insert or replace a session (by session_id)."""

    @abc.abstractmethod
    def session(self, session_id: str) -> SessionRow | None: ...

    @abc.abstractmethod
    def live_session(self, customer_id: str, channel: int, channel_number: str) -> SessionRow | None: ...

    @abc.abstractmethod
    def session_by_provider_id(self, org_id: str, provider_session_id: str) -> SessionRow | None: ...

    @abc.abstractmethod
    def sessions(self, customer_id: str, live: bool) -> list[SessionRow]:
        """The customer's live sessions, or the ended ones (oldest first)."""

    def all_sessions(self, customer_id: str) -> tuple[list[SessionRow], list[SessionRow]]:
        """The customer's live sessions and the ended ones (each oldest first), at once (a store
        may read them in one go)."""
        return self.sessions(customer_id, live=True), self.sessions(customer_id, live=False)

    @abc.abstractmethod
    def expired_sessions(self, now: float, limit: int) -> list[SessionRow]: ...

    @abc.abstractmethod
    def next_session_expiry(self) -> float | None: ...

    @abc.abstractmethod
    def put_consent(self, consent: ConsentRow) -> None: ...

    @abc.abstractmethod
    def consent(self, customer_id: str, channel: int, channel_number: str) -> ConsentRow | None: ...

    @abc.abstractmethod
    def consents(self, customer_id: str) -> list[ConsentRow]: ...


class PaymentsTx(abc.ABC):
    """Balances (purses, customers' wallets), the holds of pending payments, transactions.

    Each is the org's own: an account, a hold or a transaction id names one only within its org,
    so every operation takes the org (two orgs may name the same purse id)."""

    @abc.abstractmethod
    def balance(self, org_id: str, account: str, currency: str) -> BalanceRow | None: ...

    @abc.abstractmethod
    def balances(self, org_id: str, *, customer_id: str | None = None) -> list[BalanceRow]:
        """Every balance of an org, or (``customer_id``) a customer's wallet balances."""

    @abc.abstractmethod
    def put_balance(
        self, org_id: str, account: str, currency: str, actual: Decimal, customer_id: str | None = None
    ) -> None:
        """Set an account's actual balance (creating it), moving its sequence number on."""

    @abc.abstractmethod
    def hold(
        self, org_id: str, transaction_id: str, account: str, currency: str, amount: Decimal
    ) -> None: ...

    @abc.abstractmethod
    def release(self, org_id: str, transaction_id: str) -> bool:
        """Drop a transaction's hold; False when it had none."""

    @abc.abstractmethod
    def holds(self, org_id: str, account: str, currency: str) -> list[tuple[str, Decimal]]:
        """(transaction_id, amount) of the holds on an account."""

    @abc.abstractmethod
    def put_transaction(self, transaction: TransactionRow) -> None:
        """Insert or replace a transaction (by org_id and transaction_id)."""

    @abc.abstractmethod
    def transaction(self, org_id: str, transaction_id: str) -> TransactionRow | None: ...

    @abc.abstractmethod
    def transaction_by_provider_id(
        self, org_id: str, provider_transaction_id: str
    ) -> TransactionRow | None: ...

    @abc.abstractmethod
    def transactions(self, org_id: str, customer_id: str) -> list[TransactionRow]:
        """Transactions a customer is party to, oldest first."""

    @abc.abstractmethod
    def org_transactions(self, org_id: str) -> list[TransactionRow]: ...


@dataclass(frozen=True)
class IdempotentRow:
    """A command an app sent with an idempotency key: what it was (a hash) and its answer."""

    command_hash: str
    reply: bytes
    created_at: float


class AppsTx(abc.ABC):
    """What belongs to an app rather than a customer: its auth tokens, its by-tag work, the
    answers to its commands sent with idempotency keys."""

    # -- auth tokens ---------------------------------------------------------------------------------

    @abc.abstractmethod
    def put_token(self, token: str, org_id: str, app_id: str, expires_at: float) -> None: ...

    @abc.abstractmethod
    def token(self, token: str) -> tuple[str, str, float] | None:
        """(org_id, app_id, expires_at) of a token."""

    # -- background work ----------------------------------------------------------------------------

    @abc.abstractmethod
    def put_work(
        self, work_id: str, org_id: str, app_id: str, kind: str, body: bytes, now: float
    ) -> None: ...

    @abc.abstractmethod
    def finish_work(self, work_id: str, now: float) -> None: ...

    @abc.abstractmethod
    def unfinished_work(self) -> list[tuple[str, str, str, str, bytes]]:
        """(work_id, org_id, app_id, kind, body) of work a crash interrupted."""

    # -- idempotency keys ---------------------------------------------------------------------------

    @abc.abstractmethod
    def idempotent(self, org_id: str, app_id: str, key: str) -> IdempotentRow | None: ...

    @abc.abstractmethod
    def put_idempotent(
        self, org_id: str, app_id: str, key: str, command_hash: str, reply: bytes, now: float
    ) -> None:
        """Record a key with its command and answer (replacing one past its time)."""

    @abc.abstractmethod
    def answer_idempotent(self, org_id: str, app_id: str, key: str, reply: bytes) -> None:
        """The final answer in place of a recorded key's provisional one."""

    @abc.abstractmethod
    def forget_idempotent(self, before: float) -> int:
        """Drop keys recorded before ``before``; how many."""


class OutboxTx(Effects, abc.ABC):
    """Notifications to deliver, each in its order key's line, until delivered."""

    @abc.abstractmethod
    def enqueue(
        self,
        notification_id: str,
        org_id: str,
        app_id: str,
        kind: str,
        order_key: str,
        customer_id: str | None,
        body: bytes,
        now: float,
    ) -> None: ...

    @abc.abstractmethod
    def enqueue_many(self, rows: Sequence[Enqueued]) -> None:
        """``enqueue`` each, in one statement run for all (the ids of the rows keep their order)."""

    @abc.abstractmethod
    def deliverable(
        self,
        now: float,
        apps: Collection[tuple[str, str]],
        simulators: Collection[str],
        each: int,
        busy: frozenset[str],
        owner: str | None = None,
    ) -> list[OutboxRow]:
        """What to send now, fairly: for each (org, app) of ``apps`` its app notifications and for
        each org of ``simulators`` its simulator notifications, at most ``each`` of each, oldest
        first, that are due, head their order key's line (the oldest undelivered of the key) and
        whose order key is not ``busy``; interleaved (every one's first, then every one's
        second, ...). Notifications for anyone else are not read: a backlog waiting for an app
        that is not connected costs a pass nothing. A notification another owner than
        ``owner`` holds a live claim on (``ClaimsTx``) is left out, and so its line waits."""

    @abc.abstractmethod
    def delivered(self, row_id: int, now: float) -> None:
        """The row was answered: it leaves the outbox."""

    @abc.abstractmethod
    def retry_later(self, row_id: int, at: float) -> None:
        """Not answered: due again at ``at``, its claim let go."""

    @abc.abstractmethod
    def next_retry_at(self) -> float | None: ...

    # A simulator's ReceiveMessage waits for the app's answer to the notification it raised; the
    # app may be connected to another runtime instance, which records the answer here for the
    # waiting one to take.

    @abc.abstractmethod
    def await_answer(self, notification_id: str, until: float) -> None:
        """Someone waits for the answer to this notification (until ``until``, real time)."""

    @abc.abstractmethod
    def awaited(self, notification_id: str) -> bool: ...

    @abc.abstractmethod
    def put_answer(self, notification_id: str, answer: bytes) -> bool:
        """Give the waiter its answer; False when nobody waits (any more)."""

    @abc.abstractmethod
    def take_answer(self, notification_id: str) -> bytes | None:
        """The answer, if it came (the wait then ends); None while it has not."""

    @abc.abstractmethod
    def forget_wait(self, notification_id: str, now: float) -> None:
        """The wait ended (answered here, or given up); waits past their time go with it."""

    # Which orgs have a simulator connected, on any instance (a message then goes out SENT, not
    # QUEUED): each instance says which it serves, under a lease it renews.

    @abc.abstractmethod
    def put_presence(self, owner: str, org_ids: Collection[str], until: float) -> None:
        """``owner`` serves a simulator of each of ``org_ids`` (and no other) until ``until``."""

    @abc.abstractmethod
    def present(self, org_id: str, now: float) -> bool:
        """Whether some instance serves a simulator of the org (a lease not yet run out)."""

    @abc.abstractmethod
    def undelivered(self) -> int: ...

    @abc.abstractmethod
    def backlog(self) -> list[tuple[str, str, str, int]]:
        """(org id, app id, kind, how many) of the notifications not delivered yet."""


class CommsTx(Effects, abc.ABC):
    """The communication layer's tables: templates (versions), global variables, events and
    subscriptions, OTP configs and codes, sends (report rows and queued jobs), the suppression
    list and the audit log. Bodies of templates, events and OTP configs are their messages of
    comms.proto, serialized."""

    # -- templates ----------------------------------------------------------------------------

    @abc.abstractmethod
    def put_template(
        self, org_id: str, template_id: str, version: int, name: str, channel: int, body: bytes, now: float
    ) -> None: ...

    @abc.abstractmethod
    def template(self, org_id: str, template_id: str, version: int = 0) -> bytes | None:
        """A template's body: the version named, or the latest (0); None if absent or deleted."""

    @abc.abstractmethod
    def templates(self, org_id: str) -> list[bytes]:
        """The latest version of each of the org's templates (not deleted), by name."""

    @abc.abstractmethod
    def template_named(self, org_id: str, name: str) -> str | None:
        """The id of the org's (not deleted) template of that name."""

    @abc.abstractmethod
    def delete_template(self, org_id: str, template_id: str) -> bool: ...

    # -- global variables ---------------------------------------------------------------------

    @abc.abstractmethod
    def put_global(self, org_id: str, name: str, value: str, now: float) -> None: ...

    @abc.abstractmethod
    def delete_global(self, org_id: str, name: str) -> bool: ...

    @abc.abstractmethod
    def globals(self, org_id: str) -> dict[str, str]: ...

    # -- events and subscriptions -------------------------------------------------------------

    @abc.abstractmethod
    def put_event(self, org_id: str, name: str, body: bytes, now: float) -> None: ...

    @abc.abstractmethod
    def event(self, org_id: str, name: str) -> bytes | None: ...

    @abc.abstractmethod
    def events(self, org_id: str) -> list[bytes]: ...

    @abc.abstractmethod
    def delete_event(self, org_id: str, name: str) -> bool: ...

    @abc.abstractmethod
    def put_subscription(
        self, org_id: str, event: str, customer_id: str, subscribed: bool, now: float
    ) -> None: ...

    @abc.abstractmethod
    def subscription(self, org_id: str, event: str, customer_id: str) -> bool | None:
        """Whether the customer opted in (True) or out (False) of the event; None: neither."""

    # -- OTP ----------------------------------------------------------------------------------

    @abc.abstractmethod
    def put_otp_config(self, org_id: str, name: str, body: bytes) -> None: ...

    @abc.abstractmethod
    def otp_config(self, org_id: str, name: str) -> bytes | None: ...

    @abc.abstractmethod
    def otp_configs(self, org_id: str) -> list[bytes]: ...

    @abc.abstractmethod
    def put_otp(self, otp: OtpRow) -> None: ...

    @abc.abstractmethod
    def otp(self, otp_id: str) -> OtpRow | None: ...

    @abc.abstractmethod
    def update_otp(self, otp_id: str, attempts: int, state: str) -> None: ...

    @abc.abstractmethod
    def otp_sends(self, org_id: str, config: str, address: str, since: float) -> int:
        """How many codes were sent to ``address`` under ``config`` from ``since`` on."""

    @abc.abstractmethod
    def retire_otps(self, org_id: str, config: str, address: str) -> int:
        """Pending codes for ``address`` under ``config`` become used (a newer one replaces them)."""

    @abc.abstractmethod
    def comms_key(self, org_id: str, new_key: bytes) -> bytes:
        """The org's key for hashing codes: the one kept, or ``new_key`` kept from now on."""

    # -- sends (report rows; queued ones are jobs) --------------------------------------------

    @abc.abstractmethod
    def put_send(self, send: SendRow) -> int:
        """Record a send; its row id. A queued one sets ``queued``."""

    @abc.abstractmethod
    def sends(self, ids: Collection[int]) -> list[SendRow]: ...

    @abc.abstractmethod
    def sends_by_report(self, report_ids: Collection[str]) -> list[SendRow]: ...

    @abc.abstractmethod
    def send_states(self, ids: Collection[int]) -> dict[int, tuple[int, float, str, bool]]:
        """Of each send that exists: its status, when it is due, its address and whether it still
        has a body (what may have changed since a read of it, by a pause, a cancel or erasure)."""

    @abc.abstractmethod
    def due_sends(self, now: float, lease_now: float, limit: int) -> list[int]:
        """Ids of sends that are queued and due by ``now`` (the runtime's clock), or in flight
        under an expired lease (by ``lease_now``, real time), oldest first."""

    @abc.abstractmethod
    def retry_send(self, row_id: int, due_at: float, now: float, error_code: str, error_message: str) -> bool:
        """Every provider failed the send (in flight) for now: queued again, due at ``due_at``,
        one attempt more. False if it is no longer in flight (another sender settled it)."""

    @abc.abstractmethod
    def receipt(
        self, org_id: str, provider: str, provider_message_id: str, status: int, now: float
    ) -> SendRow | None:
        """A provider's receipt for the message it gave this id (the first part's, for a long
        one): a sent row moves to ``status``; the row, or None if none matched."""

    @abc.abstractmethod
    def mark_delivered(self, report_id: str, now: float) -> bool:
        """A sent message reached its recipient (a receipt, the simulator's acknowledgement)."""

    @abc.abstractmethod
    def unsend(self, ids: Collection[int]) -> None:
        """In-flight sends never handed to a provider: queued again."""

    @abc.abstractmethod
    def mark_sending(self, ids: Collection[int], now: float) -> None:
        """These sends are in flight (handed to a provider)."""

    @abc.abstractmethod
    def next_send_due(self) -> float | None:
        """When the earliest queued send nobody holds falls due (the runtime's clock)."""

    @abc.abstractmethod
    def update_send(
        self,
        row_id: int,
        status: int,
        now: float,
        provider: str = "",
        provider_message_id: str = "",
        error_code: str = "",
        error_message: str = "",
        expect: int | None = None,
    ) -> bool:
        """A send's new status (once it is neither queued nor in flight, its body is dropped and
        its claim let go); with ``expect``, only if that is its status now. Whether it changed."""

    @abc.abstractmethod
    def reports(self, query: ReportFilter, before: tuple[float, int] | None, limit: int) -> list[SendRow]:
        """Report rows matching ``query``, newest first, strictly before ``before`` (created_at,
        row id) when given."""

    # -- providers added through the API ------------------------------------------------------

    @abc.abstractmethod
    def put_provider(self, org_id: str, name: str, body: bytes, secret: str | None, now: float) -> None:
        """Add or change a provider (``body``: its ProviderInfo); ``secret`` None keeps the one it has."""

    @abc.abstractmethod
    def delete_provider(self, org_id: str, name: str) -> bool: ...

    @abc.abstractmethod
    def providers(self, org_id: str) -> list[tuple[str, bytes, str]]:
        """The org's providers added through the API: (name, body, secret), by name."""

    @abc.abstractmethod
    def put_provider_defaults(self, org_id: str, key: str, names: tuple[str, ...]) -> None:
        """The providers ``key`` ("transactional_sms"...) tries, in order (none: the config's)."""

    @abc.abstractmethod
    def provider_defaults(self, org_id: str) -> dict[str, tuple[str, ...]]: ...

    # -- suppression and audit ----------------------------------------------------------------

    @abc.abstractmethod
    def put_suppression(self, org_id: str, channel: int, address: str, reason: str, now: float) -> None: ...

    @abc.abstractmethod
    def delete_suppression(self, org_id: str, channel: int, address: str) -> bool: ...

    @abc.abstractmethod
    def suppressed(self, org_id: str, channel: int, address: str) -> bool: ...

    @abc.abstractmethod
    def suppressions(
        self, org_id: str, channel: int, after: tuple[int, str] | None, limit: int
    ) -> list[tuple[int, str, str, float]]:
        """(channel, address, reason, created_at), by channel and address, after ``after``."""

    @abc.abstractmethod
    def put_audit(
        self, org_id: str, app_id: str, actor: str, action: str, subject: str, detail: str, now: float
    ) -> None: ...

    @abc.abstractmethod
    def audit_log(
        self, org_id: str, since: float, until: float, before: int | None, limit: int
    ) -> list[AuditRow]:
        """Audit entries in [since, until), newest first, with row ids below ``before``."""


class AudiencesTx(Effects, abc.ABC):
    """Audiences (imported contacts, or customers drawn by tag) and campaigns. A contact is
    unique in its audience by phone number and by email address (unique indexes: a duplicate
    is dropped by the database, not found in memory)."""

    @abc.abstractmethod
    def put_audience(self, audience: AudienceRec) -> None: ...

    @abc.abstractmethod
    def audience(self, org_id: str, audience_id: str = "", name: str = "") -> AudienceRec | None:
        """The org's audience by id, or by name."""

    @abc.abstractmethod
    def audiences(self, org_id: str) -> list[AudienceRec]: ...

    @abc.abstractmethod
    def update_audience(
        self,
        audience_id: str,
        next_chunk: int,
        rows: int,
        members: int,
        rejected: int,
        state: int,
        now: float,
    ) -> None:
        """Where its import stands (counts added to those it has)."""

    @abc.abstractmethod
    def add_members(self, audience_id: str, members: list[MemberRow]) -> set[int]:
        """Add contacts; the lines of those added (the others duplicate a contact it has)."""

    @abc.abstractmethod
    def members_matching(
        self, audience_id: str, phones: Collection[str], emails: Collection[str]
    ) -> list[MemberRow]:
        """Its contacts with one of these phone numbers or email addresses."""

    @abc.abstractmethod
    def add_rejects(self, audience_id: str, rejects: list[tuple[int, str]]) -> None:
        """Rows not kept: (line, why)."""

    @abc.abstractmethod
    def rejects(self, audience_id: str, after_line: int, limit: int) -> list[tuple[int, str]]: ...

    @abc.abstractmethod
    def members(self, audience_id: str, after_id: int, limit: int) -> list[MemberRow]:
        """Its contacts in the order they were added, after member ``after_id``."""

    @abc.abstractmethod
    def count_members(self, audience_id: str, after_id: int = 0) -> int: ...

    @abc.abstractmethod
    def draw_members(self, org_id: str, audience_id: str, key: str, value: str, now: float) -> int:
        """Add the org's customers with a live tag ``key`` (of ``value``, unless empty), each with
        their first phone number and email address; how many."""

    @abc.abstractmethod
    def delete_audience(self, audience_id: str) -> bool: ...

    # -- campaigns ------------------------------------------------------------------------------

    @abc.abstractmethod
    def put_campaign(self, campaign: CampaignRec) -> None: ...

    @abc.abstractmethod
    def campaign(self, org_id: str, campaign_id: str) -> CampaignRec | None: ...

    @abc.abstractmethod
    def campaigns(self, org_id: str, state: int = 0) -> list[CampaignRec]:
        """The org's campaigns (of a state, unless 0), newest first."""

    @abc.abstractmethod
    def campaigns_by_row(self, ids: Collection[int]) -> list[CampaignRec]: ...

    @abc.abstractmethod
    def update_campaign(self, campaign: CampaignRec, expect: int | None = None) -> bool:
        """Write a campaign's body, state and standing (its version moves on); with ``expect``,
        only if its version is that still (nobody changed it since it was read). Whether it
        was written. A campaign now due sets ``queued``."""

    @abc.abstractmethod
    def due_campaigns(self, now: float, lease_now: float, limit: int, owner: str) -> list[int]:
        """Row ids of campaigns running, or scheduled to start by ``now`` (the runtime's clock),
        that nobody else holds (no claim, ``owner``'s, or one expired by ``lease_now``)."""

    @abc.abstractmethod
    def next_campaign_start(self) -> float | None:
        """When the earliest scheduled campaign starts (the runtime's clock)."""

    @abc.abstractmethod
    def campaign_counts(self, org_id: str, campaign_id: str) -> dict[int, int]:
        """How many of its sends have each status."""

    @abc.abstractmethod
    def campaign_recent(self, org_id: str, campaign_id: str, limit: int) -> list[int]:
        """The statuses of its last ``limit`` sends that were settled (sent, delivered, failed)."""

    @abc.abstractmethod
    def campaign_due(self, org_id: str, campaign_id: str, now: float) -> int:
        """How many of its sends are queued and due by ``now`` or in flight."""

    @abc.abstractmethod
    def put_sends(self, sends: list[SendRow]) -> int:
        """Record sends; one of a campaign to an address it already sent to is dropped. How many
        were recorded; a queued one sets ``queued``."""

    @abc.abstractmethod
    def hold_campaign_sends(self, org_id: str, campaign_id: str, due_at: float) -> int:
        """Its queued sends fall due at ``due_at`` (a pause puts them off; a resume brings them
        back); how many."""

    @abc.abstractmethod
    def skip_campaign_sends(self, org_id: str, campaign_id: str, now: float, code: str, message: str) -> int:
        """Its queued sends are skipped (cancelled); how many."""

    @abc.abstractmethod
    def promotional_sends(self, org_id: str, address: str, since: float) -> int:
        """Promotional messages queued, sent or delivered to ``address`` from ``since`` on."""

    # -- a window of contacts at once (a campaign's step) ---------------------------------------

    @abc.abstractmethod
    def customers_with_numbers(self, org_id: str, provider: int, numbers: Collection[str]) -> dict[str, str]:
        """The customers holding these numbers (of ``provider``, no partition): number -> id."""

    @abc.abstractmethod
    def suppressed_among(self, org_id: str, channel: int, addresses: Collection[str]) -> set[str]:
        """Those of ``addresses`` on the org's suppression list for ``channel``."""

    @abc.abstractmethod
    def promotional_counts(self, org_id: str, addresses: Collection[str], since: float) -> dict[str, int]:
        """``promotional_sends`` of each of ``addresses`` that has any."""


JOBS = frozenset({"outbox", "comms_sends", "comms_campaigns", "connector_deliveries", "inbound_events"})
"""The tables whose rows are claimed jobs (each has ``owner`` and ``lease_until`` columns)."""


class ClaimsTx(abc.ABC):
    """Jobs that one worker does at a time, whichever runtime instance it runs in: a job (a row
    of one of ``JOBS``) has an owner and a lease expiry. A claim takes the jobs nobody holds
    (no owner, or a lease expired by ``now``, or the claimant's own) and holds them until the
    lease ends; a worker that dies leaves its jobs to the others when its leases run out.
    Claims are writes, so two claimants never both get a job: on SQLite one writer at a
    time; on PostgreSQL the rows are locked as they are claimed (``FOR UPDATE SKIP LOCKED``),
    and a row another transaction is claiming is skipped, not waited for."""

    @abc.abstractmethod
    def claim(self, jobs: str, ids: Collection[int], owner: str, until: float, now: float) -> list[int]:
        """Claim those of ``ids`` that ``owner`` may hold now, until ``until``; the ids claimed."""

    @abc.abstractmethod
    def renew_claims(self, jobs: str, owner: str, until: float) -> int:
        """Move the lease of every job ``owner`` holds to ``until``; how many."""

    @abc.abstractmethod
    def release_claims(self, jobs: str, owner: str, ids: Collection[int] | None = None) -> int:
        """Let go of ``owner``'s claims (all of them when ``ids`` is None); how many."""


@dataclass(frozen=True)
class DomainEvent:
    """Something that happened to an org's data, as the runtime's outbound connectors name it
    (``reward.issued``, ``message.received``): written by the transaction that made it happen."""

    org_id: str
    type: str
    customer_id: str | None
    occurred_at: float  # the runtime's clock
    data: object  # a protobuf message (what the app was notified of) or a JSON-able dict
    order_key: str = ""  # deliveries of one key go in order (default: the customer, else the org)


Publisher = Callable[["Tx", DomainEvent], None]
"""Who hears of domain events, in the transaction that raised them (the outbound connectors)."""


WEBHOOK_PENDING, WEBHOOK_DELIVERED, WEBHOOK_FAILED = 0, 1, 2


@dataclass(frozen=True)
class WebhookRow:
    """One delivery of one event to one outbound connector."""

    row_id: int
    org_id: str
    connector: str
    webhook_id: str  # the ``webhook-id`` header: the same on every attempt
    event_type: str
    customer_id: str | None
    order_key: str
    body: str  # the JSON body, fixed when the event happened
    created_at: float
    attempts: int
    next_attempt: float
    status: int  # WEBHOOK_PENDING, WEBHOOK_DELIVERED, WEBHOOK_FAILED
    last_code: int  # the last attempt's HTTP status (0: no answer)
    last_error: str
    settled_at: float | None


INBOUND_QUEUED, INBOUND_APPLIED, INBOUND_IGNORED, INBOUND_FAILED = 0, 1, 2, 3


@dataclass(frozen=True)
class InboundRow:
    """An event an inbound connector accepted: queued until its actions ran (or failed)."""

    row_id: int
    org_id: str
    connector: str
    event_id: str
    audience: str
    action: str  # "entered" or "exited"
    identities: str  # JSON: {phone, email, customer_id, secondary_ids: {key: value}}
    properties: str  # JSON
    received_at: float
    status: int  # INBOUND_QUEUED, INBOUND_APPLIED, INBOUND_IGNORED, INBOUND_FAILED
    customer_id: str | None
    outcome: str  # JSON: what was done, or why not
    settled_at: float | None


class ConnectorsTx(Effects, abc.ABC):
    """The outbound connectors' deliveries (a durable outbox of webhooks, claimed by one worker
    at a time) and each connector's health."""

    @abc.abstractmethod
    def add_webhook(
        self, org_id: str, connector: str, webhook_id: str, event_type: str, customer_id: str | None,
        order_key: str, body: str, now: float,
    ) -> None: ...  # fmt: skip

    @abc.abstractmethod
    def due_webhooks(
        self, org_id: str, connector: str, now: float, lease_now: float, owner: str, limit: int
    ) -> list[WebhookRow]:
        """Up to ``limit`` of the connector's pending deliveries due by ``now`` that head their
        order key's line and that nobody holds (not even ``owner``: what it holds is in flight),
        oldest first."""

    @abc.abstractmethod
    def webhooks_by_id(self, ids: Collection[int]) -> list[WebhookRow]: ...

    @abc.abstractmethod
    def settle_webhook(self, row_id: int, status: int, code: int, error: str, now: float) -> None:
        """Delivered or failed for good: its line moves on, its claim is let go."""

    @abc.abstractmethod
    def retry_webhook(self, row_id: int, at: float, code: int, error: str) -> None:
        """Failed for now: attempted once more, due again at ``at``, its claim let go."""

    @abc.abstractmethod
    def next_webhook_due(self) -> float | None:
        """When the earliest pending delivery of a connector not disabled falls due."""

    @abc.abstractmethod
    def list_webhooks(
        self,
        org_id: str,
        connector: str,
        status: int | None,
        since: float,
        until: float,
        after_id: int,
        limit: int,
    ) -> list[WebhookRow]:
        """A connector's deliveries (of one status, or all) created in [since, until), by id after
        ``after_id``."""  # fmt: skip

    @abc.abstractmethod
    def replay_webhooks(
        self, org_id: str, connector: str, ids: Collection[str], since: float, until: float, now: float
    ) -> int:
        """Failed deliveries pending again, due now, attempts from zero: those of ``ids``
        (webhook ids) if given, else those created in [since, until); how many."""

    @abc.abstractmethod
    def webhook_counts(self, org_id: str, connector: str) -> dict[int, int]:
        """How many deliveries of the connector are in each status."""

    @abc.abstractmethod
    def connector_health(self, org_id: str, connector: str) -> tuple[float | None, float | None]:
        """(failing since, disabled at) of an outbound connector; (None, None) when healthy."""

    @abc.abstractmethod
    def set_connector_health(
        self, org_id: str, connector: str, failing_since: float | None, disabled_at: float | None
    ) -> None: ...

    @abc.abstractmethod
    def hasten_webhooks(self, org_id: str, connector: str, now: float) -> int:
        """The connector's pending deliveries due later than ``now`` due now (enabled again);
        how many."""

    @abc.abstractmethod
    def disabled_connectors(self) -> set[tuple[str, str]]:
        """(org id, connector) of every disabled outbound connector."""

    # outbound connectors added through the API (the config file's are not stored)

    @abc.abstractmethod
    def put_webhook_connector(
        self, org_id: str, name: str, settings: str, secret: str | None, now: float
    ) -> None:
        """Add or change one (``settings``: JSON); ``secret`` None keeps the one it has."""

    @abc.abstractmethod
    def delete_webhook_connector(self, org_id: str, name: str) -> bool:
        """Remove one, with its pending deliveries and its health; False if there was none."""

    @abc.abstractmethod
    def webhook_connectors(self, org_id: str) -> list[tuple[str, str, str]]:
        """(name, settings JSON, secret) of the org's connectors added through the API."""

    # inbound events: deduplicated by id per connector, queued, applied once

    @abc.abstractmethod
    def add_inbound(
        self,
        org_id: str,
        connector: str,
        event_id: str,
        audience: str,
        action: str,
        identities: str,
        properties: str,
        now: float,
    ) -> bool:
        """Queue an event; False (nothing written) if the connector has it already."""  # fmt: skip

    @abc.abstractmethod
    def inbound_event(self, org_id: str, connector: str, event_id: str) -> InboundRow | None: ...

    @abc.abstractmethod
    def queued_inbound(self, lease_now: float, owner: str, limit: int) -> list[int]:
        """Queued events nobody holds (not even ``owner``), oldest first."""

    @abc.abstractmethod
    def inbound_by_id(self, ids: Collection[int]) -> list[InboundRow]: ...

    @abc.abstractmethod
    def settle_inbound(
        self, row_id: int, status: int, customer_id: str | None, outcome: str, now: float
    ) -> None:
        """Applied, ignored or failed: its claim let go."""

    @abc.abstractmethod
    def replay_inbound(self, org_id: str, connector: str, event_id: str) -> bool:
        """A failed event queued again; False if there is no failed event of that id."""

    @abc.abstractmethod
    def forget_inbound(self, before: float) -> int:
        """Settled events received before ``before`` forgotten (their ids deduplicate no more)."""


class Tx(
    CustomersTx,
    AppDataTx,
    MessagingTx,
    PaymentsTx,
    AppsTx,
    OutboxTx,
    ClaimsTx,
    CommsTx,
    AudiencesTx,
    ConnectorsTx,
):
    """One store transaction: every aggregate's operations, and the two that span them all."""

    publisher: Publisher | None = None
    """Set by the store from ``Store.publisher``."""

    opened: float = 0.0
    """When a snapshot (``snapshot``) began (``time.monotonic()``), before its first statement:
    what a read in it sees committed no later than that (kept states: ``States.clear``); 0
    otherwise."""
    snapshot: bool = False
    """True in ``Store.read()``: one snapshot of what has committed, nothing of its own written
    (what it reads may be kept as it is, beside the versions it read)."""

    def publish(self, event: DomainEvent) -> None:
        """Tell the store's publisher (if any) of a domain event, within this transaction."""
        if self.publisher is not None:
            self.publisher(self, event)

    @abc.abstractmethod
    def savepoint(self) -> AbstractContextManager[None]:
        """What the block does takes effect with the transaction, or, if the block raises, not at
        all, while the rest of the transaction goes on (one command of a group commit). Raises
        ``TransactionAborted`` when the store rolled the whole transaction back meanwhile."""

    @abc.abstractmethod
    def adopt(self, customer_id: str, other_id: str) -> None:
        """Move the other customer's identity and history here (existing keys win); decommission it."""

    @abc.abstractmethod
    def delete_customer(self, customer_id: str) -> None:
        """Erase the customer and everything kept about them."""


class Store(abc.ABC):
    publisher: Publisher | None = None
    """Who hears of domain events (``Tx.publish``): the runtime's outbound connectors."""
    shared = False
    """Whether other runtime instances may work on this store at once (and wake this one)."""
    readers = 1
    """How many threads should run reads at once (a store whose statements wait on a server
    gains from several; one whose statements run in this process, under the GIL, does not)."""
    woken: Counter[str]
    """How many times the watch (``watch``) called each flag's callback for a commit it heard of
    (another instance's or process's: a store's own commits woke what they concern already)."""
    on_loop = False
    """Whether the runtime may run this store's work on the thread that reads the sockets (the
    WebSocket event loop) instead of handing it to a reader or the committer: for a store whose
    statements run on a local file and wait on no server (SQLite), where the hand-offs there and
    back cost more than a read or a small group of writes. Reads run there (``get_state``), and
    writes when ``transaction_now`` finds the write lock free: the loop never waits for it."""

    @abc.abstractmethod
    def transaction(self, keys: Collection[Hashable] | None = None) -> AbstractContextManager[Tx]:
        """A transaction: commits when the block ends, rolls back if it raises.

        ``keys``: what the block reads and writes (the ``ordering`` keys of the commands in it:
        customers, purses, numbers and secondary ids no one holds yet), so that a store shared
        by several processes runs at once only blocks whose keys differ. ``()``: only rows the
        block's caller holds already (claimed jobs, its own presence). None (the default): it
        may touch anything, and runs alone. A store only one process writes may ignore them."""

    def transaction_now(self) -> AbstractContextManager[Tx] | None:
        """A transaction (that may touch anything) if one can begin without waiting, else None:
        for the event loop, which must not wait. A store whose transactions wait on a server:
        always None."""
        return None

    def write_first(self) -> None:
        """The calling thread's transactions go before other threads' waiting for the store's write
        lock (the committer: commands an app waits on, ahead of background batches). A store whose
        writers do not wait on one lock ignores it."""
        return None  # PostgreSQL: each transaction locks only the rows and keys it touches

    def ping(self) -> None:
        """Raises (saying why) when the store cannot be read now: the health check."""
        with self.read() as tx:
            tx.undelivered()

    def read(self) -> AbstractContextManager[Tx]:
        """For a lookup that writes nothing: a consistent view of what has committed, which a store
        may give without the write lock (SQLite: a snapshot on a read-only connection). Never
        inside a ``transaction()``: it need not see that transaction's writes."""
        return self.transaction()

    def lookup(self) -> AbstractContextManager[Tx]:
        """For a lookup of a statement or two that need no common snapshot (what a name points
        to, to order commands by): what has committed, as cheaply as the store can."""
        return self.read()

    def watch(self, wake: Mapping[str, Callable[[], None]]) -> None:
        """Call ``wake[flag]`` when another process's transaction set that flag of ``Effects``
        (wrote a notification, moved a timer, answered a waiting simulator, freed a lease), on a
        store several runtime instances share. This process's own transactions say so
        themselves: a store only one process opens has nothing to tell."""
        del wake

    @abc.abstractmethod
    def close(self) -> None: ...

    @property
    @abc.abstractmethod
    def schema_version(self) -> int: ...


def tell(call: Callable[[], None]) -> None:
    """For a store's watch: call what waits on another instance's commit; what goes wrong there is
    logged, and the watch goes on."""
    try:
        call()
    except Exception:
        logging.getLogger("elarian_server.store").exception(
            "waking what waits on another instance's commit failed"
        )


def chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
