"""The eight Replay commands: history imported once; the same provider id again changes nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import Any

from elarian_server.config import DEV_PURSE
from elarian_sync._generated import models as M

from .runtime_support import AppClient, SimClient, flush_simulator, number, running

SMS = M.MessagingChannel(channel=M.Channel.SMS, number="83044")
WHATSAPP = M.MessagingChannel(channel=M.Channel.WHATSAPP, number="+254711621711")
PAY_CHANNEL = M.PaymentChannelNumber(channel=M.PaymentChannel.CELLULAR, number="83044")
CUSTOMER = number("+254700000041")
WHEN = datetime(2021, 3, 1, 9, 30, tzinfo=timezone.utc)


def snapshot(app: AppClient, customer_id: str) -> Any:
    reply = app.get_customer_state(customer_id=customer_id)
    assert reply.status, reply.description
    return reply.data


def twice(
    app: AppClient, customer_id: str, replay: Callable[[], Any], changed: Callable[[Any], bool]
) -> None:
    """Replay once (the state changes as ``changed`` says), then again (nothing changes)."""
    before = snapshot(app, customer_id)
    first = replay()
    assert first.status, first.description
    after = snapshot(app, customer_id)
    assert after != before
    assert changed(after)
    second = replay()
    assert second.status, second.description
    assert "already" in second.description or "no change" in second.description
    assert snapshot(app, customer_id) == after


def test_each_replay_command_twice() -> None:
    with running() as runtime, AppClient(runtime.url) as app, SimClient(runtime.url) as sim:
        customer_id = app.create_customer(customer_number=CUSTOMER).customer_id

        twice(
            app,
            customer_id,
            lambda: app.replay_messaging_consent_update(
                customer_number=CUSTOMER, channel_number=SMS, updated_at=WHEN, update=M.ConsentAction.BLOCK
            ),
            lambda s: [c.blocked.blocked_at for c in s.messaging_state.channels] == [WHEN],
        )
        twice(
            app,
            customer_id,
            lambda: app.replay_received_message(
                provider_message_id="wamid.IN1",
                provider_session_id="wa-session-1",
                received_at=WHEN,
                customer_number=CUSTOMER,
                channel_number=WHATSAPP,
                parts=[M.InboundMessageBody(text="Hello")],
            ),
            lambda s: [m.received.parts[0].text for m in s.messaging_state.messages] == ["Hello"],
        )
        twice(
            app,
            customer_id,
            lambda: app.replay_sent_message(
                provider_message_id="wamid.OUT1",
                sent_at=WHEN + timedelta(minutes=1),
                customer_number=CUSTOMER,
                channel_number=WHATSAPP,
                message=M.Message(body=M.MessageBody(text="Hi there")),
                in_reply_to="wamid.IN1",
                status=M.MessageDeliveryStatus.SENT,
            ),
            lambda s: (
                s.messaging_state.messages[1].sent.in_reply_to
                == s.messaging_state.messages[0].received.message_id
            ),
        )
        twice(
            app,
            customer_id,
            lambda: app.replay_message_status_update(
                provider_message_id="wamid.OUT1",
                updated_at=WHEN + timedelta(minutes=2),
                customer_number=CUSTOMER,
                channel_number=WHATSAPP,
                status=M.MessageDeliveryStatus.READ,
            ),
            lambda s: s.messaging_state.messages[1].sent.status == M.MessageDeliveryStatus.READ,
        )
        assert app.wait("message_status").status == M.MessageDeliveryStatus.READ
        twice(
            app,
            customer_id,
            lambda: app.replay_message_reaction_update(
                provider_message_id="wamid.OUT1",
                updated_at=WHEN + timedelta(minutes=3),
                customer_number=CUSTOMER,
                channel_number=WHATSAPP,
                reaction=M.MessageReaction.CLICKED,
            ),
            lambda s: (
                [r.reaction for r in s.messaging_state.messages[1].sent.reactions]
                == [M.MessageReaction.CLICKED]
            ),
        )
        assert app.wait("sent_message_reaction").reaction == M.MessageReaction.CLICKED
        twice(
            app,
            customer_id,
            lambda: app.replay_messaging_session(
                provider_session_id="wa-session-1",
                customer_number=CUSTOMER,
                channel_number=WHATSAPP,
                started_at=WHEN,
                duration=timedelta(minutes=10),
                end_reason=M.MessagingSessionEndReason.INACTIVITY,
            ),
            lambda s: (
                [(x.provider_session_id, x.duration) for x in s.messaging_state.sessions]
                == [("wa-session-1", timedelta(minutes=10))]
            ),
        )
        opening = runtime.purse_balance(DEV_PURSE, "KES")
        payment = M.PaymentCounterParty(
            customer=M.PaymentCustomerCounterParty(customer_number=CUSTOMER, channel_number=PAY_CHANNEL)
        )
        purse = M.PaymentCounterParty(purse=M.PaymentPurseCounterParty(purse_id=DEV_PURSE))
        twice(
            app,
            customer_id,
            lambda: app.replay_payment(
                provider_transaction_id="MPESA_OLD1",
                created_at=WHEN,
                debit_party=payment,
                credit_party=purse,
                status=M.PaymentStatus.PENDING_CONFIRMATION,
                value=M.Cash(currency_code="KES", amount=12.5),
            ),
            lambda s: (
                [t.provider_transaction_id for t in s.payment_state.pending_transactions] == ["MPESA_OLD1"]
            ),
        )
        twice(
            app,
            customer_id,
            lambda: app.replay_payment_status_update(
                customer_number=CUSTOMER,
                provider_transaction_id="MPESA_OLD1",
                updated_at=WHEN + timedelta(hours=1),
                status=M.PaymentStatus.SUCCESS,
            ),
            lambda s: [t.status for t in s.payment_state.transaction_log] == [M.PaymentStatus.SUCCESS],
        )
        assert runtime.purse_balance(DEV_PURSE, "KES") == opening  # imported history moves no money
        # and sends nothing to simulators (the marker SMS needs the consent the replay took back)
        app.update_messaging_consent(
            customer_number=CUSTOMER, channel_number=SMS, update=M.ConsentAction.ALLOW
        )
        assert flush_simulator(app, sim, CUSTOMER.number) == []


def test_replays_of_unknown_history_are_refused() -> None:
    with running() as runtime, AppClient(runtime.url) as app:
        status = app.replay_message_status_update(
            provider_message_id="nope",
            customer_number=CUSTOMER,
            channel_number=SMS,
            status=M.MessageDeliveryStatus.READ,
        )
        assert not status.status and "nope" in status.description
        payment = app.replay_payment_status_update(
            customer_number=CUSTOMER, provider_transaction_id="nope", status=M.PaymentStatus.SUCCESS
        )
        assert not payment.status and "nope" in payment.description
        missing = app.replay_received_message(customer_number=CUSTOMER, channel_number=SMS)
        assert not missing.status and "provider's message id" in missing.description


def test_status_and_reaction_replays_find_a_message_by_the_id_send_message_gave() -> None:
    """A provider reports on a message the app sent through this runtime by the message id
    SendMessage returned: the replay finds it, changes it once, and tells the app."""
    with running() as runtime, AppClient(runtime.url) as app:
        sent = app.send_message(
            customer_number=CUSTOMER,
            channel_number=WHATSAPP,
            message=M.Message(body=M.MessageBody(text="Hi")),
        )
        assert sent.status == M.MessageDeliveryStatus.QUEUED  # no simulator: nothing else changes it
        customer_id, message_id = sent.customer_id, sent.message_id
        sent_at = datetime.fromtimestamp(runtime.clock.now(), timezone.utc)

        def status(value: M.MessageDeliveryStatus, minutes: float) -> Callable[[], Any]:
            return lambda: app.replay_message_status_update(
                provider_message_id=message_id,
                updated_at=sent_at + timedelta(minutes=minutes),
                customer_number=CUSTOMER,
                channel_number=WHATSAPP,
                status=value,
            )

        def only_message(s: Any) -> Any:
            [message] = s.messaging_state.messages
            assert message.sent.message_id == message_id
            return message.sent

        for minutes, value in enumerate((M.MessageDeliveryStatus.DELIVERED, M.MessageDeliveryStatus.READ), 1):
            twice(app, customer_id, status(value, minutes), lambda s, v=value: only_message(s).status == v)
        # a provider's callbacks come out of order: one older than the status known never moves it
        # back (DELIVERED from minute 1.5 after READ from minute 2), and the app hears nothing of it
        older = status(M.MessageDeliveryStatus.DELIVERED, 1.5)()
        assert older.status and "later status" in older.description
        assert only_message(snapshot(app, customer_id)).status == M.MessageDeliveryStatus.READ
        twice(
            app,
            customer_id,
            lambda: app.replay_message_reaction_update(
                provider_message_id=message_id,
                updated_at=WHEN + timedelta(minutes=5),
                customer_number=CUSTOMER,
                channel_number=WHATSAPP,
                reaction=M.MessageReaction.CLICKED,
            ),
            lambda s: (
                [(r.reaction, r.created_at) for r in only_message(s).reactions]
                == [(M.MessageReaction.CLICKED, WHEN + timedelta(minutes=5))]
            ),
        )
        # the app heard of each change once, in order: the activity below is the next thing it hears
        app.customer_activity(customer_number=CUSTOMER, source="test", session_id="s", key="marker")
        heard = [app.wait() for _ in range(4)]
        assert [(type(n).__name__, getattr(n, "message_id", None)) for n in heard] == [
            ("MessageStatusNotification", message_id),
            ("MessageStatusNotification", message_id),
            ("SentMessageReactionNotification", message_id),
            ("CustomerActivityNotification", None),
        ]
        assert [heard[0].status, heard[1].status, heard[2].reaction] == [
            M.MessageDeliveryStatus.DELIVERED,
            M.MessageDeliveryStatus.READ,
            M.MessageReaction.CLICKED,
        ]
        # a received message's id is not a sent message's
        assert app.replay_received_message(
            provider_message_id="wamid.IN9", customer_number=CUSTOMER, channel_number=WHATSAPP,
            parts=[M.InboundMessageBody(text="ok")],
        ).status  # fmt: skip
        [received] = [m.received for m in snapshot(app, customer_id).messaging_state.messages if m.received]
        wrong = app.replay_message_status_update(
            provider_message_id=received.message_id,
            customer_number=CUSTOMER,
            channel_number=WHATSAPP,
            status=M.MessageDeliveryStatus.READ,
        )
        assert not wrong.status and received.message_id in wrong.description


def test_status_and_reaction_replays_touch_only_the_named_customers_message() -> None:
    """A replay names the customer and channel of its message: naming another customer or
    channel is refused and changes nothing; a reaction without a time is recorded once."""
    with running() as runtime, AppClient(runtime.url) as app:
        sent = app.send_message(
            customer_number=CUSTOMER,
            channel_number=WHATSAPP,
            message=M.Message(body=M.MessageBody(text="Hi")),
        )
        other = number("+254700000042")
        assert app.create_customer(customer_number=other).status
        before = snapshot(app, sent.customer_id)
        for customer, channel, words in (
            (other, WHATSAPP, "was not sent to +254700000042"),
            (CUSTOMER, SMS, "was not sent from channel number 83044"),
        ):
            wrong = app.replay_message_status_update(
                provider_message_id=sent.message_id,
                customer_number=customer,
                channel_number=channel,
                status=M.MessageDeliveryStatus.READ,
            )
            assert not wrong.status and words in wrong.description, wrong.description
            wrong_reaction = app.replay_message_reaction_update(
                provider_message_id=sent.message_id,
                customer_number=customer,
                channel_number=channel,
                reaction=M.MessageReaction.COMPLAINED,
            )
            assert not wrong_reaction.status and words in wrong_reaction.description
        assert snapshot(app, sent.customer_id) == before

        def react_later() -> Any:  # no updated_at: the runtime's time, which moves on
            runtime.clock.advance(60)
            return app.replay_message_reaction_update(
                provider_message_id=sent.message_id,
                customer_number=CUSTOMER,
                channel_number=WHATSAPP,
                reaction=M.MessageReaction.CLICKED,
            )

        twice(
            app,
            sent.customer_id,
            react_later,
            lambda s: (
                [r.reaction for m in s.messaging_state.messages for r in m.sent.reactions]
                == [M.MessageReaction.CLICKED]
            ),
        )
