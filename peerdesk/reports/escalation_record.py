"""One escalation, complete: for a handover or a referral."""

from __future__ import annotations

from collections.abc import Iterator

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from peerdesk.i18n import _
from peerdesk.reports.blocks import escalation_block, heading, labelled, para, sign_off
from peerdesk.reports.data import EscalationRecordData
from peerdesk.reports.layout import ReportBuilder
from peerdesk.reports.safety import pdf_text
from peerdesk.reports.tables import data_table


class EscalationRecordReport(ReportBuilder):
    def __init__(self, data: EscalationRecordData) -> None:
        super().__init__(data.meta)
        self.data = data

    def story(self) -> Iterator[Flowable]:
        d, s = self.data, self.s
        yield Paragraph(pdf_text(d.meta.title, bold=True), s["title"])
        yield Paragraph(pdf_text(d.meta.group_name), s["subtitle"])
        yield para(_("Share this record only with the people the disclosure log names, and "
                     "only what they need. The advisee is identified by code."), "small")
        if not d.includes_text:
            yield para(_("This is the operational version of the record: it dates and counts "
                         "everything but leaves out note text."), "small")
        yield labelled(_("Advisee"), f"{d.escalation.advisee_code} ({d.advisee_status})")
        yield labelled(_("Assigned advisors"), d.advisors)
        yield from escalation_block(d.escalation, with_text=d.includes_text)
        yield heading(_("Referral directory of the group"))
        yield from data_table([_("Name"), _("Kind"), _("Phone")], d.referrals,
                              [80 * mm, 40 * mm, 54 * mm],
                              empty=_("The group has not recorded any referral resources."))
        yield sign_off()
