"""Commands that name their customer by number, id or secondary id (the fields 1b8e362 added).

SendMessage and UpdateMessagingConsent by id or secondary id use the customer's number that the
channel reaches; ReplyToMessage and AdoptCustomerState take a number or secondary id when the
id is empty; CustomerActivity takes any of the three and a time of its own. When a command gives
names of two different customers it is refused, never guessed at.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from elarian_server.runtime import Runtime
from elarian_sync._generated import models as M

from .runtime_support import T0, AppClient, SimClient, number, running

SMS = M.MessagingChannel(channel=M.Channel.SMS, number="83044")
TELEGRAM = M.MessagingChannel(channel=M.Channel.TELEGRAM, number="+254711621711")
EMAIL = M.MessagingChannel(channel=M.Channel.EMAIL, number="dev@elarian.local")
Status = M.MessageDeliveryStatus
Consent = M.MessagingConsentUpdateStatus
CELL = number("+254700000301")
TG = M.CustomerNumber(number="tg_ann", provider=M.CustomerNumberProvider.TELEGRAM)
PASSPORT = M.SecondaryId(key="passport", value="A123")
NOBODY = "el_cst_" + "0" * 32


def text(body: str) -> M.Message:
    return M.Message(body=M.MessageBody(text=body))


class World:
    """Ann: a Telegram number, then a cellular one (she adopted the customer who had it), and a
    passport secondary id. ``merged`` is the customer she adopted (now decommissioned)."""

    def __init__(self, runtime: Runtime, app: AppClient, sim: SimClient) -> None:
        self.runtime, self.app, self.sim = runtime, app, sim
        self.ann = app.create_customer(customer_number=TG).customer_id
        self.merged = app.create_customer(customer_number=CELL).customer_id
        assert app.adopt_customer_state(customer_id=self.ann, other_customer_id=self.merged).status
        assert app.update_customer_secondary_id(
            customer_id=self.ann, updates=[M.Tag(key="passport", value="A123")]
        ).status
        self.bob = app.create_customer(customer_number=number("+254700000302")).customer_id

    def sent_messages(self, customer_id: str) -> list[Any]:
        data = self.app.get_customer_state(customer_id=customer_id).data
        return [m.sent for m in data.messaging_state.messages if m.sent]

    def next_sent(self) -> Any:
        return self.sim.wait("send_message")


@pytest.fixture
def world() -> Iterator[World]:
    with running() as runtime, AppClient(runtime.url) as app, SimClient(runtime.url) as sim:
        yield World(runtime, app, sim)


# -- SendMessage ----------------------------------------------------------------------------------


def test_send_message_by_id_or_secondary_id_uses_the_number_the_channel_reaches(world: World) -> None:
    app = world.app
    by_id = app.send_message(customer_id=world.ann, channel_number=SMS, message=text("by id"))
    assert by_id.status == Status.SENT, by_id.description
    assert by_id.customer_id == world.ann
    out = world.next_sent()
    assert (out.message_id, out.customer_number, out.channel_number) == (by_id.message_id, CELL, SMS)

    by_secondary = app.send_message(secondary_id=PASSPORT, channel_number=TELEGRAM, message=text("tg"))
    assert by_secondary.status == Status.SENT, by_secondary.description
    assert by_secondary.customer_id == world.ann
    out = world.next_sent()
    assert (out.message_id, out.customer_number) == (by_secondary.message_id, TG)
    assert [(s.customer_number, s.message.body.text) for s in world.sent_messages(world.ann)] == [
        (CELL, "by id"),
        (TG, "tg"),
    ]
    # several names of the same customer are fine
    reply = world.app.send_message(
        customer_number=CELL,
        customer_id=world.ann,
        secondary_id=PASSPORT,
        channel_number=SMS,
        message=text("x"),
    )
    assert reply.status == Status.SENT and reply.customer_id == world.ann
    # the adopted customer's id names the adopter now, so it agrees with her number
    also = world.app.send_message(
        customer_number=CELL, customer_id=world.merged, channel_number=SMS, message=text("y")
    )
    assert also.status == Status.SENT and also.customer_id == world.ann


@pytest.mark.parametrize(
    ("names", "status", "words"),
    [
        ({"customer_id": "ann", "channel_number": EMAIL}, Status.CUSTOMER_NUMBER_NOT_FOUND,
         "customer {ann} has no email number for email to reach"),
        ({"customer_id": NOBODY}, Status.INVALID_CUSTOMER_ID, f"unknown customer id {NOBODY}"),
        ({"secondary_id": M.SecondaryId(key="passport", value="Z9")}, Status.INVALID_CUSTOMER_ID,
         "no customer has the secondary id passport=Z9"),
        ({"customer_id": "merged"}, Status.DECOMMISSIONED_CUSTOMERID,
         "customer {merged} was decommissioned: it was merged into {ann}"),
        ({"customer_number": number("+254700000302"), "customer_id": "ann"}, Status.INVALID_REQUEST,
         "the customer number +254700000302 names customer {bob} "
         "but the customer id {ann} names customer {ann}"),
        ({"customer_number": number("+254700000302"), "secondary_id": PASSPORT}, Status.INVALID_REQUEST,
         "names customer {bob} but the secondary id passport=A123 names customer {ann}"),
        ({"customer_number": number("+254700000399"), "customer_id": "ann"}, Status.INVALID_REQUEST,
         "+254700000399 names a new customer but the customer id {ann} names customer {ann}"),
        ({"customer_id": "bob", "secondary_id": PASSPORT}, Status.INVALID_REQUEST,
         "the customer id {bob} names customer {bob} "
         "but the secondary id passport=A123 names customer {ann}"),
        ({"customer_id": NOBODY, "secondary_id": PASSPORT}, Status.INVALID_CUSTOMER_ID,
         f"unknown customer id {NOBODY}"),
        ({}, Status.INVALID_REQUEST, "names no customer"),
    ],
)  # fmt: skip
def test_send_message_to_a_customer_it_cannot_reach(
    world: World, names: dict[str, Any], status: Any, words: str
) -> None:
    ids = {"ann": world.ann, "bob": world.bob, "merged": world.merged}
    names = {k: ids.get(v, v) if isinstance(v, str) else v for k, v in names.items()}
    names.setdefault("channel_number", SMS)
    reply = world.app.send_message(message=text("refused"), **names)
    assert reply.status == status, reply.description
    assert words.format(**ids) in reply.description
    assert reply.message_id is None
    assert world.sent_messages(world.ann) == [] and world.sent_messages(world.bob) == []
    # an unknown number given beside a known id was not created either
    assert not world.app.get_customer_state(customer_number=number("+254700000399")).status


# -- UpdateMessagingConsent --------------------------------------------------------------------------


def test_consent_by_id_applies_to_the_number_the_channel_reaches(world: World) -> None:
    app = world.app
    blocked = app.update_messaging_consent(
        customer_id=world.ann, channel_number=SMS, update=M.ConsentAction.BLOCK
    )
    assert (blocked.status, blocked.customer_id) == (Consent.COMPLETED, world.ann)
    notice = app.wait("messaging_consent_update")
    assert (notice.customer_id, notice.customer_number, notice.update) == (
        world.ann,
        CELL,
        M.ConsentAction.BLOCK,
    )
    refused = app.send_message(customer_number=CELL, channel_number=SMS, message=text("offer"))
    assert refused.status == Status.NO_CONSENT
    channels = app.get_customer_state(customer_id=world.ann).data.messaging_state.channels
    assert [(c.blocked.customer_number, c.blocked.channel_number) for c in channels] == [(CELL, SMS)]

    allowed = app.update_messaging_consent(
        secondary_id=PASSPORT, channel_number=SMS, update=M.ConsentAction.ALLOW
    )
    assert allowed.status == Consent.COMPLETED
    assert (
        app.send_message(customer_id=world.ann, channel_number=SMS, message=text("hi")).status == Status.SENT
    )


@pytest.mark.parametrize(
    ("names", "status", "words"),
    [
        ({"customer_id": "ann", "channel_number": EMAIL}, Consent.APPLICATION_ERROR, "no email number"),
        ({"customer_id": NOBODY}, Consent.APPLICATION_ERROR, "unknown customer id"),
        ({"customer_id": "merged"}, Consent.DECOMMISSIONED_CUSTOMER_ID, "decommissioned"),
        ({"customer_number": number("+254700000302"), "customer_id": "ann"}, Consent.APPLICATION_ERROR,
         "but the customer id"),
    ],
)  # fmt: skip
def test_consent_for_a_customer_it_cannot_reach(
    world: World, names: dict[str, Any], status: Any, words: str
) -> None:
    ids = {"ann": world.ann, "merged": world.merged}
    names = {k: ids.get(v, v) if isinstance(v, str) else v for k, v in names.items()}
    names.setdefault("channel_number", SMS)
    reply = world.app.update_messaging_consent(update=M.ConsentAction.BLOCK, **names)
    assert reply.status == status, reply.description
    assert words in reply.description
    channels = world.app.get_customer_state(customer_id=world.ann).data.messaging_state.channels
    assert all(c.blocked is None for c in channels)


# -- ReplyToMessage ------------------------------------------------------------------------------------


def test_reply_to_message_by_number_or_secondary_id(world: World) -> None:
    app, sim = world.app, world.sim
    assert sim.receive_message(
        customer_number=CELL.number, channel_number=SMS, parts=[M.InboundMessageBody(text="help")]
    ).status
    received = app.wait("received_sms")
    assert received.customer_id == world.ann
    by_number = app.reply_to_message(customer_number=CELL, message_id=received.message_id, message=text("1"))
    assert (by_number.status, by_number.customer_id) == (Status.SENT, world.ann)
    by_secondary = app.reply_to_message(
        secondary_id=PASSPORT, message_id=received.message_id, message=text("2")
    )
    assert (by_secondary.status, by_secondary.customer_id) == (Status.SENT, world.ann)
    assert [(m.in_reply_to, m.message.body.text) for m in world.sent_messages(world.ann)] == [
        (received.message_id, "1"),
        (received.message_id, "2"),
    ]
    assert [world.next_sent().message.body.text for _ in range(2)] == ["1", "2"]

    # an unknown number has no customer, so no message was received from it (and none is created)
    unknown = app.reply_to_message(
        customer_number=number("+254700000398"), message_id=received.message_id, message=text("x")
    )
    assert unknown.status == Status.INVALID_REPLY_TO_MESSAGE_ID
    assert "no customer has the number +254700000398" in unknown.description
    assert not app.get_customer_state(customer_number=number("+254700000398")).status
    # another customer's number: not a message received from them
    other = app.reply_to_message(
        customer_number=number("+254700000302"), message_id=received.message_id, message=text("x")
    )
    assert other.status == Status.INVALID_REPLY_TO_MESSAGE_ID
    # an id and a number of different customers: refused, whatever the message
    both = app.reply_to_message(
        customer_id=world.ann,
        customer_number=number("+254700000302"),
        message_id=received.message_id,
        message=text("x"),
    )
    assert both.status == Status.INVALID_REQUEST and world.bob in both.description
    unknown_id = app.reply_to_message(customer_id=NOBODY, message_id=received.message_id, message=text("x"))
    assert unknown_id.status == Status.INVALID_CUSTOMER_ID
    assert len(world.sent_messages(world.ann)) == 2


# -- AdoptCustomerState ---------------------------------------------------------------------------------


def test_adopt_by_number_or_secondary_id(world: World) -> None:
    app = world.app
    by_secondary = app.adopt_customer_state(secondary_id=PASSPORT, other_customer_id=world.bob)
    assert by_secondary.status and by_secondary.customer_id == world.ann, by_secondary.description
    carl = app.create_customer(customer_number=number("+254700000303")).customer_id
    by_number = app.adopt_customer_state(customer_number=CELL, other_customer_id=carl)
    assert by_number.status and by_number.customer_id == world.ann
    numbers = app.get_customer_state(customer_id=world.ann).data.payment_state.customer_numbers
    assert [n.number for n in numbers] == ["tg_ann", CELL.number, "+254700000302", "+254700000303"]


def test_adopt_by_an_unknown_number_creates_the_adopter(world: World) -> None:
    app = world.app
    fresh = number("+254700000397")
    reply = app.adopt_customer_state(customer_number=fresh, other_customer_id=world.bob)
    assert reply.status, reply.description
    assert reply.customer_id not in (world.ann, world.bob)
    data = app.get_customer_state(customer_number=fresh).data
    assert data.customer_id == reply.customer_id
    assert sorted(n.number for n in data.payment_state.customer_numbers) == ["+254700000302", "+254700000397"]
    gone = app.update_customer_metadata(customer_id=world.bob, updates={"a": "b"})
    assert not gone.status and "decommissioned" in gone.description
    # refused adoptions create nothing: the other customer is unknown
    refused = app.adopt_customer_state(customer_number=number("+254700000396"), other_customer_id=NOBODY)
    assert not refused.status
    assert not app.get_customer_state(customer_number=number("+254700000396")).status
    mixed = app.adopt_customer_state(
        customer_id=world.ann, customer_number=fresh, other_customer_number=number("+254700000303")
    )
    assert not mixed.status and "give names of one customer" in mixed.description


# -- CustomerActivity --------------------------------------------------------------------------------------


def test_activity_at_its_own_time_by_id_or_secondary_id(world: World) -> None:
    app = world.app
    when = datetime.fromtimestamp(T0, timezone.utc) - timedelta(days=2, minutes=5)
    by_id = app.customer_activity(
        customer_id=world.ann, source="web", session_id="s1", key="login", created_at=when
    )
    assert by_id.status and by_id.customer_id == world.ann, by_id.description
    notice = app.wait("customer_activity")
    assert notice.activity.created_at == when
    assert notice.customer_number == TG  # her first number, of any provider
    now = app.customer_activity(secondary_id=PASSPORT, source="web", session_id="s1", key="logout")
    assert now.status and now.customer_id == world.ann
    notice = app.wait("customer_activity")
    assert notice.activity.created_at == datetime.fromtimestamp(T0, timezone.utc)  # the runtime's clock
    by_number = app.customer_activity(
        customer_number=CELL, source="web", session_id="s1", key="pay", created_at=when + timedelta(days=1)
    )
    assert by_number.status
    assert app.wait("customer_activity").customer_number == CELL  # the number it was named by

    [session] = app.get_customer_state(customer_id=world.ann).data.activity_state.sessions
    assert [(a.key, a.created_at) for a in session.activities] == [
        ("login", when),
        ("logout", datetime.fromtimestamp(T0, timezone.utc)),
        ("pay", when + timedelta(days=1)),
    ]
    assert (session.created_at, session.updated_at) == (when, datetime.fromtimestamp(T0, timezone.utc))
    assert session.customer_number == TG

    unknown = app.customer_activity(customer_id=NOBODY, source="web", session_id="s", key="k")
    assert not unknown.status and unknown.description == f"unknown customer id {NOBODY}"
    mixed = app.customer_activity(
        customer_number=number("+254700000302"), customer_id=world.ann, source="web", session_id="s", key="k"
    )
    assert not mixed.status and "give names of one customer" in mixed.description
    nobody = app.customer_activity(source="web", session_id="s", key="k")
    assert not nobody.status and "names no customer" in nobody.description
