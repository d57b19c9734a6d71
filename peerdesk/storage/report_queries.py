"""Aggregates for reports over a period [start, end) in UTC ISO text. No note text is read."""

from __future__ import annotations

from dataclasses import dataclass

from peerdesk.storage.database import Database
from peerdesk.storage.where import placeholders


@dataclass(frozen=True)
class SessionFact:
    id: str
    start: str
    advisee_id: str
    advisor_id: str
    minutes: int
    channel: str
    themes: str  # JSON list
    reflection_at: str | None  # when its reflection was written
    request: str | None
    tags: str | None  # JSON list of challenge tags
    reviewed: bool


def session_facts(db: Database, start: str, end: str,
                  advisor_id: str | None = None) -> list[SessionFact]:
    sql = (
        "SELECT s.id, s.start, s.advisee_id, s.advisor_id, s.duration_minutes, s.channel, "
        "s.themes, r.created_at, r.supervision_request, r.challenge_tags, "
        "r.reviewed_at IS NOT NULL "
        "FROM sessions s LEFT JOIN reflections r ON r.session_id = s.id "
        "AND r.deleted_at IS NULL "
        "WHERE s.deleted_at IS NULL AND s.start >= ? AND s.start < ?"
    )
    params: list[object] = [start, end]
    if advisor_id is not None:
        sql += " AND s.advisor_id = ?"
        params.append(advisor_id)
    return [SessionFact(str(r[0]), str(r[1]), str(r[2]), str(r[3]), int(r[4]), str(r[5]),
                        str(r[6]), r[7], r[8], r[9], bool(r[10]))
            for r in db.query(sql + " ORDER BY s.start", params)]


def new_advisees(db: Database, start: str, end: str) -> int:
    return int(db.scalar(
        "SELECT count(*) FROM advisees WHERE deleted_at IS NULL AND created_at >= ? "
        "AND created_at < ?", (start, end)))


def escalation_ids_in_period(db: Database, start: str, end: str,
                             advisee_ids: list[str] | None = None) -> list[str]:
    """Escalations open at any time during the period (raised before its end, not closed
    before its start)."""
    sql = ("SELECT id FROM escalations WHERE deleted_at IS NULL AND raised_at < ? "
           "AND (closed_at IS NULL OR closed_at >= ?)")
    params: list[object] = [end, start]
    if advisee_ids is not None:
        sql += f" AND advisee_id IN ({placeholders(advisee_ids)})"
        params.extend(advisee_ids)
    return [str(r[0]) for r in db.query(sql + " ORDER BY raised_at", params)]


def escalations_raised(db: Database, start: str, end: str) -> list[tuple[str, str, str | None]]:
    """(level, raised_at, acknowledged_at) of escalations raised in the period."""
    return [(str(r[0]), str(r[1]), r[2]) for r in db.query(
        "SELECT level, raised_at, acknowledged_at FROM escalations WHERE deleted_at IS NULL "
        "AND raised_at >= ? AND raised_at < ? ORDER BY raised_at", (start, end))]


def escalations_closed(db: Database, start: str, end: str) -> int:
    return int(db.scalar(
        "SELECT count(*) FROM escalations WHERE deleted_at IS NULL AND closed_at >= ? "
        "AND closed_at < ?", (start, end)))


def agreements_live(db: Database) -> int:
    return int(db.scalar(
        "SELECT count(*) FROM agreements WHERE deleted_at IS NULL "
        "AND status IN ('active', 'under_review')"))


def breaches_in_period(db: Database, start: str, end: str) -> dict[str, int]:
    return {str(r[0]): int(r[1]) for r in db.query(
        "SELECT agreement_id, count(*) FROM breaches WHERE deleted_at IS NULL AND at >= ? "
        "AND at < ? GROUP BY agreement_id", (start, end))}


