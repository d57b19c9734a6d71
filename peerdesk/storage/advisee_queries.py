"""Queries about advisees and their assigned advisors."""

from __future__ import annotations

from collections.abc import Iterable

from peerdesk.storage.database import Database


def is_assigned(db: Database, advisee_id: str, advisor_id: str) -> bool:
    return db.query_one(
        "SELECT 1 FROM advisee_advisors WHERE advisee_id = ? AND advisor_id = ?",
        (advisee_id, advisor_id),
    ) is not None


def set_advisors(db: Database, advisee_id: str, advisor_ids: Iterable[str]) -> None:
    db.execute("DELETE FROM advisee_advisors WHERE advisee_id = ?", (advisee_id,))
    for advisor_id in sorted(set(advisor_ids)):
        db.execute(
            "INSERT INTO advisee_advisors (advisee_id, advisor_id) VALUES (?, ?)",
            (advisee_id, advisor_id),
        )


def codes(db: Database) -> list[str]:
    return [str(r[0]) for r in db.query("SELECT code FROM advisees")]


def id_for_code(db: Database, code: str) -> str | None:
    value = db.scalar("SELECT id FROM advisees WHERE code = ? AND deleted_at IS NULL", (code,))
    return None if value is None else str(value)


def list_ids(
    db: Database, *, advisor_id: str | None = None, status: str | None = None,
    code_prefix: str | None = None, limit: int = 100_000, offset: int = 0,
) -> list[str]:
    sql = "SELECT a.id FROM advisees a"
    where = ["a.deleted_at IS NULL"]
    params: list[object] = []
    if advisor_id is not None:
        sql += " JOIN advisee_advisors aa ON aa.advisee_id = a.id AND aa.advisor_id = ?"
        params.append(advisor_id)
    if status:
        where.append("a.status = ?")
        params.append(status)
    if code_prefix:
        where.append("a.code LIKE ? ESCAPE '\\'")
        params.append(code_prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                      + "%")
    sql += " WHERE " + " AND ".join(where) + " ORDER BY a.code LIMIT ? OFFSET ?"
    params += [limit, offset]
    return [str(r[0]) for r in db.query(sql, params)]


def picker(db: Database, advisor_id: str | None = None) -> list[tuple[str, str, str]]:
    """(id, code, comma-separated advisor ids) of active advisees, for type-ahead pickers."""
    sql = (
        "SELECT a.id, a.code, a.advisor_ids FROM advisees a WHERE a.deleted_at IS NULL "
        "AND a.status != 'closed' AND a.erased_at IS NULL"
    )
    params: list[object] = []
    if advisor_id is not None:
        sql += (" AND EXISTS (SELECT 1 FROM advisee_advisors aa WHERE aa.advisee_id = a.id "
                "AND aa.advisor_id = ?)")
        params.append(advisor_id)
    return [(str(r[0]), str(r[1]), str(r[2])) for r in db.query(sql + " ORDER BY a.code", params)]


def no_contact_since(db: Database, cutoff: str, advisor_id: str | None = None) -> list[str]:
    """Active advisees whose last session started before ``cutoff`` (or never)."""
    sql = (
        "SELECT a.id FROM advisees a WHERE a.deleted_at IS NULL AND a.status = 'active' "
        "AND NOT EXISTS (SELECT 1 FROM sessions s WHERE s.advisee_id = a.id "
        "AND s.deleted_at IS NULL AND s.start >= ?)"
    )
    params: list[object] = [cutoff]
    if advisor_id is not None:
        sql += (" AND EXISTS (SELECT 1 FROM advisee_advisors aa WHERE aa.advisee_id = a.id "
                "AND aa.advisor_id = ?)")
        params.append(advisor_id)
    return [str(r[0]) for r in db.query(sql + " ORDER BY a.code", params)]


def status(db: Database, advisee_id: str) -> str | None:
    """The advisee's status ("active", "closed", …), or None if there is no such advisee
    (a check before saving a session: no need to load the whole record)."""
    value = db.scalar("SELECT status FROM advisees WHERE id = ? AND deleted_at IS NULL",
                      (advisee_id,))
    return None if value is None else str(value)
