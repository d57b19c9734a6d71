"""E5–E6: a passphrase change rewrites one slot, new before old, and enters the audit chain."""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from core_support import PASSPHRASE, add_user, cli_env, db_state, make_vault

from peerdesk.errors import WrongPassphrase
from peerdesk.storage import audit_table
from peerdesk.vault.slotfile import SlotFile
from peerdesk.vault.vault import Vault
from peerdesk.vault.verify import verify_vault

NEW = "a brand new passphrase"
BOB_PW = "bob's own passphrase"


def test_change_records_only_the_new_slot_and_only_changes_one_login(vault_dir: Path) -> None:
    vault, recovery = make_vault(vault_dir)
    add_user(vault, "bob", BOB_PW)
    vault.close()
    vault = Vault.unlock(vault_dir, "coord", PASSPHRASE)
    try:
        head = vault.audit_head()[0]
        vault.change_passphrase(PASSPHRASE, NEW)
        # The change enters the chain at once (so an old slot put back is refused from
        # then on), and that event is the only change to the database.
        events = [e for e in audit_table.iter_events(vault.db) if e["seq"] > head]
        assert [e["action"] for e in events] == ["account.passphrase_changed"]
        assert json.loads(events[0]["details"])["slot_id"] == (
            SlotFile.load(vault_dir / "keyslots.json").account_slots("coord")[0].slot_id)
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
    # Both slots are on disk, but the chain already records the new one as current: the
    # new passphrase opens, the old one is refused, and the new slot is never dropped.
    assert len(SlotFile.load(vault_dir / "keyslots.json").account_slots("coord")) == 2
    with pytest.raises(WrongPassphrase, match="replaced"):
        Vault.unlock(vault_dir, "coord", PASSPHRASE)
    assert len(SlotFile.load(vault_dir / "keyslots.json").account_slots("coord")) == 2
    Vault.unlock(vault_dir, "coord", NEW).close()
    # Opening with the new one tidies the replaced slot away.
    assert len(SlotFile.load(vault_dir / "keyslots.json").account_slots("coord")) == 1
    Vault.unlock(vault_dir, "coord", NEW).close()


def test_a_change_that_never_reached_the_chain_keeps_both_slots_usable(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A crash after the new slot was saved but before its event: nothing is lost."""
    vault, _ = make_vault(vault_dir)

    def crash(self: Vault, slot: object, reason: str) -> None:
        raise OSError(5, "simulated crash")

    monkeypatch.setattr(Vault, "_record_slot", crash)
    with pytest.raises(OSError):
        vault.change_passphrase(PASSPHRASE, NEW)
    monkeypatch.undo()
    monkeypatch.setenv("PEERDESK_KDF_PROFILE", "test")
    vault.close()
    # The old passphrase still opens and does not delete the unrecorded new slot, which
    # verify points out...
    vault = Vault.unlock(vault_dir, "coord", PASSPHRASE)
    report = verify_vault(vault)
    vault.close()
    assert report.ok
    assert any("not yet recorded in the audit chain" in w for w in report.warnings)
    assert len(SlotFile.load(vault_dir / "keyslots.json").account_slots("coord")) == 2
    # ...and the new one opens, is recorded, and the replaced slot is tidied away.
    Vault.unlock(vault_dir, "coord", NEW).close()
    assert len(SlotFile.load(vault_dir / "keyslots.json").account_slots("coord")) == 1
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, "coord", PASSPHRASE)
    Vault.unlock(vault_dir, "coord", NEW).close()


def test_an_old_slot_file_put_back_after_passwd_is_refused(vault_dir: Path) -> None:
    vault, _ = make_vault(vault_dir)
    vault.close()
    old_file = (vault_dir / "keyslots.json").read_bytes()
    env = {**cli_env(), "PEERDESK_PASSPHRASE": PASSPHRASE, "PEERDESK_NEW_PASSPHRASE": NEW}
    done = subprocess.run(
        [sys.executable, "-m", "peerdesk", "passwd", "--vault", str(vault_dir), "--user",
         "coord"], env=env, capture_output=True, text=True, timeout=60, check=False,
    )
    assert done.returncode == 0, done.stderr
    new_file = (vault_dir / "keyslots.json").read_bytes()
    (vault_dir / "keyslots.json").write_bytes(old_file)
    before = db_state(vault_dir)
    with pytest.raises(WrongPassphrase, match="replaced"):
        Vault.unlock(vault_dir, "coord", PASSPHRASE)
    assert db_state(vault_dir) == before
    assert (vault_dir / "keyslots.json").read_bytes() == old_file
    # The CLI says so in one line, exit code 3.
    out = subprocess.run(
        [sys.executable, "-m", "peerdesk", "verify", "--vault", str(vault_dir), "--user",
         "coord"], env=env, capture_output=True, text=True, timeout=60, check=False,
    )
    assert out.returncode == 3
    assert "replaced" in out.stderr and len(out.stderr.strip().splitlines()) == 1
    # Both slots side by side (the real new one kept): the new passphrase still opens and
    # the old slot is never taken for the current one.
    doc = json.loads(new_file)
    doc["slots"] += json.loads(old_file)["slots"][:1]
    (vault_dir / "keyslots.json").write_text(json.dumps(doc))
    with pytest.raises(WrongPassphrase, match="replaced"):
        Vault.unlock(vault_dir, "coord", PASSPHRASE)
    Vault.unlock(vault_dir, "coord", NEW).close()
    assert len(SlotFile.load(vault_dir / "keyslots.json").account_slots("coord")) == 1


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
