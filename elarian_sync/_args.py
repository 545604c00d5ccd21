"""Argument checks of the spec-level methods (``Elarian``, ``Customer``, ``Simulator``).

Each returns the value (converted where the API accepts a shorthand, e.g. a str
for a cellular ``CustomerNumber``) or raises an ``ArgumentError`` that names the
argument, worded one way everywhere: ``<name> must be a <Type>, not <type>``.
They run before anything is sent.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, TypeVar

from ._generated import models as M
from .errors import ArgumentValueError, wrong_type

T = TypeVar("T")


def check(value: object, kind: type[T], name: str) -> T:
    if not isinstance(value, kind):
        raise wrong_type(name, kind.__name__, value)
    return value


def check_text(value: object, name: str, *, empty: bool = False) -> str:
    if not isinstance(value, str):
        raise wrong_type(name, "str", value)
    if not value and not empty:
        raise ArgumentValueError(f"{name} must not be empty")
    return value


def optional_text(value: object, name: str) -> str | None:
    return None if value is None else check_text(value, name)


def customer_number(value: object, name: str = "customer_number") -> M.CustomerNumber:
    """A CustomerNumber; a str is a cellular number."""
    if isinstance(value, str):
        check_text(value, name)
        return M.CustomerNumber(number=value, provider=M.CustomerNumberProvider.CELLULAR)
    if not isinstance(value, M.CustomerNumber):
        raise wrong_type(name, "CustomerNumber or str", value)
    if not value.number:
        raise ArgumentValueError(f"{name}.number must not be empty")
    return value


def channel(value: object, name: str = "channel") -> M.MessagingChannel:
    found = check(value, M.MessagingChannel, name)
    if not found.number:
        raise ArgumentValueError(f"{name}.number must not be empty")
    return found


def payment_channel(value: object, name: str = "channel") -> M.PaymentChannelNumber:
    found = check(value, M.PaymentChannelNumber, name)
    if not found.number:
        raise ArgumentValueError(f"{name}.number must not be empty")
    return found


def secondary(tag: object, name: str = "tag") -> M.SecondaryId:
    """A tag or secondary id as the by-tag commands take it (key and value)."""
    if isinstance(tag, M.Tag):
        tag = M.SecondaryId(key=tag.key, value=tag.value)
    if not isinstance(tag, M.SecondaryId):
        raise wrong_type(name, "Tag or SecondaryId", tag)
    check_text(tag.key, f"{name}.key")
    return tag


def moment(value: object, name: str) -> datetime | None:
    """A datetime, or epoch seconds; None stays None."""
    if value is None or isinstance(value, datetime):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return datetime.fromtimestamp(value, timezone.utc)
    raise wrong_type(name, "datetime or epoch seconds", value)


def message(value: object, name: str = "message") -> M.Message:
    found = check(value, M.Message, name)
    if found.body is None:
        raise ArgumentValueError(
            f"{name}.body is required (text, media, location, email, template, url, voice or ussd)"
        )
    return found


def reminder(value: object) -> M.Reminder:
    found = check(value, M.Reminder, "reminder")
    check_text(found.key, "reminder.key")
    if found.remind_at is None:
        raise ArgumentValueError("reminder.remind_at is required")
    return found


def cash(value: object, name: str = "value") -> M.Cash:
    found = check(value, M.Cash, name)
    check_text(found.currency_code, f"{name}.currency_code")
    if not isinstance(found.amount, (int, float)) or isinstance(found.amount, bool):
        raise wrong_type(f"{name}.amount", "number", found.amount)
    return found


def payment(debit: object, credit: object, value: object, narration: object) -> dict[str, Any]:
    return {
        "debit_party": check(debit, M.PaymentCounterParty, "debit_party"),
        "credit_party": check(credit, M.PaymentCounterParty, "credit_party"),
        "value": cash(value),
        "narration": check_text(narration, "narration", empty=True),
    }


def values(data: object, name: str) -> dict[str, str | bytes]:
    """A dict of str keys to str or bytes values (metadata)."""
    if not isinstance(data, dict):
        raise wrong_type(name, "dict", data)
    for key, value in data.items():
        check_text(key, f"{name} key")
        if not isinstance(value, (str, bytes)):
            raise wrong_type(f"{name}[{key!r}]", "str or bytes", value)
    return data


def strings(data: object, name: str) -> dict[str, str]:
    """A dict of str keys to str values (an activity's properties)."""
    if not isinstance(data, dict):
        raise wrong_type(name, "dict", data)
    for key, value in data.items():
        check_text(key, f"{name} key")
        check_text(value, f"{name}[{key!r}]", empty=True)
    return data


def keys(items: object, name: str) -> list[str]:
    if isinstance(items, str) or not isinstance(items, (list, tuple)):
        raise wrong_type(name, "list of str", items)
    return [check_text(k, f"{name}[{i}]") for i, k in enumerate(items)]


def items_of(items: object, kind: type[T], name: str) -> list[T]:
    if not isinstance(items, (list, tuple)):
        raise wrong_type(name, f"list of {kind.__name__}", items)
    return [check(item, kind, f"{name}[{i}]") for i, item in enumerate(items)]
