"""The audit log as people read it: filters by member, kind and period; opening and
locking folded into counts; records named by what they are, never by note text."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from peerdesk.errors import PermissionDenied
from peerdesk.services.audit import AuditQuery, AuditService

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
SECRET = "She talked about her brother's debts."


def _busy(group):
    """asha and sunil open the vault a few times; coord logs a session and an escalation."""
    for _ in range(2):
        group.login("asha")
    group.login("sunil")
    ws = group.login("coord")
    sid = ws.sessions.create({
        "advisee_id": group.id("a1"), "advisor_id": group.id("asha"), "start": START,
        "duration_minutes": 45, "channel": "phone", "summary": SECRET}).id
    esc = ws.escalations.raise_({"advisee_id": group.id("b1"), "level": "high",
                                 "categories": ["other"], "description": SECRET}).id
    return sid, esc


def test_sign_ins_are_folded_and_counted(group):
    _busy(group)
    audit = AuditService(group.ws.ctx)
    folded = audit.recent(500, 0, AuditQuery())
    assert not {r.action for r in folded} & {"vault.unlocked", "vault.locked"}
    every = audit.recent(500, 0, AuditQuery(each_sign_in=True))
    unlocks = [r for r in every if r.action == "vault.unlocked"]
    assert len(every) == audit.count(AuditQuery(each_sign_in=True)) == audit.count()
    assert audit.count(AuditQuery()) == len(folded) == len(every) - sum(
        r.action in {"vault.unlocked", "vault.locked"} for r in every)
    openings = audit.openings(AuditQuery())
    assert openings.total == len(unlocks)
    assert dict(openings.by_member)["Asha"] == 2 and dict(openings.by_member)["Sunil"] == 1
    assert openings.text().startswith(f"Opened {openings.total} times (")
    asha = audit.openings(AuditQuery(member_id=group.id("asha")))
    assert (asha.total, asha.by_member) == (2, [("Asha", 2)])
    assert asha.text() == "Opened 2 times (Asha 2)."


def test_filters_by_member_kind_and_period(group):
    sid, _esc = _busy(group)
    audit = AuditService(group.ws.ctx)
    mine = audit.recent(500, 0, AuditQuery(member_id=group.id("coord")))
    assert mine and {r.actor_name for r in mine} == {"Coord"}
    sessions = audit.recent(500, 0, AuditQuery(kind="session"))
    assert [(r.action, r.target_id) for r in sessions] == [("session.created", sid)]
    assert audit.count(AuditQuery(kind="session")) == 1
    assert "session" in dict(audit.kinds()) and dict(audit.kinds())["escalation"] == \
        "Escalations"
    now = group.ws.ctx.now()
    assert audit.count(AuditQuery(since=now + timedelta(days=1))) == 0
    assert audit.count(AuditQuery(until=now - timedelta(days=1))) == 0
    assert audit.count(AuditQuery(since=now - timedelta(hours=1),
                                  until=now + timedelta(hours=1))) == audit.count(AuditQuery())
    assert audit.recent(500, 0, AuditQuery(member_id=group.id("bala"))) == []


def test_records_are_named_by_what_they_are_without_text(group):
    sid, esc = _busy(group)
    for user in ("coord", "sunil"):
        audit = AuditService(group.login(user).ctx)
        rows = audit.recent(500, 0, AuditQuery(each_sign_in=True))
        names = {(r.target_kind, r.target_id): r.record for r in rows}
        assert names[("session", sid)] == "Session · PS-0001 · 2 Mar 2026"
        assert names[("escalation", esc)].startswith("Escalation · PS-0002 · ")
        assert names[("advisee", group.id("a1"))] == "Advisee · PS-0001"
        asha_login = next(r for r in rows if r.actor_name == "Asha"
                          and r.action == "vault.unlocked")
        assert asha_login.record == "Login of Asha"
        assert all(SECRET not in r.record and SECRET not in repr(r.details) for r in rows)
        assert not any(r.target_id[:8] in r.record for r in rows if r.target_id)


def test_advisors_cannot_read_the_log(group):
    _busy(group)
    audit = AuditService(group.login("asha").ctx)
    for read in (audit.count, audit.recent, audit.openings, audit.kinds,
                 lambda: audit.recent(5, 0, AuditQuery(kind="session"))):
        with pytest.raises(PermissionDenied):
            read()


def test_naming_never_reads_text_tables(group, sql_log):
    _busy(group)
    ws = group.login("sunil")
    audit = AuditService(ws.ctx)
    with sql_log(ws.ctx.db).watching() as log:
        audit.recent(500, 0, AuditQuery(each_sign_in=True))
        audit.openings(AuditQuery(member_id=group.id("asha")))
    log.assert_no_text_tables()
