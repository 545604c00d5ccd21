"""The communication layer's commands: templates, global variables, events and subscriptions,
templated sends, OTP, reports, suppression and the audit log (docs/communication.md).

Each command runs in the engine's transaction like any other (a read in a snapshot, a write in
a group commit), so a refusal (``CommandError``) changes nothing. A send is one report row
(``comms_sends``): sent within the request (the simulator provider writes to the simulator's
outbox in the same transaction), or queued for ``sender.Sender``, which sends it soon after
and tells the app how it went.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import re
import secrets
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from email.utils import parseaddr
from typing import Any

from elarian_sync._convert import set_duration, set_timestamp
from elarian_sync._generated import app_socket_pb2 as A
from elarian_sync._generated import comms_pb2 as CM
from elarian_sync._generated import messaging_pb2 as M

from ..config import SIMULATOR_PROVIDER, Config, ConfigError, Org, ProviderSettings, provider_settings
from ..engine.common import Caller, CommandError, new_id, number_row, publish, seconds_of
from ..engine.customers import by_id, by_secondary_id
from ..store.base import NumberRow, OtpRow, ReportFilter, SendRow, Store, Tx
from . import READS, decode_cursor, encode_cursor, require_admin
from . import reply as _reply
from .audiences import COMMANDS as AUDIENCE_COMMANDS
from .audiences import PREPARED, Audiences
from .bound import CATEGORY_NAMES, CHANNEL_NAMES, MESSAGING, NUMBER_PROVIDER, chain, price_of
from .campaigns import COMMANDS as CAMPAIGN_COMMANDS
from .campaigns import Campaigns, not_ended_using
from .directory import Directory, settings_of
from .providers import SIMULATOR, ProviderError, SimulatorProvider
from .render import (
    EMAIL,
    SMS,
    TemplateProblem,
    render_template,
    unknown_variables,
    used_variables,
)

__all__ = ["COMMANDS", "READS", "Comms", "outcome", "report"]

TxCommand = Callable[[Tx, Caller, Any, float], A.AppToServerCommandReply]

QUEUED, SENDING, SENT = CM.COMMS_SEND_STATUS_QUEUED, CM.COMMS_SEND_STATUS_SENDING, CM.COMMS_SEND_STATUS_SENT
DELIVERED, FAILED = CM.COMMS_SEND_STATUS_DELIVERED, CM.COMMS_SEND_STATUS_FAILED
SKIPPED, UNKNOWN = CM.COMMS_SEND_STATUS_SKIPPED, CM.COMMS_SEND_STATUS_UNKNOWN
TRANSACTIONAL, OTP, PROMOTIONAL = (
    CM.COMMS_CATEGORY_TRANSACTIONAL,
    CM.COMMS_CATEGORY_OTP,
    CM.COMMS_CATEGORY_PROMOTIONAL,
)
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_PHONE = re.compile(r"^\+?[0-9]{5,15}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
# An OTP's alphanumeric alphabet leaves out what reads alike (0/O, 1/I/L) and is upper case.
OTP_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
OTP_DEFAULTS = {"expiry": 600.0, "max_attempts": 5, "max_sends": 5, "send_window": 600.0}

COMMANDS_NEEDING_ADMIN = frozenset(
    {
        "set_global_variable",
        "delete_global_variable",
        "set_otp_config",
        "update_suppression",
        "test_provider",
        "set_provider",
        "delete_provider",
        "set_provider_defaults",
        "start_campaign",
        "resume_campaign",
    }
)
OUTSIDE_CALLS = frozenset({"test_provider"})
"""Commands that call an outside server whatever they are given: never in a group."""


def _name(value: str, field: str) -> str:
    if not _NAME.match(value):
        raise CommandError(
            f"{field}: {value!r} is not a variable name (a letter or _, then letters, digits, _)"
        )
    return value


@dataclass(frozen=True)
class Target:
    """Whom a send goes to: a customer (or none, for a bare address) and their address on each
    channel ('' where they have none)."""

    customer_id: str | None
    sms: str
    email: str
    named: str  # how the command named them, for messages

    def address(self, channel: int) -> str:
        return self.sms if channel == SMS else self.email


def _address_kind(address: str) -> int:
    if _EMAIL.match(address):
        return EMAIL
    if _PHONE.match(address):
        return SMS
    raise CommandError(
        f"recipient.address: {address!r} is neither a phone number (+254...) nor an email address"
    )


OWN_COMMANDS = (
    "save_template", "get_template", "list_templates", "preview_template", "delete_template",
    "set_global_variable", "delete_global_variable", "list_global_variables",
    "save_event", "delete_event", "list_events", "trigger_event", "subscribe_event", "send_template",
    "set_otp_config", "list_otp_configs", "send_otp", "verify_otp", "list_providers", "test_provider",
    "set_provider", "delete_provider", "set_provider_defaults", "query_reports",
    "update_suppression", "list_suppressions", "query_audit_log", "test_campaign",
)  # fmt: skip
"""The commands ``Comms`` itself holds."""
COMMANDS = OWN_COMMANDS + AUDIENCE_COMMANDS + CAMPAIGN_COMMANDS
"""The layer's commands (AppToServerCommand entries), each answered by the reply entry of its name."""


SYNC_SENDS = frozenset({"send_template", "trigger_event", "send_otp", "test_campaign"})
CATEGORY_BY_NAME: dict[str, int] = {name: number for number, name in CATEGORY_NAMES.items()}


class _Pending(threading.local):
    def __init__(self) -> None:
        self.rows: list[str] = []


