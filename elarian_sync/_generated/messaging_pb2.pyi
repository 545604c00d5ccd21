# generated from proto/elarian/messaging.proto by `python -m codegen`; do not edit.
import datetime

from google.protobuf import duration_pb2 as _duration_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf import wrappers_pb2 as _wrappers_pb2
from . import common_pb2 as _common_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class MessagingChannel(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    MESSAGING_CHANNEL_UNSPECIFIED: _ClassVar[MessagingChannel]
    MESSAGING_CHANNEL_SMS: _ClassVar[MessagingChannel]
    MESSAGING_CHANNEL_VOICE: _ClassVar[MessagingChannel]
    MESSAGING_CHANNEL_USSD: _ClassVar[MessagingChannel]
    MESSAGING_CHANNEL_FB_MESSENGER: _ClassVar[MessagingChannel]
    MESSAGING_CHANNEL_TELEGRAM: _ClassVar[MessagingChannel]
    MESSAGING_CHANNEL_WHATSAPP: _ClassVar[MessagingChannel]
    MESSAGING_CHANNEL_EMAIL: _ClassVar[MessagingChannel]

class MessagingConsentUpdate(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    MESSAGING_CONSENT_UPDATE_UNSPECIFIED: _ClassVar[MessagingConsentUpdate]
    MESSAGING_CONSENT_UPDATE_ALLOW: _ClassVar[MessagingConsentUpdate]
    MESSAGING_CONSENT_UPDATE_BLOCK: _ClassVar[MessagingConsentUpdate]

class MessagingConsentUpdateStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    MESSAGING_CONSENT_UPDATE_STATUS_UNSPECIFIED: _ClassVar[MessagingConsentUpdateStatus]
    MESSAGING_CONSENT_UPDATE_STATUS_QUEUED: _ClassVar[MessagingConsentUpdateStatus]
    MESSAGING_CONSENT_UPDATE_STATUS_COMPLETED: _ClassVar[MessagingConsentUpdateStatus]
    MESSAGING_CONSENT_UPDATE_STATUS_INVALID_CHANNEL_NUMBER: _ClassVar[MessagingConsentUpdateStatus]
    MESSAGING_CONSENT_UPDATE_STATUS_DECOMMISSIONED_CUSTOMER_ID: _ClassVar[MessagingConsentUpdateStatus]
    MESSAGING_CONSENT_UPDATE_STATUS_APPLICATION_ERROR: _ClassVar[MessagingConsentUpdateStatus]

class MessagingSessionEndReason(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    MESSAGING_SESSION_END_REASON_UNSPECIFIED: _ClassVar[MessagingSessionEndReason]
    MESSAGING_SESSION_END_REASON_NORMAL_CLEARING: _ClassVar[MessagingSessionEndReason]
    MESSAGING_SESSION_END_REASON_INACTIVITY: _ClassVar[MessagingSessionEndReason]
    MESSAGING_SESSION_END_REASON_FAILURE: _ClassVar[MessagingSessionEndReason]

class MessageReaction(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    MESSAGE_REACTION_UNSPECIFIED: _ClassVar[MessageReaction]
    MESSAGE_REACTION_CLICKED: _ClassVar[MessageReaction]
    MESSAGE_REACTION_UNSUBSCRIBED: _ClassVar[MessageReaction]
    MESSAGE_REACTION_COMPLAINED: _ClassVar[MessageReaction]

class PromptMessageReplyAction(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    PROMPT_MESSAGE_REPLY_ACTION_UNSPECIFIED: _ClassVar[PromptMessageReplyAction]
    PROMPT_MESSAGE_REPLY_ACTION_TEXT: _ClassVar[PromptMessageReplyAction]
    PROMPT_MESSAGE_REPLY_ACTION_PHONE_NUMBER: _ClassVar[PromptMessageReplyAction]
    PROMPT_MESSAGE_REPLY_ACTION_EMAIL: _ClassVar[PromptMessageReplyAction]
    PROMPT_MESSAGE_REPLY_ACTION_LOCATION: _ClassVar[PromptMessageReplyAction]
    PROMPT_MESSAGE_REPLY_ACTION_URL: _ClassVar[PromptMessageReplyAction]

class MessageDeliveryStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    MESSAGE_DELIVERY_STATUS_UNSPECIFIED: _ClassVar[MessageDeliveryStatus]
    MESSAGE_DELIVERY_STATUS_QUEUED: _ClassVar[MessageDeliveryStatus]
    MESSAGE_DELIVERY_STATUS_SENT: _ClassVar[MessageDeliveryStatus]
    MESSAGE_DELIVERY_STATUS_DELIVERED: _ClassVar[MessageDeliveryStatus]
    MESSAGE_DELIVERY_STATUS_READ: _ClassVar[MessageDeliveryStatus]
    MESSAGE_DELIVERY_STATUS_RECEIVED: _ClassVar[MessageDeliveryStatus]
    MESSAGE_DELIVERY_STATUS_SESSION_INITIATED: _ClassVar[MessageDeliveryStatus]
    MESSAGE_DELIVERY_STATUS_FAILED: _ClassVar[MessageDeliveryStatus]
    MESSAGE_DELIVERY_STATUS_NO_CONSENT: _ClassVar[MessageDeliveryStatus]
    MESSAGE_DELIVERY_STATUS_NO_CAPABILITY: _ClassVar[MessageDeliveryStatus]
    MESSAGE_DELIVERY_STATUS_EXPIRED: _ClassVar[MessageDeliveryStatus]
    MESSAGE_DELIVERY_STATUS_NO_SESSION_IN_PROGRESS: _ClassVar[MessageDeliveryStatus]
    MESSAGE_DELIVERY_STATUS_OTHER_SESSION_IN_PROGRESS: _ClassVar[MessageDeliveryStatus]
    MESSAGE_DELIVERY_STATUS_INVALID_REPLY_TOKEN: _ClassVar[MessageDeliveryStatus]
    MESSAGE_DELIVERY_STATUS_INVALID_CHANNEL_NUMBER: _ClassVar[MessageDeliveryStatus]
    MESSAGE_DELIVERY_STATUS_NOT_SUPPORTED: _ClassVar[MessageDeliveryStatus]
    MESSAGE_DELIVERY_STATUS_INVALID_REPLY_TO_MESSAGE_ID: _ClassVar[MessageDeliveryStatus]
    MESSAGE_DELIVERY_STATUS_INVALID_CUSTOMER_ID: _ClassVar[MessageDeliveryStatus]
    MESSAGE_DELIVERY_STATUS_DUPLICATE_REQUEST: _ClassVar[MessageDeliveryStatus]
    MESSAGE_DELIVERY_STATUS_TAG_NOT_FOUND: _ClassVar[MessageDeliveryStatus]
    MESSAGE_DELIVERY_STATUS_CUSTOMER_NUMBER_NOT_FOUND: _ClassVar[MessageDeliveryStatus]
    MESSAGE_DELIVERY_STATUS_DECOMMISSIONED_CUSTOMERID: _ClassVar[MessageDeliveryStatus]
    MESSAGE_DELIVERY_STATUS_REJECTED: _ClassVar[MessageDeliveryStatus]
    MESSAGE_DELIVERY_STATUS_INVALID_REQUEST: _ClassVar[MessageDeliveryStatus]
    MESSAGE_DELIVERY_STATUS_INSUFFICIENT_CREDITS: _ClassVar[MessageDeliveryStatus]
    MESSAGE_DELIVERY_STATUS_APPLICATION_ERROR: _ClassVar[MessageDeliveryStatus]

class VoiceCallStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    VOICE_CALL_STATUS_UNSPECIFIED: _ClassVar[VoiceCallStatus]
    VOICE_CALL_STATUS_QUEUED: _ClassVar[VoiceCallStatus]
    VOICE_CALL_STATUS_ANSWERED: _ClassVar[VoiceCallStatus]
    VOICE_CALL_STATUS_RINGING: _ClassVar[VoiceCallStatus]
    VOICE_CALL_STATUS_ACTIVE: _ClassVar[VoiceCallStatus]
    VOICE_CALL_STATUS_DIALING: _ClassVar[VoiceCallStatus]
    VOICE_CALL_STATUS_DIAL_COMPLETED: _ClassVar[VoiceCallStatus]
    VOICE_CALL_STATUS_BRIDGED: _ClassVar[VoiceCallStatus]
    VOICE_CALL_STATUS_ENQUEUED: _ClassVar[VoiceCallStatus]
    VOICE_CALL_STATUS_DEQUEUED: _ClassVar[VoiceCallStatus]
    VOICE_CALL_STATUS_TRANSFERRED: _ClassVar[VoiceCallStatus]
    VOICE_CALL_STATUS_TRANSFER_COMPLETED: _ClassVar[VoiceCallStatus]
    VOICE_CALL_STATUS_COMPLETED: _ClassVar[VoiceCallStatus]
    VOICE_CALL_STATUS_INSUFFICIENT_CREDIT: _ClassVar[VoiceCallStatus]
    VOICE_CALL_STATUS_NOT_ANSWERED: _ClassVar[VoiceCallStatus]
    VOICE_CALL_STATUS_INVALID_PHONE_NUMBER: _ClassVar[VoiceCallStatus]
    VOICE_CALL_STATUS_DESTINATION_NOT_SUPPORTED: _ClassVar[VoiceCallStatus]
    VOICE_CALL_STATUS_DECOMMISSIONED_CUSTOMERID: _ClassVar[VoiceCallStatus]
    VOICE_CALL_STATUS_EXPIRED: _ClassVar[VoiceCallStatus]
    VOICE_CALL_STATUS_INVALID_CHANNEL_NUMBER: _ClassVar[VoiceCallStatus]
    VOICE_CALL_STATUS_APPLICATION_ERROR: _ClassVar[VoiceCallStatus]

class VoiceCallHangupCause(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    VOICE_CALL_HANGUP_CAUSE_UNSPECIFIED: _ClassVar[VoiceCallHangupCause]
    VOICE_CALL_HANGUP_CAUSE_UNALLOCATED_NUMBER: _ClassVar[VoiceCallHangupCause]
    VOICE_CALL_HANGUP_CAUSE_USER_BUSY: _ClassVar[VoiceCallHangupCause]
    VOICE_CALL_HANGUP_CAUSE_NORMAL_CLEARING: _ClassVar[VoiceCallHangupCause]
    VOICE_CALL_HANGUP_CAUSE_NO_USER_RESPONSE: _ClassVar[VoiceCallHangupCause]
    VOICE_CALL_HANGUP_CAUSE_NO_ANSWER: _ClassVar[VoiceCallHangupCause]
    VOICE_CALL_HANGUP_CAUSE_SUBSCRIBER_ABSENT: _ClassVar[VoiceCallHangupCause]
    VOICE_CALL_HANGUP_CAUSE_CALL_REJECTED: _ClassVar[VoiceCallHangupCause]
    VOICE_CALL_HANGUP_CAUSE_NORMAL_UNSPECIFIED: _ClassVar[VoiceCallHangupCause]
    VOICE_CALL_HANGUP_CAUSE_NORMAL_TEMPORARY_FAILURE: _ClassVar[VoiceCallHangupCause]
    VOICE_CALL_HANGUP_CAUSE_SERVICE_UNAVAILABLE: _ClassVar[VoiceCallHangupCause]
    VOICE_CALL_HANGUP_CAUSE_RECOVERY_ON_TIMER_EXPIRE: _ClassVar[VoiceCallHangupCause]
    VOICE_CALL_HANGUP_CAUSE_ORIGINATOR_CANCEL: _ClassVar[VoiceCallHangupCause]
    VOICE_CALL_HANGUP_CAUSE_LOSE_RACE: _ClassVar[VoiceCallHangupCause]
    VOICE_CALL_HANGUP_CAUSE_USER_NOT_REGISTERED: _ClassVar[VoiceCallHangupCause]

class UssdSessionStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    USSD_SESSION_STATUS_UNSPECIFIED: _ClassVar[UssdSessionStatus]
    USSD_SESSION_STATUS_ACTIVE: _ClassVar[UssdSessionStatus]
    USSD_SESSION_STATUS_INCOMPLETE: _ClassVar[UssdSessionStatus]
    USSD_SESSION_STATUS_COMPLETED: _ClassVar[UssdSessionStatus]
    USSD_SESSION_STATUS_APP_ERROR: _ClassVar[UssdSessionStatus]

class TextToSpeechVoice(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    TEXT_TO_SPEECH_VOICE_UNSPECIFIED: _ClassVar[TextToSpeechVoice]
    TEXT_TO_SPEECH_VOICE_MALE: _ClassVar[TextToSpeechVoice]
    TEXT_TO_SPEECH_VOICE_FEMALE: _ClassVar[TextToSpeechVoice]
MESSAGING_CHANNEL_UNSPECIFIED: MessagingChannel
MESSAGING_CHANNEL_SMS: MessagingChannel
MESSAGING_CHANNEL_VOICE: MessagingChannel
MESSAGING_CHANNEL_USSD: MessagingChannel
MESSAGING_CHANNEL_FB_MESSENGER: MessagingChannel
MESSAGING_CHANNEL_TELEGRAM: MessagingChannel
MESSAGING_CHANNEL_WHATSAPP: MessagingChannel
MESSAGING_CHANNEL_EMAIL: MessagingChannel
MESSAGING_CONSENT_UPDATE_UNSPECIFIED: MessagingConsentUpdate
MESSAGING_CONSENT_UPDATE_ALLOW: MessagingConsentUpdate
MESSAGING_CONSENT_UPDATE_BLOCK: MessagingConsentUpdate
MESSAGING_CONSENT_UPDATE_STATUS_UNSPECIFIED: MessagingConsentUpdateStatus
MESSAGING_CONSENT_UPDATE_STATUS_QUEUED: MessagingConsentUpdateStatus
MESSAGING_CONSENT_UPDATE_STATUS_COMPLETED: MessagingConsentUpdateStatus
MESSAGING_CONSENT_UPDATE_STATUS_INVALID_CHANNEL_NUMBER: MessagingConsentUpdateStatus
MESSAGING_CONSENT_UPDATE_STATUS_DECOMMISSIONED_CUSTOMER_ID: MessagingConsentUpdateStatus
MESSAGING_CONSENT_UPDATE_STATUS_APPLICATION_ERROR: MessagingConsentUpdateStatus
MESSAGING_SESSION_END_REASON_UNSPECIFIED: MessagingSessionEndReason
MESSAGING_SESSION_END_REASON_NORMAL_CLEARING: MessagingSessionEndReason
MESSAGING_SESSION_END_REASON_INACTIVITY: MessagingSessionEndReason
MESSAGING_SESSION_END_REASON_FAILURE: MessagingSessionEndReason
MESSAGE_REACTION_UNSPECIFIED: MessageReaction
MESSAGE_REACTION_CLICKED: MessageReaction
MESSAGE_REACTION_UNSUBSCRIBED: MessageReaction
MESSAGE_REACTION_COMPLAINED: MessageReaction
PROMPT_MESSAGE_REPLY_ACTION_UNSPECIFIED: PromptMessageReplyAction
PROMPT_MESSAGE_REPLY_ACTION_TEXT: PromptMessageReplyAction
PROMPT_MESSAGE_REPLY_ACTION_PHONE_NUMBER: PromptMessageReplyAction
PROMPT_MESSAGE_REPLY_ACTION_EMAIL: PromptMessageReplyAction
PROMPT_MESSAGE_REPLY_ACTION_LOCATION: PromptMessageReplyAction
PROMPT_MESSAGE_REPLY_ACTION_URL: PromptMessageReplyAction
MESSAGE_DELIVERY_STATUS_UNSPECIFIED: MessageDeliveryStatus
MESSAGE_DELIVERY_STATUS_QUEUED: MessageDeliveryStatus
MESSAGE_DELIVERY_STATUS_SENT: MessageDeliveryStatus
MESSAGE_DELIVERY_STATUS_DELIVERED: MessageDeliveryStatus
MESSAGE_DELIVERY_STATUS_READ: MessageDeliveryStatus
MESSAGE_DELIVERY_STATUS_RECEIVED: MessageDeliveryStatus
MESSAGE_DELIVERY_STATUS_SESSION_INITIATED: MessageDeliveryStatus
MESSAGE_DELIVERY_STATUS_FAILED: MessageDeliveryStatus
MESSAGE_DELIVERY_STATUS_NO_CONSENT: MessageDeliveryStatus
MESSAGE_DELIVERY_STATUS_NO_CAPABILITY: MessageDeliveryStatus
MESSAGE_DELIVERY_STATUS_EXPIRED: MessageDeliveryStatus
MESSAGE_DELIVERY_STATUS_NO_SESSION_IN_PROGRESS: MessageDeliveryStatus
MESSAGE_DELIVERY_STATUS_OTHER_SESSION_IN_PROGRESS: MessageDeliveryStatus
MESSAGE_DELIVERY_STATUS_INVALID_REPLY_TOKEN: MessageDeliveryStatus
MESSAGE_DELIVERY_STATUS_INVALID_CHANNEL_NUMBER: MessageDeliveryStatus
MESSAGE_DELIVERY_STATUS_NOT_SUPPORTED: MessageDeliveryStatus
MESSAGE_DELIVERY_STATUS_INVALID_REPLY_TO_MESSAGE_ID: MessageDeliveryStatus
MESSAGE_DELIVERY_STATUS_INVALID_CUSTOMER_ID: MessageDeliveryStatus
MESSAGE_DELIVERY_STATUS_DUPLICATE_REQUEST: MessageDeliveryStatus
MESSAGE_DELIVERY_STATUS_TAG_NOT_FOUND: MessageDeliveryStatus
MESSAGE_DELIVERY_STATUS_CUSTOMER_NUMBER_NOT_FOUND: MessageDeliveryStatus
MESSAGE_DELIVERY_STATUS_DECOMMISSIONED_CUSTOMERID: MessageDeliveryStatus
MESSAGE_DELIVERY_STATUS_REJECTED: MessageDeliveryStatus
MESSAGE_DELIVERY_STATUS_INVALID_REQUEST: MessageDeliveryStatus
MESSAGE_DELIVERY_STATUS_INSUFFICIENT_CREDITS: MessageDeliveryStatus
MESSAGE_DELIVERY_STATUS_APPLICATION_ERROR: MessageDeliveryStatus
VOICE_CALL_STATUS_UNSPECIFIED: VoiceCallStatus
VOICE_CALL_STATUS_QUEUED: VoiceCallStatus
VOICE_CALL_STATUS_ANSWERED: VoiceCallStatus
VOICE_CALL_STATUS_RINGING: VoiceCallStatus
VOICE_CALL_STATUS_ACTIVE: VoiceCallStatus
VOICE_CALL_STATUS_DIALING: VoiceCallStatus
VOICE_CALL_STATUS_DIAL_COMPLETED: VoiceCallStatus
VOICE_CALL_STATUS_BRIDGED: VoiceCallStatus
VOICE_CALL_STATUS_ENQUEUED: VoiceCallStatus
VOICE_CALL_STATUS_DEQUEUED: VoiceCallStatus
VOICE_CALL_STATUS_TRANSFERRED: VoiceCallStatus
VOICE_CALL_STATUS_TRANSFER_COMPLETED: VoiceCallStatus
VOICE_CALL_STATUS_COMPLETED: VoiceCallStatus
VOICE_CALL_STATUS_INSUFFICIENT_CREDIT: VoiceCallStatus
VOICE_CALL_STATUS_NOT_ANSWERED: VoiceCallStatus
VOICE_CALL_STATUS_INVALID_PHONE_NUMBER: VoiceCallStatus
VOICE_CALL_STATUS_DESTINATION_NOT_SUPPORTED: VoiceCallStatus
VOICE_CALL_STATUS_DECOMMISSIONED_CUSTOMERID: VoiceCallStatus
VOICE_CALL_STATUS_EXPIRED: VoiceCallStatus
VOICE_CALL_STATUS_INVALID_CHANNEL_NUMBER: VoiceCallStatus
VOICE_CALL_STATUS_APPLICATION_ERROR: VoiceCallStatus
VOICE_CALL_HANGUP_CAUSE_UNSPECIFIED: VoiceCallHangupCause
VOICE_CALL_HANGUP_CAUSE_UNALLOCATED_NUMBER: VoiceCallHangupCause
VOICE_CALL_HANGUP_CAUSE_USER_BUSY: VoiceCallHangupCause
VOICE_CALL_HANGUP_CAUSE_NORMAL_CLEARING: VoiceCallHangupCause
VOICE_CALL_HANGUP_CAUSE_NO_USER_RESPONSE: VoiceCallHangupCause
VOICE_CALL_HANGUP_CAUSE_NO_ANSWER: VoiceCallHangupCause
VOICE_CALL_HANGUP_CAUSE_SUBSCRIBER_ABSENT: VoiceCallHangupCause
VOICE_CALL_HANGUP_CAUSE_CALL_REJECTED: VoiceCallHangupCause
VOICE_CALL_HANGUP_CAUSE_NORMAL_UNSPECIFIED: VoiceCallHangupCause
VOICE_CALL_HANGUP_CAUSE_NORMAL_TEMPORARY_FAILURE: VoiceCallHangupCause
VOICE_CALL_HANGUP_CAUSE_SERVICE_UNAVAILABLE: VoiceCallHangupCause
VOICE_CALL_HANGUP_CAUSE_RECOVERY_ON_TIMER_EXPIRE: VoiceCallHangupCause
VOICE_CALL_HANGUP_CAUSE_ORIGINATOR_CANCEL: VoiceCallHangupCause
VOICE_CALL_HANGUP_CAUSE_LOSE_RACE: VoiceCallHangupCause
VOICE_CALL_HANGUP_CAUSE_USER_NOT_REGISTERED: VoiceCallHangupCause
USSD_SESSION_STATUS_UNSPECIFIED: UssdSessionStatus
USSD_SESSION_STATUS_ACTIVE: UssdSessionStatus
USSD_SESSION_STATUS_INCOMPLETE: UssdSessionStatus
USSD_SESSION_STATUS_COMPLETED: UssdSessionStatus
USSD_SESSION_STATUS_APP_ERROR: UssdSessionStatus
TEXT_TO_SPEECH_VOICE_UNSPECIFIED: TextToSpeechVoice
TEXT_TO_SPEECH_VOICE_MALE: TextToSpeechVoice
TEXT_TO_SPEECH_VOICE_FEMALE: TextToSpeechVoice

class MessagingChannelNumber(_message.Message):
    __slots__ = ("channel", "number")
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    channel: MessagingChannel
    number: str
    def __init__(self, channel: _Optional[_Union[MessagingChannel, str]] = ..., number: _Optional[str] = ...) -> None: ...

class MediaMessageBody(_message.Message):
    __slots__ = ("url", "media")
    URL_FIELD_NUMBER: _ClassVar[int]
    MEDIA_FIELD_NUMBER: _ClassVar[int]
    url: str
    media: _common_pb2.MediaType
    def __init__(self, url: _Optional[str] = ..., media: _Optional[_Union[_common_pb2.MediaType, str]] = ...) -> None: ...

class LocationMessageBody(_message.Message):
    __slots__ = ("latitude", "longitude", "label", "address")
    LATITUDE_FIELD_NUMBER: _ClassVar[int]
    LONGITUDE_FIELD_NUMBER: _ClassVar[int]
    LABEL_FIELD_NUMBER: _ClassVar[int]
    ADDRESS_FIELD_NUMBER: _ClassVar[int]
    latitude: float
    longitude: float
    label: _wrappers_pb2.StringValue
    address: _wrappers_pb2.StringValue
    def __init__(self, latitude: _Optional[float] = ..., longitude: _Optional[float] = ..., label: _Optional[_Union[_wrappers_pb2.StringValue, _Mapping[str, object]]] = ..., address: _Optional[_Union[_wrappers_pb2.StringValue, _Mapping[str, object]]] = ...) -> None: ...

class EmailMessageBody(_message.Message):
    __slots__ = ("subject", "body_plain", "body_html", "cc_list", "bcc_list", "attachments")
    SUBJECT_FIELD_NUMBER: _ClassVar[int]
    BODY_PLAIN_FIELD_NUMBER: _ClassVar[int]
    BODY_HTML_FIELD_NUMBER: _ClassVar[int]
    CC_LIST_FIELD_NUMBER: _ClassVar[int]
    BCC_LIST_FIELD_NUMBER: _ClassVar[int]
    ATTACHMENTS_FIELD_NUMBER: _ClassVar[int]
    subject: str
    body_plain: str
    body_html: str
    cc_list: _containers.RepeatedScalarFieldContainer[str]
    bcc_list: _containers.RepeatedScalarFieldContainer[str]
    attachments: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, subject: _Optional[str] = ..., body_plain: _Optional[str] = ..., body_html: _Optional[str] = ..., cc_list: _Optional[_Iterable[str]] = ..., bcc_list: _Optional[_Iterable[str]] = ..., attachments: _Optional[_Iterable[str]] = ...) -> None: ...

class TemplateMessageBody(_message.Message):
    __slots__ = ("id", "params")
    class ParamsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    ID_FIELD_NUMBER: _ClassVar[int]
    PARAMS_FIELD_NUMBER: _ClassVar[int]
    id: str
    params: _containers.ScalarMap[str, str]
    def __init__(self, id: _Optional[str] = ..., params: _Optional[_Mapping[str, str]] = ...) -> None: ...

class SayCallAction(_message.Message):
    __slots__ = ("text", "voice", "play_beep")
    TEXT_FIELD_NUMBER: _ClassVar[int]
    VOICE_FIELD_NUMBER: _ClassVar[int]
    PLAY_BEEP_FIELD_NUMBER: _ClassVar[int]
    text: str
    voice: TextToSpeechVoice
    play_beep: bool
    def __init__(self, text: _Optional[str] = ..., voice: _Optional[_Union[TextToSpeechVoice, str]] = ..., play_beep: _Optional[bool] = ...) -> None: ...

class PlayCallAction(_message.Message):
    __slots__ = ("url",)
    URL_FIELD_NUMBER: _ClassVar[int]
    url: str
    def __init__(self, url: _Optional[str] = ...) -> None: ...

class GetDigitsCallAction(_message.Message):
    __slots__ = ("say", "play", "timeout", "finish_on_key", "num_digits")
    SAY_FIELD_NUMBER: _ClassVar[int]
    PLAY_FIELD_NUMBER: _ClassVar[int]
    TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    FINISH_ON_KEY_FIELD_NUMBER: _ClassVar[int]
    NUM_DIGITS_FIELD_NUMBER: _ClassVar[int]
    say: SayCallAction
    play: PlayCallAction
    timeout: _duration_pb2.Duration
    finish_on_key: _wrappers_pb2.StringValue
    num_digits: _wrappers_pb2.Int32Value
    def __init__(self, say: _Optional[_Union[SayCallAction, _Mapping[str, object]]] = ..., play: _Optional[_Union[PlayCallAction, _Mapping[str, object]]] = ..., timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping[str, object]]] = ..., finish_on_key: _Optional[_Union[_wrappers_pb2.StringValue, _Mapping[str, object]]] = ..., num_digits: _Optional[_Union[_wrappers_pb2.Int32Value, _Mapping[str, object]]] = ...) -> None: ...

class GetRecordingCallAction(_message.Message):
    __slots__ = ("say", "play", "timeout", "max_length", "finish_on_key", "play_beep", "trim_silence")
    SAY_FIELD_NUMBER: _ClassVar[int]
    PLAY_FIELD_NUMBER: _ClassVar[int]
    TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    MAX_LENGTH_FIELD_NUMBER: _ClassVar[int]
    FINISH_ON_KEY_FIELD_NUMBER: _ClassVar[int]
    PLAY_BEEP_FIELD_NUMBER: _ClassVar[int]
    TRIM_SILENCE_FIELD_NUMBER: _ClassVar[int]
    say: SayCallAction
    play: PlayCallAction
    timeout: _duration_pb2.Duration
    max_length: _duration_pb2.Duration
    finish_on_key: _wrappers_pb2.StringValue
    play_beep: bool
    trim_silence: bool
    def __init__(self, say: _Optional[_Union[SayCallAction, _Mapping[str, object]]] = ..., play: _Optional[_Union[PlayCallAction, _Mapping[str, object]]] = ..., timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping[str, object]]] = ..., max_length: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping[str, object]]] = ..., finish_on_key: _Optional[_Union[_wrappers_pb2.StringValue, _Mapping[str, object]]] = ..., play_beep: _Optional[bool] = ..., trim_silence: _Optional[bool] = ...) -> None: ...

