"""Gathering what a report shows: counts, series and sections, from the vault, for a period.

Runs as the acting member: a coordinator gets the operational version (no note text), an
advisor only their own report. Sections reuse the services' own permission-checked calls.
"""

from __future__ import annotations

import json
import statistics
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from peerdesk.domain.escalation import overdue
from peerdesk.domain.records_people import Member
from peerdesk.domain.vocab import WEEKDAY_ORDER, RiskLevel, Role
from peerdesk.errors import PermissionDenied
from peerdesk.reports.data import (
    ActionRow,
    AdvisorSection,
    AgreementRow,
    CoverageRow,
    DisclosureLine,
    EscalationSection,
    EventLine,
    Figure,
    NoContactRow,
    StillOpenRow,
)
from peerdesk.reports.wording import (
    ACTIONS,
    AGREEMENT_STATUS,
    CATEGORIES,
    CHALLENGES,
    LEVELS,
    STATES,
    Names,
    word,
)
from peerdesk.services.context import ServiceContext
from peerdesk.storage import codec, member_queries, records, report_queries
from peerdesk.storage.report_queries import AgreementTerms, SessionFact


class Period:
    """A period of whole local days, inclusive, with its UTC bounds."""

    def __init__(self, ctx: ServiceContext, start: date, end: date) -> None:
        if end < start:
            from peerdesk.errors import ValidationError

            raise ValidationError("The period ends before it starts.", "to")
        self.start, self.end, self.tz = start, end, ctx.tz
        self.start_utc = datetime.combine(start, time(), ctx.tz).astimezone(UTC)
        self.end_utc = datetime.combine(end + timedelta(days=1), time(), ctx.tz).astimezone(UTC)
        self.lo, self.hi = codec.iso_dt(self.start_utc), codec.iso_dt(self.end_utc)

    def local(self, iso: str | None, with_time: bool = True) -> str:
        if not iso:
            return ""
        moment = codec.parse_dt(iso).astimezone(self.tz)
        return f"{moment:%d %b %Y, %H:%M}" if with_time else f"{moment:%d %b %Y}"


def weekly(period: Period, starts: Iterable[str]) -> tuple[tuple[str, int], ...]:
    first = period.start - timedelta(days=period.start.weekday())
    counts: Counter[date] = Counter()
    for iso in starts:
        d = codec.parse_dt(iso).astimezone(period.tz).date()
        counts[d - timedelta(days=d.weekday())] += 1
    out = []
    week = first
    while week <= period.end:
        out.append((f"{week.day} {week:%b}", counts.get(week, 0)))
        week += timedelta(days=7)
    return tuple(out)


def duration_label(delta: timedelta) -> str:
    hours = delta.total_seconds() / 3600
    if hours < 1:
        return f"{max(1, round(hours * 60))} min"
    if hours < 48:
        return f"{hours:.1f} h"
    return f"{hours / 24:.1f} days"


