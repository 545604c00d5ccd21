# generated from proto/ by `python -m codegen`; do not edit.
"""One dataclass per event, the event table, and the parsers that map a
notification to its event.

Every event carries the common fields (org_id, app_id, customer_id, created_at, notification_id) and the
fields of its payload. ``parse_*`` functions return ``(event name, dataclass)``
and raise ``UnknownNotificationError`` for anything that maps to no event.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import ClassVar

from elarian_sync._convert import accept_renamed as _accept_renamed
from elarian_sync._convert import duration as _duration
from elarian_sync._convert import renamed as _renamed
from elarian_sync._convert import set_duration as _set_duration
from elarian_sync._convert import set_timestamp as _set_timestamp
from elarian_sync._convert import timestamp as _timestamp
from elarian_sync._convert import timestamp_or_none as _timestamp_or_none
from elarian_sync._convert import wrapped_value as _wrapped_value
from elarian_sync._lazy import lazy_list as _lazy_list
from elarian_sync.errors import UnknownNotificationError as _UnknownNotificationError

from .models import *  # noqa: F403
from .models import _read_DataMapValue, _write_DataMapValue
from .models import _CustomerNumberProvider_BY_NUMBER
from .models import _ChannelNumberProvider_BY_NUMBER
from .models import _MediaType_BY_NUMBER
from .models import _CustomerEventDirection_BY_NUMBER
from .models import _CustomerRequestOrigin_BY_NUMBER
from .models import _CommsChannel_BY_NUMBER
from .models import _CommsCategory_BY_NUMBER
from .models import _CommsSendStatus_BY_NUMBER
from .models import _SmsEncoding_BY_NUMBER
from .models import _OtpVerdict_BY_NUMBER
from .models import _ReportOutcome_BY_NUMBER
from .models import _AudienceState_BY_NUMBER
from .models import _CampaignState_BY_NUMBER
from .models import _WebhookDeliveryStatus_BY_NUMBER
from .models import _InboundEventStatus_BY_NUMBER
from .models import _Channel_BY_NUMBER
from .models import _ConsentAction_BY_NUMBER
from .models import _MessagingConsentUpdateStatus_BY_NUMBER
from .models import _MessagingSessionEndReason_BY_NUMBER
from .models import _MessageReaction_BY_NUMBER
from .models import _PromptMessageReplyAction_BY_NUMBER
from .models import _MessageDeliveryStatus_BY_NUMBER
from .models import _VoiceCallStatus_BY_NUMBER
from .models import _VoiceCallHangupCause_BY_NUMBER
from .models import _UssdSessionStatus_BY_NUMBER
from .models import _TextToSpeechVoice_BY_NUMBER
from .models import _PaymentChannel_BY_NUMBER
from .models import _PaymentStatus_BY_NUMBER
from . import activity_pb2 as _activity_pb2
from . import app_pb2 as _app_pb2
from . import app_socket_pb2 as _app_socket_pb2
from . import common_pb2 as _common_pb2
from . import comms_pb2 as _comms_pb2
from . import connectors_pb2 as _connectors_pb2
from . import identity_pb2 as _identity_pb2
from . import messaging_pb2 as _messaging_pb2
from . import payment_pb2 as _payment_pb2
from . import simulator_socket_pb2 as _simulator_socket_pb2

__all__ = [
    "ReminderNotification",
    "MessagingSessionStartedNotification",
    "MessagingSessionRenewedNotification",
    "MessagingSessionEndedNotification",
    "MessagingConsentUpdateNotification",
    "ReceivedSmsNotification",
    "ReceivedFbMessengerNotification",
    "ReceivedTelegramNotification",
    "ReceivedWhatsappNotification",
    "ReceivedEmailNotification",
    "VoiceCallNotification",
    "UssdSessionNotification",
    "MessageStatusNotification",
    "SentMessageReactionNotification",
    "ReceivedPaymentNotification",
    "PaymentStatusNotification",
    "CustomerActivityNotification",
    "SendMessageSimulatorNotification",
    "MakeVoiceCallSimulatorNotification",
    "SendCustomerPaymentSimulatorNotification",
    "SendChannelPaymentSimulatorNotification",
    "CheckoutPaymentSimulatorNotification",
    "CommsSendStatusNotification",
    "CampaignStatusNotification",
    "EVENTS",
    "EVENT_CLASSES",
    "EVENT_TABLE",
    "parse_server_to_app_notification",
    "parse_server_to_simulator_notification",
]


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class ReminderNotification:
    """A reminder came due.

    Event: reminder.
    """

    EVENTS: ClassVar[tuple[str, ...]] = ("reminder",)

    __slots__ = ("org_id", "app_id", "customer_id", "created_at", "notification_id", "app_data", "reminder", "tag", "work_id",)

    org_id: str
    app_id: str
    customer_id: str
    created_at: datetime | None
    notification_id: str
    """Added by elarian-sync: stable across redeliveries, so a client can drop repeats."""
    app_data: str | bytes | None
    reminder: Reminder | None
    tag: Tag | None
    """Set when the reminder came from a by-tag command."""
    work_id: str | None

    def __init__(
        self,
        *,
        org_id: str = "",
        app_id: str = "",
        customer_id: str = "",
        created_at: datetime | None = None,
        notification_id: str = "",
        app_data: str | bytes | None = None,
        reminder: Reminder | None = None,
        tag: Tag | None = None,
        work_id: str | None = None,
    ) -> None:
        self.org_id = org_id
        self.app_id = app_id
        self.customer_id = customer_id
        self.created_at = created_at
        self.notification_id = notification_id
        self.app_data = app_data
        self.reminder = reminder
        self.tag = tag
        self.work_id = work_id

    def __repr__(self) -> str:
        return f"ReminderNotification(org_id={self.org_id!r}, app_id={self.app_id!r}, customer_id={self.customer_id!r}, created_at={self.created_at!r}, notification_id={self.notification_id!r}, app_data={self.app_data!r}, reminder={self.reminder!r}, tag={self.tag!r}, work_id={self.work_id!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ReminderNotification) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.org_id, self.app_id, self.customer_id, self.created_at, self.notification_id, self.app_data, self.reminder, self.tag, self.work_id,) == (other.org_id, other.app_id, other.customer_id, other.created_at, other.notification_id, other.app_data, other.reminder, other.tag, other.work_id,)

    @classmethod
    def from_proto(cls, env: _app_socket_pb2.ServerToAppNotification) -> ReminderNotification:
        """Parse a whole notification; ValueError if it is another event."""
        event, notification = parse_server_to_app_notification(env)
        if not isinstance(notification, cls):
            raise ValueError(f"{event!r} notification is not a {cls.__name__}")
        return notification

    @classmethod
    def _from_app_customer(cls, c: _app_socket_pb2.ServerToAppCustomerNotification, m: _app_socket_pb2.ReminderNotification) -> ReminderNotification:
        o = object.__new__(cls)
        o.org_id = c.org_id
        o.app_id = c.app_id
        o.customer_id = c.customer_id
        o.created_at = _timestamp(c.created_at) if c.HasField("created_at") else None
        o.notification_id = c.notification_id
        o.app_data = _read_DataMapValue(c.app_data) if c.HasField("app_data") else None
        o.reminder = Reminder.from_proto(m.reminder) if m.HasField("reminder") else None
        o.tag = Tag.from_proto(m.tag) if m.HasField("tag") else None
        o.work_id = m.work_id.value if m.HasField("work_id") else None
        return o

    def to_proto(self) -> _app_socket_pb2.ServerToAppNotification:
        """The whole notification as the runtime sends it."""
        env = _app_socket_pb2.ServerToAppNotification()
        c1 = env.customer
        c1.SetInParent()
        m1 = c1.reminder
        m1.SetInParent()
        c1.org_id = self.org_id
        c1.app_id = self.app_id
        c1.customer_id = self.customer_id
        if self.created_at is not None:
            t_created_at = c1.created_at
            _set_timestamp(t_created_at, self.created_at)
        c1.notification_id = self.notification_id
        if self.app_data is not None:
            t_app_data = c1.app_data
            _write_DataMapValue(t_app_data, self.app_data)
        if self.reminder is not None:
            t_reminder = m1.reminder
            t_reminder.SetInParent()
            self.reminder._write(t_reminder)
        if self.tag is not None:
            t_tag = m1.tag
            t_tag.SetInParent()
            self.tag._write(t_tag)
        if self.work_id is not None:
            t_work_id = m1.work_id
            t_work_id.value = self.work_id
        return env


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class MessagingSessionStartedNotification:
    """A customer opened a messaging session (e.g. dialled USSD, messaged on WhatsApp).

    Event: messaging_session_started.
    """

    EVENTS: ClassVar[tuple[str, ...]] = ("messaging_session_started",)

    __slots__ = ("org_id", "app_id", "customer_id", "created_at", "notification_id", "app_data", "customer_number", "channel_number", "session_id", "expires_at",)

    org_id: str
    app_id: str
    customer_id: str
    created_at: datetime | None
    notification_id: str
    """Added by elarian-sync: stable across redeliveries, so a client can drop repeats."""
    app_data: str | bytes | None
    customer_number: CustomerNumber | None
    channel_number: MessagingChannel | None
    session_id: str
    expires_at: datetime | None

    def __init__(
        self,
        *,
        org_id: str = "",
        app_id: str = "",
        customer_id: str = "",
        created_at: datetime | None = None,
        notification_id: str = "",
        app_data: str | bytes | None = None,
        customer_number: CustomerNumber | None = None,
        channel_number: MessagingChannel | None = None,
        session_id: str = "",
        expires_at: datetime | None = None,
    ) -> None:
        self.org_id = org_id
        self.app_id = app_id
        self.customer_id = customer_id
        self.created_at = created_at
        self.notification_id = notification_id
        self.app_data = app_data
        self.customer_number = customer_number
        self.channel_number = channel_number
        self.session_id = session_id
        self.expires_at = expires_at

    def __repr__(self) -> str:
        return f"MessagingSessionStartedNotification(org_id={self.org_id!r}, app_id={self.app_id!r}, customer_id={self.customer_id!r}, created_at={self.created_at!r}, notification_id={self.notification_id!r}, app_data={self.app_data!r}, customer_number={self.customer_number!r}, channel_number={self.channel_number!r}, session_id={self.session_id!r}, expires_at={self.expires_at!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MessagingSessionStartedNotification) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.org_id, self.app_id, self.customer_id, self.created_at, self.notification_id, self.app_data, self.customer_number, self.channel_number, self.session_id, self.expires_at,) == (other.org_id, other.app_id, other.customer_id, other.created_at, other.notification_id, other.app_data, other.customer_number, other.channel_number, other.session_id, other.expires_at,)

    @classmethod
    def from_proto(cls, env: _app_socket_pb2.ServerToAppNotification) -> MessagingSessionStartedNotification:
        """Parse a whole notification; ValueError if it is another event."""
        event, notification = parse_server_to_app_notification(env)
        if not isinstance(notification, cls):
            raise ValueError(f"{event!r} notification is not a {cls.__name__}")
        return notification

    @classmethod
    def _from_app_customer(cls, c: _app_socket_pb2.ServerToAppCustomerNotification, m: _app_socket_pb2.MessagingSessionStartedNotification) -> MessagingSessionStartedNotification:
        o = object.__new__(cls)
        o.org_id = c.org_id
        o.app_id = c.app_id
        o.customer_id = c.customer_id
        o.created_at = _timestamp(c.created_at) if c.HasField("created_at") else None
        o.notification_id = c.notification_id
        o.app_data = _read_DataMapValue(c.app_data) if c.HasField("app_data") else None
        o.customer_number = CustomerNumber.from_proto(m.customer_number) if m.HasField("customer_number") else None
        o.channel_number = MessagingChannel.from_proto(m.channel_number) if m.HasField("channel_number") else None
        o.session_id = m.session_id
        o.expires_at = _timestamp(m.expires_at) if m.HasField("expires_at") else None
        return o

    def to_proto(self) -> _app_socket_pb2.ServerToAppNotification:
        """The whole notification as the runtime sends it."""
        env = _app_socket_pb2.ServerToAppNotification()
        c1 = env.customer
        c1.SetInParent()
        m1 = c1.messaging_session_started
        m1.SetInParent()
        c1.org_id = self.org_id
        c1.app_id = self.app_id
        c1.customer_id = self.customer_id
        if self.created_at is not None:
            t_created_at = c1.created_at
            _set_timestamp(t_created_at, self.created_at)
        c1.notification_id = self.notification_id
        if self.app_data is not None:
            t_app_data = c1.app_data
            _write_DataMapValue(t_app_data, self.app_data)
        if self.customer_number is not None:
            t_customer_number = m1.customer_number
            t_customer_number.SetInParent()
            self.customer_number._write(t_customer_number)
        if self.channel_number is not None:
            t_channel_number = m1.channel_number
            t_channel_number.SetInParent()
            self.channel_number._write(t_channel_number)
        m1.session_id = self.session_id
        if self.expires_at is not None:
            t_expires_at = m1.expires_at
            _set_timestamp(t_expires_at, self.expires_at)
        return env


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class MessagingSessionRenewedNotification:
    """A messaging session was extended.

    Event: messaging_session_renewed.
    """

    EVENTS: ClassVar[tuple[str, ...]] = ("messaging_session_renewed",)

    __slots__ = ("org_id", "app_id", "customer_id", "created_at", "notification_id", "app_data", "customer_number", "channel_number", "session_id", "expires_at",)

    org_id: str
    app_id: str
    customer_id: str
    created_at: datetime | None
    notification_id: str
    """Added by elarian-sync: stable across redeliveries, so a client can drop repeats."""
    app_data: str | bytes | None
    customer_number: CustomerNumber | None
    channel_number: MessagingChannel | None
    session_id: str
    expires_at: datetime | None

    def __init__(
        self,
        *,
        org_id: str = "",
        app_id: str = "",
        customer_id: str = "",
        created_at: datetime | None = None,
        notification_id: str = "",
        app_data: str | bytes | None = None,
        customer_number: CustomerNumber | None = None,
        channel_number: MessagingChannel | None = None,
        session_id: str = "",
        expires_at: datetime | None = None,
    ) -> None:
        self.org_id = org_id
        self.app_id = app_id
        self.customer_id = customer_id
        self.created_at = created_at
        self.notification_id = notification_id
        self.app_data = app_data
        self.customer_number = customer_number
        self.channel_number = channel_number
        self.session_id = session_id
        self.expires_at = expires_at

    def __repr__(self) -> str:
        return f"MessagingSessionRenewedNotification(org_id={self.org_id!r}, app_id={self.app_id!r}, customer_id={self.customer_id!r}, created_at={self.created_at!r}, notification_id={self.notification_id!r}, app_data={self.app_data!r}, customer_number={self.customer_number!r}, channel_number={self.channel_number!r}, session_id={self.session_id!r}, expires_at={self.expires_at!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MessagingSessionRenewedNotification) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.org_id, self.app_id, self.customer_id, self.created_at, self.notification_id, self.app_data, self.customer_number, self.channel_number, self.session_id, self.expires_at,) == (other.org_id, other.app_id, other.customer_id, other.created_at, other.notification_id, other.app_data, other.customer_number, other.channel_number, other.session_id, other.expires_at,)

    @classmethod
    def from_proto(cls, env: _app_socket_pb2.ServerToAppNotification) -> MessagingSessionRenewedNotification:
        """Parse a whole notification; ValueError if it is another event."""
        event, notification = parse_server_to_app_notification(env)
        if not isinstance(notification, cls):
            raise ValueError(f"{event!r} notification is not a {cls.__name__}")
        return notification

    @classmethod
    def _from_app_customer(cls, c: _app_socket_pb2.ServerToAppCustomerNotification, m: _app_socket_pb2.MessagingSessionRenewedNotification) -> MessagingSessionRenewedNotification:
        o = object.__new__(cls)
        o.org_id = c.org_id
        o.app_id = c.app_id
        o.customer_id = c.customer_id
        o.created_at = _timestamp(c.created_at) if c.HasField("created_at") else None
        o.notification_id = c.notification_id
        o.app_data = _read_DataMapValue(c.app_data) if c.HasField("app_data") else None
        o.customer_number = CustomerNumber.from_proto(m.customer_number) if m.HasField("customer_number") else None
        o.channel_number = MessagingChannel.from_proto(m.channel_number) if m.HasField("channel_number") else None
        o.session_id = m.session_id
        o.expires_at = _timestamp(m.expires_at) if m.HasField("expires_at") else None
        return o

    def to_proto(self) -> _app_socket_pb2.ServerToAppNotification:
        """The whole notification as the runtime sends it."""
        env = _app_socket_pb2.ServerToAppNotification()
        c1 = env.customer
        c1.SetInParent()
        m1 = c1.messaging_session_renewed
        m1.SetInParent()
        c1.org_id = self.org_id
        c1.app_id = self.app_id
        c1.customer_id = self.customer_id
        if self.created_at is not None:
            t_created_at = c1.created_at
            _set_timestamp(t_created_at, self.created_at)
        c1.notification_id = self.notification_id
        if self.app_data is not None:
            t_app_data = c1.app_data
            _write_DataMapValue(t_app_data, self.app_data)
        if self.customer_number is not None:
            t_customer_number = m1.customer_number
            t_customer_number.SetInParent()
            self.customer_number._write(t_customer_number)
        if self.channel_number is not None:
            t_channel_number = m1.channel_number
            t_channel_number.SetInParent()
            self.channel_number._write(t_channel_number)
        m1.session_id = self.session_id
        if self.expires_at is not None:
            t_expires_at = m1.expires_at
            _set_timestamp(t_expires_at, self.expires_at)
        return env


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class MessagingSessionEndedNotification:
    """A messaging session ended, and why.

    Event: messaging_session_ended.
    """

    EVENTS: ClassVar[tuple[str, ...]] = ("messaging_session_ended",)

    __slots__ = ("org_id", "app_id", "customer_id", "created_at", "notification_id", "app_data", "customer_number", "channel_number", "session_id", "duration", "reason",)

    org_id: str
    app_id: str
    customer_id: str
    created_at: datetime | None
    notification_id: str
    """Added by elarian-sync: stable across redeliveries, so a client can drop repeats."""
    app_data: str | bytes | None
    customer_number: CustomerNumber | None
    channel_number: MessagingChannel | None
    session_id: str
    duration: timedelta | None
    reason: MessagingSessionEndReason

    def __init__(
        self,
        *,
        org_id: str = "",
        app_id: str = "",
        customer_id: str = "",
        created_at: datetime | None = None,
        notification_id: str = "",
        app_data: str | bytes | None = None,
        customer_number: CustomerNumber | None = None,
        channel_number: MessagingChannel | None = None,
        session_id: str = "",
        duration: timedelta | None = None,
        reason: MessagingSessionEndReason = MessagingSessionEndReason.UNSPECIFIED,
    ) -> None:
        self.org_id = org_id
        self.app_id = app_id
        self.customer_id = customer_id
        self.created_at = created_at
        self.notification_id = notification_id
        self.app_data = app_data
        self.customer_number = customer_number
        self.channel_number = channel_number
        self.session_id = session_id
        self.duration = duration
        self.reason = reason

    def __repr__(self) -> str:
        return f"MessagingSessionEndedNotification(org_id={self.org_id!r}, app_id={self.app_id!r}, customer_id={self.customer_id!r}, created_at={self.created_at!r}, notification_id={self.notification_id!r}, app_data={self.app_data!r}, customer_number={self.customer_number!r}, channel_number={self.channel_number!r}, session_id={self.session_id!r}, duration={self.duration!r}, reason={self.reason!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MessagingSessionEndedNotification) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.org_id, self.app_id, self.customer_id, self.created_at, self.notification_id, self.app_data, self.customer_number, self.channel_number, self.session_id, self.duration, self.reason,) == (other.org_id, other.app_id, other.customer_id, other.created_at, other.notification_id, other.app_data, other.customer_number, other.channel_number, other.session_id, other.duration, other.reason,)

    @classmethod
    def from_proto(cls, env: _app_socket_pb2.ServerToAppNotification) -> MessagingSessionEndedNotification:
        """Parse a whole notification; ValueError if it is another event."""
        event, notification = parse_server_to_app_notification(env)
        if not isinstance(notification, cls):
            raise ValueError(f"{event!r} notification is not a {cls.__name__}")
        return notification

    @classmethod
    def _from_app_customer(cls, c: _app_socket_pb2.ServerToAppCustomerNotification, m: _app_socket_pb2.MessagingSessionEndedNotification) -> MessagingSessionEndedNotification:
        o = object.__new__(cls)
        o.org_id = c.org_id
        o.app_id = c.app_id
        o.customer_id = c.customer_id
        o.created_at = _timestamp(c.created_at) if c.HasField("created_at") else None
        o.notification_id = c.notification_id
        o.app_data = _read_DataMapValue(c.app_data) if c.HasField("app_data") else None
        o.customer_number = CustomerNumber.from_proto(m.customer_number) if m.HasField("customer_number") else None
        o.channel_number = MessagingChannel.from_proto(m.channel_number) if m.HasField("channel_number") else None
        o.session_id = m.session_id
        o.duration = _duration(m.duration) if m.HasField("duration") else None
        o.reason = _MessagingSessionEndReason_BY_NUMBER[m.reason]
        return o

    def to_proto(self) -> _app_socket_pb2.ServerToAppNotification:
        """The whole notification as the runtime sends it."""
        env = _app_socket_pb2.ServerToAppNotification()
        c1 = env.customer
        c1.SetInParent()
        m1 = c1.messaging_session_ended
        m1.SetInParent()
        c1.org_id = self.org_id
        c1.app_id = self.app_id
        c1.customer_id = self.customer_id
        if self.created_at is not None:
            t_created_at = c1.created_at
            _set_timestamp(t_created_at, self.created_at)
        c1.notification_id = self.notification_id
        if self.app_data is not None:
            t_app_data = c1.app_data
            _write_DataMapValue(t_app_data, self.app_data)
        if self.customer_number is not None:
            t_customer_number = m1.customer_number
            t_customer_number.SetInParent()
            self.customer_number._write(t_customer_number)
        if self.channel_number is not None:
            t_channel_number = m1.channel_number
            t_channel_number.SetInParent()
            self.channel_number._write(t_channel_number)
        m1.session_id = self.session_id
        if self.duration is not None:
            t_duration = m1.duration
            _set_duration(t_duration, self.duration)
        m1.reason = self.reason  # type: ignore[assignment]
        return env


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class MessagingConsentUpdateNotification:
    """A customer's consent on a channel changed.

    Event: messaging_consent_update.
    """

    EVENTS: ClassVar[tuple[str, ...]] = ("messaging_consent_update",)

    __slots__ = ("org_id", "app_id", "customer_id", "created_at", "notification_id", "app_data", "customer_number", "channel_number", "update", "status", "session_id",)

    org_id: str
    app_id: str
    customer_id: str
    created_at: datetime | None
    notification_id: str
    """Added by elarian-sync: stable across redeliveries, so a client can drop repeats."""
    app_data: str | bytes | None
    customer_number: CustomerNumber | None
    channel_number: MessagingChannel | None
    update: ConsentAction
    status: MessagingConsentUpdateStatus
    session_id: str | None
    """The messaging session in progress on that channel when consent changed, if any (added by elarian-sync)."""

    def __init__(
        self,
        *,
        org_id: str = "",
        app_id: str = "",
        customer_id: str = "",
        created_at: datetime | None = None,
        notification_id: str = "",
        app_data: str | bytes | None = None,
        customer_number: CustomerNumber | None = None,
        channel_number: MessagingChannel | None = None,
        update: ConsentAction = ConsentAction.UNSPECIFIED,
        status: MessagingConsentUpdateStatus = MessagingConsentUpdateStatus.UNSPECIFIED,
        session_id: str | None = None,
    ) -> None:
        self.org_id = org_id
        self.app_id = app_id
        self.customer_id = customer_id
        self.created_at = created_at
        self.notification_id = notification_id
        self.app_data = app_data
        self.customer_number = customer_number
        self.channel_number = channel_number
        self.update = update
        self.status = status
        self.session_id = session_id

    def __repr__(self) -> str:
        return f"MessagingConsentUpdateNotification(org_id={self.org_id!r}, app_id={self.app_id!r}, customer_id={self.customer_id!r}, created_at={self.created_at!r}, notification_id={self.notification_id!r}, app_data={self.app_data!r}, customer_number={self.customer_number!r}, channel_number={self.channel_number!r}, update={self.update!r}, status={self.status!r}, session_id={self.session_id!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MessagingConsentUpdateNotification) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.org_id, self.app_id, self.customer_id, self.created_at, self.notification_id, self.app_data, self.customer_number, self.channel_number, self.update, self.status, self.session_id,) == (other.org_id, other.app_id, other.customer_id, other.created_at, other.notification_id, other.app_data, other.customer_number, other.channel_number, other.update, other.status, other.session_id,)

    @classmethod
    def from_proto(cls, env: _app_socket_pb2.ServerToAppNotification) -> MessagingConsentUpdateNotification:
        """Parse a whole notification; ValueError if it is another event."""
        event, notification = parse_server_to_app_notification(env)
        if not isinstance(notification, cls):
            raise ValueError(f"{event!r} notification is not a {cls.__name__}")
        return notification

    @classmethod
    def _from_app_customer(cls, c: _app_socket_pb2.ServerToAppCustomerNotification, m: _app_socket_pb2.MessagingConsentUpdateNotification) -> MessagingConsentUpdateNotification:
        o = object.__new__(cls)
        o.org_id = c.org_id
        o.app_id = c.app_id
        o.customer_id = c.customer_id
        o.created_at = _timestamp(c.created_at) if c.HasField("created_at") else None
        o.notification_id = c.notification_id
        o.app_data = _read_DataMapValue(c.app_data) if c.HasField("app_data") else None
        o.customer_number = CustomerNumber.from_proto(m.customer_number) if m.HasField("customer_number") else None
        o.channel_number = MessagingChannel.from_proto(m.channel_number) if m.HasField("channel_number") else None
        o.update = _ConsentAction_BY_NUMBER[m.update]
        o.status = _MessagingConsentUpdateStatus_BY_NUMBER[m.status]
        o.session_id = m.session_id.value if m.HasField("session_id") else None
        return o

    def to_proto(self) -> _app_socket_pb2.ServerToAppNotification:
        """The whole notification as the runtime sends it."""
        env = _app_socket_pb2.ServerToAppNotification()
        c1 = env.customer
        c1.SetInParent()
        m1 = c1.messaging_consent_update
        m1.SetInParent()
        c1.org_id = self.org_id
        c1.app_id = self.app_id
        c1.customer_id = self.customer_id
        if self.created_at is not None:
            t_created_at = c1.created_at
            _set_timestamp(t_created_at, self.created_at)
        c1.notification_id = self.notification_id
        if self.app_data is not None:
            t_app_data = c1.app_data
            _write_DataMapValue(t_app_data, self.app_data)
        if self.customer_number is not None:
            t_customer_number = m1.customer_number
            t_customer_number.SetInParent()
            self.customer_number._write(t_customer_number)
        if self.channel_number is not None:
            t_channel_number = m1.channel_number
            t_channel_number.SetInParent()
            self.channel_number._write(t_channel_number)
        m1.update = self.update  # type: ignore[assignment]
        m1.status = self.status  # type: ignore[assignment]
        if self.session_id is not None:
            t_session_id = m1.session_id
            t_session_id.value = self.session_id
        return env


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class ReceivedSmsNotification:
    """A customer sent a message to one of the app's channel numbers.

    Event: received_sms.
    """

    EVENTS: ClassVar[tuple[str, ...]] = ("received_sms",)

    __slots__ = ("org_id", "app_id", "customer_id", "created_at", "notification_id", "app_data", "message_id", "customer_number", "channel_number", "parts", "session_id", "in_reply_to",)

    org_id: str
    app_id: str
    customer_id: str
    created_at: datetime | None
    notification_id: str
    """Added by elarian-sync: stable across redeliveries, so a client can drop repeats."""
    app_data: str | bytes | None
    message_id: str
    customer_number: CustomerNumber | None
    channel_number: MessagingChannel | None
    parts: list[InboundMessageBody]
    session_id: str | None
    in_reply_to: str | None

    def __init__(
        self,
        *,
        org_id: str = "",
        app_id: str = "",
        customer_id: str = "",
        created_at: datetime | None = None,
        notification_id: str = "",
        app_data: str | bytes | None = None,
        message_id: str = "",
        customer_number: CustomerNumber | None = None,
        channel_number: MessagingChannel | None = None,
        parts: list[InboundMessageBody] | None = None,
        session_id: str | None = None,
        in_reply_to: str | None = None,
    ) -> None:
        self.org_id = org_id
        self.app_id = app_id
        self.customer_id = customer_id
        self.created_at = created_at
        self.notification_id = notification_id
        self.app_data = app_data
        self.message_id = message_id
        self.customer_number = customer_number
        self.channel_number = channel_number
        self.parts = [] if parts is None else parts
        self.session_id = session_id
        self.in_reply_to = in_reply_to

    def __repr__(self) -> str:
        return f"ReceivedSmsNotification(org_id={self.org_id!r}, app_id={self.app_id!r}, customer_id={self.customer_id!r}, created_at={self.created_at!r}, notification_id={self.notification_id!r}, app_data={self.app_data!r}, message_id={self.message_id!r}, customer_number={self.customer_number!r}, channel_number={self.channel_number!r}, parts={self.parts!r}, session_id={self.session_id!r}, in_reply_to={self.in_reply_to!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ReceivedSmsNotification) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.org_id, self.app_id, self.customer_id, self.created_at, self.notification_id, self.app_data, self.message_id, self.customer_number, self.channel_number, self.parts, self.session_id, self.in_reply_to,) == (other.org_id, other.app_id, other.customer_id, other.created_at, other.notification_id, other.app_data, other.message_id, other.customer_number, other.channel_number, other.parts, other.session_id, other.in_reply_to,)

    @property
    def text(self) -> str | None:
        """The first ``text`` part of the message, if any."""
        for part in self.parts:
            if part.text is not None:
                return part.text
        return None

    @classmethod
    def from_proto(cls, env: _app_socket_pb2.ServerToAppNotification) -> ReceivedSmsNotification:
        """Parse a whole notification; ValueError if it is another event."""
        event, notification = parse_server_to_app_notification(env)
        if not isinstance(notification, cls):
            raise ValueError(f"{event!r} notification is not a {cls.__name__}")
        return notification

    @classmethod
    def _from_app_customer(cls, c: _app_socket_pb2.ServerToAppCustomerNotification, m: _app_socket_pb2.ReceivedMessageNotification) -> ReceivedSmsNotification:
        o = object.__new__(cls)
        o.org_id = c.org_id
        o.app_id = c.app_id
        o.customer_id = c.customer_id
        o.created_at = _timestamp(c.created_at) if c.HasField("created_at") else None
        o.notification_id = c.notification_id
        o.app_data = _read_DataMapValue(c.app_data) if c.HasField("app_data") else None
        o.message_id = m.message_id
        o.customer_number = CustomerNumber.from_proto(m.customer_number) if m.HasField("customer_number") else None
        o.channel_number = MessagingChannel.from_proto(m.channel_number) if m.HasField("channel_number") else None
        o.parts = (_lazy_list(r_parts, InboundMessageBody.from_proto) if (r_parts := m.parts) else [])
        o.session_id = m.session_id.value if m.HasField("session_id") else None
        o.in_reply_to = m.in_reply_to.value if m.HasField("in_reply_to") else None
        return o

    def to_proto(self) -> _app_socket_pb2.ServerToAppNotification:
        """The whole notification as the runtime sends it."""
        env = _app_socket_pb2.ServerToAppNotification()
        c1 = env.customer
        c1.SetInParent()
        m1 = c1.received_message
        m1.SetInParent()
        c1.org_id = self.org_id
        c1.app_id = self.app_id
        c1.customer_id = self.customer_id
        if self.created_at is not None:
            t_created_at = c1.created_at
            _set_timestamp(t_created_at, self.created_at)
        c1.notification_id = self.notification_id
        if self.app_data is not None:
            t_app_data = c1.app_data
            _write_DataMapValue(t_app_data, self.app_data)
        m1.message_id = self.message_id
        if self.customer_number is not None:
            t_customer_number = m1.customer_number
            t_customer_number.SetInParent()
            self.customer_number._write(t_customer_number)
        if self.channel_number is not None:
            t_channel_number = m1.channel_number
            t_channel_number.SetInParent()
            self.channel_number._write(t_channel_number)
        for x_parts in self.parts:
            t_parts = m1.parts.add()
            x_parts._write(t_parts)
        if self.session_id is not None:
            t_session_id = m1.session_id
            t_session_id.value = self.session_id
        if self.in_reply_to is not None:
            t_in_reply_to = m1.in_reply_to
            t_in_reply_to.value = self.in_reply_to
        return env


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class ReceivedFbMessengerNotification:
    """A customer sent a message to one of the app's channel numbers.

    Event: received_fb_messenger.
    """

    EVENTS: ClassVar[tuple[str, ...]] = ("received_fb_messenger",)

    __slots__ = ("org_id", "app_id", "customer_id", "created_at", "notification_id", "app_data", "message_id", "customer_number", "channel_number", "parts", "session_id", "in_reply_to",)

    org_id: str
    app_id: str
    customer_id: str
    created_at: datetime | None
    notification_id: str
    """Added by elarian-sync: stable across redeliveries, so a client can drop repeats."""
    app_data: str | bytes | None
    message_id: str
    customer_number: CustomerNumber | None
    channel_number: MessagingChannel | None
    parts: list[InboundMessageBody]
    session_id: str | None
    in_reply_to: str | None

    def __init__(
        self,
        *,
        org_id: str = "",
        app_id: str = "",
        customer_id: str = "",
        created_at: datetime | None = None,
        notification_id: str = "",
        app_data: str | bytes | None = None,
        message_id: str = "",
        customer_number: CustomerNumber | None = None,
        channel_number: MessagingChannel | None = None,
        parts: list[InboundMessageBody] | None = None,
        session_id: str | None = None,
        in_reply_to: str | None = None,
    ) -> None:
        self.org_id = org_id
        self.app_id = app_id
        self.customer_id = customer_id
        self.created_at = created_at
        self.notification_id = notification_id
        self.app_data = app_data
        self.message_id = message_id
        self.customer_number = customer_number
        self.channel_number = channel_number
        self.parts = [] if parts is None else parts
        self.session_id = session_id
        self.in_reply_to = in_reply_to

    def __repr__(self) -> str:
        return f"ReceivedFbMessengerNotification(org_id={self.org_id!r}, app_id={self.app_id!r}, customer_id={self.customer_id!r}, created_at={self.created_at!r}, notification_id={self.notification_id!r}, app_data={self.app_data!r}, message_id={self.message_id!r}, customer_number={self.customer_number!r}, channel_number={self.channel_number!r}, parts={self.parts!r}, session_id={self.session_id!r}, in_reply_to={self.in_reply_to!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ReceivedFbMessengerNotification) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.org_id, self.app_id, self.customer_id, self.created_at, self.notification_id, self.app_data, self.message_id, self.customer_number, self.channel_number, self.parts, self.session_id, self.in_reply_to,) == (other.org_id, other.app_id, other.customer_id, other.created_at, other.notification_id, other.app_data, other.message_id, other.customer_number, other.channel_number, other.parts, other.session_id, other.in_reply_to,)

    @property
    def text(self) -> str | None:
        """The first ``text`` part of the message, if any."""
        for part in self.parts:
            if part.text is not None:
                return part.text
        return None

    @property
    def media(self) -> Media | None:
        """The first ``media`` part of the message, if any."""
        for part in self.parts:
            if part.media is not None:
                return part.media
        return None

    @property
    def location(self) -> Location | None:
        """The first ``location`` part of the message, if any."""
        for part in self.parts:
            if part.location is not None:
                return part.location
        return None

    @property
    def email(self) -> Email | None:
        """The first ``email`` part of the message, if any."""
        for part in self.parts:
            if part.email is not None:
                return part.email
        return None

    @classmethod
    def from_proto(cls, env: _app_socket_pb2.ServerToAppNotification) -> ReceivedFbMessengerNotification:
        """Parse a whole notification; ValueError if it is another event."""
        event, notification = parse_server_to_app_notification(env)
        if not isinstance(notification, cls):
            raise ValueError(f"{event!r} notification is not a {cls.__name__}")
        return notification

    @classmethod
    def _from_app_customer(cls, c: _app_socket_pb2.ServerToAppCustomerNotification, m: _app_socket_pb2.ReceivedMessageNotification) -> ReceivedFbMessengerNotification:
        o = object.__new__(cls)
        o.org_id = c.org_id
        o.app_id = c.app_id
        o.customer_id = c.customer_id
        o.created_at = _timestamp(c.created_at) if c.HasField("created_at") else None
        o.notification_id = c.notification_id
        o.app_data = _read_DataMapValue(c.app_data) if c.HasField("app_data") else None
        o.message_id = m.message_id
        o.customer_number = CustomerNumber.from_proto(m.customer_number) if m.HasField("customer_number") else None
        o.channel_number = MessagingChannel.from_proto(m.channel_number) if m.HasField("channel_number") else None
        o.parts = (_lazy_list(r_parts, InboundMessageBody.from_proto) if (r_parts := m.parts) else [])
        o.session_id = m.session_id.value if m.HasField("session_id") else None
        o.in_reply_to = m.in_reply_to.value if m.HasField("in_reply_to") else None
        return o

    def to_proto(self) -> _app_socket_pb2.ServerToAppNotification:
        """The whole notification as the runtime sends it."""
        env = _app_socket_pb2.ServerToAppNotification()
        c1 = env.customer
        c1.SetInParent()
        m1 = c1.received_message
        m1.SetInParent()
        c1.org_id = self.org_id
        c1.app_id = self.app_id
        c1.customer_id = self.customer_id
        if self.created_at is not None:
            t_created_at = c1.created_at
            _set_timestamp(t_created_at, self.created_at)
        c1.notification_id = self.notification_id
        if self.app_data is not None:
            t_app_data = c1.app_data
            _write_DataMapValue(t_app_data, self.app_data)
        m1.message_id = self.message_id
        if self.customer_number is not None:
            t_customer_number = m1.customer_number
            t_customer_number.SetInParent()
            self.customer_number._write(t_customer_number)
        if self.channel_number is not None:
            t_channel_number = m1.channel_number
            t_channel_number.SetInParent()
            self.channel_number._write(t_channel_number)
        for x_parts in self.parts:
            t_parts = m1.parts.add()
            x_parts._write(t_parts)
        if self.session_id is not None:
            t_session_id = m1.session_id
            t_session_id.value = self.session_id
        if self.in_reply_to is not None:
            t_in_reply_to = m1.in_reply_to
            t_in_reply_to.value = self.in_reply_to
        return env


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class ReceivedTelegramNotification:
    """A customer sent a message to one of the app's channel numbers.

    Event: received_telegram.
    """

    EVENTS: ClassVar[tuple[str, ...]] = ("received_telegram",)

    __slots__ = ("org_id", "app_id", "customer_id", "created_at", "notification_id", "app_data", "message_id", "customer_number", "channel_number", "parts", "session_id", "in_reply_to",)

    org_id: str
    app_id: str
    customer_id: str
    created_at: datetime | None
    notification_id: str
    """Added by elarian-sync: stable across redeliveries, so a client can drop repeats."""
    app_data: str | bytes | None
    message_id: str
    customer_number: CustomerNumber | None
    channel_number: MessagingChannel | None
    parts: list[InboundMessageBody]
    session_id: str | None
    in_reply_to: str | None

    def __init__(
        self,
        *,
        org_id: str = "",
        app_id: str = "",
        customer_id: str = "",
        created_at: datetime | None = None,
        notification_id: str = "",
        app_data: str | bytes | None = None,
        message_id: str = "",
        customer_number: CustomerNumber | None = None,
        channel_number: MessagingChannel | None = None,
        parts: list[InboundMessageBody] | None = None,
        session_id: str | None = None,
        in_reply_to: str | None = None,
    ) -> None:
        self.org_id = org_id
        self.app_id = app_id
        self.customer_id = customer_id
        self.created_at = created_at
        self.notification_id = notification_id
        self.app_data = app_data
        self.message_id = message_id
        self.customer_number = customer_number
        self.channel_number = channel_number
        self.parts = [] if parts is None else parts
        self.session_id = session_id
        self.in_reply_to = in_reply_to

    def __repr__(self) -> str:
        return f"ReceivedTelegramNotification(org_id={self.org_id!r}, app_id={self.app_id!r}, customer_id={self.customer_id!r}, created_at={self.created_at!r}, notification_id={self.notification_id!r}, app_data={self.app_data!r}, message_id={self.message_id!r}, customer_number={self.customer_number!r}, channel_number={self.channel_number!r}, parts={self.parts!r}, session_id={self.session_id!r}, in_reply_to={self.in_reply_to!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ReceivedTelegramNotification) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.org_id, self.app_id, self.customer_id, self.created_at, self.notification_id, self.app_data, self.message_id, self.customer_number, self.channel_number, self.parts, self.session_id, self.in_reply_to,) == (other.org_id, other.app_id, other.customer_id, other.created_at, other.notification_id, other.app_data, other.message_id, other.customer_number, other.channel_number, other.parts, other.session_id, other.in_reply_to,)

    @property
    def text(self) -> str | None:
        """The first ``text`` part of the message, if any."""
        for part in self.parts:
            if part.text is not None:
                return part.text
        return None

    @property
    def media(self) -> Media | None:
        """The first ``media`` part of the message, if any."""
        for part in self.parts:
            if part.media is not None:
                return part.media
        return None

    @property
    def location(self) -> Location | None:
        """The first ``location`` part of the message, if any."""
        for part in self.parts:
            if part.location is not None:
                return part.location
        return None

    @property
    def email(self) -> Email | None:
        """The first ``email`` part of the message, if any."""
        for part in self.parts:
            if part.email is not None:
                return part.email
        return None

    @classmethod
    def from_proto(cls, env: _app_socket_pb2.ServerToAppNotification) -> ReceivedTelegramNotification:
        """Parse a whole notification; ValueError if it is another event."""
        event, notification = parse_server_to_app_notification(env)
        if not isinstance(notification, cls):
            raise ValueError(f"{event!r} notification is not a {cls.__name__}")
        return notification

    @classmethod
    def _from_app_customer(cls, c: _app_socket_pb2.ServerToAppCustomerNotification, m: _app_socket_pb2.ReceivedMessageNotification) -> ReceivedTelegramNotification:
        o = object.__new__(cls)
        o.org_id = c.org_id
        o.app_id = c.app_id
        o.customer_id = c.customer_id
        o.created_at = _timestamp(c.created_at) if c.HasField("created_at") else None
        o.notification_id = c.notification_id
        o.app_data = _read_DataMapValue(c.app_data) if c.HasField("app_data") else None
        o.message_id = m.message_id
        o.customer_number = CustomerNumber.from_proto(m.customer_number) if m.HasField("customer_number") else None
        o.channel_number = MessagingChannel.from_proto(m.channel_number) if m.HasField("channel_number") else None
        o.parts = (_lazy_list(r_parts, InboundMessageBody.from_proto) if (r_parts := m.parts) else [])
        o.session_id = m.session_id.value if m.HasField("session_id") else None
        o.in_reply_to = m.in_reply_to.value if m.HasField("in_reply_to") else None
        return o

    def to_proto(self) -> _app_socket_pb2.ServerToAppNotification:
        """The whole notification as the runtime sends it."""
        env = _app_socket_pb2.ServerToAppNotification()
        c1 = env.customer
        c1.SetInParent()
        m1 = c1.received_message
        m1.SetInParent()
        c1.org_id = self.org_id
        c1.app_id = self.app_id
        c1.customer_id = self.customer_id
        if self.created_at is not None:
            t_created_at = c1.created_at
            _set_timestamp(t_created_at, self.created_at)
        c1.notification_id = self.notification_id
        if self.app_data is not None:
            t_app_data = c1.app_data
            _write_DataMapValue(t_app_data, self.app_data)
        m1.message_id = self.message_id
        if self.customer_number is not None:
            t_customer_number = m1.customer_number
            t_customer_number.SetInParent()
            self.customer_number._write(t_customer_number)
        if self.channel_number is not None:
            t_channel_number = m1.channel_number
            t_channel_number.SetInParent()
            self.channel_number._write(t_channel_number)
        for x_parts in self.parts:
            t_parts = m1.parts.add()
            x_parts._write(t_parts)
        if self.session_id is not None:
            t_session_id = m1.session_id
            t_session_id.value = self.session_id
        if self.in_reply_to is not None:
            t_in_reply_to = m1.in_reply_to
            t_in_reply_to.value = self.in_reply_to
        return env


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class ReceivedWhatsappNotification:
    """A customer sent a message to one of the app's channel numbers.

    Event: received_whatsapp.
    """

    EVENTS: ClassVar[tuple[str, ...]] = ("received_whatsapp",)

    __slots__ = ("org_id", "app_id", "customer_id", "created_at", "notification_id", "app_data", "message_id", "customer_number", "channel_number", "parts", "session_id", "in_reply_to",)

    org_id: str
    app_id: str
    customer_id: str
    created_at: datetime | None
    notification_id: str
    """Added by elarian-sync: stable across redeliveries, so a client can drop repeats."""
    app_data: str | bytes | None
    message_id: str
    customer_number: CustomerNumber | None
    channel_number: MessagingChannel | None
    parts: list[InboundMessageBody]
    session_id: str | None
    in_reply_to: str | None

    def __init__(
        self,
        *,
        org_id: str = "",
        app_id: str = "",
        customer_id: str = "",
        created_at: datetime | None = None,
        notification_id: str = "",
        app_data: str | bytes | None = None,
        message_id: str = "",
        customer_number: CustomerNumber | None = None,
        channel_number: MessagingChannel | None = None,
        parts: list[InboundMessageBody] | None = None,
        session_id: str | None = None,
        in_reply_to: str | None = None,
    ) -> None:
        self.org_id = org_id
        self.app_id = app_id
        self.customer_id = customer_id
        self.created_at = created_at
        self.notification_id = notification_id
        self.app_data = app_data
        self.message_id = message_id
        self.customer_number = customer_number
        self.channel_number = channel_number
        self.parts = [] if parts is None else parts
        self.session_id = session_id
        self.in_reply_to = in_reply_to

    def __repr__(self) -> str:
        return f"ReceivedWhatsappNotification(org_id={self.org_id!r}, app_id={self.app_id!r}, customer_id={self.customer_id!r}, created_at={self.created_at!r}, notification_id={self.notification_id!r}, app_data={self.app_data!r}, message_id={self.message_id!r}, customer_number={self.customer_number!r}, channel_number={self.channel_number!r}, parts={self.parts!r}, session_id={self.session_id!r}, in_reply_to={self.in_reply_to!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ReceivedWhatsappNotification) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.org_id, self.app_id, self.customer_id, self.created_at, self.notification_id, self.app_data, self.message_id, self.customer_number, self.channel_number, self.parts, self.session_id, self.in_reply_to,) == (other.org_id, other.app_id, other.customer_id, other.created_at, other.notification_id, other.app_data, other.message_id, other.customer_number, other.channel_number, other.parts, other.session_id, other.in_reply_to,)

    @property
    def text(self) -> str | None:
        """The first ``text`` part of the message, if any."""
        for part in self.parts:
            if part.text is not None:
                return part.text
        return None

    @property
    def media(self) -> Media | None:
        """The first ``media`` part of the message, if any."""
        for part in self.parts:
            if part.media is not None:
                return part.media
        return None

    @property
    def location(self) -> Location | None:
        """The first ``location`` part of the message, if any."""
        for part in self.parts:
            if part.location is not None:
                return part.location
        return None

    @property
    def email(self) -> Email | None:
        """The first ``email`` part of the message, if any."""
        for part in self.parts:
            if part.email is not None:
                return part.email
        return None

    @classmethod
    def from_proto(cls, env: _app_socket_pb2.ServerToAppNotification) -> ReceivedWhatsappNotification:
        """Parse a whole notification; ValueError if it is another event."""
        event, notification = parse_server_to_app_notification(env)
        if not isinstance(notification, cls):
            raise ValueError(f"{event!r} notification is not a {cls.__name__}")
        return notification

    @classmethod
    def _from_app_customer(cls, c: _app_socket_pb2.ServerToAppCustomerNotification, m: _app_socket_pb2.ReceivedMessageNotification) -> ReceivedWhatsappNotification:
        o = object.__new__(cls)
        o.org_id = c.org_id
        o.app_id = c.app_id
        o.customer_id = c.customer_id
        o.created_at = _timestamp(c.created_at) if c.HasField("created_at") else None
        o.notification_id = c.notification_id
        o.app_data = _read_DataMapValue(c.app_data) if c.HasField("app_data") else None
        o.message_id = m.message_id
        o.customer_number = CustomerNumber.from_proto(m.customer_number) if m.HasField("customer_number") else None
        o.channel_number = MessagingChannel.from_proto(m.channel_number) if m.HasField("channel_number") else None
        o.parts = (_lazy_list(r_parts, InboundMessageBody.from_proto) if (r_parts := m.parts) else [])
        o.session_id = m.session_id.value if m.HasField("session_id") else None
        o.in_reply_to = m.in_reply_to.value if m.HasField("in_reply_to") else None
        return o

    def to_proto(self) -> _app_socket_pb2.ServerToAppNotification:
        """The whole notification as the runtime sends it."""
        env = _app_socket_pb2.ServerToAppNotification()
        c1 = env.customer
        c1.SetInParent()
        m1 = c1.received_message
        m1.SetInParent()
        c1.org_id = self.org_id
        c1.app_id = self.app_id
        c1.customer_id = self.customer_id
        if self.created_at is not None:
            t_created_at = c1.created_at
            _set_timestamp(t_created_at, self.created_at)
        c1.notification_id = self.notification_id
        if self.app_data is not None:
            t_app_data = c1.app_data
            _write_DataMapValue(t_app_data, self.app_data)
        m1.message_id = self.message_id
        if self.customer_number is not None:
            t_customer_number = m1.customer_number
            t_customer_number.SetInParent()
            self.customer_number._write(t_customer_number)
        if self.channel_number is not None:
            t_channel_number = m1.channel_number
            t_channel_number.SetInParent()
            self.channel_number._write(t_channel_number)
        for x_parts in self.parts:
            t_parts = m1.parts.add()
            x_parts._write(t_parts)
        if self.session_id is not None:
            t_session_id = m1.session_id
            t_session_id.value = self.session_id
        if self.in_reply_to is not None:
            t_in_reply_to = m1.in_reply_to
            t_in_reply_to.value = self.in_reply_to
        return env


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class ReceivedEmailNotification:
    """A customer sent a message to one of the app's channel numbers.

    Event: received_email.
    """

    EVENTS: ClassVar[tuple[str, ...]] = ("received_email",)

    __slots__ = ("org_id", "app_id", "customer_id", "created_at", "notification_id", "app_data", "message_id", "customer_number", "channel_number", "parts", "session_id", "in_reply_to",)

    org_id: str
    app_id: str
    customer_id: str
    created_at: datetime | None
    notification_id: str
    """Added by elarian-sync: stable across redeliveries, so a client can drop repeats."""
    app_data: str | bytes | None
    message_id: str
    customer_number: CustomerNumber | None
    channel_number: MessagingChannel | None
    parts: list[InboundMessageBody]
    session_id: str | None
    in_reply_to: str | None

    def __init__(
        self,
        *,
        org_id: str = "",
        app_id: str = "",
        customer_id: str = "",
        created_at: datetime | None = None,
        notification_id: str = "",
        app_data: str | bytes | None = None,
        message_id: str = "",
        customer_number: CustomerNumber | None = None,
        channel_number: MessagingChannel | None = None,
        parts: list[InboundMessageBody] | None = None,
        session_id: str | None = None,
        in_reply_to: str | None = None,
    ) -> None:
        self.org_id = org_id
        self.app_id = app_id
        self.customer_id = customer_id
        self.created_at = created_at
        self.notification_id = notification_id
        self.app_data = app_data
        self.message_id = message_id
        self.customer_number = customer_number
        self.channel_number = channel_number
        self.parts = [] if parts is None else parts
        self.session_id = session_id
        self.in_reply_to = in_reply_to

    def __repr__(self) -> str:
        return f"ReceivedEmailNotification(org_id={self.org_id!r}, app_id={self.app_id!r}, customer_id={self.customer_id!r}, created_at={self.created_at!r}, notification_id={self.notification_id!r}, app_data={self.app_data!r}, message_id={self.message_id!r}, customer_number={self.customer_number!r}, channel_number={self.channel_number!r}, parts={self.parts!r}, session_id={self.session_id!r}, in_reply_to={self.in_reply_to!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ReceivedEmailNotification) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.org_id, self.app_id, self.customer_id, self.created_at, self.notification_id, self.app_data, self.message_id, self.customer_number, self.channel_number, self.parts, self.session_id, self.in_reply_to,) == (other.org_id, other.app_id, other.customer_id, other.created_at, other.notification_id, other.app_data, other.message_id, other.customer_number, other.channel_number, other.parts, other.session_id, other.in_reply_to,)

    @property
    def text(self) -> str | None:
        """The first ``text`` part of the message, if any."""
        for part in self.parts:
            if part.text is not None:
                return part.text
        return None

    @property
    def media(self) -> Media | None:
        """The first ``media`` part of the message, if any."""
        for part in self.parts:
            if part.media is not None:
                return part.media
        return None

    @property
    def location(self) -> Location | None:
        """The first ``location`` part of the message, if any."""
        for part in self.parts:
            if part.location is not None:
                return part.location
        return None

    @property
    def email(self) -> Email | None:
        """The first ``email`` part of the message, if any."""
        for part in self.parts:
            if part.email is not None:
                return part.email
        return None

    @classmethod
    def from_proto(cls, env: _app_socket_pb2.ServerToAppNotification) -> ReceivedEmailNotification:
        """Parse a whole notification; ValueError if it is another event."""
        event, notification = parse_server_to_app_notification(env)
        if not isinstance(notification, cls):
            raise ValueError(f"{event!r} notification is not a {cls.__name__}")
        return notification

    @classmethod
    def _from_app_customer(cls, c: _app_socket_pb2.ServerToAppCustomerNotification, m: _app_socket_pb2.ReceivedMessageNotification) -> ReceivedEmailNotification:
        o = object.__new__(cls)
        o.org_id = c.org_id
        o.app_id = c.app_id
        o.customer_id = c.customer_id
        o.created_at = _timestamp(c.created_at) if c.HasField("created_at") else None
        o.notification_id = c.notification_id
        o.app_data = _read_DataMapValue(c.app_data) if c.HasField("app_data") else None
        o.message_id = m.message_id
        o.customer_number = CustomerNumber.from_proto(m.customer_number) if m.HasField("customer_number") else None
        o.channel_number = MessagingChannel.from_proto(m.channel_number) if m.HasField("channel_number") else None
        o.parts = (_lazy_list(r_parts, InboundMessageBody.from_proto) if (r_parts := m.parts) else [])
        o.session_id = m.session_id.value if m.HasField("session_id") else None
        o.in_reply_to = m.in_reply_to.value if m.HasField("in_reply_to") else None
        return o

    def to_proto(self) -> _app_socket_pb2.ServerToAppNotification:
        """The whole notification as the runtime sends it."""
        env = _app_socket_pb2.ServerToAppNotification()
        c1 = env.customer
        c1.SetInParent()
        m1 = c1.received_message
        m1.SetInParent()
        c1.org_id = self.org_id
        c1.app_id = self.app_id
        c1.customer_id = self.customer_id
        if self.created_at is not None:
            t_created_at = c1.created_at
            _set_timestamp(t_created_at, self.created_at)
        c1.notification_id = self.notification_id
        if self.app_data is not None:
            t_app_data = c1.app_data
            _write_DataMapValue(t_app_data, self.app_data)
        m1.message_id = self.message_id
        if self.customer_number is not None:
            t_customer_number = m1.customer_number
            t_customer_number.SetInParent()
            self.customer_number._write(t_customer_number)
        if self.channel_number is not None:
            t_channel_number = m1.channel_number
            t_channel_number.SetInParent()
            self.channel_number._write(t_channel_number)
        for x_parts in self.parts:
            t_parts = m1.parts.add()
            x_parts._write(t_parts)
        if self.session_id is not None:
            t_session_id = m1.session_id
            t_session_id.value = self.session_id
        if self.in_reply_to is not None:
            t_in_reply_to = m1.in_reply_to
            t_in_reply_to.value = self.in_reply_to
        return env


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class VoiceCallNotification:
    """A customer sent a message to one of the app's channel numbers.

    Event: voice_call.
    """

    EVENTS: ClassVar[tuple[str, ...]] = ("voice_call",)

    __slots__ = ("org_id", "app_id", "customer_id", "created_at", "notification_id", "app_data", "message_id", "customer_number", "channel_number", "parts", "session_id", "in_reply_to",)

    org_id: str
    app_id: str
    customer_id: str
    created_at: datetime | None
    notification_id: str
    """Added by elarian-sync: stable across redeliveries, so a client can drop repeats."""
    app_data: str | bytes | None
    message_id: str
    customer_number: CustomerNumber | None
    channel_number: MessagingChannel | None
    parts: list[InboundMessageBody]
    session_id: str | None
    in_reply_to: str | None

    def __init__(
        self,
        *,
        org_id: str = "",
        app_id: str = "",
        customer_id: str = "",
        created_at: datetime | None = None,
        notification_id: str = "",
        app_data: str | bytes | None = None,
        message_id: str = "",
        customer_number: CustomerNumber | None = None,
        channel_number: MessagingChannel | None = None,
        parts: list[InboundMessageBody] | None = None,
        session_id: str | None = None,
        in_reply_to: str | None = None,
    ) -> None:
        self.org_id = org_id
        self.app_id = app_id
        self.customer_id = customer_id
        self.created_at = created_at
        self.notification_id = notification_id
        self.app_data = app_data
        self.message_id = message_id
        self.customer_number = customer_number
        self.channel_number = channel_number
        self.parts = [] if parts is None else parts
        self.session_id = session_id
        self.in_reply_to = in_reply_to

    def __repr__(self) -> str:
        return f"VoiceCallNotification(org_id={self.org_id!r}, app_id={self.app_id!r}, customer_id={self.customer_id!r}, created_at={self.created_at!r}, notification_id={self.notification_id!r}, app_data={self.app_data!r}, message_id={self.message_id!r}, customer_number={self.customer_number!r}, channel_number={self.channel_number!r}, parts={self.parts!r}, session_id={self.session_id!r}, in_reply_to={self.in_reply_to!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, VoiceCallNotification) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.org_id, self.app_id, self.customer_id, self.created_at, self.notification_id, self.app_data, self.message_id, self.customer_number, self.channel_number, self.parts, self.session_id, self.in_reply_to,) == (other.org_id, other.app_id, other.customer_id, other.created_at, other.notification_id, other.app_data, other.message_id, other.customer_number, other.channel_number, other.parts, other.session_id, other.in_reply_to,)

    @property
    def voice(self) -> VoiceCallInput | None:
        """The first ``voice`` part of the message, if any."""
        for part in self.parts:
            if part.voice is not None:
                return part.voice
        return None

    @classmethod
    def from_proto(cls, env: _app_socket_pb2.ServerToAppNotification) -> VoiceCallNotification:
        """Parse a whole notification; ValueError if it is another event."""
        event, notification = parse_server_to_app_notification(env)
        if not isinstance(notification, cls):
            raise ValueError(f"{event!r} notification is not a {cls.__name__}")
        return notification

    @classmethod
    def _from_app_customer(cls, c: _app_socket_pb2.ServerToAppCustomerNotification, m: _app_socket_pb2.ReceivedMessageNotification) -> VoiceCallNotification:
        o = object.__new__(cls)
        o.org_id = c.org_id
        o.app_id = c.app_id
        o.customer_id = c.customer_id
        o.created_at = _timestamp(c.created_at) if c.HasField("created_at") else None
        o.notification_id = c.notification_id
        o.app_data = _read_DataMapValue(c.app_data) if c.HasField("app_data") else None
        o.message_id = m.message_id
        o.customer_number = CustomerNumber.from_proto(m.customer_number) if m.HasField("customer_number") else None
        o.channel_number = MessagingChannel.from_proto(m.channel_number) if m.HasField("channel_number") else None
        o.parts = (_lazy_list(r_parts, InboundMessageBody.from_proto) if (r_parts := m.parts) else [])
        o.session_id = m.session_id.value if m.HasField("session_id") else None
        o.in_reply_to = m.in_reply_to.value if m.HasField("in_reply_to") else None
        return o

    def to_proto(self) -> _app_socket_pb2.ServerToAppNotification:
        """The whole notification as the runtime sends it."""
        env = _app_socket_pb2.ServerToAppNotification()
        c1 = env.customer
        c1.SetInParent()
        m1 = c1.received_message
        m1.SetInParent()
        c1.org_id = self.org_id
        c1.app_id = self.app_id
        c1.customer_id = self.customer_id
        if self.created_at is not None:
            t_created_at = c1.created_at
            _set_timestamp(t_created_at, self.created_at)
        c1.notification_id = self.notification_id
        if self.app_data is not None:
            t_app_data = c1.app_data
            _write_DataMapValue(t_app_data, self.app_data)
        m1.message_id = self.message_id
        if self.customer_number is not None:
            t_customer_number = m1.customer_number
            t_customer_number.SetInParent()
            self.customer_number._write(t_customer_number)
        if self.channel_number is not None:
            t_channel_number = m1.channel_number
            t_channel_number.SetInParent()
            self.channel_number._write(t_channel_number)
        for x_parts in self.parts:
            t_parts = m1.parts.add()
            x_parts._write(t_parts)
        if self.session_id is not None:
            t_session_id = m1.session_id
            t_session_id.value = self.session_id
        if self.in_reply_to is not None:
            t_in_reply_to = m1.in_reply_to
            t_in_reply_to.value = self.in_reply_to
        return env


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class UssdSessionNotification:
    """A customer sent a message to one of the app's channel numbers.

    Event: ussd_session.
    """

    EVENTS: ClassVar[tuple[str, ...]] = ("ussd_session",)

    __slots__ = ("org_id", "app_id", "customer_id", "created_at", "notification_id", "app_data", "message_id", "customer_number", "channel_number", "parts", "session_id", "in_reply_to",)

    org_id: str
    app_id: str
    customer_id: str
    created_at: datetime | None
    notification_id: str
    """Added by elarian-sync: stable across redeliveries, so a client can drop repeats."""
    app_data: str | bytes | None
    message_id: str
    customer_number: CustomerNumber | None
    channel_number: MessagingChannel | None
    parts: list[InboundMessageBody]
    session_id: str | None
    in_reply_to: str | None

    def __init__(
        self,
        *,
        org_id: str = "",
        app_id: str = "",
        customer_id: str = "",
        created_at: datetime | None = None,
        notification_id: str = "",
        app_data: str | bytes | None = None,
        message_id: str = "",
        customer_number: CustomerNumber | None = None,
        channel_number: MessagingChannel | None = None,
        parts: list[InboundMessageBody] | None = None,
        session_id: str | None = None,
        in_reply_to: str | None = None,
    ) -> None:
        self.org_id = org_id
        self.app_id = app_id
        self.customer_id = customer_id
        self.created_at = created_at
        self.notification_id = notification_id
        self.app_data = app_data
        self.message_id = message_id
        self.customer_number = customer_number
        self.channel_number = channel_number
        self.parts = [] if parts is None else parts
        self.session_id = session_id
        self.in_reply_to = in_reply_to

    def __repr__(self) -> str:
        return f"UssdSessionNotification(org_id={self.org_id!r}, app_id={self.app_id!r}, customer_id={self.customer_id!r}, created_at={self.created_at!r}, notification_id={self.notification_id!r}, app_data={self.app_data!r}, message_id={self.message_id!r}, customer_number={self.customer_number!r}, channel_number={self.channel_number!r}, parts={self.parts!r}, session_id={self.session_id!r}, in_reply_to={self.in_reply_to!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UssdSessionNotification) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.org_id, self.app_id, self.customer_id, self.created_at, self.notification_id, self.app_data, self.message_id, self.customer_number, self.channel_number, self.parts, self.session_id, self.in_reply_to,) == (other.org_id, other.app_id, other.customer_id, other.created_at, other.notification_id, other.app_data, other.message_id, other.customer_number, other.channel_number, other.parts, other.session_id, other.in_reply_to,)

    @property
    def input(self) -> UssdInput | None:
        """The first ``ussd`` part of the message, if any."""
        for part in self.parts:
            if part.ussd is not None:
                return part.ussd
        return None

    @classmethod
    def from_proto(cls, env: _app_socket_pb2.ServerToAppNotification) -> UssdSessionNotification:
        """Parse a whole notification; ValueError if it is another event."""
        event, notification = parse_server_to_app_notification(env)
        if not isinstance(notification, cls):
            raise ValueError(f"{event!r} notification is not a {cls.__name__}")
        return notification

    @classmethod
    def _from_app_customer(cls, c: _app_socket_pb2.ServerToAppCustomerNotification, m: _app_socket_pb2.ReceivedMessageNotification) -> UssdSessionNotification:
        o = object.__new__(cls)
        o.org_id = c.org_id
        o.app_id = c.app_id
        o.customer_id = c.customer_id
        o.created_at = _timestamp(c.created_at) if c.HasField("created_at") else None
        o.notification_id = c.notification_id
        o.app_data = _read_DataMapValue(c.app_data) if c.HasField("app_data") else None
        o.message_id = m.message_id
        o.customer_number = CustomerNumber.from_proto(m.customer_number) if m.HasField("customer_number") else None
        o.channel_number = MessagingChannel.from_proto(m.channel_number) if m.HasField("channel_number") else None
        o.parts = (_lazy_list(r_parts, InboundMessageBody.from_proto) if (r_parts := m.parts) else [])
        o.session_id = m.session_id.value if m.HasField("session_id") else None
        o.in_reply_to = m.in_reply_to.value if m.HasField("in_reply_to") else None
        return o

    def to_proto(self) -> _app_socket_pb2.ServerToAppNotification:
        """The whole notification as the runtime sends it."""
        env = _app_socket_pb2.ServerToAppNotification()
        c1 = env.customer
        c1.SetInParent()
        m1 = c1.received_message
        m1.SetInParent()
        c1.org_id = self.org_id
        c1.app_id = self.app_id
        c1.customer_id = self.customer_id
        if self.created_at is not None:
            t_created_at = c1.created_at
            _set_timestamp(t_created_at, self.created_at)
        c1.notification_id = self.notification_id
        if self.app_data is not None:
            t_app_data = c1.app_data
            _write_DataMapValue(t_app_data, self.app_data)
        m1.message_id = self.message_id
        if self.customer_number is not None:
            t_customer_number = m1.customer_number
            t_customer_number.SetInParent()
            self.customer_number._write(t_customer_number)
        if self.channel_number is not None:
            t_channel_number = m1.channel_number
            t_channel_number.SetInParent()
            self.channel_number._write(t_channel_number)
        for x_parts in self.parts:
            t_parts = m1.parts.add()
            x_parts._write(t_parts)
        if self.session_id is not None:
            t_session_id = m1.session_id
            t_session_id.value = self.session_id
        if self.in_reply_to is not None:
            t_in_reply_to = m1.in_reply_to
            t_in_reply_to.value = self.in_reply_to
        return env


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class MessageStatusNotification:
    """A sent message changed status (e.g. DELIVERED, FAILED).

    Event: message_status.
    """

    EVENTS: ClassVar[tuple[str, ...]] = ("message_status",)

    __slots__ = ("org_id", "app_id", "customer_id", "created_at", "notification_id", "app_data", "message_id", "status",)

    org_id: str
    app_id: str
    customer_id: str
    created_at: datetime | None
    notification_id: str
    """Added by elarian-sync: stable across redeliveries, so a client can drop repeats."""
    app_data: str | bytes | None
    message_id: str
    status: MessageDeliveryStatus

    def __init__(
        self,
        *,
        org_id: str = "",
        app_id: str = "",
        customer_id: str = "",
        created_at: datetime | None = None,
        notification_id: str = "",
        app_data: str | bytes | None = None,
        message_id: str = "",
        status: MessageDeliveryStatus = MessageDeliveryStatus.UNSPECIFIED,
    ) -> None:
        self.org_id = org_id
        self.app_id = app_id
        self.customer_id = customer_id
        self.created_at = created_at
        self.notification_id = notification_id
        self.app_data = app_data
        self.message_id = message_id
        self.status = status

    def __repr__(self) -> str:
        return f"MessageStatusNotification(org_id={self.org_id!r}, app_id={self.app_id!r}, customer_id={self.customer_id!r}, created_at={self.created_at!r}, notification_id={self.notification_id!r}, app_data={self.app_data!r}, message_id={self.message_id!r}, status={self.status!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MessageStatusNotification) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.org_id, self.app_id, self.customer_id, self.created_at, self.notification_id, self.app_data, self.message_id, self.status,) == (other.org_id, other.app_id, other.customer_id, other.created_at, other.notification_id, other.app_data, other.message_id, other.status,)

    @classmethod
    def from_proto(cls, env: _app_socket_pb2.ServerToAppNotification) -> MessageStatusNotification:
        """Parse a whole notification; ValueError if it is another event."""
        event, notification = parse_server_to_app_notification(env)
        if not isinstance(notification, cls):
            raise ValueError(f"{event!r} notification is not a {cls.__name__}")
        return notification

    @classmethod
    def _from_app_customer(cls, c: _app_socket_pb2.ServerToAppCustomerNotification, m: _app_socket_pb2.MessageStatusNotification) -> MessageStatusNotification:
        o = object.__new__(cls)
        o.org_id = c.org_id
        o.app_id = c.app_id
        o.customer_id = c.customer_id
        o.created_at = _timestamp(c.created_at) if c.HasField("created_at") else None
        o.notification_id = c.notification_id
        o.app_data = _read_DataMapValue(c.app_data) if c.HasField("app_data") else None
        o.message_id = m.message_id
        o.status = _MessageDeliveryStatus_BY_NUMBER[m.status]
        return o

    def to_proto(self) -> _app_socket_pb2.ServerToAppNotification:
        """The whole notification as the runtime sends it."""
        env = _app_socket_pb2.ServerToAppNotification()
        c1 = env.customer
        c1.SetInParent()
        m1 = c1.message_status
        m1.SetInParent()
        c1.org_id = self.org_id
        c1.app_id = self.app_id
        c1.customer_id = self.customer_id
        if self.created_at is not None:
            t_created_at = c1.created_at
            _set_timestamp(t_created_at, self.created_at)
        c1.notification_id = self.notification_id
        if self.app_data is not None:
            t_app_data = c1.app_data
            _write_DataMapValue(t_app_data, self.app_data)
        m1.message_id = self.message_id
        m1.status = self.status  # type: ignore[assignment]
        return env


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class SentMessageReactionNotification:
    """A customer reacted to a sent message (clicked, unsubscribed, complained).

    Event: sent_message_reaction.
    """

    EVENTS: ClassVar[tuple[str, ...]] = ("sent_message_reaction",)

    __slots__ = ("org_id", "app_id", "customer_id", "created_at", "notification_id", "app_data", "message_id", "customer_number", "channel_number", "reaction",)

    org_id: str
    app_id: str
    customer_id: str
    created_at: datetime | None
    notification_id: str
    """Added by elarian-sync: stable across redeliveries, so a client can drop repeats."""
    app_data: str | bytes | None
    message_id: str
    customer_number: CustomerNumber | None
    channel_number: MessagingChannel | None
    reaction: MessageReaction

    def __init__(
        self,
        *,
        org_id: str = "",
        app_id: str = "",
        customer_id: str = "",
        created_at: datetime | None = None,
        notification_id: str = "",
        app_data: str | bytes | None = None,
        message_id: str = "",
        customer_number: CustomerNumber | None = None,
        channel_number: MessagingChannel | None = None,
        reaction: MessageReaction = MessageReaction.UNSPECIFIED,
    ) -> None:
        self.org_id = org_id
        self.app_id = app_id
        self.customer_id = customer_id
        self.created_at = created_at
        self.notification_id = notification_id
        self.app_data = app_data
        self.message_id = message_id
        self.customer_number = customer_number
        self.channel_number = channel_number
        self.reaction = reaction

    def __repr__(self) -> str:
        return f"SentMessageReactionNotification(org_id={self.org_id!r}, app_id={self.app_id!r}, customer_id={self.customer_id!r}, created_at={self.created_at!r}, notification_id={self.notification_id!r}, app_data={self.app_data!r}, message_id={self.message_id!r}, customer_number={self.customer_number!r}, channel_number={self.channel_number!r}, reaction={self.reaction!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SentMessageReactionNotification) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.org_id, self.app_id, self.customer_id, self.created_at, self.notification_id, self.app_data, self.message_id, self.customer_number, self.channel_number, self.reaction,) == (other.org_id, other.app_id, other.customer_id, other.created_at, other.notification_id, other.app_data, other.message_id, other.customer_number, other.channel_number, other.reaction,)

    @classmethod
    def from_proto(cls, env: _app_socket_pb2.ServerToAppNotification) -> SentMessageReactionNotification:
        """Parse a whole notification; ValueError if it is another event."""
        event, notification = parse_server_to_app_notification(env)
        if not isinstance(notification, cls):
            raise ValueError(f"{event!r} notification is not a {cls.__name__}")
        return notification

    @classmethod
    def _from_app_customer(cls, c: _app_socket_pb2.ServerToAppCustomerNotification, m: _app_socket_pb2.SentMessageReactionNotification) -> SentMessageReactionNotification:
        o = object.__new__(cls)
        o.org_id = c.org_id
        o.app_id = c.app_id
        o.customer_id = c.customer_id
        o.created_at = _timestamp(c.created_at) if c.HasField("created_at") else None
        o.notification_id = c.notification_id
        o.app_data = _read_DataMapValue(c.app_data) if c.HasField("app_data") else None
        o.message_id = m.message_id
        o.customer_number = CustomerNumber.from_proto(m.customer_number) if m.HasField("customer_number") else None
        o.channel_number = MessagingChannel.from_proto(m.channel_number) if m.HasField("channel_number") else None
        o.reaction = _MessageReaction_BY_NUMBER[m.reaction]
        return o

    def to_proto(self) -> _app_socket_pb2.ServerToAppNotification:
        """The whole notification as the runtime sends it."""
        env = _app_socket_pb2.ServerToAppNotification()
        c1 = env.customer
        c1.SetInParent()
        m1 = c1.sent_message_reaction
        m1.SetInParent()
        c1.org_id = self.org_id
        c1.app_id = self.app_id
        c1.customer_id = self.customer_id
        if self.created_at is not None:
            t_created_at = c1.created_at
            _set_timestamp(t_created_at, self.created_at)
        c1.notification_id = self.notification_id
        if self.app_data is not None:
            t_app_data = c1.app_data
            _write_DataMapValue(t_app_data, self.app_data)
        m1.message_id = self.message_id
        if self.customer_number is not None:
            t_customer_number = m1.customer_number
            t_customer_number.SetInParent()
            self.customer_number._write(t_customer_number)
        if self.channel_number is not None:
            t_channel_number = m1.channel_number
            t_channel_number.SetInParent()
            self.channel_number._write(t_channel_number)
        m1.reaction = self.reaction  # type: ignore[assignment]
        return env


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class ReceivedPaymentNotification:
    """A customer paid into one of the app's payment channel numbers.

    Event: received_payment.
    """

    EVENTS: ClassVar[tuple[str, ...]] = ("received_payment",)

    __slots__ = ("org_id", "app_id", "customer_id", "created_at", "notification_id", "app_data", "purse_id", "transaction_id", "customer_number", "channel_number", "value", "status",)

    org_id: str
    app_id: str
    customer_id: str
    created_at: datetime | None
    notification_id: str
    """Added by elarian-sync: stable across redeliveries, so a client can drop repeats."""
    app_data: str | bytes | None
    purse_id: str
    transaction_id: str
    customer_number: CustomerNumber | None
    channel_number: PaymentChannelNumber | None
    value: Cash | None
    status: PaymentStatus

    def __init__(
        self,
        *,
        org_id: str = "",
        app_id: str = "",
        customer_id: str = "",
        created_at: datetime | None = None,
        notification_id: str = "",
        app_data: str | bytes | None = None,
        purse_id: str = "",
        transaction_id: str = "",
        customer_number: CustomerNumber | None = None,
        channel_number: PaymentChannelNumber | None = None,
        value: Cash | None = None,
        status: PaymentStatus = PaymentStatus.UNSPECIFIED,
    ) -> None:
        self.org_id = org_id
        self.app_id = app_id
        self.customer_id = customer_id
        self.created_at = created_at
        self.notification_id = notification_id
        self.app_data = app_data
        self.purse_id = purse_id
        self.transaction_id = transaction_id
        self.customer_number = customer_number
        self.channel_number = channel_number
        self.value = value
        self.status = status

    def __repr__(self) -> str:
        return f"ReceivedPaymentNotification(org_id={self.org_id!r}, app_id={self.app_id!r}, customer_id={self.customer_id!r}, created_at={self.created_at!r}, notification_id={self.notification_id!r}, app_data={self.app_data!r}, purse_id={self.purse_id!r}, transaction_id={self.transaction_id!r}, customer_number={self.customer_number!r}, channel_number={self.channel_number!r}, value={self.value!r}, status={self.status!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ReceivedPaymentNotification) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.org_id, self.app_id, self.customer_id, self.created_at, self.notification_id, self.app_data, self.purse_id, self.transaction_id, self.customer_number, self.channel_number, self.value, self.status,) == (other.org_id, other.app_id, other.customer_id, other.created_at, other.notification_id, other.app_data, other.purse_id, other.transaction_id, other.customer_number, other.channel_number, other.value, other.status,)

    @classmethod
    def from_proto(cls, env: _app_socket_pb2.ServerToAppNotification) -> ReceivedPaymentNotification:
        """Parse a whole notification; ValueError if it is another event."""
        event, notification = parse_server_to_app_notification(env)
        if not isinstance(notification, cls):
            raise ValueError(f"{event!r} notification is not a {cls.__name__}")
        return notification

    @classmethod
    def _from_app_customer(cls, c: _app_socket_pb2.ServerToAppCustomerNotification, m: _app_socket_pb2.ReceivedPaymentNotification) -> ReceivedPaymentNotification:
        o = object.__new__(cls)
        o.org_id = c.org_id
        o.app_id = c.app_id
        o.customer_id = c.customer_id
        o.created_at = _timestamp(c.created_at) if c.HasField("created_at") else None
        o.notification_id = c.notification_id
        o.app_data = _read_DataMapValue(c.app_data) if c.HasField("app_data") else None
        o.purse_id = m.purse_id
        o.transaction_id = m.transaction_id
        o.customer_number = CustomerNumber.from_proto(m.customer_number) if m.HasField("customer_number") else None
        o.channel_number = PaymentChannelNumber.from_proto(m.channel_number) if m.HasField("channel_number") else None
        o.value = Cash.from_proto(m.value) if m.HasField("value") else None
        o.status = _PaymentStatus_BY_NUMBER[m.status]
        return o

    def to_proto(self) -> _app_socket_pb2.ServerToAppNotification:
        """The whole notification as the runtime sends it."""
        env = _app_socket_pb2.ServerToAppNotification()
        c1 = env.customer
        c1.SetInParent()
        m1 = c1.received_payment
        m1.SetInParent()
        c1.org_id = self.org_id
        c1.app_id = self.app_id
        c1.customer_id = self.customer_id
        if self.created_at is not None:
            t_created_at = c1.created_at
            _set_timestamp(t_created_at, self.created_at)
        c1.notification_id = self.notification_id
        if self.app_data is not None:
            t_app_data = c1.app_data
            _write_DataMapValue(t_app_data, self.app_data)
        m1.purse_id = self.purse_id
        m1.transaction_id = self.transaction_id
        if self.customer_number is not None:
            t_customer_number = m1.customer_number
            t_customer_number.SetInParent()
            self.customer_number._write(t_customer_number)
        if self.channel_number is not None:
            t_channel_number = m1.channel_number
            t_channel_number.SetInParent()
            self.channel_number._write(t_channel_number)
        if self.value is not None:
            t_value = m1.value
            t_value.SetInParent()
            self.value._write(t_value)
        m1.status = self.status  # type: ignore[assignment]
        return env


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class PaymentStatusNotification:
    """A payment the app started changed status.

    Event: payment_status.
    """

    EVENTS: ClassVar[tuple[str, ...]] = ("payment_status",)

    __slots__ = ("org_id", "app_id", "customer_id", "created_at", "notification_id", "app_data", "purse_id", "transaction_id", "status",)

    org_id: str
    app_id: str
    customer_id: str | None
    created_at: datetime | None
    notification_id: str
    """Added by elarian-sync: stable across redeliveries, so a client can drop repeats."""
    app_data: str | bytes | None
    purse_id: str | None
    transaction_id: str
    status: PaymentStatus

    def __init__(
        self,
        *,
        org_id: str = "",
        app_id: str = "",
        customer_id: str | None = None,
        created_at: datetime | None = None,
        notification_id: str = "",
        app_data: str | bytes | None = None,
        purse_id: str | None = None,
        transaction_id: str = "",
        status: PaymentStatus = PaymentStatus.UNSPECIFIED,
    ) -> None:
        self.org_id = org_id
        self.app_id = app_id
        self.customer_id = customer_id
        self.created_at = created_at
        self.notification_id = notification_id
        self.app_data = app_data
        self.purse_id = purse_id
        self.transaction_id = transaction_id
        self.status = status

    def __repr__(self) -> str:
        return f"PaymentStatusNotification(org_id={self.org_id!r}, app_id={self.app_id!r}, customer_id={self.customer_id!r}, created_at={self.created_at!r}, notification_id={self.notification_id!r}, app_data={self.app_data!r}, purse_id={self.purse_id!r}, transaction_id={self.transaction_id!r}, status={self.status!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PaymentStatusNotification) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.org_id, self.app_id, self.customer_id, self.created_at, self.notification_id, self.app_data, self.purse_id, self.transaction_id, self.status,) == (other.org_id, other.app_id, other.customer_id, other.created_at, other.notification_id, other.app_data, other.purse_id, other.transaction_id, other.status,)

    @classmethod
    def from_proto(cls, env: _app_socket_pb2.ServerToAppNotification) -> PaymentStatusNotification:
        """Parse a whole notification; ValueError if it is another event."""
        event, notification = parse_server_to_app_notification(env)
        if not isinstance(notification, cls):
            raise ValueError(f"{event!r} notification is not a {cls.__name__}")
        return notification

    @classmethod
    def _from_app_purse(cls, c: _app_socket_pb2.ServerToAppPurseNotification, m: _app_socket_pb2.PaymentStatusNotification) -> PaymentStatusNotification:
        o = object.__new__(cls)
        o.org_id = c.org_id
        o.app_id = c.app_id
        o.customer_id = None
        o.created_at = _timestamp(c.created_at) if c.HasField("created_at") else None
        o.notification_id = c.notification_id
        o.app_data = None
        o.purse_id = c.purse_id
        o.transaction_id = m.transaction_id
        o.status = _PaymentStatus_BY_NUMBER[m.status]
        return o

    @classmethod
    def _from_app_customer(cls, c: _app_socket_pb2.ServerToAppCustomerNotification, m: _app_socket_pb2.PaymentStatusNotification) -> PaymentStatusNotification:
        o = object.__new__(cls)
        o.org_id = c.org_id
        o.app_id = c.app_id
        o.customer_id = c.customer_id
        o.created_at = _timestamp(c.created_at) if c.HasField("created_at") else None
        o.notification_id = c.notification_id
        o.app_data = _read_DataMapValue(c.app_data) if c.HasField("app_data") else None
        o.purse_id = None
        o.transaction_id = m.transaction_id
        o.status = _PaymentStatus_BY_NUMBER[m.status]
        return o

    def to_proto(self) -> _app_socket_pb2.ServerToAppNotification:
        """The whole notification as the runtime sends it."""
        env = _app_socket_pb2.ServerToAppNotification()
        if self.purse_id is not None:
            c1 = env.purse
            c1.SetInParent()
            m1 = c1.payment_status
            m1.SetInParent()
            c1.org_id = self.org_id
            c1.app_id = self.app_id
            if self.created_at is not None:
                t_created_at = c1.created_at
                _set_timestamp(t_created_at, self.created_at)
            c1.notification_id = self.notification_id
            if self.purse_id is not None:
                c1.purse_id = self.purse_id
            m1.transaction_id = self.transaction_id
            m1.status = self.status  # type: ignore[assignment]
            return env
        c2 = env.customer
        c2.SetInParent()
        m2 = c2.payment_status
        m2.SetInParent()
        c2.org_id = self.org_id
        c2.app_id = self.app_id
        if self.customer_id is not None:
            c2.customer_id = self.customer_id
        if self.created_at is not None:
            t_created_at = c2.created_at
            _set_timestamp(t_created_at, self.created_at)
        c2.notification_id = self.notification_id
        if self.app_data is not None:
            t_app_data = c2.app_data
            _write_DataMapValue(t_app_data, self.app_data)
        m2.transaction_id = self.transaction_id
        m2.status = self.status  # type: ignore[assignment]
        return env


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class CustomerActivityNotification:
    """Activity was recorded for a customer.

    Event: customer_activity.
    """

    EVENTS: ClassVar[tuple[str, ...]] = ("customer_activity",)

    __slots__ = ("org_id", "app_id", "customer_id", "created_at", "notification_id", "app_data", "customer_number", "source", "session_id", "activity",)

    org_id: str
    app_id: str
    customer_id: str
    created_at: datetime | None
    notification_id: str
    """Added by elarian-sync: stable across redeliveries, so a client can drop repeats."""
    app_data: str | bytes | None
    customer_number: CustomerNumber | None
    source: str
    session_id: str
    activity: Activity | None

    def __init__(
        self,
        *,
        org_id: str = "",
        app_id: str = "",
        customer_id: str = "",
        created_at: datetime | None = None,
        notification_id: str = "",
        app_data: str | bytes | None = None,
        customer_number: CustomerNumber | None = None,
        source: str = "",
        session_id: str = "",
        activity: Activity | None = None,
    ) -> None:
        self.org_id = org_id
        self.app_id = app_id
        self.customer_id = customer_id
        self.created_at = created_at
        self.notification_id = notification_id
        self.app_data = app_data
        self.customer_number = customer_number
        self.source = source
        self.session_id = session_id
        self.activity = activity

    def __repr__(self) -> str:
        return f"CustomerActivityNotification(org_id={self.org_id!r}, app_id={self.app_id!r}, customer_id={self.customer_id!r}, created_at={self.created_at!r}, notification_id={self.notification_id!r}, app_data={self.app_data!r}, customer_number={self.customer_number!r}, source={self.source!r}, session_id={self.session_id!r}, activity={self.activity!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CustomerActivityNotification) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.org_id, self.app_id, self.customer_id, self.created_at, self.notification_id, self.app_data, self.customer_number, self.source, self.session_id, self.activity,) == (other.org_id, other.app_id, other.customer_id, other.created_at, other.notification_id, other.app_data, other.customer_number, other.source, other.session_id, other.activity,)

    @classmethod
    def from_proto(cls, env: _app_socket_pb2.ServerToAppNotification) -> CustomerActivityNotification:
        """Parse a whole notification; ValueError if it is another event."""
        event, notification = parse_server_to_app_notification(env)
        if not isinstance(notification, cls):
            raise ValueError(f"{event!r} notification is not a {cls.__name__}")
        return notification

    @classmethod
    def _from_app_customer(cls, c: _app_socket_pb2.ServerToAppCustomerNotification, m: _app_socket_pb2.CustomerActivityNotification) -> CustomerActivityNotification:
        o = object.__new__(cls)
        o.org_id = c.org_id
        o.app_id = c.app_id
        o.customer_id = c.customer_id
        o.created_at = _timestamp(c.created_at) if c.HasField("created_at") else None
        o.notification_id = c.notification_id
        o.app_data = _read_DataMapValue(c.app_data) if c.HasField("app_data") else None
        o.customer_number = CustomerNumber.from_proto(m.customer_number) if m.HasField("customer_number") else None
        o.source = m.source
        o.session_id = m.session_id
        o.activity = Activity.from_proto(m.activity) if m.HasField("activity") else None
        return o

    def to_proto(self) -> _app_socket_pb2.ServerToAppNotification:
        """The whole notification as the runtime sends it."""
        env = _app_socket_pb2.ServerToAppNotification()
        c1 = env.customer
        c1.SetInParent()
        m1 = c1.customer_activity
        m1.SetInParent()
        c1.org_id = self.org_id
        c1.app_id = self.app_id
        c1.customer_id = self.customer_id
        if self.created_at is not None:
            t_created_at = c1.created_at
            _set_timestamp(t_created_at, self.created_at)
        c1.notification_id = self.notification_id
        if self.app_data is not None:
            t_app_data = c1.app_data
            _write_DataMapValue(t_app_data, self.app_data)
        if self.customer_number is not None:
            t_customer_number = m1.customer_number
            t_customer_number.SetInParent()
            self.customer_number._write(t_customer_number)
        m1.source = self.source
        m1.session_id = self.session_id
        if self.activity is not None:
            t_activity = m1.activity
            t_activity.SetInParent()
            self.activity._write(t_activity)
        return env


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class SendMessageSimulatorNotification:
    """The org sent a message to a customer.

    Event: send_message.
    """

    EVENTS: ClassVar[tuple[str, ...]] = ("send_message",)

    __slots__ = ("org_id", "app_id", "customer_id", "created_at", "notification_id", "message_id", "customer_number", "channel_number", "message",)

    org_id: str
    app_id: str | None
    customer_id: str
    created_at: datetime | None
    """Added by elarian-sync: when the runtime raised the notification."""
    notification_id: str
    """Added by elarian-sync: stable across redeliveries, so a simulator can drop repeats."""
    message_id: str
    customer_number: CustomerNumber | None
    channel_number: MessagingChannel | None
    message: Message | None

    def __init__(
        self,
        *,
        org_id: str = "",
        app_id: str | None = None,
        customer_id: str = "",
        created_at: datetime | None = None,
        notification_id: str = "",
        message_id: str = "",
        customer_number: CustomerNumber | None = None,
        channel_number: MessagingChannel | None = None,
        message: Message | None = None,
    ) -> None:
        self.org_id = org_id
        self.app_id = app_id
        self.customer_id = customer_id
        self.created_at = created_at
        self.notification_id = notification_id
        self.message_id = message_id
        self.customer_number = customer_number
        self.channel_number = channel_number
        self.message = message

    def __repr__(self) -> str:
        return f"SendMessageSimulatorNotification(org_id={self.org_id!r}, app_id={self.app_id!r}, customer_id={self.customer_id!r}, created_at={self.created_at!r}, notification_id={self.notification_id!r}, message_id={self.message_id!r}, customer_number={self.customer_number!r}, channel_number={self.channel_number!r}, message={self.message!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SendMessageSimulatorNotification) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.org_id, self.app_id, self.customer_id, self.created_at, self.notification_id, self.message_id, self.customer_number, self.channel_number, self.message,) == (other.org_id, other.app_id, other.customer_id, other.created_at, other.notification_id, other.message_id, other.customer_number, other.channel_number, other.message,)

    @classmethod
    def from_proto(cls, env: _simulator_socket_pb2.ServerToSimulatorNotification) -> SendMessageSimulatorNotification:
        """Parse a whole notification; ValueError if it is another event."""
        event, notification = parse_server_to_simulator_notification(env)
        if not isinstance(notification, cls):
            raise ValueError(f"{event!r} notification is not a {cls.__name__}")
        return notification

    @classmethod
    def _from_simulator(cls, c: _simulator_socket_pb2.ServerToSimulatorNotification, m: _simulator_socket_pb2.SendMessageSimulatorNotification) -> SendMessageSimulatorNotification:
        o = object.__new__(cls)
        o.org_id = m.org_id
        o.app_id = None
        o.customer_id = m.customer_id
        o.created_at = _timestamp(c.created_at) if c.HasField("created_at") else None
        o.notification_id = c.notification_id
        o.message_id = m.message_id
        o.customer_number = CustomerNumber.from_proto(m.customer_number) if m.HasField("customer_number") else None
        o.channel_number = MessagingChannel.from_proto(m.channel_number) if m.HasField("channel_number") else None
        o.message = Message.from_proto(m.message) if m.HasField("message") else None
        return o

    def to_proto(self) -> _simulator_socket_pb2.ServerToSimulatorNotification:
        """The whole notification as the runtime sends it."""
        env = _simulator_socket_pb2.ServerToSimulatorNotification()
        c1 = env
        m1 = c1.send_message
        m1.SetInParent()
        m1.org_id = self.org_id
        m1.customer_id = self.customer_id
        if self.created_at is not None:
            t_created_at = c1.created_at
            _set_timestamp(t_created_at, self.created_at)
        c1.notification_id = self.notification_id
        m1.message_id = self.message_id
        if self.customer_number is not None:
            t_customer_number = m1.customer_number
            t_customer_number.SetInParent()
            self.customer_number._write(t_customer_number)
        if self.channel_number is not None:
            t_channel_number = m1.channel_number
            t_channel_number.SetInParent()
            self.channel_number._write(t_channel_number)
        if self.message is not None:
            t_message = m1.message
            t_message.SetInParent()
            self.message._write(t_message)
        return env


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class MakeVoiceCallSimulatorNotification:
    """The org is calling a customer.

    Event: make_voice_call.
    """

    EVENTS: ClassVar[tuple[str, ...]] = ("make_voice_call",)

    __slots__ = ("org_id", "app_id", "customer_id", "created_at", "notification_id", "session_id", "customer_number", "channel_number",)

    org_id: str
    app_id: str | None
    customer_id: str
    created_at: datetime | None
    """Added by elarian-sync: when the runtime raised the notification."""
    notification_id: str
    """Added by elarian-sync: stable across redeliveries, so a simulator can drop repeats."""
    session_id: str
    customer_number: CustomerNumber | None
    channel_number: MessagingChannel | None

    def __init__(
        self,
        *,
        org_id: str = "",
        app_id: str | None = None,
        customer_id: str = "",
        created_at: datetime | None = None,
        notification_id: str = "",
        session_id: str = "",
        customer_number: CustomerNumber | None = None,
        channel_number: MessagingChannel | None = None,
    ) -> None:
        self.org_id = org_id
        self.app_id = app_id
        self.customer_id = customer_id
        self.created_at = created_at
        self.notification_id = notification_id
        self.session_id = session_id
        self.customer_number = customer_number
        self.channel_number = channel_number

    def __repr__(self) -> str:
        return f"MakeVoiceCallSimulatorNotification(org_id={self.org_id!r}, app_id={self.app_id!r}, customer_id={self.customer_id!r}, created_at={self.created_at!r}, notification_id={self.notification_id!r}, session_id={self.session_id!r}, customer_number={self.customer_number!r}, channel_number={self.channel_number!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MakeVoiceCallSimulatorNotification) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.org_id, self.app_id, self.customer_id, self.created_at, self.notification_id, self.session_id, self.customer_number, self.channel_number,) == (other.org_id, other.app_id, other.customer_id, other.created_at, other.notification_id, other.session_id, other.customer_number, other.channel_number,)

    @classmethod
    def from_proto(cls, env: _simulator_socket_pb2.ServerToSimulatorNotification) -> MakeVoiceCallSimulatorNotification:
        """Parse a whole notification; ValueError if it is another event."""
        event, notification = parse_server_to_simulator_notification(env)
        if not isinstance(notification, cls):
            raise ValueError(f"{event!r} notification is not a {cls.__name__}")
        return notification

    @classmethod
    def _from_simulator(cls, c: _simulator_socket_pb2.ServerToSimulatorNotification, m: _simulator_socket_pb2.MakeVoiceCallSimulatorNotification) -> MakeVoiceCallSimulatorNotification:
        o = object.__new__(cls)
        o.org_id = m.org_id
        o.app_id = None
        o.customer_id = m.customer_id
        o.created_at = _timestamp(c.created_at) if c.HasField("created_at") else None
        o.notification_id = c.notification_id
        o.session_id = m.session_id
        o.customer_number = CustomerNumber.from_proto(m.customer_number) if m.HasField("customer_number") else None
        o.channel_number = MessagingChannel.from_proto(m.channel_number) if m.HasField("channel_number") else None
        return o

    def to_proto(self) -> _simulator_socket_pb2.ServerToSimulatorNotification:
        """The whole notification as the runtime sends it."""
        env = _simulator_socket_pb2.ServerToSimulatorNotification()
        c1 = env
        m1 = c1.make_voice_call
        m1.SetInParent()
        m1.org_id = self.org_id
        m1.customer_id = self.customer_id
        if self.created_at is not None:
            t_created_at = c1.created_at
            _set_timestamp(t_created_at, self.created_at)
        c1.notification_id = self.notification_id
        m1.session_id = self.session_id
        if self.customer_number is not None:
            t_customer_number = m1.customer_number
            t_customer_number.SetInParent()
            self.customer_number._write(t_customer_number)
        if self.channel_number is not None:
            t_channel_number = m1.channel_number
            t_channel_number.SetInParent()
            self.channel_number._write(t_channel_number)
        return env


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class SendCustomerPaymentSimulatorNotification:
    """The org is paying a customer through a payment channel.

    Event: send_customer_payment.
    """

    EVENTS: ClassVar[tuple[str, ...]] = ("send_customer_payment",)

    __slots__ = ("org_id", "app_id", "customer_id", "created_at", "notification_id", "wallet", "purse", "transaction_id", "customer_number", "channel_number", "value",)

    org_id: str
    app_id: str
    customer_id: str
    created_at: datetime | None
    """Added by elarian-sync: when the runtime raised the notification."""
    notification_id: str
    """Added by elarian-sync: stable across redeliveries, so a simulator can drop repeats."""
    wallet: PaymentWalletCounterParty | None
    purse: PaymentPurseCounterParty | None
    transaction_id: str
    customer_number: CustomerNumber | None
    channel_number: PaymentChannelNumber | None
    value: Cash | None

    def __init__(
        self,
        *,
        org_id: str = "",
        app_id: str = "",
        customer_id: str = "",
        created_at: datetime | None = None,
        notification_id: str = "",
        wallet: PaymentWalletCounterParty | None = None,
        purse: PaymentPurseCounterParty | None = None,
        transaction_id: str = "",
        customer_number: CustomerNumber | None = None,
        channel_number: PaymentChannelNumber | None = None,
        value: Cash | None = None,
    ) -> None:
        self.org_id = org_id
        self.app_id = app_id
        self.customer_id = customer_id
        self.created_at = created_at
        self.notification_id = notification_id
        self.wallet = wallet
        self.purse = purse
        self.transaction_id = transaction_id
        self.customer_number = customer_number
        self.channel_number = channel_number
        self.value = value

    def __repr__(self) -> str:
        return f"SendCustomerPaymentSimulatorNotification(org_id={self.org_id!r}, app_id={self.app_id!r}, customer_id={self.customer_id!r}, created_at={self.created_at!r}, notification_id={self.notification_id!r}, wallet={self.wallet!r}, purse={self.purse!r}, transaction_id={self.transaction_id!r}, customer_number={self.customer_number!r}, channel_number={self.channel_number!r}, value={self.value!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SendCustomerPaymentSimulatorNotification) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.org_id, self.app_id, self.customer_id, self.created_at, self.notification_id, self.wallet, self.purse, self.transaction_id, self.customer_number, self.channel_number, self.value,) == (other.org_id, other.app_id, other.customer_id, other.created_at, other.notification_id, other.wallet, other.purse, other.transaction_id, other.customer_number, other.channel_number, other.value,)

    @classmethod
    def from_proto(cls, env: _simulator_socket_pb2.ServerToSimulatorNotification) -> SendCustomerPaymentSimulatorNotification:
        """Parse a whole notification; ValueError if it is another event."""
        event, notification = parse_server_to_simulator_notification(env)
        if not isinstance(notification, cls):
            raise ValueError(f"{event!r} notification is not a {cls.__name__}")
        return notification

    @classmethod
    def _from_simulator(cls, c: _simulator_socket_pb2.ServerToSimulatorNotification, m: _simulator_socket_pb2.SendCustomerPaymentSimulatorNotification) -> SendCustomerPaymentSimulatorNotification:
        o = object.__new__(cls)
        w_debit_party = m.WhichOneof("debit_party")
        o.org_id = m.org_id
        o.app_id = m.app_id
        o.customer_id = m.customer_id
        o.created_at = _timestamp(c.created_at) if c.HasField("created_at") else None
        o.notification_id = c.notification_id
        o.wallet = PaymentWalletCounterParty.from_proto(m.wallet) if w_debit_party == "wallet" else None
        o.purse = PaymentPurseCounterParty.from_proto(m.purse) if w_debit_party == "purse" else None
        o.transaction_id = m.transaction_id
        o.customer_number = CustomerNumber.from_proto(m.customer_number) if m.HasField("customer_number") else None
        o.channel_number = PaymentChannelNumber.from_proto(m.channel_number) if m.HasField("channel_number") else None
        o.value = Cash.from_proto(m.value) if m.HasField("value") else None
        return o

    def to_proto(self) -> _simulator_socket_pb2.ServerToSimulatorNotification:
        """The whole notification as the runtime sends it."""
        env = _simulator_socket_pb2.ServerToSimulatorNotification()
        c1 = env
        m1 = c1.send_customer_payment
        m1.SetInParent()
        m1.org_id = self.org_id
        m1.app_id = self.app_id
        m1.customer_id = self.customer_id
        if self.created_at is not None:
            t_created_at = c1.created_at
            _set_timestamp(t_created_at, self.created_at)
        c1.notification_id = self.notification_id
        if self.wallet is not None:
            t_wallet = m1.wallet
            t_wallet.SetInParent()
            self.wallet._write(t_wallet)
        if self.purse is not None:
            t_purse = m1.purse
            t_purse.SetInParent()
            self.purse._write(t_purse)
        m1.transaction_id = self.transaction_id
        if self.customer_number is not None:
            t_customer_number = m1.customer_number
            t_customer_number.SetInParent()
            self.customer_number._write(t_customer_number)
        if self.channel_number is not None:
            t_channel_number = m1.channel_number
            t_channel_number.SetInParent()
            self.channel_number._write(t_channel_number)
        if self.value is not None:
            t_value = m1.value
            t_value.SetInParent()
            self.value._write(t_value)
        return env


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class SendChannelPaymentSimulatorNotification:
    """The org is paying an outside account through a payment channel.

    Event: send_channel_payment.
    """

    EVENTS: ClassVar[tuple[str, ...]] = ("send_channel_payment",)

    __slots__ = ("org_id", "app_id", "customer_id", "created_at", "notification_id", "wallet", "purse", "transaction_id", "channel_number", "source", "destination", "account", "value",)

    org_id: str
    app_id: str
    customer_id: str | None
    created_at: datetime | None
    """Added by elarian-sync: when the runtime raised the notification."""
    notification_id: str
    """Added by elarian-sync: stable across redeliveries, so a simulator can drop repeats."""
    wallet: PaymentWalletCounterParty | None
    purse: PaymentPurseCounterParty | None
    transaction_id: str
    channel_number: PaymentChannel
    source: str
    destination: str
    account: str | None
    value: Cash | None

    def __init__(
        self,
        *,
        org_id: str = "",
        app_id: str = "",
        customer_id: str | None = None,
        created_at: datetime | None = None,
        notification_id: str = "",
        wallet: PaymentWalletCounterParty | None = None,
        purse: PaymentPurseCounterParty | None = None,
        transaction_id: str = "",
        channel_number: PaymentChannel = PaymentChannel.UNSPECIFIED,
        source: str = "",
        destination: str = "",
        account: str | None = None,
        value: Cash | None = None,
    ) -> None:
        self.org_id = org_id
        self.app_id = app_id
        self.customer_id = customer_id
        self.created_at = created_at
        self.notification_id = notification_id
        self.wallet = wallet
        self.purse = purse
        self.transaction_id = transaction_id
        self.channel_number = channel_number
        self.source = source
        self.destination = destination
        self.account = account
        self.value = value

    def __repr__(self) -> str:
        return f"SendChannelPaymentSimulatorNotification(org_id={self.org_id!r}, app_id={self.app_id!r}, customer_id={self.customer_id!r}, created_at={self.created_at!r}, notification_id={self.notification_id!r}, wallet={self.wallet!r}, purse={self.purse!r}, transaction_id={self.transaction_id!r}, channel_number={self.channel_number!r}, source={self.source!r}, destination={self.destination!r}, account={self.account!r}, value={self.value!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SendChannelPaymentSimulatorNotification) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.org_id, self.app_id, self.customer_id, self.created_at, self.notification_id, self.wallet, self.purse, self.transaction_id, self.channel_number, self.source, self.destination, self.account, self.value,) == (other.org_id, other.app_id, other.customer_id, other.created_at, other.notification_id, other.wallet, other.purse, other.transaction_id, other.channel_number, other.source, other.destination, other.account, other.value,)

    @property
    def channel(self) -> PaymentChannel:
        """Deprecated: use ``channel_number``."""
        _renamed("SendChannelPaymentSimulatorNotification", "channel", "channel_number")
        return self.channel_number

    @channel.setter
    def channel(self, value: PaymentChannel) -> None:
        _renamed("SendChannelPaymentSimulatorNotification", "channel", "channel_number")
        self.channel_number = value

    @classmethod
    def from_proto(cls, env: _simulator_socket_pb2.ServerToSimulatorNotification) -> SendChannelPaymentSimulatorNotification:
        """Parse a whole notification; ValueError if it is another event."""
        event, notification = parse_server_to_simulator_notification(env)
        if not isinstance(notification, cls):
            raise ValueError(f"{event!r} notification is not a {cls.__name__}")
        return notification

    @classmethod
    def _from_simulator(cls, c: _simulator_socket_pb2.ServerToSimulatorNotification, m: _simulator_socket_pb2.SendChannelPaymentSimulatorNotification) -> SendChannelPaymentSimulatorNotification:
        o = object.__new__(cls)
        w_debit_party = m.WhichOneof("debit_party")
        o.org_id = m.org_id
        o.app_id = m.app_id
        o.customer_id = None
        o.created_at = _timestamp(c.created_at) if c.HasField("created_at") else None
        o.notification_id = c.notification_id
        o.wallet = PaymentWalletCounterParty.from_proto(m.wallet) if w_debit_party == "wallet" else None
        o.purse = PaymentPurseCounterParty.from_proto(m.purse) if w_debit_party == "purse" else None
        o.transaction_id = m.transaction_id
        o.channel_number = _PaymentChannel_BY_NUMBER[m.channel]
        o.source = m.source
        o.destination = m.destination
        o.account = m.account.value if m.HasField("account") else None
        o.value = Cash.from_proto(m.value) if m.HasField("value") else None
        return o

    def to_proto(self) -> _simulator_socket_pb2.ServerToSimulatorNotification:
        """The whole notification as the runtime sends it."""
        env = _simulator_socket_pb2.ServerToSimulatorNotification()
        c1 = env
        m1 = c1.send_channel_payment
        m1.SetInParent()
        m1.org_id = self.org_id
        m1.app_id = self.app_id
        if self.created_at is not None:
            t_created_at = c1.created_at
            _set_timestamp(t_created_at, self.created_at)
        c1.notification_id = self.notification_id
        if self.wallet is not None:
            t_wallet = m1.wallet
            t_wallet.SetInParent()
            self.wallet._write(t_wallet)
        if self.purse is not None:
            t_purse = m1.purse
            t_purse.SetInParent()
            self.purse._write(t_purse)
        m1.transaction_id = self.transaction_id
        m1.channel = self.channel_number  # type: ignore[assignment]
        m1.source = self.source
        m1.destination = self.destination
        if self.account is not None:
            t_account = m1.account
            t_account.value = self.account
        if self.value is not None:
            t_value = m1.value
            t_value.SetInParent()
            self.value._write(t_value)
        return env


_accept_renamed(SendChannelPaymentSimulatorNotification, {"channel": "channel_number"})


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class CheckoutPaymentSimulatorNotification:
    """The org asks a customer to pay (mobile checkout); the customer confirms or not.

    Event: checkout_payment.
    """

    EVENTS: ClassVar[tuple[str, ...]] = ("checkout_payment",)

    __slots__ = ("org_id", "app_id", "customer_id", "created_at", "notification_id", "wallet", "purse", "transaction_id", "customer_number", "channel_number", "value",)

    org_id: str
    app_id: str
    customer_id: str
    created_at: datetime | None
    """Added by elarian-sync: when the runtime raised the notification."""
    notification_id: str
    """Added by elarian-sync: stable across redeliveries, so a simulator can drop repeats."""
    wallet: PaymentWalletCounterParty | None
    purse: PaymentPurseCounterParty | None
    transaction_id: str
    customer_number: CustomerNumber | None
    channel_number: PaymentChannelNumber | None
    value: Cash | None

    def __init__(
        self,
        *,
        org_id: str = "",
        app_id: str = "",
        customer_id: str = "",
        created_at: datetime | None = None,
        notification_id: str = "",
        wallet: PaymentWalletCounterParty | None = None,
        purse: PaymentPurseCounterParty | None = None,
        transaction_id: str = "",
        customer_number: CustomerNumber | None = None,
        channel_number: PaymentChannelNumber | None = None,
        value: Cash | None = None,
    ) -> None:
        self.org_id = org_id
        self.app_id = app_id
        self.customer_id = customer_id
        self.created_at = created_at
        self.notification_id = notification_id
        self.wallet = wallet
        self.purse = purse
        self.transaction_id = transaction_id
        self.customer_number = customer_number
        self.channel_number = channel_number
        self.value = value

    def __repr__(self) -> str:
        return f"CheckoutPaymentSimulatorNotification(org_id={self.org_id!r}, app_id={self.app_id!r}, customer_id={self.customer_id!r}, created_at={self.created_at!r}, notification_id={self.notification_id!r}, wallet={self.wallet!r}, purse={self.purse!r}, transaction_id={self.transaction_id!r}, customer_number={self.customer_number!r}, channel_number={self.channel_number!r}, value={self.value!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CheckoutPaymentSimulatorNotification) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.org_id, self.app_id, self.customer_id, self.created_at, self.notification_id, self.wallet, self.purse, self.transaction_id, self.customer_number, self.channel_number, self.value,) == (other.org_id, other.app_id, other.customer_id, other.created_at, other.notification_id, other.wallet, other.purse, other.transaction_id, other.customer_number, other.channel_number, other.value,)

    @classmethod
    def from_proto(cls, env: _simulator_socket_pb2.ServerToSimulatorNotification) -> CheckoutPaymentSimulatorNotification:
        """Parse a whole notification; ValueError if it is another event."""
        event, notification = parse_server_to_simulator_notification(env)
        if not isinstance(notification, cls):
            raise ValueError(f"{event!r} notification is not a {cls.__name__}")
        return notification

    @classmethod
    def _from_simulator(cls, c: _simulator_socket_pb2.ServerToSimulatorNotification, m: _simulator_socket_pb2.CheckoutPaymentSimulatorNotification) -> CheckoutPaymentSimulatorNotification:
        o = object.__new__(cls)
        w_credit_party = m.WhichOneof("credit_party")
        o.org_id = m.org_id
        o.app_id = m.app_id
        o.customer_id = m.customer_id
        o.created_at = _timestamp(c.created_at) if c.HasField("created_at") else None
        o.notification_id = c.notification_id
        o.wallet = PaymentWalletCounterParty.from_proto(m.wallet) if w_credit_party == "wallet" else None
        o.purse = PaymentPurseCounterParty.from_proto(m.purse) if w_credit_party == "purse" else None
        o.transaction_id = m.transaction_id
        o.customer_number = CustomerNumber.from_proto(m.customer_number) if m.HasField("customer_number") else None
        o.channel_number = PaymentChannelNumber.from_proto(m.channel_number) if m.HasField("channel_number") else None
        o.value = Cash.from_proto(m.value) if m.HasField("value") else None
        return o

    def to_proto(self) -> _simulator_socket_pb2.ServerToSimulatorNotification:
        """The whole notification as the runtime sends it."""
        env = _simulator_socket_pb2.ServerToSimulatorNotification()
        c1 = env
        m1 = c1.checkout_payment
        m1.SetInParent()
        m1.org_id = self.org_id
        m1.app_id = self.app_id
        m1.customer_id = self.customer_id
        if self.created_at is not None:
            t_created_at = c1.created_at
            _set_timestamp(t_created_at, self.created_at)
        c1.notification_id = self.notification_id
        if self.wallet is not None:
            t_wallet = m1.wallet
            t_wallet.SetInParent()
            self.wallet._write(t_wallet)
        if self.purse is not None:
            t_purse = m1.purse
            t_purse.SetInParent()
            self.purse._write(t_purse)
        m1.transaction_id = self.transaction_id
        if self.customer_number is not None:
            t_customer_number = m1.customer_number
            t_customer_number.SetInParent()
            self.customer_number._write(t_customer_number)
        if self.channel_number is not None:
            t_channel_number = m1.channel_number
            t_channel_number.SetInParent()
            self.channel_number._write(t_channel_number)
        if self.value is not None:
            t_value = m1.value
            t_value.SetInParent()
            self.value._write(t_value)
        return env


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class CommsSendStatusNotification:
    """An async send's outcome, to the app that queued it.

    Event: comms_send_status.
    """

    EVENTS: ClassVar[tuple[str, ...]] = ("comms_send_status",)

    __slots__ = ("org_id", "app_id", "customer_id", "created_at", "notification_id", "outcome", "event",)

    org_id: str
    app_id: str
    customer_id: str
    created_at: datetime | None
    notification_id: str
    outcome: CommsSendOutcome | None
    event: str

    def __init__(
        self,
        *,
        org_id: str = "",
        app_id: str = "",
        customer_id: str = "",
        created_at: datetime | None = None,
        notification_id: str = "",
        outcome: CommsSendOutcome | None = None,
        event: str = "",
    ) -> None:
        self.org_id = org_id
        self.app_id = app_id
        self.customer_id = customer_id
        self.created_at = created_at
        self.notification_id = notification_id
        self.outcome = outcome
        self.event = event

    def __repr__(self) -> str:
        return f"CommsSendStatusNotification(org_id={self.org_id!r}, app_id={self.app_id!r}, customer_id={self.customer_id!r}, created_at={self.created_at!r}, notification_id={self.notification_id!r}, outcome={self.outcome!r}, event={self.event!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CommsSendStatusNotification) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.org_id, self.app_id, self.customer_id, self.created_at, self.notification_id, self.outcome, self.event,) == (other.org_id, other.app_id, other.customer_id, other.created_at, other.notification_id, other.outcome, other.event,)

    @classmethod
    def from_proto(cls, env: _app_socket_pb2.ServerToAppNotification) -> CommsSendStatusNotification:
        """Parse a whole notification; ValueError if it is another event."""
        event, notification = parse_server_to_app_notification(env)
        if not isinstance(notification, cls):
            raise ValueError(f"{event!r} notification is not a {cls.__name__}")
        return notification

    @classmethod
    def _from_app_comms(cls, c: _comms_pb2.ServerToAppCommsNotification, m: _comms_pb2.CommsSendStatusNotification) -> CommsSendStatusNotification:
        o = object.__new__(cls)
        o.org_id = c.org_id
        o.app_id = c.app_id
        o.customer_id = m.customer_id
        o.created_at = _timestamp(c.created_at) if c.HasField("created_at") else None
        o.notification_id = c.notification_id
        o.outcome = CommsSendOutcome.from_proto(m.outcome) if m.HasField("outcome") else None
        o.event = m.event
        return o

    def to_proto(self) -> _app_socket_pb2.ServerToAppNotification:
        """The whole notification as the runtime sends it."""
        env = _app_socket_pb2.ServerToAppNotification()
        c1 = env.comms
        c1.SetInParent()
        m1 = c1.send_status
        m1.SetInParent()
        c1.org_id = self.org_id
        c1.app_id = self.app_id
        m1.customer_id = self.customer_id
        if self.created_at is not None:
            t_created_at = c1.created_at
            _set_timestamp(t_created_at, self.created_at)
        c1.notification_id = self.notification_id
        if self.outcome is not None:
            t_outcome = m1.outcome
            t_outcome.SetInParent()
            self.outcome._write(t_outcome)
        m1.event = self.event
        return env


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class CampaignStatusNotification:
    """A campaign started, paused (by a command, or at its error threshold or spending cap),
