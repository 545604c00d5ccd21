"""The pytest plugin users get with the package: a runtime and connected clients as fixtures."""

from __future__ import annotations

from importlib.metadata import entry_points

import pytest

USERS_TEST = """
from elarian_sync import Channel, Customer, Message, MessageBody, MessagingChannel, Reminder
import datetime, queue

SMS = MessagingChannel(channel=Channel.SMS, number="83044")

def test_a_reminder_and_an_sms(elarian_runtime, elarian_app, elarian_simulator):
    got = queue.Queue()
    elarian_app.on("reminder", lambda n: got.put(n.reminder.key))
    elarian_simulator.on("sendMessage", lambda n: got.put(n.message.body.text))
    customer = Customer(elarian_app, customer_number="+254700000001")
    due = elarian_runtime.clock.datetime() + datetime.timedelta(hours=1)
    assert customer.add_reminder(Reminder(key="pay", remind_at=due)).status
    elarian_runtime.clock.advance(3600)
    assert got.get(timeout=10) == "pay"
    assert customer.send_message(SMS, Message(body=MessageBody(text="hi"))).status.name == "SENT"
    assert got.get(timeout=10) == "hi"

def test_each_test_gets_a_fresh_runtime(elarian_app):
    state = Customer(elarian_app, customer_number="+254700000001")
    assert state.update_metadata({"k": "v"}).description == "1 metadata value(s) set"
"""


def test_the_plugin_is_registered_for_pytest() -> None:
    names = {ep.value for ep in entry_points(group="pytest11")}
    assert "elarian_server.pytest_plugin" in names


def test_a_users_test_file_runs_with_the_fixtures(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_users_app=USERS_TEST)
    result = pytester.runpytest("-q")
    result.assert_outcomes(passed=2)


def test_the_option_is_documented_in_help(pytester: pytest.Pytester) -> None:
    result = pytester.runpytest("--help")
    result.stdout.fnmatch_lines(["*--elarian-config*"])
