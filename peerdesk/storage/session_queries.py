"""List and count queries over sessions. They never touch ``sessions_text``."""

from __future__ import annotations

from dataclasses import dataclass

from peerdesk.storage.database import Database
from peerdesk.storage.where import Where, placeholders


@dataclass(frozen=True)
class SessionFilter:
    advisor_id: str | None = None
    advisee_id: str | None = None
    #: Restrict to advisees assigned to this member (an advisor's view).
    assigned_to: str | None = None
    start_from: str | None = None  # ISO UTC, inclusive
    start_to: str | None = None  # ISO UTC, exclusive
    channel: str | None = None
    risk_only: bool = False
    ids: tuple[str, ...] | None = None  # e.g. from a full-text search


def _where(f: SessionFilter) -> tuple[str, list[object]]:
    return (
        Where("s.deleted_at IS NULL")
        .if_set("s.advisor_id = ?", f.advisor_id)
        .if_set("s.advisee_id = ?", f.advisee_id)
        .if_set("s.advisee_id IN (SELECT advisee_id FROM advisee_advisors WHERE advisor_id = ?)",
                f.assigned_to)
        .if_set("s.start >= ?", f.start_from)
        .if_set("s.start < ?", f.start_to)
        .if_set("s.channel = ?", f.channel)
        .if_true("s.risk_noticed = 1", f.risk_only)
        .one_of("s.id", f.ids)
        .build()
    )


_ORDER = {
    "start": "s.start", "duration": "s.duration_minutes", "channel": "s.channel",
    "advisee": "a.code", "advisor": "m.display_name",
}


def list_ids(db: Database, f: SessionFilter, *, order: str = "start", descending: bool = True,
             limit: int = 1_000_000, offset: int = 0) -> list[str]:
    where, params = _where(f)
    key = _ORDER.get(order, "s.start")
    direction = "DESC" if descending else "ASC"
    joins = ""
    if order == "advisee":
        joins = " JOIN advisees a ON a.id = s.advisee_id"
    elif order == "advisor":
        joins = " JOIN members m ON m.id = s.advisor_id"
    sql = (f"SELECT s.id FROM sessions s{joins} WHERE {where} "
           f"ORDER BY {key} {direction}, s.id {direction} LIMIT ? OFFSET ?")
    return db.column(sql, [*params, limit, offset])


def count(db: Database, f: SessionFilter) -> int:
    where, params = _where(f)
    return int(db.scalar(f"SELECT count(*) FROM sessions s WHERE {where}", params))


@dataclass(frozen=True)
class SessionRow:
    id: str
    start: str
    advisee_id: str
    advisee_code: str
    advisor_id: str
    advisor_name: str
    channel: str
    duration_minutes: int
    themes: str  # JSON list
    risk_noticed: bool
    follow_up: str | None
    has_reflection: bool


def rows(db: Database, ids: list[str]) -> list[SessionRow]:
    """Light rows for lists, in the order of ``ids``; no note text is read."""
    if not ids:
        return []
    found: dict[str, SessionRow] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        for r in db.query(
            "SELECT s.id, s.start, s.advisee_id, a.code, s.advisor_id, m.display_name, "
            "s.channel, s.duration_minutes, s.themes, s.risk_noticed, s.follow_up, "
            "EXISTS (SELECT 1 FROM reflections r WHERE r.session_id = s.id "
            "AND r.deleted_at IS NULL) "
            "FROM sessions s JOIN advisees a ON a.id = s.advisee_id "
            "JOIN members m ON m.id = s.advisor_id "
            f"WHERE s.id IN ({placeholders(chunk)})",
            chunk,
        ):
            found[str(r[0])] = SessionRow(
                str(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]), str(r[5]), str(r[6]),
                int(r[7]), str(r[8]), bool(r[9]), r[10], bool(r[11]),
            )
    return [found[i] for i in ids if i in found]


def last_channel(db: Database, advisee_id: str) -> str | None:
    value = db.scalar(
        "SELECT channel FROM sessions WHERE advisee_id = ? AND deleted_at IS NULL "
        "ORDER BY start DESC LIMIT 1",
        (advisee_id,),
    )
    return None if value is None else str(value)


def usual_minutes(db: Database, advisor_id: str, *, recent: int = 50) -> int | None:
    """The length the advisor logs most often among their last ``recent`` sessions
    (ties go to the latest), or None when they have logged none."""
    value = db.scalar(
        "SELECT duration_minutes FROM (SELECT duration_minutes, start FROM sessions "
        "WHERE advisor_id = ? AND deleted_at IS NULL ORDER BY start DESC LIMIT ?) "
        "GROUP BY duration_minutes ORDER BY COUNT(*) DESC, MAX(start) DESC LIMIT 1",
        (advisor_id, recent),
    )
    return None if value is None else int(value)


def pair_session_ids(db: Database, advisor_id: str, advisee_id: str) -> list[str]:
    return [str(r[0]) for r in db.query(
        "SELECT id FROM sessions WHERE advisor_id = ? AND advisee_id = ? "
        "AND deleted_at IS NULL ORDER BY start",
        (advisor_id, advisee_id),
    )]


def advisee_of(db: Database, session_id: str) -> tuple[str, str] | None:
    row = db.query_one("SELECT advisee_id, advisor_id FROM sessions WHERE id = ?", (session_id,))
    return None if row is None else (str(row[0]), str(row[1]))
