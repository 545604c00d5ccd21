"""The hand-written conversions the generated code relies on."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from google.protobuf import duration_pb2, timestamp_pb2
from hypothesis import given
from hypothesis import strategies as st

from elarian_sync._convert import duration, set_duration, set_timestamp, timestamp
from elarian_sync._generated import models as M

UTC = timezone.utc


@given(st.integers(0, 2**32 - 1), st.integers(0, 999_999))
def test_fast_timestamp_path_is_exact(seconds: int, micros: int) -> None:
    t = timestamp_pb2.Timestamp(seconds=seconds, nanos=micros * 1000)
    exact = datetime(1970, 1, 1, tzinfo=UTC) + timedelta(seconds=seconds, microseconds=micros)
    assert timestamp(t) == exact
    assert timestamp(t).tzinfo is not None


def test_timestamp_outside_the_fast_range() -> None:
    t = timestamp_pb2.Timestamp(seconds=-62135596800, nanos=0)
    assert timestamp(t) == datetime(1, 1, 1, tzinfo=UTC)
    t = timestamp_pb2.Timestamp(seconds=253402300799, nanos=999_999_999)
    assert timestamp(t) == datetime(9999, 12, 31, 23, 59, 59, 999_999, tzinfo=UTC)


def test_timestamp_inputs() -> None:
    t = timestamp_pb2.Timestamp()
    set_timestamp(t, datetime(2021, 8, 12, 5, 30, 0, 250_000, tzinfo=timezone(timedelta(hours=3))))
    assert (t.seconds, t.nanos) == (1628735400, 250_000_000)
    set_timestamp(t, 1628735400.5)
    assert (t.seconds, t.nanos) == (1628735400, 500_000_000)
    set_timestamp(t, -1.25)
    assert (t.seconds, t.nanos) == (-2, 750_000_000)
    naive = datetime(2021, 8, 12, 5, 30)
    set_timestamp(t, naive)  # naive datetimes are local time, as datetime.timestamp() reads them
    assert t.seconds == int(naive.timestamp())
    with pytest.raises(TypeError, match="datetime or epoch seconds"):
        set_timestamp(t, "2021-08-12")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="finite"):
        set_timestamp(t, float("nan"))


@given(st.timedeltas(min_value=timedelta(days=-(10**6)), max_value=timedelta(days=10**6)))
def test_duration_round_trip(value: timedelta) -> None:
    d = duration_pb2.Duration()
    set_duration(d, value)
    assert duration(d) == value
    assert d.ToTimedelta() == value  # Google's own reading agrees
    assert (d.seconds >= 0 and d.nanos >= 0) or (d.seconds <= 0 and d.nanos <= 0)


def test_duration_from_seconds() -> None:
    d = duration_pb2.Duration()
    set_duration(d, 90)
    assert (d.seconds, d.nanos) == (90, 0)
    with pytest.raises(TypeError):
        set_duration(d, "90s")  # type: ignore[arg-type]


def test_unknown_enum_numbers_are_kept() -> None:
    status = M.PaymentStatus(777)
    assert status == 777
    assert status.name == "UNKNOWN_777"
    assert M.PaymentStatus(300) is M.PaymentStatus.SUCCESS
    number = M.CustomerNumber.from_proto(M.CustomerNumber(number="1").to_proto())
    assert number.provider is M.CustomerNumberProvider.UNSPECIFIED
    with pytest.raises(ValueError):
        M.PaymentStatus("SUCCESS")


def test_enum_short_names() -> None:
    assert M.Channel.SMS == 1
    assert M.Channel.FB_MESSENGER == 4
    assert M.ConsentAction.BLOCK == 2
    assert M.MessageDeliveryStatus.NO_SESSION_IN_PROGRESS == 404
    assert [m.name for m in M.PaymentChannel] == ["UNSPECIFIED", "CELLULAR", "AIRTIME"]


def test_spec_names_and_shapes() -> None:
    tag = M.Tag(key="loan", value="overdue", expires_at=datetime(2030, 1, 1, tzinfo=UTC))
    pb = tag.to_proto()
    assert (pb.mapping.key, pb.mapping.value.value, pb.expires_at.seconds) == ("loan", "overdue", 1893456000)
    reminder = M.Reminder(key="pay", remind_at=datetime(2030, 1, 1, tzinfo=UTC), interval=timedelta(hours=1))
    assert reminder.to_proto().interval.seconds == 3600
    body = M.MessageBody(voice=[M.VoiceAction(say=M.Say(text="Press 1"))])
    assert body.to_proto().voice.actions[0].say.text == "Press 1"
    assert body.which_entry() == "voice"
    state = M.IdentityState(metadata={"name": "Ann", "photo": b"\x89PNG"})
    pb_state = state.to_proto()
    assert pb_state.metadata["name"].string_val == "Ann"
    assert pb_state.metadata["photo"].bytes_val == b"\x89PNG"


def test_oneofs_need_exactly_one_member() -> None:
    with pytest.raises(ValueError, match="exactly one of text, media"):
        M.MessageBody(text="a", url="b")
    with pytest.raises(ValueError, match="got 0"):
        M.PaymentCounterParty()
    M.GetDigits(num_digits=4)  # its prompt is optional
    with pytest.raises(ValueError, match="at most one"):
        M.GetDigits(say=M.Say(text="a"), play=M.Play(url="b"))
    body = M.MessageBody(text="a")
    body.url = "b"  # fields stay assignable; writing the message catches it
    with pytest.raises(ValueError, match="got 2"):
        body.to_proto()


def test_wrong_nested_type_names_the_field() -> None:
    message = M.Message(body=M.MessageBody(voice=[M.VoiceAction(say=M.Say(text=1))]))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"Message\.body\.voice\[0\]\.say\.text must be a str, not int"):
        message.to_proto()


def test_wrapper_presence_is_kept() -> None:
    number = M.CustomerNumber(number="+254700000000", partition="")
    back = M.CustomerNumber.from_proto(number.to_proto())
    assert back.partition == ""
    assert M.CustomerNumber.from_proto(M.CustomerNumber(number="1").to_proto()).partition is None
