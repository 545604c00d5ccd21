"""The runtime's configuration: orgs, their apps and API keys, channel numbers, purses.

Read from TOML (``elarian-sync serve --config FILE``); with no file the runtime
runs the dev org with the SDK spec's test values, so the spec's examples work
unchanged. A file looks like::

    [runtime]
    lease_seconds = 90              # how long a lease on app data holds
    auth_token_seconds = 3600       # lifetime of tokens from GenerateAuthToken
    notification_timeout = 30       # how long the runtime waits for an app's answer
    write_timeout = 10              # a write unfinished this long: the peer is not reading (dropped)
    send_lease = 30                 # a queued send in flight this long after its sender died: unknown
    send_rate = 0                   # the simulator provider's messages/s (0: no limit)
    import_workers = 2              # processes checking audience rows (0: in the request's thread)
    state_cache_mb = 64             # customers' states kept for GetCustomerState (0: none kept)
    background = true               # run campaigns, queued sends, webhooks, inbound events here
    db = "postgresql://elarian@db.internal:5432/elarian"   # the store (--db wins; default elarian.db)

    [[orgs]]
    id = "el_org_eu_1SJ2jx"
    api_keys = ["el_k_test_..."]
    admin_keys = ["el_k_admin_..."]  # may also change global variables, OTP configs, suppressions

    [orgs.comms]                    # the communication layer (docs/communication.md)
    globals = { company_domain = "example.com", support_contact = "+254700000000" }  # read-only
    sms_sender = "83044"            # templated SMS go out from this SMS channel number
    email_sender = "hello@example.com"
    language_key = "language"       # the customer metadata key holding their language
    default_language = "en"
    stop_keywords = ["STOP", "UNSUBSCRIBE"]
    region = "KE"                   # phone numbers without a country code are taken to be from here
    simulator_price = 0.0           # what a message through the simulator provider costs (estimates)

    [orgs.comms.defaults]           # providers to try, in order, per category and channel
    transactional_sms = ["at", "simulator"]

    [[orgs.providers]]              # an outside provider (docs/communication.md, "Providers")
    name = "at"
    kind = "http_sms"               # smtp, smpp, http_sms
    channel = "sms"                 # sms, email
    numbers = ["83044"]             # the org's channel numbers it sends from
    url = "https://api.africastalking.com/version1/messaging"
    username = "duka"
    api_key_env = "AT_API_KEY"      # or api_key = "..."; smtp, smpp: host, port, password(_env)

    [[orgs.webhooks]]               # an outbound connector (docs/connectors.md)
    name = "map"
    url = "https://map.example.com/hooks/elarian"
    secret_env = "MAP_WEBHOOK_SECRET" # or secret = "whsec_..." (Standard Webhooks, 24-64 bytes)
    events = ["reward.issued", "payment.status_changed"]    # default: every event
    identities = ["customer_id", "number:cellular", "secondary_id:loyalty_id"]
    timeout = 15                    # seconds per attempt

    [[orgs.inbound]]                # an inbound connector: POST /connectors/cdp/events
    name = "cdp"
    auth = "webhook"                # Standard Webhooks (secret[_env]) or "bearer" (token[_env])
    secret_env = "CDP_WEBHOOK_SECRET"
    [orgs.inbound.audiences.late_delivery]
    reward = { purse = "el_prs_rL3IPZ", amount = "100", currency = "KES", reference = "late-delivery" }
    tag = "late_delivery"

    [[orgs.apps]]
    id = "el_app_WZFQdt"

    [[orgs.channels]]               # messaging channel numbers, each owned by an app
    channel = "sms"                 # sms voice ussd fb_messenger telegram whatsapp email
    number = "83044"
    app = "el_app_WZFQdt"

    [[orgs.payment_channels]]
    channel = "cellular"            # cellular airtime
    number = "83044"
    app = "el_app_WZFQdt"

    [[orgs.purses]]
    id = "el_prs_rL3IPZ"
    balances = { KES = "1000000" }  # exact decimal strings

An app id, a purse id and a channel number of a kind (SMS ``83044`` and the cellular
payment channel ``83044`` are two) are declared once in the whole file, whichever org
declares them: a second declaration is refused with both places named.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised only on Python 3.10
    import tomli as tomllib

from elarian_sync._generated.messaging_pb2 import MessagingChannel
from elarian_sync._generated.payment_pb2 import PaymentChannel

DEV_ORG = "el_org_eu_1SJ2jx"
DEV_APP = "el_app_WZFQdt"
DEV_API_KEY = "el_k_test_80922f5e467e9d5e8067795c263ba0e43c6ef6de7ffa1923aaa189d2772042be"
DEV_PURSE = "el_prs_rL3IPZ"
# The dev org's admin key (global variables, OTP configs, suppression list); not the spec's.
DEV_ADMIN_KEY = "el_k_admin_5d1c3b0a9e8f7d6c5b4a39281706f5e4d3c2b1a0"

MESSAGING_CHANNELS = {
    "sms": MessagingChannel.MESSAGING_CHANNEL_SMS,
    "voice": MessagingChannel.MESSAGING_CHANNEL_VOICE,
    "ussd": MessagingChannel.MESSAGING_CHANNEL_USSD,
    "fb_messenger": MessagingChannel.MESSAGING_CHANNEL_FB_MESSENGER,
    "telegram": MessagingChannel.MESSAGING_CHANNEL_TELEGRAM,
    "whatsapp": MessagingChannel.MESSAGING_CHANNEL_WHATSAPP,
    "email": MessagingChannel.MESSAGING_CHANNEL_EMAIL,
}
PAYMENT_CHANNELS = {
    "cellular": PaymentChannel.PAYMENT_CHANNEL_CELLULAR,
    "airtime": PaymentChannel.PAYMENT_CHANNEL_AIRTIME,
}


class ConfigError(ValueError):
    """The configuration is malformed; the message says where."""


@dataclass(frozen=True)
class ChannelNumber:
    channel: int  # MessagingChannel or PaymentChannel number
    number: str
    app_id: str


@dataclass(frozen=True)
class Purse:
    purse_id: str
    balances: dict[str, Decimal]


PROVIDER_KINDS = ("simulator", "smtp", "http_sms", "smpp")
PROVIDER_CHANNELS = {"sms": 1, "email": 2}  # CommsChannel
CATEGORIES = ("transactional", "otp", "promotional")


@dataclass(frozen=True)
class ProviderSettings:
    """One messaging provider an org sends through (``[[orgs.providers]]``)."""

    name: str
    kind: str  # one of PROVIDER_KINDS
    channel: int  # CommsChannel: 1 SMS, 2 email
    numbers: tuple[str, ...] = ()  # the org's channel numbers it sends from
    host: str = ""
    port: int = 0
    security: str = "none"  # smtp: none, starttls, tls
    username: str = ""
    secret: str = field(default="", repr=False)  # password or API key: never logged, never returned
    url: str = ""  # http_sms: the endpoint
    timeout: float = 10.0
    rate: float = 0.0  # messages per second (0: no limit)
    ca_file: str = ""  # TLS: trust this CA file besides the system's
    price: float = 0.0  # one SMS segment or one email: campaign estimates and spending caps

    @property
    def external(self) -> bool:
        return self.kind != "simulator"


SIMULATOR_PROVIDER = ProviderSettings(name="simulator", kind="simulator", channel=0)
"""The built-in simulator provider: every channel, every number."""


@dataclass(frozen=True)
class CommsSettings:
    """An org's communication layer settings (``[orgs.comms]``)."""

    # Read-only global variables: templates may use them; no command changes them.
    globals: dict[str, str] = field(default_factory=dict)
    # The channel numbers templated sends go out from (default: the org's first of each kind).
    sms_sender: str = ""
    email_sender: str = ""
    # The customer metadata key holding their language, and the language when it is unset.
    language_key: str = "language"
    default_language: str = "en"
    # An SMS reply of one of these words (case and spaces ignored) opts the customer out.
    stop_keywords: tuple[str, ...] = ("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT")
    # Ordered provider names per category and channel ("transactional_sms", "otp_email"...): a
    # temporary failure moves to the next. Unset: the providers bound to the sender number, else
    # the simulator.
    defaults: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Where an audience's phone numbers without a country code are from (ISO 3166; "": nowhere,
    # such numbers are rejected).
    region: str = ""
    # What one message through the simulator provider costs (campaign estimates and caps).
    simulator_price: float = 0.0


