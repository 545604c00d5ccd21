"""App data and reminders in SQL (SQLite and PostgreSQL): one value per (customer, app) with its lease; reminders."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from ..base import AppDataTx, DataValue, IndexRow, ReminderRow
from .common import SqlAggregate, data_value, split_data, upsert

_DELETE_REMINDER = "DELETE FROM reminders WHERE customer_id = ? AND app_id = ? AND key = ?"
_CHUNK = 500  # customers a statement asks about (SQLite allows 32,766 parameters; PostgreSQL 65,535)


class SqlAppData(SqlAggregate, AppDataTx):
    # -- app data ------------------------------------------------------------------------------

    def app_data(self, customer_id: str, app_id: str) -> tuple[DataValue | None, float | None]:
        row = self.db.execute(
            "SELECT text_value, bytes_value, lease_until FROM app_data WHERE customer_id = ? AND app_id = ?",
            (customer_id, app_id),
        ).fetchone()
        if row is None:
            return None, None
        return data_value(row[0], row[1]), row[2]

    def app_data_of(self, app_id: str, customer_ids: Collection[str]) -> dict[str, DataValue]:
        out: dict[str, DataValue] = {}
        ids = list(dict.fromkeys(customer_ids))
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            marks = ", ".join("?" * len(chunk))
            rows = self.db.execute(
                "SELECT customer_id, text_value, bytes_value FROM app_data"
                f" WHERE app_id = ? AND customer_id IN ({marks})",
                (app_id, *chunk),
            )
            for customer_id, text, blob in rows:
                value = data_value(text, blob)
                if value is not None:
                    out[customer_id] = value
        return out

    def put_app_data(
        self, customer_id: str, app_id: str, value: DataValue | None, lease_until: float | None
    ) -> None:
        text, blob = split_data(value)
        self.unleased = self.unleased or lease_until is None
        if value is None and lease_until is None:
            self.db.execute(
                "DELETE FROM app_data WHERE customer_id = ? AND app_id = ?", (customer_id, app_id)
            )
            return
        self.db.execute(
            "INSERT INTO app_data(customer_id, app_id, text_value, bytes_value, lease_until) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT(customer_id, app_id) DO UPDATE SET text_value = excluded.text_value,"
            " bytes_value = excluded.bytes_value, lease_until = excluded.lease_until",
            (customer_id, app_id, text, blob, lease_until),
        )

    # -- reminders ---------------------------------------------------------------------------------

    def put_reminder(self, reminder: ReminderRow) -> None:
        self.rescheduled = True
        tag = reminder.tag
        self.db.execute(
            upsert(
                "reminders",
                "customer_id, app_id, org_id, key, remind_at, interval, payload, tag_key, tag_value,"
                " tag_expires_at, work_id",
                "customer_id, app_id, key",
            ),
            (
                reminder.customer_id,
                reminder.app_id,
                reminder.org_id,
                reminder.key,
                reminder.remind_at,
                reminder.interval,
                reminder.payload,
                tag.key if tag else None,
                tag.value if tag else None,
                tag.expires_at if tag else None,
                reminder.work_id,
            ),
        )

    def delete_reminder(self, customer_id: str, app_id: str, key: str) -> bool:
        cursor = self.db.execute(_DELETE_REMINDER, (customer_id, app_id, key))
        return cursor.rowcount > 0

    def delete_reminders(self, keys: Sequence[tuple[str, str, str]]) -> None:
        if keys:
            self.db.executemany(_DELETE_REMINDER, keys)

    def reschedule_reminders(self, moves: Sequence[tuple[float, str, str, str]]) -> None:
        if moves:
            self.rescheduled = True
            self.db.executemany(
                "UPDATE reminders SET remind_at = ? WHERE customer_id = ? AND app_id = ? AND key = ?", moves
            )

    _REMINDER = (
        "SELECT customer_id, app_id, org_id, key, remind_at, interval, payload, tag_key, tag_value,"
        " tag_expires_at, work_id FROM reminders"
    )

    @staticmethod
    def _reminder(row: tuple[object, ...]) -> ReminderRow:
        cid, app, org, key, at, interval, payload, tag_key, tag_value, tag_exp, work = row
        tag = IndexRow(str(tag_key), tag_value, tag_exp) if tag_key is not None else None  # type: ignore[arg-type]
        return ReminderRow(cid, app, org, key, at, interval, payload, tag, work)  # type: ignore[arg-type]

    def reminders(self, customer_id: str, app_id: str) -> list[ReminderRow]:
        rows = self.db.execute(
            self._REMINDER + " WHERE customer_id = ? AND app_id = ? ORDER BY remind_at, key",
            (customer_id, app_id),
        )
        return [self._reminder(row) for row in rows]

    def due_reminders(self, now: float, limit: int) -> list[ReminderRow]:
        rows = self.db.execute(
            self._REMINDER + " WHERE remind_at <= ? ORDER BY remind_at LIMIT ?", (now, limit)
        )
        return [self._reminder(row) for row in rows]

    def next_reminder_at(self) -> float | None:
        row = self.db.execute("SELECT min(remind_at) FROM reminders").fetchone()
        return row[0] if row else None

    # -- a customer adopted ---------------------------------------------------------------------------

    def _adopt_app_data(self, customer_id: str, other_id: str) -> None:
        self._move_keyed_rows("app_data", "app_id", customer_id, other_id)
        self._move_keyed_rows("reminders", "app_id, key", customer_id, other_id)
