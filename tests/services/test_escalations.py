"""Escalations end to end on real vaults: the state machine, deadlines, disclosures, lists."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
import sqlcipher3

from peerdesk.domain.escalation import TRANSITIONS, roles_allowed
from peerdesk.domain.vocab import EscalationState, Role
from peerdesk.errors import InvalidTransition, NotFound, PermissionDenied, ValidationError
from peerdesk.services.escalations import EscalationService
from peerdesk.storage import audit_table, escalation_queries
from peerdesk.storage.escalation_queries import EscalationFilter

S = EscalationState
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
ACTION = {S.ACTION_TAKEN: "referral"}


def _raise(ws, advisee_id: str, level: str = "high", **extra) -> str:
    values = {"advisee_id": advisee_id, "level": level, "categories": ["self_harm_or_suicidal"],
              "description": "Said things were too much to bear.", **extra}
    return EscalationService(ws.ctx).raise_(values).id


def _fix_clock(ws, at: datetime) -> None:
    ws.ctx.clock = lambda: at


def _audit(ws) -> list[dict]:
    return list(audit_table.iter_events(ws.ctx.db))


# -- raising -----------------------------------------------------------------------------
def test_raise_sets_ack_due_from_level_and_policy(group) -> None:
    ws = group.ws
    _fix_clock(ws, T0)
    for level, hours in (("imminent", 1), ("high", 24), ("moderate", 72), ("concern", 168)):
        esc_id = _raise(ws, group.id("a1"), level)
        view = EscalationService(ws.ctx).get(esc_id)
        assert view.ack_due == T0 + timedelta(hours=hours)
        assert view.escalation.state is S.OPEN
        assert view.escalation.raised_by == group.id("coord")
        assert view.acknowledged_at is None and view.closed_at is None


def test_raise_is_one_audit_event_without_text(group) -> None:
    ws = group.ws
    before = audit_table.count(ws.ctx.db)
    esc_id = _raise(ws, group.id("a1"), description="UNIQUE-DESCRIPTION-TEXT")
    events = _audit(ws)
    assert audit_table.count(ws.ctx.db) == before + 1
    last = events[-1]
    assert last["action"] == "escalation.raised" and last["target_id"] == esc_id
    assert "UNIQUE-DESCRIPTION-TEXT" not in json.dumps(last)


def test_advisor_raises_only_for_own_advisees(group) -> None:
    ws = group.login("asha")
    esc_id = _raise(ws, group.id("a1"))
    assert EscalationService(ws.ctx).get(esc_id).escalation.raised_by == group.id("asha")
    with pytest.raises(PermissionDenied):
        _raise(ws, group.id("b1"))


def test_supervisor_raises_for_anyone(group) -> None:
    ws = group.login("sunil")
    _raise(ws, group.id("a1"))
    _raise(ws, group.id("b1"))


def test_raise_validates(group) -> None:
    svc = EscalationService(group.ws.ctx)
    with pytest.raises(ValidationError):
        svc.raise_({"advisee_id": group.id("a1"), "level": "extreme", "categories": ["other"],
                    "description": "x"})
    with pytest.raises(ValidationError):
        svc.raise_({"advisee_id": group.id("a1"), "level": "high", "categories": [],
                    "description": "x"})
    with pytest.raises(ValidationError):
        svc.raise_({"advisee_id": "no-such-advisee", "level": "high",
                    "categories": ["other"], "description": "x"})


# -- the state machine -------------------------------------------------------------------
def _path_to(target: S) -> list[S]:
    """A shortest legal path from open to ``target`` (BFS over TRANSITIONS)."""
    from collections import deque

    prev: dict[S, S | None] = {S.OPEN: None}
    queue = deque([S.OPEN])
    while queue:
        here = queue.popleft()
        for nxt in sorted(TRANSITIONS[here]):
            if nxt not in prev:
                prev[nxt] = here
                queue.append(nxt)
    path = [target]
    while prev[path[-1]] is not None:
        path.append(prev[path[-1]])  # type: ignore[arg-type]
    return list(reversed(path))[1:]


def _walk(svc: EscalationService, esc_id: str, states: list[S]) -> None:
    for state in states:
        svc.transition(esc_id, state, f"to {state.value}", action_type=ACTION.get(state))


@pytest.mark.parametrize("from_state", list(S))
def test_every_move_from_every_state(group, from_state: S) -> None:
    """Supervisor: every legal move succeeds, every other target is InvalidTransition."""
    ws = group.login("sunil")
    svc = EscalationService(ws.ctx)
    for to_state in S:
        esc_id = _raise(ws, group.id("a1"))
        _walk(svc, esc_id, _path_to(from_state))
        assert svc.get(esc_id).escalation.state is from_state
        if to_state in TRANSITIONS[from_state]:
            change = svc.transition(esc_id, to_state, "moving",
                                    action_type=ACTION.get(to_state))
            view = svc.get(esc_id)
            assert view.escalation.state is to_state
            assert change.record.state is to_state
            last = [e for e in view.events if e.kind.value == "transition"][-1]
            assert (last.from_state, last.to_state) == (from_state, to_state)
        else:
            with pytest.raises(InvalidTransition) as err:
                svc.transition(esc_id, to_state, "moving", action_type=ACTION.get(to_state))
            assert "cannot become" in str(err.value) or "already" in str(err.value)
            assert svc.get(esc_id).escalation.state is from_state


def test_full_story_records_times_and_events(group) -> None:
    ws = group.login("sunil")
    svc = EscalationService(ws.ctx)
    _fix_clock(ws, T0)
    esc_id = _raise(ws, group.id("a1"), "imminent")
    _fix_clock(ws, T0 + timedelta(minutes=20))
    svc.transition(esc_id, S.ACTION_TAKEN, "Called emergency services.",
                   action_type="emergency_services")
    _fix_clock(ws, T0 + timedelta(hours=2))
    svc.transition(esc_id, S.CONTACT_CONFIRMED, "They reached her.")
    svc.transition(esc_id, S.MONITORING, "")
    svc.add_note(esc_id, "Spoke again, calmer.")
    svc.transition(esc_id, S.RESOLVED, "")
    _fix_clock(ws, T0 + timedelta(days=3))
    svc.transition(esc_id, S.CLOSED, "Reviewed in supervision.")
    view = svc.get(esc_id)
    assert view.acknowledged_at == T0 + timedelta(minutes=20)
    assert view.closed_at == T0 + timedelta(days=3)
    kinds = [e.kind.value for e in view.events]
    assert kinds == ["transition", "action", "transition", "transition", "note", "transition",
                     "transition"]
    assert view.events[1].action_type.value == "emergency_services"
    timeline = svc.timeline(esc_id)
    assert timeline[0].kind == "raised"
    assert [t.at for t in timeline] == sorted(t.at for t in timeline)
    # re-opening a closed escalation clears closed_at
    svc.transition(esc_id, S.MONITORING, "It came back.")
    assert svc.get(esc_id).closed_at is None


def test_action_taken_needs_the_action(group) -> None:
    svc = EscalationService(group.ws.ctx)
    esc_id = _raise(group.ws, group.id("a1"))
    with pytest.raises(ValidationError):
        svc.transition(esc_id, S.ACTION_TAKEN, "did something")
    with pytest.raises(ValidationError):
        svc.transition(esc_id, S.ACKNOWLEDGED, "", action_type="referral")
    with pytest.raises(ValidationError):
        svc.transition(esc_id, "nonsense", "")


def test_closing_needs_a_supervisor(group) -> None:
    svc = EscalationService(group.ws.ctx)
    esc_id = _raise(group.ws, group.id("a1"))
    _walk(svc, esc_id, [S.ACKNOWLEDGED, S.RESOLVED])
    before = audit_table.count(group.ws.ctx.db)
    with pytest.raises(PermissionDenied, match="supervisor"):
        svc.transition(esc_id, S.CLOSED, "done")
    assert audit_table.count(group.ws.ctx.db) == before
    ws = group.login("sunil")
    EscalationService(ws.ctx).transition(esc_id, S.CLOSED, "done")
    assert EscalationService(ws.ctx).get(esc_id).escalation.state is S.CLOSED


def test_advisor_records_own_actions_only(group) -> None:
    esc_a = _raise(group.ws, group.id("a1"))
    esc_b = _raise(group.ws, group.id("b1"))
    ws = group.login("asha")
    svc = EscalationService(ws.ctx)
    with pytest.raises(PermissionDenied):
        svc.transition(esc_a, S.ACKNOWLEDGED, "seen")
    svc.transition(esc_a, S.ACTION_TAKEN, "Talked about the support plan.",
                   action_type="support_plan")
    svc.add_note(esc_a, "She has a friend staying.")
    for call in (lambda: svc.transition(esc_b, S.ACTION_TAKEN, "x", action_type="referral"),
                 lambda: svc.add_note(esc_b, "x"), lambda: svc.get(esc_b),
                 lambda: svc.timeline(esc_b),
                 lambda: svc.record_disclosure(esc_b, {"told_whom": "x", "what_was_shared": "y",
                                                       "why": "z", "advisee_knew": True})):
        with pytest.raises(PermissionDenied):
            call()


def test_every_allowed_role_pair_matches_domain(group) -> None:
    """The service agrees with domain roles_allowed for coordinator moves out of open."""
    svc = EscalationService(group.ws.ctx)
    for to_state in TRANSITIONS[S.OPEN]:
        esc_id = _raise(group.ws, group.id("a1"))
        assert Role.COORDINATOR in roles_allowed(S.OPEN, to_state)
        svc.transition(esc_id, to_state, "", action_type=ACTION.get(to_state))


def test_one_audit_event_per_transition(group) -> None:
    ws = group.ws
    svc = EscalationService(ws.ctx)
    esc_id = _raise(ws, group.id("a1"))
    before = audit_table.count(ws.ctx.db)
    svc.transition(esc_id, S.ACTION_TAKEN, "SECRET-NOTE", action_type="trusted_contact")
    assert audit_table.count(ws.ctx.db) == before + 1
    last = _audit(ws)[-1]
    assert last["action"] == "escalation.transition"
    assert "SECRET-NOTE" not in json.dumps(last)
    assert json.loads(last["details"]) if isinstance(last["details"], str) else last["details"]


def test_unknown_escalation(group) -> None:
    with pytest.raises(NotFound):
        EscalationService(group.ws.ctx).get("nope")


# -- deadlines ---------------------------------------------------------------------------
def test_overdue_at_the_boundary(group) -> None:
    ws = group.ws
    svc = EscalationService(ws.ctx)
    _fix_clock(ws, T0)
    esc_id = _raise(ws, group.id("a1"), "imminent")
    deadline = T0 + timedelta(hours=1)
    _fix_clock(ws, deadline)
    assert svc.list_overdue() == []
    assert svc.get(esc_id).overdue is False
    _fix_clock(ws, deadline + timedelta(microseconds=1))
    assert [r.id for r in svc.list_overdue()] == [esc_id]
    assert svc.get(esc_id).overdue is True
    svc.transition(esc_id, S.ACKNOWLEDGED, "")
    assert svc.list_overdue() == []
    assert svc.get(esc_id).overdue is False


def test_policy_from_context(group) -> None:
    from peerdesk.domain.escalation import GroupPolicy
    from peerdesk.domain.vocab import RiskLevel

    ws = group.ws
    ws.ctx.policy = GroupPolicy({lvl: timedelta(minutes=10) for lvl in RiskLevel})
    _fix_clock(ws, T0)
    esc_id = _raise(ws, group.id("a1"), "concern")
    assert EscalationService(ws.ctx).get(esc_id).ack_due == T0 + timedelta(minutes=10)


# -- disclosure log ----------------------------------------------------------------------
def test_disclosure_log(group) -> None:
    ws = group.ws
    svc = EscalationService(ws.ctx)
    esc_id = _raise(ws, group.id("a1"))
    before = audit_table.count(ws.ctx.db)
    svc.record_disclosure(esc_id, {
        "told_whom": "Duty doctor", "role_or_organisation": "District hospital",
        "what_was_shared": "First name and that she took pills an hour ago.",
        "why": "Imminent risk to life.", "advisee_knew": False})
    assert audit_table.count(ws.ctx.db) == before + 1
    assert "Duty doctor" not in json.dumps(_audit(ws)[-1])
    view = svc.get(esc_id)
    (d,) = view.disclosures
    assert (d.told_whom, d.advisee_knew) == ("Duty doctor", False)
    assert d.role_or_organisation == "District hospital"
    assert any(t.kind == "disclosure" and t.advisee_knew is False for t in svc.timeline(esc_id))
    with pytest.raises(ValidationError):
        svc.record_disclosure(esc_id, {"told_whom": "", "what_was_shared": "x", "why": "y",
                                       "advisee_knew": True})
    with pytest.raises(ValidationError):  # the question must be answered
        svc.record_disclosure(esc_id, {"told_whom": "a", "what_was_shared": "x", "why": "y"})


def test_events_and_disclosures_are_append_only(group) -> None:
    ws = group.ws
    svc = EscalationService(ws.ctx)
    esc_id = _raise(ws, group.id("a1"))
    svc.add_note(esc_id, "first note")
    svc.record_disclosure(esc_id, {"told_whom": "Mother", "what_was_shared": "x", "why": "y",
                                   "advisee_knew": True})
    db = ws.ctx.db
    for sql in ("UPDATE escalation_events SET at = 'x'",
                "DELETE FROM escalation_events",
                "UPDATE escalation_events_text SET note = 'rewritten'",
                "DELETE FROM escalation_events_text",
                "UPDATE disclosures SET advisee_knew = 0",
                "DELETE FROM disclosures",
                "UPDATE disclosures_text SET told_whom = 'someone else'",
                "DELETE FROM disclosures_text"):
        with pytest.raises(sqlcipher3.IntegrityError, match="append-only"), db.transaction():
            db.execute(sql)
    assert svc.get(esc_id).events[0].note == "first note"


# -- lists -------------------------------------------------------------------------------
def test_lists_scoped_and_filtered(group) -> None:
    ws = group.ws
    svc = EscalationService(ws.ctx)
    _fix_clock(ws, T0)
    a = _raise(ws, group.id("a1"), "concern")
    _fix_clock(ws, T0 + timedelta(days=1))
    b = _raise(ws, group.id("b1"), "imminent")
    _fix_clock(ws, T0 + timedelta(days=2))
    assert [r.id for r in svc.list_open()] == [b, a]  # most urgent first
    assert [r.id for r in svc.list_by_advisee(group.id("a1"))] == [a]
    assert [r.id for r in svc.list_by_period(T0, T0 + timedelta(hours=1))] == [a]
    assert [r.id for r in svc.list_overdue()] == [b]
    ws = group.login("asha")
    _fix_clock(ws, T0 + timedelta(days=2))
    svc = EscalationService(ws.ctx)
    assert [r.id for r in svc.list_open()] == [a]
    assert svc.list_overdue() == []
    assert svc.list_by_advisee(group.id("b1")) == []
    assert svc.count() == 1


def test_list_queries_never_read_text_tables(group, sql_log) -> None:
    ws = group.ws
    _raise(ws, group.id("a1"))
    svc = EscalationService(ws.ctx)
    with sql_log(ws.ctx.db).watching() as log:
        svc.list_open()
        svc.list_overdue()
        svc.list_by_advisee(group.id("a1"))
        svc.list_by_period(T0, T0 + timedelta(days=900))
        svc.count()
    log.assert_no_text_tables()
    for f in (EscalationFilter(), EscalationFilter(assigned_to="x", overdue_at="z")):
        sql, params = escalation_queries.list_sql(f, urgent_first=True)
        assert "_text" not in escalation_queries.explain(ws.ctx.db, sql, params)
