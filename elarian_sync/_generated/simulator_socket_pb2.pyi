# generated from proto/elarian/simulator_socket.proto by `python -m codegen`; do not edit.
import datetime

from google.protobuf import duration_pb2 as _duration_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf import wrappers_pb2 as _wrappers_pb2
from . import common_pb2 as _common_pb2
from . import messaging_pb2 as _messaging_pb2
from . import payment_pb2 as _payment_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class SimulatorToServerCommand(_message.Message):
    __slots__ = ("receive_message", "receive_payment", "update_payment_status", "idempotency_key")
    RECEIVE_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    RECEIVE_PAYMENT_FIELD_NUMBER: _ClassVar[int]
    UPDATE_PAYMENT_STATUS_FIELD_NUMBER: _ClassVar[int]
    IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
    receive_message: ReceiveMessageSimulatorCommand
    receive_payment: ReceivePaymentSimulatorCommand
    update_payment_status: UpdatePaymentStatusSimulatorCommand
    idempotency_key: str
    def __init__(self, receive_message: _Optional[_Union[ReceiveMessageSimulatorCommand, _Mapping[str, object]]] = ..., receive_payment: _Optional[_Union[ReceivePaymentSimulatorCommand, _Mapping[str, object]]] = ..., update_payment_status: _Optional[_Union[UpdatePaymentStatusSimulatorCommand, _Mapping[str, object]]] = ..., idempotency_key: _Optional[str] = ...) -> None: ...

class ReceiveMessageSimulatorCommand(_message.Message):
    __slots__ = ("customer_number", "channel_number", "parts", "session_id", "cost", "duration")
    CUSTOMER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_NUMBER_FIELD_NUMBER: _ClassVar[int]
    PARTS_FIELD_NUMBER: _ClassVar[int]
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    COST_FIELD_NUMBER: _ClassVar[int]
    DURATION_FIELD_NUMBER: _ClassVar[int]
    customer_number: str
    channel_number: _messaging_pb2.MessagingChannelNumber
    parts: _containers.RepeatedCompositeFieldContainer[_messaging_pb2.InboundMessageBody]
    session_id: _wrappers_pb2.StringValue
    cost: _common_pb2.Cash
    duration: _duration_pb2.Duration
    def __init__(self, customer_number: _Optional[str] = ..., channel_number: _Optional[_Union[_messaging_pb2.MessagingChannelNumber, _Mapping[str, object]]] = ..., parts: _Optional[_Iterable[_Union[_messaging_pb2.InboundMessageBody, _Mapping[str, object]]]] = ..., session_id: _Optional[_Union[_wrappers_pb2.StringValue, _Mapping[str, object]]] = ..., cost: _Optional[_Union[_common_pb2.Cash, _Mapping[str, object]]] = ..., duration: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping[str, object]]] = ...) -> None: ...

class ReceivePaymentSimulatorCommand(_message.Message):
    __slots__ = ("transaction_id", "channel_number", "customer_number", "value", "status")
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_NUMBER_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    transaction_id: str
    channel_number: _payment_pb2.PaymentChannelNumber
    customer_number: str
    value: _common_pb2.Cash
    status: _payment_pb2.PaymentStatus
    def __init__(self, transaction_id: _Optional[str] = ..., channel_number: _Optional[_Union[_payment_pb2.PaymentChannelNumber, _Mapping[str, object]]] = ..., customer_number: _Optional[str] = ..., value: _Optional[_Union[_common_pb2.Cash, _Mapping[str, object]]] = ..., status: _Optional[_Union[_payment_pb2.PaymentStatus, str]] = ...) -> None: ...

class UpdatePaymentStatusSimulatorCommand(_message.Message):
    __slots__ = ("transaction_id", "status")
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    transaction_id: str
    status: _payment_pb2.PaymentStatus
    def __init__(self, transaction_id: _Optional[str] = ..., status: _Optional[_Union[_payment_pb2.PaymentStatus, str]] = ...) -> None: ...

class SimulatorToServerCommandReply(_message.Message):
    __slots__ = ("status", "description", "message")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    status: bool
    description: str
    message: _messaging_pb2.OutboundMessage
    def __init__(self, status: _Optional[bool] = ..., description: _Optional[str] = ..., message: _Optional[_Union[_messaging_pb2.OutboundMessage, _Mapping[str, object]]] = ...) -> None: ...

