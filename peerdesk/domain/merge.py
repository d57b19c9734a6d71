"""The merge rules for concurrent changes made on two laptops (docs/exchange.md, "Merging").

Pure functions: given the version both laptops started from and what each made of it, say
what stands and what needs a person. Nothing here looks at clocks: a clock may order what is
shown, never decide a field, and above all never a safety field.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from peerdesk.domain.vocab import EscalationState, RiskLevel

S = EscalationState

#: How cautious each escalation state is: the higher, the more attention it still asks for.
#: Two laptops that moved one escalation from the same state to different states keep the
#: more cautious one, so a racing "resolved" or "closed" never wins by itself.
CAUTION: Mapping[EscalationState, int] = {
    S.OPEN: 7,
    S.ACKNOWLEDGED: 6,
    S.ACTION_TAKEN: 5,
    S.CONTACT_CONFIRMED: 4,
    S.MONITORING: 3,
    S.RESOLVED: 2,
    S.CLOSED: 1,
}

_LEVEL_ORDER = (RiskLevel.CONCERN, RiskLevel.MODERATE, RiskLevel.HIGH, RiskLevel.IMMINENT)


@dataclass(frozen=True)
class Conflict:
    """One field both laptops changed to different values. Both values are kept."""

    field: str
    base: Any
    mine: Any
    theirs: Any


@dataclass(frozen=True)
class FieldMerge:
    merged: dict[str, Any]
    conflicts: tuple[Conflict, ...] = ()
    #: Fields taken from the other side (the record is marked "merged" when not empty).
    taken: frozenset[str] = field(default_factory=frozenset)

    @property
    def needs_decision(self) -> bool:
        return bool(self.conflicts)


_MISSING = object()


def merge_fields(
    base: Mapping[str, Any],
    mine: Mapping[str, Any],
    theirs: Mapping[str, Any],
) -> FieldMerge:
    """Three-way merge of one record's fields.

    A field changed on one side only takes that change. A field changed on both sides to the
    same value is no conflict. A field changed on both sides to different values is a
    conflict: ``merged`` keeps *mine* until a person decides, and both values are returned.
    A long text is one field: two different edits of one summary are a conflict as a whole,
    never merged line by line, because nobody's words are spliced by a machine.
    """
    merged: dict[str, Any] = {}
    conflicts: list[Conflict] = []
    taken: set[str] = set()
    for name in sorted(set(base) | set(mine) | set(theirs)):
        b = base.get(name, _MISSING)
        m = mine.get(name, _MISSING)
        t = theirs.get(name, _MISSING)
        if m == t:
            value = m
        elif m == b:
            value = t
            taken.add(name)
        elif t == b:
            value = m
        else:
            value = m
            conflicts.append(Conflict(name, _none(b), _none(m), _none(t)))
        if value is not _MISSING:
            merged[name] = value
    return FieldMerge(merged, tuple(conflicts), frozenset(taken))


def _none(value: Any) -> Any:
    return None if value is _MISSING else value


@dataclass(frozen=True)
class StateMerge:
    state: EscalationState
    #: True when a supervisor should look: the two laptops disagreed about where it stands.
    needs_review: bool


def merge_escalation_state(
    base: EscalationState, mine: EscalationState, theirs: EscalationState
) -> StateMerge:
    """Two laptops moved one escalation from ``base``: the more cautious state stands."""
    if mine == theirs:
        return StateMerge(mine, False)
    if mine == base:
        return StateMerge(theirs, False)
    if theirs == base:
        return StateMerge(mine, False)
    cautious = mine if CAUTION[mine] >= CAUTION[theirs] else theirs
    return StateMerge(cautious, True)


def closure_racing_event(state_after_closure: EscalationState) -> EscalationState:
    """A closure (or resolution) that raced a new event on another laptop is reopened."""
    if state_after_closure in (S.RESOLVED, S.CLOSED):
        return S.MONITORING
    return state_after_closure


def higher_level(a: RiskLevel, b: RiskLevel) -> RiskLevel:
    return a if _LEVEL_ORDER.index(a) >= _LEVEL_ORDER.index(b) else b


def earlier_deadline(a: datetime | None, b: datetime | None) -> datetime | None:
    if a is None or b is None:
        return a or b
    return min(a, b)


# -- whole records ----------------------------------------------------------------------------
#: Fields every record has that say who changed it last; never a conflict by themselves.
_META = ("updated_at", "updated_by", "version")
_TOMBSTONE = ("deleted_at", "deleted_by")
#: Flags a merge leaves on a record for a person (stored with the record, docs/exchange.md).
MERGED = "merged"
DELETE_RACED = "delete_raced"
REVIEW = "supervisor_review"


@dataclass(frozen=True)
class Side:
    """One laptop's version of a record, with the change that made it (its clock stamp
    and device), so ties are decided the same way on every laptop, whatever the order in
    which changes arrive."""

    fields: Mapping[str, Any]
    stamp: str
    device: str

    def order(self) -> tuple[str, str]:
        return (self.stamp, self.device)


@dataclass(frozen=True)
class RecordMerge:
    fields: dict[str, Any]
    #: (field, value of the earlier side, value of the later side); the later one is shown.
    conflicts: tuple[Conflict, ...]
    flags: tuple[str, ...]


def merge_record(kind: str, base: Mapping[str, Any], one: Side, other: Side,
                 text_fields: frozenset[str]) -> RecordMerge:
    """Three-way merge of a record two laptops changed from ``base``; symmetric in ``one``
    and ``other``. A conflict shows the value of the later side (clock stamp, then device)
    until a person decides; the ``Conflict`` keeps ``mine`` = the earlier side's value and
    ``theirs`` = the later side's."""
    first, second = sorted((one, other), key=Side.order)
    a, b = dict(first.fields), dict(second.fields)
    skip = set(_META) | set(_TOMBSTONE)
    if kind == "escalation":
        skip |= {"state", "level", "ack_due", "acknowledged_at", "closed_at"}
    plain = merge_fields({k: v for k, v in base.items() if k not in skip},
                         {k: v for k, v in a.items() if k not in skip},
                         {k: v for k, v in b.items() if k not in skip})
    merged = dict(plain.merged)
    conflicts = list(plain.conflicts)
    for c in conflicts:  # the later side's value is shown until someone decides
        _put(merged, c.field, b.get(c.field, _MISSING))
    conflicts.extend(_both_edited_text(base, a, b, text_fields, {c.field for c in conflicts}))
    for c in conflicts:
        _put(merged, c.field, b.get(c.field, _MISSING))
    flags: set[str] = set()
    decided = {c.field for c in conflicts}
    if _changed(base, a, decided) and _changed(base, b, decided):
        flags.add(MERGED)  # each laptop's own edits both stand
    _merge_tombstone(base, a, b, merged, flags)
    if kind == "escalation":
        _merge_escalation(base, a, b, merged, flags)
    for name in ("updated_at", "updated_by"):
        _put(merged, name, b.get(name, _MISSING))
    merged["version"] = max(int(a.get("version", 1)), int(b.get("version", 1))) + 1
    return RecordMerge(merged, tuple(sorted(conflicts, key=lambda c: c.field)),
                       tuple(sorted(flags)))


