"""What the runtime exposes to Prometheus (``GET /metrics`` on its HTTP side).

Each runtime has a registry of its own (several runtimes may share a process: tests, an
embedding app), so nothing here is global. Counters are kept as things happen (commands
answered, webhook deliveries); the rest is read when scraped (connections from the delivery,
the notification backlog and campaign progress from the store), so a scrape costs the runtime
nothing between scrapes.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    ProcessCollector,
    generate_latest,
)
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

CONTENT_TYPE = CONTENT_TYPE_LATEST
"""The Prometheus text format's media type."""

Reading = Callable[[], Iterable[tuple[tuple[str, ...], float]]]
"""A family's values now: (label values, value) pairs."""

_Family = tuple[type[GaugeMetricFamily] | type[CounterMetricFamily], str, str, tuple[str, ...], Reading]


class _Read(Collector):
    """The families read at scrape time (gauges, and counters some part of the runtime keeps
    itself), each from one function of the runtime's."""

    def __init__(self, families: list[_Family]) -> None:
        self._families = families  # the runtime's list: families added later are read too

    def collect(self) -> Iterator[Metric]:
        for kind, name, documentation, labels, read in self._families:
            family = kind(name, documentation, labels=list(labels))
            for values, value in read():
                family.add_metric(list(values), value)
            yield family

    def describe(self) -> Iterator[Metric]:
        return iter(())  # read only when scraped: nothing is registered twice by name here


class Metrics:
    """One runtime's metrics."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=False)
        ProcessCollector(namespace="elarian", registry=self.registry)  # CPU, memory, open files
        self._commands = Counter(
            "elarian_commands",
            "Commands answered, by the kind of connection (app or simulator), the command and the "
            "outcome (answered: a reply, whatever its status; failed: an error frame)",
            ["connection", "command", "outcome"],
            registry=self.registry,
        )
        self._webhooks = Counter(
            "elarian_webhook_deliveries",
            "Outbound connector deliveries, by org, connector and outcome (delivered, retrying, failed)",
            ["org", "connector", "outcome"],
            registry=self.registry,
        )
        self._inbound = Counter(
            "elarian_inbound_events",
            "Inbound connector events, by org, connector and outcome (accepted, duplicate, refused, bad; "
            "then applied, ignored, failed)",
            ["org", "connector", "outcome"],
            registry=self.registry,
        )
        self._handed_off = Counter(
            "elarian_sockets_handed_off",
            "WebSockets handed to the worker process, served there from their first byte, by their "
            "first frame (setup: a simulator's; resume: a session not held here)",
            ["first"],
            registry=self.registry,
        )
        self._children: dict[tuple[str, ...], Counter] = {}
        self._lock = threading.Lock()
        self._read: list[_Family] = []
        self.registry.register(_Read(self._read))

    def gauge(self, name: str, documentation: str, labels: tuple[str, ...], read: Reading) -> None:
        """A gauge family read at every scrape: ``read()`` gives (label values, value) pairs."""
        self._read.append((GaugeMetricFamily, name, documentation, labels, read))

    def counter(self, name: str, documentation: str, labels: tuple[str, ...], read: Reading) -> None:
        """A counter family read at every scrape (``name``, exposed as ``name_total``), for counts
        a part of the runtime keeps itself: ``read()`` gives (label values, value) pairs."""
        self._read.append((CounterMetricFamily, name, documentation, labels, read))

    def _child(self, family: str, counter: Counter, *values: str) -> Counter:
        """A counter's child for these label values (kept: ``labels()`` takes a lock and hashes
        every time, and commands count on the hot path)."""
        key = (family, *values)
        child = self._children.get(key)
        if child is None:
            with self._lock:
                child = self._children.setdefault(key, counter.labels(*values))
        return child

    def command(self, connection: str, command: str, outcome: str) -> None:
        self._child("commands", self._commands, connection, command or "none", outcome).inc()

    def webhook(self, org_id: str, connector: str, outcome: str) -> None:
        self._child("webhooks", self._webhooks, org_id, connector, outcome).inc()

    def inbound(self, org_id: str, connector: str, outcome: str) -> None:
        self._child("inbound", self._inbound, org_id, connector, outcome).inc()

    def handed_off(self, first: str) -> None:
        self._child("handed_off", self._handed_off, first).inc()

    def text(self) -> bytes:
        """Everything, in the Prometheus text format."""
        return generate_latest(self.registry)
