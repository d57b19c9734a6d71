"""Records of risk: escalations, their append-only events, disclosures, resources."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from peerdesk.domain.records_base import Record
from peerdesk.domain.vocab import (
    ActionType,
    EscalationState,
    EventKind,
    ResourceKind,
    RiskCategory,
    RiskLevel,
)


@dataclass(frozen=True, kw_only=True, slots=True)
class Escalation(Record):
    advisee_id: str
    raised_by: str
    raised_at: datetime
    level: RiskLevel
    categories: frozenset[RiskCategory]
    description: str = ""
    immediate_action: str = ""
    state: EscalationState = EscalationState.OPEN


@dataclass(frozen=True, kw_only=True, slots=True)
class EscalationEvent(Record):
    escalation_id: str
    kind: EventKind
    at: datetime
    by: str
    from_state: EscalationState | None = None
    to_state: EscalationState | None = None
    action_type: ActionType | None = None
    note: str = ""


@dataclass(frozen=True, kw_only=True, slots=True)
class Disclosure(Record):
    """Who was told what, why, and whether the advisee knew."""

    escalation_id: str
    at: datetime
    told_whom: str
    role_or_organisation: str = ""
    what_was_shared: str
    why: str
    advisee_knew: bool


@dataclass(frozen=True, kw_only=True, slots=True)
class ReferralResource(Record):
    name: str
    kind: ResourceKind
    phone: str = ""
    hours: str = ""
    notes: str = ""
    verified_at: datetime | None = None
    verified_by: str | None = None
