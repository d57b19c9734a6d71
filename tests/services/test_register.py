"""The issued-report register and the referral directory."""

from __future__ import annotations

import hashlib

import pytest

from peerdesk.errors import NotFound, PermissionDenied, ValidationError
from peerdesk.services.referrals import ReferralService
from peerdesk.services.register import ReportRegister
from peerdesk.storage import audit_table

SHA = hashlib.sha256(b"%PDF-1.7 pretend").hexdigest()


def test_register_and_find(group) -> None:
    ws = group.login("sunil")
    reg = ReportRegister(ws.ctx)
    before = audit_table.count(ws.ctx.db)
    issued = reg.register("accountability", {"from": "2026-01-01", "to": "2026-03-31"}, SHA)
    assert audit_table.count(ws.ctx.db) == before + 1
    assert issued.params == (("from", "2026-01-01"), ("to", "2026-03-31"))
    assert issued.by == group.id("sunil")
    assert reg.find_by_sha256(SHA.upper()) == issued
    assert reg.find_by_sha256("0" * 64) is None
    assert reg.find_by_sha256("not a hash") is None
    assert [r.id for r in reg.list()] == [issued.id]
    with pytest.raises(ValidationError):
        reg.register("accountability", {}, SHA)  # same bytes twice
    with pytest.raises(ValidationError):
        reg.register("Bad Kind!", {}, hashlib.sha256(b"x").hexdigest())
    with pytest.raises(ValidationError):
        reg.register("accountability", {}, "abc")


def test_register_rights(group) -> None:
    reg = ReportRegister(group.ws.ctx)
    with pytest.raises(PermissionDenied):
        reg.register("accountability", {}, SHA)  # coordinator: operational reports only
    op = reg.register("session_counts", {}, SHA, operational=True)
    ws = group.login("asha")
    reg = ReportRegister(ws.ctx)
    with pytest.raises(PermissionDenied):
        reg.register("my_sessions", {}, hashlib.sha256(b"a").hexdigest())
    mine = reg.register("my_sessions", {}, hashlib.sha256(b"a").hexdigest(), about_self=True)
    assert [r.id for r in reg.list()] == [mine.id]
    assert reg.find_by_sha256(SHA) is not None and reg.find_by_sha256(SHA).id == op.id
    ws = group.login("coord")
    assert {r.id for r in ReportRegister(ws.ctx).list()} == {op.id, mine.id}


def test_referral_directory(group) -> None:
    ws = group.ws
    svc = ReferralService(ws.ctx)
    assert svc.list() == []  # ships empty
    res = svc.create({"name": "City helpline", "kind": "helpline", "phone": "+91 11 2345 6789",
                      "hours": "24 hours", "notes": "Hindi and English",
                      "verified_at": "2020-01-01T00:00+00:00", "verified_by": "someone"})
    assert res.record.verified_at is None  # nobody verified it yet
    v = svc.verify(res.id)
    assert v.record.verified_by == group.id("coord") and v.record.verified_at is not None
    svc.update(res.id, {"hours": "9 to 5"})
    assert svc.get(res.id).verified_at is not None  # hours changed: still verified
    svc.update(res.id, {"phone": "+91 11 0000 0000"})
    assert svc.get(res.id).verified_at is None  # new number: verify again
    with pytest.raises(ValidationError):
        svc.create({"name": "x", "kind": "helpline", "phone": "call me"})
    ws = group.login("asha")
    svc = ReferralService(ws.ctx)
    assert [r.name for r in svc.list()] == ["City helpline"]
    assert svc.list()[0].notes == "Hindi and English"
    for call in (lambda: svc.create({"name": "y", "kind": "clinic"}),
                 lambda: svc.update(res.id, {"name": "z"}), lambda: svc.verify(res.id),
                 lambda: svc.delete(res.id)):
        with pytest.raises(PermissionDenied):
            call()
    ws = group.login("sunil")
    ReferralService(ws.ctx).verify(res.id)
    ReferralService(ws.ctx).delete(res.id)
    with pytest.raises(NotFound):
        ReferralService(ws.ctx).get(res.id)
