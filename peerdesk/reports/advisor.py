"""The advisor report: one advisor over a period, for a supervision meeting."""

from __future__ import annotations

from collections.abc import Iterator

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from peerdesk.i18n import _
from peerdesk.reports.blocks import (
    escalation_block,
    figure_grid,
    heading,
    labelled,
    para,
    sign_off,
    title_block,
)
from peerdesk.reports.data import AdvisorReportData
from peerdesk.reports.layout import ReportBuilder
from peerdesk.reports.tables import data_table


class AdvisorReport(ReportBuilder):
    def __init__(self, data: AdvisorReportData) -> None:
        super().__init__(data.meta)
        self.data = data

    def estimated_size(self) -> int:
        return 30 + len(self.data.escalations) * 12

    def story(self) -> Iterator[Flowable]:
        d = self.data
        a = d.advisor
        yield from title_block(d.meta)
        yield figure_grid(d.figures)
        if not d.includes_text:
            yield para(_("This is the operational version of the report: it counts and "
                         "dates everything but leaves out note text."), "small")
        yield Spacer(1, 4 * mm)
        yield labelled(_("Supervision"),
                       _("yes, last {day}").format(day=a.last_supervision) if a.supervised
                       else _("not supervised in this period"))
        if a.challenges:
            yield labelled(_("Challenges named in reflections"),
                           ", ".join(f"{n} ({c})" for n, c in a.challenges))
        if a.themes:
            yield labelled(_("Session themes"), ", ".join(f"{n} ({c})" for n, c in a.themes))
        yield heading(_("Sessions"))
        yield from data_table([_("When"), _("Advisee"), _("Channel"), _("Minutes"), _("Themes")],
                              d.sessions, [36 * mm, 22 * mm, 22 * mm, 18 * mm, 76 * mm],
                              empty=_("No sessions in this period."))
        yield heading(_("Reflections"))
        yield from data_table([_("Session"), _("Supervision request"), _("Challenges"),
                               _("Reviewed")],
                              d.reflections, [36 * mm, 30 * mm, 84 * mm, 24 * mm],
                              empty=_("No reflections in this period."))
        yield heading(_("Boundary agreements needing attention"))
        yield from data_table(
            [_("Advisee"), _("Status"), _("Review"), _("Acknowledged"), _("Drift"), _("Breaches")],
            [(r.advisee_code, r.status, r.review, r.acknowledged, r.drift, r.breaches)
             for r in d.agreements],
            [24 * mm, 24 * mm, 24 * mm, 27 * mm, 55 * mm, 20 * mm],
            empty=_("Every agreement is in order."))
        yield heading(_("Supervision actions"))
        yield from data_table([_("Due"), _("Action"), _("From the note of")],
                              [(x.due, x.text, x.from_note) for x in d.actions],
                              [26 * mm, 114 * mm, 34 * mm], empty=_("No open actions."),
                              alert_rows=[i for i, x in enumerate(d.actions) if x.overdue])
        yield heading(_("Escalations about these advisees ({n})").format(
            n=len(d.escalations)))
        for e in d.escalations:
            yield from escalation_block(e, with_text=d.includes_text)
        yield sign_off()
