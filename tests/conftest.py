"""Shared test configuration."""

from __future__ import annotations

from hypothesis import HealthCheck, settings

# pytester: to run users' test files against the elarian pytest plugin; sdk_support: the
# runtime, app and sim fixtures of the SDK's end-to-end tests
pytest_plugins = ["pytester", "tests.sdk_support"]

# Bounded and deterministic enough for CI; `--hypothesis-profile=deep` for more.
settings.register_profile(
    "default",
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile("deep", max_examples=2000, deadline=None)
settings.load_profile("default")
