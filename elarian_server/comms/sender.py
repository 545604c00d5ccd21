"""The sender: sends the communication layer's queued sends, soon after they were queued,
whichever runtime instance queued them.

Theory of operation
-------------------
A queued send is a report row with status QUEUED and the rendered message. The sender, one
thread per runtime, wakes when a commit queued one (``Effects.queued``, also from other
instances through ``Store.watch``) or when the earliest falls due, and works in passes:

1. A read finds up to ``batch`` due rows, and what the simulator provider will be handed for
   them is built then. One transaction claims them (``ClaimsTx``: on PostgreSQL the rows are
   locked as they are claimed and rows another instance is claiming are skipped, so each row
   has one sender), takes a row as read only if nothing changed it since (a pause, a cancel,
   an erasure: ``send_states``), and marks each SENDING. From here on the row is *in flight*.
2. Each row is handed to its provider, then its outcome (SENT, FAILED) is recorded, the claim
   let go, and the app that queued it told (a ``comms_send_status`` notification). The
   simulator provider takes a message by writing to the outbox, so a row for it is sent and
   settled within the claiming transaction itself: nothing of it is ever in flight, and it
   goes out exactly once whatever crashes.
3. A row still SENDING when its claim's lease ran out was in flight when its sender died:
   whether the provider took it cannot be known, so it is not sent again; it becomes
   UNKNOWN, and the app is told.

Leases run on real time (they are about processes, not the customers' calendar); when a
send is due runs on the runtime's clock.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace

from elarian_sync._convert import set_timestamp
from elarian_sync._generated import app_socket_pb2 as A
from elarian_sync._generated import comms_pb2 as CM
from elarian_sync._generated import messaging_pb2 as M

from ..background import ClaimsWorker
from ..clock import Clock
from ..config import SIMULATOR_PROVIDER, Config, Org, ProviderSettings
from ..engine.common import new_id
from ..engine.messaging.history import set_status
from ..store.base import Enqueued, SendRow, Store, Tx
from .bound import MESSAGE_STATUS, MESSAGING, bound, chain
from .limits import CircuitBreaker, RateLimit
from .providers import SIMULATOR, Outgoing, Provider, ProviderError, SimulatorProvider, external
from .service import outcome

log = logging.getLogger("elarian_server.comms")

JOBS = "comms_sends"
RETRY_AFTER = (60.0, 300.0, 1800.0)
"""When every provider failed a send for now: tried again this much later (the runtime's clock),
then failed for good."""


@dataclass(frozen=True)
class _Outcome:
    """What a provider said of one send, for the sender thread to write."""

    row: SendRow
    status: int
    code: str
    message: str
    provider: str
    provider_id: str
    bounce: bool
    retry: bool  # an async send: if every provider failed it for now, queued again for later


Receipt = Callable[[str, str, str, bool], None]
"""(org id, provider name, the provider's message id, delivered or not)."""
Inbound = Callable[[str, str, str, str], None]
"""(org id, the customer's number, the channel number it was sent to, text)."""


class Providers:
    """The runtime's outside providers, each with its circuit breaker and rate limit, made when
    first used; what an SMPP link brings in (receipts, mobile-originated messages) goes to
    ``on_receipt`` and ``on_inbound``."""

    def __init__(self, on_receipt: Receipt | None = None, on_inbound: Inbound | None = None) -> None:
        self._made: dict[tuple[str, str], tuple[Provider, CircuitBreaker, RateLimit]] = {}
        self._lock = threading.Lock()
        self.on_receipt: Receipt = on_receipt or (lambda org_id, provider, message_id, delivered: None)
        self.on_inbound: Inbound = on_inbound or (lambda org_id, number, to, text: None)

    def get(self, org_id: str, settings: ProviderSettings) -> tuple[Provider, CircuitBreaker, RateLimit]:
        key = (org_id, settings.name)
        with self._lock:
            made = self._made.get(key)
            if made is not None and made[0].settings != settings:  # changed through the API
                made[0].close()
                made = None
            if made is None:
                provider = external(
                    settings,
                    lambda name, message_id, delivered: self.on_receipt(org_id, name, message_id, delivered),
                    lambda number, to, text: self.on_inbound(org_id, number, to, text),
                )
                made = self._made[key] = (provider, CircuitBreaker(), RateLimit(settings.rate))
            return made

    def start(self, orgs: list[Org]) -> None:
        """Bind the links that bring messages in (SMPP) at once, not at the first send."""
        for org in orgs:
            for settings in org.providers:
                if settings.kind == "smpp":
                    self.get(org.org_id, settings)

    def circuit(self, org_id: str, settings: ProviderSettings) -> str:
        """Its circuit's state, without making (or binding) a provider nobody has used."""
        with self._lock:
            made = self._made.get((org_id, settings.name))
        return made[1].state if made is not None and made[0].settings == settings else "closed"

    def prune(self, routes: Callable[[str], Org | None]) -> None:
        """Let go of providers no org has any more, or has changed (an API change)."""
        with self._lock:
            stale = []
            for (org_id, name), made in list(self._made.items()):
                org = routes(org_id)
                now = org.provider(name) if org is not None else None
                if now != made[0].settings:
                    stale.append(self._made.pop((org_id, name))[0])
        for provider in stale:
            provider.close()

    def check(self, org_id: str, settings: ProviderSettings) -> str:
        return self.get(org_id, settings)[0].check()

    def close(self) -> None:
        with self._lock:
            made, self._made = self._made, {}
        for provider, _, _ in made.values():
            provider.close()


def outgoing(row: SendRow, message: M.OutboundMessage, sender: str) -> Outgoing:
    body = message.body
    return Outgoing(
        report_id=row.report_id,
        channel=row.channel,
        to=row.address,
        sender=sender,
        text=body.email.body_plain if body.HasField("email") else body.text,
        subject=body.email.subject,
        html=body.email.body_html,
        from_address=row.from_address,
        reply_to=row.reply_to,
        promotional=row.category == CM.COMMS_CATEGORY_PROMOTIONAL,
    )


def last_provider(error: ProviderError) -> str:
    return str(error).partition(":")[0]


QUEUED, SENDING, SENT = CM.COMMS_SEND_STATUS_QUEUED, CM.COMMS_SEND_STATUS_SENDING, CM.COMMS_SEND_STATUS_SENT
DELIVERED = CM.COMMS_SEND_STATUS_DELIVERED
FAILED, UNKNOWN = CM.COMMS_SEND_STATUS_FAILED, CM.COMMS_SEND_STATUS_UNKNOWN


def notify_outcome(tx: Tx, row: SendRow, now: float) -> None:
    """Tell the app that queued ``row`` how it went."""
    env = A.ServerToAppNotification()
    carrier = env.comms
    carrier.org_id, carrier.app_id = row.org_id, row.app_id
    set_timestamp(carrier.created_at, now)
    carrier.notification_id = new_id("el_ntf_")
    status = carrier.send_status
    status.outcome.CopyFrom(outcome(row))
    status.customer_id = row.customer_id or ""
    status.event = row.event
    # a customer's in order with their other notifications; an address's in order per address
    order = f"{row.customer_id}/{row.app_id}" if row.customer_id else f"comms/{row.app_id}/{row.address}"
    tx.enqueue(
        carrier.notification_id, row.org_id, row.app_id, "app", order, row.customer_id,
        env.SerializeToString(), now,
    )  # fmt: skip


class Sender(ClaimsWorker):
    def __init__(
        self,
        store: Store,
        clock: Clock,
        config: Config,
        committed: Callable[[Tx], None],
        *,
        lease: float = 30.0,
        batch: int = 64,
        owner: str | None = None,
        rate: float = 0.0,
        routes: Callable[[str], Org | None] | None = None,
        background: bool = True,
    ) -> None:
        super().__init__(store, clock, jobs=JOBS, role="sender", lease=lease, owner=owner)
        # whether it takes queued sends and binds the providers' links that bring messages in;
        # without (an instance that leaves background work to others) it only keeps the leases
        # of the sync sends made here
        self.background = background
        self.config = config
        # an org with every provider it has (the config's and the API's)
        self.routes: Callable[[str], Org | None] = routes or config.orgs.get
        self.committed = committed  # wakes what a transaction's effects concern (delivery)
        self.batch = batch
        self.simulator = SimulatorProvider()
        # the simulator provider's rate limit (messages/s, 0: none): a token bucket on
        # monotonic time holding at most one second's worth
        self.rate = RateLimit(rate)
        self.sent = 0  # sends this sender handed to a provider and saw accepted
        self.providers = Providers(self._receipt)
        self._receipts = threading.Lock()  # a receipt and the outcome it may overtake, one at a time
        self._early: dict[tuple[str, str, str], bool] = {}
        self._workers: dict[tuple[str, str], ThreadPoolExecutor] = {}  # per outside provider
        self._inflight = 0  # rows out with outside providers (their leases are renewed)
        self._inflight_lock = threading.Lock()
        self._outcomes: queue.SimpleQueue[_Outcome] = queue.SimpleQueue()  # from the workers
        self.on_settled: Callable[[], None] = lambda: None  # sends settled (a campaign may take more)

    def reconfigured(self) -> None:
        """Providers changed (the directory was dropped): close the ones gone or changed, and
        bind the links that bring messages in again; on a thread of its own, as closing a link
        waits for it and the caller may be the committer."""
        if not self.background:
            return

        def redo() -> None:
            try:
                self.providers.prune(self.routes)
                self.providers.start([org for o in self.config.orgs if (org := self.routes(o)) is not None])
            except Exception:
                log.exception("providers could not be set up again after a change")

        threading.Thread(target=redo, name="elarian-server-providers", daemon=True).start()

    def start(self) -> None:
        super().start()
        if self.background:
            self.providers.start([org for o in self.config.orgs if (org := self.routes(o)) is not None])

    def _receipt(self, org_id: str, provider: str, message_id: str, delivered: bool) -> None:
        """A provider's delivery receipt: the report row, and the runtime's own message, move on.
        One that comes before its send's outcome is written (an SMSC answers the submit and
        sends the receipt at once) waits for it (``_early``)."""
        with self._receipts:
            with self.store.transaction(keys=()) as tx:
                if not self._apply_receipt(tx, org_id, provider, message_id, delivered):
                    self._early[(org_id, provider, message_id)] = delivered
                    while len(self._early) > 10_000:  # receipts for sends never recorded here
                        del self._early[next(iter(self._early))]
            self.committed(tx)

    def _apply_receipt(self, tx: Tx, org_id: str, provider: str, message_id: str, delivered: bool) -> bool:
        status = DELIVERED if delivered else FAILED
        row = tx.receipt(org_id, provider, message_id, status, self.clock.now())
        if row is None:
            return False
        if row.message and (sent := tx.message(row.report_id)) is not None:
            set_status(tx, sent, MESSAGE_STATUS[status], self.clock.now())
        return True

    def stopping(self) -> None:
        """Sends handed to a provider finish (their outcomes written), sends not started go back
        to the queue for whichever sender is next."""
        for pool in self._workers.values():
            pool.shutdown(wait=True)  # a task not started yet sees the stop and queues its row again
        self._flush(everything=True)
        self.providers.close()

    def _unsend(self, row: SendRow) -> None:
        """A send taken and never handed to a provider: queued again, its claim let go."""
        with self.store.transaction(keys=()) as tx:
            tx.unsend([row.row_id])
            tx.release_claims(JOBS, self.owner, [row.row_id])
        self.committed(tx)

    def work_pass(self) -> float:
        self._flush()
        with self._inflight_lock:
            busy = self._inflight > 0
        self.renew(busy)  # the leases of rows out with outside providers
        if not self.background:
            return self.lease / 3  # the next renewal
        if self.work() >= self.batch:
            return 0.0  # a full batch: there may be more
        with self.store.read() as tx:
            due = tx.next_send_due()
        # the earliest due, or a lease that may run out (a dead sender's rows)
        wait = self.lease / 2
        if due is not None:
            wait = min(wait, max(0.0, due - self.clock.now()))
            if (limited := self.rate.delay()) > 0:  # sleep out the rate limit, kicks or not
                self.rest(max(wait, limited))
                return 0.0
        return max(wait, 0.005)

    def work(self) -> int:
        """One pass: claim what is due, send it, record how it went; how many rows it took (a
        whole batch's worth when the rate limit cut it short: there may be more)."""
        allowed = self.rate.allowance(self.batch)
        if not allowed:
            return 0
        lease_now = time.time()
        with self.store.read() as tx:  # most passes find nothing: no write transaction for them
            due = tx.due_sends(self.clock.now(), lease_now, allowed)
            seen = {r.row_id: r for r in tx.sends(due)} if due else {}
        if not due:
            return 0
        # what the simulator is handed is built before the write transaction, which then only
        # writes it: the store's write lock (across processes on SQLite) is held for statements,
        # not for building messages
        ready = self._prepare(seen.values(), self.clock.now())
        with self.store.transaction(keys=()) as tx:
            claimed = tx.claim(JOBS, due, self.owner, lease_now + self.lease, lease_now)
            if len(claimed) < len(due):
                # another instance's sender is claiming the oldest (PostgreSQL skips rows it has
                # locked): take the ones due after them instead of coming away with nothing
                tried = set(due)
                later = [i for i in tx.due_sends(self.clock.now(), lease_now, 2 * allowed) if i not in tried]
                claimed += tx.claim(
                    JOBS, later[: allowed - len(claimed)], self.owner, lease_now + self.lease, lease_now
                )
            rows = self._current(tx, claimed, seen)
            # a row another sender took, settled or put off between the read and the claim: let go
            gone = [
                r.row_id
                for r in rows
                if r.status not in (QUEUED, SENDING) or (r.status == QUEUED and r.due_at > self.clock.now())
            ]
            rows = [r for r in rows if r.row_id not in gone]
            if gone:
                tx.release_claims(JOBS, self.owner, gone)
            lost = [r for r in rows if r.status == SENDING]
            fresh = [r for r in rows if r.status == QUEUED]
            chains = {r.row_id: self._chain(r) for r in fresh}
            simulated = [r for r in fresh if not chains[r.row_id][0].external]
            now = self.clock.now()
            for row in lost:  # in flight when its sender stopped: never sent twice
                self._finish(
                    tx, row, UNKNOWN, now, "in_flight", "the runtime stopped while the provider had it"
                )
            tx.mark_sending([r.row_id for r in fresh if chains[r.row_id][0].external], now)
            # the simulator takes a message in this same transaction: sent and settled at once
            # (letting its claim go), so a crash leaves nothing of it in flight
            delivered = self._send_in(tx, simulated, now, expect=QUEUED, ready=ready)
        self.committed(tx)
        if simulated:
            self.sent += delivered
            self.rate.spend(len(simulated))
            self.on_settled()
        for row in fresh:
            if chains[row.row_id][0].external:
                self._hand_out(row, chains[row.row_id])
        return len(rows)

    def _prepare(self, rows: Iterable[SendRow], now: float) -> dict[int, Enqueued]:
        """The simulator's notifications for the queued sends among ``rows`` that go to it, by
        row id (one the simulator cannot take is left out: ``_send_in`` says why)."""
        ready: dict[int, Enqueued] = {}
        for row in rows:
            if row.status == QUEUED and not self._chain(row)[0].external:
                with contextlib.suppress(ProviderError):
                    ready[row.row_id] = self._notification(row, now)
        return ready

    def _notification(self, row: SendRow, now: float) -> Enqueued:
        """What the simulator is handed for ``row``; ProviderError if the org has no number of
        the send's kind to send from."""
        org = self.routes(row.org_id)
        sender = org.sender(MESSAGING[row.channel]) if org is not None else None
        if sender is None:
            raise ProviderError("no_sender", "the org has no channel number of this kind to send from")
        return self.simulator.prepare(row, sender, now, row.body or b"")

    @staticmethod
    def _current(tx: Tx, ids: list[int], seen: dict[int, SendRow]) -> list[SendRow]:
        """The sends ``ids`` as they are in ``tx``: those unchanged since ``seen`` was read (no
        pause, cancel or erasure touched them) as read then, the others read again; by id."""
        states = tx.send_states(ids)
        rows: list[SendRow] = []
        again: list[int] = []
        for row_id in ids:
            state, row = states.get(row_id), seen.get(row_id)
            if row is not None and state == (row.status, row.due_at, row.address, row.body is not None):
                rows.append(row)
            elif state is not None:
                again.append(row_id)
        rows += tx.sends(again)
        rows.sort(key=lambda r: r.row_id)
        return rows

    # -- outside providers ------------------------------------------------------------------------

    def _chain(self, row: SendRow) -> list[ProviderSettings]:
        org = self.routes(row.org_id)
        if org is None:
            return [SIMULATOR_PROVIDER]
        if row.message:  # the runtime's own message: the providers bound to its channel number
            return bound(org, MESSAGING[row.channel], row.sender) or [SIMULATOR_PROVIDER]
        number = row.sender
        if not number:  # a row queued before sends recorded their channel number
            sender = org.sender(MESSAGING[row.channel])
            number = sender.number if sender else ""
        route = row.route.split(",") if row.route else ()  # a campaign's providers
        return chain(org, row.category, row.channel, number, route)

    def _hand_out(self, row: SendRow, chain: list[ProviderSettings]) -> None:
        """To the first provider's workers: a slow provider holds up its own sends only."""
        key = (row.org_id, chain[0].name)
        pool = self._workers.get(key)
        if pool is None:
            pool = self._workers[key] = ThreadPoolExecutor(
                4, thread_name_prefix=f"elarian-send-{chain[0].name}"
            )
        with self._inflight_lock:
            self._inflight += 1
        try:
            pool.submit(self._external, row, chain)
        except RuntimeError:  # stopping: the row stays in flight; its lease decides
            with self._inflight_lock:
                self._inflight -= 1

    def send_now(self, report_ids: list[str]) -> dict[str, SendRow]:
        """Sync sends (the request waits): send these in-flight rows here, now; what each became."""
        with self.store.read() as tx:
            rows = tx.sends_by_report(report_ids)
        with self._inflight_lock:  # their leases are renewed while the request waits
            self._inflight += len(rows)
        try:
            for row in rows:
                self._external(row, self._chain(row), counted=False)
        finally:
            with self._inflight_lock:
                self._inflight -= len(rows)
        with self.store.read() as tx:
            return {r.report_id: r for r in tx.sends_by_report(report_ids)}

    def _external(self, row: SendRow, chain: list[ProviderSettings], counted: bool = True) -> None:
        try:
            if self._stop.is_set() and counted:
                self._unsend(row)  # handed out, never started: queued again
                return
            self._try_chain(row, chain, retry=counted)  # a sync send's caller is told now
        except Exception as exc:
            log.exception("send %s failed", row.report_id)
            try:  # whatever broke, the send says so rather than waiting out its lease
                self._record(row, FAILED, "error", f"the runtime failed to send it: {exc}", "", batch=counted)
            except Exception:
                log.exception("send %s: its failure could not be recorded", row.report_id)
        finally:
            if counted:
                with self._inflight_lock:
                    self._inflight -= 1

    def _try_chain(self, row: SendRow, chain: list[ProviderSettings], retry: bool) -> None:
        message = M.OutboundMessage.FromString(row.body or b"")
        org = self.routes(row.org_id)
        sender = org.sender(MESSAGING[row.channel]) if org is not None else None
        out = outgoing(row, message, row.sender or (sender.number if sender else ""))
        last: ProviderError | None = None
        for settings in chain:
            if not settings.external:  # the simulator, later in the chain
                self._send([row])
                return
            provider, breaker, rate = self.providers.get(row.org_id, settings)
            if not breaker.allow():
                last = ProviderError("circuit_open", f"{settings.name}: skipped, it keeps failing", True)
                continue
            try:
                if not rate.take(self._stop):
                    self._unsend(row)  # stopping before it went: queued again, for whoever is next
                    return
                provider_id = provider.send(out)
            except ProviderError as exc:
                if exc.unknown:  # it may have gone: never tried again, anywhere (the link's own
                    # reconnecting, not the breaker, decides when the provider is back)
                    breaker.release()
                    self._record(row, UNKNOWN, exc.code, str(exc), settings.name, batch=retry)
                    return
                if exc.temporary:
                    breaker.failed()
                    last = exc
                    continue
                breaker.succeeded()  # it answered: it works, the message is what it refused
                self._record(row, FAILED, exc.code, str(exc), settings.name, bounce=exc.bounce, batch=retry)
                return
            except BaseException:
                breaker.release()
                raise
            breaker.succeeded()
            self.sent += 1
            self._record(row, SENT, "", "", settings.name, provider_id, batch=retry)
            return
        assert last is not None
        self._record(
            row,
            FAILED,
            last.code,
            f"every provider failed: {last}",
            last_provider(last),
            retry=retry,
            batch=retry,
        )

    def _record(
        self,
        row: SendRow,
        status: int,
        code: str,
        message: str,
        provider: str,
        provider_id: str = "",
        *,
        bounce: bool = False,
        retry: bool = False,
        batch: bool = False,
    ) -> None:
        """What a provider said of a send: written now for a sync send (its request waits), else
        (``batch``) handed to the sender thread, which writes the outcomes ready together in one
        transaction."""
        outcome = _Outcome(row, status, code, message, provider, provider_id, bounce, retry)
        if not batch:
            self._write([outcome])
            return
        self._outcomes.put(outcome)
        self._wake.set()

    def _flush(self, everything: bool = False) -> None:
        """Write the outcomes the workers left (at most a few batches' worth at a time, unless
        ``everything``)."""
        ready: list[_Outcome] = []
        while everything or len(ready) < 4 * self.batch:
            try:
                ready.append(self._outcomes.get_nowait())
            except queue.Empty:
                break
        if ready:
            self._write(ready)

    def _write(self, outcomes: list[_Outcome]) -> None:
        with self._receipts:
            self._write_outcomes(outcomes)

    def _write_outcomes(self, outcomes: list[_Outcome]) -> None:
        now = self.clock.now()
        with self.store.transaction(keys=()) as tx:
            for o in outcomes:
                row = o.row
                if o.retry and row.attempts < len(RETRY_AFTER):
                    tx.retry_send(row.row_id, now + RETRY_AFTER[row.attempts], now, o.code, o.message)
                else:
                    self._finish(
                        tx,
                        row,
                        o.status,
                        now,
                        o.code,
                        o.message,
                        provider=o.provider,
                        provider_message_id=o.provider_id,
                    )
                    if o.bounce:
                        tx.put_suppression(
                            row.org_id, row.channel, row.address, f"hard bounce: {o.message}", now
                        )
            tx.release_claims(JOBS, self.owner, [o.row.row_id for o in outcomes])
            for o in outcomes:  # receipts that came first
                first = o.provider_id.split(",")[0]
                if o.status == SENT and (key := (o.row.org_id, o.provider, first)) in self._early:
                    self._apply_receipt(tx, *key, self._early.pop(key))
        self.committed(tx)
        self.on_settled()

    def _send(self, rows: list[SendRow]) -> None:
        """In-flight sends to the simulator (a chain's later step), in a transaction of their own."""
        with self.store.transaction(keys=()) as tx:
            delivered = self._send_in(tx, rows, self.clock.now())
        self.sent += delivered
        self.committed(tx)
        self.on_settled()

    def _send_in(
        self,
        tx: Tx,
        rows: list[SendRow],
        now: float,
        expect: int = SENDING,
        ready: dict[int, Enqueued] | None = None,
    ) -> int:
        """Hand sends (of status ``expect``) to the simulator in ``tx``, each settled as it went;
        how many it took. ``ready``: notifications built for some of them beforehand."""
        delivered = 0
        for row in rows:
            try:  # a provider refuses before it writes anything: no savepoint needed
                prepared = ready.get(row.row_id) if ready else None
                tx.enqueue(*(prepared or self._notification(row, now)))
                sent = row.report_id  # the simulator's message id
                self._finish(tx, row, SENT, now, provider=SIMULATOR, provider_message_id=sent, expect=expect)
                delivered += 1
            except ProviderError as exc:
                self._finish(tx, row, FAILED, now, exc.code, str(exc), provider=SIMULATOR, expect=expect)
        return delivered

    @staticmethod
    def _finish(
        tx: Tx,
        row: SendRow,
        status: int,
        now: float,
        code: str = "",
        message: str = "",
        *,
        provider: str = "",
        provider_message_id: str = "",
        expect: int = SENDING,
    ) -> None:
        if not tx.update_send(
            row.row_id, status, now, provider, provider_message_id, code, message, expect=expect
        ):
            return  # settled meanwhile (its lease ran out and another sender called it unknown; erased)
        if row.message and (sent := tx.message(row.report_id)) is not None and status in MESSAGE_STATUS:
            set_status(tx, sent, MESSAGE_STATUS[status], now)  # the app hears messageStatus
        if row.notify:
            done = replace(
                row,
                status=status,
                provider=provider,
                provider_message_id=provider_message_id,
                error_code=code,
                error_message=message,
                updated_at=now,
                body=None,
            )
            notify_outcome(tx, done, now)
