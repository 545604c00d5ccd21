"""The communication layer (seed 003): templates, variables, events, sends, OTP, reports,
suppression, audiences and campaigns (docs/communication.md). ``service.Comms`` holds the
commands; ``sender.Sender`` sends what was queued; ``runner.Runner`` takes campaigns up."""

from __future__ import annotations

from typing import Any

from elarian_sync._generated import app_socket_pb2 as A

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
