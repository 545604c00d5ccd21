"""Customers' states kept between reads (engine/state.py ``States``).

GetCustomerState keeps each state it read in a snapshot beside the customer's version (the
store counts every change to the customer's rows, tests/test_store.py); a kept state serves
while the version is the same and the clock has not reached the first of its expiries. The
whole suite runs with ELARIAN_STATE_CACHE=verify (conftest.py): every kept state served is
also read afresh and compared, so a write the versions missed fails the test that made it.
"""

from __future__ import annotations

from contextlib import ExitStack
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from elarian_server.config import DEV_APP, DEV_ORG, ConfigError, dev_config, load_config, parse_config
from elarian_server.engine.common import Caller
from elarian_server.engine.state import ENTRY_OVERHEAD, StaleState, States, read_state
from elarian_server.runtime import Runtime
from elarian_server.store import open_store
from elarian_server.store.base import IndexRow
from elarian_sync._generated import app_socket_pb2 as A
from elarian_sync._generated import models as M
from tests import runtime_support
from tests.runtime_support import T0, AppClient, number, running
from tests.waiting import wait_until


def _state_command(customer_id: str) -> A.GetCustomerStateCommand:
    return A.GetCustomerStateCommand(customer_id=customer_id)


def _created(client: AppClient) -> str:
    customer_id = client.create_customer(customer_number=number()).customer_id
    assert customer_id is not None
    return customer_id


def test_a_state_read_again_is_the_kept_one_until_a_command_changes_it(
    runtime: Runtime, client: AppClient
) -> None:
    kept = runtime.engine.states
    customer_id = _created(client)
    client.update_customer_metadata(customer_id=customer_id, updates={"name": "Ann"})
    first = client.get_customer_state(customer_id=customer_id)
    hits = kept.hits
    assert client.get_customer_state(customer_id=customer_id) == first
    assert client.get_customer_state(customer_number=number()) == first  # by any of its names
    assert kept.hits == hits + 2
    client.update_customer_metadata(customer_id=customer_id, updates={"name": "Bo"})
    misses = kept.misses
    changed = client.get_customer_state(customer_id=customer_id).data
    assert changed is not None and changed.identity_state is not None
    assert changed.identity_state.metadata == {"name": "Bo"} and kept.misses == misses + 1
    # a command that leaves the state as it was (app data is not part of it) keeps it kept
    assert client.update_customer_app_data(customer_id=customer_id, update="x").status
    hits = kept.hits
    assert client.get_customer_state(customer_id=customer_id).data == changed and kept.hits == hits + 1


def test_a_write_by_anyone_else_on_the_store_is_seen_at_once(runtime: Runtime, client: AppClient) -> None:
    """Not the engine's commands alone: another writer on the same store (here a transaction of
    the runtime's store outside any command, as another instance or a maintenance job writes)."""
    customer_id = _created(client)
    assert client.get_customer_state(customer_id=customer_id) == client.get_customer_state(
        customer_id=customer_id
    )
    with runtime.store.transaction() as tx:
        tx.put_tag(DEV_ORG, customer_id, IndexRow("vip", "gold", None))
    tags = client.get_customer_state(customer_id=customer_id).data.identity_state.tags  # type: ignore[union-attr]
    assert [(t.key, t.value) for t in tags] == [("vip", "gold")]


def test_two_runtimes_on_one_sqlite_file_see_each_others_writes(tmp_path: Path) -> None:
    db = f"{tmp_path}/shared.db"
    with running(db=db) as a, running(db=db) as b, AppClient(a.url) as on_a, AppClient(b.url) as on_b:
        customer_id = _created(on_a)
        for _ in range(2):
            assert on_a.get_customer_state(customer_id=customer_id).status
        assert a.engine.states.hits >= 1
        on_b.update_customer_metadata(customer_id=customer_id, updates={"city": "Kisumu"})
        meta = on_a.get_customer_state(customer_id=customer_id).data.identity_state.metadata
        assert meta == {"city": "Kisumu"}


