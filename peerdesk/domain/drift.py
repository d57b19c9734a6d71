"""Drift alerts: where practice has drifted from a boundary agreement.

Computed from the agreement and the sessions of its advisor–advisee pair. Sessions
are judged in the group's time zone ``tz`` (contact days and hours are local) and only
if their local date falls inside the agreement's start..end dates. Details never
contain note text, names or codes, so they may be shown in any queue.

Ranking (:func:`severity`, :func:`summarise`; the rule is explained for people in
docs/daily-work.md): a logged breach, a monthly cap exceeded by far and a review months
overdue are *serious*; a cap exceeded a little, a review a few weeks overdue, a channel
not agreed and a session much longer than agreed are *notable*; the rest (a session a
little long, outside the agreed days or hours, an acknowledgement still missing) are
*minor*. An agreement is summed up in one line: its most serious problem and how many
other kinds of problem it has.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from enum import IntEnum, StrEnum

from peerdesk.domain.counting import count
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
    #: The measure behind the alert, for ranking: sessions in the month, minutes of the
    #: session, or days the review is overdue; ``allowed`` is the agreed figure.
    observed: int | None = None
    allowed: int | None = None


_LIVE = frozenset({AgreementStatus.ACTIVE, AgreementStatus.UNDER_REVIEW})


def _in_period(agreement: BoundaryAgreement, day: date) -> bool:
    if day < agreement.start_date:
        return False
    return agreement.end_date is None or day <= agreement.end_date


def _session_alerts(a: BoundaryAgreement, s: Session, tz: tzinfo) -> list[DriftAlert]:
    out: list[DriftAlert] = []
    local = s.start.astimezone(tz)
    when = local.strftime("%d %b %Y, %H:%M")
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


def review_alert(review_date: date | None, today: date) -> DriftAlert | None:
    """The alert for a review date that has passed (None if it has not)."""
    if review_date is None or review_date >= today:
        return None
    return DriftAlert(DriftKind.REVIEW_OVERDUE,
                      f"The review date, {review_date:%d %b %Y}, has passed.",
                      observed=(today - review_date).days, allowed=0)


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
                    f"{per_month[month]} sessions in "
                    f"{date.fromisoformat(month + '-01'):%b %Y}; the agreement allows "
                    f"{a.max_sessions_per_month} a month.", month=month,
                    observed=per_month[month], allowed=a.max_sessions_per_month))
    if a.status in _LIVE:
        today = now.astimezone(tz).date()
        review = review_alert(a.review_date, today)
        if review is not None:
            alerts.append(review)
        if a.advisee_ack_date is None:
            alerts.append(DriftAlert(DriftKind.ADVISEE_NOT_ACKNOWLEDGED,
                                     "The advisee has not acknowledged this agreement."))
        if a.advisor_ack_date is None:
            alerts.append(DriftAlert(DriftKind.ADVISOR_NOT_ACKNOWLEDGED,
                                     "The advisor has not acknowledged this agreement."))
    return alerts


# -- ranking -------------------------------------------------------------------------------
class Severity(IntEnum):
    MINOR = 1
    NOTABLE = 2
    SERIOUS = 3


#: A monthly cap is exceeded "by far" at half as many sessions again (6 against 4), or
#: by three sessions or more.
FAR_OVER_CAP_FACTOR = 1.5
FAR_OVER_CAP_SESSIONS = 3
#: A review is "months overdue" after this many days; "weeks overdue" after the second.
REVIEW_SERIOUS_DAYS = 60
REVIEW_NOTABLE_DAYS = 14
#: A session is "much longer" than agreed at half as long again.
MUCH_LONGER_FACTOR = 1.5


def severity(alert: DriftAlert) -> Severity:
    """How serious one alert is (see the module docstring)."""
    seen, allowed = alert.observed or 0, alert.allowed or 0
    if alert.kind is DriftKind.OVER_MONTHLY_CAP:
        far = (seen >= allowed * FAR_OVER_CAP_FACTOR
               or seen - allowed >= FAR_OVER_CAP_SESSIONS)
        return Severity.SERIOUS if far else Severity.NOTABLE
    if alert.kind is DriftKind.REVIEW_OVERDUE:
        if seen >= REVIEW_SERIOUS_DAYS:
            return Severity.SERIOUS
        return Severity.NOTABLE if seen >= REVIEW_NOTABLE_DAYS else Severity.MINOR
    if alert.kind is DriftKind.CHANNEL_NOT_AGREED:
        return Severity.NOTABLE
    if alert.kind is DriftKind.SESSION_TOO_LONG and allowed and \
            seen >= allowed * MUCH_LONGER_FACTOR:
        return Severity.NOTABLE
    return Severity.MINOR


#: Within one severity: the monthly cap, then the review, then the rest in this order.
_KIND_ORDER = {kind: i for i, kind in enumerate((
    DriftKind.OVER_MONTHLY_CAP, DriftKind.REVIEW_OVERDUE, DriftKind.CHANNEL_NOT_AGREED,
    DriftKind.SESSION_TOO_LONG, DriftKind.OUTSIDE_CONTACT_HOURS,
    DriftKind.OUTSIDE_CONTACT_DAYS, DriftKind.ADVISEE_NOT_ACKNOWLEDGED,
    DriftKind.ADVISOR_NOT_ACKNOWLEDGED))}


def _magnitude(alert: DriftAlert) -> float:
    """Within one kind, the bigger overshoot first."""
    seen, allowed = alert.observed or 0, alert.allowed or 0
    return seen / allowed if allowed else float(seen)


def ranked(alerts: Iterable[DriftAlert]) -> list[DriftAlert]:
    """Most serious first; then by kind, the bigger overshoot first, then in their order."""
    return sorted(alerts, key=lambda a: (-severity(a), _KIND_ORDER[a.kind], -_magnitude(a)))


#: Short words for a kind of problem and how many times it happened.
_SHORT: dict[DriftKind, tuple[str, str]] = {
    DriftKind.SESSION_TOO_LONG: ("session longer than agreed", "sessions longer than agreed"),
    DriftKind.OUTSIDE_CONTACT_DAYS: ("session on a day not agreed",
                                     "sessions on days not agreed"),
    DriftKind.OUTSIDE_CONTACT_HOURS: ("session outside the agreed hours",
                                      "sessions outside the agreed hours"),
    DriftKind.CHANNEL_NOT_AGREED: ("session on a channel not agreed",
                                   "sessions on channels not agreed"),
}


def _review_words(days: int) -> str:
    if days >= REVIEW_SERIOUS_DAYS:
        return f"Review {days // 30} months overdue"
    if days >= REVIEW_NOTABLE_DAYS:
        return f"Review {days // 7} weeks overdue"
    return f"Review overdue by {count(days, 'day')}"


def headline(alert: DriftAlert, of_kind: int = 1) -> str:
    """One short line for ``alert`` (``of_kind``: how many alerts of its kind there are)."""
    if alert.kind is DriftKind.OVER_MONTHLY_CAP:
        month = date.fromisoformat(f"{alert.month}-01").strftime("%b %Y") if alert.month \
            else "a month"
        return f"{alert.observed} sessions in {month} (agreed: {alert.allowed})"
    if alert.kind is DriftKind.REVIEW_OVERDUE:
        return _review_words(alert.observed or 0)
    if alert.kind is DriftKind.ADVISEE_NOT_ACKNOWLEDGED:
        return "Advisee has not acknowledged"
    if alert.kind is DriftKind.ADVISOR_NOT_ACKNOWLEDGED:
        return "Advisor has not acknowledged"
    one, many = _SHORT[alert.kind]
    return count(of_kind, one, many)


@dataclass(frozen=True, slots=True)
class DriftSummary:
    """One agreement's problems in one line: the most serious and how many more kinds."""

    severity: Severity | None  # None: nothing to say
    headline: str
    more: int  # other kinds of problem besides the headline's
    lead: int = 0  # what the headline is about: 0 a breach, then the order of the kinds

    @property
    def serious(self) -> bool:
        return self.severity is Severity.SERIOUS

    @property
    def text(self) -> str:
        return f"{self.headline} · +{self.more} more" if self.more else self.headline

    def rank_key(self) -> tuple[int, int, int]:
        """Sorts agreements most serious first (a breach before a cap before a review),
        then those with more kinds of problem."""
        return (-(self.severity or 0), self.lead, -self.more)


def summarise(alerts: Iterable[DriftAlert], breaches: int = 0) -> DriftSummary:
    """Sum up an agreement: logged breaches rank first, then its most serious alert."""
    order = ranked(alerts)
    kinds = Counter(a.kind for a in order)
    problems = len(kinds) + (1 if breaches else 0)
    if breaches:
        return DriftSummary(Severity.SERIOUS, f"{count(breaches, 'breach')} logged",
                            problems - 1)
    if not order:
        return DriftSummary(None, "", 0)
    top = order[0]
    return DriftSummary(severity(top), headline(top, kinds[top.kind]), problems - 1,
                        1 + _KIND_ORDER[top.kind])
