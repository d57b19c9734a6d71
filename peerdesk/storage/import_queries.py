"""SQL the import and export services need: lookups of what a vault already holds."""

from __future__ import annotations

from peerdesk.storage.database import Database

#: ``meta`` keys of the group's settings (exported with the group's name and time zone).
SETTING_PATTERN = "setting.%"


def live_member_ids(db: Database) -> list[str]:
    """Ids of the members that are not deleted."""
    return [str(r[0]) for r in db.query("SELECT id FROM members WHERE deleted_at IS NULL")]


def reflected_session_ids(db: Database) -> set[str]:
    """Sessions that already have a (live) reflection: a session has at most one."""
    return {str(r[0]) for r in db.query(
        "SELECT session_id FROM reflections WHERE deleted_at IS NULL")}


def live_advisees(db: Database) -> list[tuple[str, str, str, str | None]]:
    """(id, code, status, closed_on or None) of the advisees that are not deleted."""
    return [(str(r[0]), str(r[1]), str(r[2]), str(r[3]) if r[3] else None)
            for r in db.query("SELECT id, code, status, closed_on FROM advisees "
                              "WHERE deleted_at IS NULL")]


def setting_meta(db: Database) -> dict[str, str]:
    """Every ``setting.*`` key in ``meta`` with its value, in key order."""
    return {str(r[0]): str(r[1]) for r in db.query(
        "SELECT key, value FROM meta WHERE key LIKE ? ORDER BY key", (SETTING_PATTERN,))}