def test_a_customer_deleted_by_another_instance_leaves_no_kept_state_here(tmp_path: Path) -> None:
    """Instances on one store each keep states: one that deletes a customer tells the others
    (``Effects.erased``), which drop every state they keep, not knowing whose."""
    with ExitStack() as stack:
        if runtime_support.STORE == "postgres":
            from elarian_server.store.postgres import PostgresStore

            from .pg_support import database

            url = stack.enter_context(database())
            a, b = (stack.enter_context(running(store=PostgresStore(url))) for _ in range(2))
        else:
            a, b = (stack.enter_context(running(db=f"{tmp_path}/shared.db")) for _ in range(2))
        on_a, on_b = stack.enter_context(AppClient(a.url)), stack.enter_context(AppClient(b.url))
        numbers = ("+254700000001", "+254700000002")
        deleted, other = (on_a.create_customer(customer_number=number(n)).customer_id for n in numbers)
        assert deleted and other and deleted != other
        for customer_id in (deleted, other):
            on_a.update_customer_metadata(customer_id=customer_id, updates={"name": "Ann"})
            assert on_a.get_customer_state(customer_id=customer_id).status
        kept = a.engine.states
        assert {(DEV_ORG, deleted), (DEV_ORG, other)} <= set(kept._kept)
        assert on_b.delete_customer(customer_id=deleted).status
        wait_until(lambda: not kept._kept, timeout=10, what="instance a dropping its kept states")
        assert kept.size == 0
        assert not on_a.get_customer_state(customer_id=deleted).status
        assert on_a.get_customer_state(customer_id=other).status  # and the others' are kept again
        assert set(kept._kept) == {(DEV_ORG, other)}


