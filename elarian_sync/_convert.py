"""Conversions shared by the generated models: time, enums, oneofs, arguments.

Kept small and allocation-light: these run for every field of every message the
SDK sends or receives.
"""

from __future__ import annotations

import enum
import functools
import math
import warnings
from collections.abc import Mapping
from datetime import datetime, timedelta, timezone
from typing import Any, Protocol, TypeVar

from .errors import ArgumentTypeError, ArgumentValueError, RemoteProtocolError

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


def unexpected_reply(command: str, expected: str, got: str | None) -> RemoteProtocolError:
    what = f"'{got}'" if got else "an empty reply"
    return RemoteProtocolError(f"{command}: expected a '{expected}' reply, got {what}")
