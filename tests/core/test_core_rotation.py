"""E7: removing an account rotates the data key; the removed slot opens nothing live."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from core_support import PASSPHRASE, add_user, make_vault

from peerdesk.crypto import keyslots
from peerdesk.errors import VaultDamaged, WrongPassphrase
from peerdesk.storage import audit_table
from peerdesk.storage.database import Database
from peerdesk.vault.audit_chain import verify_chain
from peerdesk.vault.slotfile import SlotFile
from peerdesk.vault.vault import Vault

BOB_PW = "bob's own passphrase"
CAROL_PW = "carol's own passphrase"


def test_remove_account_rotates_the_data_key(vault_dir: Path, tmp_path: Path) -> None:
    vault, recovery = make_vault(vault_dir)
    bob = add_user(vault, "bob", BOB_PW)
    add_user(vault, "carol", CAROL_PW)
    vault.close()
    saved_slots = (vault_dir / "keyslots.json").read_bytes()
    # Bob's old key, as a departing member holding a copy of keyslots.json would have it.
    bob_slot = SlotFile.from_bytes(saved_slots).account_slots("bob")[0]
    bob_old_key = bytes(keyslots.open_slot(bob_slot, BOB_PW.encode()).data_key)
    Database.open(vault_dir / "peerdesk.db", bob_old_key).close()  # it did open the DB

    vault = Vault.unlock(vault_dir, "coord", PASSPHRASE)
    epoch_before = vault.slot_file.key_epoch
    vault.remove_account(bob)
    assert vault.slot_file.key_epoch == epoch_before + 1
    report = verify_chain(audit_table.iter_events(vault.db), vault.vault_id)
    assert report.ok, report.problems
    # Still open: the main file is already wholly under the new key (no old-key pages wait
    # for a checkpoint), so the integrity check passes and a backup can be made at once.
    assert vault.db.integrity_problems() == []
    snapshot_copy = tmp_path / "main-file-only"
    snapshot_copy.mkdir()
    shutil.copy2(vault_dir / "peerdesk.db", snapshot_copy / "peerdesk.db")
    with pytest.raises(VaultDamaged):
        Database.open(snapshot_copy / "peerdesk.db", bob_old_key)
    from peerdesk.vault.backup import make_backup

    make_backup(vault, tmp_path / "after-removal.pdbk")
    vault.close()

    # The old key no longer opens the live database (SQLCipher keeps its salt on rekey, so
    # the first 16 bytes may stay the same; the key is what changed).
    with pytest.raises(VaultDamaged):
        Database.open(vault_dir / "peerdesk.db", bob_old_key)

    # Putting the old key file back does not let Bob in either.
    replay = tmp_path / "replay"
    shutil.copytree(vault_dir, replay)
    (replay / "keyslots.json").write_bytes(saved_slots)
    with pytest.raises((VaultDamaged, WrongPassphrase)):
        Vault.unlock(replay, "bob", BOB_PW).close()

    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, "bob", BOB_PW)
    for user, pw in (("coord", PASSPHRASE), ("carol", CAROL_PW)):
        v = Vault.unlock(vault_dir, user, pw)
        assert v.slot_file.key_epoch == epoch_before + 1
        report = verify_chain(audit_table.iter_events(v.db), v.vault_id)
        assert report.ok, report.problems
        v.close()
    v = Vault.unlock_with_recovery(vault_dir, recovery)
    v.close()
    slots = SlotFile.load(vault_dir / "keyslots.json")
    assert {s.key_epoch for s in slots.slots} == {epoch_before + 1}
    assert not slots.account_slots("bob")


def test_removed_account_events_after_removal_are_rejected(vault_dir: Path) -> None:
    """A removed member's signing key cannot add to the chain afterwards."""
    from peerdesk.vault.audit_chain import seal_event

    vault, _ = make_vault(vault_dir)
    bob = add_user(vault, "bob", BOB_PW)
    vault.close()
    bob_vault = Vault.unlock(vault_dir, "bob", BOB_PW)
    bob_signing, bob_public = bob_vault.keys.signing_key, bob_vault._slot.sign_public
    bob_vault.close()
    vault = Vault.unlock(vault_dir, "coord", PASSPHRASE)
    vault.remove_account(bob)
    seq, prev = vault.audit_head()
    forged = seal_event(
        seq=seq + 1, at="2030-01-01T00:00:00.000000Z", actor=bob, signing_key=bob_signing,
        sign_public=bob_public, action="record.deleted", target_kind="session",
        target_id="x", details={}, prev_hash=prev,
    )
    with vault.db.transaction():
        audit_table.append(vault.db, forged)
    report = verify_chain(audit_table.iter_events(vault.db), vault.vault_id)
    vault.close()
    assert not report.ok
    assert any("removed" in p for p in report.problems), report.problems


