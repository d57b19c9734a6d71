"""Words and times as people read them: enum values in plain language, UTC in local time.

Pure helpers (no vault access). Times stored as ISO UTC strings or aware datetimes are
shown in the group's time zone (``ws.timezone``) as ``12 Oct 2025, 14:05``.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

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
CHANNELS = {"phone": "Phone", "video": "Video", "in_person": "In person", "chat": "Chat"}
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
REQUESTS = {"urgent": "Urgent", "routine": "Routine", "none": "None"}


def label(table: dict[str, str], value: Any) -> str:
    key = getattr(value, "value", value)
    return table.get(str(key), str(key).replace("_", " ").capitalize())


def tz_of(ws: Any) -> tzinfo:
    ctx = getattr(ws, "ctx", None)
    found = getattr(ctx, "tz", None)
    if isinstance(found, tzinfo):
        return found
    try:
        return ZoneInfo(str(getattr(ws, "timezone", "UTC") or "UTC"))
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


def to_dt(value: Any) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    try:
        dt = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def when(value: Any, tz: tzinfo) -> str:
    """``12 Oct 2025, 14:05`` in the group's zone; empty for nothing."""
    dt = to_dt(value)
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


def due_in(due: Any, now: datetime) -> str:
    """``overdue by 3 h`` / ``due in 2 days`` — for deadlines."""
    dt = to_dt(due)
    if dt is None:
        return ""
    seconds = (dt - now).total_seconds()
    span = _span(abs(seconds))
    return f"overdue by {span}" if seconds < 0 else f"due in {span}"


def _span(seconds: float) -> str:
    minutes = int(seconds // 60)
    if minutes < 60:
        return f"{max(minutes, 1)} min"
    hours = minutes // 60
    if hours < 48:
        return f"{hours} h"
    return f"{hours // 24} days"


def ack_explanation(minutes_by_level: dict[str, int] | None = None) -> dict[str, str]:
    """Each level's plain help plus its acknowledgement deadline."""
    mins = minutes_by_level or {
        "imminent": 60, "high": 24 * 60, "moderate": 72 * 60, "concern": 7 * 24 * 60,
    }
    out = {}
    for level, help_text in LEVEL_HELP.items():
        out[level] = f"{help_text} Must be acknowledged within {_duration(mins[level])}."
    return out


def _duration(minutes: int) -> str:
    if minutes % (24 * 60) == 0 and minutes >= 24 * 60 * 2:
        return f"{minutes // (24 * 60)} days"
    if minutes % 60 == 0:
        h = minutes // 60
        return "1 hour" if h == 1 else f"{h} hours"
    return f"{minutes} minutes"
