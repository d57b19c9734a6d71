"""The demo group's sizes, the data it is made of, and the state a generation shares."""

from __future__ import annotations

import random
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, tzinfo
from typing import Any

from peerdesk.domain.escalation import GroupPolicy
from peerdesk.domain.records_base import Record, RecordMeta
from peerdesk.domain.records_people import Advisee, Member
from peerdesk.domain.records_practice import (
    BoundaryAgreement,
    Breach,
    Reflection,
    Session,
    SupervisionNote,
)
from peerdesk.domain.records_risk import (
    Disclosure,
    Escalation,
    EscalationEvent,
    ReferralResource,
)


@dataclass(frozen=True)
class Scale:
    name: str
    advisors: int
    supervisors: int
    advisees: int
    sessions: int
    months: int
    reflection_share: float
    escalations: int
    supervision_notes: int


SCALES = {
    "small": Scale("small", 8, 1, 60, 1_500, 18, 0.85, 40, 150),
    "large": Scale("large", 60, 2, 3_000, 100_000, 60, 1.0, 2_000, 5_000),
}


@dataclass
class DemoData:
    coordinator_name: str
    usernames: dict[str, str] = field(default_factory=dict)  # member id → user name
    members: list[Member] = field(default_factory=list)
    advisees: list[Advisee] = field(default_factory=list)
    sessions: list[Session] = field(default_factory=list)
    reflections: list[Reflection] = field(default_factory=list)
    agreements: list[BoundaryAgreement] = field(default_factory=list)
    breaches: list[Breach] = field(default_factory=list)
    escalations: list[Escalation] = field(default_factory=list)
    events: list[EscalationEvent] = field(default_factory=list)
    disclosures: list[Disclosure] = field(default_factory=list)
    supervision_notes: list[SupervisionNote] = field(default_factory=list)
    resources: list[ReferralResource] = field(default_factory=list)
    themes: list[str] = field(default_factory=list)
    #: Storage-only columns by record id (escalation deadlines and milestones).
    escalation_storage: dict[str, dict[str, Any]] = field(default_factory=dict)

    def by_kind(self) -> dict[str, list[Record]]:
        return {
            "member": list(self.members), "advisee": list(self.advisees),
            "session": list(self.sessions), "reflection": list(self.reflections),
            "agreement": list(self.agreements), "breach": list(self.breaches),
            "escalation": list(self.escalations), "escalation_event": list(self.events),
            "disclosure": list(self.disclosures),
            "supervision_note": list(self.supervision_notes),
            "referral_resource": list(self.resources),
        }

    def counts(self) -> dict[str, int]:
        return {k: len(v) for k, v in self.by_kind().items()}


class GenState:
    """The generator's state (one random stream, the clock, the data so far) and helpers.

    Every step draws from ``rng`` in a fixed order, so the same seed gives the same group.
    """

    def __init__(self, scale: Scale, seed: int, now: datetime, tz: tzinfo,
                 coordinator_id: str, policy: GroupPolicy) -> None:
        self.scale = scale
        self.rng = random.Random(seed)
        self.now = now.astimezone(UTC).replace(microsecond=0)
        self.tz = tz
        self.today = self.now.astimezone(tz).date()
        self.coordinator_id = coordinator_id
        self.policy = policy
        self.data = DemoData(coordinator_name="")

    # -- helpers -------------------------------------------------------------------------
    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def meta(self, by: str, at: datetime) -> RecordMeta:
        at = min(at, self.now)
        return RecordMeta(id=self.uid(), created_at=at, created_by=by, updated_at=at,
                          updated_by=by, version=1)

    def local(self, day: date, hour: int, minute: int) -> datetime:
        return datetime.combine(day, time(hour, minute), self.tz).astimezone(UTC)

    def pick(self, seq: Any) -> Any:
        return seq[self.rng.randrange(len(seq))]

    def weighted(self, options: Mapping[Any, float]) -> Any:
        keys = list(options)
        return self.rng.choices(keys, weights=[options[k] for k in keys])[0]

    def sentence(self, bank: dict[str, tuple[str, ...]], lang: str) -> str:
        return str(self.pick(bank.get(lang) or bank["en"]))
