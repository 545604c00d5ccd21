"""Customers in SQL (SQLite and PostgreSQL): the customer row, numbers, secondary ids, tags, metadata, activity."""

from __future__ import annotations

import json
from operator import itemgetter

from ..base import ActivityRow, CustomersTx, DataValue, Identity, IndexRow, NumberRow
from .common import SqlAggregate, split_data

# kind, then per kind: tags (key, value, -, expires_at, -), metadata (key, text, bytes, -, -),
# secondary ids (key, value, -, expires_at, -), numbers (number, partition, -, -, provider *
# 2 + has_partition); sorted as tags(), metadata(), secondary_ids() and numbers() sort. One
# type per column, as PostgreSQL's UNION wants.
_IDENTITY = (
    "SELECT 0, key, value, NULL, expires_at, CAST(NULL AS INTEGER), key, 0 FROM tags"
    " WHERE customer_id = ? AND (expires_at IS NULL OR expires_at > ?)"
    " UNION ALL SELECT 1, key, text_value, bytes_value, NULL, NULL, key, 0 FROM metadata WHERE customer_id = ?"
    " UNION ALL SELECT 2, key, value, NULL, expires_at, NULL, '', rowid FROM secondary_ids"
    " WHERE customer_id = ? AND (expires_at IS NULL OR expires_at > ?)"
    " UNION ALL SELECT 3, number, partition, NULL, NULL, provider * 2 + has_partition, '', rowid"
    " FROM customer_numbers WHERE customer_id = ?"
)  # ordered here (kind, key, rowid): four temporary b-trees cost SQLite more than a sort of a few rows

_IDENTITY_ORDER = itemgetter(0, 6, 7)

# whom a name leads to: the one row a number or a secondary id (unexpired at ``now``) matches,
# as ``n``; the customer lookups and the version lookups share them, so they cannot drift apart
_NUMBER_IS = "n.org_id = ? AND n.provider = ? AND n.number = ? AND n.partition = ?"
_SECONDARY_ID_IS = (
    "n.org_id = ? AND n.key = ? AND ifnull(n.value, '') = ? AND (n.expires_at IS NULL OR n.expires_at > ?)"
)


def _number_is(org_id: str, number: NumberRow) -> tuple[str, int, str, str]:
    return (org_id, number.provider, number.number, number.partition or "")


# -- customer versions ---------------------------------------------------------------------------
# Every row a customer's state (GetCustomerState) is read from names its customer: a column of
# its own, or, for a hold, the wallet's balance row. A trigger on each such table counts every
# change to a customer's rows in ``customer_versions``, whoever writes them (any process, any
# instance, a cascade of a delete), within the writing transaction: a state read with its
# version is the customer's state for as long as the version stays (engine/state.py).

# Released in SQLite's migration 16 and PostgreSQL's 11: a table the state comes to be read
# from later gets its triggers in a migration of its own (the tests run in verify mode, which
# fails a test that reads a state again after writing such a table).
_VERSIONED = {  # table: the columns naming the customer whose state its rows are part of
    "customer_numbers": ("customer_id",),
    "secondary_ids": ("customer_id",),
    "tags": ("customer_id",),
    "metadata": ("customer_id",),
    "activities": ("customer_id",),
    "messages": ("customer_id",),
    "sessions": ("customer_id",),
    "consents": ("customer_id",),
    "balances": ("customer_id",),
    "transactions": ("debit_customer_id", "credit_customer_id"),
}
_HOLDER = (  # a hold's customer: its wallet's, through the wallet's balance row
    "SELECT customer_id{also} FROM balances WHERE org_id = {row}.org_id AND account = {row}.account"
    " AND currency = {row}.currency AND customer_id IS NOT NULL"
)


