"""The runtime's messaging over real sockets: an app connection and a simulator connection.

Outbound messages reach the simulator and come back DELIVERED; inbound USSD and
voice go through the app's answers; sessions start, renew and end; consent
blocks and allows; every refusal has its status and changes nothing.
"""

from __future__ import annotations

from typing import Any

import pytest

from elarian_server.config import DEV_APP
from elarian_sync._generated import app_socket_pb2 as A
from elarian_sync._generated import models as M

from .runtime_support import AppClient, SimClient, flush_simulator, number, running, work_done
from .waiting import wait_until

SMS = M.MessagingChannel(channel=M.Channel.SMS, number="83044")
USSD = M.MessagingChannel(channel=M.Channel.USSD, number="*83044#")
VOICE = M.MessagingChannel(channel=M.Channel.VOICE, number="+254711621711")
WHATSAPP = M.MessagingChannel(channel=M.Channel.WHATSAPP, number="+254711621711")
EMAIL = M.MessagingChannel(channel=M.Channel.EMAIL, number="dev@elarian.local")
Status = M.MessageDeliveryStatus


def text(body: str) -> M.Message:
    return M.Message(body=M.MessageBody(text=body))


def ussd_menu(body: str, terminal: bool = False) -> M.Message:
    return M.Message(body=M.MessageBody(ussd=M.UssdMenu(text=body, is_terminal=terminal)))


def reply_with(message: M.Message | None) -> A.ServerToAppNotificationReply:
    reply = A.ServerToAppNotificationReply()
    if message is not None:
        reply.message.CopyFrom(message.to_proto())
    return reply


def state(app: AppClient, customer_id: str) -> Any:
    reply = app.get_customer_state(customer_id=customer_id)
    assert reply.status, reply.description
    return reply.data


def test_an_sms_reaches_the_simulator_and_comes_back_delivered() -> None:
    with running() as runtime, AppClient(runtime.url) as app, SimClient(runtime.url) as sim:
        reply = app.send_message(
            customer_number=number(), channel_number=SMS, message=text("Your loan is due")
        )
        assert reply.status == Status.SENT
        assert reply.message_id and reply.customer_id
        sent = sim.wait("send_message")
        assert sent.message_id == reply.message_id
        assert sent.customer_id == reply.customer_id
        assert sent.customer_number.number == number().number
        assert sent.channel_number == SMS
        assert sent.message.body.text == "Your loan is due"
        status = app.wait("message_status")
        assert (status.message_id, status.status) == (reply.message_id, Status.DELIVERED)
        messages = state(app, reply.customer_id).messaging_state.messages
        assert [m.sent.status for m in messages] == [Status.DELIVERED]
        assert messages[0].sent.message.body.text == "Your loan is due"
        assert messages[0].sent.app_id == DEV_APP


def test_a_message_waits_for_a_simulator_and_is_never_dropped() -> None:
    with running() as runtime, AppClient(runtime.url) as app:
        replies = [
            app.send_message(customer_number=number(), channel_number=SMS, message=text(f"note {i}"))
            for i in range(3)
        ]
        assert {r.status for r in replies} == {Status.QUEUED}
        [customer_id] = {r.customer_id for r in replies}
        assert app.flush(customer_id) == []  # nothing delivered, nothing reported
        messages = state(app, customer_id).messaging_state.messages
        assert [m.sent.status for m in messages] == [Status.QUEUED] * 3
        # a simulator that does not acknowledge leaves the messages undelivered
        with SimClient(runtime.url, ack=False) as deaf:
            deaf.wait("send_message")
        with SimClient(runtime.url) as sim:
            got = [sim.wait("send_message", timeout=10).message.body.text for _ in range(3)]
            assert got == ["note 0", "note 1", "note 2"]  # one customer's messages in order
            delivered = {app.wait("message_status", timeout=10).message_id for _ in range(3)}
            assert delivered == {r.message_id for r in replies}


