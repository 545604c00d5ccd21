"""LazyList / LazyDict: containers that convert a protobuf field on first use.

They must be indistinguishable from list/dict for everything a user does,
including the CPython paths that read storage directly.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import pickle
import threading
from typing import Any

import pytest

from elarian_sync._generated import app_socket_pb2, models
from elarian_sync._lazy import LazyList, lazy_list


def _state(n: int = 5) -> app_socket_pb2.CustomerStateReplyData:
    data = app_socket_pb2.CustomerStateReplyData(customer_id="c")
    for i in range(n):
        tag = data.identity_state.tags.add()
        tag.mapping.key = f"k{i}"
        data.identity_state.metadata[f"m{i}"].string_val = f"v{i}"
    return data


def _tags() -> list[models.Tag]:
    return models.CustomerState.from_proto(_state()).identity_state.tags  # type: ignore[union-attr]


def test_lists_convert_on_first_touch() -> None:
    calls = []

    def convert(x: int) -> int:
        calls.append(x)
        return x * 10

    lst = lazy_list([1, 2, 3], convert)
    assert isinstance(lst, list) and calls == []
    assert lst[1] == 20
    assert calls == [1, 2, 3]
    assert lst == [10, 20, 30]
    assert calls == [1, 2, 3]  # once


def test_list_behaves_like_a_list() -> None:
    tags = _tags()
    assert len(tags) == 5
    keys = [t.key for t in tags]
    assert keys == ["k0", "k1", "k2", "k3", "k4"]
    # the concatenations and the reversed comparison are what is under test
    assert [0] + lazy_list([1], int) == [0, 1]  # noqa: RUF005 - reflected add loads first
    assert lazy_list([1], int) + [2] == [1, 2]  # noqa: RUF005
    assert [1] == lazy_list([1], int)  # noqa: SIM300 - reflected == loads first
    assert lazy_list([1], int) == lazy_list([1], int)
    assert list(lazy_list([1, 2], int)) == [1, 2]
    assert tuple(lazy_list([1, 2], int)) == (1, 2)
    assert sorted(lazy_list([2, 1], int)) == [1, 2]
    assert 2 in lazy_list([1, 2], int)
    assert bool(lazy_list([1], int)) and not bool(lazy_list([], int))
    assert ",".join(lazy_list(["a", "b"], str)) == "a,b"
    assert json.dumps(lazy_list([1, 2], int)) == "[1, 2]"
    assert repr(lazy_list([1], int)) == "[1]"
    growing = lazy_list([1], int)
    growing.append(2)
    assert growing == [1, 2]
    extended: list[int] = []
    extended.extend(lazy_list([3, 4], int))
    assert extended == [3, 4]
    assert pickle.loads(pickle.dumps(lazy_list([1, 2], int))) == [1, 2]
    assert copy.deepcopy(lazy_list([1, 2], int)) == [1, 2]
    assert LazyList([1, 2]) == [1, 2]


def test_maps_are_plain_dicts() -> None:
    state = models.CustomerState.from_proto(_state(3))
    meta = state.identity_state.metadata  # type: ignore[union-attr]
    assert type(meta) is dict
    assert json.loads(json.dumps(meta)) == {"m0": "v0", "m1": "v1", "m2": "v2"}


def test_json_of_an_untouched_list() -> None:
    tags = models.CustomerState.from_proto(_state(2)).identity_state.tags  # type: ignore[union-attr]
    assert isinstance(tags, LazyList) and tags._source is not None
    assert json.dumps(lazy_list([1, 2], int)) == "[1, 2]"
    assert json.loads(json.dumps([dataclasses.asdict(t) for t in tags]))[1]["key"] == "k1"


def test_dataclass_helpers_see_the_contents() -> None:
    state = models.CustomerState.from_proto(_state(2))
    as_dict = dataclasses.asdict(state)
    assert [t["key"] for t in as_dict["identity_state"]["tags"]] == ["k0", "k1"]
    assert as_dict["identity_state"]["metadata"] == {"m0": "v0", "m1": "v1"}
    assert models.CustomerState.from_proto(_state(2)) == models.CustomerState.from_proto(_state(2))
    assert models.CustomerState.from_proto(_state(2)) != models.CustomerState.from_proto(_state(3))


def test_concurrent_first_touch_converts_once() -> None:
    source = list(range(2000))
    for _ in range(20):
        lst = lazy_list(source, int)
        seen: list[int] = []
        barrier = threading.Barrier(4)

        def reader(
            lst: list[int] = lst, barrier: threading.Barrier = barrier, seen: list[int] = seen
        ) -> None:
            barrier.wait()
            seen.append(len(lst))

        threads = [threading.Thread(target=reader) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert seen == [2000] * 4
        assert len(lst) == 2000


# -- sub-message fields, converted on first read ------------------------------------------------


def test_a_section_of_a_state_is_converted_only_when_read(monkeypatch: pytest.MonkeyPatch) -> None:
    converted: list[str] = []
    for cls in (models.IdentityState, models.PaymentState):
        real = cls.from_proto

        def counting(m: Any, real: Any = real, name: str = cls.__name__) -> Any:
            converted.append(name)
            return real(m)

        monkeypatch.setattr(cls, "from_proto", counting)
    data = _state(2)
    data.payment_state.wallets["w"].available.amount = 5
    state = models.CustomerState.from_proto(data)
    assert state.customer_id == "c" and converted == []
    identity = state.identity_state
    assert identity is not None and [t.key for t in identity.tags] == ["k0", "k1"]
    assert converted == ["IdentityState"]
    assert state.identity_state is identity  # once: later reads are the same object
    assert state.messaging_state is None and state.activity_state is None  # absent: None
    assert converted == ["IdentityState"]
    assert state.payment_state is not None and state.payment_state.wallets["w"].available is not None
    assert converted == ["IdentityState", "PaymentState"]


def test_a_converted_state_behaves_like_one_built_by_hand() -> None:
    data = _state(2)
    state = models.CustomerState.from_proto(data)
    built = models.CustomerState(
        customer_id="c",
        identity_state=models.IdentityState(
            tags=[models.Tag(key=f"k{i}") for i in range(2)], metadata={"m0": "v0", "m1": "v1"}
        ),
    )
    assert state == built and built == models.CustomerState.from_proto(data)
    one = models.CustomerState(
        customer_id="c",
        identity_state=models.IdentityState(tags=[models.Tag(key="k0")], metadata={"m0": "v0"}),
    )
    assert repr(models.CustomerState.from_proto(_state(1))) == repr(one)  # (one key: a map's order varies)
    assert models.CustomerState.from_proto(data).to_proto() == data
    assert pickle.loads(pickle.dumps(models.CustomerState.from_proto(data))) == built
    assert copy.copy(models.CustomerState.from_proto(data)) == built
    assert copy.deepcopy(models.CustomerState.from_proto(data)) == built
    assert dataclasses.replace(models.CustomerState.from_proto(data), customer_id="d").identity_state == (
        built.identity_state
    )
    # the user's own value wins over the source, read or not
    mine = models.CustomerState.from_proto(data)
    mine.identity_state = None
    assert mine.identity_state is None and mine.to_proto().HasField("identity_state") is False


def test_a_missing_attribute_is_still_missing() -> None:
    state = models.CustomerState.from_proto(_state(1))
    with pytest.raises(AttributeError, match="'CustomerState' object has no attribute 'identity'"):
        state.identity  # type: ignore[attr-defined]  # noqa: B018
    assert not hasattr(state, "identity")
    built = models.CustomerState()
    del built.identity_state
    with pytest.raises(AttributeError, match="no attribute 'identity_state'"):
        built.identity_state  # noqa: B018


def test_concurrent_first_reads_of_a_section_see_one_object() -> None:
    for _ in range(20):
        state = models.CustomerState.from_proto(_state(200))
        seen: list[object] = []
        barrier = threading.Barrier(4)

        def reader(
            state: Any = state, barrier: threading.Barrier = barrier, seen: list[object] = seen
        ) -> None:
            barrier.wait()
            seen.append(state.identity_state)

        threads = [threading.Thread(target=reader) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert len(seen) == 4 and all(s is seen[0] for s in seen)
