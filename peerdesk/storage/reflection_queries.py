"""List, queue and existence queries over reflections. They never touch ``reflections_text``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from peerdesk.storage.database import Database
from peerdesk.storage.where import Where, placeholders


@dataclass(frozen=True)
class ReflectionFilter:
    author_id: str | None = None  # the advisor who wrote it
    requests: tuple[str, ...] | None = None  # supervision request levels
    unreviewed: bool = False
    created_from: str | None = None  # ISO UTC, inclusive
    created_to: str | None = None  # ISO UTC, exclusive
    session_ids: tuple[str, ...] | None = None


def _where(f: ReflectionFilter) -> tuple[str, list[object]]:
    return (
        Where("r.deleted_at IS NULL")
        .if_set("r.author_id = ?", f.author_id)
        .one_of("r.supervision_request", f.requests)
        .if_true("r.reviewed_at IS NULL", f.unreviewed)
        .if_set("r.created_at >= ?", f.created_from)
        .if_set("r.created_at < ?", f.created_to)
        .one_of("r.session_id", f.session_ids)
        .build()
    )


#: "request" puts urgent first, then routine, then none; newest first within a level.
_ORDER = {
    "created": "r.created_at",
    "request": "CASE r.supervision_request WHEN 'urgent' THEN 2 WHEN 'routine' THEN 1 "
               "ELSE 0 END",
}


def list_sql(f: ReflectionFilter, *, order: str = "created", descending: bool = True
             ) -> tuple[str, list[object]]:
    where, params = _where(f)
    key = _ORDER.get(order, _ORDER["created"])
    direction = "DESC" if descending else "ASC"
    sql = (f"SELECT r.id FROM reflections r WHERE {where} "
           f"ORDER BY {key} {direction}, r.created_at DESC, r.id LIMIT ? OFFSET ?")
    return sql, params


def list_ids(db: Database, f: ReflectionFilter, *, order: str = "created",
             descending: bool = True, limit: int = 1_000_000, offset: int = 0) -> list[str]:
    sql, params = list_sql(f, order=order, descending=descending)
    return [str(r[0]) for r in db.query(sql, [*params, limit, offset])]


def count(db: Database, f: ReflectionFilter) -> int:
    where, params = _where(f)
    return int(db.scalar(f"SELECT count(*) FROM reflections r WHERE {where}", params))


def id_for_session(db: Database, session_id: str) -> str | None:
    """The reflection on ``session_id`` (one per session, tombstoned ones included)."""
    value = db.scalar("SELECT id FROM reflections WHERE session_id = ?", (session_id,))
    return None if value is None else str(value)


@dataclass(frozen=True)
class PresenceRow:
    session_id: str
    reflection_id: str
    author_id: str
    supervision_request: str
    reviewed: bool


PRESENCE_SQL = (
    "SELECT r.session_id, r.id, r.author_id, r.supervision_request, "
    "r.reviewed_at IS NOT NULL FROM reflections r "
    "WHERE r.deleted_at IS NULL AND r.session_id IN ({marks})"
)


def presence(db: Database, session_ids: Sequence[str]) -> list[PresenceRow]:
    """Which of ``session_ids`` have a reflection, in the order given."""
    found: dict[str, PresenceRow] = {}
    ids = list(dict.fromkeys(session_ids))
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        sql = PRESENCE_SQL.format(marks=placeholders(chunk))
        for r in db.query(sql, chunk):
            found[str(r[0])] = PresenceRow(str(r[0]), str(r[1]), str(r[2]), str(r[3]),
                                           bool(r[4]))
    return [found[s] for s in ids if s in found]


@dataclass(frozen=True)
class ReflectionRow:
    id: str
    session_id: str
    session_start: str
    advisee_id: str
    advisee_code: str
    author_id: str
    author_name: str
    created_at: str
    supervision_request: str
    challenge_tags: str  # JSON list
    confidence: int | None
    wellbeing: int | None
    reviewed_at: str | None


ROWS_SQL = (
    "SELECT r.id, r.session_id, s.start, s.advisee_id, a.code, r.author_id, m.display_name, "
    "r.created_at, r.supervision_request, r.challenge_tags, r.confidence, r.wellbeing, "
    "r.reviewed_at FROM reflections r JOIN sessions s ON s.id = r.session_id "
    "JOIN advisees a ON a.id = s.advisee_id JOIN members m ON m.id = r.author_id "
    "WHERE r.id IN ({marks})"
)


def rows(db: Database, ids: Sequence[str]) -> list[ReflectionRow]:
    """Light rows for lists and queues, in the order of ``ids``; no note text is read."""
    found: dict[str, ReflectionRow] = {}
    ids = list(ids)
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        for r in db.query(ROWS_SQL.format(marks=placeholders(chunk)), chunk):
            found[str(r[0])] = ReflectionRow(
                str(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]), str(r[5]), str(r[6]),
                str(r[7]), str(r[8]), str(r[9]), None if r[10] is None else int(r[10]),
                None if r[11] is None else int(r[11]), r[12],
            )
    return [found[i] for i in ids if i in found]


OWED_SQL = (
    "SELECT s.id FROM sessions s WHERE s.advisor_id = ? AND s.deleted_at IS NULL "
    "AND s.start >= ? AND s.start <= ? "
    "AND NOT EXISTS (SELECT 1 FROM reflections r WHERE r.session_id = s.id) "
    "ORDER BY s.start DESC, s.id"
)


def owed(db: Database, advisor_id: str, since: str, until: str) -> list[str]:
    """Sessions of ``advisor_id`` that started in [since, until] and have no reflection."""
    return [str(r[0]) for r in db.query(OWED_SQL, (advisor_id, since, until))]
