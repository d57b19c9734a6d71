"""SQL for what the apply engine reads about the group and its records to decide on a
received change: who wrote a change, which advisees were erased, codes and sessions already
taken, escalation states and closings, who founded the group, whether a supervisor ever
existed. Reads only."""

from __future__ import annotations

from peerdesk.storage.database import Database


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


def first_action(db: Database, device: str) -> str | None:
    """The action of a chain's first change held (None: none, or a placeholder)."""
    row = db.query_one("SELECT json_extract(envelope, '$.action') FROM changes "
                       "WHERE device = ? AND seq = 1", (device,))
    return None if row is None or row[0] is None else str(row[0])


def has_upgrade_block(db: Database, device: str) -> bool:
    """Whether the chain holds a ``key.added`` marked as an upgrade's binding."""
    return db.query_one(
        "SELECT 1 FROM changes WHERE device = ? AND envelope LIKE '%\"key.added\"%' AND "
        "json_extract(envelope, '$.action') = 'key.added' AND "
        "json_extract(envelope, '$.details.upgrade') = 1 LIMIT 1", (device,)) is not None


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


def erased_advisees(db: Database) -> set[str]:
    return {str(r[0]) for r in db.query("SELECT id FROM advisees WHERE erased_at IS NOT NULL")}
