"""The communication layer (seed 003): templates, variables, events, sends, OTP, reports,
suppression (docs/communication.md). ``service.Comms`` holds the commands; ``sender.Sender``
sends what was queued."""

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
    }
)
"""The layer's commands that change nothing: they run in a snapshot."""
