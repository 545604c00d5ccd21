"""The connectors' commands (connectors.proto), run by the engine in its transactions like any
other: outbound connectors listed, added, changed, removed, enabled; their deliveries listed and
replayed; inbound events looked up and replayed. Changes need an org admin key."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from elarian_sync._convert import set_timestamp
from elarian_sync._generated import app_socket_pb2 as A
from elarian_sync._generated import connectors_pb2 as CN

from ..comms import decode_cursor, encode_cursor, reply, require_admin
from ..config import ConfigError, webhook_settings
from ..engine.common import Caller, CommandError, seconds_of
from ..store.base import (
    INBOUND_APPLIED,
    INBOUND_FAILED,
    INBOUND_IGNORED,
    INBOUND_QUEUED,
    WEBHOOK_DELIVERED,
    WEBHOOK_FAILED,
    WEBHOOK_PENDING,
    InboundRow,
    Tx,
    WebhookRow,
)
from .outbound import Outbound, stored_connectors

Command = Callable[[Tx, Caller, Any, float], A.AppToServerCommandReply]

_TO_WIRE = {
    WEBHOOK_PENDING: CN.WEBHOOK_DELIVERY_STATUS_PENDING,
    WEBHOOK_DELIVERED: CN.WEBHOOK_DELIVERY_STATUS_DELIVERED,
    WEBHOOK_FAILED: CN.WEBHOOK_DELIVERY_STATUS_FAILED,
}
_FROM_WIRE = {wire: status for status, wire in _TO_WIRE.items()}
_INBOUND_TO_WIRE = {
    INBOUND_QUEUED: CN.INBOUND_EVENT_STATUS_QUEUED,
    INBOUND_APPLIED: CN.INBOUND_EVENT_STATUS_APPLIED,
    INBOUND_IGNORED: CN.INBOUND_EVENT_STATUS_IGNORED,
    INBOUND_FAILED: CN.INBOUND_EVENT_STATUS_FAILED,
}
PAGE, MOST = 100, 1000


def _delivery(target: CN.WebhookDelivery, row: WebhookRow) -> None:
    target.webhook_id, target.event_type, target.customer_id = (
        row.webhook_id,
        row.event_type,
        row.customer_id or "",
    )
    set_timestamp(target.created_at, row.created_at)
    target.attempts, target.status = row.attempts, _TO_WIRE[row.status]
    target.last_code, target.last_error, target.body = row.last_code, row.last_error, row.body
    if row.status == WEBHOOK_PENDING:
        set_timestamp(target.next_attempt, row.next_attempt)
    if row.settled_at is not None:
        set_timestamp(target.settled_at, row.settled_at)


def _inbound(target: CN.InboundEvent, row: InboundRow) -> None:
    target.event_id, target.connector, target.audience, target.action = (
        row.event_id, row.connector, row.audience, row.action
    )  # fmt: skip
    target.status = _INBOUND_TO_WIRE[row.status]
    target.customer_id, target.outcome = row.customer_id or "", row.outcome
    set_timestamp(target.received_at, row.received_at)
    if row.settled_at is not None:
        set_timestamp(target.settled_at, row.settled_at)


class ConnectorCommands:
    def __init__(self, outbound: Outbound) -> None:
        self.outbound = outbound
        self.commands: dict[str, Command] = {
            "list_connectors": self.list_connectors,
            "set_webhook_connector": self.set_webhook_connector,
            "delete_webhook_connector": self.delete_webhook_connector,
            "enable_webhook_connector": self.enable_webhook_connector,
            "list_webhook_deliveries": self.list_webhook_deliveries,
            "replay_webhook_deliveries": self.replay_webhook_deliveries,
            "get_inbound_event": self.get_inbound_event,
            "replay_inbound_event": self.replay_inbound_event,
        }

    # -- outbound connectors ------------------------------------------------------------------------------

    def _connectors_reply(
        self, tx: Tx, caller: Caller, entry: str, description: str
    ) -> A.AppToServerCommandReply:
        out, body = reply(entry)
        body.description = description
        for settings in caller.org.webhooks + stored_connectors(tx.webhook_connectors(caller.org_id)):
            info = body.webhooks.add()
            info.name, info.url, info.timeout, info.threads = (
                settings.name,
                settings.url,
                settings.timeout,
                settings.threads,
            )
            info.events.extend(sorted(settings.events))
            info.identities.extend(settings.identities)
            info.from_config, info.secret_set = settings in caller.org.webhooks, bool(settings.secret)
            failing, disabled = tx.connector_health(caller.org_id, settings.name)
            if failing is not None:
                set_timestamp(info.failing_since, failing)
            if disabled is not None:
                set_timestamp(info.disabled_at, disabled)
            counts = tx.webhook_counts(caller.org_id, settings.name)
            info.pending, info.delivered, info.failed = (
                counts[WEBHOOK_PENDING], counts[WEBHOOK_DELIVERED], counts[WEBHOOK_FAILED]
            )  # fmt: skip
        for inbound in caller.org.inbound:
            body.inbound.add(name=inbound.name, auth=inbound.auth, audiences=sorted(inbound.audiences),
                             create_customers=inbound.create_customers)  # fmt: skip
        return out

    def _known(self, tx: Tx, caller: Caller, name: str) -> None:
        if not any(c.name == name for c in self.outbound.connectors(caller.org_id, tx)):
            raise CommandError(f"connector: org {caller.org_id} has no outbound connector {name!r}")

    def list_connectors(
        self, tx: Tx, caller: Caller, cmd: CN.ListConnectorsCommand, now: float
    ) -> A.AppToServerCommandReply:
        return self._connectors_reply(tx, caller, "list_connectors", "")

    def set_webhook_connector(
        self, tx: Tx, caller: Caller, cmd: CN.SetWebhookConnectorCommand, now: float
    ) -> A.AppToServerCommandReply:
        require_admin(caller, "set_webhook_connector")
        given = cmd.connector
        if any(c.name == given.name for c in caller.org.webhooks):
            raise CommandError(
                f"connector.name: {given.name!r} is declared in the runtime's config; change it there"
            )
        known = {name: secret for name, _, secret in tx.webhook_connectors(caller.org_id)}
        secret = cmd.secret or known.get(given.name, "")
        if not secret:
            raise CommandError("secret: a new connector needs its signing secret ('whsec_' and base64)")
        entry: dict[str, Any] = {
            "name": given.name, "url": given.url, "events": list(given.events),
            "identities": list(given.identities) or ["customer_id"], "timeout": given.timeout or 15.0,
            "threads": given.threads or 4,
        }  # fmt: skip
        try:
            webhook_settings({**entry, "secret": secret}, "connector")
        except ConfigError as exc:
            raise CommandError(str(exc)) from None
        tx.put_webhook_connector(caller.org_id, given.name, json.dumps(entry), cmd.secret or None, now)
        what = "changed" if given.name in known else "added"
        return self._connectors_reply(tx, caller, "set_webhook_connector", f"connector {given.name} {what}")

    def delete_webhook_connector(
        self, tx: Tx, caller: Caller, cmd: CN.DeleteWebhookConnectorCommand, now: float
    ) -> A.AppToServerCommandReply:
        require_admin(caller, "delete_webhook_connector")
        if any(c.name == cmd.name for c in caller.org.webhooks):
            raise CommandError(f"name: {cmd.name!r} is declared in the runtime's config; remove it there")
        if not tx.delete_webhook_connector(caller.org_id, cmd.name):
            raise CommandError(
                f"name: org {caller.org_id} has no connector {cmd.name!r} added through the API"
            )
        return self._connectors_reply(tx, caller, "delete_webhook_connector", f"connector {cmd.name} removed")

    def enable_webhook_connector(
        self, tx: Tx, caller: Caller, cmd: CN.EnableWebhookConnectorCommand, now: float
    ) -> A.AppToServerCommandReply:
        require_admin(caller, "enable_webhook_connector")
        self._known(tx, caller, cmd.name)
        disabled = tx.connector_health(caller.org_id, cmd.name)[1] is not None
        tx.set_connector_health(caller.org_id, cmd.name, None, None)
        tx.hasten_webhooks(caller.org_id, cmd.name, now)
        said = f"connector {cmd.name} enabled" if disabled else f"connector {cmd.name} was not disabled"
        return self._connectors_reply(tx, caller, "enable_webhook_connector", said)

    # -- deliveries -----------------------------------------------------------------------------------------

    def list_webhook_deliveries(
        self, tx: Tx, caller: Caller, cmd: CN.ListWebhookDeliveriesCommand, now: float
    ) -> A.AppToServerCommandReply:
        self._known(tx, caller, cmd.connector)
        if cmd.status and cmd.status not in _FROM_WIRE:
            raise CommandError(f"status: {cmd.status} is no delivery status")
        if cmd.limit < 0 or cmd.limit > MOST:
            raise CommandError(f"limit: {cmd.limit} (0 for {PAGE}, at most {MOST})")
        limit = cmd.limit or PAGE
        after = 0
        if cmd.cursor:
            text = decode_cursor(cmd.cursor)
            if not text.isdigit():
                raise CommandError(f"cursor: {cmd.cursor!r} is not a cursor this runtime gave")
            after = int(text)
        status = _FROM_WIRE.get(cmd.status) if cmd.status else None
        rows = tx.list_webhooks(caller.org_id, cmd.connector, status, seconds_of(cmd.since, 0.0),
                                seconds_of(cmd.until, float("inf")), after, limit + 1)  # fmt: skip
        out, body = reply("list_webhook_deliveries")
        for row in rows[:limit]:
            _delivery(body.deliveries.add(), row)
        if len(rows) > limit:
            body.next_cursor = encode_cursor(str(rows[limit - 1].row_id))
        return out

    def replay_webhook_deliveries(
        self, tx: Tx, caller: Caller, cmd: CN.ReplayWebhookDeliveriesCommand, now: float
    ) -> A.AppToServerCommandReply:
        require_admin(caller, "replay_webhook_deliveries")
        self._known(tx, caller, cmd.connector)
        if not cmd.webhook_ids and not cmd.since.ByteSize() and not cmd.until.ByteSize():
            raise CommandError("name the deliveries: webhook_ids, or a time range (since, until)")
        since, until = seconds_of(cmd.since, 0.0), seconds_of(cmd.until, float("inf"))
        count = tx.replay_webhooks(caller.org_id, cmd.connector, list(cmd.webhook_ids), since, until, now)
        out, body = reply("replay_webhook_deliveries")
        body.count = count
        body.description = f"{count} failed deliveries of {cmd.connector} queued again"
        return out

    # -- inbound events ----------------------------------------------------------------------------------

    def _inbound_known(self, caller: Caller, name: str) -> None:
        if not any(c.name == name for c in caller.org.inbound):
            raise CommandError(f"connector: org {caller.org_id} has no inbound connector {name!r}")

    def get_inbound_event(
        self, tx: Tx, caller: Caller, cmd: CN.GetInboundEventCommand, now: float
    ) -> A.AppToServerCommandReply:
        self._inbound_known(caller, cmd.connector)
        row = tx.inbound_event(caller.org_id, cmd.connector, cmd.event_id)
        if row is None:
            raise CommandError(f"event_id: {cmd.connector} has no event {cmd.event_id!r} (kept 7 days)")
        out, body = reply("get_inbound_event")
        _inbound(body.event, row)
        return out

    def replay_inbound_event(
        self, tx: Tx, caller: Caller, cmd: CN.ReplayInboundEventCommand, now: float
    ) -> A.AppToServerCommandReply:
        require_admin(caller, "replay_inbound_event")
        self._inbound_known(caller, cmd.connector)
        if not tx.replay_inbound(caller.org_id, cmd.connector, cmd.event_id):
            raise CommandError(f"event_id: {cmd.connector} has no failed event {cmd.event_id!r}")
        out, body = reply("replay_inbound_event")
        body.count, body.description = 1, f"event {cmd.event_id} queued again"
        return out
