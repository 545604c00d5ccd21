# generated from proto/elarian/identity.proto by `python -m codegen`; do not edit.
from . import common_pb2 as _common_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class IdentityState(_message.Message):
    __slots__ = ("tags", "metadata", "secondary_ids")
    class MetadataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: _common_pb2.DataMapValue
        def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[_common_pb2.DataMapValue, _Mapping[str, object]]] = ...) -> None: ...
    TAGS_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    SECONDARY_IDS_FIELD_NUMBER: _ClassVar[int]
    tags: _containers.RepeatedCompositeFieldContainer[_common_pb2.CustomerIndex]
    metadata: _containers.MessageMap[str, _common_pb2.DataMapValue]
    secondary_ids: _containers.RepeatedCompositeFieldContainer[_common_pb2.CustomerIndex]
    def __init__(self, tags: _Optional[_Iterable[_Union[_common_pb2.CustomerIndex, _Mapping[str, object]]]] = ..., metadata: _Optional[_Mapping[str, _common_pb2.DataMapValue]] = ..., secondary_ids: _Optional[_Iterable[_Union[_common_pb2.CustomerIndex, _Mapping[str, object]]]] = ...) -> None: ...
