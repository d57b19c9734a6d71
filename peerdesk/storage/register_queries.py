"""Lookups in the two small group registers: issued reports and referral resources."""

from __future__ import annotations

from peerdesk.storage.database import Database


def report_id_for_sha256(db: Database, sha256: str) -> str | None:
    value = db.scalar("SELECT id FROM issued_reports WHERE sha256 = ? AND deleted_at IS NULL",
                      (sha256,))
    return None if value is None else str(value)


def issued_here(db: Database, report_id: str, sha256: str) -> bool:
    """True when the signed audit chain records issuing this entry (``report.issued``):
    a register row without that event (put in by an older import, or by hand) is not
    evidence that this vault issued the file."""
    return db.query_one(
        "SELECT 1 FROM audit_events WHERE action = 'report.issued' AND target_id = ? "
        "AND json_extract(details, '$.sha256') = ? LIMIT 1", (report_id, sha256)) is not None


def report_ids(db: Database, *, by: str | None = None, kind: str | None = None,
               limit: int = 100_000, offset: int = 0) -> list[str]:
    sql = "SELECT id FROM issued_reports WHERE deleted_at IS NULL"
    params: list[object] = []
    if by is not None:
        sql += " AND by = ?"
        params.append(by)
    if kind is not None:
        sql += " AND kind = ?"
        params.append(kind)
    sql += " ORDER BY at DESC, id DESC LIMIT ? OFFSET ?"
    return [str(r[0]) for r in db.query(sql, [*params, limit, offset])]


def referral_ids(db: Database, *, kind: str | None = None) -> list[str]:
    sql = "SELECT id FROM referral_resources WHERE deleted_at IS NULL"
    params: list[object] = []
    if kind is not None:
        sql += " AND kind = ?"
        params.append(kind)
    return [str(r[0]) for r in db.query(sql + " ORDER BY kind, name COLLATE NOCASE, id",
                                        params)]
