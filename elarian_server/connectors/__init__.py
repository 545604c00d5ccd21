"""Connectors (seed 002): outbound webhooks enriched with customers' identities (``outbound``),
and, on the HTTP side, audience events from outside platforms (``inbound``).
See docs/connectors.md."""
