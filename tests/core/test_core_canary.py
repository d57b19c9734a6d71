"""S3, S4, S9, E8: no plaintext on disk or in temp files; no secrets in stderr or errors."""

from __future__ import annotations

import textwrap
import traceback
from pathlib import Path

import pytest
from core_support import PASSPHRASE, cli_env, make_vault, run_cli, run_py

from peerdesk.errors import PeerdeskError, VaultAlreadyOpen, VaultDamaged, WrongPassphrase
from peerdesk.vault.vault import Vault

CANARY = "Zq7-CANARY-kestrel-4481-ünïcødé"


def _needles(*texts: str) -> list[bytes]:
    out = []
    for t in texts:
        out += [t.encode("utf-8"), t.encode("utf-16-le"), t.encode("utf-16-be")]
    return out


def _scan(folder: Path, needles: list[bytes]) -> list[str]:
    hits = []
    for path in sorted(Path(folder).rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            hits += [f"{path.name}: {n!r}" for n in needles if n in data]
    return hits


def test_canary_never_reaches_disk_in_plaintext(vault_dir: Path) -> None:
    vault, recovery = make_vault(vault_dir, group=CANARY)
    vault.save_draft("session-note", f"note text {CANARY} " * 50)
    # While open (WAL holds the writes) and after close.
    assert _scan(vault_dir, _needles(CANARY)) == []
    vault.close()
    files = sorted(p.name for p in vault_dir.iterdir())
    assert "peerdesk.db" in files and "keyslots.json" in files
    assert _scan(vault_dir, _needles(CANARY, recovery, PASSPHRASE)) == []
    db = (vault_dir / "peerdesk.db").read_bytes()
    assert b"SQLite format 3" not in db
    # The canary is really there for the right key.
    vault = Vault.unlock(vault_dir, "coord", PASSPHRASE)
    assert CANARY in (vault.load_draft("session-note") or "")
    dk_hex = vault.keys.data_key.hex()
    vault.close()
    assert _scan(vault_dir, [*_needles(dk_hex), bytes.fromhex(dk_hex)]) == []


def test_two_vaults_have_different_headers(tmp_path: Path) -> None:
    a, _ = make_vault(tmp_path / "a")
    b, _ = make_vault(tmp_path / "b")
    a.close()
    b.close()
    ha = (tmp_path / "a" / "peerdesk.db").read_bytes()[:16]
    hb = (tmp_path / "b" / "peerdesk.db").read_bytes()[:16]
    assert ha != hb
    assert not ha.startswith(b"SQLite format")


WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from peerdesk.vault.vault import Vault
    folder, canary = Path(sys.argv[1]), sys.argv[2]
    v = Vault.unlock(folder, "coord", sys.argv[3])
    with v.write("test.bulk") as db:
        for i in range(3000):
            db.execute("INSERT INTO drafts VALUES (?, ?, ?, ?)",
                       (v.account_id, f"k{i:05d}", f"{canary} {i} " * 20, "t"))
    rows = v.db.query("SELECT key, data FROM drafts ORDER BY data DESC, key")
    assert len(rows) >= 3000
    with v.write("test.index") as db:
        db.execute("CREATE INDEX drafts_by_data ON drafts(data)")
        db.execute("DROP INDEX drafts_by_data")
    v.close()
    print("done")
    """
)


def test_sorting_and_indexing_leave_no_temp_files(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    tmpdir = tmp_path / "tmpdir"
    tmpdir.mkdir()
    r = run_cli("init", "--vault", str(folder), "--group", CANARY, "--user", "coord",
                env=cli_env(tmpdir, PEERDESK_PASSPHRASE=PASSPHRASE))
    assert r.returncode == 0, r.stderr
    script = tmp_path / "writer.py"
    script.write_text(WRITER, "utf-8")
    r = run_py(script, str(folder), CANARY, PASSPHRASE, env=cli_env(tmpdir))
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "done"
    assert sorted(p.name for p in tmpdir.iterdir()) == []
    assert sorted(p.name for p in folder.iterdir()) == [
        "keyslots.json", "peerdesk.db", "peerdesk.lock"]
    assert _scan(folder, _needles(CANARY)) == []
    assert CANARY not in r.stderr


def test_cli_error_paths_print_no_secrets(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    init = run_cli("init", "--vault", str(folder), "--group", CANARY, "--user", "coord",
                   env=cli_env(PEERDESK_PASSPHRASE=PASSPHRASE))
    assert init.returncode == 0, init.stderr
    recovery = next(ln.strip() for ln in init.stdout.splitlines() if ln.count("-") == 13)
    assert CANARY not in init.stderr and PASSPHRASE not in init.stderr
    assert recovery not in init.stderr
    wrong = "the wrong passphrase here"
    results = [
        run_cli("verify", "--vault", str(folder), "--user", "coord",
                env=cli_env(PEERDESK_PASSPHRASE=wrong)),
        run_cli("verify", "--vault", str(folder), "--user", "nobody",
                env=cli_env(PEERDESK_PASSPHRASE=PASSPHRASE)),
        run_cli("restore", str(tmp_path / "missing.zip"), "--vault", str(folder), "--recovery",
                stdin=recovery[:-1] + "\n"),
        run_cli("verify", "--vault", str(folder), "--user", "coord",
                env=cli_env(PEERDESK_PASSPHRASE=PASSPHRASE)),
    ]
    db = folder / "peerdesk.db"
    data = bytearray(db.read_bytes())
    data[50] ^= 0xFF
    db.write_bytes(bytes(data))
    results.append(run_cli("verify", "--vault", str(folder), "--user", "coord",
                           env=cli_env(PEERDESK_PASSPHRASE=PASSPHRASE)))
    assert [r.returncode for r in results][:2] == [3, 3]
    assert results[-1].returncode == 4
    for r in results:
        for secret in (PASSPHRASE, wrong, recovery, recovery[:-1], CANARY):
            assert secret not in r.stderr
            assert secret not in r.stdout
        assert "Traceback" not in r.stderr


def test_error_messages_hold_no_secrets(vault_dir: Path) -> None:
    vault, recovery = make_vault(vault_dir, group=CANARY)
    dk_hex = vault.keys.data_key.hex()
    errors: list[BaseException] = []
    with pytest.raises(VaultAlreadyOpen) as e1:
        Vault.unlock(vault_dir, "coord", PASSPHRASE)
    errors.append(e1.value)
    vault.close()
    with pytest.raises(WrongPassphrase) as e2:
        Vault.unlock(vault_dir, "coord", "wrong " + PASSPHRASE)
    errors.append(e2.value)
    with pytest.raises(WrongPassphrase) as e3:
        Vault.unlock_with_recovery(vault_dir, recovery[:-1] + ("A" if recovery[-1] != "A"
                                                               else "B"))
    errors.append(e3.value)
    db = vault_dir / "peerdesk.db"
    data = bytearray(db.read_bytes())
    data[10] ^= 0xFF
    db.write_bytes(bytes(data))
    with pytest.raises(VaultDamaged) as e4:
        Vault.unlock(vault_dir, "coord", PASSPHRASE)
    errors.append(e4.value)
    for err in errors:
        assert isinstance(err, PeerdeskError)
        text = "".join(traceback.format_exception(err)) + repr(err.args)
        for secret in (dk_hex, PASSPHRASE, recovery, CANARY):
            assert secret not in text


def test_the_cli_disables_core_dumps() -> None:
    """E9: a crash of an unlocked process writes no core file holding keys or notes."""
    import subprocess
    import sys

    code = ("import resource; from peerdesk.cli.main import main; "
            "main(['--version']) if False else None; "
            "from peerdesk.hardening import disable_core_dumps; disable_core_dumps(); "
            "print(resource.getrlimit(resource.RLIMIT_CORE))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "(0, 0)"
