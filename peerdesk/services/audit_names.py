"""What an audit event's record is, as facts, and the one English wording of them.

The service names each event's record by what it is (an advisee's code, a session's local
day, a member's display name), never by an id or note text. It hands the facts over as a
:class:`RecordName`; whoever shows them composes the words in its own language: the
desktop app in the interface's language (ui/pages/audit_words.py), everything in English
through :func:`english` ("Session · PS-0142 · 12 Nov 2026", "Login of Asha"). The day is
a :class:`~datetime.date` in the group's time zone, so a wording never depends on the
machine's locale: month names come from a fixed list, never from ``strftime``. Which
facts name which kind of record is decided once, by :func:`pieces`; each language only
words the pieces.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from typing import Literal

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


#: What a piece of a record's name is: the kind's noun ("Session"), a value shown as
#: stored (a code, a display name, a referral's name), the erased advisee in place of a
#: code, the word "erased" for an advisee, a day, the session of a day, the other party,
#: a report's kind, the login of a member.
PieceKind = Literal["noun", "as_stored", "erased_advisee", "erased", "day", "session_of",
                    "with", "report_kind", "login_of"]


@dataclass(frozen=True)
class Piece:
    what: PieceKind
    text: str = ""  # the kind's key, a code, a name or a report's kind
    day: date | None = None


def pieces(name: RecordName) -> list[Piece]:
    """The pieces a record's name is made of, in order; shown joined by " · " and followed
    by "(deleted)" when the record is deleted. The one rule of which facts name which kind
    of record, for every language."""
    kind, label, day = name.kind, name.label, name.day
    noun = Piece("noun", kind)
    code = (Piece("as_stored", label) if label else
            Piece("erased_advisee") if name.erased else None)
    dated = None if day is None else Piece("day", day=day)
    parts: list[Piece | None]
    if kind == "reflection":
        parts = [noun, code, None if day is None else Piece("session_of", day=day)]
    elif kind in {"session", "breach", "escalation"}:
        parts = [noun, code, dated]
    elif kind == "agreement":
        parts = [noun, code, Piece("with", name.party) if name.party else None]
    elif kind == "advisee":
        parts = [noun, Piece("as_stored", label) if label else
                 Piece("erased") if name.erased else None]
    elif kind == "supervision_note":
        parts = [noun, dated]
    elif kind == "issued_report":
        parts = [noun, Piece("report_kind", label) if label else None, dated]
    elif kind == "account":
        parts = [Piece("login_of", label) if label else noun]
    else:
        parts = [noun, Piece("as_stored", label) if label else None]
    return [p for p in parts if p is not None]


def _english(piece: Piece) -> str:
    what, text = piece.what, piece.text
    if what == "noun":
        return KIND_NOUN.get(text, text)
    if what == "erased_advisee":
        return "an erased advisee"
    if what == "erased":
        return "erased"
    if what == "day":
        return english_day(piece.day)
    if what == "session_of":
        return f"session of {english_day(piece.day)}"
    if what == "with":
        return f"with {text}"
    if what == "report_kind":
        return text.replace("_", " ")
    if what == "login_of":
        return f"Login of {text}"
    return text


def english(name: RecordName) -> str:
    """The record in English words: "Session · PS-0142 · 12 Nov 2026"."""
    text = " · ".join(_english(p) for p in pieces(name))
    return f"{text} (deleted)" if name.deleted else text
