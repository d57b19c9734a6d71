"""R7–R9: verified backups and restores that never lose the vault they replace."""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from core_support import PASSPHRASE, add_user, assert_one_line_error, cli_env, make_vault, run_cli
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from peerdesk.crypto.encoding import b64e, canonical_json
from peerdesk.errors import PeerdeskError, VaultAlreadyOpen, VaultDamaged
from peerdesk.storage import snapshot
from peerdesk.vault.backup import BackupError, make_backup, read_backup
from peerdesk.vault.restore import restore_backup
from peerdesk.vault.vault import Vault

BOB_PW = "bob's own passphrase"


@pytest.fixture
def source(tmp_path: Path) -> tuple[Path, str]:
    folder = tmp_path / "source"
    vault, recovery = make_vault(folder)
    add_user(vault, "bob", BOB_PW)
    for i in range(30):
        vault.save_draft(f"d{i}", f"draft {i} " * 100)
    vault.close()
    return folder, recovery


def _hashes(folder: Path, user: str = "coord", pw: str = PASSPHRASE) -> dict[str, object]:
    vault = Vault.unlock(folder, user, pw)
    try:
        hashes = snapshot.table_hashes(vault.db)
    finally:
        vault.close(audit=False)
    hashes.pop("audit_events")
    return hashes


def _backup(folder: Path, out: Path) -> dict[str, object]:
    vault = Vault.unlock(folder, "coord", PASSPHRASE)
    try:
        return make_backup(vault, out).manifest
    finally:
        vault.close()


def test_round_trip_gives_identical_tables(source: tuple[Path, str], tmp_path: Path) -> None:
    folder, recovery = source
    out = tmp_path / "backup.pdbk"
    manifest = _backup(folder, out)
    expected = _hashes(folder)
    target = tmp_path / "restored"
    restore_backup(out, target, "", recovery, recovery=True)
    assert _hashes(target) == expected
    assert _hashes(target, "bob", BOB_PW) == expected
    vault = Vault.unlock(target, "coord", PASSPHRASE)
    try:
        from peerdesk.storage import audit_table
        from peerdesk.vault.audit_chain import verify_chain

        anchor = (manifest["audit_head"]["seq"], manifest["audit_head"]["hash"])  # type: ignore[index]
        report = verify_chain(audit_table.iter_events(vault.db), vault.vault_id, anchor)
        assert report.ok, report.problems
        actions = [e["action"] for e in audit_table.iter_events(vault.db)]
        assert "vault.restored" in actions and "vault.backup" in actions
        assert vault.db.integrity_problems() == []
    finally:
        vault.close()
    # The backup file has no plaintext SQLite header and is not readable as a database.
    assert b"SQLite format 3" not in out.read_bytes()


def test_restore_with_the_recovery_key_via_cli(source: tuple[Path, str], tmp_path: Path) -> None:
    folder, recovery = source
    out = tmp_path / "backup.pdbk"
    r = run_cli("backup", "--vault", str(folder), "--user", "coord", "-o", str(out),
                env=cli_env(PEERDESK_PASSPHRASE=PASSPHRASE))
    assert r.returncode == 0, r.stderr
    target = tmp_path / "restored"
    r = run_cli("restore", str(out), "--vault", str(target), "--recovery",
                stdin=recovery + "\n")
    assert r.returncode == 0, r.stderr
    assert recovery not in r.stdout + r.stderr
    assert _hashes(target) == _hashes(folder)


def _rewrite(out: Path, change: Callable[[dict[str, bytes]], None]) -> None:
    with zipfile.ZipFile(out) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    change(members)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_STORED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    out.write_bytes(buf.getvalue())