WEBHOOK_EVENTS = (
    "customer.created", "customer.updated", "customer.deleted", "customer.tags_changed",
    "customer.activity", "customer.consent_changed", "message.sent", "balance.changed", "otp.verified",
    "reminder.fired", "message.received",
    "message.status_changed", "message.reaction", "session.started", "session.renewed", "session.ended",
    "payment.status_changed", "payment.received", "campaign.started", "campaign.paused",
    "campaign.resumed", "campaign.cancelled", "campaign.finished", "reward.issued", "reward.failed",
)  # fmt: skip
"""The domain events an outbound connector may ask for (docs/connectors.md says what each carries)."""
IDENTITY_KINDS = ("customer_id", "numbers", "number:", "secondary_ids", "secondary_id:")
"""What an outbound connector may enrich events with: the customer id, all their numbers or
those of one provider (``number:cellular``), all their secondary ids or one key's
(``secondary_id:loyalty_id``)."""


@dataclass(frozen=True)
class WebhookSettings:
    """One outbound connector (``[[orgs.webhooks]]``): events POSTed to ``url`` as Standard Webhooks."""

    name: str
    url: str
    secret: str = field(repr=False)  # "whsec_" + base64 of the signing key
    events: frozenset[str] = frozenset()  # empty: every event
    identities: tuple[str, ...] = ("customer_id",)
    timeout: float = 15.0
    threads: int = 4  # deliveries in flight at once (each customer's still in order)
    ca_file: str = ""  # https: trust this CA file besides the system's

    def wants(self, event_type: str) -> bool:
        return not self.events or event_type in self.events


