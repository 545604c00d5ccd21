"""Audiences (docs/communication.md, "Audiences"): a CSV imported in chunks over the connection,
its rows checked (phones to E.164, email syntax), duplicates dropped by the database, every
rejected row listed with its line and why; an upload dropped mid-way resumed where the runtime
left off; an audience drawn from customers by tag. Runs on both stores (``--store=postgres``)."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest

from elarian_server.config import DEV_ADMIN_KEY, DEV_APP, DEV_ORG
from elarian_server.runtime import Runtime
from elarian_sync import Customer, CustomerNumber, CustomerNumberProvider, Elarian, Tag
from elarian_sync._generated.models import AudienceState, SecondaryId
from elarian_sync.audiences import ImportProgress, csv_text, import_audience
from elarian_sync.errors import CommandRefusedError

from .netutil import Proxy
from .sdk_support import FAST


@pytest.fixture
def admin(runtime: Runtime) -> Iterator[Elarian]:
    with Elarian(org_id=DEV_ORG, app_id=DEV_APP, api_key=DEV_ADMIN_KEY, url=runtime.url, reconnect=FAST) as c:
        yield c


def _rejects(client: Elarian, audience_id: str) -> dict[int, str]:
    out: dict[int, str] = {}
    cursor = ""
    while True:
        page = client.commands.list_audience_rejects(audience_id=audience_id, cursor=cursor, limit=10_000)
        assert page.status, page.description
        out.update({r.line: r.reason for r in page.rejects})
        if not page.next_cursor:
            return out
        cursor = page.next_cursor


def _members(client: Elarian, audience_id: str) -> list[tuple[int, str, str, dict[str, str]]]:
    out = []
    cursor = ""
    while True:
        page = client.commands.list_audience_members(audience_id=audience_id, cursor=cursor, limit=10_000)
        assert page.status, page.description
        out += [(m.line, m.phone, m.email, dict(m.variables)) for m in page.members]
        if not page.next_cursor:
            return out
        cursor = page.next_cursor


def _bigcsv_text(path: Path, rows: int) -> tuple[dict[int, str], int]:
    """A CSV of ``rows`` contacts (line 1 the header) where every 97th row has a bad phone,
    every 89th a bad email, and every 50th repeats the phone of the row 25 lines above it (when
    that row is kept): the lines rejected (with the start of why) and how many are kept."""
    expected: dict[int, str] = {}
    kept = 0
    with path.open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["phone", "email", "first_name", "plan"])
        for i in range(rows):
            line = i + 2
            phone = f"07{10_000_000 + i:08d}"
            email = f"user{i}@example.com"
            if i % 97 == 13:
                phone = f"0{i % 10}12"  # too short for any number plan
                expected[line] = f"phone {phone!r}: not a valid number"
            elif i % 89 == 7:
                email = f"user{i}@@example"
                expected[line] = f"email {email!r}:"
            elif i % 50 == 49 and line - 25 not in expected:
                phone = f"07{10_000_000 + i - 25:08d}"  # the contact 25 rows up
                expected[line] = f"duplicate: phone +2547{10_000_000 + i - 25:08d} is on line {line - 25}"
            else:
                kept += 1
            out.writerow([phone, email, f"name{i}", "gold" if i % 2 else "silver"])
    return expected, kept


def test_a_100k_row_csv_is_imported_with_its_exact_reject_list(admin: Elarian, tmp_path: Path) -> None:
    path = tmp_path / "contacts.csv"
    expected, kept = _bigcsv_text(path, 100_000)
    seen: list[ImportProgress] = []
    audience = import_audience(
        admin, path, name="spring", phone_column="phone", email_column="email", on_progress=seen.append
    )
    assert audience.state == AudienceState.READY
    assert (audience.rows, audience.members, audience.rejected) == (100_000, kept, len(expected))
    assert seen[-1].done and seen[-1].rows == 100_000 and seen[-1].rejected == len(expected)
    assert [p.rows for p in seen] == sorted(p.rows for p in seen)  # progress only moves forward
    rejects = _rejects(admin, audience.audience_id)
    assert set(rejects) == set(expected), "the rejected lines are exactly the bad and duplicate rows"
    for line, start in expected.items():
        assert rejects[line].startswith(start), (line, rejects[line])
    members = _members(admin, audience.audience_id)
    assert len(members) == kept
    first = members[0]
    assert first == (2, "+254710000000", "user0@example.com", {"first_name": "name0", "plan": "silver"})
    assert len({m[1] for m in members}) == kept, "no phone number twice"


def test_bad_imports_are_refused_naming_the_problem_and_keep_nothing(admin: Elarian) -> None:
    def create(**kw: object) -> str:
        reply = admin.commands.create_audience(**kw)  # type: ignore[arg-type]
        assert not reply.status
        return reply.description

    assert "'msisdn' is not a column" in create(name="a", columns=["phone", "name"], phone_column="msisdn")
    assert "name the column" in create(name="a", columns=["phone", "name"])
    assert "appears twice" in create(name="a", columns=["phone", "phone"], phone_column="phone")
    assert "not a region" in create(name="a", columns=["phone"], phone_column="phone", region="XX")
    assert admin.commands.list_audiences().audiences == []
    ok = import_audience(
        admin, csv_text([["phone", "first name"], ["0712000001", "x"]]), name="a", phone_column="phone"
    )
    assert ok.variables == [] and ok.members == 1  # a column that is no variable name is not kept
    with pytest.raises(CommandRefusedError, match="already"):
        import_audience(admin, csv_text([["phone"], ["0712000002"]]), name="a", phone_column="phone")
    late = admin.commands.import_audience_chunk(audience_id=ok.audience_id, chunk=1, rows=[], last=True)
    assert not late.status and "complete" in late.description
    unknown = admin.commands.import_audience_chunk(audience_id="el_aud_nope", chunk=0)
    assert not unknown.status and "unknown audience" in unknown.description


def test_chunks_are_taken_in_order_and_a_repeated_chunk_changes_nothing(admin: Elarian) -> None:
    from elarian_sync._generated.models import AudienceRow

    created = admin.commands.create_audience(name="ordered", columns=["phone"], phone_column="phone")
    assert created.audience is not None
    audience_id = created.audience.audience_id
    rows = [AudienceRow(line=2, values=["0712000010"]), AudienceRow(line=3, values=["0712000011"])]
    ahead = admin.commands.import_audience_chunk(audience_id=audience_id, chunk=1, rows=rows)
    assert not ahead.status and "takes chunk 0 next" in ahead.description
    first = admin.commands.import_audience_chunk(audience_id=audience_id, chunk=0, rows=rows)
    again = admin.commands.import_audience_chunk(audience_id=audience_id, chunk=0, rows=rows)
    assert first.audience is not None and again.audience is not None
    assert again.status and "imported already" in again.description
    assert (again.audience.members, again.audience.rows, again.audience.next_chunk) == (2, 2, 1)


def test_an_upload_dropped_mid_way_goes_on_from_the_chunk_the_runtime_expects(runtime: Runtime) -> None:
    rows = [["phone", "n"]] + [[f"07{20_000_000 + i:08d}", str(i)] for i in range(3000)]
    proxy = Proxy(int(runtime.url.rsplit(":", 1)[1]))
    try:
        with Elarian(
            org_id=DEV_ORG, app_id=DEV_APP, api_key=DEV_ADMIN_KEY, url=f"ws://127.0.0.1:{proxy.port}",
            reconnect=FAST,
        ) as admin:  # fmt: skip
            cut: list[int] = []

            def progress(p: ImportProgress) -> None:
                if p.chunks == 3 and not cut:  # chunks 3 and 4 are on their way: the network fails
                    proxy.freeze()
                    cut.append(p.chunks)
                    proxy.cut()
                    proxy.thaw()

            audience = import_audience(
                admin,
                csv_text(rows),
                name="dropped",
                phone_column="phone",
                chunk_rows=100,
                on_progress=progress,
            )
            assert cut and proxy.connections >= 2, "the connection was dropped and made again"
            assert (audience.rows, audience.members, audience.rejected) == (3000, 3000, 0)
            members = _members(admin, audience.audience_id)
            assert [m[0] for m in members] == list(range(2, 3002)), "every row once, in order"
    finally:
        proxy.close()


def test_an_import_that_stopped_part_way_is_resumed_by_audience_id(admin: Elarian) -> None:
    rows = [["email", "plan"]] + [[f"p{i}@example.org", "x"] for i in range(1000)]

    class Stop(Exception):
        pass

    def stop_after_four(p: ImportProgress) -> None:
        if p.chunks == 4:
            raise Stop

    with pytest.raises(Stop):
        import_audience(admin, csv_text(rows), name="halted", email_column="email", chunk_rows=100,
                        on_progress=stop_after_four)  # fmt: skip
    (halted,) = admin.commands.list_audiences().audiences
    assert halted.state == AudienceState.IMPORTING and 4 <= halted.next_chunk < 10
    done = import_audience(admin, csv_text(rows), name="halted", email_column="email", chunk_rows=100,
                           resume=halted.audience_id)  # fmt: skip
    assert done.state == AudienceState.READY
    assert (done.rows, done.members) == (1000, 1000)
    with pytest.raises(ValueError, match="other columns"):
        import_audience(admin, csv_text([["phone"], ["0712000000"]]), name="x", resume=halted.audience_id)


def test_an_audience_drawn_from_customers_by_tag(admin: Elarian) -> None:
    for i, plan in enumerate(["gold", "gold", "silver"]):
        c = Customer(admin, customer_number=f"+25471300000{i}")
        assert c.update_tags([Tag(key="plan", value=plan)]).status
    email = CustomerNumber(number="vip@example.org", provider=CustomerNumberProvider.EMAIL)
    email_only = Customer(admin, customer_number=email)
    assert email_only.update_tags([Tag(key="plan", value="gold")]).status
    drawn = admin.commands.create_audience(name="gold", customer_tag=SecondaryId(key="plan", value="gold"))
    assert drawn.status and drawn.audience is not None
    assert drawn.audience.state == AudienceState.READY and drawn.audience.members == 3
    members = _members(admin, drawn.audience.audience_id)
    assert sorted((m[1], m[2]) for m in members) == [
        ("", "vip@example.org"),
        ("+254713000000", ""),
        ("+254713000001", ""),
    ]
    everyone = admin.commands.create_audience(name="any plan", customer_tag=SecondaryId(key="plan"))
    assert everyone.audience is not None and everyone.audience.members == 4


def test_deleting_an_audience_drops_its_contacts_and_rejects(admin: Elarian) -> None:
    audience = import_audience(
        admin, csv_text([["phone"], ["0712000020"], ["bad"]]), name="gone", phone_column="phone"
    )
    assert admin.commands.delete_audience(audience_id=audience.audience_id).status
    assert not admin.commands.get_audience(audience_id=audience.audience_id).status
    assert not admin.commands.list_audience_rejects(audience_id=audience.audience_id).status
