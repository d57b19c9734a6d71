import itertools
from datetime import UTC, datetime, timedelta

import pytest

from peerdesk.domain.escalation import (
    GroupPolicy,
    ack_deadline,
    acknowledged_at,
    check_transition,
    is_overdue,
    next_states,
)
from peerdesk.domain.model import (
    Escalation,
    EscalationEvent,
    EscalationState,
    EventKind,
    RecordMeta,
    RiskCategory,
    RiskLevel,
    Role,
)
from peerdesk.errors import InvalidTransition, PermissionDenied

S = EscalationState
C, A, SUP = Role.COORDINATOR, Role.ADVISOR, Role.SUPERVISOR

# The expected table, written out independently of the implementation:
# (from, to) -> roles allowed. Pairs not listed are impossible.
EXPECTED = {
    ("open", "acknowledged"): {C, SUP},
    ("open", "action_taken"): {C, SUP, A},
    ("acknowledged", "action_taken"): {C, SUP, A},
    ("acknowledged", "monitoring"): {C, SUP},
    ("acknowledged", "resolved"): {C, SUP},
    ("action_taken", "contact_confirmed"): {C, SUP, A},
    ("action_taken", "monitoring"): {C, SUP},
    ("contact_confirmed", "monitoring"): {C, SUP},
    ("contact_confirmed", "resolved"): {C, SUP},
    ("contact_confirmed", "action_taken"): {C, SUP, A},
    ("monitoring", "action_taken"): {C, SUP, A},
    ("monitoring", "resolved"): {C, SUP},
    ("resolved", "closed"): {SUP},
    ("resolved", "monitoring"): {C, SUP},
    ("resolved", "action_taken"): {C, SUP, A},
    ("closed", "monitoring"): {SUP},
}

ROLE_SETS = [frozenset(c) for n in range(4) for c in itertools.combinations(Role, n)]


@pytest.mark.parametrize("src,dst", list(itertools.product(S, S)))
@pytest.mark.parametrize("roles", ROLE_SETS, ids=lambda r: "+".join(sorted(r)) or "none")
def test_full_transition_table(src, dst, roles):
    expected = EXPECTED.get((src.value, dst.value))
    if expected is None:
        assert dst not in next_states(src)
        with pytest.raises(InvalidTransition):
            check_transition(src, dst, roles)
    elif expected & roles:
        assert dst in next_states(src)
        check_transition(src, dst, roles)
    else:
        with pytest.raises(PermissionDenied):
            check_transition(src, dst, roles)


def test_messages():
    with pytest.raises(PermissionDenied, match=r"^Only a supervisor can close an escalation\.$"):
        check_transition(S.RESOLVED, S.CLOSED, {C, A})
    with pytest.raises(InvalidTransition, match="already monitoring"):
        check_transition(S.MONITORING, S.MONITORING, {SUP})
    with pytest.raises(InvalidTransition,
                       match="open cannot become closed; it can become: acknowledged, "
                             "action taken"):
        check_transition(S.OPEN, S.CLOSED, {SUP})
    with pytest.raises(PermissionDenied, match="re-open"):
        check_transition(S.CLOSED, S.MONITORING, {C})
    with pytest.raises(PermissionDenied, match="coordinator or supervisor can mark an "
                                               "escalation as acknowledged"):
        check_transition(S.OPEN, S.ACKNOWLEDGED, {A})


def test_every_state_reaches_closed():
    for start in S:
        seen, frontier = {start}, [start]
        while frontier:
            for nxt in next_states(frontier.pop()):
                if nxt not in seen:
                    seen.add(nxt)
                    frontier.append(nxt)
        assert S.CLOSED in seen


RAISED = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def _esc(level, state=S.OPEN):
    return Escalation(meta=RecordMeta.new(by="m1", now=RAISED, id="e1"), advisee_id="a1",
                      raised_by="m1", raised_at=RAISED, level=level,
                      categories=frozenset({RiskCategory.OTHER}), state=state)


def _ack_event(at, escalation_id="e1"):
    return EscalationEvent(meta=RecordMeta.new(by="m2", now=at), escalation_id=escalation_id,
                           kind=EventKind.TRANSITION, at=at, by="m2", from_state=S.OPEN,
                           to_state=S.ACKNOWLEDGED)


@pytest.mark.parametrize("level,delta", [(RiskLevel.IMMINENT, timedelta(hours=1)),
                                         (RiskLevel.HIGH, timedelta(hours=24)),
                                         (RiskLevel.MODERATE, timedelta(hours=72)),
                                         (RiskLevel.CONCERN, timedelta(days=7))])
def test_default_deadlines_and_boundary_minute(level, delta):
    assert ack_deadline(RAISED, level) == RAISED + delta
    esc = _esc(level)
    deadline = RAISED + delta
    assert not is_overdue(esc, [], deadline - timedelta(minutes=1), GroupPolicy())
    assert not is_overdue(esc, [], deadline, GroupPolicy())
    assert is_overdue(esc, [], deadline + timedelta(minutes=1), GroupPolicy())


def test_acknowledged_not_overdue_and_other_escalations_ignored():
    esc = _esc(RiskLevel.IMMINENT)
    late = RAISED + timedelta(hours=5)
    assert not is_overdue(esc, [_ack_event(RAISED + timedelta(hours=3))], late)
    assert is_overdue(esc, [_ack_event(RAISED, escalation_id="other")], late)
    assert not is_overdue(_esc(RiskLevel.IMMINENT, S.MONITORING), [], late)
    assert acknowledged_at([_ack_event(late), _ack_event(RAISED)]) == RAISED


def test_custom_policy():
    policy = GroupPolicy(ack_within={lvl: timedelta(minutes=30) for lvl in RiskLevel})
    assert ack_deadline(RAISED, RiskLevel.CONCERN, policy) == RAISED + timedelta(minutes=30)
    with pytest.raises(ValueError):
        GroupPolicy(ack_within={RiskLevel.HIGH: timedelta(hours=1)})
    with pytest.raises(ValueError):
        GroupPolicy(ack_within={lvl: timedelta(0) for lvl in RiskLevel})


def test_overdue_is_one_rule_for_datetimes_and_vault_strings():
    from datetime import UTC, datetime

    from peerdesk.domain.escalation import overdue

    due = datetime(2026, 11, 3, 12, 0, tzinfo=UTC)
    raised = datetime(2026, 11, 3, 10, 0, tzinfo=UTC)
    later = datetime(2026, 11, 3, 13, 0, tzinfo=UTC)
    assert not overdue(due, ack_due=due, acknowledged_at=None, closed_at=None)  # at: not yet
    assert overdue(later, ack_due=due, acknowledged_at=None, closed_at=None, raised_at=raised)
    assert not overdue(later, ack_due=due, acknowledged_at=due, closed_at=None)
    assert overdue(later, ack_due=due, acknowledged_at=later, closed_at=None)  # not by then
    assert not overdue(later, ack_due=due, acknowledged_at=None, closed_at=due)
    assert not overdue(raised, ack_due=due, acknowledged_at=None, closed_at=None,
                       raised_at=later)
    iso = "%Y-%m-%dT%H:%M:%S.%fZ"
    assert overdue(later.strftime(iso), ack_due=due.strftime(iso), acknowledged_at=None,
                   closed_at=None)
