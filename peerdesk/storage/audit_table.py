"""SQL for the append-only audit table."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from peerdesk.storage.database import Database
from peerdesk.storage.where import placeholders

COLUMNS = (
    "seq", "at", "actor", "key_id", "action", "target_kind", "target_id", "details",
    "prev_hash", "hash", "signature",
)


def head(db: Database) -> tuple[int, str] | None:
    row = db.query_one("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1")
    return None if row is None else (int(row[0]), str(row[1]))


def append(db: Database, event: dict[str, Any]) -> None:
    db.execute(
        f"INSERT INTO audit_events ({', '.join(COLUMNS)}) "
        f"VALUES ({placeholders(COLUMNS)})",
        [event[c] for c in COLUMNS],
    )


def iter_events(db: Database, batch: int = 5000) -> Iterator[dict[str, Any]]:
    last = 0
    while True:
        rows = db.query(
            f"SELECT {', '.join(COLUMNS)} FROM audit_events WHERE seq > ? ORDER BY seq LIMIT ?",
            (last, batch),
        )
        if not rows:
            return
        for row in rows:
            yield dict(zip(COLUMNS, row, strict=True))
        last = int(rows[-1][0])


def count(db: Database) -> int:
    return int(db.scalar("SELECT count(*) FROM audit_events"))


def recent(db: Database, limit: int = 200, offset: int = 0) -> list[dict[str, Any]]:
    rows = db.query(
        f"SELECT {', '.join(COLUMNS)} FROM audit_events ORDER BY seq DESC LIMIT ? OFFSET ?",
        (limit, offset),
    )
    return [dict(zip(COLUMNS, row, strict=True)) for row in rows]


#: Events that record which key slot an account uses from then on.
SLOT_EVENTS = ("vault.created", "account.added", "account.reset", "account.passphrase_changed")


def slot_history(db: Database, account_id: str) -> list[str]:
    """The slot ids the chain recorded for an account, oldest first; the last is current."""
    rows = db.query(
        f"SELECT json_extract(details, '$.slot_id') FROM audit_events "
        f"WHERE action IN ({placeholders(SLOT_EVENTS)}) "
        "AND (json_extract(details, '$.account_id') = ? "
        "     OR (target_kind = 'account' AND target_id = ?)) "
        "AND json_extract(details, '$.slot_id') IS NOT NULL ORDER BY seq",
        [*SLOT_EVENTS, account_id, account_id],
    )
    return [str(r[0]) for r in rows]
