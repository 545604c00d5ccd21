# generated from proto/elarian/payment.proto by `python -m codegen`; do not edit.
import datetime

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

class PaymentChannel(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    PAYMENT_CHANNEL_UNSPECIFIED: _ClassVar[PaymentChannel]
    PAYMENT_CHANNEL_CELLULAR: _ClassVar[PaymentChannel]
    PAYMENT_CHANNEL_AIRTIME: _ClassVar[PaymentChannel]

class PaymentStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    PAYMENT_STATUS_UNSPECIFIED: _ClassVar[PaymentStatus]
    PAYMENT_STATUS_QUEUED: _ClassVar[PaymentStatus]
    PAYMENT_STATUS_PENDING_CONFIRMATION: _ClassVar[PaymentStatus]
    PAYMENT_STATUS_PENDING_VALIDATION: _ClassVar[PaymentStatus]
    PAYMENT_STATUS_VALIDATED: _ClassVar[PaymentStatus]
    PAYMENT_STATUS_INVALID_REQUEST: _ClassVar[PaymentStatus]
    PAYMENT_STATUS_NOT_SUPPORTED: _ClassVar[PaymentStatus]
    PAYMENT_STATUS_INSUFFICIENT_FUNDS: _ClassVar[PaymentStatus]
    PAYMENT_STATUS_APPLICATION_ERROR: _ClassVar[PaymentStatus]
    PAYMENT_STATUS_NOT_ALLOWED: _ClassVar[PaymentStatus]
    PAYMENT_STATUS_DUPLICATE_REQUEST: _ClassVar[PaymentStatus]
    PAYMENT_STATUS_INVALID_PURSE: _ClassVar[PaymentStatus]
    PAYMENT_STATUS_INVALID_WALLET: _ClassVar[PaymentStatus]
    PAYMENT_STATUS_DECOMMISSIONED_CUSTOMER_ID: _ClassVar[PaymentStatus]
    PAYMENT_STATUS_SUCCESS: _ClassVar[PaymentStatus]
    PAYMENT_STATUS_FAILED: _ClassVar[PaymentStatus]
    PAYMENT_STATUS_THROTTLED: _ClassVar[PaymentStatus]
    PAYMENT_STATUS_EXPIRED: _ClassVar[PaymentStatus]
    PAYMENT_STATUS_REJECTED: _ClassVar[PaymentStatus]
    PAYMENT_STATUS_REVERSED: _ClassVar[PaymentStatus]
    PAYMENT_STATUS_PASS_THROUGH: _ClassVar[PaymentStatus]
PAYMENT_CHANNEL_UNSPECIFIED: PaymentChannel
PAYMENT_CHANNEL_CELLULAR: PaymentChannel
PAYMENT_CHANNEL_AIRTIME: PaymentChannel
PAYMENT_STATUS_UNSPECIFIED: PaymentStatus
PAYMENT_STATUS_QUEUED: PaymentStatus
PAYMENT_STATUS_PENDING_CONFIRMATION: PaymentStatus
PAYMENT_STATUS_PENDING_VALIDATION: PaymentStatus
PAYMENT_STATUS_VALIDATED: PaymentStatus
PAYMENT_STATUS_INVALID_REQUEST: PaymentStatus
PAYMENT_STATUS_NOT_SUPPORTED: PaymentStatus
PAYMENT_STATUS_INSUFFICIENT_FUNDS: PaymentStatus
PAYMENT_STATUS_APPLICATION_ERROR: PaymentStatus
PAYMENT_STATUS_NOT_ALLOWED: PaymentStatus
PAYMENT_STATUS_DUPLICATE_REQUEST: PaymentStatus
PAYMENT_STATUS_INVALID_PURSE: PaymentStatus
PAYMENT_STATUS_INVALID_WALLET: PaymentStatus
PAYMENT_STATUS_DECOMMISSIONED_CUSTOMER_ID: PaymentStatus
PAYMENT_STATUS_SUCCESS: PaymentStatus
PAYMENT_STATUS_FAILED: PaymentStatus
PAYMENT_STATUS_THROTTLED: PaymentStatus
PAYMENT_STATUS_EXPIRED: PaymentStatus
PAYMENT_STATUS_REJECTED: PaymentStatus
PAYMENT_STATUS_REVERSED: PaymentStatus
PAYMENT_STATUS_PASS_THROUGH: PaymentStatus

class PaymentChannelNumber(_message.Message):
    __slots__ = ("channel", "number")
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    channel: PaymentChannel
    number: str
    def __init__(self, channel: _Optional[_Union[PaymentChannel, str]] = ..., number: _Optional[str] = ...) -> None: ...

class PendingPaymentTransaction(_message.Message):
    __slots__ = ("created_at", "value", "converted")
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    CONVERTED_FIELD_NUMBER: _ClassVar[int]
    created_at: _timestamp_pb2.Timestamp
    value: _common_pb2.Cash
    converted: _common_pb2.Cash
    def __init__(self, created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ..., value: _Optional[_Union[_common_pb2.Cash, _Mapping[str, object]]] = ..., converted: _Optional[_Union[_common_pb2.Cash, _Mapping[str, object]]] = ...) -> None: ...

class PaymentBalance(_message.Message):
    __slots__ = ("currency_code", "available", "actual", "pending", "sequence_nr")
    class PendingEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: PendingPaymentTransaction
        def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[PendingPaymentTransaction, _Mapping[str, object]]] = ...) -> None: ...
    CURRENCY_CODE_FIELD_NUMBER: _ClassVar[int]
    AVAILABLE_FIELD_NUMBER: _ClassVar[int]
    ACTUAL_FIELD_NUMBER: _ClassVar[int]
    PENDING_FIELD_NUMBER: _ClassVar[int]
    SEQUENCE_NR_FIELD_NUMBER: _ClassVar[int]
    currency_code: str
    available: _common_pb2.Cash
    actual: _common_pb2.Cash
    pending: _containers.MessageMap[str, PendingPaymentTransaction]
    sequence_nr: int
    def __init__(self, currency_code: _Optional[str] = ..., available: _Optional[_Union[_common_pb2.Cash, _Mapping[str, object]]] = ..., actual: _Optional[_Union[_common_pb2.Cash, _Mapping[str, object]]] = ..., pending: _Optional[_Mapping[str, PendingPaymentTransaction]] = ..., sequence_nr: _Optional[int] = ...) -> None: ...

