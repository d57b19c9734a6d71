"""Aggregates for reports over a period [start, end) in UTC ISO text. No note text is read."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from peerdesk.storage.agreement_queries import LIVE
from peerdesk.storage.database import Database
from peerdesk.storage.history_queries import existed, versions_at
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
    #: The reflection came in by an import: when it was written is not known.
    reflection_imported: bool = False


def session_facts(db: Database, start: str, end: str, at: str,
                  advisor_id: str | None = None) -> list[SessionFact]:
    """Sessions in [start, end) and their reflections, as they were at ``at``: entered
    before it, not yet removed, in the version they had then (docs/reports-as-at.md)."""
    changed = versions_at(db, "session", at)
    sql = "s.start >= ? AND s.start < ?"
    params: list[object] = [start, end]
    if advisor_id is not None:
        sql += " AND s.advisor_id = ?"
        params.append(advisor_id)
    # Edited since: the version at ``at`` may be in the period when the current one is not.
    rows = _and_changed(db, _FACTS + " WHERE " + existed("s"), [at] * 5, sql, params, "s.id",
                        changed)
    reflections = {str(v["session_id"]): v for v in versions_at(db, "reflection", at).values()}
    facts = []
    for r in rows:
        old = changed.get(str(r[0]))
        if old is not None:
            r = (r[0], old["start"], old["advisee_id"], old["advisor_id"],
                 old["duration_minutes"], old["channel"], json.dumps(old["themes"]), *r[7:])
        if not start <= str(r[1]) < end or (advisor_id is not None and r[3] != advisor_id):
            continue
        tags, request = r[9], r[8]
        was = reflections.get(str(r[0]))
        if r[7] is not None and was is not None:
            tags, request = json.dumps(was["challenge_tags"]), was["supervision_request"]
        facts.append(SessionFact(str(r[0]), str(r[1]), str(r[2]), str(r[3]), int(r[4]),
                                 str(r[5]), str(r[6]), r[7], request, tags, bool(r[10]),
                                 bool(r[11])))
    facts.sort(key=lambda f: f.start)
    return facts


_FACTS = (
    "SELECT s.id, s.start, s.advisee_id, s.advisor_id, s.duration_minutes, s.channel, "
    "s.themes, r.created_at, r.supervision_request, r.challenge_tags, "
    "r.reviewed_at IS NOT NULL AND r.reviewed_at < ?, "
    "r.id IN (SELECT record_id FROM import_claims WHERE kind = 'reflection') "
    "FROM sessions s LEFT JOIN reflections r ON r.session_id = s.id AND " + existed("r")
)


def new_advisees(db: Database, start: str, end: str, at: str) -> int:
    return int(db.scalar(
        "SELECT count(*) FROM advisees a WHERE " + existed("a") + " AND a.created_at >= ? "
        "AND a.created_at < ?", (at, at, start, end)))


# -- escalations as at a moment -------------------------------------------------------------
#: SQL: the state of escalation ``e`` at the moment (the last transition recorded before
#: it; "open" before the first). One parameter, the moment.
_STATE_AT = ("coalesce((SELECT v.to_state FROM escalation_events v "
             "WHERE v.escalation_id = e.id AND v.deleted_at IS NULL AND v.kind = 'transition' "
             "AND v.created_at < ? ORDER BY v.created_at DESC, v.rowid DESC LIMIT 1), 'open')")


def escalation_ids_in_period(db: Database, start: str, end: str, at: str,
                             advisee_ids: list[str] | None = None) -> list[str]:
    """Escalations open at some time in the period as far as was recorded by ``at``
    (raised before its end, and not closed before its start)."""
    sql = ("SELECT e.id FROM escalations e WHERE " + existed("e") + " AND e.raised_at < ? "
           f"AND {_STATE_AT} != 'closed'")
    params: list[object] = [at, at, end, min(start, at)]
    if advisee_ids is not None:
        sql += f" AND e.advisee_id IN ({placeholders(advisee_ids)})"
        params.extend(advisee_ids)
    return [str(r[0]) for r in db.query(sql + " ORDER BY e.raised_at", params)]


def escalations_raised(db: Database, start: str, end: str, at: str
                       ) -> list[tuple[str, str, str | None]]:
    """(level, raised_at, acknowledged_at as at ``at``) of escalations raised in the
    period."""
    return [(str(r[0]), str(r[1]), r[2]) for r in db.query(
        "SELECT e.level, e.raised_at, CASE WHEN e.acknowledged_at < ? THEN e.acknowledged_at "
        "END FROM escalations e WHERE " + existed("e") + " AND e.raised_at >= ? "
        "AND e.raised_at < ? ORDER BY e.raised_at", (at, at, at, start, end))]


def escalations_closed(db: Database, start: str, end: str, at: str) -> int:
    """Escalations closed in the period (by a transition recorded by ``at``)."""
    return int(db.scalar(
        "SELECT count(DISTINCT v.escalation_id) FROM escalation_events v "
        "JOIN escalations e ON e.id = v.escalation_id AND " + existed("e") + " "
        "WHERE v.deleted_at IS NULL AND v.kind = 'transition' AND v.to_state = 'closed' "
        "AND v.created_at < ? AND v.at >= ? AND v.at < ?", (at, at, at, start, end)))


def escalation_states_at(db: Database, at: str) -> list[tuple[str, str | None, str]]:
    """(state, acknowledged_at, ack_due) at ``at`` of every escalation raised and entered
    before it and not removed then."""
    return [(str(r[0]), r[1], str(r[2])) for r in db.query(
        f"SELECT {_STATE_AT}, CASE WHEN e.acknowledged_at < ? THEN e.acknowledged_at END, "
        "e.ack_due FROM escalations e WHERE " + existed("e") + " AND e.raised_at < ?",
        (at, at, at, at, at))]


def breaches_in_period(db: Database, start: str, end: str, at: str) -> dict[str, int]:
    return {str(r[0]): int(r[1]) for r in db.query(
        "SELECT b.agreement_id, count(*) FROM breaches b WHERE " + existed("b") + " "
        "AND b.at >= ? AND b.at < ? GROUP BY b.agreement_id", (at, at, start, end))}


def last_session_before(db: Database, advisee_ids: list[str], end: str, at: str
                        ) -> dict[str, str]:
    out: dict[str, str] = {}
    for i in range(0, len(advisee_ids), 500):
        chunk = advisee_ids[i:i + 500]
        for r in db.query(
            "SELECT s.advisee_id, max(s.start) FROM sessions s WHERE " + existed("s") + " "
            f"AND s.start < ? AND s.advisee_id IN ({placeholders(chunk)}) "
            "GROUP BY s.advisee_id", [at, at, end, *chunk],
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


def advisee_statuses(db: Database, at: str, created_before: str) -> dict[str, str]:
    """id -> status at ``at`` of every advisee entered before ``created_before`` and ``at``
    and not removed at ``at``."""
    out = {str(r[0]): str(r[1]) for r in db.query(
        "SELECT a.id, a.status FROM advisees a WHERE " + existed("a") + " AND a.created_at < ?",
        (at, at, created_before))}
    for advisee_id, old in versions_at(db, "advisee", at).items():
        if advisee_id in out:
            out[advisee_id] = str(old["status"])
    return out


def notes_entered_after(db: Database, at: str) -> set[str]:
    """Supervision notes entered at or after ``at``."""
    return {str(r[0]) for r in db.query(
        "SELECT id FROM supervision_notes WHERE created_at >= ?", (at,))}


def advisees_seen(db: Database, start: str, end: str, at: str) -> set[str]:
    """Advisees with a session (entered by ``at``) in [start, end)."""
    return {str(r[0]) for r in db.query(
        "SELECT DISTINCT s.advisee_id FROM sessions s WHERE " + existed("s") + " "
        "AND s.start >= ? AND s.start < ?", (at, at, start, end))}


# -- period-focused escalations -------------------------------------------------------------
#: Raised in the period, or with an event or a disclosure in it (recorded by the moment).
#: Parameters: start, start, end, moment, start, end, moment.
_ACTIVITY = (
    "(e.raised_at >= ? "
    "OR EXISTS (SELECT 1 FROM escalation_events v WHERE v.escalation_id = e.id "
    "AND v.deleted_at IS NULL AND v.at >= ? AND v.at < ? AND v.created_at < ?) "
    "OR EXISTS (SELECT 1 FROM disclosures d WHERE d.escalation_id = e.id "
    "AND d.deleted_at IS NULL AND d.at >= ? AND d.at < ? AND d.created_at < ?))"
)


def _activity(start: str, end: str, at: str) -> list[object]:
    return [start, start, end, at, start, end, at]


def escalation_ids_with_activity(db: Database, start: str, end: str, at: str,
                                 advisee_ids: list[str] | None = None) -> list[str]:
    """Escalations raised in the period, or with an event or a disclosure in it."""
    sql = ("SELECT e.id FROM escalations e WHERE " + existed("e") + " AND e.raised_at < ? "
           f"AND {_ACTIVITY}")
    params: list[object] = [at, at, end, *_activity(start, end, at)]
    if advisee_ids is not None:
        sql += f" AND e.advisee_id IN ({placeholders(advisee_ids)})"
        params.extend(advisee_ids)
    return [str(r[0]) for r in db.query(sql + " ORDER BY e.raised_at, e.id", params)]


@dataclass(frozen=True)
class StillOpenFact:
    id: str
    advisee_code: str
    level: str
    state: str  # the state at the moment
    raised_at: str
    ack_due: str
    acknowledged_at: str | None  # as at the moment
    last_activity: str | None  # the last event or disclosure before the end of the period


def escalations_still_open(db: Database, start: str, end: str, at: str
                           ) -> list[StillOpenFact]:
    """Escalations raised before the period, not closed at ``at``, and with no activity in
    it (the rest of those not closed: ``escalation_ids_with_activity``)."""
    sql = (
        f"SELECT * FROM (SELECT e.id, coalesce(a.code, '?'), e.level, {_STATE_AT} AS state, "
        "e.raised_at, e.ack_due, CASE WHEN e.acknowledged_at < ? THEN e.acknowledged_at END, "
        "max(coalesce((SELECT max(v.at) FROM escalation_events v WHERE v.escalation_id = e.id "
        "AND v.deleted_at IS NULL AND v.at < ? AND v.created_at < ?), ''), "
        "coalesce((SELECT max(d.at) FROM disclosures d WHERE d.escalation_id = e.id "
        "AND d.deleted_at IS NULL AND d.at < ? AND d.created_at < ?), '')) "
        "FROM escalations e LEFT JOIN advisees a ON a.id = e.advisee_id "
        "WHERE " + existed("e") + " AND e.raised_at < ? "
        f"AND NOT {_ACTIVITY} ORDER BY e.raised_at, e.id) WHERE state != 'closed'"
    )
    params = [at, at, end, at, end, at, at, at, start, *_activity(start, end, at)]
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


_TERMS = ("advisor_id", "advisee_id", "status", "channels", "contact_days", "contact_start",
          "contact_end", "max_sessions_per_month", "max_session_minutes", "start_date",
          "end_date", "review_date", "advisee_ack_date", "advisor_ack_date")


def agreements_in_force(db: Database, at: str, advisor_id: str | None = None
                        ) -> list[AgreementTerms]:
    """The terms of every agreement in force at ``at``, in the version it had then (no free
    text)."""
    changed = versions_at(db, "agreement", at)
    select = (f"SELECT g.id, {', '.join('g.' + c for c in _TERMS)} FROM agreements g "
              f"WHERE {existed('g')}")
    out = []
    for r in _and_changed(db, select, [at, at], f"g.status IN ({placeholders(LIVE)})",
                          list(LIVE), "g.id", changed):
        values = dict(zip(("id", *_TERMS), r, strict=True))
        old = changed.get(str(values["id"]))
        if old is not None:
            values.update({c: json.dumps(old[c]) if isinstance(old[c], list) else old[c]
                           for c in _TERMS})
        if values["status"] not in LIVE or (
                advisor_id is not None and values["advisor_id"] != advisor_id):
            continue
        out.append(_terms(values))
    return out


def _and_changed(db: Database, select: str, params: list[object], where: str,
                 where_params: list[object], id_column: str, changed: Mapping[str, Any]
                 ) -> list[Any]:
    """The rows ``select`` (which ends in a WHERE clause) finds with ``where``, and those of
    the ``changed`` records it does not (their version at the moment may match ``where``
    when the current one does not), fetched by id a chunk at a time."""
    rows = list(db.query(f"{select} AND ({where})", [*params, *where_params]))
    missing = sorted(set(changed) - {str(r[0]) for r in rows})
    for i in range(0, len(missing), 500):
        chunk = missing[i:i + 500]
        rows.extend(db.query(f"{select} AND {id_column} IN ({placeholders(chunk)})",
                             [*params, *chunk]))
    return rows


def _terms(v: dict[str, Any]) -> AgreementTerms:
    def text(key: str) -> str | None:
        return None if v[key] is None else str(v[key])

    def number(key: str) -> int | None:
        return None if v[key] is None else int(v[key])

    return AgreementTerms(
        str(v["id"]), str(v["advisor_id"]), str(v["advisee_id"]), str(v["status"]),
        str(v["channels"]), str(v["contact_days"]), text("contact_start"), text("contact_end"),
        number("max_sessions_per_month"), number("max_session_minutes"), str(v["start_date"]),
        text("end_date"), text("review_date"), text("advisee_ack_date"),
        text("advisor_ack_date"))


def sessions_of_pairs(db: Database, start: str, end: str, at: str,
                      advisor_id: str | None = None) -> list[tuple[str, str, str, int, str]]:
    """(advisee id, advisor id, start, minutes, channel) of the period's sessions as
    entered by ``at``: five columns, no record loads, no text."""
    sql = ("SELECT s.advisee_id, s.advisor_id, s.start, s.duration_minutes, s.channel "
           "FROM sessions s WHERE " + existed("s") + " AND s.start >= ? AND s.start < ?")
    params: list[object] = [at, at, start, end]
    if advisor_id is not None:
        sql += " AND s.advisor_id = ?"
        params.append(advisor_id)
    return [(str(r[0]), str(r[1]), str(r[2]), int(r[3]), str(r[4]))
            for r in db.query(sql, params)]