resumed, was cancelled or finished; to the app that created it.

    Event: comms_campaign_status.
    """

    EVENTS: ClassVar[tuple[str, ...]] = ("comms_campaign_status",)

    __slots__ = ("org_id", "app_id", "customer_id", "created_at", "notification_id", "campaign_id", "name", "state", "reason", "progress",)

    org_id: str
    app_id: str
    customer_id: str | None
    created_at: datetime | None
    notification_id: str
    campaign_id: str
    name: str
    state: CampaignState
    reason: str
    progress: CampaignProgress | None

    def __init__(
        self,
        *,
        org_id: str = "",
        app_id: str = "",
        customer_id: str | None = None,
        created_at: datetime | None = None,
        notification_id: str = "",
        campaign_id: str = "",
        name: str = "",
        state: CampaignState = CampaignState.UNSPECIFIED,
        reason: str = "",
        progress: CampaignProgress | None = None,
    ) -> None:
        self.org_id = org_id
        self.app_id = app_id
        self.customer_id = customer_id
        self.created_at = created_at
        self.notification_id = notification_id
        self.campaign_id = campaign_id
        self.name = name
        self.state = state
        self.reason = reason
        self.progress = progress

    def __repr__(self) -> str:
        return f"CampaignStatusNotification(org_id={self.org_id!r}, app_id={self.app_id!r}, customer_id={self.customer_id!r}, created_at={self.created_at!r}, notification_id={self.notification_id!r}, campaign_id={self.campaign_id!r}, name={self.name!r}, state={self.state!r}, reason={self.reason!r}, progress={self.progress!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CampaignStatusNotification) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.org_id, self.app_id, self.customer_id, self.created_at, self.notification_id, self.campaign_id, self.name, self.state, self.reason, self.progress,) == (other.org_id, other.app_id, other.customer_id, other.created_at, other.notification_id, other.campaign_id, other.name, other.state, other.reason, other.progress,)

    @classmethod
    def from_proto(cls, env: _app_socket_pb2.ServerToAppNotification) -> CampaignStatusNotification:
        """Parse a whole notification; ValueError if it is another event."""
        event, notification = parse_server_to_app_notification(env)
        if not isinstance(notification, cls):
            raise ValueError(f"{event!r} notification is not a {cls.__name__}")
        return notification

    @classmethod
    def _from_app_comms(cls, c: _comms_pb2.ServerToAppCommsNotification, m: _comms_pb2.CampaignStatusNotification) -> CampaignStatusNotification:
        o = object.__new__(cls)
        o.org_id = c.org_id
        o.app_id = c.app_id
        o.customer_id = None
        o.created_at = _timestamp(c.created_at) if c.HasField("created_at") else None
        o.notification_id = c.notification_id
        o.campaign_id = m.campaign_id
        o.name = m.name
        o.state = _CampaignState_BY_NUMBER[m.state]
        o.reason = m.reason
        o.progress = CampaignProgress.from_proto(m.progress) if m.HasField("progress") else None
        return o

    def to_proto(self) -> _app_socket_pb2.ServerToAppNotification:
        """The whole notification as the runtime sends it."""
        env = _app_socket_pb2.ServerToAppNotification()
        c1 = env.comms
        c1.SetInParent()
        m1 = c1.campaign_status
        m1.SetInParent()
        c1.org_id = self.org_id
        c1.app_id = self.app_id
        if self.created_at is not None:
            t_created_at = c1.created_at
            _set_timestamp(t_created_at, self.created_at)
        c1.notification_id = self.notification_id
        m1.campaign_id = self.campaign_id
        m1.name = self.name
        m1.state = self.state  # type: ignore[assignment]
        m1.reason = self.reason
        if self.progress is not None:
            t_progress = m1.progress
            t_progress.SetInParent()
            self.progress._write(t_progress)
        return env


EVENTS: dict[str, tuple[str, ...]] = {
    "app": ("reminder", "messaging_session_started", "messaging_session_renewed", "messaging_session_ended", "messaging_consent_update", "received_sms", "received_fb_messenger", "received_telegram", "received_whatsapp", "received_email", "voice_call", "ussd_session", "message_status", "sent_message_reaction", "received_payment", "payment_status", "customer_activity", "comms_send_status", "comms_campaign_status",),
    "simulator": ("send_message", "make_voice_call", "send_customer_payment", "send_channel_payment", "checkout_payment",),
}
"""Event names (snake_case) by client kind."""

CAMEL_CASE: dict[str, str] = {
    "reminder": "reminder",
    "messaging_session_started": "messagingSessionStarted",
    "messaging_session_renewed": "messagingSessionRenewed",
    "messaging_session_ended": "messagingSessionEnded",
    "messaging_consent_update": "messagingConsentUpdate",
    "received_sms": "receivedSms",
    "received_fb_messenger": "receivedFbMessenger",
    "received_telegram": "receivedTelegram",
    "received_whatsapp": "receivedWhatsapp",
    "received_email": "receivedEmail",
    "voice_call": "voiceCall",
    "ussd_session": "ussdSession",
    "message_status": "messageStatus",
    "sent_message_reaction": "sentMessageReaction",
    "received_payment": "receivedPayment",
    "payment_status": "paymentStatus",
    "customer_activity": "customerActivity",
    "send_message": "sendMessage",
    "make_voice_call": "makeVoiceCall",
    "send_customer_payment": "sendCustomerPayment",
    "send_channel_payment": "sendChannelPayment",
    "checkout_payment": "checkoutPayment",
    "comms_send_status": "commsSendStatus",
    "comms_campaign_status": "commsCampaignStatus",
}
"""The spec's camelCase spelling of each event name."""

