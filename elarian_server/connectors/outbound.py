"""Outbound connectors: the runtime's domain events POSTed to outside platforms as Standard
Webhooks, enriched with the customer's identities.

Theory of operation
-------------------
1. A transaction that changes an org's data publishes a domain event (``Tx.publish``). The
   publisher here writes one delivery row for each of the org's connectors that wants that
   event type, in that same transaction, with its JSON body fixed then: the event, and the
   identities the connector asked for as they were at that moment. A delivery exists exactly
   when what it tells of does, and says the same on every attempt (so does its signature's
   ``webhook-id``).
2. The dispatcher thread wakes when a commit wrote deliveries (``Effects.published``, from
   other instances too), when the runtime's clock moves, and when the earliest retry falls
   due. For each connector with a free worker it claims the due rows that head their order
   key's line (``ClaimsTx``: one instance, one worker per row), and hands them to that
   connector's own thread pool: a slow endpoint fills its own pool and no other.
3. A worker POSTs the body, signed at that moment. 2xx: delivered. 4xx other than 408 and
   429: failed for good (the receiver refused it; sending it again would not change that).
   Anything else (an error status, 408, 429, a timeout, no connection): attempted again after
   ``RETRY_SCHEDULE``'s next delay on the runtime's clock, failed after the last. One
   customer's deliveries go in order: the next waits while the one before is retried.
4. A connector that has failed without one success for ``DISABLE_AFTER`` (the runtime's
   clock) is disabled: its deliveries wait, kept, until it is enabled again. Failed
   deliveries are kept and may be replayed.

Delivery is at least once: a worker that dies after the receiver took a delivery and before
it was recorded leaves it to be sent again (the same ``webhook-id``) once its claim's lease
runs out. Leases run on real time; schedules on the runtime's clock.
"""

from __future__ import annotations

import json
import logging
import secrets
import ssl
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timezone
from http.client import HTTPConnection, HTTPException, HTTPSConnection
from typing import Any
from urllib.parse import urlsplit

from google.protobuf.json_format import MessageToDict
from google.protobuf.message import Message

from elarian_sync._generated import common_pb2 as C
from elarian_sync.webhooks import sign_webhook

from ..background import ClaimsWorker
from ..clock import Clock
from ..config import Config, WebhookSettings, webhook_settings
from ..store.base import (
    WEBHOOK_DELIVERED,
    WEBHOOK_FAILED,
    DomainEvent,
    Store,
    Tx,
    WebhookRow,
)

log = logging.getLogger("elarian_server.connectors")

JOBS = "connector_deliveries"
RETRY_SCHEDULE = (5.0, 300.0, 1800.0, 7200.0, 18000.0, 36000.0, 36000.0)
"""After a first attempt at once: the delays before each next attempt (5 s, 5 min, 30 min, 2 h,
5 h, 10 h, 10 h); a delivery whose last attempt failed too has failed."""
DISABLE_AFTER = 5 * 86400.0
"""A connector failing this long without one success is disabled (the runtime's clock)."""
BATCH = 64
"""Deliveries a pass claims for one connector at most."""
USER_AGENT = "elarian-sync-webhooks"


