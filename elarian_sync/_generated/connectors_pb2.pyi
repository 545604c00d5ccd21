# generated from proto/elarian/connectors.proto by `python -m codegen`; do not edit.
import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class WebhookDeliveryStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    WEBHOOK_DELIVERY_STATUS_UNSPECIFIED: _ClassVar[WebhookDeliveryStatus]
    WEBHOOK_DELIVERY_STATUS_PENDING: _ClassVar[WebhookDeliveryStatus]
    WEBHOOK_DELIVERY_STATUS_DELIVERED: _ClassVar[WebhookDeliveryStatus]
    WEBHOOK_DELIVERY_STATUS_FAILED: _ClassVar[WebhookDeliveryStatus]

class InboundEventStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    INBOUND_EVENT_STATUS_UNSPECIFIED: _ClassVar[InboundEventStatus]
    INBOUND_EVENT_STATUS_QUEUED: _ClassVar[InboundEventStatus]
    INBOUND_EVENT_STATUS_APPLIED: _ClassVar[InboundEventStatus]
    INBOUND_EVENT_STATUS_IGNORED: _ClassVar[InboundEventStatus]
    INBOUND_EVENT_STATUS_FAILED: _ClassVar[InboundEventStatus]
WEBHOOK_DELIVERY_STATUS_UNSPECIFIED: WebhookDeliveryStatus
WEBHOOK_DELIVERY_STATUS_PENDING: WebhookDeliveryStatus
WEBHOOK_DELIVERY_STATUS_DELIVERED: WebhookDeliveryStatus
WEBHOOK_DELIVERY_STATUS_FAILED: WebhookDeliveryStatus
INBOUND_EVENT_STATUS_UNSPECIFIED: InboundEventStatus
INBOUND_EVENT_STATUS_QUEUED: InboundEventStatus
INBOUND_EVENT_STATUS_APPLIED: InboundEventStatus
INBOUND_EVENT_STATUS_IGNORED: InboundEventStatus
INBOUND_EVENT_STATUS_FAILED: InboundEventStatus

class WebhookConnector(_message.Message):
    __slots__ = ("name", "url", "events", "identities", "timeout", "threads", "from_config", "secret_set", "failing_since", "disabled_at", "pending", "delivered", "failed")
    NAME_FIELD_NUMBER: _ClassVar[int]
    URL_FIELD_NUMBER: _ClassVar[int]
    EVENTS_FIELD_NUMBER: _ClassVar[int]
    IDENTITIES_FIELD_NUMBER: _ClassVar[int]
    TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    THREADS_FIELD_NUMBER: _ClassVar[int]
    FROM_CONFIG_FIELD_NUMBER: _ClassVar[int]
    SECRET_SET_FIELD_NUMBER: _ClassVar[int]
    FAILING_SINCE_FIELD_NUMBER: _ClassVar[int]
    DISABLED_AT_FIELD_NUMBER: _ClassVar[int]
    PENDING_FIELD_NUMBER: _ClassVar[int]
    DELIVERED_FIELD_NUMBER: _ClassVar[int]
    FAILED_FIELD_NUMBER: _ClassVar[int]
    name: str
    url: str
    events: _containers.RepeatedScalarFieldContainer[str]
    identities: _containers.RepeatedScalarFieldContainer[str]
    timeout: float
    threads: int
    from_config: bool
    secret_set: bool
    failing_since: _timestamp_pb2.Timestamp
    disabled_at: _timestamp_pb2.Timestamp
    pending: int
    delivered: int
    failed: int
    def __init__(self, name: _Optional[str] = ..., url: _Optional[str] = ..., events: _Optional[_Iterable[str]] = ..., identities: _Optional[_Iterable[str]] = ..., timeout: _Optional[float] = ..., threads: _Optional[int] = ..., from_config: _Optional[bool] = ..., secret_set: _Optional[bool] = ..., failing_since: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ..., disabled_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ..., pending: _Optional[int] = ..., delivered: _Optional[int] = ..., failed: _Optional[int] = ...) -> None: ...

