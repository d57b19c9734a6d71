"""Words and times as people read them: closed vocabularies in plain language, UTC in the
group's time zone.

Stored values (``in_person``, ``keep_records`` …) never reach the screen; people see these
labels. Pure helpers (no vault access). Times are stored in UTC and shown in the group's
time zone (``ws.timezone``): :func:`fmt_datetime` gives ``Tue 3 Mar 2026, 14:30`` and the
shorter :func:`when` ``03 Mar 2026, 14:30``; :func:`fmt_date` / :func:`day` give the date.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from peerdesk.domain.vocab import (
    AdviseeStatus,
    ChallengeTag,
    Channel,
    ConsentScope,
    Role,
    SupervisionRequest,
)

CHANNEL_LABELS: dict[str, str] = {
    Channel.PHONE: "Phone",
    Channel.VIDEO: "Video",
    Channel.IN_PERSON: "In person",
    Channel.CHAT: "Chat",
}
STATUS_LABELS: dict[str, str] = {
    AdviseeStatus.ACTIVE: "Active",
    AdviseeStatus.PAUSED: "Paused",
    AdviseeStatus.CLOSED: "Closed",
}
CONSENT_LABELS: dict[str, str] = {
    ConsentScope.KEEP_RECORDS: "Keep records",
    ConsentScope.CONTACT_FOLLOWUP: "Contact for follow-up",
    ConsentScope.SHARE_WITH_SUPERVISOR: "Share with supervisor",
}
ROLE_LABELS: dict[str, str] = {
    Role.COORDINATOR: "Coordinator",
    Role.ADVISOR: "Advisor",
    Role.SUPERVISOR: "Supervisor",
}
#: DESIGN §2, in the advisor's own words.
CHALLENGE_LABELS: dict[str, str] = {
    ChallengeTag.UNSURE_WHAT_TO_SAY: "I was unsure what to say",
    ChallengeTag.AFRAID_SUGGESTION_WRONG: "I am afraid a suggestion I made was wrong",
    ChallengeTag.OUT_OF_DEPTH: "I felt out of my depth / I need training",
    ChallengeTag.BOUNDARY_CONCERN: "I have a boundary concern",
    ChallengeTag.POWER_IMBALANCE: "I noticed a power imbalance",
    ChallengeTag.RELYING_ON_ME: "The advisee is relying on me too much",
    ChallengeTag.WORRIED_ABOUT_SAFETY: "I am worried about the advisee's safety",
}
REQUEST_LABELS: dict[str, str] = {
    SupervisionRequest.NONE: "None",
    SupervisionRequest.ROUTINE: "Routine",
    SupervisionRequest.URGENT: "Urgent",
}
CONFIDENCE_LABELS: dict[int, str] = {
    1: "1 – not at all confident",
    2: "2 – a little confident",
    3: "3 – fairly confident",
    4: "4 – confident",
    5: "5 – very confident",
}
WELLBEING_LABELS: dict[int, str] = {
    1: "1 – I am struggling",
    2: "2 – low",
    3: "3 – okay",
    4: "4 – good",
    5: "5 – very good",
}


LEVELS = {
    "concern": "Concern",
    "moderate": "Moderate",
    "high": "High",
    "imminent": "Imminent",
}
LEVEL_HELP = {
    "concern": "Something worries you, no immediate danger.",
    "moderate": "A real risk that needs a plan soon.",
    "high": "Serious risk; someone must act today.",
    "imminent": "Danger right now; act first (call emergency services), record after.",
}
CATEGORIES = {
    "self_harm_or_suicidal": "Self-harm or suicidal thoughts",
    "harm_to_others": "Harm to others",
    "abuse_safeguarding": "Abuse or safeguarding",
    "medical": "Medical",
    "other": "Other",
}
STATES = {
    "open": "Open",
    "acknowledged": "Acknowledged",
    "action_taken": "Action taken",
    "contact_confirmed": "Contact confirmed",
    "monitoring": "Monitoring",
    "resolved": "Resolved",
    "closed": "Closed",
}
#: Button text for moving an escalation into a state.
STATE_VERBS = {
    "acknowledged": "Acknowledge",
    "action_taken": "Record action taken…",
    "contact_confirmed": "Contact confirmed",
    "monitoring": "Move to monitoring",
    "resolved": "Mark resolved",
    "closed": "Close escalation",
}
ACTION_TYPES = {
    "support_plan": "Support plan agreed",
    "trusted_contact": "Trusted contact informed",
    "referral": "Referral made",
    "emergency_services": "Emergency services called",
}
WEEKDAYS = {
    "mon": "Mon", "tue": "Tue", "wed": "Wed", "thu": "Thu", "fri": "Fri", "sat": "Sat",
    "sun": "Sun",
}
CLAUSES = {
    "confidentiality_limits": (
        "Confidentiality and its limits: what is said stays in the group, except when "
        "someone is in danger."
    ),
    "crisis_plan": "Crisis plan: what we both do if you are in crisis, and who to call.",
    "no_dual_relationships": (
        "No other relationship: no friendship, business or social-media contact outside "
        "these sessions."
    ),
    "no_gifts_or_money": "No gifts or money in either direction.",
    "not_professional_service": (
        "This is peer support, not therapy or medical care; I will help you find "
        "professional help if you need it."
    ),
    "planned_ending": "Planned ending: we agree together how and when our sessions end.",
}
AGREEMENT_STATUS = {
    "draft": "Draft", "active": "Active", "under_review": "Under review", "ended": "Ended",
}
ACK_METHODS = {
    "signed_paper": "Signed on paper",
    "verbal_in_person": "Said yes in person",
    "verbal_phone": "Said yes on the phone",
    "written_message": "Agreed in a written message",
    "other": "Other",
}
BREACH_KINDS = {
    "over_monthly_cap": "More sessions than agreed",
    "outside_contact_hours": "Contact outside agreed hours",
    "channel_not_agreed": "Channel not agreed",
    "session_too_long": "Session too long",
    "dual_relationship": "Dual relationship",
    "gifts_or_money": "Gifts or money",
    "confidentiality": "Confidentiality",
    "other": "Other",
}
FORMATS = {"one_to_one": "One-to-one", "group": "Group"}



def label(mapping: dict[Any, str], value: object) -> str:
    """The label of ``value`` (an enum member or its stored string), or the value itself."""
    if value is None:
        return ""
    key = getattr(value, "value", value)
    if key in mapping:
        return mapping[key]
    return mapping.get(str(key), str(key).replace("_", " ").capitalize())


def labels(mapping: dict[Any, str], values: Iterable[object]) -> str:
    return ", ".join(sorted(label(mapping, v) for v in values))


def zone(name: str | None) -> tzinfo:
    """The group's time zone, or UTC when the name is unknown."""
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


