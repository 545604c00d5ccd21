# generated from proto/elarian/app.proto by `python -m codegen`; do not edit.
import datetime

from google.protobuf import duration_pb2 as _duration_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf import wrappers_pb2 as _wrappers_pb2
from . import common_pb2 as _common_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class CustomerReminder(_message.Message):
    __slots__ = ("key", "remind_at", "interval", "payload")
    KEY_FIELD_NUMBER: _ClassVar[int]
    REMIND_AT_FIELD_NUMBER: _ClassVar[int]
    INTERVAL_FIELD_NUMBER: _ClassVar[int]
    PAYLOAD_FIELD_NUMBER: _ClassVar[int]
    key: str
    remind_at: _timestamp_pb2.Timestamp
    interval: _duration_pb2.Duration
    payload: _wrappers_pb2.StringValue
    def __init__(self, key: _Optional[str] = ..., remind_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ..., interval: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping[str, object]]] = ..., payload: _Optional[_Union[_wrappers_pb2.StringValue, _Mapping[str, object]]] = ...) -> None: ...

class AppState(_message.Message):
    __slots__ = ("data", "reminders")
    DATA_FIELD_NUMBER: _ClassVar[int]
    REMINDERS_FIELD_NUMBER: _ClassVar[int]
    data: _common_pb2.DataMapValue
    reminders: _containers.RepeatedCompositeFieldContainer[CustomerReminder]
    def __init__(self, data: _Optional[_Union[_common_pb2.DataMapValue, _Mapping[str, object]]] = ..., reminders: _Optional[_Iterable[_Union[CustomerReminder, _Mapping[str, object]]]] = ...) -> None: ...
