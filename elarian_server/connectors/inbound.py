"""Inbound connectors: audience events from outside platforms (``POST /connectors/NAME/events``)
turned into actions on the org's customers.

Theory of operation
-------------------
1. The HTTP side authenticates the request (a Standard Webhooks signature, or a bearer token)
   before reading anything else, reads the event (a Segment-style ``Audience Entered`` /
   ``Audience Exited`` track call, or the generic form), and writes it to ``inbound_events``
   in one transaction: ``202`` once committed. An event id the connector already has is
   answered ``202`` as a duplicate and changes nothing; ids are kept 7 days.
2. The worker thread claims queued events (``ClaimsTx``) and, for each, in one transaction:
   finds the customer (by customer id, phone, email or secondary id; an unknown person
   becomes a customer only if the connector says so), runs the audience's rule (entered: a
   reward paid from a purse to the customer's wallet, a communication event triggered, a tag
   set; exited: the tag removed) and records the outcome with the event. The actions and the
   record commit together, so an event's actions happen once, whole or not at all.
3. A rule that cannot be carried out (a purse without the funds, an event the communication
   layer refuses) rolls its actions back and fails the event, naming why; a reward that failed
   is told to outbound connectors as ``reward.failed``, one paid as ``reward.issued``. A failed
   event is not tried again by itself: it is replayed by id (SDK, command line) once what it
   needs is there.
"""

from __future__ import annotations

import hmac
import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from werkzeug.wrappers import Request, Response

from elarian_sync._convert import set_timestamp
from elarian_sync._generated import app_socket_pb2 as A
from elarian_sync._generated import common_pb2 as C
from elarian_sync._generated import comms_pb2 as CM
from elarian_sync._generated import payment_pb2 as P
from elarian_sync.webhooks import WebhookError, verify_signature

from ..background import ClaimsWorker
from ..clock import Clock
from ..comms.contacts import email_address
from ..config import AudienceRule, Config, InboundSettings, Org
from ..engine.common import Caller, CommandError, new_customer_id, publish
from ..store.base import (
    INBOUND_APPLIED,
    INBOUND_FAILED,
    INBOUND_IGNORED,
    INBOUND_QUEUED,
    InboundRow,
    IndexRow,
    NumberRow,
    Store,
    TransactionAborted,
    Tx,
)
from ..web import error, json_response

log = logging.getLogger("elarian_server.connectors")

JOBS = "inbound_events"
DEDUPE_SECONDS = 7 * 86400.0
"""How long an event id is remembered (a repeat within it changes nothing)."""
MAX_BODY = 256 * 1024
"""The largest event body read."""
STATUS_NAMES = {INBOUND_QUEUED: "queued", INBOUND_APPLIED: "applied", INBOUND_IGNORED: "ignored",
                INBOUND_FAILED: "failed"}  # fmt: skip
CELLULAR, EMAIL = C.CUSTOMER_NUMBER_PROVIDER_CELLULAR, C.CUSTOMER_NUMBER_PROVIDER_EMAIL


class BadEvent(ValueError):
    """An event in no shape the connector reads: the 400's reason."""


@dataclass(frozen=True)
class Event:
    """An audience event as read, whatever shape it came in."""

    event_id: str
    audience: str
    action: str  # "entered" or "exited"
    identities: dict[str, Any]  # phone, email, customer_id, secondary_ids {key: value}
    properties: dict[str, Any]


def _text(value: object, what: str) -> str:
    if not isinstance(value, str) or not value:
        raise BadEvent(f"{what} must be a non-empty string")
    return value


def _with_email(identities: dict[str, Any]) -> dict[str, Any]:
    """The identities with the email in the form audience import keys contacts by (the domain
    lower-cased), so that an event finds the customer an imported audience names."""
    email = identities.get("email")
    if email is None or email == "":  # named by its other identities (as before the email's check)
        return {k: v for k, v in identities.items() if k != "email"}
    if not isinstance(email, str):
        raise BadEvent("identities.email must be a string")
    try:
        return {**identities, "email": email_address(email)}
    except ValueError as exc:
        raise BadEvent(f"identities.email {email!r}: {exc}") from None


