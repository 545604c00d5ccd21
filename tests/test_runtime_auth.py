"""The runtime: who may connect, what each may see, and how bad input is answered.

Everything goes over real sockets on 127.0.0.1 through our own RSocket layer.
"""

from __future__ import annotations

import pytest

from elarian_server.clock import ManualClock
from elarian_server.config import DEV_API_KEY, DEV_APP, DEV_ORG, parse_config
from elarian_sync._generated import app_socket_pb2 as A
from elarian_sync._generated import models as M
from elarian_sync._generated import simulator_socket_pb2 as S
from elarian_sync.errors import ServerError
from elarian_sync.rsocket.connection import ConnectionRejectedError
from elarian_sync.rsocket.frames import ErrorCode
from tests.runtime_support import AppClient, number, running

TWO_ORGS = parse_config(
    {
        "runtime": {"auth_token_seconds": 600},
        "orgs": [
            {"id": "org-a", "api_keys": ["key-a"], "apps": [{"id": "app-a1"}, {"id": "app-a2"}]},
            {"id": "org-b", "api_keys": ["key-b"], "apps": [{"id": "app-b"}]},
        ],
    },
    "test config",
)


@pytest.mark.parametrize(
    "org,app,key,reason",
    [
        (DEV_ORG, DEV_APP, "el_k_test_wrong", "invalid API key"),
        ("el_org_nope", DEV_APP, DEV_API_KEY, "unknown org 'el_org_nope'"),
        (DEV_ORG, "el_app_nope", DEV_API_KEY, "unknown app 'el_app_nope'"),
        (DEV_ORG, DEV_APP, None, "neither an API key nor an auth token"),
    ],
)
def test_setup_is_rejected_with_a_reason(org: str, app: str, key: str | None, reason: str) -> None:
    with running() as runtime:
        client = AppClient(runtime.url, org=org, app=app, key=key)
        with pytest.raises(ConnectionRejectedError) as raised:
            client.connect()
        assert raised.value.code == ErrorCode.REJECTED_SETUP
        assert reason in raised.value.message
        # the runtime is unharmed: a good client works
        with AppClient(runtime.url) as good:
            assert good.create_customer(customer_number=number()).status


def test_auth_tokens_stand_in_for_the_key_until_they_expire() -> None:
    with running() as runtime:
        with AppClient(runtime.url) as keyed:
            token = keyed.generate_auth_token()
        assert token.token.startswith("el_tkn_") and token.lifetime.total_seconds() == 3600
        with AppClient(runtime.url, key=None, token=token.token) as by_token:
            assert by_token.create_customer(customer_number=number()).status
        other_app = AppClient(runtime.url, app="el_app_other", key=None, token=token.token)
        with pytest.raises(ConnectionRejectedError, match="unknown app"):
            other_app.connect()
        runtime.clock.advance(3601)  # type: ignore[attr-defined]
        expired = AppClient(runtime.url, key=None, token=token.token)
        with pytest.raises(ConnectionRejectedError, match="expired"):
            expired.connect()
        forged = AppClient(runtime.url, key=None, token="el_tkn_forged")
        with pytest.raises(ConnectionRejectedError, match="invalid auth token"):
            forged.connect()


def test_an_auth_token_opens_sessions_until_it_expires_and_a_session_it_opened_lives_on() -> None:
    """A token is a credential to open a session, checked at SETUP as RSocket authenticates: its
    expiry ends what it can open, not the sessions it opened (docs/runtime.md, "Auth tokens")."""
    with running() as runtime:
        clock = runtime.clock
        assert isinstance(clock, ManualClock)
        with AppClient(runtime.url) as keyed:
            token = keyed.generate_auth_token().token
        with AppClient(runtime.url, key=None, token=token, resume=True) as by_token:
            customer_id = by_token.create_customer(customer_number=number()).customer_id
            # a token cannot mint its own successor: its expiry would mean nothing
            with pytest.raises(ServerError, match="opened with an auth token, which cannot generate"):
                by_token.generate_auth_token()
            clock.advance(3600)  # the token expires now
            expired = AppClient(runtime.url, key=None, token=token)
            with pytest.raises(ConnectionRejectedError, match="the auth token has expired"):
                expired.connect()
            # the session it opened still answers, and is still told what comes due
            assert by_token.get_customer_state(customer_id=customer_id).status
            reply = by_token.add_customer_reminder(
                customer_id=customer_id, reminder=M.Reminder(key="after", remind_at=clock.datetime())
            )
            assert reply.status, reply.description
            assert by_token.wait("reminder").reminder.key == "after"
            # and it resumes on a new socket: a RESUME continues the session, it opens none
            runtime.listener.cut_all()
            assert by_token.get_customer_state(customer_id=customer_id).status
            assert len(runtime.listener.sessions) == 1