def test_a_state_read_while_the_kept_ones_are_dropped_is_not_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A deletion told by another instance may come while a read is under way, whose snapshot
    may predate the deletion: what that read got is answered, not kept."""
    caller = Caller(dev_config().orgs[DEV_ORG], DEV_APP)
    store = open_store(f"{tmp_path}/cleared.db")
    try:
        with store.transaction() as tx:
            tx.create_customer(DEV_ORG, "el_cst_1", T0)
        states = States(1 << 20)
        reading = read_state

        def told_meanwhile(*args: Any) -> Any:
            states.clear()
            return reading(*args)

        monkeypatch.setattr("elarian_server.engine.state.read_state", told_meanwhile)
        with store.read() as tx:
            assert states.get_customer_state(
                tx, caller, _state_command("el_cst_1"), T0
            ).get_customer_state.status
        assert len(states) == 0
        monkeypatch.setattr("elarian_server.engine.state.read_state", reading)
        with store.read() as tx:
            states.get_customer_state(tx, caller, _state_command("el_cst_1"), T0)
        assert len(states) == 1
    finally:
        store.close()


def test_reads_sharing_a_snapshot_keep_nothing_once_the_kept_ones_are_dropped(tmp_path: Path) -> None:
    """A group of reads shares one snapshot, begun by its first read: a deletion told after it
    began is not in that snapshot, so a later read of the group answers the deleted customer's
    state from it, and must not keep it."""
    caller = Caller(dev_config().orgs[DEV_ORG], DEV_APP)
    store = open_store(f"{tmp_path}/group.db")
    try:
        with store.transaction() as tx:
            for customer_id in ("el_cst_x", "el_cst_y"):
                tx.create_customer(DEV_ORG, customer_id, T0)
                tx.put_metadata(customer_id, "name", "Ann")
        states = States(1 << 20)
        with store.read() as group:
            states.get_customer_state(group, caller, _state_command("el_cst_y"), T0)  # the snapshot begins
            with store.transaction() as tx:  # another instance deletes x; this one is told
                tx.delete_customer("el_cst_x")
            states.clear()
            old = states.get_customer_state(group, caller, _state_command("el_cst_x"), T0)
            assert old.get_customer_state.status  # the snapshot's answer
        assert len(states) == 0
    finally:
        store.close()


def test_a_customer_merged_then_deleted_with_the_adopter_leaves_no_kept_state(
    runtime: Runtime, client: AppClient
) -> None:
    kept = runtime.engine.states
    keep, other = (
        client.create_customer(customer_number=number(n)).customer_id
        for n in ("+254700000111", "+254700000222")
    )
    assert keep and other
    client.update_customer_metadata(customer_id=other, updates={"name": "Ann"})
    assert client.get_customer_state(customer_id=other).status and (DEV_ORG, other) in kept._kept
    assert client.adopt_customer_state(customer_id=keep, other_customer_id=other).status
    assert (DEV_ORG, other) not in kept._kept  # its rows are the adopter's now
    assert client.delete_customer(customer_id=keep).status
    assert not kept._kept


def test_a_kept_state_ends_when_the_clock_reaches_an_expiry_in_it(
    runtime: Runtime, client: AppClient
) -> None:
    customer_id = _created(client)
    expires = datetime.fromtimestamp(T0 + 60, timezone.utc)
    client.update_customer_tag(
        customer_id=customer_id, updates=[M.Tag(key="promo", value="july", expires_at=expires)]
    )
    client.update_customer_secondary_id(
        customer_id=customer_id, updates=[M.Tag(key="visit", value="v1", expires_at=expires)]
    )
    state = client.get_customer_state(customer_id=customer_id).data
    assert state is not None and state.identity_state is not None
    assert [t.key for t in state.identity_state.tags] == ["promo"]
    hits = runtime.engine.states.hits
    runtime.clock.advance(59)  # type: ignore[attr-defined]
    assert client.get_customer_state(customer_id=customer_id).data == state
    assert runtime.engine.states.hits == hits + 1
    runtime.clock.advance(1)  # type: ignore[attr-defined]
    later = client.get_customer_state(customer_id=customer_id).data
    assert later is not None and later.identity_state is not None
    assert later.identity_state.tags == [] and later.identity_state.secondary_ids == []


def test_a_state_kept_at_a_later_clock_is_not_served_to_an_earlier_one(tmp_path: Path) -> None:
    """Commands take the clock before they read, on several threads: one that took it earlier
    than a state was kept sees tags that had not expired yet at its time."""
    caller = Caller(dev_config().orgs[DEV_ORG], DEV_APP)
    store = open_store(f"{tmp_path}/since.db")
    try:
        with store.transaction() as tx:
            tx.create_customer(DEV_ORG, "el_cst_1", T0)
            tx.put_tag(DEV_ORG, "el_cst_1", IndexRow("promo", "july", T0 + 60))
        states = States(1 << 20)

        def tags(now: float) -> list[str]:
            with store.read() as tx:
                reply = states.get_customer_state(tx, caller, _state_command("el_cst_1"), now)
            return [t.mapping.key for t in reply.get_customer_state.data.identity_state.tags]

        assert tags(T0 + 61) == [] and len(states) == 1  # kept, the tag expired
        assert tags(T0) == ["promo"]  # not the kept one
    finally:
        store.close()


def test_only_a_snapshot_of_what_committed_is_kept(runtime: Runtime, client: AppClient) -> None:
    """A state read inside a write transaction (an inbound connector's rule runs commands so)
    shows that transaction's own writes, which may yet roll back: it is never kept. Kept, it
    would carry the version the rolled-back write counted, which the next committed write of
    the customer counts again."""
    customer_id = _created(client)
    engine, caller = runtime.engine, Caller(runtime.config.orgs[DEV_ORG], DEV_APP)
    command = A.AppToServerCommand(get_customer_state=_state_command(customer_id))
    with pytest.raises(RuntimeError), runtime.store.transaction() as tx:
        tx.put_metadata(customer_id, "name", "never committed")
        inside = engine.apply(tx, caller, command)
        assert inside.get_customer_state.data.identity_state.metadata["name"].string_val == "never committed"
        raise RuntimeError("rolled back")
    with runtime.store.transaction() as tx:  # the same version as the rolled-back write's
        tx.put_metadata(customer_id, "name", "committed")
    meta = client.get_customer_state(customer_id=customer_id).data.identity_state.metadata  # type: ignore[union-attr]
    assert meta == {"name": "committed"}


def test_a_deleted_customer_leaves_no_kept_state_and_no_version_behind(
    runtime: Runtime, client: AppClient
) -> None:
    """DeleteCustomer erases everything: their state kept in memory (personal data) goes with
    them, and so does their row of versions; a read that began before the deletion does not
    keep the state again."""
    kept = runtime.engine.states
    customer_id = _created(client)
    client.update_customer_metadata(customer_id=customer_id, updates={"name": "Ann"})
    client.get_customer_state(customer_id=customer_id)
    assert (DEV_ORG, customer_id) in kept._kept
    with runtime.store.read() as before:  # a snapshot from before the deletion
        assert before.customer_version(customer_id) > 0  # (taken at its first read)
        assert client.delete_customer(customer_id=customer_id).status
        assert (DEV_ORG, customer_id) not in kept._kept
        caller = Caller(runtime.config.orgs[DEV_ORG], DEV_APP)
        old = kept.get_customer_state(before, caller, _state_command(customer_id), runtime.clock.now())
        assert old.get_customer_state.data.identity_state.metadata["name"].string_val == "Ann"
    assert not any(key[1] == customer_id for key in kept._kept)
    with runtime.store.read() as tx:
        assert tx.customer_version(customer_id) == 0
    refused = client.get_customer_state(customer_id=customer_id)
    assert not refused.status


def test_the_kept_states_stay_within_their_limit_the_least_recently_read_dropped(tmp_path: Path) -> None:
    config = dev_config()
    caller = Caller(config.orgs[DEV_ORG], DEV_APP)
    store = open_store(f"{tmp_path}/states.db")
    try:
        ids = [f"el_cst_{i:032x}" for i in range(8)]
        with store.transaction() as tx:
            for customer_id in ids:
                tx.create_customer(DEV_ORG, customer_id, T0)
        with store.read() as tx:
            one = len(read_state(tx, ids[0], DEV_ORG, T0)[0].SerializeToString(deterministic=True))
        states = States(3 * (one + ENTRY_OVERHEAD), verify=True)  # room for three
        for customer_id in ids:
            with store.read() as tx:
                states.get_customer_state(tx, caller, _state_command(customer_id), T0)
            assert states.size <= states.limit
        assert len(states) == 3
        with store.read() as tx:
            states.get_customer_state(tx, caller, _state_command(ids[5]), T0)  # kept: read again
            states.get_customer_state(tx, caller, _state_command(ids[4]), T0)  # dropped: read anew
        assert (states.hits, states.misses) == (1, 9)
    finally:
        store.close()


def test_verify_names_a_stale_kept_state(tmp_path: Path) -> None:
    """What the suite's verify mode catches: a change the versions did not count (made here by
    putting the version back after a write, as a table without a trigger would leave it)."""
    caller = Caller(dev_config().orgs[DEV_ORG], DEV_APP)
    store = open_store(f"{tmp_path}/stale.db")
    try:
        customer_id = "el_cst_" + "1" * 32
        with store.transaction() as tx:
            tx.create_customer(DEV_ORG, customer_id, T0)
        states = States(10**6, verify=True)
        with store.read() as tx:
            states.get_customer_state(tx, caller, _state_command(customer_id), T0)
        with store.transaction() as tx:
            version = tx.customer_version(customer_id)
            tx.put_metadata(customer_id, "name", "Ann")
            tx.db.execute(  # type: ignore[attr-defined]
                "UPDATE customer_versions SET version = ? WHERE customer_id = ?", (version, customer_id)
            )
        with store.read() as tx, pytest.raises(StaleState, match=customer_id):
            states.get_customer_state(tx, caller, _state_command(customer_id), T0)
        # the same, served outside a snapshot (the runtime's way on its event loop)
        with store.lookup() as tx:
            served = states.latest(tx, caller, _state_command(customer_id), T0)
        assert served is not None  # its version says it is the latest
        with store.read() as tx, pytest.raises(StaleState, match=customer_id):
            states.check_latest(tx, caller, _state_command(customer_id), T0, served)
    finally:
        store.close()


def test_a_runtime_told_to_keep_none_reads_every_state_afresh(tmp_path: Path) -> None:
    path = tmp_path / "runtime.toml"
    org = '[[orgs]]\nid = "el_org_x"\napi_keys = ["el_k_x"]\n[[orgs.apps]]\nid = "el_app_x"\n'
    path.write_text("[runtime]\nstate_cache_mb = -1\n" + org)
    with pytest.raises(
        ConfigError, match=r"\[runtime\]: state_cache_mb must be megabytes \(0: none\), not -1"
    ):
        load_config(path)
    path.write_text("[runtime]\nstate_cache_mb = 0\n" + org)
    with (
        running(load_config(path)) as rt,
        AppClient(rt.url, org="el_org_x", app="el_app_x", key="el_k_x") as c,
    ):
        customer_id = _created(c)
        for _ in range(3):
            assert c.get_customer_state(customer_id=customer_id).status
        assert (rt.engine.states.hits, len(rt.engine.states)) == (0, 0)


def test_money_moved_shows_in_the_state_read_next(runtime: Runtime, client: AppClient) -> None:
    """A wallet's balance (written with its customer's id) and a hold on it (written by account)."""
    customer_id = _created(client)
    before = client.get_customer_state(customer_id=customer_id)
    assert client.get_customer_state(customer_id=customer_id) == before
    with runtime.store.transaction() as tx:
        tx.put_balance(DEV_ORG, f"wallet:{customer_id}:main", "KES", Decimal(50), customer_id=customer_id)
    wallets = client.get_customer_state(customer_id=customer_id).data.payment_state.wallets  # type: ignore[union-attr]
    assert wallets["main"].available is not None and wallets["main"].available.amount == 50
    with runtime.store.transaction() as tx:
        tx.hold(DEV_ORG, "el_txn_h", f"wallet:{customer_id}:main", "KES", Decimal(20))
    wallets = client.get_customer_state(customer_id=customer_id).data.payment_state.wallets  # type: ignore[union-attr]
    assert wallets["main"].available is not None and wallets["main"].available.amount == 30


def _org(org_id: str) -> dict[str, Any]:
    return {"id": org_id, "api_keys": [f"key-{org_id}"], "apps": [{"id": f"app-{org_id}"}]}


def test_a_kept_state_serves_only_the_name_it_still_answers_for(tmp_path: Path) -> None:
    """A kept state is served on one statement's word, outside a snapshot: the name must still
    lead to that customer, of the caller's org, not merged. Whatever else, the full read answers."""
    config = parse_config({"orgs": [_org("a"), _org("b")]}, "orgs a and b")
    with running(config, db=f"{tmp_path}/orgs.db") as rt:
        on_a = AppClient(rt.url, org="a", app="app-a", key="key-a")
        on_b = AppClient(rt.url, org="b", app="app-b", key="key-b")
        with on_a, on_b:
            keep = on_a.create_customer(customer_number=number("+254700000001")).customer_id
            other = on_a.create_customer(customer_number=number("+254700000002")).customer_id
            assert keep is not None and other is not None
            on_a.update_customer_secondary_id(customer_id=other, updates=[M.Tag(key="email", value="o@x.io")])
            names: list[dict[str, Any]] = [
                {"customer_id": other},
                {"customer_number": number("+254700000002")},
                {"secondary_id": M.SecondaryId(key="email", value="o@x.io")},
            ]
            first = on_a.get_customer_state(customer_id=other)
            states, served = rt.engine.states, []
            latest = states.latest  # the snapshot-free path, watched: each name is served by it

            def watched(*args: Any) -> bytes | None:
                reply = latest(*args)
                served.append(reply is not None)
                return reply

            states.latest = watched  # type: ignore[method-assign]
            assert [on_a.get_customer_state(**name) for name in names] == [first] * 3
            assert served == [True] * 3
            # another org names nobody by the same id, number or secondary id
            refused = [on_b.get_customer_state(**name) for name in names]
            assert [r.status for r in refused] == [False] * 3
            assert refused[0].description == f"unknown customer id {other}"
            assert refused[1].description == "no customer has the number +254700000002"
            # merged: the id is decommissioned, its number and secondary id lead to the adopter
            assert on_a.adopt_customer_state(customer_id=keep, other_customer_id=other).status
            gone = on_a.get_customer_state(customer_id=other)
            assert not gone.status
            assert gone.description == f"customer {other} was decommissioned: it was merged into {keep}"
            for name in names[1:]:
                assert on_a.get_customer_state(**name).data.customer_id == keep  # type: ignore[union-attr]
            # merged with nothing of its own to move (so its version stays): refused all the same
            with rt.store.transaction() as tx:
                tx.create_customer("a", "el_cst_bare", T0)
            assert on_a.get_customer_state(customer_id="el_cst_bare").status  # kept, version 0
            assert on_a.adopt_customer_state(customer_id=keep, other_customer_id="el_cst_bare").status
            with rt.store.read() as tx:
                assert tx.customer_version("el_cst_bare") == 0
            assert not on_a.get_customer_state(customer_id="el_cst_bare").status