def _segment(body: dict[str, Any]) -> Event:
    """A Segment track call: ``event`` "Audience Entered"/"Audience Exited", the audience in
    ``properties.audience_key`` or ``context.personas.computation_key``, the person in
    ``userId`` and ``context.traits`` (or ``properties``) phone and email."""
    name = body.get("event")
    if name not in ("Audience Entered", "Audience Exited"):
        raise BadEvent(f"event must be 'Audience Entered' or 'Audience Exited', not {name!r}")
    properties = body.get("properties") or {}
    context = body.get("context") or {}
    if not isinstance(properties, dict) or not isinstance(context, dict):
        raise BadEvent("properties and context must be objects")
    personas = context.get("personas") or {}
    audience = properties.get("audience_key") or (
        personas.get("computation_key") if isinstance(personas, dict) else None
    )
    traits = context.get("traits") or {}
    if not isinstance(traits, dict):
        raise BadEvent("context.traits must be an object")
    identities: dict[str, Any] = {}
    for key in ("phone", "email"):
        value = traits.get(key) or properties.get(key)
        if value:
            identities[key] = str(value)
    if body.get("userId"):
        identities.setdefault("secondary_ids", {})["user_id"] = str(body["userId"])
    if not identities:
        raise BadEvent("the event names nobody: give userId, or a phone or email in context.traits")
    return Event(
        _text(body.get("messageId"), "messageId"),
        _text(audience, "properties.audience_key (or context.personas.computation_key)"),
        "entered" if name == "Audience Entered" else "exited",
        _with_email(identities),
        {k: v for k, v in properties.items() if k not in ("phone", "email")},
    )


def _generic(body: dict[str, Any]) -> Event:
    """``{id, audience, action: entered|exited, identities: {...}, properties: {...}}``."""
    action = body.get("action")
    if action not in ("entered", "exited"):
        raise BadEvent(f"action must be 'entered' or 'exited', not {action!r}")
    identities = body.get("identities")
    if not isinstance(identities, dict) or not identities:
        raise BadEvent(
            "identities must be an object naming the person (phone, email, customer_id, secondary_ids)"
        )
    unknown = set(identities) - {"phone", "email", "customer_id", "secondary_ids"}
    if unknown:
        raise BadEvent(
            f"identities: unknown {', '.join(sorted(unknown))} (phone, email, customer_id, secondary_ids)"
        )
    if not isinstance(identities.get("secondary_ids", {}), dict):
        raise BadEvent("identities.secondary_ids must be an object of key: value")
    properties = body.get("properties") or {}
    if not isinstance(properties, dict):
        raise BadEvent("properties must be an object")
    event_id, audience = _text(body.get("id"), "id"), _text(body.get("audience"), "audience")
    return Event(event_id, audience, str(action), _with_email(identities), properties)


def read_event(data: bytes) -> Event:
    """The event in a request body; ``BadEvent`` naming what is wrong."""
    try:
        body = json.loads(data)
    except (ValueError, UnicodeDecodeError) as exc:
        raise BadEvent(f"the body is not JSON: {exc}") from None
    if not isinstance(body, dict):
        raise BadEvent("the body must be a JSON object")
    if body.get("type") == "track":
        return _segment(body)
    if "action" in body or "audience" in body:
        return _generic(body)
    raise BadEvent(
        "unknown shape: expected a Segment track call (type 'track', event 'Audience Entered' or "
        "'Audience Exited') or {id, audience, action, identities, properties}"
    )


def _json(value: object) -> str:
    return json.dumps(value, separators=(",", ":"), sort_keys=True)


Perform = Callable[[Tx, Caller, A.AppToServerCommand], A.AppToServerCommandReply]


