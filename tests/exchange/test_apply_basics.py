"""Applying received changes: fast-forward of new and edited records, duplicates, changes
waiting for their predecessor, forks, one transaction, no echo, verify clean on a replica."""

from __future__ import annotations

import dataclasses
import json
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from peerdesk.domain.records_practice import Session
from peerdesk.errors import BundleRefused
from peerdesk.exchange.clock import Stamp
from peerdesk.services.workspace import open_vault
from peerdesk.storage import apply_queries, change_queries, records
from peerdesk.vault import clock_memory
from tests.support.replicas import Laptop, apply, changes_lacking, make_replica, sync
from tests.support.vaults import PASSPHRASES, Group, make_group

START = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Group, Laptop]:
    group = make_group(tmp_path)
    return group, make_replica(group, tmp_path)


def _summary(ws: object, session_id: str) -> str:
    return str(ws.sessions.get(session_id).summary)  # type: ignore[attr-defined]


def _held(ws: object, session_id: str) -> object | None:
    return records.get(ws.vault.db, Session, session_id)  # type: ignore[attr-defined]


def _own_changes(laptop_ws: object) -> int:
    db = laptop_ws.vault.db  # type: ignore[attr-defined]
    own = change_queries.self_device(db)
    head = change_queries.head(db, own)  # type: ignore[arg-type]
    return 0 if head is None else head[0]


def test_new_and_edited_records_fast_forward(pair: tuple[Group, Laptop]) -> None:
    group, second = pair
    sid = group.session("a1", "asha", START)
    group.ws.sessions.update(sid, {"summary": "Spoke about sleep."})
    result = sync(group.ws, second.ws)
    assert result.applied >= 2 and result.merged == 0 and result.conflicts == 0
    assert ("session", sid) in result.records
    assert _summary(second.ws, sid) == "Spoke about sleep."
    assert second.ws.search.search("sleep")  # the full-text index follows
    report = second.ws.verify()
    assert report.ok, report


def test_apply_appends_no_change_of_its_own(pair: tuple[Group, Laptop]) -> None:
    group, second = pair
    group.session("a1", "asha", START)
    before = _own_changes(second.ws)
    sync(group.ws, second.ws)
    assert _own_changes(second.ws) == before
    # and a local edit on the replica afterwards travels back and fast-forwards there
    sid = group.session("b1", "bala", START)
    sync(group.ws, second.ws)
    second.ws.sessions.update(sid, {"summary": "Edited on the second laptop."})
    assert _own_changes(second.ws) == before + 1
    back = sync(second.ws, group.ws)
    assert back.applied == 1 and back.merged == 0
    assert _summary(group.ws, sid) == "Edited on the second laptop."
    assert group.ws.verify().ok


def test_duplicates_change_nothing(pair: tuple[Group, Laptop]) -> None:
    group, second = pair
    sid = group.session("a1", "asha", START)
    incoming = changes_lacking(group.ws, second.ws)
    first = apply(second.ws, incoming)
    again = apply(second.ws, incoming)
    assert again.applied == 0 and again.duplicates == first.applied
    assert again.records == set()
    assert _summary(second.ws, sid) == "Talked it through."
    assert second.ws.verify().ok


def test_a_gap_waits_and_applies_when_filled(pair: tuple[Group, Laptop]) -> None:
    group, second = pair
    sids = [group.session("a1", "asha", START.replace(hour=h)) for h in (9, 10, 11)]
    incoming = changes_lacking(group.ws, second.ws)
    assert len(incoming) == 3
    later = apply(second.ws, incoming[1:])
    assert later.applied == 0 and later.waiting == 2
    assert _held(second.ws, sids[2]) is None
    filled = apply(second.ws, incoming[:1])
    assert filled.applied == 3 and filled.waiting == 0
    assert {("session", s) for s in sids} <= filled.records
    assert apply_queries.waiting_count(second.ws.vault.db) == 0
    assert second.ws.verify().ok


def test_a_fork_is_kept_and_never_applied(pair: tuple[Group, Laptop], tmp_path: Path) -> None:
    group, second = pair
    group.ws.lock()
    restored = tmp_path / "restored"  # the first laptop as an old backup would bring it back
    shutil.copytree(group.folder, restored, ignore=shutil.ignore_patterns("peerdesk.lock"))
    group.login("coord")
    sid = group.session("a1", "asha", START)
    sync(group.ws, second.ws)
    old = open_vault(restored, "coord", PASSPHRASES["coord"])
    try:
        other = old.sessions.create({"advisee_id": group.id("b1"), "advisor_id": group.id("bala"),
                                     "start": START, "duration_minutes": 30,
                                     "channel": "video", "summary": "Another story."}).id
        incoming = changes_lacking(old, second.ws, everything=True)
    finally:
        old.lock()
    result = apply(second.ws, incoming)
    assert result.forks == 1 and result.applied == 0 and result.duplicates > 0
    device, seq, held, theirs, _at = apply_queries.forks(second.ws.vault.db)[0]
    assert (device, seq) == (incoming[-1].row.device, incoming[-1].row.seq) and held != theirs
    assert _held(second.ws, other) is None
    assert _summary(second.ws, sid) == "Talked it through."
    again = apply(second.ws, incoming)
    assert again.forks == 0  # known already
    assert second.ws.verify().ok