EVENT_CLASSES: dict[str, tuple[type, ...]] = {
    "reminder": (ReminderNotification,),
    "messaging_session_started": (MessagingSessionStartedNotification,),
    "messaging_session_renewed": (MessagingSessionRenewedNotification,),
    "messaging_session_ended": (MessagingSessionEndedNotification,),
    "messaging_consent_update": (MessagingConsentUpdateNotification,),
    "received_sms": (ReceivedSmsNotification,),
    "received_fb_messenger": (ReceivedFbMessengerNotification,),
    "received_telegram": (ReceivedTelegramNotification,),
    "received_whatsapp": (ReceivedWhatsappNotification,),
    "received_email": (ReceivedEmailNotification,),
    "voice_call": (VoiceCallNotification,),
    "ussd_session": (UssdSessionNotification,),
    "message_status": (MessageStatusNotification,),
    "sent_message_reaction": (SentMessageReactionNotification,),
    "received_payment": (ReceivedPaymentNotification,),
    "payment_status": (PaymentStatusNotification,),
    "customer_activity": (CustomerActivityNotification,),
    "send_message": (SendMessageSimulatorNotification,),
    "make_voice_call": (MakeVoiceCallSimulatorNotification,),
    "send_customer_payment": (SendCustomerPaymentSimulatorNotification,),
    "send_channel_payment": (SendChannelPaymentSimulatorNotification,),
    "checkout_payment": (CheckoutPaymentSimulatorNotification,),
    "comms_send_status": (CommsSendStatusNotification,),
    "comms_campaign_status": (CampaignStatusNotification,),
}

