"""Restore is the coordinator's: same vault only, no silent rollback, files kept, modes tight,
and a crash between its renames never leaves a folder that does not open."""

from __future__ import annotations

import json
import os
import shutil
import stat
import uuid
import zipfile
from pathlib import Path

import pytest
from core_support import (
    HERE,
    PASSPHRASE,
    assert_one_line_error,
    cli_env,
    make_vault,
    run_cli,
    run_py,
)

from peerdesk.storage import vault_tables
from peerdesk.vault.layout import iso, utc_now
from peerdesk.vault.vault import Vault

BOB_PW = "bob's own passphrase"
ANA_PW = "ana's own passphrase"
KILLER = HERE / "restore_killer.py"


def add_member(vault: Vault, username: str, passphrase: str, roles: tuple[str, ...]) -> str:
    member_id = uuid.uuid4().hex
    with vault.write("member.added", "member", member_id, {"member_id": member_id}) as db:
        vault_tables.insert_member(db, member_id=member_id, display_name=username.title(),
                                   roles=roles, now=iso(utc_now()), by=vault.account_id)
    return vault.add_account(member_id, username, passphrase)


class Group:
    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.folder = tmp / "vault"
        vault, self.recovery = make_vault(self.folder)
        add_member(vault, "bob", BOB_PW, ("advisor",))
        self.ana = add_member(vault, "ana", ANA_PW, ("coordinator",))
        vault.save_draft("mark", "backup")
        vault.close()
        self.backup = tmp / "group.pdbk"
        r = run_cli("backup", "--vault", str(self.folder), "--user", "coord", "-o",
                    str(self.backup), env=cli_env(PEERDESK_PASSPHRASE=PASSPHRASE))
        assert r.returncode == 0, r.stderr


@pytest.fixture
def group(tmp_path: Path) -> Group:
    return Group(tmp_path)


def state(folder: Path) -> dict[str, bytes | None]:
    """Every file and folder under ``folder`` (the lock file by name only: it holds a pid)."""
    return {
        str(p.relative_to(folder)): (None if p.is_dir() or p.name == "peerdesk.lock"
                                     else p.read_bytes())
        for p in sorted(folder.rglob("*"))
    }


def restore(backup: Path, folder: Path, *, user: str = "coord", pw: str = PASSPHRASE,
            recovery: str | None = None):  # type: ignore[no-untyped-def]
    if recovery is not None:
        return run_cli("restore", str(backup), "--vault", str(folder), "--recovery",
                       env=cli_env(PEERDESK_RECOVERY_KEY=recovery))
    return run_cli("restore", str(backup), "--vault", str(folder), "--user", user,
                   env=cli_env(PEERDESK_PASSPHRASE=pw))


def draft(folder: Path) -> str | None:
    vault = Vault.unlock(folder, "coord", PASSPHRASE)
    try:
        return vault.load_draft("mark")
    finally:
        vault.close()


def set_draft(folder: Path, text: str) -> None:
    vault = Vault.unlock(folder, "coord", PASSPHRASE)
    try:
        vault.save_draft("mark", text)
    finally:
        vault.close()


def refused(r, code: int, folder: Path, before: dict[str, bytes | None]) -> str:  # type: ignore[no-untyped-def]
    assert r.returncode == code, (r.returncode, r.stderr)
    assert_one_line_error(r.stderr)
    assert state(folder) == before
    return str(r.stderr)


def test_a_coordinator_restores_a_backup_with_only_housekeeping_since(group: Group) -> None:
    set_draft(group.folder, "live")  # drafts are not record changes
    r = restore(group.backup, group.folder)
    assert r.returncode == 0, r.stderr
    assert draft(group.folder) == "backup"
    assert [p for p in group.folder.iterdir() if p.name.startswith("replaced-")]


def test_an_advisor_may_not_restore(group: Group) -> None:
    before = state(group.folder)
    err = refused(restore(group.backup, group.folder, user="bob", pw=BOB_PW), 6,
                  group.folder, before)
    assert "coordinator" in err


def test_an_advisor_may_not_make_a_backup(group: Group) -> None:
    out = group.tmp / "bob.pdbk"
    r = run_cli("backup", "--vault", str(group.folder), "--user", "bob", "-o", str(out),
                env=cli_env(PEERDESK_PASSPHRASE=BOB_PW))
    assert r.returncode == 6, r.stderr
    assert_one_line_error(r.stderr)
    assert not out.exists()


def test_a_removed_coordinator_may_not_restore_their_old_backup(group: Group) -> None:
    vault = Vault.unlock(group.folder, "coord", PASSPHRASE)
    try:
        vault.remove_account(group.ana)
    finally:
        vault.close()
    before = state(group.folder)
    refused(restore(group.backup, group.folder, user="ana", pw=ANA_PW), 3, group.folder, before)
    # Their recovery-free way back is closed too: the removal is newer than the backup.
    refused(restore(group.backup, group.folder), 6, group.folder, before)