@dataclass(frozen=True)
class Reward:
    """A payment from one of the org's purses to the customer's wallet (an inbound rule's)."""

    purse_id: str
    wallet_id: str
    currency: str
    amount: Decimal
    reference: str  # the action reference: the payment's narration


@dataclass(frozen=True)
class AudienceRule:
    """What an inbound connector does when a customer enters (or exits) an audience."""

    audience: str
    reward: Reward | None = None  # entered: paid once per event
    event: str = ""  # entered: a communication layer event triggered for the customer
    tag: str = ""  # entered: the tag set (exited: removed)
    tag_seconds: float | None = None  # how long the tag lasts (None: for ever)


@dataclass(frozen=True)
class InboundSettings:
    """One inbound connector (``[[orgs.inbound]]``): ``POST /connectors/NAME/events``."""

    name: str
    auth: str  # "webhook" (Standard Webhooks signature) or "bearer"
    secret: str = field(repr=False)  # the signing secret (webhook) or the token (bearer)
    app_id: str = ""  # the app its actions are done as
    create_customers: bool = False  # an unknown person becomes a customer (else: ignored)
    audiences: dict[str, AudienceRule] = field(default_factory=dict)


@dataclass(frozen=True)
class Org:
    org_id: str
    api_keys: frozenset[str]
    apps: frozenset[str]
    channels: tuple[ChannelNumber, ...]
    payment_channels: tuple[ChannelNumber, ...]
    purses: tuple[Purse, ...]
    # Keys that may also change what only an org admin may (global variables, OTP configs,
    # the suppression list); they open connections like any API key.
    admin_keys: frozenset[str] = frozenset()
    comms: CommsSettings = field(default_factory=CommsSettings)
    providers: tuple[ProviderSettings, ...] = ()
    webhooks: tuple[WebhookSettings, ...] = ()
    inbound: tuple[InboundSettings, ...] = ()

    def provider(self, name: str) -> ProviderSettings | None:
        if name == SIMULATOR_PROVIDER.name:
            return SIMULATOR_PROVIDER
        return next((p for p in self.providers if p.name == name), None)

    def provider_chain(self, category: str, channel: int, sender: str) -> list[ProviderSettings]:
        """The providers a send tries, in order: the category's defaults for the channel, else
        the providers bound to the number it goes out from, else the simulator."""
        names = self.comms.defaults.get(f"{category}_{'sms' if channel == 1 else 'email'}")
        if names:
            return [p for n in names if (p := self.provider(n)) is not None]
        bound = [p for p in self.providers if p.channel == channel and sender in p.numbers]
        return bound or [SIMULATOR_PROVIDER]

    def sender(self, channel: int) -> ChannelNumber | None:
        """The channel number templated sends on ``channel`` (a MessagingChannel) go out from."""
        chosen = self.comms.sms_sender if channel == MESSAGING_CHANNELS["sms"] else self.comms.email_sender
        for c in self.channels:
            if c.channel == channel and (not chosen or c.number == chosen):
                return c
        return None

    def channel(self, channel: int, number: str) -> ChannelNumber | None:
        for c in self.channels:
            if c.channel == channel and c.number == number:
                return c
        return None

    def payment_channel(self, channel: int, number: str) -> ChannelNumber | None:
        for c in self.payment_channels:
            if c.channel == channel and c.number == number:
                return c
        return None


@dataclass(frozen=True)
class RuntimeSettings:
    lease_seconds: float = 90.0
    auth_token_seconds: float = 3600.0
    notification_timeout: float = 30.0
    # A write to a socket not finished in this many seconds means the peer stopped reading: its
    # connection is dropped (what it was sent stays queued).
    write_timeout: float = 10.0
    # How long a queued send handed to a provider stays its sender's: a send still in flight
    # this long after its sender stopped is reported ``unknown`` (never sent twice).
    send_lease: float = 30.0
    # The built-in simulator provider's rate limit, messages per second across the runtime
    # (0: none). Queued sends beyond it wait their turn.
    send_rate: float = 0.0
    # Processes that check an audience's rows (phone numbers, email addresses) while it is
    # imported; 0: the request's own thread.
    import_workers: int = 2
    # Megabytes of customers' states kept for GetCustomerState (the least recently read dropped
    # first); a kept state serves while the store's version of the customer stays. 0: none.
    state_cache_mb: float = 64.0
    # Whether this instance runs the background work: campaigns, queued sends, outbound webhooks,
    # inbound connector events. Several instances on one store (a SQLite file or a PostgreSQL
    # database) may leave it to some of them (``serve --no-background`` on the others): a
    # campaign then takes no CPU or GIL from the instances serving apps. An instance alone on a
    # throwaway store (``:memory:``) must.
    background: bool = True
    # The store: a SQLite file or a postgresql:// URL (``serve --db`` wins over it); None: the
    # command line's default.
    db: str | None = None
    # How long a messaging session stays open without traffic, by channel name.
    session_seconds: dict[str, float] = field(
        default_factory=lambda: {"ussd": 180.0, "voice": 3600.0, "whatsapp": 86400.0,
                                 "telegram": 86400.0, "fb_messenger": 86400.0}
    )  # fmt: skip


