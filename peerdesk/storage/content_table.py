"""SQL for the content digests of the audit chain: which records a transaction changed, their
stored content, and the ``audit_content`` rows that tie each change to its audit event.

Which records changed is noticed by temporary triggers on this connection (one per record
table and text table), so every write path (services, bulk import, the demo generator,
erasure) is covered without each having to report its changes. A change made through
another connection (someone editing the database with the key, outside peerdesk) fires no
trigger here, which is exactly what ``peerdesk verify`` then finds.

How a record's content is turned into a digest is specified in docs/format.md and computed
in ``peerdesk.vault.content_digest``; this module only reads and writes rows.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Iterator
from typing import Any

from peerdesk.storage.database import Database
from peerdesk.storage.tables import SPECS, TableSpec
from peerdesk.storage.where import placeholders

_TOUCHED_NAME = "touched_records"  # a trigger body may not name the schema
_TOUCHED = f"temp.{_TOUCHED_NAME}"
#: Column names per table, read once per connection (the schema is current by then).
_COLUMNS: weakref.WeakKeyDictionary[Database, dict[str, list[str]]] = (
    weakref.WeakKeyDictionary())


def _tables(spec: TableSpec) -> tuple[str, ...]:
    return (spec.table, spec.text_table) if spec.text_fields else (spec.table,)


def install_tracking(db: Database) -> None:
    """Create this connection's change-tracking triggers (after the schema is current)."""
    statements = [
        f"CREATE TEMP TABLE IF NOT EXISTS {_TOUCHED_NAME} ("
        "kind TEXT NOT NULL, record_id TEXT NOT NULL, PRIMARY KEY (kind, record_id)"
        ") WITHOUT ROWID"
    ]
    for spec in SPECS:
        for table in _tables(spec):
            for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
                statements.append(
                    f"CREATE TEMP TRIGGER IF NOT EXISTS track_{table}_{event.lower()} "
                    f"AFTER {event} ON main.{table} BEGIN "
                    f"INSERT OR IGNORE INTO {_TOUCHED_NAME} (kind, record_id) "
                    f"VALUES ('{spec.kind}', {row}.id); END"
                )
    with db.transaction():
        for sql in statements:
            db.execute(sql)
    _COLUMNS.pop(db, None)


def take_touched(db: Database) -> dict[str, list[str]]:
    """The records changed since the last call in this transaction, by kind (in no
    particular order); forgets them."""
    rows = db.execute(f"DELETE FROM {_TOUCHED} RETURNING kind, record_id").fetchall()
    out: dict[str, list[str]] = {}
    for kind, record_id in rows:
        out.setdefault(str(kind), []).append(str(record_id))
    return out


def touch_all(db: Database) -> None:
    """Mark every stored record as changed (for a baseline of the records that exist)."""
    for spec in SPECS:
        db.execute(
            f"INSERT OR IGNORE INTO {_TOUCHED} (kind, record_id) "
            f"SELECT ?, id FROM main.{spec.table}", (spec.kind,)
        )


def _columns(db: Database, table: str) -> list[str]:
    known = _COLUMNS.setdefault(db, {})
    if table not in known:
        known[table] = [str(r[1]) for r in db.query(f"PRAGMA main.table_info({table})")]
    return known[table]


def columns(db: Database, table: str) -> list[str]:
    """The columns a record table or text table has in this vault (read once)."""
    return list(_columns(db, table))


def contents(
    db: Database, spec: TableSpec, ids: Iterable[str] | None = None
) -> Iterator[tuple[str, dict[str, Any]]]:
    """(id, every non-NULL column of the record and of its text row), for the given ids or
    for every record of the kind; ordered by id."""
    main = _columns(db, spec.table)
    main = ["id"] + [c for c in main if c != "id"]  # the id first, for paging
    text = [c for c in _columns(db, spec.text_table) if c != "id"] if spec.text_fields else []
    select = ", ".join([f'r."{c}"' for c in main] + [f't."{c}"' for c in text])
    sql = f"SELECT {select} FROM main.{spec.table} r"
    if text:
        sql += f" LEFT JOIN main.{spec.text_table} t ON t.id = r.id"
    names = main + text
    if ids is not None:
        wanted = list(ids)
        for i in range(0, len(wanted), 500):
            chunk = wanted[i:i + 500]
            rows = db.query(sql + f" WHERE r.id IN ({placeholders(chunk)}) ORDER BY r.id",
                            chunk)
            yield from _fields(names, rows)
        return
    last = ""
    while True:  # in pages, so a large vault's text is never all in memory at once
        rows = db.query(sql + " WHERE r.id > ? ORDER BY r.id LIMIT 2000", (last,))
        if not rows:
            return
        yield from _fields(names, rows)
        last = str(rows[-1][0])


def _fields(names: list[str], rows: list[Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for row in rows:
        fields = {n: v for n, v in zip(names, tuple(row), strict=True) if v is not None}
        yield str(fields.get("id", "")), fields


def append(db: Database, seq: int, entries: Iterable[tuple[str, str, str | None]]) -> None:
    db.conn.executemany(
        "INSERT INTO audit_content (seq, kind, record_id, digest) VALUES (?, ?, ?, ?)",
        ((seq, kind, record_id, digest) for kind, record_id, digest in entries),
    )


def is_empty(db: Database) -> bool:
    return db.query_one("SELECT 1 FROM audit_content LIMIT 1") is None


def iter_rows(db: Database, batch: int = 20000) -> Iterator[tuple[int, str, str, str | None]]:
    """Every content row in chain order (seq, then kind, then record id)."""
    last: tuple[int, str, str] = (0, "", "")
    while True:
        rows = db.query(
            "SELECT seq, kind, record_id, digest FROM audit_content "
            "WHERE (seq, kind, record_id) > (?, ?, ?) ORDER BY seq, kind, record_id LIMIT ?",
            (*last, batch),
        )
        if not rows:
            return
        for r in rows:
            yield int(r[0]), str(r[1]), str(r[2]), None if r[3] is None else str(r[3])
        last = (int(rows[-1][0]), str(rows[-1][1]), str(rows[-1][2]))
