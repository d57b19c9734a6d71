"""Generic storage of domain records: insert, read, versioned update, tombstone, history.

Every function runs inside the caller's transaction (``Database.transaction``); the
services decide what a change means and record the audit event.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any, TypeVar

from peerdesk.domain.records_base import Record
from peerdesk.storage import codec
from peerdesk.storage.database import Database
from peerdesk.storage.tables import TableSpec, spec_for
from peerdesk.storage.where import placeholders

R = TypeVar("R", bound=Record)


def _q(name: str) -> str:
    return '"' + name + '"'


def _split(spec: TableSpec, record: Record) -> tuple[dict[str, Any], dict[str, Any]]:
    cols = codec.to_columns(record)
    text = {f: cols.pop(f) or "" for f in spec.text_fields}
    return cols, text


def insert(db: Database, record: Record, extra: dict[str, Any] | None = None) -> None:
    spec = spec_for(type(record))
    cols, text = _split(spec, record)
    cols.update(extra or {})
    db.execute(
        f"INSERT INTO {spec.table} ({', '.join(map(_q, cols))}) "
        f"VALUES ({placeholders(cols)})",
        list(cols.values()),
    )
    if spec.text_fields:
        db.execute(
            f"INSERT INTO {spec.text_table} (id, {', '.join(map(_q, text))}) "
            f"VALUES (?, {placeholders(text)})",
            [record.id, *text.values()],
        )
    index_text(db, spec, record)


def update(
    db: Database, old: Record, new: Record, extra: dict[str, Any] | None = None
) -> list[str]:
    """Store ``new`` (whose meta is ``old.meta.touched(...)``), keeping ``old`` in history.

    Returns the names of the fields that changed.
    """
    spec = spec_for(type(new))
    changed = changed_fields(old, new)
    db.execute(
        "INSERT INTO record_history (kind, record_id, version, changed_at, changed_by, "
        "changed_fields, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            spec.kind, old.id, old.meta.version, codec.iso_dt(new.meta.updated_at),
            new.meta.updated_by, json.dumps(changed), json.dumps(codec.snapshot(old),
                                                                 ensure_ascii=False),
        ),
    )
    cols, text = _split(spec, new)
    cols.update(extra or {})
    cols.pop("id")
    cur = db.execute(
        f"UPDATE {spec.table} SET {', '.join(f'{_q(c)} = ?' for c in cols)} "
        "WHERE id = ? AND version = ?",
        [*cols.values(), new.id, old.meta.version],
    )
    if cur.rowcount != 1:
        from peerdesk.errors import ValidationError

        raise ValidationError(
            "Someone else changed this record since you opened it. Reload it and try again."
        )
    if spec.text_fields:
        db.execute(
            f"UPDATE {spec.text_table} SET {', '.join(f'{_q(c)} = ?' for c in text)} "
            "WHERE id = ?",
            [*text.values(), new.id],
        )
    index_text(db, spec, new)
    return changed


def set_extra(db: Database, cls: type[Record], record_id: str, **values: Any) -> None:
    spec = spec_for(cls)
    db.execute(
        f"UPDATE {spec.table} SET {', '.join(f'{_q(c)} = ?' for c in values)} WHERE id = ?",
        [*values.values(), record_id],
    )


def changed_fields(old: Record, new: Record) -> list[str]:
    a, b = codec.snapshot(old), codec.snapshot(new)
    skip = {"updated_at", "updated_by", "version"}
    return sorted(k for k in b if k not in skip and a.get(k) != b.get(k))


def tombstone(db: Database, cls: type[Record], record_id: str, by: str, at: str) -> None:
    spec = spec_for(cls)
    db.execute(
        f"UPDATE {spec.table} SET deleted_at = ?, deleted_by = ? WHERE id = ?",
        (at, by, record_id),
    )
    unindex(db, spec.kind, record_id)


def _select(spec: TableSpec, with_text: bool) -> str:
    if with_text and spec.text_fields:
        text_cols = ", ".join(f"t.{_q(c)}" for c in spec.text_fields)
        return (f"SELECT r.*, {text_cols} FROM {spec.table} r "
                f"LEFT JOIN {spec.text_table} t ON t.id = r.id")
    return f"SELECT r.* FROM {spec.table} r"


def get(db: Database, cls: type[R], record_id: str, *, with_text: bool = True,
        include_deleted: bool = False) -> R | None:
    spec = spec_for(cls)
    sql = _select(spec, with_text) + " WHERE r.id = ?"
    if not include_deleted:
        sql += " AND r.deleted_at IS NULL"
    row = db.query_one(sql, (record_id,))
    if row is None:
        return None
    return _row_to(cls, spec, row, with_text)


def get_many(db: Database, cls: type[R], ids: Sequence[str], *, with_text: bool = False,
             include_deleted: bool = False) -> list[R]:
    """Records in the order of ``ids`` (missing ones skipped). Lists pass with_text=False."""
    if not ids:
        return []
    spec = spec_for(cls)
    found: dict[str, R] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start:start + 500])
        sql = _select(spec, with_text) + f" WHERE r.id IN ({placeholders(chunk)})"
        if not include_deleted:
            sql += " AND r.deleted_at IS NULL"
        for row in db.query(sql, chunk):
            rec = _row_to(cls, spec, row, with_text)
            found[rec.id] = rec
    return [found[i] for i in ids if i in found]


def _row_to(cls: type[R], spec: TableSpec, row: Any, with_text: bool) -> R:
    data = dict(zip(row.keys(), row, strict=True))
    if not with_text:
        for f in spec.text_fields:
            data.setdefault(f, "")
    record = codec.from_columns(cls, data)
    assert isinstance(record, cls)
    return record


def extra_values(db: Database, cls: type[Record], record_id: str) -> dict[str, Any]:
    spec = spec_for(cls)
    if not spec.extra_columns:
        return {}
    row = db.query_one(
        f"SELECT {', '.join(map(_q, spec.extra_columns))} FROM {spec.table} WHERE id = ?",
        (record_id,),
    )
    return {} if row is None else dict(zip(spec.extra_columns, row, strict=True))


def history(db: Database, kind: str, record_id: str) -> list[dict[str, Any]]:
    rows = db.query(
        "SELECT version, changed_at, changed_by, changed_fields, snapshot FROM record_history "
        "WHERE kind = ? AND record_id = ? ORDER BY version",
        (kind, record_id),
    )
    return [
        {
            "version": int(r[0]), "changed_at": r[1], "changed_by": r[2],
            "changed_fields": json.loads(r[3]), "snapshot": json.loads(r[4]),
        }
        for r in rows
    ]


# -- full-text index -------------------------------------------------------------------------
def index_text(db: Database, spec: TableSpec, record: Record) -> None:
    if not spec.searchable:
        return
    body = "\n".join(str(getattr(record, f) or "") for f in spec.searchable).strip()
    advisee_id, owner = _search_scope(record)
    unindex(db, spec.kind, record.id)
    if not body:
        return
    cur = db.execute(
        "INSERT INTO search_index (body, kind, record_id, advisee_id, owner) "
        "VALUES (?, ?, ?, ?, ?)",
        (body, spec.kind, record.id, advisee_id, owner),
    )
    db.execute(
        "INSERT INTO search_docs (kind, record_id, doc) VALUES (?, ?, ?)",
        (spec.kind, record.id, cur.lastrowid),
    )


def _search_scope(record: Record) -> tuple[str, str]:
    advisee = str(getattr(record, "advisee_id", "") or "")
    owner = str(
        getattr(record, "advisor_id", None) or getattr(record, "author_id", None)
        or getattr(record, "supervisor_id", None) or getattr(record, "by", None) or ""
    )
    return advisee, owner


def set_search_scope(db: Database, kind: str, record_id: str, advisee_id: str) -> None:
    doc = db.scalar("SELECT doc FROM search_docs WHERE kind = ? AND record_id = ?",
                    (kind, record_id))
    if doc is not None:
        db.execute("UPDATE search_index SET advisee_id = ? WHERE rowid = ?", (advisee_id, doc))


def unindex(db: Database, kind: str, record_id: str) -> None:
    doc = db.scalar("SELECT doc FROM search_docs WHERE kind = ? AND record_id = ?",
                    (kind, record_id))
    if doc is None:
        return
    db.execute("DELETE FROM search_index WHERE rowid = ?", (doc,))
    db.execute("DELETE FROM search_docs WHERE kind = ? AND record_id = ?", (kind, record_id))


def ids_where(db: Database, sql: str, params: Iterable[Any] = ()) -> list[str]:
    return [str(r[0]) for r in db.query(sql, list(params))]
