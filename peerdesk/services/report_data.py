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

from peerdesk.domain.escalation import overdue_at
from peerdesk.domain.message import Message, Term
from peerdesk.domain.permissions import Action, Resource
from peerdesk.domain.records_people import Member
from peerdesk.domain.vocab import WEEKDAY_ORDER, EscalationState, EventKind, RiskLevel, Role
from peerdesk.errors import PermissionDenied
from peerdesk.i18n import N_, _, ngettext
from peerdesk.i18n.dates import MONTHS, day_label, day_month, moment_label, padded_day_label
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
from peerdesk.services.import_claims import ImportClaims, claimed
from peerdesk.storage import codec, history_queries, member_queries, records, report_queries
from peerdesk.storage.report_queries import AgreementTerms, SessionFact

#: Reports cover days from FIRST_DAY to LAST_DAY (dates outside cannot be in a vault).
FIRST_DAY, LAST_DAY = date(2000, 1, 1), date(2099, 12, 31)


def _range_day(d: date) -> Message:
    """"01 Jan 2000", its month through the catalog when shown in another language."""
    return Message(N_("{day} {month} {year}"), day=f"{d:%d}", month=Term(MONTHS[d.month - 1]),
                   year=str(d.year))


class Period:
    """A period of whole local days, inclusive, with its UTC bounds, and the moment its
    records are taken at (docs/reports-as-at.md): the end of the period (or now, if it has
    not ended yet), or now with ``as_at_today``."""

    def __init__(self, ctx: ServiceContext, start: date, end: date, *,
                 as_at_today: bool = False) -> None:
        from peerdesk.errors import ValidationError

        if end < start:
            raise ValidationError(N_("The period ends before it starts."), "to")
        if start < FIRST_DAY or end > LAST_DAY:
            raise ValidationError(Message(
                N_("A report covers days from {first} to {last}; choose a period between "
                   "them."), first=_range_day(FIRST_DAY), last=_range_day(LAST_DAY)))
        self.start, self.end, self.tz = start, end, ctx.tz
        self.start_utc = datetime.combine(start, time(), ctx.tz).astimezone(UTC)
        self.end_utc = datetime.combine(end + timedelta(days=1), time(), ctx.tz).astimezone(UTC)
        self.lo, self.hi = codec.iso_dt(self.start_utc), codec.iso_dt(self.end_utc)
        now = ctx.now()
        self.as_at_today = as_at_today
        self.as_at = now if as_at_today else min(self.end_utc, now)
        self.at = codec.iso_dt(self.as_at)

    def local(self, iso: str | None, with_time: bool = True) -> str:
        if not iso:
            return ""
        moment = codec.parse_dt(iso).astimezone(self.tz)
        return moment_label(moment) if with_time else padded_day_label(moment)

    def moment_words(self) -> str:
        """"at the end of the period", "today" or "now": when states are taken."""
        if self.as_at_today:
            return _("today")
        return _("now") if self.as_at < self.end_utc else _("at the end of the period")

    def as_at_label(self) -> str:
        """What page 1 says about the moment the records are taken at."""
        when = self.local(self.at)
        if self.as_at_today:
            return _("As at today ({when}): records as they are now, with what was entered "
                     "or changed after the period ended.").format(when=when)
        if self.as_at < self.end_utc:
            return _("As at {when}: the period has not ended yet.").format(when=when)
        return _("As at the end of the period ({day}, 24:00): records as they stood then; "
                 "what was entered or changed later is not included.").format(
                     day=day_label(self.end))


def weekly(period: Period, starts: Iterable[str]) -> tuple[tuple[str, int, int], ...]:
    """Sessions per week, Monday to Sunday: (label, sessions, days of the week inside the
    period). A part week at either end counts only its days inside the period and is
    labelled by them ("1 Nov, 1 day")."""
    first = period.start - timedelta(days=period.start.weekday())
    counts: Counter[date] = Counter()
    for iso in starts:
        d = codec.parse_dt(iso).astimezone(period.tz).date()
        counts[d - timedelta(days=d.weekday())] += 1
    out = []
    week = first
    while week <= period.end:
        a, b = max(week, period.start), min(week + timedelta(days=6), period.end)
        days = (b - a).days + 1
        label = day_month(a)
        if days < 7:
            label += ngettext(", {n} day", ", {n} days", days).format(n=days)
        out.append((label, counts.get(week, 0), days))
        week += timedelta(days=7)
    return tuple(out)


