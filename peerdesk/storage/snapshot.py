"""Consistent encrypted copies of the live database, and per-table content hashes.

Row encodings (docs/format.md, "Backups: table hashes"):

* ``canonical`` (backups of format 2 on): each value is a one-byte type tag and its bytes:
  ``N`` for NULL; ``I`` and a signed 64-bit big-endian integer; ``R`` and an IEEE-754
  binary64 big-endian double; ``T`` and a 4-byte big-endian length and UTF-8 text; ``B``
  and a 4-byte length and the bytes. A row is its values in column order.
* ``repr`` (format 1, read only to restore old backups): Python's ``repr`` of the row tuple.

Either way a table's hash is SHA-256 over each row's 8-byte big-endian length and bytes,
rows in rowid (or primary-key) order.
"""

from __future__ import annotations

import hashlib
import struct
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import sqlcipher3

from peerdesk.storage import connection
from peerdesk.storage.database import Database


def user_tables(db: Database) -> list[str]:
    rows = db.query(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' "
        "AND name NOT LIKE 'sqlite_%' ORDER BY name"
    )
    return [str(r[0]) for r in rows if not str(r[1] or "").upper().startswith("CREATE VIRTUAL")]


_INT = struct.Struct(">q").pack
_REAL = struct.Struct(">d").pack
_LEN = struct.Struct(">I").pack


def canonical_row(row: Sequence[Any]) -> bytes:
    """The portable encoding of one row (see the module docstring)."""
    out = bytearray()
    for value in row:
        kind = type(value)
        if kind is str:
            data = value.encode("utf-8", "surrogatepass")
            out += b"T" + _LEN(len(data)) + data
        elif kind is int:
            out += b"I" + _INT(value)
        elif value is None:
            out += b"N"
        elif kind is float:
            out += b"R" + _REAL(value)
        elif isinstance(value, int):
            out += b"I" + _INT(int(value))
        else:
            data = bytes(value)
            out += b"B" + _LEN(len(data)) + data
    return bytes(out)


def _repr_row(row: Sequence[Any]) -> bytes:
    return repr(tuple(row)).encode("utf-8", "surrogatepass")


ENCODINGS: dict[str, Callable[[Sequence[Any]], bytes]] = {
    "canonical": canonical_row,
    "repr": _repr_row,
}


def table_hashes(db: Database, encoding: str = "canonical") -> dict[str, dict[str, object]]:
    """Row count and SHA-256 of every row, in key order, for each ordinary table."""
    encode = ENCODINGS[encoding]
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
            encoded = encode(tuple(row))
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
