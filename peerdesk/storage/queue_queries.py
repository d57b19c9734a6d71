"""The home page's "what needs me today" queries. Main tables only, never ``*_text``.

Each query takes an optional member id that narrows it to that member's view (an
advisor's own sessions, reflections and agreements, or advisees assigned to them), a
``limit`` for the rows shown, and has a ``count_`` twin for the badge.
"""

from __future__ import annotations

from dataclasses import dataclass

from peerdesk.storage.database import Database

_ASSIGNED = "{col} IN (SELECT advisee_id FROM advisee_advisors WHERE advisor_id = ?)"


@dataclass(frozen=True)
class RequestRow:
    """A reflection that asks for supervision and has not been reviewed."""

    reflection_id: str
    session_id: str
    author_id: str
    advisee_code: str
    request: str  # "urgent" or "routine"
    written_at: str


@dataclass(frozen=True)
class OwedRow:
    """A session of the advisor's with no reflection yet."""

    session_id: str
    advisee_code: str
    start: str


@dataclass(frozen=True)
class AgreementRow:
    agreement_id: str
    advisor_id: str
    advisee_code: str
    status: str
    review_date: str | None
    past_review: bool
    unacknowledged: bool


@dataclass(frozen=True)
class NoContactRow:
    advisee_id: str
    advisee_code: str
    last_contact: str | None


@dataclass(frozen=True)
class FollowUpRow:
    session_id: str
    advisee_id: str
    advisee_code: str
    advisor_id: str
    follow_up: str


def _page(sql: str, params: list[object], limit: int) -> tuple[str, list[object]]:
    return sql + " LIMIT ?", [*params, limit]


def _count(db: Database, sql: str, params: list[object]) -> int:
    return int(db.scalar(f"SELECT count(*) FROM ({sql})", params))


# -- supervision requests ---------------------------------------------------------------
def requests_sql(author_id: str | None) -> tuple[str, list[object]]:
    sql = ("SELECT r.id, r.session_id, r.author_id, a.code, r.supervision_request, "
           "r.created_at FROM reflections r JOIN sessions s ON s.id = r.session_id "
           "JOIN advisees a ON a.id = s.advisee_id "
           "WHERE r.deleted_at IS NULL AND r.reviewed_at IS NULL "
           "AND r.supervision_request IN ('urgent', 'routine')")
    params: list[object] = []
    if author_id is not None:
        sql += " AND r.author_id = ?"
        params.append(author_id)
    return sql, params


def supervision_requests(db: Database, author_id: str | None, limit: int) -> list[RequestRow]:
    sql, params = requests_sql(author_id)
    sql += (" ORDER BY CASE r.supervision_request WHEN 'urgent' THEN 0 ELSE 1 END, "
            "r.created_at")
    return [RequestRow(str(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]), str(r[5]))
            for r in db.query(*_page(sql, params, limit))]


def count_supervision_requests(db: Database, author_id: str | None) -> int:
    return _count(db, *requests_sql(author_id))


# -- reflections owed -------------------------------------------------------------------
def owed_sql(advisor_id: str, since: str, until: str) -> tuple[str, list[object]]:
    return ("SELECT s.id, a.code, s.start FROM sessions s "
            "JOIN advisees a ON a.id = s.advisee_id "
            "WHERE s.advisor_id = ? AND s.start >= ? AND s.start < ? "
            "AND s.deleted_at IS NULL AND a.erased_at IS NULL AND NOT EXISTS "
            "(SELECT 1 FROM reflections r WHERE r.session_id = s.id "
            "AND r.deleted_at IS NULL)", [advisor_id, since, until])


def reflections_owed(db: Database, advisor_id: str, since: str, until: str,
                     limit: int) -> list[OwedRow]:
    sql, params = owed_sql(advisor_id, since, until)
    return [OwedRow(str(r[0]), str(r[1]), str(r[2]))
            for r in db.query(*_page(sql + " ORDER BY s.start DESC", params, limit))]


def count_reflections_owed(db: Database, advisor_id: str, since: str, until: str) -> int:
    return _count(db, *owed_sql(advisor_id, since, until))


