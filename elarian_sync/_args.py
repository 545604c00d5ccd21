"""Every argument check: the generated code's (a value of the right type, a model whose
fields have the right types, a oneof set once) and the spec-level methods'.

Each returns the value (converted where the API accepts a shorthand, e.g. a str
for a cellular ``CustomerNumber``) or raises an ``ArgumentError`` that names the
argument, worded one way everywhere: ``<name> must be a <Type>, not <type>``.
They run before anything is sent. The generic checks come first: the generated
models import them, and the spec-level checks below import the models.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta, timezone
from typing import Any, TypeVar

from .errors import ArgumentError, ArgumentTypeError, ArgumentValueError, must_be, wrong_type


def oneof_error(owner: str, group: str, members: str, count: int, required: bool) -> ArgumentValueError:
    need = "exactly one" if required else "at most one"
    return ArgumentValueError(f"{owner}: {need} of {members} must be set (oneof '{group}'), got {count}")


def check_oneof(owner: str, group: str, members: str, values: Iterable[object], required: bool) -> None:
    count = sum(value is not None for value in values)
    if count > 1 or (required and count == 0):
        raise oneof_error(owner, group, members, count, required)


def _type_names(types: tuple[type, ...]) -> str:
    names = [t.__name__ for t in types]
    if "int" in names and "float" in names:  # a float (or time) field takes ints too: "number"
        names[names.index("int")] = "number"
        names.remove("float")
    return " or ".join(names)


def check_arg(name: str, value: object, types: tuple[type, ...], nullable: bool) -> None:
    """Raise ArgumentTypeError naming ``name`` unless value is one of ``types`` (or None when allowed)."""
    if value is None:
        if nullable:
            return
        raise ArgumentTypeError(f"{name} is required")
    if not isinstance(value, types) or (isinstance(value, bool) and bool not in types):
        raise wrong_type(name, _type_names(types), value)


def check_items(name: str, value: object, types: tuple[type, ...]) -> None:
    """Check the elements of a list argument, or the values of a dict argument."""
    if value is None:
        return
    if isinstance(value, Mapping):
        for key, item in value.items():
            if not isinstance(key, str):
                raise ArgumentTypeError(f"{name}: keys must be a str, not {type(key).__name__}")
            check_arg(f"{name}[{key!r}]", item, types, False)
    else:
        for i, item in enumerate(value):  # type: ignore[arg-type]
            check_arg(f"{name}[{i}]", item, types, False)


FieldTypes = dict[str, tuple[tuple[type, ...], bool, tuple[type, ...]]]
"""field -> (accepted classes, None allowed, element classes of a list/dict field)."""


def _problem(value: object, types: tuple[type, ...], nullable: bool) -> str | None:
    if value is None:
        return None if nullable else "is required"
    if not isinstance(value, types) or (isinstance(value, bool) and bool not in types):
        return must_be(_type_names(types), value)
    return None


def find_bad_field(path: str, value: object, registry: Mapping[type, FieldTypes]) -> str | None:
    """Walk a model and describe the first field whose value has the wrong type.

    Only called after a conversion failed, so the hot path pays nothing for it.
    """
    if isinstance(value, (list, tuple, Mapping)):
        pairs = value.items() if isinstance(value, Mapping) else enumerate(value)
        for key, element in pairs:
            found = find_bad_field(f"{path}[{key!r}]", element, registry)
            if found:
                return found
        return None
    spec = registry.get(type(value))
    if spec is None:
        return None
    for name, (types, nullable, elements) in spec.items():
        item = getattr(value, name)
        where = f"{path}.{name}"
        problem = _problem(item, types, nullable)
        if problem:
            return f"{where} {problem}"
        if elements and item is not None:
            pairs = item.items() if isinstance(item, Mapping) else enumerate(item)
            for key, element in pairs:
                problem = _problem(element, elements, False)
                if problem:
                    return f"{where}[{key!r}] {problem}"
                found = find_bad_field(f"{where}[{key!r}]", element, registry)
                if found:
                    return found
        elif item is not None:
            found = find_bad_field(where, item, registry)
            if found:
                return found
    return None


def value_error(name: str, value: object, exc: Exception, registry: Mapping[type, FieldTypes]) -> Exception:
    """A model failed to convert: name the field at fault when a type is wrong."""
    found = find_bad_field(name, value, registry)
    if found:
        return ArgumentTypeError(found)
    if isinstance(exc, AttributeError):
        return ArgumentTypeError(f"{name}: {exc}")
    if isinstance(exc, ArgumentError) or not isinstance(exc, (TypeError, ValueError)):
        return exc
    kind = ArgumentTypeError if isinstance(exc, TypeError) else ArgumentValueError
    return kind(f"{name}: {exc}")


def argument_error(
    command: str, exc: Exception, args: Mapping[str, object], registry: Mapping[type, FieldTypes]
) -> Exception:
    """A command's arguments failed to convert: name the argument (and field) at fault."""
    for name, value in args.items():
        found = find_bad_field(name, value, registry)
        if found:
            return ArgumentTypeError(f"{command}: {found}")
    kind = ArgumentValueError if isinstance(exc, ValueError) else ArgumentTypeError
    return kind(f"{command}: {exc}")