def to_datetime(value: datetime | str | None) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        moment = value
    else:
        try:
            moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        except ValueError:
            return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def fmt_datetime(value: datetime | str | None, tz: tzinfo) -> str:
    """``Tue 3 Mar 2026, 14:30`` in ``tz``; empty for no value."""
    moment = to_datetime(value)
    if moment is None:
        return ""
    local = moment.astimezone(tz)
    return f"{local:%a} {local.day} {local:%b %Y, %H:%M}"


def fmt_date(value: date | datetime | str | None, tz: tzinfo | None = None) -> str:
    """``3 Mar 2026``; a datetime is first moved into ``tz``."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)
        except ValueError:
            return str(value)
    if isinstance(value, datetime):
        moment = value if value.tzinfo else value.replace(tzinfo=UTC)
        value = moment.astimezone(tz or UTC).date()
    return f"{value.day} {value:%b %Y}"


def fmt_minutes(minutes: int | None) -> str:
    if minutes is None:
        return ""
    if minutes < 60:
        return f"{minutes} min"
    hours, rest = divmod(minutes, 60)
    return f"{hours} h {rest} min" if rest else f"{hours} h"


def fmt_value(value: object, tz: tzinfo) -> str:
    """Any stored field value (from a history snapshot) as one line of plain text."""
    if value is None or value == "" or value == [] or value == ():
        return "—"
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, datetime):
        return fmt_datetime(value, tz)
    if isinstance(value, date):
        return fmt_date(value)
    if isinstance(value, str):
        if len(value) >= 16 and value[4:5] == "-" and value[10:11] == "T":
            shown = fmt_datetime(value, tz)
            if shown:
                return shown
        if len(value) == 10 and value[4:5] == "-" and value[7:8] == "-":
            return fmt_date(value)
        return value
    if isinstance(value, dict):
        return "; ".join(f"{k}: {fmt_value(v, tz)}" for k, v in value.items())
    if isinstance(value, (list, tuple, set, frozenset)):
        return ", ".join(fmt_value(v, tz) for v in value)
    return str(value)


def tz_of(ws: Any) -> tzinfo:
    ctx = getattr(ws, "ctx", None)
    found = getattr(ctx, "tz", None)
    if isinstance(found, tzinfo):
        return found
    return zone(str(getattr(ws, "timezone", "UTC") or "UTC"))


def when(value: Any, tz: tzinfo) -> str:
    """``12 Oct 2025, 14:05`` in the group's zone; empty for nothing."""
    dt = to_datetime(value)
    return "" if dt is None else dt.astimezone(tz).strftime("%d %b %Y, %H:%M")