class RecordSessionCallAction(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class DialCallAction(_message.Message):
    __slots__ = ("customer_numbers", "record", "sequential", "ringback_tone", "caller_id", "max_duration")
    CUSTOMER_NUMBERS_FIELD_NUMBER: _ClassVar[int]
    RECORD_FIELD_NUMBER: _ClassVar[int]
    SEQUENTIAL_FIELD_NUMBER: _ClassVar[int]
    RINGBACK_TONE_FIELD_NUMBER: _ClassVar[int]
    CALLER_ID_FIELD_NUMBER: _ClassVar[int]
    MAX_DURATION_FIELD_NUMBER: _ClassVar[int]
    customer_numbers: _containers.RepeatedCompositeFieldContainer[_common_pb2.CustomerNumber]
    record: bool
    sequential: bool
    ringback_tone: _wrappers_pb2.StringValue
    caller_id: _wrappers_pb2.StringValue
    max_duration: _wrappers_pb2.Int32Value
    def __init__(self, customer_numbers: _Optional[_Iterable[_Union[_common_pb2.CustomerNumber, _Mapping[str, object]]]] = ..., record: _Optional[bool] = ..., sequential: _Optional[bool] = ..., ringback_tone: _Optional[_Union[_wrappers_pb2.StringValue, _Mapping[str, object]]] = ..., caller_id: _Optional[_Union[_wrappers_pb2.StringValue, _Mapping[str, object]]] = ..., max_duration: _Optional[_Union[_wrappers_pb2.Int32Value, _Mapping[str, object]]] = ...) -> None: ...

class EnqueueCallAction(_message.Message):
    __slots__ = ("hold_music", "queue_name")
    HOLD_MUSIC_FIELD_NUMBER: _ClassVar[int]
    QUEUE_NAME_FIELD_NUMBER: _ClassVar[int]
    hold_music: _wrappers_pb2.StringValue
    queue_name: _wrappers_pb2.StringValue
    def __init__(self, hold_music: _Optional[_Union[_wrappers_pb2.StringValue, _Mapping[str, object]]] = ..., queue_name: _Optional[_Union[_wrappers_pb2.StringValue, _Mapping[str, object]]] = ...) -> None: ...

class DequeueCallAction(_message.Message):
    __slots__ = ("channel_number", "record", "queue_name")
    CHANNEL_NUMBER_FIELD_NUMBER: _ClassVar[int]
    RECORD_FIELD_NUMBER: _ClassVar[int]
    QUEUE_NAME_FIELD_NUMBER: _ClassVar[int]
    channel_number: MessagingChannelNumber
    record: bool
    queue_name: _wrappers_pb2.StringValue
    def __init__(self, channel_number: _Optional[_Union[MessagingChannelNumber, _Mapping[str, object]]] = ..., record: _Optional[bool] = ..., queue_name: _Optional[_Union[_wrappers_pb2.StringValue, _Mapping[str, object]]] = ...) -> None: ...

class RejectCallAction(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class RedirectCallAction(_message.Message):
    __slots__ = ("url",)
    URL_FIELD_NUMBER: _ClassVar[int]
    url: str
    def __init__(self, url: _Optional[str] = ...) -> None: ...

class VoiceCallAction(_message.Message):
    __slots__ = ("say", "play", "get_digits", "dial", "record_session", "get_recording", "enqueue", "dequeue", "reject", "redirect")
    SAY_FIELD_NUMBER: _ClassVar[int]
    PLAY_FIELD_NUMBER: _ClassVar[int]
    GET_DIGITS_FIELD_NUMBER: _ClassVar[int]
    DIAL_FIELD_NUMBER: _ClassVar[int]
    RECORD_SESSION_FIELD_NUMBER: _ClassVar[int]
    GET_RECORDING_FIELD_NUMBER: _ClassVar[int]
    ENQUEUE_FIELD_NUMBER: _ClassVar[int]
    DEQUEUE_FIELD_NUMBER: _ClassVar[int]
    REJECT_FIELD_NUMBER: _ClassVar[int]
    REDIRECT_FIELD_NUMBER: _ClassVar[int]
    say: SayCallAction
    play: PlayCallAction
    get_digits: GetDigitsCallAction
    dial: DialCallAction
    record_session: RecordSessionCallAction
    get_recording: GetRecordingCallAction
    enqueue: EnqueueCallAction
    dequeue: DequeueCallAction
    reject: RejectCallAction
    redirect: RedirectCallAction
    def __init__(self, say: _Optional[_Union[SayCallAction, _Mapping[str, object]]] = ..., play: _Optional[_Union[PlayCallAction, _Mapping[str, object]]] = ..., get_digits: _Optional[_Union[GetDigitsCallAction, _Mapping[str, object]]] = ..., dial: _Optional[_Union[DialCallAction, _Mapping[str, object]]] = ..., record_session: _Optional[_Union[RecordSessionCallAction, _Mapping[str, object]]] = ..., get_recording: _Optional[_Union[GetRecordingCallAction, _Mapping[str, object]]] = ..., enqueue: _Optional[_Union[EnqueueCallAction, _Mapping[str, object]]] = ..., dequeue: _Optional[_Union[DequeueCallAction, _Mapping[str, object]]] = ..., reject: _Optional[_Union[RejectCallAction, _Mapping[str, object]]] = ..., redirect: _Optional[_Union[RedirectCallAction, _Mapping[str, object]]] = ...) -> None: ...

class VoiceCallDialplanMessageBody(_message.Message):
    __slots__ = ("actions",)
    ACTIONS_FIELD_NUMBER: _ClassVar[int]
    actions: _containers.RepeatedCompositeFieldContainer[VoiceCallAction]
    def __init__(self, actions: _Optional[_Iterable[_Union[VoiceCallAction, _Mapping[str, object]]]] = ...) -> None: ...

class VoiceCallDialInput(_message.Message):
    __slots__ = ("destination_number", "started_at", "duration")
    DESTINATION_NUMBER_FIELD_NUMBER: _ClassVar[int]
    STARTED_AT_FIELD_NUMBER: _ClassVar[int]
    DURATION_FIELD_NUMBER: _ClassVar[int]
    destination_number: str
    started_at: _timestamp_pb2.Timestamp
    duration: _duration_pb2.Duration
    def __init__(self, destination_number: _Optional[str] = ..., started_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ..., duration: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping[str, object]]] = ...) -> None: ...