def _flip_db_member(m: dict[str, bytes]) -> None:
    data = bytearray(m["peerdesk.db"])
    data[len(data) // 2] ^= 0x01
    m["peerdesk.db"] = bytes(data)


def _flip_db_member_and_fix_hash(m: dict[str, bytes]) -> None:
    """The attacker also fixes the file hash in the manifest (breaking its signature)."""
    import hashlib

    _flip_db_member(m)
    manifest = json.loads(m["manifest.json"])
    manifest["files"]["peerdesk.db"] = hashlib.sha256(m["peerdesk.db"]).hexdigest()
    m["manifest.json"] = json.dumps(manifest).encode()


def _wrong_manifest_hash(m: dict[str, bytes]) -> None:
    manifest = json.loads(m["manifest.json"])
    manifest["files"]["private.bin"] = "0" * 64
    m["manifest.json"] = json.dumps(manifest).encode()


def _stranger_signature(m: dict[str, bytes]) -> None:
    manifest = json.loads(m["manifest.json"])
    manifest["audit_head"]["seq"] = 1
    stranger = Ed25519PrivateKey.generate()
    manifest["sign_public"] = b64e(stranger.public_key().public_bytes_raw())
    body = {k: v for k, v in manifest.items() if k != "signature"}
    manifest["signature"] = b64e(stranger.sign(canonical_json(body)))
    m["manifest.json"] = json.dumps(manifest).encode()


def _truncate_half(out: Path) -> None:
    data = out.read_bytes()
    out.write_bytes(data[: len(data) // 2])


CORRUPT: dict[str, Callable[[Path], None]] = {
    "flip-db-member": lambda p: _rewrite(p, _flip_db_member),
    "flip-db-member-fix-hash": lambda p: _rewrite(p, _flip_db_member_and_fix_hash),
    "wrong-manifest-hash": lambda p: _rewrite(p, _wrong_manifest_hash),
    "stranger-signature": lambda p: _rewrite(p, _stranger_signature),
    "truncated-half": _truncate_half,
    "empty-file": lambda p: p.write_bytes(b""),
}


@pytest.mark.parametrize("kind", sorted(CORRUPT))
def test_corrupt_backup_is_refused_and_target_unchanged(
    source: tuple[Path, str], tmp_path: Path, kind: str
) -> None:
    folder, _ = source
    out = tmp_path / "backup.pdbk"
    _backup(folder, out)
    CORRUPT[kind](out)
    target = tmp_path / "target"
    shutil.copytree(folder, target)
    before = {p.name: p.read_bytes() for p in target.iterdir() if p.is_file()}
    with pytest.raises(PeerdeskError):
        restore_backup(out, target, "coord", PASSPHRASE)
    after = {p.name: p.read_bytes() for p in target.iterdir() if p.is_file()}
    assert after == before
    assert sorted(p.name for p in target.iterdir()) == sorted(before)
    r = run_cli("restore", str(out), "--vault", str(target), "--user", "coord",
                env=cli_env(PEERDESK_PASSPHRASE=PASSPHRASE))
    assert r.returncode == 4, r.stderr
    assert_one_line_error(r.stderr)


def test_read_backup_rejects_a_stranger_manifest(source: tuple[Path, str], tmp_path: Path) -> None:
    folder, _ = source
    out = tmp_path / "backup.pdbk"
    _backup(folder, out)
    _rewrite(out, _stranger_signature)
    with pytest.raises(BackupError):
        read_backup(out)


def test_restore_over_an_existing_vault_keeps_the_old_files(
    source: tuple[Path, str], tmp_path: Path
) -> None:
    folder, _ = source
    out = tmp_path / "backup.pdbk"
    _backup(folder, out)
    target = tmp_path / "target"
    shutil.copytree(folder, target)
    old = {n: (target / n).read_bytes() for n in ("peerdesk.db", "keyslots.json")}
    restore_backup(out, target, "coord", PASSPHRASE)
    kept = [p for p in target.iterdir() if p.name.startswith("replaced-")]
    assert len(kept) == 1
    for name, data in old.items():
        assert (kept[0] / name).read_bytes() == data
    assert not [p for p in target.iterdir() if p.name.startswith(".restore-")]
    assert _hashes(target) == _hashes(folder)


def test_restore_while_target_is_open_is_refused(source: tuple[Path, str], tmp_path: Path) -> None:
    folder, _ = source
    out = tmp_path / "backup.pdbk"
    _backup(folder, out)
    target = tmp_path / "target"
    vault, _ = make_vault(target)
    try:
        with pytest.raises(VaultAlreadyOpen):
            restore_backup(out, target, "coord", PASSPHRASE)
        assert vault.load_draft("x") is None
    finally:
        vault.close()
    assert not [p for p in target.iterdir() if p.name.startswith("replaced-")]


def test_restore_with_wrong_passphrase_changes_nothing(
    source: tuple[Path, str], tmp_path: Path
) -> None:
    folder, _ = source
    out = tmp_path / "backup.pdbk"
    _backup(folder, out)
    target = tmp_path / "target"
    shutil.copytree(folder, target)
    before = {p.name: p.read_bytes() for p in target.iterdir() if p.name != "peerdesk.lock"}
    r = run_cli("restore", str(out), "--vault", str(target), "--user", "coord",
                env=cli_env(PEERDESK_PASSPHRASE="not the passphrase"))
    assert r.returncode == 3, r.stderr
    assert {p.name: p.read_bytes() for p in target.iterdir()
            if p.name != "peerdesk.lock"} == before


def test_backup_of_a_damaged_vault_is_refused(source: tuple[Path, str], tmp_path: Path) -> None:
    folder, _ = source
    damaged = tmp_path / "damaged"
    shutil.copytree(folder, damaged)
    db = damaged / "peerdesk.db"
    data = bytearray(db.read_bytes())
    pages = len(data) // 4096
    data[(pages // 2) * 4096 + 700] ^= 0x20
    db.write_bytes(bytes(data))
    out = tmp_path / "backup.pdbk"
    try:
        vault = Vault.unlock(damaged, "coord", PASSPHRASE)
    except VaultDamaged:
        return  # caught even earlier: fine
    try:
        with pytest.raises(VaultDamaged):
            make_backup(vault, out)
    finally:
        vault.close(audit=False)
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".peerdesk-backup")]


def test_failed_backup_keeps_the_previous_backup(
    source: tuple[Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """R7: corrupt the copy between export and verification; the old backup stays."""
    folder, _ = source
    out = tmp_path / "backup.pdbk"
    _backup(folder, out)
    previous = out.read_bytes()
    real_copy = snapshot.copy_to

    def corrupting_copy(db, target, key):  # type: ignore[no-untyped-def]
        real_copy(db, target, key)
        data = bytearray(Path(target).read_bytes())
        data[len(data) // 2 + 100] ^= 0x01
        Path(target).write_bytes(bytes(data))

    monkeypatch.setattr(snapshot, "copy_to", corrupting_copy)
    vault = Vault.unlock(folder, "coord", PASSPHRASE)
    try:
        with pytest.raises(PeerdeskError):
            make_backup(vault, out)
    finally:
        vault.close()
    assert out.read_bytes() == previous
