"""Every file read from outside is bounded before it is read: regular files only, size caps,
no decompression; each refusal one line and an exit code, with nothing changed."""

from __future__ import annotations

import json
import os
import resource
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from core_support import PASSPHRASE, assert_one_line_error, cli_env, make_vault

from peerdesk.bounded_read import FileTooLarge, UnreadableFile, read_regular
from peerdesk.storage.snapshot import canonical_row

#: A child process that reads an unbounded file runs out of this, instead of the machine.
MEMORY_CAP = 1536 * 1024 * 1024


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The CLI with its memory capped and a time limit (a FIFO must never block it)."""
    return subprocess.run(
        [sys.executable, "-m", "peerdesk", *args],
        env=env or cli_env(PEERDESK_PASSPHRASE=PASSPHRASE),
        capture_output=True, text=True, timeout=60, check=False, preexec_fn=_limit_memory,
    )


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    folder = tmp_path / "vault"
    v, _ = make_vault(folder)
    v.close()
    return folder


def state(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())
            if p.is_file() and p.name != "peerdesk.lock"}


def fifo(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    os.mkfifo(path)
    return path


def symlink(tmp_path: Path, name: str, target: str) -> Path:
    path = tmp_path / name
    path.symlink_to(target)
    return path


def check_refused(r: subprocess.CompletedProcess[str], code: int, words: str) -> None:
    assert r.returncode == code, (r.returncode, r.stderr)
    assert_one_line_error(r.stderr)
    assert words in r.stderr, r.stderr


# ------------------------------------------------------------------------------ restore
@pytest.mark.parametrize("kind", ["dev-zero", "fifo", "folder", "json-link-to-dev-zero"])
def test_restore_refuses_what_is_not_a_regular_file(vault: Path, tmp_path: Path,
                                                    kind: str) -> None:
    source = {
        "dev-zero": lambda: Path("/dev/zero"),
        "fifo": lambda: fifo(tmp_path, "b.pdbk"),
        "folder": lambda: tmp_path,
        "json-link-to-dev-zero": lambda: symlink(tmp_path, "b.pdbk", "/dev/zero"),
    }[kind]()
    before = state(vault)
    r = cli("restore", str(source), "--vault", str(vault), "--user", "coord")
    words = "is a folder" if kind == "folder" else (
        "is a pipe" if kind == "fifo" else "is a device")
    check_refused(r, 2, words)
    assert state(vault) == before


def _zip_bomb(path: Path, size: int) -> None:
    """A small archive whose database entry inflates to ``size`` bytes of zeros (in the
    shape of a format-1 backup, whose entries older code accepted)."""
    manifest = {"format": "peerdesk-backup", "format_version": 1}
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("manifest.json", json.dumps(manifest))
        zf.writestr("keyslots.json", b"{}")
        with zf.open("peerdesk.db", "w", force_zip64=True) as entry:
            block = b"\0" * (16 * 1024 * 1024)
            for _ in range(size // len(block)):
                entry.write(block)


@pytest.mark.slow
def test_a_crafted_compressed_backup_is_refused_cheaply(vault: Path, tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.pdbk"
    _zip_bomb(bomb, 2 * 1024**3)
    assert bomb.stat().st_size < 4 * 1024 * 1024
    before = state(vault)
    r = cli("restore", str(bomb), "--vault", str(vault), "--user", "coord")
    check_refused(r, 4, "damaged")
    assert state(vault) == before
    r = cli("verify", "--vault", str(vault), "--user", "coord", "--backup", str(bomb))
    check_refused(r, 4, "damaged")


def test_a_backup_with_extra_entries_is_refused(vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "b.pdbk"
    r = cli("backup", "--vault", str(vault), "--user", "coord", "-o", str(out))
    assert r.returncode == 0, r.stderr
    with zipfile.ZipFile(out, "a") as zf:
        zf.writestr("extra.txt", b"x")
    before = state(vault)
    check_refused(cli("restore", str(out), "--vault", str(vault), "--user", "coord"), 4,
                  "damaged")
    assert state(vault) == before


# ------------------------------------------------------------------------------ imports
@pytest.mark.parametrize("kind", ["json-link-to-dev-zero", "csv-fifo", "folder.json"])
def test_import_refuses_what_is_not_a_regular_file(vault: Path, tmp_path: Path,
                                                   kind: str) -> None:
    if kind == "json-link-to-dev-zero":
        source = symlink(tmp_path, "records.json", "/dev/zero")
    elif kind == "csv-fifo":
        source = fifo(tmp_path, "sessions.csv")
    else:
        source = tmp_path / "folder.json"
        source.mkdir()
    before = state(vault)
    r = cli("import", "--vault", str(vault), "--user", "coord", str(source))
    check_refused(r, 2, "not a file")
    assert state(vault) == before


def test_an_oversize_import_is_refused_before_reading(vault: Path, tmp_path: Path) -> None:
    from peerdesk.services.bulk_import import MAX_JSON_BYTES

    big = tmp_path / "big.json"
    with open(big, "wb") as fh:
        fh.truncate(MAX_JSON_BYTES + 1)  # sparse: costs no disk
    before = state(vault)
    check_refused(cli("import", "--vault", str(vault), "--user", "coord", str(big)), 2,
                  "too large")
    assert state(vault) == before


# ---------------------------------------------------------------------- vault folder files
def test_a_key_file_linked_to_dev_zero_is_refused(vault: Path) -> None:
    slots = vault / "keyslots.json"
    slots.unlink()
    slots.symlink_to("/dev/zero")
    r = cli("verify", "--vault", str(vault), "--user", "coord")
    check_refused(r, 4, "keyslots.json")


def test_many_slots_for_one_login_are_refused_before_any_key_derivation(vault: Path) -> None:
    """Copies of a login's slot at the highest cost the bounds allow would make every unlock
    run dozens of slow key derivations: more slots than peerdesk ever makes is refused."""
    path = vault / "keyslots.json"
    doc = json.loads(path.read_bytes())
    (mine,) = [s for s in doc["slots"] if s.get("username") == "coord"]
    for i in range(5):
        copy = dict(mine, slot_id=f"{i:032x}", salt="AAAAAAAAAAAAAAAAAAAAAA==")
        copy["kdf"] = {"alg": "argon2id", "m": 1048576, "t": 20, "p": 8}
        doc["slots"].append(copy)
    path.write_text(json.dumps(doc))
    before = state(vault)
    r = cli("verify", "--vault", str(vault), "--user", "coord")
    check_refused(r, 4, "more key slots for this login")
    assert state(vault) == before


def test_the_lock_file_is_never_followed(vault: Path, tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    lock = vault / "peerdesk.lock"
    lock.unlink()
    lock.symlink_to(victim)
    before = state(vault)
    r = cli("verify", "--vault", str(vault), "--user", "coord")
    check_refused(r, 4, "lock file")
    assert victim.read_text() == "keep me"
    assert state(vault) == before
    lock.unlink()
    lock.symlink_to(tmp_path / "missing-target")
    check_refused(cli("verify", "--vault", str(vault), "--user", "coord"), 4, "lock file")
    assert not (tmp_path / "missing-target").exists()


def test_a_new_vault_is_0700_with_0600_files_lock_file_included(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        v, _ = make_vault(tmp_path / "v")
        v.close()
    finally:
        os.umask(old)
    folder = tmp_path / "v"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert sorted(p.name for p in folder.iterdir()) == [
        "keyslots.json", "peerdesk.db", "peerdesk.lock"]
    for p in folder.iterdir():
        assert stat.S_IMODE(p.stat().st_mode) == 0o600, p


def test_verify_report_does_not_block_on_a_fifo(vault: Path, tmp_path: Path) -> None:
    pipe = fifo(tmp_path, "r.pdf")
    r = cli("verify", "--vault", str(vault), "--user", "coord", "--report", str(pipe))
    assert r.returncode == 4, r.stderr
    assert "is a pipe" in r.stdout


# --------------------------------------------------------------------------- the module
def test_bounded_read(tmp_path: Path) -> None:
    f = tmp_path / "f"
    f.write_bytes(b"12345")
    assert read_regular(f, 5) == b"12345"
    with pytest.raises(FileTooLarge):
        read_regular(f, 4)
    with pytest.raises(UnreadableFile, match="does not exist"):
        read_regular(tmp_path / "nope", 5)
    with pytest.raises(UnreadableFile, match="is a device"):
        read_regular(Path("/dev/zero"), 5)


def test_the_canonical_row_encoding_is_portable() -> None:
    assert canonical_row((None, 1, -2, 1.5, "é", b"\x00\xff")) == (
        b"N" + b"I" + (1).to_bytes(8, "big") + b"I" + (-2).to_bytes(8, "big", signed=True)
        + b"R" + bytes.fromhex("3ff8000000000000")
        + b"T" + (2).to_bytes(4, "big") + "é".encode() + b"B" + (2).to_bytes(4, "big")
        + b"\x00\xff"
    )
