"""Producing reports: gather the data, render the PDF, enter it in the register.

Who gets what (docs/permissions.md): a supervisor any report with note text; a coordinator the
operational version (counts, dates and states, no note text); an advisor only their own
advisor report. Every PDF issued is registered with its SHA-256 (one audit event).
"""

from __future__ import annotations

import json
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from peerdesk.domain.message import Message
from peerdesk.domain.records_people import Advisee, Member
from peerdesk.domain.vocab import Role
from peerdesk.errors import NotFound, PermissionDenied, ValidationError
from peerdesk.i18n import LANGUAGES, N_, _, using
from peerdesk.i18n.dates import padded_day_label
from peerdesk.reports.data import (
    AccountabilityData,
    AdvisorReportData,
    CoverageRow,
    EscalationRecordData,
    Figure,
    ReportMeta,
)
from peerdesk.reports.wording import (
    ADVISEE_STATUS,
    CHALLENGES,
    CHANNELS,
    LEVELS,
    REQUESTS,
    RESOURCE_KINDS,
    word,
)
from peerdesk.services.context import ServiceContext
from peerdesk.services.report_data import (
    Collector,
    Period,
    agreement_counts,
    summary_figures,
    weekly,
)
from peerdesk.services.role_grant_report import role_grant_rows
from peerdesk.storage import records, report_queries, vault_tables

Progress = Callable[[int, int], None]
ShouldCancel = Callable[[], bool]
#: Stores the finished PDF (e.g. writes the file); the report is registered after it.
Write = Callable[[bytes], None]

TITLES = {
    "accountability": N_("Accountability report"),
    "advisor": N_("Advisor report"),
    "escalation": N_("Escalation record"),
}


@dataclass(frozen=True)
class IssuedPdf:
    pdf: bytes
    report_id: str
    sha256: str
    pages_hint: str = ""