class Collector:
    """Shared pieces of the accountability and advisor reports."""

    def __init__(self, ctx: ServiceContext, period: Period, *, redacted: bool,
                 include_text: bool, services: Any) -> None:
        self.ctx, self.p, self.include_text, self.svc = ctx, period, include_text, services
        members = records.get_many(ctx.db, Member, member_queries.list_ids(ctx.db))
        self.members = members
        advisors = frozenset(m.id for m in members if Role.ADVISOR in m.roles)
        self.name = Names(member_queries.names(ctx.db), redacted=redacted, advisors=advisors)

    # -- escalations -------------------------------------------------------------------
    def escalation_section(self, escalation_id: str, code: str, *,
                           period_only: bool = False) -> EscalationSection:
        """One escalation. ``period_only``: for one raised before the period, only the
        events and disclosures inside the period (the rest is in its escalation record)."""
        view = self.svc.escalations.get(escalation_id)
        e = view.escalation
        p = self.p
        all_events, all_disclosures = view.events, view.disclosures
        earlier = 0
        if period_only and e.raised_at < p.start_utc:
            def inside(at: Any) -> bool:
                return bool(p.start_utc <= at < p.end_utc)

            all_events = tuple(ev for ev in view.events if inside(ev.at))
            all_disclosures = tuple(d for d in view.disclosures if inside(d.at))
            earlier = (len(view.events) - len(all_events)
                       + len(view.disclosures) - len(all_disclosures))
        events = tuple(
            EventLine(p.local(codec.iso_dt(ev.at)), self.name(ev.by),
                      _event_words(ev), ev.note if self.include_text else "")
            for ev in all_events)
        disclosures = tuple(
            DisclosureLine(p.local(codec.iso_dt(d.at)), d.told_whom, d.role_or_organisation,
                           d.what_was_shared, d.why, d.advisee_knew)
            for d in all_disclosures)
        return EscalationSection(
            escalation_id=e.id, advisee_code=code, level=word(LEVELS, e.level),
            state=word(STATES, e.state),
            categories=", ".join(word(CATEGORIES, c) for c in sorted(e.categories)),
            raised_at=p.local(codec.iso_dt(e.raised_at)), raised_by=self.name(e.raised_by),
            ack_due=p.local(codec.iso_dt(view.ack_due)),
            acknowledged=p.local(codec.iso_dt(view.acknowledged_at))
            if view.acknowledged_at else "",
            overdue=view.overdue,
            description=e.description if self.include_text else "",
            immediate_action=e.immediate_action if self.include_text else "",
            events=events, disclosures=disclosures if self.include_text else tuple(
                DisclosureLine(x.at, x.told_whom, x.role, "", "", x.advisee_knew)
                for x in disclosures), earlier_entries=earlier,
            raised_in_period=e.raised_at >= p.start_utc)

    def escalations(self, advisee_ids: list[str] | None = None) -> tuple[EscalationSection, ...]:
        """Every escalation open at some time in the period, in full (the advisor report)."""
        ids = report_queries.escalation_ids_in_period(self.ctx.db, self.p.lo, self.p.hi,
                                                      advisee_ids)
        return self._sections(ids)

    def escalations_with_activity(self) -> tuple[EscalationSection, ...]:
        """In full: escalations raised in the period or with an event or disclosure in it."""
        return self._sections(report_queries.escalation_ids_with_activity(
            self.ctx.db, self.p.lo, self.p.hi), period_only=True)

    def _sections(self, ids: list[str], *, period_only: bool = False
                  ) -> tuple[EscalationSection, ...]:
        rows = self.svc.escalations.rows(limit=100_000)
        code = {r.id: r.advisee_code for r in rows}
        return tuple(self.escalation_section(i, code.get(i, "?"), period_only=period_only)
                     for i in ids if i in code)

    def escalations_still_open(self) -> tuple[StillOpenRow, ...]:
        """Every other escalation not closed by the end of the period, one row each."""
        visible = {r.id for r in self.svc.escalations.rows(limit=100_000)}
        p = self.p
        return tuple(
            StillOpenRow(advisee_code=f.advisee_code, level=word(LEVELS, f.level),
                         state=word(STATES, f.state),
                         raised=p.local(f.raised_at, with_time=False),
                         last_activity=p.local(f.last_activity, with_time=False)
                         if f.last_activity else "none",
                         overdue=f.ack_due < p.hi and (f.acknowledged_at is None
                                                       or f.acknowledged_at >= p.hi))
            for f in report_queries.escalations_still_open(self.ctx.db, p.lo, p.hi)
            if f.id in visible)

    def acknowledgement(self) -> tuple[tuple[str, str, str, str], ...]:
        raised = report_queries.escalations_raised(self.ctx.db, self.p.lo, self.p.hi)
        out = []
        for level in reversed(list(RiskLevel)):
            items = [(codec.parse_dt(r), codec.parse_dt(a) if a else None)
                     for lv, r, a in raised if lv == level.value]
            if not items:
                continue
            limit = self.ctx.policy.ack_within[level]
            waits = [a - r for r, a in items if a is not None]
            on_time = sum(1 for w in waits if w <= limit)
            median = duration_label(timedelta(seconds=statistics.median(
                w.total_seconds() for w in waits))) if waits else "none acknowledged"
            out.append((LEVELS[level.value], duration_label(limit), median,
                        f"{on_time} of {len(items)}"))
        return tuple(out)

    # -- advisors ------------------------------------------------------------------------
    def advisor_section(self, member: Member, facts: list[SessionFact],
                        coverage: dict[str, Any], drift: dict[str, int],
                        agreements: dict[str, int]) -> AdvisorSection:
        mine = [f for f in facts if f.advisor_id == member.id]
        done = [f for f in mine if f.reflection_at]
        within = [f for f in done if _within_48h(f)]
        tags: Counter[str] = Counter()
        themes: Counter[str] = Counter()
        for f in mine:
            themes.update(json.loads(f.themes))
            if f.tags:
                tags.update(word(CHALLENGES, t) for t in json.loads(f.tags))
        cov = coverage.get(member.id)
        return AdvisorSection(
            name=self.name(member.id), sessions=len(mine),
            hours=sum(f.minutes for f in mine) / 60,
            advisees=len({f.advisee_id for f in mine}), reflections_done=len(done),
            reflections_within_48h=len(within),
            urgent_requests=sum(1 for f in done if f.request == "urgent"),
            routine_requests=sum(1 for f in done if f.request == "routine"),
            supervised=bool(cov and cov.supervised),
            last_supervision=f"{cov.last_on:%d %b %Y}" if cov and cov.last_on else "never",
            agreements_active=agreements.get(member.id, 0),
            drift_alerts=drift.get(member.id, 0),
            challenges=tuple(tags.most_common(5)), themes=tuple(themes.most_common(5)))

    def agreements(self, advisor_id: str | None = None) -> AgreementFindings:
        """Agreements in force with drift in the period (from its sessions' start, length
        and channel only), past their review date or not acknowledged by its end, or
        breached in it; and the pairs with sessions in the period but no agreement in force.
        """
        from peerdesk.storage.agreement_queries import AgreementFilter

        scoped = self.svc.agreements.scoped(AgreementFilter(advisor_id=advisor_id))
        if scoped.statuses == ():  # someone else's agreements: nothing
            return AgreementFindings([], {}, [])
        advisor_id = scoped.advisor_id
        db, p = self.ctx.db, self.p
        terms = [t for t in report_queries.agreements_in_force(db, advisor_id)
                 if t.start_date <= p.end.isoformat()]
        drift = drift_in_period(p, terms, report_queries.sessions_under_agreements(
            db, p.lo, p.hi, advisor_id))
        breaches = report_queries.breaches_in_period(db, p.lo, p.hi)
        end = p.end.isoformat()
        missing = report_queries.pairs_without_agreement(db, p.lo, p.hi, advisor_id)
        codes = report_queries.advisee_codes(
            db, sorted({t.advisee_id for t in terms} | {a for a, _ in missing}))
        out: list[tuple[tuple[str, str], AgreementRow]] = []
        drift_by_advisor: Counter[str] = Counter()
        for t in terms:
            found = drift.get(t.id)
            review = t.review_date is not None and t.review_date <= end
            unacked = [who for who, on in (("advisee", t.advisee_ack_date),
                                           ("advisor", t.advisor_ack_date))
                       if on is None or on > end]
            broken = breaches.get(t.id, 0)
            if found:
                drift_by_advisor[t.advisor_id] += found.alerts
            if not (found or review or unacked or broken):
                continue
            code = codes.get(t.advisee_id, ("?", ""))[0]
            out.append(((self.name(t.advisor_id), code), AgreementRow(
                advisor=self.name(t.advisor_id), advisee_code=code,
                status=word(AGREEMENT_STATUS, t.status),
                review=_day(t.review_date) if review and t.review_date else "",
                acknowledged="yes" if not unacked else
                "neither" if len(unacked) == 2 else f"not {unacked[0]}",
                drift=found.label() if found else "", breaches=broken)))
        if advisor_id is not None:  # one advisor: each pair without an agreement, too
            for advisee, adv in missing:
                code = codes.get(advisee, ("?", ""))[0]
                out.append(((self.name(adv), code), AgreementRow(
                    advisor=self.name(adv), advisee_code=code, status="MISSING", review="",
                    acknowledged="", drift="", breaches=0)))
        rows = [row for _, row in sorted(out, key=lambda kv: kv[0])]
        return AgreementFindings(rows, dict(drift_by_advisor), missing)

    def actions(self, advisor_id: str | None = None) -> list[ActionRow]:
        """Open actions due on or before the last day of the period, oldest first; those
        due before it started are "overdue since"."""
        try:
            due = self.svc.supervision.actions_due(advisor_id,
                                                   before=self.p.end + timedelta(days=1))
        except PermissionDenied:
            return []
        due = sorted((a for a in due if a.due is not None and not a.done),
                     key=lambda a: (a.due, a.on))
        return [ActionRow(due=f"overdue since {_day(a.due)}" if a.due < self.p.start
                          else _day(a.due),
                          owner=self.name(a.owner_id), text=a.text,
                          from_note=_day(a.on), overdue=a.due < self.p.start)
                for a in due if a.due is not None]

    def no_contact(self, days: int) -> list[NoContactRow]:
        db = self.ctx.db
        cutoff = codec.iso_dt(self.p.end_utc - timedelta(days=days))
        ids = report_queries.active_advisees_without_contact(db, cutoff, self.p.hi)
        last = report_queries.last_session_before(db, ids, self.p.hi)
        codes = report_queries.advisee_codes(db, ids)
        out = []
        for advisee_id in ids:
            code, advisors_json = codes.get(advisee_id, ("?", "[]"))
            when = last.get(advisee_id)
            gap = (self.p.end_utc - codec.parse_dt(when)).days if when else -1
            out.append(NoContactRow(
                code, self.p.local(when, with_time=False) if when else "never",
                gap if gap >= 0 else 0,
                ", ".join(self.name(a) for a in json.loads(advisors_json))))
        return out


