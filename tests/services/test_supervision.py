"""SupervisionService against a real vault: permissions per role, the advisor's shared view,
the coordinator's existence view, linking marks reflections reviewed in one audit event,
actions due, coverage, history and no text in list queries."""

from __future__ import annotations

from dataclasses import fields
from datetime import UTC, datetime, timedelta

import pytest

from peerdesk.errors import PermissionDenied, ValidationError
from peerdesk.services.audit import AuditService
from peerdesk.services.reflections import ReflectionService
from peerdesk.services.supervision import SharedSupervisionView, SupervisionService
from peerdesk.storage.supervision_queries import SupervisionFilter

NOW = datetime.now(UTC)
TODAY = NOW.date()
SECRET = "Discussed the advisor's own grief."
NEEDS = "Module on suicide risk."


def _note(group, advisors=("asha",), **extra):
    values = {"advisor_ids": [group.id(a) for a in advisors], "on": TODAY - timedelta(days=1),
              "format": "one_to_one" if len(advisors) == 1 else "group",
              "discussion": SECRET, "shared_summary": "Keep the weekly rhythm.",
              "training_needs": NEEDS,
              "actions": [{"text": "Read the crisis plan", "owner_id": group.id(advisors[0]),
                           "due": TODAY - timedelta(days=1)},
                          {"text": "Book training", "owner_id": group.id("sunil"),
                           "due": TODAY + timedelta(days=10)}],
              **extra}
    return values


def _create(group, **extra):
    ws = group.login("sunil")
    return SupervisionService(ws.ctx).create(_note(group, **extra)).id


def _reflection(group, advisee="a1", advisor="asha", request="urgent"):
    group.login("coord")
    sid = group.session(advisee, advisor, NOW - timedelta(hours=4))
    ws = group.login(advisor)
    return ReflectionService(ws.ctx).create({"session_id": sid, "went_well": "ok",
                                             "supervision_request": request}).id


# -- the matrix ------------------------------------------------------------
OPS = {
    "create": lambda svc, g, nid: svc.create(_note(g, advisors=("bala",))),
    "update": lambda svc, g, nid: svc.update(nid, {"shared_summary": "New summary."}),
    "delete": lambda svc, g, nid: svc.delete(nid),
    "action_done": lambda svc, g, nid: svc.set_action_done(nid, 0, True),
    "others_action_done": lambda svc, g, nid: svc.set_action_done(nid, 1, True),
    "get": lambda svc, g, nid: svc.get(nid),
    "history": lambda svc, g, nid: svc.history(nid),
    "shared": lambda svc, g, nid: svc.shared(nid),
    "list": lambda svc, g, nid: svc.list_ids(),
    "existence": lambda svc, g, nid: svc.existence(g.id("asha")),
    "actions_due_all": lambda svc, g, nid: svc.actions_due(),
    "coverage": lambda svc, g, nid: svc.coverage(TODAY - timedelta(days=30), TODAY),
}
ALLOWED = {
    "sunil": set(OPS),
    "coord": {"existence", "coverage"},
    # the note is about asha; action 0 is hers, action 1 the supervisor's
    "asha": {"shared", "list", "existence", "actions_due_all", "action_done"},
    "bala": {"list", "actions_due_all"},  # own scope only (empty), never asha's note
}
WRITES = {"create", "update", "delete", "action_done", "others_action_done"}


@pytest.mark.parametrize("op", sorted(OPS))
@pytest.mark.parametrize("user", sorted(ALLOWED))
def test_permission_matrix(group, user, op, audit_rows):
    nid = _create(group)
    ws = group.login(user)
    svc = SupervisionService(ws.ctx)
    before = audit_rows(ws)
    if op in ALLOWED[user]:
        OPS[op](svc, group, nid)
        assert audit_rows(ws) == before + (1 if op in WRITES else 0)
    else:
        with pytest.raises(PermissionDenied):
            OPS[op](svc, group, nid)
        assert audit_rows(ws) == before


def test_advisor_shared_view_never_has_private_text(group):
    nid = _create(group)
    ws = group.login("asha")
    svc = SupervisionService(ws.ctx)
    view = svc.view(nid)
    assert isinstance(view, SharedSupervisionView)
    assert {f.name for f in fields(view)} >= {"shared_summary", "actions"}
    assert not {"discussion", "training_needs"} & {f.name for f in fields(view)}
    assert SECRET not in repr(view) and NEEDS not in repr(view)
    assert view.shared_summary == "Keep the weekly rhythm."
    assert [a.text for a in view.actions] == ["Read the crisis plan", "Book training"]
    assert svc.list_ids() == [nid]
    assert svc.list_ids(SupervisionFilter(advisor_id=group.id("asha"))) == [nid]
    with pytest.raises(PermissionDenied):
        svc.list_ids(SupervisionFilter(advisor_id=group.id("bala")))
    bala = SupervisionService(group.login("bala").ctx)
    assert bala.list_ids() == []
    with pytest.raises(PermissionDenied):
        bala.shared(nid)
    with pytest.raises(PermissionDenied):
        bala.existence(group.id("asha"))
    full = SupervisionService(group.login("sunil").ctx).view(nid)
    assert getattr(full, "discussion", None) == SECRET


