"""SQL for conflicts (a field two laptops changed differently, both values kept) and record
flags (what a merge settled that a person should still look at)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from peerdesk.storage.database import Database

_COLUMNS = ("id", "kind", "record_id", "field", "a_value", "a_device", "a_author", "a_stamp",
            "b_value", "b_device", "b_author", "b_stamp", "opened_at", "resolved_at",
            "resolved_by")


@dataclass(frozen=True)
class ConflictRow:
    id: str
    kind: str
    record_id: str
    field: str
    a_value: str | None
    a_device: str
    a_author: str
    a_stamp: str
    b_value: str | None
    b_device: str
    b_author: str
    b_stamp: str
    opened_at: str
    resolved_at: str | None = None
    resolved_by: str | None = None


def add(db: Database, row: ConflictRow) -> bool:
    """Record a conflict; False when the same conflict is already known."""
    cur = db.execute(
        f"INSERT OR IGNORE INTO conflicts ({', '.join(_COLUMNS)}) "
        f"VALUES ({', '.join('?' for _ in _COLUMNS)})",
        (row.id, row.kind, row.record_id, row.field, row.a_value, row.a_device, row.a_author,
         row.a_stamp, row.b_value, row.b_device, row.b_author, row.b_stamp, row.opened_at,
         row.resolved_at, row.resolved_by),
    )
    return bool(cur.rowcount)


def _row(r: Any) -> ConflictRow:
    def opt(x: Any) -> str | None:
        return None if x is None else str(x)

    return ConflictRow(str(r[0]), str(r[1]), str(r[2]), str(r[3]), opt(r[4]), str(r[5]),
                       str(r[6]), str(r[7]), opt(r[8]), str(r[9]), str(r[10]), str(r[11]),
                       str(r[12]), opt(r[13]), opt(r[14]))


def get(db: Database, conflict_id: str) -> ConflictRow | None:
    row = db.query_one(f"SELECT {', '.join(_COLUMNS)} FROM conflicts WHERE id = ?",
                       (conflict_id,))
    return None if row is None else _row(row)


def listed(db: Database, *, open_only: bool = True) -> list[ConflictRow]:
    where = "WHERE resolved_at IS NULL " if open_only else ""
    rows = db.query(f"SELECT {', '.join(_COLUMNS)} FROM conflicts {where}"
                    "ORDER BY opened_at, kind, record_id, field")
    return [_row(r) for r in rows]


def open_for(db: Database, kind: str, record_id: str) -> list[ConflictRow]:
    rows = db.query(f"SELECT {', '.join(_COLUMNS)} FROM conflicts WHERE kind = ? AND "
                    "record_id = ? AND resolved_at IS NULL ORDER BY field", (kind, record_id))
    return [_row(r) for r in rows]


def resolve(db: Database, conflict_id: str, by: str, at: str) -> bool:
    """Settle an open conflict (a person's decision was made here or arrived)."""
    cur = db.execute("UPDATE conflicts SET resolved_at = ?, resolved_by = ? WHERE id = ? "
                     "AND resolved_at IS NULL", (at, by, conflict_id))
    return bool(cur.rowcount)


def open_count(db: Database) -> int:
    return int(db.scalar("SELECT count(*) FROM conflicts WHERE resolved_at IS NULL"))


# -- flags ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class FlagRow:
    kind: str
    record_id: str
    flag: str
    detail: str
    at: str


def flag(db: Database, kind: str, record_id: str, name: str, detail: str, at: str) -> None:
    db.execute(
        "INSERT INTO record_flags (kind, record_id, flag, detail, at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (kind, record_id, flag) DO UPDATE SET cleared_at = NULL",
        (kind, record_id, name, detail, at),
    )


def flags(db: Database) -> list[FlagRow]:
    rows = db.query("SELECT kind, record_id, flag, detail, at FROM record_flags "
                    "WHERE cleared_at IS NULL ORDER BY at, kind, record_id, flag")
    return [FlagRow(str(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4])) for r in rows]


def flags_of(db: Database, kind: str, record_id: str) -> list[str]:
    return [str(r[0]) for r in db.query(
        "SELECT flag FROM record_flags WHERE kind = ? AND record_id = ? AND cleared_at IS NULL "
        "ORDER BY flag", (kind, record_id))]


def clear_flag(db: Database, kind: str, record_id: str, name: str, at: str) -> bool:
    """Mark a flag as looked at; False when there is no such open flag."""
    cur = db.execute("UPDATE record_flags SET cleared_at = ? WHERE kind = ? AND record_id = ? "
                     "AND flag = ? AND cleared_at IS NULL", (at, kind, record_id, name))
    return bool(cur.rowcount)