@dataclass
class DriftFound:
    """Drift of one agreement in the period, by kind (session counts; months over the cap)."""

    cap: int | None = None
    over_cap: list[int] = field(default_factory=list)  # sessions in each month over the cap
    counts: Counter[str] = field(default_factory=Counter)

    @property
    def alerts(self) -> int:
        return sum(self.counts.values()) + len(self.over_cap)

    def label(self) -> str:
        """Short enough for one table line: "over cap 6/4, 2 off-hours, 1 too long"."""
        parts = [f"over cap {n}/{self.cap}" for n in self.over_cap]
        parts += [f"{self.counts[k]} {k}" for k in DRIFT_WORDS if self.counts[k]]
        return ", ".join(parts)


#: Session drift kinds, in the order the label lists them.
DRIFT_WORDS = ("off-hours", "off-day", "too long", "other channel")


@dataclass(frozen=True)
class AgreementFindings:
    rows: list[AgreementRow]
    drift_by_advisor: dict[str, int]
    missing: list[tuple[str, str]]  # (advisee id, advisor id) with sessions, no agreement


def drift_in_period(p: Period, terms: list[AgreementTerms],
                    sessions: Iterable[tuple[str, str, int, str]]) -> dict[str, DriftFound]:
    """The session drift of each agreement, from (agreement id, start, minutes, channel) of
    the period's sessions: the same rules as ``domain.drift``, judged in local time, for
    sessions on the agreement's dates; the monthly cap counts the period's sessions."""
    by_id = {t.id: t for t in terms}
    parsed: dict[str, tuple[frozenset[str], frozenset[str], time | None, time | None]] = {}
    months: Counter[tuple[str, str]] = Counter()
    out: dict[str, DriftFound] = {}
    for agreement_id, start, minutes, channel in sessions:
        t = by_id.get(agreement_id)
        if t is None:
            continue
        local = codec.parse_dt(start).astimezone(p.tz)
        day = local.date().isoformat()
        if day < t.start_date or (t.end_date is not None and day > t.end_date):
            continue
        if agreement_id not in parsed:
            parsed[agreement_id] = (
                frozenset(json.loads(t.channels)), frozenset(json.loads(t.contact_days)),
                time.fromisoformat(t.contact_start) if t.contact_start else None,
                time.fromisoformat(t.contact_end) if t.contact_end else None)
        channels, days, c_start, c_end = parsed[agreement_id]
        months[(agreement_id, day[:7])] += 1
        found: list[str] = []
        if channel not in channels:
            found.append("other channel")
        if t.max_session_minutes is not None and minutes > t.max_session_minutes:
            found.append("too long")
        if days and WEEKDAY_ORDER[local.weekday()].value not in days:
            found.append("off-day")
        if c_start is not None and c_end is not None:
            start_t = local.time().replace(tzinfo=None)
            day_end = datetime.combine(local.date(), c_end, tzinfo=local.tzinfo)
            if (start_t < c_start or start_t >= c_end
                    or local + timedelta(minutes=minutes) > day_end):
                found.append("off-hours")
        if found:
            out.setdefault(agreement_id, DriftFound(t.max_sessions_per_month)).counts.update(
                found)
    for (agreement_id, _month), n in sorted(months.items()):
        cap = by_id[agreement_id].max_sessions_per_month
        if cap is not None and n > cap:
            out.setdefault(agreement_id, DriftFound(cap)).over_cap.append(n)
    return out


