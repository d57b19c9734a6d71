"""A realistic synthetic peer-support group, deterministic for a seed (pure: no I/O).

``generate(scale, seed, now=..., tz=..., coordinator_id=...)`` returns every record of a
group's history: members, advisees, sessions with plain-language notes (English, Hinglish
and Hindi), reflections, boundary agreements (with some drift and breaches), escalations
in every state with their events and disclosures, supervision notes linked to
reflections (which are then marked reviewed), and placeholder referral resources without
phone numbers. The same seed gives the same content; dates are placed relative to ``now``
so that the demo always looks current (follow-ups due, overdue escalations, advisees
not seen for a month).
"""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo

from peerdesk.demo import caseload, people, practice, risk, supervision
from peerdesk.demo.state import SCALES, DemoData, GenState, Scale
from peerdesk.domain.escalation import GroupPolicy

__all__ = ["SCALES", "DemoData", "Scale", "coordinator_name", "generate"]


def generate(scale: str | Scale, seed: int, *, now: datetime, tz: tzinfo,
             coordinator_id: str, policy: GroupPolicy | None = None) -> DemoData:
    sc = SCALES[scale] if isinstance(scale, str) else scale
    gen = GenState(sc, seed, now, tz, coordinator_id, policy or GroupPolicy())
    supervisors, advisors = people.people(gen)
    caseload.advisees_and_sessions(gen, advisors)
    practice.reflections(gen)
    practice.agreements(gen)
    risk.escalations(gen, supervisors)
    supervision.supervision(gen, supervisors, advisors)
    risk.resources(gen)
    return gen.data


def coordinator_name(scale: str | Scale, seed: int) -> str:
    """The display name :func:`generate` gives the coordinator for this seed."""
    sc = SCALES[scale] if isinstance(scale, str) else scale
    gen = GenState(sc, seed, datetime(2020, 1, 1, tzinfo=UTC), UTC, "", GroupPolicy())
    return people.names(gen, 1 + sc.supervisors + sc.advisors)[0]
