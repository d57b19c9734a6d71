"""Which domain record lives in which table, and which of its fields are long text."""

from __future__ import annotations

from dataclasses import dataclass

from peerdesk.domain.records_base import Record
from peerdesk.domain.records_people import Advisee, Member
from peerdesk.domain.records_practice import (
    BoundaryAgreement,
    Breach,
    Reflection,
    Session,
    SupervisionNote,
)
from peerdesk.domain.records_register import IssuedReport
from peerdesk.domain.records_risk import Disclosure, Escalation, EscalationEvent, ReferralResource


@dataclass(frozen=True)
class TableSpec:
    kind: str
    table: str
    cls: type[Record]
    #: Fields kept in ``<table>_text`` so that scans of ``table`` never decrypt them.
    text_fields: tuple[str, ...] = ()
    #: Fields that go into the full-text index (a subset of text_fields).
    searchable: tuple[str, ...] = ()
    #: Columns that only exist in storage (not on the domain record).
    extra_columns: tuple[str, ...] = ()

    @property
    def text_table(self) -> str:
        return f"{self.table}_text"


SPECS: tuple[TableSpec, ...] = (
    TableSpec("member", "members", Member),
    TableSpec("advisee", "advisees", Advisee, ("display_name", "contact", "closed_reason")),
    TableSpec("session", "sessions", Session, ("summary", "next_steps"),
              ("summary", "next_steps")),
    TableSpec("reflection", "reflections", Reflection,
              ("went_well", "was_hard", "suggestions_made"),
              ("went_well", "was_hard", "suggestions_made")),
    TableSpec("agreement", "agreements", BoundaryAgreement, ("free_text",)),
    TableSpec("breach", "breaches", Breach, ("note",)),
    TableSpec("supervision_note", "supervision_notes", SupervisionNote,
              ("discussion", "shared_summary", "training_needs"),
              ("discussion", "shared_summary", "training_needs")),
    TableSpec("escalation", "escalations", Escalation, ("description", "immediate_action"),
              ("description", "immediate_action"), ("ack_due", "acknowledged_at", "closed_at")),
    TableSpec("escalation_event", "escalation_events", EscalationEvent, ("note",), ("note",)),
    TableSpec("disclosure", "disclosures", Disclosure,
              ("told_whom", "role_or_organisation", "what_was_shared", "why")),
    TableSpec("referral_resource", "referral_resources", ReferralResource, ("notes",)),
    TableSpec("issued_report", "issued_reports", IssuedReport),
)

BY_KIND = {s.kind: s for s in SPECS}
BY_CLASS: dict[type[Record], TableSpec] = {s.cls: s for s in SPECS}


def spec_for(cls: type[Record]) -> TableSpec:
    return BY_CLASS[cls]
