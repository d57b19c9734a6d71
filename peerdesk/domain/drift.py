"""Drift alerts: where practice has drifted from a boundary agreement.

Computed from the agreement and the sessions of its advisor–advisee pair. Sessions
are judged in the group's time zone ``tz`` (contact days and hours are local) and only
if their local date falls inside the agreement's start..end dates. Details never
contain note text, names or codes, so they may be shown in any queue.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from enum import StrEnum

from peerdesk.domain.records_practice import BoundaryAgreement, Session
from peerdesk.domain.vocab import WEEKDAY_ORDER, AgreementStatus


class DriftKind(StrEnum):
    OVER_MONTHLY_CAP = "over_monthly_cap"
    OUTSIDE_CONTACT_DAYS = "outside_contact_days"
    OUTSIDE_CONTACT_HOURS = "outside_contact_hours"
    CHANNEL_NOT_AGREED = "channel_not_agreed"
    SESSION_TOO_LONG = "session_too_long"
    REVIEW_OVERDUE = "review_overdue"
    ADVISEE_NOT_ACKNOWLEDGED = "advisee_not_acknowledged"
    ADVISOR_NOT_ACKNOWLEDGED = "advisor_not_acknowledged"


@dataclass(frozen=True, slots=True)
class DriftAlert:
    kind: DriftKind
    detail: str
    session_id: str | None = None
    month: str | None = None  # "YYYY-MM"


_LIVE = frozenset({AgreementStatus.ACTIVE, AgreementStatus.UNDER_REVIEW})


def _in_period(agreement: BoundaryAgreement, day: date) -> bool:
    if day < agreement.start_date:
        return False
    return agreement.end_date is None or day <= agreement.end_date


def _session_alerts(a: BoundaryAgreement, s: Session, tz: tzinfo) -> list[DriftAlert]:
    out: list[DriftAlert] = []
    local = s.start.astimezone(tz)
    when = local.strftime("%Y-%m-%d %H:%M")
    if s.channel not in a.channels:
        out.append(DriftAlert(DriftKind.CHANNEL_NOT_AGREED,
                              f"Session on {when} used a channel the agreement does not "
                              "allow.", s.id))
    if a.max_session_minutes is not None and s.duration_minutes > a.max_session_minutes:
        out.append(DriftAlert(DriftKind.SESSION_TOO_LONG,
                              f"Session on {when} lasted {s.duration_minutes} minutes; the "
                              f"agreement allows {a.max_session_minutes}.", s.id))
    if a.contact_days and WEEKDAY_ORDER[local.weekday()] not in a.contact_days:
        out.append(DriftAlert(DriftKind.OUTSIDE_CONTACT_DAYS,
                              f"Session on {when} was on a day outside the agreed contact "
                              "days.", s.id))
    if a.contact_start is not None and a.contact_end is not None:
        start_t = local.time().replace(tzinfo=None)
        end_local = local + timedelta(minutes=s.duration_minutes)
        day_end = datetime.combine(local.date(), a.contact_end, tzinfo=local.tzinfo)
        if start_t < a.contact_start or start_t >= a.contact_end or end_local > day_end:
            out.append(DriftAlert(
                DriftKind.OUTSIDE_CONTACT_HOURS,
                f"Session on {when} was outside the agreed contact hours "
                f"({a.contact_start:%H:%M}–{a.contact_end:%H:%M}).", s.id))
    return out


def drift_alerts(agreement: BoundaryAgreement, sessions: Iterable[Session], *, tz: tzinfo,
                 now: datetime) -> list[DriftAlert]:
    """Alerts for ``agreement``. Sessions of other advisor–advisee pairs are ignored.

    Drafts get no alerts (nothing is agreed yet). Session alerts are in session order,
    then monthly-cap alerts in month order, then review and acknowledgement alerts.
    """
    a = agreement
    if a.status not in _LIVE and a.status is not AgreementStatus.ENDED:
        return []
    mine = sorted((s for s in sessions
                   if s.advisor_id == a.advisor_id and s.advisee_id == a.advisee_id
                   and _in_period(a, s.start.astimezone(tz).date())),
                  key=lambda s: s.start)
    alerts: list[DriftAlert] = []
    for s in mine:
        alerts.extend(_session_alerts(a, s, tz))
    if a.max_sessions_per_month is not None:
        per_month = Counter(s.start.astimezone(tz).strftime("%Y-%m") for s in mine)
        for month in sorted(per_month):
            if per_month[month] > a.max_sessions_per_month:
                alerts.append(DriftAlert(
                    DriftKind.OVER_MONTHLY_CAP,
                    f"{per_month[month]} sessions in {month}; the agreement allows "
                    f"{a.max_sessions_per_month} a month.", month=month))
    if a.status in _LIVE:
        today = now.astimezone(tz).date()
        if a.review_date is not None and a.review_date < today:
            alerts.append(DriftAlert(DriftKind.REVIEW_OVERDUE,
                                     f"The review date {a.review_date.isoformat()} has passed."))
        if a.advisee_ack_date is None:
            alerts.append(DriftAlert(DriftKind.ADVISEE_NOT_ACKNOWLEDGED,
                                     "The advisee has not acknowledged this agreement."))
        if a.advisor_ack_date is None:
            alerts.append(DriftAlert(DriftKind.ADVISOR_NOT_ACKNOWLEDGED,
                                     "The advisor has not acknowledged this agreement."))
    return alerts