EVENT_TABLE: dict[tuple[str, str, str], str] = {
    ("ServerToAppCustomerNotification", "reminder", ""): "reminder",
    ("ServerToAppCustomerNotification", "messaging_session_started", ""): "messaging_session_started",
    ("ServerToAppCustomerNotification", "messaging_session_renewed", ""): "messaging_session_renewed",
    ("ServerToAppCustomerNotification", "messaging_session_ended", ""): "messaging_session_ended",
    ("ServerToAppCustomerNotification", "messaging_consent_update", ""): "messaging_consent_update",
    ("ServerToAppCustomerNotification", "received_message", "SMS"): "received_sms",
    ("ServerToAppCustomerNotification", "received_message", "FB_MESSENGER"): "received_fb_messenger",
    ("ServerToAppCustomerNotification", "received_message", "TELEGRAM"): "received_telegram",
    ("ServerToAppCustomerNotification", "received_message", "WHATSAPP"): "received_whatsapp",
    ("ServerToAppCustomerNotification", "received_message", "EMAIL"): "received_email",
    ("ServerToAppCustomerNotification", "received_message", "VOICE"): "voice_call",
    ("ServerToAppCustomerNotification", "received_message", "USSD"): "ussd_session",
    ("ServerToAppCustomerNotification", "message_status", ""): "message_status",
    ("ServerToAppCustomerNotification", "sent_message_reaction", ""): "sent_message_reaction",
    ("ServerToAppCustomerNotification", "received_payment", ""): "received_payment",
    ("ServerToAppCustomerNotification", "payment_status", ""): "payment_status",
    ("ServerToAppPurseNotification", "payment_status", ""): "payment_status",
    ("ServerToAppCustomerNotification", "customer_activity", ""): "customer_activity",
    ("ServerToSimulatorNotification", "send_message", ""): "send_message",
    ("ServerToSimulatorNotification", "make_voice_call", ""): "make_voice_call",
    ("ServerToSimulatorNotification", "send_customer_payment", ""): "send_customer_payment",
    ("ServerToSimulatorNotification", "send_channel_payment", ""): "send_channel_payment",
    ("ServerToSimulatorNotification", "checkout_payment", ""): "checkout_payment",
    ("ServerToAppCommsNotification", "send_status", ""): "comms_send_status",
    ("ServerToAppCommsNotification", "campaign_status", ""): "comms_campaign_status",
}
"""(carrier message, oneof entry, channel or "") -> event name."""