@dataclass(frozen=True)
class Config:
    orgs: dict[str, Org]
    runtime: RuntimeSettings = field(default_factory=RuntimeSettings)
    source: str = "built-in dev org"

    def purse_org(self, purse_id: str) -> str | None:
        """The org that declares the purse (a loaded config declares each purse id once)."""
        return next(
            (o.org_id for o in self.orgs.values() if any(p.purse_id == purse_id for p in o.purses)), None
        )


def dev_config() -> Config:
    """The dev org with the SDK spec's test values."""
    voice_number = "+254711621711"
    channels = (
        ChannelNumber(MESSAGING_CHANNELS["sms"], "83044", DEV_APP),
        ChannelNumber(MESSAGING_CHANNELS["sms"], "TEST_SENDER_ID", DEV_APP),
        ChannelNumber(MESSAGING_CHANNELS["ussd"], "*83044#", DEV_APP),
        ChannelNumber(MESSAGING_CHANNELS["voice"], voice_number, DEV_APP),
        ChannelNumber(MESSAGING_CHANNELS["whatsapp"], voice_number, DEV_APP),
        ChannelNumber(MESSAGING_CHANNELS["telegram"], voice_number, DEV_APP),
        ChannelNumber(MESSAGING_CHANNELS["fb_messenger"], voice_number, DEV_APP),
        # the spec names no email address; the dev org has one so email works out of the box
        ChannelNumber(MESSAGING_CHANNELS["email"], "dev@elarian.local", DEV_APP),
    )
    org = Org(
        org_id=DEV_ORG,
        api_keys=frozenset({DEV_API_KEY}),
        apps=frozenset({DEV_APP}),
        channels=channels,
        payment_channels=(ChannelNumber(PAYMENT_CHANNELS["cellular"], "83044", DEV_APP),),
        purses=(Purse(DEV_PURSE, {"KES": Decimal("1000000")}),),
        admin_keys=frozenset({DEV_ADMIN_KEY}),
        comms=CommsSettings(
            globals={
                "company_name": "Elarian Dev",
                "company_domain": "elarian.local",
                "support_contact": "support@elarian.local",
            },
            sms_sender="83044",
            email_sender="dev@elarian.local",
            region="KE",
        ),
    )
    return Config({org.org_id: org})


def _list(table: dict[str, Any], key: str, where: str) -> list[Any]:
    value = table.get(key, [])
    if not isinstance(value, list):
        raise ConfigError(f"{where}: '{key}' must be a list")
    return value


def _tables(table: dict[str, Any], key: str, where: str) -> list[dict[str, Any]]:
    """A list of tables (``[[key]]`` or ``key = [{...}]``)."""
    value = _list(table, key, where)
    for i, entry in enumerate(value):
        if not isinstance(entry, dict):
            raise ConfigError(f"{where}: {key}[{i}] must be a table, not {type(entry).__name__} {entry!r}")
    return value


def _mapping(table: dict[str, Any], key: str, where: str) -> dict[str, Any]:
    value = table.get(key, {})
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: '{key}' must be a table, not {type(value).__name__} {value!r}")
    return value


def _seconds(table: dict[str, Any], key: str, default: float, where: str) -> float:
    """A positive, finite number of seconds."""
    value = table.get(key, default)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value < float("inf"):
        raise ConfigError(f"{where}: {key} must be a positive number of seconds, not {value!r}")
    return float(value)


def _amount(table: dict[str, Any], key: str, default: float, unit: str, source: str) -> float:
    """A finite number, 0 or more, of ``unit`` (which says what 0 means)."""
    value = table.get(key, default)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value < float("inf"):
        raise ConfigError(f"{source}: [runtime]: {key} must be {unit}, not {value!r}")
    return float(value)


def _decimal(value: object, what: str, where: str) -> Decimal:
    """An amount (a TOML number or string) as a finite Decimal; ``what`` names it in the error."""
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        raise ConfigError(f"{where}: {what} {value!r} is not a number") from None
    if not amount.is_finite():
        raise ConfigError(f"{where}: {what} must be a finite amount, not {value!r}")
    return amount


def _text(table: dict[str, Any], key: str, where: str) -> str:
    value = table.get(key)
    if not isinstance(value, str) or not value:
        raise ConfigError(f"{where}: '{key}' must be a non-empty string")
    return value


