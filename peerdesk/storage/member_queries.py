"""Queries about members."""

from __future__ import annotations

import json

from peerdesk.storage.database import Database


def list_ids(db: Database, *, role: str | None = None, active_only: bool = False) -> list[str]:
    sql = "SELECT id FROM members WHERE deleted_at IS NULL"
    params: list[object] = []
    if role:
        sql += " AND EXISTS (SELECT 1 FROM json_each(members.roles) WHERE value = ?)"
        params.append(role)
    if active_only:
        sql += " AND active = 1"
    return [str(r[0]) for r in db.query(sql + " ORDER BY display_name, id", params)]


def names(db: Database) -> dict[str, str]:
    return {str(r[0]): str(r[1]) for r in db.query("SELECT id, display_name FROM members")}


def active_coordinators(db: Database) -> int:
    return int(db.scalar(
        "SELECT count(*) FROM members WHERE deleted_at IS NULL AND active = 1 "
        "AND EXISTS (SELECT 1 FROM json_each(members.roles) WHERE value = 'coordinator')"
    ))


def roles(db: Database, member_id: str) -> frozenset[str] | None:
    """The member's roles, or None if there is no such member."""
    value = db.scalar("SELECT roles FROM members WHERE id = ? AND deleted_at IS NULL",
                      (member_id,))
    return None if value is None else frozenset(str(r) for r in json.loads(value))