def test_a_ussd_session_of_several_menus() -> None:
    menus = {
        "": ussd_menu("Welcome\n1. Balance\n2. Pay"),
        "1": ussd_menu("Account\n1. Savings\n2. Loan"),
        "1*2": ussd_menu("Your loan balance is KES 1,200", terminal=True),
    }
    seen: list[str] = []

    def answer(name: str, notification: Any) -> A.ServerToAppNotificationReply:
        if name != "ussd_session":
            return reply_with(None)
        typed = notification.parts[0].ussd.text or ""
        seen.append(typed)
        return reply_with(menus[typed])

    with running() as runtime, AppClient(runtime.url, answer=answer) as app, SimClient(runtime.url) as sim:

        def dial(typed: str) -> Any:
            return sim.receive_message(
                customer_number="+254700000009",
                channel_number=USSD,
                parts=[M.InboundMessageBody(ussd=M.UssdInput(status=M.UssdSessionStatus.ACTIVE, text=typed))],
                session_id="ATUid_9",
            )

        first = dial("")
        assert first.status, first.description
        assert first.message.body.ussd.text.startswith("Welcome")
        assert not first.message.body.ussd.is_terminal
        second = dial("1")
        assert second.message.body.ussd.text.startswith("Account")
        last = dial("1*2")
        assert last.message.body.ussd == M.UssdMenu(text="Your loan balance is KES 1,200", is_terminal=True)
        assert seen == ["", "1", "1*2"]

        started = app.wait("messaging_session_started")
        assert started.channel_number == USSD
        ended = app.wait("messaging_session_ended")
        assert ended.session_id == started.session_id
        assert ended.reason == M.MessagingSessionEndReason.NORMAL_CLEARING
        data = state(app, started.customer_id).messaging_state
        kinds = [("received" if m.received else "sent") for m in data.messages]
        assert kinds == ["received", "sent"] * 3
        for received, sent in zip(data.messages[::2], data.messages[1::2], strict=True):
            assert sent.sent.in_reply_to == received.received.message_id
            assert sent.sent.status == Status.DELIVERED
            assert received.received.session_id == started.session_id
        assert [s.session_id for s in data.sessions] == [started.session_id]
        assert data.sessions[0].provider_session_id == "ATUid_9"
        assert data.sessions[0].end_reason == M.MessagingSessionEndReason.NORMAL_CLEARING
        assert all(c.in_session is None for c in data.channels)

        # after the terminal menu a menu cannot be pushed: no session is in progress
        refused = app.send_message(
            customer_number=number("+254700000009"), channel_number=USSD, message=ussd_menu("x")
        )
        assert refused.status == Status.NO_SESSION_IN_PROGRESS


def test_a_ussd_session_the_customer_abandons_ends_without_waiting_for_the_app() -> None:
    with (
        running() as runtime,
        AppClient(runtime.url, answer=lambda n, x: reply_with(ussd_menu("Menu"))) as app,
        SimClient(runtime.url) as sim,
    ):
        open_ = sim.receive_message(
            customer_number="+254700000010",
            channel_number=USSD,
            parts=[M.InboundMessageBody(ussd=M.UssdInput(status=M.UssdSessionStatus.ACTIVE, text=""))],
        )
        assert open_.message.body.ussd.text == "Menu"
        gone = sim.receive_message(
            customer_number="+254700000010",
            channel_number=USSD,
            parts=[M.InboundMessageBody(ussd=M.UssdInput(status=M.UssdSessionStatus.INCOMPLETE))],
        )
        assert gone.status and gone.message is None
        ended = app.wait("messaging_session_ended")
        assert ended.reason == M.MessagingSessionEndReason.INACTIVITY


