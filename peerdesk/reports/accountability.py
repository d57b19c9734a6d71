"""The accountability report: the month (or any period) at a glance, then the detail."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from peerdesk.i18n import _, ngettext
from peerdesk.reports.blocks import (
    escalation_block,
    figure_grid,
    heading,
    para,
    sign_off,
    title_block,
)
from peerdesk.reports.charts import LEVEL_COLOURS, bar_chart, column_chart
from peerdesk.reports.data import (
    AccountabilityData,
    ActionRow,
    AgreementRow,
    EscalationSection,
)
from peerdesk.reports.layout import ReportBuilder
from peerdesk.reports.role_grants import role_grant_block
from peerdesk.reports.styles import TABLE_FONT
from peerdesk.reports.tables import data_table
from peerdesk.reports.wording import LEVELS, word


class AccountabilityReport(ReportBuilder):
    def __init__(self, data: AccountabilityData) -> None:
        super().__init__(data.meta)
        self.data = data

    def estimated_size(self) -> int:
        d = self.data
        return 40 + 12 * len(d.escalations)

    def story(self) -> Iterator[Flowable]:
        yield from self.summary()
        yield from self.escalations()
        yield from self.advisors()
        yield from self.agreements()
        yield from self.actions()
        yield from self.themes()
        yield from role_grant_block(self.data.role_grants)
        yield sign_off()

    # -- page 1 ----------------------------------------------------------------------
    def summary(self) -> Iterator[Flowable]:
        d = self.data
        yield from title_block(d.meta)
        yield figure_grid(d.figures, columns=5)
        yield Spacer(1, 5 * mm)
        weeks = d.sessions_per_week
        yield column_chart(_("Sessions per week, Monday to Sunday (lighter bars: part weeks "
                             "at the ends of the period)"),
                           [(label, n) for label, n, _ in weeks],
                           every=max(1, len(weeks) // 14),
                           faint=[i for i, (_, _, days) in enumerate(weeks) if days < 7])
        yield Spacer(1, 3 * mm)
        height = _height(d.escalations_by_level, d.themes)
        left = bar_chart(_("Escalations raised, by level"), d.escalations_by_level,
                         colours={word(LEVELS, k): c for k, c in LEVEL_COLOURS.items()},
                         height=height)
        right = bar_chart(_("Most common session themes"), d.themes, height=height)
        pair = Table([[left, right]], colWidths=[87 * mm, 87 * mm])
        pair.setStyle(TableStyle([TABLE_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        yield pair
        yield Spacer(1, 3 * mm)
        yield para(_("Time to acknowledge escalations, against the group's deadlines"), "h2")
        yield from data_table(
            [_("Level"), _("Deadline"), _("Median time"), _("Acknowledged in time")],
            d.acknowledgement, [30 * mm, 40 * mm, 50 * mm, 54 * mm],
            empty=_("No escalations were raised in this period."))
        if not d.includes_text:
            yield para(_("This is the operational version of the report: it counts and "
                         "dates everything but leaves out note text."), "small")
        yield PageBreak()

    # -- detail ------------------------------------------------------------------------
    def escalations(self) -> Iterator[Flowable]:
        d = self.data
        yield heading(_("Escalations with activity in the period ({n})").format(
            n=len(d.escalations)))
        if not d.escalations:
            yield para(_("No escalation was raised, updated or disclosed in this period."))
        else:
            yield para(_("In full: every escalation raised in the period, or with an event or "
                         "a disclosure in it."), "small")
        for e in d.escalations:
            if e.raised_in_period:
                yield from escalation_block(e, with_text=d.includes_text)
                yield Spacer(1, 4 * mm)
        earlier = [e for e in d.escalations if not e.raised_in_period]
        if earlier:
            yield heading(_("Activity in the period on escalations raised earlier ({n})")
                          .format(n=len(earlier)), "h2")
            yield para(_("What happened to each of them in the period; its whole history is "
                         "in its escalation record."), "small")
            yield from data_table(
                [_("Escalation"), _("When"), _("Who"), _("What"), _("Note")],
                activity_rows(earlier, with_text=d.includes_text),
                [34 * mm, 30 * mm, 26 * mm, 34 * mm, 50 * mm])
        yield heading(_("Still open from earlier ({n})").format(n=len(d.still_open)), "h2")
        yield para(_("Every other escalation not closed {moment}: raised earlier, with no "
                     "activity in the period. State and overdue {moment}.").format(
                         moment=d.moment), "small")
        yield from data_table(
            [_("Advisee"), _("Level"), _("State"), _("Raised"), _("Last activity"), _("Overdue")],
            [(r.advisee_code, r.level, r.state, r.raised, r.last_activity,
              _("OVERDUE") if r.overdue else "") for r in d.still_open],
            [26 * mm, 24 * mm, 36 * mm, 30 * mm, 34 * mm, 24 * mm],
            alert_rows=[i for i, r in enumerate(d.still_open) if r.overdue],
            empty=_("None: every earlier escalation was closed or had activity in the "
                    "period."))

    def advisors(self) -> Iterator[Flowable]:
        d = self.data
        yield heading(_("Supervision coverage"))
        yield from data_table(
            [_("Advisor"), _("Supervised in the period"), _("Notes"), _("Last supervision")],
            [(c.name, _("yes") if c.supervised else _("NO"), c.notes, c.last)
             for c in d.coverage],
            [60 * mm, 42 * mm, 22 * mm, 50 * mm],
            alert_rows=[i for i, c in enumerate(d.coverage) if not c.supervised],
            empty=_("No active advisors."))
        yield heading(_("Each advisor"))
        yield from data_table(
            [_("Advisor"), _("Sessions"), _("Hours"), _("Advisees"), _("Reflections (within 48 h)"),
             _("Requests (urgent / routine)"), _("Agreements"), _("Drift alerts")],
            [(a.name, a.sessions, f"{a.hours:.1f}", a.advisees,
              f"{a.reflections_done} ({a.reflections_within_48h})",
              f"{a.urgent_requests} / {a.routine_requests}", a.agreements_active,
              a.drift_alerts) for a in d.advisors],
            [42 * mm, 16 * mm, 13 * mm, 16 * mm, 25 * mm, 20 * mm, 22 * mm, 20 * mm],
            empty=_("No active advisors."))
        named = [a for a in d.advisors if a.challenges]
        if named:
            yield heading(_("Challenges named in reflections, by advisor"), "h2")
            yield from data_table(
                [_("Advisor"), _("Challenges (times named)")],
                [(a.name, ", ".join(f"{n} ({c})" for n, c in a.challenges)) for a in named],
                [40 * mm, 134 * mm])

    def agreements(self) -> Iterator[Flowable]:
        d = self.data
        yield heading(_("Boundary agreements needing attention ({n})").format(
            n=len(d.agreements)))
        yield para(_("Agreements in force with drift in the period, past their review date "
                     "or not acknowledged by its end, or breached in it. Drift counts the "
                     "period's sessions: over the monthly cap (sessions in a month / cap), "
                     "outside the agreed hours or days, longer than agreed, or on another "
                     "channel."), "small")
        missing = d.advisees_without_agreement
        if missing:
            yield para(ngettext(
                "{n} advisee seen in the period has no agreement in force with the advisor "
                "they saw.",
                "{n} advisees seen in the period have no agreement in force with the advisor "
                "they saw.", missing).format(n=f"{missing:,}"), "alert")
        yield from data_table(
            [_("Advisor"), _("Agreements listed"), _("Drifting"), _("Review due"),
             _("Not acknowledged"), _("Breaches")],
            agreement_summary(d.agreements),
            [44 * mm, 28 * mm, 22 * mm, 24 * mm, 32 * mm, 24 * mm],
            empty=_("Every agreement is in order."))
        if len(d.agreements) > PAIR_DETAIL_MAX:
            yield para(_("The {n} agreements behind these counts are listed pair by pair in "
                         "each advisor's report.").format(n=f"{len(d.agreements):,}"), "small")
            return
        yield from data_table(
            [_("Advisor"), _("Advisee"), _("Status"), _("Review due"), _("Acknowledged"),
             _("Drift in the period"), _("Breaches")],
            [(r.advisor, r.advisee_code, r.status, r.review, r.acknowledged, r.drift,
              r.breaches or "") for r in d.agreements],
            [27 * mm, 17 * mm, 23 * mm, 21 * mm, 25 * mm, 44 * mm, 17 * mm],
            empty=_("Every agreement is in order."))

    def actions(self) -> Iterator[Flowable]:
        d = self.data
        if d.includes_text:
            yield heading(_("Supervision actions due by the end of the period ({n})")
                          .format(n=len(d.actions_due)))
            if len(d.actions_due) > PAIR_DETAIL_MAX:
                yield from data_table(
                    [_("Owner"), _("Open actions"), _("Overdue"), _("Oldest due")],
                    action_summary(d.actions_due), [60 * mm, 36 * mm, 30 * mm, 48 * mm])
                yield para(_("The {n} actions are listed one by one in each advisor's "
                             "report.").format(n=f"{len(d.actions_due):,}"), "small")
            else:
                yield from data_table(
                    [_("Due"), _("Owner"), _("Action"), _("From the note of")],
                    [(a.due, a.owner, a.text, a.from_note) for a in d.actions_due],
                    [34 * mm, 32 * mm, 80 * mm, 28 * mm],
                    alert_rows=[i for i, a in enumerate(d.actions_due) if a.overdue],
                    empty=_("No open actions."))
        yield heading(_("Advisees with no contact in {days} days ({n})").format(
            days=d.no_contact_days, n=len(d.no_contact)))
        yield from data_table(
            [_("Advisee"), _("Last session"), _("Days"), _("Advisors")],
            [(r.advisee_code, r.last_session, r.days, r.advisors) for r in d.no_contact],
            [28 * mm, 40 * mm, 20 * mm, 86 * mm], empty=_("Everyone active was seen recently."))

    def themes(self) -> Iterator[Flowable]:
        d = self.data
        height = _height(d.themes, d.challenges)
        left = bar_chart(_("Session themes"), d.themes, width=240, height=height)
        right = bar_chart(_("Challenges named in reflections"), d.challenges, width=240,
                          height=height)
        pair = Table([[left, right]], colWidths=[87 * mm, 87 * mm])
        pair.setStyle(TableStyle([TABLE_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        yield KeepTogether([heading(_("Recurring themes")), pair])


#: Above this many agreements the report gives counts per advisor only (a longer list is
#: not something a supervisor reads; each advisor's report has the pairs).
PAIR_DETAIL_MAX = 120


def activity_rows(sections: Sequence[EscalationSection], *, with_text: bool
                  ) -> list[tuple[object, ...]]:
    rows: list[tuple[object, ...]] = []
    for e in sections:
        label = f"{e.advisee_code} · {e.level}, {e.state}" + (
            " · " + _("OVERDUE") if e.overdue else "")
        for ev in e.events:
            rows.append((label, ev.at, ev.by, ev.what, ev.note if with_text else ""))
        for x in e.disclosures:
            told = _("told {whom}").format(
                whom=f"{x.told_whom} ({x.role})" if x.role else x.told_whom)
            rows.append((label, x.at, "", told + (_("; advisee knew") if x.advisee_knew
                                                   else _("; advisee did not know")),
                         x.what if with_text else ""))
    return rows


def action_summary(actions: Sequence[ActionRow]) -> list[tuple[object, ...]]:
    """Per owner: open actions, how many are overdue, and the oldest due date (the list is
    sorted oldest first, so the first one seen is the oldest)."""
    by: dict[str, list[object]] = {}
    for a in actions:
        row = by.setdefault(a.owner, [0, 0, a.due])
        row[0] = int(str(row[0])) + 1
        row[1] = int(str(row[1])) + int(a.overdue)
    return [(owner, *vals) for owner, vals in sorted(by.items())]


def agreement_summary(rows: Sequence[AgreementRow]) -> list[tuple[object, ...]]:
    """Per advisor: how many agreements are listed, and for which reasons."""
    by: dict[str, list[int]] = {}
    for r in rows:
        counts = by.setdefault(r.advisor, [0, 0, 0, 0, 0])
        counts[0] += 1
        counts[1] += bool(r.drift)
        counts[2] += bool(r.review)
        counts[3] += r.acknowledged not in (_("yes"), "")
        counts[4] += r.breaches
    return [(name, *(c or "" for c in counts)) for name, counts in sorted(by.items())]


def _height(*series: tuple[tuple[str, int], ...]) -> float:
    return max(60.0, 26 + 15 * max(min(len(s), 10) for s in series))
