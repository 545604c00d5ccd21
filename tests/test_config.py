"""The config loader: an app id, a purse id or a channel number of a kind is declared once in the
whole file, whichever orgs declare it; a second declaration is refused, naming both places."""

from __future__ import annotations

from typing import Any

import pytest

from elarian_server.config import ConfigError, parse_config
from elarian_server.runtime import Runtime


def org(org_id: str, app: str = "", **sections: list[dict[str, str]]) -> dict[str, Any]:
    app = app or f"app-{org_id}"
    table: dict[str, Any] = {"id": org_id, "api_keys": [f"key-{org_id}"], "apps": [{"id": app}]}
    for section, entries in sections.items():
        table[section] = [{"app": app, **entry} for entry in entries]
    return table


def refusal(orgs: list[dict[str, Any]]) -> str:
    with pytest.raises(ConfigError) as refused:
        parse_config({"orgs": orgs}, "org.toml")
    return str(refused.value)


def test_a_purse_id_in_two_orgs_is_refused_naming_both() -> None:
    orgs = [
        org("a", purses=[{"id": "el_prs_a"}, {"id": "el_prs_shared"}]),
        org("b", purses=[{"id": "el_prs_shared"}]),
    ]
    assert refusal(orgs) == (
        "org.toml: purse 'el_prs_shared' is declared twice: in org 'a' (orgs[0].purses[1])"
        " and in org 'b' (orgs[1].purses[0])"
    )


def test_a_purse_id_twice_in_one_org_is_refused() -> None:
    assert refusal([org("a", purses=[{"id": "el_prs_a"}, {"id": "el_prs_a"}])]) == (
        "org.toml: purse 'el_prs_a' is declared twice: in org 'a' (orgs[0].purses[0])"
        " and in org 'a' (orgs[0].purses[1])"
    )


@pytest.mark.parametrize(
    ("section", "kind"),
    [("channels", "sms"), ("payment_channels", "cellular payment channel")],
)
def test_a_channel_number_of_a_kind_in_two_orgs_or_twice_in_one_is_refused(section: str, kind: str) -> None:
    name = kind.split()[0]
    across = [org("a", **{section: [{"channel": name, "number": "83044"}]}),
              org("b", **{section: [{"channel": name.upper(), "number": "83044"}]})]  # fmt: skip
    assert refusal(across) == (
        f"org.toml: {kind} number '83044' is declared twice: in org 'a' (orgs[0].{section}[0])"
        f" and in org 'b' (orgs[1].{section}[0])"
    )
    within = [org("a", **{section: [{"channel": name, "number": "1"}, {"channel": name, "number": "1"}]})]
    assert refusal(within) == (
        f"org.toml: {kind} number '1' is declared twice: in org 'a' (orgs[0].{section}[0])"
        f" and in org 'a' (orgs[0].{section}[1])"
    )


def test_an_app_id_in_two_orgs_or_twice_in_one_is_refused() -> None:
    assert refusal([org("a", app="app-x"), org("b", app="app-x")]) == (
        "org.toml: app 'app-x' is declared twice: in org 'a' (orgs[0].apps[0])"
        " and in org 'b' (orgs[1].apps[0])"
    )
    twice = org("a")
    twice["apps"].append({"id": "app-a"})
    assert refusal([twice]) == (
        "org.toml: app 'app-a' is declared twice: in org 'a' (orgs[0].apps[0])"
        " and in org 'a' (orgs[0].apps[1])"
    )


def test_one_number_on_channels_of_different_kinds_is_accepted() -> None:
    """The dev org's numbers: one phone number on voice and WhatsApp, 83044 for SMS and payments."""
    phone = "+254711621711"
    orgs = [
        org(
            "a",
            channels=[
                {"channel": "sms", "number": "83044"},
                {"channel": "voice", "number": phone},
                {"channel": "whatsapp", "number": phone},
            ],
            payment_channels=[
                {"channel": "cellular", "number": "83044"},
                {"channel": "airtime", "number": "83044"},
            ],
        ),
        org("b", channels=[{"channel": "telegram", "number": phone}], purses=[{"id": "el_prs_b"}]),
    ]
    config = parse_config({"orgs": orgs}, "org.toml")
    assert len(config.orgs["a"].channels) == 3 and len(config.orgs["a"].payment_channels) == 2
    assert len(config.orgs["b"].channels) == 1


@pytest.mark.parametrize(
    "raw,named",
    [
        ({"orgs": ["a"]}, "org.toml: orgs[0] must be a table, not str 'a'"),
        ({"orgs": [{**org("a"), "apps": ["x"]}]}, "org.toml: orgs[0]: apps[0] must be a table, not str 'x'"),
        ({"orgs": [{**org("a"), "purses": [{"id": "p", "balances": "5"}]}]}, "'balances' must be a table"),
        (
            {"orgs": [{**org("a"), "channels": [7]}]},
            "org.toml: orgs[0]: channels[0] must be a table, not int 7",
        ),
        ({"orgs": [org("a")], "runtime": 3}, "org.toml: 'runtime' must be a table, not int 3"),
        ({"orgs": [org("a")], "runtime": {"session_seconds": 30}}, "'session_seconds' must be a table"),
    ],
)
def test_a_value_of_the_wrong_shape_is_refused_naming_it(raw: dict[str, Any], named: str) -> None:
    with pytest.raises(ConfigError) as refused:
        parse_config(raw, "org.toml")
    assert named in str(refused.value)


