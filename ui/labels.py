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

from peerdesk.domain.counting import count
from peerdesk.domain.wording import (
    ACK_METHODS,
    ACTION_TYPES,
    AGREEMENT_STATUS,
    BREACH_KINDS,
    CATEGORIES,
    CHALLENGE_LABELS,
    CHANNEL_LABELS,
    CLAUSES,
    CONFIDENCE_LABELS,
    CONSENT_LABELS,
    FORMATS,
    LEVEL_HELP,
    LEVELS,
    REQUEST_LABELS,
    REQUEST_PHRASES,
    ROLE_LABELS,
    STATE_VERBS,
    STATES,
    STATUS_LABELS,
    WEEKDAYS,
    WELLBEING_LABELS,
)

#: The app reads every vocabulary's words from here (peerdesk/domain/wording.py).
__all__ = [
    "ACK_METHODS",
    "ACTION_TYPES",
    "AGREEMENT_STATUS",
    "BREACH_KINDS",
    "CATEGORIES",
    "CHALLENGE_LABELS",
    "CHANNEL_LABELS",
    "CLAUSES",
    "CONFIDENCE_LABELS",
    "CONSENT_LABELS",
    "FORMATS",
    "LEVELS",
    "LEVEL_HELP",
    "REQUEST_LABELS",
    "REQUEST_PHRASES",
    "ROLE_LABELS",
    "STATES",
    "STATE_VERBS",
    "STATUS_LABELS",
    "WEEKDAYS",
    "WELLBEING_LABELS",
]


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


def action_due_words(due: date | None, today: date) -> str:
    """"overdue since 13 Sep 2025", "due today" or "no due date" for a supervision action."""
    if due is None:
        return "no due date"
    if due < today:
        return f"OVERDUE since {day(due)}"
    return "due today" if due == today else f"due {day(due)}"


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


#: The units a length of time is edited in (Settings), largest first: (minutes, name).
DURATION_UNITS: tuple[tuple[int, str], ...] = ((24 * 60, "day"), (60, "hour"), (1, "minute"))


def duration_unit(minutes: int) -> tuple[int, int]:
    """``(amount, unit_minutes)`` for editing a length of time: whole days from two days
    up (4320 is 3 days), else whole hours (1440 is 24 hours), else minutes (90 stays 90
    minutes); 0 is 0 hours. The same steps as :func:`span_text` counts in."""
    day_size, hour_size = DURATION_UNITS[0][0], DURATION_UNITS[1][0]
    if minutes == 0:
        return 0, hour_size
    if minutes % day_size == 0 and minutes >= 2 * day_size:
        return minutes // day_size, day_size
    if minutes % hour_size == 0:
        return minutes // hour_size, hour_size
    return minutes, 1


def duration_words(minutes: int) -> str:
    """A setting's length of time in words, in the unit it is edited in: "1 hour",
    "24 hours", "3 days", "45 minutes" (never "1440 minutes")."""
    amount, size = duration_unit(minutes)
    name = dict(DURATION_UNITS)[size]
    return count(amount, name)


#: The older name of :func:`to_datetime` (``ui/pages/reports.py`` uses it).
to_dt = to_datetime
