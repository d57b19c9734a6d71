"""What an audit event's record is, as facts, and the one English wording of them.

The service names each event's record by what it is (an advisee's code, a session's local
day, a member's display name), never by an id or note text. It hands the facts over as a
:class:`RecordName`; whoever shows them composes the words in its own language: the
desktop app in the interface's language (ui/pages/audit_words.py), everything in English
through :func:`english` ("Session · PS-0142 · 12 Nov 2026", "Login of Asha"). The day is
a :class:`~datetime.date` in the group's time zone, so a wording never depends on the
machine's locale: month names come from a fixed list, never from ``strftime``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from peerdesk.i18n.dates import MONTHS
from peerdesk.storage.audit_queries import RecordFacts

#: Kinds of record whose first fact is an advisee's code (missing once the advisee is
#: erased).
CODED = frozenset({"advisee", "session", "reflection", "agreement", "breach", "escalation"})
#: Kinds of record whose second fact is a day (an ISO date or a UTC time).
DATED = frozenset({"session", "reflection", "breach", "escalation", "supervision_note",
                   "issued_report"})

#: The English noun of each kind of record; a kind not listed is named by its key.
KIND_NOUN: dict[str, str] = {
    "advisee": "Advisee", "session": "Session", "reflection": "Reflection",
    "agreement": "Agreement", "breach": "Breach", "escalation": "Escalation",
    "supervision_note": "Supervision note", "member": "Member", "account": "Login",
    "referral_resource": "Referral", "issued_report": "Report", "vault": "The vault",
    "settings": "Settings",
}


@dataclass(frozen=True)
class RecordName:
    """The facts that name one record; empty facts when the reader may not know the
    record exists or it is gone (then only the kind is named)."""

    kind: str  # the event's target kind ("session", "account", "vault"…)
    #: An advisee's code, a display name, a referral's name or a report's kind; "" if none.
    label: str = ""
    day: date | None = None  # the record's day, local to the group
    party: str = ""  # the other party: an agreement's advisor
    deleted: bool = False
    erased: bool = False  # the advisee it is about was erased: no code is left


def record_name(kind: str, facts: RecordFacts | None, tz: tzinfo) -> RecordName:
    """The naming facts of one record from what storage found (``None``: nothing)."""
    if facts is None:
        return RecordName(kind)
    label = facts.first or ""
    dated = kind in DATED
    return RecordName(
        kind=kind, label=label, day=local_day(facts.second, tz) if dated else None,
        party="" if dated else facts.second or "", deleted=facts.deleted,
        erased=kind in CODED and not label)


def local_day(value: str | None, tz: tzinfo) -> date | None:
    """An ISO date as it is, or a UTC time as the group's local day."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is not None and len(value) > 10:
        moment = moment.astimezone(tz)
    return moment.date()


def english_day(day: date | None) -> str:
    """"12 Nov 2026" whatever the machine's locale ("" without a day)."""
    return "" if day is None else f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def english(name: RecordName) -> str:
    """The record in English words: "Session · PS-0142 · 12 Nov 2026"."""
    kind = name.kind
    noun = KIND_NOUN.get(kind, kind)
    who = name.label or ("an erased advisee" if name.erased else "")
    when = english_day(name.day)
    if kind == "reflection":
        parts = [noun, who, f"session of {when}" if when else ""]
    elif kind in {"session", "breach", "escalation"}:
        parts = [noun, who, when]
    elif kind == "agreement":
        parts = [noun, who, f"with {name.party}" if name.party else ""]
    elif kind == "advisee":
        parts = [noun, name.label or ("erased" if name.erased else "")]
    elif kind == "supervision_note":
        parts = [noun, when]
    elif kind == "issued_report":
        parts = [noun, name.label.replace("_", " "), when]
    elif kind == "account":
        parts = [f"Login of {name.label}" if name.label else noun]
    else:
        parts = [noun, name.label]
    text = " · ".join(p for p in parts if p)
    return f"{text} (deleted)" if name.deleted else text
