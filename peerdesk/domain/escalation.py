"""The risk-escalation state machine and acknowledgement deadlines.

States (docs/domain.md): open → acknowledged → action_taken → contact_confirmed →
monitoring → resolved → closed. Allowed moves (``TRANSITIONS``):

* open → acknowledged, or straight to action_taken (acting *is* acknowledging, e.g.
  calling emergency services for an imminent risk);
* acknowledged → action_taken; → monitoring (no action needed beyond watching);
  → resolved (the concern was cleared by talking);
* action_taken → contact_confirmed (the service or contact reached the person);
  → monitoring (a support plan needs no third-party confirmation);
* contact_confirmed → monitoring, → resolved, → action_taken (further steps needed);
* monitoring → action_taken (risk rose again), → resolved;
* resolved → closed; re-opening: → monitoring or → action_taken;
* closed → monitoring (re-opening a closed escalation; supervisor only).

Who may make a move (``check_transition``): a supervisor any move; a coordinator any
move except closing or re-opening a closed escalation; an advisor only records what they
did (→ action_taken, → contact_confirmed). An impossible move raises
:class:`InvalidTransition`; a possible move the actor's roles do not allow raises
:class:`PermissionDenied`.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TypeVar

from peerdesk.domain.message import Message, Term
from peerdesk.domain.records_risk import Escalation, EscalationEvent
from peerdesk.domain.vocab import EscalationState, EventKind, RiskLevel, Role
from peerdesk.domain.wording import ROLE_LABELS, STATES
from peerdesk.errors import N_, InvalidTransition, PermissionDenied

S = EscalationState

TRANSITIONS: Mapping[EscalationState, frozenset[EscalationState]] = {
    S.OPEN: frozenset({S.ACKNOWLEDGED, S.ACTION_TAKEN}),
    S.ACKNOWLEDGED: frozenset({S.ACTION_TAKEN, S.MONITORING, S.RESOLVED}),
    S.ACTION_TAKEN: frozenset({S.CONTACT_CONFIRMED, S.MONITORING}),
    S.CONTACT_CONFIRMED: frozenset({S.MONITORING, S.RESOLVED, S.ACTION_TAKEN}),
    S.MONITORING: frozenset({S.ACTION_TAKEN, S.RESOLVED}),
    S.RESOLVED: frozenset({S.CLOSED, S.MONITORING, S.ACTION_TAKEN}),
    S.CLOSED: frozenset({S.MONITORING}),
}

#: States an advisor may move an escalation into (recording their own actions).
ADVISOR_TARGETS: frozenset[EscalationState] = frozenset({S.ACTION_TAKEN, S.CONTACT_CONFIRMED})

LABELS: Mapping[EscalationState, str] = {
    S.OPEN: "open",
    S.ACKNOWLEDGED: "acknowledged",
    S.ACTION_TAKEN: "action taken",
    S.CONTACT_CONFIRMED: "contact confirmed",
    S.MONITORING: "monitoring",
    S.RESOLVED: "resolved",
    S.CLOSED: "closed",
}


def next_states(state: EscalationState) -> frozenset[EscalationState]:
    """Every state reachable in one move (regardless of role)."""
    return TRANSITIONS[state]


def roles_allowed(from_state: EscalationState,
                  to_state: EscalationState) -> frozenset[Role]:
    """Roles that may make this (possible) move."""
    if to_state not in TRANSITIONS[from_state]:
        return frozenset()
    roles = {Role.SUPERVISOR}
    if to_state is not S.CLOSED and from_state is not S.CLOSED:
        roles.add(Role.COORDINATOR)
        if to_state in ADVISOR_TARGETS:
            roles.add(Role.ADVISOR)
    return frozenset(roles)


def check_transition(from_state: EscalationState, to_state: EscalationState,
                     actor_roles: Collection[Role]) -> None:
    """Raise unless an actor with ``actor_roles`` may move ``from_state`` → ``to_state``."""
    if to_state not in TRANSITIONS[from_state]:
        if to_state is from_state:
            raise InvalidTransition(Message(N_("The escalation is already {state}."),
                                            state=_state(to_state)))
        options = _joined(N_("{first}, {then}"),
                          [_state(s) for s in S if s in TRANSITIONS[from_state]])
        raise InvalidTransition(Message(
            N_("An escalation that is {state} cannot become {target}; it can become: "
               "{options}."), state=_state(from_state), target=_state(to_state),
            options=options))
    allowed = roles_allowed(from_state, to_state)
    if allowed.isdisjoint(actor_roles):
        if to_state is S.CLOSED:
            raise PermissionDenied(N_("Only a supervisor can close an escalation."))
        if from_state is S.CLOSED:
            raise PermissionDenied(N_("Only a supervisor can re-open a closed escalation."))
        who = _joined(N_("{first} or {then}"),
                      [Term(ROLE_LABELS[r], english=r.value) for r in Role if r in allowed])
        raise PermissionDenied(Message(N_("Only a {who} can mark an escalation as {state}."),
                                       who=who, state=_state(to_state)))


def _state(state: EscalationState) -> Term:
    """A state inside a sentence: "action taken" in English, the state's label otherwise."""
    return Term(STATES[state.value], english=LABELS[state])


