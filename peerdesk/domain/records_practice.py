"""Records of practice: sessions, reflections, agreements, breaches, supervision."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time

from peerdesk.domain.records_base import Record
from peerdesk.domain.vocab import (
    AckMethod,
    AgreementStatus,
    BreachKind,
    ChallengeTag,
    Channel,
    Clause,
    SupervisionFormat,
    SupervisionRequest,
    Weekday,
)


@dataclass(frozen=True, kw_only=True, slots=True)
class Session(Record):
    advisee_id: str
    advisor_id: str
    start: datetime  # aware, UTC
    duration_minutes: int
    channel: Channel
    themes: tuple[str, ...] = ()
    summary: str = ""
    next_steps: str = ""
    follow_up: date | None = None
    risk_noticed: bool = False


@dataclass(frozen=True, kw_only=True, slots=True)
class Reflection(Record):
    session_id: str
    author_id: str
    went_well: str = ""
    was_hard: str = ""
    suggestions_made: str = ""
    confidence: int | None = None  # 1-5
    challenge_tags: frozenset[ChallengeTag] = field(default_factory=frozenset)
    wellbeing: int | None = None  # 1-5
    supervision_request: SupervisionRequest = SupervisionRequest.NONE
    reviewed_at: datetime | None = None
    reviewed_by: str | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class BoundaryAgreement(Record):
    advisor_id: str
    advisee_id: str
    channels: frozenset[Channel]
    #: Empty means "any day". Hours are local to the group's time zone.
    contact_days: frozenset[Weekday] = field(default_factory=frozenset)
    contact_start: time | None = None
    contact_end: time | None = None
    max_sessions_per_month: int | None = None
    max_session_minutes: int | None = None
    start_date: date
    review_date: date | None = None
    end_date: date | None = None
    clauses: frozenset[Clause] = field(default_factory=frozenset)
    free_text: str = ""
    advisee_ack_date: date | None = None
    advisee_ack_how: AckMethod | None = None
    advisor_ack_date: date | None = None
    status: AgreementStatus = AgreementStatus.DRAFT


@dataclass(frozen=True, kw_only=True, slots=True)
class Breach(Record):
    agreement_id: str
    at: datetime
    kind: BreachKind
    note: str = ""


@dataclass(frozen=True, kw_only=True, slots=True)
class SupervisionAction:
    text: str
    owner_id: str | None = None
    due: date | None = None
    done: bool = False


@dataclass(frozen=True, kw_only=True, slots=True)
class SupervisionNote(Record):
    supervisor_id: str
    advisor_ids: frozenset[str]
    on: date
    format: SupervisionFormat
    session_ids: frozenset[str] = field(default_factory=frozenset)
    reflection_ids: frozenset[str] = field(default_factory=frozenset)
    escalation_ids: frozenset[str] = field(default_factory=frozenset)
    discussion: str = ""
    #: The part the advisor(s) may read.
    shared_summary: str = ""
    actions: tuple[SupervisionAction, ...] = ()
    training_needs: str = ""
    next_date: date | None = None