class _Once:
    """What the whole file may declare only once (an app id, a purse id, a channel number of a
    kind, whichever orgs declare it): where each was declared first."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.first: dict[tuple[str, ...], str] = {}

    def claim(self, key: tuple[str, ...], what: str, org_id: str, path: str) -> None:
        place = f"in org {org_id!r} ({path})"
        if key in self.first:
            raise ConfigError(f"{self.source}: {what} is declared twice: {self.first[key]} and {place}")
        self.first[key] = place


def _channels(
    table: dict[str, Any], section: str, names: Mapping[str, int], apps: frozenset[str], at: str, once: _Once
) -> tuple[ChannelNumber, ...]:
    out = []
    org_id = table["id"]
    for i, entry in enumerate(_tables(table, section, f"{once.source}: {at}")):
        path = f"{at}.{section}[{i}]"
        here = f"{once.source}: {path}"
        name = _text(entry, "channel", here).lower()
        if name not in names:
            raise ConfigError(f"{here}: unknown channel {name!r} (one of {', '.join(names)})")
        app = _text(entry, "app", here)
        if app not in apps:
            raise ConfigError(f"{here}: app {app!r} is not an app of this org")
        number = _text(entry, "number", here)
        kind = name if section == "channels" else f"{name} payment channel"
        once.claim((section, name, number), f"{kind} number {number!r}", org_id, path)
        out.append(ChannelNumber(names[name], number, app))
    return tuple(out)


_PROVIDER_KEYS = {
    "name", "kind", "channel", "numbers", "host", "port", "security", "username", "password", "password_env",
    "api_key", "api_key_env", "url", "timeout", "rate", "ca_file", "price",
}  # fmt: skip


def _secret(entry: dict[str, Any], here: str) -> str:
    """A provider's password or API key: given, or read from the environment variable named."""
    for key in ("password", "api_key"):
        if key in entry or f"{key}_env" in entry:
            return _given_or_env(entry, key, here)
    return ""


def _providers(
    table: dict[str, Any], channels: tuple[ChannelNumber, ...], where: str
) -> tuple[ProviderSettings, ...]:
    out: list[ProviderSettings] = []
    for i, entry in enumerate(_tables(table, "providers", where)):
        here = f"{where}.providers[{i}]"
        settings = provider_settings(entry, channels, here)
        if settings.name == SIMULATOR_PROVIDER.name or any(p.name == settings.name for p in out):
            raise ConfigError(f"{here}: provider name {settings.name!r} is taken")
        out.append(settings)
    return tuple(out)


def provider_settings(
    entry: dict[str, Any], channels: tuple[ChannelNumber, ...], here: str
) -> ProviderSettings:
    """One provider's settings, checked (a config file's table, or what the API was given)."""
    _unknown(entry, _PROVIDER_KEYS, here)
    name = _text(entry, "name", here)
    kind = _text(entry, "kind", here)
    if kind not in PROVIDER_KINDS:
        raise ConfigError(f"{here}: unknown kind {kind!r} (one of {', '.join(PROVIDER_KINDS)})")
    channel_name = _text(entry, "channel", here).lower()
    if channel_name not in PROVIDER_CHANNELS:
        raise ConfigError(f"{here}: channel {channel_name!r} (sms or email)")
    if (kind, channel_name) in (("smtp", "sms"), ("http_sms", "email"), ("smpp", "email")):
        raise ConfigError(f"{here}: a {kind} provider cannot send {channel_name}")
    numbers = _list(entry, "numbers", here)
    messaging = MESSAGING_CHANNELS[channel_name]
    for number in numbers:
        if not any(c.channel == messaging and c.number == number for c in channels):
            raise ConfigError(f"{here}: {number!r} is not one of the org's {channel_name} channel numbers")
    security = entry.get("security", "none")
    if security not in ("none", "starttls", "tls"):
        raise ConfigError(f"{here}: security {security!r} (none, starttls or tls)")
    port = entry.get("port", 0)
    if isinstance(port, bool) or not isinstance(port, int) or not 0 <= port < 65536:
        raise ConfigError(f"{here}: port {port!r} is not a port number")
    if kind in ("smtp", "smpp") and not entry.get("host"):
        raise ConfigError(f"{here}: an {kind} provider needs a host")
    if kind == "http_sms" and not str(entry.get("url", "")).startswith(("http://", "https://")):
        raise ConfigError(f"{here}: an http_sms provider needs an http(s) url")
    rate = entry.get("rate", 0)
    if isinstance(rate, bool) or not isinstance(rate, (int, float)) or rate < 0:
        raise ConfigError(f"{here}: rate must be messages per second (0: no limit), not {rate!r}")
    price = _price(entry, "price", here)
    return ProviderSettings(
        price=price,
        name=name,
        kind=kind,
        channel=PROVIDER_CHANNELS[channel_name],
        numbers=tuple(numbers),
        host=str(entry.get("host", "")),
        port=port,
        security=security,
        username=str(entry.get("username", "")),
        secret=_secret(entry, here),
        url=str(entry.get("url", "")),
        timeout=_seconds(entry, "timeout", 10.0, here),
        rate=float(rate),
        ca_file=str(entry.get("ca_file", "")),
    )


_WEBHOOK_KEYS = {
    "name",
    "url",
    "secret",
    "secret_env",
    "events",
    "identities",
    "timeout",
    "threads",
    "ca_file",
}


def _given_or_env(entry: dict[str, Any], key: str, here: str) -> str:
    import os

    if f"{key}_env" in entry:
        variable = _text(entry, f"{key}_env", here)
        value = os.environ.get(variable, "")
        if not value:
            raise ConfigError(f"{here}: {key}_env names {variable}, which is not set in the environment")
        return value
    return _text(entry, key, here)