def test_a_voice_call_with_get_digits() -> None:
    dialplan = [
        M.VoiceAction(say=M.Say(text="Your payment is due.")),
        M.VoiceAction(get_digits=M.GetDigits(say=M.Say(text="Press 1 to pay now"), num_digits=1)),
    ]
    pressed: list[str | None] = []

    def answer(name: str, notification: Any) -> A.ServerToAppNotificationReply:
        if name != "voice_call":
            return reply_with(None)
        digits = notification.parts[0].voice.dtmf_digits
        pressed.append(digits)
        if digits == "1":
            return reply_with(
                M.Message(body=M.MessageBody(voice=[M.VoiceAction(say=M.Say(text="Thank you"))]))
            )
        return reply_with(None)  # the call's own dialplan plays

    with running() as runtime, AppClient(runtime.url, answer=answer) as app, SimClient(runtime.url) as sim:
        reply = app.send_message(
            customer_number=number(),
            channel_number=VOICE,
            message=M.Message(body=M.MessageBody(voice=dialplan)),
        )
        assert reply.status == Status.SENT and reply.session_id
        call = sim.wait("make_voice_call")
        assert call.session_id == reply.session_id
        assert call.customer_number.number == number().number

        def voice(**fields: Any) -> Any:
            return sim.receive_message(
                customer_number=number().number,
                channel_number=VOICE,
                parts=[
                    M.InboundMessageBody(
                        voice=M.VoiceCallInput(direction=M.CustomerEventDirection.OUTBOUND, **fields)
                    )
                ],
                session_id=call.session_id,
            )

        answered = voice(status=M.VoiceCallStatus.ANSWERED)
        assert answered.message.body.voice == dialplan
        digits = voice(status=M.VoiceCallStatus.ACTIVE, dtmf_digits="1")
        assert digits.message.body.voice == [M.VoiceAction(say=M.Say(text="Thank you"))]
        assert pressed == [None, "1"]
        hangup = voice(
            status=M.VoiceCallStatus.COMPLETED, hangup_cause=M.VoiceCallHangupCause.NORMAL_CLEARING
        )
        assert hangup.status and hangup.message is None
        app.wait("messaging_session_started")
        ended = app.wait("messaging_session_ended")
        assert ended.session_id == reply.session_id
        # a second call while one is in progress is refused; after the hang-up a new one goes
        again = app.send_message(
            customer_number=number(),
            channel_number=VOICE,
            message=M.Message(body=M.MessageBody(voice=dialplan)),
        )
        assert again.status == Status.SENT


def test_a_whatsapp_window_starts_renews_and_lapses() -> None:
    with running() as runtime, AppClient(runtime.url) as app, SimClient(runtime.url) as sim:
        for word in ("hi", "again"):
            got = sim.receive_message(
                customer_number="+254700000011",
                channel_number=WHATSAPP,
                parts=[M.InboundMessageBody(text=word)],
            )
            assert got.status and got.message is None
        started = app.wait("messaging_session_started")
        assert app.wait("received_whatsapp").parts[0].text == "hi"
        renewed = app.wait("messaging_session_renewed")
        assert renewed.session_id == started.session_id
        assert renewed.expires_at >= started.expires_at
        runtime.clock.advance(86400 + 1)
        ended = app.wait("messaging_session_ended", timeout=10)
        assert ended.reason == M.MessagingSessionEndReason.INACTIVITY


def test_an_app_answer_to_a_chat_message_goes_back_to_the_simulator() -> None:
    def answer(name: str, notification: Any) -> A.ServerToAppNotificationReply:
        return reply_with(text("Thanks, we got it") if name == "received_sms" else None)

    with running() as runtime, AppClient(runtime.url, answer=answer), SimClient(runtime.url) as sim:
        got = sim.receive_message(
            customer_number="+254700000012", channel_number=SMS, parts=[M.InboundMessageBody(text="OK")]
        )
        assert got.status
        assert got.message.body.text == "Thanks, we got it"


def test_consent_blocked_then_allowed() -> None:
    with running() as runtime, AppClient(runtime.url) as app, SimClient(runtime.url):
        blocked = app.update_messaging_consent(
            customer_number=number(), channel_number=SMS, update=M.ConsentAction.BLOCK
        )
        assert blocked.status == M.MessagingConsentUpdateStatus.COMPLETED
        notice = app.wait("messaging_consent_update")
        assert (notice.update, notice.status) == (
            M.ConsentAction.BLOCK,
            M.MessagingConsentUpdateStatus.COMPLETED,
        )
        refused = app.send_message(customer_number=number(), channel_number=SMS, message=text("buy now"))
        assert refused.status == Status.NO_CONSENT
        assert "blocked" in refused.description
        data = state(app, blocked.customer_id).messaging_state
        assert data.messages == []  # nothing was recorded for the refused message
        assert [c.blocked.channel_number for c in data.channels] == [SMS]
        allowed = app.update_messaging_consent(
            customer_number=number(), channel_number=SMS, update=M.ConsentAction.ALLOW
        )
        assert allowed.status == M.MessagingConsentUpdateStatus.COMPLETED
        sent = app.send_message(customer_number=number(), channel_number=SMS, message=text("welcome back"))
        assert sent.status == Status.SENT
        channels = state(app, blocked.customer_id).messaging_state.channels
        assert [c.active.channel_number for c in channels] == [SMS]