class InboundConnector(_message.Message):
    __slots__ = ("name", "auth", "audiences", "create_customers")
    NAME_FIELD_NUMBER: _ClassVar[int]
    AUTH_FIELD_NUMBER: _ClassVar[int]
    AUDIENCES_FIELD_NUMBER: _ClassVar[int]
    CREATE_CUSTOMERS_FIELD_NUMBER: _ClassVar[int]
    name: str
    auth: str
    audiences: _containers.RepeatedScalarFieldContainer[str]
    create_customers: bool
    def __init__(self, name: _Optional[str] = ..., auth: _Optional[str] = ..., audiences: _Optional[_Iterable[str]] = ..., create_customers: _Optional[bool] = ...) -> None: ...

class ListConnectorsCommand(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ConnectorsReply(_message.Message):
    __slots__ = ("status", "description", "webhooks", "inbound")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    WEBHOOKS_FIELD_NUMBER: _ClassVar[int]
    INBOUND_FIELD_NUMBER: _ClassVar[int]
    status: bool
    description: str
    webhooks: _containers.RepeatedCompositeFieldContainer[WebhookConnector]
    inbound: _containers.RepeatedCompositeFieldContainer[InboundConnector]
    def __init__(self, status: _Optional[bool] = ..., description: _Optional[str] = ..., webhooks: _Optional[_Iterable[_Union[WebhookConnector, _Mapping[str, object]]]] = ..., inbound: _Optional[_Iterable[_Union[InboundConnector, _Mapping[str, object]]]] = ...) -> None: ...

class SetWebhookConnectorCommand(_message.Message):
    __slots__ = ("connector", "secret")
    CONNECTOR_FIELD_NUMBER: _ClassVar[int]
    SECRET_FIELD_NUMBER: _ClassVar[int]
    connector: WebhookConnector
    secret: str
    def __init__(self, connector: _Optional[_Union[WebhookConnector, _Mapping[str, object]]] = ..., secret: _Optional[str] = ...) -> None: ...

class DeleteWebhookConnectorCommand(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class EnableWebhookConnectorCommand(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class WebhookDelivery(_message.Message):
    __slots__ = ("webhook_id", "event_type", "customer_id", "created_at", "attempts", "status", "last_code", "last_error", "next_attempt", "settled_at", "body")
    WEBHOOK_ID_FIELD_NUMBER: _ClassVar[int]
    EVENT_TYPE_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_ID_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    ATTEMPTS_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    LAST_CODE_FIELD_NUMBER: _ClassVar[int]
    LAST_ERROR_FIELD_NUMBER: _ClassVar[int]
    NEXT_ATTEMPT_FIELD_NUMBER: _ClassVar[int]
    SETTLED_AT_FIELD_NUMBER: _ClassVar[int]
    BODY_FIELD_NUMBER: _ClassVar[int]
    webhook_id: str
    event_type: str
    customer_id: str
    created_at: _timestamp_pb2.Timestamp
    attempts: int
    status: WebhookDeliveryStatus
    last_code: int
    last_error: str
    next_attempt: _timestamp_pb2.Timestamp
    settled_at: _timestamp_pb2.Timestamp
    body: str
    def __init__(self, webhook_id: _Optional[str] = ..., event_type: _Optional[str] = ..., customer_id: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ..., attempts: _Optional[int] = ..., status: _Optional[_Union[WebhookDeliveryStatus, str]] = ..., last_code: _Optional[int] = ..., last_error: _Optional[str] = ..., next_attempt: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ..., settled_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ..., body: _Optional[str] = ...) -> None: ...

class ListWebhookDeliveriesCommand(_message.Message):
    __slots__ = ("connector", "status", "since", "until", "cursor", "limit")
    CONNECTOR_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    SINCE_FIELD_NUMBER: _ClassVar[int]
    UNTIL_FIELD_NUMBER: _ClassVar[int]
    CURSOR_FIELD_NUMBER: _ClassVar[int]
    LIMIT_FIELD_NUMBER: _ClassVar[int]
    connector: str
    status: WebhookDeliveryStatus
    since: _timestamp_pb2.Timestamp
    until: _timestamp_pb2.Timestamp
    cursor: str
    limit: int
    def __init__(self, connector: _Optional[str] = ..., status: _Optional[_Union[WebhookDeliveryStatus, str]] = ..., since: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ..., until: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ..., cursor: _Optional[str] = ..., limit: _Optional[int] = ...) -> None: ...

class WebhookDeliveriesReply(_message.Message):
    __slots__ = ("status", "description", "deliveries", "next_cursor")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    DELIVERIES_FIELD_NUMBER: _ClassVar[int]
    NEXT_CURSOR_FIELD_NUMBER: _ClassVar[int]
    status: bool
    description: str
    deliveries: _containers.RepeatedCompositeFieldContainer[WebhookDelivery]
    next_cursor: str
    def __init__(self, status: _Optional[bool] = ..., description: _Optional[str] = ..., deliveries: _Optional[_Iterable[_Union[WebhookDelivery, _Mapping[str, object]]]] = ..., next_cursor: _Optional[str] = ...) -> None: ...

class ReplayWebhookDeliveriesCommand(_message.Message):
    __slots__ = ("connector", "webhook_ids", "since", "until")
    CONNECTOR_FIELD_NUMBER: _ClassVar[int]
    WEBHOOK_IDS_FIELD_NUMBER: _ClassVar[int]
    SINCE_FIELD_NUMBER: _ClassVar[int]
    UNTIL_FIELD_NUMBER: _ClassVar[int]
    connector: str
    webhook_ids: _containers.RepeatedScalarFieldContainer[str]
    since: _timestamp_pb2.Timestamp
    until: _timestamp_pb2.Timestamp
    def __init__(self, connector: _Optional[str] = ..., webhook_ids: _Optional[_Iterable[str]] = ..., since: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ..., until: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ...) -> None: ...

class ConnectorCountReply(_message.Message):
    __slots__ = ("status", "description", "count")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    COUNT_FIELD_NUMBER: _ClassVar[int]
    status: bool
    description: str
    count: int
    def __init__(self, status: _Optional[bool] = ..., description: _Optional[str] = ..., count: _Optional[int] = ...) -> None: ...

class InboundEvent(_message.Message):
    __slots__ = ("event_id", "connector", "audience", "action", "status", "customer_id", "outcome", "received_at", "settled_at")
    EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    CONNECTOR_FIELD_NUMBER: _ClassVar[int]
    AUDIENCE_FIELD_NUMBER: _ClassVar[int]
    ACTION_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_ID_FIELD_NUMBER: _ClassVar[int]
    OUTCOME_FIELD_NUMBER: _ClassVar[int]
    RECEIVED_AT_FIELD_NUMBER: _ClassVar[int]
    SETTLED_AT_FIELD_NUMBER: _ClassVar[int]
    event_id: str
    connector: str
    audience: str
    action: str
    status: InboundEventStatus
    customer_id: str
    outcome: str
    received_at: _timestamp_pb2.Timestamp
    settled_at: _timestamp_pb2.Timestamp
    def __init__(self, event_id: _Optional[str] = ..., connector: _Optional[str] = ..., audience: _Optional[str] = ..., action: _Optional[str] = ..., status: _Optional[_Union[InboundEventStatus, str]] = ..., customer_id: _Optional[str] = ..., outcome: _Optional[str] = ..., received_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ..., settled_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ...) -> None: ...

class GetInboundEventCommand(_message.Message):
    __slots__ = ("connector", "event_id")
    CONNECTOR_FIELD_NUMBER: _ClassVar[int]
    EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    connector: str
    event_id: str
    def __init__(self, connector: _Optional[str] = ..., event_id: _Optional[str] = ...) -> None: ...

class InboundEventReply(_message.Message):
    __slots__ = ("status", "description", "event")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    EVENT_FIELD_NUMBER: _ClassVar[int]
    status: bool
    description: str
    event: InboundEvent
    def __init__(self, status: _Optional[bool] = ..., description: _Optional[str] = ..., event: _Optional[_Union[InboundEvent, _Mapping[str, object]]] = ...) -> None: ...

class ReplayInboundEventCommand(_message.Message):
    __slots__ = ("connector", "event_id")
    CONNECTOR_FIELD_NUMBER: _ClassVar[int]
    EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    connector: str
    event_id: str
    def __init__(self, connector: _Optional[str] = ..., event_id: _Optional[str] = ...) -> None: ...