def test_coordinator_sees_existence_only(group):
    nid = _create(group)
    group.login("sunil")
    other = SupervisionService(group.ws.ctx).create(_note(group, advisors=("asha", "bala"),
                                                          on=TODAY - timedelta(days=3))).id
    svc = SupervisionService(group.login("coord").ctx)
    stubs = svc.existence(group.id("asha"))
    assert [(s.note_id, s.on) for s in stubs] == [(nid, TODAY - timedelta(days=1)),
                                                   (other, TODAY - timedelta(days=3))]
    assert stubs[1].advisor_ids == tuple(sorted([group.id("asha"), group.id("bala")]))
    assert [s.note_id for s in svc.existence(group.id("bala"))] == [other]
    assert SECRET not in repr(svc.existence())
    for call in (lambda: svc.get(nid), lambda: svc.shared(nid), lambda: svc.view(nid),
                 lambda: svc.list_ids(), lambda: svc.actions_due()):
        with pytest.raises(PermissionDenied):
            call()


# -- linking reflections ------------------------------------------------------------
def test_linking_reflection_marks_it_reviewed_in_one_event(group, audit_rows):
    rid = _reflection(group)
    ws = group.login("sunil")
    refl = ReflectionService(ws.ctx)
    assert refl.queue() == [rid]
    before = audit_rows(ws)
    nid = SupervisionService(ws.ctx).create(_note(group, reflection_ids=[rid])).id
    assert audit_rows(ws) == before + 1
    r = refl.get(rid)
    assert r.reviewed_by == group.id("sunil") and r.reviewed_at is not None
    assert refl.queue() == []
    assert len(refl.history(rid)) == 1
    from peerdesk.storage import audit_table

    (event,) = audit_table.recent(ws.ctx.db, 1)
    assert event["action"] == "supervision_note.created" and rid in event["details"]
    assert SECRET not in event["details"] and "Asha" not in event["details"]
    # the author can no longer change it
    with pytest.raises(PermissionDenied):
        ReflectionService(group.login("asha").ctx).update(rid, {"went_well": "edited"})
    # linking later (on update) also marks reviewed, still one event
    rid2 = _reflection(group, request="routine")
    ws = group.login("sunil")
    before = audit_rows(ws)
    SupervisionService(ws.ctx).update(nid, {"reflection_ids": [rid, rid2]})
    assert audit_rows(ws) == before + 1
    assert ReflectionService(ws.ctx).get(rid2).reviewed_at is not None


def test_link_validation_names_fields(group):
    other = _reflection(group, advisee="b1", advisor="bala")
    ws = group.login("sunil")
    svc = SupervisionService(ws.ctx)
    with pytest.raises(ValidationError) as err:
        svc.create(_note(group, reflection_ids=[other]))
    assert set(err.value.errors) == {"reflection_ids"}
    assert ReflectionService(ws.ctx).get(other).reviewed_at is None  # rolled back / untouched
    with pytest.raises(ValidationError) as err:
        svc.create(_note(group, session_ids=["missing"]))
    assert set(err.value.errors) == {"session_ids"}
    with pytest.raises(ValidationError) as err:
        svc.create(_note(group, advisors=("asha", "bala"), format="one_to_one",
                         on=TODAY + timedelta(days=5), discussion="", shared_summary=""))
    assert {"advisor_ids", "on", "discussion"} <= set(err.value.errors)
    with pytest.raises(ValidationError) as err:
        svc.create(_note(group, advisor_ids=[group.id("coord")]))
    assert set(err.value.errors) == {"advisor_ids"}


# -- edits, actions, coverage ------------------------------------------------------------
def test_update_keeps_history_and_maintains_advisor_rows(group):
    nid = _create(group)
    ws = group.login("sunil")
    svc = SupervisionService(ws.ctx)
    svc.update(nid, {"advisor_ids": [group.id("bala")], "actions": []})
    assert svc.get(nid).advisor_ids == frozenset({group.id("bala")})
    (old,) = svc.history(nid)
    assert old["snapshot"]["discussion"] == SECRET
    assert "advisor_ids" in old["changed_fields"]
    assert svc.list_ids(SupervisionFilter(advisor_id=group.id("asha"))) == []
    assert svc.list_ids(SupervisionFilter(advisor_id=group.id("bala"))) == [nid]
    svc.delete(nid)
    assert svc.list_ids() == [] and svc.existence() == []