def test_a_consent_change_within_a_session_names_the_session() -> None:
    telegram = M.MessagingChannel(channel=M.Channel.TELEGRAM, number="+254711621711")
    tg_user = M.CustomerNumber(number="tg_user_9", provider=M.CustomerNumberProvider.TELEGRAM)
    with running() as runtime, AppClient(runtime.url) as app, SimClient(runtime.url) as sim:
        for channel, who in ((WHATSAPP, "+254700000015"), (telegram, "tg_user_9")):
            got = sim.receive_message(
                customer_number=who, channel_number=channel, parts=[M.InboundMessageBody(text="hi")]
            )
            assert got.status, got.description
        started = [app.wait("messaging_session_started") for _ in range(2)]
        sessions = {s.channel_number.channel: s.session_id for s in started}
        whatsapp_session, telegram_session = sessions[M.Channel.WHATSAPP], sessions[M.Channel.TELEGRAM]
        for channel, who, session in (
            (WHATSAPP, number("+254700000015"), whatsapp_session),
            (telegram, tg_user, telegram_session),
            (SMS, number("+254700000015"), None),  # SMS keeps no session
        ):
            for update in (M.ConsentAction.BLOCK, M.ConsentAction.ALLOW):
                reply = app.update_messaging_consent(
                    customer_number=who, channel_number=channel, update=update
                )
                assert reply.status == M.MessagingConsentUpdateStatus.COMPLETED
                notice = app.wait("messaging_consent_update")
                assert (notice.channel_number, notice.update) == (channel, update)
                assert notice.session_id == session
        # once the window lapses, a change names no session
        runtime.clock.advance(86400 + 1)
        app.wait("messaging_session_ended", timeout=10)
        app.update_messaging_consent(
            customer_number=number("+254700000015"), channel_number=WHATSAPP, update=M.ConsentAction.BLOCK
        )
        assert app.wait("messaging_consent_update").session_id is None


@pytest.mark.parametrize(
    ("channel", "message", "status", "words"),
    [
        (
            M.MessagingChannel(channel=M.Channel.SMS, number="99999"),
            text("x"),
            Status.INVALID_CHANNEL_NUMBER,
            "99999",
        ),
        (SMS, ussd_menu("1. Pay"), Status.NOT_SUPPORTED, "ussd body cannot go out on sms"),
        (
            EMAIL,
            M.Message(body=M.MessageBody(voice=[M.VoiceAction(say=M.Say(text="x"))])),
            Status.NOT_SUPPORTED,
            "voice",
        ),
        (SMS, M.Message(), Status.INVALID_REQUEST, "no body"),
        (USSD, ussd_menu("1. Pay"), Status.NO_SESSION_IN_PROGRESS, "session"),
    ],
)
def test_messages_the_runtime_refuses(
    channel: M.MessagingChannel, message: M.Message, status: Any, words: str
) -> None:
    with running() as runtime, AppClient(runtime.url) as app, SimClient(runtime.url) as sim:
        reply = app.send_message(customer_number=number(), channel_number=channel, message=message)
        assert reply.status == status
        assert words in reply.description
        assert reply.message_id is None
        assert flush_simulator(app, sim, number().number) == []


def test_a_number_the_channel_cannot_reach_is_refused_and_nothing_is_made() -> None:
    email = M.CustomerNumber(number="ann@example.com", provider=M.CustomerNumberProvider.EMAIL)
    with running() as runtime, AppClient(runtime.url) as app:
        sms = app.send_message(customer_number=email, channel_number=SMS, message=text("x"))
        assert sms.status == Status.INVALID_REQUEST and sms.message_id is None
        assert sms.description == "sms reaches cellular numbers, and 'ann@example.com' is email"
        consent = app.update_messaging_consent(
            customer_number=email, channel_number=WHATSAPP, update=M.ConsentAction.BLOCK
        )
        assert consent.status != M.MessagingConsentUpdateStatus.COMPLETED
        assert "whatsapp reaches cellular numbers" in consent.description
        assert not app.get_customer_state(customer_number=email).status  # no customer was made for it
        fine = app.send_message(customer_number=email, channel_number=EMAIL, message=text("x"))
        assert fine.status == Status.QUEUED, fine.description