def _unknown(entry: dict[str, Any], known: set[str], here: str) -> None:
    for key in entry:
        if key not in known:
            raise ConfigError(f"{here}: unknown setting {key!r} (one of {', '.join(sorted(known))})")


def webhook_secret(secret: str, here: str) -> str:
    """A Standard Webhooks signing secret: ``whsec_`` and the base64 of 24 to 64 random bytes."""
    import base64
    import binascii

    if not secret.startswith("whsec_"):
        raise ConfigError(f"{here}: secret must be a Standard Webhooks secret, 'whsec_' + base64")
    try:
        key = base64.b64decode(secret[len("whsec_") :], validate=True)
    except binascii.Error:
        raise ConfigError(f"{here}: secret is not base64 after 'whsec_'") from None
    if not 24 <= len(key) <= 64:
        raise ConfigError(f"{here}: secret must hold 24 to 64 bytes, not {len(key)}")
    return secret


def webhook_settings(entry: dict[str, Any], here: str) -> WebhookSettings:
    """One outbound connector's settings, checked (a config file's table, or what the API was given)."""
    from urllib.parse import urlsplit

    _unknown(entry, _WEBHOOK_KEYS, here)
    name = _text(entry, "name", here)
    url = _text(entry, "url", here)
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"{here}: url must be an http:// or https:// URL with a host, not {url!r}")
    secret = _given_or_env(entry, "secret", here)
    events = _list(entry, "events", here)
    for event in events:
        if event not in WEBHOOK_EVENTS:
            raise ConfigError(f"{here}: unknown event {event!r} (one of {', '.join(WEBHOOK_EVENTS)})")
    identities = _list(entry, "identities", here) if "identities" in entry else ["customer_id"]
    for kind in identities:
        if not isinstance(kind, str) or not any(
            kind == k or (k.endswith(":") and kind.startswith(k) and len(kind) > len(k))
            for k in IDENTITY_KINDS
        ):
            raise ConfigError(
                f"{here}: unknown identity {kind!r} (customer_id, numbers, number:PROVIDER, secondary_ids, "
                "secondary_id:KEY)"
            )
    threads = entry.get("threads", 4)
    if isinstance(threads, bool) or not isinstance(threads, int) or not 1 <= threads <= 64:
        raise ConfigError(f"{here}: threads must be 1 to 64, not {threads!r}")
    return WebhookSettings(
        name=name, url=url, secret=webhook_secret(secret, here), events=frozenset(events),
        identities=tuple(identities), timeout=_seconds(entry, "timeout", 15.0, here), threads=threads,
        ca_file=str(entry.get("ca_file", "")),
    )  # fmt: skip


_INBOUND_KEYS = {"name", "auth", "secret", "secret_env", "token", "token_env", "app", "create_customers",
                 "audiences"}  # fmt: skip
_RULE_KEYS = {"reward", "event", "tag", "tag_seconds"}
_REWARD_KEYS = {"purse", "wallet", "amount", "currency", "reference"}


def _rule(audience: str, entry: dict[str, Any], org: Org, here: str) -> AudienceRule:
    _unknown(entry, _RULE_KEYS, here)
    reward = None
    if "reward" in entry:
        paid = _mapping(entry, "reward", here)
        where = f"{here}.reward"
        _unknown(paid, _REWARD_KEYS, where)
        purse_id = _text(paid, "purse", where)
        if purse_id not in {p.purse_id for p in org.purses}:
            raise ConfigError(f"{where}: {purse_id!r} is not a purse of org {org.org_id}")
        amount = _decimal(paid.get("amount"), "amount", where)
        if amount <= 0:
            raise ConfigError(f"{where}: amount must be more than 0, not {paid.get('amount')!r}")
        reward = Reward(purse_id, str(paid.get("wallet", "rewards")), _text(paid, "currency", where), amount,
                        _text(paid, "reference", where))  # fmt: skip
    seconds = None
    if "tag_seconds" in entry:
        seconds = _seconds(entry, "tag_seconds", 0.0, here)
    event = str(entry.get("event", ""))
    tag = str(entry.get("tag", ""))
    if reward is None and not event and not tag:
        raise ConfigError(f"{here}: a rule needs a reward, an event or a tag")
    return AudienceRule(audience, reward, event, tag, seconds)


def inbound_settings(entry: dict[str, Any], org: Org, here: str) -> InboundSettings:
    """One inbound connector's settings, checked."""
    _unknown(entry, _INBOUND_KEYS, here)
    name = _text(entry, "name", here)
    if not name.replace("-", "").replace("_", "").isalnum():
        raise ConfigError(f"{here}: name {name!r} must be letters, digits, - and _ (it is in the URL)")
    auth = entry.get("auth", "webhook")
    if auth == "webhook":
        secret = webhook_secret(_given_or_env(entry, "secret", here), here)
    elif auth == "bearer":
        secret = _given_or_env(entry, "token", here)
        if len(secret) < 16:
            raise ConfigError(f"{here}: token must be at least 16 characters")
    else:
        raise ConfigError(f"{here}: auth must be 'webhook' or 'bearer', not {auth!r}")
    app_id = str(entry.get("app", min(org.apps)))
    if app_id not in org.apps:
        raise ConfigError(f"{here}: app {app_id!r} is not an app of this org")
    create = entry.get("create_customers", False)
    if not isinstance(create, bool):
        raise ConfigError(f"{here}: create_customers must be true or false")
    rules = {
        audience: _rule(audience, rule, org, f"{here}.audiences.{audience}")
        for audience, rule in _mapping(entry, "audiences", here).items()
    }
    return InboundSettings(name, auth, secret, app_id, create, rules)