def iso(moment: float) -> str:
    """A moment as RFC 3339 in UTC with milliseconds (``2027-01-15T08:00:00.000Z``)."""
    return (
        datetime.fromtimestamp(moment, timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    )


def _provider_name(provider: int) -> str:
    return C.CustomerNumberProvider.Name(provider).removeprefix("CUSTOMER_NUMBER_PROVIDER_").lower()


def identities(tx: Tx, customer_id: str, kinds: tuple[str, ...], now: float) -> dict[str, Any]:
    """The customer's identities of the kinds a connector asked for, as a JSON object:
    ``customer_id``, ``numbers`` (``[{provider, number}]``, all or one provider's), and
    ``secondary_ids`` (``[{key, value}]``, all or the keys asked for)."""
    out: dict[str, Any] = {}
    numbers = ids = None
    for kind in kinds:
        if kind == "customer_id":
            out["customer_id"] = customer_id
        elif kind == "numbers" or kind.startswith("number:"):
            numbers = numbers if numbers is not None else tx.numbers(customer_id)
            wanted = kind.partition(":")[2]
            listed = out.setdefault("numbers", [])
            for row in numbers:
                entry = {"provider": _provider_name(row.provider), "number": row.number}
                if (not wanted or entry["provider"] == wanted) and entry not in listed:
                    listed.append(entry)
        else:  # secondary_ids, secondary_id:KEY
            ids = ids if ids is not None else tx.secondary_ids(customer_id, now)
            wanted = kind.partition(":")[2]
            found = out.setdefault("secondary_ids", [])
            for index in ids:
                entry = {"key": index.key, "value": index.value if index.value is not None else ""}
                if (not wanted or index.key == wanted) and entry not in found:
                    found.append(entry)
    return out


def body_of(event: DomainEvent, data: dict[str, Any], customer: dict[str, Any] | None) -> str:
    payload: dict[str, Any] = {"type": event.type, "timestamp": iso(event.occurred_at), "data": dict(data)}
    payload["data"]["org_id"] = event.org_id
    if customer is not None:
        payload["data"]["customer"] = customer
    return json.dumps(payload, separators=(",", ":"), sort_keys=True)


def stored_connectors(rows: list[tuple[str, str, str]]) -> tuple[WebhookSettings, ...]:
    """Connectors as the store keeps them (``ConnectorsTx.webhook_connectors``), as settings."""
    return tuple(
        webhook_settings({**json.loads(settings), "secret": secret}, f"connector {name}")
        for name, settings, secret in rows
    )


@dataclass(frozen=True)
class _Result:
    code: int  # HTTP status, 0 when none came
    error: str  # what went wrong ('' for a 2xx)
    ok: bool
    permanent: bool


def _classify(code: int, reason: str) -> _Result:
    if 200 <= code < 300:
        return _Result(code, "", True, False)
    permanent = 400 <= code < 500 and code not in (408, 429)
    return _Result(code, f"HTTP {code} {reason}".strip(), False, permanent)


class _Endpoint:
    """POSTs to one connector's URL, a kept-alive connection per worker thread."""

    def __init__(self, settings: WebhookSettings) -> None:
        self.settings = settings
        parts = urlsplit(settings.url)
        self.https = parts.scheme == "https"
        self.host = parts.hostname or ""
        self.port = parts.port or (443 if self.https else 80)
        self.path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        self._local = threading.local()
        self._tls: ssl.SSLContext | None = None
        if self.https:
            self._tls = ssl.create_default_context(cafile=settings.ca_file or None)
            if settings.ca_file:
                self._tls.load_default_certs()

    def _connection(self) -> HTTPConnection:
        conn: HTTPConnection | None = getattr(self._local, "conn", None)
        if conn is None:
            if self.https:
                conn = HTTPSConnection(self.host, self.port, timeout=self.settings.timeout, context=self._tls)
            else:
                conn = HTTPConnection(self.host, self.port, timeout=self.settings.timeout)
            self._local.conn = conn
        return conn

    def _drop(self) -> None:
        conn = getattr(self._local, "conn", None)
        self._local.conn = None
        if conn is not None:
            conn.close()

    def post(self, row: WebhookRow) -> _Result:
        body = row.body.encode()
        stamp = int(time.time())  # the receiver checks it against its own clock: real time
        headers = {
            "content-type": "application/json",
            "user-agent": USER_AGENT,
            "webhook-id": row.webhook_id,
            "webhook-timestamp": str(stamp),
            "webhook-signature": sign_webhook(self.settings.secret, row.webhook_id, stamp, body),
        }
        while True:
            reused = getattr(self._local, "conn", None) is not None
            conn = self._connection()
            try:
                conn.request("POST", self.path, body, headers)
                response = conn.getresponse()
                response.read()
                if response.will_close:
                    self._drop()
                return _classify(response.status, response.reason)
            except (OSError, HTTPException) as exc:  # refused, reset, timed out, bad certificate
                self._drop()
                if reused and not isinstance(exc, TimeoutError):
                    continue  # the receiver closed a kept-alive connection: once more, on a new one
                what = "timed out" if isinstance(exc, TimeoutError) else str(exc) or type(exc).__name__
                return _Result(0, f"{type(exc).__name__}: {what}", False, False)


def _key(org_id: str, connector: str) -> tuple[str, str, str]:
    """The store lock of a connector's health (instances settling its deliveries at once)."""
    return ("connector", org_id, connector)


Record = Callable[[str, str, str], None]  # (org id, connector, outcome): the metrics


class Outbound(ClaimsWorker):
    """The outbound connectors of one runtime: the publisher of their deliveries, and the
    dispatcher and workers that deliver them."""

    def __init__(
        self,
        store: Store,
        clock: Clock,
        config: Config,
        *,
        record: Record | None = None,
        lease: float = 60.0,
        owner: str | None = None,
    ) -> None:
        super().__init__(store, clock, jobs=JOBS, role="webhooks", lease=lease, owner=owner)
        self.config = config
        self.record: Record = record or (lambda org_id, connector, outcome: None)
        self._stored: dict[str, tuple[WebhookSettings, ...]] = {}
        self._generation = 0  # invalidations so far: a read begun before one is not kept
        self._pools: dict[tuple[str, str], ThreadPoolExecutor] = {}
        self._endpoints: dict[tuple[str, str], _Endpoint] = {}
        self._in_flight: dict[tuple[str, str], int] = {}
        self._lock = threading.Lock()

    # -- the publisher (in the transaction that raised the event) -------------------------------------

    def connectors(self, org_id: str, tx: Tx | None = None) -> tuple[WebhookSettings, ...]:
        """The org's connectors: its config file's, then those added through the API (read from
        the store, through ``tx`` if given, and kept until ``invalidate``)."""
        org = self.config.orgs.get(org_id)
        if org is None:
            return ()
        stored = self._stored.get(org_id)
        if stored is None:
            generation = self._generation
            if tx is not None:
                rows = tx.webhook_connectors(org_id)
            else:
                with self.store.read() as reader:
                    rows = reader.webhook_connectors(org_id)
            stored = stored_connectors(rows)
            if generation == self._generation:  # not kept if a change came while it was read
                self._stored[org_id] = stored
        return org.webhooks + stored

    def invalidate(self) -> None:
        """Connectors were added, changed or removed through the API (here or on another instance)."""
        self._generation += 1
        self._stored.clear()
        self.kick()

    def _any(self) -> bool:
        return any(self.connectors(org_id) for org_id in self.config.orgs)

    def publish(self, tx: Tx, event: DomainEvent) -> None:
        wanting = [w for w in self.connectors(event.org_id, tx) if w.wants(event.type)]
        if not wanting:
            return
        data = (
            MessageToDict(event.data, preserving_proto_field_name=True)
            if isinstance(event.data, Message)
            else dict(event.data)  # type: ignore[call-overload]
        )
        order_key = event.order_key or event.customer_id or f"org/{event.org_id}"
        bodies: dict[tuple[str, ...], str] = {}  # connectors asking for the same identities share one
        for connector in wanting:
            body = bodies.get(connector.identities)
            if body is None:
                customer = (
                    identities(tx, event.customer_id, connector.identities, event.occurred_at)
                    if event.customer_id
                    else None
                )
                body = bodies[connector.identities] = body_of(event, data, customer)
            tx.add_webhook(
                event.org_id, connector.name, "msg_" + secrets.token_hex(16), event.type, event.customer_id,
                order_key, body, event.occurred_at,
            )  # fmt: skip

    # -- lifecycle ----------------------------------------------------------------------------------------

    def stopping(self) -> None:
        with self._lock:
            pools = list(self._pools.values())
        for pool in pools:
            pool.shutdown(wait=True, cancel_futures=True)

    # -- health ------------------------------------------------------------------------------------------

    def health(self, org_id: str, connector: str) -> tuple[float | None, float | None]:
        """(failing since, disabled at) on the runtime's clock; (None, None): healthy."""
        with self.store.read() as tx:
            return tx.connector_health(org_id, connector)

    def enable(self, org_id: str, connector: str) -> bool:
        """Enable a connector again (healthy until it fails anew); its waiting deliveries go now.
        False if it was not disabled."""
        with self.store.transaction(keys={_key(org_id, connector)}) as tx:
            disabled = tx.connector_health(org_id, connector)[1] is not None
            tx.set_connector_health(org_id, connector, None, None)
            tx.hasten_webhooks(org_id, connector, self.clock.now())
        self.kick()
        return disabled

    # -- the dispatcher -----------------------------------------------------------------------------------

    def work_pass(self) -> float:
        with self._lock:
            holding = any(self._in_flight.values())
        self.renew(holding)
        if self.work():
            return 0.0
        due = None
        if self._any():
            with self.store.read() as tx:
                due = tx.next_webhook_due()
        wait = self.lease / 3
        if due is not None:
            wait = min(wait, max(0.0, due - self.clock.now()))
        return max(wait, 0.005)

    def work(self) -> int:
        """One pass: for each connector with a free worker, claim its due deliveries and hand them
        over; how many were handed over."""
        handed = 0
        if not self._any():
            return 0
        lease_now = time.time()
        now = self.clock.now()
        with self.store.read() as tx:
            disabled = tx.disabled_connectors()
            wanted: list[tuple[str, WebhookSettings, list[int]]] = []
            for org_id in self.config.orgs:
                for connector in self.connectors(org_id, tx):
                    key = (org_id, connector.name)
                    free = connector.threads * 2 - self._in_flight.get(key, 0)
                    if key in disabled or free <= 0:
                        continue
                    due = tx.due_webhooks(
                        org_id, connector.name, now, lease_now, self.owner, min(free, BATCH)
                    )
                    if due:
                        wanted.append((org_id, connector, [row.row_id for row in due]))
        if not wanted:
            return 0
        with self.store.transaction(keys=()) as tx:
            claimed = [
                (org_id, connector, tx.claim(JOBS, ids, self.owner, lease_now + self.lease, lease_now))
                for org_id, connector, ids in wanted
            ]
            rows = {row.row_id: row for row in tx.webhooks_by_id([i for _, _, ids in claimed for i in ids])}
        for org_id, connector, ids in claimed:
            for row_id in ids:
                self._hand_over(org_id, connector, rows[row_id])
                handed += 1
        return handed

    def _pool(self, org_id: str, connector: WebhookSettings) -> tuple[ThreadPoolExecutor, _Endpoint]:
        key = (org_id, connector.name)
        with self._lock:
            endpoint = self._endpoints.get(key)
            if endpoint is None or endpoint.settings != connector:
                endpoint = self._endpoints[key] = _Endpoint(connector)
            pool = self._pools.get(key)
            if pool is None:
                pool = self._pools[key] = ThreadPoolExecutor(
                    connector.threads, thread_name_prefix=f"elarian-server-webhook-{connector.name}"
                )
            return pool, endpoint

    def _hand_over(self, org_id: str, connector: WebhookSettings, row: WebhookRow) -> None:
        pool, endpoint = self._pool(org_id, connector)
        key = (org_id, connector.name)
        with self._lock:
            self._in_flight[key] = self._in_flight.get(key, 0) + 1
        try:
            pool.submit(self._deliver, endpoint, row)
        except RuntimeError:  # stopping: the claim lapses, another instance (or the next start) sends it
            with self._lock:
                self._in_flight[key] -= 1

    # -- a worker -----------------------------------------------------------------------------------------

    def _deliver(self, endpoint: _Endpoint, row: WebhookRow) -> None:
        key = (row.org_id, row.connector)
        try:
            result = endpoint.post(row)
            self._settle(row, result)
        except Exception:
            log.exception("delivery %s to %s failed to be recorded", row.webhook_id, row.connector)
        finally:
            with self._lock:
                self._in_flight[key] -= 1
            self.kick()

    def _settle(self, row: WebhookRow, result: _Result) -> None:
        now = self.clock.now()
        with self.store.transaction(keys={_key(row.org_id, row.connector)}) as tx:
            failing_since, disabled_at = tx.connector_health(row.org_id, row.connector)
            if result.ok:
                tx.settle_webhook(row.row_id, WEBHOOK_DELIVERED, result.code, "", now)
                outcome = "delivered"
                if failing_since is not None:
                    tx.set_connector_health(row.org_id, row.connector, None, None)
            else:
                attempt = row.attempts + 1  # this one
                if result.permanent or attempt > len(RETRY_SCHEDULE):
                    tx.settle_webhook(row.row_id, WEBHOOK_FAILED, result.code, result.error, now)
                    outcome = "failed"
                else:
                    tx.retry_webhook(row.row_id, now + RETRY_SCHEDULE[attempt - 1], result.code, result.error)
                    outcome = "retrying"
                if failing_since is None:
                    tx.set_connector_health(row.org_id, row.connector, now, None)
                elif disabled_at is None and now - failing_since >= DISABLE_AFTER:
                    tx.set_connector_health(row.org_id, row.connector, failing_since, now)
                    log.warning(
                        "webhook connector %s of %s disabled: failing since %s", row.connector, row.org_id,
                        iso(failing_since),
                    )  # fmt: skip
        self.record(row.org_id, row.connector, outcome)