class ServerToSimulatorNotification(_message.Message):
    __slots__ = ("send_message", "make_voice_call", "send_customer_payment", "send_channel_payment", "checkout_payment", "notification_id", "created_at")
    SEND_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    MAKE_VOICE_CALL_FIELD_NUMBER: _ClassVar[int]
    SEND_CUSTOMER_PAYMENT_FIELD_NUMBER: _ClassVar[int]
    SEND_CHANNEL_PAYMENT_FIELD_NUMBER: _ClassVar[int]
    CHECKOUT_PAYMENT_FIELD_NUMBER: _ClassVar[int]
    NOTIFICATION_ID_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    send_message: SendMessageSimulatorNotification
    make_voice_call: MakeVoiceCallSimulatorNotification
    send_customer_payment: SendCustomerPaymentSimulatorNotification
    send_channel_payment: SendChannelPaymentSimulatorNotification
    checkout_payment: CheckoutPaymentSimulatorNotification
    notification_id: str
    created_at: _timestamp_pb2.Timestamp
    def __init__(self, send_message: _Optional[_Union[SendMessageSimulatorNotification, _Mapping[str, object]]] = ..., make_voice_call: _Optional[_Union[MakeVoiceCallSimulatorNotification, _Mapping[str, object]]] = ..., send_customer_payment: _Optional[_Union[SendCustomerPaymentSimulatorNotification, _Mapping[str, object]]] = ..., send_channel_payment: _Optional[_Union[SendChannelPaymentSimulatorNotification, _Mapping[str, object]]] = ..., checkout_payment: _Optional[_Union[CheckoutPaymentSimulatorNotification, _Mapping[str, object]]] = ..., notification_id: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ...) -> None: ...

