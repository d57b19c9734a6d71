"""Plain-language labels for the closed vocabularies, and dates shown in the group's zone.

Stored values (``in_person``, ``keep_records`` …) never reach the screen; people see these
labels. Dates and times are stored in UTC and shown in the group's time zone
(``ws.timezone``) in one unambiguous format: ``Tue 3 Mar 2026, 14:30``.
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


def label(mapping: dict[Any, str], value: object) -> str:
    """The label of ``value`` (an enum member or its stored string), or the value itself."""
    if value is None:
        return ""
    key = getattr(value, "value", value)
    return mapping.get(key, str(key).replace("_", " ").capitalize())


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
            moment = datetime.fromisoformat(str(value))
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
