"""Erasure: a canary written everywhere about one advisee is gone afterwards."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest

from peerdesk.domain import validate
from peerdesk.domain.records_people import Advisee
from peerdesk.domain.records_practice import BoundaryAgreement, Breach, Reflection, Session
from peerdesk.domain.records_risk import Disclosure, Escalation, EscalationEvent
from peerdesk.errors import PermissionDenied, ValidationError
from peerdesk.services.erasure import ErasureService
from peerdesk.services.escalations import EscalationService
from peerdesk.services.search import SearchService
from peerdesk.services.settings import SettingsService
from peerdesk.storage import audit_table, records

CANARY = "Zanzibarcanary"
START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _insert(ws, build, values, action: str, kind: str, **kw):
    ctx = ws.ctx
    rec = build(values, meta=ctx.new_meta(), now=ctx.now(), **kw)
    with ctx.write(action, kind, rec.id, {}) as db:
        records.insert(db, rec)
    return rec.id


def _fill(group, advisee: str, advisor: str, word: str) -> dict[str, str]:
    """Text containing ``word`` in every kind of record about ``advisee``."""
    ws = group.ws
    ids: dict[str, str] = {}
    ws.advisees.update(group.id(advisee), {"display_name": f"{word} Name",
                                           "contact": f"{word}@example.org"})
    ws.advisees.update(group.id(advisee), {"display_name": "Renamed"})  # history holds word
    ids["session"] = ws.sessions.create({
        "advisee_id": group.id(advisee), "advisor_id": group.id(advisor), "start": START,
        "duration_minutes": 30, "channel": "phone", "summary": f"{word} in the summary",
        "next_steps": f"{word} next"}).id
    ws.sessions.update(ids["session"], {"summary": "edited summary"})  # old text in history
    ids["reflection"] = _insert(ws, validate.build_reflection, {
        "session_id": ids["session"], "author_id": group.id(advisor),
        "went_well": f"{word} went well", "supervision_request": "routine"},
        "reflection.created", "reflection")
    ids["agreement"] = _insert(ws, validate.build_agreement, {
        "advisor_id": group.id(advisor), "advisee_id": group.id(advisee),
        "channels": ["phone"], "start_date": date(2026, 3, 1), "status": "draft",
        "free_text": f"{word} agreement"}, "agreement.created", "agreement", tz=ws.ctx.tz)
    ids["breach"] = _insert(ws, validate.build_breach, {
        "agreement_id": ids["agreement"], "at": START, "kind": "other",
        "note": f"{word} breach"}, "breach.created", "breach")
    esc = EscalationService(ws.ctx)
    ids["escalation"] = esc.raise_({
        "advisee_id": group.id(advisee), "level": "high", "categories": ["other"],
        "description": f"{word} escalation", "immediate_action": f"{word} action"}).id
    esc.add_note(ids["escalation"], f"{word} event note")
    esc.transition(ids["escalation"], "acknowledged", f"{word} ack note")
    esc.record_disclosure(ids["escalation"], {
        "told_whom": f"{word} person", "role_or_organisation": f"{word} org",
        "what_was_shared": f"{word} shared", "why": f"{word} why", "advisee_knew": True})
    return ids


def _all_text(ws) -> str:
    """Every row of every table (except the audit log, which never holds text), as text."""
    db = ws.ctx.db
    out = []
    for (name,) in db.query("SELECT name FROM sqlite_master WHERE type = 'table' "
                            "AND name NOT LIKE 'sqlite_%'"):
        if name.startswith("search_index_"):
            continue  # shadow tables: checked through MATCH and the vocabulary below
        out += [repr(tuple(r)) for r in db.query(f'SELECT * FROM "{name}"')]
    return "\n".join(out)


def _vocab(ws) -> set[str]:
    db = ws.ctx.db
    with db.transaction():
        db.execute("CREATE VIRTUAL TABLE temp.si_vocab USING fts5vocab(main, search_index, row)")
    terms = {str(r[0]) for r in db.query("SELECT term FROM temp.si_vocab")}
    with db.transaction():
        db.execute("DROP TABLE temp.si_vocab")
    return terms


def test_erasure_removes_the_canary_everywhere(group) -> None:
    ids = _fill(group, "a1", "asha", CANARY)
    keep = _fill(group, "b1", "bala", "Keepmeword")
    ws = group.ws
    assert CANARY in _all_text(ws)
    assert SearchService(ws.ctx).search(CANARY)
    assert CANARY.lower() in _vocab(ws)
    before = audit_table.count(ws.ctx.db)

    change = ErasureService(ws.ctx).erase_advisee(group.id("a1"), "consent_withdrawn")

    assert change.op == "erased"
    assert audit_table.count(ws.ctx.db) == before + 1
    last = list(audit_table.iter_events(ws.ctx.db))[-1]
    assert last["action"] == "advisee.erased" and CANARY not in json.dumps(last)
    # not in any table, any history row, the search index or its vocabulary
    dump = _all_text(ws)
    assert CANARY not in dump and CANARY.lower() not in dump.lower()
    assert SearchService(ws.ctx).search(CANARY) == []
    assert CANARY.lower() not in _vocab(ws)
    # not through records.get either, for every kind
    db = ws.ctx.db
    for cls, rid in ((Session, ids["session"]), (Reflection, ids["reflection"]),
                     (BoundaryAgreement, ids["agreement"]), (Breach, ids["breach"]),
                     (Escalation, ids["escalation"]), (Advisee, group.id("a1"))):
        rec = records.get(db, cls, rid, include_deleted=True)
        assert rec is not None and CANARY not in repr(rec)
    for kind, rid in (("session", ids["session"]), ("advisee", group.id("a1"))):
        assert CANARY not in json.dumps(records.history(db, kind, rid))
    view = EscalationService(ws.ctx).get(ids["escalation"])
    assert CANARY not in repr(view)
    assert all(isinstance(e, EscalationEvent) for e in view.events) and len(view.events) == 2
    assert isinstance(view.disclosures[0], Disclosure)
    # anonymous facts stay
    session = records.get(db, Session, ids["session"])
    assert session is not None and session.start == START and session.channel.value == "phone"
    assert view.escalation.level.value == "high" and view.escalation.state.value == "acknowledged"
    advisee = records.get(db, Advisee, group.id("a1"))
    assert advisee is not None and advisee.code.startswith("PS-")
    assert advisee.status.value == "closed"
    assert ErasureService(ws.ctx).is_erased(group.id("a1"))
    # the other advisee is untouched
    assert "Keepmeword" in _all_text(ws)
    assert SearchService(ws.ctx).search("Keepmeword")
    assert records.get(db, Session, keep["session"]).summary == "edited summary"  # type: ignore[union-attr]


def test_erasure_leaves_no_canary_in_the_file_bytes(group) -> None:
    """SQLCipher pages are encrypted anyway; this checks free pages and the WAL are gone
    (the plaintext would not be visible in them, so compare the encrypted file before
    and after too: it must have been rewritten)."""
    _fill(group, "a1", "asha", CANARY)
    ws = group.ws
    path = ws.ctx.db.path
    ErasureService(ws.ctx).erase_advisee(group.id("a1"), "retention_ended")
    wal = path.with_name(path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    assert CANARY.encode() not in path.read_bytes()
    assert ws.ctx.db.scalar("PRAGMA freelist_count") == 0


def test_erased_advisee_takes_no_new_escalation_text(group) -> None:
    ids = _fill(group, "a1", "asha", CANARY)
    ws = group.ws
    ErasureService(ws.ctx).erase_advisee(group.id("a1"), "consent_withdrawn", compact=False)
    esc = EscalationService(ws.ctx)
    with pytest.raises(ValidationError):
        esc.add_note(ids["escalation"], "more")
    with pytest.raises(ValidationError):
        esc.raise_({"advisee_id": group.id("a1"), "level": "high", "categories": ["other"],
                    "description": "x"})
    with pytest.raises(ValidationError, match="already"):
        ErasureService(ws.ctx).erase_advisee(group.id("a1"), "consent_withdrawn")


def test_only_a_coordinator_erases(group) -> None:
    with pytest.raises(ValidationError):
        ErasureService(group.ws.ctx).erase_advisee(group.id("a1"), "because I said so")
    for who in ("asha", "sunil"):
        ws = group.login(who)
        with pytest.raises(PermissionDenied):
            ErasureService(ws.ctx).erase_advisee(group.id("a1"), "consent_withdrawn")
        with pytest.raises(PermissionDenied):
            ErasureService(ws.ctx).due_for_erasure()


def test_due_for_erasure_follows_the_retention_setting(group) -> None:
    ws = group.ws
    ws.advisees.update(group.id("a1"), {"status": "closed", "closed_on": date(2024, 1, 15),
                                        "closed_reason": "moved away"})
    ws.ctx.clock = lambda: datetime(2026, 3, 1, tzinfo=UTC)
    svc = ErasureService(ws.ctx)
    assert svc.due_for_erasure() == []  # default: seven years
    SettingsService(ws.ctx).update({"retention_months": 24})
    (due,) = svc.due_for_erasure()
    assert due.advisee_id == group.id("a1") and due.erase_from == date(2026, 1, 15)
    SettingsService(ws.ctx).update({"retention_enabled": False})
    assert svc.due_for_erasure() == []
    SettingsService(ws.ctx).update({"retention_enabled": True})
    svc.erase_advisee(group.id("a1"), "retention_ended", compact=False)
    assert svc.due_for_erasure() == []
    ws.ctx.clock = lambda: datetime(2026, 3, 1, tzinfo=UTC) + timedelta(days=1)
