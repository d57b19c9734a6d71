"""Decisions the exchange leaves for a person, as the app shows them: conflicts (both
values, who changed what, when, on which laptop) and, for a coordinator, changes set aside
with the reason. Reads and the decision itself run on the worker thread; the conflicts
service (``ws.conflicts``) enforces who may decide.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Side:
    value: str
    who: str
    when: str
    laptop: str


@dataclass(frozen=True)
class Decision:
    id: str
    kind: str  # "conflict" or "set-aside"
    what: str  # the record and field, in words
    mine: Side | None
    theirs: Side | None
    reason: str = ""
    long_text: bool = False


def _side(raw: Any) -> Side:
    return Side(str(getattr(raw, "value", "") or ""), str(getattr(raw, "who", "") or ""),
                str(getattr(raw, "when", "") or ""), str(getattr(raw, "laptop", "") or ""))


def load_decisions(ws: Any) -> list[Decision]:
    """Every open conflict this person may decide, then the changes set aside (for a
    coordinator)."""
    conflicts = ws.conflicts
    out = [Decision(str(c.id), "conflict", str(c.what), _side(c.mine), _side(c.theirs),
                    long_text=bool(getattr(c, "long_text", False)))
           for c in conflicts.open_conflicts()]
    out += [Decision(str(q.id), "set-aside", str(q.what), None,
                     Side("", str(q.who), str(q.when), str(q.laptop)), reason=str(q.reason))
            for q in conflicts.set_aside()]
    return out


def resolve(ws: Any, decision_id: str, keep: str, text: str | None = None) -> Any:
    """Keep ``"mine"``, ``"theirs"``, or a new ``text``; returns the write's ``Change``."""
    if text is not None:
        return ws.conflicts.resolve(decision_id, text=text)
    return ws.conflicts.resolve(decision_id, keep=keep)