class Comms:
    """The communication layer's commands for the engine (``commands``: entry -> function)."""

    def __init__(self, config: Config, store: Store) -> None:
        self.config = config
        self.directory = Directory(config, store)
        self.simulator = SimulatorProvider()
        self.commands: dict[str, TxCommand] = {entry: getattr(self, entry) for entry in OWN_COMMANDS}
        self.audiences = Audiences(store, config.runtime.import_workers)
        self.commands.update(self.audiences.commands)
        self.campaigns = Campaigns(self)
        self.commands.update(self.campaigns.commands)
        # sync sends to outside providers: who holds them while the request waits (the
        # runtime's sender), and the report ids this thread's command left for it
        self.sync_owner = "sync"
        self.sync_lease = 30.0
        self._pending = _Pending()
        # the runtime's outside providers (the sender's): their circuit's state, a settings check
        self.circuit: Callable[[str, ProviderSettings], str] = lambda org_id, settings: "closed"
        self.check: Callable[[str, ProviderSettings], str] = lambda org_id, settings: ""

    def _org(self, caller: Caller) -> Org:
        """The caller's org with every provider it has (the config's and the API's)."""
        return self.directory.org(caller.org_id) or caller.org

    def arrived(self, caller: Caller, entry: str | None, cmd: Any) -> None:
        """A command arrived, its turn to come: begin what may begin now (checking an audience
        chunk's rows while the chunks before it are written)."""
        if entry in PREPARED:
            self.audiences.arrived(caller, cmd)

    def prepare(self, caller: Caller, entry: str, cmd: Any) -> None:
        """What a command does before its transaction (checking an audience chunk's rows)."""
        if entry in PREPARED:
            self.audiences.prepare(caller, cmd)

    def close(self) -> None:
        self.audiences.close()

    def take_pending(self) -> list[str]:
        """The sync sends to outside providers the last command on this thread recorded."""
        rows, self._pending.rows = self._pending.rows, []
        return rows

    def needs_provider_call(self, caller: Caller, entry: str | None, body: Any) -> bool:
        """Whether a command runs on its own, outside a group commit: one that may call an outside
        provider while its request waits (a send's provider is called after its transaction), or
        one with work to do before its transaction (``prepare``)."""
        if entry in OUTSIDE_CALLS or entry in PREPARED:
            return True
        if entry not in SYNC_SENDS or getattr(body, "queue", False):
            return False
        org = self.directory.org(caller.org_id)
        return org is not None and any(p.external for p in org.providers)

    def finish_sync(self, entry: str, reply: A.AppToServerCommandReply, rows: Mapping[str, SendRow]) -> None:
        """A sync send's reply, once its outside providers answered: each outcome as it ended."""
        body = getattr(reply, entry)
        outcomes = [body.outcome] if entry == "send_otp" else list(body.outcomes)
        for o in outcomes:
            row = rows.get(o.report_id)
            if row is not None:
                o.CopyFrom(outcome(row))
        if entry == "send_otp":
            if body.outcome.status != SENT:
                body.status = False
                body.description = f"the code could not be sent: {body.outcome.error_message}"
        else:
            self._summed(reply, body)

    # -- shared ---------------------------------------------------------------------------------

    @staticmethod
    def _audit(tx: Tx, caller: Caller, action: str, subject: str, detail: str, now: float) -> None:
        tx.put_audit(caller.org_id, caller.app_id, caller.actor, action, subject, detail, now)

    @staticmethod
    def _readonly(caller: Caller) -> Mapping[str, str]:
        return caller.org.comms.globals

    def _known(self, tx: Tx, caller: Caller) -> set[str]:
        return set(self._readonly(caller)) | set(tx.globals(caller.org_id))

    @staticmethod
    def _template(
        tx: Tx, caller: Caller, template_id: str, version: int = 0, field: str = "template_id"
    ) -> CM.CommsTemplate:
        if not template_id:
            raise CommandError(f"{field}: no template named")
        body = tx.template(caller.org_id, template_id, version)
        if body is None:
            at = f" version {version}" if version else ""
            raise CommandError(f"{field}: unknown template {template_id!r}{at}")
        return CM.CommsTemplate.FromString(body)

    @staticmethod
    def _event(tx: Tx, caller: Caller, name: str) -> CM.CommsEvent:
        body = tx.event(caller.org_id, name) if name else None
        if body is None:
            raise CommandError(f"event: unknown event {name!r}")
        return CM.CommsEvent.FromString(body)

    def _linking_events(self, tx: Tx, caller: Caller, template_id: str) -> list[CM.CommsEvent]:
        events = [CM.CommsEvent.FromString(b) for b in tx.events(caller.org_id)]
        return [e for e in events if template_id in (e.sms_template_id, e.email_template_id)]

    def _check_given(self, caller: Caller, variables: Mapping[str, str]) -> None:
        for name in variables:
            _name(name, "variables")
            if name in self._readonly(caller):
                raise CommandError(f"variables: {name!r} is a read-only global variable and cannot be given")

    # -- templates ------------------------------------------------------------------------------

    def save_template(
        self, tx: Tx, caller: Caller, cmd: CM.SaveTemplateCommand, now: float
    ) -> A.AppToServerCommandReply:
        if cmd.channel not in (SMS, EMAIL):
            raise CommandError("channel: a template is for SMS or EMAIL")
        if not cmd.name.strip():
            raise CommandError("name: a template needs a name")
        if not cmd.variants:
            raise CommandError("variants: a template needs at least one language variant")
        languages = [v.language.lower() for v in cmd.variants]
        if len(set(languages)) != len(languages):
            raise CommandError("variants: each language may have one variant")
        if cmd.default_language and cmd.default_language.lower() not in languages:
            raise CommandError(f"default_language: {cmd.default_language!r} has no variant")
        for i, variant in enumerate(cmd.variants):
            if not variant.body.strip():
                raise CommandError(f"variants[{i}].body: empty")
            if cmd.channel == EMAIL and not variant.subject.strip():
                raise CommandError(f"variants[{i}].subject: an email needs a subject")
        for field in ("from_address", "reply_to"):
            value = getattr(cmd, field)
            if value and (any(c in value for c in "\r\n") or "@" not in parseaddr(value)[1]):
                raise CommandError(
                    f"{field}: {value!r} is not an email address (Name <user@domain> or user@domain)"
                )
        for name in cmd.variables:
            _name(name, "variables")
            if name in self._readonly(caller):
                raise CommandError(
                    f"variables: {name!r} is a read-only global variable; it cannot be redeclared"
                )
        previous = None
        if cmd.template_id:
            previous = self._template(tx, caller, cmd.template_id)
            if previous.channel != cmd.channel:
                raise CommandError("channel: a template's channel cannot change (create a new template)")
        holder = tx.template_named(caller.org_id, cmd.name)
        if holder is not None and holder != cmd.template_id:
            raise CommandError(f"name: the org already has a template named {cmd.name!r} ({holder})")
        template = CM.CommsTemplate(
            template_id=cmd.template_id or new_id("el_tpl_"),
            name=cmd.name,
            description=cmd.description,
            tags=sorted(set(cmd.tags)),
            channel=cmd.channel,
            version=(previous.version + 1) if previous else 1,
            variants=cmd.variants,
            variables=sorted(set(cmd.variables)),
            default_language=cmd.default_language or cmd.variants[0].language,
            from_address=cmd.from_address,
            reply_to=cmd.reply_to,
        )
        set_timestamp(template.updated_at, now)
        events = self._linking_events(tx, caller, template.template_id) if previous else []
        known = self._known(tx, caller) | set(template.variables)
        for event in events:
            known |= set(event.variables)
        try:
            unknown = unknown_variables(template, known)
        except TemplateProblem as exc:
            raise CommandError(f"variants: {exc}") from None
        if unknown:
            raise CommandError(
                "variants: unknown variable "
                + ", ".join(unknown)
                + " (declare it in variables, or set a global variable of that name)"
            )
        template.events.extend(e.name for e in events)
        tx.put_template(
            caller.org_id, template.template_id, template.version, template.name, template.channel,
            template.SerializeToString(), now,
        )  # fmt: skip
        self._audit(tx, caller, "save_template", template.template_id, f"version {template.version}", now)
        reply, body = _reply("save_template")
        body.template.CopyFrom(template)
        body.description = f"template {template.template_id} version {template.version} saved"
        return reply

    def _with_events(self, tx: Tx, caller: Caller, template: CM.CommsTemplate) -> CM.CommsTemplate:
        del template.events[:]
        template.events.extend(e.name for e in self._linking_events(tx, caller, template.template_id))
        return template

    def get_template(
        self, tx: Tx, caller: Caller, cmd: CM.GetTemplateCommand, now: float
    ) -> A.AppToServerCommandReply:
        if cmd.version < 0:
            raise CommandError("version: must be positive (or 0, the latest)")
        template = self._template(tx, caller, cmd.template_id, cmd.version)
        reply, body = _reply("get_template")
        body.template.CopyFrom(self._with_events(tx, caller, template))
        return reply

    def list_templates(
        self, tx: Tx, caller: Caller, cmd: CM.ListTemplatesCommand, now: float
    ) -> A.AppToServerCommandReply:
        reply, body = _reply("list_templates")
        for data in tx.templates(caller.org_id):
            template = CM.CommsTemplate.FromString(data)
            if (not cmd.tag or cmd.tag in template.tags) and (
                not cmd.channel or cmd.channel == template.channel
            ):
                body.templates.append(self._with_events(tx, caller, template))
        return reply

    def preview_template(
        self, tx: Tx, caller: Caller, cmd: CM.PreviewTemplateCommand, now: float
    ) -> A.AppToServerCommandReply:
        template = self._template(tx, caller, cmd.template_id, cmd.version)
        self._check_given(caller, cmd.variables)
        context = {**tx.globals(caller.org_id), **cmd.variables, **self._readonly(caller)}
        rendered = self._render(template, cmd.language or caller.org.comms.default_language, context)
        reply, body = _reply("preview_template")
        body.subject, body.text, body.html = rendered.subject, rendered.text, rendered.html
        body.language, body.version = rendered.language, template.version
        if template.channel == SMS:
            body.encoding, body.segments = rendered.encoding, rendered.segments
        return reply

    @staticmethod
    def _render(template: CM.CommsTemplate, language: str, context: Mapping[str, str]) -> Any:
        missing = sorted(set(used_variables(template)) - set(context))
        if missing:
            raise CommandError(
                f"variables: template {template.template_id} needs "
                + ", ".join(repr(m) for m in missing) + ", which nobody gave"
            )  # fmt: skip
        try:
            return render_template(template, language, context)
        except TemplateProblem as exc:
            raise CommandError(f"template {template.template_id}: {exc}") from None

    def delete_template(
        self, tx: Tx, caller: Caller, cmd: CM.DeleteTemplateCommand, now: float
    ) -> A.AppToServerCommandReply:
        self._template(tx, caller, cmd.template_id)
        events = self._linking_events(tx, caller, cmd.template_id)
        if events:
            raise CommandError(
                f"template_id: {cmd.template_id} is linked to event {', '.join(e.name for e in events)};"
                " unlink it first"
            )
        for data in tx.otp_configs(caller.org_id):
            config = CM.OtpConfig.FromString(data)
            if config.template_id == cmd.template_id:
                raise CommandError(
                    f"template_id: {cmd.template_id} is the template of OTP config {config.name!r}"
                )
        if using := not_ended_using(tx, caller, template_id=cmd.template_id):
            raise CommandError(
                f"template_id: {cmd.template_id} is the template of campaign {using}, not ended"
            )
        tx.delete_template(caller.org_id, cmd.template_id)
        self._audit(tx, caller, "delete_template", cmd.template_id, "", now)
        reply, body = _reply("delete_template")
        body.description = f"template {cmd.template_id} deleted"
        return reply

    # -- global variables -----------------------------------------------------------------------

    def _globals_reply(
        self, tx: Tx, caller: Caller, entry: str, description: str = ""
    ) -> A.AppToServerCommandReply:
        reply, body = _reply(entry)
        body.description = description
        editable = tx.globals(caller.org_id)
        readonly = self._readonly(caller)
        for name in sorted(set(editable) | set(readonly)):
            ro = name in readonly
            body.variables.add(name=name, value=readonly[name] if ro else editable[name], read_only=ro)
        return reply

    def set_global_variable(
        self, tx: Tx, caller: Caller, cmd: CM.SetGlobalVariableCommand, now: float
    ) -> A.AppToServerCommandReply:
        require_admin(caller, "set_global_variable")
        _name(cmd.name, "name")
        if cmd.name in self._readonly(caller):
            raise CommandError(
                f"name: {cmd.name!r} is a read-only global variable (set in the runtime's config)"
            )
        before = tx.globals(caller.org_id).get(cmd.name)
        tx.put_global(caller.org_id, cmd.name, cmd.value, now)
        self._audit(
            tx, caller, "set_global_variable", cmd.name, "added" if before is None else "changed", now
        )
        return self._globals_reply(tx, caller, "set_global_variable", f"{cmd.name} set")

    def delete_global_variable(
        self, tx: Tx, caller: Caller, cmd: CM.DeleteGlobalVariableCommand, now: float
    ) -> A.AppToServerCommandReply:
        require_admin(caller, "delete_global_variable")
        if cmd.name in self._readonly(caller):
            raise CommandError(
                f"name: {cmd.name!r} is a read-only global variable (set in the runtime's config)"
            )
        if cmd.name not in tx.globals(caller.org_id):
            raise CommandError(f"name: no global variable {cmd.name!r}")
        for data in tx.templates(caller.org_id):
            template = CM.CommsTemplate.FromString(data)
            events = self._linking_events(tx, caller, template.template_id)
            declared = set(template.variables).union(*(set(e.variables) for e in events))
            if cmd.name in used_variables(template) and cmd.name not in declared:
                raise CommandError(
                    f"name: template {template.template_id} ({template.name}) uses {cmd.name!r}"
                )
        tx.delete_global(caller.org_id, cmd.name)
        self._audit(tx, caller, "delete_global_variable", cmd.name, "", now)
        return self._globals_reply(tx, caller, "delete_global_variable", f"{cmd.name} deleted")

    def list_global_variables(
        self, tx: Tx, caller: Caller, cmd: CM.ListGlobalVariablesCommand, now: float
    ) -> A.AppToServerCommandReply:
        return self._globals_reply(tx, caller, "list_global_variables")

    # -- events -----------------------------------------------------------------------------------

    def save_event(
        self, tx: Tx, caller: Caller, cmd: CM.SaveEventCommand, now: float
    ) -> A.AppToServerCommandReply:
        event = CM.CommsEvent()
        event.CopyFrom(cmd.event)
        if not event.name or not _NAME.match(event.name):
            raise CommandError(
                f"event.name: {event.name!r} is not a name (a letter or _, then letters, digits, _)"
            )
        if not event.sms_template_id and not event.email_template_id:
            raise CommandError("event: links no template (give sms_template_id, email_template_id or both)")
        if event.category not in (CM.COMMS_CATEGORY_UNSPECIFIED, *CATEGORY_NAMES):
            raise CommandError(
                f"event.category: {event.category} is no category (transactional, otp, promotional)"
            )
        if event.category == CM.COMMS_CATEGORY_UNSPECIFIED:
            event.category = TRANSACTIONAL
        for name in event.variables:
            _name(name, "event.variables")
            if name in self._readonly(caller):
                raise CommandError(
                    f"event.variables: {name!r} is a read-only global variable; it cannot be redeclared"
                )
        known = self._known(tx, caller) | set(event.variables)
        for field, channel in (("sms_template_id", SMS), ("email_template_id", EMAIL)):
            template_id = getattr(event, field)
            if not template_id:
                continue
            template = self._template(tx, caller, template_id, field=f"event.{field}")
            if template.channel != channel:
                raise CommandError(
                    f"event.{field}: {template_id} is not an {CHANNEL_NAMES[channel]} template"
                )
            unknown = unknown_variables(template, known)  # a trigger gives the event's variables only
            if unknown:
                raise CommandError(
                    f"event.{field}: template {template_id} uses " + ", ".join(unknown)
                    + f", which event {event.name} does not declare"
                )  # fmt: skip
        set_timestamp(event.updated_at, now)
        existed = tx.event(caller.org_id, event.name) is not None
        tx.put_event(caller.org_id, event.name, event.SerializeToString(), now)
        self._audit(tx, caller, "save_event", event.name, "changed" if existed else "added", now)
        reply, body = _reply("save_event")
        body.event.CopyFrom(event)
        body.description = f"event {event.name} saved"
        return reply

    def delete_event(
        self, tx: Tx, caller: Caller, cmd: CM.DeleteEventCommand, now: float
    ) -> A.AppToServerCommandReply:
        if not tx.delete_event(caller.org_id, cmd.name):
            raise CommandError(f"name: unknown event {cmd.name!r}")
        self._audit(tx, caller, "delete_event", cmd.name, "", now)
        reply, body = _reply("delete_event")
        body.description = f"event {cmd.name} deleted"
        return reply

    def list_events(
        self, tx: Tx, caller: Caller, cmd: CM.ListEventsCommand, now: float
    ) -> A.AppToServerCommandReply:
        reply, body = _reply("list_events")
        body.events.extend(CM.CommsEvent.FromString(b) for b in tx.events(caller.org_id))
        return reply

    def subscribe_event(
        self, tx: Tx, caller: Caller, cmd: CM.SubscribeEventCommand, now: float
    ) -> A.AppToServerCommandReply:
        self._event(tx, caller, cmd.event)
        target = self._target(tx, caller, cmd.recipient, now)
        if target.customer_id is None:
            raise CommandError("recipient: subscriptions are a customer's; this address is no customer's")
        tx.put_subscription(caller.org_id, cmd.event, target.customer_id, cmd.subscribe, now)
        reply, body = _reply("subscribe_event")
        done = "subscribed to" if cmd.subscribe else "unsubscribed from"
        body.description = f"customer {target.customer_id} {done} {cmd.event}"
        return reply

    def trigger_event(
        self, tx: Tx, caller: Caller, cmd: CM.TriggerEventCommand, now: float
    ) -> A.AppToServerCommandReply:
        event = self._event(tx, caller, cmd.event)
        self._check_given(caller, cmd.variables)
        for name in cmd.variables:
            if name not in event.variables:
                raise CommandError(f"variables: event {event.name} declares no variable {name!r}")
        target = self._target(tx, caller, cmd.recipient, now)
        job_id = new_id("el_job_") if cmd.queue else ""
        reply, body = _reply("trigger_event")
        for template_id in (event.sms_template_id, event.email_template_id):
            if template_id:
                template = self._template(tx, caller, template_id)
                body.outcomes.append(
                    self._send(
                        tx, caller, now, template, target, dict(cmd.variables), event.category, cmd.queue,
                        job_id=job_id, event=event, language=cmd.language,
                    )
                )  # fmt: skip
        return self._summed(reply, body)

    # -- sending ----------------------------------------------------------------------------------

    def send_template(
        self, tx: Tx, caller: Caller, cmd: CM.SendTemplateCommand, now: float
    ) -> A.AppToServerCommandReply:
        if cmd.category not in (CM.COMMS_CATEGORY_UNSPECIFIED, *CATEGORY_NAMES):
            raise CommandError(f"category: {cmd.category} is no category (transactional, otp, promotional)")
        template = self._template(tx, caller, cmd.template_id)
        self._check_given(caller, cmd.variables)
        target = self._target(tx, caller, cmd.recipient, now)
        reply, body = _reply("send_template")
        body.outcomes.append(
            self._send(
                tx, caller, now, template, target, dict(cmd.variables),
                cmd.category or TRANSACTIONAL, cmd.queue,
                job_id=new_id("el_job_") if cmd.queue else "", language=cmd.language,
            )
        )  # fmt: skip
        return self._summed(reply, body)

    @staticmethod
    def _summed(reply: A.AppToServerCommandReply, body: Any) -> A.AppToServerCommandReply:
        """A send's reply: status true when something was sent or queued; each outcome said."""
        words = {QUEUED: "queued", SENDING: "sending", SENT: "sent", SKIPPED: "skipped", FAILED: "failed"}
        said = []
        for o in body.outcomes:
            why = f" ({o.error_message})" if o.error_message else ""
            said.append(f"{CHANNEL_NAMES.get(o.channel, '?')} {words.get(o.status, 'unknown')}{why}")
        body.status = any(o.status in (QUEUED, SENDING, SENT) for o in body.outcomes)
        body.description = "; ".join(said)
        return reply

    def _target(self, tx: Tx, caller: Caller, recipient: CM.CommsRecipient, now: float) -> Target:
        which = recipient.WhichOneof("recipient")
        if which is None:
            raise CommandError("recipient: give a customer id, customer number, secondary id or an address")
        if which == "customer_id":
            return self._customer_target(
                tx, by_id(tx, caller, recipient.customer_id), None, recipient.customer_id
            )
        if which == "secondary_id":
            holder = by_secondary_id(tx, caller, recipient.secondary_id, now)
            return self._customer_target(tx, holder, None, f"customer {holder}")
        if which == "customer_number":
            number = number_row(recipient.customer_number)
            kinds = {v: k for k, v in NUMBER_PROVIDER.items()}
            if number.provider not in kinds:
                raise CommandError(
                    "recipient.customer_number: templated sends reach CELLULAR and EMAIL numbers"
                )
            found = tx.find_by_number(caller.org_id, number)
            if found is not None:
                return self._customer_target(tx, tx.merged_into(found) or found, number, number.number)
            address = number.number
        else:
            address = recipient.address.strip()
        kind = _address_kind(address)
        found = tx.find_by_number(caller.org_id, NumberRow(NUMBER_PROVIDER[kind], address, None))
        customer_id = (tx.merged_into(found) or found) if found is not None else None
        return Target(customer_id, address if kind == SMS else "", address if kind == EMAIL else "", address)

    @staticmethod
    def _customer_target(tx: Tx, customer_id: str, named: NumberRow | None, spelled: str) -> Target:
        addresses: dict[int, str] = {SMS: "", EMAIL: ""}
        numbers = tx.numbers(customer_id)
        if named is not None:
            numbers = [named, *numbers]
        for number in numbers:
            for channel, provider in NUMBER_PROVIDER.items():
                if number.provider == provider and not addresses[channel]:
                    addresses[channel] = number.number or ""
        return Target(customer_id, addresses[SMS], addresses[EMAIL], spelled)

    def _language(self, tx: Tx, caller: Caller, target: Target, asked: str) -> str:
        if asked:
            return asked
        if target.customer_id is not None:
            value = tx.metadata(target.customer_id).get(caller.org.comms.language_key)
            if isinstance(value, str) and value:
                return value
        return caller.org.comms.default_language

    def _send(
        self,
        tx: Tx,
        caller: Caller,
        now: float,
        template: CM.CommsTemplate,
        target: Target,
        given: dict[str, str],
        category: int,
        queue: bool,
        *,
        job_id: str = "",
        event: CM.CommsEvent | None = None,
        language: str = "",
        route: tuple[str, ...] = (),
    ) -> CM.CommsSendOutcome:
        """Render and send (or queue) one template to one recipient, recording it as a report
        row; a check that stops it (no address, consent, suppression, subscription) is a
        skipped row. A template the variables do not cover refuses the whole command."""
        channel = template.channel
        context = {**tx.globals(caller.org_id), **given, **self._readonly(caller)}
        rendered = self._render(template, self._language(tx, caller, target, language), context)
        address = target.address(channel)
        sender = caller.org.sender(MESSAGING[channel])
        status, code, why = SENDING, "", ""
        if not address:
            what = "phone number" if channel == SMS else "email address"
            status, code, why = SKIPPED, "no_address", f"{target.named} has no {what}"
        elif sender is None:
            status, code, why = (
                FAILED,
                "no_sender",
                f"the org has no {CHANNEL_NAMES[channel]} channel number to send from",
            )
        elif target.customer_id is not None and self._blocked(tx, target.customer_id, channel, sender.number):
            status, code, why = (
                SKIPPED,
                "no_consent",
                f"the customer blocked {CHANNEL_NAMES[channel]} from {sender.number}",
            )
        elif category == PROMOTIONAL and tx.suppressed(caller.org_id, channel, address):
            status, code, why = SKIPPED, "suppressed", f"{address} is on the org's suppression list"
        elif event is not None:
            subscribed = (
                tx.subscription(caller.org_id, event.name, target.customer_id) if target.customer_id else None
            )
            if subscribed is False:
                status, code, why = SKIPPED, "unsubscribed", f"the customer unsubscribed from {event.name}"
            elif event.requires_subscription and not subscribed:
                status, code, why = (
                    SKIPPED,
                    "not_subscribed",
                    f"{event.name} reaches subscribed customers only",
                )
        message = M.OutboundMessage()
        if channel == SMS:
            message.body.text = rendered.text
        else:
            email = message.body.email
            email.subject, email.body_plain, email.body_html = rendered.subject, rendered.text, rendered.html
        row = SendRow(
            report_id=new_id("el_rpt_"),
            org_id=caller.org_id,
            app_id=caller.app_id,
            channel=channel,
            address=address,
            customer_id=target.customer_id,
            template_id=template.template_id,
            template_version=template.version,
            event=event.name if event is not None else "",
            job_id=job_id,
            campaign_id="",
            category=category,
            status=status,
            created_at=now,
            updated_at=now,
            due_at=now,
            error_code=code,
            error_message=why,
            notify=queue,
        )
        row = replace(
            row,
            from_address=template.from_address,
            reply_to=template.reply_to,
            sender=sender.number if sender else "",
            route=",".join(route),
        )
        providers = chain(self._org(caller), category, channel, sender.number, route) if sender else []
        if status == SENDING and queue:
            row = replace(row, status=QUEUED, body=message.SerializeToString())
        elif status == SENDING and providers and providers[0].external:
            # an outside provider: called once this commits, while the request waits (Engine)
            row = replace(row, body=message.SerializeToString())
            row_id = tx.put_send(row)
            lease_now = time.time()
            tx.claim("comms_sends", [row_id], self.sync_owner, lease_now + self.sync_lease, lease_now)
            self._pending.rows.append(row.report_id)
            return outcome(row)
        elif status == SENDING:
            assert sender is not None
            try:
                provider_id = self.simulator.deliver(tx, row, message, sender, now)
                row = replace(row, status=SENT, provider=SIMULATOR, provider_message_id=provider_id)
            except ProviderError as exc:
                row = replace(
                    row, status=FAILED, provider=SIMULATOR, error_code=exc.code, error_message=str(exc)
                )
        tx.put_send(row)
        return outcome(row)

    @staticmethod
    def _blocked(tx: Tx, customer_id: str, channel: int, sender: str) -> bool:
        consent = tx.consent(customer_id, MESSAGING[channel], sender)
        return consent is not None and consent.update == M.MESSAGING_CONSENT_UPDATE_BLOCK

    def test_campaign(
        self, tx: Tx, caller: Caller, cmd: CM.TestCampaignCommand, now: float
    ) -> A.AppToServerCommandReply:
        """A campaign's template, sent now to one address (its report row not the campaign's)."""
        self._check_given(caller, cmd.variables)
        campaign, template, given = self.campaigns.test_inputs(tx, caller, cmd)
        target = self._target(tx, caller, CM.CommsRecipient(address=cmd.address.strip()), now)
        if not target.address(template.channel):
            what = CHANNEL_NAMES[template.channel]
            raise CommandError(f"address: {cmd.address.strip()!r} cannot receive the campaign's {what}")
        reply, body = _reply("test_campaign")
        body.outcomes.append(
            self._send(
                tx, caller, now, template, target, given, campaign.category or PROMOTIONAL, False,
                job_id=f"test-{campaign.campaign_id}", language=campaign.language,
                route=tuple(campaign.providers),
            )
        )  # fmt: skip
        return self._summed(reply, body)

    # -- OTP --------------------------------------------------------------------------------------

    def set_otp_config(
        self, tx: Tx, caller: Caller, cmd: CM.SetOtpConfigCommand, now: float
    ) -> A.AppToServerCommandReply:
        require_admin(caller, "set_otp_config")
        config = CM.OtpConfig()
        config.CopyFrom(cmd.config)
        _name(config.name, "config.name")
        if config.length not in (4, 6, 8):
            raise CommandError(f"config.length: {config.length} (an OTP has 4, 6 or 8 characters)")
        if not config.HasField("expiry"):
            set_duration(config.expiry, OTP_DEFAULTS["expiry"])
        if not config.HasField("send_window"):
            set_duration(config.send_window, OTP_DEFAULTS["send_window"])
        for field in ("expiry", "send_window"):
            value = getattr(config, field)
            if value.seconds <= 0 or value.seconds > 86400:
                raise CommandError(f"config.{field}: between 1 second and 1 day")
        config.max_attempts = config.max_attempts or int(OTP_DEFAULTS["max_attempts"])
        config.max_sends = config.max_sends or int(OTP_DEFAULTS["max_sends"])
        if config.max_attempts < 1 or config.max_sends < 1:
            raise CommandError("config.max_attempts and config.max_sends must be positive")
        template = self._template(tx, caller, config.template_id, field="config.template_id")
        used = used_variables(template)
        if "code" not in used:
            raise CommandError(
                f"config.template_id: template {template.template_id} does not use the variable 'code'"
            )
        allowed = self._known(tx, caller) | set(template.variables) | {"code", "expiry_minutes"}
        unknown = unknown_variables(template, allowed)
        if unknown:
            raise CommandError(
                f"config.template_id: template {template.template_id} uses " + ", ".join(unknown)
            )
        existed = tx.otp_config(caller.org_id, config.name) is not None
        tx.put_otp_config(caller.org_id, config.name, config.SerializeToString())
        self._audit(tx, caller, "set_otp_config", config.name, "changed" if existed else "added", now)
        reply, body = _reply("set_otp_config")
        body.configs.append(config)
        body.description = f"OTP config {config.name} saved"
        return reply

    def list_otp_configs(
        self, tx: Tx, caller: Caller, cmd: CM.ListOtpConfigsCommand, now: float
    ) -> A.AppToServerCommandReply:
        reply, body = _reply("list_otp_configs")
        body.configs.extend(CM.OtpConfig.FromString(b) for b in tx.otp_configs(caller.org_id))
        return reply

    @staticmethod
    def _hash(tx: Tx, org_id: str, otp_id: str, code: str) -> bytes:
        key = tx.comms_key(org_id, secrets.token_bytes(32))
        return hmac.new(key, f"{otp_id}:{code}".encode(), hashlib.sha256).digest()

    def send_otp(
        self, tx: Tx, caller: Caller, cmd: CM.SendOtpCommand, now: float
    ) -> A.AppToServerCommandReply:
        data = tx.otp_config(caller.org_id, cmd.config) if cmd.config else None
        if data is None:
            raise CommandError(f"config: unknown OTP config {cmd.config!r}")
        config = CM.OtpConfig.FromString(data)
        template = self._template(tx, caller, config.template_id, field="config.template_id")
        self._check_given(caller, cmd.variables)
        for name in ("code", "expiry_minutes"):
            if name in cmd.variables:
                raise CommandError(f"variables: {name!r} is the runtime's to give")
        target = self._target(tx, caller, cmd.recipient, now)
        address = target.address(template.channel)
        if not address:
            raise CommandError(f"recipient: {target.named} has no {CHANNEL_NAMES[template.channel]} address")
        window = config.send_window.seconds
        sent = tx.otp_sends(caller.org_id, config.name, address, now - window)
        if sent >= config.max_sends:
            raise CommandError(
                f"recipient: {config.max_sends} codes were sent to {address} in the last {window} s;"
                " wait before asking for another"
            )
        if config.alphanumeric:
            code = "".join(secrets.choice(OTP_ALPHABET) for _ in range(config.length))
        else:
            code = "".join(secrets.choice("0123456789") for _ in range(config.length))
        otp_id = new_id("el_otp_")
        expires = now + config.expiry.seconds
        given = {
            **cmd.variables,
            "code": code,
            "expiry_minutes": str(max(1, round(config.expiry.seconds / 60))),
        }
        result = self._send(tx, caller, now, template, target, given, OTP, False, language=cmd.language)
        if result.status not in (SENT, SENDING):  # SENDING: an outside provider, called next
            raise CommandError(
                f"the code could not be sent: {result.error_message or 'the provider refused it'}"
            )
        tx.retire_otps(caller.org_id, config.name, address)
        tx.put_otp(
            OtpRow(
                otp_id, caller.org_id, config.name, address, target.customer_id,
                self._hash(tx, caller.org_id, otp_id, code), now, expires, 0, config.max_attempts, "pending",
            )
        )  # fmt: skip
        reply, body = _reply("send_otp")
        body.otp_id = otp_id
        set_timestamp(body.expires_at, expires)
        body.outcome.CopyFrom(result)
        body.description = f"code sent to {address}"
        return reply

    def verify_otp(
        self, tx: Tx, caller: Caller, cmd: CM.VerifyOtpCommand, now: float
    ) -> A.AppToServerCommandReply:
        otp = tx.otp(cmd.otp_id) if cmd.otp_id else None
        if otp is None or otp.org_id != caller.org_id:
            raise CommandError(f"otp_id: unknown OTP {cmd.otp_id!r}")
        reply, body = _reply("verify_otp")
        left = otp.max_attempts - otp.attempts
        if otp.state != "pending":
            verdict, why = CM.OTP_VERDICT_USED, "this code was used already, or a newer one replaced it"
        elif now >= otp.expires_at:
            tx.update_otp(otp.otp_id, otp.attempts, "expired")
            verdict, why = CM.OTP_VERDICT_EXPIRED, "the code has expired"
        elif left <= 0:
            verdict, why = CM.OTP_VERDICT_TOO_MANY_ATTEMPTS, "too many attempts"
        else:
            given = cmd.code.strip().upper()
            if hmac.compare_digest(self._hash(tx, otp.org_id, otp.otp_id, given), otp.code_hash):
                tx.update_otp(otp.otp_id, otp.attempts + 1, "approved")
                verdict, why = CM.OTP_VERDICT_APPROVED, "approved"
                publish(tx, otp.org_id, "otp.verified", otp.customer_id, now,
                        {"otp_id": otp.otp_id, "config": otp.config, "address": otp.address})  # fmt: skip
            else:
                left -= 1
                tx.update_otp(otp.otp_id, otp.attempts + 1, "pending")
                verdict = CM.OTP_VERDICT_INVALID if left > 0 else CM.OTP_VERDICT_TOO_MANY_ATTEMPTS
                why = f"wrong code; {left} attempt{'s' if left != 1 else ''} left"
        body.verdict = verdict
        body.attempts_left = max(0, left if verdict != CM.OTP_VERDICT_APPROVED else 0)
        body.status = verdict == CM.OTP_VERDICT_APPROVED
        body.description = why
        return reply

    # -- providers --------------------------------------------------------------------------------

    def list_providers(
        self, tx: Tx, caller: Caller, cmd: CM.ListProvidersCommand, now: float
    ) -> A.AppToServerCommandReply:
        org = self._org(caller)
        added = org.providers[len(caller.org.providers) :]
        return self._describe(caller, "list_providers", caller.org.providers, added, org.comms.defaults)

    def _providers_reply(
        self, tx: Tx, caller: Caller, entry: str, description: str
    ) -> A.AppToServerCommandReply:
        """The org's providers as the reply to a change: the config's, then the store's as this
        transaction has them (the directory reads them again once it commits)."""
        base = caller.org
        added = tuple(
            settings_of(CM.ProviderInfo.FromString(body), secret)
            for _, body, secret in tx.providers(base.org_id)
        )
        chains = {**base.comms.defaults, **tx.provider_defaults(base.org_id)}
        return self._describe(caller, entry, base.providers, added, chains, description)

    def _describe(
        self,
        caller: Caller,
        entry: str,
        configured: tuple[ProviderSettings, ...],
        added: tuple[ProviderSettings, ...],
        chains: Mapping[str, tuple[str, ...]],
        description: str = "",
    ) -> A.AppToServerCommandReply:
        reply, body = _reply(entry)
        body.description = description
        for settings in (SIMULATOR_PROVIDER, *configured, *added):
            info = body.providers.add(name=settings.name, kind=settings.kind, numbers=settings.numbers)
            info.channel = settings.channel
            info.host, info.port, info.url, info.username = (
                settings.host,
                settings.port,
                settings.url,
                settings.username,
            )
            info.security = settings.security if settings.external else ""
            info.secret_set, info.rate, info.timeout = bool(settings.secret), settings.rate, settings.timeout
            info.price = price_of(caller.org, settings)
            info.circuit = self.circuit(caller.org_id, settings) if settings.external else "closed"
            info.from_config = settings in configured or not settings.external
        for key, names in sorted(chains.items()):
            category, _, channel = key.rpartition("_")
            body.defaults.add(
                category=CATEGORY_BY_NAME[category],
                channel=SMS if channel == "sms" else EMAIL,
                providers=names,
            )
        return reply

    def set_provider(
        self, tx: Tx, caller: Caller, cmd: CM.SetProviderCommand, now: float
    ) -> A.AppToServerCommandReply:
        require_admin(caller, "set_provider")
        info = CM.ProviderInfo()
        info.CopyFrom(cmd.provider)
        if caller.org.provider(info.name) is not None:
            raise CommandError(
                f"provider.name: {info.name!r} is declared in the runtime's config; change it there"
            )
        entry: dict[str, Any] = {
            "name": info.name, "kind": info.kind,
            "channel": {SMS: "sms", EMAIL: "email"}.get(info.channel, ""),
            "numbers": list(info.numbers), "host": info.host, "port": info.port,
            "security": info.security or "none", "username": info.username, "url": info.url,
            "timeout": info.timeout or 10.0, "rate": info.rate, "price": info.price,
        }  # fmt: skip
        try:
            checked = provider_settings(entry, caller.org.channels, "provider")
        except ConfigError as exc:
            raise CommandError(str(exc)) from None
        if checked.kind == "simulator":
            raise CommandError("provider.kind: the simulator provider is built in")
        known = {name for name, _, _ in tx.providers(caller.org_id)}
        if info.name not in known and not cmd.secret and checked.kind != "smtp":
            raise CommandError(f"secret: a new {checked.kind} provider needs its API key or password")
        for field in ("circuit", "from_config", "secret_set"):
            info.ClearField(field)  # what the runtime says, not what it is told
        tx.put_provider(caller.org_id, info.name, info.SerializeToString(), cmd.secret or None, now)
        what = "changed" if info.name in known else "added"
        self._audit(tx, caller, "set_provider", info.name, what + (", secret set" if cmd.secret else ""), now)
        return self._providers_reply(tx, caller, "set_provider", f"provider {info.name} {what}")

    def delete_provider(
        self, tx: Tx, caller: Caller, cmd: CM.DeleteProviderCommand, now: float
    ) -> A.AppToServerCommandReply:
        require_admin(caller, "delete_provider")
        if caller.org.provider(cmd.name) is not None:
            raise CommandError(f"name: {cmd.name!r} is declared in the runtime's config; remove it there")
        chains = {**caller.org.comms.defaults, **tx.provider_defaults(caller.org_id)}
        using = sorted(key for key, names in chains.items() if cmd.name in names)
        if using:
            raise CommandError(f"name: {cmd.name} is a default for {', '.join(using)}; change those first")
        if campaign := not_ended_using(tx, caller, provider=cmd.name):
            raise CommandError(f"name: campaign {campaign}, not ended, sends through {cmd.name}")
        if not tx.delete_provider(caller.org_id, cmd.name):
            raise CommandError(f"name: unknown provider {cmd.name!r}")
        self._audit(tx, caller, "delete_provider", cmd.name, "", now)
        return self._providers_reply(tx, caller, "delete_provider", f"provider {cmd.name} deleted")

    def set_provider_defaults(
        self, tx: Tx, caller: Caller, cmd: CM.SetProviderDefaultsCommand, now: float
    ) -> A.AppToServerCommandReply:
        require_admin(caller, "set_provider_defaults")
        wanted = cmd.defaults
        category = CATEGORY_NAMES.get(wanted.category)
        if category is None:
            raise CommandError("defaults.category: transactional, otp or promotional")
        if wanted.channel not in (SMS, EMAIL):
            raise CommandError("defaults.channel: SMS or EMAIL")
        added = {name: CM.ProviderInfo.FromString(body) for name, body, _ in tx.providers(caller.org_id)}
        for name in wanted.providers:
            settings = caller.org.provider(name)
            channel = (
                settings.channel if settings is not None else added[name].channel if name in added else None
            )
            if channel is None:
                raise CommandError(f"defaults.providers: unknown provider {name!r}")
            if name != SIMULATOR_PROVIDER.name and channel != wanted.channel:
                raise CommandError(
                    f"defaults.providers: {name} does not send {CHANNEL_NAMES[wanted.channel]}"
                )
        key = f"{category}_{'sms' if wanted.channel == SMS else 'email'}"
        tx.put_provider_defaults(caller.org_id, key, tuple(wanted.providers))
        self._audit(
            tx, caller, "set_provider_defaults", key, ", ".join(wanted.providers) or "(the config's)", now
        )
        return self._providers_reply(
            tx, caller, "set_provider_defaults", f"{key}: {', '.join(wanted.providers)}"
        )

    def test_provider(
        self, tx: Tx, caller: Caller, cmd: CM.TestProviderCommand, now: float
    ) -> A.AppToServerCommandReply:
        require_admin(caller, "test_provider")
        settings = self._org(caller).provider(cmd.name) if cmd.name else None
        if settings is None:
            raise CommandError(f"name: unknown provider {cmd.name!r}")
        reply, body = _reply("test_provider")
        wrong = self.check(caller.org_id, settings) if settings.external else ""
        body.status = not wrong
        body.description = f"{settings.name}: {wrong or 'the settings work'}"
        return reply

    # -- reports ----------------------------------------------------------------------------------

    def query_reports(
        self, tx: Tx, caller: Caller, cmd: CM.QueryReportsCommand, now: float
    ) -> A.AppToServerCommandReply:
        if not cmd.HasField("since"):
            raise CommandError("since: a report query needs the start of its date range")
        since = seconds_of(cmd.since, 0.0)
        until = seconds_of(cmd.until, now + 1.0) if cmd.HasField("until") else now + 1.0
        if until <= since:
            raise CommandError("until: the date range ends before it starts")
        if not 0 <= cmd.limit <= 1000:
            raise CommandError("limit: between 1 and 1000 (0: 100)")
        statuses: tuple[int, ...] = ()
        if cmd.outcome == CM.REPORT_OUTCOME_SUCCESS:
            statuses = (SENT, DELIVERED)
        elif cmd.outcome == CM.REPORT_OUTCOME_ERROR:
            statuses = (FAILED, UNKNOWN)
        query = ReportFilter(
            caller.org_id, since, until, cmd.channel, cmd.address.strip(), statuses,
            cmd.template_id, cmd.job_id, cmd.campaign_id, cmd.event,
        )  # fmt: skip
        before = _cursor(cmd.cursor) if cmd.cursor else None
        limit = cmd.limit or 100
        rows = tx.reports(query, before, limit + 1)
        reply, body = _reply("query_reports")
        for row in rows[:limit]:
            body.reports.append(report(row))
        if len(rows) > limit:
            last = rows[limit - 1]
            body.next_cursor = _encode_cursor(last.created_at, last.row_id)
        return reply

    # -- suppression and audit --------------------------------------------------------------------

    def update_suppression(
        self, tx: Tx, caller: Caller, cmd: CM.UpdateSuppressionCommand, now: float
    ) -> A.AppToServerCommandReply:
        require_admin(caller, "update_suppression")
        if cmd.channel not in (SMS, EMAIL):
            raise CommandError("channel: SMS or EMAIL")
        address = cmd.address.strip()
        try:
            kind = _address_kind(address)
        except CommandError:
            raise CommandError(
                f"address: {address!r} is neither a phone number (+254...) nor an email address"
            ) from None
        if kind != cmd.channel:
            raise CommandError(f"address: {address!r} is not an {CHANNEL_NAMES[cmd.channel]} address")
        reply, body = _reply("update_suppression")
        if cmd.suppress:
            tx.put_suppression(caller.org_id, cmd.channel, address, cmd.reason or "added by an admin", now)
            body.description = f"{address} suppressed"
        else:
            if not tx.delete_suppression(caller.org_id, cmd.channel, address):
                raise CommandError(f"address: {address} is not on the suppression list")
            body.description = f"{address} no longer suppressed"
        self._audit(tx, caller, "suppress" if cmd.suppress else "unsuppress", address, cmd.reason, now)
        return reply

    def list_suppressions(
        self, tx: Tx, caller: Caller, cmd: CM.ListSuppressionsCommand, now: float
    ) -> A.AppToServerCommandReply:
        limit = cmd.limit or 100
        if not 0 < limit <= 1000:
            raise CommandError("limit: between 1 and 1000 (0: 100)")
        after = None
        if cmd.cursor:
            kind, _, last = decode_cursor(cmd.cursor).partition(":")
            if not re.fullmatch(r"[0-9]{1,9}", kind):
                raise CommandError(f"cursor: {cmd.cursor!r} is not a cursor this runtime gave")
            after = (int(kind), last)
        rows = tx.suppressions(caller.org_id, cmd.channel, after, limit + 1)
        reply, body = _reply("list_suppressions")
        for channel, address, reason, at in rows[:limit]:
            entry = body.suppressions.add(channel=channel, address=address, reason=reason)
            set_timestamp(entry.created_at, at)
        if len(rows) > limit:
            body.next_cursor = encode_cursor(f"{rows[limit - 1][0]}:{rows[limit - 1][1]}")
        return reply

    def query_audit_log(
        self, tx: Tx, caller: Caller, cmd: CM.QueryAuditLogCommand, now: float
    ) -> A.AppToServerCommandReply:
        limit = cmd.limit or 100
        if not 0 < limit <= 1000:
            raise CommandError("limit: between 1 and 1000 (0: 100)")
        since = seconds_of(cmd.since, 0.0)
        until = seconds_of(cmd.until, now + 1.0) if cmd.HasField("until") else now + 1.0
        before = None
        if cmd.cursor:
            last = decode_cursor(cmd.cursor)
            if not re.fullmatch(r"[0-9]{1,18}", last):
                raise CommandError(f"cursor: {cmd.cursor!r} is not a cursor this runtime gave")
            before = int(last)
        rows = tx.audit_log(caller.org_id, since, until, before, limit + 1)
        reply, body = _reply("query_audit_log")
        for row in rows[:limit]:
            entry = body.entries.add(
                app_id=row.app_id, actor=row.actor, action=row.action, subject=row.subject, detail=row.detail
            )
            set_timestamp(entry.at, row.at)
        if len(rows) > limit:
            body.next_cursor = encode_cursor(str(rows[limit - 1].row_id))
        return reply


