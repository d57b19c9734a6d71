"""Full-text search: permission scope inside SQL, and odd input never reaching FTS5 raw."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from peerdesk.errors import PeerdeskError, ValidationError
from peerdesk.services.escalations import EscalationService
from peerdesk.services.search import SearchService, match_expression, terms

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _session(group, advisee: str, advisor: str, summary: str) -> str:
    return group.ws.sessions.create({
        "advisee_id": group.id(advisee), "advisor_id": group.id(advisor), "start": START,
        "duration_minutes": 30, "channel": "phone", "summary": summary}).id


def _reflection(group, session_id: str, text: str) -> str:
    from peerdesk.domain import validate
    from peerdesk.storage import records

    ctx = group.ws.ctx
    refl = validate.build_reflection(
        {"session_id": session_id, "author_id": group.ws.ctx.actor.member_id,
         "went_well": text, "supervision_request": "none"},
        meta=ctx.new_meta(), now=ctx.now())
    with ctx.write("reflection.created", "reflection", refl.id, {}) as db:
        records.insert(db, refl)
    return refl.id


@pytest.fixture
def corpus(group):
    s_a = _session(group, "a1", "asha", "Asha's advisee mentioned pelican worries.")
    s_b = _session(group, "b1", "bala", "Bala's advisee mentioned pelican dreams.")
    esc = EscalationService(group.ws.ctx).raise_({
        "advisee_id": group.id("b1"), "level": "moderate", "categories": ["other"],
        "description": "pelican escalation for b1"}).id
    EscalationService(group.ws.ctx).add_note(esc, "pelican event note for b1")
    group.login("asha")
    r_a = _reflection(group, s_a, "pelican reflection by asha")
    group.login("bala")
    r_b = _reflection(group, s_b, "pelican reflection by bala")
    group.login("coord")
    return {"s_a": s_a, "s_b": s_b, "esc": esc, "r_a": r_a, "r_b": r_b}


def _found(ws, q: str = "pelican") -> set[tuple[str, str]]:
    return {(h.kind, h.record_id) for h in SearchService(ws.ctx).search(q)}


def test_coordinator_finds_sessions_and_escalations_not_reflections(group, corpus) -> None:
    found = _found(group.ws)
    assert ("session", corpus["s_a"]) in found and ("session", corpus["s_b"]) in found
    assert ("escalation", corpus["esc"]) in found
    assert any(k == "escalation_event" for k, _ in found)
    assert not any(k == "reflection" for k, _ in found)


def test_advisor_finds_only_own_advisees_and_own_reflections(group, corpus) -> None:
    ws = group.login("asha")
    found = _found(ws)
    assert found == {("session", corpus["s_a"]), ("reflection", corpus["r_a"])}
    ws = group.login("bala")
    found = _found(ws)
    assert ("session", corpus["s_a"]) not in found
    assert ("reflection", corpus["r_a"]) not in found
    assert {("session", corpus["s_b"]), ("reflection", corpus["r_b"]),
            ("escalation", corpus["esc"])} <= found
    assert any(k == "escalation_event" for k, _ in found)  # event scoped to b1


def test_supervisor_finds_everything(group, corpus) -> None:
    ws = group.login("sunil")
    found = _found(ws)
    assert {("reflection", corpus["r_a"]), ("reflection", corpus["r_b"]),
            ("session", corpus["s_a"]), ("escalation", corpus["esc"])} <= found


def test_hit_shape(group, corpus) -> None:
    hits = SearchService(group.ws.ctx).search("worries")
    (hit,) = hits
    assert hit.advisee_code.startswith("PS-")
    assert "[worries]" in hit.snippet
    ws = group.login("sunil")
    refl = [h for h in SearchService(ws.ctx).search("reflection asha")]
    assert refl and refl[0].advisee_code  # reflections show their session's advisee


def test_scope_is_inside_sql_so_pages_are_full(group) -> None:
    for i in range(12):
        _session(group, "b1", "bala", f"heron note {i}")
    for i in range(3):
        _session(group, "a1", "asha", f"heron note a{i}")
    ws = group.login("asha")
    assert len(SearchService(ws.ctx).search("heron", limit=3)) == 3


def test_prefix_and_all_words(group, corpus) -> None:
    ws = group.ws
    assert _found(ws, "pelic")
    assert _found(ws, "pelican dreams") == {("session", corpus["s_b"])}
    assert _found(ws, "PELICAN Dreams") == {("session", corpus["s_b"])}


ODD = ['"', '""', "*", "NEAR(", "NEAR(a b)", "AND OR", "OR", "NOT", "a AND", "(", ")",
       "^", ":", "body:pelican", "pelican\"", "'", "-pelican", "+", "{a b}", "\\", "%", "_",
       "ünïcödé", "日本語", "😀", "\u200b", "\x00", "pelican*", "*pelican", "a\"b\"c",
       "NEAR(\"x\" \"y\", 2)", "kind:session", "rank", "x" * 400, "a " * 16]


@pytest.mark.parametrize("query", ODD)
def test_odd_input_never_raises_driver_errors(group, corpus, query: str) -> None:
    for who in ("coord", "asha", "sunil"):
        ws = group.login(who)
        try:
            hits = SearchService(ws.ctx).search(query)
        except ValidationError:
            continue
        assert isinstance(hits, list)


@pytest.mark.parametrize("query", ["x" * 10_000, "word " * 2_000, "a " * 17])
def test_too_long_is_a_clear_validation_error(group, query: str) -> None:
    with pytest.raises(ValidationError) as err:
        SearchService(group.ws.ctx).search(query)
    assert isinstance(err.value, PeerdeskError)


def test_empty_and_punctuation_find_nothing(group, corpus) -> None:
    svc = SearchService(group.ws.ctx)
    for q in ("", "   ", "\"\"\"", "*", "()", "-"):
        assert svc.search(q) == []


def test_match_expression_quotes_everything() -> None:
    assert terms('say "hi" *') == ['"hi"', "say"][::-1]
    assert match_expression(['a"b', "NEAR("]) == '"a""b" AND "NEAR(" *'


def test_deleted_sessions_are_not_found(group, corpus) -> None:
    group.ws.sessions.delete(corpus["s_a"])
    assert ("session", corpus["s_a"]) not in _found(group.ws)
