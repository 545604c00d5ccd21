"""The event dataclasses and the notification -> event table."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from codegen import DEFAULT_CONFIG, load_config
from elarian_sync._generated import app_socket_pb2, models, simulator_socket_pb2
from elarian_sync._generated import notifications as N
from elarian_sync.errors import UnknownNotificationError
from tests.proto_strategies import Rules, messages

CONFIG = load_config(DEFAULT_CONFIG)
RULES = Rules(set(CONFIG.optional_oneofs), dict(CONFIG.flatten), set(CONFIG.epoch_zero_is_none))

SPEC_APP_EVENTS = [
    "reminder",
    "messaging_session_started",
    "messaging_session_renewed",
    "messaging_session_ended",
    "messaging_consent_update",
    "received_sms",
    "received_fb_messenger",
    "received_telegram",
    "received_whatsapp",
    "received_email",
    "voice_call",
    "ussd_session",
    "message_status",
    "sent_message_reaction",
    "received_payment",
    "payment_status",
    "customer_activity",
]
SPEC_SIMULATOR_EVENTS = [
    "send_message",
    "make_voice_call",
    "send_customer_payment",
    "send_channel_payment",
    "checkout_payment",
]


OUR_APP_EVENTS = ["comms_send_status", "comms_campaign_status"]  # the communication layer's (comms.proto)


def test_every_spec_event_exists_with_its_camel_case_name() -> None:
    assert [e for e in N.EVENTS["app"] if e not in OUR_APP_EVENTS] == SPEC_APP_EVENTS
    assert set(OUR_APP_EVENTS) <= set(N.EVENTS["app"])
    assert list(N.EVENTS["simulator"]) == SPEC_SIMULATOR_EVENTS
    assert N.CAMEL_CASE["received_fb_messenger"] == "receivedFbMessenger"
    assert N.CAMEL_CASE["ussd_session"] == "ussdSession"
    assert N.CAMEL_CASE["send_customer_payment"] == "sendCustomerPayment"
    for name in SPEC_APP_EVENTS + SPEC_SIMULATOR_EVENTS:
        for cls in N.EVENT_CLASSES[name]:
            assert name in cls.EVENTS
            fields = cls.__dataclass_fields__
            for base in ("org_id", "app_id", "customer_id", "created_at", "notification_id"):
                assert base in fields, f"{cls.__name__} lacks {base}"


def _received(
    channel: models.Channel, *parts: models.InboundMessageBody
) -> app_socket_pb2.ServerToAppNotification:
    env = app_socket_pb2.ServerToAppNotification()
    c = env.customer
    c.org_id, c.app_id, c.customer_id, c.notification_id = "org", "app", "el_cst_1", "n-1"
    c.created_at.seconds = 1_700_000_000
    c.app_data.string_val = '{"step": 2}'
    m = c.received_message
    m.message_id = "msg-1"
    m.channel_number.channel = channel
    m.channel_number.number = "83044"
    m.customer_number.number = "+254700000001"
    m.session_id.value = "sess-9"
    for part in parts:
        part._write(m.parts.add())
    return env


@pytest.mark.parametrize(
    "channel,event,cls",
    [
        (models.Channel.SMS, "received_sms", N.ReceivedSmsNotification),
        (models.Channel.FB_MESSENGER, "received_fb_messenger", N.ReceivedFbMessengerNotification),
        (models.Channel.TELEGRAM, "received_telegram", N.ReceivedTelegramNotification),
        (models.Channel.WHATSAPP, "received_whatsapp", N.ReceivedWhatsappNotification),
        (models.Channel.EMAIL, "received_email", N.ReceivedEmailNotification),
        (models.Channel.VOICE, "voice_call", N.VoiceCallNotification),
        (models.Channel.USSD, "ussd_session", N.UssdSessionNotification),
    ],
)
def test_received_messages_split_by_channel(channel: models.Channel, event: str, cls: type) -> None:
    env = _received(channel, models.InboundMessageBody(text="OK"))
    name, notification = N.parse_server_to_app_notification(env)
    assert (name, type(notification)) == (event, cls)
    assert notification.org_id == "org"
    assert notification.customer_id == "el_cst_1"
    assert notification.notification_id == "n-1"
    assert notification.app_data == '{"step": 2}'
    assert notification.created_at == datetime.fromtimestamp(1_700_000_000, timezone.utc)
    assert notification.session_id == "sess-9"
    assert notification.to_proto() == env


def test_parts_properties_pick_the_first_part_of_a_kind() -> None:
    env = _received(
        models.Channel.WHATSAPP,
        models.InboundMessageBody(media=models.Media(url="https://x/1.png", type=models.MediaType.IMAGE)),
        models.InboundMessageBody(text="see photo"),
        models.InboundMessageBody(text="second"),
    )
    _, n = N.parse_server_to_app_notification(env)
    assert isinstance(n, N.ReceivedWhatsappNotification)
    assert n.text == "see photo"
    assert n.media == models.Media(url="https://x/1.png", type=models.MediaType.IMAGE)
    assert n.location is None and n.email is None

    _, ussd = N.parse_server_to_app_notification(
        _received(models.Channel.USSD, models.InboundMessageBody(ussd=models.UssdInput(text="1*2")))
    )
    assert isinstance(ussd, N.UssdSessionNotification)
    assert ussd.input == models.UssdInput(text="1*2")


def test_payment_status_from_a_purse() -> None:
    env = app_socket_pb2.ServerToAppNotification()
    env.purse.org_id, env.purse.purse_id, env.purse.notification_id = "org", "el_prs_1", "n-2"
    env.purse.payment_status.transaction_id = "tx-1"
    env.purse.payment_status.status = models.PaymentStatus.SUCCESS
    name, n = N.parse_server_to_app_notification(env)
    assert name == "payment_status"
    assert isinstance(n, N.PaymentStatusNotification)
    assert (n.purse_id, n.customer_id, n.status) == ("el_prs_1", None, models.PaymentStatus.SUCCESS)
    assert n.to_proto() == env
    assert N.PaymentStatusNotification.from_proto(env) == n


def test_unknown_notifications_are_reported() -> None:
    with pytest.raises(UnknownNotificationError, match="entry None"):
        N.parse_server_to_app_notification(app_socket_pb2.ServerToAppNotification())
    with pytest.raises(UnknownNotificationError, match="channel 0"):
        N.parse_server_to_app_notification(_received(models.Channel.UNSPECIFIED))
    env = app_socket_pb2.ServerToAppNotification()
    env.customer.org_id = "org"
    with pytest.raises(UnknownNotificationError, match="entry None"):
        N.parse_server_to_app_notification(env)
    with pytest.raises(ValueError, match="not a ReminderNotification"):
        N.ReminderNotification.from_proto(_received(models.Channel.SMS))


def test_event_table_lists_every_route() -> None:
    assert N.EVENT_TABLE[("ServerToAppCustomerNotification", "received_message", "USSD")] == "ussd_session"
    assert N.EVENT_TABLE[("ServerToAppPurseNotification", "payment_status", "")] == "payment_status"
    assert N.EVENT_TABLE[("ServerToSimulatorNotification", "checkout_payment", "")] == "checkout_payment"
    assert N.EVENT_TABLE[("ServerToAppCommsNotification", "send_status", "")] == "comms_send_status"
    assert N.EVENT_TABLE[("ServerToAppCommsNotification", "campaign_status", "")] == "comms_campaign_status"
    assert sorted(set(N.EVENT_TABLE.values())) == sorted(
        SPEC_APP_EVENTS + SPEC_SIMULATOR_EVENTS + OUR_APP_EVENTS
    )


@given(data=st.data())
def test_app_notifications_round_trip(data: st.DataObject) -> None:
    env = data.draw(messages(app_socket_pb2.ServerToAppNotification, RULES))
    parsed = app_socket_pb2.ServerToAppNotification.FromString(env.SerializeToString())
    try:
        name, n = N.parse_server_to_app_notification(parsed)
    except UnknownNotificationError:
        received = parsed.customer.received_message
        assert parsed.customer.WhichOneof("entry") == "received_message"
        assert received.channel_number.channel not in {1, 2, 3, 4, 5, 6, 7}
        return
    assert name in type(n).EVENTS
    assert n.to_proto() == parsed


@given(data=st.data())
def test_simulator_notifications_round_trip(data: st.DataObject) -> None:
    env = data.draw(messages(simulator_socket_pb2.ServerToSimulatorNotification, RULES))
    parsed = simulator_socket_pb2.ServerToSimulatorNotification.FromString(env.SerializeToString())
    name, n = N.parse_server_to_simulator_notification(parsed)
    assert name == parsed.WhichOneof("entry")
    assert n.to_proto() == parsed
    assert n.notification_id == parsed.notification_id
