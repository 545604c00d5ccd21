"""Connectors (seed 002): outbound webhooks enriched with customers' identities (``outbound``),
and, on the HTTP side, audience events from outside platforms (``inbound``).
See docs/connectors.md."""

COMMANDS = (
    "list_connectors", "set_webhook_connector", "delete_webhook_connector", "enable_webhook_connector",
    "list_webhook_deliveries", "replay_webhook_deliveries", "get_inbound_event", "replay_inbound_event",
)  # fmt: skip
"""The connectors' commands (connectors.proto), each answered at its own number."""
READS = frozenset({"list_connectors", "list_webhook_deliveries", "get_inbound_event"})
"""The connector commands that change nothing: they run in a snapshot."""
