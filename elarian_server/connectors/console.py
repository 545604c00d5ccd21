"""``elarian-sync connector ...``: the connectors from the command line, an SDK client of a
running runtime (``--url``, ``--key``: an org admin key to enable or replay)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import datetime
from typing import Any

from ..comms.cli import _when, add_client_arguments
from ..config import DEV_API_KEY


def _client(args: argparse.Namespace) -> Any:
    from elarian_sync import Elarian

    return Elarian(org_id=args.org, app_id=args.app, api_key=args.key or DEV_API_KEY, url=args.url,
                   allow_notifications=False)  # fmt: skip


def _stamp(moment: datetime | None) -> str:
    return moment.isoformat(timespec="seconds") if moment is not None else "-"


def _refused(args: argparse.Namespace, reply: Any) -> int:
    print(f"elarian-sync connector {args.action}: {reply.description}", file=sys.stderr)
    return 2


def _list(args: argparse.Namespace, cmds: Any) -> int:
    reply = cmds.list_connectors()
    for c in reply.webhooks:
        health = (
            "disabled"
            if c.disabled_at
            else f"failing since {_stamp(c.failing_since)}"
            if c.failing_since
            else "ok"
        )
        print(f"out  {c.name}  {c.url}  {health}  pending {c.pending:,}, delivered {c.delivered:,}, "
              f"failed {c.failed:,}  events {','.join(c.events) or 'all'}"
              f"{'  (config file)' if c.from_config else ''}")  # fmt: skip
    for i in reply.inbound:
        print(
            f"in   {i.name}  /connectors/{i.name}/events  {i.auth}  audiences {','.join(i.audiences) or '-'}"
        )
    return 0


def _deliveries(args: argparse.Namespace, cmds: Any) -> int:
    from elarian_sync._generated.models import WebhookDeliveryStatus

    status = WebhookDeliveryStatus[args.status.upper()] if args.status else WebhookDeliveryStatus.UNSPECIFIED
    cursor = ""
    while True:
        reply = cmds.list_webhook_deliveries(
            connector=args.name, status=status, since=args.since, until=args.until, cursor=cursor, limit=1000
        )
        if not reply.status:
            return _refused(args, reply)
        for d in reply.deliveries:
            said = f"  {d.last_code or ''} {d.last_error}".rstrip() if d.last_error or d.last_code else ""
            print(f"{d.webhook_id}  {_stamp(d.created_at)}  {d.event_type}  {d.status.name.lower()}  "
                  f"attempts {d.attempts}{said}")  # fmt: skip
        cursor = reply.next_cursor
        if not cursor:
            return 0


def run_connector(args: argparse.Namespace) -> int:
    with _client(args) as client:
        cmds = client.commands
        if args.action == "list":
            return _list(args, cmds)
        if not args.name:
            raise SystemExit(f"elarian-sync connector {args.action}: give the connector's name")
        if args.action == "deliveries":
            return _deliveries(args, cmds)
        act: dict[str, Callable[[], Any]] = {
            "enable": lambda: cmds.enable_webhook_connector(name=args.name),
            "replay": lambda: cmds.replay_webhook_deliveries(
                connector=args.name, webhook_ids=args.ids, since=args.since, until=args.until
            ),
            "event": lambda: cmds.get_inbound_event(connector=args.name, event_id=(args.ids or [""])[0]),
            "replay-event": lambda: cmds.replay_inbound_event(
                connector=args.name, event_id=(args.ids or [""])[0]
            ),
        }
        reply = act[args.action]()
        if not reply.status:
            return _refused(args, reply)
        if args.action == "event":
            e = reply.event
            who = e.customer_id or "-"
            print(f"{e.event_id}  {e.audience} {e.action}  {e.status.name.lower()}  customer {who}  "
                  f"received {_stamp(e.received_at)}  {e.outcome}")  # fmt: skip
        else:
            print(reply.description)
        return 0


def add_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    connector = commands.add_parser(
        "connector",
        help="list connectors; list, replay webhook deliveries; enable a connector; look up inbound events",
        description="Connectors (docs/connectors.md), over the connection (an SDK client). `list`: every "
        "connector with its health and counts; `deliveries NAME [--status failed]`; `replay NAME "
        "[WEBHOOK_ID ...] [--since T --until T]` (failed ones); `enable NAME`; `event NAME EVENT_ID` and "
        "`replay-event NAME EVENT_ID` for inbound connectors. Enabling and replaying need an admin key.",
    )
    connector.add_argument(
        "action", choices=["list", "deliveries", "replay", "enable", "event", "replay-event"]
    )
    connector.add_argument("name", nargs="?", help="the connector's name")
    connector.add_argument("ids", nargs="*", help="webhook ids (replay) or the inbound event's id")
    connector.add_argument(
        "--status", choices=["pending", "delivered", "failed"], help="deliveries of one status"
    )
    connector.add_argument("--since", type=_when, help="created from (ISO 8601 or epoch)")
    connector.add_argument("--until", type=_when, help="created before (ISO 8601 or epoch)")
    add_client_arguments(connector)
    connector.set_defaults(run=run_connector)
