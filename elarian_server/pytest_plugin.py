"""A pytest plugin: an embedded Elarian runtime and connected clients for your own tests.

Installed with elarian-sync (entry point ``pytest11``), so the fixtures are there
in any project that has the package::

    def test_welcome_sms(elarian_runtime, elarian_app, elarian_simulator):
        sent = []
        elarian_simulator.on("sendMessage", lambda n: sent.append(n.message.body.text))
        Customer(elarian_app, customer_number="+254700000001").send_message(SMS, welcome)
        ...
        elarian_runtime.clock.advance(3600)   # reminders due in the next hour fire

Fixtures (each test gets its own, torn down after it):

``elarian_runtime``
    a ``Runtime`` on a free loopback port, in-memory store, the dev org (the SDK spec's
    test values), and a manual clock starting now (whole seconds): move it with
    ``elarian_runtime.clock.advance(seconds)`` or ``.set(datetime)``.
``elarian_app``
    an ``Elarian`` client of the dev org, connected to it.
``elarian_simulator``
    a ``Simulator`` of the dev org, connected to it.
``elarian_client_options``
    keyword options for both clients (override it in a conftest.py to change them).

``--elarian-config FILE`` runs the runtime with a TOML configuration instead of the dev
org (the clients then need your own org, app and key: override the client fixtures).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

from elarian_sync import Elarian, ReconnectPolicy, Simulator

from .clock import ManualClock
from .config import DEV_API_KEY, DEV_APP, DEV_ORG, load_config

if TYPE_CHECKING:
    from .runtime import Runtime


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("elarian", "the embedded Elarian runtime (elarian-sync)")
    group.addoption(
        "--elarian-config",
        default=None,
        metavar="FILE",
        help="TOML configuration for the elarian_runtime fixture (default: the dev org)",
    )


@pytest.fixture
def elarian_runtime(request: pytest.FixtureRequest) -> Iterator[Runtime]:
    """An embedded runtime on a free 127.0.0.1 port with a manual clock."""
    from .runtime import Runtime  # here, not at import: the plugin loads in every pytest run

    config = load_config(request.config.getoption("--elarian-config"))
    runtime = Runtime(config, db=":memory:", clock=ManualClock(float(int(time.time()))), ws_port=0)
    runtime.start()
    try:
        yield runtime
    finally:
        runtime.stop()


@pytest.fixture
def elarian_client_options() -> dict[str, Any]:
    """Options for the client fixtures: fast reconnects, short timeouts."""
    return {"reconnect": ReconnectPolicy(initial=0.05, maximum=0.5), "request_timeout": 10.0}


@pytest.fixture
def elarian_app(elarian_runtime: Runtime, elarian_client_options: dict[str, Any]) -> Iterator[Elarian]:
    """An app client of the dev org, connected to ``elarian_runtime``."""
    client = Elarian(
        org_id=DEV_ORG, app_id=DEV_APP, api_key=DEV_API_KEY, url=elarian_runtime.url, **elarian_client_options
    )
    with client:
        yield client


@pytest.fixture
def elarian_simulator(
    elarian_runtime: Runtime, elarian_client_options: dict[str, Any]
) -> Iterator[Simulator]:
    """A simulator of the dev org, connected to ``elarian_runtime``."""
    options = {k: v for k, v in elarian_client_options.items() if k != "serializer"}
    client = Simulator(
        org_id=DEV_ORG, app_id=DEV_APP, api_key=DEV_API_KEY, url=elarian_runtime.url, **options
    )
    with client:
        yield client