class ServerToSimulatorNotificationReply(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class SendMessageSimulatorNotification(_message.Message):
    __slots__ = ("org_id", "customer_id", "message_id", "customer_number", "channel_number", "message")
    ORG_ID_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_ID_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_NUMBER_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    org_id: str
    customer_id: str
    message_id: str
    customer_number: _common_pb2.CustomerNumber
    channel_number: _messaging_pb2.MessagingChannelNumber
    message: _messaging_pb2.OutboundMessage
    def __init__(self, org_id: _Optional[str] = ..., customer_id: _Optional[str] = ..., message_id: _Optional[str] = ..., customer_number: _Optional[_Union[_common_pb2.CustomerNumber, _Mapping[str, object]]] = ..., channel_number: _Optional[_Union[_messaging_pb2.MessagingChannelNumber, _Mapping[str, object]]] = ..., message: _Optional[_Union[_messaging_pb2.OutboundMessage, _Mapping[str, object]]] = ...) -> None: ...

class MakeVoiceCallSimulatorNotification(_message.Message):
    __slots__ = ("org_id", "customer_id", "session_id", "customer_number", "channel_number")
    ORG_ID_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_ID_FIELD_NUMBER: _ClassVar[int]
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_NUMBER_FIELD_NUMBER: _ClassVar[int]
    org_id: str
    customer_id: str
    session_id: str
    customer_number: _common_pb2.CustomerNumber
    channel_number: _messaging_pb2.MessagingChannelNumber
    def __init__(self, org_id: _Optional[str] = ..., customer_id: _Optional[str] = ..., session_id: _Optional[str] = ..., customer_number: _Optional[_Union[_common_pb2.CustomerNumber, _Mapping[str, object]]] = ..., channel_number: _Optional[_Union[_messaging_pb2.MessagingChannelNumber, _Mapping[str, object]]] = ...) -> None: ...

class SendCustomerPaymentSimulatorNotification(_message.Message):
    __slots__ = ("org_id", "customer_id", "app_id", "wallet", "purse", "transaction_id", "customer_number", "channel_number", "value")
    ORG_ID_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_ID_FIELD_NUMBER: _ClassVar[int]
    APP_ID_FIELD_NUMBER: _ClassVar[int]
    WALLET_FIELD_NUMBER: _ClassVar[int]
    PURSE_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_NUMBER_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    org_id: str
    customer_id: str
    app_id: str
    wallet: _payment_pb2.PaymentWalletCounterParty
    purse: _payment_pb2.PaymentPurseCounterParty
    transaction_id: str
    customer_number: _common_pb2.CustomerNumber
    channel_number: _payment_pb2.PaymentChannelNumber
    value: _common_pb2.Cash
    def __init__(self, org_id: _Optional[str] = ..., customer_id: _Optional[str] = ..., app_id: _Optional[str] = ..., wallet: _Optional[_Union[_payment_pb2.PaymentWalletCounterParty, _Mapping[str, object]]] = ..., purse: _Optional[_Union[_payment_pb2.PaymentPurseCounterParty, _Mapping[str, object]]] = ..., transaction_id: _Optional[str] = ..., customer_number: _Optional[_Union[_common_pb2.CustomerNumber, _Mapping[str, object]]] = ..., channel_number: _Optional[_Union[_payment_pb2.PaymentChannelNumber, _Mapping[str, object]]] = ..., value: _Optional[_Union[_common_pb2.Cash, _Mapping[str, object]]] = ...) -> None: ...

class SendChannelPaymentSimulatorNotification(_message.Message):
    __slots__ = ("org_id", "app_id", "wallet", "purse", "transaction_id", "channel", "source", "destination", "account", "value")
    ORG_ID_FIELD_NUMBER: _ClassVar[int]
    APP_ID_FIELD_NUMBER: _ClassVar[int]
    WALLET_FIELD_NUMBER: _ClassVar[int]
    PURSE_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    DESTINATION_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    org_id: str
    app_id: str
    wallet: _payment_pb2.PaymentWalletCounterParty
    purse: _payment_pb2.PaymentPurseCounterParty
    transaction_id: str
    channel: _payment_pb2.PaymentChannel
    source: str
    destination: str
    account: _wrappers_pb2.StringValue
    value: _common_pb2.Cash
    def __init__(self, org_id: _Optional[str] = ..., app_id: _Optional[str] = ..., wallet: _Optional[_Union[_payment_pb2.PaymentWalletCounterParty, _Mapping[str, object]]] = ..., purse: _Optional[_Union[_payment_pb2.PaymentPurseCounterParty, _Mapping[str, object]]] = ..., transaction_id: _Optional[str] = ..., channel: _Optional[_Union[_payment_pb2.PaymentChannel, str]] = ..., source: _Optional[str] = ..., destination: _Optional[str] = ..., account: _Optional[_Union[_wrappers_pb2.StringValue, _Mapping[str, object]]] = ..., value: _Optional[_Union[_common_pb2.Cash, _Mapping[str, object]]] = ...) -> None: ...

class CheckoutPaymentSimulatorNotification(_message.Message):
    __slots__ = ("org_id", "customer_id", "app_id", "wallet", "purse", "transaction_id", "customer_number", "channel_number", "value")
    ORG_ID_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_ID_FIELD_NUMBER: _ClassVar[int]
    APP_ID_FIELD_NUMBER: _ClassVar[int]
    WALLET_FIELD_NUMBER: _ClassVar[int]
    PURSE_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_NUMBER_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    org_id: str
    customer_id: str
    app_id: str
    wallet: _payment_pb2.PaymentWalletCounterParty
    purse: _payment_pb2.PaymentPurseCounterParty
    transaction_id: str
    customer_number: _common_pb2.CustomerNumber
    channel_number: _payment_pb2.PaymentChannelNumber
    value: _common_pb2.Cash
    def __init__(self, org_id: _Optional[str] = ..., customer_id: _Optional[str] = ..., app_id: _Optional[str] = ..., wallet: _Optional[_Union[_payment_pb2.PaymentWalletCounterParty, _Mapping[str, object]]] = ..., purse: _Optional[_Union[_payment_pb2.PaymentPurseCounterParty, _Mapping[str, object]]] = ..., transaction_id: _Optional[str] = ..., customer_number: _Optional[_Union[_common_pb2.CustomerNumber, _Mapping[str, object]]] = ..., channel_number: _Optional[_Union[_payment_pb2.PaymentChannelNumber, _Mapping[str, object]]] = ..., value: _Optional[_Union[_common_pb2.Cash, _Mapping[str, object]]] = ...) -> None: ...