class PaymentPurseCounterParty(_message.Message):
    __slots__ = ("purse_id",)
    PURSE_ID_FIELD_NUMBER: _ClassVar[int]
    purse_id: str
    def __init__(self, purse_id: _Optional[str] = ...) -> None: ...

class PaymentWalletCounterParty(_message.Message):
    __slots__ = ("customer_id", "wallet_id")
    CUSTOMER_ID_FIELD_NUMBER: _ClassVar[int]
    WALLET_ID_FIELD_NUMBER: _ClassVar[int]
    customer_id: str
    wallet_id: str
    def __init__(self, customer_id: _Optional[str] = ..., wallet_id: _Optional[str] = ...) -> None: ...

class PaymentCustomerCounterParty(_message.Message):
    __slots__ = ("customer_number", "channel_number")
    CUSTOMER_NUMBER_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_NUMBER_FIELD_NUMBER: _ClassVar[int]
    customer_number: _common_pb2.CustomerNumber
    channel_number: PaymentChannelNumber
    def __init__(self, customer_number: _Optional[_Union[_common_pb2.CustomerNumber, _Mapping[str, object]]] = ..., channel_number: _Optional[_Union[PaymentChannelNumber, _Mapping[str, object]]] = ...) -> None: ...

class PaymentChannelCounterParty(_message.Message):
    __slots__ = ("channel", "channel_code", "source", "destination", "account")
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_CODE_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    DESTINATION_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    channel: PaymentChannel
    channel_code: int
    source: str
    destination: str
    account: _wrappers_pb2.StringValue
    def __init__(self, channel: _Optional[_Union[PaymentChannel, str]] = ..., channel_code: _Optional[int] = ..., source: _Optional[str] = ..., destination: _Optional[str] = ..., account: _Optional[_Union[_wrappers_pb2.StringValue, _Mapping[str, object]]] = ...) -> None: ...

