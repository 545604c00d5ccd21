# generated from proto/ by `python -m codegen`; do not edit.
"""Dataclasses and enums for the public models of the Elarian wire schema.

Each dataclass converts to and from its protobuf message with ``to_proto()`` /
``from_proto()``. Wrapper fields are ``Optional``, Timestamps aware datetimes,
Durations timedeltas; each oneof is a set of optional fields of which
``which_<group>()`` names the one that is set.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Literal

from elarian_sync._args import check_oneof as _check_oneof
from elarian_sync._args import FieldTypes as _FieldTypes
from elarian_sync._args import oneof_error as _oneof_error
from elarian_sync._args import value_error as _value_error
from elarian_sync._convert import accept_renamed as _accept_renamed
from elarian_sync._convert import duration as _duration
from elarian_sync._convert import EnumTable as _EnumTable
from elarian_sync._convert import ProtoEnum as _ProtoEnum
from elarian_sync._convert import renamed as _renamed
from elarian_sync._convert import set_duration as _set_duration
from elarian_sync._convert import set_timestamp as _set_timestamp
from elarian_sync._convert import timestamp as _timestamp
from elarian_sync._convert import timestamp_or_none as _timestamp_or_none
from elarian_sync._convert import wrapped_value as _wrapped_value
from elarian_sync._lazy import lazy_list as _lazy_list
from elarian_sync._lazy import field_state as _field_state
from elarian_sync._lazy import load_field as _load_field
from elarian_sync._lazy import Reader as _Reader

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
    "PROTO_TYPES",
    "CustomerNumberProvider",
    "ChannelNumberProvider",
    "MediaType",
    "CustomerEventDirection",
    "CustomerRequestOrigin",
    "CommsChannel",
    "CommsCategory",
    "CommsSendStatus",
    "SmsEncoding",
    "OtpVerdict",
    "ReportOutcome",
    "AudienceState",
    "CampaignState",
    "WebhookDeliveryStatus",
    "InboundEventStatus",
    "Channel",
    "ConsentAction",
    "MessagingConsentUpdateStatus",
    "MessagingSessionEndReason",
    "MessageReaction",
    "PromptMessageReplyAction",
    "MessageDeliveryStatus",
    "VoiceCallStatus",
    "VoiceCallHangupCause",
    "UssdSessionStatus",
    "TextToSpeechVoice",
    "PaymentChannel",
    "PaymentStatus",
    "Cash",
    "SecondaryId",
    "Tag",
    "AppConnectionProps",
    "CustomerNumber",
    "Activity",
    "ActivitySessionState",
    "ActivityState",
    "Reminder",
    "AppState",
    "TemplateVariant",
    "CommsTemplate",
    "CommsRecipient",
    "CommsSendOutcome",
    "CommsReply",
    "TemplateReply",
    "TemplateListReply",
    "PreviewTemplateReply",
    "GlobalVariable",
    "GlobalVariablesReply",
    "CommsEvent",
    "EventReply",
    "EventListReply",
    "CommsSendReply",
    "OtpConfig",
    "OtpConfigsReply",
    "SendOtpReply",
    "VerifyOtpReply",
    "ProviderInfo",
    "ProviderDefaults",
    "ProvidersReply",
    "CommsReport",
    "ReportsReply",
    "Audience",
    "AudienceRow",
    "AudienceReply",
    "AudienceListReply",
    "AudienceReject",
    "AudienceRejectsReply",
    "AudienceMember",
    "AudienceMembersReply",
    "Campaign",
    "CampaignEstimate",
    "CampaignProgress",
    "CampaignReply",
    "CampaignListReply",
    "Suppression",
    "SuppressionsReply",
    "AuditEntry",
    "AuditLogReply",
    "WebhookConnector",
    "InboundConnector",
    "ConnectorsReply",
    "WebhookDelivery",
    "WebhookDeliveriesReply",
    "ConnectorCountReply",
    "InboundEvent",
    "InboundEventReply",
    "IdentityState",
    "MessagingChannel",
    "Media",
    "Location",
    "Email",
    "Template",
    "Say",
    "Play",
    "GetDigits",
    "GetRecording",
    "RecordSession",
    "Dial",
    "Enqueue",
    "Dequeue",
    "Reject",
    "Redirect",
    "VoiceAction",
    "VoiceCallDialInput",
    "VoiceCallQueueInput",
    "VoiceCallInput",
    "UssdInput",
    "UssdMenu",
    "MessageBody",
    "PromptMenuItem",
    "InboundMessageBody",
    "ReplyPrompt",
    "Message",
    "ReceivedMessage",
    "SentMessage",
    "MessageReactionState",
    "MessageReplyToken",
    "ChannelMessage",
    "CompleteMessagingSession",
    "BlockedMessagingChannelState",
    "ActiveMessagingChannelState",
    "InSessionMessagingChannelState",
    "MessagingChannelState",
    "MessagingState",
    "MessageStatusUpdate",
    "MessageSessionUpdate",
    "PaymentChannelNumber",
    "PendingPaymentTransaction",
    "PaymentBalance",
    "PaymentPurseCounterParty",
    "PaymentWalletCounterParty",
    "PaymentCustomerCounterParty",
    "PaymentChannelCounterParty",
    "PaymentCounterParty",
    "PaymentTransaction",
    "PaymentState",
    "AppConnectionMetadata",
    "AuthToken",
    "GetCustomerStateReply",
    "CustomerState",
    "CustomerStateUpdateReply",
    "UpdateCustomerAppDataReply",
    "LeaseCustomerAppDataReply",
    "MessageReply",
    "ConsentUpdateReply",
    "InitiatePaymentReply",
    "ReplayPaymentReply",
    "TagUpdateReply",
    "CustomerActivityReply",
    "AppDataUpdate",
    "ServerToAppNotificationReply",
    "SimulatorReply",
    "ServerToSimulatorNotificationReply",
]


class CustomerNumberProvider(_ProtoEnum):
    """Who carries a customer's number (the kind of address it is).

    Wire enum: ``com.elarian.hera.proto.CustomerNumberProvider``.
    """

    UNSPECIFIED = 0
    FACEBOOK = 1
    CELLULAR = 2
    TELEGRAM = 3
    WEB = 4
    EMAIL = 5
    APP = 4
    """Deprecated alias of WEB."""


_CustomerNumberProvider_BY_NUMBER = _EnumTable(CustomerNumberProvider)


class ChannelNumberProvider(_ProtoEnum):
    """The upstream provider behind one of the org's channel numbers.

    Wire enum: ``com.elarian.hera.proto.ChannelNumberProvider``.
    """

    UNSPECIFIED = 0
    AT = 1
    TWILIO = 2
    MAILGUN = 3
    FACEBOOK = 4
    TELEGRAM = 5


_ChannelNumberProvider_BY_NUMBER = _EnumTable(ChannelNumberProvider)


class MediaType(_ProtoEnum):
    """What a media attachment holds.

    Wire enum: ``com.elarian.hera.proto.MediaType``.
    """

    UNSPECIFIED = 0
    IMAGE = 1
    AUDIO = 2
    VIDEO = 3
    DOCUMENT = 4
    VOICE = 5
    STICKER = 6
    CONTACT = 7


_MediaType_BY_NUMBER = _EnumTable(MediaType)


class CustomerEventDirection(_ProtoEnum):
    """Whether the customer started an exchange or the org did.

    Wire enum: ``com.elarian.hera.proto.CustomerEventDirection``.
    """

    UNSPECIFIED = 0
    INBOUND = 1
    OUTBOUND = 2


_CustomerEventDirection_BY_NUMBER = _EnumTable(CustomerEventDirection)


class CustomerRequestOrigin(_ProtoEnum):
    """Why the runtime acted on a customer: a direct command, a tag fan-out or a replay.

    Wire enum: ``com.elarian.hera.proto.CustomerRequestOrigin``.
    """

    UNSPECIFIED = 0
    API_REQUEST = 1
    CUSTOMER_TAG = 2
    REPLAY = 3


_CustomerRequestOrigin_BY_NUMBER = _EnumTable(CustomerRequestOrigin)


class CommsChannel(_ProtoEnum):
    """What a template renders, and where a send goes.

    Wire enum: ``com.elarian.hera.proto.CommsChannel``.
    """

    UNSPECIFIED = 0
    SMS = 1
    EMAIL = 2


_CommsChannel_BY_NUMBER = _EnumTable(CommsChannel)


class CommsCategory(_ProtoEnum):
    """Why a message is sent: it chooses the providers and the checks (promotional sends also check
the org's suppression list).

    Wire enum: ``com.elarian.hera.proto.CommsCategory``.
    """

    UNSPECIFIED = 0
    TRANSACTIONAL = 1
    OTP = 2
    PROMOTIONAL = 3


_CommsCategory_BY_NUMBER = _EnumTable(CommsCategory)


class CommsSendStatus(_ProtoEnum):
    """Where one send stands.

    Wire enum: ``com.elarian.hera.proto.CommsSendStatus``.
    """

    UNSPECIFIED = 0
    QUEUED = 1
    SENDING = 2
    SENT = 3
    DELIVERED = 4
    FAILED = 5
    SKIPPED = 6
    UNKNOWN = 7


_CommsSendStatus_BY_NUMBER = _EnumTable(CommsSendStatus)


class SmsEncoding(_ProtoEnum):
    """The text encoding an SMS needs, which sets its segment size.

    Wire enum: ``com.elarian.hera.proto.SmsEncoding``.
    """

    UNSPECIFIED = 0
    GSM7 = 1
    UCS2 = 2


_SmsEncoding_BY_NUMBER = _EnumTable(SmsEncoding)


class OtpVerdict(_ProtoEnum):
    """OtpVerdict.

    Wire enum: ``com.elarian.hera.proto.OtpVerdict``.
    """

    UNSPECIFIED = 0
    APPROVED = 1
    INVALID = 2
    EXPIRED = 3
    TOO_MANY_ATTEMPTS = 4
    USED = 5


_OtpVerdict_BY_NUMBER = _EnumTable(OtpVerdict)


class ReportOutcome(_ProtoEnum):
    """ReportOutcome.

    Wire enum: ``com.elarian.hera.proto.ReportOutcome``.
    """

    ANY = 0
    SUCCESS = 1
    ERROR = 2


_ReportOutcome_BY_NUMBER = _EnumTable(ReportOutcome)


class AudienceState(_ProtoEnum):
    """AudienceState.

    Wire enum: ``com.elarian.hera.proto.AudienceState``.
    """

    UNSPECIFIED = 0
    IMPORTING = 1
    READY = 2


_AudienceState_BY_NUMBER = _EnumTable(AudienceState)


class CampaignState(_ProtoEnum):
    """CampaignState.

    Wire enum: ``com.elarian.hera.proto.CampaignState``.
    """

    UNSPECIFIED = 0
    DRAFT = 1
    SCHEDULED = 2
    RUNNING = 3
    PAUSED = 4
    CANCELLED = 5
    FINISHED = 6


_CampaignState_BY_NUMBER = _EnumTable(CampaignState)


class WebhookDeliveryStatus(_ProtoEnum):
    """WebhookDeliveryStatus.

    Wire enum: ``com.elarian.hera.proto.WebhookDeliveryStatus``.
    """

    UNSPECIFIED = 0
    PENDING = 1
    DELIVERED = 2
    FAILED = 3


_WebhookDeliveryStatus_BY_NUMBER = _EnumTable(WebhookDeliveryStatus)


class InboundEventStatus(_ProtoEnum):
    """InboundEventStatus.

    Wire enum: ``com.elarian.hera.proto.InboundEventStatus``.
    """

    UNSPECIFIED = 0
    QUEUED = 1
    APPLIED = 2
    IGNORED = 3
    FAILED = 4


_InboundEventStatus_BY_NUMBER = _EnumTable(InboundEventStatus)


class Channel(_ProtoEnum):
    """Channel.

    Wire enum: ``com.elarian.hera.proto.MessagingChannel``.
    """

    UNSPECIFIED = 0
    SMS = 1
    VOICE = 2
    USSD = 3
    FB_MESSENGER = 4
    TELEGRAM = 5
    WHATSAPP = 6
    EMAIL = 7


_Channel_BY_NUMBER = _EnumTable(Channel)


class ConsentAction(_ProtoEnum):
    """A customer's choice to receive messages on a channel, or not.

    Wire enum: ``com.elarian.hera.proto.MessagingConsentUpdate``.
    """

    UNSPECIFIED = 0
    ALLOW = 1
    BLOCK = 2


_ConsentAction_BY_NUMBER = _EnumTable(ConsentAction)


class MessagingConsentUpdateStatus(_ProtoEnum):
    """MessagingConsentUpdateStatus.

    Wire enum: ``com.elarian.hera.proto.MessagingConsentUpdateStatus``.
    """

    UNSPECIFIED = 0
    QUEUED = 100
    COMPLETED = 300
    INVALID_CHANNEL_NUMBER = 401
    DECOMMISSIONED_CUSTOMER_ID = 402
    APPLICATION_ERROR = 501


_MessagingConsentUpdateStatus_BY_NUMBER = _EnumTable(MessagingConsentUpdateStatus)


class MessagingSessionEndReason(_ProtoEnum):
    """MessagingSessionEndReason.

    Wire enum: ``com.elarian.hera.proto.MessagingSessionEndReason``.
    """

    UNSPECIFIED = 0
    NORMAL_CLEARING = 100
    INACTIVITY = 200
    FAILURE = 300


_MessagingSessionEndReason_BY_NUMBER = _EnumTable(MessagingSessionEndReason)


class MessageReaction(_ProtoEnum):
    """MessageReaction.

    Wire enum: ``com.elarian.hera.proto.MessageReaction``.
    """

    UNSPECIFIED = 0
    CLICKED = 100
    UNSUBSCRIBED = 200
    COMPLAINED = 201


_MessageReaction_BY_NUMBER = _EnumTable(MessageReaction)


class PromptMessageReplyAction(_ProtoEnum):
    """What kind of answer a prompt asks the customer for.

    Wire enum: ``com.elarian.hera.proto.PromptMessageReplyAction``.
    """

    UNSPECIFIED = 0
    TEXT = 1
    PHONE_NUMBER = 2
    EMAIL = 3
    LOCATION = 4
    URL = 5


_PromptMessageReplyAction_BY_NUMBER = _EnumTable(PromptMessageReplyAction)


class MessageDeliveryStatus(_ProtoEnum):
    """Where a message is in its life. 1xx: on its way; 3xx: arrived; 4xx and
5xx: it could not be sent, and why.

    Wire enum: ``com.elarian.hera.proto.MessageDeliveryStatus``.
    """

    UNSPECIFIED = 0
    QUEUED = 100
    SENT = 101
    DELIVERED = 300
    READ = 301
    RECEIVED = 302
    SESSION_INITIATED = 303
    FAILED = 400
    NO_CONSENT = 401
    NO_CAPABILITY = 402
    EXPIRED = 403
    NO_SESSION_IN_PROGRESS = 404
    OTHER_SESSION_IN_PROGRESS = 405
    INVALID_REPLY_TOKEN = 406
    INVALID_CHANNEL_NUMBER = 407
    NOT_SUPPORTED = 408
    INVALID_REPLY_TO_MESSAGE_ID = 409
    INVALID_CUSTOMER_ID = 410
    DUPLICATE_REQUEST = 411
    TAG_NOT_FOUND = 412
    CUSTOMER_NUMBER_NOT_FOUND = 413
    DECOMMISSIONED_CUSTOMERID = 414
    REJECTED = 415
    INVALID_REQUEST = 416
    INSUFFICIENT_CREDITS = 417
    APPLICATION_ERROR = 501


_MessageDeliveryStatus_BY_NUMBER = _EnumTable(MessageDeliveryStatus)


class VoiceCallStatus(_ProtoEnum):
    """VoiceCallStatus.

    Wire enum: ``com.elarian.hera.proto.VoiceCallStatus``.
    """

    UNSPECIFIED = 0
    QUEUED = 100
    ANSWERED = 101
    RINGING = 102
    ACTIVE = 200
    DIALING = 201
    DIAL_COMPLETED = 202
    BRIDGED = 203
    ENQUEUED = 204
    DEQUEUED = 205
    TRANSFERRED = 206
    TRANSFER_COMPLETED = 207
    COMPLETED = 300
    INSUFFICIENT_CREDIT = 400
    NOT_ANSWERED = 401
    INVALID_PHONE_NUMBER = 402
    DESTINATION_NOT_SUPPORTED = 403
    DECOMMISSIONED_CUSTOMERID = 404
    EXPIRED = 405
    INVALID_CHANNEL_NUMBER = 406
    APPLICATION_ERROR = 501


_VoiceCallStatus_BY_NUMBER = _EnumTable(VoiceCallStatus)


class VoiceCallHangupCause(_ProtoEnum):
    """Why a call ended; the numbers follow the telephony (Q.850/SIP) causes.

    Wire enum: ``com.elarian.hera.proto.VoiceCallHangupCause``.
    """

    UNSPECIFIED = 0
    UNALLOCATED_NUMBER = 1
    USER_BUSY = 17
    NORMAL_CLEARING = 16
    NO_USER_RESPONSE = 18
    NO_ANSWER = 19
    SUBSCRIBER_ABSENT = 20
    CALL_REJECTED = 21
    NORMAL_UNSPECIFIED = 31
    NORMAL_TEMPORARY_FAILURE = 41
    SERVICE_UNAVAILABLE = 63
    RECOVERY_ON_TIMER_EXPIRE = 102
    ORIGINATOR_CANCEL = 487
    LOSE_RACE = 502
    USER_NOT_REGISTERED = 606


_VoiceCallHangupCause_BY_NUMBER = _EnumTable(VoiceCallHangupCause)


class UssdSessionStatus(_ProtoEnum):
    """UssdSessionStatus.

    Wire enum: ``com.elarian.hera.proto.UssdSessionStatus``.
    """

    UNSPECIFIED = 0
    ACTIVE = 100
    INCOMPLETE = 200
    COMPLETED = 201
    APP_ERROR = 300


_UssdSessionStatus_BY_NUMBER = _EnumTable(UssdSessionStatus)


class TextToSpeechVoice(_ProtoEnum):
    """TextToSpeechVoice.

    Wire enum: ``com.elarian.hera.proto.TextToSpeechVoice``.
    """

    UNSPECIFIED = 0
    MALE = 1
    FEMALE = 2


_TextToSpeechVoice_BY_NUMBER = _EnumTable(TextToSpeechVoice)


class PaymentChannel(_ProtoEnum):
    """PaymentChannel.

    Wire enum: ``com.elarian.hera.proto.PaymentChannel``.
    """

    UNSPECIFIED = 0
    CELLULAR = 1
    AIRTIME = 2


_PaymentChannel_BY_NUMBER = _EnumTable(PaymentChannel)


class PaymentStatus(_ProtoEnum):
    """Where a payment is. 1xx: under way; 2xx: refused before it started;
3xx: done; 4xx: failed; 5xx: undone.

    Wire enum: ``com.elarian.hera.proto.PaymentStatus``.
    """

    UNSPECIFIED = 0
    QUEUED = 100
    PENDING_CONFIRMATION = 101
    PENDING_VALIDATION = 102
    VALIDATED = 103
    INVALID_REQUEST = 200
    NOT_SUPPORTED = 201
    INSUFFICIENT_FUNDS = 202
    APPLICATION_ERROR = 203
    NOT_ALLOWED = 204
    DUPLICATE_REQUEST = 205
    INVALID_PURSE = 206
    INVALID_WALLET = 207
    DECOMMISSIONED_CUSTOMER_ID = 299
    SUCCESS = 300
    FAILED = 400
    THROTTLED = 401
    EXPIRED = 402
    REJECTED = 403
    REVERSED = 500
    PASS_THROUGH = 501


_PaymentStatus_BY_NUMBER = _EnumTable(PaymentStatus)


def _read_DataMapValue(m: _common_pb2.DataMapValue) -> str | bytes:
    w = m.WhichOneof("value")
    if w == "bytes_val":
        return m.bytes_val
    return m.string_val


def _write_DataMapValue(p: _common_pb2.DataMapValue, v: str | bytes) -> None:
    if isinstance(v, str):
        p.string_val = v
    elif isinstance(v, bytes):
        p.bytes_val = v
    else:
        raise TypeError(f"expected str or bytes, got {type(v).__name__}")


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class Cash:
    """An amount of money in one currency (ISO 4217 code).

    Wire message: ``com.elarian.hera.proto.Cash``.
    """

    __slots__ = ("currency_code", "amount",)

    currency_code: str
    amount: float

    def __init__(
        self,
        *,
        currency_code: str = "",
        amount: float = 0.0,
    ) -> None:
        self.currency_code = currency_code
        self.amount = amount

    def __repr__(self) -> str:
        return f"Cash(currency_code={self.currency_code!r}, amount={self.amount!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Cash) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.currency_code, self.amount,) == (other.currency_code, other.amount,)

    @classmethod
    def from_proto(cls, m: _common_pb2.Cash) -> Cash:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.currency_code = m.currency_code
        o.amount = m.amount
        return o

    def to_proto(self) -> _common_pb2.Cash:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _common_pb2.Cash()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("Cash", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _common_pb2.Cash) -> None:
        p.currency_code = self.currency_code
        p.amount = self.amount


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class SecondaryId:
    """A key with an optional value: a tag or a secondary id.

    Wire message: ``com.elarian.hera.proto.IndexMapping``.
    """

    __slots__ = ("key", "value",)

    key: str
    value: str | None

    def __init__(
        self,
        *,
        key: str = "",
        value: str | None = None,
    ) -> None:
        self.key = key
        self.value = value

    def __repr__(self) -> str:
        return f"SecondaryId(key={self.key!r}, value={self.value!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SecondaryId) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.key, self.value,) == (other.key, other.value,)

    @classmethod
    def from_proto(cls, m: _common_pb2.IndexMapping) -> SecondaryId:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.key = m.key
        o.value = m.value.value if m.HasField("value") else None
        return o

    def to_proto(self) -> _common_pb2.IndexMapping:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _common_pb2.IndexMapping()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("SecondaryId", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _common_pb2.IndexMapping) -> None:
        p.key = self.key
        if self.value is not None:
            t_value = p.value
            t_value.value = self.value


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class Tag:
    """An index entry held by a customer, optionally expiring.

    Wire message: ``com.elarian.hera.proto.CustomerIndex``.
    """

    __slots__ = ("key", "value", "expires_at",)

    key: str
    value: str | None
    expires_at: datetime | None

    def __init__(
        self,
        *,
        key: str = "",
        value: str | None = None,
        expires_at: datetime | None = None,
    ) -> None:
        self.key = key
        self.value = value
        self.expires_at = expires_at

    def __repr__(self) -> str:
        return f"Tag(key={self.key!r}, value={self.value!r}, expires_at={self.expires_at!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Tag) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.key, self.value, self.expires_at,) == (other.key, other.value, other.expires_at,)

    @classmethod
    def from_proto(cls, m: _common_pb2.CustomerIndex) -> Tag:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.key = m.mapping.key
        o.value = m.mapping.value.value if m.mapping.HasField("value") else None
        o.expires_at = _timestamp_or_none(m.expires_at) if m.HasField("expires_at") else None
        return o

    def to_proto(self) -> _common_pb2.CustomerIndex:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _common_pb2.CustomerIndex()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("Tag", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _common_pb2.CustomerIndex) -> None:
        p.mapping.SetInParent()
        p.mapping.key = self.key
        if self.value is not None:
            t_value = p.mapping.value
            t_value.value = self.value
        if self.expires_at is not None:
            t_expires_at = p.expires_at
            _set_timestamp(t_expires_at, self.expires_at)


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class AppConnectionProps:
    """Facts about one live app connection.

    Wire message: ``com.elarian.hera.proto.AppConnectionProps``.
    """

    __slots__ = ("connection_id", "connection_time", "ip_address", "simplex_mode",)

    connection_id: str
    connection_time: datetime | None
    ip_address: str | None
    simplex_mode: bool

    def __init__(
        self,
        *,
        connection_id: str = "",
        connection_time: datetime | None = None,
        ip_address: str | None = None,
        simplex_mode: bool = False,
    ) -> None:
        self.connection_id = connection_id
        self.connection_time = connection_time
        self.ip_address = ip_address
        self.simplex_mode = simplex_mode

    def __repr__(self) -> str:
        return f"AppConnectionProps(connection_id={self.connection_id!r}, connection_time={self.connection_time!r}, ip_address={self.ip_address!r}, simplex_mode={self.simplex_mode!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, AppConnectionProps) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.connection_id, self.connection_time, self.ip_address, self.simplex_mode,) == (other.connection_id, other.connection_time, other.ip_address, other.simplex_mode,)

    @classmethod
    def from_proto(cls, m: _common_pb2.AppConnectionProps) -> AppConnectionProps:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.connection_id = m.connection_id
        o.connection_time = _timestamp(m.connection_time) if m.HasField("connection_time") else None
        o.ip_address = m.ip_address.value if m.HasField("ip_address") else None
        o.simplex_mode = m.simplex_mode
        return o

    def to_proto(self) -> _common_pb2.AppConnectionProps:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _common_pb2.AppConnectionProps()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("AppConnectionProps", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _common_pb2.AppConnectionProps) -> None:
        p.connection_id = self.connection_id
        if self.connection_time is not None:
            t_connection_time = p.connection_time
            _set_timestamp(t_connection_time, self.connection_time)
        if self.ip_address is not None:
            t_ip_address = p.ip_address
            t_ip_address.value = self.ip_address
        p.simplex_mode = self.simplex_mode


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class CustomerNumber:
    """The address a customer is reached at: a phone number, a chat handle, an email address.

    Wire message: ``com.elarian.hera.proto.CustomerNumber``.
    """

    __slots__ = ("provider", "number", "partition",)

    provider: CustomerNumberProvider
    number: str
    partition: str | None
    """Optional sub-space of the provider's numbers."""

    def __init__(
        self,
        *,
        provider: CustomerNumberProvider = CustomerNumberProvider.UNSPECIFIED,
        number: str = "",
        partition: str | None = None,
    ) -> None:
        self.provider = provider
        self.number = number
        self.partition = partition

    def __repr__(self) -> str:
        return f"CustomerNumber(provider={self.provider!r}, number={self.number!r}, partition={self.partition!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CustomerNumber) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.provider, self.number, self.partition,) == (other.provider, other.number, other.partition,)

    @classmethod
    def from_proto(cls, m: _common_pb2.CustomerNumber) -> CustomerNumber:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.provider = _CustomerNumberProvider_BY_NUMBER[m.provider]
        o.number = m.number
        o.partition = m.partition.value if m.HasField("partition") else None
        return o

    def to_proto(self) -> _common_pb2.CustomerNumber:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _common_pb2.CustomerNumber()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("CustomerNumber", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _common_pb2.CustomerNumber) -> None:
        p.provider = self.provider  # type: ignore[assignment]
        p.number = self.number
        if self.partition is not None:
            t_partition = p.partition
            t_partition.value = self.partition


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class Activity:
    """One thing the customer did, with free-form string properties.

    Wire message: ``com.elarian.hera.proto.CustomerActivity``.
    """

    __slots__ = ("key", "properties", "created_at",)

    key: str
    properties: dict[str, str]
    created_at: datetime | None

    def __init__(
        self,
        *,
        key: str = "",
        properties: dict[str, str] | None = None,
        created_at: datetime | None = None,
    ) -> None:
        self.key = key
        self.properties = {} if properties is None else properties
        self.created_at = created_at

    def __repr__(self) -> str:
        return f"Activity(key={self.key!r}, properties={self.properties!r}, created_at={self.created_at!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Activity) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.key, self.properties, self.created_at,) == (other.key, other.properties, other.created_at,)

    @classmethod
    def from_proto(cls, m: _activity_pb2.CustomerActivity) -> Activity:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.key = m.key
        o.properties = dict(m.properties)
        o.created_at = _timestamp(m.created_at) if m.HasField("created_at") else None
        return o

    def to_proto(self) -> _activity_pb2.CustomerActivity:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _activity_pb2.CustomerActivity()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("Activity", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _activity_pb2.CustomerActivity) -> None:
        p.key = self.key
        p.properties.update(self.properties)
        if self.created_at is not None:
            t_created_at = p.created_at
            _set_timestamp(t_created_at, self.created_at)


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class ActivitySessionState:
    """The activities of one session from one source.

    Wire message: ``com.elarian.hera.proto.ActivitySessionState``.
    """

    __slots__ = ("customer_number", "source", "session_id", "app_id", "activities", "created_at", "updated_at", "_src",)

    customer_number: CustomerNumber | None
    source: str
    session_id: str
    app_id: str
    activities: list[Activity]
    created_at: datetime | None
    updated_at: datetime | None

    def __init__(
        self,
        *,
        customer_number: CustomerNumber | None = None,
        source: str = "",
        session_id: str = "",
        app_id: str = "",
        activities: list[Activity] | None = None,
        created_at: datetime | None = None,
        updated_at: datetime | None = None,
    ) -> None:
        self.customer_number = customer_number
        self.source = source
        self.session_id = session_id
        self.app_id = app_id
        self.activities = [] if activities is None else activities
        self.created_at = created_at
        self.updated_at = updated_at

    def __repr__(self) -> str:
        return f"ActivitySessionState(customer_number={self.customer_number!r}, source={self.source!r}, session_id={self.session_id!r}, app_id={self.app_id!r}, activities={self.activities!r}, created_at={self.created_at!r}, updated_at={self.updated_at!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ActivitySessionState) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.customer_number, self.source, self.session_id, self.app_id, self.activities, self.created_at, self.updated_at,) == (other.customer_number, other.source, other.session_id, other.app_id, other.activities, other.created_at, other.updated_at,)

    @classmethod
    def from_proto(cls, m: _activity_pb2.ActivitySessionState) -> ActivitySessionState:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.source = m.source
        o.session_id = m.session_id
        o.app_id = m.app_id
        o.activities = (_lazy_list(r_activities, Activity.from_proto) if (r_activities := m.activities) else [])
        o.created_at = _timestamp(m.created_at) if m.HasField("created_at") else None
        o.updated_at = _timestamp(m.updated_at) if m.HasField("updated_at") else None
        o._src = m  # customer_number: on first read
        return o

    if TYPE_CHECKING:
        _src: Any
    else:

        def __getattr__(self, name: str) -> Any:
            return _load_field(self, name, _LAZY_ActivitySessionState)

        def __getstate__(self) -> Any:
            return _field_state(self)

    def to_proto(self) -> _activity_pb2.ActivitySessionState:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _activity_pb2.ActivitySessionState()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("ActivitySessionState", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _activity_pb2.ActivitySessionState) -> None:
        if self.customer_number is not None:
            t_customer_number = p.customer_number
            t_customer_number.SetInParent()
            self.customer_number._write(t_customer_number)
        p.source = self.source
        p.session_id = self.session_id
        p.app_id = self.app_id
        for x_activities in self.activities:
            t_activities = p.activities.add()
            x_activities._write(t_activities)
        if self.created_at is not None:
            t_created_at = p.created_at
            _set_timestamp(t_created_at, self.created_at)
        if self.updated_at is not None:
            t_updated_at = p.updated_at
            _set_timestamp(t_updated_at, self.updated_at)


_LAZY_ActivitySessionState: dict[str, _Reader] = {
    "customer_number": lambda m: CustomerNumber.from_proto(m.customer_number) if m.HasField("customer_number") else None,
}


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class ActivityState:
    """ActivityState.

    Wire message: ``com.elarian.hera.proto.ActivityState``.
    """

    __slots__ = ("sessions", "customer_numbers",)

    sessions: list[ActivitySessionState]
    customer_numbers: list[CustomerNumber]

    def __init__(
        self,
        *,
        sessions: list[ActivitySessionState] | None = None,
        customer_numbers: list[CustomerNumber] | None = None,
    ) -> None:
        self.sessions = [] if sessions is None else sessions
        self.customer_numbers = [] if customer_numbers is None else customer_numbers

    def __repr__(self) -> str:
        return f"ActivityState(sessions={self.sessions!r}, customer_numbers={self.customer_numbers!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ActivityState) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.sessions, self.customer_numbers,) == (other.sessions, other.customer_numbers,)

    @classmethod
    def from_proto(cls, m: _activity_pb2.ActivityState) -> ActivityState:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.sessions = (_lazy_list(r_sessions, ActivitySessionState.from_proto) if (r_sessions := m.sessions) else [])
        o.customer_numbers = (_lazy_list(r_customer_numbers, CustomerNumber.from_proto) if (r_customer_numbers := m.customer_numbers) else [])
        return o

    def to_proto(self) -> _activity_pb2.ActivityState:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _activity_pb2.ActivityState()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("ActivityState", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _activity_pb2.ActivityState) -> None:
        for x_sessions in self.sessions:
            t_sessions = p.sessions.add()
            x_sessions._write(t_sessions)
        for x_customer_numbers in self.customer_numbers:
            t_customer_numbers = p.customer_numbers.add()
            x_customer_numbers._write(t_customer_numbers)


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class Reminder:
    """A reminder the runtime fires back to the app at remind_at, and again every
interval when one is given.

    Wire message: ``com.elarian.hera.proto.CustomerReminder``.
    """

    __slots__ = ("key", "remind_at", "interval", "payload",)

    key: str
    remind_at: datetime | None
    interval: timedelta | None
    payload: str | None

    def __init__(
        self,
        *,
        key: str = "",
        remind_at: datetime | None = None,
        interval: timedelta | None = None,
        payload: str | None = None,
    ) -> None:
        self.key = key
        self.remind_at = remind_at
        self.interval = interval
        self.payload = payload

    def __repr__(self) -> str:
        return f"Reminder(key={self.key!r}, remind_at={self.remind_at!r}, interval={self.interval!r}, payload={self.payload!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Reminder) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.key, self.remind_at, self.interval, self.payload,) == (other.key, other.remind_at, other.interval, other.payload,)

    @classmethod
    def from_proto(cls, m: _app_pb2.CustomerReminder) -> Reminder:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.key = m.key
        o.remind_at = _timestamp(m.remind_at) if m.HasField("remind_at") else None
        o.interval = _duration(m.interval) if m.HasField("interval") else None
        o.payload = m.payload.value if m.HasField("payload") else None
        return o

    def to_proto(self) -> _app_pb2.CustomerReminder:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _app_pb2.CustomerReminder()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("Reminder", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _app_pb2.CustomerReminder) -> None:
        p.key = self.key
        if self.remind_at is not None:
            t_remind_at = p.remind_at
            _set_timestamp(t_remind_at, self.remind_at)
        if self.interval is not None:
            t_interval = p.interval
            _set_duration(t_interval, self.interval)
        if self.payload is not None:
            t_payload = p.payload
            t_payload.value = self.payload


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class AppState:
    """AppState.

    Wire message: ``com.elarian.hera.proto.AppState``.
    """

    __slots__ = ("data", "reminders",)

    data: str | bytes | None
    reminders: list[Reminder]

    def __init__(
        self,
        *,
        data: str | bytes | None = None,
        reminders: list[Reminder] | None = None,
    ) -> None:
        self.data = data
        self.reminders = [] if reminders is None else reminders

    def __repr__(self) -> str:
        return f"AppState(data={self.data!r}, reminders={self.reminders!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, AppState) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.data, self.reminders,) == (other.data, other.reminders,)

    @classmethod
    def from_proto(cls, m: _app_pb2.AppState) -> AppState:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.data = _read_DataMapValue(m.data) if m.HasField("data") else None
        o.reminders = (_lazy_list(r_reminders, Reminder.from_proto) if (r_reminders := m.reminders) else [])
        return o

    def to_proto(self) -> _app_pb2.AppState:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _app_pb2.AppState()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("AppState", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _app_pb2.AppState) -> None:
        if self.data is not None:
            t_data = p.data
            _write_DataMapValue(t_data, self.data)
        for x_reminders in self.reminders:
            t_reminders = p.reminders.add()
            x_reminders._write(t_reminders)


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class TemplateVariant:
    """One language of a template. For SMS only `body` (the text) is used; for email `subject`,
`body` (HTML) and `text_body` (plain text; derived from the HTML when empty).

    Wire message: ``com.elarian.hera.proto.TemplateVariant``.
    """

    __slots__ = ("language", "subject", "body", "text_body",)

    language: str
    subject: str
    body: str
    text_body: str

    def __init__(
        self,
        *,
        language: str = "",
        subject: str = "",
        body: str = "",
        text_body: str = "",
    ) -> None:
        self.language = language
        self.subject = subject
        self.body = body
        self.text_body = text_body

    def __repr__(self) -> str:
        return f"TemplateVariant(language={self.language!r}, subject={self.subject!r}, body={self.body!r}, text_body={self.text_body!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TemplateVariant) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.language, self.subject, self.body, self.text_body,) == (other.language, other.subject, other.body, other.text_body,)

    @classmethod
    def from_proto(cls, m: _comms_pb2.TemplateVariant) -> TemplateVariant:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.language = m.language
        o.subject = m.subject
        o.body = m.body
        o.text_body = m.text_body
        return o

    def to_proto(self) -> _comms_pb2.TemplateVariant:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _comms_pb2.TemplateVariant()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("TemplateVariant", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _comms_pb2.TemplateVariant) -> None:
        p.language = self.language
        p.subject = self.subject
        p.body = self.body
        p.text_body = self.text_body


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class CommsTemplate:
    """A template as saved: each save of an existing one is a new version.

    Wire message: ``com.elarian.hera.proto.CommsTemplate``.
    """

    __slots__ = ("template_id", "name", "description", "tags", "channel", "version", "variants", "variables", "default_language", "from_address", "reply_to", "updated_at", "events",)

    template_id: str
    name: str
    description: str
    tags: list[str]
    channel: CommsChannel
    version: int
    variants: list[TemplateVariant]
    variables: list[str]
    """The recipient variables it may use besides globals and its events' variables."""
    default_language: str
    from_address: str
    reply_to: str
    updated_at: datetime | None
    events: list[str]
    """The events that link it."""

    def __init__(
        self,
        *,
        template_id: str = "",
        name: str = "",
        description: str = "",
        tags: list[str] | None = None,
        channel: CommsChannel = CommsChannel.UNSPECIFIED,
        version: int = 0,
        variants: list[TemplateVariant] | None = None,
        variables: list[str] | None = None,
        default_language: str = "",
        from_address: str = "",
        reply_to: str = "",
        updated_at: datetime | None = None,
        events: list[str] | None = None,
    ) -> None:
        self.template_id = template_id
        self.name = name
        self.description = description
        self.tags = [] if tags is None else tags
        self.channel = channel
        self.version = version
        self.variants = [] if variants is None else variants
        self.variables = [] if variables is None else variables
        self.default_language = default_language
        self.from_address = from_address
        self.reply_to = reply_to
        self.updated_at = updated_at
        self.events = [] if events is None else events

    def __repr__(self) -> str:
        return f"CommsTemplate(template_id={self.template_id!r}, name={self.name!r}, description={self.description!r}, tags={self.tags!r}, channel={self.channel!r}, version={self.version!r}, variants={self.variants!r}, variables={self.variables!r}, default_language={self.default_language!r}, from_address={self.from_address!r}, reply_to={self.reply_to!r}, updated_at={self.updated_at!r}, events={self.events!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CommsTemplate) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.template_id, self.name, self.description, self.tags, self.channel, self.version, self.variants, self.variables, self.default_language, self.from_address, self.reply_to, self.updated_at, self.events,) == (other.template_id, other.name, other.description, other.tags, other.channel, other.version, other.variants, other.variables, other.default_language, other.from_address, other.reply_to, other.updated_at, other.events,)

    @classmethod
    def from_proto(cls, m: _comms_pb2.CommsTemplate) -> CommsTemplate:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.template_id = m.template_id
        o.name = m.name
        o.description = m.description
        o.tags = list(m.tags)
        o.channel = _CommsChannel_BY_NUMBER[m.channel]
        o.version = m.version
        o.variants = (_lazy_list(r_variants, TemplateVariant.from_proto) if (r_variants := m.variants) else [])
        o.variables = list(m.variables)
        o.default_language = m.default_language
        o.from_address = m.from_address
        o.reply_to = m.reply_to
        o.updated_at = _timestamp(m.updated_at) if m.HasField("updated_at") else None
        o.events = list(m.events)
        return o

    def to_proto(self) -> _comms_pb2.CommsTemplate:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _comms_pb2.CommsTemplate()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("CommsTemplate", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _comms_pb2.CommsTemplate) -> None:
        p.template_id = self.template_id
        p.name = self.name
        p.description = self.description
        p.tags.extend(self.tags)
        p.channel = self.channel  # type: ignore[assignment]
        p.version = self.version
        for x_variants in self.variants:
            t_variants = p.variants.add()
            x_variants._write(t_variants)
        p.variables.extend(self.variables)
        p.default_language = self.default_language
        p.from_address = self.from_address
        p.reply_to = self.reply_to
        if self.updated_at is not None:
            t_updated_at = p.updated_at
            _set_timestamp(t_updated_at, self.updated_at)
        p.events.extend(self.events)


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class CommsRecipient:
    """A customer, by any of their names, or a bare address (a phone number or an email address)
that need not be a customer's.

    Wire message: ``com.elarian.hera.proto.CommsRecipient``.
    """

    __slots__ = ("customer_id", "customer_number", "secondary_id", "address",)

    customer_id: str | None
    customer_number: CustomerNumber | None
    secondary_id: SecondaryId | None
    address: str | None

    def __init__(
        self,
        *,
        customer_id: str | None = None,
        customer_number: CustomerNumber | None = None,
        secondary_id: SecondaryId | None = None,
        address: str | None = None,
    ) -> None:
        self.customer_id = customer_id
        self.customer_number = customer_number
        self.secondary_id = secondary_id
        self.address = address
        _check_oneof(
            "CommsRecipient",
            "recipient",
            "customer_id, customer_number, secondary_id, address",
            (customer_id, customer_number, secondary_id, address,),
            True,
        )

    def __repr__(self) -> str:
        return f"CommsRecipient(customer_id={self.customer_id!r}, customer_number={self.customer_number!r}, secondary_id={self.secondary_id!r}, address={self.address!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CommsRecipient) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.customer_id, self.customer_number, self.secondary_id, self.address,) == (other.customer_id, other.customer_number, other.secondary_id, other.address,)

    def which_recipient(self) -> Literal["customer_id", "customer_number", "secondary_id", "address"] | None:
        """The member of oneof ``recipient`` that is set, or None."""
        if self.customer_id is not None:
            return "customer_id"
        if self.customer_number is not None:
            return "customer_number"
        if self.secondary_id is not None:
            return "secondary_id"
        if self.address is not None:
            return "address"
        return None

    @classmethod
    def from_proto(cls, m: _comms_pb2.CommsRecipient) -> CommsRecipient:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        w_recipient = m.WhichOneof("recipient")
        o.customer_id = m.customer_id if w_recipient == "customer_id" else None
        o.customer_number = CustomerNumber.from_proto(m.customer_number) if w_recipient == "customer_number" else None
        o.secondary_id = SecondaryId.from_proto(m.secondary_id) if w_recipient == "secondary_id" else None
        o.address = m.address if w_recipient == "address" else None
        return o

    def to_proto(self) -> _comms_pb2.CommsRecipient:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _comms_pb2.CommsRecipient()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("CommsRecipient", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _comms_pb2.CommsRecipient) -> None:
        n_recipient = 0
        if self.customer_id is not None:
            p.customer_id = self.customer_id
            n_recipient += 1
        if self.customer_number is not None:
            t_customer_number = p.customer_number
            t_customer_number.SetInParent()
            self.customer_number._write(t_customer_number)
            n_recipient += 1
        if self.secondary_id is not None:
            t_secondary_id = p.secondary_id
            t_secondary_id.SetInParent()
            self.secondary_id._write(t_secondary_id)
            n_recipient += 1
        if self.address is not None:
            p.address = self.address
            n_recipient += 1
        if n_recipient != 1:
            raise _oneof_error("CommsRecipient", "recipient", "customer_id, customer_number, secondary_id, address", n_recipient, True)


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class CommsSendOutcome:
    """One send: its report row and where it stands.

    Wire message: ``com.elarian.hera.proto.CommsSendOutcome``.
    """

    __slots__ = ("report_id", "job_id", "channel", "address", "status", "provider", "provider_message_id", "error_code", "error_message", "template_id", "template_version",)

    report_id: str
    job_id: str
    channel: CommsChannel
    address: str
    status: CommsSendStatus
    provider: str
    provider_message_id: str
    error_code: str
    error_message: str
    template_id: str
    template_version: int

    def __init__(
        self,
        *,
        report_id: str = "",
        job_id: str = "",
        channel: CommsChannel = CommsChannel.UNSPECIFIED,
        address: str = "",
        status: CommsSendStatus = CommsSendStatus.UNSPECIFIED,
        provider: str = "",
        provider_message_id: str = "",
        error_code: str = "",
        error_message: str = "",
        template_id: str = "",
        template_version: int = 0,
    ) -> None:
        self.report_id = report_id
        self.job_id = job_id
        self.channel = channel
        self.address = address
        self.status = status
        self.provider = provider
        self.provider_message_id = provider_message_id
        self.error_code = error_code
        self.error_message = error_message
        self.template_id = template_id
        self.template_version = template_version

    def __repr__(self) -> str:
        return f"CommsSendOutcome(report_id={self.report_id!r}, job_id={self.job_id!r}, channel={self.channel!r}, address={self.address!r}, status={self.status!r}, provider={self.provider!r}, provider_message_id={self.provider_message_id!r}, error_code={self.error_code!r}, error_message={self.error_message!r}, template_id={self.template_id!r}, template_version={self.template_version!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CommsSendOutcome) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.report_id, self.job_id, self.channel, self.address, self.status, self.provider, self.provider_message_id, self.error_code, self.error_message, self.template_id, self.template_version,) == (other.report_id, other.job_id, other.channel, other.address, other.status, other.provider, other.provider_message_id, other.error_code, other.error_message, other.template_id, other.template_version,)

    @classmethod
    def from_proto(cls, m: _comms_pb2.CommsSendOutcome) -> CommsSendOutcome:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.report_id = m.report_id
        o.job_id = m.job_id
        o.channel = _CommsChannel_BY_NUMBER[m.channel]
        o.address = m.address
        o.status = _CommsSendStatus_BY_NUMBER[m.status]
        o.provider = m.provider
        o.provider_message_id = m.provider_message_id
        o.error_code = m.error_code
        o.error_message = m.error_message
        o.template_id = m.template_id
        o.template_version = m.template_version
        return o

    def to_proto(self) -> _comms_pb2.CommsSendOutcome:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _comms_pb2.CommsSendOutcome()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("CommsSendOutcome", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _comms_pb2.CommsSendOutcome) -> None:
        p.report_id = self.report_id
        p.job_id = self.job_id
        p.channel = self.channel  # type: ignore[assignment]
        p.address = self.address
        p.status = self.status  # type: ignore[assignment]
        p.provider = self.provider
        p.provider_message_id = self.provider_message_id
        p.error_code = self.error_code
        p.error_message = self.error_message
        p.template_id = self.template_id
        p.template_version = self.template_version


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class CommsReply:
    """The reply of a command that changes something and returns nothing else.

    Wire message: ``com.elarian.hera.proto.CommsReply``.
    """

    __slots__ = ("status", "description",)

    status: bool
    description: str

    def __init__(
        self,
        *,
        status: bool = False,
        description: str = "",
    ) -> None:
        self.status = status
        self.description = description

    def __repr__(self) -> str:
        return f"CommsReply(status={self.status!r}, description={self.description!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CommsReply) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.status, self.description,) == (other.status, other.description,)

    @classmethod
    def from_proto(cls, m: _comms_pb2.CommsReply) -> CommsReply:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.status = m.status
        o.description = m.description
        return o

    def to_proto(self) -> _comms_pb2.CommsReply:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _comms_pb2.CommsReply()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("CommsReply", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _comms_pb2.CommsReply) -> None:
        p.status = self.status
        p.description = self.description


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class TemplateReply:
    """TemplateReply.

    Wire message: ``com.elarian.hera.proto.TemplateReply``.
    """

    __slots__ = ("status", "description", "template", "_src",)

    status: bool
    description: str
    template: CommsTemplate | None

    def __init__(
        self,
        *,
        status: bool = False,
        description: str = "",
        template: CommsTemplate | None = None,
    ) -> None:
        self.status = status
        self.description = description
        self.template = template

    def __repr__(self) -> str:
        return f"TemplateReply(status={self.status!r}, description={self.description!r}, template={self.template!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TemplateReply) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.status, self.description, self.template,) == (other.status, other.description, other.template,)

    @classmethod
    def from_proto(cls, m: _comms_pb2.TemplateReply) -> TemplateReply:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.status = m.status
        o.description = m.description
        o._src = m  # template: on first read
        return o

    if TYPE_CHECKING:
        _src: Any
    else:

        def __getattr__(self, name: str) -> Any:
            return _load_field(self, name, _LAZY_TemplateReply)

        def __getstate__(self) -> Any:
            return _field_state(self)

    def to_proto(self) -> _comms_pb2.TemplateReply:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _comms_pb2.TemplateReply()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("TemplateReply", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _comms_pb2.TemplateReply) -> None:
        p.status = self.status
        p.description = self.description
        if self.template is not None:
            t_template = p.template
            t_template.SetInParent()
            self.template._write(t_template)


_LAZY_TemplateReply: dict[str, _Reader] = {
    "template": lambda m: CommsTemplate.from_proto(m.template) if m.HasField("template") else None,
}


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class TemplateListReply:
    """TemplateListReply.

    Wire message: ``com.elarian.hera.proto.TemplateListReply``.
    """

    __slots__ = ("status", "description", "templates",)

    status: bool
    description: str
    templates: list[CommsTemplate]

    def __init__(
        self,
        *,
        status: bool = False,
        description: str = "",
        templates: list[CommsTemplate] | None = None,
    ) -> None:
        self.status = status
        self.description = description
        self.templates = [] if templates is None else templates

    def __repr__(self) -> str:
        return f"TemplateListReply(status={self.status!r}, description={self.description!r}, templates={self.templates!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TemplateListReply) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.status, self.description, self.templates,) == (other.status, other.description, other.templates,)

    @classmethod
    def from_proto(cls, m: _comms_pb2.TemplateListReply) -> TemplateListReply:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.status = m.status
        o.description = m.description
        o.templates = (_lazy_list(r_templates, CommsTemplate.from_proto) if (r_templates := m.templates) else [])
        return o

    def to_proto(self) -> _comms_pb2.TemplateListReply:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _comms_pb2.TemplateListReply()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("TemplateListReply", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _comms_pb2.TemplateListReply) -> None:
        p.status = self.status
        p.description = self.description
        for x_templates in self.templates:
            t_templates = p.templates.add()
            x_templates._write(t_templates)


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class PreviewTemplateReply:
    """PreviewTemplateReply.

    Wire message: ``com.elarian.hera.proto.PreviewTemplateReply``.
    """

    __slots__ = ("status", "description", "subject", "text", "html", "encoding", "segments", "language", "version",)

    status: bool
    description: str
    subject: str
    text: str
    html: str
    encoding: SmsEncoding
    segments: int
    language: str
    version: int

    def __init__(
        self,
        *,
        status: bool = False,
        description: str = "",
        subject: str = "",
        text: str = "",
        html: str = "",
        encoding: SmsEncoding = SmsEncoding.UNSPECIFIED,
        segments: int = 0,
        language: str = "",
        version: int = 0,
    ) -> None:
        self.status = status
        self.description = description
        self.subject = subject
        self.text = text
        self.html = html
        self.encoding = encoding
        self.segments = segments
        self.language = language
        self.version = version

    def __repr__(self) -> str:
        return f"PreviewTemplateReply(status={self.status!r}, description={self.description!r}, subject={self.subject!r}, text={self.text!r}, html={self.html!r}, encoding={self.encoding!r}, segments={self.segments!r}, language={self.language!r}, version={self.version!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PreviewTemplateReply) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.status, self.description, self.subject, self.text, self.html, self.encoding, self.segments, self.language, self.version,) == (other.status, other.description, other.subject, other.text, other.html, other.encoding, other.segments, other.language, other.version,)

    @classmethod
    def from_proto(cls, m: _comms_pb2.PreviewTemplateReply) -> PreviewTemplateReply:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.status = m.status
        o.description = m.description
        o.subject = m.subject
        o.text = m.text
        o.html = m.html
        o.encoding = _SmsEncoding_BY_NUMBER[m.encoding]
        o.segments = m.segments
        o.language = m.language
        o.version = m.version
        return o

    def to_proto(self) -> _comms_pb2.PreviewTemplateReply:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _comms_pb2.PreviewTemplateReply()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("PreviewTemplateReply", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _comms_pb2.PreviewTemplateReply) -> None:
        p.status = self.status
        p.description = self.description
        p.subject = self.subject
        p.text = self.text
        p.html = self.html
        p.encoding = self.encoding  # type: ignore[assignment]
        p.segments = self.segments
        p.language = self.language
        p.version = self.version


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class GlobalVariable:
    """GlobalVariable.

    Wire message: ``com.elarian.hera.proto.GlobalVariable``.
    """

    __slots__ = ("name", "value", "read_only",)

    name: str
    value: str
    read_only: bool
    """Set in the runtime's configuration: cannot be changed, added or removed here."""

    def __init__(
        self,
        *,
        name: str = "",
        value: str = "",
        read_only: bool = False,
    ) -> None:
        self.name = name
        self.value = value
        self.read_only = read_only

    def __repr__(self) -> str:
        return f"GlobalVariable(name={self.name!r}, value={self.value!r}, read_only={self.read_only!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, GlobalVariable) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.name, self.value, self.read_only,) == (other.name, other.value, other.read_only,)

    @classmethod
    def from_proto(cls, m: _comms_pb2.GlobalVariable) -> GlobalVariable:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.name = m.name
        o.value = m.value
        o.read_only = m.read_only
        return o

    def to_proto(self) -> _comms_pb2.GlobalVariable:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _comms_pb2.GlobalVariable()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("GlobalVariable", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _comms_pb2.GlobalVariable) -> None:
        p.name = self.name
        p.value = self.value
        p.read_only = self.read_only


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class GlobalVariablesReply:
    """GlobalVariablesReply.

    Wire message: ``com.elarian.hera.proto.GlobalVariablesReply``.
    """

    __slots__ = ("status", "description", "variables",)

    status: bool
    description: str
    variables: list[GlobalVariable]

    def __init__(
        self,
        *,
        status: bool = False,
        description: str = "",
        variables: list[GlobalVariable] | None = None,
    ) -> None:
        self.status = status
        self.description = description
        self.variables = [] if variables is None else variables

    def __repr__(self) -> str:
        return f"GlobalVariablesReply(status={self.status!r}, description={self.description!r}, variables={self.variables!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, GlobalVariablesReply) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.status, self.description, self.variables,) == (other.status, other.description, other.variables,)

    @classmethod
    def from_proto(cls, m: _comms_pb2.GlobalVariablesReply) -> GlobalVariablesReply:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.status = m.status
        o.description = m.description
        o.variables = (_lazy_list(r_variables, GlobalVariable.from_proto) if (r_variables := m.variables) else [])
        return o

    def to_proto(self) -> _comms_pb2.GlobalVariablesReply:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _comms_pb2.GlobalVariablesReply()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("GlobalVariablesReply", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _comms_pb2.GlobalVariablesReply) -> None:
        p.status = self.status
        p.description = self.description
        for x_variables in self.variables:
            t_variables = p.variables.add()
            x_variables._write(t_variables)


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class CommsEvent:
    """CommsEvent.

    Wire message: ``com.elarian.hera.proto.CommsEvent``.
    """

    __slots__ = ("name", "description", "variables", "sms_template_id", "email_template_id", "category", "requires_subscription", "updated_at",)

    name: str
    description: str
    variables: list[str]
    sms_template_id: str
    email_template_id: str
    category: CommsCategory
    requires_subscription: bool
    updated_at: datetime | None

    def __init__(
        self,
        *,
        name: str = "",
        description: str = "",
        variables: list[str] | None = None,
        sms_template_id: str = "",
        email_template_id: str = "",
        category: CommsCategory = CommsCategory.UNSPECIFIED,
        requires_subscription: bool = False,
        updated_at: datetime | None = None,
    ) -> None:
        self.name = name
        self.description = description
        self.variables = [] if variables is None else variables
        self.sms_template_id = sms_template_id
        self.email_template_id = email_template_id
        self.category = category
        self.requires_subscription = requires_subscription
        self.updated_at = updated_at

    def __repr__(self) -> str:
        return f"CommsEvent(name={self.name!r}, description={self.description!r}, variables={self.variables!r}, sms_template_id={self.sms_template_id!r}, email_template_id={self.email_template_id!r}, category={self.category!r}, requires_subscription={self.requires_subscription!r}, updated_at={self.updated_at!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CommsEvent) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.name, self.description, self.variables, self.sms_template_id, self.email_template_id, self.category, self.requires_subscription, self.updated_at,) == (other.name, other.description, other.variables, other.sms_template_id, other.email_template_id, other.category, other.requires_subscription, other.updated_at,)

    @classmethod
    def from_proto(cls, m: _comms_pb2.CommsEvent) -> CommsEvent:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.name = m.name
        o.description = m.description
        o.variables = list(m.variables)
        o.sms_template_id = m.sms_template_id
        o.email_template_id = m.email_template_id
        o.category = _CommsCategory_BY_NUMBER[m.category]
        o.requires_subscription = m.requires_subscription
        o.updated_at = _timestamp(m.updated_at) if m.HasField("updated_at") else None
        return o

    def to_proto(self) -> _comms_pb2.CommsEvent:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _comms_pb2.CommsEvent()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("CommsEvent", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _comms_pb2.CommsEvent) -> None:
        p.name = self.name
        p.description = self.description
        p.variables.extend(self.variables)
        p.sms_template_id = self.sms_template_id
        p.email_template_id = self.email_template_id
        p.category = self.category  # type: ignore[assignment]
        p.requires_subscription = self.requires_subscription
        if self.updated_at is not None:
            t_updated_at = p.updated_at
            _set_timestamp(t_updated_at, self.updated_at)


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class EventReply:
    """EventReply.

    Wire message: ``com.elarian.hera.proto.EventReply``.
    """

    __slots__ = ("status", "description", "event", "_src",)

    status: bool
    description: str
    event: CommsEvent | None

    def __init__(
        self,
        *,
        status: bool = False,
        description: str = "",
        event: CommsEvent | None = None,
    ) -> None:
        self.status = status
        self.description = description
        self.event = event

    def __repr__(self) -> str:
        return f"EventReply(status={self.status!r}, description={self.description!r}, event={self.event!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, EventReply) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.status, self.description, self.event,) == (other.status, other.description, other.event,)

    @classmethod
    def from_proto(cls, m: _comms_pb2.EventReply) -> EventReply:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.status = m.status
        o.description = m.description
        o._src = m  # event: on first read
        return o

    if TYPE_CHECKING:
        _src: Any
    else:

        def __getattr__(self, name: str) -> Any:
            return _load_field(self, name, _LAZY_EventReply)

        def __getstate__(self) -> Any:
            return _field_state(self)

    def to_proto(self) -> _comms_pb2.EventReply:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _comms_pb2.EventReply()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("EventReply", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _comms_pb2.EventReply) -> None:
        p.status = self.status
        p.description = self.description
        if self.event is not None:
            t_event = p.event
            t_event.SetInParent()
            self.event._write(t_event)


_LAZY_EventReply: dict[str, _Reader] = {
    "event": lambda m: CommsEvent.from_proto(m.event) if m.HasField("event") else None,
}


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class EventListReply:
    """EventListReply.

    Wire message: ``com.elarian.hera.proto.EventListReply``.
    """

    __slots__ = ("status", "description", "events",)

    status: bool
    description: str
    events: list[CommsEvent]

    def __init__(
        self,
        *,
        status: bool = False,
        description: str = "",
        events: list[CommsEvent] | None = None,
    ) -> None:
        self.status = status
        self.description = description
        self.events = [] if events is None else events

    def __repr__(self) -> str:
        return f"EventListReply(status={self.status!r}, description={self.description!r}, events={self.events!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, EventListReply) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.status, self.description, self.events,) == (other.status, other.description, other.events,)

    @classmethod
    def from_proto(cls, m: _comms_pb2.EventListReply) -> EventListReply:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.status = m.status
        o.description = m.description
        o.events = (_lazy_list(r_events, CommsEvent.from_proto) if (r_events := m.events) else [])
        return o

    def to_proto(self) -> _comms_pb2.EventListReply:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _comms_pb2.EventListReply()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("EventListReply", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _comms_pb2.EventListReply) -> None:
        p.status = self.status
        p.description = self.description
        for x_events in self.events:
            t_events = p.events.add()
            x_events._write(t_events)


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class CommsSendReply:
    """CommsSendReply.

    Wire message: ``com.elarian.hera.proto.CommsSendReply``.
    """

    __slots__ = ("status", "description", "outcomes",)

    status: bool
    description: str
    outcomes: list[CommsSendOutcome]

    def __init__(
        self,
        *,
        status: bool = False,
        description: str = "",
        outcomes: list[CommsSendOutcome] | None = None,
    ) -> None:
        self.status = status
        self.description = description
        self.outcomes = [] if outcomes is None else outcomes

    def __repr__(self) -> str:
        return f"CommsSendReply(status={self.status!r}, description={self.description!r}, outcomes={self.outcomes!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CommsSendReply) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.status, self.description, self.outcomes,) == (other.status, other.description, other.outcomes,)

    @classmethod
    def from_proto(cls, m: _comms_pb2.CommsSendReply) -> CommsSendReply:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.status = m.status
        o.description = m.description
        o.outcomes = (_lazy_list(r_outcomes, CommsSendOutcome.from_proto) if (r_outcomes := m.outcomes) else [])
        return o

    def to_proto(self) -> _comms_pb2.CommsSendReply:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _comms_pb2.CommsSendReply()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("CommsSendReply", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _comms_pb2.CommsSendReply) -> None:
        p.status = self.status
        p.description = self.description
        for x_outcomes in self.outcomes:
            t_outcomes = p.outcomes.add()
            x_outcomes._write(t_outcomes)


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class OtpConfig:
    """OtpConfig.

    Wire message: ``com.elarian.hera.proto.OtpConfig``.
    """

    __slots__ = ("name", "length", "alphanumeric", "expiry", "max_attempts", "max_sends", "send_window", "template_id",)

    name: str
    length: int
    """4, 6 or 8"""
    alphanumeric: bool
    expiry: timedelta | None
    """default 10 minutes"""
    max_attempts: int
    """default 5"""
    max_sends: int
    """per recipient per window; default 5"""
    send_window: timedelta | None
    """default 10 minutes"""
    template_id: str
    """its template uses the variable `code`"""

    def __init__(
        self,
        *,
        name: str = "",
        length: int = 0,
        alphanumeric: bool = False,
        expiry: timedelta | None = None,
        max_attempts: int = 0,
        max_sends: int = 0,
        send_window: timedelta | None = None,
        template_id: str = "",
    ) -> None:
        self.name = name
        self.length = length
        self.alphanumeric = alphanumeric
        self.expiry = expiry
        self.max_attempts = max_attempts
        self.max_sends = max_sends
        self.send_window = send_window
        self.template_id = template_id

    def __repr__(self) -> str:
        return f"OtpConfig(name={self.name!r}, length={self.length!r}, alphanumeric={self.alphanumeric!r}, expiry={self.expiry!r}, max_attempts={self.max_attempts!r}, max_sends={self.max_sends!r}, send_window={self.send_window!r}, template_id={self.template_id!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, OtpConfig) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.name, self.length, self.alphanumeric, self.expiry, self.max_attempts, self.max_sends, self.send_window, self.template_id,) == (other.name, other.length, other.alphanumeric, other.expiry, other.max_attempts, other.max_sends, other.send_window, other.template_id,)

    @classmethod
    def from_proto(cls, m: _comms_pb2.OtpConfig) -> OtpConfig:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.name = m.name
        o.length = m.length
        o.alphanumeric = m.alphanumeric
        o.expiry = _duration(m.expiry) if m.HasField("expiry") else None
        o.max_attempts = m.max_attempts
        o.max_sends = m.max_sends
        o.send_window = _duration(m.send_window) if m.HasField("send_window") else None
        o.template_id = m.template_id
        return o

    def to_proto(self) -> _comms_pb2.OtpConfig:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _comms_pb2.OtpConfig()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("OtpConfig", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _comms_pb2.OtpConfig) -> None:
        p.name = self.name
        p.length = self.length
        p.alphanumeric = self.alphanumeric
        if self.expiry is not None:
            t_expiry = p.expiry
            _set_duration(t_expiry, self.expiry)
        p.max_attempts = self.max_attempts
        p.max_sends = self.max_sends
        if self.send_window is not None:
            t_send_window = p.send_window
            _set_duration(t_send_window, self.send_window)
        p.template_id = self.template_id


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class OtpConfigsReply:
    """OtpConfigsReply.

    Wire message: ``com.elarian.hera.proto.OtpConfigsReply``.
    """

    __slots__ = ("status", "description", "configs",)

    status: bool
    description: str
    configs: list[OtpConfig]

    def __init__(
        self,
        *,
        status: bool = False,
        description: str = "",
        configs: list[OtpConfig] | None = None,
    ) -> None:
        self.status = status
        self.description = description
        self.configs = [] if configs is None else configs

    def __repr__(self) -> str:
        return f"OtpConfigsReply(status={self.status!r}, description={self.description!r}, configs={self.configs!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, OtpConfigsReply) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.status, self.description, self.configs,) == (other.status, other.description, other.configs,)

    @classmethod
    def from_proto(cls, m: _comms_pb2.OtpConfigsReply) -> OtpConfigsReply:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.status = m.status
        o.description = m.description
        o.configs = (_lazy_list(r_configs, OtpConfig.from_proto) if (r_configs := m.configs) else [])
        return o

    def to_proto(self) -> _comms_pb2.OtpConfigsReply:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _comms_pb2.OtpConfigsReply()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("OtpConfigsReply", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _comms_pb2.OtpConfigsReply) -> None:
        p.status = self.status
        p.description = self.description
        for x_configs in self.configs:
            t_configs = p.configs.add()
            x_configs._write(t_configs)


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class SendOtpReply:
    """SendOtpReply.

    Wire message: ``com.elarian.hera.proto.SendOtpReply``.
    """

    __slots__ = ("status", "description", "otp_id", "expires_at", "outcome", "_src",)

    status: bool
    description: str
    otp_id: str
    expires_at: datetime | None
    outcome: CommsSendOutcome | None

    def __init__(
        self,
        *,
        status: bool = False,
        description: str = "",
        otp_id: str = "",
        expires_at: datetime | None = None,
        outcome: CommsSendOutcome | None = None,
    ) -> None:
        self.status = status
        self.description = description
        self.otp_id = otp_id
        self.expires_at = expires_at
        self.outcome = outcome

    def __repr__(self) -> str:
        return f"SendOtpReply(status={self.status!r}, description={self.description!r}, otp_id={self.otp_id!r}, expires_at={self.expires_at!r}, outcome={self.outcome!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SendOtpReply) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.status, self.description, self.otp_id, self.expires_at, self.outcome,) == (other.status, other.description, other.otp_id, other.expires_at, other.outcome,)

    @classmethod
    def from_proto(cls, m: _comms_pb2.SendOtpReply) -> SendOtpReply:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.status = m.status
        o.description = m.description
        o.otp_id = m.otp_id
        o.expires_at = _timestamp(m.expires_at) if m.HasField("expires_at") else None
        o._src = m  # outcome: on first read
        return o

    if TYPE_CHECKING:
        _src: Any
    else:

        def __getattr__(self, name: str) -> Any:
            return _load_field(self, name, _LAZY_SendOtpReply)

        def __getstate__(self) -> Any:
            return _field_state(self)

    def to_proto(self) -> _comms_pb2.SendOtpReply:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _comms_pb2.SendOtpReply()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("SendOtpReply", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _comms_pb2.SendOtpReply) -> None:
        p.status = self.status
        p.description = self.description
        p.otp_id = self.otp_id
        if self.expires_at is not None:
            t_expires_at = p.expires_at
            _set_timestamp(t_expires_at, self.expires_at)
        if self.outcome is not None:
            t_outcome = p.outcome
            t_outcome.SetInParent()
            self.outcome._write(t_outcome)


_LAZY_SendOtpReply: dict[str, _Reader] = {
    "outcome": lambda m: CommsSendOutcome.from_proto(m.outcome) if m.HasField("outcome") else None,
}


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class VerifyOtpReply:
    """VerifyOtpReply.

    Wire message: ``com.elarian.hera.proto.VerifyOtpReply``.
    """

    __slots__ = ("status", "description", "verdict", "attempts_left",)

    status: bool
    description: str
    verdict: OtpVerdict
    attempts_left: int

    def __init__(
        self,
        *,
        status: bool = False,
        description: str = "",
        verdict: OtpVerdict = OtpVerdict.UNSPECIFIED,
        attempts_left: int = 0,
    ) -> None:
        self.status = status
        self.description = description
        self.verdict = verdict
        self.attempts_left = attempts_left

    def __repr__(self) -> str:
        return f"VerifyOtpReply(status={self.status!r}, description={self.description!r}, verdict={self.verdict!r}, attempts_left={self.attempts_left!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, VerifyOtpReply) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.status, self.description, self.verdict, self.attempts_left,) == (other.status, other.description, other.verdict, other.attempts_left,)

    @classmethod
    def from_proto(cls, m: _comms_pb2.VerifyOtpReply) -> VerifyOtpReply:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.status = m.status
        o.description = m.description
        o.verdict = _OtpVerdict_BY_NUMBER[m.verdict]
        o.attempts_left = m.attempts_left
        return o

    def to_proto(self) -> _comms_pb2.VerifyOtpReply:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _comms_pb2.VerifyOtpReply()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("VerifyOtpReply", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _comms_pb2.VerifyOtpReply) -> None:
        p.status = self.status
        p.description = self.description
        p.verdict = self.verdict  # type: ignore[assignment]
        p.attempts_left = self.attempts_left


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class ProviderInfo:
    """A provider as the runtime knows it; its secret is never given back.

    Wire message: ``com.elarian.hera.proto.ProviderInfo``.
    """

    __slots__ = ("name", "kind", "channel", "numbers", "host", "port", "security", "url", "username", "secret_set", "rate", "circuit", "timeout", "from_config", "price",)

    name: str
    kind: str
    """simulator, smtp, http_sms"""
    channel: CommsChannel
    """unspecified: every channel (the simulator)"""
    numbers: list[str]
    """the channel numbers it sends from"""
    host: str
    port: int
    security: str
    url: str
    username: str
    secret_set: bool
    rate: float
    """messages per second (0: no limit)"""
    circuit: str
    """closed, open (skipped for now) or half-open"""
    timeout: float
    """seconds (0: 10)"""
    from_config: bool
    """declared in the runtime's config: not changed through the API"""
    price: float
    """what one SMS segment or one email costs through it (cost estimates, caps)"""

    def __init__(
        self,
        *,
        name: str = "",
        kind: str = "",
        channel: CommsChannel = CommsChannel.UNSPECIFIED,
        numbers: list[str] | None = None,
        host: str = "",
        port: int = 0,
        security: str = "",
        url: str = "",
        username: str = "",
        secret_set: bool = False,
        rate: float = 0.0,
        circuit: str = "",
        timeout: float = 0.0,
        from_config: bool = False,
        price: float = 0.0,
    ) -> None:
        self.name = name
        self.kind = kind
        self.channel = channel
        self.numbers = [] if numbers is None else numbers
        self.host = host
        self.port = port
        self.security = security
        self.url = url
        self.username = username
        self.secret_set = secret_set
        self.rate = rate
        self.circuit = circuit
        self.timeout = timeout
        self.from_config = from_config
        self.price = price

    def __repr__(self) -> str:
        return f"ProviderInfo(name={self.name!r}, kind={self.kind!r}, channel={self.channel!r}, numbers={self.numbers!r}, host={self.host!r}, port={self.port!r}, security={self.security!r}, url={self.url!r}, username={self.username!r}, secret_set={self.secret_set!r}, rate={self.rate!r}, circuit={self.circuit!r}, timeout={self.timeout!r}, from_config={self.from_config!r}, price={self.price!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ProviderInfo) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.name, self.kind, self.channel, self.numbers, self.host, self.port, self.security, self.url, self.username, self.secret_set, self.rate, self.circuit, self.timeout, self.from_config, self.price,) == (other.name, other.kind, other.channel, other.numbers, other.host, other.port, other.security, other.url, other.username, other.secret_set, other.rate, other.circuit, other.timeout, other.from_config, other.price,)

    @classmethod
    def from_proto(cls, m: _comms_pb2.ProviderInfo) -> ProviderInfo:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.name = m.name
        o.kind = m.kind
        o.channel = _CommsChannel_BY_NUMBER[m.channel]
        o.numbers = list(m.numbers)
        o.host = m.host
        o.port = m.port
        o.security = m.security
        o.url = m.url
        o.username = m.username
        o.secret_set = m.secret_set
        o.rate = m.rate
        o.circuit = m.circuit
        o.timeout = m.timeout
        o.from_config = m.from_config
        o.price = m.price
        return o

    def to_proto(self) -> _comms_pb2.ProviderInfo:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _comms_pb2.ProviderInfo()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("ProviderInfo", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _comms_pb2.ProviderInfo) -> None:
        p.name = self.name
        p.kind = self.kind
        p.channel = self.channel  # type: ignore[assignment]
        p.numbers.extend(self.numbers)
        p.host = self.host
        p.port = self.port
        p.security = self.security
        p.url = self.url
        p.username = self.username
        p.secret_set = self.secret_set
        p.rate = self.rate
        p.circuit = self.circuit
        p.timeout = self.timeout
        p.from_config = self.from_config
        p.price = self.price


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class ProviderDefaults:
    """The providers a category's sends on a channel try, in order.

    Wire message: ``com.elarian.hera.proto.ProviderDefaults``.
    """

    __slots__ = ("category", "channel", "providers",)

    category: CommsCategory
    channel: CommsChannel
    providers: list[str]

    def __init__(
        self,
        *,
        category: CommsCategory = CommsCategory.UNSPECIFIED,
        channel: CommsChannel = CommsChannel.UNSPECIFIED,
        providers: list[str] | None = None,
    ) -> None:
        self.category = category
        self.channel = channel
        self.providers = [] if providers is None else providers

    def __repr__(self) -> str:
        return f"ProviderDefaults(category={self.category!r}, channel={self.channel!r}, providers={self.providers!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ProviderDefaults) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.category, self.channel, self.providers,) == (other.category, other.channel, other.providers,)

    @classmethod
    def from_proto(cls, m: _comms_pb2.ProviderDefaults) -> ProviderDefaults:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.category = _CommsCategory_BY_NUMBER[m.category]
        o.channel = _CommsChannel_BY_NUMBER[m.channel]
        o.providers = list(m.providers)
        return o

    def to_proto(self) -> _comms_pb2.ProviderDefaults:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _comms_pb2.ProviderDefaults()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("ProviderDefaults", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _comms_pb2.ProviderDefaults) -> None:
        p.category = self.category  # type: ignore[assignment]
        p.channel = self.channel  # type: ignore[assignment]
        p.providers.extend(self.providers)


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class ProvidersReply:
    """ProvidersReply.

    Wire message: ``com.elarian.hera.proto.ProvidersReply``.
    """

    __slots__ = ("status", "description", "providers", "defaults",)

    status: bool
    description: str
    providers: list[ProviderInfo]
    defaults: list[ProviderDefaults]

    def __init__(
        self,
        *,
        status: bool = False,
        description: str = "",
        providers: list[ProviderInfo] | None = None,
        defaults: list[ProviderDefaults] | None = None,
    ) -> None:
        self.status = status
        self.description = description
        self.providers = [] if providers is None else providers
        self.defaults = [] if defaults is None else defaults

    def __repr__(self) -> str:
        return f"ProvidersReply(status={self.status!r}, description={self.description!r}, providers={self.providers!r}, defaults={self.defaults!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ProvidersReply) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.status, self.description, self.providers, self.defaults,) == (other.status, other.description, other.providers, other.defaults,)

    @classmethod
    def from_proto(cls, m: _comms_pb2.ProvidersReply) -> ProvidersReply:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.status = m.status
        o.description = m.description
        o.providers = (_lazy_list(r_providers, ProviderInfo.from_proto) if (r_providers := m.providers) else [])
        o.defaults = (_lazy_list(r_defaults, ProviderDefaults.from_proto) if (r_defaults := m.defaults) else [])
        return o

    def to_proto(self) -> _comms_pb2.ProvidersReply:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _comms_pb2.ProvidersReply()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("ProvidersReply", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _comms_pb2.ProvidersReply) -> None:
        p.status = self.status
        p.description = self.description
        for x_providers in self.providers:
            t_providers = p.providers.add()
            x_providers._write(t_providers)
        for x_defaults in self.defaults:
            t_defaults = p.defaults.add()
            x_defaults._write(t_defaults)


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class CommsReport:
    """CommsReport.

    Wire message: ``com.elarian.hera.proto.CommsReport``.
    """

    __slots__ = ("report_id", "channel", "address", "customer_id", "template_id", "template_version", "event", "job_id", "campaign_id", "category", "provider", "provider_message_id", "status", "error_code", "error_message", "created_at", "updated_at", "app_id",)

    report_id: str
    channel: CommsChannel
    address: str
    customer_id: str
    template_id: str
    template_version: int
    event: str
    job_id: str
    campaign_id: str
    category: CommsCategory
    provider: str
    provider_message_id: str
    status: CommsSendStatus
    error_code: str
    error_message: str
    created_at: datetime | None
    updated_at: datetime | None
    app_id: str

    def __init__(
        self,
        *,
        report_id: str = "",
        channel: CommsChannel = CommsChannel.UNSPECIFIED,
        address: str = "",
        customer_id: str = "",
        template_id: str = "",
        template_version: int = 0,
        event: str = "",
        job_id: str = "",
        campaign_id: str = "",
        category: CommsCategory = CommsCategory.UNSPECIFIED,
        provider: str = "",
        provider_message_id: str = "",
        status: CommsSendStatus = CommsSendStatus.UNSPECIFIED,
        error_code: str = "",
        error_message: str = "",
        created_at: datetime | None = None,
        updated_at: datetime | None = None,
        app_id: str = "",
    ) -> None:
        self.report_id = report_id
        self.channel = channel
        self.address = address
        self.customer_id = customer_id
        self.template_id = template_id
        self.template_version = template_version
        self.event = event
        self.job_id = job_id
        self.campaign_id = campaign_id
        self.category = category
        self.provider = provider
        self.provider_message_id = provider_message_id
        self.status = status
        self.error_code = error_code
        self.error_message = error_message
        self.created_at = created_at
        self.updated_at = updated_at
        self.app_id = app_id

    def __repr__(self) -> str:
        return f"CommsReport(report_id={self.report_id!r}, channel={self.channel!r}, address={self.address!r}, customer_id={self.customer_id!r}, template_id={self.template_id!r}, template_version={self.template_version!r}, event={self.event!r}, job_id={self.job_id!r}, campaign_id={self.campaign_id!r}, category={self.category!r}, provider={self.provider!r}, provider_message_id={self.provider_message_id!r}, status={self.status!r}, error_code={self.error_code!r}, error_message={self.error_message!r}, created_at={self.created_at!r}, updated_at={self.updated_at!r}, app_id={self.app_id!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CommsReport) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.report_id, self.channel, self.address, self.customer_id, self.template_id, self.template_version, self.event, self.job_id, self.campaign_id, self.category, self.provider, self.provider_message_id, self.status, self.error_code, self.error_message, self.created_at, self.updated_at, self.app_id,) == (other.report_id, other.channel, other.address, other.customer_id, other.template_id, other.template_version, other.event, other.job_id, other.campaign_id, other.category, other.provider, other.provider_message_id, other.status, other.error_code, other.error_message, other.created_at, other.updated_at, other.app_id,)

    @classmethod
    def from_proto(cls, m: _comms_pb2.CommsReport) -> CommsReport:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.report_id = m.report_id
        o.channel = _CommsChannel_BY_NUMBER[m.channel]
        o.address = m.address
        o.customer_id = m.customer_id
        o.template_id = m.template_id
        o.template_version = m.template_version
        o.event = m.event
        o.job_id = m.job_id
        o.campaign_id = m.campaign_id
        o.category = _CommsCategory_BY_NUMBER[m.category]
        o.provider = m.provider
        o.provider_message_id = m.provider_message_id
        o.status = _CommsSendStatus_BY_NUMBER[m.status]
        o.error_code = m.error_code
        o.error_message = m.error_message
        o.created_at = _timestamp(m.created_at) if m.HasField("created_at") else None
        o.updated_at = _timestamp(m.updated_at) if m.HasField("updated_at") else None
        o.app_id = m.app_id
        return o

    def to_proto(self) -> _comms_pb2.CommsReport:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _comms_pb2.CommsReport()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("CommsReport", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _comms_pb2.CommsReport) -> None:
        p.report_id = self.report_id
        p.channel = self.channel  # type: ignore[assignment]
        p.address = self.address
        p.customer_id = self.customer_id
        p.template_id = self.template_id
        p.template_version = self.template_version
        p.event = self.event
        p.job_id = self.job_id
        p.campaign_id = self.campaign_id
        p.category = self.category  # type: ignore[assignment]
        p.provider = self.provider
        p.provider_message_id = self.provider_message_id
        p.status = self.status  # type: ignore[assignment]
        p.error_code = self.error_code
        p.error_message = self.error_message
        if self.created_at is not None:
            t_created_at = p.created_at
            _set_timestamp(t_created_at, self.created_at)
        if self.updated_at is not None:
            t_updated_at = p.updated_at
            _set_timestamp(t_updated_at, self.updated_at)
        p.app_id = self.app_id


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class ReportsReply:
    """ReportsReply.

    Wire message: ``com.elarian.hera.proto.ReportsReply``.
    """

    __slots__ = ("status", "description", "reports", "next_cursor",)

    status: bool
    description: str
    reports: list[CommsReport]
    next_cursor: str

    def __init__(
        self,
        *,
        status: bool = False,
        description: str = "",
        reports: list[CommsReport] | None = None,
        next_cursor: str = "",
    ) -> None:
        self.status = status
        self.description = description
        self.reports = [] if reports is None else reports
        self.next_cursor = next_cursor

    def __repr__(self) -> str:
        return f"ReportsReply(status={self.status!r}, description={self.description!r}, reports={self.reports!r}, next_cursor={self.next_cursor!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ReportsReply) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.status, self.description, self.reports, self.next_cursor,) == (other.status, other.description, other.reports, other.next_cursor,)

    @classmethod
    def from_proto(cls, m: _comms_pb2.ReportsReply) -> ReportsReply:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.status = m.status
        o.description = m.description
        o.reports = (_lazy_list(r_reports, CommsReport.from_proto) if (r_reports := m.reports) else [])
        o.next_cursor = m.next_cursor
        return o

    def to_proto(self) -> _comms_pb2.ReportsReply:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _comms_pb2.ReportsReply()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("ReportsReply", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _comms_pb2.ReportsReply) -> None:
        p.status = self.status
        p.description = self.description
        for x_reports in self.reports:
            t_reports = p.reports.add()
            x_reports._write(t_reports)
        p.next_cursor = self.next_cursor


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class Audience:
    """A list of contacts (a phone number and/or an email address each, and recipient variables):
imported from a CSV, or drawn from the customers with a tag.

    Wire message: ``com.elarian.hera.proto.Audience``.
    """

    __slots__ = ("audience_id", "name", "state", "phone_column", "email_column", "variables", "region", "next_chunk", "rows", "members", "rejected", "customer_tag", "created_at", "updated_at", "columns", "_src",)

    audience_id: str
    name: str
    state: AudienceState
    phone_column: str
    email_column: str
    variables: list[str]
    """The CSV's other columns, in order: each is a recipient variable."""
    region: str
    """where a phone number without a country code is taken to be (ISO 3166)"""
    next_chunk: int
    """the chunk the import takes next (a resumed upload starts there)"""
    rows: int
    """rows read"""
    members: int
    """contacts kept"""
    rejected: int
    """rows rejected: a bad phone number or email address, a duplicate"""
    customer_tag: SecondaryId | None
    """drawn from the customers with this tag"""
    created_at: datetime | None
    updated_at: datetime | None
    columns: list[str]
    """the CSV's header, as created"""

    def __init__(
        self,
        *,
        audience_id: str = "",
        name: str = "",
        state: AudienceState = AudienceState.UNSPECIFIED,
        phone_column: str = "",
        email_column: str = "",
        variables: list[str] | None = None,
        region: str = "",
        next_chunk: int = 0,
        rows: int = 0,
        members: int = 0,
        rejected: int = 0,
        customer_tag: SecondaryId | None = None,
        created_at: datetime | None = None,
        updated_at: datetime | None = None,
        columns: list[str] | None = None,
    ) -> None:
        self.audience_id = audience_id
        self.name = name
        self.state = state
        self.phone_column = phone_column
        self.email_column = email_column
        self.variables = [] if variables is None else variables
        self.region = region
        self.next_chunk = next_chunk
        self.rows = rows
        self.members = members
        self.rejected = rejected
        self.customer_tag = customer_tag
        self.created_at = created_at
        self.updated_at = updated_at
        self.columns = [] if columns is None else columns

    def __repr__(self) -> str:
        return f"Audience(audience_id={self.audience_id!r}, name={self.name!r}, state={self.state!r}, phone_column={self.phone_column!r}, email_column={self.email_column!r}, variables={self.variables!r}, region={self.region!r}, next_chunk={self.next_chunk!r}, rows={self.rows!r}, members={self.members!r}, rejected={self.rejected!r}, customer_tag={self.customer_tag!r}, created_at={self.created_at!r}, updated_at={self.updated_at!r}, columns={self.columns!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Audience) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.audience_id, self.name, self.state, self.phone_column, self.email_column, self.variables, self.region, self.next_chunk, self.rows, self.members, self.rejected, self.customer_tag, self.created_at, self.updated_at, self.columns,) == (other.audience_id, other.name, other.state, other.phone_column, other.email_column, other.variables, other.region, other.next_chunk, other.rows, other.members, other.rejected, other.customer_tag, other.created_at, other.updated_at, other.columns,)

    @classmethod
    def from_proto(cls, m: _comms_pb2.Audience) -> Audience:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.audience_id = m.audience_id
        o.name = m.name
        o.state = _AudienceState_BY_NUMBER[m.state]
        o.phone_column = m.phone_column
        o.email_column = m.email_column
        o.variables = list(m.variables)
        o.region = m.region
        o.next_chunk = m.next_chunk
        o.rows = m.rows
        o.members = m.members
        o.rejected = m.rejected
        o.created_at = _timestamp(m.created_at) if m.HasField("created_at") else None
        o.updated_at = _timestamp(m.updated_at) if m.HasField("updated_at") else None
        o.columns = list(m.columns)
        o._src = m  # customer_tag: on first read
        return o

    if TYPE_CHECKING:
        _src: Any
    else:

        def __getattr__(self, name: str) -> Any:
            return _load_field(self, name, _LAZY_Audience)

        def __getstate__(self) -> Any:
            return _field_state(self)

    def to_proto(self) -> _comms_pb2.Audience:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _comms_pb2.Audience()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("Audience", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _comms_pb2.Audience) -> None:
        p.audience_id = self.audience_id
        p.name = self.name
        p.state = self.state  # type: ignore[assignment]
        p.phone_column = self.phone_column
        p.email_column = self.email_column
        p.variables.extend(self.variables)
        p.region = self.region
        p.next_chunk = self.next_chunk
        p.rows = self.rows
        p.members = self.members
        p.rejected = self.rejected
        if self.customer_tag is not None:
            t_customer_tag = p.customer_tag
            t_customer_tag.SetInParent()
            self.customer_tag._write(t_customer_tag)
        if self.created_at is not None:
            t_created_at = p.created_at
            _set_timestamp(t_created_at, self.created_at)
        if self.updated_at is not None:
            t_updated_at = p.updated_at
            _set_timestamp(t_updated_at, self.updated_at)
        p.columns.extend(self.columns)


_LAZY_Audience: dict[str, _Reader] = {
    "customer_tag": lambda m: SecondaryId.from_proto(m.customer_tag) if m.HasField("customer_tag") else None,
}


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class AudienceRow:
    """One row of a CSV: its line number in the file (for rejects) and its values, in column order.

    Wire message: ``com.elarian.hera.proto.AudienceRow``.
    """

    __slots__ = ("line", "values",)

    line: int
    values: list[str]

    def __init__(
        self,
        *,
        line: int = 0,
        values: list[str] | None = None,
    ) -> None:
        self.line = line
        self.values = [] if values is None else values

    def __repr__(self) -> str:
        return f"AudienceRow(line={self.line!r}, values={self.values!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, AudienceRow) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.line, self.values,) == (other.line, other.values,)

    @classmethod
    def from_proto(cls, m: _comms_pb2.AudienceRow) -> AudienceRow:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.line = m.line
        o.values = list(m.values)
        return o

    def to_proto(self) -> _comms_pb2.AudienceRow:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _comms_pb2.AudienceRow()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("AudienceRow", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _comms_pb2.AudienceRow) -> None:
        p.line = self.line
        p.values.extend(self.values)


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class AudienceReply:
    """AudienceReply.

    Wire message: ``com.elarian.hera.proto.AudienceReply``.
    """

    __slots__ = ("status", "description", "audience", "_src",)

    status: bool
    description: str
    audience: Audience | None

    def __init__(
        self,
        *,
        status: bool = False,
        description: str = "",
        audience: Audience | None = None,
    ) -> None:
        self.status = status
        self.description = description
        self.audience = audience

    def __repr__(self) -> str:
        return f"AudienceReply(status={self.status!r}, description={self.description!r}, audience={self.audience!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, AudienceReply) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.status, self.description, self.audience,) == (other.status, other.description, other.audience,)

    @classmethod
    def from_proto(cls, m: _comms_pb2.AudienceReply) -> AudienceReply:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.status = m.status
        o.description = m.description
        o._src = m  # audience: on first read
        return o

    if TYPE_CHECKING:
        _src: Any
    else:

        def __getattr__(self, name: str) -> Any:
            return _load_field(self, name, _LAZY_AudienceReply)

        def __getstate__(self) -> Any:
            return _field_state(self)

    def to_proto(self) -> _comms_pb2.AudienceReply:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _comms_pb2.AudienceReply()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("AudienceReply", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _comms_pb2.AudienceReply) -> None:
        p.status = self.status
        p.description = self.description
        if self.audience is not None:
            t_audience = p.audience
            t_audience.SetInParent()
            self.audience._write(t_audience)


_LAZY_AudienceReply: dict[str, _Reader] = {
    "audience": lambda m: Audience.from_proto(m.audience) if m.HasField("audience") else None,
}


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class AudienceListReply:
    """AudienceListReply.

    Wire message: ``com.elarian.hera.proto.AudienceListReply``.
    """

    __slots__ = ("status", "description", "audiences",)

    status: bool
    description: str
    audiences: list[Audience]

    def __init__(
        self,
        *,
        status: bool = False,
        description: str = "",
        audiences: list[Audience] | None = None,
    ) -> None:
        self.status = status
        self.description = description
        self.audiences = [] if audiences is None else audiences

    def __repr__(self) -> str:
        return f"AudienceListReply(status={self.status!r}, description={self.description!r}, audiences={self.audiences!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, AudienceListReply) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.status, self.description, self.audiences,) == (other.status, other.description, other.audiences,)

    @classmethod
    def from_proto(cls, m: _comms_pb2.AudienceListReply) -> AudienceListReply:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.status = m.status
        o.description = m.description
        o.audiences = (_lazy_list(r_audiences, Audience.from_proto) if (r_audiences := m.audiences) else [])
        return o

    def to_proto(self) -> _comms_pb2.AudienceListReply:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _comms_pb2.AudienceListReply()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("AudienceListReply", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _comms_pb2.AudienceListReply) -> None:
        p.status = self.status
        p.description = self.description
        for x_audiences in self.audiences:
            t_audiences = p.audiences.add()
            x_audiences._write(t_audiences)


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class AudienceReject:
    """AudienceReject.

    Wire message: ``com.elarian.hera.proto.AudienceReject``.
    """

    __slots__ = ("line", "reason",)

    line: int
    reason: str

    def __init__(
        self,
        *,
        line: int = 0,
        reason: str = "",
    ) -> None:
        self.line = line
        self.reason = reason

    def __repr__(self) -> str:
        return f"AudienceReject(line={self.line!r}, reason={self.reason!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, AudienceReject) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.line, self.reason,) == (other.line, other.reason,)

    @classmethod
    def from_proto(cls, m: _comms_pb2.AudienceReject) -> AudienceReject:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.line = m.line
        o.reason = m.reason
        return o

    def to_proto(self) -> _comms_pb2.AudienceReject:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _comms_pb2.AudienceReject()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("AudienceReject", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _comms_pb2.AudienceReject) -> None:
        p.line = self.line
        p.reason = self.reason


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class AudienceRejectsReply:
    """AudienceRejectsReply.

    Wire message: ``com.elarian.hera.proto.AudienceRejectsReply``.
    """

    __slots__ = ("status", "description", "rejects", "next_cursor",)

    status: bool
    description: str
    rejects: list[AudienceReject]
    next_cursor: str

    def __init__(
        self,
        *,
        status: bool = False,
        description: str = "",
        rejects: list[AudienceReject] | None = None,
        next_cursor: str = "",
    ) -> None:
        self.status = status
        self.description = description
        self.rejects = [] if rejects is None else rejects
        self.next_cursor = next_cursor

    def __repr__(self) -> str:
        return f"AudienceRejectsReply(status={self.status!r}, description={self.description!r}, rejects={self.rejects!r}, next_cursor={self.next_cursor!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, AudienceRejectsReply) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.status, self.description, self.rejects, self.next_cursor,) == (other.status, other.description, other.rejects, other.next_cursor,)

    @classmethod
    def from_proto(cls, m: _comms_pb2.AudienceRejectsReply) -> AudienceRejectsReply:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.status = m.status
        o.description = m.description
        o.rejects = (_lazy_list(r_rejects, AudienceReject.from_proto) if (r_rejects := m.rejects) else [])
        o.next_cursor = m.next_cursor
        return o

    def to_proto(self) -> _comms_pb2.AudienceRejectsReply:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _comms_pb2.AudienceRejectsReply()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("AudienceRejectsReply", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _comms_pb2.AudienceRejectsReply) -> None:
        p.status = self.status
        p.description = self.description
        for x_rejects in self.rejects:
            t_rejects = p.rejects.add()
            x_rejects._write(t_rejects)
        p.next_cursor = self.next_cursor


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class AudienceMember:
    """AudienceMember.

    Wire message: ``com.elarian.hera.proto.AudienceMember``.
    """

    __slots__ = ("line", "phone", "email", "variables", "customer_id",)

    line: int
    """0: drawn from customers"""
    phone: str
    """E.164"""
    email: str
    variables: dict[str, str]
    customer_id: str
    """drawn from customers"""

    def __init__(
        self,
        *,
        line: int = 0,
        phone: str = "",
        email: str = "",
        variables: dict[str, str] | None = None,
        customer_id: str = "",
    ) -> None:
        self.line = line
        self.phone = phone
        self.email = email
        self.variables = {} if variables is None else variables
        self.customer_id = customer_id

    def __repr__(self) -> str:
        return f"AudienceMember(line={self.line!r}, phone={self.phone!r}, email={self.email!r}, variables={self.variables!r}, customer_id={self.customer_id!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, AudienceMember) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.line, self.phone, self.email, self.variables, self.customer_id,) == (other.line, other.phone, other.email, other.variables, other.customer_id,)

    @classmethod
    def from_proto(cls, m: _comms_pb2.AudienceMember) -> AudienceMember:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.line = m.line
        o.phone = m.phone
        o.email = m.email
        o.variables = dict(m.variables)
        o.customer_id = m.customer_id
        return o

    def to_proto(self) -> _comms_pb2.AudienceMember:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _comms_pb2.AudienceMember()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("AudienceMember", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _comms_pb2.AudienceMember) -> None:
        p.line = self.line
        p.phone = self.phone
        p.email = self.email
        p.variables.update(self.variables)
        p.customer_id = self.customer_id


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class AudienceMembersReply:
    """AudienceMembersReply.

    Wire message: ``com.elarian.hera.proto.AudienceMembersReply``.
    """

    __slots__ = ("status", "description", "members", "next_cursor",)

    status: bool
    description: str
    members: list[AudienceMember]
    next_cursor: str

    def __init__(
        self,
        *,
        status: bool = False,
        description: str = "",
        members: list[AudienceMember] | None = None,
        next_cursor: str = "",
    ) -> None:
        self.status = status
        self.description = description
        self.members = [] if members is None else members
        self.next_cursor = next_cursor

    def __repr__(self) -> str:
        return f"AudienceMembersReply(status={self.status!r}, description={self.description!r}, members={self.members!r}, next_cursor={self.next_cursor!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, AudienceMembersReply) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.status, self.description, self.members, self.next_cursor,) == (other.status, other.description, other.members, other.next_cursor,)

    @classmethod
    def from_proto(cls, m: _comms_pb2.AudienceMembersReply) -> AudienceMembersReply:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.status = m.status
        o.description = m.description
        o.members = (_lazy_list(r_members, AudienceMember.from_proto) if (r_members := m.members) else [])
        o.next_cursor = m.next_cursor
        return o

    def to_proto(self) -> _comms_pb2.AudienceMembersReply:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _comms_pb2.AudienceMembersReply()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("AudienceMembersReply", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _comms_pb2.AudienceMembersReply) -> None:
        p.status = self.status
        p.description = self.description
        for x_members in self.members:
            t_members = p.members.add()
            x_members._write(t_members)
        p.next_cursor = self.next_cursor


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class Campaign:
    """A template sent to every contact of an audience, at most once each.

    Wire message: ``com.elarian.hera.proto.Campaign``.
    """

    __slots__ = ("campaign_id", "name", "template_id", "audience_id", "providers", "category", "throttle", "quiet_start", "quiet_end", "skip_quiet_hours", "frequency_cap", "frequency_window", "spending_cap", "error_threshold", "language", "state", "state_reason", "start_at", "created_at", "updated_at", "spent", "started_at", "finished_at",)

    campaign_id: str
    name: str
    template_id: str
    audience_id: str
    providers: list[str]
    """The providers to try, in order; none: the category's defaults."""
    category: CommsCategory
    """unspecified: promotional"""
    throttle: float
    """messages per second (0: as fast as the providers take them)"""
    quiet_start: str
    """Quiet hours, in each number's local time (HH:MM, the end may be past midnight): a contact reached then waits until they end, or is skipped with `skip_quiet_hours`."""
    quiet_end: str
    skip_quiet_hours: bool
    frequency_cap: int
    """At most this many promotional messages to a contact within the window (0: no cap)."""
    frequency_window: timedelta | None
    spending_cap: float
    """pauses the campaign when its cost reaches it (0: none)"""
    error_threshold: float
    """Pauses the campaign when more than this share of its last 100 sends failed (0: 0.5; 1: never)."""
    language: str
    """empty: each customer's, else the org's default"""
    state: CampaignState
    state_reason: str
    """why it paused, ended or was refused"""
    start_at: datetime | None
    created_at: datetime | None
    updated_at: datetime | None
    spent: float
    """the cost of what it has sent or queued"""
    started_at: datetime | None
    """when it first ran"""
    finished_at: datetime | None

    def __init__(
        self,
        *,
        campaign_id: str = "",
        name: str = "",
        template_id: str = "",
        audience_id: str = "",
        providers: list[str] | None = None,
        category: CommsCategory = CommsCategory.UNSPECIFIED,
        throttle: float = 0.0,
        quiet_start: str = "",
        quiet_end: str = "",
        skip_quiet_hours: bool = False,
        frequency_cap: int = 0,
        frequency_window: timedelta | None = None,
        spending_cap: float = 0.0,
        error_threshold: float = 0.0,
        language: str = "",
        state: CampaignState = CampaignState.UNSPECIFIED,
        state_reason: str = "",
        start_at: datetime | None = None,
        created_at: datetime | None = None,
        updated_at: datetime | None = None,
        spent: float = 0.0,
        started_at: datetime | None = None,
        finished_at: datetime | None = None,
    ) -> None:
        self.campaign_id = campaign_id
        self.name = name
        self.template_id = template_id
        self.audience_id = audience_id
        self.providers = [] if providers is None else providers
        self.category = category
        self.throttle = throttle
        self.quiet_start = quiet_start
        self.quiet_end = quiet_end
        self.skip_quiet_hours = skip_quiet_hours
        self.frequency_cap = frequency_cap
        self.frequency_window = frequency_window
        self.spending_cap = spending_cap
        self.error_threshold = error_threshold
        self.language = language
        self.state = state
        self.state_reason = state_reason
        self.start_at = start_at
        self.created_at = created_at
        self.updated_at = updated_at
        self.spent = spent
        self.started_at = started_at
        self.finished_at = finished_at

    def __repr__(self) -> str:
        return f"Campaign(campaign_id={self.campaign_id!r}, name={self.name!r}, template_id={self.template_id!r}, audience_id={self.audience_id!r}, providers={self.providers!r}, category={self.category!r}, throttle={self.throttle!r}, quiet_start={self.quiet_start!r}, quiet_end={self.quiet_end!r}, skip_quiet_hours={self.skip_quiet_hours!r}, frequency_cap={self.frequency_cap!r}, frequency_window={self.frequency_window!r}, spending_cap={self.spending_cap!r}, error_threshold={self.error_threshold!r}, language={self.language!r}, state={self.state!r}, state_reason={self.state_reason!r}, start_at={self.start_at!r}, created_at={self.created_at!r}, updated_at={self.updated_at!r}, spent={self.spent!r}, started_at={self.started_at!r}, finished_at={self.finished_at!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Campaign) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.campaign_id, self.name, self.template_id, self.audience_id, self.providers, self.category, self.throttle, self.quiet_start, self.quiet_end, self.skip_quiet_hours, self.frequency_cap, self.frequency_window, self.spending_cap, self.error_threshold, self.language, self.state, self.state_reason, self.start_at, self.created_at, self.updated_at, self.spent, self.started_at, self.finished_at,) == (other.campaign_id, other.name, other.template_id, other.audience_id, other.providers, other.category, other.throttle, other.quiet_start, other.quiet_end, other.skip_quiet_hours, other.frequency_cap, other.frequency_window, other.spending_cap, other.error_threshold, other.language, other.state, other.state_reason, other.start_at, other.created_at, other.updated_at, other.spent, other.started_at, other.finished_at,)

    @classmethod
    def from_proto(cls, m: _comms_pb2.Campaign) -> Campaign:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.campaign_id = m.campaign_id
        o.name = m.name
        o.template_id = m.template_id
        o.audience_id = m.audience_id
        o.providers = list(m.providers)
        o.category = _CommsCategory_BY_NUMBER[m.category]
        o.throttle = m.throttle
        o.quiet_start = m.quiet_start
        o.quiet_end = m.quiet_end
        o.skip_quiet_hours = m.skip_quiet_hours
        o.frequency_cap = m.frequency_cap
        o.frequency_window = _duration(m.frequency_window) if m.HasField("frequency_window") else None
        o.spending_cap = m.spending_cap
        o.error_threshold = m.error_threshold
        o.language = m.language
        o.state = _CampaignState_BY_NUMBER[m.state]
        o.state_reason = m.state_reason
        o.start_at = _timestamp(m.start_at) if m.HasField("start_at") else None
        o.created_at = _timestamp(m.created_at) if m.HasField("created_at") else None
        o.updated_at = _timestamp(m.updated_at) if m.HasField("updated_at") else None
        o.spent = m.spent
        o.started_at = _timestamp(m.started_at) if m.HasField("started_at") else None
        o.finished_at = _timestamp(m.finished_at) if m.HasField("finished_at") else None
        return o

    def to_proto(self) -> _comms_pb2.Campaign:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _comms_pb2.Campaign()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("Campaign", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _comms_pb2.Campaign) -> None:
        p.campaign_id = self.campaign_id
        p.name = self.name
        p.template_id = self.template_id
        p.audience_id = self.audience_id
        p.providers.extend(self.providers)
        p.category = self.category  # type: ignore[assignment]
        p.throttle = self.throttle
        p.quiet_start = self.quiet_start
        p.quiet_end = self.quiet_end
        p.skip_quiet_hours = self.skip_quiet_hours
        p.frequency_cap = self.frequency_cap
        if self.frequency_window is not None:
            t_frequency_window = p.frequency_window
            _set_duration(t_frequency_window, self.frequency_window)
        p.spending_cap = self.spending_cap
        p.error_threshold = self.error_threshold
        p.language = self.language
        p.state = self.state  # type: ignore[assignment]
        p.state_reason = self.state_reason
        if self.start_at is not None:
            t_start_at = p.start_at
            _set_timestamp(t_start_at, self.start_at)
        if self.created_at is not None:
            t_created_at = p.created_at
            _set_timestamp(t_created_at, self.created_at)
        if self.updated_at is not None:
            t_updated_at = p.updated_at
            _set_timestamp(t_updated_at, self.updated_at)
        p.spent = self.spent
        if self.started_at is not None:
            t_started_at = p.started_at
            _set_timestamp(t_started_at, self.started_at)
        if self.finished_at is not None:
            t_finished_at = p.finished_at
            _set_timestamp(t_finished_at, self.finished_at)


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class CampaignEstimate:
    """What sending a campaign would cost: recipients x segments (a sample's, SMS) x the first
provider's price.

    Wire message: ``com.elarian.hera.proto.CampaignEstimate``.
    """

    __slots__ = ("recipients", "segments", "price", "cost", "provider",)

    recipients: int
    segments: int
    price: float
    cost: float
    provider: str

    def __init__(
        self,
        *,
        recipients: int = 0,
        segments: int = 0,
        price: float = 0.0,
        cost: float = 0.0,
        provider: str = "",
    ) -> None:
        self.recipients = recipients
        self.segments = segments
        self.price = price
        self.cost = cost
        self.provider = provider

    def __repr__(self) -> str:
        return f"CampaignEstimate(recipients={self.recipients!r}, segments={self.segments!r}, price={self.price!r}, cost={self.cost!r}, provider={self.provider!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CampaignEstimate) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.recipients, self.segments, self.price, self.cost, self.provider,) == (other.recipients, other.segments, other.price, other.cost, other.provider,)

    @classmethod
    def from_proto(cls, m: _comms_pb2.CampaignEstimate) -> CampaignEstimate:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.recipients = m.recipients
        o.segments = m.segments
        o.price = m.price
        o.cost = m.cost
        o.provider = m.provider
        return o

    def to_proto(self) -> _comms_pb2.CampaignEstimate:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _comms_pb2.CampaignEstimate()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("CampaignEstimate", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _comms_pb2.CampaignEstimate) -> None:
        p.recipients = self.recipients
        p.segments = self.segments
        p.price = self.price
        p.cost = self.cost
        p.provider = self.provider


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class CampaignProgress:
    """CampaignProgress.

    Wire message: ``com.elarian.hera.proto.CampaignProgress``.
    """

    __slots__ = ("total", "sent", "failed", "skipped", "unknown", "in_flight", "remaining", "rate", "eta",)

    total: int
    """the audience's contacts"""
    sent: int
    """sent or delivered"""
    failed: int
    skipped: int
    """consent, suppression, quiet hours, frequency cap, cancelled"""
    unknown: int
    """in flight when a runtime stopped: not sent again"""
    in_flight: int
    """queued or sending"""
    remaining: int
    """not yet taken up"""
    rate: float
    """messages settled per second since it started"""
    eta: timedelta | None

    def __init__(
        self,
        *,
        total: int = 0,
        sent: int = 0,
        failed: int = 0,
        skipped: int = 0,
        unknown: int = 0,
        in_flight: int = 0,
        remaining: int = 0,
        rate: float = 0.0,
        eta: timedelta | None = None,
    ) -> None:
        self.total = total
        self.sent = sent
        self.failed = failed
        self.skipped = skipped
        self.unknown = unknown
        self.in_flight = in_flight
        self.remaining = remaining
        self.rate = rate
        self.eta = eta

    def __repr__(self) -> str:
        return f"CampaignProgress(total={self.total!r}, sent={self.sent!r}, failed={self.failed!r}, skipped={self.skipped!r}, unknown={self.unknown!r}, in_flight={self.in_flight!r}, remaining={self.remaining!r}, rate={self.rate!r}, eta={self.eta!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CampaignProgress) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.total, self.sent, self.failed, self.skipped, self.unknown, self.in_flight, self.remaining, self.rate, self.eta,) == (other.total, other.sent, other.failed, other.skipped, other.unknown, other.in_flight, other.remaining, other.rate, other.eta,)

    @classmethod
    def from_proto(cls, m: _comms_pb2.CampaignProgress) -> CampaignProgress:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.total = m.total
        o.sent = m.sent
        o.failed = m.failed
        o.skipped = m.skipped
        o.unknown = m.unknown
        o.in_flight = m.in_flight
        o.remaining = m.remaining
        o.rate = m.rate
        o.eta = _duration(m.eta) if m.HasField("eta") else None
        return o

    def to_proto(self) -> _comms_pb2.CampaignProgress:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _comms_pb2.CampaignProgress()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("CampaignProgress", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _comms_pb2.CampaignProgress) -> None:
        p.total = self.total
        p.sent = self.sent
        p.failed = self.failed
        p.skipped = self.skipped
        p.unknown = self.unknown
        p.in_flight = self.in_flight
        p.remaining = self.remaining
        p.rate = self.rate
        if self.eta is not None:
            t_eta = p.eta
            _set_duration(t_eta, self.eta)


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class CampaignReply:
    """CampaignReply.

    Wire message: ``com.elarian.hera.proto.CampaignReply``.
    """

    __slots__ = ("status", "description", "campaign", "estimate", "progress", "_src",)

    status: bool
    description: str
    campaign: Campaign | None
    estimate: CampaignEstimate | None
    progress: CampaignProgress | None

    def __init__(
        self,
        *,
        status: bool = False,
        description: str = "",
        campaign: Campaign | None = None,
        estimate: CampaignEstimate | None = None,
        progress: CampaignProgress | None = None,
    ) -> None:
        self.status = status
        self.description = description
        self.campaign = campaign
        self.estimate = estimate
        self.progress = progress

    def __repr__(self) -> str:
        return f"CampaignReply(status={self.status!r}, description={self.description!r}, campaign={self.campaign!r}, estimate={self.estimate!r}, progress={self.progress!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CampaignReply) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.status, self.description, self.campaign, self.estimate, self.progress,) == (other.status, other.description, other.campaign, other.estimate, other.progress,)

    @classmethod
    def from_proto(cls, m: _comms_pb2.CampaignReply) -> CampaignReply:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.status = m.status
        o.description = m.description
        o._src = m  # campaign, estimate, progress: on first read
        return o

    if TYPE_CHECKING:
        _src: Any
    else:

        def __getattr__(self, name: str) -> Any:
            return _load_field(self, name, _LAZY_CampaignReply)

        def __getstate__(self) -> Any:
            return _field_state(self)

    def to_proto(self) -> _comms_pb2.CampaignReply:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _comms_pb2.CampaignReply()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("CampaignReply", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _comms_pb2.CampaignReply) -> None:
        p.status = self.status
        p.description = self.description
        if self.campaign is not None:
            t_campaign = p.campaign
            t_campaign.SetInParent()
            self.campaign._write(t_campaign)
        if self.estimate is not None:
            t_estimate = p.estimate
            t_estimate.SetInParent()
            self.estimate._write(t_estimate)
        if self.progress is not None:
            t_progress = p.progress
            t_progress.SetInParent()
            self.progress._write(t_progress)


_LAZY_CampaignReply: dict[str, _Reader] = {
    "campaign": lambda m: Campaign.from_proto(m.campaign) if m.HasField("campaign") else None,
    "estimate": lambda m: CampaignEstimate.from_proto(m.estimate) if m.HasField("estimate") else None,
    "progress": lambda m: CampaignProgress.from_proto(m.progress) if m.HasField("progress") else None,
}


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class CampaignListReply:
    """CampaignListReply.

    Wire message: ``com.elarian.hera.proto.CampaignListReply``.
    """

    __slots__ = ("status", "description", "campaigns",)

    status: bool
    description: str
    campaigns: list[Campaign]

    def __init__(
        self,
        *,
        status: bool = False,
        description: str = "",
        campaigns: list[Campaign] | None = None,
    ) -> None:
        self.status = status
        self.description = description
        self.campaigns = [] if campaigns is None else campaigns

    def __repr__(self) -> str:
        return f"CampaignListReply(status={self.status!r}, description={self.description!r}, campaigns={self.campaigns!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CampaignListReply) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.status, self.description, self.campaigns,) == (other.status, other.description, other.campaigns,)

    @classmethod
    def from_proto(cls, m: _comms_pb2.CampaignListReply) -> CampaignListReply:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.status = m.status
        o.description = m.description
        o.campaigns = (_lazy_list(r_campaigns, Campaign.from_proto) if (r_campaigns := m.campaigns) else [])
        return o

    def to_proto(self) -> _comms_pb2.CampaignListReply:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _comms_pb2.CampaignListReply()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("CampaignListReply", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _comms_pb2.CampaignListReply) -> None:
        p.status = self.status
        p.description = self.description
        for x_campaigns in self.campaigns:
            t_campaigns = p.campaigns.add()
            x_campaigns._write(t_campaigns)


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class Suppression:
    """Suppression.

    Wire message: ``com.elarian.hera.proto.Suppression``.
    """

    __slots__ = ("channel", "address", "reason", "created_at",)

    channel: CommsChannel
    address: str
    reason: str
    created_at: datetime | None

    def __init__(
        self,
        *,
        channel: CommsChannel = CommsChannel.UNSPECIFIED,
        address: str = "",
        reason: str = "",
        created_at: datetime | None = None,
    ) -> None:
        self.channel = channel
        self.address = address
        self.reason = reason
        self.created_at = created_at

    def __repr__(self) -> str:
        return f"Suppression(channel={self.channel!r}, address={self.address!r}, reason={self.reason!r}, created_at={self.created_at!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Suppression) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.channel, self.address, self.reason, self.created_at,) == (other.channel, other.address, other.reason, other.created_at,)

    @classmethod
    def from_proto(cls, m: _comms_pb2.Suppression) -> Suppression:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.channel = _CommsChannel_BY_NUMBER[m.channel]
        o.address = m.address
        o.reason = m.reason
        o.created_at = _timestamp(m.created_at) if m.HasField("created_at") else None
        return o

    def to_proto(self) -> _comms_pb2.Suppression:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _comms_pb2.Suppression()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("Suppression", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _comms_pb2.Suppression) -> None:
        p.channel = self.channel  # type: ignore[assignment]
        p.address = self.address
        p.reason = self.reason
        if self.created_at is not None:
            t_created_at = p.created_at
            _set_timestamp(t_created_at, self.created_at)


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class SuppressionsReply:
    """SuppressionsReply.

    Wire message: ``com.elarian.hera.proto.SuppressionsReply``.
    """

    __slots__ = ("status", "description", "suppressions", "next_cursor",)

    status: bool
    description: str
    suppressions: list[Suppression]
    next_cursor: str

    def __init__(
        self,
        *,
        status: bool = False,
        description: str = "",
        suppressions: list[Suppression] | None = None,
        next_cursor: str = "",
    ) -> None:
        self.status = status
        self.description = description
        self.suppressions = [] if suppressions is None else suppressions
        self.next_cursor = next_cursor

    def __repr__(self) -> str:
        return f"SuppressionsReply(status={self.status!r}, description={self.description!r}, suppressions={self.suppressions!r}, next_cursor={self.next_cursor!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SuppressionsReply) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.status, self.description, self.suppressions, self.next_cursor,) == (other.status, other.description, other.suppressions, other.next_cursor,)

    @classmethod
    def from_proto(cls, m: _comms_pb2.SuppressionsReply) -> SuppressionsReply:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.status = m.status
        o.description = m.description
        o.suppressions = (_lazy_list(r_suppressions, Suppression.from_proto) if (r_suppressions := m.suppressions) else [])
        o.next_cursor = m.next_cursor
        return o

    def to_proto(self) -> _comms_pb2.SuppressionsReply:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _comms_pb2.SuppressionsReply()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("SuppressionsReply", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _comms_pb2.SuppressionsReply) -> None:
        p.status = self.status
        p.description = self.description
        for x_suppressions in self.suppressions:
            t_suppressions = p.suppressions.add()
            x_suppressions._write(t_suppressions)
        p.next_cursor = self.next_cursor


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class AuditEntry:
    """AuditEntry.

    Wire message: ``com.elarian.hera.proto.AuditEntry``.
    """

    __slots__ = ("at", "app_id", "actor", "action", "subject", "detail",)

    at: datetime | None
    app_id: str
    actor: str
    """which key: "admin key ...a1b2" or "api key ...c3d4\""""
    action: str
    subject: str
    detail: str

    def __init__(
        self,
        *,
        at: datetime | None = None,
        app_id: str = "",
        actor: str = "",
        action: str = "",
        subject: str = "",
        detail: str = "",
    ) -> None:
        self.at = at
        self.app_id = app_id
        self.actor = actor
        self.action = action
        self.subject = subject
        self.detail = detail

    def __repr__(self) -> str:
        return f"AuditEntry(at={self.at!r}, app_id={self.app_id!r}, actor={self.actor!r}, action={self.action!r}, subject={self.subject!r}, detail={self.detail!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, AuditEntry) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.at, self.app_id, self.actor, self.action, self.subject, self.detail,) == (other.at, other.app_id, other.actor, other.action, other.subject, other.detail,)

    @classmethod
    def from_proto(cls, m: _comms_pb2.AuditEntry) -> AuditEntry:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.at = _timestamp(m.at) if m.HasField("at") else None
        o.app_id = m.app_id
        o.actor = m.actor
        o.action = m.action
        o.subject = m.subject
        o.detail = m.detail
        return o

    def to_proto(self) -> _comms_pb2.AuditEntry:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _comms_pb2.AuditEntry()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("AuditEntry", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _comms_pb2.AuditEntry) -> None:
        if self.at is not None:
            t_at = p.at
            _set_timestamp(t_at, self.at)
        p.app_id = self.app_id
        p.actor = self.actor
        p.action = self.action
        p.subject = self.subject
        p.detail = self.detail


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class AuditLogReply:
    """AuditLogReply.

    Wire message: ``com.elarian.hera.proto.AuditLogReply``.
    """

    __slots__ = ("status", "description", "entries", "next_cursor",)

    status: bool
    description: str
    entries: list[AuditEntry]
    next_cursor: str

    def __init__(
        self,
        *,
        status: bool = False,
        description: str = "",
        entries: list[AuditEntry] | None = None,
        next_cursor: str = "",
    ) -> None:
        self.status = status
        self.description = description
        self.entries = [] if entries is None else entries
        self.next_cursor = next_cursor

    def __repr__(self) -> str:
        return f"AuditLogReply(status={self.status!r}, description={self.description!r}, entries={self.entries!r}, next_cursor={self.next_cursor!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, AuditLogReply) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.status, self.description, self.entries, self.next_cursor,) == (other.status, other.description, other.entries, other.next_cursor,)

    @classmethod
    def from_proto(cls, m: _comms_pb2.AuditLogReply) -> AuditLogReply:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.status = m.status
        o.description = m.description
        o.entries = (_lazy_list(r_entries, AuditEntry.from_proto) if (r_entries := m.entries) else [])
        o.next_cursor = m.next_cursor
        return o

    def to_proto(self) -> _comms_pb2.AuditLogReply:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _comms_pb2.AuditLogReply()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("AuditLogReply", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _comms_pb2.AuditLogReply) -> None:
        p.status = self.status
        p.description = self.description
        for x_entries in self.entries:
            t_entries = p.entries.add()
            x_entries._write(t_entries)
        p.next_cursor = self.next_cursor


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class WebhookConnector:
    """An outbound connector: where an org's events go, signed as Standard Webhooks.

    Wire message: ``com.elarian.hera.proto.WebhookConnector``.
    """

    __slots__ = ("name", "url", "events", "identities", "timeout", "threads", "from_config", "secret_set", "failing_since", "disabled_at", "pending", "delivered", "failed",)

    name: str
    url: str
    events: list[str]
    """The event types it gets (empty: every one)."""
    identities: list[str]
    """The identities each event is enriched with: customer_id, numbers, number:PROVIDER, secondary_ids, secondary_id:KEY."""
    timeout: float
    """seconds per attempt (0: 15)"""
    threads: int
    """deliveries in flight at once (0: 4)"""
    from_config: bool
    """What the runtime says of it (ignored when setting one)."""
    secret_set: bool
    failing_since: datetime | None
    disabled_at: datetime | None
    pending: int
    delivered: int
    failed: int

    def __init__(
        self,
        *,
        name: str = "",
        url: str = "",
        events: list[str] | None = None,
        identities: list[str] | None = None,
        timeout: float = 0.0,
        threads: int = 0,
        from_config: bool = False,
        secret_set: bool = False,
        failing_since: datetime | None = None,
        disabled_at: datetime | None = None,
        pending: int = 0,
        delivered: int = 0,
        failed: int = 0,
    ) -> None:
        self.name = name
        self.url = url
        self.events = [] if events is None else events
        self.identities = [] if identities is None else identities
        self.timeout = timeout
        self.threads = threads
        self.from_config = from_config
        self.secret_set = secret_set
        self.failing_since = failing_since
        self.disabled_at = disabled_at
        self.pending = pending
        self.delivered = delivered
        self.failed = failed

    def __repr__(self) -> str:
        return f"WebhookConnector(name={self.name!r}, url={self.url!r}, events={self.events!r}, identities={self.identities!r}, timeout={self.timeout!r}, threads={self.threads!r}, from_config={self.from_config!r}, secret_set={self.secret_set!r}, failing_since={self.failing_since!r}, disabled_at={self.disabled_at!r}, pending={self.pending!r}, delivered={self.delivered!r}, failed={self.failed!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, WebhookConnector) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.name, self.url, self.events, self.identities, self.timeout, self.threads, self.from_config, self.secret_set, self.failing_since, self.disabled_at, self.pending, self.delivered, self.failed,) == (other.name, other.url, other.events, other.identities, other.timeout, other.threads, other.from_config, other.secret_set, other.failing_since, other.disabled_at, other.pending, other.delivered, other.failed,)

    @classmethod
    def from_proto(cls, m: _connectors_pb2.WebhookConnector) -> WebhookConnector:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.name = m.name
        o.url = m.url
        o.events = list(m.events)
        o.identities = list(m.identities)
        o.timeout = m.timeout
        o.threads = m.threads
        o.from_config = m.from_config
        o.secret_set = m.secret_set
        o.failing_since = _timestamp(m.failing_since) if m.HasField("failing_since") else None
        o.disabled_at = _timestamp(m.disabled_at) if m.HasField("disabled_at") else None
        o.pending = m.pending
        o.delivered = m.delivered
        o.failed = m.failed
        return o

    def to_proto(self) -> _connectors_pb2.WebhookConnector:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _connectors_pb2.WebhookConnector()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("WebhookConnector", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _connectors_pb2.WebhookConnector) -> None:
        p.name = self.name
        p.url = self.url
        p.events.extend(self.events)
        p.identities.extend(self.identities)
        p.timeout = self.timeout
        p.threads = self.threads
        p.from_config = self.from_config
        p.secret_set = self.secret_set
        if self.failing_since is not None:
            t_failing_since = p.failing_since
            _set_timestamp(t_failing_since, self.failing_since)
        if self.disabled_at is not None:
            t_disabled_at = p.disabled_at
            _set_timestamp(t_disabled_at, self.disabled_at)
        p.pending = self.pending
        p.delivered = self.delivered
        p.failed = self.failed


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class InboundConnector:
    """An inbound connector, as configured.

    Wire message: ``com.elarian.hera.proto.InboundConnector``.
    """

    __slots__ = ("name", "auth", "audiences", "create_customers",)

    name: str
    auth: str
    """webhook or bearer"""
    audiences: list[str]
    """those with a rule"""
    create_customers: bool

    def __init__(
        self,
        *,
        name: str = "",
        auth: str = "",
        audiences: list[str] | None = None,
        create_customers: bool = False,
    ) -> None:
        self.name = name
        self.auth = auth
        self.audiences = [] if audiences is None else audiences
        self.create_customers = create_customers

    def __repr__(self) -> str:
        return f"InboundConnector(name={self.name!r}, auth={self.auth!r}, audiences={self.audiences!r}, create_customers={self.create_customers!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, InboundConnector) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.name, self.auth, self.audiences, self.create_customers,) == (other.name, other.auth, other.audiences, other.create_customers,)

    @classmethod
    def from_proto(cls, m: _connectors_pb2.InboundConnector) -> InboundConnector:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.name = m.name
        o.auth = m.auth
        o.audiences = list(m.audiences)
        o.create_customers = m.create_customers
        return o

    def to_proto(self) -> _connectors_pb2.InboundConnector:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _connectors_pb2.InboundConnector()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("InboundConnector", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _connectors_pb2.InboundConnector) -> None:
        p.name = self.name
        p.auth = self.auth
        p.audiences.extend(self.audiences)
        p.create_customers = self.create_customers


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class ConnectorsReply:
    """ConnectorsReply.

    Wire message: ``com.elarian.hera.proto.ConnectorsReply``.
    """

    __slots__ = ("status", "description", "webhooks", "inbound",)

    status: bool
    description: str
    webhooks: list[WebhookConnector]
    inbound: list[InboundConnector]

    def __init__(
        self,
        *,
        status: bool = False,
        description: str = "",
        webhooks: list[WebhookConnector] | None = None,
        inbound: list[InboundConnector] | None = None,
    ) -> None:
        self.status = status
        self.description = description
        self.webhooks = [] if webhooks is None else webhooks
        self.inbound = [] if inbound is None else inbound

    def __repr__(self) -> str:
        return f"ConnectorsReply(status={self.status!r}, description={self.description!r}, webhooks={self.webhooks!r}, inbound={self.inbound!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ConnectorsReply) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.status, self.description, self.webhooks, self.inbound,) == (other.status, other.description, other.webhooks, other.inbound,)

    @classmethod
    def from_proto(cls, m: _connectors_pb2.ConnectorsReply) -> ConnectorsReply:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.status = m.status
        o.description = m.description
        o.webhooks = (_lazy_list(r_webhooks, WebhookConnector.from_proto) if (r_webhooks := m.webhooks) else [])
        o.inbound = (_lazy_list(r_inbound, InboundConnector.from_proto) if (r_inbound := m.inbound) else [])
        return o

    def to_proto(self) -> _connectors_pb2.ConnectorsReply:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _connectors_pb2.ConnectorsReply()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("ConnectorsReply", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _connectors_pb2.ConnectorsReply) -> None:
        p.status = self.status
        p.description = self.description
        for x_webhooks in self.webhooks:
            t_webhooks = p.webhooks.add()
            x_webhooks._write(t_webhooks)
        for x_inbound in self.inbound:
            t_inbound = p.inbound.add()
            x_inbound._write(t_inbound)


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class WebhookDelivery:
    """WebhookDelivery.

    Wire message: ``com.elarian.hera.proto.WebhookDelivery``.
    """

    __slots__ = ("webhook_id", "event_type", "customer_id", "created_at", "attempts", "status", "last_code", "last_error", "next_attempt", "settled_at", "body",)

    webhook_id: str
    event_type: str
    customer_id: str
    created_at: datetime | None
    attempts: int
    status: WebhookDeliveryStatus
    last_code: int
    """the last attempt's HTTP status (0: none came)"""
    last_error: str
    next_attempt: datetime | None
    settled_at: datetime | None
    body: str
    """the JSON body, as signed"""

    def __init__(
        self,
        *,
        webhook_id: str = "",
        event_type: str = "",
        customer_id: str = "",
        created_at: datetime | None = None,
        attempts: int = 0,
        status: WebhookDeliveryStatus = WebhookDeliveryStatus.UNSPECIFIED,
        last_code: int = 0,
        last_error: str = "",
        next_attempt: datetime | None = None,
        settled_at: datetime | None = None,
        body: str = "",
    ) -> None:
        self.webhook_id = webhook_id
        self.event_type = event_type
        self.customer_id = customer_id
        self.created_at = created_at
        self.attempts = attempts
        self.status = status
        self.last_code = last_code
        self.last_error = last_error
        self.next_attempt = next_attempt
        self.settled_at = settled_at
        self.body = body

    def __repr__(self) -> str:
        return f"WebhookDelivery(webhook_id={self.webhook_id!r}, event_type={self.event_type!r}, customer_id={self.customer_id!r}, created_at={self.created_at!r}, attempts={self.attempts!r}, status={self.status!r}, last_code={self.last_code!r}, last_error={self.last_error!r}, next_attempt={self.next_attempt!r}, settled_at={self.settled_at!r}, body={self.body!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, WebhookDelivery) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.webhook_id, self.event_type, self.customer_id, self.created_at, self.attempts, self.status, self.last_code, self.last_error, self.next_attempt, self.settled_at, self.body,) == (other.webhook_id, other.event_type, other.customer_id, other.created_at, other.attempts, other.status, other.last_code, other.last_error, other.next_attempt, other.settled_at, other.body,)

    @classmethod
    def from_proto(cls, m: _connectors_pb2.WebhookDelivery) -> WebhookDelivery:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.webhook_id = m.webhook_id
        o.event_type = m.event_type
        o.customer_id = m.customer_id
        o.created_at = _timestamp(m.created_at) if m.HasField("created_at") else None
        o.attempts = m.attempts
        o.status = _WebhookDeliveryStatus_BY_NUMBER[m.status]
        o.last_code = m.last_code
        o.last_error = m.last_error
        o.next_attempt = _timestamp(m.next_attempt) if m.HasField("next_attempt") else None
        o.settled_at = _timestamp(m.settled_at) if m.HasField("settled_at") else None
        o.body = m.body
        return o

    def to_proto(self) -> _connectors_pb2.WebhookDelivery:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _connectors_pb2.WebhookDelivery()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("WebhookDelivery", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _connectors_pb2.WebhookDelivery) -> None:
        p.webhook_id = self.webhook_id
        p.event_type = self.event_type
        p.customer_id = self.customer_id
        if self.created_at is not None:
            t_created_at = p.created_at
            _set_timestamp(t_created_at, self.created_at)
        p.attempts = self.attempts
        p.status = self.status  # type: ignore[assignment]
        p.last_code = self.last_code
        p.last_error = self.last_error
        if self.next_attempt is not None:
            t_next_attempt = p.next_attempt
            _set_timestamp(t_next_attempt, self.next_attempt)
        if self.settled_at is not None:
            t_settled_at = p.settled_at
            _set_timestamp(t_settled_at, self.settled_at)
        p.body = self.body


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class WebhookDeliveriesReply:
    """WebhookDeliveriesReply.

    Wire message: ``com.elarian.hera.proto.WebhookDeliveriesReply``.
    """

    __slots__ = ("status", "description", "deliveries", "next_cursor",)

    status: bool
    description: str
    deliveries: list[WebhookDelivery]
    next_cursor: str
    """empty: the last page"""

    def __init__(
        self,
        *,
        status: bool = False,
        description: str = "",
        deliveries: list[WebhookDelivery] | None = None,
        next_cursor: str = "",
    ) -> None:
        self.status = status
        self.description = description
        self.deliveries = [] if deliveries is None else deliveries
        self.next_cursor = next_cursor

    def __repr__(self) -> str:
        return f"WebhookDeliveriesReply(status={self.status!r}, description={self.description!r}, deliveries={self.deliveries!r}, next_cursor={self.next_cursor!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, WebhookDeliveriesReply) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.status, self.description, self.deliveries, self.next_cursor,) == (other.status, other.description, other.deliveries, other.next_cursor,)

    @classmethod
    def from_proto(cls, m: _connectors_pb2.WebhookDeliveriesReply) -> WebhookDeliveriesReply:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.status = m.status
        o.description = m.description
        o.deliveries = (_lazy_list(r_deliveries, WebhookDelivery.from_proto) if (r_deliveries := m.deliveries) else [])
        o.next_cursor = m.next_cursor
        return o

    def to_proto(self) -> _connectors_pb2.WebhookDeliveriesReply:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _connectors_pb2.WebhookDeliveriesReply()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("WebhookDeliveriesReply", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _connectors_pb2.WebhookDeliveriesReply) -> None:
        p.status = self.status
        p.description = self.description
        for x_deliveries in self.deliveries:
            t_deliveries = p.deliveries.add()
            x_deliveries._write(t_deliveries)
        p.next_cursor = self.next_cursor


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class ConnectorCountReply:
    """ConnectorCountReply.

    Wire message: ``com.elarian.hera.proto.ConnectorCountReply``.
    """

    __slots__ = ("status", "description", "count",)

    status: bool
    description: str
    count: int

    def __init__(
        self,
        *,
        status: bool = False,
        description: str = "",
        count: int = 0,
    ) -> None:
        self.status = status
        self.description = description
        self.count = count

    def __repr__(self) -> str:
        return f"ConnectorCountReply(status={self.status!r}, description={self.description!r}, count={self.count!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ConnectorCountReply) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.status, self.description, self.count,) == (other.status, other.description, other.count,)

    @classmethod
    def from_proto(cls, m: _connectors_pb2.ConnectorCountReply) -> ConnectorCountReply:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.status = m.status
        o.description = m.description
        o.count = m.count
        return o

    def to_proto(self) -> _connectors_pb2.ConnectorCountReply:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _connectors_pb2.ConnectorCountReply()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("ConnectorCountReply", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _connectors_pb2.ConnectorCountReply) -> None:
        p.status = self.status
        p.description = self.description
        p.count = self.count


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class InboundEvent:
    """InboundEvent.

    Wire message: ``com.elarian.hera.proto.InboundEvent``.
    """

    __slots__ = ("event_id", "connector", "audience", "action", "status", "customer_id", "outcome", "received_at", "settled_at",)

    event_id: str
    connector: str
    audience: str
    action: str
    """entered or exited"""
    status: InboundEventStatus
    customer_id: str
    outcome: str
    """JSON: what was done, or why not"""
    received_at: datetime | None
    settled_at: datetime | None

    def __init__(
        self,
        *,
        event_id: str = "",
        connector: str = "",
        audience: str = "",
        action: str = "",
        status: InboundEventStatus = InboundEventStatus.UNSPECIFIED,
        customer_id: str = "",
        outcome: str = "",
        received_at: datetime | None = None,
        settled_at: datetime | None = None,
    ) -> None:
        self.event_id = event_id
        self.connector = connector
        self.audience = audience
        self.action = action
        self.status = status
        self.customer_id = customer_id
        self.outcome = outcome
        self.received_at = received_at
        self.settled_at = settled_at

    def __repr__(self) -> str:
        return f"InboundEvent(event_id={self.event_id!r}, connector={self.connector!r}, audience={self.audience!r}, action={self.action!r}, status={self.status!r}, customer_id={self.customer_id!r}, outcome={self.outcome!r}, received_at={self.received_at!r}, settled_at={self.settled_at!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, InboundEvent) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.event_id, self.connector, self.audience, self.action, self.status, self.customer_id, self.outcome, self.received_at, self.settled_at,) == (other.event_id, other.connector, other.audience, other.action, other.status, other.customer_id, other.outcome, other.received_at, other.settled_at,)

    @classmethod
    def from_proto(cls, m: _connectors_pb2.InboundEvent) -> InboundEvent:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.event_id = m.event_id
        o.connector = m.connector
        o.audience = m.audience
        o.action = m.action
        o.status = _InboundEventStatus_BY_NUMBER[m.status]
        o.customer_id = m.customer_id
        o.outcome = m.outcome
        o.received_at = _timestamp(m.received_at) if m.HasField("received_at") else None
        o.settled_at = _timestamp(m.settled_at) if m.HasField("settled_at") else None
        return o

    def to_proto(self) -> _connectors_pb2.InboundEvent:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _connectors_pb2.InboundEvent()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("InboundEvent", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _connectors_pb2.InboundEvent) -> None:
        p.event_id = self.event_id
        p.connector = self.connector
        p.audience = self.audience
        p.action = self.action
        p.status = self.status  # type: ignore[assignment]
        p.customer_id = self.customer_id
        p.outcome = self.outcome
        if self.received_at is not None:
            t_received_at = p.received_at
            _set_timestamp(t_received_at, self.received_at)
        if self.settled_at is not None:
            t_settled_at = p.settled_at
            _set_timestamp(t_settled_at, self.settled_at)


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class InboundEventReply:
    """InboundEventReply.

    Wire message: ``com.elarian.hera.proto.InboundEventReply``.
    """

    __slots__ = ("status", "description", "event", "_src",)

    status: bool
    description: str
    event: InboundEvent | None

    def __init__(
        self,
        *,
        status: bool = False,
        description: str = "",
        event: InboundEvent | None = None,
    ) -> None:
        self.status = status
        self.description = description
        self.event = event

    def __repr__(self) -> str:
        return f"InboundEventReply(status={self.status!r}, description={self.description!r}, event={self.event!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, InboundEventReply) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.status, self.description, self.event,) == (other.status, other.description, other.event,)

    @classmethod
    def from_proto(cls, m: _connectors_pb2.InboundEventReply) -> InboundEventReply:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.status = m.status
        o.description = m.description
        o._src = m  # event: on first read
        return o

    if TYPE_CHECKING:
        _src: Any
    else:

        def __getattr__(self, name: str) -> Any:
            return _load_field(self, name, _LAZY_InboundEventReply)

        def __getstate__(self) -> Any:
            return _field_state(self)

    def to_proto(self) -> _connectors_pb2.InboundEventReply:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _connectors_pb2.InboundEventReply()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("InboundEventReply", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _connectors_pb2.InboundEventReply) -> None:
        p.status = self.status
        p.description = self.description
        if self.event is not None:
            t_event = p.event
            t_event.SetInParent()
            self.event._write(t_event)


_LAZY_InboundEventReply: dict[str, _Reader] = {
    "event": lambda m: InboundEvent.from_proto(m.event) if m.HasField("event") else None,
}


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class IdentityState:
    """IdentityState.

    Wire message: ``com.elarian.hera.proto.IdentityState``.
    """

    __slots__ = ("tags", "metadata", "secondary_ids",)

    tags: list[Tag]
    """Tags shared with other customers; each may expire."""
    metadata: dict[str, str | bytes]
    """Free-form key/value data about the customer."""
    secondary_ids: list[Tag]
    """Org-unique alternative keys for this customer."""

    def __init__(
        self,
        *,
        tags: list[Tag] | None = None,
        metadata: dict[str, str | bytes] | None = None,
        secondary_ids: list[Tag] | None = None,
    ) -> None:
        self.tags = [] if tags is None else tags
        self.metadata = {} if metadata is None else metadata
        self.secondary_ids = [] if secondary_ids is None else secondary_ids

    def __repr__(self) -> str:
        return f"IdentityState(tags={self.tags!r}, metadata={self.metadata!r}, secondary_ids={self.secondary_ids!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, IdentityState) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.tags, self.metadata, self.secondary_ids,) == (other.tags, other.metadata, other.secondary_ids,)

    @classmethod
    def from_proto(cls, m: _identity_pb2.IdentityState) -> IdentityState:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.tags = (_lazy_list(r_tags, Tag.from_proto) if (r_tags := m.tags) else [])
        o.metadata = ({k: _read_DataMapValue(r_metadata[k]) for k in r_metadata} if (r_metadata := m.metadata) else {})
        o.secondary_ids = (_lazy_list(r_secondary_ids, Tag.from_proto) if (r_secondary_ids := m.secondary_ids) else [])
        return o

    def to_proto(self) -> _identity_pb2.IdentityState:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _identity_pb2.IdentityState()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("IdentityState", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _identity_pb2.IdentityState) -> None:
        for x_tags in self.tags:
            t_tags = p.tags.add()
            x_tags._write(t_tags)
        for k_metadata, x_metadata in self.metadata.items():
            t_metadata = p.metadata[k_metadata]
            _write_DataMapValue(t_metadata, x_metadata)
        for x_secondary_ids in self.secondary_ids:
            t_secondary_ids = p.secondary_ids.add()
            x_secondary_ids._write(t_secondary_ids)


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class MessagingChannel:
    """One of the org's numbers on a messaging channel (a short code, a phone
number, a page id...).

    Wire message: ``com.elarian.hera.proto.MessagingChannelNumber``.
    """

    __slots__ = ("channel", "number",)

    channel: Channel
    number: str

    def __init__(
        self,
        *,
        channel: Channel = Channel.UNSPECIFIED,
        number: str = "",
    ) -> None:
        self.channel = channel
        self.number = number

    def __repr__(self) -> str:
        return f"MessagingChannel(channel={self.channel!r}, number={self.number!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MessagingChannel) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.channel, self.number,) == (other.channel, other.number,)

    @classmethod
    def from_proto(cls, m: _messaging_pb2.MessagingChannelNumber) -> MessagingChannel:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.channel = _Channel_BY_NUMBER[m.channel]
        o.number = m.number
        return o

    def to_proto(self) -> _messaging_pb2.MessagingChannelNumber:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _messaging_pb2.MessagingChannelNumber()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("MessagingChannel", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _messaging_pb2.MessagingChannelNumber) -> None:
        p.channel = self.channel  # type: ignore[assignment]
        p.number = self.number


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class Media:
    """Media.

    Wire message: ``com.elarian.hera.proto.MediaMessageBody``.
    """

    __slots__ = ("url", "type",)

    url: str
    type: MediaType

    def __init__(
        self,
        *,
        url: str = "",
        type: MediaType = MediaType.UNSPECIFIED,
    ) -> None:
        self.url = url
        self.type = type

    def __repr__(self) -> str:
        return f"Media(url={self.url!r}, type={self.type!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Media) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.url, self.type,) == (other.url, other.type,)

    @property
    def media(self) -> MediaType:
        """Deprecated: use ``type``."""
        _renamed("Media", "media", "type")
        return self.type

    @media.setter
    def media(self, value: MediaType) -> None:
        _renamed("Media", "media", "type")
        self.type = value

    @classmethod
    def from_proto(cls, m: _messaging_pb2.MediaMessageBody) -> Media:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.url = m.url
        o.type = _MediaType_BY_NUMBER[m.media]
        return o

    def to_proto(self) -> _messaging_pb2.MediaMessageBody:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _messaging_pb2.MediaMessageBody()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("Media", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _messaging_pb2.MediaMessageBody) -> None:
        p.url = self.url
        p.media = self.type  # type: ignore[assignment]


_accept_renamed(Media, {"media": "type"})


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class Location:
    """Location.

    Wire message: ``com.elarian.hera.proto.LocationMessageBody``.
    """

    __slots__ = ("latitude", "longitude", "label", "address",)

    latitude: float
    longitude: float
    label: str | None
    address: str | None

    def __init__(
        self,
        *,
        latitude: float = 0.0,
        longitude: float = 0.0,
        label: str | None = None,
        address: str | None = None,
    ) -> None:
        self.latitude = latitude
        self.longitude = longitude
        self.label = label
        self.address = address

    def __repr__(self) -> str:
        return f"Location(latitude={self.latitude!r}, longitude={self.longitude!r}, label={self.label!r}, address={self.address!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Location) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.latitude, self.longitude, self.label, self.address,) == (other.latitude, other.longitude, other.label, other.address,)

    @classmethod
    def from_proto(cls, m: _messaging_pb2.LocationMessageBody) -> Location:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.latitude = m.latitude
        o.longitude = m.longitude
        o.label = m.label.value if m.HasField("label") else None
        o.address = m.address.value if m.HasField("address") else None
        return o

    def to_proto(self) -> _messaging_pb2.LocationMessageBody:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _messaging_pb2.LocationMessageBody()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("Location", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _messaging_pb2.LocationMessageBody) -> None:
        p.latitude = self.latitude
        p.longitude = self.longitude
        if self.label is not None:
            t_label = p.label
            t_label.value = self.label
        if self.address is not None:
            t_address = p.address
            t_address.value = self.address


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class Email:
    """Email.

    Wire message: ``com.elarian.hera.proto.EmailMessageBody``.
    """

    __slots__ = ("subject", "body_plain", "body_html", "cc_list", "bcc_list", "attachments",)

    subject: str
    body_plain: str
    body_html: str
    cc_list: list[str]
    bcc_list: list[str]
    attachments: list[str]
    """The attachments, by URL (added by elarian-sync)."""

    def __init__(
        self,
        *,
        subject: str = "",
        body_plain: str = "",
        body_html: str = "",
        cc_list: list[str] | None = None,
        bcc_list: list[str] | None = None,
        attachments: list[str] | None = None,
    ) -> None:
        self.subject = subject
        self.body_plain = body_plain
        self.body_html = body_html
        self.cc_list = [] if cc_list is None else cc_list
        self.bcc_list = [] if bcc_list is None else bcc_list
        self.attachments = [] if attachments is None else attachments

    def __repr__(self) -> str:
        return f"Email(subject={self.subject!r}, body_plain={self.body_plain!r}, body_html={self.body_html!r}, cc_list={self.cc_list!r}, bcc_list={self.bcc_list!r}, attachments={self.attachments!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Email) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.subject, self.body_plain, self.body_html, self.cc_list, self.bcc_list, self.attachments,) == (other.subject, other.body_plain, other.body_html, other.cc_list, other.bcc_list, other.attachments,)

    @classmethod
    def from_proto(cls, m: _messaging_pb2.EmailMessageBody) -> Email:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.subject = m.subject
        o.body_plain = m.body_plain
        o.body_html = m.body_html
        o.cc_list = list(m.cc_list)
        o.bcc_list = list(m.bcc_list)
        o.attachments = list(m.attachments)
        return o

    def to_proto(self) -> _messaging_pb2.EmailMessageBody:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _messaging_pb2.EmailMessageBody()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("Email", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _messaging_pb2.EmailMessageBody) -> None:
        p.subject = self.subject
        p.body_plain = self.body_plain
        p.body_html = self.body_html
        p.cc_list.extend(self.cc_list)
        p.bcc_list.extend(self.bcc_list)
        p.attachments.extend(self.attachments)


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class Template:
    """A provider-approved template, filled with params.

    Wire message: ``com.elarian.hera.proto.TemplateMessageBody``.
    """

    __slots__ = ("id", "params",)

    id: str
    params: dict[str, str]

    def __init__(
        self,
        *,
        id: str = "",
        params: dict[str, str] | None = None,
    ) -> None:
        self.id = id
        self.params = {} if params is None else params

    def __repr__(self) -> str:
        return f"Template(id={self.id!r}, params={self.params!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Template) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.id, self.params,) == (other.id, other.params,)

    @classmethod
    def from_proto(cls, m: _messaging_pb2.TemplateMessageBody) -> Template:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.id = m.id
        o.params = dict(m.params)
        return o

    def to_proto(self) -> _messaging_pb2.TemplateMessageBody:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _messaging_pb2.TemplateMessageBody()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("Template", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _messaging_pb2.TemplateMessageBody) -> None:
        p.id = self.id
        p.params.update(self.params)


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class Say:
    """Read text to the caller.

    Wire message: ``com.elarian.hera.proto.SayCallAction``.
    """

    __slots__ = ("text", "voice", "play_beep",)

    text: str
    voice: TextToSpeechVoice
    play_beep: bool

    def __init__(
        self,
        *,
        text: str = "",
        voice: TextToSpeechVoice = TextToSpeechVoice.UNSPECIFIED,
        play_beep: bool = False,
    ) -> None:
        self.text = text
        self.voice = voice
        self.play_beep = play_beep

    def __repr__(self) -> str:
        return f"Say(text={self.text!r}, voice={self.voice!r}, play_beep={self.play_beep!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Say) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.text, self.voice, self.play_beep,) == (other.text, other.voice, other.play_beep,)

    @classmethod
    def from_proto(cls, m: _messaging_pb2.SayCallAction) -> Say:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.text = m.text
        o.voice = _TextToSpeechVoice_BY_NUMBER[m.voice]
        o.play_beep = m.play_beep
        return o

    def to_proto(self) -> _messaging_pb2.SayCallAction:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _messaging_pb2.SayCallAction()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("Say", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _messaging_pb2.SayCallAction) -> None:
        p.text = self.text
        p.voice = self.voice  # type: ignore[assignment]
        p.play_beep = self.play_beep


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class Play:
    """Play an audio file to the caller.

    Wire message: ``com.elarian.hera.proto.PlayCallAction``.
    """

    __slots__ = ("url",)

    url: str

    def __init__(
        self,
        *,
        url: str = "",
    ) -> None:
        self.url = url

    def __repr__(self) -> str:
        return f"Play(url={self.url!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Play) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.url,) == (other.url,)

    @classmethod
    def from_proto(cls, m: _messaging_pb2.PlayCallAction) -> Play:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.url = m.url
        return o

    def to_proto(self) -> _messaging_pb2.PlayCallAction:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _messaging_pb2.PlayCallAction()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("Play", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _messaging_pb2.PlayCallAction) -> None:
        p.url = self.url


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class GetDigits:
    """Collect key presses, optionally after a prompt.

    Wire message: ``com.elarian.hera.proto.GetDigitsCallAction``.
    """

    __slots__ = ("say", "play", "timeout", "finish_on_key", "num_digits",)

    say: Say | None
    play: Play | None
    timeout: timedelta | None
    finish_on_key: str | None
    num_digits: int | None

    def __init__(
        self,
        *,
        say: Say | None = None,
        play: Play | None = None,
        timeout: timedelta | None = None,
        finish_on_key: str | None = None,
        num_digits: int | None = None,
    ) -> None:
        self.say = say
        self.play = play
        self.timeout = timeout
        self.finish_on_key = finish_on_key
        self.num_digits = num_digits
        _check_oneof(
            "GetDigits",
            "prompt",
            "say, play",
            (say, play,),
            False,
        )

    def __repr__(self) -> str:
        return f"GetDigits(say={self.say!r}, play={self.play!r}, timeout={self.timeout!r}, finish_on_key={self.finish_on_key!r}, num_digits={self.num_digits!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, GetDigits) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.say, self.play, self.timeout, self.finish_on_key, self.num_digits,) == (other.say, other.play, other.timeout, other.finish_on_key, other.num_digits,)

    def which_prompt(self) -> Literal["say", "play"] | None:
        """The member of oneof ``prompt`` that is set, or None."""
        if self.say is not None:
            return "say"
        if self.play is not None:
            return "play"
        return None

    @classmethod
    def from_proto(cls, m: _messaging_pb2.GetDigitsCallAction) -> GetDigits:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        w_prompt = m.WhichOneof("prompt")
        o.say = Say.from_proto(m.say) if w_prompt == "say" else None
        o.play = Play.from_proto(m.play) if w_prompt == "play" else None
        o.timeout = _duration(m.timeout) if m.HasField("timeout") else None
        o.finish_on_key = m.finish_on_key.value if m.HasField("finish_on_key") else None
        o.num_digits = m.num_digits.value if m.HasField("num_digits") else None
        return o

    def to_proto(self) -> _messaging_pb2.GetDigitsCallAction:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _messaging_pb2.GetDigitsCallAction()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("GetDigits", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _messaging_pb2.GetDigitsCallAction) -> None:
        n_prompt = 0
        if self.say is not None:
            t_say = p.say
            t_say.SetInParent()
            self.say._write(t_say)
            n_prompt += 1
        if self.play is not None:
            t_play = p.play
            t_play.SetInParent()
            self.play._write(t_play)
            n_prompt += 1
        if self.timeout is not None:
            t_timeout = p.timeout
            _set_duration(t_timeout, self.timeout)
        if self.finish_on_key is not None:
            t_finish_on_key = p.finish_on_key
            t_finish_on_key.value = self.finish_on_key
        if self.num_digits is not None:
            t_num_digits = p.num_digits
            t_num_digits.value = self.num_digits
        if n_prompt > 1:
            raise _oneof_error("GetDigits", "prompt", "say, play", n_prompt, False)


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class GetRecording:
    """Record what the caller says, optionally after a prompt.

    Wire message: ``com.elarian.hera.proto.GetRecordingCallAction``.
    """

    __slots__ = ("say", "play", "timeout", "max_length", "finish_on_key", "play_beep", "trim_silence",)

    say: Say | None
    play: Play | None
    timeout: timedelta | None
    max_length: timedelta | None
    finish_on_key: str | None
    play_beep: bool
    trim_silence: bool

    def __init__(
        self,
        *,
        say: Say | None = None,
        play: Play | None = None,
        timeout: timedelta | None = None,
        max_length: timedelta | None = None,
        finish_on_key: str | None = None,
        play_beep: bool = False,
        trim_silence: bool = False,
    ) -> None:
        self.say = say
        self.play = play
        self.timeout = timeout
        self.max_length = max_length
        self.finish_on_key = finish_on_key
        self.play_beep = play_beep
        self.trim_silence = trim_silence
        _check_oneof(
            "GetRecording",
            "prompt",
            "say, play",
            (say, play,),
            False,
        )

    def __repr__(self) -> str:
        return f"GetRecording(say={self.say!r}, play={self.play!r}, timeout={self.timeout!r}, max_length={self.max_length!r}, finish_on_key={self.finish_on_key!r}, play_beep={self.play_beep!r}, trim_silence={self.trim_silence!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, GetRecording) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.say, self.play, self.timeout, self.max_length, self.finish_on_key, self.play_beep, self.trim_silence,) == (other.say, other.play, other.timeout, other.max_length, other.finish_on_key, other.play_beep, other.trim_silence,)

    def which_prompt(self) -> Literal["say", "play"] | None:
        """The member of oneof ``prompt`` that is set, or None."""
        if self.say is not None:
            return "say"
        if self.play is not None:
            return "play"
        return None

    @classmethod
    def from_proto(cls, m: _messaging_pb2.GetRecordingCallAction) -> GetRecording:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        w_prompt = m.WhichOneof("prompt")
        o.say = Say.from_proto(m.say) if w_prompt == "say" else None
        o.play = Play.from_proto(m.play) if w_prompt == "play" else None
        o.timeout = _duration(m.timeout) if m.HasField("timeout") else None
        o.max_length = _duration(m.max_length) if m.HasField("max_length") else None
        o.finish_on_key = m.finish_on_key.value if m.HasField("finish_on_key") else None
        o.play_beep = m.play_beep
        o.trim_silence = m.trim_silence
        return o

    def to_proto(self) -> _messaging_pb2.GetRecordingCallAction:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _messaging_pb2.GetRecordingCallAction()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("GetRecording", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _messaging_pb2.GetRecordingCallAction) -> None:
        n_prompt = 0
        if self.say is not None:
            t_say = p.say
            t_say.SetInParent()
            self.say._write(t_say)
            n_prompt += 1
        if self.play is not None:
            t_play = p.play
            t_play.SetInParent()
            self.play._write(t_play)
            n_prompt += 1
        if self.timeout is not None:
            t_timeout = p.timeout
            _set_duration(t_timeout, self.timeout)
        if self.max_length is not None:
            t_max_length = p.max_length
            _set_duration(t_max_length, self.max_length)
        if self.finish_on_key is not None:
            t_finish_on_key = p.finish_on_key
            t_finish_on_key.value = self.finish_on_key
        p.play_beep = self.play_beep
        p.trim_silence = self.trim_silence
        if n_prompt > 1:
            raise _oneof_error("GetRecording", "prompt", "say, play", n_prompt, False)


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class RecordSession:
    """Record the whole call.

    Wire message: ``com.elarian.hera.proto.RecordSessionCallAction``.
    """

    __slots__ = ()


    def __repr__(self) -> str:
        return f"RecordSession()"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RecordSession) or other.__class__ is not self.__class__:
            return NotImplemented
        return True

    @classmethod
    def from_proto(cls, m: _messaging_pb2.RecordSessionCallAction) -> RecordSession:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        return o

    def to_proto(self) -> _messaging_pb2.RecordSessionCallAction:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _messaging_pb2.RecordSessionCallAction()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("RecordSession", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _messaging_pb2.RecordSessionCallAction) -> None:
        return


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class Dial:
    """Connect the caller to other numbers.

    Wire message: ``com.elarian.hera.proto.DialCallAction``.
    """

    __slots__ = ("customer_numbers", "record", "sequential", "ringback_tone", "caller_id", "max_duration",)

    customer_numbers: list[CustomerNumber]
    record: bool
    sequential: bool
    ringback_tone: str | None
    caller_id: str | None
    max_duration: int | None

    def __init__(
        self,
        *,
        customer_numbers: list[CustomerNumber] | None = None,
        record: bool = False,
        sequential: bool = False,
        ringback_tone: str | None = None,
        caller_id: str | None = None,
        max_duration: int | None = None,
    ) -> None:
        self.customer_numbers = [] if customer_numbers is None else customer_numbers
        self.record = record
        self.sequential = sequential
        self.ringback_tone = ringback_tone
        self.caller_id = caller_id
        self.max_duration = max_duration

    def __repr__(self) -> str:
        return f"Dial(customer_numbers={self.customer_numbers!r}, record={self.record!r}, sequential={self.sequential!r}, ringback_tone={self.ringback_tone!r}, caller_id={self.caller_id!r}, max_duration={self.max_duration!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Dial) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.customer_numbers, self.record, self.sequential, self.ringback_tone, self.caller_id, self.max_duration,) == (other.customer_numbers, other.record, other.sequential, other.ringback_tone, other.caller_id, other.max_duration,)

    @classmethod
    def from_proto(cls, m: _messaging_pb2.DialCallAction) -> Dial:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.customer_numbers = (_lazy_list(r_customer_numbers, CustomerNumber.from_proto) if (r_customer_numbers := m.customer_numbers) else [])
        o.record = m.record
        o.sequential = m.sequential
        o.ringback_tone = m.ringback_tone.value if m.HasField("ringback_tone") else None
        o.caller_id = m.caller_id.value if m.HasField("caller_id") else None
        o.max_duration = m.max_duration.value if m.HasField("max_duration") else None
        return o

    def to_proto(self) -> _messaging_pb2.DialCallAction:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _messaging_pb2.DialCallAction()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("Dial", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _messaging_pb2.DialCallAction) -> None:
        for x_customer_numbers in self.customer_numbers:
            t_customer_numbers = p.customer_numbers.add()
            x_customer_numbers._write(t_customer_numbers)
        p.record = self.record
        p.sequential = self.sequential
        if self.ringback_tone is not None:
            t_ringback_tone = p.ringback_tone
            t_ringback_tone.value = self.ringback_tone
        if self.caller_id is not None:
            t_caller_id = p.caller_id
            t_caller_id.value = self.caller_id
        if self.max_duration is not None:
            t_max_duration = p.max_duration
            t_max_duration.value = self.max_duration


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class Enqueue:
    """Put the caller in a queue.

    Wire message: ``com.elarian.hera.proto.EnqueueCallAction``.
    """

    __slots__ = ("hold_music", "queue_name",)

    hold_music: str | None
    queue_name: str | None

    def __init__(
        self,
        *,
        hold_music: str | None = None,
        queue_name: str | None = None,
    ) -> None:
        self.hold_music = hold_music
        self.queue_name = queue_name

    def __repr__(self) -> str:
        return f"Enqueue(hold_music={self.hold_music!r}, queue_name={self.queue_name!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Enqueue) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.hold_music, self.queue_name,) == (other.hold_music, other.queue_name,)

    @classmethod
    def from_proto(cls, m: _messaging_pb2.EnqueueCallAction) -> Enqueue:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.hold_music = m.hold_music.value if m.HasField("hold_music") else None
        o.queue_name = m.queue_name.value if m.HasField("queue_name") else None
        return o

    def to_proto(self) -> _messaging_pb2.EnqueueCallAction:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _messaging_pb2.EnqueueCallAction()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("Enqueue", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _messaging_pb2.EnqueueCallAction) -> None:
        if self.hold_music is not None:
            t_hold_music = p.hold_music
            t_hold_music.value = self.hold_music
        if self.queue_name is not None:
            t_queue_name = p.queue_name
            t_queue_name.value = self.queue_name


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class Dequeue:
    """Take a caller out of a queue and connect them.

    Wire message: ``com.elarian.hera.proto.DequeueCallAction``.
    """

    __slots__ = ("channel_number", "record", "queue_name", "_src",)

    channel_number: MessagingChannel | None
    record: bool
    queue_name: str | None

    def __init__(
        self,
        *,
        channel_number: MessagingChannel | None = None,
        record: bool = False,
        queue_name: str | None = None,
    ) -> None:
        self.channel_number = channel_number
        self.record = record
        self.queue_name = queue_name

    def __repr__(self) -> str:
        return f"Dequeue(channel_number={self.channel_number!r}, record={self.record!r}, queue_name={self.queue_name!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Dequeue) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.channel_number, self.record, self.queue_name,) == (other.channel_number, other.record, other.queue_name,)

    @classmethod
    def from_proto(cls, m: _messaging_pb2.DequeueCallAction) -> Dequeue:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.record = m.record
        o.queue_name = m.queue_name.value if m.HasField("queue_name") else None
        o._src = m  # channel_number: on first read
        return o

    if TYPE_CHECKING:
        _src: Any
    else:

        def __getattr__(self, name: str) -> Any:
            return _load_field(self, name, _LAZY_Dequeue)

        def __getstate__(self) -> Any:
            return _field_state(self)

    def to_proto(self) -> _messaging_pb2.DequeueCallAction:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _messaging_pb2.DequeueCallAction()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("Dequeue", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _messaging_pb2.DequeueCallAction) -> None:
        if self.channel_number is not None:
            t_channel_number = p.channel_number
            t_channel_number.SetInParent()
            self.channel_number._write(t_channel_number)
        p.record = self.record
        if self.queue_name is not None:
            t_queue_name = p.queue_name
            t_queue_name.value = self.queue_name


_LAZY_Dequeue: dict[str, _Reader] = {
    "channel_number": lambda m: MessagingChannel.from_proto(m.channel_number) if m.HasField("channel_number") else None,
}


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class Reject:
    """Refuse the call.

    Wire message: ``com.elarian.hera.proto.RejectCallAction``.
    """

    __slots__ = ()


    def __repr__(self) -> str:
        return f"Reject()"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Reject) or other.__class__ is not self.__class__:
            return NotImplemented
        return True

    @classmethod
    def from_proto(cls, m: _messaging_pb2.RejectCallAction) -> Reject:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        return o

    def to_proto(self) -> _messaging_pb2.RejectCallAction:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _messaging_pb2.RejectCallAction()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("Reject", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _messaging_pb2.RejectCallAction) -> None:
        return


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class Redirect:
    """Hand the call to another dial plan at url.

    Wire message: ``com.elarian.hera.proto.RedirectCallAction``.
    """

    __slots__ = ("url",)

    url: str

    def __init__(
        self,
        *,
        url: str = "",
    ) -> None:
        self.url = url

    def __repr__(self) -> str:
        return f"Redirect(url={self.url!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Redirect) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.url,) == (other.url,)

    @classmethod
    def from_proto(cls, m: _messaging_pb2.RedirectCallAction) -> Redirect:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.url = m.url
        return o

    def to_proto(self) -> _messaging_pb2.RedirectCallAction:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _messaging_pb2.RedirectCallAction()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("Redirect", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _messaging_pb2.RedirectCallAction) -> None:
        p.url = self.url


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class VoiceAction:
    """VoiceAction.

    Wire message: ``com.elarian.hera.proto.VoiceCallAction``.
    """

    __slots__ = ("say", "play", "get_digits", "dial", "record_session", "get_recording", "enqueue", "dequeue", "reject", "redirect",)

    say: Say | None
    play: Play | None
    get_digits: GetDigits | None
    dial: Dial | None
    record_session: RecordSession | None
    get_recording: GetRecording | None
    enqueue: Enqueue | None
    dequeue: Dequeue | None
    reject: Reject | None
    redirect: Redirect | None

    def __init__(
        self,
        *,
        say: Say | None = None,
        play: Play | None = None,
        get_digits: GetDigits | None = None,
        dial: Dial | None = None,
        record_session: RecordSession | None = None,
        get_recording: GetRecording | None = None,
        enqueue: Enqueue | None = None,
        dequeue: Dequeue | None = None,
        reject: Reject | None = None,
        redirect: Redirect | None = None,
    ) -> None:
        self.say = say
        self.play = play
        self.get_digits = get_digits
        self.dial = dial
        self.record_session = record_session
        self.get_recording = get_recording
        self.enqueue = enqueue
        self.dequeue = dequeue
        self.reject = reject
        self.redirect = redirect
        _check_oneof(
            "VoiceAction",
            "entry",
            "say, play, get_digits, dial, record_session, get_recording, enqueue, dequeue, reject, redirect",
            (say, play, get_digits, dial, record_session, get_recording, enqueue, dequeue, reject, redirect,),
            True,
        )

    def __repr__(self) -> str:
        return f"VoiceAction(say={self.say!r}, play={self.play!r}, get_digits={self.get_digits!r}, dial={self.dial!r}, record_session={self.record_session!r}, get_recording={self.get_recording!r}, enqueue={self.enqueue!r}, dequeue={self.dequeue!r}, reject={self.reject!r}, redirect={self.redirect!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, VoiceAction) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.say, self.play, self.get_digits, self.dial, self.record_session, self.get_recording, self.enqueue, self.dequeue, self.reject, self.redirect,) == (other.say, other.play, other.get_digits, other.dial, other.record_session, other.get_recording, other.enqueue, other.dequeue, other.reject, other.redirect,)

    def which_entry(self) -> Literal["say", "play", "get_digits", "dial", "record_session", "get_recording", "enqueue", "dequeue", "reject", "redirect"] | None:
        """The member of oneof ``entry`` that is set, or None."""
        if self.say is not None:
            return "say"
        if self.play is not None:
            return "play"
        if self.get_digits is not None:
            return "get_digits"
        if self.dial is not None:
            return "dial"
        if self.record_session is not None:
            return "record_session"
        if self.get_recording is not None:
            return "get_recording"
        if self.enqueue is not None:
            return "enqueue"
        if self.dequeue is not None:
            return "dequeue"
        if self.reject is not None:
            return "reject"
        if self.redirect is not None:
            return "redirect"
        return None

    @classmethod
    def from_proto(cls, m: _messaging_pb2.VoiceCallAction) -> VoiceAction:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        w_entry = m.WhichOneof("entry")
        o.say = Say.from_proto(m.say) if w_entry == "say" else None
        o.play = Play.from_proto(m.play) if w_entry == "play" else None
        o.get_digits = GetDigits.from_proto(m.get_digits) if w_entry == "get_digits" else None
        o.dial = Dial.from_proto(m.dial) if w_entry == "dial" else None
        o.record_session = RecordSession.from_proto(m.record_session) if w_entry == "record_session" else None
        o.get_recording = GetRecording.from_proto(m.get_recording) if w_entry == "get_recording" else None
        o.enqueue = Enqueue.from_proto(m.enqueue) if w_entry == "enqueue" else None
        o.dequeue = Dequeue.from_proto(m.dequeue) if w_entry == "dequeue" else None
        o.reject = Reject.from_proto(m.reject) if w_entry == "reject" else None
        o.redirect = Redirect.from_proto(m.redirect) if w_entry == "redirect" else None
        return o

    def to_proto(self) -> _messaging_pb2.VoiceCallAction:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _messaging_pb2.VoiceCallAction()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("VoiceAction", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _messaging_pb2.VoiceCallAction) -> None:
        n_entry = 0
        if self.say is not None:
            t_say = p.say
            t_say.SetInParent()
            self.say._write(t_say)
            n_entry += 1
        if self.play is not None:
            t_play = p.play
            t_play.SetInParent()
            self.play._write(t_play)
            n_entry += 1
        if self.get_digits is not None:
            t_get_digits = p.get_digits
            t_get_digits.SetInParent()
            self.get_digits._write(t_get_digits)
            n_entry += 1
        if self.dial is not None:
            t_dial = p.dial
            t_dial.SetInParent()
            self.dial._write(t_dial)
            n_entry += 1
        if self.record_session is not None:
            t_record_session = p.record_session
            t_record_session.SetInParent()
            self.record_session._write(t_record_session)
            n_entry += 1
        if self.get_recording is not None:
            t_get_recording = p.get_recording
            t_get_recording.SetInParent()
            self.get_recording._write(t_get_recording)
            n_entry += 1
        if self.enqueue is not None:
            t_enqueue = p.enqueue
            t_enqueue.SetInParent()
            self.enqueue._write(t_enqueue)
            n_entry += 1
        if self.dequeue is not None:
            t_dequeue = p.dequeue
            t_dequeue.SetInParent()
            self.dequeue._write(t_dequeue)
            n_entry += 1
        if self.reject is not None:
            t_reject = p.reject
            t_reject.SetInParent()
            self.reject._write(t_reject)
            n_entry += 1
        if self.redirect is not None:
            t_redirect = p.redirect
            t_redirect.SetInParent()
            self.redirect._write(t_redirect)
            n_entry += 1
        if n_entry != 1:
            raise _oneof_error("VoiceAction", "entry", "say, play, get_digits, dial, record_session, get_recording, enqueue, dequeue, reject, redirect", n_entry, True)


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class VoiceCallDialInput:
    """VoiceCallDialInput.

    Wire message: ``com.elarian.hera.proto.VoiceCallDialInput``.
    """

    __slots__ = ("destination_number", "started_at", "duration",)

    destination_number: str
    started_at: datetime | None
    duration: timedelta | None

    def __init__(
        self,
        *,
        destination_number: str = "",
        started_at: datetime | None = None,
        duration: timedelta | None = None,
    ) -> None:
        self.destination_number = destination_number
        self.started_at = started_at
        self.duration = duration

    def __repr__(self) -> str:
        return f"VoiceCallDialInput(destination_number={self.destination_number!r}, started_at={self.started_at!r}, duration={self.duration!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, VoiceCallDialInput) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.destination_number, self.started_at, self.duration,) == (other.destination_number, other.started_at, other.duration,)

    @classmethod
    def from_proto(cls, m: _messaging_pb2.VoiceCallDialInput) -> VoiceCallDialInput:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.destination_number = m.destination_number
        o.started_at = _timestamp(m.started_at) if m.HasField("started_at") else None
        o.duration = _duration(m.duration) if m.HasField("duration") else None
        return o

    def to_proto(self) -> _messaging_pb2.VoiceCallDialInput:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _messaging_pb2.VoiceCallDialInput()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("VoiceCallDialInput", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _messaging_pb2.VoiceCallDialInput) -> None:
        p.destination_number = self.destination_number
        if self.started_at is not None:
            t_started_at = p.started_at
            _set_timestamp(t_started_at, self.started_at)
        if self.duration is not None:
            t_duration = p.duration
            _set_duration(t_duration, self.duration)


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class VoiceCallQueueInput:
    """VoiceCallQueueInput.

    Wire message: ``com.elarian.hera.proto.VoiceCallQueueInput``.
    """

    __slots__ = ("enqueued_at", "dequeued_at", "dequeued_to_number", "dequeued_to_session_id", "queue_duration",)

    enqueued_at: datetime | None
    dequeued_at: datetime | None
    dequeued_to_number: str | None
    dequeued_to_session_id: str | None
    """The camelCase tail is the published field name; keep it for JSON parity."""
    queue_duration: timedelta | None

    def __init__(
        self,
        *,
        enqueued_at: datetime | None = None,
        dequeued_at: datetime | None = None,
        dequeued_to_number: str | None = None,
        dequeued_to_session_id: str | None = None,
        queue_duration: timedelta | None = None,
    ) -> None:
        self.enqueued_at = enqueued_at
        self.dequeued_at = dequeued_at
        self.dequeued_to_number = dequeued_to_number
        self.dequeued_to_session_id = dequeued_to_session_id
        self.queue_duration = queue_duration

    def __repr__(self) -> str:
        return f"VoiceCallQueueInput(enqueued_at={self.enqueued_at!r}, dequeued_at={self.dequeued_at!r}, dequeued_to_number={self.dequeued_to_number!r}, dequeued_to_session_id={self.dequeued_to_session_id!r}, queue_duration={self.queue_duration!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, VoiceCallQueueInput) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.enqueued_at, self.dequeued_at, self.dequeued_to_number, self.dequeued_to_session_id, self.queue_duration,) == (other.enqueued_at, other.dequeued_at, other.dequeued_to_number, other.dequeued_to_session_id, other.queue_duration,)

    @classmethod
    def from_proto(cls, m: _messaging_pb2.VoiceCallQueueInput) -> VoiceCallQueueInput:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.enqueued_at = _timestamp(m.enqueued_at) if m.HasField("enqueued_at") else None
        o.dequeued_at = _timestamp(m.dequeued_at) if m.HasField("dequeued_at") else None
        o.dequeued_to_number = m.dequeued_to_number.value if m.HasField("dequeued_to_number") else None
        o.dequeued_to_session_id = m.dequeued_to_sessionId.value if m.HasField("dequeued_to_sessionId") else None
        o.queue_duration = _duration(m.queue_duration) if m.HasField("queue_duration") else None
        return o

    def to_proto(self) -> _messaging_pb2.VoiceCallQueueInput:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _messaging_pb2.VoiceCallQueueInput()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("VoiceCallQueueInput", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _messaging_pb2.VoiceCallQueueInput) -> None:
        if self.enqueued_at is not None:
            t_enqueued_at = p.enqueued_at
            _set_timestamp(t_enqueued_at, self.enqueued_at)
        if self.dequeued_at is not None:
            t_dequeued_at = p.dequeued_at
            _set_timestamp(t_dequeued_at, self.dequeued_at)
        if self.dequeued_to_number is not None:
            t_dequeued_to_number = p.dequeued_to_number
            t_dequeued_to_number.value = self.dequeued_to_number
        if self.dequeued_to_session_id is not None:
            t_dequeued_to_session_id = p.dequeued_to_sessionId
            t_dequeued_to_session_id.value = self.dequeued_to_session_id
        if self.queue_duration is not None:
            t_queue_duration = p.queue_duration
            _set_duration(t_queue_duration, self.queue_duration)


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class VoiceCallInput:
    """What the voice network reports about a call: its state, the digits pressed,
a recording.

    Wire message: ``com.elarian.hera.proto.VoiceCallInputMessageBody``.
    """

    __slots__ = ("direction", "status", "started_at", "hangup_cause", "dtmf_digits", "recording_url", "dial_data", "queue_data", "_src",)

    direction: CustomerEventDirection
    status: VoiceCallStatus
    started_at: datetime | None
    hangup_cause: VoiceCallHangupCause
    dtmf_digits: str | None
    recording_url: str | None
    dial_data: VoiceCallDialInput | None
    queue_data: VoiceCallQueueInput | None

    def __init__(
        self,
        *,
        direction: CustomerEventDirection = CustomerEventDirection.UNSPECIFIED,
        status: VoiceCallStatus = VoiceCallStatus.UNSPECIFIED,
        started_at: datetime | None = None,
        hangup_cause: VoiceCallHangupCause = VoiceCallHangupCause.UNSPECIFIED,
        dtmf_digits: str | None = None,
        recording_url: str | None = None,
        dial_data: VoiceCallDialInput | None = None,
        queue_data: VoiceCallQueueInput | None = None,
    ) -> None:
        self.direction = direction
        self.status = status
        self.started_at = started_at
        self.hangup_cause = hangup_cause
        self.dtmf_digits = dtmf_digits
        self.recording_url = recording_url
        self.dial_data = dial_data
        self.queue_data = queue_data

    def __repr__(self) -> str:
        return f"VoiceCallInput(direction={self.direction!r}, status={self.status!r}, started_at={self.started_at!r}, hangup_cause={self.hangup_cause!r}, dtmf_digits={self.dtmf_digits!r}, recording_url={self.recording_url!r}, dial_data={self.dial_data!r}, queue_data={self.queue_data!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, VoiceCallInput) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.direction, self.status, self.started_at, self.hangup_cause, self.dtmf_digits, self.recording_url, self.dial_data, self.queue_data,) == (other.direction, other.status, other.started_at, other.hangup_cause, other.dtmf_digits, other.recording_url, other.dial_data, other.queue_data,)

    @classmethod
    def from_proto(cls, m: _messaging_pb2.VoiceCallInputMessageBody) -> VoiceCallInput:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.direction = _CustomerEventDirection_BY_NUMBER[m.direction]
        o.status = _VoiceCallStatus_BY_NUMBER[m.status]
        o.started_at = _timestamp(m.started_at) if m.HasField("started_at") else None
        o.hangup_cause = _VoiceCallHangupCause_BY_NUMBER[m.hangup_cause]
        o.dtmf_digits = m.dtmf_digits.value if m.HasField("dtmf_digits") else None
        o.recording_url = m.recording_url.value if m.HasField("recording_url") else None
        o._src = m  # dial_data, queue_data: on first read
        return o

    if TYPE_CHECKING:
        _src: Any
    else:

        def __getattr__(self, name: str) -> Any:
            return _load_field(self, name, _LAZY_VoiceCallInput)

        def __getstate__(self) -> Any:
            return _field_state(self)

    def to_proto(self) -> _messaging_pb2.VoiceCallInputMessageBody:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _messaging_pb2.VoiceCallInputMessageBody()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("VoiceCallInput", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _messaging_pb2.VoiceCallInputMessageBody) -> None:
        p.direction = self.direction  # type: ignore[assignment]
        p.status = self.status  # type: ignore[assignment]
        if self.started_at is not None:
            t_started_at = p.started_at
            _set_timestamp(t_started_at, self.started_at)
        p.hangup_cause = self.hangup_cause  # type: ignore[assignment]
        if self.dtmf_digits is not None:
            t_dtmf_digits = p.dtmf_digits
            t_dtmf_digits.value = self.dtmf_digits
        if self.recording_url is not None:
            t_recording_url = p.recording_url
            t_recording_url.value = self.recording_url
        if self.dial_data is not None:
            t_dial_data = p.dial_data
            t_dial_data.SetInParent()
            self.dial_data._write(t_dial_data)
        if self.queue_data is not None:
            t_queue_data = p.queue_data
            t_queue_data.SetInParent()
            self.queue_data._write(t_queue_data)


_LAZY_VoiceCallInput: dict[str, _Reader] = {
    "dial_data": lambda m: VoiceCallDialInput.from_proto(m.dial_data) if m.HasField("dial_data") else None,
    "queue_data": lambda m: VoiceCallQueueInput.from_proto(m.queue_data) if m.HasField("queue_data") else None,
}


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class UssdInput:
    """What the customer typed in a USSD session.

    Wire message: ``com.elarian.hera.proto.UssdInputMessageBody``.
    """

    __slots__ = ("status", "text",)

    status: UssdSessionStatus
    text: str | None

    def __init__(
        self,
        *,
        status: UssdSessionStatus = UssdSessionStatus.UNSPECIFIED,
        text: str | None = None,
    ) -> None:
        self.status = status
        self.text = text

    def __repr__(self) -> str:
        return f"UssdInput(status={self.status!r}, text={self.text!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UssdInput) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.status, self.text,) == (other.status, other.text,)

    @classmethod
    def from_proto(cls, m: _messaging_pb2.UssdInputMessageBody) -> UssdInput:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.status = _UssdSessionStatus_BY_NUMBER[m.status]
        o.text = m.text.value if m.HasField("text") else None
        return o

    def to_proto(self) -> _messaging_pb2.UssdInputMessageBody:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _messaging_pb2.UssdInputMessageBody()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("UssdInput", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _messaging_pb2.UssdInputMessageBody) -> None:
        p.status = self.status  # type: ignore[assignment]
        if self.text is not None:
            t_text = p.text
            t_text.value = self.text


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class UssdMenu:
    """The next USSD screen; a terminal menu ends the session.

    Wire message: ``com.elarian.hera.proto.UssdMenuMessageBody``.
    """

    __slots__ = ("text", "is_terminal",)

    text: str
    is_terminal: bool

    def __init__(
        self,
        *,
        text: str = "",
        is_terminal: bool = False,
    ) -> None:
        self.text = text
        self.is_terminal = is_terminal

    def __repr__(self) -> str:
        return f"UssdMenu(text={self.text!r}, is_terminal={self.is_terminal!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UssdMenu) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.text, self.is_terminal,) == (other.text, other.is_terminal,)

    @classmethod
    def from_proto(cls, m: _messaging_pb2.UssdMenuMessageBody) -> UssdMenu:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.text = m.text
        o.is_terminal = m.is_terminal
        return o

    def to_proto(self) -> _messaging_pb2.UssdMenuMessageBody:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _messaging_pb2.UssdMenuMessageBody()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("UssdMenu", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _messaging_pb2.UssdMenuMessageBody) -> None:
        p.text = self.text
        p.is_terminal = self.is_terminal


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class MessageBody:
    """The content of a message the org sends: exactly one kind.

    Wire message: ``com.elarian.hera.proto.OutboundMessageBody``.
    """

    __slots__ = ("text", "media", "location", "email", "template", "url", "voice", "ussd",)

    text: str | None
    media: Media | None
    location: Location | None
    email: Email | None
    template: Template | None
    url: str | None
    voice: list[VoiceAction] | None
    ussd: UssdMenu | None

    def __init__(
        self,
        *,
        text: str | None = None,
        media: Media | None = None,
        location: Location | None = None,
        email: Email | None = None,
        template: Template | None = None,
        url: str | None = None,
        voice: list[VoiceAction] | None = None,
        ussd: UssdMenu | None = None,
    ) -> None:
        self.text = text
        self.media = media
        self.location = location
        self.email = email
        self.template = template
        self.url = url
        self.voice = voice
        self.ussd = ussd
        _check_oneof(
            "MessageBody",
            "entry",
            "text, media, location, email, template, url, voice, ussd",
            (text, media, location, email, template, url, voice, ussd,),
            True,
        )

    def __repr__(self) -> str:
        return f"MessageBody(text={self.text!r}, media={self.media!r}, location={self.location!r}, email={self.email!r}, template={self.template!r}, url={self.url!r}, voice={self.voice!r}, ussd={self.ussd!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MessageBody) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.text, self.media, self.location, self.email, self.template, self.url, self.voice, self.ussd,) == (other.text, other.media, other.location, other.email, other.template, other.url, other.voice, other.ussd,)

    def which_entry(self) -> Literal["text", "media", "location", "email", "template", "url", "voice", "ussd"] | None:
        """The member of oneof ``entry`` that is set, or None."""
        if self.text is not None:
            return "text"
        if self.media is not None:
            return "media"
        if self.location is not None:
            return "location"
        if self.email is not None:
            return "email"
        if self.template is not None:
            return "template"
        if self.url is not None:
            return "url"
        if self.voice is not None:
            return "voice"
        if self.ussd is not None:
            return "ussd"
        return None

    @classmethod
    def from_proto(cls, m: _messaging_pb2.OutboundMessageBody) -> MessageBody:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        w_entry = m.WhichOneof("entry")
        o.text = m.text if w_entry == "text" else None
        o.media = Media.from_proto(m.media) if w_entry == "media" else None
        o.location = Location.from_proto(m.location) if w_entry == "location" else None
        o.email = Email.from_proto(m.email) if w_entry == "email" else None
        o.template = Template.from_proto(m.template) if w_entry == "template" else None
        o.url = m.url if w_entry == "url" else None
        o.voice = (_lazy_list(r_actions, VoiceAction.from_proto) if (r_actions := m.voice.actions) else []) if w_entry == "voice" else None
        o.ussd = UssdMenu.from_proto(m.ussd) if w_entry == "ussd" else None
        return o

    def to_proto(self) -> _messaging_pb2.OutboundMessageBody:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _messaging_pb2.OutboundMessageBody()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("MessageBody", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _messaging_pb2.OutboundMessageBody) -> None:
        n_entry = 0
        if self.text is not None:
            p.text = self.text
            n_entry += 1
        if self.media is not None:
            t_media = p.media
            t_media.SetInParent()
            self.media._write(t_media)
            n_entry += 1
        if self.location is not None:
            t_location = p.location
            t_location.SetInParent()
            self.location._write(t_location)
            n_entry += 1
        if self.email is not None:
            t_email = p.email
            t_email.SetInParent()
            self.email._write(t_email)
            n_entry += 1
        if self.template is not None:
            t_template = p.template
            t_template.SetInParent()
            self.template._write(t_template)
            n_entry += 1
        if self.url is not None:
            p.url = self.url
            n_entry += 1
        if self.voice is not None:
            t_voice = p.voice
            t_voice.SetInParent()
            for x_actions in self.voice:
                t_actions = t_voice.actions.add()
                x_actions._write(t_actions)
            n_entry += 1
        if self.ussd is not None:
            t_ussd = p.ussd
            t_ussd.SetInParent()
            self.ussd._write(t_ussd)
            n_entry += 1
        if n_entry != 1:
            raise _oneof_error("MessageBody", "entry", "text, media, location, email, template, url, voice, ussd", n_entry, True)


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class PromptMenuItem:
    """PromptMenuItem.

    Wire message: ``com.elarian.hera.proto.PromptMessageMenuItemBody``.
    """

    __slots__ = ("text", "media",)

    text: str | None
    media: Media | None

    def __init__(
        self,
        *,
        text: str | None = None,
        media: Media | None = None,
    ) -> None:
        self.text = text
        self.media = media
        _check_oneof(
            "PromptMenuItem",
            "entry",
            "text, media",
            (text, media,),
            True,
        )

    def __repr__(self) -> str:
        return f"PromptMenuItem(text={self.text!r}, media={self.media!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PromptMenuItem) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.text, self.media,) == (other.text, other.media,)

    def which_entry(self) -> Literal["text", "media"] | None:
        """The member of oneof ``entry`` that is set, or None."""
        if self.text is not None:
            return "text"
        if self.media is not None:
            return "media"
        return None

    @classmethod
    def from_proto(cls, m: _messaging_pb2.PromptMessageMenuItemBody) -> PromptMenuItem:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        w_entry = m.WhichOneof("entry")
        o.text = m.text if w_entry == "text" else None
        o.media = Media.from_proto(m.media) if w_entry == "media" else None
        return o

    def to_proto(self) -> _messaging_pb2.PromptMessageMenuItemBody:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _messaging_pb2.PromptMessageMenuItemBody()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("PromptMenuItem", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _messaging_pb2.PromptMessageMenuItemBody) -> None:
        n_entry = 0
        if self.text is not None:
            p.text = self.text
            n_entry += 1
        if self.media is not None:
            t_media = p.media
            t_media.SetInParent()
            self.media._write(t_media)
            n_entry += 1
        if n_entry != 1:
            raise _oneof_error("PromptMenuItem", "entry", "text, media", n_entry, True)


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class InboundMessageBody:
    """The content of a message a customer sends: exactly one kind per part.

    Wire message: ``com.elarian.hera.proto.InboundMessageBody``.
    """

    __slots__ = ("text", "media", "location", "email", "voice", "ussd",)

    text: str | None
    media: Media | None
    location: Location | None
    email: Email | None
    voice: VoiceCallInput | None
    ussd: UssdInput | None

    def __init__(
        self,
        *,
        text: str | None = None,
        media: Media | None = None,
        location: Location | None = None,
        email: Email | None = None,
        voice: VoiceCallInput | None = None,
        ussd: UssdInput | None = None,
    ) -> None:
        self.text = text
        self.media = media
        self.location = location
        self.email = email
        self.voice = voice
        self.ussd = ussd
        _check_oneof(
            "InboundMessageBody",
            "entry",
            "text, media, location, email, voice, ussd",
            (text, media, location, email, voice, ussd,),
            True,
        )

    def __repr__(self) -> str:
        return f"InboundMessageBody(text={self.text!r}, media={self.media!r}, location={self.location!r}, email={self.email!r}, voice={self.voice!r}, ussd={self.ussd!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, InboundMessageBody) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.text, self.media, self.location, self.email, self.voice, self.ussd,) == (other.text, other.media, other.location, other.email, other.voice, other.ussd,)

    def which_entry(self) -> Literal["text", "media", "location", "email", "voice", "ussd"] | None:
        """The member of oneof ``entry`` that is set, or None."""
        if self.text is not None:
            return "text"
        if self.media is not None:
            return "media"
        if self.location is not None:
            return "location"
        if self.email is not None:
            return "email"
        if self.voice is not None:
            return "voice"
        if self.ussd is not None:
            return "ussd"
        return None

    @classmethod
    def from_proto(cls, m: _messaging_pb2.InboundMessageBody) -> InboundMessageBody:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        w_entry = m.WhichOneof("entry")
        o.text = m.text if w_entry == "text" else None
        o.media = Media.from_proto(m.media) if w_entry == "media" else None
        o.location = Location.from_proto(m.location) if w_entry == "location" else None
        o.email = Email.from_proto(m.email) if w_entry == "email" else None
        o.voice = VoiceCallInput.from_proto(m.voice) if w_entry == "voice" else None
        o.ussd = UssdInput.from_proto(m.ussd) if w_entry == "ussd" else None
        return o

    def to_proto(self) -> _messaging_pb2.InboundMessageBody:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _messaging_pb2.InboundMessageBody()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("InboundMessageBody", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _messaging_pb2.InboundMessageBody) -> None:
        n_entry = 0
        if self.text is not None:
            p.text = self.text
            n_entry += 1
        if self.media is not None:
            t_media = p.media
            t_media.SetInParent()
            self.media._write(t_media)
            n_entry += 1
        if self.location is not None:
            t_location = p.location
            t_location.SetInParent()
            self.location._write(t_location)
            n_entry += 1
        if self.email is not None:
            t_email = p.email
            t_email.SetInParent()
            self.email._write(t_email)
            n_entry += 1
        if self.voice is not None:
            t_voice = p.voice
            t_voice.SetInParent()
            self.voice._write(t_voice)
            n_entry += 1
        if self.ussd is not None:
            t_ussd = p.ussd
            t_ussd.SetInParent()
            self.ussd._write(t_ussd)
            n_entry += 1
        if n_entry != 1:
            raise _oneof_error("InboundMessageBody", "entry", "text, media, location, email, voice, ussd", n_entry, True)


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class ReplyPrompt:
    """A menu of quick replies offered with a message.

    Wire message: ``com.elarian.hera.proto.OutboundMessageReplyPrompt``.
    """

    __slots__ = ("action", "menu",)

    action: PromptMessageReplyAction
    menu: list[PromptMenuItem]

    def __init__(
        self,
        *,
        action: PromptMessageReplyAction = PromptMessageReplyAction.UNSPECIFIED,
        menu: list[PromptMenuItem] | None = None,
    ) -> None:
        self.action = action
        self.menu = [] if menu is None else menu

    def __repr__(self) -> str:
        return f"ReplyPrompt(action={self.action!r}, menu={self.menu!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ReplyPrompt) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.action, self.menu,) == (other.action, other.menu,)

    @classmethod
    def from_proto(cls, m: _messaging_pb2.OutboundMessageReplyPrompt) -> ReplyPrompt:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.action = _PromptMessageReplyAction_BY_NUMBER[m.action]
        o.menu = (_lazy_list(r_menu, PromptMenuItem.from_proto) if (r_menu := m.menu) else [])
        return o

    def to_proto(self) -> _messaging_pb2.OutboundMessageReplyPrompt:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _messaging_pb2.OutboundMessageReplyPrompt()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("ReplyPrompt", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _messaging_pb2.OutboundMessageReplyPrompt) -> None:
        p.action = self.action  # type: ignore[assignment]
        for x_menu in self.menu:
            t_menu = p.menu.add()
            x_menu._write(t_menu)


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class Message:
    """A message the org sends to a customer.

    Wire message: ``com.elarian.hera.proto.OutboundMessage``.
    """

    __slots__ = ("body", "labels", "provider_tag", "reply_token", "reply_prompt", "_src",)

    body: MessageBody | None
    labels: list[str]
    provider_tag: str | None
    reply_token: str | None
    reply_prompt: ReplyPrompt | None

    def __init__(
        self,
        *,
        body: MessageBody | None = None,
        labels: list[str] | None = None,
        provider_tag: str | None = None,
        reply_token: str | None = None,
        reply_prompt: ReplyPrompt | None = None,
    ) -> None:
        self.body = body
        self.labels = [] if labels is None else labels
        self.provider_tag = provider_tag
        self.reply_token = reply_token
        self.reply_prompt = reply_prompt

    def __repr__(self) -> str:
        return f"Message(body={self.body!r}, labels={self.labels!r}, provider_tag={self.provider_tag!r}, reply_token={self.reply_token!r}, reply_prompt={self.reply_prompt!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Message) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.body, self.labels, self.provider_tag, self.reply_token, self.reply_prompt,) == (other.body, other.labels, other.provider_tag, other.reply_token, other.reply_prompt,)

    @classmethod
    def from_proto(cls, m: _messaging_pb2.OutboundMessage) -> Message:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.labels = list(m.labels)
        o.provider_tag = m.provider_tag.value if m.HasField("provider_tag") else None
        o.reply_token = m.reply_token.value if m.HasField("reply_token") else None
        o._src = m  # body, reply_prompt: on first read
        return o

    if TYPE_CHECKING:
        _src: Any
    else:

        def __getattr__(self, name: str) -> Any:
            return _load_field(self, name, _LAZY_Message)

        def __getstate__(self) -> Any:
            return _field_state(self)

    def to_proto(self) -> _messaging_pb2.OutboundMessage:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _messaging_pb2.OutboundMessage()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("Message", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _messaging_pb2.OutboundMessage) -> None:
        if self.body is not None:
            t_body = p.body
            t_body.SetInParent()
            self.body._write(t_body)
        p.labels.extend(self.labels)
        if self.provider_tag is not None:
            t_provider_tag = p.provider_tag
            t_provider_tag.value = self.provider_tag
        if self.reply_token is not None:
            t_reply_token = p.reply_token
            t_reply_token.value = self.reply_token
        if self.reply_prompt is not None:
            t_reply_prompt = p.reply_prompt
            t_reply_prompt.SetInParent()
            self.reply_prompt._write(t_reply_prompt)


_LAZY_Message: dict[str, _Reader] = {
    "body": lambda m: MessageBody.from_proto(m.body) if m.HasField("body") else None,
    "reply_prompt": lambda m: ReplyPrompt.from_proto(m.reply_prompt) if m.HasField("reply_prompt") else None,
}


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class ReceivedMessage:
    """ReceivedMessage.

    Wire message: ``com.elarian.hera.proto.ReceivedMessage``.
    """

    __slots__ = ("customer_number", "channel_number", "message_id", "received_at", "session_id", "in_reply_to", "provider", "app_id", "parts", "cost", "provider_message_id", "_src",)

    customer_number: CustomerNumber | None
    channel_number: MessagingChannel | None
    message_id: str
    received_at: datetime | None
    session_id: str | None
    in_reply_to: str | None
    provider: ChannelNumberProvider
    app_id: str | None
    parts: list[InboundMessageBody]
    cost: Cash | None
    provider_message_id: str | None

    def __init__(
        self,
        *,
        customer_number: CustomerNumber | None = None,
        channel_number: MessagingChannel | None = None,
        message_id: str = "",
        received_at: datetime | None = None,
        session_id: str | None = None,
        in_reply_to: str | None = None,
        provider: ChannelNumberProvider = ChannelNumberProvider.UNSPECIFIED,
        app_id: str | None = None,
        parts: list[InboundMessageBody] | None = None,
        cost: Cash | None = None,
        provider_message_id: str | None = None,
    ) -> None:
        self.customer_number = customer_number
        self.channel_number = channel_number
        self.message_id = message_id
        self.received_at = received_at
        self.session_id = session_id
        self.in_reply_to = in_reply_to
        self.provider = provider
        self.app_id = app_id
        self.parts = [] if parts is None else parts
        self.cost = cost
        self.provider_message_id = provider_message_id

    def __repr__(self) -> str:
        return f"ReceivedMessage(customer_number={self.customer_number!r}, channel_number={self.channel_number!r}, message_id={self.message_id!r}, received_at={self.received_at!r}, session_id={self.session_id!r}, in_reply_to={self.in_reply_to!r}, provider={self.provider!r}, app_id={self.app_id!r}, parts={self.parts!r}, cost={self.cost!r}, provider_message_id={self.provider_message_id!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ReceivedMessage) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.customer_number, self.channel_number, self.message_id, self.received_at, self.session_id, self.in_reply_to, self.provider, self.app_id, self.parts, self.cost, self.provider_message_id,) == (other.customer_number, other.channel_number, other.message_id, other.received_at, other.session_id, other.in_reply_to, other.provider, other.app_id, other.parts, other.cost, other.provider_message_id,)

    @property
    def created_at(self) -> datetime | None:
        """Deprecated: use ``received_at``."""
        _renamed("ReceivedMessage", "created_at", "received_at")
        return self.received_at

    @created_at.setter
    def created_at(self, value: datetime | None) -> None:
        _renamed("ReceivedMessage", "created_at", "received_at")
        self.received_at = value

    @classmethod
    def from_proto(cls, m: _messaging_pb2.ReceivedMessage) -> ReceivedMessage:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.message_id = m.message_id
        o.received_at = _timestamp(m.created_at) if m.HasField("created_at") else None
        o.session_id = m.session_id.value if m.HasField("session_id") else None
        o.in_reply_to = m.in_reply_to.value if m.HasField("in_reply_to") else None
        o.provider = _ChannelNumberProvider_BY_NUMBER[m.provider]
        o.app_id = m.app_id.value if m.HasField("app_id") else None
        o.parts = (_lazy_list(r_parts, InboundMessageBody.from_proto) if (r_parts := m.parts) else [])
        o.provider_message_id = m.provider_message_id.value if m.HasField("provider_message_id") else None
        o._src = m  # customer_number, channel_number, cost: on first read
        return o

    if TYPE_CHECKING:
        _src: Any
    else:

        def __getattr__(self, name: str) -> Any:
            return _load_field(self, name, _LAZY_ReceivedMessage)

        def __getstate__(self) -> Any:
            return _field_state(self)

    def to_proto(self) -> _messaging_pb2.ReceivedMessage:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _messaging_pb2.ReceivedMessage()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("ReceivedMessage", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _messaging_pb2.ReceivedMessage) -> None:
        if self.customer_number is not None:
            t_customer_number = p.customer_number
            t_customer_number.SetInParent()
            self.customer_number._write(t_customer_number)
        if self.channel_number is not None:
            t_channel_number = p.channel_number
            t_channel_number.SetInParent()
            self.channel_number._write(t_channel_number)
        p.message_id = self.message_id
        if self.received_at is not None:
            t_received_at = p.created_at
            _set_timestamp(t_received_at, self.received_at)
        if self.session_id is not None:
            t_session_id = p.session_id
            t_session_id.value = self.session_id
        if self.in_reply_to is not None:
            t_in_reply_to = p.in_reply_to
            t_in_reply_to.value = self.in_reply_to
        p.provider = self.provider  # type: ignore[assignment]
        if self.app_id is not None:
            t_app_id = p.app_id
            t_app_id.value = self.app_id
        for x_parts in self.parts:
            t_parts = p.parts.add()
            x_parts._write(t_parts)
        if self.cost is not None:
            t_cost = p.cost
            t_cost.SetInParent()
            self.cost._write(t_cost)
        if self.provider_message_id is not None:
            t_provider_message_id = p.provider_message_id
            t_provider_message_id.value = self.provider_message_id


_accept_renamed(ReceivedMessage, {"created_at": "received_at"})


_LAZY_ReceivedMessage: dict[str, _Reader] = {
    "customer_number": lambda m: CustomerNumber.from_proto(m.customer_number) if m.HasField("customer_number") else None,
    "channel_number": lambda m: MessagingChannel.from_proto(m.channel_number) if m.HasField("channel_number") else None,
    "cost": lambda m: Cash.from_proto(m.cost) if m.HasField("cost") else None,
}


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class SentMessage:
    """SentMessage.

    Wire message: ``com.elarian.hera.proto.SentMessage``.
    """

    __slots__ = ("customer_number", "channel_number", "message_id", "sent_at", "session_id", "in_reply_to", "provider", "app_id", "updated_at", "status", "reactions", "message", "cost", "provider_message_id", "_src",)

    customer_number: CustomerNumber | None
    channel_number: MessagingChannel | None
    message_id: str
    sent_at: datetime | None
    session_id: str | None
    in_reply_to: str | None
    provider: ChannelNumberProvider
    app_id: str | None
    updated_at: datetime | None
    status: MessageDeliveryStatus
    reactions: list[MessageReactionState]
    message: Message | None
    cost: Cash | None
    provider_message_id: str | None

    def __init__(
        self,
        *,
        customer_number: CustomerNumber | None = None,
        channel_number: MessagingChannel | None = None,
        message_id: str = "",
        sent_at: datetime | None = None,
        session_id: str | None = None,
        in_reply_to: str | None = None,
        provider: ChannelNumberProvider = ChannelNumberProvider.UNSPECIFIED,
        app_id: str | None = None,
        updated_at: datetime | None = None,
        status: MessageDeliveryStatus = MessageDeliveryStatus.UNSPECIFIED,
        reactions: list[MessageReactionState] | None = None,
        message: Message | None = None,
        cost: Cash | None = None,
        provider_message_id: str | None = None,
    ) -> None:
        self.customer_number = customer_number
        self.channel_number = channel_number
        self.message_id = message_id
        self.sent_at = sent_at
        self.session_id = session_id
        self.in_reply_to = in_reply_to
        self.provider = provider
        self.app_id = app_id
        self.updated_at = updated_at
        self.status = status
        self.reactions = [] if reactions is None else reactions
        self.message = message
        self.cost = cost
        self.provider_message_id = provider_message_id

    def __repr__(self) -> str:
        return f"SentMessage(customer_number={self.customer_number!r}, channel_number={self.channel_number!r}, message_id={self.message_id!r}, sent_at={self.sent_at!r}, session_id={self.session_id!r}, in_reply_to={self.in_reply_to!r}, provider={self.provider!r}, app_id={self.app_id!r}, updated_at={self.updated_at!r}, status={self.status!r}, reactions={self.reactions!r}, message={self.message!r}, cost={self.cost!r}, provider_message_id={self.provider_message_id!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SentMessage) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.customer_number, self.channel_number, self.message_id, self.sent_at, self.session_id, self.in_reply_to, self.provider, self.app_id, self.updated_at, self.status, self.reactions, self.message, self.cost, self.provider_message_id,) == (other.customer_number, other.channel_number, other.message_id, other.sent_at, other.session_id, other.in_reply_to, other.provider, other.app_id, other.updated_at, other.status, other.reactions, other.message, other.cost, other.provider_message_id,)

    @property
    def created_at(self) -> datetime | None:
        """Deprecated: use ``sent_at``."""
        _renamed("SentMessage", "created_at", "sent_at")
        return self.sent_at

    @created_at.setter
    def created_at(self, value: datetime | None) -> None:
        _renamed("SentMessage", "created_at", "sent_at")
        self.sent_at = value

    @classmethod
    def from_proto(cls, m: _messaging_pb2.SentMessage) -> SentMessage:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.message_id = m.message_id
        o.sent_at = _timestamp(m.created_at) if m.HasField("created_at") else None
        o.session_id = m.session_id.value if m.HasField("session_id") else None
        o.in_reply_to = m.in_reply_to.value if m.HasField("in_reply_to") else None
        o.provider = _ChannelNumberProvider_BY_NUMBER[m.provider]
        o.app_id = m.app_id.value if m.HasField("app_id") else None
        o.updated_at = _timestamp(m.updated_at) if m.HasField("updated_at") else None
        o.status = _MessageDeliveryStatus_BY_NUMBER[m.status]
        o.reactions = (_lazy_list(r_reactions, MessageReactionState.from_proto) if (r_reactions := m.reactions) else [])
        o.provider_message_id = m.provider_message_id.value if m.HasField("provider_message_id") else None
        o._src = m  # customer_number, channel_number, message, cost: on first read
        return o

    if TYPE_CHECKING:
        _src: Any
    else:

        def __getattr__(self, name: str) -> Any:
            return _load_field(self, name, _LAZY_SentMessage)

        def __getstate__(self) -> Any:
            return _field_state(self)

    def to_proto(self) -> _messaging_pb2.SentMessage:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _messaging_pb2.SentMessage()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("SentMessage", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _messaging_pb2.SentMessage) -> None:
        if self.customer_number is not None:
            t_customer_number = p.customer_number
            t_customer_number.SetInParent()
            self.customer_number._write(t_customer_number)
        if self.channel_number is not None:
            t_channel_number = p.channel_number
            t_channel_number.SetInParent()
            self.channel_number._write(t_channel_number)
        p.message_id = self.message_id
        if self.sent_at is not None:
            t_sent_at = p.created_at
            _set_timestamp(t_sent_at, self.sent_at)
        if self.session_id is not None:
            t_session_id = p.session_id
            t_session_id.value = self.session_id
        if self.in_reply_to is not None:
            t_in_reply_to = p.in_reply_to
            t_in_reply_to.value = self.in_reply_to
        p.provider = self.provider  # type: ignore[assignment]
        if self.app_id is not None:
            t_app_id = p.app_id
            t_app_id.value = self.app_id
        if self.updated_at is not None:
            t_updated_at = p.updated_at
            _set_timestamp(t_updated_at, self.updated_at)
        p.status = self.status  # type: ignore[assignment]
        for x_reactions in self.reactions:
            t_reactions = p.reactions.add()
            x_reactions._write(t_reactions)
        if self.message is not None:
            t_message = p.message
            t_message.SetInParent()
            self.message._write(t_message)
        if self.cost is not None:
            t_cost = p.cost
            t_cost.SetInParent()
            self.cost._write(t_cost)
        if self.provider_message_id is not None:
            t_provider_message_id = p.provider_message_id
            t_provider_message_id.value = self.provider_message_id


_accept_renamed(SentMessage, {"created_at": "sent_at"})


_LAZY_SentMessage: dict[str, _Reader] = {
    "customer_number": lambda m: CustomerNumber.from_proto(m.customer_number) if m.HasField("customer_number") else None,
    "channel_number": lambda m: MessagingChannel.from_proto(m.channel_number) if m.HasField("channel_number") else None,
    "message": lambda m: Message.from_proto(m.message) if m.HasField("message") else None,
    "cost": lambda m: Cash.from_proto(m.cost) if m.HasField("cost") else None,
}


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class MessageReactionState:
    """MessageReactionState.

    Wire message: ``com.elarian.hera.proto.MessageReactionState``.
    """

    __slots__ = ("created_at", "reaction",)

    created_at: datetime | None
    reaction: MessageReaction

    def __init__(
        self,
        *,
        created_at: datetime | None = None,
        reaction: MessageReaction = MessageReaction.UNSPECIFIED,
    ) -> None:
        self.created_at = created_at
        self.reaction = reaction

    def __repr__(self) -> str:
        return f"MessageReactionState(created_at={self.created_at!r}, reaction={self.reaction!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MessageReactionState) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.created_at, self.reaction,) == (other.created_at, other.reaction,)

    @classmethod
    def from_proto(cls, m: _messaging_pb2.MessageReactionState) -> MessageReactionState:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.created_at = _timestamp(m.created_at) if m.HasField("created_at") else None
        o.reaction = _MessageReaction_BY_NUMBER[m.reaction]
        return o

    def to_proto(self) -> _messaging_pb2.MessageReactionState:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _messaging_pb2.MessageReactionState()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("MessageReactionState", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _messaging_pb2.MessageReactionState) -> None:
        if self.created_at is not None:
            t_created_at = p.created_at
            _set_timestamp(t_created_at, self.created_at)
        p.reaction = self.reaction  # type: ignore[assignment]


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class MessageReplyToken:
    """MessageReplyToken.

    Wire message: ``com.elarian.hera.proto.MessageReplyToken``.
    """

    __slots__ = ("token", "expires_at",)

    token: str
    expires_at: datetime | None

    def __init__(
        self,
        *,
        token: str = "",
        expires_at: datetime | None = None,
    ) -> None:
        self.token = token
        self.expires_at = expires_at

    def __repr__(self) -> str:
        return f"MessageReplyToken(token={self.token!r}, expires_at={self.expires_at!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MessageReplyToken) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.token, self.expires_at,) == (other.token, other.expires_at,)

    @classmethod
    def from_proto(cls, m: _messaging_pb2.MessageReplyToken) -> MessageReplyToken:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.token = m.token
        o.expires_at = _timestamp(m.expires_at) if m.HasField("expires_at") else None
        return o

    def to_proto(self) -> _messaging_pb2.MessageReplyToken:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _messaging_pb2.MessageReplyToken()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("MessageReplyToken", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _messaging_pb2.MessageReplyToken) -> None:
        p.token = self.token
        if self.expires_at is not None:
            t_expires_at = p.expires_at
            _set_timestamp(t_expires_at, self.expires_at)


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class ChannelMessage:
    """One entry of a customer's message history.

    Wire message: ``com.elarian.hera.proto.ChannelMessage``.
    """

    __slots__ = ("received", "sent",)

    received: ReceivedMessage | None
    sent: SentMessage | None

    def __init__(
        self,
        *,
        received: ReceivedMessage | None = None,
        sent: SentMessage | None = None,
    ) -> None:
        self.received = received
        self.sent = sent
        _check_oneof(
            "ChannelMessage",
            "entry",
            "received, sent",
            (received, sent,),
            True,
        )

    def __repr__(self) -> str:
        return f"ChannelMessage(received={self.received!r}, sent={self.sent!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ChannelMessage) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.received, self.sent,) == (other.received, other.sent,)

    def which_entry(self) -> Literal["received", "sent"] | None:
        """The member of oneof ``entry`` that is set, or None."""
        if self.received is not None:
            return "received"
        if self.sent is not None:
            return "sent"
        return None

    @classmethod
    def from_proto(cls, m: _messaging_pb2.ChannelMessage) -> ChannelMessage:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        w_entry = m.WhichOneof("entry")
        o.received = ReceivedMessage.from_proto(m.received) if w_entry == "received" else None
        o.sent = SentMessage.from_proto(m.sent) if w_entry == "sent" else None
        return o

    def to_proto(self) -> _messaging_pb2.ChannelMessage:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _messaging_pb2.ChannelMessage()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("ChannelMessage", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _messaging_pb2.ChannelMessage) -> None:
        n_entry = 0
        if self.received is not None:
            t_received = p.received
            t_received.SetInParent()
            self.received._write(t_received)
            n_entry += 1
        if self.sent is not None:
            t_sent = p.sent
            t_sent.SetInParent()
            self.sent._write(t_sent)
            n_entry += 1
        if n_entry != 1:
            raise _oneof_error("ChannelMessage", "entry", "received, sent", n_entry, True)


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class CompleteMessagingSession:
    """A session that has ended.

    Wire message: ``com.elarian.hera.proto.CompleteMessagingSession``.
    """

    __slots__ = ("customer_number", "channel_number", "session_id", "started_at", "duration", "app_ids", "end_reason", "cost", "provider_session_id", "_src",)

    customer_number: CustomerNumber | None
    channel_number: MessagingChannel | None
    session_id: str
    started_at: datetime | None
    duration: timedelta | None
    app_ids: list[str]
    end_reason: MessagingSessionEndReason
    cost: Cash | None
    provider_session_id: str | None

    def __init__(
        self,
        *,
        customer_number: CustomerNumber | None = None,
        channel_number: MessagingChannel | None = None,
        session_id: str = "",
        started_at: datetime | None = None,
        duration: timedelta | None = None,
        app_ids: list[str] | None = None,
        end_reason: MessagingSessionEndReason = MessagingSessionEndReason.UNSPECIFIED,
        cost: Cash | None = None,
        provider_session_id: str | None = None,
    ) -> None:
        self.customer_number = customer_number
        self.channel_number = channel_number
        self.session_id = session_id
        self.started_at = started_at
        self.duration = duration
        self.app_ids = [] if app_ids is None else app_ids
        self.end_reason = end_reason
        self.cost = cost
        self.provider_session_id = provider_session_id

    def __repr__(self) -> str:
        return f"CompleteMessagingSession(customer_number={self.customer_number!r}, channel_number={self.channel_number!r}, session_id={self.session_id!r}, started_at={self.started_at!r}, duration={self.duration!r}, app_ids={self.app_ids!r}, end_reason={self.end_reason!r}, cost={self.cost!r}, provider_session_id={self.provider_session_id!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CompleteMessagingSession) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.customer_number, self.channel_number, self.session_id, self.started_at, self.duration, self.app_ids, self.end_reason, self.cost, self.provider_session_id,) == (other.customer_number, other.channel_number, other.session_id, other.started_at, other.duration, other.app_ids, other.end_reason, other.cost, other.provider_session_id,)

    @classmethod
    def from_proto(cls, m: _messaging_pb2.CompleteMessagingSession) -> CompleteMessagingSession:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.session_id = m.session_id
        o.started_at = _timestamp(m.started_at) if m.HasField("started_at") else None
        o.duration = _duration(m.duration) if m.HasField("duration") else None
        o.app_ids = list(m.app_ids)
        o.end_reason = _MessagingSessionEndReason_BY_NUMBER[m.end_reason]
        o.provider_session_id = m.provider_session_id.value if m.HasField("provider_session_id") else None
        o._src = m  # customer_number, channel_number, cost: on first read
        return o

    if TYPE_CHECKING:
        _src: Any
    else:

        def __getattr__(self, name: str) -> Any:
            return _load_field(self, name, _LAZY_CompleteMessagingSession)

        def __getstate__(self) -> Any:
            return _field_state(self)

    def to_proto(self) -> _messaging_pb2.CompleteMessagingSession:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _messaging_pb2.CompleteMessagingSession()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("CompleteMessagingSession", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _messaging_pb2.CompleteMessagingSession) -> None:
        if self.customer_number is not None:
            t_customer_number = p.customer_number
            t_customer_number.SetInParent()
            self.customer_number._write(t_customer_number)
        if self.channel_number is not None:
            t_channel_number = p.channel_number
            t_channel_number.SetInParent()
            self.channel_number._write(t_channel_number)
        p.session_id = self.session_id
        if self.started_at is not None:
            t_started_at = p.started_at
            _set_timestamp(t_started_at, self.started_at)
        if self.duration is not None:
            t_duration = p.duration
            _set_duration(t_duration, self.duration)
        p.app_ids.extend(self.app_ids)
        p.end_reason = self.end_reason  # type: ignore[assignment]
        if self.cost is not None:
            t_cost = p.cost
            t_cost.SetInParent()
            self.cost._write(t_cost)
        if self.provider_session_id is not None:
            t_provider_session_id = p.provider_session_id
            t_provider_session_id.value = self.provider_session_id


_LAZY_CompleteMessagingSession: dict[str, _Reader] = {
    "customer_number": lambda m: CustomerNumber.from_proto(m.customer_number) if m.HasField("customer_number") else None,
    "channel_number": lambda m: MessagingChannel.from_proto(m.channel_number) if m.HasField("channel_number") else None,
    "cost": lambda m: Cash.from_proto(m.cost) if m.HasField("cost") else None,
}


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class BlockedMessagingChannelState:
    """BlockedMessagingChannelState.

    Wire message: ``com.elarian.hera.proto.BlockedMessagingChannelState``.
    """

    __slots__ = ("customer_number", "channel_number", "reply_token", "blocked_at", "_src",)

    customer_number: CustomerNumber | None
    channel_number: MessagingChannel | None
    reply_token: MessageReplyToken | None
    blocked_at: datetime | None

    def __init__(
        self,
        *,
        customer_number: CustomerNumber | None = None,
        channel_number: MessagingChannel | None = None,
        reply_token: MessageReplyToken | None = None,
        blocked_at: datetime | None = None,
    ) -> None:
        self.customer_number = customer_number
        self.channel_number = channel_number
        self.reply_token = reply_token
        self.blocked_at = blocked_at

    def __repr__(self) -> str:
        return f"BlockedMessagingChannelState(customer_number={self.customer_number!r}, channel_number={self.channel_number!r}, reply_token={self.reply_token!r}, blocked_at={self.blocked_at!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, BlockedMessagingChannelState) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.customer_number, self.channel_number, self.reply_token, self.blocked_at,) == (other.customer_number, other.channel_number, other.reply_token, other.blocked_at,)

    @classmethod
    def from_proto(cls, m: _messaging_pb2.BlockedMessagingChannelState) -> BlockedMessagingChannelState:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.blocked_at = _timestamp(m.blocked_at) if m.HasField("blocked_at") else None
        o._src = m  # customer_number, channel_number, reply_token: on first read
        return o

    if TYPE_CHECKING:
        _src: Any
    else:

        def __getattr__(self, name: str) -> Any:
            return _load_field(self, name, _LAZY_BlockedMessagingChannelState)

        def __getstate__(self) -> Any:
            return _field_state(self)

    def to_proto(self) -> _messaging_pb2.BlockedMessagingChannelState:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _messaging_pb2.BlockedMessagingChannelState()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("BlockedMessagingChannelState", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _messaging_pb2.BlockedMessagingChannelState) -> None:
        if self.customer_number is not None:
            t_customer_number = p.customer_number
            t_customer_number.SetInParent()
            self.customer_number._write(t_customer_number)
        if self.channel_number is not None:
            t_channel_number = p.channel_number
            t_channel_number.SetInParent()
            self.channel_number._write(t_channel_number)
        if self.reply_token is not None:
            t_reply_token = p.reply_token
            t_reply_token.SetInParent()
            self.reply_token._write(t_reply_token)
        if self.blocked_at is not None:
            t_blocked_at = p.blocked_at
            _set_timestamp(t_blocked_at, self.blocked_at)


_LAZY_BlockedMessagingChannelState: dict[str, _Reader] = {
    "customer_number": lambda m: CustomerNumber.from_proto(m.customer_number) if m.HasField("customer_number") else None,
    "channel_number": lambda m: MessagingChannel.from_proto(m.channel_number) if m.HasField("channel_number") else None,
    "reply_token": lambda m: MessageReplyToken.from_proto(m.reply_token) if m.HasField("reply_token") else None,
}


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class ActiveMessagingChannelState:
    """ActiveMessagingChannelState.

    Wire message: ``com.elarian.hera.proto.ActiveMessagingChannelState``.
    """

    __slots__ = ("customer_number", "channel_number", "reply_token", "allowed_at", "_src",)

    customer_number: CustomerNumber | None
    channel_number: MessagingChannel | None
    reply_token: MessageReplyToken | None
    allowed_at: datetime | None

    def __init__(
        self,
        *,
        customer_number: CustomerNumber | None = None,
        channel_number: MessagingChannel | None = None,
        reply_token: MessageReplyToken | None = None,
        allowed_at: datetime | None = None,
    ) -> None:
        self.customer_number = customer_number
        self.channel_number = channel_number
        self.reply_token = reply_token
        self.allowed_at = allowed_at

    def __repr__(self) -> str:
        return f"ActiveMessagingChannelState(customer_number={self.customer_number!r}, channel_number={self.channel_number!r}, reply_token={self.reply_token!r}, allowed_at={self.allowed_at!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ActiveMessagingChannelState) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.customer_number, self.channel_number, self.reply_token, self.allowed_at,) == (other.customer_number, other.channel_number, other.reply_token, other.allowed_at,)

    @classmethod
    def from_proto(cls, m: _messaging_pb2.ActiveMessagingChannelState) -> ActiveMessagingChannelState:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.allowed_at = _timestamp(m.allowed_at) if m.HasField("allowed_at") else None
        o._src = m  # customer_number, channel_number, reply_token: on first read
        return o

    if TYPE_CHECKING:
        _src: Any
    else:

        def __getattr__(self, name: str) -> Any:
            return _load_field(self, name, _LAZY_ActiveMessagingChannelState)

        def __getstate__(self) -> Any:
            return _field_state(self)

    def to_proto(self) -> _messaging_pb2.ActiveMessagingChannelState:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _messaging_pb2.ActiveMessagingChannelState()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("ActiveMessagingChannelState", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _messaging_pb2.ActiveMessagingChannelState) -> None:
        if self.customer_number is not None:
            t_customer_number = p.customer_number
            t_customer_number.SetInParent()
            self.customer_number._write(t_customer_number)
        if self.channel_number is not None:
            t_channel_number = p.channel_number
            t_channel_number.SetInParent()
            self.channel_number._write(t_channel_number)
        if self.reply_token is not None:
            t_reply_token = p.reply_token
            t_reply_token.SetInParent()
            self.reply_token._write(t_reply_token)
        if self.allowed_at is not None:
            t_allowed_at = p.allowed_at
            _set_timestamp(t_allowed_at, self.allowed_at)


_LAZY_ActiveMessagingChannelState: dict[str, _Reader] = {
    "customer_number": lambda m: CustomerNumber.from_proto(m.customer_number) if m.HasField("customer_number") else None,
    "channel_number": lambda m: MessagingChannel.from_proto(m.channel_number) if m.HasField("channel_number") else None,
    "reply_token": lambda m: MessageReplyToken.from_proto(m.reply_token) if m.HasField("reply_token") else None,
}


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class InSessionMessagingChannelState:
    """InSessionMessagingChannelState.

    Wire message: ``com.elarian.hera.proto.InSessionMessagingChannelState``.
    """

    __slots__ = ("customer_number", "channel_number", "reply_token", "allowed_at", "session_id", "started_at", "expires_at", "app_ids", "provider_session_id", "_src",)

    customer_number: CustomerNumber | None
    channel_number: MessagingChannel | None
    reply_token: MessageReplyToken | None
    allowed_at: datetime | None
    session_id: str
    started_at: datetime | None
    expires_at: datetime | None
    app_ids: list[str]
    provider_session_id: str | None

    def __init__(
        self,
        *,
        customer_number: CustomerNumber | None = None,
        channel_number: MessagingChannel | None = None,
        reply_token: MessageReplyToken | None = None,
        allowed_at: datetime | None = None,
        session_id: str = "",
        started_at: datetime | None = None,
        expires_at: datetime | None = None,
        app_ids: list[str] | None = None,
        provider_session_id: str | None = None,
    ) -> None:
        self.customer_number = customer_number
        self.channel_number = channel_number
        self.reply_token = reply_token
        self.allowed_at = allowed_at
        self.session_id = session_id
        self.started_at = started_at
        self.expires_at = expires_at
        self.app_ids = [] if app_ids is None else app_ids
        self.provider_session_id = provider_session_id

    def __repr__(self) -> str:
        return f"InSessionMessagingChannelState(customer_number={self.customer_number!r}, channel_number={self.channel_number!r}, reply_token={self.reply_token!r}, allowed_at={self.allowed_at!r}, session_id={self.session_id!r}, started_at={self.started_at!r}, expires_at={self.expires_at!r}, app_ids={self.app_ids!r}, provider_session_id={self.provider_session_id!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, InSessionMessagingChannelState) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.customer_number, self.channel_number, self.reply_token, self.allowed_at, self.session_id, self.started_at, self.expires_at, self.app_ids, self.provider_session_id,) == (other.customer_number, other.channel_number, other.reply_token, other.allowed_at, other.session_id, other.started_at, other.expires_at, other.app_ids, other.provider_session_id,)

    @classmethod
    def from_proto(cls, m: _messaging_pb2.InSessionMessagingChannelState) -> InSessionMessagingChannelState:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.allowed_at = _timestamp(m.allowed_at) if m.HasField("allowed_at") else None
        o.session_id = m.session_id
        o.started_at = _timestamp(m.started_at) if m.HasField("started_at") else None
        o.expires_at = _timestamp(m.expires_at) if m.HasField("expires_at") else None
        o.app_ids = list(m.app_ids)
        o.provider_session_id = m.provider_session_id.value if m.HasField("provider_session_id") else None
        o._src = m  # customer_number, channel_number, reply_token: on first read
        return o

    if TYPE_CHECKING:
        _src: Any
    else:

        def __getattr__(self, name: str) -> Any:
            return _load_field(self, name, _LAZY_InSessionMessagingChannelState)

        def __getstate__(self) -> Any:
            return _field_state(self)

    def to_proto(self) -> _messaging_pb2.InSessionMessagingChannelState:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _messaging_pb2.InSessionMessagingChannelState()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("InSessionMessagingChannelState", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _messaging_pb2.InSessionMessagingChannelState) -> None:
        if self.customer_number is not None:
            t_customer_number = p.customer_number
            t_customer_number.SetInParent()
            self.customer_number._write(t_customer_number)
        if self.channel_number is not None:
            t_channel_number = p.channel_number
            t_channel_number.SetInParent()
            self.channel_number._write(t_channel_number)
        if self.reply_token is not None:
            t_reply_token = p.reply_token
            t_reply_token.SetInParent()
            self.reply_token._write(t_reply_token)
        if self.allowed_at is not None:
            t_allowed_at = p.allowed_at
            _set_timestamp(t_allowed_at, self.allowed_at)
        p.session_id = self.session_id
        if self.started_at is not None:
            t_started_at = p.started_at
            _set_timestamp(t_started_at, self.started_at)
        if self.expires_at is not None:
            t_expires_at = p.expires_at
            _set_timestamp(t_expires_at, self.expires_at)
        p.app_ids.extend(self.app_ids)
        if self.provider_session_id is not None:
            t_provider_session_id = p.provider_session_id
            t_provider_session_id.value = self.provider_session_id


_LAZY_InSessionMessagingChannelState: dict[str, _Reader] = {
    "customer_number": lambda m: CustomerNumber.from_proto(m.customer_number) if m.HasField("customer_number") else None,
    "channel_number": lambda m: MessagingChannel.from_proto(m.channel_number) if m.HasField("channel_number") else None,
    "reply_token": lambda m: MessageReplyToken.from_proto(m.reply_token) if m.HasField("reply_token") else None,
}


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class MessagingChannelState:
    """Where a customer stands on one channel: blocked, allowed, or in a session.

    Wire message: ``com.elarian.hera.proto.MessagingChannelState``.
    """

    __slots__ = ("blocked", "active", "in_session",)

    blocked: BlockedMessagingChannelState | None
    active: ActiveMessagingChannelState | None
    in_session: InSessionMessagingChannelState | None

    def __init__(
        self,
        *,
        blocked: BlockedMessagingChannelState | None = None,
        active: ActiveMessagingChannelState | None = None,
        in_session: InSessionMessagingChannelState | None = None,
    ) -> None:
        self.blocked = blocked
        self.active = active
        self.in_session = in_session
        _check_oneof(
            "MessagingChannelState",
            "state",
            "blocked, active, in_session",
            (blocked, active, in_session,),
            True,
        )

    def __repr__(self) -> str:
        return f"MessagingChannelState(blocked={self.blocked!r}, active={self.active!r}, in_session={self.in_session!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MessagingChannelState) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.blocked, self.active, self.in_session,) == (other.blocked, other.active, other.in_session,)

    def which_state(self) -> Literal["blocked", "active", "in_session"] | None:
        """The member of oneof ``state`` that is set, or None."""
        if self.blocked is not None:
            return "blocked"
        if self.active is not None:
            return "active"
        if self.in_session is not None:
            return "in_session"
        return None

    @classmethod
    def from_proto(cls, m: _messaging_pb2.MessagingChannelState) -> MessagingChannelState:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        w_state = m.WhichOneof("state")
        o.blocked = BlockedMessagingChannelState.from_proto(m.blocked) if w_state == "blocked" else None
        o.active = ActiveMessagingChannelState.from_proto(m.active) if w_state == "active" else None
        o.in_session = InSessionMessagingChannelState.from_proto(m.in_session) if w_state == "in_session" else None
        return o

    def to_proto(self) -> _messaging_pb2.MessagingChannelState:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _messaging_pb2.MessagingChannelState()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("MessagingChannelState", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _messaging_pb2.MessagingChannelState) -> None:
        n_state = 0
        if self.blocked is not None:
            t_blocked = p.blocked
            t_blocked.SetInParent()
            self.blocked._write(t_blocked)
            n_state += 1
        if self.active is not None:
            t_active = p.active
            t_active.SetInParent()
            self.active._write(t_active)
            n_state += 1
        if self.in_session is not None:
            t_in_session = p.in_session
            t_in_session.SetInParent()
            self.in_session._write(t_in_session)
            n_state += 1
        if n_state != 1:
            raise _oneof_error("MessagingChannelState", "state", "blocked, active, in_session", n_state, True)


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class MessagingState:
    """MessagingState.

    Wire message: ``com.elarian.hera.proto.MessagingState``.
    """

    __slots__ = ("channels", "messages", "sessions",)

    channels: list[MessagingChannelState]
    messages: list[ChannelMessage]
    sessions: list[CompleteMessagingSession]

    def __init__(
        self,
        *,
        channels: list[MessagingChannelState] | None = None,
        messages: list[ChannelMessage] | None = None,
        sessions: list[CompleteMessagingSession] | None = None,
    ) -> None:
        self.channels = [] if channels is None else channels
        self.messages = [] if messages is None else messages
        self.sessions = [] if sessions is None else sessions

    def __repr__(self) -> str:
        return f"MessagingState(channels={self.channels!r}, messages={self.messages!r}, sessions={self.sessions!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MessagingState) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.channels, self.messages, self.sessions,) == (other.channels, other.messages, other.sessions,)

    @classmethod
    def from_proto(cls, m: _messaging_pb2.MessagingState) -> MessagingState:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.channels = (_lazy_list(r_channels, MessagingChannelState.from_proto) if (r_channels := m.channels) else [])
        o.messages = (_lazy_list(r_messages, ChannelMessage.from_proto) if (r_messages := m.messages) else [])
        o.sessions = (_lazy_list(r_sessions, CompleteMessagingSession.from_proto) if (r_sessions := m.sessions) else [])
        return o

    def to_proto(self) -> _messaging_pb2.MessagingState:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _messaging_pb2.MessagingState()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("MessagingState", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _messaging_pb2.MessagingState) -> None:
        for x_channels in self.channels:
            t_channels = p.channels.add()
            x_channels._write(t_channels)
        for x_messages in self.messages:
            t_messages = p.messages.add()
            x_messages._write(t_messages)
        for x_sessions in self.sessions:
            t_sessions = p.sessions.add()
            x_sessions._write(t_sessions)


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class MessageStatusUpdate:
    """A status a sent message reached, as another provider reported it.

    Wire message: ``com.elarian.hera.proto.MessageStatusUpdate``.
    """

    __slots__ = ("message_id", "updated_at", "status", "cost", "_src",)

    message_id: str
    """The message: the outside provider's id for it, or the message_id this runtime gave it."""
    updated_at: datetime | None
    status: MessageDeliveryStatus
    cost: Cash | None

    def __init__(
        self,
        *,
        message_id: str = "",
        updated_at: datetime | None = None,
        status: MessageDeliveryStatus = MessageDeliveryStatus.UNSPECIFIED,
        cost: Cash | None = None,
    ) -> None:
        self.message_id = message_id
        self.updated_at = updated_at
        self.status = status
        self.cost = cost

    def __repr__(self) -> str:
        return f"MessageStatusUpdate(message_id={self.message_id!r}, updated_at={self.updated_at!r}, status={self.status!r}, cost={self.cost!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MessageStatusUpdate) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.message_id, self.updated_at, self.status, self.cost,) == (other.message_id, other.updated_at, other.status, other.cost,)

    @classmethod
    def from_proto(cls, m: _messaging_pb2.MessageStatusUpdate) -> MessageStatusUpdate:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.message_id = m.message_id
        o.updated_at = _timestamp(m.updated_at) if m.HasField("updated_at") else None
        o.status = _MessageDeliveryStatus_BY_NUMBER[m.status]
        o._src = m  # cost: on first read
        return o

    if TYPE_CHECKING:
        _src: Any
    else:

        def __getattr__(self, name: str) -> Any:
            return _load_field(self, name, _LAZY_MessageStatusUpdate)

        def __getstate__(self) -> Any:
            return _field_state(self)

    def to_proto(self) -> _messaging_pb2.MessageStatusUpdate:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _messaging_pb2.MessageStatusUpdate()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("MessageStatusUpdate", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _messaging_pb2.MessageStatusUpdate) -> None:
        p.message_id = self.message_id
        if self.updated_at is not None:
            t_updated_at = p.updated_at
            _set_timestamp(t_updated_at, self.updated_at)
        p.status = self.status  # type: ignore[assignment]
        if self.cost is not None:
            t_cost = p.cost
            t_cost.SetInParent()
            self.cost._write(t_cost)


_LAZY_MessageStatusUpdate: dict[str, _Reader] = {
    "cost": lambda m: Cash.from_proto(m.cost) if m.HasField("cost") else None,
}


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class MessageSessionUpdate:
    """A messaging session held through another provider.

    Wire message: ``com.elarian.hera.proto.MessageSessionUpdate``.
    """

    __slots__ = ("session_id", "started_at", "duration", "reason", "cost", "_src",)

    session_id: str
    """The session: the outside provider's id for it."""
    started_at: datetime | None
    duration: timedelta | None
    reason: MessagingSessionEndReason
    cost: Cash | None

    def __init__(
        self,
        *,
        session_id: str = "",
        started_at: datetime | None = None,
        duration: timedelta | None = None,
        reason: MessagingSessionEndReason = MessagingSessionEndReason.UNSPECIFIED,
        cost: Cash | None = None,
    ) -> None:
        self.session_id = session_id
        self.started_at = started_at
        self.duration = duration
        self.reason = reason
        self.cost = cost

    def __repr__(self) -> str:
        return f"MessageSessionUpdate(session_id={self.session_id!r}, started_at={self.started_at!r}, duration={self.duration!r}, reason={self.reason!r}, cost={self.cost!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MessageSessionUpdate) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.session_id, self.started_at, self.duration, self.reason, self.cost,) == (other.session_id, other.started_at, other.duration, other.reason, other.cost,)

    @classmethod
    def from_proto(cls, m: _messaging_pb2.MessageSessionUpdate) -> MessageSessionUpdate:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.session_id = m.session_id
        o.started_at = _timestamp(m.started_at) if m.HasField("started_at") else None
        o.duration = _duration(m.duration) if m.HasField("duration") else None
        o.reason = _MessagingSessionEndReason_BY_NUMBER[m.reason]
        o._src = m  # cost: on first read
        return o

    if TYPE_CHECKING:
        _src: Any
    else:

        def __getattr__(self, name: str) -> Any:
            return _load_field(self, name, _LAZY_MessageSessionUpdate)

        def __getstate__(self) -> Any:
            return _field_state(self)

    def to_proto(self) -> _messaging_pb2.MessageSessionUpdate:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _messaging_pb2.MessageSessionUpdate()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("MessageSessionUpdate", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _messaging_pb2.MessageSessionUpdate) -> None:
        p.session_id = self.session_id
        if self.started_at is not None:
            t_started_at = p.started_at
            _set_timestamp(t_started_at, self.started_at)
        if self.duration is not None:
            t_duration = p.duration
            _set_duration(t_duration, self.duration)
        p.reason = self.reason  # type: ignore[assignment]
        if self.cost is not None:
            t_cost = p.cost
            t_cost.SetInParent()
            self.cost._write(t_cost)


_LAZY_MessageSessionUpdate: dict[str, _Reader] = {
    "cost": lambda m: Cash.from_proto(m.cost) if m.HasField("cost") else None,
}


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class PaymentChannelNumber:
    """One of the org's numbers on a payment channel (a paybill, a till...).

    Wire message: ``com.elarian.hera.proto.PaymentChannelNumber``.
    """

    __slots__ = ("channel", "number",)

    channel: PaymentChannel
    number: str

    def __init__(
        self,
        *,
        channel: PaymentChannel = PaymentChannel.UNSPECIFIED,
        number: str = "",
    ) -> None:
        self.channel = channel
        self.number = number

    def __repr__(self) -> str:
        return f"PaymentChannelNumber(channel={self.channel!r}, number={self.number!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PaymentChannelNumber) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.channel, self.number,) == (other.channel, other.number,)

    @classmethod
    def from_proto(cls, m: _payment_pb2.PaymentChannelNumber) -> PaymentChannelNumber:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.channel = _PaymentChannel_BY_NUMBER[m.channel]
        o.number = m.number
        return o

    def to_proto(self) -> _payment_pb2.PaymentChannelNumber:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _payment_pb2.PaymentChannelNumber()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("PaymentChannelNumber", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _payment_pb2.PaymentChannelNumber) -> None:
        p.channel = self.channel  # type: ignore[assignment]
        p.number = self.number


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class PendingPaymentTransaction:
    """Money held against a balance until a payment settles.

    Wire message: ``com.elarian.hera.proto.PendingPaymentTransaction``.
    """

    __slots__ = ("created_at", "value", "converted", "_src",)

    created_at: datetime | None
    value: Cash | None
    converted: Cash | None

    def __init__(
        self,
        *,
        created_at: datetime | None = None,
        value: Cash | None = None,
        converted: Cash | None = None,
    ) -> None:
        self.created_at = created_at
        self.value = value
        self.converted = converted

    def __repr__(self) -> str:
        return f"PendingPaymentTransaction(created_at={self.created_at!r}, value={self.value!r}, converted={self.converted!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PendingPaymentTransaction) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.created_at, self.value, self.converted,) == (other.created_at, other.value, other.converted,)

    @classmethod
    def from_proto(cls, m: _payment_pb2.PendingPaymentTransaction) -> PendingPaymentTransaction:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.created_at = _timestamp(m.created_at) if m.HasField("created_at") else None
        o._src = m  # value, converted: on first read
        return o

    if TYPE_CHECKING:
        _src: Any
    else:

        def __getattr__(self, name: str) -> Any:
            return _load_field(self, name, _LAZY_PendingPaymentTransaction)

        def __getstate__(self) -> Any:
            return _field_state(self)

    def to_proto(self) -> _payment_pb2.PendingPaymentTransaction:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _payment_pb2.PendingPaymentTransaction()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("PendingPaymentTransaction", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _payment_pb2.PendingPaymentTransaction) -> None:
        if self.created_at is not None:
            t_created_at = p.created_at
            _set_timestamp(t_created_at, self.created_at)
        if self.value is not None:
            t_value = p.value
            t_value.SetInParent()
            self.value._write(t_value)
        if self.converted is not None:
            t_converted = p.converted
            t_converted.SetInParent()
            self.converted._write(t_converted)


_LAZY_PendingPaymentTransaction: dict[str, _Reader] = {
    "value": lambda m: Cash.from_proto(m.value) if m.HasField("value") else None,
    "converted": lambda m: Cash.from_proto(m.converted) if m.HasField("converted") else None,
}


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class PaymentBalance:
    """The balance of one wallet or purse in one currency.

    Wire message: ``com.elarian.hera.proto.PaymentBalance``.
    """

    __slots__ = ("currency_code", "available", "actual", "pending", "sequence_nr", "_src",)

    currency_code: str
    available: Cash | None
    """What can be spent now: actual minus holds."""
    actual: Cash | None
    """What is there, holds included."""
    pending: dict[str, PendingPaymentTransaction]
    """Holds, by transaction id."""
    sequence_nr: int

    def __init__(
        self,
        *,
        currency_code: str = "",
        available: Cash | None = None,
        actual: Cash | None = None,
        pending: dict[str, PendingPaymentTransaction] | None = None,
        sequence_nr: int = 0,
    ) -> None:
        self.currency_code = currency_code
        self.available = available
        self.actual = actual
        self.pending = {} if pending is None else pending
        self.sequence_nr = sequence_nr

    def __repr__(self) -> str:
        return f"PaymentBalance(currency_code={self.currency_code!r}, available={self.available!r}, actual={self.actual!r}, pending={self.pending!r}, sequence_nr={self.sequence_nr!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PaymentBalance) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.currency_code, self.available, self.actual, self.pending, self.sequence_nr,) == (other.currency_code, other.available, other.actual, other.pending, other.sequence_nr,)

    @classmethod
    def from_proto(cls, m: _payment_pb2.PaymentBalance) -> PaymentBalance:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.currency_code = m.currency_code
        o.pending = ({k: PendingPaymentTransaction.from_proto(r_pending[k]) for k in r_pending} if (r_pending := m.pending) else {})
        o.sequence_nr = m.sequence_nr
        o._src = m  # available, actual: on first read
        return o

    if TYPE_CHECKING:
        _src: Any
    else:

        def __getattr__(self, name: str) -> Any:
            return _load_field(self, name, _LAZY_PaymentBalance)

        def __getstate__(self) -> Any:
            return _field_state(self)

    def to_proto(self) -> _payment_pb2.PaymentBalance:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _payment_pb2.PaymentBalance()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("PaymentBalance", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _payment_pb2.PaymentBalance) -> None:
        p.currency_code = self.currency_code
        if self.available is not None:
            t_available = p.available
            t_available.SetInParent()
            self.available._write(t_available)
        if self.actual is not None:
            t_actual = p.actual
            t_actual.SetInParent()
            self.actual._write(t_actual)
        for k_pending, x_pending in self.pending.items():
            t_pending = p.pending[k_pending]
            x_pending._write(t_pending)
        p.sequence_nr = self.sequence_nr


_LAZY_PaymentBalance: dict[str, _Reader] = {
    "available": lambda m: Cash.from_proto(m.available) if m.HasField("available") else None,
    "actual": lambda m: Cash.from_proto(m.actual) if m.HasField("actual") else None,
}


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class PaymentPurseCounterParty:
    """An org purse.

    Wire message: ``com.elarian.hera.proto.PaymentPurseCounterParty``.
    """

    __slots__ = ("purse_id",)

    purse_id: str

    def __init__(
        self,
        *,
        purse_id: str = "",
    ) -> None:
        self.purse_id = purse_id

    def __repr__(self) -> str:
        return f"PaymentPurseCounterParty(purse_id={self.purse_id!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PaymentPurseCounterParty) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.purse_id,) == (other.purse_id,)

    @classmethod
    def from_proto(cls, m: _payment_pb2.PaymentPurseCounterParty) -> PaymentPurseCounterParty:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.purse_id = m.purse_id
        return o

    def to_proto(self) -> _payment_pb2.PaymentPurseCounterParty:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _payment_pb2.PaymentPurseCounterParty()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("PaymentPurseCounterParty", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _payment_pb2.PaymentPurseCounterParty) -> None:
        p.purse_id = self.purse_id


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class PaymentWalletCounterParty:
    """A customer's wallet.

    Wire message: ``com.elarian.hera.proto.PaymentWalletCounterParty``.
    """

    __slots__ = ("customer_id", "wallet_id",)

    customer_id: str
    wallet_id: str

    def __init__(
        self,
        *,
        customer_id: str = "",
        wallet_id: str = "",
    ) -> None:
        self.customer_id = customer_id
        self.wallet_id = wallet_id

    def __repr__(self) -> str:
        return f"PaymentWalletCounterParty(customer_id={self.customer_id!r}, wallet_id={self.wallet_id!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PaymentWalletCounterParty) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.customer_id, self.wallet_id,) == (other.customer_id, other.wallet_id,)

    @classmethod
    def from_proto(cls, m: _payment_pb2.PaymentWalletCounterParty) -> PaymentWalletCounterParty:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.customer_id = m.customer_id
        o.wallet_id = m.wallet_id
        return o

    def to_proto(self) -> _payment_pb2.PaymentWalletCounterParty:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _payment_pb2.PaymentWalletCounterParty()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("PaymentWalletCounterParty", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _payment_pb2.PaymentWalletCounterParty) -> None:
        p.customer_id = self.customer_id
        p.wallet_id = self.wallet_id


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class PaymentCustomerCounterParty:
    """A customer reached through a payment channel (mobile money).

    Wire message: ``com.elarian.hera.proto.PaymentCustomerCounterParty``.
    """

    __slots__ = ("customer_number", "channel_number", "_src",)

    customer_number: CustomerNumber | None
    channel_number: PaymentChannelNumber | None

    def __init__(
        self,
        *,
        customer_number: CustomerNumber | None = None,
        channel_number: PaymentChannelNumber | None = None,
    ) -> None:
        self.customer_number = customer_number
        self.channel_number = channel_number

    def __repr__(self) -> str:
        return f"PaymentCustomerCounterParty(customer_number={self.customer_number!r}, channel_number={self.channel_number!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PaymentCustomerCounterParty) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.customer_number, self.channel_number,) == (other.customer_number, other.channel_number,)

    @classmethod
    def from_proto(cls, m: _payment_pb2.PaymentCustomerCounterParty) -> PaymentCustomerCounterParty:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o._src = m  # customer_number, channel_number: on first read
        return o

    if TYPE_CHECKING:
        _src: Any
    else:

        def __getattr__(self, name: str) -> Any:
            return _load_field(self, name, _LAZY_PaymentCustomerCounterParty)

        def __getstate__(self) -> Any:
            return _field_state(self)

    def to_proto(self) -> _payment_pb2.PaymentCustomerCounterParty:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _payment_pb2.PaymentCustomerCounterParty()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("PaymentCustomerCounterParty", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _payment_pb2.PaymentCustomerCounterParty) -> None:
        if self.customer_number is not None:
            t_customer_number = p.customer_number
            t_customer_number.SetInParent()
            self.customer_number._write(t_customer_number)
        if self.channel_number is not None:
            t_channel_number = p.channel_number
            t_channel_number.SetInParent()
            self.channel_number._write(t_channel_number)


_LAZY_PaymentCustomerCounterParty: dict[str, _Reader] = {
    "customer_number": lambda m: CustomerNumber.from_proto(m.customer_number) if m.HasField("customer_number") else None,
    "channel_number": lambda m: PaymentChannelNumber.from_proto(m.channel_number) if m.HasField("channel_number") else None,
}


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class PaymentChannelCounterParty:
    """An outside account reached through a payment channel (a bank, a paybill).

    Wire message: ``com.elarian.hera.proto.PaymentChannelCounterParty``.
    """

    __slots__ = ("channel", "channel_code", "source", "destination", "account",)

    channel: PaymentChannel
    channel_code: int
    source: str
    destination: str
    account: str | None

    def __init__(
        self,
        *,
        channel: PaymentChannel = PaymentChannel.UNSPECIFIED,
        channel_code: int = 0,
        source: str = "",
        destination: str = "",
        account: str | None = None,
    ) -> None:
        self.channel = channel
        self.channel_code = channel_code
        self.source = source
        self.destination = destination
        self.account = account

    def __repr__(self) -> str:
        return f"PaymentChannelCounterParty(channel={self.channel!r}, channel_code={self.channel_code!r}, source={self.source!r}, destination={self.destination!r}, account={self.account!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PaymentChannelCounterParty) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.channel, self.channel_code, self.source, self.destination, self.account,) == (other.channel, other.channel_code, other.source, other.destination, other.account,)

    @classmethod
    def from_proto(cls, m: _payment_pb2.PaymentChannelCounterParty) -> PaymentChannelCounterParty:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.channel = _PaymentChannel_BY_NUMBER[m.channel]
        o.channel_code = m.channel_code
        o.source = m.source
        o.destination = m.destination
        o.account = m.account.value if m.HasField("account") else None
        return o

    def to_proto(self) -> _payment_pb2.PaymentChannelCounterParty:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _payment_pb2.PaymentChannelCounterParty()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("PaymentChannelCounterParty", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _payment_pb2.PaymentChannelCounterParty) -> None:
        p.channel = self.channel  # type: ignore[assignment]
        p.channel_code = self.channel_code
        p.source = self.source
        p.destination = self.destination
        if self.account is not None:
            t_account = p.account
            t_account.value = self.account


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class PaymentCounterParty:
    """One side of a payment.

    Wire message: ``com.elarian.hera.proto.PaymentCounterParty``.
    """

    __slots__ = ("purse", "wallet", "customer", "channel",)

    purse: PaymentPurseCounterParty | None
    wallet: PaymentWalletCounterParty | None
    customer: PaymentCustomerCounterParty | None
    channel: PaymentChannelCounterParty | None

    def __init__(
        self,
        *,
        purse: PaymentPurseCounterParty | None = None,
        wallet: PaymentWalletCounterParty | None = None,
        customer: PaymentCustomerCounterParty | None = None,
        channel: PaymentChannelCounterParty | None = None,
    ) -> None:
        self.purse = purse
        self.wallet = wallet
        self.customer = customer
        self.channel = channel
        _check_oneof(
            "PaymentCounterParty",
            "party",
            "purse, wallet, customer, channel",
            (purse, wallet, customer, channel,),
            True,
        )

    def __repr__(self) -> str:
        return f"PaymentCounterParty(purse={self.purse!r}, wallet={self.wallet!r}, customer={self.customer!r}, channel={self.channel!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PaymentCounterParty) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.purse, self.wallet, self.customer, self.channel,) == (other.purse, other.wallet, other.customer, other.channel,)

    def which_party(self) -> Literal["purse", "wallet", "customer", "channel"] | None:
        """The member of oneof ``party`` that is set, or None."""
        if self.purse is not None:
            return "purse"
        if self.wallet is not None:
            return "wallet"
        if self.customer is not None:
            return "customer"
        if self.channel is not None:
            return "channel"
        return None

    @classmethod
    def from_proto(cls, m: _payment_pb2.PaymentCounterParty) -> PaymentCounterParty:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        w_party = m.WhichOneof("party")
        o.purse = PaymentPurseCounterParty.from_proto(m.purse) if w_party == "purse" else None
        o.wallet = PaymentWalletCounterParty.from_proto(m.wallet) if w_party == "wallet" else None
        o.customer = PaymentCustomerCounterParty.from_proto(m.customer) if w_party == "customer" else None
        o.channel = PaymentChannelCounterParty.from_proto(m.channel) if w_party == "channel" else None
        return o

    def to_proto(self) -> _payment_pb2.PaymentCounterParty:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _payment_pb2.PaymentCounterParty()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("PaymentCounterParty", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _payment_pb2.PaymentCounterParty) -> None:
        n_party = 0
        if self.purse is not None:
            t_purse = p.purse
            t_purse.SetInParent()
            self.purse._write(t_purse)
            n_party += 1
        if self.wallet is not None:
            t_wallet = p.wallet
            t_wallet.SetInParent()
            self.wallet._write(t_wallet)
            n_party += 1
        if self.customer is not None:
            t_customer = p.customer
            t_customer.SetInParent()
            self.customer._write(t_customer)
            n_party += 1
        if self.channel is not None:
            t_channel = p.channel
            t_channel.SetInParent()
            self.channel._write(t_channel)
            n_party += 1
        if n_party != 1:
            raise _oneof_error("PaymentCounterParty", "party", "purse, wallet, customer, channel", n_party, True)


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class PaymentTransaction:
    """PaymentTransaction.

    Wire message: ``com.elarian.hera.proto.PaymentTransaction``.
    """

    __slots__ = ("transaction_id", "app_id", "debit_party", "credit_party", "value", "status", "created_at", "updated_at", "provider_transaction_id", "narration", "_src",)

    transaction_id: str
    app_id: str | None
    debit_party: PaymentCounterParty | None
    """Field 3 was never published."""
    credit_party: PaymentCounterParty | None
    value: Cash | None
    status: PaymentStatus
    created_at: datetime | None
    updated_at: datetime | None
    provider_transaction_id: str | None
    narration: str | None

    def __init__(
        self,
        *,
        transaction_id: str = "",
        app_id: str | None = None,
        debit_party: PaymentCounterParty | None = None,
        credit_party: PaymentCounterParty | None = None,
        value: Cash | None = None,
        status: PaymentStatus = PaymentStatus.UNSPECIFIED,
        created_at: datetime | None = None,
        updated_at: datetime | None = None,
        provider_transaction_id: str | None = None,
        narration: str | None = None,
    ) -> None:
        self.transaction_id = transaction_id
        self.app_id = app_id
        self.debit_party = debit_party
        self.credit_party = credit_party
        self.value = value
        self.status = status
        self.created_at = created_at
        self.updated_at = updated_at
        self.provider_transaction_id = provider_transaction_id
        self.narration = narration

    def __repr__(self) -> str:
        return f"PaymentTransaction(transaction_id={self.transaction_id!r}, app_id={self.app_id!r}, debit_party={self.debit_party!r}, credit_party={self.credit_party!r}, value={self.value!r}, status={self.status!r}, created_at={self.created_at!r}, updated_at={self.updated_at!r}, provider_transaction_id={self.provider_transaction_id!r}, narration={self.narration!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PaymentTransaction) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.transaction_id, self.app_id, self.debit_party, self.credit_party, self.value, self.status, self.created_at, self.updated_at, self.provider_transaction_id, self.narration,) == (other.transaction_id, other.app_id, other.debit_party, other.credit_party, other.value, other.status, other.created_at, other.updated_at, other.provider_transaction_id, other.narration,)

    @classmethod
    def from_proto(cls, m: _payment_pb2.PaymentTransaction) -> PaymentTransaction:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.transaction_id = m.transaction_id
        o.app_id = m.app_id.value if m.HasField("app_id") else None
        o.status = _PaymentStatus_BY_NUMBER[m.status]
        o.created_at = _timestamp(m.created_at) if m.HasField("created_at") else None
        o.updated_at = _timestamp(m.updated_at) if m.HasField("updated_at") else None
        o.provider_transaction_id = m.provider_transaction_id.value if m.HasField("provider_transaction_id") else None
        o.narration = m.narration.value if m.HasField("narration") else None
        o._src = m  # debit_party, credit_party, value: on first read
        return o

    if TYPE_CHECKING:
        _src: Any
    else:

        def __getattr__(self, name: str) -> Any:
            return _load_field(self, name, _LAZY_PaymentTransaction)

        def __getstate__(self) -> Any:
            return _field_state(self)

    def to_proto(self) -> _payment_pb2.PaymentTransaction:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _payment_pb2.PaymentTransaction()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("PaymentTransaction", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _payment_pb2.PaymentTransaction) -> None:
        p.transaction_id = self.transaction_id
        if self.app_id is not None:
            t_app_id = p.app_id
            t_app_id.value = self.app_id
        if self.debit_party is not None:
            t_debit_party = p.debit_party
            t_debit_party.SetInParent()
            self.debit_party._write(t_debit_party)
        if self.credit_party is not None:
            t_credit_party = p.credit_party
            t_credit_party.SetInParent()
            self.credit_party._write(t_credit_party)
        if self.value is not None:
            t_value = p.value
            t_value.SetInParent()
            self.value._write(t_value)
        p.status = self.status  # type: ignore[assignment]
        if self.created_at is not None:
            t_created_at = p.created_at
            _set_timestamp(t_created_at, self.created_at)
        if self.updated_at is not None:
            t_updated_at = p.updated_at
            _set_timestamp(t_updated_at, self.updated_at)
        if self.provider_transaction_id is not None:
            t_provider_transaction_id = p.provider_transaction_id
            t_provider_transaction_id.value = self.provider_transaction_id
        if self.narration is not None:
            t_narration = p.narration
            t_narration.value = self.narration


_LAZY_PaymentTransaction: dict[str, _Reader] = {
    "debit_party": lambda m: PaymentCounterParty.from_proto(m.debit_party) if m.HasField("debit_party") else None,
    "credit_party": lambda m: PaymentCounterParty.from_proto(m.credit_party) if m.HasField("credit_party") else None,
    "value": lambda m: Cash.from_proto(m.value) if m.HasField("value") else None,
}


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class PaymentState:
    """Payment state kept per customer.

    Wire message: ``com.elarian.hera.proto.PaymentState``.
    """

    __slots__ = ("customer_numbers", "channel_numbers", "transaction_log", "pending_transactions", "wallets",)

    customer_numbers: list[CustomerNumber]
    channel_numbers: list[PaymentChannelNumber]
    transaction_log: list[PaymentTransaction]
    pending_transactions: list[PaymentTransaction]
    wallets: dict[str, PaymentBalance]
    """Wallet balances, by wallet id."""

    def __init__(
        self,
        *,
        customer_numbers: list[CustomerNumber] | None = None,
        channel_numbers: list[PaymentChannelNumber] | None = None,
        transaction_log: list[PaymentTransaction] | None = None,
        pending_transactions: list[PaymentTransaction] | None = None,
        wallets: dict[str, PaymentBalance] | None = None,
    ) -> None:
        self.customer_numbers = [] if customer_numbers is None else customer_numbers
        self.channel_numbers = [] if channel_numbers is None else channel_numbers
        self.transaction_log = [] if transaction_log is None else transaction_log
        self.pending_transactions = [] if pending_transactions is None else pending_transactions
        self.wallets = {} if wallets is None else wallets

    def __repr__(self) -> str:
        return f"PaymentState(customer_numbers={self.customer_numbers!r}, channel_numbers={self.channel_numbers!r}, transaction_log={self.transaction_log!r}, pending_transactions={self.pending_transactions!r}, wallets={self.wallets!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PaymentState) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.customer_numbers, self.channel_numbers, self.transaction_log, self.pending_transactions, self.wallets,) == (other.customer_numbers, other.channel_numbers, other.transaction_log, other.pending_transactions, other.wallets,)

    @classmethod
    def from_proto(cls, m: _payment_pb2.PaymentState) -> PaymentState:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.customer_numbers = (_lazy_list(r_customer_numbers, CustomerNumber.from_proto) if (r_customer_numbers := m.customer_numbers) else [])
        o.channel_numbers = (_lazy_list(r_channel_numbers, PaymentChannelNumber.from_proto) if (r_channel_numbers := m.channel_numbers) else [])
        o.transaction_log = (_lazy_list(r_transaction_log, PaymentTransaction.from_proto) if (r_transaction_log := m.transaction_log) else [])
        o.pending_transactions = (_lazy_list(r_pending_transactions, PaymentTransaction.from_proto) if (r_pending_transactions := m.pending_transactions) else [])
        o.wallets = ({k: PaymentBalance.from_proto(r_wallets[k]) for k in r_wallets} if (r_wallets := m.wallets) else {})
        return o

    def to_proto(self) -> _payment_pb2.PaymentState:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _payment_pb2.PaymentState()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("PaymentState", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _payment_pb2.PaymentState) -> None:
        for x_customer_numbers in self.customer_numbers:
            t_customer_numbers = p.customer_numbers.add()
            x_customer_numbers._write(t_customer_numbers)
        for x_channel_numbers in self.channel_numbers:
            t_channel_numbers = p.channel_numbers.add()
            x_channel_numbers._write(t_channel_numbers)
        for x_transaction_log in self.transaction_log:
            t_transaction_log = p.transaction_log.add()
            x_transaction_log._write(t_transaction_log)
        for x_pending_transactions in self.pending_transactions:
            t_pending_transactions = p.pending_transactions.add()
            x_pending_transactions._write(t_pending_transactions)
        for k_wallets, x_wallets in self.wallets.items():
            t_wallets = p.wallets[k_wallets]
            x_wallets._write(t_wallets)


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class AppConnectionMetadata:
    """The data of the RSocket SETUP frame: who is connecting and how.

    Wire message: ``com.elarian.hera.proto.AppConnectionMetadata``.
    """

    __slots__ = ("org_id", "app_id", "api_key", "auth_token", "simplex_mode", "simulator_mode",)

    org_id: str
    app_id: str
    api_key: str | None
    """Exactly one of api_key and auth_token authenticates the connection."""
    auth_token: str | None
    simplex_mode: bool
    """A simplex connection sends commands but receives no notifications."""
    simulator_mode: bool
    """A simulator connection plays the customers' side."""

    def __init__(
        self,
        *,
        org_id: str = "",
        app_id: str = "",
        api_key: str | None = None,
        auth_token: str | None = None,
        simplex_mode: bool = False,
        simulator_mode: bool = False,
    ) -> None:
        self.org_id = org_id
        self.app_id = app_id
        self.api_key = api_key
        self.auth_token = auth_token
        self.simplex_mode = simplex_mode
        self.simulator_mode = simulator_mode

    def __repr__(self) -> str:
        return f"AppConnectionMetadata(org_id={self.org_id!r}, app_id={self.app_id!r}, api_key={self.api_key!r}, auth_token={self.auth_token!r}, simplex_mode={self.simplex_mode!r}, simulator_mode={self.simulator_mode!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, AppConnectionMetadata) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.org_id, self.app_id, self.api_key, self.auth_token, self.simplex_mode, self.simulator_mode,) == (other.org_id, other.app_id, other.api_key, other.auth_token, other.simplex_mode, other.simulator_mode,)

    @classmethod
    def from_proto(cls, m: _app_socket_pb2.AppConnectionMetadata) -> AppConnectionMetadata:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.org_id = m.org_id
        o.app_id = m.app_id
        o.api_key = m.api_key.value if m.HasField("api_key") else None
        o.auth_token = m.auth_token.value if m.HasField("auth_token") else None
        o.simplex_mode = m.simplex_mode
        o.simulator_mode = m.simulator_mode
        return o

    def to_proto(self) -> _app_socket_pb2.AppConnectionMetadata:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _app_socket_pb2.AppConnectionMetadata()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("AppConnectionMetadata", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _app_socket_pb2.AppConnectionMetadata) -> None:
        p.org_id = self.org_id
        p.app_id = self.app_id
        if self.api_key is not None:
            t_api_key = p.api_key
            t_api_key.value = self.api_key
        if self.auth_token is not None:
            t_auth_token = p.auth_token
            t_auth_token.value = self.auth_token
        p.simplex_mode = self.simplex_mode
        p.simulator_mode = self.simulator_mode


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class AuthToken:
    """AuthToken.

    Wire message: ``com.elarian.hera.proto.GenerateAuthTokenReply``.
    """

    __slots__ = ("token", "lifetime",)

    token: str
    lifetime: timedelta | None

    def __init__(
        self,
        *,
        token: str = "",
        lifetime: timedelta | None = None,
    ) -> None:
        self.token = token
        self.lifetime = lifetime

    def __repr__(self) -> str:
        return f"AuthToken(token={self.token!r}, lifetime={self.lifetime!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, AuthToken) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.token, self.lifetime,) == (other.token, other.lifetime,)

    @classmethod
    def from_proto(cls, m: _app_socket_pb2.GenerateAuthTokenReply) -> AuthToken:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.token = m.token
        o.lifetime = _duration(m.lifetime) if m.HasField("lifetime") else None
        return o

    def to_proto(self) -> _app_socket_pb2.GenerateAuthTokenReply:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _app_socket_pb2.GenerateAuthTokenReply()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("AuthToken", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _app_socket_pb2.GenerateAuthTokenReply) -> None:
        p.token = self.token
        if self.lifetime is not None:
            t_lifetime = p.lifetime
            _set_duration(t_lifetime, self.lifetime)


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class GetCustomerStateReply:
    """The customer's state, or status=false and why.

    Wire message: ``com.elarian.hera.proto.GetCustomerStateReply``.
    """

    __slots__ = ("status", "description", "data", "_src",)

    status: bool
    description: str
    data: CustomerState | None

    def __init__(
        self,
        *,
        status: bool = False,
        description: str = "",
        data: CustomerState | None = None,
    ) -> None:
        self.status = status
        self.description = description
        self.data = data

    def __repr__(self) -> str:
        return f"GetCustomerStateReply(status={self.status!r}, description={self.description!r}, data={self.data!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, GetCustomerStateReply) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.status, self.description, self.data,) == (other.status, other.description, other.data,)

    @classmethod
    def from_proto(cls, m: _app_socket_pb2.GetCustomerStateReply) -> GetCustomerStateReply:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.status = m.status
        o.description = m.description
        o._src = m  # data: on first read
        return o

    if TYPE_CHECKING:
        _src: Any
    else:

        def __getattr__(self, name: str) -> Any:
            return _load_field(self, name, _LAZY_GetCustomerStateReply)

        def __getstate__(self) -> Any:
            return _field_state(self)

    def to_proto(self) -> _app_socket_pb2.GetCustomerStateReply:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _app_socket_pb2.GetCustomerStateReply()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("GetCustomerStateReply", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _app_socket_pb2.GetCustomerStateReply) -> None:
        p.status = self.status
        p.description = self.description
        if self.data is not None:
            t_data = p.data
            t_data.SetInParent()
            self.data._write(t_data)


_LAZY_GetCustomerStateReply: dict[str, _Reader] = {
    "data": lambda m: CustomerState.from_proto(m.data) if m.HasField("data") else None,
}


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class CustomerState:
    """Everything the runtime knows about one customer.

    Wire message: ``com.elarian.hera.proto.CustomerStateReplyData``.
    """

    __slots__ = ("customer_id", "identity_state", "messaging_state", "payment_state", "activity_state", "_src",)

    customer_id: str
    identity_state: IdentityState | None
    messaging_state: MessagingState | None
    payment_state: PaymentState | None
    activity_state: ActivityState | None

    def __init__(
        self,
        *,
        customer_id: str = "",
        identity_state: IdentityState | None = None,
        messaging_state: MessagingState | None = None,
        payment_state: PaymentState | None = None,
        activity_state: ActivityState | None = None,
    ) -> None:
        self.customer_id = customer_id
        self.identity_state = identity_state
        self.messaging_state = messaging_state
        self.payment_state = payment_state
        self.activity_state = activity_state

    def __repr__(self) -> str:
        return f"CustomerState(customer_id={self.customer_id!r}, identity_state={self.identity_state!r}, messaging_state={self.messaging_state!r}, payment_state={self.payment_state!r}, activity_state={self.activity_state!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CustomerState) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.customer_id, self.identity_state, self.messaging_state, self.payment_state, self.activity_state,) == (other.customer_id, other.identity_state, other.messaging_state, other.payment_state, other.activity_state,)

    @classmethod
    def from_proto(cls, m: _app_socket_pb2.CustomerStateReplyData) -> CustomerState:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.customer_id = m.customer_id
        o._src = m  # identity_state, messaging_state, payment_state, activity_state: on first read
        return o

    if TYPE_CHECKING:
        _src: Any
    else:

        def __getattr__(self, name: str) -> Any:
            return _load_field(self, name, _LAZY_CustomerState)

        def __getstate__(self) -> Any:
            return _field_state(self)

    def to_proto(self) -> _app_socket_pb2.CustomerStateReplyData:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _app_socket_pb2.CustomerStateReplyData()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("CustomerState", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _app_socket_pb2.CustomerStateReplyData) -> None:
        p.customer_id = self.customer_id
        if self.identity_state is not None:
            t_identity_state = p.identity_state
            t_identity_state.SetInParent()
            self.identity_state._write(t_identity_state)
        if self.messaging_state is not None:
            t_messaging_state = p.messaging_state
            t_messaging_state.SetInParent()
            self.messaging_state._write(t_messaging_state)
        if self.payment_state is not None:
            t_payment_state = p.payment_state
            t_payment_state.SetInParent()
            self.payment_state._write(t_payment_state)
        if self.activity_state is not None:
            t_activity_state = p.activity_state
            t_activity_state.SetInParent()
            self.activity_state._write(t_activity_state)


_LAZY_CustomerState: dict[str, _Reader] = {
    "identity_state": lambda m: IdentityState.from_proto(m.identity_state) if m.HasField("identity_state") else None,
    "messaging_state": lambda m: MessagingState.from_proto(m.messaging_state) if m.HasField("messaging_state") else None,
    "payment_state": lambda m: PaymentState.from_proto(m.payment_state) if m.HasField("payment_state") else None,
    "activity_state": lambda m: ActivityState.from_proto(m.activity_state) if m.HasField("activity_state") else None,
}


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class CustomerStateUpdateReply:
    """The common answer to commands that change a customer.

    Wire message: ``com.elarian.hera.proto.UpdateCustomerStateReply``.
    """

    __slots__ = ("status", "description", "customer_id",)

    status: bool
    description: str
    customer_id: str | None

    def __init__(
        self,
        *,
        status: bool = False,
        description: str = "",
        customer_id: str | None = None,
    ) -> None:
        self.status = status
        self.description = description
        self.customer_id = customer_id

    def __repr__(self) -> str:
        return f"CustomerStateUpdateReply(status={self.status!r}, description={self.description!r}, customer_id={self.customer_id!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CustomerStateUpdateReply) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.status, self.description, self.customer_id,) == (other.status, other.description, other.customer_id,)

    @classmethod
    def from_proto(cls, m: _app_socket_pb2.UpdateCustomerStateReply) -> CustomerStateUpdateReply:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.status = m.status
        o.description = m.description
        o.customer_id = m.customer_id.value if m.HasField("customer_id") else None
        return o

    def to_proto(self) -> _app_socket_pb2.UpdateCustomerStateReply:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _app_socket_pb2.UpdateCustomerStateReply()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("CustomerStateUpdateReply", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _app_socket_pb2.UpdateCustomerStateReply) -> None:
        p.status = self.status
        p.description = self.description
        if self.customer_id is not None:
            t_customer_id = p.customer_id
            t_customer_id.value = self.customer_id


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class UpdateCustomerAppDataReply:
    """Whether the app data was written or removed.

    Wire message: ``com.elarian.hera.proto.UpdateCustomerAppDataReply``.
    """

    __slots__ = ("status", "description", "customer_id",)

    status: bool
    description: str
    customer_id: str | None

    def __init__(
        self,
        *,
        status: bool = False,
        description: str = "",
        customer_id: str | None = None,
    ) -> None:
        self.status = status
        self.description = description
        self.customer_id = customer_id

    def __repr__(self) -> str:
        return f"UpdateCustomerAppDataReply(status={self.status!r}, description={self.description!r}, customer_id={self.customer_id!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UpdateCustomerAppDataReply) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.status, self.description, self.customer_id,) == (other.status, other.description, other.customer_id,)

    @classmethod
    def from_proto(cls, m: _app_socket_pb2.UpdateCustomerAppDataReply) -> UpdateCustomerAppDataReply:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.status = m.status
        o.description = m.description
        o.customer_id = m.customer_id.value if m.HasField("customer_id") else None
        return o

    def to_proto(self) -> _app_socket_pb2.UpdateCustomerAppDataReply:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _app_socket_pb2.UpdateCustomerAppDataReply()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("UpdateCustomerAppDataReply", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _app_socket_pb2.UpdateCustomerAppDataReply) -> None:
        p.status = self.status
        p.description = self.description
        if self.customer_id is not None:
            t_customer_id = p.customer_id
            t_customer_id.value = self.customer_id


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class LeaseCustomerAppDataReply:
    """The app's data on the customer (value), now held by this lease.

    Wire message: ``com.elarian.hera.proto.LeaseCustomerAppDataReply``.
    """

    __slots__ = ("status", "description", "customer_id", "value",)

    status: bool
    description: str
    customer_id: str | None
    value: str | bytes | None

    def __init__(
        self,
        *,
        status: bool = False,
        description: str = "",
        customer_id: str | None = None,
        value: str | bytes | None = None,
    ) -> None:
        self.status = status
        self.description = description
        self.customer_id = customer_id
        self.value = value

    def __repr__(self) -> str:
        return f"LeaseCustomerAppDataReply(status={self.status!r}, description={self.description!r}, customer_id={self.customer_id!r}, value={self.value!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, LeaseCustomerAppDataReply) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.status, self.description, self.customer_id, self.value,) == (other.status, other.description, other.customer_id, other.value,)

    @classmethod
    def from_proto(cls, m: _app_socket_pb2.LeaseCustomerAppDataReply) -> LeaseCustomerAppDataReply:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.status = m.status
        o.description = m.description
        o.customer_id = m.customer_id.value if m.HasField("customer_id") else None
        o.value = _read_DataMapValue(m.value) if m.HasField("value") else None
        return o

    def to_proto(self) -> _app_socket_pb2.LeaseCustomerAppDataReply:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _app_socket_pb2.LeaseCustomerAppDataReply()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("LeaseCustomerAppDataReply", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _app_socket_pb2.LeaseCustomerAppDataReply) -> None:
        p.status = self.status
        p.description = self.description
        if self.customer_id is not None:
            t_customer_id = p.customer_id
            t_customer_id.value = self.customer_id
        if self.value is not None:
            t_value = p.value
            _write_DataMapValue(t_value, self.value)


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class MessageReply:
    """Where the message stands (QUEUED, SENT, or why it was refused) and its id.

    Wire message: ``com.elarian.hera.proto.SendMessageReply``.
    """

    __slots__ = ("status", "description", "message_id", "session_id", "customer_id",)

    status: MessageDeliveryStatus
    description: str
    message_id: str | None
    session_id: str | None
    customer_id: str | None

    def __init__(
        self,
        *,
        status: MessageDeliveryStatus = MessageDeliveryStatus.UNSPECIFIED,
        description: str = "",
        message_id: str | None = None,
        session_id: str | None = None,
        customer_id: str | None = None,
    ) -> None:
        self.status = status
        self.description = description
        self.message_id = message_id
        self.session_id = session_id
        self.customer_id = customer_id

    def __repr__(self) -> str:
        return f"MessageReply(status={self.status!r}, description={self.description!r}, message_id={self.message_id!r}, session_id={self.session_id!r}, customer_id={self.customer_id!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MessageReply) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.status, self.description, self.message_id, self.session_id, self.customer_id,) == (other.status, other.description, other.message_id, other.session_id, other.customer_id,)

    @classmethod
    def from_proto(cls, m: _app_socket_pb2.SendMessageReply) -> MessageReply:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.status = _MessageDeliveryStatus_BY_NUMBER[m.status]
        o.description = m.description
        o.message_id = m.message_id.value if m.HasField("message_id") else None
        o.session_id = m.session_id.value if m.HasField("session_id") else None
        o.customer_id = m.customer_id.value if m.HasField("customer_id") else None
        return o

    def to_proto(self) -> _app_socket_pb2.SendMessageReply:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _app_socket_pb2.SendMessageReply()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("MessageReply", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _app_socket_pb2.SendMessageReply) -> None:
        p.status = self.status  # type: ignore[assignment]
        p.description = self.description
        if self.message_id is not None:
            t_message_id = p.message_id
            t_message_id.value = self.message_id
        if self.session_id is not None:
            t_session_id = p.session_id
            t_session_id.value = self.session_id
        if self.customer_id is not None:
            t_customer_id = p.customer_id
            t_customer_id.value = self.customer_id


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class ConsentUpdateReply:
    """Whether the consent change was recorded.

    Wire message: ``com.elarian.hera.proto.UpdateMessagingConsentReply``.
    """

    __slots__ = ("status", "description", "customer_id",)

    status: MessagingConsentUpdateStatus
    description: str
    customer_id: str | None

    def __init__(
        self,
        *,
        status: MessagingConsentUpdateStatus = MessagingConsentUpdateStatus.UNSPECIFIED,
        description: str = "",
        customer_id: str | None = None,
    ) -> None:
        self.status = status
        self.description = description
        self.customer_id = customer_id

    def __repr__(self) -> str:
        return f"ConsentUpdateReply(status={self.status!r}, description={self.description!r}, customer_id={self.customer_id!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ConsentUpdateReply) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.status, self.description, self.customer_id,) == (other.status, other.description, other.customer_id,)

    @classmethod
    def from_proto(cls, m: _app_socket_pb2.UpdateMessagingConsentReply) -> ConsentUpdateReply:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.status = _MessagingConsentUpdateStatus_BY_NUMBER[m.status]
        o.description = m.description
        o.customer_id = m.customer_id.value if m.HasField("customer_id") else None
        return o

    def to_proto(self) -> _app_socket_pb2.UpdateMessagingConsentReply:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _app_socket_pb2.UpdateMessagingConsentReply()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("ConsentUpdateReply", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _app_socket_pb2.UpdateMessagingConsentReply) -> None:
        p.status = self.status  # type: ignore[assignment]
        p.description = self.description
        if self.customer_id is not None:
            t_customer_id = p.customer_id
            t_customer_id.value = self.customer_id


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class InitiatePaymentReply:
    """The payment's status (SUCCESS, PENDING_CONFIRMATION, or why it was refused) and id.

    Wire message: ``com.elarian.hera.proto.InitiatePaymentReply``.
    """

    __slots__ = ("status", "description", "transaction_id", "debit_customer_id", "credit_customer_id",)

    status: PaymentStatus
    description: str
    transaction_id: str | None
    debit_customer_id: str | None
    credit_customer_id: str | None

    def __init__(
        self,
        *,
        status: PaymentStatus = PaymentStatus.UNSPECIFIED,
        description: str = "",
        transaction_id: str | None = None,
        debit_customer_id: str | None = None,
        credit_customer_id: str | None = None,
    ) -> None:
        self.status = status
        self.description = description
        self.transaction_id = transaction_id
        self.debit_customer_id = debit_customer_id
        self.credit_customer_id = credit_customer_id

    def __repr__(self) -> str:
        return f"InitiatePaymentReply(status={self.status!r}, description={self.description!r}, transaction_id={self.transaction_id!r}, debit_customer_id={self.debit_customer_id!r}, credit_customer_id={self.credit_customer_id!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, InitiatePaymentReply) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.status, self.description, self.transaction_id, self.debit_customer_id, self.credit_customer_id,) == (other.status, other.description, other.transaction_id, other.debit_customer_id, other.credit_customer_id,)

    @classmethod
    def from_proto(cls, m: _app_socket_pb2.InitiatePaymentReply) -> InitiatePaymentReply:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.status = _PaymentStatus_BY_NUMBER[m.status]
        o.description = m.description
        o.transaction_id = m.transaction_id.value if m.HasField("transaction_id") else None
        o.debit_customer_id = m.debit_customer_id.value if m.HasField("debit_customer_id") else None
        o.credit_customer_id = m.credit_customer_id.value if m.HasField("credit_customer_id") else None
        return o

    def to_proto(self) -> _app_socket_pb2.InitiatePaymentReply:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _app_socket_pb2.InitiatePaymentReply()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("InitiatePaymentReply", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _app_socket_pb2.InitiatePaymentReply) -> None:
        p.status = self.status  # type: ignore[assignment]
        p.description = self.description
        if self.transaction_id is not None:
            t_transaction_id = p.transaction_id
            t_transaction_id.value = self.transaction_id
        if self.debit_customer_id is not None:
            t_debit_customer_id = p.debit_customer_id
            t_debit_customer_id.value = self.debit_customer_id
        if self.credit_customer_id is not None:
            t_credit_customer_id = p.credit_customer_id
            t_credit_customer_id.value = self.credit_customer_id


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class ReplayPaymentReply:
    """Whether the replayed payment was recorded.

    Wire message: ``com.elarian.hera.proto.ReplayPaymentReply``.
    """

    __slots__ = ("status", "description", "transaction_id", "debit_customer_id", "credit_customer_id",)

    status: bool
    description: str
    transaction_id: str | None
    debit_customer_id: str | None
    credit_customer_id: str | None

    def __init__(
        self,
        *,
        status: bool = False,
        description: str = "",
        transaction_id: str | None = None,
        debit_customer_id: str | None = None,
        credit_customer_id: str | None = None,
    ) -> None:
        self.status = status
        self.description = description
        self.transaction_id = transaction_id
        self.debit_customer_id = debit_customer_id
        self.credit_customer_id = credit_customer_id

    def __repr__(self) -> str:
        return f"ReplayPaymentReply(status={self.status!r}, description={self.description!r}, transaction_id={self.transaction_id!r}, debit_customer_id={self.debit_customer_id!r}, credit_customer_id={self.credit_customer_id!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ReplayPaymentReply) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.status, self.description, self.transaction_id, self.debit_customer_id, self.credit_customer_id,) == (other.status, other.description, other.transaction_id, other.debit_customer_id, other.credit_customer_id,)

    @classmethod
    def from_proto(cls, m: _app_socket_pb2.ReplayPaymentReply) -> ReplayPaymentReply:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.status = m.status
        o.description = m.description
        o.transaction_id = m.transaction_id.value if m.HasField("transaction_id") else None
        o.debit_customer_id = m.debit_customer_id.value if m.HasField("debit_customer_id") else None
        o.credit_customer_id = m.credit_customer_id.value if m.HasField("credit_customer_id") else None
        return o

    def to_proto(self) -> _app_socket_pb2.ReplayPaymentReply:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _app_socket_pb2.ReplayPaymentReply()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("ReplayPaymentReply", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _app_socket_pb2.ReplayPaymentReply) -> None:
        p.status = self.status
        p.description = self.description
        if self.transaction_id is not None:
            t_transaction_id = p.transaction_id
            t_transaction_id.value = self.transaction_id
        if self.debit_customer_id is not None:
            t_debit_customer_id = p.debit_customer_id
            t_debit_customer_id.value = self.debit_customer_id
        if self.credit_customer_id is not None:
            t_credit_customer_id = p.credit_customer_id
            t_credit_customer_id.value = self.credit_customer_id


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class TagUpdateReply:
    """Answer to the by-tag commands, which run in the background as work_id.

    Wire message: ``com.elarian.hera.proto.TagCommandReply``.
    """

    __slots__ = ("status", "description", "work_id",)

    status: bool
    description: str
    work_id: str | None

    def __init__(
        self,
        *,
        status: bool = False,
        description: str = "",
        work_id: str | None = None,
    ) -> None:
        self.status = status
        self.description = description
        self.work_id = work_id

    def __repr__(self) -> str:
        return f"TagUpdateReply(status={self.status!r}, description={self.description!r}, work_id={self.work_id!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TagUpdateReply) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.status, self.description, self.work_id,) == (other.status, other.description, other.work_id,)

    @classmethod
    def from_proto(cls, m: _app_socket_pb2.TagCommandReply) -> TagUpdateReply:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.status = m.status
        o.description = m.description
        o.work_id = m.work_id.value if m.HasField("work_id") else None
        return o

    def to_proto(self) -> _app_socket_pb2.TagCommandReply:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _app_socket_pb2.TagCommandReply()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("TagUpdateReply", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _app_socket_pb2.TagCommandReply) -> None:
        p.status = self.status
        p.description = self.description
        if self.work_id is not None:
            t_work_id = p.work_id
            t_work_id.value = self.work_id


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class CustomerActivityReply:
    """Whether the activity was recorded.

    Wire message: ``com.elarian.hera.proto.CustomerActivityReply``.
    """

    __slots__ = ("status", "description", "customer_id",)

    status: bool
    description: str
    customer_id: str | None

    def __init__(
        self,
        *,
        status: bool = False,
        description: str = "",
        customer_id: str | None = None,
    ) -> None:
        self.status = status
        self.description = description
        self.customer_id = customer_id

    def __repr__(self) -> str:
        return f"CustomerActivityReply(status={self.status!r}, description={self.description!r}, customer_id={self.customer_id!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CustomerActivityReply) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.status, self.description, self.customer_id,) == (other.status, other.description, other.customer_id,)

    @classmethod
    def from_proto(cls, m: _app_socket_pb2.CustomerActivityReply) -> CustomerActivityReply:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.status = m.status
        o.description = m.description
        o.customer_id = m.customer_id.value if m.HasField("customer_id") else None
        return o

    def to_proto(self) -> _app_socket_pb2.CustomerActivityReply:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _app_socket_pb2.CustomerActivityReply()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("CustomerActivityReply", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _app_socket_pb2.CustomerActivityReply) -> None:
        p.status = self.status
        p.description = self.description
        if self.customer_id is not None:
            t_customer_id = p.customer_id
            t_customer_id.value = self.customer_id


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class AppDataUpdate:
    """Replaces the customer's app data for the notified app.

    Wire message: ``com.elarian.hera.proto.AppDataUpdate``.
    """

    __slots__ = ("data",)

    data: str | bytes | None

    def __init__(
        self,
        *,
        data: str | bytes | None = None,
    ) -> None:
        self.data = data

    def __repr__(self) -> str:
        return f"AppDataUpdate(data={self.data!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, AppDataUpdate) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.data,) == (other.data,)

    @classmethod
    def from_proto(cls, m: _app_socket_pb2.AppDataUpdate) -> AppDataUpdate:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.data = _read_DataMapValue(m.data) if m.HasField("data") else None
        return o

    def to_proto(self) -> _app_socket_pb2.AppDataUpdate:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _app_socket_pb2.AppDataUpdate()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("AppDataUpdate", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _app_socket_pb2.AppDataUpdate) -> None:
        if self.data is not None:
            t_data = p.data
            _write_DataMapValue(t_data, self.data)


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class ServerToAppNotificationReply:
    """The app's answer to a notification.

    Wire message: ``com.elarian.hera.proto.ServerToAppNotificationReply``.
    """

    __slots__ = ("data_update", "message", "_src",)

    data_update: AppDataUpdate | None
    message: Message | None
    """A message to send back, e.g. the next USSD menu."""

    def __init__(
        self,
        *,
        data_update: AppDataUpdate | None = None,
        message: Message | None = None,
    ) -> None:
        self.data_update = data_update
        self.message = message

    def __repr__(self) -> str:
        return f"ServerToAppNotificationReply(data_update={self.data_update!r}, message={self.message!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ServerToAppNotificationReply) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.data_update, self.message,) == (other.data_update, other.message,)

    @classmethod
    def from_proto(cls, m: _app_socket_pb2.ServerToAppNotificationReply) -> ServerToAppNotificationReply:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o._src = m  # data_update, message: on first read
        return o

    if TYPE_CHECKING:
        _src: Any
    else:

        def __getattr__(self, name: str) -> Any:
            return _load_field(self, name, _LAZY_ServerToAppNotificationReply)

        def __getstate__(self) -> Any:
            return _field_state(self)

    def to_proto(self) -> _app_socket_pb2.ServerToAppNotificationReply:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _app_socket_pb2.ServerToAppNotificationReply()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("ServerToAppNotificationReply", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _app_socket_pb2.ServerToAppNotificationReply) -> None:
        if self.data_update is not None:
            t_data_update = p.data_update
            t_data_update.SetInParent()
            self.data_update._write(t_data_update)
        if self.message is not None:
            t_message = p.message
            t_message.SetInParent()
            self.message._write(t_message)


_LAZY_ServerToAppNotificationReply: dict[str, _Reader] = {
    "data_update": lambda m: AppDataUpdate.from_proto(m.data_update) if m.HasField("data_update") else None,
    "message": lambda m: Message.from_proto(m.message) if m.HasField("message") else None,
}


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class SimulatorReply:
    """SimulatorReply.

    Wire message: ``com.elarian.hera.proto.SimulatorToServerCommandReply``.
    """

    __slots__ = ("status", "description", "message", "_src",)

    status: bool
    description: str
    message: Message | None
    """The app's answer, if any (e.g. the next USSD menu)."""

    def __init__(
        self,
        *,
        status: bool = False,
        description: str = "",
        message: Message | None = None,
    ) -> None:
        self.status = status
        self.description = description
        self.message = message

    def __repr__(self) -> str:
        return f"SimulatorReply(status={self.status!r}, description={self.description!r}, message={self.message!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SimulatorReply) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.status, self.description, self.message,) == (other.status, other.description, other.message,)

    @classmethod
    def from_proto(cls, m: _simulator_socket_pb2.SimulatorToServerCommandReply) -> SimulatorReply:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        o.status = m.status
        o.description = m.description
        o._src = m  # message: on first read
        return o

    if TYPE_CHECKING:
        _src: Any
    else:

        def __getattr__(self, name: str) -> Any:
            return _load_field(self, name, _LAZY_SimulatorReply)

        def __getstate__(self) -> Any:
            return _field_state(self)

    def to_proto(self) -> _simulator_socket_pb2.SimulatorToServerCommandReply:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _simulator_socket_pb2.SimulatorToServerCommandReply()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("SimulatorReply", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _simulator_socket_pb2.SimulatorToServerCommandReply) -> None:
        p.status = self.status
        p.description = self.description
        if self.message is not None:
            t_message = p.message
            t_message.SetInParent()
            self.message._write(t_message)


_LAZY_SimulatorReply: dict[str, _Reader] = {
    "message": lambda m: Message.from_proto(m.message) if m.HasField("message") else None,
}


@dataclass(kw_only=True, init=False, repr=False, eq=False, match_args=False)
class ServerToSimulatorNotificationReply:
    """ServerToSimulatorNotificationReply.

    Wire message: ``com.elarian.hera.proto.ServerToSimulatorNotificationReply``.
    """

    __slots__ = ()


    def __repr__(self) -> str:
        return f"ServerToSimulatorNotificationReply()"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ServerToSimulatorNotificationReply) or other.__class__ is not self.__class__:
            return NotImplemented
        return True

    @classmethod
    def from_proto(cls, m: _simulator_socket_pb2.ServerToSimulatorNotificationReply) -> ServerToSimulatorNotificationReply:
        """Build from the protobuf message (unknown enum numbers are kept)."""
        o = object.__new__(cls)
        return o

    def to_proto(self) -> _simulator_socket_pb2.ServerToSimulatorNotificationReply:
        """The protobuf message; raises ArgumentValueError if a oneof is not set exactly once."""
        p = _simulator_socket_pb2.ServerToSimulatorNotificationReply()
        try:
            self._write(p)
        except (TypeError, AttributeError) as exc:
            raise _value_error("ServerToSimulatorNotificationReply", self, exc, _FIELD_TYPES) from exc
        return p

    def _write(self, p: _simulator_socket_pb2.ServerToSimulatorNotificationReply) -> None:
        return


PROTO_TYPES: dict[type, type] = {
    Cash: _common_pb2.Cash,
    SecondaryId: _common_pb2.IndexMapping,
    Tag: _common_pb2.CustomerIndex,
    AppConnectionProps: _common_pb2.AppConnectionProps,
    CustomerNumber: _common_pb2.CustomerNumber,
    Activity: _activity_pb2.CustomerActivity,
    ActivitySessionState: _activity_pb2.ActivitySessionState,
    ActivityState: _activity_pb2.ActivityState,
    Reminder: _app_pb2.CustomerReminder,
    AppState: _app_pb2.AppState,
    TemplateVariant: _comms_pb2.TemplateVariant,
    CommsTemplate: _comms_pb2.CommsTemplate,
    CommsRecipient: _comms_pb2.CommsRecipient,
    CommsSendOutcome: _comms_pb2.CommsSendOutcome,
    CommsReply: _comms_pb2.CommsReply,
    TemplateReply: _comms_pb2.TemplateReply,
    TemplateListReply: _comms_pb2.TemplateListReply,
    PreviewTemplateReply: _comms_pb2.PreviewTemplateReply,
    GlobalVariable: _comms_pb2.GlobalVariable,
    GlobalVariablesReply: _comms_pb2.GlobalVariablesReply,
    CommsEvent: _comms_pb2.CommsEvent,
    EventReply: _comms_pb2.EventReply,
    EventListReply: _comms_pb2.EventListReply,
    CommsSendReply: _comms_pb2.CommsSendReply,
    OtpConfig: _comms_pb2.OtpConfig,
    OtpConfigsReply: _comms_pb2.OtpConfigsReply,
    SendOtpReply: _comms_pb2.SendOtpReply,
    VerifyOtpReply: _comms_pb2.VerifyOtpReply,
    ProviderInfo: _comms_pb2.ProviderInfo,
    ProviderDefaults: _comms_pb2.ProviderDefaults,
    ProvidersReply: _comms_pb2.ProvidersReply,
    CommsReport: _comms_pb2.CommsReport,
    ReportsReply: _comms_pb2.ReportsReply,
    Audience: _comms_pb2.Audience,
    AudienceRow: _comms_pb2.AudienceRow,
    AudienceReply: _comms_pb2.AudienceReply,
    AudienceListReply: _comms_pb2.AudienceListReply,
    AudienceReject: _comms_pb2.AudienceReject,
    AudienceRejectsReply: _comms_pb2.AudienceRejectsReply,
    AudienceMember: _comms_pb2.AudienceMember,
    AudienceMembersReply: _comms_pb2.AudienceMembersReply,
    Campaign: _comms_pb2.Campaign,
    CampaignEstimate: _comms_pb2.CampaignEstimate,
    CampaignProgress: _comms_pb2.CampaignProgress,
    CampaignReply: _comms_pb2.CampaignReply,
    CampaignListReply: _comms_pb2.CampaignListReply,
    Suppression: _comms_pb2.Suppression,
    SuppressionsReply: _comms_pb2.SuppressionsReply,
    AuditEntry: _comms_pb2.AuditEntry,
    AuditLogReply: _comms_pb2.AuditLogReply,
    WebhookConnector: _connectors_pb2.WebhookConnector,
    InboundConnector: _connectors_pb2.InboundConnector,
    ConnectorsReply: _connectors_pb2.ConnectorsReply,
    WebhookDelivery: _connectors_pb2.WebhookDelivery,
    WebhookDeliveriesReply: _connectors_pb2.WebhookDeliveriesReply,
    ConnectorCountReply: _connectors_pb2.ConnectorCountReply,
    InboundEvent: _connectors_pb2.InboundEvent,
    InboundEventReply: _connectors_pb2.InboundEventReply,
    IdentityState: _identity_pb2.IdentityState,
    MessagingChannel: _messaging_pb2.MessagingChannelNumber,
    Media: _messaging_pb2.MediaMessageBody,
    Location: _messaging_pb2.LocationMessageBody,
    Email: _messaging_pb2.EmailMessageBody,
    Template: _messaging_pb2.TemplateMessageBody,
    Say: _messaging_pb2.SayCallAction,
    Play: _messaging_pb2.PlayCallAction,
    GetDigits: _messaging_pb2.GetDigitsCallAction,
    GetRecording: _messaging_pb2.GetRecordingCallAction,
    RecordSession: _messaging_pb2.RecordSessionCallAction,
    Dial: _messaging_pb2.DialCallAction,
    Enqueue: _messaging_pb2.EnqueueCallAction,
    Dequeue: _messaging_pb2.DequeueCallAction,
    Reject: _messaging_pb2.RejectCallAction,
    Redirect: _messaging_pb2.RedirectCallAction,
    VoiceAction: _messaging_pb2.VoiceCallAction,
    VoiceCallDialInput: _messaging_pb2.VoiceCallDialInput,
    VoiceCallQueueInput: _messaging_pb2.VoiceCallQueueInput,
    VoiceCallInput: _messaging_pb2.VoiceCallInputMessageBody,
    UssdInput: _messaging_pb2.UssdInputMessageBody,
    UssdMenu: _messaging_pb2.UssdMenuMessageBody,
    MessageBody: _messaging_pb2.OutboundMessageBody,
    PromptMenuItem: _messaging_pb2.PromptMessageMenuItemBody,
    InboundMessageBody: _messaging_pb2.InboundMessageBody,
    ReplyPrompt: _messaging_pb2.OutboundMessageReplyPrompt,
    Message: _messaging_pb2.OutboundMessage,
    ReceivedMessage: _messaging_pb2.ReceivedMessage,
    SentMessage: _messaging_pb2.SentMessage,
    MessageReactionState: _messaging_pb2.MessageReactionState,
    MessageReplyToken: _messaging_pb2.MessageReplyToken,
    ChannelMessage: _messaging_pb2.ChannelMessage,
    CompleteMessagingSession: _messaging_pb2.CompleteMessagingSession,
    BlockedMessagingChannelState: _messaging_pb2.BlockedMessagingChannelState,
    ActiveMessagingChannelState: _messaging_pb2.ActiveMessagingChannelState,
    InSessionMessagingChannelState: _messaging_pb2.InSessionMessagingChannelState,
    MessagingChannelState: _messaging_pb2.MessagingChannelState,
    MessagingState: _messaging_pb2.MessagingState,
    MessageStatusUpdate: _messaging_pb2.MessageStatusUpdate,
    MessageSessionUpdate: _messaging_pb2.MessageSessionUpdate,
    PaymentChannelNumber: _payment_pb2.PaymentChannelNumber,
    PendingPaymentTransaction: _payment_pb2.PendingPaymentTransaction,
    PaymentBalance: _payment_pb2.PaymentBalance,
    PaymentPurseCounterParty: _payment_pb2.PaymentPurseCounterParty,
    PaymentWalletCounterParty: _payment_pb2.PaymentWalletCounterParty,
    PaymentCustomerCounterParty: _payment_pb2.PaymentCustomerCounterParty,
    PaymentChannelCounterParty: _payment_pb2.PaymentChannelCounterParty,
    PaymentCounterParty: _payment_pb2.PaymentCounterParty,
    PaymentTransaction: _payment_pb2.PaymentTransaction,
    PaymentState: _payment_pb2.PaymentState,
    AppConnectionMetadata: _app_socket_pb2.AppConnectionMetadata,
    AuthToken: _app_socket_pb2.GenerateAuthTokenReply,
    GetCustomerStateReply: _app_socket_pb2.GetCustomerStateReply,
    CustomerState: _app_socket_pb2.CustomerStateReplyData,
    CustomerStateUpdateReply: _app_socket_pb2.UpdateCustomerStateReply,
    UpdateCustomerAppDataReply: _app_socket_pb2.UpdateCustomerAppDataReply,
    LeaseCustomerAppDataReply: _app_socket_pb2.LeaseCustomerAppDataReply,
    MessageReply: _app_socket_pb2.SendMessageReply,
    ConsentUpdateReply: _app_socket_pb2.UpdateMessagingConsentReply,
    InitiatePaymentReply: _app_socket_pb2.InitiatePaymentReply,
    ReplayPaymentReply: _app_socket_pb2.ReplayPaymentReply,
    TagUpdateReply: _app_socket_pb2.TagCommandReply,
    CustomerActivityReply: _app_socket_pb2.CustomerActivityReply,
    AppDataUpdate: _app_socket_pb2.AppDataUpdate,
    ServerToAppNotificationReply: _app_socket_pb2.ServerToAppNotificationReply,
    SimulatorReply: _simulator_socket_pb2.SimulatorToServerCommandReply,
    ServerToSimulatorNotificationReply: _simulator_socket_pb2.ServerToSimulatorNotificationReply,
}
"""Each model and the protobuf message class it converts to and from."""

_FIELD_TYPES: dict[type, _FieldTypes] = {
    Cash: {
        "currency_code": ((str,), False, ()),
        "amount": ((int, float), False, ()),
    },
    SecondaryId: {
        "key": ((str,), False, ()),
        "value": ((str,), True, ()),
    },
    Tag: {
        "key": ((str,), False, ()),
        "value": ((str,), True, ()),
        "expires_at": ((datetime, int, float), True, ()),
    },
    AppConnectionProps: {
        "connection_id": ((str,), False, ()),
        "connection_time": ((datetime, int, float), True, ()),
        "ip_address": ((str,), True, ()),
        "simplex_mode": ((bool,), False, ()),
    },
    CustomerNumber: {
        "provider": ((int,), False, ()),
        "number": ((str,), False, ()),
        "partition": ((str,), True, ()),
    },
    Activity: {
        "key": ((str,), False, ()),
        "properties": ((dict,), False, (str,)),
        "created_at": ((datetime, int, float), True, ()),
    },
    ActivitySessionState: {
        "customer_number": ((CustomerNumber,), True, ()),
        "source": ((str,), False, ()),
        "session_id": ((str,), False, ()),
        "app_id": ((str,), False, ()),
        "activities": ((list, tuple), False, (Activity,)),
        "created_at": ((datetime, int, float), True, ()),
        "updated_at": ((datetime, int, float), True, ()),
    },
    ActivityState: {
        "sessions": ((list, tuple), False, (ActivitySessionState,)),
        "customer_numbers": ((list, tuple), False, (CustomerNumber,)),
    },
    Reminder: {
        "key": ((str,), False, ()),
        "remind_at": ((datetime, int, float), True, ()),
        "interval": ((timedelta, int, float), True, ()),
        "payload": ((str,), True, ()),
    },
    AppState: {
        "data": ((str, bytes,), True, ()),
        "reminders": ((list, tuple), False, (Reminder,)),
    },
    TemplateVariant: {
        "language": ((str,), False, ()),
        "subject": ((str,), False, ()),
        "body": ((str,), False, ()),
        "text_body": ((str,), False, ()),
    },
    CommsTemplate: {
        "template_id": ((str,), False, ()),
        "name": ((str,), False, ()),
        "description": ((str,), False, ()),
        "tags": ((list, tuple), False, (str,)),
        "channel": ((int,), False, ()),
        "version": ((int,), False, ()),
        "variants": ((list, tuple), False, (TemplateVariant,)),
        "variables": ((list, tuple), False, (str,)),
        "default_language": ((str,), False, ()),
        "from_address": ((str,), False, ()),
        "reply_to": ((str,), False, ()),
        "updated_at": ((datetime, int, float), True, ()),
        "events": ((list, tuple), False, (str,)),
    },
    CommsRecipient: {
        "customer_id": ((str,), True, ()),
        "customer_number": ((CustomerNumber,), True, ()),
        "secondary_id": ((SecondaryId,), True, ()),
        "address": ((str,), True, ()),
    },
    CommsSendOutcome: {
        "report_id": ((str,), False, ()),
        "job_id": ((str,), False, ()),
        "channel": ((int,), False, ()),
        "address": ((str,), False, ()),
        "status": ((int,), False, ()),
        "provider": ((str,), False, ()),
        "provider_message_id": ((str,), False, ()),
        "error_code": ((str,), False, ()),
        "error_message": ((str,), False, ()),
        "template_id": ((str,), False, ()),
        "template_version": ((int,), False, ()),
    },
    CommsReply: {
        "status": ((bool,), False, ()),
        "description": ((str,), False, ()),
    },
    TemplateReply: {
        "status": ((bool,), False, ()),
        "description": ((str,), False, ()),
        "template": ((CommsTemplate,), True, ()),
    },
    TemplateListReply: {
        "status": ((bool,), False, ()),
        "description": ((str,), False, ()),
        "templates": ((list, tuple), False, (CommsTemplate,)),
    },
    PreviewTemplateReply: {
        "status": ((bool,), False, ()),
        "description": ((str,), False, ()),
        "subject": ((str,), False, ()),
        "text": ((str,), False, ()),
        "html": ((str,), False, ()),
        "encoding": ((int,), False, ()),
        "segments": ((int,), False, ()),
        "language": ((str,), False, ()),
        "version": ((int,), False, ()),
    },
    GlobalVariable: {
        "name": ((str,), False, ()),
        "value": ((str,), False, ()),
        "read_only": ((bool,), False, ()),
    },
    GlobalVariablesReply: {
        "status": ((bool,), False, ()),
        "description": ((str,), False, ()),
        "variables": ((list, tuple), False, (GlobalVariable,)),
    },
    CommsEvent: {
        "name": ((str,), False, ()),
        "description": ((str,), False, ()),
        "variables": ((list, tuple), False, (str,)),
        "sms_template_id": ((str,), False, ()),
        "email_template_id": ((str,), False, ()),
        "category": ((int,), False, ()),
        "requires_subscription": ((bool,), False, ()),
        "updated_at": ((datetime, int, float), True, ()),
    },
    EventReply: {
        "status": ((bool,), False, ()),
        "description": ((str,), False, ()),
        "event": ((CommsEvent,), True, ()),
    },
    EventListReply: {
        "status": ((bool,), False, ()),
        "description": ((str,), False, ()),
        "events": ((list, tuple), False, (CommsEvent,)),
    },
    CommsSendReply: {
        "status": ((bool,), False, ()),
        "description": ((str,), False, ()),
        "outcomes": ((list, tuple), False, (CommsSendOutcome,)),
    },
    OtpConfig: {
        "name": ((str,), False, ()),
        "length": ((int,), False, ()),
        "alphanumeric": ((bool,), False, ()),
        "expiry": ((timedelta, int, float), True, ()),
        "max_attempts": ((int,), False, ()),
        "max_sends": ((int,), False, ()),
        "send_window": ((timedelta, int, float), True, ()),
        "template_id": ((str,), False, ()),
    },
    OtpConfigsReply: {
        "status": ((bool,), False, ()),
        "description": ((str,), False, ()),
        "configs": ((list, tuple), False, (OtpConfig,)),
    },
    SendOtpReply: {
        "status": ((bool,), False, ()),
        "description": ((str,), False, ()),
        "otp_id": ((str,), False, ()),
        "expires_at": ((datetime, int, float), True, ()),
        "outcome": ((CommsSendOutcome,), True, ()),
    },
    VerifyOtpReply: {
        "status": ((bool,), False, ()),
        "description": ((str,), False, ()),
        "verdict": ((int,), False, ()),
        "attempts_left": ((int,), False, ()),
    },
    ProviderInfo: {
        "name": ((str,), False, ()),
        "kind": ((str,), False, ()),
        "channel": ((int,), False, ()),
        "numbers": ((list, tuple), False, (str,)),
        "host": ((str,), False, ()),
        "port": ((int,), False, ()),
        "security": ((str,), False, ()),
        "url": ((str,), False, ()),
        "username": ((str,), False, ()),
        "secret_set": ((bool,), False, ()),
        "rate": ((int, float), False, ()),
        "circuit": ((str,), False, ()),
        "timeout": ((int, float), False, ()),
        "from_config": ((bool,), False, ()),
        "price": ((int, float), False, ()),
    },
    ProviderDefaults: {
        "category": ((int,), False, ()),
        "channel": ((int,), False, ()),
        "providers": ((list, tuple), False, (str,)),
    },
    ProvidersReply: {
        "status": ((bool,), False, ()),
        "description": ((str,), False, ()),
        "providers": ((list, tuple), False, (ProviderInfo,)),
        "defaults": ((list, tuple), False, (ProviderDefaults,)),
    },
    CommsReport: {
        "report_id": ((str,), False, ()),
        "channel": ((int,), False, ()),
        "address": ((str,), False, ()),
        "customer_id": ((str,), False, ()),
        "template_id": ((str,), False, ()),
        "template_version": ((int,), False, ()),
        "event": ((str,), False, ()),
        "job_id": ((str,), False, ()),
        "campaign_id": ((str,), False, ()),
        "category": ((int,), False, ()),
        "provider": ((str,), False, ()),
        "provider_message_id": ((str,), False, ()),
        "status": ((int,), False, ()),
        "error_code": ((str,), False, ()),
        "error_message": ((str,), False, ()),
        "created_at": ((datetime, int, float), True, ()),
        "updated_at": ((datetime, int, float), True, ()),
        "app_id": ((str,), False, ()),
    },
    ReportsReply: {
        "status": ((bool,), False, ()),
        "description": ((str,), False, ()),
        "reports": ((list, tuple), False, (CommsReport,)),
        "next_cursor": ((str,), False, ()),
    },
    Audience: {
        "audience_id": ((str,), False, ()),
        "name": ((str,), False, ()),
        "state": ((int,), False, ()),
        "phone_column": ((str,), False, ()),
        "email_column": ((str,), False, ()),
        "variables": ((list, tuple), False, (str,)),
        "region": ((str,), False, ()),
        "next_chunk": ((int,), False, ()),
        "rows": ((int,), False, ()),
        "members": ((int,), False, ()),
        "rejected": ((int,), False, ()),
        "customer_tag": ((SecondaryId,), True, ()),
        "created_at": ((datetime, int, float), True, ()),
        "updated_at": ((datetime, int, float), True, ()),
        "columns": ((list, tuple), False, (str,)),
    },
    AudienceRow: {
        "line": ((int,), False, ()),
        "values": ((list, tuple), False, (str,)),
    },
    AudienceReply: {
        "status": ((bool,), False, ()),
        "description": ((str,), False, ()),
        "audience": ((Audience,), True, ()),
    },
    AudienceListReply: {
        "status": ((bool,), False, ()),
        "description": ((str,), False, ()),
        "audiences": ((list, tuple), False, (Audience,)),
    },
    AudienceReject: {
        "line": ((int,), False, ()),
        "reason": ((str,), False, ()),
    },
    AudienceRejectsReply: {
        "status": ((bool,), False, ()),
        "description": ((str,), False, ()),
        "rejects": ((list, tuple), False, (AudienceReject,)),
        "next_cursor": ((str,), False, ()),
    },
    AudienceMember: {
        "line": ((int,), False, ()),
        "phone": ((str,), False, ()),
        "email": ((str,), False, ()),
        "variables": ((dict,), False, (str,)),
        "customer_id": ((str,), False, ()),
    },
    AudienceMembersReply: {
        "status": ((bool,), False, ()),
        "description": ((str,), False, ()),
        "members": ((list, tuple), False, (AudienceMember,)),
        "next_cursor": ((str,), False, ()),
    },
    Campaign: {
        "campaign_id": ((str,), False, ()),
        "name": ((str,), False, ()),
        "template_id": ((str,), False, ()),
        "audience_id": ((str,), False, ()),
        "providers": ((list, tuple), False, (str,)),
        "category": ((int,), False, ()),
        "throttle": ((int, float), False, ()),
        "quiet_start": ((str,), False, ()),
        "quiet_end": ((str,), False, ()),
        "skip_quiet_hours": ((bool,), False, ()),
        "frequency_cap": ((int,), False, ()),
        "frequency_window": ((timedelta, int, float), True, ()),
        "spending_cap": ((int, float), False, ()),
        "error_threshold": ((int, float), False, ()),
        "language": ((str,), False, ()),
        "state": ((int,), False, ()),
        "state_reason": ((str,), False, ()),
        "start_at": ((datetime, int, float), True, ()),
        "created_at": ((datetime, int, float), True, ()),
        "updated_at": ((datetime, int, float), True, ()),
        "spent": ((int, float), False, ()),
        "started_at": ((datetime, int, float), True, ()),
        "finished_at": ((datetime, int, float), True, ()),
    },
    CampaignEstimate: {
        "recipients": ((int,), False, ()),
        "segments": ((int,), False, ()),
        "price": ((int, float), False, ()),
        "cost": ((int, float), False, ()),
        "provider": ((str,), False, ()),
    },
    CampaignProgress: {
        "total": ((int,), False, ()),
        "sent": ((int,), False, ()),
        "failed": ((int,), False, ()),
        "skipped": ((int,), False, ()),
        "unknown": ((int,), False, ()),
        "in_flight": ((int,), False, ()),
        "remaining": ((int,), False, ()),
        "rate": ((int, float), False, ()),
        "eta": ((timedelta, int, float), True, ()),
    },
    CampaignReply: {
        "status": ((bool,), False, ()),
        "description": ((str,), False, ()),
        "campaign": ((Campaign,), True, ()),
        "estimate": ((CampaignEstimate,), True, ()),
        "progress": ((CampaignProgress,), True, ()),
    },
    CampaignListReply: {
        "status": ((bool,), False, ()),
        "description": ((str,), False, ()),
        "campaigns": ((list, tuple), False, (Campaign,)),
    },
    Suppression: {
        "channel": ((int,), False, ()),
        "address": ((str,), False, ()),
        "reason": ((str,), False, ()),
        "created_at": ((datetime, int, float), True, ()),
    },
    SuppressionsReply: {
        "status": ((bool,), False, ()),
        "description": ((str,), False, ()),
        "suppressions": ((list, tuple), False, (Suppression,)),
        "next_cursor": ((str,), False, ()),
    },
    AuditEntry: {
        "at": ((datetime, int, float), True, ()),
        "app_id": ((str,), False, ()),
        "actor": ((str,), False, ()),
        "action": ((str,), False, ()),
        "subject": ((str,), False, ()),
        "detail": ((str,), False, ()),
    },
    AuditLogReply: {
        "status": ((bool,), False, ()),
        "description": ((str,), False, ()),
        "entries": ((list, tuple), False, (AuditEntry,)),
        "next_cursor": ((str,), False, ()),
    },
    WebhookConnector: {
        "name": ((str,), False, ()),
        "url": ((str,), False, ()),
        "events": ((list, tuple), False, (str,)),
        "identities": ((list, tuple), False, (str,)),
        "timeout": ((int, float), False, ()),
        "threads": ((int,), False, ()),
        "from_config": ((bool,), False, ()),
        "secret_set": ((bool,), False, ()),
        "failing_since": ((datetime, int, float), True, ()),
        "disabled_at": ((datetime, int, float), True, ()),
        "pending": ((int,), False, ()),
        "delivered": ((int,), False, ()),
        "failed": ((int,), False, ()),
    },
    InboundConnector: {
        "name": ((str,), False, ()),
        "auth": ((str,), False, ()),
        "audiences": ((list, tuple), False, (str,)),
        "create_customers": ((bool,), False, ()),
    },
    ConnectorsReply: {
        "status": ((bool,), False, ()),
        "description": ((str,), False, ()),
        "webhooks": ((list, tuple), False, (WebhookConnector,)),
        "inbound": ((list, tuple), False, (InboundConnector,)),
    },
    WebhookDelivery: {
        "webhook_id": ((str,), False, ()),
        "event_type": ((str,), False, ()),
        "customer_id": ((str,), False, ()),
        "created_at": ((datetime, int, float), True, ()),
        "attempts": ((int,), False, ()),
        "status": ((int,), False, ()),
        "last_code": ((int,), False, ()),
        "last_error": ((str,), False, ()),
        "next_attempt": ((datetime, int, float), True, ()),
        "settled_at": ((datetime, int, float), True, ()),
        "body": ((str,), False, ()),
    },
    WebhookDeliveriesReply: {
        "status": ((bool,), False, ()),
        "description": ((str,), False, ()),
        "deliveries": ((list, tuple), False, (WebhookDelivery,)),
        "next_cursor": ((str,), False, ()),
    },
    ConnectorCountReply: {
        "status": ((bool,), False, ()),
        "description": ((str,), False, ()),
        "count": ((int,), False, ()),
    },
    InboundEvent: {
        "event_id": ((str,), False, ()),
        "connector": ((str,), False, ()),
        "audience": ((str,), False, ()),
        "action": ((str,), False, ()),
        "status": ((int,), False, ()),
        "customer_id": ((str,), False, ()),
        "outcome": ((str,), False, ()),
        "received_at": ((datetime, int, float), True, ()),
        "settled_at": ((datetime, int, float), True, ()),
    },
    InboundEventReply: {
        "status": ((bool,), False, ()),
        "description": ((str,), False, ()),
        "event": ((InboundEvent,), True, ()),
    },
    IdentityState: {
        "tags": ((list, tuple), False, (Tag,)),
        "metadata": ((dict,), False, (str, bytes,)),
        "secondary_ids": ((list, tuple), False, (Tag,)),
    },
    MessagingChannel: {
        "channel": ((int,), False, ()),
        "number": ((str,), False, ()),
    },
    Media: {
        "url": ((str,), False, ()),
        "type": ((int,), False, ()),
    },
    Location: {
        "latitude": ((int, float), False, ()),
        "longitude": ((int, float), False, ()),
        "label": ((str,), True, ()),
        "address": ((str,), True, ()),
    },
    Email: {
        "subject": ((str,), False, ()),
        "body_plain": ((str,), False, ()),
        "body_html": ((str,), False, ()),
        "cc_list": ((list, tuple), False, (str,)),
        "bcc_list": ((list, tuple), False, (str,)),
        "attachments": ((list, tuple), False, (str,)),
    },
    Template: {
        "id": ((str,), False, ()),
        "params": ((dict,), False, (str,)),
    },
    Say: {
        "text": ((str,), False, ()),
        "voice": ((int,), False, ()),
        "play_beep": ((bool,), False, ()),
    },
    Play: {
        "url": ((str,), False, ()),
    },
    GetDigits: {
        "say": ((Say,), True, ()),
        "play": ((Play,), True, ()),
        "timeout": ((timedelta, int, float), True, ()),
        "finish_on_key": ((str,), True, ()),
        "num_digits": ((int,), True, ()),
    },
    GetRecording: {
        "say": ((Say,), True, ()),
        "play": ((Play,), True, ()),
        "timeout": ((timedelta, int, float), True, ()),
        "max_length": ((timedelta, int, float), True, ()),
        "finish_on_key": ((str,), True, ()),
        "play_beep": ((bool,), False, ()),
        "trim_silence": ((bool,), False, ()),
    },
    RecordSession: {
    },
    Dial: {
        "customer_numbers": ((list, tuple), False, (CustomerNumber,)),
        "record": ((bool,), False, ()),
        "sequential": ((bool,), False, ()),
        "ringback_tone": ((str,), True, ()),
        "caller_id": ((str,), True, ()),
        "max_duration": ((int,), True, ()),
    },
    Enqueue: {
        "hold_music": ((str,), True, ()),
        "queue_name": ((str,), True, ()),
    },
    Dequeue: {
        "channel_number": ((MessagingChannel,), True, ()),
        "record": ((bool,), False, ()),
        "queue_name": ((str,), True, ()),
    },
    Reject: {
    },
    Redirect: {
        "url": ((str,), False, ()),
    },
    VoiceAction: {
        "say": ((Say,), True, ()),
        "play": ((Play,), True, ()),
        "get_digits": ((GetDigits,), True, ()),
        "dial": ((Dial,), True, ()),
        "record_session": ((RecordSession,), True, ()),
        "get_recording": ((GetRecording,), True, ()),
        "enqueue": ((Enqueue,), True, ()),
        "dequeue": ((Dequeue,), True, ()),
        "reject": ((Reject,), True, ()),
        "redirect": ((Redirect,), True, ()),
    },
    VoiceCallDialInput: {
        "destination_number": ((str,), False, ()),
        "started_at": ((datetime, int, float), True, ()),
        "duration": ((timedelta, int, float), True, ()),
    },
    VoiceCallQueueInput: {
        "enqueued_at": ((datetime, int, float), True, ()),
        "dequeued_at": ((datetime, int, float), True, ()),
        "dequeued_to_number": ((str,), True, ()),
        "dequeued_to_session_id": ((str,), True, ()),
        "queue_duration": ((timedelta, int, float), True, ()),
    },
    VoiceCallInput: {
        "direction": ((int,), False, ()),
        "status": ((int,), False, ()),
        "started_at": ((datetime, int, float), True, ()),
        "hangup_cause": ((int,), False, ()),
        "dtmf_digits": ((str,), True, ()),
        "recording_url": ((str,), True, ()),
        "dial_data": ((VoiceCallDialInput,), True, ()),
        "queue_data": ((VoiceCallQueueInput,), True, ()),
    },
    UssdInput: {
        "status": ((int,), False, ()),
        "text": ((str,), True, ()),
    },
    UssdMenu: {
        "text": ((str,), False, ()),
        "is_terminal": ((bool,), False, ()),
    },
    MessageBody: {
        "text": ((str,), True, ()),
        "media": ((Media,), True, ()),
        "location": ((Location,), True, ()),
        "email": ((Email,), True, ()),
        "template": ((Template,), True, ()),
        "url": ((str,), True, ()),
        "voice": ((list, tuple), True, (VoiceAction,)),
        "ussd": ((UssdMenu,), True, ()),
    },
    PromptMenuItem: {
        "text": ((str,), True, ()),
        "media": ((Media,), True, ()),
    },
    InboundMessageBody: {
        "text": ((str,), True, ()),
        "media": ((Media,), True, ()),
        "location": ((Location,), True, ()),
        "email": ((Email,), True, ()),
        "voice": ((VoiceCallInput,), True, ()),
        "ussd": ((UssdInput,), True, ()),
    },
    ReplyPrompt: {
        "action": ((int,), False, ()),
        "menu": ((list, tuple), False, (PromptMenuItem,)),
    },
    Message: {
        "body": ((MessageBody,), True, ()),
        "labels": ((list, tuple), False, (str,)),
        "provider_tag": ((str,), True, ()),
        "reply_token": ((str,), True, ()),
        "reply_prompt": ((ReplyPrompt,), True, ()),
    },
    ReceivedMessage: {
        "customer_number": ((CustomerNumber,), True, ()),
        "channel_number": ((MessagingChannel,), True, ()),
        "message_id": ((str,), False, ()),
        "received_at": ((datetime, int, float), True, ()),
        "session_id": ((str,), True, ()),
        "in_reply_to": ((str,), True, ()),
        "provider": ((int,), False, ()),
        "app_id": ((str,), True, ()),
        "parts": ((list, tuple), False, (InboundMessageBody,)),
        "cost": ((Cash,), True, ()),
        "provider_message_id": ((str,), True, ()),
    },
    SentMessage: {
        "customer_number": ((CustomerNumber,), True, ()),
        "channel_number": ((MessagingChannel,), True, ()),
        "message_id": ((str,), False, ()),
        "sent_at": ((datetime, int, float), True, ()),
        "session_id": ((str,), True, ()),
        "in_reply_to": ((str,), True, ()),
        "provider": ((int,), False, ()),
        "app_id": ((str,), True, ()),
        "updated_at": ((datetime, int, float), True, ()),
        "status": ((int,), False, ()),
        "reactions": ((list, tuple), False, (MessageReactionState,)),
        "message": ((Message,), True, ()),
        "cost": ((Cash,), True, ()),
        "provider_message_id": ((str,), True, ()),
    },
    MessageReactionState: {
        "created_at": ((datetime, int, float), True, ()),
        "reaction": ((int,), False, ()),
    },
    MessageReplyToken: {
        "token": ((str,), False, ()),
        "expires_at": ((datetime, int, float), True, ()),
    },
    ChannelMessage: {
        "received": ((ReceivedMessage,), True, ()),
        "sent": ((SentMessage,), True, ()),
    },
    CompleteMessagingSession: {
        "customer_number": ((CustomerNumber,), True, ()),
        "channel_number": ((MessagingChannel,), True, ()),
        "session_id": ((str,), False, ()),
        "started_at": ((datetime, int, float), True, ()),
        "duration": ((timedelta, int, float), True, ()),
        "app_ids": ((list, tuple), False, (str,)),
        "end_reason": ((int,), False, ()),
        "cost": ((Cash,), True, ()),
        "provider_session_id": ((str,), True, ()),
    },
    BlockedMessagingChannelState: {
        "customer_number": ((CustomerNumber,), True, ()),
        "channel_number": ((MessagingChannel,), True, ()),
        "reply_token": ((MessageReplyToken,), True, ()),
        "blocked_at": ((datetime, int, float), True, ()),
    },
    ActiveMessagingChannelState: {
        "customer_number": ((CustomerNumber,), True, ()),
        "channel_number": ((MessagingChannel,), True, ()),
        "reply_token": ((MessageReplyToken,), True, ()),
        "allowed_at": ((datetime, int, float), True, ()),
    },
    InSessionMessagingChannelState: {
        "customer_number": ((CustomerNumber,), True, ()),
        "channel_number": ((MessagingChannel,), True, ()),
        "reply_token": ((MessageReplyToken,), True, ()),
        "allowed_at": ((datetime, int, float), True, ()),
        "session_id": ((str,), False, ()),
        "started_at": ((datetime, int, float), True, ()),
        "expires_at": ((datetime, int, float), True, ()),
        "app_ids": ((list, tuple), False, (str,)),
        "provider_session_id": ((str,), True, ()),
    },
    MessagingChannelState: {
        "blocked": ((BlockedMessagingChannelState,), True, ()),
        "active": ((ActiveMessagingChannelState,), True, ()),
        "in_session": ((InSessionMessagingChannelState,), True, ()),
    },
    MessagingState: {
        "channels": ((list, tuple), False, (MessagingChannelState,)),
        "messages": ((list, tuple), False, (ChannelMessage,)),
        "sessions": ((list, tuple), False, (CompleteMessagingSession,)),
    },
    MessageStatusUpdate: {
        "message_id": ((str,), False, ()),
        "updated_at": ((datetime, int, float), True, ()),
        "status": ((int,), False, ()),
        "cost": ((Cash,), True, ()),
    },
    MessageSessionUpdate: {
        "session_id": ((str,), False, ()),
        "started_at": ((datetime, int, float), True, ()),
        "duration": ((timedelta, int, float), True, ()),
        "reason": ((int,), False, ()),
        "cost": ((Cash,), True, ()),
    },
    PaymentChannelNumber: {
        "channel": ((int,), False, ()),
        "number": ((str,), False, ()),
    },
    PendingPaymentTransaction: {
        "created_at": ((datetime, int, float), True, ()),
        "value": ((Cash,), True, ()),
        "converted": ((Cash,), True, ()),
    },
    PaymentBalance: {
        "currency_code": ((str,), False, ()),
        "available": ((Cash,), True, ()),
        "actual": ((Cash,), True, ()),
        "pending": ((dict,), False, (PendingPaymentTransaction,)),
        "sequence_nr": ((int,), False, ()),
    },
    PaymentPurseCounterParty: {
        "purse_id": ((str,), False, ()),
    },
    PaymentWalletCounterParty: {
        "customer_id": ((str,), False, ()),
        "wallet_id": ((str,), False, ()),
    },
    PaymentCustomerCounterParty: {
        "customer_number": ((CustomerNumber,), True, ()),
        "channel_number": ((PaymentChannelNumber,), True, ()),
    },
    PaymentChannelCounterParty: {
        "channel": ((int,), False, ()),
        "channel_code": ((int,), False, ()),
        "source": ((str,), False, ()),
        "destination": ((str,), False, ()),
        "account": ((str,), True, ()),
    },
    PaymentCounterParty: {
        "purse": ((PaymentPurseCounterParty,), True, ()),
        "wallet": ((PaymentWalletCounterParty,), True, ()),
        "customer": ((PaymentCustomerCounterParty,), True, ()),
        "channel": ((PaymentChannelCounterParty,), True, ()),
    },
    PaymentTransaction: {
        "transaction_id": ((str,), False, ()),
        "app_id": ((str,), True, ()),
        "debit_party": ((PaymentCounterParty,), True, ()),
        "credit_party": ((PaymentCounterParty,), True, ()),
        "value": ((Cash,), True, ()),
        "status": ((int,), False, ()),
        "created_at": ((datetime, int, float), True, ()),
        "updated_at": ((datetime, int, float), True, ()),
        "provider_transaction_id": ((str,), True, ()),
        "narration": ((str,), True, ()),
    },
    PaymentState: {
        "customer_numbers": ((list, tuple), False, (CustomerNumber,)),
        "channel_numbers": ((list, tuple), False, (PaymentChannelNumber,)),
        "transaction_log": ((list, tuple), False, (PaymentTransaction,)),
        "pending_transactions": ((list, tuple), False, (PaymentTransaction,)),
        "wallets": ((dict,), False, (PaymentBalance,)),
    },
    AppConnectionMetadata: {
        "org_id": ((str,), False, ()),
        "app_id": ((str,), False, ()),
        "api_key": ((str,), True, ()),
        "auth_token": ((str,), True, ()),
        "simplex_mode": ((bool,), False, ()),
        "simulator_mode": ((bool,), False, ()),
    },
    AuthToken: {
        "token": ((str,), False, ()),
        "lifetime": ((timedelta, int, float), True, ()),
    },
    GetCustomerStateReply: {
        "status": ((bool,), False, ()),
        "description": ((str,), False, ()),
        "data": ((CustomerState,), True, ()),
    },
    CustomerState: {
        "customer_id": ((str,), False, ()),
        "identity_state": ((IdentityState,), True, ()),
        "messaging_state": ((MessagingState,), True, ()),
        "payment_state": ((PaymentState,), True, ()),
        "activity_state": ((ActivityState,), True, ()),
    },
    CustomerStateUpdateReply: {
        "status": ((bool,), False, ()),
        "description": ((str,), False, ()),
        "customer_id": ((str,), True, ()),
    },
    UpdateCustomerAppDataReply: {
        "status": ((bool,), False, ()),
        "description": ((str,), False, ()),
        "customer_id": ((str,), True, ()),
    },
    LeaseCustomerAppDataReply: {
        "status": ((bool,), False, ()),
        "description": ((str,), False, ()),
        "customer_id": ((str,), True, ()),
        "value": ((str, bytes,), True, ()),
    },
    MessageReply: {
        "status": ((int,), False, ()),
        "description": ((str,), False, ()),
        "message_id": ((str,), True, ()),
        "session_id": ((str,), True, ()),
        "customer_id": ((str,), True, ()),
    },
    ConsentUpdateReply: {
        "status": ((int,), False, ()),
        "description": ((str,), False, ()),
        "customer_id": ((str,), True, ()),
    },
    InitiatePaymentReply: {
        "status": ((int,), False, ()),
        "description": ((str,), False, ()),
        "transaction_id": ((str,), True, ()),
        "debit_customer_id": ((str,), True, ()),
        "credit_customer_id": ((str,), True, ()),
    },
    ReplayPaymentReply: {
        "status": ((bool,), False, ()),
        "description": ((str,), False, ()),
        "transaction_id": ((str,), True, ()),
        "debit_customer_id": ((str,), True, ()),
        "credit_customer_id": ((str,), True, ()),
    },
    TagUpdateReply: {
        "status": ((bool,), False, ()),
        "description": ((str,), False, ()),
        "work_id": ((str,), True, ()),
    },
    CustomerActivityReply: {
        "status": ((bool,), False, ()),
        "description": ((str,), False, ()),
        "customer_id": ((str,), True, ()),
    },
    AppDataUpdate: {
        "data": ((str, bytes,), True, ()),
    },
    ServerToAppNotificationReply: {
        "data_update": ((AppDataUpdate,), True, ()),
        "message": ((Message,), True, ()),
    },
    SimulatorReply: {
        "status": ((bool,), False, ()),
        "description": ((str,), False, ()),
        "message": ((Message,), True, ()),
    },
    ServerToSimulatorNotificationReply: {
    },
}
"""The Python types each model field accepts, to name the culprit when a conversion fails."""