def _inbound(
    table: dict[str, Any], org: Org, where: str, once: _Once, at: str
) -> tuple[InboundSettings, ...]:
    out = []
    for i, entry in enumerate(_tables(table, "inbound", where)):
        settings = inbound_settings(entry, org, f"{where}.inbound[{i}]")
        once.claim(("inbound", settings.name), f"inbound connector {settings.name!r}", org.org_id,
                   f"{at}.inbound[{i}]")  # fmt: skip
        out.append(settings)
    return tuple(out)


def _webhooks(table: dict[str, Any], where: str) -> tuple[WebhookSettings, ...]:
    out: list[WebhookSettings] = []
    for i, entry in enumerate(_tables(table, "webhooks", where)):
        here = f"{where}.webhooks[{i}]"
        settings = webhook_settings(entry, here)
        if any(w.name == settings.name for w in out):
            raise ConfigError(f"{here}: connector name {settings.name!r} is taken")
        out.append(settings)
    return tuple(out)


def _price(table: dict[str, Any], key: str, where: str) -> float:
    """What one message costs (``key``, 0 when absent): a finite number, 0 or more."""
    value = table.get(key, 0.0)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value < float("inf"):
        raise ConfigError(f"{where}: {key} must be what one message costs (0 or more), not {value!r}")
    return float(value)


def _check_defaults(org: Org, where: str) -> None:
    for key, names in org.comms.defaults.items():
        channel = PROVIDER_CHANNELS[key.rsplit("_", 1)[1]]
        for name in names:
            provider = org.provider(name)
            if provider is None:
                raise ConfigError(f"{where}.{key}: unknown provider {name!r}")
            if provider.external and provider.channel != channel:
                raise ConfigError(f"{where}.{key}: provider {name!r} does not send {key.rsplit('_', 1)[1]}")


def _comms(table: dict[str, Any], channels: tuple[ChannelNumber, ...], where: str) -> CommsSettings:
    raw = _mapping(table, "comms", where)
    known = {
        "globals",
        "sms_sender",
        "email_sender",
        "language_key",
        "default_language",
        "stop_keywords",
        "defaults",
        "region",
        "simulator_price",
    }
    for key in raw:
        if key not in known:
            raise ConfigError(f"{where}: unknown setting {key!r} (one of {', '.join(sorted(known))})")
    defaults = CommsSettings()
    values = {}
    for name, value in _mapping(raw, "globals", where).items():
        if not name.isidentifier():
            raise ConfigError(f"{where}.globals: {name!r} is not a variable name (letters, digits, _)")
        if not isinstance(value, str):
            raise ConfigError(f"{where}.globals.{name} must be a string, not {value!r}")
        values[name] = value
    senders = {}
    for key, kind in (("sms_sender", "sms"), ("email_sender", "email")):
        number = _text(raw, key, where) if key in raw else ""
        if number and not any(c.channel == MESSAGING_CHANNELS[kind] and c.number == number for c in channels):
            raise ConfigError(f"{where}: {key} {number!r} is not one of the org's {kind} channel numbers")
        senders[key] = number
    words = _list(raw, "stop_keywords", where) if "stop_keywords" in raw else list(defaults.stop_keywords)
    if not all(isinstance(w, str) and w.strip() for w in words):
        raise ConfigError(f"{where}: 'stop_keywords' must list non-empty strings")
    chains: dict[str, tuple[str, ...]] = {}
    for key, names in _mapping(raw, "defaults", where).items():
        category, _, channel = key.rpartition("_")
        if category not in CATEGORIES or channel not in PROVIDER_CHANNELS:
            raise ConfigError(
                f"{where}.defaults: {key!r} is not a category and channel (like transactional_sms, otp_email)"
            )
        if not isinstance(names, list) or not names or not all(isinstance(n, str) and n for n in names):
            raise ConfigError(f"{where}.defaults.{key} must list provider names, in the order to try them")
        chains[key] = tuple(names)
    region = _text(raw, "region", where).upper() if "region" in raw else ""
    if region:
        import phonenumbers

        if region not in phonenumbers.SUPPORTED_REGIONS:
            raise ConfigError(f"{where}: region {region!r} is not a region (ISO 3166, like KE, NG, US)")
    price = _price(raw, "simulator_price", where)
    return CommsSettings(
        region=region,
        simulator_price=price,
        defaults=chains,
        globals=values,
        language_key=_text(raw, "language_key", where) if "language_key" in raw else defaults.language_key,
        default_language=(
            _text(raw, "default_language", where) if "default_language" in raw else defaults.default_language
        ),
        stop_keywords=tuple(w.strip().upper() for w in words),
        **senders,
    )


