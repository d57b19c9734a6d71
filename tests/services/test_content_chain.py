"""Content in the audit chain: each change records the digest of the record's content, and
``peerdesk verify`` names every record changed, added or removed outside peerdesk."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlcipher3

from peerdesk.services.demo import make_demo
from peerdesk.services.workspace import Workspace, open_vault, open_vault_with_recovery
from peerdesk.storage.tables import SPECS
from tests.services.conftest import PASSPHRASES, Group

DEMO_PASS = "demo passphrase for the chain"
FIXTURES = Path(__file__).resolve().parents[1] / "core" / "fixtures"


def outside(folder: Path, key: bytes, sql: str, params: tuple[object, ...] = ()) -> None:
    """Change the database with the key but without peerdesk, as a member with tools could."""
    conn = sqlcipher3.connect(str(folder / "peerdesk.db"))
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("PRAGMA cipher_compatibility = 4")
        conn.execute(sql, params)
        conn.commit()
    finally:
        conn.close()


def lock_keeping_key(ws: Workspace) -> bytes:
    key = bytes(ws.vault.keys.data_key)
    ws.lock()
    return key


def content_problems(ws: Workspace) -> list[str]:
    report = ws.verify()
    assert report.chain.ok, report.chain.problems
    return report.content.problems


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    mp = pytest.MonkeyPatch()
    mp.setenv("PEERDESK_KDF_PROFILE", "test")
    folder = tmp_path_factory.mktemp("demo") / "v"
    make_demo(folder, scale="small", seed=3, passphrase=DEMO_PASS)
    yield folder
    mp.undo()


@pytest.fixture
def demo_copy(demo_vault: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "copy"
    shutil.copytree(demo_vault, folder)
    (folder / "peerdesk.lock").unlink(missing_ok=True)
    return folder


def test_a_session_summary_changed_outside_is_named(group: Group) -> None:
    ws = group.ws
    sid = group.session("a1", "asha", datetime(2026, 3, 2, 10, tzinfo=UTC))
    other = group.session("a1", "asha", datetime(2026, 3, 3, 10, tzinfo=UTC))
    assert content_problems(ws) == []
    key = lock_keeping_key(ws)
    outside(group.folder, key, "UPDATE sessions_text SET summary = ? WHERE id = ?",
            ("A quietly different account of the session.", sid))
    ws = group.login("coord")
    problems = content_problems(ws)
    assert problems == [f"session {sid} was changed outside peerdesk"]
    assert other not in " ".join(problems)
    assert not ws.verify().ok
    ws.lock()
    # The command line names it too, without the text, and exits 4.
    env = {k: v for k, v in os.environ.items() if not k.startswith("PEERDESK_")}
    env.update(PEERDESK_KDF_PROFILE="test", PEERDESK_PASSPHRASE=PASSPHRASES["coord"])
    out = subprocess.run([sys.executable, "-m", "peerdesk", "verify", "--vault",
                          str(group.folder), "--user", "coord"], env=env, capture_output=True,
                         text=True, timeout=120, check=False)
    assert out.returncode == 4, out.stderr
    assert "Record contents: FAILED (1 problems)" in out.stdout
    assert f"session {sid} was changed outside peerdesk" in out.stdout
    assert "quietly different" not in out.stdout + out.stderr


def test_an_edit_through_peerdesk_records_the_new_content(group: Group) -> None:
    ws = group.ws
    sid = group.session("a1", "asha", datetime(2026, 3, 2, 10, tzinfo=UTC))
    ws.sessions.update(sid, {"summary": "Corrected through the app."})
    ws.sessions.delete(sid)
    assert content_problems(ws) == []
    events = [e for e in ws.audit.recent(5) if e.target_id == sid]
    assert all(e.details["content_digests"]["records"] >= 1 for e in events)


def test_every_record_kind_is_covered_and_named(demo_copy: Path) -> None:
    ws = open_vault(demo_copy, "coordinator", DEMO_PASS)
    assert content_problems(ws) == []
    db = ws.ctx.db
    covered = {str(r[0]) for r in db.query("SELECT DISTINCT kind FROM audit_content")}
    targets: dict[str, str] = {}
    for spec in SPECS:
        row = db.query_one(f"SELECT id FROM {spec.table} ORDER BY id LIMIT 1")
        if row is not None:
            targets[spec.kind] = str(row[0])
    assert set(targets) <= covered
    # Every kind the demo makes, at least sessions, reflections, supervision and risk.
    assert {"member", "advisee", "session", "reflection", "agreement", "supervision_note",
            "escalation", "escalation_event", "disclosure"} <= set(targets)
    key = lock_keeping_key(ws)
    for spec in SPECS:
        if spec.kind not in targets:
            continue
        table, column = ((spec.text_table, spec.text_fields[0]) if spec.text_fields
                         else (spec.table, "updated_by"))
        for trigger in ("escalation_events_text_blank_only", "disclosures_text_blank_only",
                        "escalation_events_no_update", "disclosures_no_update"):
            outside(demo_copy, key, f"DROP TRIGGER IF EXISTS {trigger}")
        outside(demo_copy, key, f'UPDATE {table} SET "{column}" = "{column}" || \'!\' '
                "WHERE id = ?", (targets[spec.kind],))
    ws = open_vault(demo_copy, "coordinator", DEMO_PASS)
    problems = content_problems(ws)
    assert sorted(problems) == sorted(
        f"{kind} {rid} was changed outside peerdesk" for kind, rid in targets.items())
    ws.lock()


def test_records_added_or_removed_outside_are_named(group: Group) -> None:
    ws = group.ws
    sid = group.session("a1", "asha", datetime(2026, 3, 2, 10, tzinfo=UTC))
    ref = ws.referrals.create({"name": "Night helpline", "kind": "helpline"}).id
    key = lock_keeping_key(ws)
    outside(group.folder, key, "DELETE FROM referral_resources_text WHERE id = ?", (ref,))
    outside(group.folder, key, "DELETE FROM referral_resources WHERE id = ?", (ref,))
    outside(group.folder, key,
            "INSERT INTO referral_resources (id, created_at, created_by, updated_at, "
            "updated_by, name, kind) VALUES ('planted', 'x', 'x', 'x', 'x', 'Fake', 'clinic')")
    ws = group.login("coord")
    assert sorted(content_problems(ws)) == [
        f"referral_resource {ref} was removed outside peerdesk",
        "referral_resource planted is not in the audit chain (added outside peerdesk)",
    ]
    assert sid not in " ".join(content_problems(ws))


def test_altered_or_emptied_digest_rows_are_found(group: Group) -> None:
    ws = group.ws
    sid = group.session("a1", "asha", datetime(2026, 3, 2, 10, tzinfo=UTC))
    key = lock_keeping_key(ws)
    outside(group.folder, key, "DROP TRIGGER audit_content_no_update")
    outside(group.folder, key, "UPDATE sessions_text SET summary = 'changed' WHERE id = ?",
            (sid,))
    # Hiding the change by rewriting the recorded digest breaks that event's signed claim.
    outside(group.folder, key,
            "UPDATE audit_content SET digest = (SELECT digest FROM audit_content LIMIT 1) "
            "WHERE record_id = ?", (sid,))
    ws = group.login("coord")
    problems = content_problems(ws)
    assert any("content digests of event" in p and "were altered" in p for p in problems)
    # Its only recorded digest is no longer trusted, so the session is named too.
    assert f"session {sid} is not in the audit chain (added outside peerdesk)" in problems
    # Emptying the table makes the app record a fresh baseline, which verify refuses.
    key = lock_keeping_key(ws)
    outside(group.folder, key, "DROP TRIGGER audit_content_no_delete")
    outside(group.folder, key, "DELETE FROM audit_content")
    ws = group.login("coord")
    report = ws.verify()
    assert any("content again" in p for p in report.chain.problems)
    assert any("are missing" in p for p in report.content.problems)


def test_erasure_records_what_remains_and_restored_text_is_named(group: Group) -> None:
    ws = group.ws
    sid = group.session("b1", "bala", datetime(2026, 3, 2, 10, tzinfo=UTC))
    ws.erasure.erase_advisee(group.id("b1"), "consent_withdrawn")
    assert content_problems(ws) == []
    key = lock_keeping_key(ws)
    outside(group.folder, key, "UPDATE sessions_text SET summary = 'Talked it through.' "
            "WHERE id = ?", (sid,))
    ws = group.login("coord")
    assert content_problems(ws) == [f"session {sid} was changed outside peerdesk"]


def test_json_import_is_covered(group: Group, tmp_path: Path) -> None:
    from peerdesk.services.bulk_import import BulkImporter
    from peerdesk.services.exporter import Exporter
    from peerdesk.services.workspace import create_vault

    ws = group.ws
    group.session("a1", "asha", datetime(2026, 3, 2, 10, tzinfo=UTC))
    out = tmp_path / "export.json"
    Exporter(ws.ctx).export(out, "json")
    ws.lock()
    fresh, _ = create_vault(tmp_path / "fresh", group_name="G", username="coord",
                            display_name="Coord", passphrase=PASSPHRASES["coord"])
    BulkImporter(fresh.ctx).import_export(out.read_bytes())
    assert content_problems(fresh) == []
    fresh.lock()


def test_the_saved_v1_vault_gets_a_signed_baseline(tmp_path: Path) -> None:
    info = json.loads((FIXTURES / "vault_v1.json").read_text("utf-8"))
    folder = tmp_path / "v1"
    shutil.copytree(FIXTURES / "vault_v1", folder)
    ws = open_vault(folder, info["user"], info["passphrase"])
    baseline = [e for e in ws.audit.recent(50) if e.action == "vault.content_baseline"]
    assert len(baseline) == 1 and baseline[0].details["content_digests"]["records"] >= 1
    report = ws.verify()
    assert report.ok, report.lines()
    member = ws.actor.member_id
    key = lock_keeping_key(ws)
    outside(folder, key, "UPDATE members SET display_name = 'Someone else' WHERE id = ?",
            (member,))
    # Another unlock (here with the recovery key) adds no second baseline.
    ws = open_vault_with_recovery(folder, info["recovery_key"])
    assert [e.action for e in ws.audit.recent(50)].count("vault.content_baseline") == 1
    ws.lock()
    ws = open_vault(folder, info["user"], info["passphrase"])
    assert content_problems(ws) == [f"member {member} was changed outside peerdesk"]
    ws.lock()


def test_a_value_peerdesk_never_stores_is_a_mismatch(group: Group) -> None:
    """A real number (or bytes) where peerdesk stores text or integers cannot vouch."""
    sid = group.session("a1", "asha", datetime(2026, 3, 2, 10, tzinfo=UTC))
    key = lock_keeping_key(group.ws)
    outside(group.folder, key, "UPDATE sessions SET duration_minutes = 45.5 WHERE id = ?",
            (sid,))
    ws = group.login("coord")
    assert content_problems(ws) == [f"session {sid} was changed outside peerdesk"]
