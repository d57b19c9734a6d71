"""Whole-record merges (peerdesk.domain.merge.merge_record): symmetric, and each rule."""

from __future__ import annotations

from typing import Any

import pytest

from peerdesk.domain.merge import DELETE_RACED, MERGED, REVIEW, Side, merge_record

BASE: dict[str, Any] = {"id": "e1", "created_at": "t0", "created_by": "m", "updated_at": "t0",
                        "updated_by": "m", "version": 3, "state": "acknowledged",
                        "level": "moderate", "ack_due": "2026-03-02T12:00:00.000000Z",
                        "description": "Worried."}
TEXT = frozenset({"description", "immediate_action"})


def side(stamp: str, device: str, **changes: Any) -> Side:
    fields = {**BASE, "updated_at": stamp, "version": 4, **changes}
    return Side({k: v for k, v in fields.items() if v is not None}, stamp, device)


def both_ways(kind: str, one: Side, other: Side) -> Any:
    first = merge_record(kind, BASE, one, other, TEXT)
    assert merge_record(kind, BASE, other, one, TEXT) == first  # whichever arrived first
    return first


def test_higher_level_and_earlier_deadline_stand() -> None:
    one = side("2", "a", level="high", ack_due="2026-03-02T15:00:00.000000Z")
    other = side("1", "b", level="concern", ack_due="2026-03-02T11:00:00.000000Z")
    result = both_ways("escalation", one, other)
    assert result.fields["level"] == "high"
    assert result.fields["ack_due"] == "2026-03-02T11:00:00.000000Z"
    assert result.conflicts == ()
    assert result.fields["version"] == 5 and result.fields["updated_at"] == "2"


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("resolved", "monitoring", "monitoring"),
    ("action_taken", "resolved", "action_taken"),
    ("monitoring", "action_taken", "action_taken"),
])
def test_two_moves_keep_the_cautious_state_for_review(a: str, b: str, expected: str) -> None:
    result = both_ways("escalation", side("1", "a", state=a), side("2", "b", state=b))
    assert result.fields["state"] == expected and REVIEW in result.flags


def test_a_closure_racing_other_work_reopens_to_monitoring() -> None:
    closed = side("1", "a", state="closed", closed_at="2026-03-03T00:00:00.000000Z")
    worked = side("2", "b", description="She called again.")
    result = both_ways("escalation", closed, worked)
    assert result.fields["state"] == "monitoring" and "closed_at" not in result.fields
    assert REVIEW in result.flags


def test_the_same_field_is_a_conflict_showing_the_later_value() -> None:
    result = both_ways("escalation", side("1", "a", description="One."),
                       side("2", "b", description="Two."))
    (conflict,) = result.conflicts
    assert (conflict.field, conflict.mine, conflict.theirs) == ("description", "One.", "Two.")
    assert result.fields["description"] == "Two."
    assert MERGED not in result.flags
    tie = both_ways("escalation", side("1", "b", description="One."),
                    side("1", "a", description="Two."))
    assert tie.fields["description"] == "One."  # same stamp: the higher device id is later


def test_an_edit_beats_a_delete() -> None:
    gone = side("2", "a", deleted_at="t2", deleted_by="m")
    edited = side("1", "b", level="high")
    result = both_ways("escalation", gone, edited)
    assert "deleted_at" not in result.fields and DELETE_RACED in result.flags
    plain = both_ways("escalation", gone, side("1", "b"))
    assert plain.fields["deleted_at"] == "t2" and DELETE_RACED not in plain.flags
