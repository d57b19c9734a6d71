"""Reading the audit log for people: filtered pages of events, sign-in counts, and the
few plain facts that name the record an event is about (a code, a date, a display name).

Never reads a ``*_text`` table: the names come from the main tables' light columns.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from peerdesk.storage.audit_table import COLUMNS
from peerdesk.storage.database import Database
from peerdesk.storage.where import Where, placeholders

#: Opening and locking the vault: folded into counts unless asked for one by one.
SIGN_IN_ACTIONS = ("vault.unlocked", "vault.locked")
_NOT_SIGN_IN = "action NOT IN ('vault.unlocked', 'vault.locked')"


@dataclass(frozen=True)
class AuditFilter:
    #: Only events by these accounts (a member's logins); None: everyone.
    actors: tuple[str, ...] | None = None
    #: Only actions of this group: the part before the dot ("session", "vault", …).
    group: str | None = None
    since: str | None = None  # ISO UTC, inclusive
    until: str | None = None  # ISO UTC, exclusive
    #: Leave out the opening and locking of the vault (they are counted instead).
    fold_sign_ins: bool = True


def _where(f: AuditFilter) -> tuple[str, list[object]]:
    where = (Where("1")
             .one_of("actor", f.actors)
             .if_given("substr(action, 1, instr(action, '.') - 1) = ?", f.group)
             .if_given("at >= ?", f.since)
             .if_given("at < ?", f.until))
    return where.if_true(_NOT_SIGN_IN, f.fold_sign_ins).build()


def events(db: Database, f: AuditFilter, limit: int, offset: int) -> list[dict[str, Any]]:
    """Matching events, newest first."""
    where, params = _where(f)
    rows = db.query(f"SELECT {', '.join(COLUMNS)} FROM audit_events WHERE {where} "
                    "ORDER BY seq DESC LIMIT ? OFFSET ?", [*params, limit, offset])
    return [dict(zip(COLUMNS, row, strict=True)) for row in rows]


def count(db: Database, f: AuditFilter) -> int:
    where, params = _where(f)
    return int(db.scalar(f"SELECT count(*) FROM audit_events WHERE {where}", params))


def sign_ins(db: Database, f: AuditFilter) -> list[tuple[str, int]]:
    """(account id, times the vault was opened) within the filter's people and period,
    most first."""
    where, params = Where("action = 'vault.unlocked'").one_of("actor", f.actors) \
        .if_given("at >= ?", f.since).if_given("at < ?", f.until).build()
    rows = db.query(f"SELECT actor, count(*) FROM audit_events WHERE {where} "
                    "GROUP BY actor ORDER BY count(*) DESC, actor", params)
    return [(str(r[0]), int(r[1])) for r in rows]


def groups(db: Database) -> list[str]:
    """Every action group in the log, alphabetically."""
    rows = db.query("SELECT DISTINCT substr(action, 1, instr(action, '.') - 1) AS g "
                    "FROM audit_events ORDER BY g")
    return [str(r[0]) for r in rows if r[0]]


def account_names(db: Database) -> dict[str, tuple[str, str]]:
    """Every account ever made, live or removed: account id → (member id, display name)."""
    rows = db.query("SELECT a.id, a.member_id, coalesce(m.display_name, '') FROM accounts a "
                    "LEFT JOIN members m ON m.id = a.member_id")
    return {str(r[0]): (str(r[1]), str(r[2])) for r in rows}


def accounts_of(db: Database, member_id: str) -> tuple[str, ...]:
    rows = db.query("SELECT id FROM accounts WHERE member_id = ? ORDER BY id", (member_id,))
    return tuple(str(r[0]) for r in rows)


#: For each kind of record: the query that names it, one row per id:
#: (id, deleted, first fact, second fact). Facts are codes, dates and display names only.
_NAMING_SQL: dict[str, str] = {
    "advisee": "SELECT t.id, t.deleted_at IS NOT NULL OR t.erased_at IS NOT NULL, "
               "CASE WHEN t.erased_at IS NULL THEN t.code END, NULL "
               "FROM advisees t WHERE t.id IN ({})",
    "session": "SELECT t.id, t.deleted_at IS NOT NULL, a.code, t.start FROM sessions t "
               "LEFT JOIN advisees a ON a.id = t.advisee_id AND a.erased_at IS NULL "
               "WHERE t.id IN ({})",
    "reflection": "SELECT t.id, t.deleted_at IS NOT NULL, a.code, s.start FROM reflections t "
                  "LEFT JOIN sessions s ON s.id = t.session_id "
                  "LEFT JOIN advisees a ON a.id = s.advisee_id AND a.erased_at IS NULL "
                  "WHERE t.id IN ({})",
    "agreement": "SELECT t.id, t.deleted_at IS NOT NULL, a.code, m.display_name "
                 "FROM agreements t "
                 "LEFT JOIN advisees a ON a.id = t.advisee_id AND a.erased_at IS NULL "
                 "LEFT JOIN members m ON m.id = t.advisor_id WHERE t.id IN ({})",
    "breach": "SELECT t.id, t.deleted_at IS NOT NULL, a.code, t.at FROM breaches t "
              "LEFT JOIN agreements g ON g.id = t.agreement_id "
              "LEFT JOIN advisees a ON a.id = g.advisee_id AND a.erased_at IS NULL "
              "WHERE t.id IN ({})",
    "escalation": "SELECT t.id, t.deleted_at IS NOT NULL, a.code, t.raised_at "
                  "FROM escalations t "
                  "LEFT JOIN advisees a ON a.id = t.advisee_id AND a.erased_at IS NULL "
                  "WHERE t.id IN ({})",
    "supervision_note": 'SELECT t.id, t.deleted_at IS NOT NULL, NULL, t."on" '
                        "FROM supervision_notes t WHERE t.id IN ({})",
    "member": "SELECT t.id, t.deleted_at IS NOT NULL, t.display_name, NULL FROM members t "
              "WHERE t.id IN ({})",
    "account": "SELECT t.id, t.removed_at IS NOT NULL, m.display_name, NULL FROM accounts t "
               "LEFT JOIN members m ON m.id = t.member_id WHERE t.id IN ({})",
    "referral_resource": "SELECT t.id, t.deleted_at IS NOT NULL, t.name, NULL "
                         "FROM referral_resources t WHERE t.id IN ({})",
    "issued_report": "SELECT t.id, t.deleted_at IS NOT NULL, t.kind, t.at "
                     "FROM issued_reports t WHERE t.id IN ({})",
}


@dataclass(frozen=True)
class RecordFacts:
    deleted: bool
    first: str | None
    second: str | None


def record_facts(db: Database, kind: str, ids: Sequence[str]) -> dict[str, RecordFacts]:
    """The naming facts of these records of one kind (kinds not listed: none)."""
    sql = _NAMING_SQL.get(kind)
    if sql is None or not ids:
        return {}
    unique = sorted(set(ids))
    rows = db.query(sql.format(placeholders(unique)), unique)
    return {str(r[0]): RecordFacts(bool(r[1]), None if r[2] is None else str(r[2]),
                                   None if r[3] is None else str(r[3])) for r in rows}
