"""The communication layer (seed 003): templates, variables, events, sends, OTP, reports,
suppression, audiences and campaigns (docs/communication.md). ``service.Comms`` holds the
commands; ``sender.Sender`` sends what was queued; ``runner.Runner`` takes campaigns up."""

from __future__ import annotations

import base64
from typing import Any

from elarian_sync._generated import app_socket_pb2 as A

from ..engine.common import Caller, CommandError

READS = frozenset(
    {
        "get_template",
        "list_templates",
        "preview_template",
        "list_global_variables",
        "list_events",
        "list_otp_configs",
        "list_providers",
        "test_provider",
        "query_reports",
        "list_suppressions",
        "query_audit_log",
        "get_audience",
        "list_audiences",
        "list_audience_rejects",
        "list_audience_members",
        "get_campaign",
        "list_campaigns",
    }
)
"""The layer's commands that change nothing: they run in a snapshot."""


def reply(entry: str) -> tuple[A.AppToServerCommandReply, Any]:
    """A command's reply, ``status`` true: the reply envelope and its body (entry ``entry``)."""
    out = A.AppToServerCommandReply()
    body = getattr(out, entry)
    body.SetInParent()
    body.status = True
    return out, body


def require_admin(caller: Caller, entry: str) -> None:
    """Refuse ``entry`` unless the connection was opened with one of the org's admin keys."""
    if not caller.admin:
        raise CommandError(
            f"{entry} needs an org admin key; this connection was opened with {caller.actor or 'an app key'}"
        )


def encode_cursor(text: str) -> str:
    """A page's cursor: where the next page starts, opaque to the client."""
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> str:
    try:
        return base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
    except (ValueError, UnicodeDecodeError):
        raise CommandError(f"cursor: {cursor!r} is not a cursor this runtime gave") from None
