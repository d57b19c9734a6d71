"""Writing a record's canonical content back to its tables: the inverse of
``content_table.contents``, for changes received from other laptops.

One call stores one record exactly as its content says (every column of its row and of its
text row; a column the content leaves out is NULL), keeps the version it replaces in
``record_history``, and keeps the full-text index and the side tables the services maintain
(``advisee_advisors``, ``supervision_advisors``) in step, as a local edit would.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from peerdesk.storage import (
    advisee_queries,
    apply_fact_queries,
    codec,
    content_table,
    records,
    supervision_queries,
)
from peerdesk.storage.database import Database
from peerdesk.storage.tables import BY_KIND, TableSpec

_META = {"updated_at", "updated_by", "version"}


def _q(name: str) -> str:
    return '"' + name + '"'


def _store(db: Database, table: str, columns: list[str], values: list[Any],
           exists: bool) -> None:
    # Not an upsert: an ON CONFLICT clause would override the change-tracking triggers' own.
    if exists:
        pairs = [(c, v) for c, v in zip(columns, values, strict=True) if c != "id"]
        db.execute(f"UPDATE {table} SET {', '.join(f'{_q(c)} = ?' for c, _ in pairs)} "
                   "WHERE id = ?", [*(v for _, v in pairs), values[columns.index("id")]])
    else:
        db.execute(f"INSERT INTO {table} ({', '.join(map(_q, columns))}) "
                   f"VALUES ({', '.join('?' for _ in columns)})", values)


def write(db: Database, kind: str, fields: Mapping[str, Any],
          previous: Mapping[str, Any] | None) -> None:
    """Store ``fields`` as the record's content; ``previous`` is its content now (None: the
    record is new here), kept as a prior version."""
    spec = BY_KIND[kind]
    if previous is not None:
        _keep_version(db, spec, previous, fields)
    main = content_table.columns(db, spec.table)
    _store(db, spec.table, main, [fields.get(c) for c in main], previous is not None)
    if spec.text_fields:
        text = content_table.columns(db, spec.text_table)
        _store(db, spec.text_table, text,
               [fields.get(c, "") if c != "id" else fields["id"] for c in text],
               previous is not None)
    _derived(db, spec, fields)


def _keep_version(db: Database, spec: TableSpec, old: Mapping[str, Any],
                  new: Mapping[str, Any]) -> None:
    old_record = codec.from_columns(spec.cls, old)
    changed = sorted(k for k in set(old) | set(new)
                     if k not in _META and old.get(k) != new.get(k))
    db.execute(
        "INSERT OR IGNORE INTO record_history (kind, record_id, version, changed_at, "
        "changed_by, changed_fields, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (spec.kind, old_record.id, old_record.meta.version, str(new.get("updated_at", "")),
         str(new.get("updated_by", "")), json.dumps(changed),
         json.dumps(codec.snapshot(old_record), ensure_ascii=False)),
    )


def _derived(db: Database, spec: TableSpec, fields: Mapping[str, Any]) -> None:
    rid = str(fields["id"])
    if spec.searchable:
        records.unindex(db, spec.kind, rid)
        row = _search_row(db, spec, fields)
        if row is not None:
            cur = db.execute("INSERT INTO search_index (body, kind, record_id, advisee_id, "
                             "owner) VALUES (?, ?, ?, ?, ?)", row)
            db.execute("INSERT INTO search_docs (kind, record_id, doc) VALUES (?, ?, ?)",
                       (spec.kind, rid, cur.lastrowid))
    _side_tables(db, spec, [fields])


def _gone(fields: Mapping[str, Any]) -> bool:
    return fields.get("deleted_at") is not None or fields.get("erased_at") is not None


def _search_row(db: Database, spec: TableSpec,
                fields: Mapping[str, Any]) -> tuple[str, str, str, str, str] | None:
    """The full-text entry of a record, as a local write makes it (None: nothing to find)."""
    if _gone(fields):
        return None
    body = "\n".join(str(fields.get(f) or "") for f in spec.searchable).strip()
    if not body:
        return None
    advisee = str(fields.get("advisee_id") or "")
    if spec.kind == "escalation_event":  # an event is found through its escalation
        advisee = apply_fact_queries.escalation_advisee(db, str(fields.get("escalation_id", "")))
    owner = str(fields.get("advisor_id") or fields.get("author_id")
                or fields.get("supervisor_id") or fields.get("by") or "")
    return body, spec.kind, str(fields["id"]), advisee, owner


def _side_tables(db: Database, spec: TableSpec, rows: Sequence[Mapping[str, Any]]) -> None:
    for fields in rows:
        rid = str(fields["id"])
        if spec.kind == "advisee":
            advisee_queries.set_advisors(db, rid,
                                         json.loads(str(fields.get("advisor_ids", "[]"))))
        elif spec.kind == "supervision_note":
            if fields.get("deleted_at") is not None:
                supervision_queries.clear_advisors(db, rid)
            else:
                supervision_queries.set_advisors(
                    db, rid, json.loads(str(fields.get("advisor_ids", "[]"))),
                    str(fields["on"]))


def insert_many(db: Database, kind: str, rows: Sequence[Mapping[str, Any]]) -> None:
    """Store records new to this vault, many at once (as ``write`` would, one by one)."""
    if not rows:
        return
    spec = BY_KIND[kind]
    main = content_table.columns(db, spec.table)
    db.conn.executemany(
        f"INSERT INTO {spec.table} ({', '.join(map(_q, main))}) "
        f"VALUES ({', '.join('?' for _ in main)})",
        [[fields.get(c) for c in main] for fields in rows])
    if spec.text_fields:
        text = content_table.columns(db, spec.text_table)
        db.conn.executemany(
            f"INSERT INTO {spec.text_table} ({', '.join(map(_q, text))}) "
            f"VALUES ({', '.join('?' for _ in text)})",
            [[fields["id"] if c == "id" else fields.get(c, "") for c in text]
             for fields in rows])
    if spec.searchable:
        found = [r for r in (_search_row(db, spec, f) for f in rows) if r is not None]
        first = int(db.scalar("SELECT coalesce(max(rowid), 0) FROM search_index")) + 1
        db.conn.executemany(
            "INSERT INTO search_index (rowid, body, kind, record_id, advisee_id, owner) "
            "VALUES (?, ?, ?, ?, ?, ?)", [(first + i, *r) for i, r in enumerate(found)])
        db.conn.executemany(
            "INSERT INTO search_docs (kind, record_id, doc) VALUES (?, ?, ?)",
            [(r[1], r[2], first + i) for i, r in enumerate(found)])
    _side_tables(db, spec, rows)
