"""List queries over escalations, their events and disclosures.

Lists read only the main tables (never ``escalations_text`` and friends): the rows they
return carry ids, codes, levels, states and times, no note text.
"""

from __future__ import annotations

from dataclasses import dataclass

from peerdesk.storage.database import Database
from peerdesk.storage.where import Where


@dataclass(frozen=True)
class EscalationFilter:
    #: Restrict to advisees assigned to this member (an advisor's view).
    assigned_to: str | None = None
    advisee_id: str | None = None
    #: Only escalations that are not closed.
    active_only: bool = False
    #: Only escalations overdue at this ISO UTC time: the rule of
    #: ``peerdesk.domain.escalation.overdue``, in SQL, for "now".
    overdue_at: str | None = None
    raised_from: str | None = None  # ISO UTC, inclusive
    raised_to: str | None = None  # ISO UTC, exclusive
    states: tuple[str, ...] | None = None


@dataclass(frozen=True)
class EscalationRow:
    id: str
    advisee_id: str
    advisee_code: str
    raised_by: str
    raised_at: str
    level: str
    categories: str  # JSON list
    state: str
    ack_due: str
    acknowledged_at: str | None
    closed_at: str | None


def _where(f: EscalationFilter) -> tuple[str, list[object]]:
    return (
        Where("e.deleted_at IS NULL")
        .if_given("e.advisee_id IN (SELECT advisee_id FROM advisee_advisors "
                  "WHERE advisor_id = ?)", f.assigned_to)
        .if_given("e.advisee_id = ?", f.advisee_id)
        .if_true("e.state != 'closed'", f.active_only)
        .if_given("e.state = 'open' AND e.acknowledged_at IS NULL AND e.ack_due < ?",
                  f.overdue_at)
        .if_given("e.raised_at >= ?", f.raised_from)
        .if_given("e.raised_at < ?", f.raised_to)
        .one_of("e.state", f.states)
        .build()
    )


_ROW_SQL = (
    "SELECT e.id, e.advisee_id, a.code, e.raised_by, e.raised_at, e.level, e.categories, "
    "e.state, e.ack_due, e.acknowledged_at, e.closed_at "
    "FROM escalations e JOIN advisees a ON a.id = e.advisee_id"
)

#: Most urgent first: imminent before high before moderate before concern.
_LEVEL_ORDER = ("CASE e.level WHEN 'imminent' THEN 0 WHEN 'high' THEN 1 "
                "WHEN 'moderate' THEN 2 ELSE 3 END")


def list_sql(f: EscalationFilter, *, urgent_first: bool = False,
             limit: int = 100_000, offset: int = 0) -> tuple[str, list[object]]:
    where, params = _where(f)
    order = (f"{_LEVEL_ORDER}, e.ack_due, e.id" if urgent_first
             else "e.raised_at DESC, e.id DESC")
    return (f"{_ROW_SQL} WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?",
            [*params, limit, offset])


def rows(db: Database, f: EscalationFilter, *, urgent_first: bool = False,
         limit: int = 100_000, offset: int = 0) -> list[EscalationRow]:
    sql, params = list_sql(f, urgent_first=urgent_first, limit=limit, offset=offset)
    return [
        EscalationRow(str(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]), str(r[5]),
                      str(r[6]), str(r[7]), str(r[8]), r[9], r[10])
        for r in db.query(sql, params)
    ]


def count(db: Database, f: EscalationFilter) -> int:
    where, params = _where(f)
    return int(db.scalar(f"SELECT count(*) FROM escalations e WHERE {where}", params))


def event_ids(db: Database, escalation_id: str) -> list[str]:
    return [str(r[0]) for r in db.query(
        "SELECT id FROM escalation_events WHERE escalation_id = ? ORDER BY at, rowid",
        (escalation_id,),
    )]


def disclosure_ids(db: Database, escalation_id: str) -> list[str]:
    return [str(r[0]) for r in db.query(
        "SELECT id FROM disclosures WHERE escalation_id = ? ORDER BY at, rowid",
        (escalation_id,),
    )]


def advisee_of(db: Database, escalation_id: str) -> str | None:
    value = db.scalar("SELECT advisee_id FROM escalations WHERE id = ? AND deleted_at IS NULL",
                      (escalation_id,))
    return None if value is None else str(value)


def explain(db: Database, sql: str, params: list[object]) -> str:
    """The query plan of ``sql`` as one text (for tests that check what a list reads)."""
    return "\n".join(str(r[-1]) for r in db.query("EXPLAIN QUERY PLAN " + sql, params))
