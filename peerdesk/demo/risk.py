"""Demo escalations in every state with their events and disclosures; referral
placeholders.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from itertools import pairwise

from peerdesk.demo import phrases as P
from peerdesk.demo.state import GenState
from peerdesk.domain.escalation import ack_deadline
from peerdesk.domain.records_base import RecordMeta
from peerdesk.domain.records_risk import (
    Disclosure,
    Escalation,
    EscalationEvent,
    ReferralResource,
)
from peerdesk.domain.vocab import (
    ActionType,
    AdviseeStatus,
    EscalationState,
    EventKind,
    ResourceKind,
    RiskCategory,
    RiskLevel,
)

S = EscalationState


def escalations(g: GenState, supervisors: list[str]) -> None:
    rng, d = g.rng, g.data
    total = min(g.scale.escalations, len(d.sessions))
    # Most escalations come from older sessions; the newest few cover every state.
    candidates = rng.sample(range(len(d.sessions)), total)
    candidates.sort()
    index_of = {s.id: i for i, s in enumerate(d.sessions)}
    order = [S.OPEN, S.ACKNOWLEDGED, S.ACTION_TAKEN, S.CONTACT_CONFIRMED, S.MONITORING,
             S.RESOLVED, S.CLOSED]
    recent_states = [*order, S.OPEN, S.OPEN, S.MONITORING, S.ACTION_TAKEN]
    advisee_status = {a.id: a.status for a in d.advisees}
    for n, si in enumerate(candidates):
        s = d.sessions[si]
        from_end = total - n
        raised = s.start + timedelta(minutes=s.duration_minutes + rng.randrange(5, 90))
        raised = min(raised, g.now - timedelta(minutes=30))
        age = g.now - raised
        if from_end <= len(recent_states):
            target = recent_states[from_end - 1]
        elif age > timedelta(days=120):
            target = g.weighted({S.CLOSED: 85, S.RESOLVED: 8, S.MONITORING: 7})
        else:
            target = g.weighted({S.OPEN: 5, S.ACKNOWLEDGED: 8, S.ACTION_TAKEN: 12,
                                    S.CONTACT_CONFIRMED: 10, S.MONITORING: 25,
                                    S.RESOLVED: 15, S.CLOSED: 25})
        if advisee_status.get(s.advisee_id) is AdviseeStatus.CLOSED and target is S.OPEN:
            target = S.CLOSED
        level = g.weighted({RiskLevel.CONCERN: 40, RiskLevel.MODERATE: 30,
                               RiskLevel.HIGH: 20, RiskLevel.IMMINENT: 10})
        cats = frozenset(rng.sample(list(RiskCategory), g.weighted({1: 80, 2: 20})))
        main = sorted(cats)[0]
        esc_id = g.uid()
        d.sessions[index_of[s.id]] = replace(s, risk_noticed=True)
        path = order[: order.index(target) + 1]
        times = step_times(g, raised, len(path) - 1, level)
        events: list[EscalationEvent] = []
        acknowledged_at = closed_at = None
        for (a, b), at in zip(pairwise(path), times, strict=False):
            by = (g.pick(supervisors) if b in (S.CLOSED, S.ACKNOWLEDGED)
                  and rng.random() < 0.6 else
                  s.advisor_id if b in (S.ACTION_TAKEN, S.CONTACT_CONFIRMED)
                  else g.coordinator_id)
            if b is S.CLOSED:
                by = g.pick(supervisors)
                closed_at = at
            if a is S.OPEN:
                acknowledged_at = at
            events.append(EscalationEvent(
                meta=g.meta(by, at), escalation_id=esc_id, kind=EventKind.TRANSITION,
                at=at, by=by, from_state=a, to_state=b))
            if b is S.ACTION_TAKEN:
                action = (ActionType.EMERGENCY_SERVICES if level is RiskLevel.IMMINENT
                          and rng.random() < 0.5 else g.pick(
                              (ActionType.SUPPORT_PLAN, ActionType.TRUSTED_CONTACT,
                               ActionType.REFERRAL)))
                act_at = at + timedelta(minutes=1)
                events.append(EscalationEvent(
                    meta=g.meta(by, act_at), escalation_id=esc_id,
                    kind=EventKind.ACTION, at=min(act_at, g.now), by=by,
                    action_type=action, note=str(g.pick(P.EVENT_NOTES))))
                if action is not ActionType.SUPPORT_PLAN and rng.random() < 0.7:
                    told, role, what, why, knew = g.pick(P.DISCLOSURES)
                    d.disclosures.append(Disclosure(
                        meta=g.meta(by, act_at), escalation_id=esc_id,
                        at=min(act_at, g.now), told_whom=told,
                        role_or_organisation=role, what_was_shared=what, why=why,
                        advisee_knew=knew))
            if rng.random() < 0.25:
                note_at = min(at + timedelta(minutes=30), g.now)
                events.append(EscalationEvent(
                    meta=g.meta(by, note_at), escalation_id=esc_id,
                    kind=EventKind.NOTE, at=note_at, by=by,
                    note=str(g.pick(P.EVENT_NOTES))))
        esc = Escalation(
            meta=RecordMeta(id=esc_id, created_at=raised, created_by=s.advisor_id,
                            updated_at=times[-1] if times else raised,
                            updated_by=events[-1].by if events else s.advisor_id,
                            version=1),
            advisee_id=s.advisee_id, raised_by=s.advisor_id, raised_at=raised,
            level=level, categories=cats,
            description=str(g.pick(P.ESCALATION_DESCRIPTIONS[main.value])),
            immediate_action=str(g.pick(P.IMMEDIATE_ACTIONS)), state=target)
        d.escalations.append(esc)
        d.events.extend(events)
        d.escalation_storage[esc_id] = {
            "ack_due": _iso(ack_deadline(raised, level, g.policy)),
            "acknowledged_at": _iso(acknowledged_at) if acknowledged_at else None,
            "closed_at": _iso(closed_at) if closed_at else None,
        }


def step_times(g: GenState, raised: datetime, steps: int, level: RiskLevel) -> list[datetime]:
    if steps == 0:
        return []
    room = g.now - raised - timedelta(minutes=5)
    deadline = g.policy.ack_within[level]
    first = timedelta(seconds=deadline.total_seconds() * g.rng.uniform(0.1, 1.3))
    gaps = [first] + [timedelta(hours=g.rng.uniform(2, 24 * 10))
                      for _ in range(steps - 1)]
    total = sum(gaps, timedelta())
    if total > room:
        factor = room / total
        gaps = [gap * factor for gap in gaps]
    out, at = [], raised
    for gap in gaps:
        at = at + max(gap, timedelta(seconds=60))
        out.append(min(at, g.now - timedelta(minutes=1)).replace(microsecond=0))
    return out


def resources(g: GenState) -> None:
    at = g.local(g.today - timedelta(days=g.scale.months * 30 + 30), 10, 0)
    for name, kind in P.REFERRAL_PLACEHOLDERS:
        g.data.resources.append(ReferralResource(
            meta=g.meta(g.coordinator_id, at), name=name, kind=ResourceKind(kind),
            phone="", hours="", notes=P.REFERRAL_NOTE))


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")
