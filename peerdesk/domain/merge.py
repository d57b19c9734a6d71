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
