"""Reading and checking the audit log (coordinator reads; supervisor reads and verifies).

For people reading the log: filters by member, kind of action and period; the opening and
locking of the vault folded into counts ("opened 14 times") unless asked for one by one;
and each event's record named by what it is (an advisee's code, a session's date, a
member's display name), never by an id. Names use codes, dates and display names only,
and only for kinds of record the reader may at least know exist; nothing is read from
note text. A record's name is handed over as facts (``audit_names.RecordName``): the
desktop app words them in the interface's language, ``AuditRow.record`` in English.
Details hold ids and counts only, never note text or names.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from peerdesk.domain.counting import count as counted
from peerdesk.domain.message import Term
from peerdesk.domain.permissions import Action, Resource
from peerdesk.errors import N_
from peerdesk.services.audit_names import RecordName, english, record_name
from peerdesk.services.context import ServiceContext
from peerdesk.storage import audit_queries, audit_table, codec
from peerdesk.storage.audit_queries import AuditFilter
from peerdesk.vault.verify import VerifyReport, verify_vault

#: Kinds of action (the part of an action before the dot) in words, for the filter.
KIND_WORDS: dict[str, str] = {
    "account": "Logins", "advisee": "Advisees", "agreement": "Agreements",
    "breach": "Breaches", "demo": "Demo data", "escalation": "Escalations",
    "export": "Exports", "import": "Imports", "member": "Members",
    "referral": "Referral directory", "reflection": "Reflections", "report": "Reports",
    "session": "Sessions", "settings": "Settings", "supervision_note": "Supervision",
    "vault": "Vault: open, lock, backup",
}

#: Which resource a record kind belongs to: its name is shown only to a reader who may
#: at least know that such records exist.
_RESOURCE: dict[str, Resource] = {
    "advisee": Resource.ADVISEES, "session": Resource.SESSIONS,
    "reflection": Resource.REFLECTIONS, "agreement": Resource.AGREEMENTS,
    "breach": Resource.AGREEMENTS, "escalation": Resource.ESCALATIONS,
    "supervision_note": Resource.SUPERVISION_NOTES, "member": Resource.MEMBERS,
    "account": Resource.MEMBERS, "referral_resource": Resource.REFERRAL_RESOURCES,
    "issued_report": Resource.REPORTS,
}

#: Who acted, when it was not a member's login: words the interface translates (a ``Term``:
#: still the English ``str``), never confused with a member's name.
RECOVERY_KEY = Term(N_("Recovery key"))
REMOVED_ACCOUNT = Term(N_("a removed account"))


def _actor(actor: str, accounts: dict[str, tuple[str, str]]) -> str:
    if actor == "recovery":
        return RECOVERY_KEY
    return accounts.get(actor, ("", ""))[1] or REMOVED_ACCOUNT


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: str
    actor_name: str
    action: str
    target_kind: str
    target_id: str
    details: dict[str, Any]
    #: What the record is, as facts; words in English: :attr:`record`.
    name: RecordName

    @property
    def record(self) -> str:
        """What the record is, in English words ("Session · PS-0142 · 12 Nov 2026")."""
        return english(self.name)


@dataclass(frozen=True)
class AuditQuery:
    """What the reader asked to see. Empty: everything, sign-ins folded."""

    member_id: str | None = None
    kind: str | None = None  # a key of KIND_WORDS
    since: datetime | None = None
    until: datetime | None = None
    each_sign_in: bool = False  # list every opening and locking of the vault


@dataclass(frozen=True)
class Openings:
    """How often the vault was opened, by whom, for the query's people and period."""

    total: int
    by_member: list[tuple[str, int]] = field(default_factory=list)  # (display name, times)

    def text(self, period: str = "") -> str:
        """"Opened 14 times this week (Asha 9, Sunil 5)." with ``period`` "this week"."""
        when = f" {period}" if period else ""
        if not self.total:
            return f"Not opened{when or ' in this period'}."
        who = ", ".join(f"{name} {n}" for name, n in self.by_member)
        return f"Opened {counted(self.total, 'time')}{when} ({who})."


class AuditService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def _filter(self, q: AuditQuery | None) -> AuditFilter:
        q = q or AuditQuery()
        actors = None if q.member_id is None else audit_queries.accounts_of(self.ctx.db,
                                                                            q.member_id)
        return AuditFilter(
            actors=actors, group=q.kind,
            since=None if q.since is None else codec.iso_dt(q.since),
            until=None if q.until is None else codec.iso_dt(q.until),
            fold_sign_ins=not q.each_sign_in)

    def count(self, query: AuditQuery | None = None) -> int:
        """Every event when no query is given (the chain's length); else the matches."""
        self.ctx.check(Action.READ, Resource.AUDIT)
        if query is None:
            return audit_table.count(self.ctx.db)
        return audit_queries.count(self.ctx.db, self._filter(query))

    def recent(self, limit: int = 200, offset: int = 0,
               query: AuditQuery | None = None) -> list[AuditRow]:
        """Newest first: every event, or (with ``query``) the matching ones."""
        ctx = self.ctx
        ctx.check(Action.READ, Resource.AUDIT)
        db = ctx.db
        if query is None:
            events = audit_table.recent(db, limit, offset)
        else:
            events = audit_queries.events(db, self._filter(query), limit, offset)
        accounts = audit_queries.account_names(db)
        names = self._names(events)
        out = []
        for ev in events:
            actor = str(ev["actor"])
            who = _actor(actor, accounts)
            kind, target = str(ev["target_kind"]), str(ev["target_id"])
            out.append(AuditRow(int(ev["seq"]), str(ev["at"]), who, str(ev["action"]), kind,
                                target, json.loads(str(ev["details"])),
                                names.get((kind, target)) or RecordName(kind)))
        return out

    def openings(self, query: AuditQuery | None = None) -> Openings:
        """How often the vault was opened, by whom, within the query's people and period."""
        ctx = self.ctx
        ctx.check(Action.READ, Resource.AUDIT)
        accounts = audit_queries.account_names(ctx.db)
        per_member: dict[str, int] = defaultdict(int)
        for actor, n in audit_queries.sign_ins(ctx.db, self._filter(query)):
            name = _actor(actor, accounts)
            per_member[name] += n
        ranked = sorted(per_member.items(), key=lambda t: (-t[1], t[0]))
        return Openings(sum(per_member.values()), ranked)

    def kinds(self) -> list[tuple[str, str]]:
        """(kind, words) for every kind of action in the log, for a filter."""
        self.ctx.check(Action.READ, Resource.AUDIT)
        return [(g, KIND_WORDS.get(g, g.replace("_", " ").capitalize()))
                for g in audit_queries.groups(self.ctx.db)]

    def _names(self, events: list[dict[str, Any]]) -> dict[tuple[str, str], RecordName]:
        ctx = self.ctx
        by_kind: dict[str, list[str]] = defaultdict(list)
        for ev in events:
            by_kind[str(ev["target_kind"])].append(str(ev["target_id"]))
        out: dict[tuple[str, str], RecordName] = {}
        for kind, ids in by_kind.items():
            resource = _RESOURCE.get(kind)
            if resource is None or not (ctx.allowed(Action.READ_EXISTENCE, resource)
                                        or ctx.allowed(Action.READ, resource)):
                continue
            for record_id, facts in audit_queries.record_facts(ctx.db, kind, ids).items():
                out[(kind, record_id)] = record_name(kind, facts, ctx.tz)
        return out

    def verify(self, anchor: tuple[int, str] | None = None) -> VerifyReport:
        self.ctx.check(Action.VERIFY, Resource.AUDIT)
        return verify_vault(self.ctx.vault, anchor)