class VoiceCallQueueInput(_message.Message):
    __slots__ = ("enqueued_at", "dequeued_at", "dequeued_to_number", "dequeued_to_sessionId", "queue_duration")
    ENQUEUED_AT_FIELD_NUMBER: _ClassVar[int]
    DEQUEUED_AT_FIELD_NUMBER: _ClassVar[int]
    DEQUEUED_TO_NUMBER_FIELD_NUMBER: _ClassVar[int]
    DEQUEUED_TO_SESSIONID_FIELD_NUMBER: _ClassVar[int]
    QUEUE_DURATION_FIELD_NUMBER: _ClassVar[int]
    enqueued_at: _timestamp_pb2.Timestamp
    dequeued_at: _timestamp_pb2.Timestamp
    dequeued_to_number: _wrappers_pb2.StringValue
    dequeued_to_sessionId: _wrappers_pb2.StringValue
    queue_duration: _duration_pb2.Duration
    def __init__(self, enqueued_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ..., dequeued_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ..., dequeued_to_number: _Optional[_Union[_wrappers_pb2.StringValue, _Mapping[str, object]]] = ..., dequeued_to_sessionId: _Optional[_Union[_wrappers_pb2.StringValue, _Mapping[str, object]]] = ..., queue_duration: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping[str, object]]] = ...) -> None: ...