def _one_decimal(value: float) -> str:
    """``1.5`` as "1.5" but ``24.0`` as "24": a whole number reads without ".0"."""
    return f"{value:.1f}".removesuffix(".0")


def duration_label(delta: timedelta) -> str:
    hours = delta.total_seconds() / 3600
    if hours < 1:
        return _("{n} min").format(n=max(1, round(hours * 60)))
    if hours < 48:
        return _("{n} h").format(n=_one_decimal(hours))
    return _("{n} days").format(n=_one_decimal(hours / 24))


class Collector:
    """Shared pieces of the accountability and advisor reports."""

    def __init__(self, ctx: ServiceContext, period: Period, *, redacted: bool,
                 include_text: bool, services: Any) -> None:
        self.ctx, self.p, self.include_text, self.svc = ctx, period, include_text, services
        # Members as they were at the period's moment: who was an active advisor, and names.
        members = history_queries.records_at(
            ctx.db, Member, records.get_many(ctx.db, Member, member_queries.list_ids(ctx.db)),
            period.at)
        self.members = members
        advisors = frozenset(m.id for m in members if Role.ADVISOR in m.roles)
        names = {**member_queries.names(ctx.db), **{m.id: m.display_name for m in members}}
        self.name = Names(names, redacted=redacted, advisors=advisors)
        self._visible: dict[str, str] | None = None

    def _author(self, member_id: str, by_import: bool) -> str:
        """The author's name; marked as a claim when only an import file said so."""
        return claimed(self.name(member_id)).render(_) if by_import else self.name(member_id)

    # -- escalations -------------------------------------------------------------------
    def escalation_section(self, escalation_id: str, code: str, *,
                           period_only: bool = False) -> EscalationSection:
        """One escalation as at the period's moment: its state, acknowledgement, events and
        disclosures as recorded by then. ``period_only``: for one raised before the period,
        only the events and disclosures inside the period (the rest is in its escalation
        record)."""
        view = self.svc.escalations.get(escalation_id)
        e = view.escalation
        p = self.p
        all_events = tuple(ev for ev in view.events if ev.meta.created_at < p.as_at)
        all_disclosures = tuple(d for d in view.disclosures if d.meta.created_at < p.as_at)
        state = next((ev.to_state for ev in reversed(all_events)
                      if ev.kind is EventKind.TRANSITION and ev.to_state is not None),
                     EscalationState.OPEN)
        acknowledged = (view.acknowledged_at if view.acknowledged_at is not None
                        and view.acknowledged_at < p.as_at else None)
        known = len(all_events) + len(all_disclosures)
        if period_only and e.raised_at < p.start_utc:
            def inside(at: Any) -> bool:
                return bool(p.start_utc <= at < p.end_utc)

            all_events = tuple(ev for ev in all_events if inside(ev.at))
            all_disclosures = tuple(d for d in all_disclosures if inside(d.at))
        earlier = known - len(all_events) - len(all_disclosures)
        claims = ImportClaims(self.ctx)
        event_claims = claims.of("escalation_event", [ev.id for ev in all_events])
        raised_claim = claims.of("escalation", [e.id])
        events = tuple(
            EventLine(p.local(codec.iso_dt(ev.at)), self._author(ev.by, ev.id in event_claims),
                      _event_words(ev), ev.note if self.include_text else "")
            for ev in all_events)
        disclosures = tuple(
            DisclosureLine(p.local(codec.iso_dt(d.at)), d.told_whom, d.role_or_organisation,
                           d.what_was_shared, d.why, d.advisee_knew)
            for d in all_disclosures)
        return EscalationSection(
            escalation_id=e.id, advisee_code=code, level=word(LEVELS, e.level),
            state=word(STATES, state),
            categories=", ".join(word(CATEGORIES, c) for c in sorted(e.categories)),
            raised_at=p.local(codec.iso_dt(e.raised_at)),
            raised_by=self._author(e.raised_by, e.id in raised_claim),
            ack_due=p.local(codec.iso_dt(view.ack_due)),
            acknowledged=p.local(codec.iso_dt(acknowledged)) if acknowledged else "",
            overdue=overdue_at(state, acknowledged is not None, view.ack_due, p.as_at),
            description=e.description if self.include_text else "",
            immediate_action=e.immediate_action if self.include_text else "",
            events=events, disclosures=disclosures if self.include_text else tuple(
                DisclosureLine(x.at, x.told_whom, x.role, "", "", x.advisee_knew)
                for x in disclosures), earlier_entries=earlier,
            raised_in_period=e.raised_at >= p.start_utc)

    def escalations(self, advisee_ids: list[str] | None = None) -> tuple[EscalationSection, ...]:
        """Every escalation open at some time in the period, in full (the advisor report)."""
        p = self.p
        ids = report_queries.escalation_ids_in_period(self.ctx.db, p.lo, p.hi, p.at,
                                                      advisee_ids)
        return self._sections(ids)

    def escalations_with_activity(self) -> tuple[EscalationSection, ...]:
        """In full: escalations raised in the period or with an event or disclosure in it."""
        p = self.p
        return self._sections(report_queries.escalation_ids_with_activity(
            self.ctx.db, p.lo, p.hi, p.at), period_only=True)

    def _sections(self, ids: list[str], *, period_only: bool = False
                  ) -> tuple[EscalationSection, ...]:
        code = self._visible_escalations()
        return tuple(self.escalation_section(i, code[i], period_only=period_only)
                     for i in ids if i in code)

    def _visible_escalations(self) -> dict[str, str]:
        """id -> advisee code of every escalation the actor may read."""
        if self._visible is None:
            self._visible = {r.id: r.advisee_code
                             for r in self.svc.escalations.rows(limit=100_000)}
        return self._visible

    def escalations_still_open(self) -> tuple[StillOpenRow, ...]:
        """Every other escalation not closed at the period's moment, one row each."""
        visible = self._visible_escalations()
        p = self.p
        return tuple(
            StillOpenRow(advisee_code=f.advisee_code, level=word(LEVELS, f.level),
                         state=word(STATES, f.state),
                         raised=p.local(f.raised_at, with_time=False),
                         last_activity=p.local(f.last_activity, with_time=False)
                         if f.last_activity else _("none"),
                         overdue=_overdue(f.state, f.acknowledged_at, f.ack_due, p.as_at))
            for f in report_queries.escalations_still_open(self.ctx.db, p.lo, p.hi, p.at)
            if f.id in visible)

    def overdue(self) -> int:
        """Escalations overdue at the period's moment (the accountability report, whose
        readers see every escalation)."""
        p = self.p
        return sum(_overdue(state, acknowledged, due, p.as_at) for state, acknowledged, due
                   in report_queries.escalation_states_at(self.ctx.db, p.at))

    def acknowledgement(self) -> tuple[tuple[str, str, str, str], ...]:
        raised = report_queries.escalations_raised(self.ctx.db, self.p.lo, self.p.hi, self.p.at)
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
                w.total_seconds() for w in waits))) if waits else _("none acknowledged")
            out.append((word(LEVELS, level), duration_label(limit), median,
                        _("{part} of {whole}").format(part=on_time, whole=len(items))))
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
            last_supervision=_day(cov.last_on) if cov and cov.last_on else _("never"),
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
        in_force = report_queries.agreements_in_force(db, p.at, advisor_id)
        terms = [t for t in in_force if t.start_date <= p.end.isoformat()]
        sessions = report_queries.sessions_of_pairs(db, p.lo, p.hi, p.at, advisor_id)
        by_pair: dict[tuple[str, str], list[str]] = {}
        for t in terms:
            by_pair.setdefault((t.advisee_id, t.advisor_id), []).append(t.id)
        drift = drift_in_period(p, terms, (
            (agreement_id, start, minutes, channel)
            for advisee, adv, start, minutes, channel in sessions
            for agreement_id in by_pair.get((advisee, adv), ())))
        breaches = report_queries.breaches_in_period(db, p.lo, p.hi, p.at)
        end = p.end.isoformat()
        paired = {(t.advisee_id, t.advisor_id) for t in in_force}
        status = report_queries.advisee_statuses(db, p.at, p.at)
        missing = sorted({(advisee, adv) for advisee, adv, *_ in sessions
                          if (advisee, adv) not in paired
                          and status.get(advisee, "closed") != "closed"})
        codes = report_queries.advisee_codes(
            db, sorted({t.advisee_id for t in terms} | {a for a, _ in missing}))
        out: list[tuple[tuple[str, str], AgreementRow]] = []
        drift_by_advisor: Counter[str] = Counter()
        for t in terms:
            found = drift.get(t.id)
            review = t.review_date is not None and t.review_date <= end
            unacked = [who for who, on in ((_("not the advisee"), t.advisee_ack_date),
                                           (_("not the advisor"), t.advisor_ack_date))
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
                acknowledged=_("yes") if not unacked else
                _("neither") if len(unacked) == 2 else unacked[0],
                drift=found.label() if found else "", breaches=broken)))
        if advisor_id is not None:  # one advisor: each pair without an agreement, too
            for advisee, adv in missing:
                code = codes.get(advisee, ("?", ""))[0]
                out.append(((self.name(adv), code), AgreementRow(
                    advisor=self.name(adv), advisee_code=code, status=_("MISSING"), review="",
                    acknowledged="", drift="", breaches=0)))
        rows = [row for _, row in sorted(out, key=lambda kv: kv[0])]
        return AgreementFindings(rows, dict(drift_by_advisor), missing, in_force)

    def actions(self, advisor_id: str | None = None) -> list[ActionRow]:
        """Open actions due on or before the last day of the period, oldest first, as they
        stood at the period's moment; those due before it started are "overdue since"."""
        try:
            due = self.svc.supervision.actions_due(advisor_id,
                                                   before=self.p.end + timedelta(days=1))
        except PermissionDenied:
            return []
        found = [(a.due, a.on, a.owner_id, a.text, a.note_id) for a in due
                 if a.due is not None and not a.done]
        found = self._actions_as_at(found, advisor_id)
        found.sort(key=lambda a: (a[0], a[1]))
        start = self.p.start
        return [ActionRow(due=_("overdue since {day}").format(day=_day(d)) if d < start
                          else _day(d),
                          owner=self.name(owner), text=text, from_note=_day(on),
                          overdue=d < start)
                for d, on, owner, text, _note in found]

    def _actions_as_at(self, found: list[OpenAction], advisor_id: str | None
                       ) -> list[OpenAction]:
        """``found`` with the notes entered or changed after the period's moment taken as
        they were then (an action ticked done later was still open)."""
        db, p = self.ctx.db, self.p
        later = report_queries.notes_entered_after(db, p.at)
        old = history_queries.versions_at(db, "supervision_note", p.at)
        if not later and not old:
            return found
        scope = (advisor_id if self.ctx.allowed(Action.READ, Resource.SUPERVISION_NOTES)
                 else self.ctx.actor.member_id)
        kept = [f for f in found if f[4] not in later and f[4] not in old]
        last = (p.end + timedelta(days=1)).isoformat()
        for note_id, note in old.items():
            if note_id in later or (scope is not None and scope not in note["advisor_ids"]):
                continue
            for item in note["actions"]:
                owner = item.get("owner_id")
                if item.get("done") or not item.get("due") or item["due"] >= last or (
                        scope is not None and owner not in (None, scope)):
                    continue
                kept.append((date.fromisoformat(item["due"]), date.fromisoformat(note["on"]),
                             owner, str(item.get("text", "")), note_id))
        return kept

    def no_contact(self, days: int) -> list[NoContactRow]:
        """Advisees active at the period's moment with no session in the last ``days`` days
        of the period."""
        db, p = self.ctx.db, self.p
        cutoff = codec.iso_dt(p.end_utc - timedelta(days=days))
        seen = report_queries.advisees_seen(db, cutoff, p.hi, p.at)
        active = [a for a, status in report_queries.advisee_statuses(db, p.at, p.hi).items()
                  if status == "active" and a not in seen]
        codes = report_queries.advisee_codes(db, active)
        ids = sorted(active, key=lambda a: codes.get(a, ("?", ""))[0])
        last = report_queries.last_session_before(db, ids, p.hi, p.at)
        out = []
        for advisee_id in ids:
            code, advisors_json = codes.get(advisee_id, ("?", "[]"))
            when = last.get(advisee_id)
            gap = (p.end_utc - codec.parse_dt(when)).days if when else -1
            out.append(NoContactRow(
                code, p.local(when, with_time=False) if when else _("never"),
                gap if gap >= 0 else 0,
                ", ".join(self.name(a) for a in json.loads(advisors_json))))
        return out


