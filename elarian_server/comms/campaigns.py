"""Campaigns: a template sent to every contact of an audience, at most once each.

A campaign's commands (save, start, pause, resume, cancel, test) run in the engine's
transactions like any other; ``runner.Runner`` takes running campaigns up. It takes a window of
contacts at a time (``take``): for each it checks what may stop the send (no address, consent,
suppression, frequency cap, quiet hours), renders the template and records a report row, queued
for the sender (``sender.Sender``) or skipped, and moves the campaign's position past them, all
in one transaction; the unique index on (campaign, address) keeps a second row for an address
out whatever happens. From there a send is the sender's: recorded in flight before a provider
is called, and after a crash reported ``unknown`` rather than sent again.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

from elarian_sync._convert import duration, set_duration, set_timestamp
from elarian_sync._generated import app_socket_pb2 as A
from elarian_sync._generated import comms_pb2 as CM
from elarian_sync._generated import messaging_pb2 as M

from ..config import SIMULATOR_PROVIDER, Org, ProviderSettings
from ..engine.common import Caller, CommandError, new_id, seconds_of
from ..store.base import AudienceRec, CampaignRec, DomainEvent, MemberRow, SendRow, Tx
from . import reply as _reply
from . import require_admin
from .bound import CHANNEL_NAMES, MESSAGING, NUMBER_PROVIDER, chain, price_of
from .contacts import variables
from .render import EMAIL, SMS, TemplateProblem, render_template, used_variables


class Layer(Protocol):
    """What campaigns use of the layer's commands (``service.Comms``)."""

    def _org(self, caller: Caller) -> Org: ...

    def _audit(self, tx: Tx, caller: Caller, action: str, subject: str, detail: str, now: float) -> None: ...

    def _known(self, tx: Tx, caller: Caller) -> set[str]: ...

    def _readonly(self, caller: Caller) -> Mapping[str, str]: ...

    def _template(
        self, tx: Tx, caller: Caller, template_id: str, version: int = 0, field: str = "template_id"
    ) -> CM.CommsTemplate: ...

    def _blocked(self, tx: Tx, customer_id: str, channel: int, sender: str) -> bool: ...


DRAFT, SCHEDULED, RUNNING = CM.CAMPAIGN_STATE_DRAFT, CM.CAMPAIGN_STATE_SCHEDULED, CM.CAMPAIGN_STATE_RUNNING
PAUSED, CANCELLED, FINISHED = (
    CM.CAMPAIGN_STATE_PAUSED,
    CM.CAMPAIGN_STATE_CANCELLED,
    CM.CAMPAIGN_STATE_FINISHED,
)
ENDED = (CANCELLED, FINISHED)
STATE_NAMES: dict[int, str] = {DRAFT: "draft", SCHEDULED: "scheduled", RUNNING: "running", PAUSED: "paused",
               CANCELLED: "cancelled", FINISHED: "finished"}  # fmt: skip
QUEUED, SENDING, SENT = CM.COMMS_SEND_STATUS_QUEUED, CM.COMMS_SEND_STATUS_SENDING, CM.COMMS_SEND_STATUS_SENT
DELIVERED, FAILED = CM.COMMS_SEND_STATUS_DELIVERED, CM.COMMS_SEND_STATUS_FAILED
SKIPPED, UNKNOWN = CM.COMMS_SEND_STATUS_SKIPPED, CM.COMMS_SEND_STATUS_UNKNOWN
PROMOTIONAL = CM.COMMS_CATEGORY_PROMOTIONAL
HELD = 1e15
"""When a paused campaign's queued sends fall due: never, until it resumes."""
ERROR_SAMPLE, ERROR_MINIMUM = 100, 20
"""The error rate is over the last ``ERROR_SAMPLE`` settled sends, once there are ``ERROR_MINIMUM``."""
_HHMM = re.compile(r"^([01]?[0-9]|2[0-3]):([0-5][0-9])$")

COMMANDS = (
    "save_campaign", "get_campaign", "list_campaigns", "start_campaign", "pause_campaign",
    "resume_campaign", "cancel_campaign",
)  # fmt: skip
"""Its commands (``test_campaign``, a send, is the layer's: ``service.Comms``)."""


