"""Fast inserts of many records inside the caller's one transaction.

Used by the importer and the demo generator. Each call writes exactly what
``records.insert`` writes for one record (main row, ``*_text`` row, full-text index
entry) plus the side tables the services keep (``advisee_advisors``,
``supervision_advisors``), with ``executemany`` instead of one statement per row.
Storage-only columns (``deleted_at``, escalation deadlines, ...) come in ``storage``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from peerdesk.domain.records_base import Record
from peerdesk.storage import codec
from peerdesk.storage.database import Database
from peerdesk.storage.records import _search_scope
from peerdesk.storage.tables import BY_KIND, SPECS, TableSpec, spec_for
from peerdesk.storage.where import placeholders

#: Rows per ``executemany`` call (bounds memory for 100,000-record kinds).
CHUNK = 5_000

Progress = Callable[[int], None]


def _q(name: str) -> str:
    return '"' + name + '"'


def _many(db: Database, sql: str, rows: Sequence[Sequence[Any]]) -> None:
    if not db._depth:
        raise RuntimeError("bulk write outside a transaction")
    if rows:
        db.conn.executemany(sql, rows)


def table_columns(db: Database, table: str) -> list[str]:
    """The columns a table has in this vault (after every migration)."""
    if table not in {s.table for s in SPECS} | {s.text_table for s in SPECS} | {
        "record_history", "themes", "meta", "members"
    }:
        raise ValueError("unknown table")
    return [str(r[1]) for r in db.query(f"PRAGMA table_info({_q(table)})")]


def storage_columns(db: Database, spec: TableSpec) -> list[str]:
    """Columns of the main table that are not fields of the domain record."""
    own = {"id", "created_at", "created_by", "updated_at", "updated_by", "version"}
    own |= {name for name, _ in codec.record_fields(spec.cls)}
    return [c for c in table_columns(db, spec.table) if c not in own]


def insert_records(
    db: Database,
    records: Sequence[Record],
    *,
    storage: Mapping[str, Mapping[str, Any]] | None = None,
    progress: Progress | None = None,
) -> int:
    """Insert records of one class. ``storage[id]`` adds storage-only column values.

    Records with ``deleted_at`` (or ``erased_at``) in ``storage`` are not put in the
    search index, as a tombstone is not.
    """
    if not records:
        return 0
    cls = type(records[0])
    spec = spec_for(cls)
    storage = storage or {}
    extra_cols: list[str] = sorted({c for v in storage.values() for c in v})
    if extra_cols:
        allowed = set(storage_columns(db, spec))
        unknown = [c for c in extra_cols if c not in allowed]
        if unknown:
            raise ValueError(f"unknown storage columns for {spec.kind}")
    done = 0
    next_doc = int(db.scalar("SELECT coalesce(max(rowid), 0) FROM search_index") or 0) + 1
    for start in range(0, len(records), CHUNK):
        chunk = records[start:start + CHUNK]
        main_rows: list[list[Any]] = []
        text_rows: list[list[Any]] = []
        index_rows: list[tuple[Any, ...]] = []
        doc_rows: list[tuple[Any, ...]] = []
        cols: list[str] = []
        for record in chunk:
            if type(record) is not cls:
                raise TypeError("insert_records takes records of one class")
            row = codec.to_columns(record)
            text = [row.pop(f) or "" for f in spec.text_fields]
            extra = storage.get(record.id, {})
            if not cols:
                cols = [*row, *extra_cols]
            main_rows.append([*row.values(), *(extra.get(c) for c in extra_cols)])
            if spec.text_fields:
                text_rows.append([record.id, *text])
            if spec.searchable and not extra.get("deleted_at") and not extra.get("erased_at"):
                body = "\n".join(str(getattr(record, f) or "") for f in spec.searchable).strip()
                if body:
                    advisee_id, owner = _search_scope(record)
                    index_rows.append((next_doc, body, spec.kind, record.id, advisee_id, owner))
                    doc_rows.append((spec.kind, record.id, next_doc))
                    next_doc += 1
        _many(db,
            f"INSERT INTO {spec.table} ({', '.join(map(_q, cols))}) "
            f"VALUES ({placeholders(cols)})",
            main_rows,
        )
        if text_rows:
            _many(db,
                f"INSERT INTO {spec.text_table} (id, {', '.join(map(_q, spec.text_fields))}) "
                f"VALUES (?, {placeholders(spec.text_fields)})",
                text_rows,
            )
        if index_rows:
            _many(db,
                "INSERT INTO search_index (rowid, body, kind, record_id, advisee_id, owner) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                index_rows,
            )
            _many(db,
                "INSERT INTO search_docs (kind, record_id, doc) VALUES (?, ?, ?)", doc_rows
            )
        _side_tables(db, spec, chunk)
        done += len(chunk)
        if progress is not None:
            progress(done)
    return done


def _side_tables(db: Database, spec: TableSpec, chunk: Sequence[Record]) -> None:
    if spec.kind == "advisee":
        _many(db,
            "INSERT INTO advisee_advisors (advisee_id, advisor_id) VALUES (?, ?)",
            [(r.id, a) for r in chunk for a in sorted(getattr(r, "advisor_ids", ()))],
        )
    elif spec.kind == "supervision_note":
        _many(db,
            'INSERT INTO supervision_advisors (note_id, advisor_id, "on") VALUES (?, ?, ?)',
            [(r.id, a, getattr(r, "on").isoformat())  # noqa: B009
             for r in chunk for a in sorted(getattr(r, "advisor_ids", ()))],
        )


def insert_history(db: Database, rows: Iterable[Mapping[str, Any]]) -> int:
    """Prior versions: ``kind, record_id, version, changed_at, changed_by,
    changed_fields`` (list) and ``snapshot`` (dict)."""
    batch = [
        (r["kind"], r["record_id"], int(r["version"]), r["changed_at"], r["changed_by"],
         json.dumps(list(r["changed_fields"]), ensure_ascii=False),
         json.dumps(r["snapshot"], ensure_ascii=False))
        for r in rows
    ]
    _many(db,
        "INSERT INTO record_history (kind, record_id, version, changed_at, changed_by, "
        "changed_fields, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?)",
        batch,
    )
    return len(batch)


def add_themes(db: Database, themes: Iterable[tuple[str, bool]]) -> None:
    """Add themes to the group's list; existing names keep their active flag."""
    _many(db,
        "INSERT OR IGNORE INTO themes (name, active) VALUES (?, ?)",
        [(name, int(active)) for name, active in themes],
    )


