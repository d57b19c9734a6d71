"""Merge rules for changes made on two laptops: nothing lost, safety never decided alone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from peerdesk.domain.escalation import TRANSITIONS
from peerdesk.domain.merge import (
    CAUTION,
    closure_racing_event,
    earlier_deadline,
    higher_level,
    merge_escalation_state,
    merge_fields,
)
from peerdesk.domain.vocab import EscalationState, RiskLevel

S = EscalationState

values = st.one_of(st.none(), st.integers(0, 3), st.sampled_from(["a", "b", "नींद"]))
records = st.dictionaries(st.sampled_from(["summary", "length", "channel", "risk"]), values)


def test_different_fields_merge_and_are_marked() -> None:
    base = {"summary": "s", "length": 30, "channel": "phone"}
    result = merge_fields(base, {**base, "length": 45}, {**base, "channel": "video"})
    assert result.merged == {"summary": "s", "length": 45, "channel": "video"}
    assert not result.needs_decision
    assert result.taken == {"channel"}


def test_the_same_field_changed_twice_is_a_conflict_with_both_values() -> None:
    base = {"summary": "Talked about sleep."}
    result = merge_fields(
        base, {"summary": "Talked about sleep and work."}, {"summary": "Talked about exams."}
    )
    assert result.needs_decision
    (conflict,) = result.conflicts
    assert (conflict.field, conflict.mine, conflict.theirs) == (
        "summary", "Talked about sleep and work.", "Talked about exams.")
    assert conflict.base == "Talked about sleep."


def test_the_same_change_on_both_sides_is_no_conflict() -> None:
    result = merge_fields({"length": 30}, {"length": 45}, {"length": 45})
    assert result.merged == {"length": 45} and not result.conflicts


@given(records, records, records)
def test_merging_loses_no_value_and_is_symmetric(base: dict, mine: dict, theirs: dict) -> None:
    ours = merge_fields(base, mine, theirs)
    other = merge_fields(base, theirs, mine)
    # The same fields are in conflict whichever laptop merges, with the values swapped.
    assert {c.field for c in ours.conflicts} == {c.field for c in other.conflicts}
    conflicted = {c.field for c in ours.conflicts}
    # Outside conflicts both laptops reach the same record.
    assert {k: v for k, v in ours.merged.items() if k not in conflicted} == {
        k: v for k, v in other.merged.items() if k not in conflicted}
    # Every value either side wrote is in the result or in a conflict.
    for side in (mine, theirs):
        for key, value in side.items():
            if value != base.get(key, object()):
                kept = ours.merged.get(key) == value
                in_conflict = any(c.field == key and value in (c.mine, c.theirs)
                                  for c in ours.conflicts)
                assert kept or in_conflict


@given(records, records)
def test_merging_with_an_unchanged_side_takes_the_other(base: dict, mine: dict) -> None:
    assert merge_fields(base, mine, base).merged == mine
    assert merge_fields(base, base, mine).merged == mine


def test_a_racing_resolve_never_wins_over_more_action() -> None:
    result = merge_escalation_state(S.MONITORING, S.RESOLVED, S.ACTION_TAKEN)
    assert result.state == S.ACTION_TAKEN and result.needs_review
    result = merge_escalation_state(S.RESOLVED, S.CLOSED, S.MONITORING)
    assert result.state == S.MONITORING and result.needs_review


def test_concurrent_moves_never_end_resolved_or_closed() -> None:
    for base, targets in TRANSITIONS.items():
        for a in targets:
            for b in targets:
                result = merge_escalation_state(base, a, b)
                assert result.state in (a, b)
                assert result == merge_escalation_state(base, b, a)
                if a != b:
                    assert result.needs_review
                    assert CAUTION[result.state] == max(CAUTION[a], CAUTION[b])


def test_one_sided_moves_stand_without_review() -> None:
    assert merge_escalation_state(S.OPEN, S.ACKNOWLEDGED, S.OPEN).state == S.ACKNOWLEDGED
    assert not merge_escalation_state(S.OPEN, S.OPEN, S.ACKNOWLEDGED).needs_review


def test_closure_racing_an_event_reopens_to_monitoring() -> None:
    assert closure_racing_event(S.CLOSED) == S.MONITORING
    assert closure_racing_event(S.RESOLVED) == S.MONITORING
    assert closure_racing_event(S.ACTION_TAKEN) == S.ACTION_TAKEN


def test_the_higher_level_and_the_earlier_deadline_stand() -> None:
    assert higher_level(RiskLevel.MODERATE, RiskLevel.HIGH) == RiskLevel.HIGH
    assert higher_level(RiskLevel.IMMINENT, RiskLevel.CONCERN) == RiskLevel.IMMINENT
    now = datetime(2026, 12, 6, tzinfo=UTC)
    assert earlier_deadline(now, now + timedelta(hours=1)) == now
    assert earlier_deadline(None, now) == now
    assert earlier_deadline(None, None) is None
