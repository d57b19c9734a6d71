"""Demo advisees and their sessions, with plain-language notes in three languages."""

from __future__ import annotations

from datetime import date, timedelta

from peerdesk.demo import phrases as P
from peerdesk.demo.state import GenState
from peerdesk.domain.records_people import Advisee
from peerdesk.domain.records_practice import (
    Session,
)
from peerdesk.domain.vocab import (
    AdviseeStatus,
    Channel,
    ConsentScope,
)


def allocate(g: GenState, total: int, parts: int) -> list[int]:
    weights = [min(g.rng.paretovariate(1.6), 12.0) for _ in range(parts)]
    scale = total / sum(weights)
    counts = [max(1, int(w * scale)) for w in weights]
    diff = total - sum(counts)
    i = 0
    while diff != 0:
        j = i % parts
        if diff > 0:
            counts[j] += 1
            diff -= 1
        elif counts[j] > 1:
            counts[j] -= 1
            diff += 1
        i += 1
    return counts


def advisees_and_sessions(g: GenState, advisors: list[str]) -> None:
    sc, rng, d = g.scale, g.rng, g.data
    period_start = g.today - timedelta(days=sc.months * 30)
    period_days = (g.today - period_start).days
    counts = allocate(g, sc.sessions, sc.advisees)
    d.themes = list(P.THEMES)
    channel_w = {Channel.PHONE: 40, Channel.CHAT: 25, Channel.IN_PERSON: 20,
                 Channel.VIDEO: 15}
    pending: list[tuple[Advisee, list[Session]]] = []
    for i, n in enumerate(counts):
        status = g.weighted({AdviseeStatus.ACTIVE: 60, AdviseeStatus.PAUSED: 10,
                                AdviseeStatus.CLOSED: 30})
        if status is AdviseeStatus.ACTIVE:
            ago = rng.randrange(0, 26) if rng.random() < 0.85 else rng.randrange(31, 120)
        elif status is AdviseeStatus.PAUSED:
            ago = rng.randrange(20, 200)
        else:
            ago = rng.randrange(12, max(13, period_days - 10))
        last = g.today - timedelta(days=ago)
        gap = g.pick((7, 7, 7, 10, 14, 3))
        span_room = max(0, (last - period_start).days)
        if n > 1 and (n - 1) * gap > span_room:
            gap = max(1, span_room // (n - 1)) if span_room else 1
        first = last - timedelta(days=gap * (n - 1))
        if first < period_start:
            first = period_start
        primary = advisors[i % len(advisors)] if rng.random() < 0.7 else g.pick(advisors)
        team = [primary]
        if rng.random() < 0.15:
            other = g.pick(advisors)
            if other != primary:
                team.append(other)
        lang = g.weighted({"en": 65, "hinglish": 20, "hi": 15})
        core = rng.sample(P.THEMES, rng.randint(1, 3))
        pref = g.weighted(channel_w)
        consent = first - timedelta(days=rng.randrange(0, 5))
        closed_on = (last + timedelta(days=rng.randrange(3, 12))
                     if status is AdviseeStatus.CLOSED else None)
        if closed_on is not None and closed_on > g.today:
            closed_on = g.today
        scopes = {ConsentScope.KEEP_RECORDS}
        if rng.random() < 0.8:
            scopes.add(ConsentScope.CONTACT_FOLLOWUP)
        if rng.random() < 0.7:
            scopes.add(ConsentScope.SHARE_WITH_SUPERVISOR)
        created_by = g.coordinator_id
        advisee = Advisee(
            meta=g.meta(created_by, g.local(consent, 12, 0)),
            code=f"PS-{i + 1:04d}",
            display_name=(g.pick(P.FIRST_NAMES) if rng.random() < 0.3 else ""),
            contact=str(g.pick(P.ADVISEE_CONTACT)),
            consent_date=consent, consent_scopes=frozenset(scopes), status=status,
            closed_on=closed_on,
            closed_reason=(g.pick(("Planned ending; goals met.",
                                      "Moved away from Delhi.",
                                      "Chose to stop; door left open.",
                                      "Referred on to a counsellor."))
                           if closed_on else ""),
            advisor_ids=frozenset(team),
        )
        sessions: list[Session] = []
        day = first
        for k in range(n):
            jitter = rng.randrange(-1, 2) if gap >= 3 else 0
            sday = min(max(day + timedelta(days=jitter), period_start), last)
            if k == n - 1:
                sday = last
            hour = g.weighted({9: 2, 10: 6, 11: 7, 12: 5, 13: 3, 14: 5, 15: 6, 16: 7,
                                  17: 9, 18: 12, 19: 11, 20: 7, 21: 3, 22: 1})
            minute = g.pick((0, 0, 15, 30, 30, 45))
            start = g.local(sday, hour, minute)
            if start > g.now - timedelta(hours=2):
                start = g.now - timedelta(hours=rng.randrange(2, 30))
            advisor = primary if len(team) == 1 or rng.random() < 0.85 else team[-1]
            channel = pref if rng.random() < 0.7 else g.weighted(channel_w)
            duration = g.pick((30, 40, 45, 45, 45, 50, 60, 60, 60, 75, 90))
            slang = lang if rng.random() < 0.85 else "en"
            themes = tuple(rng.sample(core, rng.randint(1, len(core))))
            if rng.random() < 0.1:
                extra = g.pick(P.THEMES)
                if extra not in themes:
                    themes = (*themes, extra)
            summary = session_summary(g, themes, slang)
            nxt = g.sentence(P.NEXT_STEPS, slang)
            follow_up: date | None = None
            if k < n - 1 and rng.random() < 0.5:
                follow_up = sday + timedelta(days=gap)
            elif k == n - 1 and status is AdviseeStatus.ACTIVE and rng.random() < 0.8:
                follow_up = sday + timedelta(days=g.pick((3, 5, 7, 7, 10, 14)))
            by = advisor if rng.random() < 0.6 else g.coordinator_id
            logged = start + timedelta(minutes=duration + rng.randrange(5, 600))
            sessions.append(Session(
                meta=g.meta(by, logged), advisee_id=advisee.id, advisor_id=advisor,
                start=start, duration_minutes=duration, channel=channel, themes=themes,
                summary=summary, next_steps=nxt, follow_up=follow_up,
                risk_noticed=False))
            day = day + timedelta(days=gap)
        pending.append((advisee, sessions))
    for advisee, sessions in pending:
        d.advisees.append(advisee)
        d.sessions.extend(sessions)
    d.sessions.sort(key=lambda s: (s.start, s.id))


def session_summary(g: GenState, themes: tuple[str, ...], lang: str) -> str:
    rng = g.rng
    parts = []
    if rng.random() < 0.6:
        parts.append(g.sentence(P.OPENERS, lang))
    for theme in themes[:2]:
        parts.append(g.sentence(P.THEME_LINES[theme], lang))
    parts.append(g.sentence(P.RESPONSES, lang))
    strength = g.sentence(P.STRENGTHS, lang)
    if strength:
        parts.append(strength)
    return " ".join(parts)
