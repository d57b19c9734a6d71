"""SQL for import claims: what an import file said about the records it brought in."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from peerdesk.storage.database import Database
from peerdesk.storage.where import placeholders

_COLUMNS = ("kind", "record_id", "source", "source_sha256", "imported_by", "imported_at",
            "claimed")


@dataclass(frozen=True)
class ClaimRow:
    kind: str
    record_id: str
    source: str
    source_sha256: str
    imported_by: str
    imported_at: str
    claimed: dict[str, Any]


def insert_claims(db: Database, rows: Iterable[ClaimRow]) -> int:
    batch = [(r.kind, r.record_id, r.source, r.source_sha256, r.imported_by, r.imported_at,
              json.dumps(r.claimed, ensure_ascii=False, sort_keys=True)) for r in rows]
    sql = (f"INSERT INTO import_claims ({', '.join(_COLUMNS)}) "
           f"VALUES ({placeholders(_COLUMNS)})")
    if batch:
        db.execute(sql, batch[0])  # refuses to run outside a transaction
        db.conn.executemany(sql, batch[1:])
    return len(batch)


def _row(r: Sequence[Any]) -> ClaimRow:
    claimed = json.loads(str(r[6]))
    return ClaimRow(str(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]), str(r[5]),
                    claimed if isinstance(claimed, dict) else {})


def claims_for(db: Database, kind: str, record_ids: Sequence[str]) -> dict[str, ClaimRow]:
    """The claims of these records (by id); records not imported have none."""
    out: dict[str, ClaimRow] = {}
    ids = list(dict.fromkeys(record_ids))
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for r in db.query(f"SELECT {', '.join(_COLUMNS)} FROM import_claims WHERE kind = ? "
                          f"AND record_id IN ({placeholders(chunk)})", [kind, *chunk]):
            row = _row(r)
            out[row.record_id] = row
    return out


def count(db: Database) -> int:
    return int(db.scalar("SELECT count(*) FROM import_claims"))