class VoiceCallInputMessageBody(_message.Message):
    __slots__ = ("direction", "status", "started_at", "hangup_cause", "dtmf_digits", "recording_url", "dial_data", "queue_data")
    DIRECTION_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    STARTED_AT_FIELD_NUMBER: _ClassVar[int]
    HANGUP_CAUSE_FIELD_NUMBER: _ClassVar[int]
    DTMF_DIGITS_FIELD_NUMBER: _ClassVar[int]
    RECORDING_URL_FIELD_NUMBER: _ClassVar[int]
    DIAL_DATA_FIELD_NUMBER: _ClassVar[int]
    QUEUE_DATA_FIELD_NUMBER: _ClassVar[int]
    direction: _common_pb2.CustomerEventDirection
    status: VoiceCallStatus
    started_at: _timestamp_pb2.Timestamp
    hangup_cause: VoiceCallHangupCause
    dtmf_digits: _wrappers_pb2.StringValue
    recording_url: _wrappers_pb2.StringValue
    dial_data: VoiceCallDialInput
    queue_data: VoiceCallQueueInput
    def __init__(self, direction: _Optional[_Union[_common_pb2.CustomerEventDirection, str]] = ..., status: _Optional[_Union[VoiceCallStatus, str]] = ..., started_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ..., hangup_cause: _Optional[_Union[VoiceCallHangupCause, str]] = ..., dtmf_digits: _Optional[_Union[_wrappers_pb2.StringValue, _Mapping[str, object]]] = ..., recording_url: _Optional[_Union[_wrappers_pb2.StringValue, _Mapping[str, object]]] = ..., dial_data: _Optional[_Union[VoiceCallDialInput, _Mapping[str, object]]] = ..., queue_data: _Optional[_Union[VoiceCallQueueInput, _Mapping[str, object]]] = ...) -> None: ...

