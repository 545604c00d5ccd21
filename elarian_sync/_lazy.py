"""Lists, and sub-message fields, that convert their protobuf source on first use.

A customer state holds hundreds of messages, tags and transactions; converting
every one of them into dataclasses costs far more than parsing the bytes (each
field read through protobuf's C API costs ~0.1 us). ``from_proto`` therefore
wraps repeated message fields in ``LazyList``: a real ``list`` subclass that
stays empty, holding the protobuf container, until something touches it; then
it converts every element at once and behaves exactly like a list.

Every list method loads first. Where CPython reads a list's storage directly it
either checks for an exact list (``json``, ``tuple()``, ``str.join``,
``list.extend``, pickle: they iterate a subclass) or lets a subclass answer
first (``[1] + lazy``, ``plain == lazy``: the reflected methods load). A C
extension that reads list storage directly (orjson, for one) sees an untouched
LazyList as empty: call ``list(x)`` first. Maps are converted eagerly: a dict's
storage is read directly in too many places (json's ``{}`` fast path among them),
and the maps in this schema are small.

A model's sub-message fields (a customer state's identity, messaging, payment
and activity states; a reply's data) are left unset by ``from_proto``, which
keeps the source message in the model's ``_src`` slot: the first read of such a
field finds the slot empty, so Python calls the model's ``__getattr__``, which
converts that one field (``load_field``) and stores it; every later read is a
plain slot read. A program that reads one section of a state converts only that
section.

Loading is serialised by one lock, so two threads touching the same unloaded
list both see it whole. ``from_proto`` keeps a reference to the source
message's repeated fields until they are loaded: do not mutate a protobuf
message after converting it.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

T = TypeVar("T")

# Re-entrant: a conversion runs under it, and one that ever read a lazy field or list of what it
# built (a schema change away) must not wait on itself for ever.
_LOAD = threading.RLock()


class LazyList(list[T]):
    """A list that converts its protobuf source on first access."""

    __slots__ = ("_convert", "_source")

    def __init__(self, iterable: Iterable[T] = (), /) -> None:
        self._source: Any = None
        self._convert: Callable[[Any], T] | None = None
        super().__init__(iterable)

    def _load(self) -> None:
        with _LOAD:
            source = self._source
            if source is None:
                return
            convert = self._convert
            assert convert is not None
            list.extend(self, [convert(item) for item in source])
            self._source = None
            self._convert = None

    def __reduce_ex__(self, protocol: Any) -> tuple[Any, ...]:
        return (LazyList, (list(self),))

    def __repr__(self) -> str:
        if self._source is not None:
            self._load()
        return list.__repr__(self)


def lazy_list(source: Any, convert: Callable[[Any], T]) -> list[T]:
    """A LazyList over a repeated protobuf field; empty sources give a plain (loaded) LazyList."""
    result: LazyList[T] = list.__new__(LazyList)
    if len(source):
        result._source = source
        result._convert = convert
    else:
        result._source = None
        result._convert = None
    return result


def _loading(base: Any, name: str) -> Callable[..., Any]:
    def method(self: Any, *args: Any, **kwargs: Any) -> Any:
        if self._source is not None:
            self._load()
        for arg in args:
            # the other operand of ==, + ... may be an unloaded LazyList too
            if isinstance(arg, LazyList) and arg._source is not None:
                arg._load()
        return getattr(base, name)(self, *args, **kwargs)

    method.__name__ = name
    method.__qualname__ = f"LazyList.{name}"
    return method


def _reflected(base: Any, name: str) -> Callable[..., Any]:
    """``other <op> self`` for a plain other: convert it to the base type first."""

    def method(self: Any, other: Any) -> Any:
        if self._source is not None:
            self._load()
        if not isinstance(other, base):
            return NotImplemented
        return getattr(base, name)(base(other), self)

    method.__name__ = f"__r{name.strip('_')}__"
    return method


_LIST_METHODS = [
    "__getitem__", "__setitem__", "__delitem__", "__len__", "__contains__", "__reversed__",
    "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__add__", "__iadd__",
    "__mul__", "__rmul__", "__imul__", "__sizeof__", "__iter__",
    "append", "extend", "insert", "pop", "remove", "clear", "index", "count", "reverse", "sort", "copy",
]  # fmt: skip

for _name in _LIST_METHODS:
    setattr(LazyList, _name, _loading(list, _name))
LazyList.__radd__ = _reflected(list, "__add__")  # type: ignore[attr-defined]
del _name

Reader = Callable[[Any], Any]


def load_field(obj: Any, name: str, readers: dict[str, Reader]) -> Any:
    """A model's ``__getattr__``: the sub-message field ``name`` that ``from_proto`` left for
    its first use, converted now (once) from the source message; any other name is missing."""
    read = readers.get(name)
    if read is not None:
        with _LOAD:
            try:  # another thread may have loaded it while this one waited
                return object.__getattribute__(obj, name)
            except AttributeError:
                pass
            try:
                source = object.__getattribute__(obj, "_src")
            except AttributeError:
                source = None  # built by __init__, and the field deleted since: missing, as usual
            if source is not None:
                value = read(source)
                object.__setattr__(obj, name, value)
                return value
    raise AttributeError(f"{type(obj).__name__!r} object has no attribute {name!r}", name=name, obj=obj)


def field_state(obj: Any) -> tuple[None, dict[str, Any]]:
    """A model's ``__getstate__`` (pickle, copy): every field, converted; the source message
    stays behind (its protobuf class pickles under protoc's module name, not ours)."""
    state: dict[str, Any] = {}
    for name in type(obj).__slots__:
        if name != "_src":
            with contextlib.suppress(AttributeError):  # deleted: stays unset
                state[name] = getattr(obj, name)
    return None, state


__all__ = ["LazyList", "Reader", "field_state", "lazy_list", "load_field"]
