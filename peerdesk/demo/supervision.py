"""Demo supervision notes linked to reflections, which are then marked reviewed."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import datetime, timedelta

from peerdesk.demo import phrases as P
from peerdesk.demo.state import GenState
from peerdesk.domain.records_practice import (
    SupervisionAction,
    SupervisionNote,
)
from peerdesk.domain.records_risk import (
    Escalation,
)
from peerdesk.domain.vocab import (
    SupervisionFormat,
    SupervisionRequest,
)


def supervision(g: GenState, supervisors: list[str], advisors: list[str]) -> None:
    rng, d = g.rng, g.data
    by_author: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(d.reflections):
        by_author[r.author_id].append(i)
    for idxs in by_author.values():
        idxs.sort(key=lambda i: d.reflections[i].meta.created_at)
    session_of = {s.id: s for s in d.sessions}
    esc_by_advisor: dict[str, list[Escalation]] = defaultdict(list)
    for e in d.escalations:
        esc_by_advisor[e.raised_by].append(e)
    period_days = g.scale.months * 30
    per_advisor = max(1, g.scale.supervision_notes // max(1, len(advisors)))
    every = max(5, period_days // per_advisor)
    reviewed: dict[int, tuple[datetime, str]] = {}
    for advisor in advisors:
        idxs = by_author.get(advisor, [])
        if not idxs:
            continue
        first_day = d.reflections[idxs[0]].meta.created_at.astimezone(g.tz).date()
        day = first_day + timedelta(days=rng.randrange(3, every + 3))
        last_allowed = g.today - timedelta(days=6)
        pos = 0
        while day <= last_allowed:
            when = g.local(day, 17, 30)
            supervisor = g.pick(supervisors)
            window: list[int] = []
            while pos < len(idxs) and d.reflections[idxs[pos]].meta.created_at < when:
                window.append(idxs[pos])
                pos += 1
            wanted = [i for i in window
                      if d.reflections[i].supervision_request is not SupervisionRequest.NONE]
            others = [i for i in window if i not in set(wanted)]
            linked = wanted[:40] + rng.sample(others, min(len(others), rng.randint(0, 3)))
            for i in linked:
                reviewed[i] = (when, supervisor)
            fmt = (SupervisionFormat.GROUP if rng.random() < 0.15
                   else SupervisionFormat.ONE_TO_ONE)
            team = {advisor}
            if fmt is SupervisionFormat.GROUP:
                team |= set(rng.sample(advisors, min(len(advisors), rng.randint(1, 4))))
                if len(team) == 1:
                    fmt = SupervisionFormat.ONE_TO_ONE
            sessions = {d.reflections[i].session_id for i in linked[:5]}
            escs = [e.id for e in esc_by_advisor.get(advisor, [])
                    if when - timedelta(days=every) <= e.raised_at < when][:3]
            actions = []
            for _ in range(g.weighted({0: 40, 1: 40, 2: 20})):
                due = day + timedelta(days=rng.randrange(7, 30))
                actions.append(SupervisionAction(
                    text=str(g.pick(P.ACTIONS)), owner_id=advisor, due=due,
                    done=due < g.today and rng.random() < 0.8))
            nxt = day + timedelta(days=every)
            d.supervision_notes.append(SupervisionNote(
                meta=g.meta(supervisor, when + timedelta(hours=1)),
                supervisor_id=supervisor, advisor_ids=frozenset(team), on=day, format=fmt,
                session_ids=frozenset(s for s in sessions if s in session_of),
                reflection_ids=frozenset(d.reflections[i].id for i in linked),
                escalation_ids=frozenset(escs),
                discussion=" ".join(rng.sample(P.SUPERVISION_DISCUSSION, 2)),
                shared_summary=str(g.pick(P.SHARED_SUMMARY)), actions=tuple(actions),
                training_needs=str(g.pick(P.TRAINING_NEEDS)), next_date=nxt))
            day = nxt + timedelta(days=rng.randrange(-2, 3))
    for i, (when, supervisor) in reviewed.items():
        r = d.reflections[i]
        at = max(when, r.meta.created_at + timedelta(minutes=1))
        d.reflections[i] = replace(r, reviewed_at=min(at, g.now),
                                   reviewed_by=supervisor)
