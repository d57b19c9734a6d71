"""Retention: when a closed advisee's records are due for erasure.

Retention is decided per person, not per record (practice-and-peers §3.8): an
advisee's records are kept while the advisee is active or paused, and for
``keep_closed_months`` after the date their support was closed. Erasure itself (and
any legal hold) is the services' job; this only says who is due.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from peerdesk.domain.records_people import Advisee
from peerdesk.domain.vocab import AdviseeStatus

DEFAULT_KEEP_CLOSED_MONTHS = 84  # seven years


@dataclass(frozen=True, slots=True)
class RetentionPolicy:
    keep_closed_months: int = DEFAULT_KEEP_CLOSED_MONTHS
    #: Off means nothing is ever proposed for erasure.
    enabled: bool = True

    def __post_init__(self) -> None:
        if not 0 <= self.keep_closed_months <= 1200:
            raise ValueError("keep_closed_months must be between 0 and 1200")


def add_months(day: date, months: int) -> date:
    """``day`` plus ``months`` calendar months, clamped to the month's last day."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def erasure_date(advisee: Advisee, policy: RetentionPolicy) -> date | None:
    """The first day the advisee's records may be erased, or None while not closed."""
    if advisee.status is not AdviseeStatus.CLOSED or advisee.closed_on is None:
        return None
    return add_months(advisee.closed_on, policy.keep_closed_months)


def due_for_erasure(advisees: Iterable[Advisee], now: datetime,
                    policy: RetentionPolicy | None = None,
                    tz: tzinfo | None = None) -> list[Advisee]:
    """Closed advisees whose retention period has ended (in code order)."""
    policy = policy or RetentionPolicy()
    if not policy.enabled:
        return []
    today = (now.astimezone(tz) if tz is not None else now).date()
    due = [a for a in advisees
           if (when := erasure_date(a, policy)) is not None and when <= today]
    return sorted(due, key=lambda a: a.code)