def test_runtime_settings_are_read_and_checked() -> None:
    config = parse_config(
        {"orgs": [org("a")], "runtime": {"write_timeout": 2, "session_seconds": {"ussd": 60}}}, "org.toml"
    )
    assert config.runtime.write_timeout == 2.0
    assert (
        config.runtime.session_seconds["ussd"] == 60.0 and config.runtime.session_seconds["voice"] == 3600.0
    )
    with Runtime(config) as runtime:
        assert runtime.delivery.write_timeout == 2.0  # the runtime uses it


@pytest.mark.parametrize(
    "runtime,named",
    [
        (
            {"write_timeout": 0},
            "org.toml: [runtime]: write_timeout must be a positive number of seconds, not 0",
        ),
        ({"lease_seconds": "90"}, "lease_seconds must be a positive number of seconds, not '90'"),
        ({"notification_timeout": float("inf")}, "notification_timeout must be a positive number"),
        ({"session_seconds": {"ussd": -1}}, "[runtime.session_seconds]: ussd must be a positive number"),
        ({"session_seconds": {"sms": 5}}, "'sms' is no channel with sessions (one of ussd, voice,"),
        ({"db": ""}, "org.toml: [runtime]: 'db' must be a non-empty string"),
        ({"db": 5}, "org.toml: [runtime]: 'db' must be a non-empty string"),
        ({"background": "no"}, "org.toml: [runtime]: background must be true or false, not 'no'"),
    ],
)
def test_a_runtime_setting_out_of_range_is_refused_naming_it(runtime: dict[str, Any], named: str) -> None:
    with pytest.raises(ConfigError) as refused:
        parse_config({"orgs": [org("a")], "runtime": runtime}, "org.toml")
    assert named in str(refused.value)


def test_the_store_can_be_named_in_the_config_file() -> None:
    url = "postgresql://elarian@127.0.0.1:5432/elarian"
    assert parse_config({"orgs": [org("a")], "runtime": {"db": url}}, "org.toml").runtime.db == url
    assert parse_config({"orgs": [org("a")]}, "org.toml").runtime.db is None  # serve's default then


def test_an_instance_alone_on_its_store_must_run_the_background_work() -> None:
    config = parse_config({"orgs": [org("a")], "runtime": {"background": False}}, "org.toml")
    assert config.runtime.background is False
    with pytest.raises(ValueError, match="needs a store other instances share"):
        Runtime(config)  # SQLite: nothing else would send what it queues


def test_comms_settings_are_checked_and_admin_keys_read() -> None:
    sms = [{"channel": "sms", "number": "83044"}]
    table = org("a", channels=sms)
    table["admin_keys"] = ["admin-a"]
    table["comms"] = {
        "globals": {"brand": "Acme"},
        "sms_sender": "83044",
        "stop_keywords": ["stop", " Arrêt "],
    }
    config = parse_config({"orgs": [table]}, "org.toml")
    parsed = config.orgs["a"]
    assert parsed.admin_keys == frozenset({"admin-a"})
    assert parsed.comms.globals == {"brand": "Acme"} and parsed.comms.stop_keywords == ("STOP", "ARRÊT")
    assert parsed.sender(1) is not None and parsed.sender(1).number == "83044"  # type: ignore[union-attr]
    table["comms"] = {"sms_sender": "99999"}
    assert "sms_sender '99999' is not one of the org's sms channel numbers" in refusal([table])
    table["comms"] = {"globals": {"not a name": "x"}}
    assert "'not a name' is not a variable name" in refusal([table])
    table["comms"] = {"senders": "x"}
    assert "unknown setting 'senders'" in refusal([table])
    with pytest.raises(ConfigError, match="send_rate"):
        parse_config({"orgs": [org("b")], "runtime": {"send_rate": -1}}, "org.toml")


def test_providers_and_their_defaults_are_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    sms = [{"channel": "sms", "number": "83044"}]

    def with_providers(*providers: dict[str, Any], defaults: dict[str, Any] | None = None) -> dict[str, Any]:
        table = org("a", channels=sms)
        table["providers"] = list(providers)
        if defaults is not None:
            table["comms"] = {"defaults": defaults}
        return table

    at = {
        "name": "at",
        "kind": "http_sms",
        "channel": "sms",
        "numbers": ["83044"],
        "url": "http://127.0.0.1:1/x",
    }
    monkeypatch.setenv("AT_KEY", "secret-from-env")
    config = parse_config({"orgs": [with_providers({**at, "api_key_env": "AT_KEY"})]}, "org.toml")
    (provider,) = config.orgs["a"].providers
    assert provider.secret == "secret-from-env" and "secret-from-env" not in repr(provider)
    assert config.orgs["a"].provider_chain("transactional", 1, "83044") == [provider]
    assert config.orgs["a"].provider_chain("transactional", 1, "other")[0].name == "simulator"
    assert "names NOPE, which is not set" in refusal([with_providers({**at, "api_key_env": "NOPE"})])
    assert "unknown kind 'smpp2'" in refusal([with_providers({**at, "kind": "smpp2"})])
    assert "cannot send email" in refusal([with_providers({**at, "channel": "email"})])
    assert "'99' is not one of the org's sms channel numbers" in refusal(
        [with_providers({**at, "numbers": ["99"]})]
    )
    assert "needs an http(s) url" in refusal([with_providers({**at, "url": "ftp://x"})])
    assert "unknown provider 'mail'" in refusal([with_providers(at, defaults={"otp_sms": ["at", "mail"]})])
    assert "not a category and channel" in refusal([with_providers(at, defaults={"urgent_sms": ["at"]})])
    assert "provider name 'simulator' is taken" in refusal([with_providers({**at, "name": "simulator"})])
