# generated from proto/elarian/comms.proto by `python -m codegen`; do not edit.
import datetime

from google.protobuf import duration_pb2 as _duration_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from . import common_pb2 as _common_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class CommsChannel(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    COMMS_CHANNEL_UNSPECIFIED: _ClassVar[CommsChannel]
    COMMS_CHANNEL_SMS: _ClassVar[CommsChannel]
    COMMS_CHANNEL_EMAIL: _ClassVar[CommsChannel]

class CommsCategory(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    COMMS_CATEGORY_UNSPECIFIED: _ClassVar[CommsCategory]
    COMMS_CATEGORY_TRANSACTIONAL: _ClassVar[CommsCategory]
    COMMS_CATEGORY_OTP: _ClassVar[CommsCategory]
    COMMS_CATEGORY_PROMOTIONAL: _ClassVar[CommsCategory]

class CommsSendStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    COMMS_SEND_STATUS_UNSPECIFIED: _ClassVar[CommsSendStatus]
    COMMS_SEND_STATUS_QUEUED: _ClassVar[CommsSendStatus]
    COMMS_SEND_STATUS_SENDING: _ClassVar[CommsSendStatus]
    COMMS_SEND_STATUS_SENT: _ClassVar[CommsSendStatus]
    COMMS_SEND_STATUS_DELIVERED: _ClassVar[CommsSendStatus]
    COMMS_SEND_STATUS_FAILED: _ClassVar[CommsSendStatus]
    COMMS_SEND_STATUS_SKIPPED: _ClassVar[CommsSendStatus]
    COMMS_SEND_STATUS_UNKNOWN: _ClassVar[CommsSendStatus]

class SmsEncoding(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SMS_ENCODING_UNSPECIFIED: _ClassVar[SmsEncoding]
    SMS_ENCODING_GSM7: _ClassVar[SmsEncoding]
    SMS_ENCODING_UCS2: _ClassVar[SmsEncoding]

class OtpVerdict(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    OTP_VERDICT_UNSPECIFIED: _ClassVar[OtpVerdict]
    OTP_VERDICT_APPROVED: _ClassVar[OtpVerdict]
    OTP_VERDICT_INVALID: _ClassVar[OtpVerdict]
    OTP_VERDICT_EXPIRED: _ClassVar[OtpVerdict]
    OTP_VERDICT_TOO_MANY_ATTEMPTS: _ClassVar[OtpVerdict]
    OTP_VERDICT_USED: _ClassVar[OtpVerdict]

class ReportOutcome(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    REPORT_OUTCOME_ANY: _ClassVar[ReportOutcome]
    REPORT_OUTCOME_SUCCESS: _ClassVar[ReportOutcome]
    REPORT_OUTCOME_ERROR: _ClassVar[ReportOutcome]

class AudienceState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    AUDIENCE_STATE_UNSPECIFIED: _ClassVar[AudienceState]
    AUDIENCE_STATE_IMPORTING: _ClassVar[AudienceState]
    AUDIENCE_STATE_READY: _ClassVar[AudienceState]

class CampaignState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CAMPAIGN_STATE_UNSPECIFIED: _ClassVar[CampaignState]
    CAMPAIGN_STATE_DRAFT: _ClassVar[CampaignState]
    CAMPAIGN_STATE_SCHEDULED: _ClassVar[CampaignState]
    CAMPAIGN_STATE_RUNNING: _ClassVar[CampaignState]
    CAMPAIGN_STATE_PAUSED: _ClassVar[CampaignState]
    CAMPAIGN_STATE_CANCELLED: _ClassVar[CampaignState]
    CAMPAIGN_STATE_FINISHED: _ClassVar[CampaignState]
COMMS_CHANNEL_UNSPECIFIED: CommsChannel
COMMS_CHANNEL_SMS: CommsChannel
COMMS_CHANNEL_EMAIL: CommsChannel
COMMS_CATEGORY_UNSPECIFIED: CommsCategory
COMMS_CATEGORY_TRANSACTIONAL: CommsCategory
COMMS_CATEGORY_OTP: CommsCategory
COMMS_CATEGORY_PROMOTIONAL: CommsCategory
COMMS_SEND_STATUS_UNSPECIFIED: CommsSendStatus
COMMS_SEND_STATUS_QUEUED: CommsSendStatus
COMMS_SEND_STATUS_SENDING: CommsSendStatus
COMMS_SEND_STATUS_SENT: CommsSendStatus
COMMS_SEND_STATUS_DELIVERED: CommsSendStatus
COMMS_SEND_STATUS_FAILED: CommsSendStatus
COMMS_SEND_STATUS_SKIPPED: CommsSendStatus
COMMS_SEND_STATUS_UNKNOWN: CommsSendStatus
SMS_ENCODING_UNSPECIFIED: SmsEncoding
SMS_ENCODING_GSM7: SmsEncoding
SMS_ENCODING_UCS2: SmsEncoding
OTP_VERDICT_UNSPECIFIED: OtpVerdict
OTP_VERDICT_APPROVED: OtpVerdict
OTP_VERDICT_INVALID: OtpVerdict
OTP_VERDICT_EXPIRED: OtpVerdict
OTP_VERDICT_TOO_MANY_ATTEMPTS: OtpVerdict
OTP_VERDICT_USED: OtpVerdict
REPORT_OUTCOME_ANY: ReportOutcome
REPORT_OUTCOME_SUCCESS: ReportOutcome
REPORT_OUTCOME_ERROR: ReportOutcome
AUDIENCE_STATE_UNSPECIFIED: AudienceState
AUDIENCE_STATE_IMPORTING: AudienceState
AUDIENCE_STATE_READY: AudienceState
CAMPAIGN_STATE_UNSPECIFIED: CampaignState
CAMPAIGN_STATE_DRAFT: CampaignState
CAMPAIGN_STATE_SCHEDULED: CampaignState
CAMPAIGN_STATE_RUNNING: CampaignState
CAMPAIGN_STATE_PAUSED: CampaignState
CAMPAIGN_STATE_CANCELLED: CampaignState
CAMPAIGN_STATE_FINISHED: CampaignState

class TemplateVariant(_message.Message):
    __slots__ = ("language", "subject", "body", "text_body")
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    SUBJECT_FIELD_NUMBER: _ClassVar[int]
    BODY_FIELD_NUMBER: _ClassVar[int]
    TEXT_BODY_FIELD_NUMBER: _ClassVar[int]
    language: str
    subject: str
    body: str
    text_body: str
    def __init__(self, language: _Optional[str] = ..., subject: _Optional[str] = ..., body: _Optional[str] = ..., text_body: _Optional[str] = ...) -> None: ...

class CommsTemplate(_message.Message):
    __slots__ = ("template_id", "name", "description", "tags", "channel", "version", "variants", "variables", "default_language", "from_address", "reply_to", "updated_at", "events")
    TEMPLATE_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    TAGS_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    VARIANTS_FIELD_NUMBER: _ClassVar[int]
    VARIABLES_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    FROM_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    REPLY_TO_FIELD_NUMBER: _ClassVar[int]
    UPDATED_AT_FIELD_NUMBER: _ClassVar[int]
    EVENTS_FIELD_NUMBER: _ClassVar[int]
    template_id: str
    name: str
    description: str
    tags: _containers.RepeatedScalarFieldContainer[str]
    channel: CommsChannel
    version: int
    variants: _containers.RepeatedCompositeFieldContainer[TemplateVariant]
    variables: _containers.RepeatedScalarFieldContainer[str]
    default_language: str
    from_address: str
    reply_to: str
    updated_at: _timestamp_pb2.Timestamp
    events: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, template_id: _Optional[str] = ..., name: _Optional[str] = ..., description: _Optional[str] = ..., tags: _Optional[_Iterable[str]] = ..., channel: _Optional[_Union[CommsChannel, str]] = ..., version: _Optional[int] = ..., variants: _Optional[_Iterable[_Union[TemplateVariant, _Mapping[str, object]]]] = ..., variables: _Optional[_Iterable[str]] = ..., default_language: _Optional[str] = ..., from_address: _Optional[str] = ..., reply_to: _Optional[str] = ..., updated_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ..., events: _Optional[_Iterable[str]] = ...) -> None: ...

class CommsRecipient(_message.Message):
    __slots__ = ("customer_id", "customer_number", "secondary_id", "address")
    CUSTOMER_ID_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    SECONDARY_ID_FIELD_NUMBER: _ClassVar[int]
    ADDRESS_FIELD_NUMBER: _ClassVar[int]
    customer_id: str
    customer_number: _common_pb2.CustomerNumber
    secondary_id: _common_pb2.IndexMapping
    address: str
    def __init__(self, customer_id: _Optional[str] = ..., customer_number: _Optional[_Union[_common_pb2.CustomerNumber, _Mapping[str, object]]] = ..., secondary_id: _Optional[_Union[_common_pb2.IndexMapping, _Mapping[str, object]]] = ..., address: _Optional[str] = ...) -> None: ...

class CommsSendOutcome(_message.Message):
    __slots__ = ("report_id", "job_id", "channel", "address", "status", "provider", "provider_message_id", "error_code", "error_message", "template_id", "template_version")
    REPORT_ID_FIELD_NUMBER: _ClassVar[int]
    JOB_ID_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    ADDRESS_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    ERROR_CODE_FIELD_NUMBER: _ClassVar[int]
    ERROR_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    TEMPLATE_ID_FIELD_NUMBER: _ClassVar[int]
    TEMPLATE_VERSION_FIELD_NUMBER: _ClassVar[int]
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
    def __init__(self, report_id: _Optional[str] = ..., job_id: _Optional[str] = ..., channel: _Optional[_Union[CommsChannel, str]] = ..., address: _Optional[str] = ..., status: _Optional[_Union[CommsSendStatus, str]] = ..., provider: _Optional[str] = ..., provider_message_id: _Optional[str] = ..., error_code: _Optional[str] = ..., error_message: _Optional[str] = ..., template_id: _Optional[str] = ..., template_version: _Optional[int] = ...) -> None: ...

class CommsReply(_message.Message):
    __slots__ = ("status", "description")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    status: bool
    description: str
    def __init__(self, status: _Optional[bool] = ..., description: _Optional[str] = ...) -> None: ...

class SaveTemplateCommand(_message.Message):
    __slots__ = ("template_id", "name", "description", "tags", "channel", "variants", "variables", "default_language", "from_address", "reply_to")
    TEMPLATE_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    TAGS_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    VARIANTS_FIELD_NUMBER: _ClassVar[int]
    VARIABLES_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    FROM_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    REPLY_TO_FIELD_NUMBER: _ClassVar[int]
    template_id: str
    name: str
    description: str
    tags: _containers.RepeatedScalarFieldContainer[str]
    channel: CommsChannel
    variants: _containers.RepeatedCompositeFieldContainer[TemplateVariant]
    variables: _containers.RepeatedScalarFieldContainer[str]
    default_language: str
    from_address: str
    reply_to: str
    def __init__(self, template_id: _Optional[str] = ..., name: _Optional[str] = ..., description: _Optional[str] = ..., tags: _Optional[_Iterable[str]] = ..., channel: _Optional[_Union[CommsChannel, str]] = ..., variants: _Optional[_Iterable[_Union[TemplateVariant, _Mapping[str, object]]]] = ..., variables: _Optional[_Iterable[str]] = ..., default_language: _Optional[str] = ..., from_address: _Optional[str] = ..., reply_to: _Optional[str] = ...) -> None: ...

class TemplateReply(_message.Message):
    __slots__ = ("status", "description", "template")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    TEMPLATE_FIELD_NUMBER: _ClassVar[int]
    status: bool
    description: str
    template: CommsTemplate
    def __init__(self, status: _Optional[bool] = ..., description: _Optional[str] = ..., template: _Optional[_Union[CommsTemplate, _Mapping[str, object]]] = ...) -> None: ...

class GetTemplateCommand(_message.Message):
    __slots__ = ("template_id", "version")
    TEMPLATE_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    template_id: str
    version: int
    def __init__(self, template_id: _Optional[str] = ..., version: _Optional[int] = ...) -> None: ...

class ListTemplatesCommand(_message.Message):
    __slots__ = ("tag", "channel")
    TAG_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    tag: str
    channel: CommsChannel
    def __init__(self, tag: _Optional[str] = ..., channel: _Optional[_Union[CommsChannel, str]] = ...) -> None: ...

class TemplateListReply(_message.Message):
    __slots__ = ("status", "description", "templates")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    TEMPLATES_FIELD_NUMBER: _ClassVar[int]
    status: bool
    description: str
    templates: _containers.RepeatedCompositeFieldContainer[CommsTemplate]
    def __init__(self, status: _Optional[bool] = ..., description: _Optional[str] = ..., templates: _Optional[_Iterable[_Union[CommsTemplate, _Mapping[str, object]]]] = ...) -> None: ...

class PreviewTemplateCommand(_message.Message):
    __slots__ = ("template_id", "version", "language", "variables")
    class VariablesEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    TEMPLATE_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    VARIABLES_FIELD_NUMBER: _ClassVar[int]
    template_id: str
    version: int
    language: str
    variables: _containers.ScalarMap[str, str]
    def __init__(self, template_id: _Optional[str] = ..., version: _Optional[int] = ..., language: _Optional[str] = ..., variables: _Optional[_Mapping[str, str]] = ...) -> None: ...

class PreviewTemplateReply(_message.Message):
    __slots__ = ("status", "description", "subject", "text", "html", "encoding", "segments", "language", "version")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    SUBJECT_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    HTML_FIELD_NUMBER: _ClassVar[int]
    ENCODING_FIELD_NUMBER: _ClassVar[int]
    SEGMENTS_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    status: bool
    description: str
    subject: str
    text: str
    html: str
    encoding: SmsEncoding
    segments: int
    language: str
    version: int
    def __init__(self, status: _Optional[bool] = ..., description: _Optional[str] = ..., subject: _Optional[str] = ..., text: _Optional[str] = ..., html: _Optional[str] = ..., encoding: _Optional[_Union[SmsEncoding, str]] = ..., segments: _Optional[int] = ..., language: _Optional[str] = ..., version: _Optional[int] = ...) -> None: ...

class DeleteTemplateCommand(_message.Message):
    __slots__ = ("template_id",)
    TEMPLATE_ID_FIELD_NUMBER: _ClassVar[int]
    template_id: str
    def __init__(self, template_id: _Optional[str] = ...) -> None: ...

class GlobalVariable(_message.Message):
    __slots__ = ("name", "value", "read_only")
    NAME_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    READ_ONLY_FIELD_NUMBER: _ClassVar[int]
    name: str
    value: str
    read_only: bool
    def __init__(self, name: _Optional[str] = ..., value: _Optional[str] = ..., read_only: _Optional[bool] = ...) -> None: ...

class SetGlobalVariableCommand(_message.Message):
    __slots__ = ("name", "value")
    NAME_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    name: str
    value: str
    def __init__(self, name: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...

class DeleteGlobalVariableCommand(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class ListGlobalVariablesCommand(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GlobalVariablesReply(_message.Message):
    __slots__ = ("status", "description", "variables")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    VARIABLES_FIELD_NUMBER: _ClassVar[int]
    status: bool
    description: str
    variables: _containers.RepeatedCompositeFieldContainer[GlobalVariable]
    def __init__(self, status: _Optional[bool] = ..., description: _Optional[str] = ..., variables: _Optional[_Iterable[_Union[GlobalVariable, _Mapping[str, object]]]] = ...) -> None: ...

class CommsEvent(_message.Message):
    __slots__ = ("name", "description", "variables", "sms_template_id", "email_template_id", "category", "requires_subscription", "updated_at")
    NAME_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    VARIABLES_FIELD_NUMBER: _ClassVar[int]
    SMS_TEMPLATE_ID_FIELD_NUMBER: _ClassVar[int]
    EMAIL_TEMPLATE_ID_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    REQUIRES_SUBSCRIPTION_FIELD_NUMBER: _ClassVar[int]
    UPDATED_AT_FIELD_NUMBER: _ClassVar[int]
    name: str
    description: str
    variables: _containers.RepeatedScalarFieldContainer[str]
    sms_template_id: str
    email_template_id: str
    category: CommsCategory
    requires_subscription: bool
    updated_at: _timestamp_pb2.Timestamp
    def __init__(self, name: _Optional[str] = ..., description: _Optional[str] = ..., variables: _Optional[_Iterable[str]] = ..., sms_template_id: _Optional[str] = ..., email_template_id: _Optional[str] = ..., category: _Optional[_Union[CommsCategory, str]] = ..., requires_subscription: _Optional[bool] = ..., updated_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ...) -> None: ...

class SaveEventCommand(_message.Message):
    __slots__ = ("event",)
    EVENT_FIELD_NUMBER: _ClassVar[int]
    event: CommsEvent
    def __init__(self, event: _Optional[_Union[CommsEvent, _Mapping[str, object]]] = ...) -> None: ...

class EventReply(_message.Message):
    __slots__ = ("status", "description", "event")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    EVENT_FIELD_NUMBER: _ClassVar[int]
    status: bool
    description: str
    event: CommsEvent
    def __init__(self, status: _Optional[bool] = ..., description: _Optional[str] = ..., event: _Optional[_Union[CommsEvent, _Mapping[str, object]]] = ...) -> None: ...

class DeleteEventCommand(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class ListEventsCommand(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class EventListReply(_message.Message):
    __slots__ = ("status", "description", "events")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    EVENTS_FIELD_NUMBER: _ClassVar[int]
    status: bool
    description: str
    events: _containers.RepeatedCompositeFieldContainer[CommsEvent]
    def __init__(self, status: _Optional[bool] = ..., description: _Optional[str] = ..., events: _Optional[_Iterable[_Union[CommsEvent, _Mapping[str, object]]]] = ...) -> None: ...

class TriggerEventCommand(_message.Message):
    __slots__ = ("event", "recipient", "variables", "queue", "language")
    class VariablesEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    EVENT_FIELD_NUMBER: _ClassVar[int]
    RECIPIENT_FIELD_NUMBER: _ClassVar[int]
    VARIABLES_FIELD_NUMBER: _ClassVar[int]
    QUEUE_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    event: str
    recipient: CommsRecipient
    variables: _containers.ScalarMap[str, str]
    queue: bool
    language: str
    def __init__(self, event: _Optional[str] = ..., recipient: _Optional[_Union[CommsRecipient, _Mapping[str, object]]] = ..., variables: _Optional[_Mapping[str, str]] = ..., queue: _Optional[bool] = ..., language: _Optional[str] = ...) -> None: ...

class SubscribeEventCommand(_message.Message):
    __slots__ = ("event", "recipient", "subscribe")
    EVENT_FIELD_NUMBER: _ClassVar[int]
    RECIPIENT_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIBE_FIELD_NUMBER: _ClassVar[int]
    event: str
    recipient: CommsRecipient
    subscribe: bool
    def __init__(self, event: _Optional[str] = ..., recipient: _Optional[_Union[CommsRecipient, _Mapping[str, object]]] = ..., subscribe: _Optional[bool] = ...) -> None: ...

class SendTemplateCommand(_message.Message):
    __slots__ = ("template_id", "recipient", "variables", "category", "queue", "language")
    class VariablesEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    TEMPLATE_ID_FIELD_NUMBER: _ClassVar[int]
    RECIPIENT_FIELD_NUMBER: _ClassVar[int]
    VARIABLES_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    QUEUE_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    template_id: str
    recipient: CommsRecipient
    variables: _containers.ScalarMap[str, str]
    category: CommsCategory
    queue: bool
    language: str
    def __init__(self, template_id: _Optional[str] = ..., recipient: _Optional[_Union[CommsRecipient, _Mapping[str, object]]] = ..., variables: _Optional[_Mapping[str, str]] = ..., category: _Optional[_Union[CommsCategory, str]] = ..., queue: _Optional[bool] = ..., language: _Optional[str] = ...) -> None: ...

class CommsSendReply(_message.Message):
    __slots__ = ("status", "description", "outcomes")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    OUTCOMES_FIELD_NUMBER: _ClassVar[int]
    status: bool
    description: str
    outcomes: _containers.RepeatedCompositeFieldContainer[CommsSendOutcome]
    def __init__(self, status: _Optional[bool] = ..., description: _Optional[str] = ..., outcomes: _Optional[_Iterable[_Union[CommsSendOutcome, _Mapping[str, object]]]] = ...) -> None: ...

class OtpConfig(_message.Message):
    __slots__ = ("name", "length", "alphanumeric", "expiry", "max_attempts", "max_sends", "send_window", "template_id")
    NAME_FIELD_NUMBER: _ClassVar[int]
    LENGTH_FIELD_NUMBER: _ClassVar[int]
    ALPHANUMERIC_FIELD_NUMBER: _ClassVar[int]
    EXPIRY_FIELD_NUMBER: _ClassVar[int]
    MAX_ATTEMPTS_FIELD_NUMBER: _ClassVar[int]
    MAX_SENDS_FIELD_NUMBER: _ClassVar[int]
    SEND_WINDOW_FIELD_NUMBER: _ClassVar[int]
    TEMPLATE_ID_FIELD_NUMBER: _ClassVar[int]
    name: str
    length: int
    alphanumeric: bool
    expiry: _duration_pb2.Duration
    max_attempts: int
    max_sends: int
    send_window: _duration_pb2.Duration
    template_id: str
    def __init__(self, name: _Optional[str] = ..., length: _Optional[int] = ..., alphanumeric: _Optional[bool] = ..., expiry: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping[str, object]]] = ..., max_attempts: _Optional[int] = ..., max_sends: _Optional[int] = ..., send_window: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping[str, object]]] = ..., template_id: _Optional[str] = ...) -> None: ...

class SetOtpConfigCommand(_message.Message):
    __slots__ = ("config",)
    CONFIG_FIELD_NUMBER: _ClassVar[int]
    config: OtpConfig
    def __init__(self, config: _Optional[_Union[OtpConfig, _Mapping[str, object]]] = ...) -> None: ...

class ListOtpConfigsCommand(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class OtpConfigsReply(_message.Message):
    __slots__ = ("status", "description", "configs")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    CONFIGS_FIELD_NUMBER: _ClassVar[int]
    status: bool
    description: str
    configs: _containers.RepeatedCompositeFieldContainer[OtpConfig]
    def __init__(self, status: _Optional[bool] = ..., description: _Optional[str] = ..., configs: _Optional[_Iterable[_Union[OtpConfig, _Mapping[str, object]]]] = ...) -> None: ...

class SendOtpCommand(_message.Message):
    __slots__ = ("config", "recipient", "variables", "language")
    class VariablesEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    CONFIG_FIELD_NUMBER: _ClassVar[int]
    RECIPIENT_FIELD_NUMBER: _ClassVar[int]
    VARIABLES_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    config: str
    recipient: CommsRecipient
    variables: _containers.ScalarMap[str, str]
    language: str
    def __init__(self, config: _Optional[str] = ..., recipient: _Optional[_Union[CommsRecipient, _Mapping[str, object]]] = ..., variables: _Optional[_Mapping[str, str]] = ..., language: _Optional[str] = ...) -> None: ...

class SendOtpReply(_message.Message):
    __slots__ = ("status", "description", "otp_id", "expires_at", "outcome")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    OTP_ID_FIELD_NUMBER: _ClassVar[int]
    EXPIRES_AT_FIELD_NUMBER: _ClassVar[int]
    OUTCOME_FIELD_NUMBER: _ClassVar[int]
    status: bool
    description: str
    otp_id: str
    expires_at: _timestamp_pb2.Timestamp
    outcome: CommsSendOutcome
    def __init__(self, status: _Optional[bool] = ..., description: _Optional[str] = ..., otp_id: _Optional[str] = ..., expires_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ..., outcome: _Optional[_Union[CommsSendOutcome, _Mapping[str, object]]] = ...) -> None: ...

class VerifyOtpCommand(_message.Message):
    __slots__ = ("otp_id", "code")
    OTP_ID_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    otp_id: str
    code: str
    def __init__(self, otp_id: _Optional[str] = ..., code: _Optional[str] = ...) -> None: ...

class VerifyOtpReply(_message.Message):
    __slots__ = ("status", "description", "verdict", "attempts_left")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    VERDICT_FIELD_NUMBER: _ClassVar[int]
    ATTEMPTS_LEFT_FIELD_NUMBER: _ClassVar[int]
    status: bool
    description: str
    verdict: OtpVerdict
    attempts_left: int
    def __init__(self, status: _Optional[bool] = ..., description: _Optional[str] = ..., verdict: _Optional[_Union[OtpVerdict, str]] = ..., attempts_left: _Optional[int] = ...) -> None: ...

class ProviderInfo(_message.Message):
    __slots__ = ("name", "kind", "channel", "numbers", "host", "port", "security", "url", "username", "secret_set", "rate", "circuit", "timeout", "from_config", "price")
    NAME_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    NUMBERS_FIELD_NUMBER: _ClassVar[int]
    HOST_FIELD_NUMBER: _ClassVar[int]
    PORT_FIELD_NUMBER: _ClassVar[int]
    SECURITY_FIELD_NUMBER: _ClassVar[int]
    URL_FIELD_NUMBER: _ClassVar[int]
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    SECRET_SET_FIELD_NUMBER: _ClassVar[int]
    RATE_FIELD_NUMBER: _ClassVar[int]
    CIRCUIT_FIELD_NUMBER: _ClassVar[int]
    TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    FROM_CONFIG_FIELD_NUMBER: _ClassVar[int]
    PRICE_FIELD_NUMBER: _ClassVar[int]
    name: str
    kind: str
    channel: CommsChannel
    numbers: _containers.RepeatedScalarFieldContainer[str]
    host: str
    port: int
    security: str
    url: str
    username: str
    secret_set: bool
    rate: float
    circuit: str
    timeout: float
    from_config: bool
    price: float
    def __init__(self, name: _Optional[str] = ..., kind: _Optional[str] = ..., channel: _Optional[_Union[CommsChannel, str]] = ..., numbers: _Optional[_Iterable[str]] = ..., host: _Optional[str] = ..., port: _Optional[int] = ..., security: _Optional[str] = ..., url: _Optional[str] = ..., username: _Optional[str] = ..., secret_set: _Optional[bool] = ..., rate: _Optional[float] = ..., circuit: _Optional[str] = ..., timeout: _Optional[float] = ..., from_config: _Optional[bool] = ..., price: _Optional[float] = ...) -> None: ...

class ProviderDefaults(_message.Message):
    __slots__ = ("category", "channel", "providers")
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    PROVIDERS_FIELD_NUMBER: _ClassVar[int]
    category: CommsCategory
    channel: CommsChannel
    providers: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, category: _Optional[_Union[CommsCategory, str]] = ..., channel: _Optional[_Union[CommsChannel, str]] = ..., providers: _Optional[_Iterable[str]] = ...) -> None: ...

class ListProvidersCommand(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ProvidersReply(_message.Message):
    __slots__ = ("status", "description", "providers", "defaults")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    PROVIDERS_FIELD_NUMBER: _ClassVar[int]
    DEFAULTS_FIELD_NUMBER: _ClassVar[int]
    status: bool
    description: str
    providers: _containers.RepeatedCompositeFieldContainer[ProviderInfo]
    defaults: _containers.RepeatedCompositeFieldContainer[ProviderDefaults]
    def __init__(self, status: _Optional[bool] = ..., description: _Optional[str] = ..., providers: _Optional[_Iterable[_Union[ProviderInfo, _Mapping[str, object]]]] = ..., defaults: _Optional[_Iterable[_Union[ProviderDefaults, _Mapping[str, object]]]] = ...) -> None: ...

class SetProviderCommand(_message.Message):
    __slots__ = ("provider", "secret")
    PROVIDER_FIELD_NUMBER: _ClassVar[int]
    SECRET_FIELD_NUMBER: _ClassVar[int]
    provider: ProviderInfo
    secret: str
    def __init__(self, provider: _Optional[_Union[ProviderInfo, _Mapping[str, object]]] = ..., secret: _Optional[str] = ...) -> None: ...

class DeleteProviderCommand(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class SetProviderDefaultsCommand(_message.Message):
    __slots__ = ("defaults",)
    DEFAULTS_FIELD_NUMBER: _ClassVar[int]
    defaults: ProviderDefaults
    def __init__(self, defaults: _Optional[_Union[ProviderDefaults, _Mapping[str, object]]] = ...) -> None: ...

class TestProviderCommand(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class CommsReport(_message.Message):
    __slots__ = ("report_id", "channel", "address", "customer_id", "template_id", "template_version", "event", "job_id", "campaign_id", "category", "provider", "provider_message_id", "status", "error_code", "error_message", "created_at", "updated_at", "app_id")
    REPORT_ID_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    ADDRESS_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_ID_FIELD_NUMBER: _ClassVar[int]
    TEMPLATE_ID_FIELD_NUMBER: _ClassVar[int]
    TEMPLATE_VERSION_FIELD_NUMBER: _ClassVar[int]
    EVENT_FIELD_NUMBER: _ClassVar[int]
    JOB_ID_FIELD_NUMBER: _ClassVar[int]
    CAMPAIGN_ID_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    ERROR_CODE_FIELD_NUMBER: _ClassVar[int]
    ERROR_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    UPDATED_AT_FIELD_NUMBER: _ClassVar[int]
    APP_ID_FIELD_NUMBER: _ClassVar[int]
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
    created_at: _timestamp_pb2.Timestamp
    updated_at: _timestamp_pb2.Timestamp
    app_id: str
    def __init__(self, report_id: _Optional[str] = ..., channel: _Optional[_Union[CommsChannel, str]] = ..., address: _Optional[str] = ..., customer_id: _Optional[str] = ..., template_id: _Optional[str] = ..., template_version: _Optional[int] = ..., event: _Optional[str] = ..., job_id: _Optional[str] = ..., campaign_id: _Optional[str] = ..., category: _Optional[_Union[CommsCategory, str]] = ..., provider: _Optional[str] = ..., provider_message_id: _Optional[str] = ..., status: _Optional[_Union[CommsSendStatus, str]] = ..., error_code: _Optional[str] = ..., error_message: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ..., updated_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ..., app_id: _Optional[str] = ...) -> None: ...

class QueryReportsCommand(_message.Message):
    __slots__ = ("since", "until", "channel", "address", "outcome", "template_id", "job_id", "campaign_id", "cursor", "limit", "event")
    SINCE_FIELD_NUMBER: _ClassVar[int]
    UNTIL_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    ADDRESS_FIELD_NUMBER: _ClassVar[int]
    OUTCOME_FIELD_NUMBER: _ClassVar[int]
    TEMPLATE_ID_FIELD_NUMBER: _ClassVar[int]
    JOB_ID_FIELD_NUMBER: _ClassVar[int]
    CAMPAIGN_ID_FIELD_NUMBER: _ClassVar[int]
    CURSOR_FIELD_NUMBER: _ClassVar[int]
    LIMIT_FIELD_NUMBER: _ClassVar[int]
    EVENT_FIELD_NUMBER: _ClassVar[int]
    since: _timestamp_pb2.Timestamp
    until: _timestamp_pb2.Timestamp
    channel: CommsChannel
    address: str
    outcome: ReportOutcome
    template_id: str
    job_id: str
    campaign_id: str
    cursor: str
    limit: int
    event: str
    def __init__(self, since: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ..., until: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ..., channel: _Optional[_Union[CommsChannel, str]] = ..., address: _Optional[str] = ..., outcome: _Optional[_Union[ReportOutcome, str]] = ..., template_id: _Optional[str] = ..., job_id: _Optional[str] = ..., campaign_id: _Optional[str] = ..., cursor: _Optional[str] = ..., limit: _Optional[int] = ..., event: _Optional[str] = ...) -> None: ...

class ReportsReply(_message.Message):
    __slots__ = ("status", "description", "reports", "next_cursor")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    REPORTS_FIELD_NUMBER: _ClassVar[int]
    NEXT_CURSOR_FIELD_NUMBER: _ClassVar[int]
    status: bool
    description: str
    reports: _containers.RepeatedCompositeFieldContainer[CommsReport]
    next_cursor: str
    def __init__(self, status: _Optional[bool] = ..., description: _Optional[str] = ..., reports: _Optional[_Iterable[_Union[CommsReport, _Mapping[str, object]]]] = ..., next_cursor: _Optional[str] = ...) -> None: ...

class Audience(_message.Message):
    __slots__ = ("audience_id", "name", "state", "phone_column", "email_column", "variables", "region", "next_chunk", "rows", "members", "rejected", "customer_tag", "created_at", "updated_at", "columns")
    AUDIENCE_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    PHONE_COLUMN_FIELD_NUMBER: _ClassVar[int]
    EMAIL_COLUMN_FIELD_NUMBER: _ClassVar[int]
    VARIABLES_FIELD_NUMBER: _ClassVar[int]
    REGION_FIELD_NUMBER: _ClassVar[int]
    NEXT_CHUNK_FIELD_NUMBER: _ClassVar[int]
    ROWS_FIELD_NUMBER: _ClassVar[int]
    MEMBERS_FIELD_NUMBER: _ClassVar[int]
    REJECTED_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_TAG_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    UPDATED_AT_FIELD_NUMBER: _ClassVar[int]
    COLUMNS_FIELD_NUMBER: _ClassVar[int]
    audience_id: str
    name: str
    state: AudienceState
    phone_column: str
    email_column: str
    variables: _containers.RepeatedScalarFieldContainer[str]
    region: str
    next_chunk: int
    rows: int
    members: int
    rejected: int
    customer_tag: _common_pb2.IndexMapping
    created_at: _timestamp_pb2.Timestamp
    updated_at: _timestamp_pb2.Timestamp
    columns: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, audience_id: _Optional[str] = ..., name: _Optional[str] = ..., state: _Optional[_Union[AudienceState, str]] = ..., phone_column: _Optional[str] = ..., email_column: _Optional[str] = ..., variables: _Optional[_Iterable[str]] = ..., region: _Optional[str] = ..., next_chunk: _Optional[int] = ..., rows: _Optional[int] = ..., members: _Optional[int] = ..., rejected: _Optional[int] = ..., customer_tag: _Optional[_Union[_common_pb2.IndexMapping, _Mapping[str, object]]] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ..., updated_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ..., columns: _Optional[_Iterable[str]] = ...) -> None: ...

class CreateAudienceCommand(_message.Message):
    __slots__ = ("name", "columns", "phone_column", "email_column", "region", "customer_tag")
    NAME_FIELD_NUMBER: _ClassVar[int]
    COLUMNS_FIELD_NUMBER: _ClassVar[int]
    PHONE_COLUMN_FIELD_NUMBER: _ClassVar[int]
    EMAIL_COLUMN_FIELD_NUMBER: _ClassVar[int]
    REGION_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_TAG_FIELD_NUMBER: _ClassVar[int]
    name: str
    columns: _containers.RepeatedScalarFieldContainer[str]
    phone_column: str
    email_column: str
    region: str
    customer_tag: _common_pb2.IndexMapping
    def __init__(self, name: _Optional[str] = ..., columns: _Optional[_Iterable[str]] = ..., phone_column: _Optional[str] = ..., email_column: _Optional[str] = ..., region: _Optional[str] = ..., customer_tag: _Optional[_Union[_common_pb2.IndexMapping, _Mapping[str, object]]] = ...) -> None: ...

class AudienceRow(_message.Message):
    __slots__ = ("line", "values")
    LINE_FIELD_NUMBER: _ClassVar[int]
    VALUES_FIELD_NUMBER: _ClassVar[int]
    line: int
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, line: _Optional[int] = ..., values: _Optional[_Iterable[str]] = ...) -> None: ...

class ImportAudienceChunkCommand(_message.Message):
    __slots__ = ("audience_id", "chunk", "rows", "last")
    AUDIENCE_ID_FIELD_NUMBER: _ClassVar[int]
    CHUNK_FIELD_NUMBER: _ClassVar[int]
    ROWS_FIELD_NUMBER: _ClassVar[int]
    LAST_FIELD_NUMBER: _ClassVar[int]
    audience_id: str
    chunk: int
    rows: _containers.RepeatedCompositeFieldContainer[AudienceRow]
    last: bool
    def __init__(self, audience_id: _Optional[str] = ..., chunk: _Optional[int] = ..., rows: _Optional[_Iterable[_Union[AudienceRow, _Mapping[str, object]]]] = ..., last: _Optional[bool] = ...) -> None: ...

class AudienceReply(_message.Message):
    __slots__ = ("status", "description", "audience")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    AUDIENCE_FIELD_NUMBER: _ClassVar[int]
    status: bool
    description: str
    audience: Audience
    def __init__(self, status: _Optional[bool] = ..., description: _Optional[str] = ..., audience: _Optional[_Union[Audience, _Mapping[str, object]]] = ...) -> None: ...

class GetAudienceCommand(_message.Message):
    __slots__ = ("audience_id", "name")
    AUDIENCE_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    audience_id: str
    name: str
    def __init__(self, audience_id: _Optional[str] = ..., name: _Optional[str] = ...) -> None: ...

class ListAudiencesCommand(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class AudienceListReply(_message.Message):
    __slots__ = ("status", "description", "audiences")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    AUDIENCES_FIELD_NUMBER: _ClassVar[int]
    status: bool
    description: str
    audiences: _containers.RepeatedCompositeFieldContainer[Audience]
    def __init__(self, status: _Optional[bool] = ..., description: _Optional[str] = ..., audiences: _Optional[_Iterable[_Union[Audience, _Mapping[str, object]]]] = ...) -> None: ...

class DeleteAudienceCommand(_message.Message):
    __slots__ = ("audience_id",)
    AUDIENCE_ID_FIELD_NUMBER: _ClassVar[int]
    audience_id: str
    def __init__(self, audience_id: _Optional[str] = ...) -> None: ...

class AudienceReject(_message.Message):
    __slots__ = ("line", "reason")
    LINE_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    line: int
    reason: str
    def __init__(self, line: _Optional[int] = ..., reason: _Optional[str] = ...) -> None: ...

class ListAudienceRejectsCommand(_message.Message):
    __slots__ = ("audience_id", "cursor", "limit")
    AUDIENCE_ID_FIELD_NUMBER: _ClassVar[int]
    CURSOR_FIELD_NUMBER: _ClassVar[int]
    LIMIT_FIELD_NUMBER: _ClassVar[int]
    audience_id: str
    cursor: str
    limit: int
    def __init__(self, audience_id: _Optional[str] = ..., cursor: _Optional[str] = ..., limit: _Optional[int] = ...) -> None: ...

class AudienceRejectsReply(_message.Message):
    __slots__ = ("status", "description", "rejects", "next_cursor")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    REJECTS_FIELD_NUMBER: _ClassVar[int]
    NEXT_CURSOR_FIELD_NUMBER: _ClassVar[int]
    status: bool
    description: str
    rejects: _containers.RepeatedCompositeFieldContainer[AudienceReject]
    next_cursor: str
    def __init__(self, status: _Optional[bool] = ..., description: _Optional[str] = ..., rejects: _Optional[_Iterable[_Union[AudienceReject, _Mapping[str, object]]]] = ..., next_cursor: _Optional[str] = ...) -> None: ...

class AudienceMember(_message.Message):
    __slots__ = ("line", "phone", "email", "variables", "customer_id")
    class VariablesEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    LINE_FIELD_NUMBER: _ClassVar[int]
    PHONE_FIELD_NUMBER: _ClassVar[int]
    EMAIL_FIELD_NUMBER: _ClassVar[int]
    VARIABLES_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_ID_FIELD_NUMBER: _ClassVar[int]
    line: int
    phone: str
    email: str
    variables: _containers.ScalarMap[str, str]
    customer_id: str
    def __init__(self, line: _Optional[int] = ..., phone: _Optional[str] = ..., email: _Optional[str] = ..., variables: _Optional[_Mapping[str, str]] = ..., customer_id: _Optional[str] = ...) -> None: ...

class ListAudienceMembersCommand(_message.Message):
    __slots__ = ("audience_id", "cursor", "limit")
    AUDIENCE_ID_FIELD_NUMBER: _ClassVar[int]
    CURSOR_FIELD_NUMBER: _ClassVar[int]
    LIMIT_FIELD_NUMBER: _ClassVar[int]
    audience_id: str
    cursor: str
    limit: int
    def __init__(self, audience_id: _Optional[str] = ..., cursor: _Optional[str] = ..., limit: _Optional[int] = ...) -> None: ...

class AudienceMembersReply(_message.Message):
    __slots__ = ("status", "description", "members", "next_cursor")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    MEMBERS_FIELD_NUMBER: _ClassVar[int]
    NEXT_CURSOR_FIELD_NUMBER: _ClassVar[int]
    status: bool
    description: str
    members: _containers.RepeatedCompositeFieldContainer[AudienceMember]
    next_cursor: str
    def __init__(self, status: _Optional[bool] = ..., description: _Optional[str] = ..., members: _Optional[_Iterable[_Union[AudienceMember, _Mapping[str, object]]]] = ..., next_cursor: _Optional[str] = ...) -> None: ...

class Campaign(_message.Message):
    __slots__ = ("campaign_id", "name", "template_id", "audience_id", "providers", "category", "throttle", "quiet_start", "quiet_end", "skip_quiet_hours", "frequency_cap", "frequency_window", "spending_cap", "error_threshold", "language", "state", "state_reason", "start_at", "created_at", "updated_at", "spent", "started_at", "finished_at")
    CAMPAIGN_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    TEMPLATE_ID_FIELD_NUMBER: _ClassVar[int]
    AUDIENCE_ID_FIELD_NUMBER: _ClassVar[int]
    PROVIDERS_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    THROTTLE_FIELD_NUMBER: _ClassVar[int]
    QUIET_START_FIELD_NUMBER: _ClassVar[int]
    QUIET_END_FIELD_NUMBER: _ClassVar[int]
    SKIP_QUIET_HOURS_FIELD_NUMBER: _ClassVar[int]
    FREQUENCY_CAP_FIELD_NUMBER: _ClassVar[int]
    FREQUENCY_WINDOW_FIELD_NUMBER: _ClassVar[int]
    SPENDING_CAP_FIELD_NUMBER: _ClassVar[int]
    ERROR_THRESHOLD_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    STATE_REASON_FIELD_NUMBER: _ClassVar[int]
    START_AT_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    UPDATED_AT_FIELD_NUMBER: _ClassVar[int]
    SPENT_FIELD_NUMBER: _ClassVar[int]
    STARTED_AT_FIELD_NUMBER: _ClassVar[int]
    FINISHED_AT_FIELD_NUMBER: _ClassVar[int]
    campaign_id: str
    name: str
    template_id: str
    audience_id: str
    providers: _containers.RepeatedScalarFieldContainer[str]
    category: CommsCategory
    throttle: float
    quiet_start: str
    quiet_end: str
    skip_quiet_hours: bool
    frequency_cap: int
    frequency_window: _duration_pb2.Duration
    spending_cap: float
    error_threshold: float
    language: str
    state: CampaignState
    state_reason: str
    start_at: _timestamp_pb2.Timestamp
    created_at: _timestamp_pb2.Timestamp
    updated_at: _timestamp_pb2.Timestamp
    spent: float
    started_at: _timestamp_pb2.Timestamp
    finished_at: _timestamp_pb2.Timestamp
    def __init__(self, campaign_id: _Optional[str] = ..., name: _Optional[str] = ..., template_id: _Optional[str] = ..., audience_id: _Optional[str] = ..., providers: _Optional[_Iterable[str]] = ..., category: _Optional[_Union[CommsCategory, str]] = ..., throttle: _Optional[float] = ..., quiet_start: _Optional[str] = ..., quiet_end: _Optional[str] = ..., skip_quiet_hours: _Optional[bool] = ..., frequency_cap: _Optional[int] = ..., frequency_window: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping[str, object]]] = ..., spending_cap: _Optional[float] = ..., error_threshold: _Optional[float] = ..., language: _Optional[str] = ..., state: _Optional[_Union[CampaignState, str]] = ..., state_reason: _Optional[str] = ..., start_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ..., updated_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ..., spent: _Optional[float] = ..., started_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ..., finished_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ...) -> None: ...

class CampaignEstimate(_message.Message):
    __slots__ = ("recipients", "segments", "price", "cost", "provider")
    RECIPIENTS_FIELD_NUMBER: _ClassVar[int]
    SEGMENTS_FIELD_NUMBER: _ClassVar[int]
    PRICE_FIELD_NUMBER: _ClassVar[int]
    COST_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_FIELD_NUMBER: _ClassVar[int]
    recipients: int
    segments: int
    price: float
    cost: float
    provider: str
    def __init__(self, recipients: _Optional[int] = ..., segments: _Optional[int] = ..., price: _Optional[float] = ..., cost: _Optional[float] = ..., provider: _Optional[str] = ...) -> None: ...

class CampaignProgress(_message.Message):
    __slots__ = ("total", "sent", "failed", "skipped", "unknown", "in_flight", "remaining", "rate", "eta")
    TOTAL_FIELD_NUMBER: _ClassVar[int]
    SENT_FIELD_NUMBER: _ClassVar[int]
    FAILED_FIELD_NUMBER: _ClassVar[int]
    SKIPPED_FIELD_NUMBER: _ClassVar[int]
    UNKNOWN_FIELD_NUMBER: _ClassVar[int]
    IN_FLIGHT_FIELD_NUMBER: _ClassVar[int]
    REMAINING_FIELD_NUMBER: _ClassVar[int]
    RATE_FIELD_NUMBER: _ClassVar[int]
    ETA_FIELD_NUMBER: _ClassVar[int]
    total: int
    sent: int
    failed: int
    skipped: int
    unknown: int
    in_flight: int
    remaining: int
    rate: float
    eta: _duration_pb2.Duration
    def __init__(self, total: _Optional[int] = ..., sent: _Optional[int] = ..., failed: _Optional[int] = ..., skipped: _Optional[int] = ..., unknown: _Optional[int] = ..., in_flight: _Optional[int] = ..., remaining: _Optional[int] = ..., rate: _Optional[float] = ..., eta: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping[str, object]]] = ...) -> None: ...

class SaveCampaignCommand(_message.Message):
    __slots__ = ("campaign",)
    CAMPAIGN_FIELD_NUMBER: _ClassVar[int]
    campaign: Campaign
    def __init__(self, campaign: _Optional[_Union[Campaign, _Mapping[str, object]]] = ...) -> None: ...

class CampaignReply(_message.Message):
    __slots__ = ("status", "description", "campaign", "estimate", "progress")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    CAMPAIGN_FIELD_NUMBER: _ClassVar[int]
    ESTIMATE_FIELD_NUMBER: _ClassVar[int]
    PROGRESS_FIELD_NUMBER: _ClassVar[int]
    status: bool
    description: str
    campaign: Campaign
    estimate: CampaignEstimate
    progress: CampaignProgress
    def __init__(self, status: _Optional[bool] = ..., description: _Optional[str] = ..., campaign: _Optional[_Union[Campaign, _Mapping[str, object]]] = ..., estimate: _Optional[_Union[CampaignEstimate, _Mapping[str, object]]] = ..., progress: _Optional[_Union[CampaignProgress, _Mapping[str, object]]] = ...) -> None: ...

class GetCampaignCommand(_message.Message):
    __slots__ = ("campaign_id",)
    CAMPAIGN_ID_FIELD_NUMBER: _ClassVar[int]
    campaign_id: str
    def __init__(self, campaign_id: _Optional[str] = ...) -> None: ...

class ListCampaignsCommand(_message.Message):
    __slots__ = ("state",)
    STATE_FIELD_NUMBER: _ClassVar[int]
    state: CampaignState
    def __init__(self, state: _Optional[_Union[CampaignState, str]] = ...) -> None: ...

class CampaignListReply(_message.Message):
    __slots__ = ("status", "description", "campaigns")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    CAMPAIGNS_FIELD_NUMBER: _ClassVar[int]
    status: bool
    description: str
    campaigns: _containers.RepeatedCompositeFieldContainer[Campaign]
    def __init__(self, status: _Optional[bool] = ..., description: _Optional[str] = ..., campaigns: _Optional[_Iterable[_Union[Campaign, _Mapping[str, object]]]] = ...) -> None: ...

class StartCampaignCommand(_message.Message):
    __slots__ = ("campaign_id", "at")
    CAMPAIGN_ID_FIELD_NUMBER: _ClassVar[int]
    AT_FIELD_NUMBER: _ClassVar[int]
    campaign_id: str
    at: _timestamp_pb2.Timestamp
    def __init__(self, campaign_id: _Optional[str] = ..., at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ...) -> None: ...

class PauseCampaignCommand(_message.Message):
    __slots__ = ("campaign_id",)
    CAMPAIGN_ID_FIELD_NUMBER: _ClassVar[int]
    campaign_id: str
    def __init__(self, campaign_id: _Optional[str] = ...) -> None: ...

class ResumeCampaignCommand(_message.Message):
    __slots__ = ("campaign_id",)
    CAMPAIGN_ID_FIELD_NUMBER: _ClassVar[int]
    campaign_id: str
    def __init__(self, campaign_id: _Optional[str] = ...) -> None: ...

class CancelCampaignCommand(_message.Message):
    __slots__ = ("campaign_id",)
    CAMPAIGN_ID_FIELD_NUMBER: _ClassVar[int]
    campaign_id: str
    def __init__(self, campaign_id: _Optional[str] = ...) -> None: ...

class TestCampaignCommand(_message.Message):
    __slots__ = ("campaign_id", "address", "variables")
    class VariablesEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    CAMPAIGN_ID_FIELD_NUMBER: _ClassVar[int]
    ADDRESS_FIELD_NUMBER: _ClassVar[int]
    VARIABLES_FIELD_NUMBER: _ClassVar[int]
    campaign_id: str
    address: str
    variables: _containers.ScalarMap[str, str]
    def __init__(self, campaign_id: _Optional[str] = ..., address: _Optional[str] = ..., variables: _Optional[_Mapping[str, str]] = ...) -> None: ...

class Suppression(_message.Message):
    __slots__ = ("channel", "address", "reason", "created_at")
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    ADDRESS_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    channel: CommsChannel
    address: str
    reason: str
    created_at: _timestamp_pb2.Timestamp
    def __init__(self, channel: _Optional[_Union[CommsChannel, str]] = ..., address: _Optional[str] = ..., reason: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ...) -> None: ...

class UpdateSuppressionCommand(_message.Message):
    __slots__ = ("channel", "address", "suppress", "reason")
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    ADDRESS_FIELD_NUMBER: _ClassVar[int]
    SUPPRESS_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    channel: CommsChannel
    address: str
    suppress: bool
    reason: str
    def __init__(self, channel: _Optional[_Union[CommsChannel, str]] = ..., address: _Optional[str] = ..., suppress: _Optional[bool] = ..., reason: _Optional[str] = ...) -> None: ...

class ListSuppressionsCommand(_message.Message):
    __slots__ = ("channel", "cursor", "limit")
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    CURSOR_FIELD_NUMBER: _ClassVar[int]
    LIMIT_FIELD_NUMBER: _ClassVar[int]
    channel: CommsChannel
    cursor: str
    limit: int
    def __init__(self, channel: _Optional[_Union[CommsChannel, str]] = ..., cursor: _Optional[str] = ..., limit: _Optional[int] = ...) -> None: ...

class SuppressionsReply(_message.Message):
    __slots__ = ("status", "description", "suppressions", "next_cursor")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    SUPPRESSIONS_FIELD_NUMBER: _ClassVar[int]
    NEXT_CURSOR_FIELD_NUMBER: _ClassVar[int]
    status: bool
    description: str
    suppressions: _containers.RepeatedCompositeFieldContainer[Suppression]
    next_cursor: str
    def __init__(self, status: _Optional[bool] = ..., description: _Optional[str] = ..., suppressions: _Optional[_Iterable[_Union[Suppression, _Mapping[str, object]]]] = ..., next_cursor: _Optional[str] = ...) -> None: ...

class AuditEntry(_message.Message):
    __slots__ = ("at", "app_id", "actor", "action", "subject", "detail")
    AT_FIELD_NUMBER: _ClassVar[int]
    APP_ID_FIELD_NUMBER: _ClassVar[int]
    ACTOR_FIELD_NUMBER: _ClassVar[int]
    ACTION_FIELD_NUMBER: _ClassVar[int]
    SUBJECT_FIELD_NUMBER: _ClassVar[int]
    DETAIL_FIELD_NUMBER: _ClassVar[int]
    at: _timestamp_pb2.Timestamp
    app_id: str
    actor: str
    action: str
    subject: str
    detail: str
    def __init__(self, at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ..., app_id: _Optional[str] = ..., actor: _Optional[str] = ..., action: _Optional[str] = ..., subject: _Optional[str] = ..., detail: _Optional[str] = ...) -> None: ...

class QueryAuditLogCommand(_message.Message):
    __slots__ = ("since", "until", "cursor", "limit")
    SINCE_FIELD_NUMBER: _ClassVar[int]
    UNTIL_FIELD_NUMBER: _ClassVar[int]
    CURSOR_FIELD_NUMBER: _ClassVar[int]
    LIMIT_FIELD_NUMBER: _ClassVar[int]
    since: _timestamp_pb2.Timestamp
    until: _timestamp_pb2.Timestamp
    cursor: str
    limit: int
    def __init__(self, since: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ..., until: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ..., cursor: _Optional[str] = ..., limit: _Optional[int] = ...) -> None: ...

class AuditLogReply(_message.Message):
    __slots__ = ("status", "description", "entries", "next_cursor")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    ENTRIES_FIELD_NUMBER: _ClassVar[int]
    NEXT_CURSOR_FIELD_NUMBER: _ClassVar[int]
    status: bool
    description: str
    entries: _containers.RepeatedCompositeFieldContainer[AuditEntry]
    next_cursor: str
    def __init__(self, status: _Optional[bool] = ..., description: _Optional[str] = ..., entries: _Optional[_Iterable[_Union[AuditEntry, _Mapping[str, object]]]] = ..., next_cursor: _Optional[str] = ...) -> None: ...

class CommsSendStatusNotification(_message.Message):
    __slots__ = ("outcome", "customer_id", "event")
    OUTCOME_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_ID_FIELD_NUMBER: _ClassVar[int]
    EVENT_FIELD_NUMBER: _ClassVar[int]
    outcome: CommsSendOutcome
    customer_id: str
    event: str
    def __init__(self, outcome: _Optional[_Union[CommsSendOutcome, _Mapping[str, object]]] = ..., customer_id: _Optional[str] = ..., event: _Optional[str] = ...) -> None: ...

class CampaignStatusNotification(_message.Message):
    __slots__ = ("campaign_id", "name", "state", "reason", "progress")
    CAMPAIGN_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    PROGRESS_FIELD_NUMBER: _ClassVar[int]
    campaign_id: str
    name: str
    state: CampaignState
    reason: str
    progress: CampaignProgress
    def __init__(self, campaign_id: _Optional[str] = ..., name: _Optional[str] = ..., state: _Optional[_Union[CampaignState, str]] = ..., reason: _Optional[str] = ..., progress: _Optional[_Union[CampaignProgress, _Mapping[str, object]]] = ...) -> None: ...

class ServerToAppCommsNotification(_message.Message):
    __slots__ = ("org_id", "app_id", "created_at", "notification_id", "send_status", "campaign_status")
    ORG_ID_FIELD_NUMBER: _ClassVar[int]
    APP_ID_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    NOTIFICATION_ID_FIELD_NUMBER: _ClassVar[int]
    SEND_STATUS_FIELD_NUMBER: _ClassVar[int]
    CAMPAIGN_STATUS_FIELD_NUMBER: _ClassVar[int]
    org_id: str
    app_id: str
    created_at: _timestamp_pb2.Timestamp
    notification_id: str
    send_status: CommsSendStatusNotification
    campaign_status: CampaignStatusNotification
    def __init__(self, org_id: _Optional[str] = ..., app_id: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ..., notification_id: _Optional[str] = ..., send_status: _Optional[_Union[CommsSendStatusNotification, _Mapping[str, object]]] = ..., campaign_status: _Optional[_Union[CampaignStatusNotification, _Mapping[str, object]]] = ...) -> None: ...