def parse_server_to_app_notification(env: _app_socket_pb2.ServerToAppNotification) -> tuple[str, CommsSendStatusNotification | CampaignStatusNotification | ReminderNotification | MessagingSessionStartedNotification | MessagingSessionRenewedNotification | MessagingSessionEndedNotification | MessagingConsentUpdateNotification | ReceivedSmsNotification | ReceivedFbMessengerNotification | ReceivedTelegramNotification | ReceivedWhatsappNotification | ReceivedEmailNotification | VoiceCallNotification | UssdSessionNotification | MessageStatusNotification | SentMessageReactionNotification | ReceivedPaymentNotification | PaymentStatusNotification | CustomerActivityNotification]:
    """The event name and dataclass of a notification."""
    w = env.WhichOneof("entry")
    if w == "comms":
        c1 = env.comms
        e = c1.WhichOneof("entry")
        if e == "send_status":
            return "comms_send_status", CommsSendStatusNotification._from_app_comms(c1, c1.send_status)
        if e == "campaign_status":
            return "comms_campaign_status", CampaignStatusNotification._from_app_comms(c1, c1.campaign_status)
        raise _UnknownNotificationError(f"ServerToAppCommsNotification entry {e!r} maps to no event")
    if w == "customer":
        c2 = env.customer
        e = c2.WhichOneof("entry")
        if e == "reminder":
            return "reminder", ReminderNotification._from_app_customer(c2, c2.reminder)
        if e == "messaging_session_started":
            return "messaging_session_started", MessagingSessionStartedNotification._from_app_customer(c2, c2.messaging_session_started)
        if e == "messaging_session_renewed":
            return "messaging_session_renewed", MessagingSessionRenewedNotification._from_app_customer(c2, c2.messaging_session_renewed)
        if e == "messaging_session_ended":
            return "messaging_session_ended", MessagingSessionEndedNotification._from_app_customer(c2, c2.messaging_session_ended)
        if e == "messaging_consent_update":
            return "messaging_consent_update", MessagingConsentUpdateNotification._from_app_customer(c2, c2.messaging_consent_update)
        if e == "received_message":
            ch = c2.received_message.channel_number.channel
            if ch == 1:  # SMS
                return "received_sms", ReceivedSmsNotification._from_app_customer(c2, c2.received_message)
            if ch == 4:  # FB_MESSENGER
                return "received_fb_messenger", ReceivedFbMessengerNotification._from_app_customer(c2, c2.received_message)
            if ch == 5:  # TELEGRAM
                return "received_telegram", ReceivedTelegramNotification._from_app_customer(c2, c2.received_message)
            if ch == 6:  # WHATSAPP
                return "received_whatsapp", ReceivedWhatsappNotification._from_app_customer(c2, c2.received_message)
            if ch == 7:  # EMAIL
                return "received_email", ReceivedEmailNotification._from_app_customer(c2, c2.received_message)
            if ch == 2:  # VOICE
                return "voice_call", VoiceCallNotification._from_app_customer(c2, c2.received_message)
            if ch == 3:  # USSD
                return "ussd_session", UssdSessionNotification._from_app_customer(c2, c2.received_message)
            raise _UnknownNotificationError(f"received_message on channel {ch} maps to no event")
        if e == "message_status":
            return "message_status", MessageStatusNotification._from_app_customer(c2, c2.message_status)
        if e == "sent_message_reaction":
            return "sent_message_reaction", SentMessageReactionNotification._from_app_customer(c2, c2.sent_message_reaction)
        if e == "received_payment":
            return "received_payment", ReceivedPaymentNotification._from_app_customer(c2, c2.received_payment)
        if e == "payment_status":
            return "payment_status", PaymentStatusNotification._from_app_customer(c2, c2.payment_status)
        if e == "customer_activity":
            return "customer_activity", CustomerActivityNotification._from_app_customer(c2, c2.customer_activity)
        raise _UnknownNotificationError(f"ServerToAppCustomerNotification entry {e!r} maps to no event")
    if w == "purse":
        c3 = env.purse
        e = c3.WhichOneof("entry")
        if e == "payment_status":
            return "payment_status", PaymentStatusNotification._from_app_purse(c3, c3.payment_status)
        raise _UnknownNotificationError(f"ServerToAppPurseNotification entry {e!r} maps to no event")
    raise _UnknownNotificationError(f"ServerToAppNotification entry {w!r} maps to no event")


