"""The runtime's customers: identity, metadata, state, adoption and deletion (RUNTIME.md "Customers")."""

from __future__ import annotations

import re
from datetime import datetime, timezone

from elarian_server.runtime import Runtime
from elarian_sync._generated import app_socket_pb2 as A
from elarian_sync._generated import models as M
from tests.runtime_support import T0, AppClient, number


def test_customer_ids_are_minted_and_numbers_are_unique(client: AppClient) -> None:
    created = client.create_customer(customer_number=number())
    assert created.status and created.description == "customer created"
    assert re.fullmatch(r"el_cst_[0-9a-f]{32}", created.customer_id or "")
    again = client.create_customer(customer_number=number())
    assert again.customer_id == created.customer_id and again.description == "the customer already exists"
    other = client.create_customer(customer_number=number("+254700000002"))
    assert other.customer_id != created.customer_id
    # a number with a partition is another number
    partitioned = M.CustomerNumber(
        number="+254700000001", provider=M.CustomerNumberProvider.CELLULAR, partition="p1"
    )
    assert client.create_customer(customer_number=partitioned).customer_id != created.customer_id


def test_addressing_customers(client: AppClient) -> None:
    # an unknown number creates the customer; an unknown id or secondary id is refused
    reply = client.update_customer_metadata(customer_number=number(), updates={"name": "Ann"})
    assert reply.status and reply.customer_id
    customer_id = reply.customer_id
    unknown = client.update_customer_metadata(customer_id="el_cst_" + "0" * 32, updates={"a": "b"})
    assert not unknown.status and unknown.description == "unknown customer id el_cst_" + "0" * 32
    no_secondary = client.get_customer_state(secondary_id=M.SecondaryId(key="email", value="ann@x.io"))
    assert (
        not no_secondary.status
        and "no customer has the secondary id email=ann@x.io" in no_secondary.description
    )
    client.update_customer_secondary_id(
        customer_id=customer_id, updates=[M.Tag(key="email", value="ann@x.io")]
    )
    by_secondary = client.get_customer_state(secondary_id=M.SecondaryId(key="email", value="ann@x.io"))
    assert (
        by_secondary.status and by_secondary.data is not None and by_secondary.data.customer_id == customer_id
    )
    by_number = client.get_customer_state(customer_number=number())
    assert by_number.data is not None and by_number.data.customer_id == customer_id
    # reading state does not create customers
    missing = client.get_customer_state(customer_number=number("+254799999999"))
    assert not missing.status and "no customer has the number +254799999999" in missing.description


def test_secondary_ids_are_unique_in_the_org(client: AppClient) -> None:
    a = client.create_customer(customer_number=number("+254700000001")).customer_id
    b = client.create_customer(customer_number=number("+254700000002")).customer_id
    assert client.update_customer_secondary_id(
        customer_id=a, updates=[M.Tag(key="passport", value="P1"), M.Tag(key="passport", value="P2")]
    ).status
    refused = client.update_customer_secondary_id(customer_id=b, updates=[M.Tag(key="passport", value="P2")])
    assert (
        not refused.status
        and refused.description == "the secondary id passport=P2 belongs to another customer"
    )
    state = client.get_customer_state(customer_id=a).data
    assert state is not None
    assert [(i.key, i.value) for i in state.identity_state.secondary_ids] == [
        ("passport", "P1"),
        ("passport", "P2"),
    ]  # type: ignore[union-attr]
    assert client.delete_customer_secondary_id(
        customer_id=a, deletions=[M.SecondaryId(key="passport", value="P2")]
    ).status
    assert client.update_customer_secondary_id(
        customer_id=b, updates=[M.Tag(key="passport", value="P2")]
    ).status


def test_tags_update_delete_and_expire(runtime: Runtime, client: AppClient) -> None:
    customer_id = client.create_customer(customer_number=number()).customer_id
    expires = datetime.fromtimestamp(T0 + 60, timezone.utc)
    client.update_customer_tag(
        customer_id=customer_id,
        updates=[M.Tag(key="segment", value="gold"), M.Tag(key="promo", value="july", expires_at=expires)],
    )
    tags = client.get_customer_state(customer_id=customer_id).data.identity_state.tags  # type: ignore[union-attr]
    assert [(t.key, t.value, t.expires_at) for t in tags] == [
        ("promo", "july", expires),
        ("segment", "gold", None),
    ]
    client.update_customer_tag(customer_id=customer_id, updates=[M.Tag(key="segment", value="platinum")])
    runtime.clock.advance(61)  # type: ignore[attr-defined]
    tags = client.get_customer_state(customer_id=customer_id).data.identity_state.tags  # type: ignore[union-attr]
    assert [(t.key, t.value) for t in tags] == [("segment", "platinum")]
    assert (
        client.delete_customer_tag(customer_id=customer_id, deletions=["segment"]).description
        == "1 tag(s) removed"
    )
    assert client.get_customer_state(customer_id=customer_id).data.identity_state.tags == []  # type: ignore[union-attr]


