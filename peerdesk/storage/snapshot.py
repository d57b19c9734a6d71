"""Consistent encrypted copies of the live database, and per-table content hashes."""

from __future__ import annotations

import hashlib
from pathlib import Path

import sqlcipher3

from peerdesk.storage import connection
from peerdesk.storage.database import Database


def user_tables(db: Database) -> list[str]:
    rows = db.query(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' "
        "AND name NOT LIKE 'sqlite_%' ORDER BY name"
    )
    return [str(r[0]) for r in rows if not str(r[1] or "").upper().startswith("CREATE VIRTUAL")]


def table_hashes(db: Database) -> dict[str, dict[str, object]]:
    """Row count and SHA-256 of every row, in key order, for each ordinary table."""
    result: dict[str, dict[str, object]] = {}
    conn = db.conn
    for name in user_tables(db):
        quoted = '"' + name.replace('"', '""') + '"'
        h = hashlib.sha256()
        count = 0
        try:
            cur = conn.execute(f"SELECT * FROM {quoted} ORDER BY rowid")
        except sqlcipher3.OperationalError:  # WITHOUT ROWID: scans in primary-key order
            cur = conn.execute(f"SELECT * FROM {quoted}")
        for row in cur:
            encoded = repr(tuple(row)).encode("utf-8", "surrogatepass")
            h.update(len(encoded).to_bytes(8, "big"))
            h.update(encoded)
            count += 1
        result[name] = {"rows": count, "sha256": h.hexdigest()}
    return result


def copy_to(db: Database, target: Path, data_key: bytes | bytearray) -> None:
    """Page-by-page copy with SQLite's backup API into a new file under the same key."""
    dest = connection.connect(target, data_key, create=True)
    try:
        with db._lock:
            db.conn.backup(dest)
        dest.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()