# -- reads for export and checks ---------------------------------------------------------
def themes(db: Database) -> list[tuple[str, bool]]:
    return [(str(r[0]), bool(r[1])) for r in db.query("SELECT name, active FROM themes "
                                                          "ORDER BY name")]


def history_rows(db: Database) -> list[dict[str, Any]]:
    rows = db.query(
        "SELECT kind, record_id, version, changed_at, changed_by, changed_fields, snapshot "
        "FROM record_history ORDER BY kind, record_id, version"
    )
    return [
        {"kind": r[0], "record_id": r[1], "version": int(r[2]), "changed_at": r[3],
         "changed_by": r[4], "changed_fields": json.loads(r[5]),
         "snapshot": json.loads(r[6])}
        for r in rows
    ]


def iter_all(db: Database, kind: str, *, batch: int = 5_000,
             ) -> Iterable[tuple[Record, dict[str, Any]]]:
    """Every record of a kind, tombstones included, with full text and storage columns."""
    spec = BY_KIND[kind]
    extra = storage_columns(db, spec)
    own = [c for c in table_columns(db, spec.table) if c not in extra]
    text_cols = ", ".join(f"t.{_q(c)}" for c in spec.text_fields)
    select = ", ".join(f"r.{_q(c)}" for c in own + extra)
    if spec.text_fields:
        sql = (f"SELECT {select}, {text_cols} FROM {spec.table} r "
               f"LEFT JOIN {spec.text_table} t ON t.id = r.id")
    else:
        sql = f"SELECT {select} FROM {spec.table} r"
    names = own + extra + list(spec.text_fields)
    last = ""
    while True:
        rows = db.query(sql + " WHERE r.id > ? ORDER BY r.id LIMIT ?", (last, batch))
        if not rows:
            return
        for row in rows:
            data = dict(zip(names, row, strict=True))
            for f in spec.text_fields:
                if data.get(f) is None:
                    data[f] = ""
            stored = {c: data.pop(c) for c in extra}
            yield codec.from_columns(spec.cls, data), stored
        last = str(rows[-1][0])


def existing_ids(db: Database, kind: str, ids: Sequence[str]) -> set[str]:
    spec = BY_KIND[kind]
    found: set[str] = set()
    for start in range(0, len(ids), 500):
        chunk = list(ids[start:start + 500])
        found.update(str(r[0]) for r in db.query(
            f"SELECT id FROM {spec.table} WHERE id IN ({placeholders(chunk)})",
            chunk))
    return found


def count(db: Database, kind: str) -> int:
    return int(db.scalar(f"SELECT count(*) FROM {BY_KIND[kind].table}"))