class UssdInputMessageBody(_message.Message):
    __slots__ = ("status", "text")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    status: UssdSessionStatus
    text: _wrappers_pb2.StringValue
    def __init__(self, status: _Optional[_Union[UssdSessionStatus, str]] = ..., text: _Optional[_Union[_wrappers_pb2.StringValue, _Mapping[str, object]]] = ...) -> None: ...

class UssdMenuMessageBody(_message.Message):
    __slots__ = ("text", "is_terminal")
    TEXT_FIELD_NUMBER: _ClassVar[int]
    IS_TERMINAL_FIELD_NUMBER: _ClassVar[int]
    text: str
    is_terminal: bool
    def __init__(self, text: _Optional[str] = ..., is_terminal: _Optional[bool] = ...) -> None: ...

class OutboundMessageBody(_message.Message):
    __slots__ = ("text", "media", "location", "email", "template", "url", "voice", "ussd")
    TEXT_FIELD_NUMBER: _ClassVar[int]
    MEDIA_FIELD_NUMBER: _ClassVar[int]
    LOCATION_FIELD_NUMBER: _ClassVar[int]
    EMAIL_FIELD_NUMBER: _ClassVar[int]
    TEMPLATE_FIELD_NUMBER: _ClassVar[int]
    URL_FIELD_NUMBER: _ClassVar[int]
    VOICE_FIELD_NUMBER: _ClassVar[int]
    USSD_FIELD_NUMBER: _ClassVar[int]
    text: str
    media: MediaMessageBody
    location: LocationMessageBody
    email: EmailMessageBody
    template: TemplateMessageBody
    url: str
    voice: VoiceCallDialplanMessageBody
    ussd: UssdMenuMessageBody
    def __init__(self, text: _Optional[str] = ..., media: _Optional[_Union[MediaMessageBody, _Mapping[str, object]]] = ..., location: _Optional[_Union[LocationMessageBody, _Mapping[str, object]]] = ..., email: _Optional[_Union[EmailMessageBody, _Mapping[str, object]]] = ..., template: _Optional[_Union[TemplateMessageBody, _Mapping[str, object]]] = ..., url: _Optional[str] = ..., voice: _Optional[_Union[VoiceCallDialplanMessageBody, _Mapping[str, object]]] = ..., ussd: _Optional[_Union[UssdMenuMessageBody, _Mapping[str, object]]] = ...) -> None: ...

