"""The SDK as seed 004 names and shapes it, and errors a newcomer can act on (real runtime).

Replays take the spec's update models and find messages this runtime sent; the spec's
attribute names hold (old names warn); a Customer named any way reaches every method
without a lookup round trip; a failed connect says what to do, once, and leaves no thread.
"""

from __future__ import annotations

import logging
import threading
import warnings
from concurrent.futures import Future
from datetime import datetime, timezone
from typing import Any

import pytest

from elarian_server.runtime import Runtime
from elarian_sync import (
    Activity,
    Cash,
    Channel,
    ConnectError,
    ConnectionRejectedError,
    ConsentAction,
    Customer,
    CustomerNumber,
    CustomerNumberProvider,
    Elarian,
    Email,
    InboundMessageBody,
    Media,
    MediaType,
    Message,
    MessageBody,
    MessageDeliveryStatus,
    MessageReaction,
    MessageStatusUpdate,
    MessagingChannel,
    PaymentChannel,
    PaymentChannelCounterParty,
    PaymentCounterParty,
    ReceivedMessage,
    SecondaryId,
    SentMessage,
    Simulator,
)
from elarian_sync.errors import ArgumentError

from .sdk_support import PURSE, SMS, Events, app_client
from .waiting import wait_until

EMAIL = MessagingChannel(channel=Channel.EMAIL, number="dev@elarian.local")


def test_replays_find_messages_the_app_sent(app: Elarian) -> None:
    events = Events()
    events.listen(app, "messageStatus", "sentMessageReaction")
    ann = Customer(app, customer_number="+254700000301")
    sent = ann.send_message(SMS, Message(body=MessageBody(text="Your bill is ready")))
    assert sent.message_id
    when = datetime(2030, 1, 2, tzinfo=timezone.utc)
    update = MessageStatusUpdate(
        message_id=sent.message_id, updated_at=when, status=MessageDeliveryStatus.READ
    )
    replayed = app.replay_message_status_update("+254700000301", SMS, update)
    assert replayed.status, replayed.description
    assert events.wait("messageStatus").status == MessageDeliveryStatus.READ
    reacted = app.replay_message_reaction_update(
        "+254700000301", SMS, sent.message_id, MessageReaction.CLICKED, when
    )
    assert reacted.status, reacted.description
    reaction = events.wait("sentMessageReaction")
    assert (reaction.message_id, reaction.reaction) == (sent.message_id, MessageReaction.CLICKED)
    [message] = ann.get_state().messaging_state.messages  # type: ignore[union-attr]
    assert message.sent is not None and message.sent.status == MessageDeliveryStatus.READ


def test_the_spec_names_hold_and_the_old_ones_warn() -> None:
    media = Media(url="https://example.com/a.png", type=MediaType.IMAGE)
    assert media.to_proto().media == MediaType.IMAGE  # the wire keeps its field name
    with pytest.warns(DeprecationWarning, match=r"Media\.media is deprecated; use Media\.type"):
        assert media.media == MediaType.IMAGE
    with pytest.warns(DeprecationWarning, match="ReceivedMessage.created_at"):
        old = ReceivedMessage(message_id="m", created_at=datetime(2030, 1, 1, tzinfo=timezone.utc))
    assert old.received_at == datetime(2030, 1, 1, tzinfo=timezone.utc)
    assert SentMessage(sent_at=old.received_at).to_proto().created_at.seconds == 1893456000
    assert CustomerNumberProvider.WEB == 4 and CustomerNumberProvider.APP is CustomerNumberProvider.WEB
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the spec's names raise no warning
        Email(subject="s", attachments=["https://example.com/a.pdf"]).to_proto()
        _ = media.type


def test_a_channel_payment_names_its_channel_number(app: Elarian, sim: Simulator) -> None:
    events = Events()
    events.listen(sim, "sendChannelPayment")
    to_channel = PaymentCounterParty(
        channel=PaymentChannelCounterParty(
            channel=PaymentChannel.CELLULAR, source="83044", destination="525900"
        )
    )
    paid = app.initiate_payment(PURSE, to_channel, Cash(currency_code="KES", amount=5))
    notification = events.wait("sendChannelPayment")
    assert notification.transaction_id == paid.transaction_id
    assert notification.channel_number == PaymentChannel.CELLULAR
    with pytest.warns(DeprecationWarning, match="use SendChannelPaymentSimulatorNotification.channel_number"):
        assert notification.channel == PaymentChannel.CELLULAR


def test_an_email_carries_its_attachments(app: Elarian, sim: Simulator) -> None:
    events = Events()
    events.listen(sim, "sendMessage")
    mail = Email(subject="Invoice", body_plain="attached", attachments=["https://example.com/invoice.pdf"])
    customer = Customer(
        app, customer_number=CustomerNumber(number="ann@example.com", provider=CustomerNumberProvider.EMAIL)
    )
    assert customer.send_message(EMAIL, Message(body=MessageBody(email=mail))).status
    assert events.wait("sendMessage").message.body.email.attachments == ["https://example.com/invoice.pdf"]