def test_names_that_differ_only_in_a_part_lead_each_to_its_own_kept_state(
    runtime: Runtime, client: AppClient
) -> None:
    """One number in two partitions, one secondary-id key with two values: four customers, each
    kept state served only for its own name (verify mode also looks each name up the full read's
    way and fails a state served for a name that leads elsewhere)."""
    names: list[dict[str, Any]] = []
    for part in ("a", "b"):
        held = M.CustomerNumber(
            number="+254700000009", provider=M.CustomerNumberProvider.CELLULAR, partition=part
        )
        names.append({"customer_number": held})
    for value in ("one", "two"):
        names.append({"secondary_id": M.SecondaryId(key="member", value=value)})
    ids = []
    for i, name in enumerate(names):
        held = name.get("customer_number") or number(f"+25471000000{i}")
        customer_id = client.create_customer(customer_number=held).customer_id
        assert customer_id is not None
        if "secondary_id" in name:
            member = M.Tag(key="member", value=name["secondary_id"].value)
            assert client.update_customer_secondary_id(customer_id=customer_id, updates=[member]).status
        ids.append(customer_id)
    for _ in range(2):  # the second round is served what the first kept
        hits = runtime.engine.states.hits
        read = [client.get_customer_state(**name).data for name in names]
        assert [state.customer_id for state in read] == ids  # type: ignore[union-attr]
    assert runtime.engine.states.hits == hits + len(names)
