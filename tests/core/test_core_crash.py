"""R1, R2, R4: kill -9 at random moments and a full disk never break the vault."""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from core_support import HERE, PASSPHRASE, assert_one_line_error, cli_env, make_vault, run_cli

from peerdesk.storage import audit_table
from peerdesk.vault.audit_chain import verify_chain
from peerdesk.vault.vault import Vault

WRITER = HERE / "crash_writer.py"
ROWS = 12


def _check(folder: Path, run_id: str, acked: set[int]) -> Counter[int]:
    """Vault opens, passes every check; ACKed txns complete, no txn partial."""
    vault = Vault.unlock(folder, "coord", PASSPHRASE)
    try:
        assert vault.db.integrity_problems() == []
        report = verify_chain(audit_table.iter_events(vault.db), vault.vault_id)
        assert report.ok, report.problems
        rows = vault.db.query(
            "SELECT key FROM drafts WHERE key LIKE ?", (f"{run_id}-%",)
        )
        per_txn: Counter[int] = Counter(int(str(r[0]).split("-")[1]) for r in rows)
        batches = vault.db.query(
            "SELECT target_id FROM audit_events WHERE action = 'test.batch' AND target_id LIKE ?",
            (f"{run_id}-%",),
        )
        audited = {int(str(r[0]).split("-")[1]) for r in batches}
    finally:
        vault.close()
    partial = {t: n for t, n in per_txn.items() if n != ROWS}
    assert not partial, f"partially applied transactions: {partial}"
    missing = acked - set(per_txn)
    assert not missing, f"acknowledged transactions lost: {sorted(missing)}"
    # Each committed batch has exactly its audit event, and no event without its rows.
    assert audited == set(per_txn)
    return per_txn


@pytest.mark.slow
def test_kill_9_at_random_moments(vault_dir: Path) -> None:
    vault, _ = make_vault(vault_dir)
    vault.close()
    rng = random.Random(20261122)
    env = cli_env()
    total_acked = 0
    runs = 20
    for run in range(runs):
        run_id = f"r{run}"
        proc = subprocess.Popen(
            [sys.executable, str(WRITER), str(vault_dir), PASSPHRASE, run_id, str(ROWS)],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        assert proc.stdout is not None
        if run % 4 == 0:
            # Kill during start-up and unlock (its audit writes) as well.
            time.sleep(rng.uniform(0.0, 0.6))
        else:
            assert proc.stdout.readline().strip() == "READY"
            time.sleep(rng.uniform(0.0, 0.35))
        proc.send_signal(signal.SIGKILL)
        out, err = proc.communicate(timeout=30)
        assert "Traceback" not in err, err
        acked = {int(line.split()[1]) for line in out.splitlines() if line.startswith("ACK ")}
        total_acked += len(acked)
        _check(vault_dir, run_id, acked)
    assert total_acked > 0, "no transaction was ever acknowledged; the harness is broken"


@pytest.mark.slow
def test_kill_9_during_record_writes_keeps_the_change_log_whole(vault_dir: Path) -> None:
    """Each committed write that adds a record has exactly its change; verify stays clean."""
    from peerdesk.storage import change_queries
    from peerdesk.vault.verify import verify_vault

    vault, _ = make_vault(vault_dir)
    vault.close()
    rng = random.Random(20261206)
    logged_members = 0
    for run in range(8):
        run_id = f"m{run}"
        proc = subprocess.Popen(
            [sys.executable, str(WRITER), str(vault_dir), PASSPHRASE, run_id, "2", "--member"],
            env=cli_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "READY"
        time.sleep(rng.uniform(0.0, 0.3))
        proc.send_signal(signal.SIGKILL)
        _out, err = proc.communicate(timeout=30)
        assert "Traceback" not in err, err
        vault = Vault.unlock(vault_dir, "coord", PASSPHRASE)
        try:
            report = verify_vault(vault)
            assert report.ok, report.lines()
            own = change_queries.self_device(vault.db)
            assert own is not None
            logged = [json.loads(c.envelope or "{}")["records"]
                      for c in change_queries.iter_changes(vault.db, own)]
            members = {r["id"] for records in logged for r in records
                       if r["id"].startswith(f"{run_id}-")}
            stored = vault.db.query("SELECT id FROM members WHERE id LIKE ?", (f"{run_id}-%",))
            assert members == {str(r[0]) for r in stored}
            logged_members += len(members)
        finally:
            vault.close()
    assert logged_members > 0, "no write was ever committed; the harness is broken"


@pytest.mark.slow
def test_disk_full_is_a_clean_error_and_the_vault_survives(vault_dir: Path) -> None:
    vault, _ = make_vault(vault_dir)
    vault.close()
    proc = subprocess.run(
        [sys.executable, str(WRITER), str(vault_dir), PASSPHRASE, "full", str(ROWS),
         "--fsize-extra", "150000", "--payload", "4000"],
        env=cli_env(), capture_output=True, text=True, timeout=60, check=False,
    )
    lines = proc.stdout.splitlines()
    errors = [ln for ln in lines if ln.startswith("ERR ")]
    assert errors == ["ERR StorageFull: The disk is full or not writable. Nothing was saved; "
                      "free some space and try again."], (proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr
    acked = {int(ln.split()[1]) for ln in lines if ln.startswith("ACK ")}
    assert acked, "the limit was hit before any write: the test is not testing anything"
    per_txn = _check(vault_dir, "full", acked)
    assert set(per_txn) - acked == set()


def test_init_on_a_full_disk_is_one_line_and_leaves_nothing(tmp_path: Path) -> None:
    import resource

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (30_000, resource.RLIM_INFINITY))

    folder = tmp_path / "vault"
    proc = subprocess.run(
        [sys.executable, "-m", "peerdesk", "init", "--vault", str(folder), "--group", "G",
         "--user", "coord"],
        env=cli_env(PEERDESK_PASSPHRASE=PASSPHRASE), capture_output=True, text=True,
        timeout=60, check=False, preexec_fn=limit,
    )
    assert proc.returncode != 0
    assert_one_line_error(proc.stderr)
    assert "disk is full" in proc.stderr
    leftovers = [p.name for p in folder.iterdir()] if folder.exists() else []
    assert "peerdesk.db" not in leftovers and "keyslots.json" not in leftovers, leftovers
    # And a retry with room succeeds.
    r = run_cli("init", "--vault", str(folder), "--group", "G", "--user", "coord",
                env=cli_env(PEERDESK_PASSPHRASE=PASSPHRASE))
    assert r.returncode == 0, r.stderr
