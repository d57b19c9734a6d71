"""Words and times as people read them: closed vocabularies in plain language, UTC in the
group's time zone, in the interface's language.

Stored values (``in_person``, ``keep_records`` …) never reach the screen; people see these
labels. Each vocabulary is the core's table (peerdesk/domain/wording.py) seen through
:class:`Words`, which gives every label in the interface's language (``ui/language.py``),
so pages and dialogs use ``labels.LEVELS[...]``, ``.items()`` … as before and get Hindi.
Pure helpers (no vault access). Times are stored in UTC and shown in the group's time zone
(``ws.timezone``): :func:`fmt_datetime` gives ``Tue 3 Mar 2026, 14:30`` and the shorter
:func:`when` ``03 Mar 2026, 14:30``; :func:`fmt_date` / :func:`day` give the date. Month
and weekday names follow the interface's language; digits stay Latin.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, date, datetime, tzinfo
from typing import Any, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QCoreApplication

from peerdesk.domain import wording
from ui import language

K = TypeVar("K")


class Words(Mapping[K, str]):
    """A vocabulary of the core, each label in the interface's language when it is read
    (the core's table stays English: the catalog's key)."""

    def __init__(self, table: Mapping[K, str]) -> None:
        self._table = table

    @property
    def table(self) -> Mapping[K, str]:
        """The core's table itself (English: the catalog's keys)."""
        return self._table

    def __getitem__(self, key: K) -> str:
        return language.term(self._table[key])

    def __iter__(self) -> Iterator[K]:
        return iter(self._table)

    def __len__(self) -> int:
        return len(self._table)


ACK_METHODS = Words(wording.ACK_METHODS)
ACTION_TYPES = Words(wording.ACTION_TYPES)
AGREEMENT_STATUS = Words(wording.AGREEMENT_STATUS)
BREACH_KINDS = Words(wording.BREACH_KINDS)
CATEGORIES = Words(wording.CATEGORIES)
CHALLENGE_LABELS = Words(wording.CHALLENGE_LABELS)
CHANNEL_LABELS = Words(wording.CHANNEL_LABELS)
CLAUSES = Words(wording.CLAUSES)
CONFIDENCE_LABELS = Words(wording.CONFIDENCE_LABELS)
CONSENT_LABELS = Words(wording.CONSENT_LABELS)
FORMATS = Words(wording.FORMATS)
LEVEL_HELP = Words(wording.LEVEL_HELP)
LEVELS = Words(wording.LEVELS)
REQUEST_LABELS = Words(wording.REQUEST_LABELS)
REQUEST_PHRASES = Words(wording.REQUEST_PHRASES)
ROLE_LABELS = Words(wording.ROLE_LABELS)
STATE_VERBS = Words(wording.STATE_VERBS)
STATES = Words(wording.STATES)
STATUS_LABELS = Words(wording.STATUS_LABELS)
WEEKDAYS = Words(wording.WEEKDAYS)
WELLBEING_LABELS = Words(wording.WELLBEING_LABELS)

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


def label(mapping: Mapping[Any, str], value: object) -> str:
    """The label of ``value`` (an enum member or its stored string), or the value itself."""
    if value is None:
        return ""
    key = getattr(value, "value", value)
    if key in mapping:
        return mapping[key]
    return mapping.get(str(key), str(key).replace("_", " ").capitalize())


def labels(mapping: Mapping[Any, str], values: Iterable[object]) -> str:
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
    return (f"{language.weekday(local.weekday())} {local.day} {language.month(local.month)} "
            f"{local.year}, {local:%H:%M}")


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
    return f"{value.day} {language.month(value.month)} {value.year}"


def _padded(value: date) -> str:
    """``03 Mar 2026``: table cells, where dates line up."""
    return f"{value:%d} {language.month(value.month)} {value.year}"


def fmt_minutes(minutes: int | None) -> str:
    if minutes is None:
        return ""
    if minutes < 60:
        return QCoreApplication.translate("labels", "%1 min").replace("%1", str(minutes))
    hours, rest = divmod(minutes, 60)
    if hours == 1:  # its own words: "1 घंटा", not "1 घंटे"
        if rest:
            return QCoreApplication.translate("labels", "1 h %2 min").replace("%2", str(rest))
        return QCoreApplication.translate("labels", "1 h")
    if rest:
        return QCoreApplication.translate("labels", "%1 h %2 min").replace(
            "%1", str(hours)).replace("%2", str(rest))
    return QCoreApplication.translate("labels", "%1 h").replace("%1", str(hours))


def fmt_value(value: object, tz: tzinfo) -> str:
    """Any stored field value (from a history snapshot) as one line of plain text."""
    if value is None or value == "" or value == [] or value == ():
        return "—"
    if isinstance(value, bool):
        return (QCoreApplication.translate("labels", "Yes") if value
                else QCoreApplication.translate("labels", "No"))
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
    if dt is None:
        return ""
    local = dt.astimezone(tz)
    return f"{_padded(local.date())}, {local:%H:%M}"


def day(value: Any) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return _padded(value)
    try:
        return _padded(date.fromisoformat(str(value)[:10]))
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
        return QCoreApplication.translate("labels", "in %1", "a deadline still ahead").replace(
            "%1", span)
    if shout:
        return QCoreApplication.translate("labels", "%1 OVERDUE").replace("%1", span)
    return QCoreApplication.translate("labels", "%1 overdue").replace("%1", span)


def action_due_words(due: date | None, today: date) -> str:
    """"overdue since 13 Sep 2025", "due today" or "no due date" for a supervision action."""
    if due is None:
        return QCoreApplication.translate("labels", "no due date")
    if due < today:
        return QCoreApplication.translate("labels", "OVERDUE since %1").replace("%1", day(due))
    if due == today:
        return QCoreApplication.translate("labels", "due today")
    return QCoreApplication.translate("labels", "due %1").replace("%1", day(due))


def span_text(minutes: int) -> str:
    """``25 min``, ``1 h 30 min``, ``5 h``, ``30 h``, ``2 days 4 h``: hours up to two days
    (a day's deadline reads ``24 h``), days beyond; never raw minutes past the hour."""
    minutes = max(minutes, 1)
    if minutes < 60:
        return fmt_minutes(minutes)
    hours, rest = divmod(minutes, 60)
    if hours < 48:
        return fmt_minutes(hours * 60 + rest) if rest and hours < 3 else fmt_minutes(hours * 60)
    days, hours = divmod(hours, 24)
    day_text = (QCoreApplication.translate("labels", "1 day") if days == 1
                else QCoreApplication.translate("labels", "%1 days").replace("%1", str(days)))
    if not hours:
        return day_text
    return f"{day_text} {fmt_minutes(hours * 60)}"


def ack_explanation(minutes_by_level: dict[str, int] | None = None) -> dict[str, str]:
    """Each level's plain help plus its acknowledgement deadline."""
    mins = minutes_by_level or {
        "imminent": 60, "high": 24 * 60, "moderate": 72 * 60, "concern": 7 * 24 * 60,
    }
    out = {}
    for level, help_text in LEVEL_HELP.items():
        must = QCoreApplication.translate("labels", "Must be acknowledged within %1.")
        out[level] = f"{help_text} {must.replace('%1', span_text(mins[level]))}"
    return out


#: The units a length of time is edited in (Settings), largest first: (minutes, name).
DURATION_UNITS: tuple[tuple[int, str], ...] = ((24 * 60, "day"), (60, "hour"), (1, "minute"))


def unit_name(size: int, amount: int) -> str:
    """The name of a unit of :data:`DURATION_UNITS` for ``amount`` of it ("hour", "hours"),
    in the interface's language."""
    one = amount == 1
    if size == DURATION_UNITS[0][0]:
        return (QCoreApplication.translate("labels", "day") if one
                else QCoreApplication.translate("labels", "days"))
    if size == DURATION_UNITS[1][0]:
        return (QCoreApplication.translate("labels", "hour") if one
                else QCoreApplication.translate("labels", "hours"))
    return (QCoreApplication.translate("labels", "minute") if one
            else QCoreApplication.translate("labels", "minutes"))


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
    return f"{amount:,} {unit_name(size, amount)}"


#: The older name of :func:`to_datetime` (``ui/pages/reports.py`` uses it).
to_dt = to_datetime
