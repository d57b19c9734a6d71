"""SQL for applying received changes: the chain heads held, changes waiting for their
predecessor, forks, quarantined changes, members' account keys, and the changes that list a
record (``change_records``, filled by a trigger from each envelope).

Deciding what a change means lives in ``peerdesk.vault.change_apply``; this module only
reads and writes rows."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

import sqlcipher3

from peerdesk.storage.change_queries import ChangeRow
from peerdesk.storage.database import Database


@dataclass(frozen=True)
class Waiting:
    row: ChangeRow
    content: tuple[tuple[str, str, str], ...]


@dataclass(frozen=True)
class RecordChange:
    """A change that lists a record: where it sits and what it did to the record."""

    device: str
    seq: int
    base: str | None
    after: str | None
    stamp: str


def heads(db: Database) -> dict[str, tuple[int, str]]:
    """Per device: (seq, hash) of the highest change held (chains are held unbroken)."""
    rows = db.query(
        "SELECT c.device, c.seq, c.hash FROM changes c JOIN (SELECT device, max(seq) AS top "
        "FROM changes GROUP BY device) h ON h.device = c.device AND h.top = c.seq"
    )
    return {str(r[0]): (int(r[1]), str(r[2])) for r in rows}


def held_hash(db: Database, device: str, seq: int) -> str | None:
    row = db.query_one("SELECT hash FROM changes WHERE device = ? AND seq = ?", (device, seq))
    return None if row is None else str(row[0])


# -- pending --------------------------------------------------------------------------------
def waiting(db: Database) -> list[Waiting]:
    rows = db.query(
        "SELECT device, seq, prev, digest, hash, envelope, signature, content "
        "FROM pending_changes ORDER BY device, seq"
    )
    return [
        Waiting(
            ChangeRow(str(r[0]), int(r[1]), str(r[2]), str(r[3]), str(r[4]),
                      None if r[5] is None else str(r[5]), None if r[6] is None else str(r[6])),
            tuple((str(k), str(i), str(c)) for k, i, c in json.loads(str(r[7]))),
        )
        for r in rows
    ]


def clear_waiting(db: Database) -> None:
    db.execute("DELETE FROM pending_changes")


def add_waiting(db: Database, items: Iterable[Waiting], at: str) -> None:
    db.conn.executemany(
        "INSERT OR REPLACE INTO pending_changes (device, seq, prev, digest, hash, envelope, "
        "signature, content, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        ((w.row.device, w.row.seq, w.row.prev, w.row.digest, w.row.hash, w.row.envelope,
          w.row.signature, json.dumps([list(c) for c in w.content], ensure_ascii=False), at)
         for w in items),
    )


def waiting_count(db: Database) -> int:
    return int(db.scalar("SELECT count(*) FROM pending_changes"))


# -- forks ----------------------------------------------------------------------------------
def add_fork(db: Database, device: str, seq: int, held: str, other: str, at: str) -> bool:
    """Record a fork; False when it was already known."""
    cur = db.execute(
        "INSERT OR IGNORE INTO forks (device, seq, held_hash, other_hash, seen_at) "
        "VALUES (?, ?, ?, ?, ?)", (device, seq, held, other, at),
    )
    return bool(cur.rowcount)


def forks(db: Database) -> list[tuple[str, int, str, str, str]]:
    rows = db.query("SELECT device, seq, held_hash, other_hash, seen_at FROM forks "
                    "ORDER BY device, seq")
    return [(str(r[0]), int(r[1]), str(r[2]), str(r[3]), str(r[4])) for r in rows]


# -- quarantine -----------------------------------------------------------------------------
@dataclass(frozen=True)
class Quarantined:
    device: str
    seq: int
    author: str
    action: str
    reason: str
    at: str


def quarantine(db: Database, item: Quarantined) -> None:
    db.execute(
        "INSERT OR IGNORE INTO quarantine (device, seq, author, action, reason, at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (item.device, item.seq, item.author, item.action, item.reason, item.at),
    )


def quarantined(db: Database) -> list[Quarantined]:
    rows = db.query("SELECT device, seq, author, action, reason, at FROM quarantine "
                    "ORDER BY at, device, seq")
    return [Quarantined(str(r[0]), int(r[1]), str(r[2]), str(r[3]), str(r[4]), str(r[5]))
            for r in rows]


# -- member keys ----------------------------------------------------------------------------
def bind_key(db: Database, *, key_id: str, member: str, sign_public: str, box_public: str,
             device: str, seq: int) -> None:
    db.execute(
        "INSERT OR IGNORE INTO member_keys (key_id, member, sign_public, box_public, device, "
        "seq) VALUES (?, ?, ?, ?, ?, ?)",
        (key_id, member, sign_public, box_public, device, seq),
    )


def key(db: Database, key_id: str) -> tuple[str, str] | None:
    """(member, sign_public) of a bound key."""
    row = db.query_one("SELECT member, sign_public FROM member_keys WHERE key_id = ?",
                       (key_id,))
    return None if row is None else (str(row[0]), str(row[1]))


def key_retired(db: Database, key_id: str) -> bool:
    """Whether the key was bound as retired by an upgrade (no box key: it signs nothing new)."""
    return db.query_one("SELECT 1 FROM member_keys WHERE key_id = ? AND box_public = ''",
                        (key_id,)) is not None


def has_keys(db: Database) -> bool:
    return db.query_one("SELECT 1 FROM member_keys LIMIT 1") is not None


# -- devices --------------------------------------------------------------------------------
def revoke_device(db: Database, device: str, cutoff: int, at: str) -> None:
    db.execute(
        "UPDATE devices SET revoked_at = COALESCE(revoked_at, ?), "
        "revoked_cutoff = min(COALESCE(revoked_cutoff, ?), ?) WHERE id = ?",
        (at, cutoff, cutoff, device),
    )


def revoked_cutoff(db: Database, device: str) -> int | None:
    row = db.query_one("SELECT revoked_at, revoked_cutoff FROM devices WHERE id = ?",
                       (device,))
    if row is None or row[0] is None:
        return None
    return int(row[1]) if row[1] is not None else 0


def set_predecessor(db: Database, device: str, predecessor: str) -> None:
    db.execute("UPDATE devices SET predecessor = ? WHERE id = ?", (predecessor, device))


def device_members(db: Database, device: str) -> tuple[str, ...] | None:
    row = db.query_one("SELECT members FROM devices WHERE id = ?", (device,))
    return None if row is None else tuple(str(m) for m in json.loads(str(row[0])))


# -- the changes of a record ----------------------------------------------------------------
def record_changes(db: Database, kind: str, record_id: str) -> list[RecordChange]:
    """Every change held that lists the record, oldest stamp first."""
    rows = db.query(
        "SELECT device, seq, base, after, stamp FROM change_records "
        "WHERE kind = ? AND record_id = ? ORDER BY stamp, device, seq", (kind, record_id),
    )
    return [RecordChange(str(r[0]), int(r[1]), None if r[2] is None else str(r[2]),
                         None if r[3] is None else str(r[3]), str(r[4])) for r in rows]


def content_at(db: Database, kind: str, record_id: str, after: str) -> str | None:
    """The content kept of the record in a change that left it at digest ``after``."""
    row = db.query_one(
        "SELECT cc.content FROM change_records cr JOIN change_content cc "
        "ON cc.device = cr.device AND cc.seq = cr.seq AND cc.kind = cr.kind "
        "AND cc.record_id = cr.record_id "
        "WHERE cr.kind = ? AND cr.record_id = ? AND cr.after = ? LIMIT 1",
        (kind, record_id, after),
    )
    return None if row is None else str(row[0])


def drop_content(db: Database, device: str, seq: int, kind: str, record_id: str) -> None:
    """Purge the content a change kept of one record (erasure won over it)."""
    db.execute("DELETE FROM change_content WHERE device = ? AND seq = ? AND kind = ? "
               "AND record_id = ?", (device, seq, kind, record_id))


def add_content(db: Database, device: str, seq: int,
                rows: Iterable[tuple[str, str, str]]) -> None:
    """Put back the content an erasure's own change keeps (the erased records' blank
    versions), after the text of every earlier version was purged."""
    db.conn.executemany(
        "INSERT OR IGNORE INTO change_content (device, seq, kind, record_id, content) "
        "VALUES (?, ?, ?, ?, ?)", ((device, seq, k, i, c) for k, i, c in rows))


def defer_foreign_keys(db: Database) -> None:
    """Check references when the transaction commits rather than row by row: the records of
    received changes arrive in kind order, not in the order they refer to each other."""
    db.execute("PRAGMA defer_foreign_keys = ON")


def is_reference_error(exc: BaseException) -> bool:
    """Whether ``exc`` is the database refusing a commit for a broken reference."""
    return isinstance(exc, sqlcipher3.IntegrityError) and "FOREIGN KEY" in str(exc)
