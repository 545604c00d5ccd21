"""An org's providers and their defaults as sends see them: the runtime's config's, then those
added through the API (``set_provider``, ``set_provider_defaults``). Read from the store once per
org and kept until a change (here, or on another instance: ``Effects.reconfigured``) drops them."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace

from elarian_sync._generated import comms_pb2 as CM

from ..config import Config, Org, ProviderSettings
from ..store.base import Store


def settings_of(info: CM.ProviderInfo, secret: str) -> ProviderSettings:
    """A provider the API added, as the runtime uses it."""
    return ProviderSettings(
        name=info.name,
        kind=info.kind,
        channel=int(info.channel),
        numbers=tuple(info.numbers),
        host=info.host,
        port=info.port,
        security=info.security or "none",
        username=info.username,
        secret=secret,
        url=info.url,
        timeout=info.timeout or 10.0,
        rate=info.rate,
        price=info.price,
    )


class Directory:
    def __init__(self, config: Config, store: Store) -> None:
        self.config = config
        self.store = store
        self._orgs: dict[str, Org] = {}
        self._generation = 0
        self._lock = threading.Lock()
        self._listeners: list[Callable[[], None]] = []

    def org(self, org_id: str) -> Org | None:
        """The org with every provider it has (None: no such org in the config)."""
        with self._lock:
            cached = self._orgs.get(org_id)
            generation = self._generation
        if cached is not None:
            return cached
        base = self.config.orgs.get(org_id)
        if base is None:
            return None
        with self.store.read() as tx:
            rows = tx.providers(org_id)
            chains = tx.provider_defaults(org_id)
        added = tuple(settings_of(CM.ProviderInfo.FromString(body), secret) for _, body, secret in rows)
        org = base
        if added or chains:
            comms = replace(base.comms, defaults={**base.comms.defaults, **chains})
            org = replace(base, providers=base.providers + added, comms=comms)
        with self._lock:
            if self._generation == generation:  # nothing changed while it was read
                self._orgs[org_id] = org
        return org

    def invalidate(self) -> None:
        """Providers or defaults changed: read them again when next asked (and tell listeners)."""
        with self._lock:
            self._generation += 1
            self._orgs.clear()
        for listener in self._listeners:
            listener()

    def listen(self, changed: Callable[[], None]) -> None:
        self._listeners.append(changed)
