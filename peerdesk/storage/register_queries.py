"""Lookups in the two small group registers: issued reports and referral resources."""

from __future__ import annotations

from peerdesk.storage.database import Database


def report_id_for_sha256(db: Database, sha256: str) -> str | None:
    value = db.scalar("SELECT id FROM issued_reports WHERE sha256 = ? AND deleted_at IS NULL",
                      (sha256,))
    return None if value is None else str(value)


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
