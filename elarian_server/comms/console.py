"""``elarian-sync audience ...`` and ``elarian-sync campaign ...``: importing an audience and
watching a campaign from a terminal, as an SDK client over the connection (the command line never
opens the store).

Long work shows a live progress bar (``rich``) when standard error is a terminal, and otherwise
writes a plain line every few seconds, so a log or a CI job reads what happened.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import IO, Any, TextIO

from ..config import DEV_API_KEY
from .cli import _when, add_client_arguments

PLAIN_EVERY = 2.0
"""Seconds between plain progress lines."""
WATCH_EVERY = 0.5
"""Seconds between looks at a watched campaign."""


def _client(args: argparse.Namespace) -> Any:
    from elarian_sync import Elarian

    return Elarian(org_id=args.org, app_id=args.app, api_key=args.key or DEV_API_KEY, url=args.url)


class Progress:
    """One line of progress: a live bar on a terminal, else a plain line every few seconds (and
    at the end)."""

    def __init__(self, what: str, total: int | None, stream: TextIO, columns: list[str]) -> None:
        self.what = what
        self.stream = stream
        self.live = stream.isatty()
        self._last = 0.0
        self._bar: Any = None
        self._task: Any = None
        if self.live:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )
            from rich.progress import (
                Progress as Bar,
            )

            self._bar = Bar(
                TextColumn("[bold]{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                *(TextColumn(f"{c} {{task.fields[{c.replace(' ', '_')}]}}") for c in columns),
                TimeElapsedColumn(),
                TimeRemainingColumn(),
                console=Console(file=stream),
                transient=False,
            )
            self._task = self._bar.add_task(what, total=total, **{c.replace(" ", "_"): "" for c in columns})
            self._bar.start()

    def update(self, done: int, total: int | None = None, final: bool = False, **fields: str) -> None:
        if self.live:
            self._bar.update(self._task, completed=done, total=total, **fields)
            return
        now = time.monotonic()
        if final or now - self._last >= PLAIN_EVERY:
            self._last = now
            said = ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in fields.items())
            of = f"/{total}" if total is not None else ""
            print(f"{self.what}: {done}{of}{', ' + said if said else ''}", file=self.stream, flush=True)

    def close(self) -> None:
        if self.live:
            self._bar.stop()


@contextmanager
def progress(what: str, total: int | None, stream: TextIO, columns: list[str]) -> Iterator[Progress]:
    shown = Progress(what, total, stream, columns)
    try:
        yield shown
    finally:
        shown.close()


def _count_rows(path: str) -> int:
    """Lines in the file less its header: the bar's total (a quoted field spanning lines makes it
    an overestimate, which the end corrects)."""
    lines = 0
    last = b"\n"
    with open(path, "rb") as f:
        while block := f.read(1 << 20):
            lines += block.count(b"\n")
            last = block[-1:]
    if last != b"\n":
        lines += 1
    return max(0, lines - 1)


# -- audience -------------------------------------------------------------------------------------


def run_import(args: argparse.Namespace) -> int:
    from elarian_sync.audiences import ImportProgress, import_audience
    from elarian_sync.errors import CommandRefusedError, ConnectError, ConnectionRejectedError

    total = _count_rows(args.file)
    try:
        with _client(args) as client, progress(
            f"importing {args.name}", total, sys.stderr, ["rows/s", "rejected"]
        ) as shown:  # fmt: skip

            def tell(p: ImportProgress) -> None:
                shown.update(
                    p.rows, max(total, p.rows) if p.done else total, final=p.done,
                    **{"rows/s": f"{p.rate:,.0f}", "rejected": f"{p.rejected:,}"},
                )  # fmt: skip

            audience = import_audience(
                client, args.file, name=args.name, phone_column=args.phone_column or "",
                email_column=args.email_column or "", region=args.region or "", chunk_rows=args.chunk_rows,
                resume=args.resume or "", on_progress=tell,
            )  # fmt: skip
    except (CommandRefusedError, ValueError, OSError) as exc:
        print(f"elarian-sync audience import: {exc}", file=sys.stderr)
        return 2
    except (ConnectError, ConnectionRejectedError) as exc:
        print(f"elarian-sync audience import: {exc}", file=sys.stderr)
        return 1
    print(
        f"audience {audience.name} ({audience.audience_id}): {audience.members:,} contacts from "
        f"{audience.rows:,} rows, {audience.rejected:,} rejected"
        + (f" (elarian-sync audience rejects {audience.name})" if audience.rejected else "")
    )
    return 0


def _audience(client: Any, name: str) -> Any:
    found = client.commands.get_audience(name=name)
    if not found.status:
        found = client.commands.get_audience(audience_id=name)
    if not found.status:
        raise SystemExit(f"elarian-sync audience: {found.description}")
    return found.audience


def run_rejects(args: argparse.Namespace) -> int:
    with _client(args) as client:
        audience = _audience(client, args.name)
        out: IO[str] = open(args.output, "w", newline="", encoding="utf-8") if args.output else sys.stdout  # noqa: SIM115
        try:
            writer = csv.writer(out) if args.csv else None
            if writer is not None:
                writer.writerow(["line", "reason"])
            cursor, count = "", 0
            while True:
                page = client.commands.list_audience_rejects(
                    audience_id=audience.audience_id, cursor=cursor, limit=10_000
                )
                for r in page.rejects:
                    count += 1
                    if writer is not None:
                        writer.writerow([r.line, r.reason])
                    else:
                        print(f"line {r.line}: {r.reason}", file=out)
                if not page.next_cursor:
                    break
                cursor = page.next_cursor
        finally:
            if out is not sys.stdout:
                out.close()
    print(f"{count} rejected row{'s' if count != 1 else ''}", file=sys.stderr)
    return 0


def run_audiences(args: argparse.Namespace) -> int:
    with _client(args) as client:
        for a in client.commands.list_audiences().audiences:
            source = f"tag {a.customer_tag.key}" if a.customer_tag else f"{a.rows:,} rows"
            print(f"{a.audience_id}  {a.name}  {a.state.name.lower()}  {a.members:,} contacts ({source}, "
                  f"{a.rejected:,} rejected)")  # fmt: skip
    return 0


# -- campaign -------------------------------------------------------------------------------------


def _describe(c: Any, p: Any) -> str:
    line = f"{c.campaign_id}  {c.name}  {c.state.name.lower()}"
    if c.state_reason:
        line += f" ({c.state_reason})"
    if p is not None:
        line += (
            f"  sent {p.sent:,}, failed {p.failed:,}, skipped {p.skipped:,}, unknown {p.unknown:,},"
            f" in flight {p.in_flight:,}, remaining {p.remaining:,}"
        )
    return line


def run_campaign(args: argparse.Namespace) -> int:
    with _client(args) as client:
        cmds = client.commands
        if args.action == "list":
            for c in cmds.list_campaigns().campaigns:
                print(_describe(c, None))
            return 0
        if not args.id:
            raise SystemExit(f"elarian-sync campaign {args.action}: give the campaign's id")
        act: dict[str, Callable[[], Any]] = {
            "show": lambda: cmds.get_campaign(campaign_id=args.id),
            "start": lambda: cmds.start_campaign(campaign_id=args.id, at=args.at),
            "pause": lambda: cmds.pause_campaign(campaign_id=args.id),
            "resume": lambda: cmds.resume_campaign(campaign_id=args.id),
            "cancel": lambda: cmds.cancel_campaign(campaign_id=args.id),
        }
        if args.action == "watch":
            return _watch(cmds, args.id)
        reply = act[args.action]()
        if not reply.status:
            print(f"elarian-sync campaign {args.action}: {reply.description}", file=sys.stderr)
            return 2
        print(_describe(reply.campaign, reply.progress))
        if args.action == "show" and reply.estimate is not None:
            e = reply.estimate
            each = f"{e.segments} segment(s) x {e.price:g} ({e.provider})"
            print(f"estimate: {e.recipients:,} recipients x {each} = {e.cost:g}")
        return 0


def _watch(cmds: Any, campaign_id: str) -> int:
    """Follow a campaign until it finishes or is cancelled."""
    first = cmds.get_campaign(campaign_id=campaign_id)
    if not first.status:
        print(f"elarian-sync campaign watch: {first.description}", file=sys.stderr)
        return 2
    total = first.progress.total if first.progress else 0
    state = ""
    with progress(f"campaign {first.campaign.name}", total, sys.stderr, ["state", "sent", "failed",
                  "skipped", "unknown", "rate"]) as shown:  # fmt: skip
        while True:
            reply = cmds.get_campaign(campaign_id=campaign_id)
            c, p = reply.campaign, reply.progress
            done = p.sent + p.failed + p.skipped + p.unknown
            ended = c.state.name in ("FINISHED", "CANCELLED")
            now_state = c.state.name.lower() + (f" ({c.state_reason})" if c.state_reason else "")
            shown.update(
                done, p.total, final=ended or now_state != state, state=now_state, sent=f"{p.sent:,}",
                failed=f"{p.failed:,}", skipped=f"{p.skipped:,}", unknown=f"{p.unknown:,}",
                rate=f"{p.rate:,.0f}/s",
            )  # fmt: skip
            state = now_state
            if ended:
                break
            time.sleep(WATCH_EVERY)  # a watch polls: each look is one read
    print(_describe(c, p))
    return 0


def add_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    audience = commands.add_parser(
        "audience",
        help="import an audience from a CSV, list audiences, list an import's rejected rows",
        description="Audiences of the communication layer, over the connection (an SDK client).",
    )
    actions = audience.add_subparsers(dest="action", required=True)
    imp = actions.add_parser(
        "import",
        help="import a CSV into a new audience",
        description="Stream a CSV (a header row, then one contact per row) to the runtime in chunks, "
        "with a live progress bar on a terminal (rows, rows/s, rejected) and plain lines otherwise.",
    )
    add_client_arguments(imp)
    imp.add_argument("file", help="the CSV file")
    imp.add_argument("--name", required=True, help="the audience's name")
    imp.add_argument("--phone-column", help="the column of phone numbers")
    imp.add_argument("--email-column", help="the column of email addresses")
    imp.add_argument("--region", help="where numbers without a country code are from (default: the org's)")
    imp.add_argument("--chunk-rows", type=int, default=5000, help="rows per chunk (default 5000)")
    imp.add_argument("--resume", metavar="AUDIENCE_ID", help="go on with an import that stopped part-way")
    imp.set_defaults(run=run_import)
    rejects = actions.add_parser("rejects", help="the rows an import rejected, with why")
    add_client_arguments(rejects)
    rejects.add_argument("name", help="the audience's name (or id)")
    rejects.add_argument("--csv", action="store_true", help="as CSV (line, reason)")
    rejects.add_argument("--output", "-o", help="file to write (default: standard output)")
    rejects.set_defaults(run=run_rejects)
    listing = actions.add_parser("list", help="the org's audiences")
    add_client_arguments(listing)
    listing.set_defaults(run=run_audiences)

    campaign = commands.add_parser(
        "campaign",
        help="list, show, start, pause, resume, cancel or watch campaigns",
        description="Campaigns of the communication layer, over the connection (an SDK client). "
        "`watch` follows one with a live progress bar until it finishes.",
    )
    campaign.add_argument("action", choices=["list", "show", "start", "pause", "resume", "cancel", "watch"])
    campaign.add_argument("id", nargs="?", help="the campaign's id")
    campaign.add_argument("--at", type=_when, help="start: when (ISO 8601 or epoch; default now)")
    add_client_arguments(campaign)
    campaign.set_defaults(run=run_campaign)
