"""E1, S7, S8, R10: wrong passphrase and a damaged vault are different, clean failures."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from core_support import (
    PASSPHRASE,
    assert_one_line_error,
    cli_env,
    make_vault,
    run_cli,
    sha256_file,
)

from peerdesk.errors import VaultDamaged, VaultMissing, WrongPassphrase
from peerdesk.vault.vault import Vault

WRONG_MSG = "Wrong user name or passphrase."
DAMAGED_WORD = "damaged"
PAGE = 4096


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    mp = pytest.MonkeyPatch()
    mp.setenv("PEERDESK_KDF_PROFILE", "test")
    folder = tmp_path_factory.mktemp("pristine") / "vault"
    vault, _ = make_vault(folder)
    for i in range(120):  # enough pages that a "middle page" is a data page
        vault.save_draft(f"draft-{i}", f"text {i} " * 300)
    vault.close()
    mp.undo()
    size = (folder / "peerdesk.db").stat().st_size
    assert size % PAGE == 0 and size // PAGE >= 40
    return folder


def _copy(pristine: Path, tmp_path: Path) -> Path:
    target = tmp_path / "vault"
    shutil.copytree(pristine, target)
    return target


def _flip(offset: Callable[[int], int]) -> Callable[[Path], None]:
    def mutate(folder: Path) -> None:
        db = folder / "peerdesk.db"
        data = bytearray(db.read_bytes())
        data[offset(len(data))] ^= 0x5A
        db.write_bytes(bytes(data))
    return mutate


def _truncate(size: Callable[[int], int]) -> Callable[[Path], None]:
    def mutate(folder: Path) -> None:
        db = folder / "peerdesk.db"
        data = db.read_bytes()
        db.write_bytes(data[: size(len(data))])
    return mutate


def _garbage_slots(folder: Path) -> None:
    (folder / "keyslots.json").write_bytes(b"{\"format\": \"peerdesk-keyslots\", \x00garbage")


def _delete_db(folder: Path) -> None:
    (folder / "peerdesk.db").unlink()


DAMAGE = {
    "zero-bytes": _truncate(lambda n: 0),
    "half-on-page-boundary": _truncate(lambda n: (n // 2) // PAGE * PAGE),
    "half-odd-size": _truncate(lambda n: n // 2 + 123),
    "flip-page-1-header": _flip(lambda n: 8),
    "flip-page-1-body": _flip(lambda n: 2000),
    "flip-page-2": _flip(lambda n: PAGE + 100),
    "deleted-db": _delete_db,
    "garbage-keyslots": _garbage_slots,
}


def test_wrong_passphrase_cli(pristine: Path, tmp_path: Path) -> None:
    folder = _copy(pristine, tmp_path)
    before = sha256_file(folder / "peerdesk.db")
    r = run_cli("verify", "--vault", str(folder), "--user", "coord",
                env=cli_env(PEERDESK_PASSPHRASE="definitely not it"))
    assert r.returncode == 3, r.stderr
    assert_one_line_error(r.stderr)
    assert WRONG_MSG in r.stderr
    assert DAMAGED_WORD not in r.stderr
    assert sha256_file(folder / "peerdesk.db") == before
    r = run_cli("verify", "--vault", str(folder), "--user", "nobody",
                env=cli_env(PEERDESK_PASSPHRASE=PASSPHRASE))
    assert r.returncode == 3 and WRONG_MSG in r.stderr


@pytest.mark.parametrize("kind", sorted(DAMAGE))
def test_damaged_vault_cli(pristine: Path, tmp_path: Path, kind: str) -> None:
    folder = _copy(pristine, tmp_path)
    DAMAGE[kind](folder)
    before = {p.name: sha256_file(p) for p in folder.iterdir() if p.name != "peerdesk.lock"}
    r = run_cli("verify", "--vault", str(folder), "--user", "coord",
                env=cli_env(PEERDESK_PASSPHRASE=PASSPHRASE))
    assert r.returncode == 4, (r.returncode, r.stderr)
    assert_one_line_error(r.stderr)
    assert DAMAGED_WORD in r.stderr.lower() or "missing" in r.stderr.lower()
    assert WRONG_MSG not in r.stderr
    after = {p.name: sha256_file(p) for p in folder.iterdir() if p.name != "peerdesk.lock"}
    assert after == before, "a damaged vault was written to"


def test_wrong_and_damaged_messages_differ(pristine: Path, tmp_path: Path) -> None:
    folder = _copy(pristine, tmp_path)
    with pytest.raises(WrongPassphrase) as wrong:
        Vault.unlock(folder, "coord", "definitely not it")
    _flip(lambda n: 8)(folder)
    with pytest.raises(VaultDamaged) as damaged:
        Vault.unlock(folder, "coord", PASSPHRASE)
    assert str(wrong.value) != str(damaged.value)
    assert wrong.value.exit_code == 3 and damaged.value.exit_code == 4
    # With a damaged database, a wrong passphrase is still reported as wrong (the slot is
    # checked before the database is touched).
    with pytest.raises(WrongPassphrase):
        Vault.unlock(folder, "coord", "definitely not it")


def test_missing_vault(tmp_path: Path) -> None:
    with pytest.raises(VaultMissing):
        Vault.unlock(tmp_path / "nothing-here", "coord", PASSPHRASE)
    r = run_cli("verify", "--vault", str(tmp_path / "nothing-here"), "--user", "coord",
                env=cli_env(PEERDESK_PASSPHRASE=PASSPHRASE))
    assert r.returncode == 4
    assert_one_line_error(r.stderr)
    assert not (tmp_path / "nothing-here").exists()


def test_middle_page_flip_is_caught_by_verify_and_backup(pristine: Path, tmp_path: Path) -> None:
    """A data page in the middle is not read at unlock (by design: unlock is cheap); the full
    check in ``verify`` and before every backup catches it."""
    folder = _copy(pristine, tmp_path)
    pages = (folder / "peerdesk.db").stat().st_size // PAGE
    middle = (pages // 2) * PAGE + 300
    _flip(lambda n: middle)(folder)
    env = cli_env(PEERDESK_PASSPHRASE=PASSPHRASE)
    r = run_cli("verify", "--vault", str(folder), "--user", "coord", env=env)
    assert r.returncode == 4, (r.stdout, r.stderr)
    assert "Traceback" not in r.stderr
    if r.stdout:  # opened, then the integrity check failed
        assert "Database integrity: FAILED" in r.stdout
        assert "Problems found" in r.stdout
    out = tmp_path / "backup.pdbk"
    r = run_cli("backup", "--vault", str(folder), "--user", "coord", "-o", str(out), env=env)
    assert r.returncode == 4
    assert_one_line_error(r.stderr)
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".peerdesk-backup")] == []
    # The damaged page itself was never rewritten.
    data = (folder / "peerdesk.db").read_bytes()
    original = (pristine / "peerdesk.db").read_bytes()
    assert data[middle] == original[middle] ^ 0x5A