def settings(rec: CampaignRec) -> CM.Campaign:
    """A campaign as the API shows it: its body, with its state and standing from the row."""
    out = CM.Campaign.FromString(rec.body)
    out.campaign_id, out.state, out.state_reason = rec.campaign_id, rec.state, rec.reason  # type: ignore[assignment]
    out.spent = rec.spent
    for field, value in (
        ("start_at", rec.start_at), ("created_at", rec.created_at), ("updated_at", rec.updated_at),
        ("started_at", rec.started_at), ("finished_at", rec.finished_at),
    ):  # fmt: skip
        if value is not None:
            set_timestamp(getattr(out, field), value)
        else:
            out.ClearField(field)
    return out


def progress(tx: Tx, rec: CampaignRec, now: float) -> CM.CampaignProgress:
    body = CM.Campaign.FromString(rec.body)
    counts = tx.campaign_counts(rec.org_id, rec.campaign_id)
    out = CM.CampaignProgress(
        total=tx.count_members(body.audience_id),
        sent=counts.get(SENT, 0) + counts.get(DELIVERED, 0),
        failed=counts.get(FAILED, 0),
        skipped=counts.get(SKIPPED, 0),
        unknown=counts.get(UNKNOWN, 0),
        in_flight=counts.get(QUEUED, 0) + counts.get(SENDING, 0),
        remaining=0 if rec.state in ENDED else tx.count_members(body.audience_id, rec.position),
    )
    settled = out.sent + out.failed + out.skipped + out.unknown
    until = rec.finished_at if rec.finished_at is not None else now
    if rec.started_at is not None and until > rec.started_at and settled:
        out.rate = settled / (until - rec.started_at)
        if rec.state not in ENDED:
            set_duration(out.eta, (out.remaining + out.in_flight) / out.rate)
    return out


_EVENT_OF_STATE = {int(PAUSED): "campaign.paused", int(CANCELLED): "campaign.cancelled",
                   int(FINISHED): "campaign.finished"}  # fmt: skip


def notify(tx: Tx, rec: CampaignRec, now: float) -> None:
    """Tell the app that made the campaign where it stands now (its state, why, its progress)."""
    env = A.ServerToAppNotification()
    carrier = env.comms
    carrier.org_id, carrier.app_id = rec.org_id, rec.app_id
    set_timestamp(carrier.created_at, now)
    carrier.notification_id = new_id("el_ntf_")
    status = carrier.campaign_status
    status.campaign_id, status.state, status.reason = rec.campaign_id, rec.state, rec.reason  # type: ignore[assignment]
    status.name = CM.Campaign.FromString(rec.body).name
    status.progress.CopyFrom(progress(tx, rec, now))
    order = f"comms/{rec.app_id}/campaign/{rec.campaign_id}"
    tx.enqueue(
        carrier.notification_id, rec.org_id, rec.app_id, "app", order, None, env.SerializeToString(), now
    )
    event = _EVENT_OF_STATE.get(int(rec.state))
    if rec.state == RUNNING:  # the runner starts it at ``now``; a resume finds it started before
        event = "campaign.started" if rec.started_at == now else "campaign.resumed"
    if event is not None and tx.publisher is not None:
        tx.publish(DomainEvent(rec.org_id, event, None, now, status, order_key=f"campaign/{rec.campaign_id}"))


def _minutes(text: str, field: str) -> int:
    match = _HHMM.match(text)
    if not match:
        raise CommandError(f"{field}: {text!r} is not a time of day (HH:MM)")
    return int(match[1]) * 60 + int(match[2])


_ZONES: dict[str, ZoneInfo] = {}
_ZONES_KEPT = 10_000


def _zone_of(phone: str, region: str) -> ZoneInfo:
    """The time zone of a phone number (the first phonenumbers gives), else of the region's
    numbers, else UTC. phonenumbers maps zones by prefix (country and area codes), so the zone
    found for a number serves the others that share its first eight characters."""
    key = phone[:8] or f"region:{region}"
    zone = _ZONES.get(key)
    if zone is None:
        zone = _ZONES[key] = _look_up_zone(phone, region)
        if len(_ZONES) > _ZONES_KEPT:
            _ZONES.pop(next(iter(_ZONES)))
    return zone


