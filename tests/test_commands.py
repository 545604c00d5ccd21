"""The generated command methods: arguments, envelopes, replies.

A client supplies ``_request``; here a small in-test client answers from a
table so the method layer can be checked on its own (the real client and
runtime are tested end to end elsewhere).
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from elarian_sync._generated import app_socket_pb2, simulator_socket_pb2
from elarian_sync._generated import commands as C
from elarian_sync._generated import models as M
from elarian_sync.errors import RemoteProtocolError


class Recorder(C.AppCommands, C.SimulatorCommands):
    """Keeps what was sent; answers with a prepared reply."""

    __slots__ = ("reply", "sent")

    def __init__(self, reply: Any) -> None:
        self.reply = reply
        self.sent: list[Any] = []

    def _request(self, command: Any, parse: Callable[[Any], Any], timeout: float | None) -> Any:
        self.sent.append((command, timeout))
        return parse(self.reply)

    def _request_async(self, command: Any, parse: Callable[[Any], Any], timeout: float | None) -> Future[Any]:
        future: Future[Any] = Future()
        self.sent.append((command, timeout))
        future.set_result(parse(self.reply))
        return future


def _state_reply() -> app_socket_pb2.AppToServerCommandReply:
    reply = app_socket_pb2.AppToServerCommandReply()
    reply.get_customer_state.status = True
    reply.get_customer_state.data.customer_id = "el_cst_1"
    return reply


def _update_reply() -> app_socket_pb2.AppToServerCommandReply:
    reply = app_socket_pb2.AppToServerCommandReply()
    reply.update_customer_state.status = True
    reply.update_customer_state.customer_id.value = "el_cst_1"
    return reply


def test_every_command_has_a_method_and_an_async_twin() -> None:
    app = [f.name for f in app_socket_pb2.AppToServerCommand.DESCRIPTOR.oneofs_by_name["entry"].fields]
    sim = [
        f.name
        for f in simulator_socket_pb2.SimulatorToServerCommand.DESCRIPTOR.oneofs_by_name["entry"].fields
    ]
    # the published 31, delete_customer; 42 of comms.proto; 8 of connectors.proto
    assert len(app) == 32 + 42 + 8 and len(sim) == 3
    for name in app:
        assert callable(getattr(C.AppCommands, name)) and callable(getattr(C.AppCommands, f"{name}_async"))
        assert "Returns:" in (getattr(C.AppCommands, name).__doc__ or "")
    for name in sim:
        assert callable(getattr(C.SimulatorCommands, name))


def test_command_goes_out_in_its_envelope_and_reply_comes_back_typed() -> None:
    client = Recorder(_state_reply())
    number = M.CustomerNumber(number="+254700000000", provider=M.CustomerNumberProvider.CELLULAR)
    reply = client.get_customer_state(customer_number=number, timeout=2.5)
    assert isinstance(reply, M.GetCustomerStateReply)
    assert reply.status is True
    assert reply.data is not None and reply.data.customer_id == "el_cst_1"
    command, timeout = client.sent[0]
    assert timeout == 2.5
    assert command.WhichOneof("entry") == "get_customer_state"
    assert command.get_customer_state.customer_number.number == "+254700000000"
    assert command.get_customer_state.customer_number.provider == 2


def test_async_twin_returns_a_future() -> None:
    client = Recorder(_update_reply())
    future = client.update_customer_tag_async(
        customer_id="el_cst_1",
        updates=[M.Tag(key="vip", value="gold", expires_at=datetime(2031, 1, 1, tzinfo=timezone.utc))],
    )
    assert future.result(1) == M.CustomerStateUpdateReply(status=True, customer_id="el_cst_1")
    command = client.sent[0][0].update_customer_tag
    assert command.updates[0].mapping.key == "vip"
    assert command.updates[0].expires_at.seconds == 1924992000


def test_reminder_and_metadata_arguments_convert() -> None:
    # Elarian's own SDKs read reminder replies from the app-data entry: reminders are per (customer, app)
    app_data_reply = app_socket_pb2.AppToServerCommandReply()
    app_data_reply.update_customer_app_data.status = True
    client = Recorder(app_data_reply)
    result = client.add_customer_reminder(
        secondary_id=M.SecondaryId(key="loan", value="L-1"),
        reminder=M.Reminder(key="due", remind_at=1_900_000_000, interval=timedelta(days=1), payload="p"),
    )
    assert isinstance(result, M.UpdateCustomerAppDataReply) and result.status
    sent = client.sent[-1][0].add_customer_reminder
    assert sent.secondary_id.key == "loan" and sent.reminder.remind_at.seconds == 1_900_000_000
    assert sent.reminder.interval.seconds == 86400
    client.reply = _update_reply()
    client.update_customer_metadata(customer_id="c", updates={"name": "Ann", "avatar": b"\x00\x01"})
    meta = client.sent[-1][0].update_customer_metadata.updates
    assert meta["name"].string_val == "Ann" and meta["avatar"].bytes_val == b"\x00\x01"


def test_bad_arguments_are_refused_before_sending() -> None:
    client = Recorder(_state_reply())
    with pytest.raises(ValueError, match="exactly one of customer_id, customer_number, secondary_id"):
        client.get_customer_state()
    with pytest.raises(ValueError, match="got 2"):
        client.get_customer_state(customer_id="a", customer_number=M.CustomerNumber(number="1"))
    with pytest.raises(TypeError, match="customer_id must be a str, not int"):
        client.get_customer_state(customer_id=5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="message is required"):
        client.send_message(
            customer_number=M.CustomerNumber(number="1"),
            channel_number=M.MessagingChannel(number="83044", channel=M.Channel.SMS),
            message=None,  # type: ignore[arg-type]
        )
    with pytest.raises(TypeError, match=r"updates\[0\] must be a Tag, not dict"):
        client.update_customer_tag(customer_id="c", updates=[{"key": "a"}])  # type: ignore[list-item]
    with pytest.raises(TypeError, match=r"send_message: message\.body\.text must be a str, not int"):
        client.send_message(
            customer_number=M.CustomerNumber(number="1"),
            channel_number=M.MessagingChannel(number="83044", channel=M.Channel.SMS),
            message=M.Message(body=M.MessageBody(text=3)),  # type: ignore[arg-type]
        )
    with pytest.raises(TypeError, match=r"reminder\.remind_at must be a datetime or number, not str"):
        client.add_customer_reminder(customer_id="c", reminder=M.Reminder(key="k", remind_at="soon"))  # type: ignore[arg-type]
    assert client.sent == []


def test_a_reply_of_the_wrong_kind_is_a_protocol_error() -> None:
    client = Recorder(_update_reply())
    with pytest.raises(
        RemoteProtocolError, match="expected a 'get_customer_state' reply, got 'update_customer_state'"
    ):
        client.get_customer_state(customer_id="c")
    client = Recorder(app_socket_pb2.AppToServerCommandReply())
    with pytest.raises(RemoteProtocolError, match="an empty reply"):
        client.delete_customer(customer_id="c")


def test_simulator_commands() -> None:
    reply = simulator_socket_pb2.SimulatorToServerCommandReply(status=True, description="ok")
    reply.message.body.ussd.text = "Welcome"
    client = Recorder(reply)
    result = client.receive_message(
        customer_number="+254700000001",
        channel_number=M.MessagingChannel(number="*83044#", channel=M.Channel.USSD),
        parts=[M.InboundMessageBody(ussd=M.UssdInput(status=M.UssdSessionStatus.ACTIVE, text=""))],
        session_id="s-1",
    )
    assert result.status is True
    assert result.message is not None and result.message.body is not None
    assert result.message.body.ussd == M.UssdMenu(text="Welcome")
    sent = client.sent[0][0].receive_message
    assert sent.session_id.value == "s-1" and sent.parts[0].ussd.status == 100