def _joined(template: str, words: list[Term]) -> str:
    """``words`` joined two at a time by ``template`` ("{first}, {then}")."""
    out: str = words[0]
    for word in words[1:]:
        out = Message(template, first=out, then=word)
    return out


# -- deadlines ------------------------------------------------------------------------

def _default_ack_within() -> dict[RiskLevel, timedelta]:
    return {
        RiskLevel.IMMINENT: timedelta(hours=1),
        RiskLevel.HIGH: timedelta(hours=24),
        RiskLevel.MODERATE: timedelta(hours=72),
        RiskLevel.CONCERN: timedelta(days=7),
    }


@dataclass(frozen=True)
class GroupPolicy:
    """A group's escalation policy: how soon each level must be acknowledged."""

    ack_within: Mapping[RiskLevel, timedelta] = field(default_factory=_default_ack_within)

    def __post_init__(self) -> None:
        missing = [lvl.value for lvl in RiskLevel if lvl not in self.ack_within]
        if missing:
            raise ValueError(f"policy has no acknowledgement time for: {', '.join(missing)}")
        if any(t <= timedelta(0) for t in self.ack_within.values()):
            raise ValueError("acknowledgement times must be positive")


def ack_deadline(raised_at: datetime, level: RiskLevel,
                 policy: GroupPolicy | None = None) -> datetime:
    """When an escalation raised at ``raised_at`` must have been acknowledged by."""
    return raised_at + (policy or GroupPolicy()).ack_within[level]


def acknowledged_at(events: Iterable[EscalationEvent]) -> datetime | None:
    """When the escalation first left ``open`` (acknowledged or acted on), if ever."""
    times = [e.at for e in events
             if e.kind is EventKind.TRANSITION and e.from_state is S.OPEN]
    return min(times, default=None)


_When = TypeVar("_When", datetime, str)


def overdue(at: _When, *, ack_due: _When, acknowledged_at: _When | None,
            closed_at: _When | None, raised_at: _When | None = None) -> bool:
    """The one rule for "overdue", used by the services, the desktop app and the reports.

    At ``at`` an escalation is overdue when it had been raised, its acknowledgement
    deadline had passed (exactly at the deadline it is not yet overdue), and it was
    neither acknowledged nor closed by then. Times are all ``datetime`` or all ISO-8601
    UTC strings in the vault's one format (which sort as the moments they name).
    """
    return ((raised_at is None or raised_at < at) and ack_due < at
            and (acknowledged_at is None or acknowledged_at >= at)
            and (closed_at is None or closed_at >= at))


def is_overdue(escalation: Escalation, events: Iterable[EscalationEvent], now: datetime,
               policy: GroupPolicy | None = None) -> bool:
    """:func:`overdue` at ``now`` for an escalation and its events (others are ignored)."""
    own = [e for e in events if e.escalation_id == escalation.id]
    if escalation.state is not S.OPEN:  # acknowledged, acted on or closed
        return False
    return overdue(now, ack_due=ack_deadline(escalation.raised_at, escalation.level, policy),
                   acknowledged_at=acknowledged_at(own), closed_at=None)


def overdue_at(state: EscalationState, acknowledged: bool, deadline: datetime,
               moment: datetime) -> bool:
    """:func:`overdue` at ``moment`` for a state and whether it was acknowledged by then:
    only an escalation still open (not acknowledged, not acted on) can be overdue."""
    return (state is S.OPEN and not acknowledged
            and overdue(moment, ack_due=deadline, acknowledged_at=None, closed_at=None))
