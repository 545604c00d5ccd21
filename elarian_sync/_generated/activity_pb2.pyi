# generated from proto/elarian/activity.proto by `python -m codegen`; do not edit.
import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from . import common_pb2 as _common_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class CustomerActivity(_message.Message):
    __slots__ = ("key", "properties", "created_at")
    class PropertiesEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    KEY_FIELD_NUMBER: _ClassVar[int]
    PROPERTIES_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    key: str
    properties: _containers.ScalarMap[str, str]
    created_at: _timestamp_pb2.Timestamp
    def __init__(self, key: _Optional[str] = ..., properties: _Optional[_Mapping[str, str]] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ...) -> None: ...

class ActivitySessionState(_message.Message):
    __slots__ = ("customer_number", "source", "session_id", "app_id", "activities", "created_at", "updated_at")
    CUSTOMER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    APP_ID_FIELD_NUMBER: _ClassVar[int]
    ACTIVITIES_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    UPDATED_AT_FIELD_NUMBER: _ClassVar[int]
    customer_number: _common_pb2.CustomerNumber
    source: str
    session_id: str
    app_id: str
    activities: _containers.RepeatedCompositeFieldContainer[CustomerActivity]
    created_at: _timestamp_pb2.Timestamp
    updated_at: _timestamp_pb2.Timestamp
    def __init__(self, customer_number: _Optional[_Union[_common_pb2.CustomerNumber, _Mapping[str, object]]] = ..., source: _Optional[str] = ..., session_id: _Optional[str] = ..., app_id: _Optional[str] = ..., activities: _Optional[_Iterable[_Union[CustomerActivity, _Mapping[str, object]]]] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ..., updated_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ...) -> None: ...

class ActivityState(_message.Message):
    __slots__ = ("sessions", "customer_numbers")
    SESSIONS_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_NUMBERS_FIELD_NUMBER: _ClassVar[int]
    sessions: _containers.RepeatedCompositeFieldContainer[ActivitySessionState]
    customer_numbers: _containers.RepeatedCompositeFieldContainer[_common_pb2.CustomerNumber]
    def __init__(self, sessions: _Optional[_Iterable[_Union[ActivitySessionState, _Mapping[str, object]]]] = ..., customer_numbers: _Optional[_Iterable[_Union[_common_pb2.CustomerNumber, _Mapping[str, object]]]] = ...) -> None: ...