def test_reply_to_message_needs_a_received_message_of_that_customer() -> None:
    with running() as runtime, AppClient(runtime.url) as app, SimClient(runtime.url) as sim:
        got = sim.receive_message(
            customer_number="+254700000013", channel_number=SMS, parts=[M.InboundMessageBody(text="help")]
        )
        assert got.status
        received = app.wait("received_sms")
        reply = app.reply_to_message(
            customer_id=received.customer_id, message_id=received.message_id, message=text("On it")
        )
        assert reply.status == Status.SENT
        assert sim.wait("send_message").message.body.text == "On it"
        other = app.create_customer(customer_number=number("+254700000014")).customer_id
        wrong = app.reply_to_message(customer_id=other, message_id=received.message_id, message=text("x"))
        assert wrong.status == Status.INVALID_REPLY_TO_MESSAGE_ID
        unknown = app.reply_to_message(
            customer_id=received.customer_id, message_id="el_msg_nope", message=text("x")
        )
        assert unknown.status == Status.INVALID_REPLY_TO_MESSAGE_ID
        sent = [m.sent for m in state(app, received.customer_id).messaging_state.messages if m.sent]
        assert [(s.in_reply_to, s.message.body.text) for s in sent] == [(received.message_id, "On it")]


def test_send_message_tag_reaches_every_holder_in_the_background() -> None:
    with running() as runtime, AppClient(runtime.url) as app, SimClient(runtime.url) as sim:
        holders = [f"+25470000010{i}" for i in range(3)]
        for n in holders:
            app.update_customer_tag(customer_number=number(n), updates=[M.Tag(key="segment", value="gold")])
        app.update_customer_tag(
            customer_number=number("+254700000199"), updates=[M.Tag(key="segment", value="silver")]
        )
        reply = app.send_message_tag(
            tag=M.SecondaryId(key="segment", value="gold"), channel_number=SMS, message=text("Gold offer")
        )
        assert reply.status and reply.work_id
        got = sorted(sim.wait("send_message", timeout=10).customer_number.number for _ in holders)
        assert got == holders
        wait_until(lambda: work_done(runtime), what="the work, which runs in the background")
        assert flush_simulator(app, sim, *holders, "+254700000199") == []  # once each; not to silver
        refused = app.send_message_tag(
            tag=M.SecondaryId(key="segment", value="gold"), channel_number=USSD, message=ussd_menu("x")
        )
        assert not refused.status and "session" in refused.description


def test_a_decommissioned_customer_cannot_be_messaged() -> None:
    with running() as runtime, AppClient(runtime.url) as app, SimClient(runtime.url):
        keep = app.create_customer(customer_number=number("+254700000021")).customer_id
        gone = app.create_customer(customer_number=number("+254700000022")).customer_id
        app.adopt_customer_state(customer_id=keep, other_customer_id=gone)
        reply = app.reply_to_message(customer_id=gone, message_id="el_msg_x", message=text("x"))
        assert reply.status == Status.DECOMMISSIONED_CUSTOMERID
        assert keep in reply.description