def test_orgs_do_not_see_each_other() -> None:
    with running(TWO_ORGS) as runtime:
        a = AppClient(runtime.url, org="org-a", app="app-a1", key="key-a").connect()
        b = AppClient(runtime.url, org="org-b", app="app-b", key="key-b").connect()
        key_of_a_for_b = AppClient(runtime.url, org="org-b", app="app-b", key="key-a")
        try:
            customer_id = a.create_customer(customer_number=number()).customer_id
            a.update_customer_metadata(customer_id=customer_id, updates={"secret": "a's"})
            a.update_customer_secondary_id(
                customer_id=customer_id, updates=[M.Tag(key="national_id", value="123")]
            )
            state = b.get_customer_state(customer_id=customer_id)
            assert not state.status and state.description == f"unknown customer id {customer_id}"
            assert not b.update_customer_metadata(customer_id=customer_id, updates={"x": "y"}).status
            assert not b.get_customer_state(secondary_id=M.SecondaryId(key="national_id", value="123")).status
            # the same number in org B is a different customer
            b_id = b.create_customer(customer_number=number()).customer_id
            assert b_id != customer_id
            assert b.get_customer_state(customer_id=b_id).data.identity_state.metadata == {}  # type: ignore[union-attr]
            with pytest.raises(ConnectionRejectedError, match="invalid API key"):
                key_of_a_for_b.connect()
        finally:
            a.close()
            b.close()


def test_app_data_and_reminders_belong_to_one_app() -> None:
    with running(TWO_ORGS) as runtime:
        one = AppClient(runtime.url, org="org-a", app="app-a1", key="key-a").connect()
        two = AppClient(runtime.url, org="org-a", app="app-a2", key="key-a").connect()
        try:
            customer_id = one.create_customer(customer_number=number()).customer_id
            one.update_customer_app_data(customer_id=customer_id, update="one's data")
            assert two.lease_customer_app_data(customer_id=customer_id).value is None
            assert one.lease_customer_app_data(customer_id=customer_id).value == "one's data"
            one.add_customer_reminder(
                customer_id=customer_id, reminder=M.Reminder(key="k", remind_at=runtime.clock.now() + 10)
            )
            assert not two.cancel_customer_reminder(customer_id=customer_id, key="k").status
            runtime.clock.advance(11)  # type: ignore[attr-defined]
            assert one.wait("reminder").reminder.key == "k"
            assert two.flush(customer_id) == []  # app two hears of its own activity, not of one's reminder
        finally:
            one.close()
            two.close()


def test_malformed_commands_get_an_error_and_the_connection_goes_on() -> None:
    with running() as runtime, AppClient(runtime.url) as client:
        with pytest.raises(ServerError) as raised:
            client.transport.request(b"\xff\xff\xff not protobuf")
        assert raised.value.code == ErrorCode.INVALID
        assert "not an AppToServerCommand" in raised.value.message
        with pytest.raises(ServerError, match="empty"):
            client.transport.request(A.AppToServerCommand().SerializeToString())
        sim = S.SimulatorToServerCommand()
        sim.receive_message.customer_number = "+254700000001"
        sim.receive_message.channel_number.number = "83044"
        with pytest.raises(ServerError, match="simulator command on an app connection"):
            client.transport.request(sim.SerializeToString())
        assert client.create_customer(customer_number=number()).status


@pytest.mark.parametrize("mtu", [8192, None], ids=["fragmented", "whole"])
def test_an_oversized_request_is_refused_on_its_stream(mtu: int | None) -> None:
    with running(max_payload=64 * 1024) as runtime, AppClient(runtime.url, mtu=mtu) as client:
        big = A.AppToServerCommand()
        big.update_customer_metadata.customer_number.number = "+254700000001"
        big.update_customer_metadata.updates["blob"].bytes_val = b"x" * 100_000
        with pytest.raises(ServerError) as raised:
            client.transport.request(big.SerializeToString())
        assert raised.value.code == ErrorCode.REJECTED
        assert "exceeds the limit of 65536 bytes" in raised.value.message
        assert client.create_customer(customer_number=number()).status
        assert client.get_customer_state(customer_number=number()).data.identity_state.metadata == {}  # type: ignore[union-attr]


def test_refusals_change_nothing() -> None:
    with running() as runtime, AppClient(runtime.url) as client:
        first = client.create_customer(customer_number=number("+254700000001")).customer_id
        second = client.create_customer(customer_number=number("+254700000002")).customer_id
        client.update_customer_secondary_id(customer_id=first, updates=[M.Tag(key="email", value="a@x.io")])
        # one good update and one conflicting: the whole command is refused
        reply = client.update_customer_secondary_id(
            customer_id=second,
            updates=[M.Tag(key="passport", value="P1"), M.Tag(key="email", value="a@x.io")],
        )
        assert not reply.status and "belongs to another customer" in reply.description
        assert client.get_customer_state(customer_id=second).data.identity_state.secondary_ids == []  # type: ignore[union-attr]