def day(value: Any) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.strftime("%d %b %Y")
    try:
        return date.fromisoformat(str(value)[:10]).strftime("%d %b %Y")
    except ValueError:
        return str(value)


def now_of(ws: Any) -> datetime:
    ctx = getattr(ws, "ctx", None)
    now = ctx.now() if ctx is not None and hasattr(ctx, "now") else datetime.now(UTC)
    return now


def due_in(due: Any, now: datetime, *, shout: bool = False) -> str:
    """A deadline in hours and days: ``in 3 h``, ``in 2 days 4 h``, ``2 days 4 h overdue``
    (``OVERDUE`` with ``shout``). The one wording of deadlines: lists, Home and details."""
    dt = to_datetime(due)
    if dt is None:
        return ""
    seconds = (dt - now).total_seconds()
    span = span_text(int(abs(seconds) // 60))
    if seconds >= 0:
        return f"in {span}"
    return f"{span} {'OVERDUE' if shout else 'overdue'}"


def span_text(minutes: int) -> str:
    """``25 min``, ``1 h 30 min``, ``5 h``, ``30 h``, ``2 days 4 h``: hours up to two days
    (a day's deadline reads ``24 h``), days beyond; never raw minutes past the hour."""
    minutes = max(minutes, 1)
    if minutes < 60:
        return f"{minutes} min"
    hours, rest = divmod(minutes, 60)
    if hours < 48:
        return f"{hours} h {rest} min" if rest and hours < 3 else f"{hours} h"
    days, hours = divmod(hours, 24)
    day_text = "1 day" if days == 1 else f"{days} days"
    return f"{day_text} {hours} h" if hours else day_text


def ack_explanation(minutes_by_level: dict[str, int] | None = None) -> dict[str, str]:
    """Each level's plain help plus its acknowledgement deadline."""
    mins = minutes_by_level or {
        "imminent": 60, "high": 24 * 60, "moderate": 72 * 60, "concern": 7 * 24 * 60,
    }
    out = {}
    for level, help_text in LEVEL_HELP.items():
        out[level] = f"{help_text} Must be acknowledged within {span_text(mins[level])}."
    return out


#: The older name of :func:`to_datetime` (``ui/pages/reports.py`` uses it).
to_dt = to_datetime
