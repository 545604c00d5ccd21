"""Conversions shared by the generated models: time, enums, oneofs, arguments.

Kept small and allocation-light: these run for every field of every message the
SDK sends or receives.
"""

from __future__ import annotations

import enum
import functools
import math
import warnings
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta, timezone
from typing import Any, Protocol, TypeVar

from .errors import ArgumentError, ArgumentTypeError, ArgumentValueError, RemoteProtocolError

UTC = timezone.utc
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_fromtimestamp = datetime.fromtimestamp
# Below 2**32 s (year 2106) a float of seconds + microseconds is within half a
# microsecond of the exact value, so fromtimestamp() rounds it back exactly.
_FAST_LIMIT = 1 << 32


class _TimestampLike(Protocol):
    seconds: int
    nanos: int


class ProtoEnum(enum.IntEnum):
    """Base of the generated enums.

    Proto3 enums are open: a peer may send a number this version does not know.
    Such a number becomes a pseudo-member named ``UNKNOWN_<n>`` that keeps the
    number, so it survives a round trip instead of failing.
    """

    @classmethod
    def _missing_(cls, value: object) -> ProtoEnum | None:
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"UNKNOWN_{value}"
        member._value_ = value
        return member


E = TypeVar("E", bound=ProtoEnum)


class EnumTable(dict[int, E]):
    """number -> member, falling back to an UNKNOWN pseudo-member on a miss."""

    __slots__ = ("cls",)

    def __init__(self, cls: type[E]) -> None:
        super().__init__((member.value, member) for member in cls)
        self.cls = cls

    def __missing__(self, number: int) -> E:
        return self.cls(number)


def timestamp(t: _TimestampLike) -> datetime:
    """A protobuf Timestamp as an aware UTC datetime (nanoseconds truncated to microseconds)."""
    seconds = t.seconds
    micros = t.nanos // 1000
    if 0 <= seconds < _FAST_LIMIT:
        return _fromtimestamp(seconds + micros / 1e6, UTC)
    return _EPOCH + timedelta(seconds=seconds, microseconds=micros)


def timestamp_or_none(t: _TimestampLike) -> datetime | None:
    """Like ``timestamp``, but the epoch itself means "not set" (the wire's way to say "never")."""
    if t.seconds == 0 and t.nanos == 0:
        return None
    return timestamp(t)


def set_timestamp(p: _TimestampLike, value: datetime | float) -> None:
    """Write a datetime (naive means local time) or epoch seconds into a Timestamp."""
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.astimezone(UTC)
        delta = value - _EPOCH
        p.seconds = delta.days * 86400 + delta.seconds
        p.nanos = delta.microseconds * 1000
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        if not math.isfinite(value):
            raise ArgumentValueError(f"a timestamp must be finite, got {value}")
        seconds = math.floor(value)
        p.seconds = seconds
        p.nanos = min(round((value - seconds) * 1e9), 999_999_999)
    else:
        raise ArgumentTypeError(f"expected a datetime or epoch seconds, got {type(value).__name__}")


def duration(d: _TimestampLike) -> timedelta:
    """A protobuf Duration as a timedelta (nanoseconds truncated to microseconds)."""
    nanos = d.nanos
    micros = nanos // 1000 if nanos >= 0 else -(-nanos // 1000)
    return timedelta(seconds=d.seconds, microseconds=micros)


def set_duration(p: _TimestampLike, value: timedelta | float) -> None:
    """Write a timedelta or a number of seconds into a Duration."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if not math.isfinite(value):
            raise ArgumentValueError(f"a duration must be finite, got {value}")
        value = timedelta(seconds=value)
    elif not isinstance(value, timedelta):
        raise ArgumentTypeError(f"expected a timedelta or seconds, got {type(value).__name__}")
    micros = (value.days * 86400 + value.seconds) * 1_000_000 + value.microseconds
    sign = -1 if micros < 0 else 1
    seconds, rest = divmod(abs(micros), 1_000_000)
    p.seconds = sign * seconds
    p.nanos = sign * rest * 1000


def renamed(owner: str, old: str, new: str) -> None:
    """Warn that ``owner.old`` is the deprecated name of ``owner.new``."""
    warnings.warn(
        f"{owner}.{old} is deprecated; use {owner}.{new} (the SDK spec's name)",
        DeprecationWarning,
        stacklevel=3,
    )


def accept_renamed(cls: type, renames: Mapping[str, str]) -> None:
    """Let ``cls(...)`` still take the deprecated keyword names of renamed fields (with a warning)."""
    init = vars(cls)["__init__"]  # the dataclass's own

    @functools.wraps(init)
    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        for old, new in renames.items():
            if old in kwargs:
                if new in kwargs:
                    raise ArgumentTypeError(
                        f"{cls.__name__}() got both {new!r} and its deprecated name {old!r}"
                    )
                renamed(cls.__name__, old, new)
                kwargs[new] = kwargs.pop(old)
        init(self, *args, **kwargs)

    setattr(cls, "__init__", __init__)  # noqa: B010 - mypy forbids assigning to a method


def wrapped_value(w: Any) -> Any:
    """The value of a protobuf wrapper message (StringValue and friends)."""
    return w.value


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
    body = " or ".join(names)
    return ("an " if body[:1] in "aeiou" else "a ") + body


def check_arg(name: str, value: object, types: tuple[type, ...], nullable: bool) -> None:
    """Raise ArgumentTypeError naming ``name`` unless value is one of ``types`` (or None when allowed)."""
    if value is None:
        if nullable:
            return
        raise ArgumentTypeError(f"{name} is required")
    if not isinstance(value, types) or (isinstance(value, bool) and bool not in types):
        raise ArgumentTypeError(f"{name} must be {_type_names(types)}, not {type(value).__name__}")


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
        return f"must be {_type_names(types)}, not {type(value).__name__}"
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


def unexpected_reply(command: str, expected: str, got: str | None) -> RemoteProtocolError:
    what = f"'{got}'" if got else "an empty reply"
    return RemoteProtocolError(f"{command}: expected a '{expected}' reply, got {what}")