class PromptMessageMenuItemBody(_message.Message):
    __slots__ = ("text", "media")
    TEXT_FIELD_NUMBER: _ClassVar[int]
    MEDIA_FIELD_NUMBER: _ClassVar[int]
    text: str
    media: MediaMessageBody
    def __init__(self, text: _Optional[str] = ..., media: _Optional[_Union[MediaMessageBody, _Mapping[str, object]]] = ...) -> None: ...

class InboundMessageBody(_message.Message):
    __slots__ = ("text", "media", "location", "email", "voice", "ussd")
    TEXT_FIELD_NUMBER: _ClassVar[int]
    MEDIA_FIELD_NUMBER: _ClassVar[int]
    LOCATION_FIELD_NUMBER: _ClassVar[int]
    EMAIL_FIELD_NUMBER: _ClassVar[int]
    VOICE_FIELD_NUMBER: _ClassVar[int]
    USSD_FIELD_NUMBER: _ClassVar[int]
    text: str
    media: MediaMessageBody
    location: LocationMessageBody
    email: EmailMessageBody
    voice: VoiceCallInputMessageBody
    ussd: UssdInputMessageBody
    def __init__(self, text: _Optional[str] = ..., media: _Optional[_Union[MediaMessageBody, _Mapping[str, object]]] = ..., location: _Optional[_Union[LocationMessageBody, _Mapping[str, object]]] = ..., email: _Optional[_Union[EmailMessageBody, _Mapping[str, object]]] = ..., voice: _Optional[_Union[VoiceCallInputMessageBody, _Mapping[str, object]]] = ..., ussd: _Optional[_Union[UssdInputMessageBody, _Mapping[str, object]]] = ...) -> None: ...

class OutboundMessageReplyPrompt(_message.Message):
    __slots__ = ("action", "menu")
    ACTION_FIELD_NUMBER: _ClassVar[int]
    MENU_FIELD_NUMBER: _ClassVar[int]
    action: PromptMessageReplyAction
    menu: _containers.RepeatedCompositeFieldContainer[PromptMessageMenuItemBody]
    def __init__(self, action: _Optional[_Union[PromptMessageReplyAction, str]] = ..., menu: _Optional[_Iterable[_Union[PromptMessageMenuItemBody, _Mapping[str, object]]]] = ...) -> None: ...

