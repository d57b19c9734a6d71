"""Writing a record's canonical content back to its tables: the inverse of
``content_table.contents``, for changes received from other laptops.

One call stores one record exactly as its content says (every column of its row and of its
text row; a column the content leaves out is NULL), keeps the version it replaces in
``record_history``, and keeps the full-text index and the side tables the services maintain
(``advisee_advisors``, ``supervision_advisors``) in step, as a local edit would.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from peerdesk.storage import advisee_queries, codec, content_table, records, supervision_queries
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
    gone = fields.get("deleted_at") is not None or fields.get("erased_at") is not None
    if spec.searchable:
        if gone:
            records.unindex(db, spec.kind, rid)
        else:
            records.index_text(db, spec, codec.from_columns(spec.cls, fields))
    if spec.kind == "advisee":
        advisee_queries.set_advisors(db, rid, json.loads(str(fields.get("advisor_ids", "[]"))))
    elif spec.kind == "supervision_note":
        if fields.get("deleted_at") is not None:
            supervision_queries.clear_advisors(db, rid)
        else:
            supervision_queries.set_advisors(
                db, rid, json.loads(str(fields.get("advisor_ids", "[]"))), str(fields["on"]))
