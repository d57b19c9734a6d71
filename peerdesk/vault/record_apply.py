"""Applying one record of a received change to this laptop's copy (docs/exchange.md,
"Merging").

- The record is as the change left it: nothing to do.
- The record is as the change found it (its *base*), or new here: fast-forward.
- Otherwise both laptops changed it since a common version: the merge rules of
  ``peerdesk.domain.merge`` run on that version (its content is kept beside the change
  that made it), this laptop's and the received one. Conflicts are kept with both values;
  the record shows one value, the same on every laptop.
- Erasure wins everywhere: an erasure replaces whatever raced it, and a change that raced
  an erasure leaves the erased record as it is; its text is not kept anywhere.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from peerdesk.crypto.encoding import canonical_json
from peerdesk.domain import merge
from peerdesk.storage import (
    apply_fact_queries,
    apply_queries,
    conflict_queries,
    content_table,
    record_content,
)
from peerdesk.storage.conflict_queries import ConflictRow
from peerdesk.storage.database import Database
from peerdesk.storage.tables import BY_KIND
from peerdesk.vault import escalation_races, stub_apply
from peerdesk.vault.change_receipt import Checked, Entry
from peerdesk.vault.content_digest import UnreadableContent, record_digest

ERASURE_ACTION = "advisee.erased"
#: The action of a person's decision on a conflict (a local write that travels).
RESOLVED_ACTION = "conflict.resolved"
#: The kinds an erasure blanks (as ``services.erasure.ERASED_KINDS``).
ERASED_KINDS = frozenset({"advisee", "session", "reflection", "agreement", "breach",
                          "escalation", "escalation_event", "disclosure"})
SECOND_REFLECTION = "second_reflection"
DUPLICATE_CODE = "duplicate_code"
RACED_ERASURE = "raced_erasure"


@dataclass
class Outcome:
    """What applying the records of one change did."""

    changed: set[tuple[str, str]] = field(default_factory=set)
    merged: int = 0
    conflicts: int = 0
    #: Records whose text this change must not keep (an erasure won over it).
    purge: set[tuple[str, str]] = field(default_factory=set)
    #: Records an erasure blanked, by kind (their older text is purged too).
    erased: dict[str, list[str]] = field(default_factory=dict)


_CLOSED_STATES = frozenset({"resolved", "closed"})


def _plain_new(db: Database, todo: list[Entry],
               held: dict[str, dict[str, dict[str, Any]]]) -> set[tuple[str, str]]:
    """The records of a change that are new here and need no second look (no code or
    session already taken, no closed escalation): stored together, at once."""
    new = [e for e in todo if e.base is None and held[e.kind].get(e.record_id) is None
           and e.content is not None and not stub_apply.is_stub(e.content)]
    fields = {(e.kind, e.record_id): e.content or {} for e in new}

    def values(kind: str, name: str) -> list[str]:
        return [str(f.get(name, "")) for (k, _), f in fields.items() if k == kind]

    codes, sessions = values("advisee", "code"), values("reflection", "session_id")
    code_count, session_count = Counter(codes), Counter(sessions)
    taken_codes = apply_fact_queries.codes_taken(db, codes)
    reflected = apply_fact_queries.sessions_reflected(db, sessions)
    escalations = set(values("escalation_event", "escalation_id"))
    states = apply_fact_queries.escalation_states(db, sorted(escalations))
    states.update({rid: str(f.get("state")) for (k, rid), f in fields.items()
                   if k == "escalation"})
    plain: set[tuple[str, str]] = set()
    for (kind, rid), f in fields.items():
        if kind == "advisee":
            ok = f.get("code") not in taken_codes and code_count[str(f.get("code"))] == 1
        elif kind == "reflection":
            sid = str(f.get("session_id", ""))
            ok = sid not in reflected and session_count[sid] == 1
        elif kind == "escalation":
            ok = f.get("state") not in _CLOSED_STATES
        elif kind == "escalation_event":
            ok = states.get(str(f.get("escalation_id", ""))) not in _CLOSED_STATES
        else:
            ok = True
        if ok:
            plain.add((kind, rid))
    return plain


def apply_records(db: Database, change: Checked, now: str, outcome: Outcome) -> None:
    todo = [e for e in change.entries if e.content is not None and e.after is not None]
    held: dict[str, dict[str, dict[str, Any]]] = {}
    for kind in {e.kind for e in todo}:
        ids = [e.record_id for e in todo if e.kind == kind]
        held[kind] = dict(content_table.contents(db, BY_KIND[kind], ids))
    plain = set() if change.action == ERASURE_ACTION else _plain_new(db, todo, held)
    blanked = _about_erased(db, todo, held, now, outcome)
    fresh: dict[str, list[dict[str, Any]]] = {}
    for entry in todo:
        assert entry.content is not None
        if stub_apply.is_stub(entry.content):
            if stub_apply.write_stub(db, entry.kind, entry.content):
                outcome.changed.add((entry.kind, entry.record_id))
            continue
        content = blanked.get((entry.kind, entry.record_id), entry.content)
        mine = held[entry.kind].get(entry.record_id)
        if (entry.kind, entry.record_id) in plain:
            fresh.setdefault(entry.kind, []).append(content)
            outcome.changed.add((entry.kind, entry.record_id))
            continue
        _apply(db, change, entry, content, now, outcome, mine)
    for kind, rows in fresh.items():
        record_content.insert_many(db, kind, rows)
    if change.action == RESOLVED_ACTION:  # a person's decision settles these everywhere
        listed = {(e.kind, e.record_id) for e in change.entries}
        decided = change.details.get("conflicts")
        for conflict_id in decided if isinstance(decided, list) else []:
            found = conflict_queries.get(db, str(conflict_id))
            if found is not None and (found.kind, found.record_id) in listed:
                conflict_queries.resolve(db, found.id, change.author, now)


#: For each kind erased with an advisee: the field naming its parent, and the parent kind.
_PARENT = {"session": ("advisee_id", "advisee"), "agreement": ("advisee_id", "advisee"),
           "escalation": ("advisee_id", "advisee"), "reflection": ("session_id", "session"),
           "breach": ("agreement_id", "agreement"),
           "escalation_event": ("escalation_id", "escalation"),
           "disclosure": ("escalation_id", "escalation")}


def _about_erased(db: Database, todo: list[Entry], held: dict[str, dict[str, dict[str, Any]]],
                  now: str, outcome: Outcome) -> dict[tuple[str, str], dict[str, Any]]:
    """New records about an advisee erased here (made on a laptop that had not received the
    erasure): stored without their text, which is kept nowhere; erasure wins."""
    erased = apply_fact_queries.erased_advisees(db)
    if not erased:
        return {}
    batch = {(e.kind, e.record_id): e.content or {} for e in todo}

    def advisee_of(kind: str, fields: dict[str, Any]) -> str:
        while kind in _PARENT:
            name, kind = _PARENT[kind]
            rid = str(fields.get(name, ""))
            if kind == "advisee":
                return rid
            fields = batch.get((kind, rid)) or held.get(kind, {}).get(rid) or dict(
                content_table.contents(db, BY_KIND[kind], [rid])).get(rid) or {}
        return ""

    out: dict[tuple[str, str], dict[str, Any]] = {}
    for entry in todo:
        key = (entry.kind, entry.record_id)
        if (entry.kind in _PARENT and entry.content is not None
                and held[entry.kind].get(entry.record_id) is None
                and not stub_apply.is_stub(entry.content)
                and advisee_of(entry.kind, entry.content) in erased):
            text = BY_KIND[entry.kind].text_fields
            out[key] = {k: ("" if k in text else v) for k, v in entry.content.items()}
            outcome.purge.add(key)
            conflict_queries.flag(db, entry.kind, entry.record_id, RACED_ERASURE, "", now)
    return out


def _digest(kind: str, fields: dict[str, Any] | None) -> str | None:
    if fields is None:
        return None
    try:
        return record_digest(kind, fields)
    except UnreadableContent:
        return None


def _apply(db: Database, change: Checked, entry: Entry, theirs: dict[str, Any], now: str,
           outcome: Outcome, mine: dict[str, Any] | None) -> None:
    kind, rid = entry.kind, entry.record_id
    digest = _digest(kind, mine)
    if digest == entry.after:
        return
    erasure = change.action == ERASURE_ACTION and kind in ERASED_KINDS
    if mine is not None and not erasure and digest != entry.base and _erased(db, kind, mine):
        outcome.purge.add((kind, rid))  # an edit that raced an erasure: erasure wins
        conflict_queries.flag(db, kind, rid, RACED_ERASURE, "", now)
        return
    if mine is None or digest == entry.base or erasure:
        if mine is None:
            kept = _new_record(db, kind, theirs, now)
            if kept is None:
                return
            theirs = kept
        record_content.write(db, kind, theirs, mine)
        if erasure:
            outcome.erased.setdefault(kind, []).append(rid)
        outcome.changed.add((kind, rid))
        _races(db, kind, theirs, now, outcome)
        return
    base = _content_of(db, kind, rid, entry.base)
    stamp, device, seq = _mine_order(db, kind, rid, digest, change)
    ours = merge.Side(mine, stamp, device)
    result = merge.merge_record(kind, base, ours,
                                merge.Side(theirs, change.stamp, change.row.device),
                                frozenset(BY_KIND[kind].text_fields))
    record_content.write(db, kind, result.fields, mine)
    outcome.changed.add((kind, rid))
    outcome.merged += 1
    _races(db, kind, result.fields, now, outcome)
    later = max((ours, merge.Side(theirs, change.stamp, change.row.device)),
                key=merge.Side.order)
    mine_author = apply_fact_queries.author_of(db, device, seq) or ""
    earlier_author, later_author = ((change.author, mine_author) if later is ours
                                    else (mine_author, change.author))
    first, second = sorted((ours.order(), (change.stamp, change.row.device)))
    for c in result.conflicts:
        conflict_id = _conflict_id(kind, rid, c.field, c.mine, c.theirs)
        if conflict_queries.add(db, ConflictRow(
                id=conflict_id, kind=kind, record_id=rid, field=c.field,
                a_value=_text(c.mine), a_device=first[1], a_author=earlier_author,
                a_stamp=first[0], b_value=_text(c.theirs), b_device=second[1],
                b_author=later_author, b_stamp=second[0], opened_at=now)):
            outcome.conflicts += 1
    for flag in result.flags:
        conflict_queries.flag(db, kind, rid, flag, "", now)


def _races(db: Database, kind: str, fields: dict[str, Any], now: str,
           outcome: Outcome) -> None:
    reopened = escalation_races.after_write(db, kind, fields, now)
    if reopened is not None:
        outcome.changed.add(("escalation", reopened))


def _text(value: Any) -> str | None:
    return None if value is None else canonical_json(value).decode("utf-8")


def _conflict_id(kind: str, rid: str, name: str, a: Any, b: Any) -> str:
    """The same conflict gets the same id on every laptop."""
    data = canonical_json([kind, rid, name, a, b])
    return hashlib.sha256(b"peerdesk/conflict/v1\x00" + data).hexdigest()[:32]


def _mine_order(db: Database, kind: str, rid: str, digest: str | None,
                change: Checked) -> tuple[str, str, int]:
    """The clock stamp and device of the change that left this laptop's copy as it is: the
    latest change that produced its digest, else the latest change of the record held."""
    found = [c for c in apply_queries.record_changes(db, kind, rid)
             if (c.device, c.seq) != (change.row.device, change.row.seq)]
    exact = [c for c in found if c.after == digest]
    pick = (exact or found)
    if not pick:
        return ("", "", 0)
    last = max(pick, key=lambda c: (c.stamp, c.device))
    return last.stamp, last.device, last.seq


def _content_of(db: Database, kind: str, rid: str, digest: str | None) -> dict[str, Any]:
    """The record's content at ``digest`` (the version both laptops started from), or
    nothing when this laptop never held it (every field then counts as changed on both)."""
    if digest is None:
        return {}
    text = apply_queries.content_at(db, kind, rid, digest)
    if text is None:
        return {}
    loaded = json.loads(text)
    return loaded if isinstance(loaded, dict) else {}


def _erased(db: Database, kind: str, fields: dict[str, Any]) -> bool:
    if kind not in ERASED_KINDS:
        return False
    if kind == "advisee":
        return fields.get("erased_at") is not None
    return apply_fact_queries.advisee_erased(db, kind, fields)


def _new_record(db: Database, kind: str, fields: dict[str, Any],
                now: str) -> dict[str, Any] | None:
    """Two advisees with one code, or a second reflection for one session: both are kept
    and flagged for a person. A session has one reflection in a vault, so the reflection
    that arrives second stays in the change log (None: not written to the records), and
    the one held is flagged with its id; an advisee's code is unique in a vault, so the
    advisee that arrives second is kept under its code and the first letters of its id
    until the coordinator renames one."""
    rid = str(fields["id"])
    if kind == "reflection":
        others = apply_fact_queries.reflections_of_session(db, str(fields.get("session_id", "")))
        for other in others:
            conflict_queries.flag(db, kind, other, SECOND_REFLECTION, rid, now)
        if others:
            return None
    if kind == "advisee":
        holder = apply_fact_queries.advisee_with_code(db, str(fields.get("code", "")))
        if holder is not None:
            fields = {**fields, "code": f"{str(fields['code'])[:11]}~{rid[:8]}"}
            conflict_queries.flag(db, kind, holder, DUPLICATE_CODE, rid, now)
            conflict_queries.flag(db, kind, rid, DUPLICATE_CODE, holder, now)
    return fields
