"""The home page queues: scoped to the actor, light rows, never reading note text."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from peerdesk.domain import validate
from peerdesk.services.escalations import EscalationService
from peerdesk.services.queues import QueueService
from peerdesk.services.settings import SettingsService
from peerdesk.storage import records

NOW = datetime(2026, 3, 20, 12, 0, tzinfo=UTC)


def _insert(ws, build, values, kind: str, **kw) -> str:
    ctx = ws.ctx
    rec = build(values, meta=ctx.new_meta(), now=ctx.now(), **kw)
    with ctx.write(f"{kind}.created", kind, rec.id, {}) as db:
        records.insert(db, rec)
    return rec.id


def _setup(group) -> dict[str, str]:
    ws = group.ws
    ws.ctx.clock = lambda: NOW
    ids: dict[str, str] = {}
    ids["recent_a"] = group.session("a1", "asha", NOW - timedelta(days=3))
    ids["old_a"] = group.session("a1", "asha", NOW - timedelta(days=20))
    ids["recent_b"] = group.session("b1", "bala", NOW - timedelta(days=2))
    ws.sessions.update(ids["recent_b"], {"follow_up": date(2026, 3, 19)})
    esc = EscalationService(ws.ctx)
    ws.ctx.clock = lambda: NOW - timedelta(hours=3)
    ids["esc_a"] = esc.raise_({"advisee_id": group.id("a1"), "level": "imminent",
                               "categories": ["other"], "description": "x"}).id
    ids["esc_b"] = esc.raise_({"advisee_id": group.id("b1"), "level": "concern",
                               "categories": ["other"], "description": "x"}).id
    ws.ctx.clock = lambda: NOW
    ids["refl_urgent"] = _insert(ws, validate.build_reflection, {
        "session_id": ids["old_a"], "author_id": group.id("asha"), "went_well": "ok",
        "supervision_request": "urgent"}, "reflection")
    ids["agreement_b"] = _insert(ws, validate.build_agreement, {
        "advisor_id": group.id("bala"), "advisee_id": group.id("b1"), "channels": ["phone"],
        "start_date": date(2025, 1, 1), "review_date": date(2026, 1, 1), "status": "active",
        "advisee_ack_date": date(2025, 1, 1), "advisee_ack_how": "verbal_phone",
        "advisor_ack_date": date(2025, 1, 1)}, "agreement", tz=ws.ctx.tz)
    ids["c1"] = ws.advisees.create({"advisor_ids": [group.id("asha")]}).id  # never seen
    return ids


def _ids(rows, attr: str) -> set[str]:
    return {getattr(r, attr) for r in rows}


def test_coordinator_queues(group) -> None:
    ids = _setup(group)
    q = QueueService(group.ws.ctx).today()
    assert _ids(q.overdue_escalations, "id") == {ids["esc_a"]}
    assert [r.id for r in q.open_escalations] == [ids["esc_a"], ids["esc_b"]]
    assert q.supervision_requests == []  # existence only: not the coordinator's queue
    assert q.reflections_owed == []  # not an advisor
    assert _ids(q.agreements, "agreement_id") == {ids["agreement_b"]}
    assert q.agreements[0].past_review and not q.agreements[0].unacknowledged
    assert _ids(q.no_contact, "advisee_id") == {ids["c1"]}
    assert _ids(q.follow_ups, "session_id") == {ids["recent_b"]}
    assert q.counts["open_escalations"] == 2 and q.total >= 5


def test_advisor_queues_are_their_own(group) -> None:
    ids = _setup(group)
    ws = group.login("asha")
    q = QueueService(ws.ctx).today(now=NOW)
    assert _ids(q.overdue_escalations, "id") == {ids["esc_a"]}
    assert _ids(q.open_escalations, "id") == {ids["esc_a"]}
    assert _ids(q.supervision_requests, "reflection_id") == {ids["refl_urgent"]}
    assert _ids(q.reflections_owed, "session_id") == {ids["recent_a"]}  # old_a has one
    assert q.agreements == []
    assert _ids(q.no_contact, "advisee_id") == {ids["c1"]}
    assert q.follow_ups == []
    ws = group.login("bala")
    q = QueueService(ws.ctx).today(now=NOW)
    assert _ids(q.open_escalations, "id") == {ids["esc_b"]}
    assert q.overdue_escalations == []
    assert q.supervision_requests == []
    assert _ids(q.reflections_owed, "session_id") == {ids["recent_b"]}
    assert _ids(q.agreements, "agreement_id") == {ids["agreement_b"]}
    assert _ids(q.follow_ups, "session_id") == {ids["recent_b"]}


def test_supervisor_sees_requests_urgent_first(group) -> None:
    ids = _setup(group)
    ws = group.ws
    routine = _insert(ws, validate.build_reflection, {
        "session_id": ids["recent_b"], "author_id": group.id("bala"), "went_well": "ok",
        "supervision_request": "routine"}, "reflection")
    ws = group.login("sunil")
    q = QueueService(ws.ctx).today(now=NOW)
    assert [r.reflection_id for r in q.supervision_requests] == [ids["refl_urgent"], routine]
    assert q.supervision_requests[0].request == "urgent"
    assert q.reflections_owed == []
    assert q.counts["supervision_requests"] == 2


def test_no_contact_days_and_follow_up_done(group) -> None:
    ids = _setup(group)
    ws = group.ws
    SettingsService(ws.ctx).update({"no_contact_days": 2})
    q = QueueService(ws.ctx).today(now=NOW)
    assert _ids(q.no_contact, "advisee_id") == {ids["c1"], group.id("a1")}
    group.session("b1", "bala", NOW - timedelta(hours=1))  # the follow-up happened
    assert QueueService(ws.ctx).today(now=NOW).follow_ups == []


def test_queues_never_read_text_tables(group, sql_log) -> None:
    _setup(group)
    for who in ("coord", "asha", "sunil"):
        ws = group.login(who)
        with sql_log(ws.ctx.db).watching() as log:
            QueueService(ws.ctx).today(now=NOW)
        log.assert_no_text_tables()


def test_limit_caps_lists_not_counts(group) -> None:
    ws = group.ws
    ws.ctx.clock = lambda: NOW
    for _ in range(4):
        ws.advisees.create({"advisor_ids": [group.id("asha")]})
    q = QueueService(ws.ctx).today(limit=2)
    assert len(q.no_contact) == 2 and q.counts["no_contact"] == 6


def test_resolved_escalations_are_apart_from_the_open_ones(group) -> None:
    ids = _setup(group)
    esc = EscalationService(group.ws.ctx)
    esc.transition(ids["esc_b"], "acknowledged", "Called back.")
    esc.transition(ids["esc_b"], "resolved", "Cleared by talking.")
    q = QueueService(group.ws.ctx).today(now=NOW)
    assert [r.id for r in q.open_escalations] == [ids["esc_a"]]
    assert [r.id for r in q.resolved_escalations] == [ids["esc_b"]]
    assert (q.counts["open_escalations"], q.counts["resolved_escalations"]) == (1, 1)
    q = QueueService(group.login("bala").ctx).today(now=NOW)
    assert q.open_escalations == [] and [r.id for r in q.resolved_escalations] == [ids["esc_b"]]


def test_a_list_shorter_than_the_limit_is_its_own_count(group, sql_log) -> None:
    _setup(group)
    ws = group.ws
    with sql_log(ws.ctx.db).watching() as log:
        q = QueueService(ws.ctx).today(now=NOW, limit=50)
    assert q.total > 0
    assert all(len(getattr(q, name)) == n for name, n in q.counts.items())
    assert not [sql for sql, _ in log.statements if "count(*)" in sql], log.statements