class ReportService:
    def __init__(self, ctx: ServiceContext, services: Any) -> None:
        self.ctx = ctx
        self.svc = services

    # -- who may see text --------------------------------------------------------------
    def _is(self, role: Role) -> bool:
        return role in self.ctx.actor.roles

    def _meta(self, kind: str, period: Period, redacted: bool, title: str = "",
              names: Collector | None = None, as_at: str = "") -> ReportMeta:
        """``names``: when redacted, who generated it is shown under their alias too (the
        register keeps the member id). ``as_at``: what page 1 says about the moment the
        records are taken at."""
        ctx = self.ctx
        head = ctx.vault.audit_head()
        me = records.get(ctx.db, Member, ctx.actor.member_id, with_text=False)
        by = me.display_name if me else _("Recovery key")
        if redacted and names is not None and me is not None:
            by = names.name(me.id)
        return ReportMeta(
            report_id=uuid.uuid4().hex[:12].upper(), kind=kind, title=title or _(TITLES[kind]),
            group_name=vault_tables.get_meta(ctx.db, "group_name") or "",
            period_start=period.start, period_end=period.end,
            generated_by=by,
            generated_at=ctx.now(), timezone=str(ctx.tz), audit_head_seq=head[0],
            audit_head_hash=head[1], redacted=redacted, as_at=as_at)

    def _issue(self, kind: str, meta: ReportMeta, pdf: bytes, params: dict[str, str], *,
               operational: bool, about_self: bool, write: Write | None) -> IssuedPdf:
        """Register the PDF; with ``write``, only once ``write`` has stored it (a file that
        could not be written is never registered)."""
        from peerdesk.reports.layout import sha256

        digest = sha256(pdf)
        if write is not None:
            write(pdf)
        self.svc.register.register(kind, {**params, "report_id": meta.report_id}, digest,
                                   operational=operational, about_self=about_self,
                                   report_id=meta.report_id)
        return IssuedPdf(pdf, meta.report_id, digest)

    # -- accountability ----------------------------------------------------------------
    def accountability_data(self, start: date, end: date, *, redacted: bool = False,
                            as_at_today: bool = False) -> AccountabilityData:
        """``as_at_today``: records as they are now instead of as they stood at the end of
        the period (docs/reports-as-at.md)."""
        ctx = self.ctx
        if not (self._is(Role.SUPERVISOR) or self._is(Role.COORDINATOR)):
            raise PermissionDenied(N_("Only a coordinator or supervisor can produce the "
                                      "accountability report; ask for your advisor report."))
        include_text = self._is(Role.SUPERVISOR)
        p = Period(ctx, start, end, as_at_today=as_at_today)
        c = Collector(ctx, p, redacted=redacted, include_text=include_text, services=self.svc)
        db = ctx.db
        facts = report_queries.session_facts(db, p.lo, p.hi, p.at)
        coverage = {cv.advisor_id: cv
                    for cv in self.svc.supervision.coverage(start, end, at=p.at)}
        found = c.agreements()
        attention, drift = found.rows, found.drift_by_advisor
        missing = len({advisee for advisee, _ in found.missing})
        per_advisor = agreement_counts(found.in_force)
        advisors = [m for m in c.members if Role.ADVISOR in m.roles and m.active]
        days = self.svc.settings.no_contact_days()
        no_contact = c.no_contact(days)
        raised = report_queries.escalations_raised(db, p.lo, p.hi, p.at)
        figures = summary_figures(
            facts, report_queries.new_advisees(db, p.lo, p.hi, p.at), len(advisors),
            sum(1 for a in advisors if coverage.get(a.id) and coverage[a.id].supervised),
            len(raised), report_queries.escalations_closed(db, p.lo, p.hi, p.at),
            c.overdue(), len(found.in_force), attention, missing, len(no_contact), days,
            p.moment_words())
        themes: Counter[str] = Counter()
        tags: Counter[str] = Counter()
        for f in facts:
            themes.update(json.loads(f.themes))
            if f.tags:
                tags.update(word(CHALLENGES, t) for t in json.loads(f.tags))
        levels: Counter[str] = Counter(lv for lv, _, _ in raised)
        by_advisor: dict[str, list[report_queries.SessionFact]] = {}
        for f in facts:
            by_advisor.setdefault(f.advisor_id, []).append(f)
        sections = tuple(c.advisor_section(m, by_advisor.get(m.id, []), coverage, drift,
                                           per_advisor)
                         for m in sorted(advisors, key=lambda m: c.name(m.id)))
        return AccountabilityData(
            meta=self._meta("accountability", p, redacted, names=c, as_at=p.as_at_label()),
            figures=figures,
            sessions_per_week=weekly(p, (f.start for f in facts)),
            escalations_by_level=tuple((word(LEVELS, lv), levels.get(lv, 0)) for lv in
                                       ("imminent", "high", "moderate", "concern")),
            themes=tuple(themes.most_common(8)), challenges=tuple(tags.most_common(7)),
            acknowledgement=c.acknowledgement(),
            coverage=tuple(CoverageRow(c.name(a.id), bool(coverage.get(a.id) and
                                                          coverage[a.id].supervised),
                                       coverage[a.id].notes_in_period if a.id in coverage
                                       else 0,
                                       padded_day_label(coverage[a.id].last_on)
                                       if a.id in coverage and coverage[a.id].last_on
                                       else _("never"))
                           for a in sorted(advisors, key=lambda m: c.name(m.id))),
            escalations=c.escalations_with_activity(),
            still_open=c.escalations_still_open(), advisors=sections,
            agreements=tuple(attention), advisees_without_agreement=missing,
            moment=p.moment_words(),
            actions_due=tuple(c.actions()) if include_text else (),
            no_contact=tuple(no_contact), no_contact_days=days, includes_text=include_text,
            role_grants=role_grant_rows(ctx, p.lo, p.hi, c.name, p.local))

    def accountability(self, start: date, end: date, *, redacted: bool = False,
                       as_at_today: bool = False, progress: Progress | None = None,
                       should_cancel: ShouldCancel | None = None,
                       write: Write | None = None, lang: str | None = None) -> IssuedPdf:
        """``lang``: the report's language; by default the acting member's own."""
        from peerdesk.reports.accountability import AccountabilityReport

        with using(self.language(lang)):
            data = self.accountability_data(start, end, redacted=redacted,
                                            as_at_today=as_at_today)
            pdf = AccountabilityReport(data).render(progress, should_cancel)
        return self._issue("accountability", data.meta, pdf,
                           {"from": start.isoformat(), "to": end.isoformat(),
                            "redacted": str(redacted).lower(), "as_at": _as_at(as_at_today)},
                           operational=not data.includes_text, about_self=False, write=write)

    # -- advisor -----------------------------------------------------------------------
    def advisor_data(self, advisor_id: str, start: date, end: date, *,
                     redacted: bool = False, as_at_today: bool = False) -> AdvisorReportData:
        ctx = self.ctx
        about_self = advisor_id == ctx.actor.member_id
        if not (self._is(Role.SUPERVISOR) or self._is(Role.COORDINATOR) or about_self):
            raise PermissionDenied(N_("You can only produce the report about yourself."))
        include_text = self._is(Role.SUPERVISOR) or about_self
        member = records.get(ctx.db, Member, advisor_id, with_text=False)
        if member is None or Role.ADVISOR not in member.roles:
            raise NotFound("No such advisor.")
        p = Period(ctx, start, end, as_at_today=as_at_today)
        c = Collector(ctx, p, redacted=redacted, include_text=include_text, services=self.svc)
        facts = report_queries.session_facts(ctx.db, p.lo, p.hi, p.at, advisor_id)
        if about_self and not (self._is(Role.SUPERVISOR) or self._is(Role.COORDINATOR)):
            coverage = {advisor_id: self._own_coverage(advisor_id, p)}
        else:
            coverage = {cv.advisor_id: cv
                        for cv in self.svc.supervision.coverage(start, end, at=p.at)}
        found = c.agreements(advisor_id)
        attention = found.rows
        section = c.advisor_section(member, facts, coverage, found.drift_by_advisor,
                                    agreement_counts(found.in_force))
        codes = report_queries.advisee_codes(ctx.db, sorted({f.advisee_id for f in facts}))
        sessions = tuple(
            (p.local(f.start), codes.get(f.advisee_id, ("?", ""))[0], word(CHANNELS, f.channel),
             str(f.minutes), ", ".join(json.loads(f.themes)))
            for f in facts)
        reflections = tuple(
            (p.local(f.start), word(REQUESTS, f.request or "none"),
             ", ".join(word(CHALLENGES, t) for t in json.loads(f.tags or "[]")),
             _("yes") if f.reviewed else _("not yet"))
            for f in facts if f.reflection_at)
        advisee_ids = sorted({f.advisee_id for f in facts})
        figures = (
            Figure(_("sessions"), str(section.sessions),
                   _("{n} hours").format(n=f"{section.hours:.1f}")),
            Figure(_("advisees"), str(section.advisees)),
            Figure(_("reflections within 48\u00a0h"), str(section.reflections_within_48h),
                   _("{n} written").format(n=section.reflections_done)),
            Figure(_("supervision requests"),
                   str(section.urgent_requests + section.routine_requests),
                   _("{n} urgent").format(n=section.urgent_requests),
                   alert=section.urgent_requests > 0),
        )
        return AdvisorReportData(
            meta=self._meta("advisor", p, redacted,
                            _("Advisor report: {name}").format(name=c.name(advisor_id)),
                            as_at=p.as_at_label()),
            advisor=section, figures=figures, sessions=sessions, reflections=reflections,
            agreements=tuple(attention), actions=tuple(c.actions(advisor_id)),
            escalations=c.escalations(advisee_ids) if advisee_ids else (),
            includes_text=include_text)

    def _own_coverage(self, advisor_id: str, p: Period) -> Any:
        """Supervision coverage of the acting advisor, from the notes about them that they
        may know exist (an advisor may not list everyone's coverage), entered by the
        period's moment."""
        from peerdesk.services.supervision import Coverage

        later = report_queries.notes_entered_after(self.ctx.db, p.at)
        days = [n.on for n in self.svc.supervision.existence(advisor_id)
                if n.on <= p.end and n.note_id not in later]
        in_period = [d for d in days if d >= p.start]
        return Coverage(advisor_id, "", bool(in_period), len(in_period),
                        max(days) if days else None)

    def advisor(self, advisor_id: str, start: date, end: date, *, redacted: bool = False,
                as_at_today: bool = False, progress: Progress | None = None,
                should_cancel: ShouldCancel | None = None,
                write: Write | None = None, lang: str | None = None) -> IssuedPdf:
        from peerdesk.reports.advisor import AdvisorReport

        with using(self.language(lang)):
            data = self.advisor_data(advisor_id, start, end, redacted=redacted,
                                     as_at_today=as_at_today)
            pdf = AdvisorReport(data).render(progress, should_cancel)
        about_self = advisor_id == self.ctx.actor.member_id
        return self._issue("advisor", data.meta, pdf,
                           {"advisor": advisor_id, "from": start.isoformat(),
                            "to": end.isoformat(), "as_at": _as_at(as_at_today)},
                           operational=not data.includes_text,
                           about_self=about_self, write=write)

    # -- escalation record -------------------------------------------------------------
    def escalation_data(self, escalation_id: str) -> EscalationRecordData:
        ctx = self.ctx
        if not (self._is(Role.SUPERVISOR) or self._is(Role.COORDINATOR)):
            raise PermissionDenied(N_("Only a coordinator or supervisor can print an "
                                      "escalation record."))
        view = self.svc.escalations.get(escalation_id)
        e = view.escalation
        raised = e.raised_at.astimezone(ctx.tz).date()
        today = ctx.now().astimezone(ctx.tz).date()
        p = Period(ctx, raised, max(raised, today))
        include_text = self._is(Role.SUPERVISOR)
        c = Collector(ctx, p, redacted=False, include_text=include_text, services=self.svc)
        advisee = records.get(ctx.db, Advisee, e.advisee_id, with_text=False)
        code = advisee.code if advisee else "?"
        referrals = tuple((r.name, word(RESOURCE_KINDS, r.kind), r.phone)
                          for r in self.svc.referrals.list())
        return EscalationRecordData(
            meta=self._meta("escalation", p, False,
                            _("Escalation record: {code}").format(code=code)),
            escalation=c.escalation_section(escalation_id, code),
            advisee_status=word(ADVISEE_STATUS, advisee.status) if advisee else "",
            advisors=", ".join(c.name(a) for a in sorted(advisee.advisor_ids))
            if advisee else "", referrals=referrals, includes_text=include_text)

    def escalation_record(self, escalation_id: str, *, progress: Progress | None = None,
                          should_cancel: ShouldCancel | None = None,
                          write: Write | None = None, lang: str | None = None) -> IssuedPdf:
        from peerdesk.reports.escalation_record import EscalationRecordReport

        with using(self.language(lang)):
            data = self.escalation_data(escalation_id)
            pdf = EscalationRecordReport(data).render(progress, should_cancel)
        return self._issue("escalation", data.meta, pdf, {"escalation": escalation_id},
                           operational=not data.includes_text, about_self=False, write=write)

    def language(self, lang: str | None) -> str:
        """``lang`` if given (checked), else the acting member's language setting."""
        if lang is None:
            return str(self.svc.settings.language())
        if lang not in LANGUAGES:
            raise ValidationError(Message(N_("Choose a report language: {choices}."),
                                          choices=", ".join(LANGUAGES)), "lang")
        return lang

    # -- checking a file ----------------------------------------------------------------
    def identify(self, pdf: bytes) -> Any:
        """The register entry of exactly this file, or None."""
        from peerdesk.reports.layout import sha256

        return self.svc.register.find_by_sha256(sha256(pdf))


def _as_at(today: bool) -> str:
    """How the register records the moment a report's records were taken at."""
    return "today" if today else "end"