def last_session_before(db: Database, advisee_ids: list[str], end: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for i in range(0, len(advisee_ids), 500):
        chunk = advisee_ids[i:i + 500]
        for r in db.query(
            "SELECT advisee_id, max(start) FROM sessions WHERE deleted_at IS NULL "
            f"AND start < ? AND advisee_id IN ({placeholders(chunk)}) "
            "GROUP BY advisee_id", [end, *chunk],
        ):
            out[str(r[0])] = str(r[1])
    return out


def advisee_codes(db: Database, ids: list[str]) -> dict[str, tuple[str, str]]:
    """id -> (code, advisor ids JSON)."""
    out: dict[str, tuple[str, str]] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        for r in db.query(
            f"SELECT id, code, advisor_ids FROM advisees WHERE id IN "
            f"({placeholders(chunk)})", chunk,
        ):
            out[str(r[0])] = (str(r[1]), str(r[2]))
    return out


def active_advisees_without_contact(db: Database, cutoff: str, created_before: str
                                    ) -> list[str]:
    return [str(r[0]) for r in db.query(
        "SELECT a.id FROM advisees a WHERE a.deleted_at IS NULL AND a.status = 'active' "
        "AND a.created_at < ? AND NOT EXISTS (SELECT 1 FROM sessions s WHERE "
        "s.advisee_id = a.id AND s.deleted_at IS NULL AND s.start >= ? AND s.start < ?) "
        "ORDER BY a.code", (created_before, cutoff, created_before))]


# -- period-focused escalations -------------------------------------------------------------
_ACTIVITY = (
    "(e.raised_at >= ? "
    "OR EXISTS (SELECT 1 FROM escalation_events v WHERE v.escalation_id = e.id "
    "AND v.deleted_at IS NULL AND v.at >= ? AND v.at < ?) "
    "OR EXISTS (SELECT 1 FROM disclosures d WHERE d.escalation_id = e.id "
    "AND d.deleted_at IS NULL AND d.at >= ? AND d.at < ?))"
)


def escalation_ids_with_activity(db: Database, start: str, end: str,
                                 advisee_ids: list[str] | None = None) -> list[str]:
    """Escalations raised in the period, or with an event or a disclosure in it."""
    sql = ("SELECT e.id FROM escalations e WHERE e.deleted_at IS NULL AND e.raised_at < ? "
           f"AND {_ACTIVITY}")
    params: list[object] = [end, start, start, end, start, end]
    if advisee_ids is not None:
        sql += f" AND e.advisee_id IN ({placeholders(advisee_ids)})"
        params.extend(advisee_ids)
    return [str(r[0]) for r in db.query(sql + " ORDER BY e.raised_at, e.id", params)]


@dataclass(frozen=True)
class StillOpenFact:
    id: str
    advisee_code: str
    level: str
    state: str  # the state at the end of the period
    raised_at: str
    ack_due: str
    acknowledged_at: str | None
    last_activity: str | None  # the last event or disclosure before the end of the period


def escalations_still_open(db: Database, start: str, end: str) -> list[StillOpenFact]:
    """Escalations raised before the period, not closed by its end, and with no activity
    in it (the rest of those not closed by the end: ``escalation_ids_with_activity``)."""
    sql = (
        "SELECT e.id, coalesce(a.code, '?'), e.level, "
        "coalesce((SELECT v.to_state FROM escalation_events v WHERE v.escalation_id = e.id "
        "AND v.deleted_at IS NULL AND v.kind = 'transition' AND v.at < ? "
        "ORDER BY v.at DESC LIMIT 1), 'open'), "
        "e.raised_at, e.ack_due, e.acknowledged_at, "
        "max(coalesce((SELECT max(v.at) FROM escalation_events v WHERE v.escalation_id = e.id "
        "AND v.deleted_at IS NULL AND v.at < ?), ''), "
        "coalesce((SELECT max(d.at) FROM disclosures d WHERE d.escalation_id = e.id "
        "AND d.deleted_at IS NULL AND d.at < ?), '')) "
        "FROM escalations e LEFT JOIN advisees a ON a.id = e.advisee_id "
        "WHERE e.deleted_at IS NULL AND e.raised_at < ? "
        "AND (e.closed_at IS NULL OR e.closed_at >= ?) "
        f"AND NOT {_ACTIVITY} ORDER BY e.raised_at, e.id"
    )
    params = [end, end, end, end, end, start, start, end, start, end]
    return [StillOpenFact(str(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]), str(r[5]),
                          r[6], r[7] or None) for r in db.query(sql, params)]


