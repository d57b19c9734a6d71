"""Prepared data for reports. The service layer fills these; renderers only lay them out.

All text here is already what should be printed (advisees by code, members by name or by
alias when redacted). Dates are already in the group's time zone where they are labels.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

from peerdesk.i18n.dates import day_label, moment_label


@dataclass(frozen=True)
class ReportMeta:
    report_id: str
    kind: str
    title: str
    group_name: str
    period_start: date
    period_end: date  # inclusive
    generated_by: str
    generated_at: datetime  # aware, UTC
    timezone: str
    audit_head_seq: int
    audit_head_hash: str
    redacted: bool = False
    #: What page 1 says about the moment the records are taken at ("" for none).
    as_at: str = ""

    def period_label(self) -> str:
        a, b = self.period_start, self.period_end
        if a == b:
            return day_label(a)
        if (a.year, a.month) == (b.year, b.month):
            return f"{a.day}–{day_label(b)}"
        return f"{day_label(a)} – {day_label(b)}"

    def generated_label(self) -> str:
        try:
            local = self.generated_at.astimezone(ZoneInfo(self.timezone))
        except (ValueError, KeyError):
            local = self.generated_at
        utc = self.generated_at.strftime("%Y-%m-%d %H:%M UTC")
        return f"{moment_label(local)} ({self.timezone}; {utc})"


@dataclass(frozen=True)
class Figure:
    label: str
    value: str
    note: str = ""
    alert: bool = False


@dataclass(frozen=True)
class EventLine:
    at: str
    by: str
    what: str
    note: str = ""


@dataclass(frozen=True)
class DisclosureLine:
    at: str
    told_whom: str
    role: str
    what: str
    why: str
    advisee_knew: bool


@dataclass(frozen=True)
class EscalationSection:
    escalation_id: str
    advisee_code: str
    level: str
    state: str
    categories: str
    raised_at: str
    raised_by: str
    ack_due: str
    acknowledged: str  # label, or "" if not yet
    overdue: bool
    description: str = ""
    immediate_action: str = ""
    events: tuple[EventLine, ...] = ()
    disclosures: tuple[DisclosureLine, ...] = ()
    #: Events and disclosures before the period, left out of a period report (they are
    #: in the escalation's own record).
    earlier_entries: int = 0
    raised_in_period: bool = True


@dataclass(frozen=True)
class StillOpenRow:
    """An escalation raised before the period, with no activity in it, not closed at the
    report's moment (state and overdue then)."""

    advisee_code: str
    level: str
    state: str
    raised: str
    last_activity: str
    overdue: bool


@dataclass(frozen=True)
class AdvisorSection:
    name: str
    sessions: int
    hours: float
    advisees: int
    reflections_done: int
    reflections_within_48h: int
    urgent_requests: int
    routine_requests: int
    supervised: bool
    last_supervision: str
    agreements_active: int
    drift_alerts: int
    challenges: tuple[tuple[str, int], ...] = ()
    themes: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class CoverageRow:
    name: str
    supervised: bool
    notes: int
    last: str


@dataclass(frozen=True)
class AgreementRow:
    advisor: str
    advisee_code: str
    status: str
    review: str
    acknowledged: str
    drift: str
    breaches: int


@dataclass(frozen=True)
class ActionRow:
    due: str
    owner: str
    text: str
    from_note: str
    overdue: bool


@dataclass(frozen=True)
class NoContactRow:
    advisee_code: str
    last_session: str
    days: int
    advisors: str


@dataclass(frozen=True)
class RoleGrantRow:
    """A role granted or removed (from the audit chain)."""

    when: str
    by: str
    member: str
    role: str
    change: str  # "granted" or "removed"
    audit_seq: int


@dataclass(frozen=True)
class AccountabilityData:
    meta: ReportMeta
    figures: tuple[Figure, ...]
    sessions_per_week: tuple[tuple[str, int, int], ...]  # label, sessions, days in period
    escalations_by_level: tuple[tuple[str, int], ...]
    themes: tuple[tuple[str, int], ...]
    challenges: tuple[tuple[str, int], ...]
    acknowledgement: tuple[tuple[str, str, str, str], ...]  # level, deadline, median, on time
    coverage: tuple[CoverageRow, ...]
    escalations: tuple[EscalationSection, ...]
    advisors: tuple[AdvisorSection, ...]
    agreements: tuple[AgreementRow, ...]
    actions_due: tuple[ActionRow, ...]
    no_contact: tuple[NoContactRow, ...]
    no_contact_days: int = 30
    includes_text: bool = True
    still_open: tuple[StillOpenRow, ...] = ()
    advisees_without_agreement: int = 0  # with sessions in the period
    role_grants: tuple[RoleGrantRow, ...] = ()
    #: When states are taken: "at the end of the period", "today" or "now".
    moment: str = "at the end of the period"


@dataclass(frozen=True)
class AdvisorReportData:
    meta: ReportMeta
    advisor: AdvisorSection
    figures: tuple[Figure, ...]
    sessions: tuple[tuple[str, str, str, str, str], ...]  # when, code, channel, minutes, themes
    reflections: tuple[tuple[str, str, str, str], ...]  # when, request, challenges, reviewed
    agreements: tuple[AgreementRow, ...]
    actions: tuple[ActionRow, ...]
    escalations: tuple[EscalationSection, ...]
    supervision: tuple[tuple[str, str], ...] = field(default=())  # date, shared summary
    includes_text: bool = True


@dataclass(frozen=True)
class EscalationRecordData:
    meta: ReportMeta
    escalation: EscalationSection
    advisee_status: str
    advisors: str
    referrals: tuple[tuple[str, str, str], ...] = ()  # name, kind, phone
    includes_text: bool = True
