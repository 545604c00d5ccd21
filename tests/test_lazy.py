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