class PaymentCounterParty(_message.Message):
    __slots__ = ("purse", "wallet", "customer", "channel")
    PURSE_FIELD_NUMBER: _ClassVar[int]
    WALLET_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    purse: PaymentPurseCounterParty
    wallet: PaymentWalletCounterParty
    customer: PaymentCustomerCounterParty
    channel: PaymentChannelCounterParty
    def __init__(self, purse: _Optional[_Union[PaymentPurseCounterParty, _Mapping[str, object]]] = ..., wallet: _Optional[_Union[PaymentWalletCounterParty, _Mapping[str, object]]] = ..., customer: _Optional[_Union[PaymentCustomerCounterParty, _Mapping[str, object]]] = ..., channel: _Optional[_Union[PaymentChannelCounterParty, _Mapping[str, object]]] = ...) -> None: ...

class PaymentTransaction(_message.Message):
    __slots__ = ("transaction_id", "app_id", "debit_party", "credit_party", "value", "status", "created_at", "updated_at", "provider_transaction_id", "narration")
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    APP_ID_FIELD_NUMBER: _ClassVar[int]
    DEBIT_PARTY_FIELD_NUMBER: _ClassVar[int]
    CREDIT_PARTY_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    UPDATED_AT_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    NARRATION_FIELD_NUMBER: _ClassVar[int]
    transaction_id: str
    app_id: _wrappers_pb2.StringValue
    debit_party: PaymentCounterParty
    credit_party: PaymentCounterParty
    value: _common_pb2.Cash
    status: PaymentStatus
    created_at: _timestamp_pb2.Timestamp
    updated_at: _timestamp_pb2.Timestamp
    provider_transaction_id: _wrappers_pb2.StringValue
    narration: _wrappers_pb2.StringValue
    def __init__(self, transaction_id: _Optional[str] = ..., app_id: _Optional[_Union[_wrappers_pb2.StringValue, _Mapping[str, object]]] = ..., debit_party: _Optional[_Union[PaymentCounterParty, _Mapping[str, object]]] = ..., credit_party: _Optional[_Union[PaymentCounterParty, _Mapping[str, object]]] = ..., value: _Optional[_Union[_common_pb2.Cash, _Mapping[str, object]]] = ..., status: _Optional[_Union[PaymentStatus, str]] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ..., updated_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping[str, object]]] = ..., provider_transaction_id: _Optional[_Union[_wrappers_pb2.StringValue, _Mapping[str, object]]] = ..., narration: _Optional[_Union[_wrappers_pb2.StringValue, _Mapping[str, object]]] = ...) -> None: ...

class PaymentState(_message.Message):
    __slots__ = ("customer_numbers", "channel_numbers", "transaction_log", "pending_transactions", "wallets")
    class WalletsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: PaymentBalance
        def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[PaymentBalance, _Mapping[str, object]]] = ...) -> None: ...
    CUSTOMER_NUMBERS_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_NUMBERS_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_LOG_FIELD_NUMBER: _ClassVar[int]
    PENDING_TRANSACTIONS_FIELD_NUMBER: _ClassVar[int]
    WALLETS_FIELD_NUMBER: _ClassVar[int]
    customer_numbers: _containers.RepeatedCompositeFieldContainer[_common_pb2.CustomerNumber]
    channel_numbers: _containers.RepeatedCompositeFieldContainer[PaymentChannelNumber]
    transaction_log: _containers.RepeatedCompositeFieldContainer[PaymentTransaction]
    pending_transactions: _containers.RepeatedCompositeFieldContainer[PaymentTransaction]
    wallets: _containers.MessageMap[str, PaymentBalance]
    def __init__(self, customer_numbers: _Optional[_Iterable[_Union[_common_pb2.CustomerNumber, _Mapping[str, object]]]] = ..., channel_numbers: _Optional[_Iterable[_Union[PaymentChannelNumber, _Mapping[str, object]]]] = ..., transaction_log: _Optional[_Iterable[_Union[PaymentTransaction, _Mapping[str, object]]]] = ..., pending_transactions: _Optional[_Iterable[_Union[PaymentTransaction, _Mapping[str, object]]]] = ..., wallets: _Optional[_Mapping[str, PaymentBalance]] = ...) -> None: ...