def schema_versions_sqlite() -> str:
    """``customer_versions`` and its triggers, in SQLite's words."""

    def bump(select: str) -> str:
        return (
            f"INSERT INTO customer_versions(customer_id, version) {select}"
            " ON CONFLICT(customer_id) DO UPDATE SET version = version + 1;"
        )

    def column(row: str, name: str, also: str = "") -> str:
        return bump(f"SELECT {row}.{name}, 1 WHERE {row}.{name} IS NOT NULL{also}")

    script = [
        "CREATE TABLE customer_versions (customer_id TEXT PRIMARY KEY, version INTEGER NOT NULL) WITHOUT ROWID;"
    ]
    for table, columns in _VERSIONED.items():
        inserted = " ".join(column("NEW", c) for c in columns)
        deleted = " ".join(column("OLD", c) for c in columns)
        updated = " ".join(
            column("NEW", c) + " " + column("OLD", c, f" AND OLD.{c} IS NOT NEW.{c}") for c in columns
        )
        script += [
            f"CREATE TRIGGER {table}_inserted AFTER INSERT ON {table} BEGIN {inserted} END;",
            f"CREATE TRIGGER {table}_deleted AFTER DELETE ON {table} BEGIN {deleted} END;",
            f"CREATE TRIGGER {table}_updated AFTER UPDATE ON {table} BEGIN {updated} END;",
        ]
    for event, rows in (("INSERT", ("NEW",)), ("DELETE", ("OLD",)), ("UPDATE", ("NEW", "OLD"))):
        held = " ".join(bump(_HOLDER.format(also=", 1", row=row)) for row in rows)
        script.append(f"CREATE TRIGGER holds_{event.lower()}d AFTER {event} ON holds BEGIN {held} END;")
    return "\n".join(script)


def schema_versions_postgres(text: str) -> str:
    """``customer_versions`` and its triggers, in PostgreSQL's words (``text``: the id's type)."""
    script = [
        f"CREATE TABLE customer_versions (customer_id {text} PRIMARY KEY, version BIGINT NOT NULL);",
        """CREATE FUNCTION elarian_customer_changed(id TEXT) RETURNS void LANGUAGE sql AS $$
            INSERT INTO customer_versions(customer_id, version) SELECT id, 1 WHERE id IS NOT NULL
            ON CONFLICT (customer_id) DO UPDATE SET version = customer_versions.version + 1
        $$;""",
    ]
    shapes: dict[tuple[str, ...], str] = {}
    for table, columns in _VERSIONED.items():
        function = shapes.get(columns)
        if function is None:
            function = shapes[columns] = f"elarian_rows_changed_{len(shapes)}"
            new = " ".join(f"PERFORM elarian_customer_changed(NEW.{c});" for c in columns)
            old = " ".join(f"PERFORM elarian_customer_changed(OLD.{c});" for c in columns)
            moved = " ".join(
                f"IF OLD.{c} IS DISTINCT FROM NEW.{c} THEN PERFORM elarian_customer_changed(OLD.{c}); END IF;"
                for c in columns
            )
            script.append(f"""CREATE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'INSERT' THEN {new}
                ELSIF TG_OP = 'DELETE' THEN {old}
                ELSE {new} {moved}
                END IF;
                RETURN NULL;
            END $$;""")
        script.append(
            f"CREATE TRIGGER {table}_changed AFTER INSERT OR UPDATE OR DELETE ON {table}"
            f" FOR EACH ROW EXECUTE FUNCTION {function}();"
        )
    new_holder, old_holder = _HOLDER.format(also="", row="NEW"), _HOLDER.format(also="", row="OLD")
    script.append(f"""CREATE FUNCTION elarian_hold_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP <> 'DELETE' THEN PERFORM elarian_customer_changed(customer_id) FROM ({new_holder}) h; END IF;
        IF TG_OP <> 'INSERT' THEN PERFORM elarian_customer_changed(customer_id) FROM ({old_holder}) h; END IF;
        RETURN NULL;
    END $$;""")
    script.append(
        "CREATE TRIGGER holds_changed AFTER INSERT OR UPDATE OR DELETE ON holds"
        " FOR EACH ROW EXECUTE FUNCTION elarian_hold_changed();"
    )
    return "\n".join(script)


