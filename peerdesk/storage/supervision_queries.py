"""Queries over supervision notes: who they are about, lists, actions due and coverage.

Only ``shared_part`` reads ``supervision_notes_text``, and only its shared column; the
lists, queues and coverage never touch it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from peerdesk.storage.database import Database
from peerdesk.storage.where import Where


def set_advisors(db: Database, note_id: str, advisor_ids: Iterable[str], on: str) -> None:
    """Replace the ``supervision_advisors`` rows of one note (inside a transaction)."""
    db.execute("DELETE FROM supervision_advisors WHERE note_id = ?", (note_id,))
    for advisor_id in sorted(set(advisor_ids)):
        db.execute(
            'INSERT INTO supervision_advisors (note_id, advisor_id, "on") VALUES (?, ?, ?)',
            (note_id, advisor_id, on),
        )


def clear_advisors(db: Database, note_id: str) -> None:
    db.execute("DELETE FROM supervision_advisors WHERE note_id = ?", (note_id,))


def is_about(db: Database, note_id: str, advisor_id: str) -> bool:
    return db.query_one(
        "SELECT 1 FROM supervision_advisors WHERE note_id = ? AND advisor_id = ?",
        (note_id, advisor_id),
    ) is not None


def shared_part(db: Database, note_id: str) -> str:
    """The summary shared with the advisor(s): the one text column an advisor may read."""
    value = db.scalar("SELECT shared_summary FROM supervision_notes_text WHERE id = ?",
                      (note_id,))
    return "" if value is None else str(value)


@dataclass(frozen=True)
class SupervisionFilter:
    advisor_id: str | None = None  # notes about this advisor
    supervisor_id: str | None = None
    on_from: str | None = None  # ISO date, inclusive
    on_to: str | None = None  # ISO date, inclusive


def _where(f: SupervisionFilter) -> tuple[str, list[object]]:
    return (
        Where("n.deleted_at IS NULL")
        .if_set("n.id IN (SELECT note_id FROM supervision_advisors WHERE advisor_id = ?)",
                f.advisor_id)
        .if_set("n.supervisor_id = ?", f.supervisor_id)
        .if_set('n."on" >= ?', f.on_from)
        .if_set('n."on" <= ?', f.on_to)
        .build()
    )


def list_ids(db: Database, f: SupervisionFilter, *, limit: int = 1_000_000,
             offset: int = 0) -> list[str]:
    where, params = _where(f)
    sql = f'SELECT n.id FROM supervision_notes n WHERE {where} ORDER BY n."on" DESC, n.id ' \
          "LIMIT ? OFFSET ?"
    return [str(r[0]) for r in db.query(sql, [*params, limit, offset])]


def count(db: Database, f: SupervisionFilter) -> int:
    where, params = _where(f)
    return int(db.scalar(f"SELECT count(*) FROM supervision_notes n WHERE {where}", params))


@dataclass(frozen=True)
class NoteStub:
    """That a note exists: what a coordinator may see."""

    note_id: str
    on: str
    format: str
    supervisor_id: str
    advisor_ids: str  # JSON list
    next_date: str | None


def stubs(db: Database, f: SupervisionFilter) -> list[NoteStub]:
    where, params = _where(f)
    sql = ('SELECT n.id, n."on", n.format, n.supervisor_id, n.advisor_ids, n.next_date '
           f'FROM supervision_notes n WHERE {where} ORDER BY n."on" DESC, n.id')
    return [NoteStub(str(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]), r[5])
            for r in db.query(sql, params)]


@dataclass(frozen=True)
class ActionRow:
    note_id: str
    index: int
    on: str
    text: str
    owner_id: str | None
    due: str | None
    done: bool


ACTIONS_SQL = (
    'SELECT n.id, CAST(j.key AS INTEGER), n."on", json_extract(j.value, \'$.text\'), '
    "json_extract(j.value, '$.owner_id'), json_extract(j.value, '$.due'), "
    "json_extract(j.value, '$.done') FROM supervision_notes n, json_each(n.actions) j "
    "WHERE n.deleted_at IS NULL AND coalesce(json_extract(j.value, '$.done'), 0) = 0 "
    "AND json_extract(j.value, '$.due') IS NOT NULL AND json_extract(j.value, '$.due') < ?"
)


def actions_due(db: Database, before: str, advisor_id: str | None = None) -> list[ActionRow]:
    """Open actions due before ``before`` (ISO date), oldest due first.

    With ``advisor_id``: actions in notes about that advisor that are theirs or unowned.
    """
    sql = ACTIONS_SQL
    params: list[object] = [before]
    if advisor_id is not None:
        sql += (" AND n.id IN (SELECT note_id FROM supervision_advisors WHERE advisor_id = ?)"
                " AND coalesce(json_extract(j.value, '$.owner_id'), ?) = ?")
        params += [advisor_id, advisor_id, advisor_id]
    sql += " ORDER BY json_extract(j.value, '$.due'), n.id, CAST(j.key AS INTEGER)"
    return [ActionRow(str(r[0]), int(r[1]), str(r[2]), str(r[3]), r[4], r[5], bool(r[6]))
            for r in db.query(sql, params)]


@dataclass(frozen=True)
class CoverageRow:
    advisor_id: str
    advisor_name: str
    notes_in_period: int
    last_on: str | None  # last supervision on or before the end of the period


COVERAGE_SQL = (
    "SELECT m.id, m.display_name, "
    "(SELECT count(*) FROM supervision_advisors sa JOIN supervision_notes n "
    " ON n.id = sa.note_id AND n.created_at < ? AND (n.deleted_at IS NULL OR n.deleted_at >= ?) "
    ' WHERE sa.advisor_id = m.id AND sa."on" >= ? AND sa."on" <= ?), '
    '(SELECT max(sa."on") FROM supervision_advisors sa JOIN supervision_notes n '
    " ON n.id = sa.note_id AND n.created_at < ? AND (n.deleted_at IS NULL OR n.deleted_at >= ?) "
    ' WHERE sa.advisor_id = m.id AND sa."on" <= ?) '
    "FROM members m WHERE m.deleted_at IS NULL AND (m.active = 1 OR ?) "
    "AND EXISTS (SELECT 1 FROM json_each(m.roles) WHERE value = 'advisor') "
    "ORDER BY m.display_name, m.id"
)


def coverage(db: Database, start: str, end: str, at: str | None = None) -> list[CoverageRow]:
    """Every active advisor: supervision notes about them in [start, end], and the last one.
    With ``at``: every advisor, active now or not, counting the notes entered before ``at``
    and not removed at it (the caller knows who was active then)."""
    moment = at or "9999"
    return [CoverageRow(str(r[0]), str(r[1]), int(r[2]), r[3])
            for r in db.query(COVERAGE_SQL, (moment, moment, start, end, moment, moment, end,
                                             at is not None))]