def _crash(vault: Vault) -> None:
    """What a kill leaves: the connection and the lock go away, nothing else runs."""
    vault._db.close()  # type: ignore[union-attr]
    vault._lock.release()


@pytest.mark.parametrize("crash_at", ["before-slot-save", "before-rekey", "after-rekey"])
def test_interrupted_rotation_recovers(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch, crash_at: str
) -> None:
    from peerdesk.storage import vault_tables
    from peerdesk.vault.verify import verify_vault

    vault, recovery = make_vault(vault_dir)
    bob = add_user(vault, "bob", BOB_PW)
    add_user(vault, "carol", CAROL_PW)
    real_rekey, real_save = vault_tables.rekey, SlotFile.save

    class Crash(Exception):
        pass

    def rekey(db: Database, key: bytes) -> None:
        if crash_at == "after-rekey":
            real_rekey(db, key)
        raise Crash

    def save(self: SlotFile, path: Path) -> None:
        raise Crash

    bob_slot = SlotFile.load(vault_dir / "keyslots.json").account_slots("bob")[0]
    bob_key = bytes(keyslots.open_slot(bob_slot, BOB_PW.encode()).data_key)
    if crash_at == "before-slot-save":
        monkeypatch.setattr(SlotFile, "save", save)
    else:
        monkeypatch.setattr(vault_tables, "rekey", rekey)
    with pytest.raises(Crash):
        vault.remove_account(bob)
    _crash(vault)
    monkeypatch.setattr(vault_tables, "rekey", real_rekey)
    monkeypatch.setattr(SlotFile, "save", real_save)

    for user, pw in (("coord", PASSPHRASE), ("carol", CAROL_PW)):
        v = Vault.unlock(vault_dir, user, pw)
        try:
            report = verify_vault(v)
            assert report.ok, report.lines()
            epochs = {s.key_epoch for s in v.slot_file.slots}
            assert epochs == {v.slot_file.key_epoch}, epochs
            assert len({s.slot_id for s in v.slot_file.slots}) == len(v.slot_file.slots)
        finally:
            v.close()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, "bob", BOB_PW)
    # The interrupted removal was finished: Bob's key no longer opens the database.
    with pytest.raises(VaultDamaged):
        Database.open(vault_dir / "peerdesk.db", bob_key)
    assert not SlotFile.load(vault_dir / "keyslots.json").account_slots("bob")
    Vault.unlock_with_recovery(vault_dir, recovery).close()
    # A later rotation works normally.
    v = Vault.unlock(vault_dir, "coord", PASSPHRASE)
    v.rotate_data_key()
    assert verify_vault(v).ok
    v.close()
    Vault.unlock(vault_dir, "carol", CAROL_PW).close()


REMOVER = """
import sys
from pathlib import Path
from peerdesk.vault.vault import Vault
v = Vault.unlock(Path(sys.argv[1]), "coord", sys.argv[2])
print("READY", flush=True)
v.remove_account(sys.argv[3])
print("DONE", flush=True)
v.close()
"""


@pytest.mark.slow
def test_kill_9_during_account_removal(tmp_path: Path) -> None:
    import random
    import signal
    import subprocess
    import sys

    from core_support import cli_env

    from peerdesk.vault.verify import verify_vault

    script = tmp_path / "remover.py"
    script.write_text(REMOVER, "utf-8")
    rng = random.Random(77)
    outcomes = {"done": 0, "not-done": 0}
    for run in range(10):
        folder = tmp_path / f"v{run}"
        vault, recovery = make_vault(folder)
        bob = add_user(vault, "bob", BOB_PW)
        add_user(vault, "carol", CAROL_PW)
        vault.close()
        proc = subprocess.Popen(
            [sys.executable, str(script), str(folder), PASSPHRASE, bob], env=cli_env(),
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "READY"
        proc.send_signal(signal.SIGKILL) if rng.random() < 0.2 else None
        if proc.poll() is None:
            import time

            time.sleep(rng.uniform(0.0, 0.06))
            proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate(timeout=30)
        for user, pw in (("coord", PASSPHRASE), ("carol", CAROL_PW)):
            v = Vault.unlock(folder, user, pw)
            try:
                report = verify_vault(v)
                assert report.ok, "\n".join(report.lines())
                assert {s.key_epoch for s in v.slot_file.slots} == {v.slot_file.key_epoch}
                removed = v.slot_file.key_epoch > 0
            finally:
                v.close()
        Vault.unlock_with_recovery(folder, recovery).close()
        if "DONE" in out:
            assert removed
        if removed:
            with pytest.raises(WrongPassphrase):
                Vault.unlock(folder, "bob", BOB_PW)
        outcomes["done" if removed else "not-done"] += 1
    print("removal kill outcomes", outcomes)
    assert sum(outcomes.values()) == 10
