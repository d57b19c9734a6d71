"""Decisions the exchange leaves for a person, as the app shows them: conflicts (both
values, who changed what, when, on which laptop); for a coordinator or a supervisor,
changes set aside with the reason; and what the merges settled that a person should look at
(flags, routed by role in the conflicts service), with "Mark as looked at". Reads and the
decision run on the worker thread; the conflicts service (``ws.conflicts``) decides who may
see and settle what.
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


@dataclass(frozen=True)
class FlagItem:
    """Something a merge settled on its own that a person should look at."""

    kind: str
    record_id: str
    flag: str
    what: str  # the record, in words ("Session · PS-0012 · 3 Mar 2026")
    why: str  # what happened, in words
    detail: str = ""  # the other record involved, in words, when there is one
    decision: bool = False  # a supervisor's review: counted as a decision

    @property
    def id(self) -> str:
        return f"{self.kind}:{self.record_id}:{self.flag}"


def flag_reason(flag: str) -> str:
    """What a merge flag means, in the person's words."""
    reasons = {
        "merged": translate("ConflictWords", "Changed on two laptops; both changes kept"),
        "delete_raced": translate("ConflictWords", "Deleted on one laptop while edited on "
                                                   "another; kept. Delete it again if meant."),
        "supervisor_review": translate("ConflictWords", "Escalation kept in the more "
                                                        "cautious state; a supervisor reviews "
                                                        "it"),
        "duplicate_code": translate("ConflictWords", "The same advisee code on two laptops; "
                                                     "rename one"),
        "second_reflection": translate("ConflictWords", "A second reflection for the same "
                                                        "session; both kept"),
        "raced_erasure": translate("ConflictWords", "Changed on another laptop while the "
                                                    "advisee was erased; erased"),
    }
    return reasons.get(flag, translate("ConflictWords", "Settled automatically"))


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
        if kind == "reflection":
            session = ws.sessions.get(ws.reflections.get(record_id).session_id)
            code = ws.advisees.get(session.advisee_id).code
            return f"{name} · {code} · {labels.fmt_date(session.start, tz)}"
        if kind == "escalation":
            esc = ws.escalations.get(record_id).escalation
            code = ws.advisees.get(esc.advisee_id).code
            return f"{name} · {code} · {labels.fmt_date(esc.raised_at, tz)}"
        if kind == "agreement":
            code = ws.advisees.get(ws.agreements.get(record_id).advisee_id).code
            return f"{name} · {code}"
    except PeerdeskError:
        pass
    return name


def field_name(kind: str, field: str) -> str:
    """A record's field as its form names it, in the person's language (the core's field
    labels through ``ui.language.term``); the field's key in words when no form names it."""
    from peerdesk.domain import validate_people, validate_practice, validate_risk
    from ui.language import term

    specs = {
        "member": validate_people.MEMBER_FIELDS, "advisee": validate_people.ADVISEE_FIELDS,
        "session": validate_practice.SESSION_FIELDS,
        "reflection": validate_practice.REFLECTION_FIELDS,
        "agreement": validate_practice.AGREEMENT_FIELDS,
        "supervision_note": validate_practice.SUPERVISION_FIELDS,
        "escalation": validate_risk.ESCALATION_FIELDS,
        "referral_resource": validate_risk.RESOURCE_FIELDS,
    }.get(kind, ())
    label = next((spec.label for spec in specs if spec.name == field), "")
    return term(label) if label else field.replace("_", " ")


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
        what = f"{record_label(ws, c.kind, c.record_id, tz)} · {field_name(c.kind, c.field)}"
        editable = isinstance(c.mine.value, str) and isinstance(c.theirs.value, str)
        out.append(Decision(c.id, "conflict", what, _side(c.mine, tz), _side(c.theirs, tz),
                            editable=editable))
    if may_see_set_aside(ws):
        for q in ws.conflicts.quarantined():
            out.append(Decision(f"{q.laptop}:{q.seq}", "set-aside", q.action, None,
                                Side("", q.author, labels.fmt_datetime(q.at, tz), q.laptop),
                                reason=q.reason))
    return out


def load_flags(ws: Any) -> list[FlagItem]:
    """What the merges settled that this person should look at (routed by role)."""
    tz = labels.tz_of(ws)
    out = []
    for f in ws.conflicts.to_look_at():
        detail = ""
        if f.flag == "duplicate_code" and f.detail:  # the other advisee's code
            other = record_label(ws, "advisee", f.detail, tz).split(" · ", 1)
            if len(other) == 2:
                detail = translate("ConflictWords", "The other: %1").replace("%1", other[1])
        out.append(FlagItem(f.kind, f.record_id, f.flag, record_label(ws, f.kind,
                                                                      f.record_id, tz),
                            flag_reason(f.flag), detail, f.is_decision))
    return out


def load_queue(ws: Any) -> tuple[list[Decision], list[FlagItem]]:
    """The decisions queue: decisions, then what to have a look at."""
    return load_decisions(ws), load_flags(ws)


def clear_flag(ws: Any, item: FlagItem) -> Change:
    """Mark a flag as looked at (audited); returns the ``Change`` pages refresh from."""
    ws.conflicts.clear_flag(item.kind, item.record_id, item.flag)
    return Change(item.kind, "flag-cleared", (item.record_id,), 0)


def decision_count(ws: Any) -> int:
    """Conflicts waiting for this person, changes set aside for those who see them, and a
    supervisor's reviews of escalations the merge kept in the cautious state."""
    count = len(ws.conflicts.open())
    if may_see_set_aside(ws):
        count += len(ws.conflicts.quarantined())
        count += sum(1 for f in ws.conflicts.to_look_at() if f.is_decision)
    return count


def resolve(ws: Any, decision_id: str, keep: str, text: str | None = None) -> Change:
    """Keep ``"mine"``, ``"theirs"``, or a new ``text``; returns the ``Change`` every page
    refreshes from (the record the decision wrote)."""
    view = ws.conflicts.resolve(decision_id, text if text is not None else keep)
    return Change(str(view.kind), "resolved", (str(view.record_id),), 0)
