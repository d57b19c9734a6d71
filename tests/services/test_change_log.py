"""The change log in the vault: every record-changing write appends exactly one signed change
to this laptop's own chain, with the records it touched, their bases and their content, and
``peerdesk verify`` names every change or record altered, removed or added outside peerdesk."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from peerdesk.errors import PermissionDenied, ValidationError
from peerdesk.exchange.changes import device_genesis
from peerdesk.exchange.device import DeviceKeys
from peerdesk.services.workspace import Workspace, open_vault
from peerdesk.storage import change_queries, content_table
from peerdesk.storage.tables import SPECS
from peerdesk.vault.change_log import BASELINE_ACTION, MAX_RECORDS_PER_CHANGE
from peerdesk.vault.content_digest import record_digest
from tests.services.conftest import Group
from tests.services.test_content_chain import FIXTURES, lock_keeping_key, outside


def own_changes(ws: Workspace) -> list[tuple[change_queries.ChangeRow, dict[str, Any]]]:
    own = change_queries.self_device(ws.vault.db)
    assert own is not None
    return [(row, json.loads(row.envelope or "null"))
            for row in change_queries.iter_changes(ws.vault.db, own)]


def last_change(ws: Workspace) -> dict[str, Any]:
    return own_changes(ws)[-1][1]


def touched(envelope: dict[str, Any]) -> list[tuple[str, str]]:
    return [(r["kind"], r["id"]) for r in envelope["records"]]


def change_problems(ws: Workspace) -> list[str]:
    report = ws.verify()
    assert report.chain.ok, report.chain.problems
    return report.changes.problems


def current_digest(ws: Workspace, kind: str, rid: str) -> str:
    spec = next(s for s in SPECS if s.kind == kind)
    [(_, fields)] = list(content_table.contents(ws.vault.db, spec, [rid]))
    return record_digest(kind, fields)


def test_a_new_vault_has_its_device_and_a_chain_from_genesis(group: Group) -> None:
    ws = group.ws
    db = ws.vault.db
    own = change_queries.self_device(db)
    keys = change_queries.self_keys(db)
    assert own is not None and keys is not None
    public = DeviceKeys.from_bytes(keys).public.to_json()
    [device] = change_queries.devices(db)
    assert device.id == own == public["id"] and device.revoked_at is None
    assert (device.sign_public, device.kem_x25519, device.kem_mlkem768) == (
        public["sign"], public["kem_x25519"], public["kem_mlkem768"])
    assert device.members == (group.id("coord"),)
    changes = own_changes(ws)
    # The chain starts with the keys of the founder and of the recovery key (key.added,
    # the founder's signed by itself), then the vault's creation.
    assert changes[0][0].seq == 1
    assert changes[0][0].prev == device_genesis(ws.vault.vault_id, own)
    assert [env["action"] for _, env in changes[:3]] == ["key.added", "key.added",
                                                         "vault.created"]
    assert changes[0][1]["details"]["member"] == group.id("coord")
    assert changes[0][1]["details"]["key_id"] == changes[0][1]["key_id"]
    assert changes[1][1]["details"]["member"] == ""  # the recovery key
    _first_row, first = changes[2]
    assert first["action"] == "vault.created" and first["group"] == ws.vault.vault_id
    assert touched(first) == [("member", group.id("coord"))]
    assert first["records"][0]["base"] is None
    assert first["author"] == group.id("coord")
    assert [row.seq for row, _ in changes] == list(range(1, len(changes) + 1))
    assert change_problems(ws) == []


def test_each_service_write_adds_one_change_with_its_records_and_bases(group: Group) -> None:
    ws = group.ws
    before = len(own_changes(ws))
    start = datetime(2026, 3, 2, 10, tzinfo=UTC)
    sid = group.session("a1", "asha", start)
    assert len(own_changes(ws)) == before + 1
    created = last_change(ws)
    assert created["action"] == "session.created" and touched(created) == [("session", sid)]
    [entry] = created["records"]
    assert entry["base"] is None and entry["after"] == current_digest(ws, "session", sid)

    ws.sessions.update(sid, {"summary": "We talked about the exam and sleep."})
    assert len(own_changes(ws)) == before + 2
    updated = last_change(ws)
    assert touched(updated) == [("session", sid)]
    assert updated["records"][0]["base"] == entry["after"]
    assert updated["records"][0]["after"] == current_digest(ws, "session", sid)
    row = own_changes(ws)[-1][0]
    kept = change_queries.contents_of(ws.vault.db, row.device, row.seq)
    assert "We talked about the exam and sleep." in kept[("session", sid)]

    ws.sessions.delete(sid)
    deleted = last_change(ws)
    assert len(own_changes(ws)) == before + 3 and touched(deleted) == [("session", sid)]
    assert deleted["records"][0]["base"] == updated["records"][0]["after"]

    member = ws.members.create({"display_name": "Chitra", "roles": ["advisor"]})
    assert len(own_changes(ws)) == before + 4
    assert ("member", member.id) in touched(last_change(ws))
    assert change_problems(ws) == []


def test_writes_that_change_no_record_make_no_change(group: Group, tmp_path: Path) -> None:
    from peerdesk.services.exporter import Exporter

    before = len(own_changes(group.ws))
    Exporter(group.ws.ctx).export(tmp_path / "out.json", "json")
    ws = group.login("asha")  # a lock and an unlock
    ws = group.login("coord")
    assert len(own_changes(ws)) == before


def test_a_refused_write_adds_no_change(group: Group) -> None:
    ws = group.ws
    before = len(own_changes(ws))
    with pytest.raises(ValidationError):
        ws.sessions.create({"advisee_id": group.id("a1"), "advisor_id": group.id("asha"),
                            "start": datetime(2026, 3, 2, 10, tzinfo=UTC),
                            "duration_minutes": -5, "channel": "phone", "summary": "x"})
    ws = group.login("asha")
    with pytest.raises(PermissionDenied):
        ws.members.create({"display_name": "Someone", "roles": ["coordinator"]})
    assert len(own_changes(ws)) == before
    assert change_problems(ws) == []


def test_a_bulk_write_is_logged_in_bounded_changes(group: Group, tmp_path: Path) -> None:
    from peerdesk.services.bulk_import import BulkImporter
    from peerdesk.services.exporter import Exporter
    from peerdesk.services.workspace import create_vault
    from tests.services.conftest import PASSPHRASES

    ws = group.ws
    for day in range(1, 4):
        group.session("a1", "asha", datetime(2026, 3, day, 10, tzinfo=UTC))
    out = tmp_path / "export.json"
    Exporter(ws.ctx).export(out, "json")
    ws.lock()
    fresh, _ = create_vault(tmp_path / "fresh", group_name="G", username="coord",
                            display_name="Coord", passphrase=PASSPHRASES["coord"])
    before = len(own_changes(fresh))
    BulkImporter(fresh.ctx).import_export(out.read_bytes())
    added = own_changes(fresh)[before:]
    assert len(added) == 1  # fewer records than one change holds
    assert all(len(env["records"]) <= MAX_RECORDS_PER_CHANGE for _, env in added)
    assert ("session", "") not in touched(added[0][1])
    assert sum(k == "session" for k, _ in touched(added[0][1])) == 3
    assert change_problems(fresh) == []
    fresh.lock()


def test_erasure_purges_the_text_the_change_log_kept(group: Group) -> None:
    ws = group.ws
    sid = group.ws.sessions.create({
        "advisee_id": group.id("b1"), "advisor_id": group.id("bala"),
        "start": datetime(2026, 3, 2, 10, tzinfo=UTC), "duration_minutes": 45,
        "channel": "phone", "summary": "A very particular sentence about the family."}).id
    ws.erasure.erase_advisee(group.id("b1"), "consent_withdrawn")
    rows = ws.vault.db.query("SELECT content FROM change_content WHERE record_id = ?", (sid,))
    assert rows and all("very particular sentence" not in str(r[0]) for r in rows)
    assert change_problems(ws) == []


# -- what verify names ---------------------------------------------------------------------
def _tamper(group: Group, *sql: str, params: tuple[object, ...] = ()) -> Workspace:
    key = lock_keeping_key(group.ws)
    for statement in sql:
        outside(group.folder, key, statement, params if "?" in statement else ())
    return group.login("coord")


def test_an_edited_change_is_named(group: Group) -> None:
    sid = group.session("a1", "asha", datetime(2026, 3, 2, 10, tzinfo=UTC))
    row = own_changes(group.ws)[-1][0]
    ws = _tamper(group, "DROP TRIGGER changes_no_update",
                 "UPDATE changes SET envelope = replace(envelope, 'session.created', "
                 "'session.updated') WHERE device = ? AND seq = ?",
                 params=(row.device, row.seq))
    problems = change_problems(ws)
    # The altered change is named; the record it carried is then not vouched for.
    assert problems == [f"laptop {row.device[:8]}: change {row.seq} was altered after it was "
                        "made", f"session {sid} is not in this laptop's change log"]


def test_a_deleted_change_is_named(group: Group) -> None:
    group.session("a1", "asha", datetime(2026, 3, 2, 10, tzinfo=UTC))
    group.session("a1", "asha", datetime(2026, 3, 3, 10, tzinfo=UTC))
    row = own_changes(group.ws)[-2][0]
    ws = _tamper(group, "DROP TRIGGER changes_no_delete",
                 "DELETE FROM changes WHERE device = ? AND seq = ?",
                 params=(row.device, row.seq))
    problems = change_problems(ws)
    assert any(f"change {row.seq} of a laptop is missing" in p for p in problems), problems


def test_altered_kept_content_is_named(group: Group) -> None:
    sid = group.session("a1", "asha", datetime(2026, 3, 2, 10, tzinfo=UTC))
    row = own_changes(group.ws)[-1][0]
    ws = _tamper(group, "DROP TRIGGER change_content_no_update",
                 "UPDATE change_content SET content = replace(content, 'Talked', 'Walked') "
                 "WHERE record_id = ?", params=(sid,))
    problems = change_problems(ws)
    assert problems == [f"laptop {row.device[:8]}: the content change {row.seq} keeps of "
                        f"session {sid} was altered"]
    assert "Talked" not in " ".join(problems) and "Walked" not in " ".join(problems)


def test_a_record_changed_outside_peerdesk_is_named_by_the_change_log(group: Group) -> None:
    sid = group.session("a1", "asha", datetime(2026, 3, 2, 10, tzinfo=UTC))
    ws = _tamper(group, "UPDATE sessions SET duration_minutes = 90 WHERE id = ?",
                 params=(sid,))
    assert change_problems(ws) == [f"session {sid} differs from its latest change"]
    assert not ws.verify().ok


def test_a_forged_signature_is_named(group: Group) -> None:
    sid = group.session("a1", "asha", datetime(2026, 3, 2, 10, tzinfo=UTC))
    row = own_changes(group.ws)[-1][0]
    ws = _tamper(group, "DROP TRIGGER changes_no_update",
                 "UPDATE changes SET signature = ? WHERE device = ? AND seq = ?",
                 params=("A" * 86 + "==", row.device, row.seq))
    assert change_problems(ws) == [
        f"laptop {row.device[:8]}: change {row.seq} has an invalid signature",
        f"session {sid} is not in this laptop's change log"]


# -- the upgrade of an existing vault ------------------------------------------------------
def test_the_saved_v1_vault_gets_a_device_and_a_baseline_of_every_record(
        tmp_path: Path) -> None:
    info = json.loads((FIXTURES / "vault_v1.json").read_text("utf-8"))
    folder = tmp_path / "v1"
    shutil.copytree(FIXTURES / "vault_v1", folder)
    ws = open_vault(folder, info["user"], info["passphrase"])
    report = ws.verify()
    assert report.ok, report.lines()
    changes = own_changes(ws)
    # the baseline, then the keys of every live login and of the recovery key (key.added)
    actions = [env["action"] for _, env in changes]
    keys = actions.index("key.added")
    assert keys > 0 and set(actions[:keys]) == {BASELINE_ACTION}
    assert set(actions[keys:]) == {"key.added"}
    assert all(env["details"]["key_id"] for _, env in changes[keys:])
    baseline: dict[tuple[str, str], dict[str, Any]] = {}
    for row, env in changes[:keys]:
        assert all(r["base"] is None for r in env["records"])
        kept = change_queries.contents_of(ws.vault.db, row.device, row.seq)
        baseline.update((k, json.loads(v)) for k, v in kept.items())
    stored = {(spec.kind, rid): fields for spec in SPECS
              for rid, fields in content_table.contents(ws.vault.db, spec)}
    assert stored and baseline == stored
    assert any(e.action == "device.created" for e in ws.audit.recent(50))
    sid_before = len(changes)
    ws.lock()
    ws = open_vault(folder, info["user"], info["passphrase"])  # no second baseline
    assert len(own_changes(ws)) == sid_before
    assert ws.verify().ok
    ws.lock()


def test_every_audited_record_change_of_the_demo_has_its_changes(tmp_path: Path) -> None:
    """Across every kind (the demo writes them all in bulk), the changes list exactly the
    records each audit event vouches for, in order, with its action, at most 1,000 a change."""
    from peerdesk.services.demo import make_demo
    from peerdesk.storage import audit_table

    folder = tmp_path / "demo"
    make_demo(folder, scale="small", seed=5, passphrase="change log demo passphrase")
    ws = open_vault(folder, "coordinator", "change log demo passphrase")
    # group actions (key.added: the logins' keys) list no record and carry no content
    changes = [env for _, env in own_changes(ws) if env["records"]]
    content = {}
    for seq, kind, rid, digest in content_table.iter_rows(ws.vault.db):
        content.setdefault(seq, []).append({"kind": kind, "id": rid, "after": digest})
    events = {int(e["seq"]): e for e in audit_table.iter_events(ws.vault.db)}
    assert len(content) > 10 and len(changes) > len(content)  # some span several changes
    for seq in sorted(content):
        logged: list[dict[str, Any]] = []
        while len(logged) < len(content[seq]):
            change = changes.pop(0)
            assert change["action"] == events[seq]["action"]
            assert 0 < len(change["records"]) <= MAX_RECORDS_PER_CHANGE
            logged.extend({k: r[k] for k in ("kind", "id", "after")} for r in change["records"])
        assert logged == content[seq], seq
    assert changes == []
    assert {env["action"] for _, env in own_changes(ws)} >= {"demo.generated"}
    report = ws.verify()
    assert report.changes.ok and report.changes.changes == len(own_changes(ws))
    ws.lock()


def test_a_change_naming_another_author_than_its_key_is_named(group: Group) -> None:
    """A member with the database key and their own signing key forges a change in the
    coordinator's name: the signature verifies, but the key is not the author's."""
    from peerdesk.vault.audit_chain import key_id
    from peerdesk.vault.change_log import Author, ChangeWriter

    sid = group.session("a1", "asha", datetime(2026, 3, 2, 10, tzinfo=UTC))
    ws = group.login("asha")
    vault = ws.vault
    own = change_queries.self_device(vault.db)
    assert own is not None
    forged = Author(group.id("coord"), key_id(vault._slot.sign_public), vault.keys.signing_key)
    digest = current_digest(ws, "session", sid)
    with vault.db.transaction():
        writer = ChangeWriter(vault.db, group=vault.vault_id, device=own, author=forged,
                              action="session.updated")
        writer.add(("session", sid, digest, None))
        writer.flush()
    seq = own_changes(ws)[-1][0].seq
    assert change_problems(ws) == [
        f"laptop {own[:8]}: change {seq} names an author whose key did not sign it"]