# -- the spec-level methods' checks ----------------------------------------------------------------

from ._generated import models as M  # noqa: E402 - after what the models import from here

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


IDEMPOTENCY_KEY_LIMIT = 255
"""The longest idempotency key the runtime takes (characters)."""


def idempotency_key(value: object, name: str) -> str | None:
    """None, or a non-empty str of at most 255 characters (a UUID, or an id of the app's own)."""
    if value is None:
        return None
    text = check_text(value, name)
    if len(text) > IDEMPOTENCY_KEY_LIMIT:
        limit = IDEMPOTENCY_KEY_LIMIT
        raise ArgumentValueError(f"{name} is {len(text)} characters long; the limit is {limit}")
    return text


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


def reminder(value: object, name: str = "reminder") -> M.Reminder:
    found = check(value, M.Reminder, name)
    check_text(found.key, f"{name}.key")
    if found.remind_at is None:
        raise ArgumentValueError(f"{name}.remind_at is required")
    return found


def cash(value: object, name: str = "value") -> M.Cash:
    found = check(value, M.Cash, name)
    check_text(found.currency_code, f"{name}.currency_code")
    if not isinstance(found.amount, (int, float)) or isinstance(found.amount, bool):
        raise wrong_type(f"{name}.amount", "number", found.amount)
    return found


def optional_note(value: object, name: str) -> str:
    """A str that may be empty (a narration)."""
    return check_text(value, name, empty=True)


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


def tags(items: object, name: str) -> list[M.Tag]:
    return items_of(items, M.Tag, name)


def secondary_ids(items: object, name: str) -> list[M.Tag]:
    """Secondary ids as UpdateCustomerSecondaryId takes them: index entries (no expiry)."""
    return [M.Tag(key=i.key, value=i.value) for i in items_of(items, M.SecondaryId, name)]


def items_of_secondary_ids(items: object, name: str) -> list[M.SecondaryId]:
    return items_of(items, M.SecondaryId, name)


# -- the arguments of commands that take a spec model whole -------------------------------------------


def received_replay(customer: object, channel_: object, message_: object) -> dict[str, Any]:
    found = check(message_, M.ReceivedMessage, "message")
    return {
        "provider_message_id": check_text(
            found.provider_message_id or found.message_id, "message.message_id"
        ),
        "provider_session_id": found.session_id,
        "received_at": found.received_at,
        "customer_number": customer_number(customer),
        "channel_number": channel(channel_),
        "parts": found.parts,
        "in_reply_to": found.in_reply_to,
        "provider": found.provider,
        "cost": found.cost,
    }


def sent_replay(customer: object, channel_: object, message_: object) -> dict[str, Any]:
    found = check(message_, M.SentMessage, "message")
    if found.message is None:
        raise ArgumentValueError("message.message (what was sent) is required")
    return {
        "provider_message_id": check_text(
            found.provider_message_id or found.message_id, "message.message_id"
        ),
        "provider_session_id": found.session_id,
        "sent_at": found.sent_at,
        "customer_number": customer_number(customer),
        "channel_number": channel(channel_),
        "provider": found.provider,
        "message": found.message,
        "in_reply_to": found.in_reply_to,
        "status": found.status,
        "cost": found.cost,
    }


def status_replay(customer: object, channel_: object, update: object) -> dict[str, Any]:
    found = check(update, M.MessageStatusUpdate, "update")
    return {
        "provider_message_id": check_text(found.message_id, "update.message_id"),
        "updated_at": found.updated_at,
        "customer_number": customer_number(customer),
        "channel_number": channel(channel_),
        "status": check(found.status, M.MessageDeliveryStatus, "update.status"),
        "cost": found.cost,
    }


def session_replay(customer: object, channel_: object, update: object) -> dict[str, Any]:
    found = check(update, M.MessageSessionUpdate, "update")
    return {
        "provider_session_id": check_text(found.session_id, "update.session_id"),
        "customer_number": customer_number(customer),
        "channel_number": channel(channel_),
        "started_at": found.started_at,
        "duration": found.duration or timedelta(0),
        "end_reason": check(found.reason, M.MessagingSessionEndReason, "update.reason"),
        "cost": found.cost,
    }


def received(
    phone_number: object, channel_: object, session_id: object, parts: object, cost: object, duration: object
) -> dict[str, Any]:
    """A simulated customer's message (``Simulator.receive_message``)."""
    if isinstance(session_id, list):  # the order before the SDK spec's: (..., parts, session_id)
        raise ArgumentTypeError(
            "session_id must be a str or None, not list: the arguments are "
            "(phone_number, channel, session_id, parts), in the SDK spec's order"
        )
    found = items_of(parts, M.InboundMessageBody, "parts")
    if not found:
        raise ArgumentValueError("parts must not be empty")
    return {
        "customer_number": check_text(phone_number, "phone_number"),
        "channel_number": channel(channel_),
        "session_id": optional_text(session_id, "session_id"),
        "parts": found,
        "cost": None if cost is None else cash(cost, "cost"),
        "duration": duration,
    }