class OutboundMessage(_message.Message):
    __slots__ = ("body", "labels", "provider_tag", "reply_token", "reply_prompt")
    BODY_FIELD_NUMBER: _ClassVar[int]
    LABELS_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_TAG_FIELD_NUMBER: _ClassVar[int]
    REPLY_TOKEN_FIELD_NUMBER: _ClassVar[int]
    REPLY_PROMPT_FIELD_NUMBER: _ClassVar[int]
    body: OutboundMessageBody
    labels: _containers.RepeatedScalarFieldContainer[str]
    provider_tag: _wrappers_pb2.StringValue
    reply_token: _wrappers_pb2.StringValue
    reply_prompt: OutboundMessageReplyPrompt
    def __init__(self, body: _Optional[_Union[OutboundMessageBody, _Mapping[str, object]]] = ..., labels: _Optional[_Iterable[str]] = ..., provider_tag: _Optional[_Union[_wrappers_pb2.StringValue, _Mapping[str, object]]] = ..., reply_token: _Optional[_Union[_wrappers_pb2.StringValue, _Mapping[str, object]]] = ..., reply_prompt: _Optional[_Union[OutboundMessageReplyPrompt, _Mapping[str, object]]] = ...) -> None: ...

class ReceivedMessage(_message.Message):
    __slots__ = ("customer_number", "channel_number", "message_id", "created_at", "session_id", "in_reply_to", "provider", "app_id", "parts", "cost", "provider_message_id")
    CUSTOMER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_NUMBER_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    IN_REPLY_TO_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_FIELD_NUMBER: _ClassVar[int]
    APP_ID_FIELD_NUMBER: _ClassVar[int]
    PARTS_FIELD_NUMBER: _ClassVar[int]
    COST_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    customer_number: _common_pb2.CustomerNumber
    channel_number: MessagingChannelNumber
    message_id: str
    created_at: _timestamp_pb2.Timestamp
    session_id: _wrappers_pb2.StringValue
    in_reply_to: _wrappers_pb2.StringValue
    provider: _common_pb2.ChannelNumberProvider
    app_id: _wrappers_pb2.StringValue
    parts: _containers.RepeatedCompositeFieldContainer[InboundMessageBody]
    cost: _common_pb2.Cash
    provider_message_id: _wrappers_pb2.StringValue
    def __init__(self, customer_number: _Optional[_Union[_common_pb2.CustomerNumber, _Mapping[str, object]]] = ..., channel_number: _Optional[_Union[MessagingChannelNumber, _Mapping[str, object]]] = ..., message_id: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ..., session_id: _Optional[_Union[_wrappers_pb2.StringValue, _Mapping[str, object]]] = ..., in_reply_to: _Optional[_Union[_wrappers_pb2.StringValue, _Mapping[str, object]]] = ..., provider: _Optional[_Union[_common_pb2.ChannelNumberProvider, str]] = ..., app_id: _Optional[_Union[_wrappers_pb2.StringValue, _Mapping[str, object]]] = ..., parts: _Optional[_Iterable[_Union[InboundMessageBody, _Mapping[str, object]]]] = ..., cost: _Optional[_Union[_common_pb2.Cash, _Mapping[str, object]]] = ..., provider_message_id: _Optional[_Union[_wrappers_pb2.StringValue, _Mapping[str, object]]] = ...) -> None: ...

class SentMessage(_message.Message):
    __slots__ = ("customer_number", "channel_number", "message_id", "created_at", "session_id", "in_reply_to", "provider", "app_id", "updated_at", "status", "reactions", "message", "cost", "provider_message_id")
    CUSTOMER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_NUMBER_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    IN_REPLY_TO_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_FIELD_NUMBER: _ClassVar[int]
    APP_ID_FIELD_NUMBER: _ClassVar[int]
    UPDATED_AT_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    REACTIONS_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    COST_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    customer_number: _common_pb2.CustomerNumber
    channel_number: MessagingChannelNumber
    message_id: str
    created_at: _timestamp_pb2.Timestamp
    session_id: _wrappers_pb2.StringValue
    in_reply_to: _wrappers_pb2.StringValue
    provider: _common_pb2.ChannelNumberProvider
    app_id: _wrappers_pb2.StringValue
    updated_at: _timestamp_pb2.Timestamp
    status: MessageDeliveryStatus
    reactions: _containers.RepeatedCompositeFieldContainer[MessageReactionState]
    message: OutboundMessage
    cost: _common_pb2.Cash
    provider_message_id: _wrappers_pb2.StringValue
    def __init__(self, customer_number: _Optional[_Union[_common_pb2.CustomerNumber, _Mapping[str, object]]] = ..., channel_number: _Optional[_Union[MessagingChannelNumber, _Mapping[str, object]]] = ..., message_id: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ..., session_id: _Optional[_Union[_wrappers_pb2.StringValue, _Mapping[str, object]]] = ..., in_reply_to: _Optional[_Union[_wrappers_pb2.StringValue, _Mapping[str, object]]] = ..., provider: _Optional[_Union[_common_pb2.ChannelNumberProvider, str]] = ..., app_id: _Optional[_Union[_wrappers_pb2.StringValue, _Mapping[str, object]]] = ..., updated_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ..., status: _Optional[_Union[MessageDeliveryStatus, str]] = ..., reactions: _Optional[_Iterable[_Union[MessageReactionState, _Mapping[str, object]]]] = ..., message: _Optional[_Union[OutboundMessage, _Mapping[str, object]]] = ..., cost: _Optional[_Union[_common_pb2.Cash, _Mapping[str, object]]] = ..., provider_message_id: _Optional[_Union[_wrappers_pb2.StringValue, _Mapping[str, object]]] = ...) -> None: ...

class MessageReactionState(_message.Message):
    __slots__ = ("created_at", "reaction")
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    REACTION_FIELD_NUMBER: _ClassVar[int]
    created_at: _timestamp_pb2.Timestamp
    reaction: MessageReaction
    def __init__(self, created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ..., reaction: _Optional[_Union[MessageReaction, str]] = ...) -> None: ...

class MessageReplyToken(_message.Message):
    __slots__ = ("token", "expires_at")
    TOKEN_FIELD_NUMBER: _ClassVar[int]
    EXPIRES_AT_FIELD_NUMBER: _ClassVar[int]
    token: str
    expires_at: _timestamp_pb2.Timestamp
    def __init__(self, token: _Optional[str] = ..., expires_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ...) -> None: ...

class ChannelMessage(_message.Message):
    __slots__ = ("received", "sent")
    RECEIVED_FIELD_NUMBER: _ClassVar[int]
    SENT_FIELD_NUMBER: _ClassVar[int]
    received: ReceivedMessage
    sent: SentMessage
    def __init__(self, received: _Optional[_Union[ReceivedMessage, _Mapping[str, object]]] = ..., sent: _Optional[_Union[SentMessage, _Mapping[str, object]]] = ...) -> None: ...

class CompleteMessagingSession(_message.Message):
    __slots__ = ("customer_number", "channel_number", "session_id", "started_at", "duration", "app_ids", "end_reason", "cost", "provider_session_id")
    CUSTOMER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_NUMBER_FIELD_NUMBER: _ClassVar[int]
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    STARTED_AT_FIELD_NUMBER: _ClassVar[int]
    DURATION_FIELD_NUMBER: _ClassVar[int]
    APP_IDS_FIELD_NUMBER: _ClassVar[int]
    END_REASON_FIELD_NUMBER: _ClassVar[int]
    COST_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    customer_number: _common_pb2.CustomerNumber
    channel_number: MessagingChannelNumber
    session_id: str
    started_at: _timestamp_pb2.Timestamp
    duration: _duration_pb2.Duration
    app_ids: _containers.RepeatedScalarFieldContainer[str]
    end_reason: MessagingSessionEndReason
    cost: _common_pb2.Cash
    provider_session_id: _wrappers_pb2.StringValue
    def __init__(self, customer_number: _Optional[_Union[_common_pb2.CustomerNumber, _Mapping[str, object]]] = ..., channel_number: _Optional[_Union[MessagingChannelNumber, _Mapping[str, object]]] = ..., session_id: _Optional[str] = ..., started_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ..., duration: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping[str, object]]] = ..., app_ids: _Optional[_Iterable[str]] = ..., end_reason: _Optional[_Union[MessagingSessionEndReason, str]] = ..., cost: _Optional[_Union[_common_pb2.Cash, _Mapping[str, object]]] = ..., provider_session_id: _Optional[_Union[_wrappers_pb2.StringValue, _Mapping[str, object]]] = ...) -> None: ...