def _look_up_zone(phone: str, region: str) -> ZoneInfo:
    import phonenumbers
    from phonenumbers import timezone

    zones: tuple[str, ...] = ()
    try:
        if phone:
            zones = tuple(timezone.time_zones_for_number(phonenumbers.parse(phone, None)))
        elif region:
            example = phonenumbers.example_number(region)
            zones = tuple(timezone.time_zones_for_number(example)) if example is not None else ()
    except phonenumbers.NumberParseException:
        zones = ()
    for zone in zones:
        try:
            return ZoneInfo(zone)
        except (KeyError, ValueError):  # "Etc/Unknown" and the like
            continue
    return ZoneInfo("UTC")


def quiet_until(campaign: CM.Campaign, phone: str, region: str, now: float) -> float | None:
    """When the quiet hours ``now`` falls in end, in the contact's local time; None: not quiet."""
    if not campaign.quiet_start:
        return None
    start, end = _minutes(campaign.quiet_start, "quiet_start"), _minutes(campaign.quiet_end, "quiet_end")
    local = datetime.fromtimestamp(now, _zone_of(phone, region))
    minute = local.hour * 60 + local.minute
    quiet = start <= minute < end if start < end else (minute >= start or minute < end)
    if not quiet:
        return None
    ends = local.replace(hour=end // 60, minute=end % 60, second=0, microsecond=0)
    if ends <= local:
        ends += timedelta(days=1)
    return ends.timestamp()


@dataclass
class Window:
    """What one step of a campaign took up: its new rows, their cost, where it now stands."""

    rows: list[SendRow]
    position: int
    cost: float
    capped: bool = False  # stopped short at the spending cap


class Campaigns:
    def __init__(self, comms: Layer) -> None:
        self.comms = comms
        self.commands = {entry: getattr(self, entry) for entry in COMMANDS}

    # -- checks shared by save and start ----------------------------------------------------------

    def _find(self, tx: Tx, caller: Caller, campaign_id: str) -> CampaignRec:
        if not campaign_id:
            raise CommandError("campaign_id: name a campaign")
        rec = tx.campaign(caller.org_id, campaign_id)
        if rec is None:
            raise CommandError(f"campaign_id: unknown campaign {campaign_id!r}")
        return rec

    def _checked(self, tx: Tx, caller: Caller, campaign: CM.Campaign) -> tuple[CM.CommsTemplate, AudienceRec]:
        """The campaign's template and audience, once everything it says is known to work."""
        if not campaign.name.strip():
            raise CommandError("campaign.name: a campaign needs a name")
        template = self.comms._template(tx, caller, campaign.template_id, field="campaign.template_id")
        if not campaign.audience_id:
            raise CommandError("campaign.audience_id: name an audience")
        audience = tx.audience(caller.org_id, campaign.audience_id)
        if audience is None:
            raise CommandError(f"campaign.audience_id: unknown audience {campaign.audience_id!r}")
        body = CM.Audience.FromString(audience.body)
        drawn = body.HasField("customer_tag")
        if template.channel == SMS and not (drawn or body.phone_column):
            raise CommandError(
                f"campaign.audience_id: audience {audience.name!r} has no phone numbers for SMS"
            )
        if template.channel == EMAIL and not (drawn or body.email_column):
            raise CommandError(f"campaign.audience_id: audience {audience.name!r} has no email addresses")
        known = set(body.variables) | self.comms._known(tx, caller)
        missing = sorted(set(used_variables(template)) - known)
        if missing:
            raise CommandError(
                f"campaign: template {template.template_id} uses variables that neither audience "
                f"{audience.name!r} nor the globals give: {', '.join(missing)}"
            )
        org = self.comms._org(caller)
        for name in campaign.providers:
            provider = org.provider(name)
            if provider is None:
                raise CommandError(f"campaign.providers: unknown provider {name!r}")
            if provider.external and provider.channel != template.channel:
                raise CommandError(
                    f"campaign.providers: {name!r} does not send {CHANNEL_NAMES[template.channel]}"
                )
        if campaign.category == CM.COMMS_CATEGORY_OTP:
            raise CommandError("campaign.category: OTP codes are not sent by campaign")
        for field in ("throttle", "spending_cap"):
            if getattr(campaign, field) < 0:
                raise CommandError(f"campaign.{field}: {getattr(campaign, field)} (0 or more)")
        if not 0 <= campaign.error_threshold <= 1:
            raise CommandError(f"campaign.error_threshold: {campaign.error_threshold} (a share, 0 to 1)")
        if bool(campaign.quiet_start) != bool(campaign.quiet_end):
            raise CommandError("campaign.quiet_start, quiet_end: give both, or neither")
        if campaign.quiet_start:
            _minutes(campaign.quiet_start, "campaign.quiet_start")
            _minutes(campaign.quiet_end, "campaign.quiet_end")
        if campaign.frequency_cap < 0:
            raise CommandError(f"campaign.frequency_cap: {campaign.frequency_cap} (0 or more)")
        if campaign.frequency_cap and duration(campaign.frequency_window).total_seconds() <= 0:
            raise CommandError("campaign.frequency_window: a frequency cap needs a window (like 7 days)")
        return template, audience

    def _chain(
        self, caller: Caller, campaign: CM.Campaign, template: CM.CommsTemplate
    ) -> list[ProviderSettings]:
        sender = caller.org.sender(MESSAGING[template.channel])
        number = sender.number if sender else ""
        return chain(self.comms._org(caller), campaign.category or PROMOTIONAL, template.channel, number,
                     campaign.providers)  # fmt: skip

    def _estimate(
        self, tx: Tx, caller: Caller, campaign: CM.Campaign, template: CM.CommsTemplate, audience: AudienceRec
    ) -> CM.CampaignEstimate:
        """Recipients x segments (the first contact's message, SMS) x the first provider's price."""
        providers = self._chain(caller, campaign, template)
        provider = providers[0] if providers else SIMULATOR_PROVIDER
        price = price_of(caller.org, provider)
        segments = 1
        if template.channel == SMS:
            sample = tx.members(audience.audience_id, 0, 1)
            # a variable the sample lacks renders empty
            context = {name: "" for name in used_variables(template)}
            context.update(self._context(tx, caller, audience, sample[0] if sample else None))
            try:
                language = campaign.language or caller.org.comms.default_language
                segments = render_template(template, language, context).segments
            except TemplateProblem:
                segments = 1
        recipients = audience.members
        return CM.CampaignEstimate(
            recipients=recipients, segments=segments, price=price, cost=recipients * segments * price,
            provider=provider.name,
        )  # fmt: skip

    def _context(
        self, tx: Tx, caller: Caller, audience: AudienceRec, member: MemberRow | None
    ) -> dict[str, str]:
        body = CM.Audience.FromString(audience.body)
        values = variables(body, member) if member else {}
        return {**tx.globals(caller.org_id), **values, **self.comms._readonly(caller)}

    def _answer(
        self, tx: Tx, caller: Caller, entry: str, rec: CampaignRec, now: float
    ) -> A.AppToServerCommandReply:
        reply, out = _reply(entry)
        out.campaign.CopyFrom(settings(rec))
        out.progress.CopyFrom(progress(tx, rec, now))
        body = CM.Campaign.FromString(rec.body)
        template = tx.template(caller.org_id, body.template_id)
        audience = tx.audience(caller.org_id, body.audience_id)
        if template is not None and audience is not None:
            out.estimate.CopyFrom(
                self._estimate(tx, caller, body, CM.CommsTemplate.FromString(template), audience)
            )
        return reply

    # -- commands -----------------------------------------------------------------------------------

    def save_campaign(
        self, tx: Tx, caller: Caller, cmd: CM.SaveCampaignCommand, now: float
    ) -> A.AppToServerCommandReply:
        campaign = CM.Campaign()
        campaign.CopyFrom(cmd.campaign)
        for field in ("state", "state_reason", "start_at", "created_at", "updated_at", "spent", "started_at",
                      "finished_at"):  # fmt: skip
            campaign.ClearField(field)  # the runtime's to say
        if not campaign.category:
            campaign.category = PROMOTIONAL
        if not campaign.error_threshold:
            campaign.error_threshold = 0.5
        self._checked(tx, caller, campaign)
        if not campaign.campaign_id:
            campaign.campaign_id = new_id("el_cmp_")
            rec = CampaignRec(
                campaign_id=campaign.campaign_id, org_id=caller.org_id, app_id=caller.app_id,
                body=campaign.SerializeToString(), state=DRAFT, reason="", start_at=None, position=0,
                spent=0.0, started_at=None, finished_at=None, created_at=now, updated_at=now,
            )  # fmt: skip
            tx.put_campaign(rec)
        else:
            old = self._find(tx, caller, campaign.campaign_id)
            if old.state not in (DRAFT, PAUSED):
                raise CommandError(
                    f"campaign {old.campaign_id} is {STATE_NAMES[old.state]}: only a draft or a paused"
                    " campaign can be changed"
                )
            moved = CM.Campaign.FromString(old.body).audience_id != campaign.audience_id
            # another audience starts from its beginning; the addresses sent to already are not sent again
            rec = replace(
                old, body=campaign.SerializeToString(), position=0 if moved else old.position, updated_at=now
            )
            tx.update_campaign(rec)
        return self._answer(tx, caller, "save_campaign", rec, now)

    def get_campaign(
        self, tx: Tx, caller: Caller, cmd: CM.GetCampaignCommand, now: float
    ) -> A.AppToServerCommandReply:
        return self._answer(tx, caller, "get_campaign", self._find(tx, caller, cmd.campaign_id), now)

    def list_campaigns(
        self, tx: Tx, caller: Caller, cmd: CM.ListCampaignsCommand, now: float
    ) -> A.AppToServerCommandReply:
        reply, out = _reply("list_campaigns")
        out.campaigns.extend(settings(rec) for rec in tx.campaigns(caller.org_id, int(cmd.state)))
        return reply

    def start_campaign(
        self, tx: Tx, caller: Caller, cmd: CM.StartCampaignCommand, now: float
    ) -> A.AppToServerCommandReply:
        require_admin(caller, "start_campaign")
        rec = self._find(tx, caller, cmd.campaign_id)
        if rec.state != DRAFT:
            raise CommandError(f"campaign {rec.campaign_id} is {STATE_NAMES[rec.state]}: only a draft starts")
        _, audience = self._checked(tx, caller, CM.Campaign.FromString(rec.body))  # globals may have changed
        if audience.state != CM.AUDIENCE_STATE_READY:
            raise CommandError(
                f"audience {audience.name!r} is still being imported: start once it is complete"
            )
        at = seconds_of(cmd.at, now)
        rec = replace(rec, state=SCHEDULED, start_at=max(at, now), reason="", updated_at=now)
        tx.update_campaign(rec)
        self.comms._audit(tx, caller, "start_campaign", rec.campaign_id, f"at {rec.start_at}", now)
        return self._answer(tx, caller, "start_campaign", rec, now)

    def pause_campaign(
        self, tx: Tx, caller: Caller, cmd: CM.PauseCampaignCommand, now: float
    ) -> A.AppToServerCommandReply:
        rec = self._find(tx, caller, cmd.campaign_id)
        if rec.state not in (SCHEDULED, RUNNING):
            raise CommandError(
                f"campaign {rec.campaign_id} is {STATE_NAMES[rec.state]}: only a scheduled or running one"
                " pauses"
            )
        rec = pause(tx, rec, f"paused by {caller.actor or caller.app_id}", now)
        return self._answer(tx, caller, "pause_campaign", rec, now)

    def resume_campaign(
        self, tx: Tx, caller: Caller, cmd: CM.ResumeCampaignCommand, now: float
    ) -> A.AppToServerCommandReply:
        require_admin(caller, "resume_campaign")
        rec = self._find(tx, caller, cmd.campaign_id)
        if rec.state != PAUSED:
            raise CommandError(
                f"campaign {rec.campaign_id} is {STATE_NAMES[rec.state]}: only a paused one resumes"
            )
        self._checked(tx, caller, CM.Campaign.FromString(rec.body))
        state = SCHEDULED if rec.started_at is None else RUNNING
        rec = replace(rec, state=state, reason="", updated_at=now)
        tx.update_campaign(rec)
        tx.hold_campaign_sends(rec.org_id, rec.campaign_id, now)
        notify(tx, rec, now)
        self.comms._audit(tx, caller, "resume_campaign", rec.campaign_id, "", now)
        return self._answer(tx, caller, "resume_campaign", rec, now)

    def cancel_campaign(
        self, tx: Tx, caller: Caller, cmd: CM.CancelCampaignCommand, now: float
    ) -> A.AppToServerCommandReply:
        rec = self._find(tx, caller, cmd.campaign_id)
        if rec.state in ENDED:
            raise CommandError(f"campaign {rec.campaign_id} is {STATE_NAMES[rec.state]} already")
        rec = replace(rec, state=CANCELLED, reason=f"cancelled by {caller.actor or caller.app_id}",
                      finished_at=now, updated_at=now)  # fmt: skip
        # the campaign's row first: a runner writing a window holds it until the window commits,
        # so the skip after it (a statement of its own) sees that window's sends too
        tx.update_campaign(rec)
        tx.skip_campaign_sends(rec.org_id, rec.campaign_id, now, "cancelled", "the campaign was cancelled")
        notify(tx, rec, now)
        return self._answer(tx, caller, "cancel_campaign", rec, now)

    def test_inputs(
        self, tx: Tx, caller: Caller, cmd: CM.TestCampaignCommand
    ) -> tuple[CM.Campaign, CM.CommsTemplate, dict[str, str]]:
        """What a test send of a campaign sends: its settings, its template, and the variables
        given (else those of the audience's first contact)."""
        rec = self._find(tx, caller, cmd.campaign_id)
        campaign = CM.Campaign.FromString(rec.body)
        template, audience = self._checked(tx, caller, campaign)
        given = dict(cmd.variables)
        if not given:
            first = tx.members(audience.audience_id, 0, 1)
            body = CM.Audience.FromString(audience.body)
            given = variables(body, first[0]) if first else {}
        return campaign, template, given

    # -- a running campaign's step (the runner's) ----------------------------------------------------

    def take(self, tx: Tx, rec: CampaignRec, org: Org, most: int, now: float) -> Window:
        """The next ``most`` contacts' sends, checked and rendered (a snapshot is enough: the
        write that records them checks the campaign's version did not move meanwhile), short of
        what would take the campaign past its spending cap."""
        campaign = CM.Campaign.FromString(rec.body)
        audience = tx.audience(rec.org_id, campaign.audience_id)
        body_template = tx.template(rec.org_id, campaign.template_id)
        members = tx.members(campaign.audience_id, rec.position, most) if audience and body_template else []
        if not members or audience is None or body_template is None:
            return Window([], rec.position, 0.0)
        template = CM.CommsTemplate.FromString(body_template)
        body = CM.Audience.FromString(audience.body)
        channel = template.channel
        sender = org.sender(MESSAGING[channel])
        category = campaign.category or PROMOTIONAL
        route = ",".join(campaign.providers)
        providers = chain(org, category, channel, sender.number if sender else "", campaign.providers)
        price = price_of(org, providers[0] if providers else SIMULATOR_PROVIDER)
        base = {**tx.globals(rec.org_id), **org.comms.globals}
        readonly = org.comms.globals
        window = duration(campaign.frequency_window).total_seconds()
        rows: list[SendRow] = []
        cost = 0.0
        position = rec.position
        budget = campaign.spending_cap - rec.spent if campaign.spending_cap else None
        # what the checks need, for the whole window at once (a statement each, not one a contact)
        addresses = {m.member_id: (m.phone if channel == SMS else m.email) or "" for m in members}
        unnamed = [a for m in members if (a := addresses[m.member_id]) and m.customer_id is None]
        holders = tx.customers_with_numbers(rec.org_id, NUMBER_PROVIDER[channel], unnamed)
        suppressed = (
            tx.suppressed_among(rec.org_id, channel, addresses.values()) if category == PROMOTIONAL else set()
        )
        earlier = (
            tx.promotional_counts(rec.org_id, addresses.values(), now - window)
            if campaign.frequency_cap
            else {}
        )
        for member in members:
            row_cost = 0.0
            address = addresses[member.member_id]
            status, code, why, due = QUEUED, "", "", now
            customer_id = member.customer_id
            if address and customer_id is None and (found := holders.get(address)) is not None:
                customer_id = tx.merged_into(found) or found
            if not address:
                what = "phone number" if channel == SMS else "email address"
                status, code, why = SKIPPED, "no_address", f"the contact on line {member.line} has no {what}"
            elif sender is None:
                status, code, why = FAILED, "no_sender", "the org has no channel number to send from"
            elif customer_id is not None and self.comms._blocked(tx, customer_id, channel, sender.number):
                status, code, why = (
                    SKIPPED,
                    "no_consent",
                    f"the customer blocked messages from {sender.number}",
                )
            elif address in suppressed:
                status, code, why = SKIPPED, "suppressed", f"{address} is on the org's suppression list"
            elif campaign.frequency_cap and earlier.get(address, 0) >= campaign.frequency_cap:
                status, code, why = (
                    SKIPPED,
                    "frequency_cap",
                    (f"{address} had {campaign.frequency_cap} promotional messages within the cap's window"),
                )
            elif (ends := quiet_until(campaign, member.phone or "", body.region, now)) is not None:
                if campaign.skip_quiet_hours:
                    status, code, why = SKIPPED, "quiet_hours", "quiet hours where the contact is"
                else:
                    due = ends  # waits for the morning, its place held
            message = M.OutboundMessage()
            if status == QUEUED:
                context = {**base, **variables(body, member), **readonly}
                language = campaign.language or org.comms.default_language
                if customer_id is not None and not campaign.language:
                    spoken = tx.metadata(customer_id).get(org.comms.language_key)
                    language = spoken if isinstance(spoken, str) and spoken else language
                try:
                    rendered = render_template(template, language, context)
                except TemplateProblem as exc:
                    status, code, why = FAILED, "render", str(exc)
                else:
                    if channel == SMS:
                        message.body.text = rendered.text
                        row_cost = rendered.segments * price
                    else:
                        email = message.body.email
                        email.subject, email.body_plain, email.body_html = (
                            rendered.subject,
                            rendered.text,
                            rendered.html,
                        )
                        row_cost = price
            if budget is not None and cost + row_cost > budget + 1e-9:
                return Window(rows, position, cost, capped=True)
            cost += row_cost
            position = member.member_id
            rows.append(
                SendRow(
                    report_id=new_id("el_rpt_"), org_id=rec.org_id, app_id=rec.app_id, channel=channel,
                    address=address, customer_id=customer_id, template_id=template.template_id,
                    template_version=template.version, event="", job_id="", campaign_id=rec.campaign_id,
                    category=category, status=status, created_at=now, updated_at=now, due_at=due,
                    body=message.SerializeToString() if status == QUEUED else None,
                    error_code=code, error_message=why, from_address=template.from_address,
                    reply_to=template.reply_to, sender=sender.number if sender else "", route=route,
                )
            )  # fmt: skip
        return Window(rows, position, cost)


def not_ended_using(
    tx: Tx, caller: Caller, *, template_id: str = "", audience_id: str = "", provider: str = ""
) -> str:
    """The id of a campaign that has not ended and sends this template, to this audience or
    through this provider ('' if none): what it needs is not taken from under it."""
    for rec in tx.campaigns(caller.org_id):
        if rec.state in ENDED:
            continue
        body = CM.Campaign.FromString(rec.body)
        if (
            (template_id and body.template_id == template_id)
            or (audience_id and body.audience_id == audience_id)
            or (provider and provider in body.providers)
        ):
            return rec.campaign_id
    return ""


def pause(tx: Tx, rec: CampaignRec, reason: str, now: float, hold: bool = True) -> CampaignRec:
    """Pause a campaign: nothing more is taken up, and (``hold``) its queued sends wait, their
    places held, until it resumes; without ``hold`` they go (paid for, within a spending cap)."""
    rec = replace(rec, state=PAUSED, reason=reason, updated_at=now)
    tx.update_campaign(rec)  # first: see cancel_campaign
    if hold:
        tx.hold_campaign_sends(rec.org_id, rec.campaign_id, HELD)
    notify(tx, rec, now)
    return rec
