"""Records about people: members, their accounts, and advisees."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from peerdesk.domain.records_base import Record
from peerdesk.domain.vocab import AdviseeStatus, ConsentScope, Role


@dataclass(frozen=True, kw_only=True, slots=True)
class TrainingRecord:
    name: str
    completed_on: date | None = None
    notes: str = ""


@dataclass(frozen=True, kw_only=True, slots=True)
class Member(Record):
    display_name: str
    roles: frozenset[Role]
    active: bool = True
    training: tuple[TrainingRecord, ...] = ()


@dataclass(frozen=True, kw_only=True, slots=True)
class Account(Record):
    member_id: str
    username: str


@dataclass(frozen=True, kw_only=True, slots=True)
class Advisee(Record):
    code: str
    display_name: str = ""
    contact: str = ""
    consent_date: date | None = None
    consent_scopes: frozenset[ConsentScope] = field(default_factory=frozenset)
    consent_withdrawn_on: date | None = None
    status: AdviseeStatus = AdviseeStatus.ACTIVE
    closed_on: date | None = None
    closed_reason: str = ""
    advisor_ids: frozenset[str] = field(default_factory=frozenset)
