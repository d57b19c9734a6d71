"""E5–E6: a passphrase change rewrites one slot, new before old, and never the database."""

from __future__ import annotations

import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from core_support import PASSPHRASE, add_user, cli_env, db_state, make_vault

from peerdesk.errors import WrongPassphrase
from peerdesk.vault.slotfile import SlotFile
from peerdesk.vault.vault import Vault

NEW = "a brand new passphrase"
BOB_PW = "bob's own passphrase"


def test_change_keeps_db_bytes_and_only_changes_one_login(vault_dir: Path) -> None:
    vault, recovery = make_vault(vault_dir)
    add_user(vault, "bob", BOB_PW)
    vault.close()
    vault = Vault.unlock(vault_dir, "coord", PASSPHRASE)
    try:
        before = db_state(vault_dir)
        assert before["peerdesk.db"] is not None
        vault.change_passphrase(PASSPHRASE, NEW)
        assert db_state(vault_dir) == before
    finally:
        vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, "coord", PASSPHRASE)
    Vault.unlock(vault_dir, "coord", NEW).close()
    Vault.unlock(vault_dir, "bob", BOB_PW).close()
    Vault.unlock_with_recovery(vault_dir, recovery).close()
    # The old slot is gone from the file, not just unusable.
    slots = SlotFile.load(vault_dir / "keyslots.json")
    assert len(slots.account_slots("coord")) == 1


def test_change_needs_the_current_passphrase(vault_dir: Path) -> None:
    vault, _ = make_vault(vault_dir)
    try:
        slots_before = (vault_dir / "keyslots.json").read_bytes()
        with pytest.raises(WrongPassphrase):
            vault.change_passphrase("not the passphrase", NEW)
        assert (vault_dir / "keyslots.json").read_bytes() == slots_before
    finally:
        vault.close()


def test_new_slot_is_saved_before_the_old_is_removed(
    vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, _ = make_vault(vault_dir)
    calls = {"n": 0}
    real_save = SlotFile.save

    def failing_save(self: SlotFile, path: Path) -> None:
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError(5, "simulated write failure")
        real_save(self, path)

    monkeypatch.setattr(SlotFile, "save", failing_save)
    with pytest.raises(OSError):
        vault.change_passphrase(PASSPHRASE, NEW)
    monkeypatch.setattr(SlotFile, "save", real_save)
    vault.close()
    assert calls["n"] == 2
    # Both slots are on disk; each passphrase opens its own copy of the vault.
    for i, pw in enumerate((PASSPHRASE, NEW)):
        copy = tmp_path / f"copy{i}"
        shutil.copytree(vault_dir, copy)
        Vault.unlock(copy, "coord", pw).close()


@pytest.mark.slow
def test_kill_9_during_cli_passwd_never_loses_the_login(vault_dir: Path) -> None:
    vault, _ = make_vault(vault_dir)
    vault.close()
    rng = random.Random(1234)
    current, other = PASSPHRASE, "second passphrase xyz"
    env = cli_env()
    # How long one `peerdesk passwd` takes here, to spread the kills across it.
    t0 = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "peerdesk", "passwd", "--vault", str(vault_dir), "--user",
         "coord"],
        env={**env, "PEERDESK_PASSPHRASE": current, "PEERDESK_NEW_PASSPHRASE": other},
        capture_output=True, text=True, timeout=60, check=False,
    )
    span = time.perf_counter() - t0
    assert done.returncode == 0, done.stderr
    current, other = other, current
    outcomes = {"old": 0, "new": 0}
    for _ in range(20):
        proc = subprocess.Popen(
            [sys.executable, "-m", "peerdesk", "passwd", "--vault", str(vault_dir), "--user",
             "coord"],
            env={**env, "PEERDESK_PASSPHRASE": current, "PEERDESK_NEW_PASSPHRASE": other},
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0.3 * span, 1.1 * span))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        opened = None
        for name, pw in (("new", other), ("old", current)):
            try:
                Vault.unlock(vault_dir, "coord", pw).close()
            except WrongPassphrase:
                continue
            opened = name
            break
        assert opened is not None, "neither the old nor the new passphrase opens the vault"
        outcomes[opened] += 1
        if opened == "new":
            current, other = other, current
    # The kills should have landed on both sides of the change at least once.
    print("passwd kill outcomes", outcomes)
    assert sum(outcomes.values()) == 20