def _day(d: date | str) -> str:
    if isinstance(d, str):
        d = date.fromisoformat(d)
    return f"{d:%d %b %Y}"


def summary_figures(facts: list[SessionFact], new_advisees: int, advisors_total: int,
                    supervised: int, opened: int, closed: int, overdue: int, live: int,
                    attention: list[AgreementRow], missing: int, no_contact: int, days: int
                    ) -> tuple[Figure, ...]:
    """``attention``: the agreements section's rows; ``missing``: advisees with sessions in
    the period and no agreement in force."""
    done = [f for f in facts if f.reflection_at]
    within = [f for f in done if _within_48h(f)]
    pct = f"{round(100 * len(within) / len(facts))}%" if facts else "—"
    drift = sum(1 for a in attention if a.drift)
    breaches = sum(a.breaches for a in attention)
    return (
        Figure("sessions", f"{len(facts):,}",
               f"{sum(f.minutes for f in facts) / 60:,.0f} hours"),
        Figure("advisees seen", f"{len({f.advisee_id for f in facts}):,}", f"{new_advisees} new"),
        Figure("advisors active", f"{len({f.advisor_id for f in facts})}",
               f"of {advisors_total}"),
        Figure("reflections within 48\u00a0h", pct, f"{len(done):,} written in all"),
        Figure("advisors supervised", f"{supervised} of {advisors_total}",
               alert=supervised < advisors_total),
        Figure("escalations opened", str(opened), f"{closed} closed"),
        Figure("overdue escalations", str(overdue), "at the end of the period",
               alert=overdue > 0),
        Figure("agreements in force", str(live),
               f"{missing} advisee{'s' if missing != 1 else ''} seen without one",
               alert=missing > 0),
        Figure("agreements to review", str(len(attention)),
               f"{drift} drifting, {breaches} breaches", alert=bool(attention)),
        Figure(f"no contact in {days} days", str(no_contact), "active advisees",
               alert=no_contact > 0),
    )


