"""SQL about role grants: what the audit chain says about the supervisor role, and the
grant and revocation events of a period (for the accountability report)."""

from __future__ import annotations

from dataclasses import dataclass

from peerdesk.storage.database import Database

_HAS_SUPERVISOR = "EXISTS (SELECT 1 FROM json_each({}) WHERE value = 'supervisor')"


def founder(db: Database) -> tuple[str, str]:
    """(member, account) that created the vault, as named in the first event of the chain."""
    row = db.query_one("SELECT json_extract(details, '$.member_id'), "
                       "json_extract(details, '$.account_id') FROM audit_events "
                       "WHERE action = 'vault.created' ORDER BY seq LIMIT 1")
    if row is None:
        return "", ""
    return str(row[0] or ""), str(row[1] or "")


def supervisor_ever_granted(db: Database) -> bool:
    """True once any member has held the supervisor role: from the chain (explicit grants,
    and the roles older member events recorded) or a member record (imported, deleted)."""
    # The member table first: cheap, and true in almost every vault.
    if db.query_one("SELECT 1 FROM members WHERE "
                    + _HAS_SUPERVISOR.format("members.roles") + " LIMIT 1") is not None:
        return True
    return db.query_one(
        "SELECT 1 FROM audit_events WHERE (action = 'role.granted' AND "
        "json_extract(details, '$.role') = 'supervisor') OR (action IN ('member.created', "
        "'member.updated') AND json_type(details, '$.roles') = 'array' AND "
        + _HAS_SUPERVISOR.format("audit_events.details, '$.roles'") + ") LIMIT 1"
    ) is not None


def supervisor_login_ever_given(db: Database) -> bool:
    """True once a login has been given to a member holding the supervisor role."""
    if db.query_one(
        "SELECT 1 FROM accounts a JOIN members m ON m.id = a.member_id WHERE "
        + _HAS_SUPERVISOR.format("m.roles") + " LIMIT 1") is not None:
        return True
    return db.query_one(
        "SELECT 1 FROM audit_events WHERE action = 'account.added' AND "
        "json_type(details, '$.roles') = 'array' AND "
        + _HAS_SUPERVISOR.format("audit_events.details, '$.roles'") + " LIMIT 1"
    ) is not None


@dataclass(frozen=True)
class RoleEventRow:
    seq: int
    at: str
    action: str
    actor_member_id: str
    member_id: str
    role: str


def role_events(db: Database, start: str, end: str) -> list[RoleEventRow]:
    """Every role grant and revocation with ``start <= at < end`` (ISO UTC), in order."""
    rows = db.query(
        "SELECT e.seq, e.at, e.action, coalesce(json_extract(e.details, '$.by_member_id'), "
        "a.member_id, ''), "
        "json_extract(e.details, '$.member_id'), json_extract(e.details, '$.role') "
        "FROM audit_events e LEFT JOIN accounts a ON a.id = e.actor "
        "WHERE e.action IN ('role.granted', 'role.revoked') AND e.at >= ? AND e.at < ? "
        "ORDER BY e.seq", (start, end))
    return [RoleEventRow(int(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4] or ""),
                         str(r[5] or "")) for r in rows]
