"""``elarian-sync report``: the communication layer's reports as CSV, read over the connection
like any app does (the command line never opens the store)."""

from __future__ import annotations

import argparse
import csv
import os
import sys
from collections.abc import Iterator
from datetime import datetime, timezone
from typing import TextIO

from ..config import DEV_API_KEY, DEV_APP, DEV_ORG

COLUMNS = [
    "report_id", "created_at", "updated_at", "channel", "address", "customer_id", "status", "category",
    "template_id", "template_version", "event", "job_id", "campaign_id", "provider",
    "provider_message_id", "error_code", "error_message", "app_id",
]  # fmt: skip


def _when(text: str) -> datetime:
    try:
        return datetime.fromtimestamp(float(text), timezone.utc)
    except ValueError:
        pass
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a time: {text!r} (give ISO 8601 or epoch seconds)") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def add_client_arguments(parser: argparse.ArgumentParser) -> None:
    """Where the runtime is and who the command line is to it."""
    parser.add_argument(
        "--url", default=os.environ.get("ELARIAN_URL", "ws://127.0.0.1:8080"), help="the runtime"
    )
    parser.add_argument("--org", default=DEV_ORG, help="org id (default: the dev org)")
    parser.add_argument("--app", default=DEV_APP, help="app id (default: the dev app)")
    parser.add_argument(
        "--key",
        default=os.environ.get("ELARIAN_API_KEY"),
        help="API key (default: $ELARIAN_API_KEY, else the dev org's test key)",
    )


def add_report_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    report = commands.add_parser(
        "report",
        help="export communication reports as CSV",
        description="Write the reports (one row per SMS or email sent, queued, skipped or failed) of a "
        "date range as CSV, newest first, filtered as asked.",
    )
    add_client_arguments(report)
    report.add_argument("--since", type=_when, required=True, help="start of the range (ISO 8601 or epoch)")
    report.add_argument("--until", type=_when, help="end of the range (default: now)")
    report.add_argument("--channel", choices=["sms", "email"], help="one channel (default both)")
    report.add_argument("--address", help="one phone number or email address")
    report.add_argument("--status", choices=["success", "error"], help="sent/delivered, or failed/unknown")
    report.add_argument("--template", help="template id")
    report.add_argument("--job", help="job id (an async send)")
    report.add_argument("--campaign", help="campaign id")
    report.add_argument("--event", help="event name")
    report.add_argument("--output", "-o", help="file to write (default: standard output)")
    report.set_defaults(run=run_report)


def _rows(args: argparse.Namespace) -> Iterator[list[str]]:
    from elarian_sync import Elarian
    from elarian_sync._generated.models import CommsChannel, ReportOutcome

    key = args.key or DEV_API_KEY
    with Elarian(org_id=args.org, app_id=args.app, api_key=key, url=args.url) as client:
        cursor = ""
        while True:
            page = client.commands.query_reports(
                since=args.since,
                until=args.until,
                channel=CommsChannel[args.channel.upper()] if args.channel else CommsChannel.UNSPECIFIED,
                address=args.address or "",
                outcome=ReportOutcome[args.status.upper()] if args.status else ReportOutcome.ANY,
                template_id=args.template or "",
                job_id=args.job or "",
                campaign_id=args.campaign or "",
                event=args.event or "",
                cursor=cursor,
                limit=1000,
            )
            if not page.status:
                raise SystemExit(f"elarian-sync report: {page.description}")
            for r in page.reports:
                yield [
                    r.report_id,
                    r.created_at.isoformat() if r.created_at else "",
                    r.updated_at.isoformat() if r.updated_at else "",
                    r.channel.name.lower(),
                    r.address,
                    r.customer_id,
                    r.status.name.lower(),
                    r.category.name.lower(),
                    r.template_id,
                    str(r.template_version),
                    r.event,
                    r.job_id,
                    r.campaign_id,
                    r.provider,
                    r.provider_message_id,
                    r.error_code,
                    r.error_message,
                    r.app_id,
                ]
            if not page.next_cursor:
                return
            cursor = page.next_cursor


def _write(args: argparse.Namespace, out: TextIO) -> int:
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    count = 0
    for row in _rows(args):
        writer.writerow(row)
        count += 1
    return count


def run_report(args: argparse.Namespace) -> int:
    from elarian_sync.errors import ConnectError, ConnectionRejectedError

    try:
        if args.output:
            with open(args.output, "w", newline="", encoding="utf-8") as out:
                count = _write(args, out)
        else:
            count = _write(args, sys.stdout)
    except (ConnectError, ConnectionRejectedError) as exc:
        print(f"elarian-sync report: {exc}", file=sys.stderr)
        return 1
    print(f"{count} report{'s' if count != 1 else ''}", file=sys.stderr)
    return 0
