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


def author_of(db: Database, device: str, seq: int) -> str | None:
    row = db.query_one("SELECT json_extract(envelope, '$.author') FROM changes "
                       "WHERE device = ? AND seq = ?", (device, seq))
    return None if row is None or row[0] is None else str(row[0])


_ADVISEE_OF = {
    "session": "SELECT advisee_id FROM sessions WHERE id = ?",
    "agreement": "SELECT advisee_id FROM agreements WHERE id = ?",
    "escalation": "SELECT advisee_id FROM escalations WHERE id = ?",
    "reflection": "SELECT s.advisee_id FROM sessions s WHERE s.id = ?",
    "breach": "SELECT a.advisee_id FROM agreements a WHERE a.id = ?",
    "escalation_event": "SELECT e.advisee_id FROM escalations e WHERE e.id = ?",
    "disclosure": "SELECT e.advisee_id FROM escalations e WHERE e.id = ?",
}
_PARENT_FIELD = {"session": "id", "agreement": "id", "escalation": "id",
                 "reflection": "session_id", "breach": "agreement_id",
                 "escalation_event": "escalation_id", "disclosure": "escalation_id"}


def advisee_erased(db: Database, kind: str, fields: dict[str, object]) -> bool:
    """Whether the advisee a record is about was erased here."""
    sql = _ADVISEE_OF.get(kind)
    if sql is None:
        return False
    advisee = db.scalar(sql, (str(fields.get(_PARENT_FIELD[kind], "")),))
    if advisee is None:
        return False
    return db.scalar("SELECT erased_at FROM advisees WHERE id = ?", (advisee,)) is not None


def reflections_of_session(db: Database, session_id: str) -> list[str]:
    return [str(r[0]) for r in db.query(
        "SELECT id FROM reflections WHERE session_id = ? ORDER BY id",
        (session_id,))]


def advisee_with_code(db: Database, code: str) -> str | None:
    row = db.query_one("SELECT id FROM advisees WHERE code = ?", (code,))
    return None if row is None else str(row[0])


def escalation_advisee(db: Database, escalation_id: str) -> str:
    return str(db.scalar("SELECT advisee_id FROM escalations WHERE id = ?",
                         (escalation_id,)) or "")


def chain_started_only(db: Database, device: str, seq: int, actions: tuple[str, ...]) -> bool:
    """Whether every change of ``device`` before ``seq`` has one of ``actions``."""
    found = db.query_one(
        "SELECT 1 FROM changes WHERE device = ? AND seq < ? AND (envelope IS NULL OR "
        f"json_extract(envelope, '$.action') NOT IN ({', '.join('?' for _ in actions)})) "
        "LIMIT 1", (device, seq, *actions))
    return found is None


def was_added(db: Database, device: str) -> bool:
    """Whether a ``device.added`` change held names this device (a laptop that joined,
    rather than the laptop the group started on)."""
    return db.query_one(
        "SELECT 1 FROM changes WHERE envelope LIKE '%\"device.added\"%' AND "
        "json_extract(envelope, '$.action') = 'device.added' AND "
        "json_extract(envelope, '$.details.device.id') = ? LIMIT 1", (device,)) is not None


def founder(db: Database) -> tuple[str, str]:
    """(member, key id) of the change that created the group (empty when not held)."""
    row = db.query_one(
        "SELECT json_extract(envelope, '$.author'), json_extract(envelope, '$.key_id') "
        "FROM changes WHERE envelope LIKE '%\"vault.created\"%' AND "
        "json_extract(envelope, '$.action') = 'vault.created' LIMIT 1")
    return ("", "") if row is None else (str(row[0] or ""), str(row[1] or ""))


def supervisor_ever(db: Database) -> bool:
    """Whether any member holds, or held in a version kept, the supervisor role."""
    return db.query_one(
        "SELECT 1 FROM members m, json_each(m.roles) r WHERE r.value = 'supervisor' "
        "UNION ALL SELECT 1 FROM record_history h, json_each(h.snapshot, '$.roles') r "
        "WHERE h.kind = 'member' AND r.value = 'supervisor' LIMIT 1") is not None


def supervisor_key_bound(db: Database) -> bool:
    """Whether a member who is a supervisor has an account key bound."""
    return db.query_one(
        "SELECT 1 FROM member_keys k JOIN members m ON m.id = k.member, json_each(m.roles) r "
        "WHERE r.value = 'supervisor' LIMIT 1") is not None


def closing_change(db: Database, escalation_id: str, state: str) -> tuple[str, str] | None:
    """(stamp, device) of the latest change that moved the escalation into ``state``."""
    row = db.query_one(
        "SELECT cr.stamp, cr.device FROM change_records cr JOIN change_content cc "
        "ON cc.device = cr.device AND cc.seq = cr.seq AND cc.kind = cr.kind "
        "AND cc.record_id = cr.record_id "
        "WHERE cr.kind = 'escalation' AND cr.record_id = ? "
        "AND json_extract(cc.content, '$.state') = ? "
        "AND (cr.base IS NULL OR NOT EXISTS (SELECT 1 FROM change_content pc "
        "JOIN change_records pr ON pr.device = pc.device AND pr.seq = pc.seq "
        "AND pr.kind = pc.kind AND pr.record_id = pc.record_id "
        "WHERE pr.kind = 'escalation' AND pr.record_id = cr.record_id "
        "AND pr.after = cr.base AND json_extract(pc.content, '$.state') = ?)) "
        "ORDER BY cr.stamp DESC, cr.device DESC LIMIT 1", (escalation_id, state, state))
    return None if row is None else (str(row[0]), str(row[1]))


def events_after(db: Database, escalation_id: str, stamp: str, device: str) -> bool:
    """Whether an event of the escalation was made on another laptop after ``stamp``."""
    return db.query_one(
        "SELECT 1 FROM escalation_events ev JOIN change_records cr "
        "ON cr.kind = 'escalation_event' AND cr.record_id = ev.id AND cr.base IS NULL "
        "WHERE ev.escalation_id = ? AND cr.stamp > ? AND cr.device <> ? LIMIT 1",
        (escalation_id, stamp, device)) is not None


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


def codes_taken(db: Database, codes: list[str]) -> set[str]:
    out: set[str] = set()
    for i in range(0, len(codes), 500):
        chunk = codes[i:i + 500]
        out.update(str(r[0]) for r in db.query(
            f"SELECT code FROM advisees WHERE code IN ({', '.join('?' for _ in chunk)})",
            chunk))
    return out


def sessions_reflected(db: Database, session_ids: list[str]) -> set[str]:
    out: set[str] = set()
    for i in range(0, len(session_ids), 500):
        chunk = session_ids[i:i + 500]
        out.update(str(r[0]) for r in db.query(
            "SELECT session_id FROM reflections WHERE session_id IN "
            f"({', '.join('?' for _ in chunk)})", chunk))
    return out


def escalation_states(db: Database, ids: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        out.update((str(r[0]), str(r[1])) for r in db.query(
            f"SELECT id, state FROM escalations WHERE id IN ({', '.join('?' for _ in chunk)})",
            chunk))
    return out