@pytest.mark.parametrize(
    ("channel", "provider", "customer", "event", "body"),
    [
        (SMS, M.CustomerNumberProvider.CELLULAR, "+254700000071", "received_sms", M.MessageBody(text="hi")),
        (WHATSAPP, M.CustomerNumberProvider.CELLULAR, "+254700000072", "received_whatsapp",
         M.MessageBody(media=M.Media(url="https://example.com/a.png", type=M.MediaType.IMAGE))),
        (M.MessagingChannel(channel=M.Channel.TELEGRAM, number="+254711621711"),
         M.CustomerNumberProvider.TELEGRAM, "tg_user_1", "received_telegram",
         M.MessageBody(location=M.Location(latitude=-1.28, longitude=36.82))),
        (M.MessagingChannel(channel=M.Channel.FB_MESSENGER, number="+254711621711"),
         M.CustomerNumberProvider.FACEBOOK, "psid_1", "received_fb_messenger",
         M.MessageBody(template=M.Template(id="offer", params={"name": "Ann"}))),
        (EMAIL, M.CustomerNumberProvider.EMAIL, "ann@example.com", "received_email",
         M.MessageBody(email=M.Email(subject="Statement", body_plain="Attached"))),
    ],
)  # fmt: skip
def test_every_chat_channel_sends_and_receives(
    channel: M.MessagingChannel, provider: Any, customer: str, event: str, body: M.MessageBody
) -> None:
    with running() as runtime, AppClient(runtime.url) as app, SimClient(runtime.url) as sim:
        who = M.CustomerNumber(number=customer, provider=provider)
        reply = app.send_message(customer_number=who, channel_number=channel, message=M.Message(body=body))
        assert reply.status == Status.SENT, reply.description
        out = sim.wait("send_message")
        assert out.message.body == body and out.channel_number == channel
        inbound = (
            M.InboundMessageBody(text="thanks")
            if body.email is None
            else M.InboundMessageBody(email=body.email)
        )
        got = sim.receive_message(customer_number=customer, channel_number=channel, parts=[inbound])
        assert got.status, got.description
        notice = app.wait(event)
        assert notice.customer_id == reply.customer_id  # the same customer, found by number
        assert notice.parts == [inbound]


def test_an_email_with_attachments_keeps_them() -> None:
    email = M.Email(
        subject="Statement",
        body_plain="Attached",
        cc_list=["cc@example.com"],
        attachments=["https://files.example.com/statement.pdf", "https://files.example.com/terms.pdf"],
    )
    ann = M.CustomerNumber(number="ann@example.com", provider=M.CustomerNumberProvider.EMAIL)
    with running() as runtime, AppClient(runtime.url) as app, SimClient(runtime.url) as sim:
        reply = app.send_message(
            customer_number=ann, channel_number=EMAIL, message=M.Message(body=M.MessageBody(email=email))
        )
        assert reply.status == Status.SENT, reply.description
        out = sim.wait("send_message")
        assert out.message_id == reply.message_id and out.message.body.email == email
        app.wait("message_status")  # delivered: the state's copy was rewritten with its new status
        [message] = state(app, reply.customer_id).messaging_state.messages
        assert message.sent.status == Status.DELIVERED
        assert message.sent.message.body.email.attachments == email.attachments
        # and an email the customer sends keeps its attachments on the way to the app
        got = sim.receive_message(
            customer_number=ann.number, channel_number=EMAIL, parts=[M.InboundMessageBody(email=email)]
        )
        assert got.status, got.description
        assert app.wait("received_email").parts[0].email.attachments == email.attachments


def test_an_answer_after_the_simulator_stopped_waiting_goes_out_as_a_message() -> None:
    """The app answers a received SMS after the runtime's notification timeout: the simulator's
    ReceiveMessage has returned without it, and the answer reaches the phone as a new message."""
    import dataclasses
    import threading
    import time

    from elarian_server.config import DEV_API_KEY, DEV_ORG, RuntimeSettings, dev_config
    from elarian_sync import Elarian

    config = dataclasses.replace(dev_config(), runtime=RuntimeSettings(notification_timeout=0.5))
    simulator_gave_up = threading.Event()

    def slow(notification: Any) -> M.Message:
        assert simulator_gave_up.wait(10)  # the app answers once the simulator stopped waiting
        return text("Sorry for the wait")

    with (
        running(config) as runtime,
        SimClient(runtime.url) as sim,
        AppClient(runtime.url, simplex=True) as commands,
        Elarian(org_id=DEV_ORG, app_id=DEV_APP, api_key=DEV_API_KEY, url=runtime.url) as app,
    ):
        app.on("receivedSms", slow)
        started = time.monotonic()
        got = sim.receive_message(
            customer_number="+254700000081",
            channel_number=SMS,
            parts=[M.InboundMessageBody(text="hello?")],
        )
        assert got.status and got.message is None
        assert "did not answer within 0.5 s" in got.description
        assert time.monotonic() - started < 1.0
        simulator_gave_up.set()
        late = sim.wait("send_message", timeout=10)
        assert late.message.body.text == "Sorry for the wait"
        # the redelivered notification was not answered twice
        assert flush_simulator(commands, sim, "+254700000081") == []