# -- agreements -------------------------------------------------------------------------
def agreements_sql(advisor_id: str | None, today: str) -> tuple[str, list[object]]:
    unack = "(g.advisee_ack_date IS NULL OR g.advisor_ack_date IS NULL)"
    sql = ("SELECT g.id, g.advisor_id, a.code, g.status, g.review_date, "
           f"(g.review_date IS NOT NULL AND g.review_date < ?), {unack} "
           "FROM agreements g JOIN advisees a ON a.id = g.advisee_id "
           "WHERE g.deleted_at IS NULL AND g.status = 'active' "
           f"AND ((g.review_date IS NOT NULL AND g.review_date < ?) OR {unack})")
    params: list[object] = [today, today]
    if advisor_id is not None:
        sql += " AND g.advisor_id = ?"
        params.append(advisor_id)
    return sql, params


def agreements_needing_attention(db: Database, advisor_id: str | None, today: str,
                                 limit: int) -> list[AgreementRow]:
    sql, params = agreements_sql(advisor_id, today)
    return [AgreementRow(str(r[0]), str(r[1]), str(r[2]), str(r[3]), r[4], bool(r[5]),
                         bool(r[6]))
            for r in db.query(*_page(sql + " ORDER BY g.review_date, a.code", params, limit))]


def count_agreements_needing_attention(db: Database, advisor_id: str | None, today: str) -> int:
    return _count(db, *agreements_sql(advisor_id, today))


# -- no contact -------------------------------------------------------------------------
def no_contact_sql(assigned_to: str | None, cutoff: str) -> tuple[str, list[object]]:
    sql = ("SELECT a.id, a.code, (SELECT max(s.start) FROM sessions s "
           "WHERE s.advisee_id = a.id AND s.deleted_at IS NULL) AS last_contact "
           "FROM advisees a WHERE a.deleted_at IS NULL AND a.status = 'active' "
           "AND a.erased_at IS NULL AND NOT EXISTS (SELECT 1 FROM sessions s "
           "WHERE s.advisee_id = a.id AND s.deleted_at IS NULL AND s.start >= ?)")
    params: list[object] = [cutoff]
    if assigned_to is not None:
        sql += " AND " + _ASSIGNED.format(col="a.id")
        params.append(assigned_to)
    return sql, params


def no_contact(db: Database, assigned_to: str | None, cutoff: str,
               limit: int) -> list[NoContactRow]:
    sql, params = no_contact_sql(assigned_to, cutoff)
    return [NoContactRow(str(r[0]), str(r[1]), r[2]) for r in db.query(
        *_page(sql + " ORDER BY last_contact IS NOT NULL, last_contact, a.code", params,
               limit))]


def count_no_contact(db: Database, assigned_to: str | None, cutoff: str) -> int:
    return _count(db, *no_contact_sql(assigned_to, cutoff))


# -- follow-ups -------------------------------------------------------------------------
def follow_ups_sql(assigned_to: str | None, today: str) -> tuple[str, list[object]]:
    """Sessions whose follow-up date has come and after which nobody met the advisee.

    That is each advisee's latest session (all of them if several share the latest
    start), when it has a follow-up date that has come. The query walks the advisees and
    looks up only their latest session: driving it from the follow-up index instead visits
    every past follow-up (about half of all sessions) and was 10x slower at 100,000.
    """
    sql = ("SELECT s.id, s.advisee_id, a.code, s.advisor_id, s.follow_up FROM advisees a "
           "CROSS JOIN sessions s ON s.advisee_id = a.id AND s.start = "
           "(SELECT max(latest.start) FROM sessions latest WHERE latest.advisee_id = a.id "
           "AND latest.deleted_at IS NULL) "
           "WHERE s.follow_up IS NOT NULL AND s.follow_up <= ? AND s.deleted_at IS NULL "
           "AND a.status != 'closed' AND a.erased_at IS NULL")
    params: list[object] = [today]
    if assigned_to is not None:
        sql += " AND " + _ASSIGNED.format(col="a.id")
        params.append(assigned_to)
    return sql, params


def follow_ups_due(db: Database, assigned_to: str | None, today: str,
                   limit: int) -> list[FollowUpRow]:
    sql, params = follow_ups_sql(assigned_to, today)
    return [FollowUpRow(str(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]))
            for r in db.query(*_page(sql + " ORDER BY s.follow_up, a.code", params, limit))]


def count_follow_ups_due(db: Database, assigned_to: str | None, today: str) -> int:
    return _count(db, *follow_ups_sql(assigned_to, today))
