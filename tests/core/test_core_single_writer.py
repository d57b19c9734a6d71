"""R5: one writer per vault; a crashed holder's lock is recovered at once."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from core_support import PASSPHRASE, assert_one_line_error, cli_env, make_vault, run_cli

from peerdesk.errors import VaultAlreadyOpen
from peerdesk.storage.database import Database
from peerdesk.vault.lockfile import VaultLock
from peerdesk.vault.vault import Vault

HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from peerdesk.vault.vault import Vault
    v = Vault.unlock(Path(sys.argv[1]), "coord", sys.argv[2])
    print("OPEN", flush=True)
    time.sleep(120)
    """
)


def test_second_unlock_in_the_same_process_is_refused(vault_dir: Path) -> None:
    vault, _ = make_vault(vault_dir)
    try:
        with pytest.raises(VaultAlreadyOpen) as err:
            Vault.unlock(vault_dir, "coord", PASSPHRASE)
        assert "already open" in str(err.value)
        assert err.value.exit_code == 5
        # Bypassing the lock file does not help: SQLCipher's exclusive lock refuses too.
        with pytest.raises(VaultAlreadyOpen):
            Database.open(vault_dir / "peerdesk.db", vault.keys.data_key)
        assert vault.is_open
        vault.load_draft("x")  # the first holder still works
    finally:
        vault.close()
    Vault.unlock(vault_dir, "coord", PASSPHRASE).close()


def _start_holder(tmp_path: Path, vault_dir: Path) -> subprocess.Popen[str]:
    script = tmp_path / "holder.py"
    script.write_text(HOLDER, "utf-8")
    proc = subprocess.Popen(
        [sys.executable, str(script), str(vault_dir), PASSPHRASE], env=cli_env(),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert line.strip() == "OPEN", proc.stderr.read() if proc.stderr else ""
    return proc


def test_second_process_is_refused_and_a_killed_holder_is_recovered(
    vault_dir: Path, tmp_path: Path
) -> None:
    vault, _ = make_vault(vault_dir)
    vault.close()
    proc = _start_holder(tmp_path, vault_dir)
    try:
        r = run_cli("verify", "--vault", str(vault_dir), "--user", "coord",
                    env=cli_env(PEERDESK_PASSPHRASE=PASSPHRASE))
        assert r.returncode == 5, r.stderr
        assert_one_line_error(r.stderr)
        assert "already open" in r.stderr
        with pytest.raises(VaultAlreadyOpen):
            Vault.unlock(vault_dir, "coord", PASSPHRASE)
        # Even with the lock file deleted, the database's own exclusive lock refuses.
        (vault_dir / "peerdesk.lock").unlink()
        with pytest.raises(VaultAlreadyOpen):
            Vault.unlock(vault_dir, "coord", PASSPHRASE)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        for stream in (proc.stdout, proc.stderr):
            if stream:
                stream.close()
    # The lock file is still there (a stale one), yet a new unlock succeeds at once.
    start = time.monotonic()
    v = Vault.unlock(vault_dir, "coord", PASSPHRASE)
    assert time.monotonic() - start < 5
    assert v.db.integrity_problems() == []
    v.close()


def test_stale_lock_file_is_not_an_obstacle(vault_dir: Path) -> None:
    vault, _ = make_vault(vault_dir)
    vault.close()
    (vault_dir / "peerdesk.lock").write_text("999999\n")
    Vault.unlock(vault_dir, "coord", PASSPHRASE).close()
    lock = VaultLock(vault_dir / "peerdesk.lock")
    lock.acquire()
    try:
        assert lock.held
        with pytest.raises(VaultAlreadyOpen):
            VaultLock(vault_dir / "peerdesk.lock").acquire()
    finally:
        lock.release()