def test_a_tampered_change_refuses_the_whole_bundle(pair: tuple[Group, Laptop]) -> None:
    group, second = pair
    s1 = group.session("a1", "asha", START)
    s2 = group.session("b1", "bala", START)
    incoming = changes_lacking(group.ws, second.ws)
    kind, rid, text = incoming[1].content[0]
    content = json.loads(text)
    content["summary"] = "Words nobody wrote."
    forged = dataclasses.replace(incoming[1], content=(
        (kind, rid, json.dumps(content, sort_keys=True, separators=(",", ":"))),))
    audit_before = second.ws.audit_head()
    with pytest.raises(BundleRefused) as refused:
        apply(second.ws, [incoming[0], forged])
    assert refused.value.exit_code == 7
    assert "Words" not in str(refused.value)
    assert _held(second.ws, s1) is None  # the good first change is not kept
    assert _held(second.ws, s2) is None
    assert second.ws.audit_head() == audit_before
    apply(second.ws, incoming)  # the real changes still apply
    assert _summary(second.ws, s2) == "Talked it through."


@pytest.mark.parametrize("what", ["envelope", "signature", "link"])
def test_tampered_envelope_signature_or_link(pair: tuple[Group, Laptop], what: str) -> None:
    group, second = pair
    group.session("a1", "asha", START)
    incoming = changes_lacking(group.ws, second.ws)
    row = incoming[0].row
    if what == "envelope":
        envelope = json.loads(row.envelope or "")
        envelope["author"] = group.id("sunil")
        row = dataclasses.replace(row, envelope=json.dumps(
            envelope, sort_keys=True, separators=(",", ":"), ensure_ascii=False))
    elif what == "signature":
        sig = row.signature or ""
        row = dataclasses.replace(row, signature=("A" if sig[0] != "A" else "B") + sig[1:])
    else:
        row = dataclasses.replace(row, prev="1" * 64)
    before = change_queries.head(second.ws.vault.db, row.device)
    with pytest.raises(BundleRefused):
        apply(second.ws, [dataclasses.replace(incoming[0], row=row)])
    assert change_queries.head(second.ws.vault.db, row.device) == before
    assert apply_queries.forks(second.ws.vault.db) == []


def _derived_rows(ws: object) -> dict[str, list[tuple[object, ...]]]:
    db = ws.vault.db  # type: ignore[attr-defined]
    queries = {
        "search": "SELECT kind, record_id, advisee_id, owner, body FROM search_index "
                  "ORDER BY kind, record_id",
        "advisors": "SELECT advisee_id, advisor_id FROM advisee_advisors "
                    "ORDER BY advisee_id, advisor_id",
        "supervision": 'SELECT note_id, advisor_id, "on" FROM supervision_advisors '
                       "ORDER BY note_id, advisor_id",
    }
    return {name: [tuple(r) for r in db.query(sql)] for name, sql in queries.items()}


def test_search_index_and_side_tables_match_the_first_laptop(
        pair: tuple[Group, Laptop]) -> None:
    group, second = pair
    sid = group.session("a1", "asha", START)
    group.ws.sessions.update(sid, {"next_steps": "Walk every morning."})
    esc = group.ws.escalations.raise_({"advisee_id": group.id("a1"), "level": "high",
                                       "categories": ["self_harm_or_suicidal"],
                                       "description": "Worried about the nights."}).id
    group.ws.escalations.add_note(esc, "Rang her sister.")
    group.ws.advisees.update(group.id("b1"), {"advisor_ids": [group.id("asha"),
                                                              group.id("bala")]})
    ws = group.login("sunil")
    ws.supervision.create({"advisor_ids": [group.id("asha")], "on": START.date(),
                           "format": "one_to_one", "discussion": "Boundaries.",
                           "shared_summary": "Keep going."})
    ws = group.login("asha")
    ws.reflections.create({"session_id": sid, "was_hard": "The silence.",
                           "supervision_request": "routine"})
    sync(ws, second.ws)
    assert _derived_rows(second.ws) == _derived_rows(ws)


def test_records_referring_to_records_never_received_are_refused(
        pair: tuple[Group, Laptop]) -> None:
    group, second = pair
    advisee = group.ws.advisees.create({"advisor_ids": [group.id("asha")]}).id
    sid = group.ws.sessions.create({"advisee_id": advisee, "advisor_id": group.id("asha"),
                                    "start": START, "duration_minutes": 30,
                                    "channel": "phone", "summary": "Orphan."}).id
    made, session = changes_lacking(group.ws, second.ws)
    link_only = dataclasses.replace(made, content=(), row=dataclasses.replace(
        made.row, envelope=None, signature=None))  # a placeholder: the advisee never comes
    before = second.ws.audit_head()
    with pytest.raises(BundleRefused) as refused:
        apply(second.ws, [link_only, session])
    assert "refer to records this laptop does not have" in str(refused.value)
    assert _held(second.ws, sid) is None and second.ws.audit_head() == before


def test_a_change_made_after_applying_another_is_stamped_after_it(
        pair: tuple[Group, Laptop]) -> None:
    group, second = pair
    ahead = Stamp(int(datetime.now(UTC).timestamp() * 1000) + 3_600_000, 0, "0" * 32)
    with group.ws.vault.write("test.clock") as db:  # the first laptop's clock runs an hour fast
        clock_memory.remember(db, str(ahead))
    sid = group.session("a1", "asha", START)
    sync(group.ws, second.ws)
    second.ws.sessions.update(sid, {"summary": "Answered on the second laptop."})

    def last_stamp(ws: object) -> Stamp:
        db = ws.vault.db  # type: ignore[attr-defined]
        head = change_queries.head(db, change_queries.self_device(db) or "")
        assert head is not None
        return Stamp.parse(head[2])

    theirs, mine = last_stamp(group.ws), last_stamp(second.ws)
    assert theirs.wall_ms >= ahead.wall_ms
    assert (mine.wall_ms, mine.counter) > (theirs.wall_ms, theirs.counter)