class Inbound(ClaimsWorker):
    """The inbound connectors of one runtime: the HTTP handlers and the worker that applies."""

    def __init__(
        self,
        store: Store,
        clock: Clock,
        config: Config,
        perform: Perform,
        committed: Callable[[Tx], None],
        *,
        record: Callable[[str, str, str], None] | None = None,
        lease: float = 60.0,
        owner: str | None = None,
    ) -> None:
        # nothing it applies waits on the runtime's clock: events come by HTTP, kicks wake it
        super().__init__(store, clock, jobs=JOBS, role="inbound", lease=lease, owner=owner, on_clock=False)
        self.config = config
        self.perform = perform
        self.committed = committed
        self.record = record or (lambda org_id, connector, outcome: None)
        self._by_name = {c.name: (org, c) for org in config.orgs.values() for c in org.inbound}
        self._forgotten = 0.0

    # -- HTTP ---------------------------------------------------------------------------------------------

    def _connector(self, name: str, request: Request) -> tuple[Org, InboundSettings, bytes] | Response:
        """The connector and the body of an authenticated request, or the answer refusing it."""
        found = self._by_name.get(name)
        if found is None:
            return error(404, f"no inbound connector {name!r}")
        org, connector = found
        if connector.auth == "bearer":
            given = request.headers.get("Authorization", "")
            scheme, _, token = given.partition(" ")
            if scheme.lower() != "bearer" or not hmac.compare_digest(
                token.strip().encode(), connector.secret.encode()
            ):
                self.record(org.org_id, name, "refused")
                return error(401, "a bearer token this connector knows is needed (Authorization: Bearer ...)")
        length = request.content_length
        if length is not None and length > MAX_BODY:
            return error(413, f"the body is {length} bytes; at most {MAX_BODY}")
        data = request.stream.read(MAX_BODY + 1)  # no more than that is read, whatever comes
        if len(data) > MAX_BODY:
            return error(413, f"the body is over {MAX_BODY} bytes")
        if connector.auth == "webhook":
            try:
                verify_signature(connector.secret, data, dict(request.headers.items()))
            except WebhookError as exc:
                self.record(org.org_id, name, "refused")
                return error(401, f"the signature does not verify: {exc}")
        return org, connector, data

    def post_event(self, request: Request, name: str) -> Response:
        found = self._connector(name, request)
        if isinstance(found, Response):
            return found
        org, _, data = found
        try:
            event = read_event(data)
        except BadEvent as exc:
            self.record(org.org_id, name, "bad")
            return error(400, str(exc))
        now = self.clock.now()
        with self.store.transaction(keys={("inbound", org.org_id, name, event.event_id)}) as tx:
            added = tx.add_inbound(org.org_id, name, event.event_id, event.audience, event.action,
                                   _json(event.identities), _json(event.properties), now)  # fmt: skip
        self.committed(tx)
        self.record(org.org_id, name, "accepted" if added else "duplicate")
        body = {"event_id": event.event_id, "status": "queued" if added else "duplicate"}
        return json_response(body, 202)

    def get_event(self, request: Request, name: str, event_id: str) -> Response:
        found = self._connector(name, request)
        if isinstance(found, Response):
            return found
        org = found[0]
        row = self.outcome(org.org_id, name, event_id)
        if row is None:
            return error(404, f"connector {name!r} has no event {event_id!r} (events are kept 7 days)")
        return json_response(describe(row))

    # -- queries --------------------------------------------------------------------------------------------

    def outcome(self, org_id: str, connector: str, event_id: str) -> InboundRow | None:
        with self.store.read() as tx:
            return tx.inbound_event(org_id, connector, event_id)

    # -- lifecycle ----------------------------------------------------------------------------------------

    def work_pass(self) -> float:
        if not self._by_name:
            return 3600.0  # no inbound connector: nothing comes
        if self.work():
            return 0.0
        self._forget()
        return self.lease / 3  # a dead instance's claims lapse meanwhile

    def _forget(self) -> None:
        if time.monotonic() - self._forgotten < 3600:
            return
        self._forgotten = time.monotonic()
        with self.store.transaction(keys=()) as tx:
            tx.forget_inbound(self.clock.now() - DEDUPE_SECONDS)

    def work(self, most: int = 32) -> int:
        """Claim queued events and apply them, oldest first; how many."""
        lease_now = time.time()
        with self.store.read() as tx:
            queued = tx.queued_inbound(lease_now, self.owner, most)
        if not queued:
            return 0
        with self.store.transaction(keys=()) as tx:
            claimed = tx.claim(JOBS, queued, self.owner, lease_now + self.lease, lease_now)
            rows = tx.inbound_by_id(claimed)
        for row in rows:
            self._apply(row)
        return len(rows)

    # -- applying one event ---------------------------------------------------------------------------------

    def _apply(self, row: InboundRow) -> None:
        found = self._by_name.get(row.connector)
        now = self.clock.now()
        with self.store.transaction() as tx:  # alone: it may create a customer, move money
            if found is None or found[0].org_id != row.org_id:
                tx.settle_inbound(
                    row.row_id, INBOUND_IGNORED, None, _json({"reason": "the connector is gone"}), now
                )
            else:
                status, customer_id, outcome = self._run_rule(tx, found[0], found[1], row, now)
                tx.settle_inbound(row.row_id, status, customer_id, _json(outcome), now)
                self.record(row.org_id, row.connector, STATUS_NAMES[status])
        self.committed(tx)

    def _run_rule(
        self, tx: Tx, org: Org, connector: InboundSettings, row: InboundRow, now: float
    ) -> tuple[int, str | None, dict[str, Any]]:
        rule = connector.audiences.get(row.audience)
        if rule is None:
            return INBOUND_IGNORED, None, {"reason": f"no rule for audience {row.audience!r}"}
        caller = Caller(org, connector.app_id)
        identities = json.loads(row.identities)
        customer_id = self._customer(tx, org, connector, identities, now)
        if customer_id is None:
            return (
                INBOUND_IGNORED,
                None,
                {"reason": "no customer has these identities", "identities": identities},
            )
        done: dict[str, Any] = {"audience": row.audience, "action": row.action}
        try:
            with tx.savepoint():
                if row.action == "entered":
                    self._entered(tx, caller, rule, row, customer_id, done, now)
                elif rule.tag:
                    untag = A.DeleteCustomerTagCommand(customer_id=customer_id, deletions=[rule.tag])
                    reply = self.perform(tx, caller, A.AppToServerCommand(delete_customer_tag=untag))
                    if not reply.update_customer_state.status:
                        raise CommandError(f"the tag {rule.tag}: {reply.update_customer_state.description}")
                    done["tag_removed"] = rule.tag
        except TransactionAborted:
            raise  # the store rolled everything back: the pass fails, the claim lapses, it is tried again
        except Exception as exc:  # a refusal (CommandError), or a fault: never a poison event tried for ever
            if not isinstance(exc, CommandError):
                log.exception("inbound event %s of %s failed to apply", row.event_id, row.connector)
            failed: dict[str, Any] = {"audience": row.audience, "action": row.action, "reason": str(exc)}
            if rule.reward is not None and row.action == "entered":
                self._publish(tx, org, "reward.failed", customer_id, row, rule, {"reason": str(exc)}, now)
            return INBOUND_FAILED, customer_id, failed
        return INBOUND_APPLIED, customer_id, done

    def _entered(
        self, tx: Tx, caller: Caller, rule: AudienceRule, row: InboundRow, customer_id: str,
        done: dict[str, Any], now: float,
    ) -> None:  # fmt: skip
        if rule.reward is not None:
            paid = rule.reward
            payment = A.InitiatePaymentCommand(narration=paid.reference)
            payment.debit_party.purse.purse_id = paid.purse_id
            payment.credit_party.wallet.customer_id = customer_id
            payment.credit_party.wallet.wallet_id = paid.wallet_id
            payment.value.currency_code = paid.currency
            payment.value.amount = float(paid.amount)
            reply = self.perform(tx, caller, A.AppToServerCommand(initiate_payment=payment))
            status = reply.initiate_payment.status
            if status != P.PAYMENT_STATUS_SUCCESS:
                raise CommandError(reply.initiate_payment.description or P.PaymentStatus.Name(status))
            transaction_id = reply.initiate_payment.transaction_id.value
            done["reward"] = {
                "transaction_id": transaction_id, "amount": str(paid.amount), "currency": paid.currency,
                "purse_id": paid.purse_id, "wallet_id": paid.wallet_id, "reference": paid.reference,
            }  # fmt: skip
            self._publish(tx, caller.org, "reward.issued", customer_id, row, rule, done["reward"], now)
        if rule.tag:
            tag = A.UpdateCustomerTagCommand(customer_id=customer_id)
            index = tag.updates.add()
            index.mapping.key = rule.tag
            index.mapping.value.value = row.event_id
            if rule.tag_seconds is not None:
                set_timestamp(index.expires_at, now + rule.tag_seconds)
            reply = self.perform(tx, caller, A.AppToServerCommand(update_customer_tag=tag))
            if not reply.update_customer_state.status:
                raise CommandError(f"the tag {rule.tag}: {reply.update_customer_state.description}")
            done["tag_set"] = rule.tag
        if rule.event:
            trigger = CM.TriggerEventCommand(event=rule.event, queue=True)
            trigger.recipient.customer_id = customer_id
            reply = self.perform(tx, caller, A.AppToServerCommand(trigger_event=trigger))
            if not reply.trigger_event.status:
                raise CommandError(f"the event {rule.event}: {reply.trigger_event.description}")
            done["event_triggered"] = rule.event

    def _publish(
        self, tx: Tx, org: Org, event_type: str, customer_id: str, row: InboundRow, rule: AudienceRule,
        detail: dict[str, Any], now: float,
    ) -> None:  # fmt: skip
        data = {"inbound_event_id": row.event_id, "connector": row.connector, "audience": rule.audience}
        publish(tx, org.org_id, event_type, customer_id, now, {**data, **detail})

    def _customer(
        self, tx: Tx, org: Org, connector: InboundSettings, identities: dict[str, Any], now: float
    ) -> str | None:
        """The customer the identities name (the first that finds one: customer id, phone, email,
        secondary ids), or a new one with the phone and email if the connector creates them."""
        customer_id = identities.get("customer_id")
        if isinstance(customer_id, str) and customer_id:
            found = tx.customer(customer_id)
            if found is not None and found[0] == org.org_id:
                return found[1] or customer_id
        numbers = []
        phone = identities.get("phone")
        if isinstance(phone, str) and phone:
            numbers.append(NumberRow(CELLULAR, _e164(phone, org.comms.region), None))
        email = identities.get("email")
        if isinstance(email, str) and email:
            numbers.append(NumberRow(EMAIL, _email_key(email), None))
        for number in numbers:
            found_id = tx.find_by_number(org.org_id, number)
            if found_id is not None:
                return tx.merged_into(found_id) or found_id
        for key, value in (identities.get("secondary_ids") or {}).items():
            found_id = tx.find_by_secondary_id(org.org_id, str(key), str(value), now)
            if found_id is not None:
                return tx.merged_into(found_id) or found_id
        if not connector.create_customers or not numbers:
            return None

        customer_id = new_customer_id()
        tx.create_customer(org.org_id, customer_id, now)
        publish(tx, org.org_id, "customer.created", customer_id, now, {"customer_id": customer_id})
        for number in numbers:
            tx.add_number(org.org_id, customer_id, number)
        for key, value in (identities.get("secondary_ids") or {}).items():
            tx.put_secondary_id(org.org_id, customer_id, IndexRow(str(key), str(value), None))
        return customer_id


def _email_key(email: str) -> str:
    """An event's email as customers are keyed by it: normalised when the event was read
    (``read_event``); one stored before that was, in the form it would have been."""
    try:
        return email_address(email)
    except ValueError:
        return email.strip()


def _e164(phone: str, region: str) -> str:
    """A phone number as E.164 (the way the runtime keys them), else as given."""
    import phonenumbers

    try:
        parsed = phonenumbers.parse(phone, region or None)
    except phonenumbers.NumberParseException:
        return phone.strip()
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def describe(row: InboundRow) -> dict[str, Any]:
    """An event's outcome as the HTTP side and the SDK show it."""
    return {
        "event_id": row.event_id,
        "connector": row.connector,
        "audience": row.audience,
        "action": row.action,
        "status": STATUS_NAMES[row.status],
        "customer_id": row.customer_id,
        "outcome": json.loads(row.outcome) if row.outcome else {},
        "received_at": row.received_at,
        "settled_at": row.settled_at,
    }