def test_actions_due_and_done(group):
    nid = _create(group)
    ws = group.login("sunil")
    svc = SupervisionService(ws.ctx)
    due = svc.actions_due()
    assert [(a.note_id, a.index, a.text) for a in due] == [(nid, 0, "Read the crisis plan")]
    later = svc.actions_due(before=TODAY + timedelta(days=30))
    assert [a.index for a in later] == [0, 1]
    assert [a.index for a in svc.actions_due(group.id("asha"), before=TODAY + timedelta(
        days=30))] == [0]  # action 1 belongs to the supervisor
    asha = SupervisionService(group.login("asha").ctx)
    assert [a.text for a in asha.actions_due()] == ["Read the crisis plan"]
    with pytest.raises(PermissionDenied):
        asha.actions_due(group.id("bala"))
    svc = SupervisionService(group.login("sunil").ctx)
    assert svc.set_action_done(nid, 0).op == "updated"
    assert svc.actions_due() == []
    assert svc.get(nid).actions[0].done is True
    with pytest.raises(ValidationError):
        svc.set_action_done(nid, 7)


def test_advisor_ticks_own_action_and_nothing_else(group, audit_rows):
    nid = _create(group)
    ws = group.login("asha")
    asha = SupervisionService(ws.ctx)
    before = audit_rows(ws)
    change = asha.set_action_done(nid, 0)
    assert change.op == "updated" and audit_rows(ws) == before + 1
    events = AuditService(group.login("coord").ctx).recent(5)
    assert [(e.actor_name, e.target_id) for e in events
            if e.action == "supervision_note.action_done"] == [("Asha", nid)]
    ws = group.login("asha")
    asha = SupervisionService(ws.ctx)
    before = audit_rows(ws)
    assert [a.text for a in asha.actions_due()] == []
    for denied in (lambda: asha.set_action_done(nid, 1),  # the supervisor's action
                   lambda: asha.set_action_done(nid, 7),  # no such action: no hint either
                   lambda: asha.update(nid, {"shared_summary": "Mine now."}),
                   lambda: asha.delete(nid)):
        with pytest.raises(PermissionDenied):
            denied()
    assert audit_rows(ws) == before
    assert SupervisionService(group.login("bala").ctx).actions_due() == []
    with pytest.raises(PermissionDenied, match="your own actions"):
        SupervisionService(group.ws.ctx).set_action_done(nid, 0, False)
    full = SupervisionService(group.login("sunil").ctx).get(nid)
    assert [a.done for a in full.actions] == [True, False]
    assert full.shared_summary == "Keep the weekly rhythm." and full.discussion == SECRET


def test_coverage(group):
    _create(group, on=TODAY - timedelta(days=40), format="one_to_one")
    ws = group.login("sunil")
    svc = SupervisionService(ws.ctx)
    svc.create(_note(group, advisors=("asha",), on=TODAY - timedelta(days=2)))
    rows = {c.advisor_name: c for c in svc.coverage(TODAY - timedelta(days=30), TODAY)}
    assert set(rows) == {"Asha", "Bala"}
    assert rows["Asha"].supervised and rows["Asha"].notes_in_period == 1
    assert rows["Asha"].last_on == TODAY - timedelta(days=2)
    assert not rows["Bala"].supervised and rows["Bala"].last_on is None
    early = {c.advisor_name: c for c in svc.coverage(TODAY - timedelta(days=60),
                                                     TODAY - timedelta(days=35))}
    assert early["Asha"].last_on == TODAY - timedelta(days=40)
    with pytest.raises(ValidationError):
        svc.coverage(TODAY, TODAY - timedelta(days=1))


# -- no text in lists ------------------------------------------------------------
def test_list_queries_never_read_text_tables(group, sql_log):
    nid = _create(group)
    ws = group.login("sunil")
    svc = SupervisionService(ws.ctx)
    with sql_log(ws.ctx.db).watching() as log:
        ids = svc.list_ids(SupervisionFilter(advisor_id=group.id("asha"),
                                             on_from="2000-01-01", on_to="2100-01-01",
                                             supervisor_id=group.id("sunil")))
        svc.existence(group.id("asha"))
        svc.actions_due(group.id("asha"), before=TODAY + timedelta(days=30))
        svc.coverage(TODAY - timedelta(days=30), TODAY)
    assert ids == [nid]
    log.assert_no_text_tables()
