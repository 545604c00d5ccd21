"""Lists and dicts that convert a protobuf container on first use.

A customer state holds hundreds of messages, tags and transactions; converting
every one of them into dataclasses costs far more than parsing the bytes (each
field read through protobuf's C API costs ~0.1 us). ``from_proto`` therefore
wraps repeated and map fields of messages in ``LazyList``/``LazyDict``: real
``list``/``dict`` subclasses that stay empty, holding the protobuf container,
until something touches them; then they convert every element at once and
behave exactly like the built-in type.

Every method that reads or writes the storage loads first. CPython reads a
list's or dict's storage directly in a few C paths when the *other* operand is
a subclass (``[1] + lazy``, ``plain == lazy``, ``dict(lazy)``); the reflected
methods and an overridden ``__iter__`` send those through the loading code too.
Loading is serialised by one lock, so two threads touching the same unloaded
container both see it whole.

``from_proto`` keeps a reference to the source message's containers until they
are loaded: do not mutate a protobuf message after converting it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")

_LOAD = threading.Lock()


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


class LazyDict(dict[K, V]):
    """A dict that converts its protobuf map source on first access."""

    __slots__ = ("_convert", "_source")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._source: Any = None
        self._convert: Callable[[Any], V] | None = None
        super().__init__(*args, **kwargs)

    def _load(self) -> None:
        with _LOAD:
            source = self._source
            if source is None:
                return
            convert = self._convert
            assert convert is not None
            dict.update(self, {key: convert(value) for key, value in source.items()})
            self._source = None
            self._convert = None

    def __iter__(self) -> Iterator[K]:
        # Overriding __iter__ also turns off CPython's direct-storage fast path in
        # dict(x), {**x} and dict.update(x), which then go through keys().
        if self._source is not None:
            self._load()
        return dict.__iter__(self)

    def __reduce_ex__(self, protocol: Any) -> tuple[Any, ...]:
        return (LazyDict, (dict(self.items()),))

    def __repr__(self) -> str:
        if self._source is not None:
            self._load()
        return dict.__repr__(self)


def lazy_dict(source: Any, convert: Callable[[Any], V]) -> dict[Any, V]:
    """A LazyDict over a protobuf map field."""
    result: LazyDict[Any, V] = dict.__new__(LazyDict)
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
            # the other operand of ==, +, |... may be an unloaded lazy container too
            if isinstance(arg, (LazyList, LazyDict)) and arg._source is not None:
                arg._load()
        return getattr(base, name)(self, *args, **kwargs)

    method.__name__ = name
    method.__qualname__ = f"Lazy{base.__name__.capitalize()}.{name}"
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


_LIST_METHODS = (
    "__getitem__ __setitem__ __delitem__ __len__ __contains__ __reversed__ __eq__ __ne__ "
    "__lt__ __le__ __gt__ __ge__ __add__ __iadd__ __mul__ __rmul__ __imul__ __sizeof__ "
    "__iter__ append extend insert pop remove clear index count reverse sort copy"
).split()
_DICT_METHODS = (
    "__getitem__ __setitem__ __delitem__ __len__ __contains__ __reversed__ __eq__ __ne__ "
    "__or__ __ior__ __sizeof__ get keys values items pop popitem setdefault update clear copy"
).split()

for _name in _LIST_METHODS:
    setattr(LazyList, _name, _loading(list, _name))
for _name in _DICT_METHODS:
    setattr(LazyDict, _name, _loading(dict, _name))
LazyList.__radd__ = _reflected(list, "__add__")  # type: ignore[attr-defined]
LazyDict.__ror__ = _reflected(dict, "__or__")  # type: ignore[method-assign]
del _name

__all__ = ["LazyDict", "LazyList", "lazy_dict", "lazy_list"]