def test_a_customer_named_any_way_reaches_every_method(app: Elarian, sim: Simulator) -> None:
    events = Events()
    events.listen(app, "customerActivity")
    events.listen(sim, "sendMessage")
    by_number = Customer(app, customer_number="+254700000302")
    assert by_number.update_secondary_ids([SecondaryId(key="loan", value="L-302")]).status
    customer_id = by_number.customer_id
    assert customer_id
    when = datetime(2029, 6, 1, 8, 30, tzinfo=timezone.utc)
    for who in (
        Customer(app, customer_id=customer_id),
        Customer(app, secondary_id=SecondaryId(key="loan", value="L-302")),
    ):
        done = who.update_activity("web", Activity(key="login", properties={"via": "sso"}, created_at=when))
        assert done.status, done.description
        activity = events.wait("customerActivity")
        assert activity.activity.created_at == when and activity.customer_id == customer_id
        sent = who.send_message(SMS, Message(body=MessageBody(text="by any name")))
        assert sent.status in (MessageDeliveryStatus.QUEUED, MessageDeliveryStatus.SENT), sent.description
        assert events.wait("sendMessage").customer_number.number == "+254700000302"
    sessions = by_number.get_state().activity_state.sessions  # type: ignore[union-attr]
    assert [a.created_at for s in sessions for a in s.activities] == [when, when]  # one per Customer


def test_async_twins_make_one_round_trip_and_never_block(app: Elarian) -> None:
    owner = Customer(app, customer_number="+254700000303")
    assert owner.update_secondary_ids([SecondaryId(key="acct", value="A-303")]).status

    def no_blocking_request(*args: Any, **kwargs: Any) -> bytes:
        raise AssertionError("an *_async method made a blocking round trip")

    app._transport.request = no_blocking_request  # type: ignore[method-assign]
    for who in (
        Customer(app, customer_id=owner.customer_id),
        Customer(app, secondary_id=SecondaryId(key="acct", value="A-303")),
        Customer(app, customer_number="+254700000303"),
    ):
        futures: list[Future[Any]] = [
            who.send_message_async(SMS, Message(body=MessageBody(text="hi"))),
            who.update_activity_async("web", Activity(key="visit")),
            who.update_messaging_consent_async(SMS, ConsentAction.ALLOW),
            who.update_metadata_async({"k": "v"}),
        ]
        replies = [f.result(10) for f in futures]
        assert replies[0].status in (MessageDeliveryStatus.QUEUED, MessageDeliveryStatus.SENT), replies[0]
        # commands in flight together run in parallel: read the metadata once it was written
        assert who.get_metadata_async().result(10)["k"] == "v"
        assert who.customer_id == owner.customer_id  # learned from the async replies too


def test_no_runtime_is_one_clear_error_and_leaves_no_thread(caplog: pytest.LogCaptureFixture) -> None:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        url = f"ws://127.0.0.1:{probe.getsockname()[1]}"
    threads = threading.active_count()
    caplog.set_level(logging.DEBUG, logger="elarian_sync")
    for _ in range(5):
        with pytest.raises(ConnectError) as raised:
            app_client(url).connect(timeout=5)
        message = str(raised.value)
        assert "elarian-sync serve" in message and "ELARIAN_URL" in message, message
        with pytest.raises(ConnectError), app_client(url):
            pass
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING], (
        caplog.text
    )  # raised, not also logged
    wait_until(
        lambda: threading.active_count() <= threads,
        what=lambda: f"threads left behind: {[t.name for t in threading.enumerate()]}",
    )


def test_a_wrong_key_is_a_rejection_and_leaves_no_thread(runtime: Runtime) -> None:
    threads = threading.active_count()
    client = Elarian(org_id="el_org_eu_1SJ2jx", app_id="el_app_WZFQdt", api_key="el_k_wrong", url=runtime.url)
    with pytest.raises(ConnectionRejectedError, match="invalid API key") as raised:
        client.connect()
    assert raised.value.code == 0x003
    wait_until(
        lambda: threading.active_count() <= threads,
        what=lambda: f"threads left behind: {[t.name for t in threading.enumerate()]}",
    )


def test_a_too_large_command_is_refused_before_sending(app: Elarian) -> None:
    customer = Customer(app, customer_number="+254700000304")
    with pytest.raises(ArgumentError, match="more than the 16,777,216 bytes a request may have"):
        customer.update_metadata({"blob": b"x" * (17 * 1024 * 1024)})
    assert customer.update_metadata({"blob": b"x" * (2 * 1024 * 1024)}).status  # fragmented, accepted
    assert len(customer.get_metadata()["blob"]) == 2 * 1024 * 1024


def test_simulator_takes_the_spec_order(app: Elarian, sim: Simulator) -> None:
    app.on("receivedSms", lambda n: None)
    reply = sim.receive_message("+254700000305", SMS, "s-305", [InboundMessageBody(text="hi")], None)
    assert reply.status, reply.description