class SqlCustomers(SqlAggregate, CustomersTx):
    # -- customers and identity ---------------------------------------------------------------

    def create_customer(self, org_id: str, customer_id: str, now: float) -> None:
        self.db.execute(
            "INSERT INTO customers(customer_id, org_id, created_at) VALUES (?, ?, ?)",
            (customer_id, org_id, now),
        )

    def customer(self, customer_id: str) -> tuple[str, str | None] | None:
        row = self.db.execute(
            "SELECT org_id, merged_into FROM customers WHERE customer_id = ?", (customer_id,)
        ).fetchone()
        return (row[0], row[1]) if row else None

    def find_by_number(self, org_id: str, number: NumberRow) -> str | None:
        row = self.db.execute(
            f"SELECT n.customer_id FROM customer_numbers n WHERE {_NUMBER_IS}", _number_is(org_id, number)
        ).fetchone()
        return row[0] if row else None

    def add_number(self, org_id: str, customer_id: str, number: NumberRow) -> None:
        self.db.execute(
            "INSERT INTO customer_numbers(org_id, provider, number, partition, has_partition, customer_id)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            (
                org_id,
                number.provider,
                number.number,
                number.partition or "",
                int(number.partition is not None),
                customer_id,
            ),
        )

    def numbers(self, customer_id: str) -> list[NumberRow]:
        rows = self.db.execute(
            "SELECT provider, number, partition, has_partition FROM customer_numbers WHERE customer_id = ?"
            " ORDER BY rowid",
            (customer_id,),
        )
        return [NumberRow(p, n, part if has else None) for p, n, part, has in rows]

    def find_by_secondary_id(self, org_id: str, key: str, value: str | None, now: float) -> str | None:
        row = self.db.execute(
            f"SELECT n.customer_id FROM secondary_ids n WHERE {_SECONDARY_ID_IS}",
            (org_id, key, value or "", now),
        ).fetchone()
        return row[0] if row else None

    def secondary_ids(self, customer_id: str, now: float) -> list[IndexRow]:
        rows = self.db.execute(
            "SELECT key, value, expires_at FROM secondary_ids WHERE customer_id = ?"
            " AND (expires_at IS NULL OR expires_at > ?) ORDER BY rowid",
            (customer_id, now),
        )
        return [IndexRow(*row) for row in rows]

    def put_secondary_id(self, org_id: str, customer_id: str, index: IndexRow) -> None:
        self.db.execute(
            "INSERT INTO secondary_ids(org_id, customer_id, key, value, expires_at) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT(org_id, key, (ifnull(value, ''))) DO UPDATE SET"
            " customer_id = excluded.customer_id, expires_at = excluded.expires_at",
            (org_id, customer_id, index.key, index.value, index.expires_at),
        )

    def delete_secondary_id(self, customer_id: str, key: str, value: str | None) -> bool:
        cursor = self.db.execute(
            "DELETE FROM secondary_ids WHERE customer_id = ? AND key = ? AND ifnull(value, '') = ?",
            (customer_id, key, value or ""),
        )
        return cursor.rowcount > 0

    def tags(self, customer_id: str, now: float) -> list[IndexRow]:
        rows = self.db.execute(
            "SELECT key, value, expires_at FROM tags WHERE customer_id = ?"
            " AND (expires_at IS NULL OR expires_at > ?) ORDER BY key",
            (customer_id, now),
        )
        return [IndexRow(*row) for row in rows]

    def put_tag(self, org_id: str, customer_id: str, index: IndexRow) -> None:
        self.db.execute(
            "INSERT INTO tags(org_id, customer_id, key, value, expires_at) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT(customer_id, key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at",
            (org_id, customer_id, index.key, index.value, index.expires_at),
        )

    def delete_tag(self, customer_id: str, key: str) -> bool:
        return (
            self.db.execute("DELETE FROM tags WHERE customer_id = ? AND key = ?", (customer_id, key)).rowcount
            > 0
        )

    def customers_with_tag(self, org_id: str, key: str, value: str | None, now: float) -> list[str]:
        rows = self.db.execute(
            "SELECT t.customer_id FROM tags t JOIN customers c ON c.customer_id = t.customer_id"
            " WHERE t.org_id = ? AND t.key = ? AND ifnull(t.value, '') = ? AND c.merged_into IS NULL"
            " AND (t.expires_at IS NULL OR t.expires_at > ?) ORDER BY t.customer_id",
            (org_id, key, value or "", now),
        )
        return [row[0] for row in rows]

    def metadata(self, customer_id: str) -> dict[str, DataValue]:
        rows = self.db.execute(
            "SELECT key, text_value, bytes_value FROM metadata WHERE customer_id = ? ORDER BY key",
            (customer_id,),
        )
        return {key: bytes(blob) if blob is not None else (text or "") for key, text, blob in rows}

    def put_metadata(self, customer_id: str, key: str, value: DataValue) -> None:
        text, blob = split_data(value)
        self.db.execute(
            "INSERT INTO metadata(customer_id, key, text_value, bytes_value) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(customer_id, key) DO UPDATE SET text_value = excluded.text_value,"
            " bytes_value = excluded.bytes_value",
            (customer_id, key, text, blob),
        )

    def delete_metadata(self, customer_id: str, key: str) -> bool:
        return (
            self.db.execute(
                "DELETE FROM metadata WHERE customer_id = ? AND key = ?", (customer_id, key)
            ).rowcount
            > 0
        )

    # -- activity ------------------------------------------------------------------------------------

    def add_activity(self, org_id: str, customer_id: str, activity: ActivityRow) -> None:
        number = activity.number
        self.db.execute(
            "INSERT INTO activities(org_id, customer_id, app_id, source, session_id, key, properties, created_at,"
            " provider, number, partition) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                org_id,
                customer_id,
                activity.app_id,
                activity.source,
                activity.session_id,
                activity.key,
                json.dumps(activity.properties, sort_keys=True),
                activity.created_at,
                number.provider if number else None,
                number.number if number else None,
                number.partition if number else None,
            ),
        )

    def identity(self, customer_id: str, now: float) -> Identity:
        """One statement instead of four (each is a round trip through the GIL): the four
        tables' rows, each kind in the order its own method gives."""
        identity = Identity([], {}, [], [])
        args = (customer_id, now, customer_id, customer_id, now, customer_id)
        for kind, a, b, c, d, e, _, _ in sorted(self.db.execute(_IDENTITY, args), key=_IDENTITY_ORDER):
            if kind == 0:
                identity.tags.append(IndexRow(a, b, d))
            elif kind == 1:
                identity.metadata[a] = bytes(c) if c is not None else (b or "")
            elif kind == 2:
                identity.secondary_ids.append(IndexRow(a, b, d))
            else:
                identity.numbers.append(NumberRow(e >> 1, a, b if e & 1 else None))
        return identity

    def customer_version(self, customer_id: str) -> int:
        row = self.db.execute(
            "SELECT version FROM customer_versions WHERE customer_id = ?", (customer_id,)
        ).fetchone()
        return int(row[0]) if row else 0

    # the customer a name names and its version, each in one statement: a join of the name's row,
    # the customer's (not merged) and its version's (none yet: 0)
    _VERSION_OF = (
        " JOIN customers c ON c.customer_id = n.customer_id AND c.merged_into IS NULL"
        " LEFT JOIN customer_versions v ON v.customer_id = n.customer_id"
    )

    def version_by_id(self, org_id: str, customer_id: str) -> int | None:
        row = self.db.execute(
            "SELECT coalesce(v.version, 0) FROM customers c"
            " LEFT JOIN customer_versions v ON v.customer_id = c.customer_id"
            " WHERE c.customer_id = ? AND c.org_id = ? AND c.merged_into IS NULL",
            (customer_id, org_id),
        ).fetchone()
        return int(row[0]) if row else None

    def version_by_number(self, org_id: str, number: NumberRow) -> tuple[str, int] | None:
        row = self.db.execute(
            f"SELECT n.customer_id, coalesce(v.version, 0) FROM customer_numbers n{self._VERSION_OF}"
            f" WHERE {_NUMBER_IS}",
            _number_is(org_id, number),
        ).fetchone()
        return (row[0], int(row[1])) if row else None

    def version_by_secondary_id(
        self, org_id: str, key: str, value: str | None, now: float
    ) -> tuple[str, int] | None:
        row = self.db.execute(
            f"SELECT n.customer_id, coalesce(v.version, 0) FROM secondary_ids n{self._VERSION_OF}"
            f" WHERE {_SECONDARY_ID_IS}",
            (org_id, key, value or "", now),
        ).fetchone()
        return (row[0], int(row[1])) if row else None

    def activities(self, customer_id: str) -> list[ActivityRow]:
        rows = self.db.execute(
            "SELECT app_id, source, session_id, key, properties, created_at, provider, number, partition"
            " FROM activities WHERE customer_id = ? ORDER BY id",
            (customer_id,),
        )
        out = []
        for app, source, session, key, props, created, provider, number, partition in rows:
            row_number = NumberRow(provider, number, partition) if number is not None else None
            out.append(ActivityRow(app, source, session, key, json.loads(props), created, row_number))
        return out

    # -- a customer adopted, deleted ---------------------------------------------------------------------

    def _adopt_customers(self, customer_id: str, other_id: str) -> None:
        for table in ("customer_numbers", "secondary_ids"):
            self._move_rows(table, customer_id, other_id)
        self._move_keyed_rows("tags", "key", customer_id, other_id)
        self._move_keyed_rows("metadata", "key", customer_id, other_id)
        self._move_rows("activities", customer_id, other_id)

    def _decommission(self, customer_id: str, other_id: str) -> None:
        """The other customer was merged into this one (and so were those merged into it)."""
        self.db.execute("UPDATE customers SET merged_into = ? WHERE customer_id = ?", (customer_id, other_id))
        self.db.execute("UPDATE customers SET merged_into = ? WHERE merged_into = ?", (customer_id, other_id))

    def _delete_customers(self, customer_id: str) -> None:
        self.db.execute("DELETE FROM customers WHERE customer_id = ?", (customer_id,))
