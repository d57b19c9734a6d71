"""AgreementService against a real vault: the permission matrix, acknowledgements, review,
breaches, drift end-to-end, the attention queue, history, audit, no text in lists."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from peerdesk.domain.drift import DriftKind
from peerdesk.domain.vocab import AgreementStatus
from peerdesk.errors import InvalidTransition, PermissionDenied, ValidationError
from peerdesk.services.agreements import AgreementService
from peerdesk.storage.agreement_queries import AgreementFilter

NOW = datetime.now(UTC)
TODAY = NOW.date()
# First day of the previous month: every session placed there is in the past.
MONTH = (TODAY.replace(day=1) - timedelta(days=1)).replace(day=1)


def _values(group, advisor="asha", advisee="a1", **extra):
    return {"advisor_id": group.id(advisor), "advisee_id": group.id(advisee),
            "channels": ["phone", "video"], "start_date": MONTH - timedelta(days=10),
            "contact_start": "09:00", "contact_end": "18:00", "max_sessions_per_month": 2,
            "clauses": ["confidentiality_limits", "crisis_plan"],
            "free_text": "We meet at the library.", **extra}


def _make(group, **extra):
    """An agreement created by the coordinator (current user must be coord)."""
    return AgreementService(group.ws.ctx).create(_values(group, **extra)).id


# -- the matrix, table-driven -------------------------------------------------------------------
OPS = {
    "create": lambda svc, g, aid: svc.create(_values(g, advisee="b1", advisor="bala")),
    "update": lambda svc, g, aid: svc.update(aid, {"max_sessions_per_month": 4}),
    "delete": lambda svc, g, aid: svc.delete(aid),
    "ack_advisee": lambda svc, g, aid: svc.acknowledge_advisee(aid, TODAY, "verbal_phone"),
    "ack_advisor": lambda svc, g, aid: svc.acknowledge_advisor(aid, TODAY),
    "set_status": lambda svc, g, aid: svc.set_status(aid, "active"),
    "log_breach": lambda svc, g, aid: svc.log_breach(aid, {"at": NOW, "kind": "gifts_or_money"}),
    "get": lambda svc, g, aid: svc.get(aid),
    "breaches": lambda svc, g, aid: svc.breaches(aid),
    "drift": lambda svc, g, aid: svc.drift(aid),
    "history": lambda svc, g, aid: svc.history(aid),
}
ALLOWED = {
    "coord": {"create", "update", "delete", "ack_advisee", "set_status", "log_breach", "get",
              "breaches", "drift", "history"},
    "sunil": {"set_status", "log_breach", "get", "breaches", "drift", "history"},
    "asha": {"ack_advisor", "get", "breaches", "drift", "history"},  # the agreement's advisor
    "bala": set(),  # another advisor
}


@pytest.mark.parametrize("op", sorted(OPS))
@pytest.mark.parametrize("user", sorted(ALLOWED))
def test_permission_matrix(group, user, op, audit_rows):
    aid = _make(group)
    ws = group.login(user)
    svc = AgreementService(ws.ctx)
    before = audit_rows(ws)
    if op in ALLOWED[user]:
        result = OPS[op](svc, group, aid)
        writes = op in {"create", "update", "delete", "ack_advisee", "ack_advisor",
                        "set_status", "log_breach"}
        assert audit_rows(ws) == before + (1 if writes else 0)
        if writes:
            assert result.ids
    else:
        with pytest.raises(PermissionDenied):
            OPS[op](svc, group, aid)
        assert audit_rows(ws) == before


def test_advisor_lists_only_own(group):
    mine = _make(group)
    theirs = _make(group, advisor="bala", advisee="b1")
    svc = AgreementService(group.login("asha").ctx)
    assert svc.list_ids() == [mine]
    assert svc.list_ids(AgreementFilter(advisor_id=group.id("bala"))) == []
    assert [r.id for r in svc.rows([mine, theirs])] == [mine]
    assert svc.count() == 1
    with pytest.raises(PermissionDenied):
        svc.drift_for_advisor(group.id("bala"))
    assert svc.drift_for_advisee(group.id("b1")) == {}
    sup = AgreementService(group.login("sunil").ctx)
    assert set(sup.list_ids()) == {mine, theirs}


# -- acknowledgements, status, history ------------------------------------------------------------
def test_acknowledge_and_review_cycle_keeps_history(group):
    aid = _make(group)
    svc = AgreementService(group.ws.ctx)
    assert svc.get(aid).status is AgreementStatus.DRAFT
    # acknowledgement fields cannot be slipped in through update
    svc.update(aid, {"advisor_ack_date": TODAY, "max_session_minutes": 60})
    assert svc.get(aid).advisor_ack_date is None
    svc.acknowledge_advisee(aid, TODAY, "signed_paper")
    svc.set_status(aid, "active", review_date=TODAY + timedelta(days=90))
    svc = AgreementService(group.login("asha").ctx)
    assert svc.acknowledge_advisor(aid, TODAY).op == "acknowledged"
    svc = AgreementService(group.login("sunil").ctx)
    assert svc.start_review(aid).op == "transition"
    assert svc.get(aid).status is AgreementStatus.UNDER_REVIEW
    svc.set_status(aid, "active", review_date=TODAY + timedelta(days=180))
    with pytest.raises(ValidationError) as err:
        svc.set_status(aid, "ended")
    assert "end_date" in err.value.errors
    svc.set_status(aid, "ended", end_date=TODAY)
    with pytest.raises(InvalidTransition):
        svc.set_status(aid, "active")
    a = svc.get(aid)
    assert (a.advisee_ack_how.value, a.advisor_ack_date, a.max_session_minutes) == (
        "signed_paper", TODAY, 60)
    history = svc.history(aid)
    assert [h["version"] for h in history] == [1, 2, 3, 4, 5, 6, 7]
    assert history[0]["snapshot"]["status"] == "draft"
    assert history[-1]["snapshot"]["status"] == "active"


def test_validation_errors_name_fields(group):
    svc = AgreementService(group.ws.ctx)
    with pytest.raises(ValidationError) as err:
        svc.create(_values(group, channels=[], contact_end="08:00",
                           review_date=MONTH - timedelta(days=20)))
    assert {"channels", "contact_end", "review_date"} <= set(err.value.errors)
    with pytest.raises(ValidationError) as err:
        svc.create(_values(group, advisor="sunil"))
    assert set(err.value.errors) == {"advisor_id"}
    aid = _make(group)
    with pytest.raises(ValidationError) as err:
        svc.acknowledge_advisee(aid, TODAY + timedelta(days=3), "signed_paper")
    assert "advisee_ack_date" in err.value.errors
    with pytest.raises(ValidationError) as err:
        svc.acknowledge_advisee(aid, TODAY, "carrier pigeon")
    assert "advisee_ack_how" in err.value.errors


def test_one_agreement_in_force_per_pair(group):
    svc = AgreementService(group.ws.ctx)
    first = _make(group, status="active")
    second = _make(group)  # a draft (renewal) is fine
    with pytest.raises(ValidationError) as err:
        svc.set_status(second, "active")
    assert "status" in err.value.errors
    svc.set_status(first, "ended", end_date=TODAY)
    assert svc.set_status(second, "active").op == "transition"


def test_breaches_logged_and_listed(group, audit_rows):
    aid = _make(group, status="active")
    ws = group.login("sunil")
    svc = AgreementService(ws.ctx)
    before = audit_rows(ws)
    svc.log_breach(aid, {"at": NOW - timedelta(days=2), "kind": "dual_relationship",
                         "note": "Met socially."})
    assert audit_rows(ws) == before + 1
    with pytest.raises(ValidationError) as err:
        svc.log_breach(aid, {"at": NOW, "kind": "other"})
    assert set(err.value.errors) == {"note"}
    (breach,) = AgreementService(group.login("asha").ctx).breaches(aid)
    assert breach.note == "Met socially." and breach.kind.value == "dual_relationship"
    assert AgreementService(group.ws.ctx).rows([aid])[0].breaches == 1


# -- drift, end to end ------------------------------------------------------------
def _at(day: int, hour: int) -> datetime:
    return datetime(MONTH.year, MONTH.month, day, hour, tzinfo=UTC)


def test_drift_end_to_end(group):
    aid = _make(group, status="active", advisee_ack_date=TODAY)  # ack ignored on create
    svc = AgreementService(group.ws.ctx)
    svc.acknowledge_advisee(aid, TODAY, "verbal_phone")
    inside = [group.session("a1", "asha", _at(d, 10)) for d in (2, 9)]
    late = group.session("a1", "asha", _at(16, 22))  # 22:00, agreed 09:00-18:00
    chat = group.session("a1", "asha", _at(20, 11), channel="chat")
    group.session("b1", "bala", _at(3, 23))  # another pair: ignored
    alerts = svc.drift(aid)
    kinds = [(a.kind, a.session_id) for a in alerts]
    assert (DriftKind.OUTSIDE_CONTACT_HOURS, late) in kinds
    assert (DriftKind.CHANNEL_NOT_AGREED, chat) in kinds
    assert not any(s in inside for _, s in kinds)
    cap = [a for a in alerts if a.kind is DriftKind.OVER_MONTHLY_CAP]
    assert [a.month for a in cap] == [MONTH.strftime("%Y-%m")]
    assert DriftKind.ADVISOR_NOT_ACKNOWLEDGED in {a.kind for a in alerts}
    by_advisor = svc.drift_for_advisor(group.id("asha"))
    assert list(by_advisor) == [aid]
    assert svc.drift_for_advisee(group.id("a1")) == by_advisor
    assert svc.drift_for_advisor(group.id("bala")) == {}
    # the advisor sees the same alerts on their own agreement
    assert AgreementService(group.login("asha").ctx).drift(aid) == alerts


def test_needing_attention_queue(group):
    svc = AgreementService(group.ws.ctx)
    group.ids["c1"] = group.ws.advisees.create({"advisor_ids": [group.id("asha")]}).id
    overdue = _make(group, status="active", review_date=MONTH - timedelta(days=2))
    drifting = _make(group, advisee="b1", advisor="bala", status="active")
    svc.acknowledge_advisee(drifting, TODAY, "signed_paper")
    group.session("b1", "bala", _at(5, 23))
    group.session("c1", "asha", _at(6, 10))  # no agreement for asha + c1
    group.session("a1", "asha", _at(7, 10))  # covered by `overdue`
    items = {(i.kind, i.agreement_id or i.advisee_id) for i in svc.needing_attention()}
    assert items == {
        ("review_overdue", overdue), ("not_acknowledged", overdue),
        ("not_acknowledged", drifting), ("drift", drifting), ("missing", group.id("c1")),
    }
    assert all("Bala" not in i.detail for i in svc.needing_attention())
    asha = AgreementService(group.login("asha").ctx).needing_attention()
    assert {(i.kind, i.agreement_id or i.advisee_id) for i in asha} == {
        ("review_overdue", overdue), ("not_acknowledged", overdue),
        ("missing", group.id("c1")),
    }


# -- no text in lists ------------------------------------------------------------
def test_list_queries_never_read_text_tables(group, sql_log):
    aid = _make(group, status="active", review_date=MONTH - timedelta(days=1))
    svc = AgreementService(group.ws.ctx)
    svc.log_breach(aid, {"at": NOW, "kind": "gifts_or_money", "note": "A gift."})
    group.session("a1", "asha", _at(3, 22))
    ws = group.login("sunil")
    svc = AgreementService(ws.ctx)
    with sql_log(ws.ctx.db).watching() as log:
        ids = svc.list_ids(AgreementFilter(statuses=("active",), advisee_id=group.id("a1")))
        svc.count()
        svc.rows(ids)
        svc.drift(aid)
        svc.drift_for_advisor(group.id("asha"))
        items = svc.needing_attention()
    assert ids == [aid] and items
    log.assert_no_text_tables()
