"""Restoring a backup: who may, over what, and a swap that a crash cannot break.

The rules, in words, are in docs/format.md ("Backups: restore rules"); in short:

* Over a vault that opens, the person restoring unlocks it first and must be one of its
  coordinators (or hold its recovery key); the backup must be of the same vault; a backup
  that would drop changes recorded after it (anything but unlocking, locking and making
  backups) needs the recovery key.
* Over a vault that does not open (damaged), only the recovery key may restore: nothing in
  the folder can vouch for a coordinator any more.
* Into an empty or missing folder, only the recovery key: with no vault to check against,
  a passphrase would let anyone who was a coordinator when the backup was made (and may
  have been removed since) empty the folder and roll the group back to it.

The replaced files are kept (hard links, or copies) in a ``replaced-…`` folder. The swap
first writes a key-slot file that opens both the current and the restored database, then
replaces the database, then writes the restored slots alone, so ``kill -9`` at any moment
leaves a folder that opens, with the old contents or the new.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

from peerdesk.atomic import atomic_write_bytes, fsync_dir
from peerdesk.domain.permissions import Action, Actor, Resource, allowed
from peerdesk.domain.vocab import Role
from peerdesk.errors import (
    N_,
    PeerdeskError,
    PermissionDenied,
    UsageError,
    VaultDamaged,
    VaultMissing,
    VaultTooNew,
    WrongPassphrase,
)
from peerdesk.storage import audit_table, snapshot, vault_tables
from peerdesk.storage.database import Database
from peerdesk.vault.audit_chain import verify_chain
from peerdesk.vault.backup import (
    BACKUP_DAMAGED,
    BackupArchive,
    BackupError,
    BackupInfo,
    read_backup,
)
from peerdesk.vault.layout import VaultPaths, iso, utc_now
from peerdesk.vault.lockfile import VaultLock
from peerdesk.vault.slotfile import SlotFile
from peerdesk.vault.vault import Vault, open_candidates, open_database_with, slot_secret

#: Events that change no record: a backup that only misses these is not "older".
HOUSEKEEPING = frozenset({"vault.unlocked", "vault.locked", "vault.backup"})
SIDE_FILES = ("-wal", "-journal", "-shm")

OTHER_VAULT = "This backup is of another vault, not the one in this folder; nothing was changed."
ONLY_COORDINATOR = N_("Only a coordinator of this vault can restore it; nothing was changed.")
NEEDS_RECOVERY_EMPTY = (
    "There is no vault in this folder to check you against, so only the recovery key can "
    "restore into it (use --recovery); nothing was changed."
)
NEEDS_RECOVERY_DAMAGED = (
    "The vault in this folder does not open, so only its recovery key can restore over it "
    "(use --recovery); nothing was changed."
)
MISMATCH = "The backup's contents do not match its manifest."
BACKUP_DOES_NOT_OPEN = (
    "The backup does not open with this user name and passphrase (it opens with the "
    "passphrases of when it was made, and with the recovery key); nothing was changed."
)


class RestoreRefused(PeerdeskError):
    exit_code = 6


@dataclass
class _Live:
    """What the folder held before the restore, learnt under its lock."""

    kind: str  # "fresh" (empty or missing), "open" or "damaged"
    slots: SlotFile | None = None
    head: tuple[int, str] | None = None  # set when the backup reaches beyond the live head


def may_restore(roles: frozenset[str]) -> bool:
    """Restoring is managing backups, which the permission matrix gives coordinators."""
    actor = Actor("", "", frozenset(Role(r) for r in roles if r in Role.__members__.values()))
    return allowed(actor, Action.MANAGE, Resource.BACKUP)


def restore_backup(
    path: Path, folder: Path, username: str, secret: str, *, recovery: bool = False
) -> BackupInfo:
    """Check the backup and the right to restore it, stage and verify it, then swap it in.

    Nothing in the folder is written before every check has passed: the live vault is
    authenticated read-only (no unlock events), and the backup is staged in a private
    folder that is removed on any refusal.
    """
    archive = read_backup(Path(path))
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise UsageError(f"{folder} is a file, not a vault folder.")
    existed = folder.exists()
    fresh = not existed or not any(folder.iterdir())
    if fresh and not recovery:
        raise RestoreRefused(NEEDS_RECOVERY_EMPTY)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    lock = VaultLock(VaultPaths(folder).lock)
    lock.acquire()
    done = False
    try:
        live = _Live("fresh") if fresh else _inspect_live(folder, archive, username, secret,
                                                         recovery)
        for old in folder.glob(".restore-*"):
            shutil.rmtree(old, ignore_errors=True)  # left by a restore that was killed
        staging = Path(tempfile.mkdtemp(prefix=".restore-", dir=folder))
        try:
            staged = VaultPaths(staging)
            _stage(archive, staged, username, secret, recovery)
            _verify_staged(staged, archive, live, username, secret, recovery)
            _swap_in(folder, staged, live.slots)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        os.chmod(folder, 0o700)
        done = True
    finally:
        lock.release()
        if fresh and not done:
            with contextlib.suppress(OSError):
                VaultPaths(folder).lock.unlink()
                if not existed:
                    folder.rmdir()
    return BackupInfo(Path(path), archive.manifest)


# ------------------------------------------------------------------------- the live folder
def _inspect_live(
    folder: Path, archive: BackupArchive, username: str, secret: str, recovery: bool
) -> _Live:
    """Authenticate against the vault in the folder without writing to it, and apply the
    rules: same vault, a coordinator (or the recovery key), nothing newer lost."""
    paths = VaultPaths(folder)
    slots: SlotFile | None = None
    try:
        if not paths.exists():
            raise VaultMissing("Something other than a vault is in this folder.")
        slots = SlotFile.load(paths.slots)
        candidates = slots.recovery_slots() if recovery else slots.account_slots(username)
        opened = open_candidates(candidates, slot_secret(secret, recovery))
        try:
            db, slot, _ = open_database_with(paths, opened)
        finally:
            for _, k in opened:
                k.wipe()
    except (VaultDamaged, VaultMissing, VaultTooNew):
        if not recovery:
            raise RestoreRefused(NEEDS_RECOVERY_DAMAGED) from None
        if slots is not None and slots.vault_id != archive.vault_id:
            raise BackupError(OTHER_VAULT) from None
        return _Live("damaged")
    try:
        if vault_tables.vault_id(db) != slots.vault_id:
            if not recovery:
                raise RestoreRefused(NEEDS_RECOVERY_DAMAGED)
            return _Live("damaged")
        if slots.vault_id != archive.vault_id:
            raise BackupError(OTHER_VAULT)
        if not recovery:
            info = vault_tables.account(db, slot.account_id)
            if info is None:
                raise WrongPassphrase()
            if not may_restore(info.roles):
                raise PermissionDenied(ONLY_COORDINATOR)
        lost, diverged, head = _changes_after(db, archive.anchor)
    finally:
        db.close()
    if (lost or diverged) and not recovery:
        what = (f"{lost} change{'s' if lost != 1 else ''} recorded since it was made would be "
                "lost" if lost else "its history differs from the vault's")
        raise RestoreRefused(
            f"This backup is older than the vault ({what}); to restore it anyway, confirm "
            "with the recovery key (--recovery). Nothing was changed.")
    beyond = head if head[0] < archive.anchor[0] else None
    return _Live("open", slots, beyond)


def _changes_after(db: Database, anchor: tuple[int, str]) -> tuple[int, bool, tuple[int, str]]:
    """Record-changing events after the backup's head; whether the histories differ; the
    live head."""
    seq, digest = anchor
    at: str | None = None
    lost = 0
    head = (0, "")
    for ev in audit_table.iter_events(db):
        head = (int(ev["seq"]), str(ev["hash"]))
        if head[0] == seq:
            at = head[1]
        elif head[0] > seq and str(ev["action"]) not in HOUSEKEEPING:
            lost += 1
    diverged = head[0] >= seq and at != digest
    return lost, diverged, head


# ---------------------------------------------------------------------------- staging
def _stage(
    archive: BackupArchive, staged: VaultPaths, username: str, secret: str, recovery: bool
) -> None:
    """Write the database (0600) and the real key slots; compare every table with the
    manifest before any migration touches the copy."""
    archive.extract_db(staged.db)
    try:
        opened = open_candidates(archive.slots_for(username, recovery),
                                 slot_secret(secret, recovery))
    except WrongPassphrase:
        raise WrongPassphrase(BACKUP_DOES_NOT_OPEN) from None
    try:
        db, _, keys = open_database_with(staged, opened)
    except VaultDamaged:
        raise BackupError(BACKUP_DAMAGED) from None
    try:
        if archive.version == 1:
            slots_bytes = archive.slots_bytes
            tables, encoding = archive.manifest.get("tables"), "repr"
        else:
            private = archive.open_private(keys.data_key)
            if private is None:
                raise BackupError(BACKUP_DAMAGED)
            slots_bytes = str(private.get("keyslots", "")).encode("utf-8")
            tables, encoding = private.get("tables"), str(private.get("table_encoding"))
        if encoding not in snapshot.ENCODINGS or not isinstance(tables, dict):
            raise BackupError(BACKUP_DAMAGED)
        if SlotFile.from_bytes(slots_bytes).vault_id != archive.vault_id:
            raise BackupError(MISMATCH)
        if vault_tables.vault_id(db) != archive.vault_id:
            raise BackupError(MISMATCH)
        if db.integrity_problems():
            raise BackupError(BACKUP_DAMAGED)
        if snapshot.table_hashes(db, encoding) != tables:
            raise BackupError(MISMATCH)
    finally:
        db.close()
        for _, k in opened:
            k.wipe()
    atomic_write_bytes(staged.slots, slots_bytes)


def _verify_staged(
    staged: VaultPaths, archive: BackupArchive, live: _Live, username: str, secret: str,
    recovery: bool,
) -> None:
    """Unlock the staged copy (which brings its schema up to date) and check its chain.

    Unlocking appends its own audit events, so the chain is checked against the manifest's
    anchor; the restore itself is the last event.
    """
    vault = (Vault.unlock_with_recovery(staged.folder, secret) if recovery
             else Vault.unlock(staged.folder, username, secret))
    try:
        if vault.vault_id != archive.vault_id:
            raise BackupError(MISMATCH)
        chain = verify_chain(audit_table.iter_events(vault.db), vault.vault_id, archive.anchor)
        if not chain.ok:
            raise BackupError("The backup's audit history does not verify: " + chain.problems[0])
        if live.head is not None and not recovery and not _has_event(vault, live.head):
            raise RestoreRefused(
                "This backup's history differs from the vault's; to restore it anyway, "
                "confirm with the recovery key (--recovery). Nothing was changed.")
        with vault.write("vault.restored", "vault", vault.vault_id,
                         {"backup_head": archive.manifest["audit_head"],
                          "backup_id": str(archive.manifest.get("backup_id", ""))}):
            pass
    finally:
        vault.close(audit=False)


def _has_event(vault: Vault, event: tuple[int, str]) -> bool:
    for ev in audit_table.iter_events(vault.db):
        if int(ev["seq"]) == event[0]:
            return str(ev["hash"]) == event[1]
    return False


# ------------------------------------------------------------------------------- swap
def _keep(src: Path, dest: Path) -> None:
    try:
        os.link(src, dest)
    except OSError:
        shutil.copy2(src, dest)
    os.chmod(dest, 0o600)


def _swap_in(folder: Path, staged: VaultPaths, live_slots: SlotFile | None) -> None:
    live = VaultPaths(folder)
    new_slots = staged.slots.read_bytes()
    sides = [Path(f"{live.db}{suffix}") for suffix in SIDE_FILES]
    present = [p for p in (live.db, *sides, live.slots) if p.exists()]
    if present:
        keep = folder / f"replaced-{iso(utc_now()).replace(':', '')}-{uuid.uuid4().hex[:6]}"
        keep.mkdir(mode=0o700)
        for p in present:
            _keep(p, keep / p.name)
        fsync_dir(keep)
    if live_slots is not None and live.db.exists():
        # One slot file for both databases: whichever is in place when a crash comes opens.
        restored = SlotFile.from_bytes(new_slots)
        extra = [s for s in restored.slots if s not in live_slots.slots]
        SlotFile(restored.vault_id, restored.key_epoch, [*live_slots.slots, *extra]).save(
            live.slots)
    for side in sides:
        side.unlink(missing_ok=True)
    os.replace(staged.db, live.db)
    with contextlib.suppress(FileNotFoundError):
        os.replace(Path(f"{staged.db}-wal"), Path(f"{live.db}-wal"))
    fsync_dir(folder)
    atomic_write_bytes(live.slots, new_slots)