def _put(target: dict[str, Any], name: str, value: Any) -> None:
    if value is _MISSING or value is None:
        target.pop(name, None)
    else:
        target[name] = value


def _both_edited_text(base: Mapping[str, Any], a: Mapping[str, Any], b: Mapping[str, Any],
                      text: frozenset[str], known: set[str]) -> list[Conflict]:
    """Long text edited on both laptops, even in different fields, is for a person: a note
    is read as a whole, and two people rewriting it at once may contradict each other."""
    in_a = {f for f in text if a.get(f) != base.get(f)}
    in_b = {f for f in text if b.get(f) != base.get(f)}
    if not in_a or not in_b:
        return []
    return [Conflict(f, base.get(f), a.get(f), b.get(f)) for f in sorted(in_a | in_b)
            if f not in known and a.get(f) != b.get(f)]


def _merge_tombstone(base: Mapping[str, Any], a: Mapping[str, Any], b: Mapping[str, Any],
                     merged: dict[str, Any], flags: set[str]) -> None:
    """An edit racing a delete: the edit wins and the delete is flagged for a person."""
    gone_a, gone_b = a.get("deleted_at") is not None, b.get("deleted_at") is not None
    if gone_a == gone_b:
        source = b if gone_b else base
        for name in _TOMBSTONE:
            _put(merged, name, source.get(name) if gone_b else None)
        return
    deleted, other = (a, b) if gone_a else (b, a)
    ignored = set(_META) | set(_TOMBSTONE)
    edited = any(other.get(k) != base.get(k) for k in set(other) | set(base)
                 if k not in ignored)
    for name in _TOMBSTONE:
        _put(merged, name, None if edited else deleted.get(name))
    if edited:
        flags.add(DELETE_RACED)


def _merge_escalation(base: Mapping[str, Any], a: Mapping[str, Any], b: Mapping[str, Any],
                      merged: dict[str, Any], flags: set[str]) -> None:
    """The more cautious state, the higher level and the earlier deadline stand; two
    different transitions from one state ask for a supervisor's review."""
    states = [EscalationState(str(x.get("state", "open"))) for x in (base, a, b)]
    result = merge_escalation_state(*states)
    state = result.state
    if result.needs_review:
        flags.add(REVIEW)
    if state in (S.RESOLVED, S.CLOSED):
        other = b if states[1] == state else a
        if str(other.get("state")) != state.value and _changed(base, other):
            state = closure_racing_event(state)  # the other laptop was still working on it
            flags.add(REVIEW)
    merged["state"] = state.value
    levels = [RiskLevel(str(x["level"])) for x in (a, b) if "level" in x]
    if levels:
        merged["level"] = (higher_level(*levels) if len(levels) == 2 else levels[0]).value
    dues = [str(x["ack_due"]) for x in (a, b) if x.get("ack_due") is not None]
    _put(merged, "ack_due", min(dues) if dues else None)
    acks = [str(x["acknowledged_at"]) for x in (a, b) if x.get("acknowledged_at") is not None]
    _put(merged, "acknowledged_at", min(acks) if acks else None)
    closes = [str(x["closed_at"]) for x in (a, b) if x.get("closed_at") is not None]
    _put(merged, "closed_at", max(closes) if state is S.CLOSED and closes else None)


def _changed(base: Mapping[str, Any], side: Mapping[str, Any],
             leave: frozenset[str] | set[str] = frozenset()) -> bool:
    """Whether a side changed anything but who-and-when (and the fields in ``leave``)."""
    return any(side.get(k) != base.get(k) for k in set(side) | set(base)
               if k not in _META and k not in leave)
