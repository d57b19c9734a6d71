"""Demo members: coordinator, supervisors and advisors with their training."""

from __future__ import annotations

from datetime import timedelta

from peerdesk.demo import phrases as P
from peerdesk.demo.state import GenState
from peerdesk.domain.records_people import Member, TrainingRecord
from peerdesk.domain.vocab import (
    Role,
)


def names(g: GenState, count: int) -> list[str]:
    firsts = list(P.FIRST_NAMES)
    g.rng.shuffle(firsts)
    out = []
    for i in range(count):
        first = firsts[i % len(firsts)]
        out.append(f"{first} {P.INITIALS[(i * 7 + len(first)) % len(P.INITIALS)]}.")
    return out


def people(g: GenState) -> tuple[list[str], list[str]]:
    sc = g.scale
    all_names = names(g, 1 + sc.supervisors + sc.advisors)
    g.data.coordinator_name = all_names[0]
    g.data.usernames[g.coordinator_id] = "coordinator"
    start = g.today - timedelta(days=sc.months * 30 + 60)
    at = g.local(start, 10, 0)
    supervisors, advisors = [], []
    for i in range(sc.supervisors):
        m = Member(meta=g.meta(g.coordinator_id, at), display_name=all_names[1 + i],
                   roles=frozenset({Role.SUPERVISOR}), active=True,
                   training=(TrainingRecord(name="Supervision skills",
                                            completed_on=start - timedelta(days=200)),))
        g.data.members.append(m)
        supervisors.append(m.id)
        g.data.usernames[m.id] = "supervisor" if i == 0 else f"supervisor{i + 1:02d}"
    modules = ("Active listening", "Boundaries and self-care", "Suicide risk awareness",
               "Safeguarding basics", "Grief and loss")
    for i in range(sc.advisors):
        joined = start + timedelta(days=g.rng.randrange(0, 60))
        training = [TrainingRecord(name="Orientation", completed_on=joined)]
        for mod in modules:
            if g.rng.random() < 0.6:
                done = joined + timedelta(days=g.rng.randrange(10, 400))
                training.append(TrainingRecord(
                    name=mod, completed_on=done if done <= g.today else None,
                    notes="" if done <= g.today else "booked"))
        m = Member(meta=g.meta(g.coordinator_id, g.local(joined, 11, 0)),
                   display_name=all_names[1 + sc.supervisors + i],
                   roles=frozenset({Role.ADVISOR}), active=True, training=tuple(training))
        g.data.members.append(m)
        advisors.append(m.id)
        g.data.usernames[m.id] = f"advisor{i + 1:02d}"
    return supervisors, advisors
