"""Demo reflections on sessions, and boundary agreements (with drift and breaches)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, time, timedelta

from peerdesk.demo import phrases as P
from peerdesk.demo.state import GenState
from peerdesk.domain.records_practice import (
    BoundaryAgreement,
    Breach,
    Reflection,
    Session,
)
from peerdesk.domain.vocab import (
    AckMethod,
    AdviseeStatus,
    AgreementStatus,
    BreachKind,
    ChallengeTag,
    Clause,
    SupervisionRequest,
    Weekday,
)


def reflections(g: GenState) -> None:
    rng, d = g.rng, g.data
    tags = list(ChallengeTag)
    for s in d.sessions:
        if rng.random() >= g.scale.reflection_share:
            continue
        written = s.start + timedelta(minutes=s.duration_minutes + rng.randrange(20, 1200))
        if written >= g.now:
            if rng.random() < 0.5:
                continue  # some recent sessions still owe a reflection
            written = g.now - timedelta(minutes=5)
        chosen = frozenset(rng.sample(tags, g.weighted({0: 50, 1: 35, 2: 15})))
        request = g.weighted({SupervisionRequest.NONE: 76,
                                 SupervisionRequest.ROUTINE: 18,
                                 SupervisionRequest.URGENT: 6})
        if ChallengeTag.WORRIED_ABOUT_SAFETY in chosen and rng.random() < 0.5:
            request = SupervisionRequest.URGENT
        suggestions = str(g.pick(P.SUGGESTIONS))
        went = str(g.pick(P.WENT_WELL))
        hard = str(g.pick(P.WAS_HARD))
        if not (went or hard or suggestions or chosen):
            went = P.WENT_WELL[0]
        d.reflections.append(Reflection(
            meta=g.meta(s.advisor_id, written), session_id=s.id, author_id=s.advisor_id,
            went_well=went, was_hard=hard, suggestions_made=suggestions,
            confidence=rng.randint(2, 5) if suggestions else None, challenge_tags=chosen,
            wellbeing=g.weighted({1: 3, 2: 10, 3: 30, 4: 40, 5: 17}),
            supervision_request=request))


def agreements(g: GenState) -> None:
    rng, d = g.rng, g.data
    pairs: dict[tuple[str, str], list[Session]] = defaultdict(list)
    for s in d.sessions:
        pairs[(s.advisor_id, s.advisee_id)].append(s)
    advisees = {a.id: a for a in d.advisees}
    for (advisor, advisee_id), sessions in sorted(pairs.items()):
        if len(sessions) < 4 or rng.random() > 0.85:
            continue
        adv = advisees[advisee_id]
        start = sessions[0].start.astimezone(g.tz).date()
        used = {s.channel for s in sessions}
        channels = set(used)
        if len(channels) > 1 and rng.random() < 0.2:
            channels.discard(g.pick(sorted(channels)))  # drift: channel not agreed
        review = start + timedelta(days=g.pick((90, 120, 180)))
        status = AgreementStatus.ACTIVE
        end: date | None = None
        if adv.status is AdviseeStatus.CLOSED and adv.closed_on is not None:
            status, end = AgreementStatus.ENDED, max(adv.closed_on, start)
        elif rng.random() < 0.1:
            status = AgreementStatus.UNDER_REVIEW
        elif review <= g.today and rng.random() < 0.6:
            review = g.today + timedelta(days=rng.randrange(5, 90))
        draft = status is AgreementStatus.ACTIVE and rng.random() < 0.04
        if draft:
            status = AgreementStatus.DRAFT
        ack_day = min(start, g.today)
        at = g.local(start, 12, 0)
        agreement = BoundaryAgreement(
            meta=g.meta(g.coordinator_id, at), advisor_id=advisor,
            advisee_id=advisee_id, channels=frozenset(channels),
            contact_days=(frozenset() if rng.random() < 0.6 else frozenset(
                {Weekday.MON, Weekday.TUE, Weekday.WED, Weekday.THU, Weekday.FRI,
                 Weekday.SAT})),
            contact_start=time(10, 0), contact_end=time(g.pick((19, 20, 20, 21)), 0),
            max_sessions_per_month=g.pick((4, 4, 5, 6)),
            max_session_minutes=g.pick((60, 60, 75)),
            start_date=start, review_date=review, end_date=end,
            clauses=frozenset(c for c in Clause if rng.random() < 0.9),
            free_text=str(g.pick(P.FREE_TEXT)),
            advisee_ack_date=None if draft else ack_day,
            advisee_ack_how=None if draft else g.pick(list(AckMethod)[:4]),
            advisor_ack_date=None if draft else ack_day, status=status)
        d.agreements.append(agreement)
        if rng.random() < 0.06:
            s = g.pick(sessions)
            kind = g.pick((BreachKind.OUTSIDE_CONTACT_HOURS, BreachKind.OVER_MONTHLY_CAP,
                              BreachKind.GIFTS_OR_MONEY, BreachKind.DUAL_RELATIONSHIP))
            when = s.start + timedelta(minutes=s.duration_minutes)
            d.breaches.append(Breach(meta=g.meta(g.coordinator_id, when + timedelta(
                hours=2)), agreement_id=agreement.id, at=min(when, g.now),
                kind=kind, note=str(g.pick(P.BREACH_NOTES))))