def overdue_at(rows: Iterable[Any], moment: str) -> int:
    """Escalations :func:`~peerdesk.domain.escalation.overdue` at ``moment``. (One
    acknowledged late but before ``moment`` is no longer overdue; it shows as late in the
    acknowledgement table.)"""
    return sum(1 for r in rows
               if overdue(moment, raised_at=r.raised_at, ack_due=r.ack_due,
                          acknowledged_at=r.acknowledged_at, closed_at=r.closed_at))


def _within_48h(f: SessionFact) -> bool:
    if not f.reflection_at:
        return False
    return codec.parse_dt(f.reflection_at) - codec.parse_dt(f.start) <= timedelta(hours=48)


def _event_words(ev: Any) -> str:
    kind = str(getattr(ev.kind, "value", ev.kind))
    if kind == "transition":
        # "›", not "→": the arrow is only in the fallback font, which would turn shaping on
        # for every timeline cell; "›" is in the regular face.
        return f"{word(STATES, ev.from_state)} › {word(STATES, ev.to_state)}"
    if kind == "action":
        return f"action: {word(ACTIONS, ev.action_type)}"
    return "note"


def agreement_counts(services: Any) -> dict[str, int]:
    """Agreements in force (active or under review) per advisor."""
    from peerdesk.storage.agreement_queries import LIVE, AgreementFilter

    agreements = services.agreements
    rows = agreements.rows(agreements.list_ids(AgreementFilter(statuses=LIVE)))
    return dict(Counter(r.advisor_id for r in rows))


Progress = Callable[[int, int], None]
__all__ = ["AGREEMENT_STATUS", "Collector", "CoverageRow", "Period", "agreement_counts",
           "overdue_at", "summary_figures", "weekly"]
