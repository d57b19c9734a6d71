"""The merge rules on real vaults: two laptops change the same record before they exchange,
then each applies the other's changes; both must end with the same record, the same
conflicts and the same flags."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from peerdesk.services.workspace import Workspace
from peerdesk.storage import conflict_queries, content_table
from peerdesk.storage.tables import BY_KIND
from tests.support.replicas import Laptop, make_replica, sync
from tests.support.vaults import Group, make_group

START = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Group, Laptop]:
    group = make_group(tmp_path)
    return group, make_replica(group, tmp_path)


def content(ws: Workspace, kind: str, rid: str) -> dict[str, Any] | None:
    return dict(content_table.contents(ws.vault.db, BY_KIND[kind], [rid])).get(rid)


def exchange(a: Workspace, b: Workspace) -> None:
    """Both ways, as two laptops meeting through a sync folder would."""
    sync(a, b)
    sync(b, a)


def conflicts(ws: Workspace) -> list[tuple[str, str, str, str | None, str | None]]:
    return [(c.id, c.record_id, c.field, c.a_value, c.b_value)
            for c in conflict_queries.listed(ws.vault.db)]


def test_edits_of_different_fields_both_apply(pair: tuple[Group, Laptop]) -> None:
    group, second = pair
    sid = group.session("a1", "asha", START)
    sync(group.ws, second.ws)
    group.ws.sessions.update(sid, {"duration_minutes": 50})
    second.ws.sessions.update(sid, {"channel": "video"})
    exchange(group.ws, second.ws)
    mine, theirs = content(group.ws, "session", sid), content(second.ws, "session", sid)
    assert mine == theirs
    assert mine is not None and mine["duration_minutes"] == 50 and mine["channel"] == "video"
    assert conflicts(group.ws) == [] == conflicts(second.ws)
    assert "merged" in conflict_queries.flags_of(group.ws.vault.db, "session", sid)
    assert "merged" in conflict_queries.flags_of(second.ws.vault.db, "session", sid)
    assert group.ws.verify().ok and second.ws.verify().ok
    # and the next local edit on either laptop fast-forwards on the other
    second.ws.sessions.update(sid, {"duration_minutes": 55})
    again = sync(second.ws, group.ws)
    assert again.merged == 0
    assert content(group.ws, "session", sid) == content(second.ws, "session", sid)


def test_the_same_long_text_edited_on_both_is_a_conflict(pair: tuple[Group, Laptop]) -> None:
    group, second = pair
    sid = group.session("a1", "asha", START)
    sync(group.ws, second.ws)
    group.ws.sessions.update(sid, {"summary": "Her words, first laptop."})
    second.ws.sessions.update(sid, {"summary": "Her words, second laptop."})
    exchange(group.ws, second.ws)
    assert content(group.ws, "session", sid) == content(second.ws, "session", sid)
    found = conflicts(group.ws)
    assert found == conflicts(second.ws) and len(found) == 1
    _cid, rid, name, a, b = found[0]
    assert (rid, name) == (sid, "summary")
    assert {json.loads(a or "null"), json.loads(b or "null")} == {
        "Her words, first laptop.", "Her words, second laptop."}
    shown = group.ws.sessions.get(sid).summary
    assert shown == json.loads(b or "null")  # the later one is shown until a person decides


def test_different_long_texts_edited_on_both_are_conflicts(
        pair: tuple[Group, Laptop]) -> None:
    group, second = pair
    sid = group.session("a1", "asha", START)
    sync(group.ws, second.ws)
    group.ws.sessions.update(sid, {"summary": "A new summary."})
    second.ws.sessions.update(sid, {"next_steps": "Call on Friday."})
    exchange(group.ws, second.ws)
    assert content(group.ws, "session", sid) == content(second.ws, "session", sid)
    assert {c[2] for c in conflicts(group.ws)} == {"summary", "next_steps"}
    assert conflicts(group.ws) == conflicts(second.ws)


def test_an_edit_racing_a_delete_wins_and_the_delete_is_flagged(
        pair: tuple[Group, Laptop]) -> None:
    group, second = pair
    sid = group.session("a1", "asha", START)
    sync(group.ws, second.ws)
    group.ws.sessions.delete(sid)
    second.ws.sessions.update(sid, {"duration_minutes": 20})
    exchange(group.ws, second.ws)
    mine = content(group.ws, "session", sid)
    assert mine == content(second.ws, "session", sid)
    assert mine is not None and "deleted_at" not in mine and mine["duration_minutes"] == 20
    for ws in (group.ws, second.ws):
        assert "delete_raced" in conflict_queries.flags_of(ws.vault.db, "session", sid)
        assert ws.sessions.get(sid).duration_minutes == 20


def test_two_transitions_from_one_state_keep_the_cautious_one(
        pair: tuple[Group, Laptop]) -> None:
    group, second = pair
    esc = group.ws.escalations.raise_({"advisee_id": group.id("a1"), "level": "high",
                                       "categories": ["self_harm_or_suicidal"],
                                       "description": "Worried about her."}).id
    group.ws.escalations.transition(esc, "acknowledged")
    sync(group.ws, second.ws)
    group.ws.escalations.transition(esc, "resolved", "Cleared by talking.")
    second.ws.escalations.transition(esc, "monitoring", "Keep an eye.")
    exchange(group.ws, second.ws)
    for ws in (group.ws, second.ws):
        assert ws.escalations.get(esc).escalation.state.value == "monitoring"
        assert "supervisor_review" in conflict_queries.flags_of(ws.vault.db, "escalation", esc)
    assert content(group.ws, "escalation", esc) == content(second.ws, "escalation", esc)
    events = {e.id for e in group.ws.escalations.get(esc).events}
    assert events == {e.id for e in second.ws.escalations.get(esc).events}


def test_a_closure_racing_a_new_event_reopens_to_monitoring(
        pair: tuple[Group, Laptop]) -> None:
    group, second = pair
    esc = group.ws.escalations.raise_({"advisee_id": group.id("a1"), "level": "high",
                                       "categories": ["self_harm_or_suicidal"],
                                       "description": "Worried about her."}).id
    group.ws.escalations.transition(esc, "acknowledged")
    group.ws.escalations.transition(esc, "resolved")
    sync(group.ws, second.ws)
    group.login("sunil").escalations.transition(esc, "closed")
    second.ws.escalations.add_note(esc, "She called again tonight.")
    exchange(group.ws, second.ws)
    for ws in (group.ws, second.ws):
        view = ws.escalations.get(esc)
        assert view.escalation.state.value == "monitoring" and view.closed_at is None
        assert "supervisor_review" in conflict_queries.flags_of(ws.vault.db, "escalation", esc)
    assert content(group.ws, "escalation", esc) == content(second.ws, "escalation", esc)


def test_a_second_reflection_for_one_session_is_kept_and_flagged(
        pair: tuple[Group, Laptop]) -> None:
    group, second = pair
    sid = group.session("a1", "asha", START)
    sync(group.ws, second.ws)
    first = group.login("asha").reflections.create({"session_id": sid, "went_well": "Calm.",
                                                      "supervision_request": "none"})
    other = second.login("asha").reflections.create({"session_id": sid,
                                                     "went_well": "Listened.",
                                                     "supervision_request": "none"})
    exchange(group.ws, second.ws)
    for ws, held, kept_aside in ((group.ws, first.id, other.id),
                                 (second.ws, other.id, first.id)):
        flags = conflict_queries.flags(ws.vault.db)
        assert [(f.record_id, f.flag, f.detail) for f in flags] == [
            (held, "second_reflection", kept_aside)]
        assert ws.verify().ok


def test_the_same_advisee_code_on_two_laptops_keeps_both(pair: tuple[Group, Laptop]) -> None:
    group, second = pair
    one = group.ws.advisees.create({"code": "RV-0007", "advisor_ids": [group.id("asha")]}).id
    two = second.ws.advisees.create({"code": "RV-0007", "advisor_ids": [group.id("bala")]}).id
    exchange(group.ws, second.ws)
    for ws in (group.ws, second.ws):
        assert {ws.advisees.get(one).id, ws.advisees.get(two).id} == {one, two}
        flagged = {(f.record_id, f.flag) for f in conflict_queries.flags(ws.vault.db)}
        assert flagged == {(one, "duplicate_code"), (two, "duplicate_code")}
        assert ws.verify().ok
