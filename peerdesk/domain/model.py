"""One import for every record and vocabulary: ``from peerdesk.domain.model import ...``."""

from __future__ import annotations

from peerdesk.domain.records_base import Record, RecordMeta, new_id, require_aware_utc
from peerdesk.domain.records_people import Account, Advisee, Member, TrainingRecord
from peerdesk.domain.records_practice import (
    BoundaryAgreement,
    Breach,
    Reflection,
    Session,
    SupervisionAction,
    SupervisionNote,
)
from peerdesk.domain.records_register import IssuedReport
from peerdesk.domain.records_risk import (
    Disclosure,
    Escalation,
    EscalationEvent,
    ReferralResource,
)
from peerdesk.domain.vocab import (
    WEEKDAY_ORDER,
    AckMethod,
    ActionType,
    AdviseeStatus,
    AgreementStatus,
    BreachKind,
    ChallengeTag,
    Channel,
    Clause,
    ConsentScope,
    EscalationState,
    EventKind,
    ResourceKind,
    RiskCategory,
    RiskLevel,
    Role,
    SupervisionFormat,
    SupervisionRequest,
    Weekday,
)

__all__ = [
    "WEEKDAY_ORDER",
    "Account",
    "AckMethod",
    "ActionType",
    "Advisee",
    "AdviseeStatus",
    "AgreementStatus",
    "BoundaryAgreement",
    "Breach",
    "BreachKind",
    "ChallengeTag",
    "Channel",
    "Clause",
    "ConsentScope",
    "Disclosure",
    "Escalation",
    "EscalationEvent",
    "EscalationState",
    "EventKind",
    "IssuedReport",
    "Member",
    "Record",
    "RecordMeta",
    "ReferralResource",
    "Reflection",
    "ResourceKind",
    "RiskCategory",
    "RiskLevel",
    "Role",
    "Session",
    "SupervisionAction",
    "SupervisionFormat",
    "SupervisionNote",
    "SupervisionRequest",
    "TrainingRecord",
    "Weekday",
    "new_id",
    "require_aware_utc",
]
