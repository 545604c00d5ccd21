# generated from proto/elarian/common.proto by `python -m codegen`; do not edit.
import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf import wrappers_pb2 as _wrappers_pb2
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class CustomerNumberProvider(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CUSTOMER_NUMBER_PROVIDER_UNSPECIFIED: _ClassVar[CustomerNumberProvider]
    CUSTOMER_NUMBER_PROVIDER_FACEBOOK: _ClassVar[CustomerNumberProvider]
    CUSTOMER_NUMBER_PROVIDER_CELLULAR: _ClassVar[CustomerNumberProvider]
    CUSTOMER_NUMBER_PROVIDER_TELEGRAM: _ClassVar[CustomerNumberProvider]
    CUSTOMER_NUMBER_PROVIDER_APP: _ClassVar[CustomerNumberProvider]
    CUSTOMER_NUMBER_PROVIDER_EMAIL: _ClassVar[CustomerNumberProvider]

class ChannelNumberProvider(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CHANNEL_NUMBER_PROVIDER_UNSPECIFIED: _ClassVar[ChannelNumberProvider]
    CHANNEL_NUMBER_PROVIDER_AT: _ClassVar[ChannelNumberProvider]
    CHANNEL_NUMBER_PROVIDER_TWILIO: _ClassVar[ChannelNumberProvider]
    CHANNEL_NUMBER_PROVIDER_MAILGUN: _ClassVar[ChannelNumberProvider]
    CHANNEL_NUMBER_PROVIDER_FACEBOOK: _ClassVar[ChannelNumberProvider]
    CHANNEL_NUMBER_PROVIDER_TELEGRAM: _ClassVar[ChannelNumberProvider]

class MediaType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    MEDIA_TYPE_UNSPECIFIED: _ClassVar[MediaType]
    MEDIA_TYPE_IMAGE: _ClassVar[MediaType]
    MEDIA_TYPE_AUDIO: _ClassVar[MediaType]
    MEDIA_TYPE_VIDEO: _ClassVar[MediaType]
    MEDIA_TYPE_DOCUMENT: _ClassVar[MediaType]
    MEDIA_TYPE_VOICE: _ClassVar[MediaType]
    MEDIA_TYPE_STICKER: _ClassVar[MediaType]
    MEDIA_TYPE_CONTACT: _ClassVar[MediaType]

class CustomerEventDirection(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CUSTOMER_EVENT_DIRECTION_UNSPECIFIED: _ClassVar[CustomerEventDirection]
    CUSTOMER_EVENT_DIRECTION_INBOUND: _ClassVar[CustomerEventDirection]
    CUSTOMER_EVENT_DIRECTION_OUTBOUND: _ClassVar[CustomerEventDirection]

class CustomerRequestOrigin(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CUSTOMER_REQUEST_ORIGIN_UNSPECIFIED: _ClassVar[CustomerRequestOrigin]
    CUSTOMER_REQUEST_ORIGIN_API_REQUEST: _ClassVar[CustomerRequestOrigin]
    CUSTOMER_REQUEST_ORIGIN_CUSTOMER_TAG: _ClassVar[CustomerRequestOrigin]
    CUSTOMER_REQUEST_ORIGIN_REPLAY: _ClassVar[CustomerRequestOrigin]
CUSTOMER_NUMBER_PROVIDER_UNSPECIFIED: CustomerNumberProvider
CUSTOMER_NUMBER_PROVIDER_FACEBOOK: CustomerNumberProvider
CUSTOMER_NUMBER_PROVIDER_CELLULAR: CustomerNumberProvider
CUSTOMER_NUMBER_PROVIDER_TELEGRAM: CustomerNumberProvider
CUSTOMER_NUMBER_PROVIDER_APP: CustomerNumberProvider
CUSTOMER_NUMBER_PROVIDER_EMAIL: CustomerNumberProvider
CHANNEL_NUMBER_PROVIDER_UNSPECIFIED: ChannelNumberProvider
CHANNEL_NUMBER_PROVIDER_AT: ChannelNumberProvider
CHANNEL_NUMBER_PROVIDER_TWILIO: ChannelNumberProvider
CHANNEL_NUMBER_PROVIDER_MAILGUN: ChannelNumberProvider
CHANNEL_NUMBER_PROVIDER_FACEBOOK: ChannelNumberProvider
CHANNEL_NUMBER_PROVIDER_TELEGRAM: ChannelNumberProvider
MEDIA_TYPE_UNSPECIFIED: MediaType
MEDIA_TYPE_IMAGE: MediaType
MEDIA_TYPE_AUDIO: MediaType
MEDIA_TYPE_VIDEO: MediaType
MEDIA_TYPE_DOCUMENT: MediaType
MEDIA_TYPE_VOICE: MediaType
MEDIA_TYPE_STICKER: MediaType
MEDIA_TYPE_CONTACT: MediaType
CUSTOMER_EVENT_DIRECTION_UNSPECIFIED: CustomerEventDirection
CUSTOMER_EVENT_DIRECTION_INBOUND: CustomerEventDirection
CUSTOMER_EVENT_DIRECTION_OUTBOUND: CustomerEventDirection
CUSTOMER_REQUEST_ORIGIN_UNSPECIFIED: CustomerRequestOrigin
CUSTOMER_REQUEST_ORIGIN_API_REQUEST: CustomerRequestOrigin
CUSTOMER_REQUEST_ORIGIN_CUSTOMER_TAG: CustomerRequestOrigin
CUSTOMER_REQUEST_ORIGIN_REPLAY: CustomerRequestOrigin

class DataMapValue(_message.Message):
    __slots__ = ("string_val", "bytes_val")
    STRING_VAL_FIELD_NUMBER: _ClassVar[int]
    BYTES_VAL_FIELD_NUMBER: _ClassVar[int]
    string_val: str
    bytes_val: bytes
    def __init__(self, string_val: _Optional[str] = ..., bytes_val: _Optional[bytes] = ...) -> None: ...

class Cash(_message.Message):
    __slots__ = ("currency_code", "amount")
    CURRENCY_CODE_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    currency_code: str
    amount: float
    def __init__(self, currency_code: _Optional[str] = ..., amount: _Optional[float] = ...) -> None: ...

class IndexMapping(_message.Message):
    __slots__ = ("key", "value")
    KEY_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    key: str
    value: _wrappers_pb2.StringValue
    def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[_wrappers_pb2.StringValue, _Mapping[str, object]]] = ...) -> None: ...

class CustomerIndex(_message.Message):
    __slots__ = ("mapping", "expires_at")
    MAPPING_FIELD_NUMBER: _ClassVar[int]
    EXPIRES_AT_FIELD_NUMBER: _ClassVar[int]
    mapping: IndexMapping
    expires_at: _timestamp_pb2.Timestamp
    def __init__(self, mapping: _Optional[_Union[IndexMapping, _Mapping[str, object]]] = ..., expires_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ...) -> None: ...

class AppConnectionProps(_message.Message):
    __slots__ = ("connection_id", "connection_time", "ip_address", "simplex_mode")
    CONNECTION_ID_FIELD_NUMBER: _ClassVar[int]
    CONNECTION_TIME_FIELD_NUMBER: _ClassVar[int]
    IP_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    SIMPLEX_MODE_FIELD_NUMBER: _ClassVar[int]
    connection_id: str
    connection_time: _timestamp_pb2.Timestamp
    ip_address: _wrappers_pb2.StringValue
    simplex_mode: bool
    def __init__(self, connection_id: _Optional[str] = ..., connection_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ..., ip_address: _Optional[_Union[_wrappers_pb2.StringValue, _Mapping[str, object]]] = ..., simplex_mode: _Optional[bool] = ...) -> None: ...

class CustomerNumber(_message.Message):
    __slots__ = ("provider", "number", "partition")
    PROVIDER_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    PARTITION_FIELD_NUMBER: _ClassVar[int]
    provider: CustomerNumberProvider
    number: str
    partition: _wrappers_pb2.StringValue
    def __init__(self, provider: _Optional[_Union[CustomerNumberProvider, str]] = ..., number: _Optional[str] = ..., partition: _Optional[_Union[_wrappers_pb2.StringValue, _Mapping[str, object]]] = ...) -> None: ...