#: (due, note date, owner id, text, note id) of an open supervision action.
OpenAction = tuple[date, date, str | None, str, str]


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
        parts = [_("over cap {n}/{cap}").format(n=n, cap=self.cap) for n in self.over_cap]
        parts += [f"{self.counts[k]} {_(k)}" for k in DRIFT_WORDS if self.counts[k]]
        return ", ".join(parts)


#: Session drift kinds, in the order the label lists them.
DRIFT_WORDS = (N_("off-hours"), N_("off-day"), N_("too long"), N_("other channel"))


@dataclass(frozen=True)
class AgreementFindings:
    rows: list[AgreementRow]
    drift_by_advisor: dict[str, int]
    missing: list[tuple[str, str]]  # (advisee id, advisor id) with sessions, no agreement
    in_force: list[AgreementTerms] = field(default_factory=list)  # at the period's moment


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
    return padded_day_label(d)


def summary_figures(facts: list[SessionFact], new_advisees: int, advisors_total: int,
                    supervised: int, opened: int, closed: int, overdue: int, live: int,
                    attention: list[AgreementRow], missing: int, no_contact: int, days: int,
                    moment: str = "at the end of the period") -> tuple[Figure, ...]:
    """``attention``: the agreements section's rows; ``missing``: advisees with sessions in
    the period and no agreement in force."""
    done = [f for f in facts if f.reflection_at]
    within = [f for f in done if _within_48h(f)]
    # An imported reflection's writing time is not known: it counts neither way.
    imported = sum(1 for f in done if f.reflection_imported)
    timed = len(facts) - imported
    pct = f"{round(100 * len(within) / timed)}%" if timed else "—"
    written = (_("{n} written in all, {m} imported").format(n=f"{len(done):,}", m=f"{imported:,}")
               if imported else _("{n} written in all").format(n=f"{len(done):,}"))
    drift = sum(1 for a in attention if a.drift)
    breaches = sum(a.breaches for a in attention)
    return (
        Figure(_("sessions"), f"{len(facts):,}",
               _("{n} hours").format(n=f"{sum(f.minutes for f in facts) / 60:,.0f}")),
        Figure(_("advisees seen"), f"{len({f.advisee_id for f in facts}):,}",
               _("{n} new").format(n=new_advisees)),
        Figure(_("advisors active"), f"{len({f.advisor_id for f in facts})}",
               _("of {n}").format(n=advisors_total)),
        Figure(_("reflections within 48\u00a0h"), pct, written),
        Figure(_("advisors supervised"),
               _("{part} of {whole}").format(part=supervised, whole=advisors_total),
               alert=supervised < advisors_total),
        Figure(_("escalations opened"), str(opened), _("{n} closed").format(n=closed)),
        Figure(_("overdue escalations"), str(overdue), moment,
               alert=overdue > 0),
        Figure(_("agreements in force"), str(live),
               ngettext("{n} advisee seen without one", "{n} advisees seen without one",
                        missing).format(n=f"{missing:,}"),
               alert=missing > 0),
        Figure(_("agreements to review"), str(len(attention)),
               ngettext("{drift} drifting, {n} breach", "{drift} drifting, {n} breaches",
                        breaches).format(drift=drift, n=f"{breaches:,}"),
               alert=bool(attention)),
        Figure(_("no contact in {n} days").format(n=days), str(no_contact),
               _("active advisees"), alert=no_contact > 0),
    )