def parse_config(raw: dict[str, Any], source: str) -> Config:
    orgs: dict[str, Org] = {}
    once = _Once(source)
    for i, table in enumerate(_tables(raw, "orgs", source)):
        at = f"orgs[{i}]"
        where = f"{source}: {at}"
        org_id = _text(table, "id", where)
        if org_id in orgs:
            raise ConfigError(f"{where}: org {org_id!r} is declared twice")
        keys = _list(table, "api_keys", where)
        if not keys or not all(isinstance(k, str) and k for k in keys):
            raise ConfigError(f"{where}: 'api_keys' must list at least one key")
        app_ids = []
        for j, app in enumerate(_tables(table, "apps", where)):
            app_ids.append(_text(app, "id", f"{where}.apps[{j}]"))
            once.claim(("app", app_ids[-1]), f"app {app_ids[-1]!r}", org_id, f"{at}.apps[{j}]")
        apps = frozenset(app_ids)
        if not apps:
            raise ConfigError(f"{where}: an org needs at least one app")
        purses = []
        for j, purse in enumerate(_tables(table, "purses", where)):
            here = f"{where}.purses[{j}]"
            balances: dict[str, Decimal] = {}
            for currency, amount in _mapping(purse, "balances", here).items():
                balances[currency] = _decimal(amount, f"balance of {currency}", here)
                if balances[currency] < 0:
                    raise ConfigError(f"{here}: balance of {currency} must not be negative, not {amount!r}")
            purse_id = _text(purse, "id", here)
            once.claim(("purse", purse_id), f"purse {purse_id!r}", org_id, f"{at}.purses[{j}]")
            purses.append(Purse(purse_id, balances))
        admin_keys = _list(table, "admin_keys", where)
        if not all(isinstance(k, str) and k for k in admin_keys):
            raise ConfigError(f"{where}: 'admin_keys' must list non-empty strings")
        channels = _channels(table, "channels", MESSAGING_CHANNELS, apps, at, once)
        providers = _providers(table, channels, where)
        orgs[org_id] = Org(
            org_id=org_id,
            api_keys=frozenset(keys),
            apps=apps,
            channels=channels,
            payment_channels=_channels(table, "payment_channels", PAYMENT_CHANNELS, apps, at, once),
            purses=tuple(purses),
            admin_keys=frozenset(admin_keys),
            comms=_comms(table, channels, f"{where}.comms"),
            providers=providers,
            webhooks=_webhooks(table, where),
        )
        _check_defaults(orgs[org_id], f"{where}.comms.defaults")
        orgs[org_id] = replace(orgs[org_id], inbound=_inbound(table, orgs[org_id], where, once, at))
    if not orgs:
        raise ConfigError(f"{source}: no [[orgs]] declared")
    settings = _mapping(raw, "runtime", source)
    defaults = RuntimeSettings()
    seconds = {
        name: _seconds(settings, name, getattr(defaults, name), f"{source}: [runtime]")
        for name in (
            "lease_seconds",
            "auth_token_seconds",
            "notification_timeout",
            "write_timeout",
            "send_lease",
        )
    }
    session_seconds = dict(defaults.session_seconds)
    for name in _mapping(settings, "session_seconds", f"{source}: [runtime]"):
        if name not in session_seconds:
            raise ConfigError(
                f"{source}: [runtime.session_seconds]: {name!r} is no channel with sessions "
                f"(one of {', '.join(session_seconds)})"
            )
        session_seconds[name] = _seconds(
            settings["session_seconds"], name, 0.0, f"{source}: [runtime.session_seconds]"
        )
    db = _text(settings, "db", f"{source}: [runtime]") if "db" in settings else None
    rate = _amount(settings, "send_rate", 0.0, "messages per second (0: no limit)", source)
    cache = _amount(settings, "state_cache_mb", defaults.state_cache_mb, "megabytes (0: none)", source)
    workers = settings.get("import_workers", defaults.import_workers)
    if isinstance(workers, bool) or not isinstance(workers, int) or not 0 <= workers <= 64:
        raise ConfigError(
            f"{source}: [runtime]: import_workers must be a number of processes (0: none), not {workers!r}"
        )
    background = settings.get("background", defaults.background)
    if not isinstance(background, bool):
        raise ConfigError(f"{source}: [runtime]: background must be true or false, not {background!r}")
    runtime = RuntimeSettings(
        **seconds, db=db, session_seconds=session_seconds, send_rate=rate, import_workers=workers,
        background=background, state_cache_mb=cache,
    )  # fmt: skip
    return Config(orgs, runtime, source)


def load_config(path: str | Path | None) -> Config:
    """The configuration in ``path``, or the dev org when there is none."""
    if path is None:
        return dev_config()
    path = Path(path)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"cannot read {path}: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: {exc}") from None
    return parse_config(raw, str(path))
