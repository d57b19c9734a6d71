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

import random
import uuid
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from itertools import pairwise
from typing import Any

from peerdesk.demo import phrases as P
from peerdesk.domain.escalation import GroupPolicy, ack_deadline
from peerdesk.domain.records_base import Record, RecordMeta
from peerdesk.domain.records_people import Advisee, Member, TrainingRecord
from peerdesk.domain.records_practice import (
    BoundaryAgreement,
    Breach,
    Reflection,
    Session,
    SupervisionAction,
    SupervisionNote,
)
from peerdesk.domain.records_risk import (
    Disclosure,
    Escalation,
    EscalationEvent,
    ReferralResource,
)
from peerdesk.domain.vocab import (
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

S = EscalationState


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


class _Gen:
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

    # -- people --------------------------------------------------------------------------
    def names(self, count: int) -> list[str]:
        firsts = list(P.FIRST_NAMES)
        self.rng.shuffle(firsts)
        out = []
        for i in range(count):
            first = firsts[i % len(firsts)]
            out.append(f"{first} {P.INITIALS[(i * 7 + len(first)) % len(P.INITIALS)]}.")
        return out

    def people(self) -> tuple[list[str], list[str]]:
        sc = self.scale
        names = self.names(1 + sc.supervisors + sc.advisors)
        self.data.coordinator_name = names[0]
        self.data.usernames[self.coordinator_id] = "coordinator"
        start = self.today - timedelta(days=sc.months * 30 + 60)
        at = self.local(start, 10, 0)
        supervisors, advisors = [], []
        for i in range(sc.supervisors):
            m = Member(meta=self.meta(self.coordinator_id, at), display_name=names[1 + i],
                       roles=frozenset({Role.SUPERVISOR}), active=True,
                       training=(TrainingRecord(name="Supervision skills",
                                                completed_on=start - timedelta(days=200)),))
            self.data.members.append(m)
            supervisors.append(m.id)
            self.data.usernames[m.id] = "supervisor" if i == 0 else f"supervisor{i + 1:02d}"
        modules = ("Active listening", "Boundaries and self-care", "Suicide risk awareness",
                   "Safeguarding basics", "Grief and loss")
        for i in range(sc.advisors):
            joined = start + timedelta(days=self.rng.randrange(0, 60))
            training = [TrainingRecord(name="Orientation", completed_on=joined)]
            for mod in modules:
                if self.rng.random() < 0.6:
                    done = joined + timedelta(days=self.rng.randrange(10, 400))
                    training.append(TrainingRecord(
                        name=mod, completed_on=done if done <= self.today else None,
                        notes="" if done <= self.today else "booked"))
            m = Member(meta=self.meta(self.coordinator_id, self.local(joined, 11, 0)),
                       display_name=names[1 + sc.supervisors + i],
                       roles=frozenset({Role.ADVISOR}), active=True, training=tuple(training))
            self.data.members.append(m)
            advisors.append(m.id)
            self.data.usernames[m.id] = f"advisor{i + 1:02d}"
        return supervisors, advisors

    # -- advisees and sessions ----------------------------------------------------------------
    def allocate(self, total: int, parts: int) -> list[int]:
        weights = [min(self.rng.paretovariate(1.6), 12.0) for _ in range(parts)]
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

    def advisees_and_sessions(self, advisors: list[str]) -> None:
        sc, rng, d = self.scale, self.rng, self.data
        period_start = self.today - timedelta(days=sc.months * 30)
        period_days = (self.today - period_start).days
        counts = self.allocate(sc.sessions, sc.advisees)
        d.themes = list(P.THEMES)
        channel_w = {Channel.PHONE: 40, Channel.CHAT: 25, Channel.IN_PERSON: 20,
                     Channel.VIDEO: 15}
        pending: list[tuple[Advisee, list[Session]]] = []
        for i, n in enumerate(counts):
            status = self.weighted({AdviseeStatus.ACTIVE: 60, AdviseeStatus.PAUSED: 10,
                                    AdviseeStatus.CLOSED: 30})
            if status is AdviseeStatus.ACTIVE:
                ago = rng.randrange(0, 26) if rng.random() < 0.85 else rng.randrange(31, 120)
            elif status is AdviseeStatus.PAUSED:
                ago = rng.randrange(20, 200)
            else:
                ago = rng.randrange(12, max(13, period_days - 10))
            last = self.today - timedelta(days=ago)
            gap = self.pick((7, 7, 7, 10, 14, 3))
            span_room = max(0, (last - period_start).days)
            if n > 1 and (n - 1) * gap > span_room:
                gap = max(1, span_room // (n - 1)) if span_room else 1
            first = last - timedelta(days=gap * (n - 1))
            if first < period_start:
                first = period_start
            primary = advisors[i % len(advisors)] if rng.random() < 0.7 else self.pick(advisors)
            team = [primary]
            if rng.random() < 0.15:
                other = self.pick(advisors)
                if other != primary:
                    team.append(other)
            lang = self.weighted({"en": 65, "hinglish": 20, "hi": 15})
            core = rng.sample(P.THEMES, rng.randint(1, 3))
            pref = self.weighted(channel_w)
            consent = first - timedelta(days=rng.randrange(0, 5))
            closed_on = (last + timedelta(days=rng.randrange(3, 12))
                         if status is AdviseeStatus.CLOSED else None)
            if closed_on is not None and closed_on > self.today:
                closed_on = self.today
            scopes = {ConsentScope.KEEP_RECORDS}
            if rng.random() < 0.8:
                scopes.add(ConsentScope.CONTACT_FOLLOWUP)
            if rng.random() < 0.7:
                scopes.add(ConsentScope.SHARE_WITH_SUPERVISOR)
            created_by = self.coordinator_id
            advisee = Advisee(
                meta=self.meta(created_by, self.local(consent, 12, 0)),
                code=f"PS-{i + 1:04d}",
                display_name=(self.pick(P.FIRST_NAMES) if rng.random() < 0.3 else ""),
                contact=str(self.pick(P.ADVISEE_CONTACT)),
                consent_date=consent, consent_scopes=frozenset(scopes), status=status,
                closed_on=closed_on,
                closed_reason=(self.pick(("Planned ending; goals met.",
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
                hour = self.weighted({9: 2, 10: 6, 11: 7, 12: 5, 13: 3, 14: 5, 15: 6, 16: 7,
                                      17: 9, 18: 12, 19: 11, 20: 7, 21: 3, 22: 1})
                minute = self.pick((0, 0, 15, 30, 30, 45))
                start = self.local(sday, hour, minute)
                if start > self.now - timedelta(hours=2):
                    start = self.now - timedelta(hours=rng.randrange(2, 30))
                advisor = primary if len(team) == 1 or rng.random() < 0.85 else team[-1]
                channel = pref if rng.random() < 0.7 else self.weighted(channel_w)
                duration = self.pick((30, 40, 45, 45, 45, 50, 60, 60, 60, 75, 90))
                slang = lang if rng.random() < 0.85 else "en"
                themes = tuple(rng.sample(core, rng.randint(1, len(core))))
                if rng.random() < 0.1:
                    extra = self.pick(P.THEMES)
                    if extra not in themes:
                        themes = (*themes, extra)
                summary = self.summary(themes, slang)
                nxt = self.sentence(P.NEXT_STEPS, slang)
                follow_up: date | None = None
                if k < n - 1 and rng.random() < 0.5:
                    follow_up = sday + timedelta(days=gap)
                elif k == n - 1 and status is AdviseeStatus.ACTIVE and rng.random() < 0.8:
                    follow_up = sday + timedelta(days=self.pick((3, 5, 7, 7, 10, 14)))
                by = advisor if rng.random() < 0.6 else self.coordinator_id
                logged = start + timedelta(minutes=duration + rng.randrange(5, 600))
                sessions.append(Session(
                    meta=self.meta(by, logged), advisee_id=advisee.id, advisor_id=advisor,
                    start=start, duration_minutes=duration, channel=channel, themes=themes,
                    summary=summary, next_steps=nxt, follow_up=follow_up,
                    risk_noticed=False))
                day = day + timedelta(days=gap)
            pending.append((advisee, sessions))
        for advisee, sessions in pending:
            d.advisees.append(advisee)
            d.sessions.extend(sessions)
        d.sessions.sort(key=lambda s: (s.start, s.id))

    def summary(self, themes: tuple[str, ...], lang: str) -> str:
        rng = self.rng
        parts = []
        if rng.random() < 0.6:
            parts.append(self.sentence(P.OPENERS, lang))
        for theme in themes[:2]:
            parts.append(self.sentence(P.THEME_LINES[theme], lang))
        parts.append(self.sentence(P.RESPONSES, lang))
        strength = self.sentence(P.STRENGTHS, lang)
        if strength:
            parts.append(strength)
        return " ".join(parts)

    # -- reflections ---------------------------------------------------------------------------
    def reflections(self) -> None:
        rng, d = self.rng, self.data
        tags = list(ChallengeTag)
        for s in d.sessions:
            if rng.random() >= self.scale.reflection_share:
                continue
            written = s.start + timedelta(minutes=s.duration_minutes + rng.randrange(20, 1200))
            if written >= self.now:
                if rng.random() < 0.5:
                    continue  # some recent sessions still owe a reflection
                written = self.now - timedelta(minutes=5)
            chosen = frozenset(rng.sample(tags, self.weighted({0: 50, 1: 35, 2: 15})))
            request = self.weighted({SupervisionRequest.NONE: 76,
                                     SupervisionRequest.ROUTINE: 18,
                                     SupervisionRequest.URGENT: 6})
            if ChallengeTag.WORRIED_ABOUT_SAFETY in chosen and rng.random() < 0.5:
                request = SupervisionRequest.URGENT
            suggestions = str(self.pick(P.SUGGESTIONS))
            went = str(self.pick(P.WENT_WELL))
            hard = str(self.pick(P.WAS_HARD))
            if not (went or hard or suggestions or chosen):
                went = P.WENT_WELL[0]
            d.reflections.append(Reflection(
                meta=self.meta(s.advisor_id, written), session_id=s.id, author_id=s.advisor_id,
                went_well=went, was_hard=hard, suggestions_made=suggestions,
                confidence=rng.randint(2, 5) if suggestions else None, challenge_tags=chosen,
                wellbeing=self.weighted({1: 3, 2: 10, 3: 30, 4: 40, 5: 17}),
                supervision_request=request))

    # -- agreements ------------------------------------------------------------------------
    def agreements(self) -> None:
        rng, d = self.rng, self.data
        pairs: dict[tuple[str, str], list[Session]] = defaultdict(list)
        for s in d.sessions:
            pairs[(s.advisor_id, s.advisee_id)].append(s)
        advisees = {a.id: a for a in d.advisees}
        for (advisor, advisee_id), sessions in sorted(pairs.items()):
            if len(sessions) < 4 or rng.random() > 0.85:
                continue
            adv = advisees[advisee_id]
            start = sessions[0].start.astimezone(self.tz).date()
            used = {s.channel for s in sessions}
            channels = set(used)
            if len(channels) > 1 and rng.random() < 0.2:
                channels.discard(self.pick(sorted(channels)))  # drift: channel not agreed
            review = start + timedelta(days=self.pick((90, 120, 180)))
            status = AgreementStatus.ACTIVE
            end: date | None = None
            if adv.status is AdviseeStatus.CLOSED and adv.closed_on is not None:
                status, end = AgreementStatus.ENDED, max(adv.closed_on, start)
            elif rng.random() < 0.1:
                status = AgreementStatus.UNDER_REVIEW
            elif review <= self.today and rng.random() < 0.6:
                review = self.today + timedelta(days=rng.randrange(5, 90))
            draft = status is AgreementStatus.ACTIVE and rng.random() < 0.04
            if draft:
                status = AgreementStatus.DRAFT
            ack_day = min(start, self.today)
            at = self.local(start, 12, 0)
            agreement = BoundaryAgreement(
                meta=self.meta(self.coordinator_id, at), advisor_id=advisor,
                advisee_id=advisee_id, channels=frozenset(channels),
                contact_days=(frozenset() if rng.random() < 0.6 else frozenset(
                    {Weekday.MON, Weekday.TUE, Weekday.WED, Weekday.THU, Weekday.FRI,
                     Weekday.SAT})),
                contact_start=time(10, 0), contact_end=time(self.pick((19, 20, 20, 21)), 0),
                max_sessions_per_month=self.pick((4, 4, 5, 6)),
                max_session_minutes=self.pick((60, 60, 75)),
                start_date=start, review_date=review, end_date=end,
                clauses=frozenset(c for c in Clause if rng.random() < 0.9),
                free_text=str(self.pick(P.FREE_TEXT)),
                advisee_ack_date=None if draft else ack_day,
                advisee_ack_how=None if draft else self.pick(list(AckMethod)[:4]),
                advisor_ack_date=None if draft else ack_day, status=status)
            d.agreements.append(agreement)
            if rng.random() < 0.06:
                s = self.pick(sessions)
                kind = self.pick((BreachKind.OUTSIDE_CONTACT_HOURS, BreachKind.OVER_MONTHLY_CAP,
                                  BreachKind.GIFTS_OR_MONEY, BreachKind.DUAL_RELATIONSHIP))
                when = s.start + timedelta(minutes=s.duration_minutes)
                d.breaches.append(Breach(meta=self.meta(self.coordinator_id, when + timedelta(
                    hours=2)), agreement_id=agreement.id, at=min(when, self.now),
                    kind=kind, note=str(self.pick(P.BREACH_NOTES))))

    # -- escalations -----------------------------------------------------------------------
    def escalations(self, supervisors: list[str]) -> None:
        rng, d = self.rng, self.data
        total = min(self.scale.escalations, len(d.sessions))
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
            raised = min(raised, self.now - timedelta(minutes=30))
            age = self.now - raised
            if from_end <= len(recent_states):
                target = recent_states[from_end - 1]
            elif age > timedelta(days=120):
                target = self.weighted({S.CLOSED: 85, S.RESOLVED: 8, S.MONITORING: 7})
            else:
                target = self.weighted({S.OPEN: 5, S.ACKNOWLEDGED: 8, S.ACTION_TAKEN: 12,
                                        S.CONTACT_CONFIRMED: 10, S.MONITORING: 25,
                                        S.RESOLVED: 15, S.CLOSED: 25})
            if advisee_status.get(s.advisee_id) is AdviseeStatus.CLOSED and target is S.OPEN:
                target = S.CLOSED
            level = self.weighted({RiskLevel.CONCERN: 40, RiskLevel.MODERATE: 30,
                                   RiskLevel.HIGH: 20, RiskLevel.IMMINENT: 10})
            cats = frozenset(rng.sample(list(RiskCategory), self.weighted({1: 80, 2: 20})))
            main = sorted(cats)[0]
            esc_id = self.uid()
            d.sessions[index_of[s.id]] = replace(s, risk_noticed=True)
            path = order[: order.index(target) + 1]
            times = self.step_times(raised, len(path) - 1, level)
            events: list[EscalationEvent] = []
            acknowledged_at = closed_at = None
            for (a, b), at in zip(pairwise(path), times, strict=False):
                by = (self.pick(supervisors) if b in (S.CLOSED, S.ACKNOWLEDGED)
                      and rng.random() < 0.6 else
                      s.advisor_id if b in (S.ACTION_TAKEN, S.CONTACT_CONFIRMED)
                      else self.coordinator_id)
                if b is S.CLOSED:
                    by = self.pick(supervisors)
                    closed_at = at
                if a is S.OPEN:
                    acknowledged_at = at
                events.append(EscalationEvent(
                    meta=self.meta(by, at), escalation_id=esc_id, kind=EventKind.TRANSITION,
                    at=at, by=by, from_state=a, to_state=b))
                if b is S.ACTION_TAKEN:
                    action = (ActionType.EMERGENCY_SERVICES if level is RiskLevel.IMMINENT
                              and rng.random() < 0.5 else self.pick(
                                  (ActionType.SUPPORT_PLAN, ActionType.TRUSTED_CONTACT,
                                   ActionType.REFERRAL)))
                    act_at = at + timedelta(minutes=1)
                    events.append(EscalationEvent(
                        meta=self.meta(by, act_at), escalation_id=esc_id,
                        kind=EventKind.ACTION, at=min(act_at, self.now), by=by,
                        action_type=action, note=str(self.pick(P.EVENT_NOTES))))
                    if action is not ActionType.SUPPORT_PLAN and rng.random() < 0.7:
                        told, role, what, why, knew = self.pick(P.DISCLOSURES)
                        d.disclosures.append(Disclosure(
                            meta=self.meta(by, act_at), escalation_id=esc_id,
                            at=min(act_at, self.now), told_whom=told,
                            role_or_organisation=role, what_was_shared=what, why=why,
                            advisee_knew=knew))
                if rng.random() < 0.25:
                    note_at = min(at + timedelta(minutes=30), self.now)
                    events.append(EscalationEvent(
                        meta=self.meta(by, note_at), escalation_id=esc_id,
                        kind=EventKind.NOTE, at=note_at, by=by,
                        note=str(self.pick(P.EVENT_NOTES))))
            esc = Escalation(
                meta=RecordMeta(id=esc_id, created_at=raised, created_by=s.advisor_id,
                                updated_at=times[-1] if times else raised,
                                updated_by=events[-1].by if events else s.advisor_id,
                                version=1),
                advisee_id=s.advisee_id, raised_by=s.advisor_id, raised_at=raised,
                level=level, categories=cats,
                description=str(self.pick(P.ESCALATION_DESCRIPTIONS[main.value])),
                immediate_action=str(self.pick(P.IMMEDIATE_ACTIONS)), state=target)
            d.escalations.append(esc)
            d.events.extend(events)
            d.escalation_storage[esc_id] = {
                "ack_due": _iso(ack_deadline(raised, level, self.policy)),
                "acknowledged_at": _iso(acknowledged_at) if acknowledged_at else None,
                "closed_at": _iso(closed_at) if closed_at else None,
            }

    def step_times(self, raised: datetime, steps: int, level: RiskLevel) -> list[datetime]:
        if steps == 0:
            return []
        room = self.now - raised - timedelta(minutes=5)
        deadline = self.policy.ack_within[level]
        first = timedelta(seconds=deadline.total_seconds() * self.rng.uniform(0.1, 1.3))
        gaps = [first] + [timedelta(hours=self.rng.uniform(2, 24 * 10))
                          for _ in range(steps - 1)]
        total = sum(gaps, timedelta())
        if total > room:
            factor = room / total
            gaps = [g * factor for g in gaps]
        out, at = [], raised
        for g in gaps:
            at = at + max(g, timedelta(seconds=60))
            out.append(min(at, self.now - timedelta(minutes=1)).replace(microsecond=0))
        return out

    # -- supervision ---------------------------------------------------------------------
    def supervision(self, supervisors: list[str], advisors: list[str]) -> None:
        rng, d = self.rng, self.data
        by_author: dict[str, list[int]] = defaultdict(list)
        for i, r in enumerate(d.reflections):
            by_author[r.author_id].append(i)
        for idxs in by_author.values():
            idxs.sort(key=lambda i: d.reflections[i].meta.created_at)
        session_of = {s.id: s for s in d.sessions}
        esc_by_advisor: dict[str, list[Escalation]] = defaultdict(list)
        for e in d.escalations:
            esc_by_advisor[e.raised_by].append(e)
        period_days = self.scale.months * 30
        per_advisor = max(1, self.scale.supervision_notes // max(1, len(advisors)))
        every = max(5, period_days // per_advisor)
        reviewed: dict[int, tuple[datetime, str]] = {}
        for advisor in advisors:
            idxs = by_author.get(advisor, [])
            if not idxs:
                continue
            first_day = d.reflections[idxs[0]].meta.created_at.astimezone(self.tz).date()
            day = first_day + timedelta(days=rng.randrange(3, every + 3))
            last_allowed = self.today - timedelta(days=6)
            pos = 0
            while day <= last_allowed:
                when = self.local(day, 17, 30)
                supervisor = self.pick(supervisors)
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
                for _ in range(self.weighted({0: 40, 1: 40, 2: 20})):
                    due = day + timedelta(days=rng.randrange(7, 30))
                    actions.append(SupervisionAction(
                        text=str(self.pick(P.ACTIONS)), owner_id=advisor, due=due,
                        done=due < self.today and rng.random() < 0.8))
                nxt = day + timedelta(days=every)
                d.supervision_notes.append(SupervisionNote(
                    meta=self.meta(supervisor, when + timedelta(hours=1)),
                    supervisor_id=supervisor, advisor_ids=frozenset(team), on=day, format=fmt,
                    session_ids=frozenset(s for s in sessions if s in session_of),
                    reflection_ids=frozenset(d.reflections[i].id for i in linked),
                    escalation_ids=frozenset(escs),
                    discussion=" ".join(rng.sample(P.SUPERVISION_DISCUSSION, 2)),
                    shared_summary=str(self.pick(P.SHARED_SUMMARY)), actions=tuple(actions),
                    training_needs=str(self.pick(P.TRAINING_NEEDS)), next_date=nxt))
                day = nxt + timedelta(days=rng.randrange(-2, 3))
        for i, (when, supervisor) in reviewed.items():
            r = d.reflections[i]
            at = max(when, r.meta.created_at + timedelta(minutes=1))
            d.reflections[i] = replace(r, reviewed_at=min(at, self.now),
                                       reviewed_by=supervisor)

    def resources(self) -> None:
        at = self.local(self.today - timedelta(days=self.scale.months * 30 + 30), 10, 0)
        for name, kind in P.REFERRAL_PLACEHOLDERS:
            self.data.resources.append(ReferralResource(
                meta=self.meta(self.coordinator_id, at), name=name, kind=ResourceKind(kind),
                phone="", hours="", notes=P.REFERRAL_NOTE))


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def generate(scale: str | Scale, seed: int, *, now: datetime, tz: tzinfo,
             coordinator_id: str, policy: GroupPolicy | None = None) -> DemoData:
    sc = SCALES[scale] if isinstance(scale, str) else scale
    gen = _Gen(sc, seed, now, tz, coordinator_id, policy or GroupPolicy())
    supervisors, advisors = gen.people()
    gen.advisees_and_sessions(advisors)
    gen.reflections()
    gen.agreements()
    gen.escalations(supervisors)
    gen.supervision(supervisors, advisors)
    gen.resources()
    return gen.data


def coordinator_name(scale: str | Scale, seed: int) -> str:
    """The display name :func:`generate` gives the coordinator for this seed."""
    sc = SCALES[scale] if isinstance(scale, str) else scale
    gen = _Gen(sc, seed, datetime(2020, 1, 1, tzinfo=UTC), UTC, "", GroupPolicy())
    return gen.names(1 + sc.supervisors + sc.advisors)[0]
