"""Drift alerts in the interface's language: the one line that sums up an agreement, the
short headline of an alert and its full sentence.

The domain (peerdesk/domain/drift.py) finds and ranks the alerts and keeps an English
sentence in each for logs and the command line; the screens build their words here from
the alert's facts (its kind, the figures observed and allowed, the month, the session),
so a translator can move every part. The ranking rule itself stays in the domain.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date
from typing import Any

from peerdesk.domain.drift import (
    REVIEW_NOTABLE_DAYS,
    REVIEW_SERIOUS_DAYS,
    DriftAlert,
    DriftKind,
    ranked,
    summarise,
)
from ui import labels
from ui.language import month as month_name
from ui.translated import counted, fill, number, translate


def _month(alert: DriftAlert) -> str:
    if not alert.month:
        return translate("DriftWords", "a month")
    first = date.fromisoformat(f"{alert.month}-01")
    return f"{month_name(first.month)} {first.year}"


def _review(days: int) -> str:
    if days >= REVIEW_SERIOUS_DAYS:
        return fill(translate("DriftWords", "Review %1 months overdue"), number(days // 30))
    if days >= REVIEW_NOTABLE_DAYS:
        return fill(translate("DriftWords", "Review %1 weeks overdue"), number(days // 7))
    return counted(days, translate("DriftWords", "Review overdue by 1 day"),
                   translate("DriftWords", "Review overdue by %1 days"))


def headline(alert: DriftAlert, of_kind: int = 1) -> str:
    """One short line for ``alert`` (``of_kind``: how many alerts of its kind there are)."""
    kind = alert.kind
    if kind is DriftKind.OVER_MONTHLY_CAP:
        return fill(translate("DriftWords", "%1 sessions in %2 (agreed: %3)"),
                    number(alert.observed or 0), _month(alert), number(alert.allowed or 0))
    if kind is DriftKind.REVIEW_OVERDUE:
        return _review(alert.observed or 0)
    if kind is DriftKind.ADVISEE_NOT_ACKNOWLEDGED:
        return translate("DriftWords", "Advisee has not acknowledged")
    if kind is DriftKind.ADVISOR_NOT_ACKNOWLEDGED:
        return translate("DriftWords", "Advisor has not acknowledged")
    if kind is DriftKind.SESSION_TOO_LONG:
        return counted(of_kind, translate("DriftWords", "1 session longer than agreed"),
                       translate("DriftWords", "%1 sessions longer than agreed"))
    if kind is DriftKind.OUTSIDE_CONTACT_DAYS:
        return counted(of_kind, translate("DriftWords", "1 session on a day not agreed"),
                       translate("DriftWords", "%1 sessions on days not agreed"))
    if kind is DriftKind.OUTSIDE_CONTACT_HOURS:
        return counted(of_kind, translate("DriftWords", "1 session outside the agreed hours"),
                       translate("DriftWords", "%1 sessions outside the agreed hours"))
    return counted(of_kind, translate("DriftWords", "1 session on a channel not agreed"),
                   translate("DriftWords", "%1 sessions on channels not agreed"))


def summary_line(alerts: Iterable[DriftAlert], breaches: int = 0) -> str:
    """An agreement in one line: its most serious problem and how many more kinds
    (the domain's :func:`~peerdesk.domain.drift.summarise` decides which and how many)."""
    order = ranked(alerts)
    summary = summarise(order, breaches)
    if summary.severity is None:
        return ""
    if breaches:
        lead = counted(breaches, translate("DriftWords", "1 breach logged"),
                       translate("DriftWords", "%1 breaches logged"))
    else:
        top = order[0]
        lead = headline(top, Counter(a.kind for a in order)[top.kind])
    if not summary.more:
        return lead
    return fill(translate("DriftWords", "%1 · +%2 more"), lead, number(summary.more))


def sentence(alert: DriftAlert, agreement: Any, session: Any, tz: Any) -> str:
    """The alert in full; ``session`` is the light row of the session it is about (None
    when it is not about one session, or that session is out of sight)."""
    kind = alert.kind
    when = labels.when(session.start, tz) if session is not None else ""
    if alert.session_id and session is None:
        return alert.detail  # the session is not in this person's reach: the domain's words
    if kind is DriftKind.CHANNEL_NOT_AGREED:
        return fill(translate("DriftWords",
                              "Session on %1 used a channel the agreement does not allow."),
                    when)
    if kind is DriftKind.SESSION_TOO_LONG:
        return fill(translate("DriftWords",
                              "Session on %1 lasted %2 minutes; the agreement allows %3."),
                    when, number(session.duration_minutes),
                    number(agreement.max_session_minutes or 0))
    if kind is DriftKind.OUTSIDE_CONTACT_DAYS:
        return fill(translate("DriftWords",
                              "Session on %1 was on a day outside the agreed contact days."),
                    when)
    if kind is DriftKind.OUTSIDE_CONTACT_HOURS:
        hours = (f"{agreement.contact_start:%H:%M}–{agreement.contact_end:%H:%M}"
                 if agreement.contact_start and agreement.contact_end else "")
        return fill(translate("DriftWords",
                              "Session on %1 was outside the agreed contact hours (%2)."),
                    when, hours)
    if kind is DriftKind.OVER_MONTHLY_CAP:
        return fill(translate("DriftWords",
                              "%1 sessions in %2; the agreement allows %3 a month."),
                    number(alert.observed or 0), _month(alert), number(alert.allowed or 0))
    if kind is DriftKind.REVIEW_OVERDUE:
        return fill(translate("DriftWords", "The review date, %1, has passed."),
                    labels.day(agreement.review_date))
    if kind is DriftKind.ADVISEE_NOT_ACKNOWLEDGED:
        return translate("DriftWords", "The advisee has not acknowledged this agreement.")
    return translate("DriftWords", "The advisor has not acknowledged this agreement.")