class BlockedMessagingChannelState(_message.Message):
    __slots__ = ("customer_number", "channel_number", "reply_token", "blocked_at")
    CUSTOMER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_NUMBER_FIELD_NUMBER: _ClassVar[int]
    REPLY_TOKEN_FIELD_NUMBER: _ClassVar[int]
    BLOCKED_AT_FIELD_NUMBER: _ClassVar[int]
    customer_number: _common_pb2.CustomerNumber
    channel_number: MessagingChannelNumber
    reply_token: MessageReplyToken
    blocked_at: _timestamp_pb2.Timestamp
    def __init__(self, customer_number: _Optional[_Union[_common_pb2.CustomerNumber, _Mapping[str, object]]] = ..., channel_number: _Optional[_Union[MessagingChannelNumber, _Mapping[str, object]]] = ..., reply_token: _Optional[_Union[MessageReplyToken, _Mapping[str, object]]] = ..., blocked_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ...) -> None: ...

class ActiveMessagingChannelState(_message.Message):
    __slots__ = ("customer_number", "channel_number", "reply_token", "allowed_at")
    CUSTOMER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_NUMBER_FIELD_NUMBER: _ClassVar[int]
    REPLY_TOKEN_FIELD_NUMBER: _ClassVar[int]
    ALLOWED_AT_FIELD_NUMBER: _ClassVar[int]
    customer_number: _common_pb2.CustomerNumber
    channel_number: MessagingChannelNumber
    reply_token: MessageReplyToken
    allowed_at: _timestamp_pb2.Timestamp
    def __init__(self, customer_number: _Optional[_Union[_common_pb2.CustomerNumber, _Mapping[str, object]]] = ..., channel_number: _Optional[_Union[MessagingChannelNumber, _Mapping[str, object]]] = ..., reply_token: _Optional[_Union[MessageReplyToken, _Mapping[str, object]]] = ..., allowed_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ...) -> None: ...

class InSessionMessagingChannelState(_message.Message):
    __slots__ = ("customer_number", "channel_number", "reply_token", "allowed_at", "session_id", "started_at", "expires_at", "app_ids", "provider_session_id")
    CUSTOMER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_NUMBER_FIELD_NUMBER: _ClassVar[int]
    REPLY_TOKEN_FIELD_NUMBER: _ClassVar[int]
    ALLOWED_AT_FIELD_NUMBER: _ClassVar[int]
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    STARTED_AT_FIELD_NUMBER: _ClassVar[int]
    EXPIRES_AT_FIELD_NUMBER: _ClassVar[int]
    APP_IDS_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    customer_number: _common_pb2.CustomerNumber
    channel_number: MessagingChannelNumber
    reply_token: MessageReplyToken
    allowed_at: _timestamp_pb2.Timestamp
    session_id: str
    started_at: _timestamp_pb2.Timestamp
    expires_at: _timestamp_pb2.Timestamp
    app_ids: _containers.RepeatedScalarFieldContainer[str]
    provider_session_id: _wrappers_pb2.StringValue
    def __init__(self, customer_number: _Optional[_Union[_common_pb2.CustomerNumber, _Mapping[str, object]]] = ..., channel_number: _Optional[_Union[MessagingChannelNumber, _Mapping[str, object]]] = ..., reply_token: _Optional[_Union[MessageReplyToken, _Mapping[str, object]]] = ..., allowed_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ..., session_id: _Optional[str] = ..., started_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ..., expires_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ..., app_ids: _Optional[_Iterable[str]] = ..., provider_session_id: _Optional[_Union[_wrappers_pb2.StringValue, _Mapping[str, object]]] = ...) -> None: ...

class MessagingChannelState(_message.Message):
    __slots__ = ("blocked", "active", "in_session")
    BLOCKED_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_FIELD_NUMBER: _ClassVar[int]
    IN_SESSION_FIELD_NUMBER: _ClassVar[int]
    blocked: BlockedMessagingChannelState
    active: ActiveMessagingChannelState
    in_session: InSessionMessagingChannelState
    def __init__(self, blocked: _Optional[_Union[BlockedMessagingChannelState, _Mapping[str, object]]] = ..., active: _Optional[_Union[ActiveMessagingChannelState, _Mapping[str, object]]] = ..., in_session: _Optional[_Union[InSessionMessagingChannelState, _Mapping[str, object]]] = ...) -> None: ...

class MessagingState(_message.Message):
    __slots__ = ("channels", "messages", "sessions")
    CHANNELS_FIELD_NUMBER: _ClassVar[int]
    MESSAGES_FIELD_NUMBER: _ClassVar[int]
    SESSIONS_FIELD_NUMBER: _ClassVar[int]
    channels: _containers.RepeatedCompositeFieldContainer[MessagingChannelState]
    messages: _containers.RepeatedCompositeFieldContainer[ChannelMessage]
    sessions: _containers.RepeatedCompositeFieldContainer[CompleteMessagingSession]
    def __init__(self, channels: _Optional[_Iterable[_Union[MessagingChannelState, _Mapping[str, object]]]] = ..., messages: _Optional[_Iterable[_Union[ChannelMessage, _Mapping[str, object]]]] = ..., sessions: _Optional[_Iterable[_Union[CompleteMessagingSession, _Mapping[str, object]]]] = ...) -> None: ...

class MessageStatusUpdate(_message.Message):
    __slots__ = ("message_id", "updated_at", "status", "cost")
    MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    UPDATED_AT_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    COST_FIELD_NUMBER: _ClassVar[int]
    message_id: str
    updated_at: _timestamp_pb2.Timestamp
    status: MessageDeliveryStatus
    cost: _common_pb2.Cash
    def __init__(self, message_id: _Optional[str] = ..., updated_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ..., status: _Optional[_Union[MessageDeliveryStatus, str]] = ..., cost: _Optional[_Union[_common_pb2.Cash, _Mapping[str, object]]] = ...) -> None: ...

class MessageSessionUpdate(_message.Message):
    __slots__ = ("session_id", "started_at", "duration", "reason", "cost")
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    STARTED_AT_FIELD_NUMBER: _ClassVar[int]
    DURATION_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    COST_FIELD_NUMBER: _ClassVar[int]
    session_id: str
    started_at: _timestamp_pb2.Timestamp
    duration: _duration_pb2.Duration
    reason: MessagingSessionEndReason
    cost: _common_pb2.Cash
    def __init__(self, session_id: _Optional[str] = ..., started_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ..., duration: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping[str, object]]] = ..., reason: _Optional[_Union[MessagingSessionEndReason, str]] = ..., cost: _Optional[_Union[_common_pb2.Cash, _Mapping[str, object]]] = ...) -> None: ...
