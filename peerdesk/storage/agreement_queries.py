"""List and queue queries over boundary agreements and breaches.

They never touch ``agreements_text`` or ``breaches_text``.
"""

from __future__ import annotations

from dataclasses import dataclass

from peerdesk.storage.database import Database
from peerdesk.storage.where import Where, placeholders

#: Statuses of an agreement in force (drift and "missing agreement" are judged on these).
LIVE = ("active", "under_review")


@dataclass(frozen=True)
class AgreementFilter:
    advisor_id: str | None = None
    advisee_id: str | None = None
    statuses: tuple[str, ...] | None = None


def _where(f: AgreementFilter) -> tuple[str, list[object]]:
    return (
        Where("g.deleted_at IS NULL")
        .if_set("g.advisor_id = ?", f.advisor_id)
        .if_set("g.advisee_id = ?", f.advisee_id)
        .one_of("g.status", f.statuses)
        .build()
    )


def list_ids(db: Database, f: AgreementFilter, *, limit: int = 1_000_000,
             offset: int = 0) -> list[str]:
    where, params = _where(f)
    sql = (f"SELECT g.id FROM agreements g WHERE {where} "
           "ORDER BY g.start_date DESC, g.id LIMIT ? OFFSET ?")
    return [str(r[0]) for r in db.query(sql, [*params, limit, offset])]


def count(db: Database, f: AgreementFilter) -> int:
    where, params = _where(f)
    return int(db.scalar(f"SELECT count(*) FROM agreements g WHERE {where}", params))


def live_for_pair(db: Database, advisor_id: str, advisee_id: str) -> list[str]:
    return [str(r[0]) for r in db.query(
        "SELECT id FROM agreements WHERE advisor_id = ? AND advisee_id = ? "
        "AND deleted_at IS NULL AND status IN (?, ?)",
        (advisor_id, advisee_id, *LIVE),
    )]


def review_overdue(db: Database, today: str, advisor_id: str | None = None) -> list[str]:
    """Agreements in force whose review date is before ``today`` (ISO date)."""
    sql = ("SELECT id FROM agreements WHERE deleted_at IS NULL AND status IN (?, ?) "
           "AND review_date IS NOT NULL AND review_date < ?")
    params: list[object] = [*LIVE, today]
    if advisor_id is not None:
        sql += " AND advisor_id = ?"
        params.append(advisor_id)
    return [str(r[0]) for r in db.query(sql + " ORDER BY review_date, id", params)]


def unacknowledged(db: Database, advisor_id: str | None = None) -> list[str]:
    """Agreements in force that the advisee or the advisor has not acknowledged."""
    sql = ("SELECT id FROM agreements WHERE deleted_at IS NULL AND status IN (?, ?) "
           "AND (advisee_ack_date IS NULL OR advisor_ack_date IS NULL)")
    params: list[object] = [*LIVE]
    if advisor_id is not None:
        sql += " AND advisor_id = ?"
        params.append(advisor_id)
    return [str(r[0]) for r in db.query(sql + " ORDER BY start_date, id", params)]


def missing(db: Database, advisor_id: str | None = None) -> list[tuple[str, str]]:
    """(advisee id, advisor id) pairs with sessions but no agreement in force.

    Only advisees that are not closed count; with ``advisor_id``, only that advisor's pairs.
    """
    sql = (
        "SELECT DISTINCT s.advisee_id, s.advisor_id FROM sessions s "
        "JOIN advisees a ON a.id = s.advisee_id "
        "WHERE s.deleted_at IS NULL AND a.deleted_at IS NULL AND a.status != 'closed' "
        "AND NOT EXISTS (SELECT 1 FROM agreements g WHERE g.advisee_id = s.advisee_id "
        "AND g.advisor_id = s.advisor_id AND g.deleted_at IS NULL AND g.status IN (?, ?))"
    )
    params: list[object] = [*LIVE]
    if advisor_id is not None:
        sql += " AND s.advisor_id = ?"
        params.append(advisor_id)
    return [(str(r[0]), str(r[1]))
            for r in db.query(sql + " ORDER BY s.advisee_id, s.advisor_id", params)]


def pair_session_ids(db: Database, advisor_id: str, advisee_id: str, start_from: str,
                     start_to: str | None) -> list[str]:
    """Live sessions of one pair that started in [start_from, start_to) (ISO UTC)."""
    sql = ("SELECT id FROM sessions WHERE advisor_id = ? AND advisee_id = ? "
           "AND deleted_at IS NULL AND start >= ?")
    params: list[object] = [advisor_id, advisee_id, start_from]
    if start_to is not None:
        sql += " AND start < ?"
        params.append(start_to)
    return [str(r[0]) for r in db.query(sql + " ORDER BY start", params)]


def breach_ids(db: Database, agreement_id: str) -> list[str]:
    return [str(r[0]) for r in db.query(
        "SELECT id FROM breaches WHERE agreement_id = ? AND deleted_at IS NULL "
        "ORDER BY at, id",
        (agreement_id,),
    )]


@dataclass(frozen=True)
class AgreementRow:
    id: str
    advisor_id: str
    advisor_name: str
    advisee_id: str
    advisee_code: str
    status: str
    start_date: str
    review_date: str | None
    end_date: str | None
    advisee_ack_date: str | None
    advisor_ack_date: str | None
    breaches: int


ROWS_SQL = (
    "SELECT g.id, g.advisor_id, m.display_name, g.advisee_id, a.code, g.status, g.start_date, "
    "g.review_date, g.end_date, g.advisee_ack_date, g.advisor_ack_date, "
    "(SELECT count(*) FROM breaches b WHERE b.agreement_id = g.id AND b.deleted_at IS NULL) "
    "FROM agreements g JOIN members m ON m.id = g.advisor_id "
    "JOIN advisees a ON a.id = g.advisee_id WHERE g.id IN ({marks})"
)


def rows(db: Database, ids: list[str]) -> list[AgreementRow]:
    """Light rows for lists, in the order of ``ids``; no free text is read."""
    found: dict[str, AgreementRow] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        for r in db.query(ROWS_SQL.format(marks=placeholders(chunk)), chunk):
            found[str(r[0])] = AgreementRow(
                str(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]), str(r[5]), str(r[6]),
                r[7], r[8], r[9], r[10], int(r[11]),
            )
    return [found[i] for i in ids if i in found]