def test_metadata_merges_and_keeps_bytes(client: AppClient) -> None:
    customer_id = client.create_customer(customer_number=number()).customer_id
    client.update_customer_metadata(customer_id=customer_id, updates={"name": "Ann", "photo": b"\x89PNG\x00"})
    client.update_customer_metadata(customer_id=customer_id, updates={"name": "Ann B.", "city": "Nairobi"})
    meta = client.get_customer_state(customer_id=customer_id).data.identity_state.metadata  # type: ignore[union-attr]
    assert meta == {"city": "Nairobi", "name": "Ann B.", "photo": b"\x89PNG\x00"}
    removed = client.delete_customer_metadata(customer_id=customer_id, deletions=["photo", "never-set"])
    assert removed.status and removed.description == "1 metadata value(s) removed"
    meta = client.get_customer_state(customer_id=customer_id).data.identity_state.metadata  # type: ignore[union-attr]
    assert meta == {"city": "Nairobi", "name": "Ann B."}


def test_state_has_every_section(client: AppClient) -> None:
    customer_id = client.create_customer(customer_number=number()).customer_id
    reply = client.get_customer_state(customer_id=customer_id)
    data = reply.data
    assert reply.status and data is not None and data.customer_id == customer_id
    assert data.identity_state is not None and data.messaging_state is not None
    assert data.payment_state is not None and data.activity_state is not None
    assert [n.number for n in data.payment_state.customer_numbers] == ["+254700000001"]


def test_adopting_a_customer_merges_and_decommissions_it(client: AppClient) -> None:
    keep = client.create_customer(customer_number=number("+254700000001")).customer_id
    other = client.create_customer(customer_number=number("+254700000002")).customer_id
    client.update_customer_metadata(customer_id=keep, updates={"name": "Ann"})
    client.update_customer_metadata(customer_id=other, updates={"name": "Anne", "city": "Mombasa"})
    client.update_customer_tag(customer_id=other, updates=[M.Tag(key="vip", value="yes")])
    client.update_customer_secondary_id(customer_id=other, updates=[M.Tag(key="email", value="anne@x.io")])
    client.customer_activity(
        customer_number=number("+254700000002"), source="web", session_id="s1", key="login"
    )
    adopted = client.adopt_customer_state(customer_id=keep, other_customer_id=other)
    assert adopted.status and adopted.customer_id == keep
    state = client.get_customer_state(customer_id=keep).data
    assert state is not None and state.identity_state is not None and state.payment_state is not None
    assert state.identity_state.metadata == {"city": "Mombasa", "name": "Ann"}  # existing keys win
    assert [(t.key, t.value) for t in state.identity_state.tags] == [("vip", "yes")]
    assert [i.value for i in state.identity_state.secondary_ids] == ["anne@x.io"]
    assert sorted(n.number for n in state.payment_state.customer_numbers) == [
        "+254700000001",
        "+254700000002",
    ]
    assert [s.source for s in state.activity_state.sessions] == ["web"]  # type: ignore[union-attr]
    # the adopted id is decommissioned; its number and secondary id now lead to the adopter
    refused = client.update_customer_metadata(customer_id=other, updates={"x": "y"})
    assert not refused.status
    assert refused.description == f"customer {other} was decommissioned: it was merged into {keep}"
    assert client.get_customer_state(customer_number=number("+254700000002")).data.customer_id == keep  # type: ignore[union-attr]
    again = client.adopt_customer_state(customer_id=keep, other_customer_id=other)
    assert not again.status and "decommissioned" in again.description


def test_deleting_a_customer_erases_it(client: AppClient) -> None:
    customer_id = client.create_customer(customer_number=number()).customer_id
    client.update_customer_metadata(customer_id=customer_id, updates={"name": "Ann"})
    deleted = client.delete_customer(customer_id=customer_id)
    assert deleted.status and deleted.customer_id == customer_id
    assert not client.get_customer_state(customer_id=customer_id).status
    fresh = client.create_customer(customer_number=number())
    assert fresh.customer_id != customer_id and fresh.description == "customer created"
    assert client.delete_customer(customer_number=number()).status
    missing = client.delete_customer(customer_number=number())
    assert not missing.status and "no customer has the number" in missing.description


def test_an_expiry_at_the_epoch_means_never(runtime: Runtime, client: AppClient) -> None:
    """Elarian's SDKs send Timestamp(0) for a tag without an expiry, and read one back."""
    customer_id = client.create_customer(customer_number=number()).customer_id
    epoch = datetime.fromtimestamp(0, timezone.utc)
    client.update_customer_tag(
        customer_id=customer_id, updates=[M.Tag(key="forever", value="yes", expires_at=epoch)]
    )
    runtime.clock.advance(10**6)  # type: ignore[attr-defined]
    [tag] = client.get_customer_state(customer_id=customer_id).data.identity_state.tags  # type: ignore[union-attr]
    assert (tag.key, tag.value, tag.expires_at) == ("forever", "yes", None)
    command = A.AppToServerCommand()
    command.get_customer_state.customer_id = customer_id
    raw = client.transport.request(command.SerializeToString())
    wire_tag = A.AppToServerCommandReply.FromString(raw).get_customer_state.data.identity_state.tags[0]
    assert wire_tag.HasField("expires_at") and wire_tag.expires_at.seconds == 0  # on the wire: the epoch