def parse_server_to_simulator_notification(env: _simulator_socket_pb2.ServerToSimulatorNotification) -> tuple[str, SendMessageSimulatorNotification | MakeVoiceCallSimulatorNotification | SendCustomerPaymentSimulatorNotification | SendChannelPaymentSimulatorNotification | CheckoutPaymentSimulatorNotification]:
    """The event name and dataclass of a notification."""
    c1 = env
    e = c1.WhichOneof("entry")
    if e == "send_message":
        return "send_message", SendMessageSimulatorNotification._from_simulator(c1, c1.send_message)
    if e == "make_voice_call":
        return "make_voice_call", MakeVoiceCallSimulatorNotification._from_simulator(c1, c1.make_voice_call)
    if e == "send_customer_payment":
        return "send_customer_payment", SendCustomerPaymentSimulatorNotification._from_simulator(c1, c1.send_customer_payment)
    if e == "send_channel_payment":
        return "send_channel_payment", SendChannelPaymentSimulatorNotification._from_simulator(c1, c1.send_channel_payment)
    if e == "checkout_payment":
        return "checkout_payment", CheckoutPaymentSimulatorNotification._from_simulator(c1, c1.checkout_payment)
    raise _UnknownNotificationError(f"ServerToSimulatorNotification entry {e!r} maps to no event")
