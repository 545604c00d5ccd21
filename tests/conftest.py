"""Shared test configuration."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

# every kept customer state a runtime serves is checked against its store (engine/state.py
# States): a write the customer versions do not count fails the test that made it, here and
# in the runtimes the tests start in processes of their own
os.environ["ELARIAN_STATE_CACHE"] = "verify"

# pytester: to run users' test files against the elarian pytest plugin; runtime_support: the
# runtime fixture and our own test client of it (client); sdk_support: the SDK's app and sim
pytest_plugins = ["pytester", "tests.runtime_support", "tests.sdk_support"]

# Bounded and deterministic enough for CI; `--hypothesis-profile=deep` for more.
settings.register_profile(
    "default",
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile("deep", max_examples=2000, deadline=None)
settings.load_profile("default")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--store",
        choices=("sqlite", "postgres"),
        default="sqlite",
        help="the store the runtime tests run on (tests that name a store keep theirs)",
    )


def pytest_configure(config: pytest.Config) -> None:
    from . import runtime_support

    runtime_support.STORE = config.getoption("--store")