def test_a_backup_of_another_vault_is_refused(group: Group) -> None:
    other = group.tmp / "other"
    vault, _ = make_vault(other, group="Another group")
    vault.close()
    out = group.tmp / "other.pdbk"
    r = run_cli("backup", "--vault", str(other), "--user", "coord", "-o", str(out),
                env=cli_env(PEERDESK_PASSPHRASE=PASSPHRASE))
    assert r.returncode == 0, r.stderr
    before = state(group.folder)
    err = refused(restore(out, group.folder), 4, group.folder, before)
    assert "another vault" in err


def test_an_older_backup_needs_the_recovery_key(group: Group) -> None:
    vault = Vault.unlock(group.folder, "coord", PASSPHRASE)
    try:
        add_member(vault, "cy", "cy's own passphrase", ("advisor",))
        vault.save_draft("mark", "live")
    finally:
        vault.close()
    before = state(group.folder)
    err = refused(restore(group.backup, group.folder), 6, group.folder, before)
    assert "older" in err and "recovery" in err
    refused(restore(group.backup, group.folder, recovery="AAAA-" * 13 + "AAAA"), 3,
            group.folder, before)
    r = restore(group.backup, group.folder, recovery=group.recovery)
    assert r.returncode == 0, r.stderr
    assert group.recovery not in r.stdout + r.stderr
    assert draft(group.folder) == "backup"


def test_into_an_empty_folder_only_the_recovery_key_restores(group: Group) -> None:
    """With no vault to check against, a passphrase that opens the backup proves only that
    its holder had a login when the backup was made."""
    target = group.tmp / "new-laptop"
    for user, pw in (("bob", BOB_PW), ("ana", ANA_PW), ("coord", PASSPHRASE)):
        r = restore(group.backup, target, user=user, pw=pw)
        assert r.returncode == 6, r.stderr
        assert_one_line_error(r.stderr)
        assert "recovery key" in r.stderr
        assert not target.exists()
    target.mkdir()
    r = restore(group.backup, target)
    assert r.returncode == 6, r.stderr
    assert list(target.iterdir()) == []
    r = restore(group.backup, target, recovery=group.recovery)
    assert r.returncode == 0, r.stderr
    assert draft(target) == "backup"


def test_over_a_damaged_vault_only_the_recovery_key_restores(group: Group) -> None:
    (group.folder / "peerdesk.db").unlink()
    before = state(group.folder)
    err = refused(restore(group.backup, group.folder), 6, group.folder, before)
    assert "recovery" in err
    r = restore(group.backup, group.folder, recovery=group.recovery)
    assert r.returncode == 0, r.stderr
    assert draft(group.folder) == "backup"


def test_every_file_is_0600_and_every_folder_0700_after_restore(group: Group) -> None:
    os.chmod(group.folder, 0o755)
    for p in group.folder.iterdir():
        os.chmod(p, 0o644)
    old = os.umask(0o022)
    try:
        r = restore(group.backup, group.folder)
        assert r.returncode == 0, r.stderr
        fresh = group.tmp / "fresh"
        r = restore(group.backup, fresh, recovery=group.recovery)
        assert r.returncode == 0, r.stderr
    finally:
        os.umask(old)
    for folder in (group.folder, fresh):
        paths = [folder, *folder.rglob("*")]
        assert any(p.name.startswith("replaced-") for p in paths) or folder == fresh
        for p in paths:
            mode = stat.S_IMODE(p.lstat().st_mode)
            assert mode == (0o700 if p.is_dir() else 0o600), (p, oct(mode))


def test_the_clear_manifest_names_nobody_and_counts_nothing(group: Group) -> None:
    with zipfile.ZipFile(group.backup) as zf:
        assert zf.namelist() == ["manifest.json", "private.bin", "peerdesk.db"]
        manifest = json.loads(zf.read("manifest.json"))
        clear = zf.read("manifest.json") + zf.read("private.bin")
    assert manifest["format_version"] == 2
    assert "tables" not in manifest and "created_by" not in manifest
    for name in (b"coord", b"bob", b"ana", b"Tuesday", b"rows", b"drafts", b"members"):
        assert name not in clear, name
    assert all(s["username"] == "" for s in manifest["slots"])


@pytest.mark.slow
def test_kill_9_at_every_step_of_the_swap_leaves_a_vault_that_opens(group: Group) -> None:
    set_draft(group.folder, "live")
    pristine = group.tmp / "pristine"
    shutil.copytree(group.folder, pristine)
    killed_at: list[int] = []
    for step in range(1, 40):
        shutil.rmtree(group.folder)
        shutil.copytree(pristine, group.folder)
        r = run_py(KILLER, str(group.backup), str(group.folder), str(step),
                   env=cli_env(PEERDESK_PASSPHRASE=PASSPHRASE))
        assert "Traceback" not in r.stderr, r.stderr
        assert (group.folder / "keyslots.json").exists(), step
        assert draft(group.folder) in ("live", "backup"), step
        if r.returncode == 0:
            assert r.stdout.strip() == "RESTORED"
            assert draft(group.folder) == "backup"
            break
        assert r.returncode == -9, (step, r.returncode, r.stderr)
        killed_at.append(step)
    else:
        pytest.fail("the restore never finished")
    assert len(killed_at) >= 4, killed_at  # the harness did reach the swap
