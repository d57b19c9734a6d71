"""ReflectionService against a real vault: permissions per role, existence-only for the
coordinator, review locking, history, one audit event per write, no text in list queries."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from peerdesk.domain.vocab import SupervisionRequest
from peerdesk.errors import NotFound, PermissionDenied, ValidationError
from peerdesk.services.reflections import ReflectionService
from peerdesk.storage.reflection_queries import ReflectionFilter

NOW = datetime.now(UTC)
TEXT = {"went_well": "Listened well.", "was_hard": "Silence after the news.",
        "supervision_request": "routine"}


def _setup(group):  # -> (session of asha, session of bala)
    s_asha = group.session("a1", "asha", NOW - timedelta(hours=3))
    s_bala = group.session("b1", "bala", NOW - timedelta(hours=5))
    return s_asha, s_bala


def _reflect(group, user, session_id, **extra):
    ws = group.login(user)
    return ReflectionService(ws.ctx).create({"session_id": session_id, **TEXT, **extra})


# -- create: who may --------------------------------------------------------------------------
@pytest.mark.parametrize(("user", "whose", "ok"), [
    ("asha", "asha", True),     # advisor of the session
    ("asha", "bala", False),    # another advisor's session
    ("coord", "asha", False),   # coordinator: existence only
    ("sunil", "asha", False),   # supervisor reads and reviews, does not write
])
def test_create_permissions(group, user, whose, ok):
    s_asha, s_bala = _setup(group)
    session_id = s_asha if whose == "asha" else s_bala
    if ok:
        change = _reflect(group, user, session_id)
        assert change.op == "created"
        assert change.record.author_id == group.id(user)
    else:
        with pytest.raises(PermissionDenied):
            _reflect(group, user, session_id)


def test_create_sets_author_and_ignores_review_fields(group):
    s_asha, _ = _setup(group)
    ws = group.login("asha")
    svc = ReflectionService(ws.ctx)
    change = svc.create({"session_id": s_asha, **TEXT, "author_id": group.id("bala"),
                         "reviewed_at": NOW, "reviewed_by": group.id("sunil")})
    r = svc.get(change.id)
    assert r.author_id == group.id("asha")
    assert r.reviewed_at is None and r.reviewed_by is None


def test_one_reflection_per_session(group):
    s_asha, _ = _setup(group)
    _reflect(group, "asha", s_asha)
    with pytest.raises(ValidationError) as err:
        _reflect(group, "asha", s_asha)
    assert "session_id" in err.value.errors


def test_validation_errors_name_fields(group):
    s_asha, _ = _setup(group)
    ws = group.login("asha")
    svc = ReflectionService(ws.ctx)
    with pytest.raises(ValidationError) as err:
        svc.create({"session_id": s_asha, "supervision_request": "maybe", "wellbeing": 9,
                    "confidence": 3})
    assert {"supervision_request", "wellbeing", "went_well"} <= set(err.value.errors)
    with pytest.raises(ValidationError) as err:
        svc.create({"session_id": "no-such-session", **TEXT})
    assert set(err.value.errors) == {"session_id"}


# -- read: who may ----------------------------------------------------------------------------
@pytest.mark.parametrize(("user", "ok"), [
    ("asha", True), ("sunil", True), ("coord", False), ("bala", False),
])
def test_get_permissions(group, user, ok):
    s_asha, _ = _setup(group)
    rid = _reflect(group, "asha", s_asha).id
    svc = ReflectionService(group.login(user).ctx)
    if ok:
        assert svc.get(rid).was_hard == TEXT["was_hard"]
        assert svc.history(rid) == []
    else:
        with pytest.raises(PermissionDenied):
            svc.get(rid)
        with pytest.raises(PermissionDenied):
            svc.history(rid)


def test_coordinator_sees_only_existence(group):
    s_asha, s_bala = _setup(group)
    rid = _reflect(group, "asha", s_asha, supervision_request="urgent").id
    svc = ReflectionService(group.login("coord").ctx)
    presence = svc.existence([s_asha, s_bala])
    assert [(p.session_id, p.reflection_id, p.supervision_request, p.reviewed)
            for p in presence] == [(s_asha, rid, SupervisionRequest.URGENT, False)]
    assert not hasattr(presence[0], "went_well")
    for call in (lambda: svc.list_ids(), lambda: svc.rows([rid]), lambda: svc.count(),
                 lambda: svc.queue(), lambda: svc.for_session(s_asha)):
        with pytest.raises(PermissionDenied):
            call()
    assert svc.owed(group.id("bala")) == [s_bala]  # existence, allowed


def test_advisor_existence_and_lists_are_own_only(group):
    s_asha, s_bala = _setup(group)
    mine = _reflect(group, "asha", s_asha).id
    theirs = _reflect(group, "bala", s_bala).id
    svc = ReflectionService(group.login("asha").ctx)
    assert [p.reflection_id for p in svc.existence([s_asha, s_bala])] == [mine]
    assert svc.list_ids() == [mine]
    assert svc.list_ids(ReflectionFilter(author_id=group.id("bala"))) == [mine]
    assert [r.id for r in svc.rows([mine, theirs])] == [mine]
    assert svc.mine() == [mine]
    with pytest.raises(PermissionDenied):
        svc.owed(group.id("bala"))
    with pytest.raises(PermissionDenied):
        svc.queue()


def test_supervisor_lists_with_filters(group):
    s_asha, s_bala = _setup(group)
    r1 = _reflect(group, "asha", s_asha, supervision_request="routine").id
    r2 = _reflect(group, "bala", s_bala, supervision_request="urgent").id
    svc = ReflectionService(group.login("sunil").ctx)
    assert set(svc.list_ids()) == {r1, r2}
    assert svc.queue() == [r2, r1]  # urgent first
    assert svc.list_ids(ReflectionFilter(requests=("urgent",))) == [r2]
    assert svc.list_ids(ReflectionFilter(author_id=group.id("asha"))) == [r1]
    later = (NOW + timedelta(days=2)).isoformat()
    assert svc.list_ids(ReflectionFilter(created_from=later)) == []
    svc.mark_reviewed([r2])
    assert svc.list_ids(ReflectionFilter(unreviewed=True)) == [r1]
    assert svc.queue(advisor_id=group.id("bala")) == []
    rows = svc.rows([r1, r2])
    assert [r.author_name for r in rows] == ["Asha", "Bala"]
    assert rows[1].reviewed_at is not None


# -- update, review, history ------------------------------------------------------------
def test_update_by_author_until_reviewed_keeps_history(group, audit_rows):
    s_asha, _ = _setup(group)
    rid = _reflect(group, "asha", s_asha).id
    ws = group.login("asha")
    svc = ReflectionService(ws.ctx)
    before = audit_rows(ws)
    change = svc.update(rid, {"was_hard": "Long silence.", "wellbeing": 2,
                              "author_id": group.id("bala")})
    assert change.op == "updated" and audit_rows(ws) == before + 1
    r = svc.get(rid)
    assert (r.was_hard, r.wellbeing, r.author_id, r.meta.version) == (
        "Long silence.", 2, group.id("asha"), 2)
    (old,) = svc.history(rid)
    assert old["snapshot"]["was_hard"] == TEXT["was_hard"]
    assert set(old["changed_fields"]) == {"was_hard", "wellbeing"}

    ws = group.login("bala")
    with pytest.raises(PermissionDenied):
        ReflectionService(ws.ctx).update(rid, {"was_hard": "x"})
    ws = group.login("sunil")
    with pytest.raises(PermissionDenied):
        ReflectionService(ws.ctx).update(rid, {"was_hard": "x"})
    before = audit_rows(ws)
    assert ReflectionService(ws.ctx).mark_reviewed([rid]).op == "reviewed"
    assert audit_rows(ws) == before + 1
    assert ReflectionService(ws.ctx).mark_reviewed([rid]).op == "unchanged"
    assert audit_rows(ws) == before + 1

    ws = group.login("asha")
    svc = ReflectionService(ws.ctx)
    with pytest.raises(PermissionDenied):
        svc.update(rid, {"was_hard": "changed after review"})
    r = svc.get(rid)
    assert r.reviewed_by == group.id("sunil") and r.meta.version == 3
    assert len(svc.history(rid)) == 2


@pytest.mark.parametrize("user", ["asha", "coord", "bala"])
def test_only_supervisors_mark_reviewed(group, user):
    s_asha, _ = _setup(group)
    rid = _reflect(group, "asha", s_asha).id
    with pytest.raises(PermissionDenied):
        ReflectionService(group.login(user).ctx).mark_reviewed([rid])


def test_mark_reviewed_unknown_id(group):
    svc = ReflectionService(group.login("sunil").ctx)
    with pytest.raises(NotFound):
        svc.mark_reviewed(["nope"])


def test_audit_event_per_write_without_text(group, audit_rows):
    s_asha, _ = _setup(group)
    ws = group.login("asha")
    before = audit_rows(ws)
    ReflectionService(ws.ctx).create({"session_id": s_asha, **TEXT})
    assert audit_rows(ws) == before + 1
    from peerdesk.storage import audit_table

    (event,) = audit_table.recent(ws.ctx.db, 1)
    assert event["action"] == "reflection.created"
    assert "Listened" not in event["details"] and "Asha" not in event["details"]


# -- owed ------------------------------------------------------------
def test_owed_lists_recent_sessions_without_reflection(group):
    recent = group.session("a1", "asha", NOW - timedelta(hours=2))
    older = group.session("a1", "asha", NOW - timedelta(hours=30))
    stale = group.session("a1", "asha", NOW - timedelta(days=5))
    group.session("b1", "bala", NOW - timedelta(hours=1))
    _reflect(group, "asha", older)
    svc = ReflectionService(group.ws.ctx)
    assert svc.owed(group.id("asha")) == [recent]
    assert svc.owed(group.id("asha"), within_hours=None) == [recent, stale]
    assert ReflectionService(group.login("sunil").ctx).owed(group.id("asha"), 1) == []


# -- no text in lists ------------------------------------------------------------
def test_list_queries_never_read_text_tables(group, sql_log):
    s_asha, s_bala = _setup(group)
    r1 = _reflect(group, "asha", s_asha, supervision_request="urgent").id
    ws = group.login("sunil")
    svc = ReflectionService(ws.ctx)
    with sql_log(ws.ctx.db).watching() as log:
        ids = svc.list_ids(ReflectionFilter(requests=("urgent",), unreviewed=True,
                                            author_id=group.id("asha"),
                                            created_from="2000-01-01"), order="request")
        svc.count(ReflectionFilter(unreviewed=True))
        svc.rows(ids)
        svc.queue()
        svc.existence([s_asha, s_bala])
        svc.owed(group.id("bala"), within_hours=None)
    assert ids == [r1]
    log.assert_no_text_tables()