def _overdue(state: str, acknowledged: str | None, ack_due: str, moment: datetime) -> bool:
    """``domain.escalation.overdue_at`` for a state, an acknowledgement time and a deadline
    as stored."""
    return overdue_at(EscalationState(state), acknowledged is not None,
                      codec.parse_dt(ack_due), moment)


def _within_48h(f: SessionFact) -> bool:
    if not f.reflection_at or f.reflection_imported:
        return False
    return codec.parse_dt(f.reflection_at) - codec.parse_dt(f.start) <= timedelta(hours=48)


def _event_words(ev: Any) -> str:
    kind = str(getattr(ev.kind, "value", ev.kind))
    if kind == "transition":
        # "›", not "→": the arrow is only in the fallback font, which would turn shaping on
        # for every timeline cell; "›" is in the regular face.
        return f"{word(STATES, ev.from_state)} › {word(STATES, ev.to_state)}"
    if kind == "action":
        return _("action: {what}").format(what=word(ACTIONS, ev.action_type))
    return _("note")


def agreement_counts(terms: Iterable[AgreementTerms]) -> dict[str, int]:
    """Agreements in force (active or under review) per advisor."""
    return dict(Counter(t.advisor_id for t in terms))


Progress = Callable[[int, int], None]
__all__ = ["AGREEMENT_STATUS", "Collector", "CoverageRow", "Period", "agreement_counts",
           "summary_figures", "weekly"]