# -- agreements: drift in the period, from a narrow projection of its sessions --------------
@dataclass(frozen=True)
class AgreementTerms:
    id: str
    advisor_id: str
    advisee_id: str
    status: str
    channels: str  # JSON list
    contact_days: str  # JSON list
    contact_start: str | None  # "HH:MM"
    contact_end: str | None
    max_sessions_per_month: int | None
    max_session_minutes: int | None
    start_date: str
    end_date: str | None
    review_date: str | None
    advisee_ack_date: str | None
    advisor_ack_date: str | None


def agreements_in_force(db: Database, advisor_id: str | None = None) -> list[AgreementTerms]:
    """The terms of every agreement in force (no free text)."""
    sql = ("SELECT id, advisor_id, advisee_id, status, channels, contact_days, contact_start, "
           "contact_end, max_sessions_per_month, max_session_minutes, start_date, end_date, "
           "review_date, advisee_ack_date, advisor_ack_date FROM agreements "
           "WHERE deleted_at IS NULL AND status IN ('active', 'under_review')")
    params: list[object] = []
    if advisor_id is not None:
        sql += " AND advisor_id = ?"
        params.append(advisor_id)
    return [AgreementTerms(str(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]), str(r[5]),
                           r[6], r[7], r[8], r[9], str(r[10]), r[11], r[12], r[13], r[14])
            for r in db.query(sql + " ORDER BY id", params)]


def sessions_under_agreements(db: Database, start: str, end: str,
                              advisor_id: str | None = None
                              ) -> list[tuple[str, str, int, str]]:
    """(agreement id, start, minutes, channel) of the period's sessions whose pair has an
    agreement in force: four columns, no record loads, no text."""
    sql = ("SELECT g.id, s.start, s.duration_minutes, s.channel FROM sessions s "
           "JOIN agreements g ON g.advisor_id = s.advisor_id AND g.advisee_id = s.advisee_id "
           "AND g.deleted_at IS NULL AND g.status IN ('active', 'under_review') "
           "WHERE s.deleted_at IS NULL AND s.start >= ? AND s.start < ?")
    params: list[object] = [start, end]
    if advisor_id is not None:
        sql += " AND s.advisor_id = ?"
        params.append(advisor_id)
    return [(str(r[0]), str(r[1]), int(r[2]), str(r[3])) for r in db.query(sql, params)]


def pairs_without_agreement(db: Database, start: str, end: str,
                            advisor_id: str | None = None) -> list[tuple[str, str]]:
    """(advisee id, advisor id) pairs with sessions in the period and no agreement in force
    (advisees that are not closed)."""
    sql = ("SELECT DISTINCT s.advisee_id, s.advisor_id FROM sessions s "
           "JOIN advisees a ON a.id = s.advisee_id "
           "WHERE s.deleted_at IS NULL AND s.start >= ? AND s.start < ? "
           "AND a.deleted_at IS NULL AND a.status != 'closed' "
           "AND NOT EXISTS (SELECT 1 FROM agreements g WHERE g.advisee_id = s.advisee_id "
           "AND g.advisor_id = s.advisor_id AND g.deleted_at IS NULL "
           "AND g.status IN ('active', 'under_review'))")
    params: list[object] = [start, end]
    if advisor_id is not None:
        sql += " AND s.advisor_id = ?"
        params.append(advisor_id)
    return [(str(r[0]), str(r[1]))
            for r in db.query(sql + " ORDER BY s.advisee_id, s.advisor_id", params)]
