"""Decisions the exchange leaves for a person, as the app shows them: conflicts (both
values, who changed what, when, on which laptop) and, for a coordinator or a supervisor,
changes set aside with the reason. Reads and the decision run on the worker thread; the
conflicts service (``ws.conflicts``) decides who may see and settle what.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from peerdesk.domain.permissions import Action, Resource
from peerdesk.errors import PeerdeskError
from peerdesk.services.change import Change
from ui import labels

translate = QCoreApplication.translate


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
    #: A text field: the person may write a new text from both (Edit).
    editable: bool = False


def kind_name(kind: str) -> str:
    names = {
        "session": translate("ConflictWords", "Session"),
        "reflection": translate("ConflictWords", "Reflection"),
        "advisee": translate("ConflictWords", "Advisee"),
        "member": translate("ConflictWords", "Member"),
        "agreement": translate("ConflictWords", "Agreement"),
        "supervision_note": translate("ConflictWords", "Supervision note"),
        "escalation": translate("ConflictWords", "Escalation"),
        "referral_resource": translate("ConflictWords", "Referral"),
    }
    return names.get(kind, kind.replace("_", " ").capitalize())


def record_label(ws: Any, kind: str, record_id: str, tz: Any) -> str:
    """``Session · PS-0012 · 3 Mar 2026``: which record, in words a person knows (best
    effort: the kind alone when the record cannot be read)."""
    name = kind_name(kind)
    try:
        if kind == "session":
            session = ws.sessions.get(record_id)
            code = ws.advisees.get(session.advisee_id).code
            return f"{name} · {code} · {labels.fmt_date(session.start, tz)}"
        if kind == "advisee":
            return f"{name} · {ws.advisees.get(record_id).code}"
    except PeerdeskError:
        pass
    return name


def _text(value: Any) -> str:
    if value is None:
        return translate("ConflictWords", "(empty)")
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def _side(side: Any, tz: Any) -> Side:
    return Side(_text(side.value), side.author or "?",
                labels.fmt_datetime(side.at, tz) if side.at else "?", side.laptop)


def may_see_set_aside(ws: Any) -> bool:
    return bool(ws.can(Action.READ, Resource.AUDIT))


def load_decisions(ws: Any) -> list[Decision]:
    """Every open conflict this person may decide, then the changes set aside."""
    tz = labels.tz_of(ws)
    out = []
    for c in ws.conflicts.open():
        what = f"{record_label(ws, c.kind, c.record_id, tz)} · {c.field.replace('_', ' ')}"
        editable = isinstance(c.mine.value, str) and isinstance(c.theirs.value, str)
        out.append(Decision(c.id, "conflict", what, _side(c.mine, tz), _side(c.theirs, tz),
                            editable=editable))
    if may_see_set_aside(ws):
        for q in ws.conflicts.quarantined():
            out.append(Decision(f"{q.laptop}:{q.seq}", "set-aside", q.action, None,
                                Side("", q.author, labels.fmt_datetime(q.at, tz), q.laptop),
                                reason=q.reason))
    return out


def decision_count(ws: Any) -> int:
    """Conflicts waiting for this person, and changes set aside for those who see them."""
    count = len(ws.conflicts.open())
    if may_see_set_aside(ws):
        count += len(ws.conflicts.quarantined())
    return count


def resolve(ws: Any, decision_id: str, keep: str, text: str | None = None) -> Change:
    """Keep ``"mine"``, ``"theirs"``, or a new ``text``; returns the ``Change`` every page
    refreshes from (the record the decision wrote)."""
    view = ws.conflicts.resolve(decision_id, text if text is not None else keep)
    return Change(str(view.kind), "resolved", (str(view.record_id),), 0)