# -- rows to messages ----------------------------------------------------------------------------


def outcome(row: SendRow) -> CM.CommsSendOutcome:
    return CM.CommsSendOutcome(
        report_id=row.report_id,
        job_id=row.job_id,
        channel=row.channel,  # type: ignore[arg-type]
        address=row.address,
        status=row.status,  # type: ignore[arg-type]
        provider=row.provider,
        provider_message_id=row.provider_message_id,
        error_code=row.error_code,
        error_message=row.error_message,
        template_id=row.template_id,
        template_version=row.template_version,
    )


def report(row: SendRow) -> CM.CommsReport:
    out = CM.CommsReport(
        report_id=row.report_id,
        channel=row.channel,  # type: ignore[arg-type]
        address=row.address,
        customer_id=row.customer_id or "",
        template_id=row.template_id,
        template_version=row.template_version,
        event=row.event,
        job_id=row.job_id,
        campaign_id=row.campaign_id,
        category=row.category,  # type: ignore[arg-type]
        provider=row.provider,
        provider_message_id=row.provider_message_id,
        status=row.status,  # type: ignore[arg-type]
        error_code=row.error_code,
        error_message=row.error_message,
        app_id=row.app_id,
    )
    set_timestamp(out.created_at, row.created_at)
    set_timestamp(out.updated_at, row.updated_at)
    return out


def _encode_cursor(created_at: float, row_id: int) -> str:
    return encode_cursor(f"{created_at!r}:{row_id}")


def _cursor(cursor: str) -> tuple[float, int]:
    at, _, row_id = decode_cursor(cursor).partition(":")
    try:
        moment = float(at)
    except ValueError:
        moment = float("nan")
    if not re.fullmatch(r"[0-9]{1,18}", row_id) or not math.isfinite(moment):
        raise CommandError(f"cursor: {cursor!r} is not a cursor this runtime gave")
    return moment, int(row_id)
