"""What a peer laptop may receive of each change: the scope rule applied to the change log.

For the members who use the receiving laptop, each record a change lists is sent in full,
as a *stub* (the record's bookkeeping and who it concerns, never its text), or not at all
(docs/format.md, "Stubs"); a change none of whose records may be read, and that says
nothing about the group, travels as a placeholder (its link alone). The rule itself is the
permission table (``peerdesk.domain.scope``); this module only gathers the facts it needs
(whose advisee, whose reflection) and cuts the content.

Two decisions beyond the table, both written down in docs/exchange.md:

* every laptop receives at least a stub of every member (their name and roles), so that
  it can show who wrote what, and its own members' records in full, so that they can log
  in and see their own training;
* a change is relayed (sent on by a laptop that did not make it) only when this laptop
  holds at least as much of it as the peer may receive; otherwise the peer gets it from a
  laptop that holds more, and the relay stops at it (a chain has no gaps).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from peerdesk.crypto.encoding import canonical_json
from peerdesk.domain.permissions import Actor, Resource
from peerdesk.domain.scope import RecordFacts, Visibility, visibility
from peerdesk.domain.vocab import Role
from peerdesk.exchange.payload import STUB_KEY, Change
from peerdesk.storage import exchange_queries
from peerdesk.storage.change_queries import ChangeRow
from peerdesk.storage.database import Database
from peerdesk.storage.exchange_queries import Relations

#: Every stub keeps a record's bookkeeping.
_META = frozenset({"id", "created_at", "created_by", "updated_at", "updated_by", "version",
                   "deleted_at", "deleted_by"})
#: What else a stub keeps, per kind: who and what the record concerns, never its text.
STUB_FIELDS: dict[str, frozenset[str]] = {
    "member": frozenset({"display_name", "roles", "active"}),
    "advisee": frozenset({"code", "status", "advisor_ids"}),
    "session": frozenset({"advisee_id", "advisor_id", "start"}),
    "reflection": frozenset({"session_id", "author_id", "supervision_request", "reviewed_at",
                             "reviewed_by"}),
    "agreement": frozenset({"advisor_id", "advisee_id", "status", "start_date"}),
    "breach": frozenset({"agreement_id", "at"}),
    "supervision_note": frozenset({"supervisor_id", "advisor_ids", "on", "format",
                                   "next_date"}),
    "escalation": frozenset({"advisee_id", "raised_by", "raised_at", "state", "level"}),
    "escalation_event": frozenset({"escalation_id", "kind", "at", "by"}),
    "disclosure": frozenset({"escalation_id", "at"}),
}
#: What a stub of the shared part adds (a supervision note's part for its advisors).
SHARED_FIELDS: dict[str, frozenset[str]] = {
    "supervision_note": frozenset({"shared_summary", "actions"}),
}
_LEVEL_NAMES = {Visibility.EXISTENCE: "existence", Visibility.SHARED: "shared"}
_LEVELS = {name: level for level, name in _LEVEL_NAMES.items()}
_ROLE_NAMES = frozenset(r.value for r in Role)


def actors(db: Database, members: Iterable[str]) -> list[Actor]:
    """The members of a laptop as the permission table sees them (by their roles now)."""
    roles = exchange_queries.member_roles(db, sorted(set(members)))
    return [Actor(mid, "", frozenset(Role(r) for r in rs if r in _ROLE_NAMES))
            for mid, rs in roles.items()]


def stub_keeps(kind: str, level: str) -> frozenset[str]:
    """The fields a stub of ``kind`` at ``level`` ("existence" or "shared") may keep."""
    keep = _META | STUB_FIELDS.get(kind, frozenset())
    if level == _LEVEL_NAMES[Visibility.SHARED]:
        keep = keep | SHARED_FIELDS.get(kind, frozenset())
    return keep


def stub(kind: str, text: str, level: Visibility) -> str:
    """The reduced content of a record: canonical JSON, marked with ``_stub``."""
    fields: dict[str, Any] = json.loads(text)
    keep = stub_keeps(kind, _LEVEL_NAMES[level])
    reduced = {k: v for k, v in fields.items() if k in keep}
    reduced[STUB_KEY] = _LEVEL_NAMES[level]
    return canonical_json(reduced).decode("utf-8")


def held_level(text: str | None) -> Visibility:
    """How much of a record this laptop holds from a content row (None: no row)."""
    if text is None:
        return Visibility.NONE
    try:
        marker = json.loads(text).get(STUB_KEY)
    except (ValueError, AttributeError):
        return Visibility.NONE
    return Visibility.FULL if marker is None else _LEVELS.get(str(marker), Visibility.NONE)


class ScopeFilter:
    """The scope of one receiving laptop, for the records as they are now on this one."""

    def __init__(self, db: Database, members: Iterable[str]) -> None:
        self._db = db
        self._actors = actors(db, members)
        self._rel: Relations = exchange_queries.relations(db, {})
        self._cache: dict[tuple[str, str], Visibility] = {}
        #: Per record, the least this filter let through of any change listing it (records
        #: whose content this laptop holds only): what the peer then holds of it.
        self.sent: dict[tuple[str, str], Visibility] = {}

    def prepare(self, rows: Iterable[ChangeRow]) -> None:
        """Read the facts about every record these changes list (one batch of queries)."""
        wanted: list[tuple[str, str]] = []
        for row in rows:
            if row.envelope is None:
                continue
            wanted.extend((str(item.get("kind")), str(item.get("id")))
                          for item in json.loads(row.envelope).get("records") or [])
        self.prepare_records(wanted)

    def prepare_records(self, records: Iterable[tuple[str, str]]) -> None:
        """Read the facts about these records (kind, id)."""
        wanted: dict[str, set[str]] = {}
        for kind, rid in records:
            wanted.setdefault(kind, set()).add(rid)
        if wanted:
            self._cache.clear()
            self._rel = exchange_queries.relations(self._db, wanted)

    def _facts(self, kind: str, rid: str) -> RecordFacts | None:
        rel = self._rel

        def advisors(advisee: str | None) -> frozenset[str]:
            return rel.advisee_advisors.get(advisee or "", frozenset())

        def one(member: str | None) -> frozenset[str]:
            return frozenset() if member is None else frozenset({member})

        def escalation(eid: str | None) -> RecordFacts:
            return RecordFacts(Resource.ESCALATIONS,
                               assigned=advisors(rel.escalation_advisee.get(eid or "")))

        match kind:
            case "member":
                return RecordFacts(Resource.MEMBERS, owners=frozenset({rid}))
            case "advisee":
                return RecordFacts(Resource.ADVISEES, assigned=advisors(rid))
            case "session":
                return RecordFacts(Resource.SESSIONS,
                                   assigned=advisors(rel.session_advisee.get(rid)))
            case "reflection":
                return RecordFacts(Resource.REFLECTIONS,
                                   owners=one(rel.reflection_author.get(rid)))
            case "agreement":
                return RecordFacts(Resource.AGREEMENTS,
                                   owners=one(rel.agreement_advisor.get(rid)))
            case "breach":
                agreement = rel.breach_agreement.get(rid, "")
                return RecordFacts(Resource.AGREEMENTS,
                                   owners=one(rel.agreement_advisor.get(agreement)))
            case "supervision_note":
                return RecordFacts(Resource.SUPERVISION_NOTES,
                                   owners=rel.note_advisors.get(rid, frozenset()))
            case "escalation":
                return escalation(rid)
            case "escalation_event":
                return escalation(rel.event_escalation.get(rid))
            case "disclosure":
                return escalation(rel.disclosure_escalation.get(rid))
            case "referral_resource":
                return RecordFacts(Resource.REFERRAL_RESOURCES)
            case "issued_report":
                return RecordFacts(Resource.REPORTS, owners=one(rel.report_by.get(rid)))
        return None

    def visibility(self, kind: str, rid: str) -> Visibility:
        key = (kind, rid)
        found = self._cache.get(key)
        if found is None:
            facts = self._facts(kind, rid)
            found = Visibility.NONE if facts is None else visibility(facts, self._actors)
            if kind == "member":
                own = any(a.member_id == rid for a in self._actors)
                found = Visibility.FULL if own else max(found, Visibility.EXISTENCE)
            self._cache[key] = found
        return found

    def _note(self, kind: str, rid: str, level: Visibility) -> None:
        key = (kind, rid)
        self.sent[key] = min(self.sent.get(key, Visibility.FULL), level)

    def reduce(self, row: ChangeRow, content: Sequence[tuple[str, str, str]], *,
               relay: bool) -> Change | None:
        """The change as this laptop may send it, or None when it is relayed and this laptop
        holds less of it than the peer may receive (the relay stops there)."""
        placeholder = Change(row.device, row.seq, row.prev, row.digest, row.hash, None, None)
        if row.envelope is None:
            return None if relay else placeholder
        envelope = json.loads(row.envelope)
        records = envelope.get("records") or []
        kept = {(k, r): t for k, r, t in content}
        out: list[tuple[str, str, str]] = []
        notes: list[tuple[str, str, Visibility]] = []
        for item in records:
            kind, rid = str(item.get("kind")), str(item.get("id"))
            text = kept.get((kind, rid))
            level = self.visibility(kind, rid)
            if relay and item.get("after") is not None and level > held_level(text):
                return None
            if text is not None:
                notes.append((kind, rid, level))
            if text is None or level is Visibility.NONE:
                continue
            out.append((kind, rid, text if level is Visibility.FULL else stub(kind, text, level)))
        for kind, rid, level in notes:
            self._note(kind, rid, level)
        if not out and "details" not in envelope:
            return placeholder
        out.sort(key=lambda c: (c[0].encode(), c[1].encode()))
        return Change(row.device, row.seq, row.prev, row.digest, row.hash, row.envelope,
                      row.signature, tuple(out))
