"""Backups: one file holding an encrypted copy of the database, the key slots and a manifest.

A backup is made with SQLite's backup API (never a file copy of the live database), reopened
and compared table by table before it is written atomically. It opens with the same
passphrases (and recovery key) as the vault had when it was made. Restoring stages the
backup, unlocks and checks it, then moves the current files aside (nothing is deleted) and
puts the restored files in place.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import shutil
import tempfile
import uuid
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

import peerdesk
from peerdesk.atomic import atomic_write_bytes, fsync_dir
from peerdesk.crypto.encoding import b64d, b64e, canonical_json
from peerdesk.errors import PeerdeskError, VaultDamaged, VaultTooNew
from peerdesk.storage import audit_table, migrate, snapshot
from peerdesk.storage.connection import remove_db_files
from peerdesk.storage.database import Database
from peerdesk.vault.audit_chain import verify_chain
from peerdesk.vault.layout import VaultPaths, iso, utc_now
from peerdesk.vault.lockfile import VaultLock
from peerdesk.vault.slotfile import SlotFile
from peerdesk.vault.vault import Vault

FORMAT = "peerdesk-backup"
FORMAT_VERSION = 1
MAX_MEMBER_BYTES = 8 * 1024 * 1024 * 1024

BACKUP_DAMAGED = "The backup file is damaged or incomplete; it was not used."


class BackupError(PeerdeskError):
    exit_code = 4


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    manifest: dict[str, Any]

    @property
    def anchor(self) -> tuple[int, str]:
        head = self.manifest["audit_head"]
        return int(head["seq"]), str(head["hash"])


def make_backup(vault: Vault, out: Path) -> BackupInfo:
    """Check the live vault, copy it, verify the copy, then write ``out`` atomically."""
    out = Path(out)
    problems = vault.db.integrity_problems()
    if problems:
        raise VaultDamaged(
            "The vault failed its integrity check, so no backup was made. "
            "Restore from an earlier backup."
        )
    with vault.write("vault.backup", "vault", vault.vault_id, {}):
        pass
    head = vault.audit_head()
    source_hashes = snapshot.table_hashes(vault.db)
    with tempfile.TemporaryDirectory(prefix=".peerdesk-backup-", dir=out.parent) as tmp:
        copy = Path(tmp) / "peerdesk.db"
        snapshot.copy_to(vault.db, copy, vault.keys.data_key)
        copy_db = Database.open(copy, vault.keys.data_key)
        try:
            if copy_db.integrity_problems():
                raise BackupError("The backup copy failed its check; no backup was written.")
            if snapshot.table_hashes(copy_db) != source_hashes:
                raise BackupError("The backup copy differs from the vault; no backup was written.")
            schema = migrate.schema_version(copy_db.conn)
        finally:
            copy_db.close()
        db_bytes = copy.read_bytes()
    slots_bytes = vault.slot_file.to_bytes()
    manifest: dict[str, Any] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": peerdesk.__version__,
        "schema_version": schema,
        "vault_id": vault.vault_id,
        "key_epoch": vault.slot_file.key_epoch,
        "created_at": iso(utc_now()),
        "created_by": vault.account_id,
        "audit_head": {"seq": head[0], "hash": head[1]},
        "tables": source_hashes,
        "files": {
            "peerdesk.db": hashlib.sha256(db_bytes).hexdigest(),
            "keyslots.json": hashlib.sha256(slots_bytes).hexdigest(),
        },
        "sign_public": b64e(
            vault.keys.signing_key.public_key().public_bytes_raw()
        ),
    }
    manifest["signature"] = b64e(vault.keys.signing_key.sign(canonical_json(manifest)))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_STORED) as zf:
        zf.writestr("manifest.json", json.dumps(manifest, indent=1, sort_keys=True))
        zf.writestr("keyslots.json", slots_bytes)
        zf.writestr("peerdesk.db", db_bytes)
    atomic_write_bytes(out, buf.getvalue())
    return BackupInfo(out, manifest)


def read_backup(path: Path) -> tuple[dict[str, Any], bytes, bytes]:
    """Manifest, database bytes and key-slot bytes, with every checksum verified."""
    try:
        with zipfile.ZipFile(path) as zf:
            for info in zf.infolist():
                if info.file_size > MAX_MEMBER_BYTES or info.filename not in (
                    "manifest.json", "keyslots.json", "peerdesk.db"
                ):
                    raise BackupError(BACKUP_DAMAGED)
            manifest = json.loads(zf.read("manifest.json").decode("utf-8"))
            db_bytes = zf.read("peerdesk.db")
            slots_bytes = zf.read("keyslots.json")
    except (zipfile.BadZipFile, KeyError, ValueError, UnicodeDecodeError, EOFError):
        raise BackupError(BACKUP_DAMAGED) from None
    except FileNotFoundError:
        raise BackupError(f"No backup file at {path}.") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError("This file is not a peerdesk backup.")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise VaultTooNew("This backup was made by a newer peerdesk; install it to restore.")
    if int(manifest.get("schema_version", 0)) > migrate.latest_version():
        raise VaultTooNew("This backup was made by a newer peerdesk; install it to restore.")
    files = manifest.get("files", {})
    if (
        hashlib.sha256(db_bytes).hexdigest() != files.get("peerdesk.db")
        or hashlib.sha256(slots_bytes).hexdigest() != files.get("keyslots.json")
    ):
        raise BackupError(BACKUP_DAMAGED)
    _check_signature(manifest, slots_bytes)
    return manifest, db_bytes, slots_bytes


def _check_signature(manifest: dict[str, Any], slots_bytes: bytes) -> None:
    body = {k: v for k, v in manifest.items() if k != "signature"}
    try:
        public = Ed25519PublicKey.from_public_bytes(b64d(manifest["sign_public"]))
        public.verify(b64d(manifest["signature"]), canonical_json(body))
    except (KeyError, ValueError, InvalidSignature):
        raise BackupError(BACKUP_DAMAGED) from None
    slots = SlotFile.from_bytes(slots_bytes)
    if manifest["sign_public"] not in {s.sign_public for s in slots.slots}:
        raise BackupError("The backup's signature is not from an account of its vault.")


def restore_backup(
    path: Path, folder: Path, username: str, secret: str, *, recovery: bool = False
) -> BackupInfo:
    """Stage, unlock and verify the backup, then swap it in. The old files are kept."""
    manifest, db_bytes, slots_bytes = read_backup(Path(path))
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    target_lock = VaultLock(VaultPaths(folder).lock)
    target_lock.acquire()
    try:
        staging = Path(tempfile.mkdtemp(prefix=".restore-", dir=folder))
        try:
            staged = VaultPaths(staging)
            staged.db.write_bytes(db_bytes)
            staged.slots.write_bytes(slots_bytes)
            _verify_staged(staged, manifest, username, secret, recovery)
            _swap_in(folder, staged)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    finally:
        target_lock.release()
    return BackupInfo(Path(path), manifest)


def _verify_staged(
    staged: VaultPaths, manifest: dict[str, Any], username: str, secret: str, recovery: bool
) -> None:
    """Unlock the staged copy (one key derivation) and check it against the manifest.

    Unlocking appends its own audit events, so the audit table is checked through the chain
    and the manifest's anchor rather than by its hash.
    """
    vault = (
        Vault.unlock_with_recovery(staged.folder, secret)
        if recovery
        else Vault.unlock(staged.folder, username, secret)
    )
    try:
        if vault.vault_id != manifest.get("vault_id"):
            raise BackupError("The backup's contents do not match its manifest.")
        if vault.db.integrity_problems():
            raise BackupError(BACKUP_DAMAGED)
        hashes = snapshot.table_hashes(vault.db)
        for name, info in manifest.get("tables", {}).items():
            if name != "audit_events" and hashes.get(name) != info:
                raise BackupError("The backup's contents do not match its manifest.")
        anchor = (int(manifest["audit_head"]["seq"]), str(manifest["audit_head"]["hash"]))
        chain = verify_chain(audit_table.iter_events(vault.db), vault.vault_id, anchor)
        if not chain.ok:
            raise BackupError("The backup's audit history does not verify: " + chain.problems[0])
        with vault.write("vault.restored", "vault", vault.vault_id,
                         {"backup_head": manifest["audit_head"]}):
            pass
    finally:
        vault.close(audit=False)


def _swap_in(folder: Path, staged: VaultPaths) -> None:
    live = VaultPaths(folder)
    if live.exists():
        keep = folder / f"replaced-{iso(utc_now()).replace(':', '')}-{uuid.uuid4().hex[:6]}"
        keep.mkdir()
        for p in (live.db, Path(f"{live.db}-wal"), Path(f"{live.db}-journal"), live.slots):
            if p.exists():
                os.replace(p, keep / p.name)
    remove_db_files(live.db)
    os.replace(staged.db, live.db)
    with contextlib.suppress(FileNotFoundError):
        os.replace(Path(f"{staged.db}-wal"), Path(f"{live.db}-wal"))
    os.replace(staged.slots, live.slots)
    fsync_dir(folder)
