"""Schema upgrades: latest on create, a saved v1 vault upgrades, newer or failed refused."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from core_support import HERE, PASSPHRASE, assert_one_line_error, cli_env, make_vault, run_cli

from peerdesk.errors import VaultTooNew
from peerdesk.storage import audit_table, connection, migrate, vault_tables
from peerdesk.vault.audit_chain import verify_chain
from peerdesk.vault.vault import Vault

FIXTURE = HERE / "fixtures" / "vault_v1"
FIXTURE_INFO = json.loads((HERE / "fixtures" / "vault_v1.json").read_text("utf-8"))


def _raw_key(folder: Path, user: str = "coord", pw: str = PASSPHRASE) -> bytes:
    vault = Vault.unlock(folder, user, pw)
    key = bytes(vault.keys.data_key)
    vault.close()
    return key


def _user_version(folder: Path, key: bytes) -> int:
    conn = connection.connect(folder / "peerdesk.db", key)
    try:
        return migrate.schema_version(conn)
    finally:
        conn.close()


def test_migrations_are_numbered_without_gaps() -> None:
    steps = migrate.migrations()
    assert [m.number for m in steps] == list(range(1, len(steps) + 1))
    assert migrate.latest_version() == len(steps) >= 1


def test_fresh_vault_is_at_the_latest_version(vault_dir: Path) -> None:
    vault, _ = make_vault(vault_dir)
    try:
        assert migrate.schema_version(vault.db.conn) == migrate.latest_version()
    finally:
        vault.close()


def test_saved_v1_vault_opens_and_upgrades(tmp_path: Path) -> None:
    folder = tmp_path / "v1"
    shutil.copytree(FIXTURE, folder)
    key = None
    info = FIXTURE_INFO
    vault = Vault.unlock(folder, info["user"], info["passphrase"])
    try:
        assert vault.vault_id == info["vault_id"]
        assert migrate.schema_version(vault.db.conn) == migrate.latest_version()
        assert vault_tables.get_meta(vault.db, "group_name") == info["group_name"]
        assert vault.load_draft(info["draft_key"]) == info["draft_text"]
        report = verify_chain(audit_table.iter_events(vault.db), vault.vault_id)
        assert report.ok, report.problems
        assert vault.db.integrity_problems() == []
        key = bytes(vault.keys.data_key)
    finally:
        vault.close()
    assert _user_version(folder, key) == migrate.latest_version()
    # The recovery key recorded with the fixture still opens it after the upgrade.
    Vault.unlock_with_recovery(folder, info["recovery_key"]).close()
    # The fixture itself is never modified by the test suite.
    assert not (FIXTURE / "peerdesk.lock").exists()


def test_fixture_really_is_schema_1(tmp_path: Path) -> None:
    folder = tmp_path / "v1"
    shutil.copytree(FIXTURE, folder)
    from peerdesk.crypto import keyslots
    from peerdesk.vault.slotfile import SlotFile

    slot = SlotFile.load(folder / "keyslots.json").account_slots("coord")[0]
    key = keyslots.open_slot(slot, FIXTURE_INFO["passphrase"].encode()).data_key
    assert _user_version(folder, bytes(key)) == 1


def test_vault_from_a_newer_peerdesk_is_refused_untouched(vault_dir: Path) -> None:
    vault, _ = make_vault(vault_dir)
    vault.close()
    key = _raw_key(vault_dir)
    conn = connection.connect(vault_dir / "peerdesk.db", key)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = (vault_dir / "peerdesk.db").read_bytes()
    with pytest.raises(VaultTooNew) as err:
        Vault.unlock(vault_dir, "coord", PASSPHRASE)
    assert "newer version of peerdesk" in str(err.value)
    assert err.value.exit_code == 4
    # The refused unlock let go of the database (it can be opened again in this process).
    assert _user_version(vault_dir, key) == 99
    assert (vault_dir / "peerdesk.db").read_bytes() == before
    r = run_cli("verify", "--vault", str(vault_dir), "--user", "coord",
                env=cli_env(PEERDESK_PASSPHRASE=PASSPHRASE))
    assert r.returncode == 4
    assert_one_line_error(r.stderr)
    assert "newer version" in r.stderr
    assert (vault_dir / "peerdesk.db").read_bytes() == before


def test_failed_migration_leaves_the_old_version(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, _ = make_vault(vault_dir)
    vault.close()
    key = _raw_key(vault_dir)
    real = migrate.migrations()
    latest = len(real)
    broken = migrate.Migration(
        latest + 1, f"{latest + 1:04d}_broken.sql",
        "CREATE TABLE half_done (x INTEGER);\n"
        "INSERT INTO half_done VALUES (1);\n"
        "ALTER TABLE meta RENAME TO meta_old;\n"
        "INSERT INTO no_such_table VALUES (1);\n",
    )
    monkeypatch.setattr(migrate, "migrations", lambda: [*real, broken])
    with pytest.raises(Exception) as err:
        Vault.unlock(vault_dir, "coord", PASSPHRASE)
    assert "Traceback" not in str(err.value)
    monkeypatch.setattr(migrate, "migrations", lambda: real)
    conn = connection.connect(vault_dir / "peerdesk.db", key)
    try:
        assert migrate.schema_version(conn) == latest
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "half_done" not in names
        assert "meta" in names and "meta_old" not in names
    finally:
        conn.close()
    Vault.unlock(vault_dir, "coord", PASSPHRASE).close()


def test_backup_made_by_schema_1_restores_and_upgrades(tmp_path: Path) -> None:
    """Old backups must stay restorable: a later migration that rewrites an existing table
    changes its hash, and restore compares hashes against the (old) manifest."""
    from peerdesk.vault.backup import read_backup
    from peerdesk.vault.restore import restore_backup

    backup = HERE / "fixtures" / "backup_v1.pdbk"
    manifest = read_backup(backup).manifest
    assert manifest["schema_version"] == 1
    target = tmp_path / "restored"
    restore_backup(backup, target, "", FIXTURE_INFO["recovery_key"], recovery=True)
    vault = Vault.unlock(target, FIXTURE_INFO["user"], FIXTURE_INFO["passphrase"])
    try:
        assert migrate.schema_version(vault.db.conn) == migrate.latest_version()
        assert vault.load_draft(FIXTURE_INFO["draft_key"]) == FIXTURE_INFO["draft_text"]
        anchor = (int(manifest["audit_head"]["seq"]), str(manifest["audit_head"]["hash"]))
        report = verify_chain(audit_table.iter_events(vault.db), vault.vault_id, anchor)
        assert report.ok, report.problems
    finally:
        vault.close()


def test_a_format_1_backup_restores_over_its_schema_1_vault_with_a_passphrase(
    tmp_path: Path,
) -> None:
    """The coordinator is checked against the live (old-schema) vault without upgrading or
    writing it; the backup reaches beyond the live head, so no recovery key is needed."""
    target = tmp_path / "vault"
    shutil.copytree(FIXTURE, target)
    r = run_cli("restore", str(HERE / "fixtures" / "backup_v1.pdbk"), "--vault", str(target),
                "--user", FIXTURE_INFO["user"],
                env=cli_env(PEERDESK_PASSPHRASE=FIXTURE_INFO["passphrase"]))
    assert r.returncode == 0, r.stderr
    vault = Vault.unlock(target, FIXTURE_INFO["user"], FIXTURE_INFO["passphrase"])
    try:
        assert vault.load_draft(FIXTURE_INFO["draft_key"]) == FIXTURE_INFO["draft_text"]
        assert migrate.schema_version(vault.db.conn) == migrate.latest_version()
    finally:
        vault.close()
    kept = [p for p in target.iterdir() if p.name.startswith("replaced-")]
    assert (kept[0] / "peerdesk.db").read_bytes() == (FIXTURE / "peerdesk.db").read_bytes()
