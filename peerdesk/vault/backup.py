"""Backups: one file holding an encrypted copy of the database and a two-part manifest.

A backup is made with SQLite's backup API (never a file copy of the live database), reopened
and compared table by table before it is written atomically. The archive layout, what its
manifest keeps in the clear and what it keeps encrypted, and every limit applied when one is
read are specified in docs/format.md ("Backups"). Restoring is peerdesk/vault/restore.py.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import tempfile
import uuid
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

import peerdesk
from peerdesk.atomic import fsync_dir
from peerdesk.bounded_read import open_regular
from peerdesk.crypto.encoding import b64d, b64e, canonical_json
from peerdesk.crypto.keyslots import KeySlot, SlotFormatError
from peerdesk.errors import PeerdeskError, VaultDamaged, VaultTooNew
from peerdesk.storage import migrate, snapshot
from peerdesk.storage.database import Database
from peerdesk.vault import slotfile
from peerdesk.vault.layout import iso, utc_now
from peerdesk.vault.slotfile import SlotFile
from peerdesk.vault.vault import Vault

FORMAT = "peerdesk-backup"
FORMAT_VERSION = 2
READABLE_VERSIONS = (1, 2)

#: Limits applied before anything in an archive is read (docs/format.md, Backups).
MAX_ARCHIVE_BYTES = 16 * 1024**3
MAX_MANIFEST_BYTES = 1024 * 1024
MAX_PRIVATE_BYTES = 16 * 1024 * 1024
ENTRY_LIMITS: dict[int, dict[str, int]] = {
    1: {"manifest.json": MAX_MANIFEST_BYTES, "keyslots.json": slotfile.MAX_BYTES,
        "peerdesk.db": MAX_ARCHIVE_BYTES},
    2: {"manifest.json": MAX_MANIFEST_BYTES, "private.bin": MAX_PRIVATE_BYTES,
        "peerdesk.db": MAX_ARCHIVE_BYTES},
}
_ALL_NAMES = {name for limits in ENTRY_LIMITS.values() for name in limits}

PRIVATE_INFO = b"peerdesk/backup-private/v2"
USER_TAG_INFO = b"peerdesk/backup-user/v2\x00"
BACKUP_DAMAGED = "The backup file is damaged or incomplete; it was not used."
NEWER = "This backup was made by a newer peerdesk; install it to restore."


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


@dataclass
class BackupArchive:
    """An opened, checked backup file: its clear manifest and small entries in memory;
    the database entry is streamed out by :meth:`extract_db`."""

    path: Path
    manifest: dict[str, Any]
    version: int
    slots_bytes: bytes = b""  # format 1: the key-slot file, in the clear
    private_blob: bytes = b""  # format 2: the encrypted part of the manifest
    _db_entry: zipfile.ZipInfo | None = field(default=None, repr=False)

    @property
    def anchor(self) -> tuple[int, str]:
        return BackupInfo(self.path, self.manifest).anchor

    @property
    def vault_id(self) -> str:
        return str(self.manifest.get("vault_id", ""))

    def clear_slots(self) -> list[KeySlot]:
        """Slots to unlock with: format 2 keeps them with the user name replaced by a tag."""
        try:
            if self.version == 1:
                return SlotFile.from_bytes(self.slots_bytes).slots
            return [KeySlot.from_dict({**d, "username": ""}) for d in self.manifest["slots"]]
        except (KeyError, TypeError, SlotFormatError, VaultDamaged):
            raise BackupError(BACKUP_DAMAGED) from None

    def slots_for(self, username: str, recovery: bool) -> list[KeySlot]:
        """The slots that ``username`` (or the recovery key) may open, user names put back."""
        if self.version == 1:
            slots = SlotFile.from_bytes(self.slots_bytes)
            return slots.recovery_slots() if recovery else slots.account_slots(username)
        wanted = "" if recovery else user_tag(self.vault_id, username)
        kind = "recovery" if recovery else "account"
        found = []
        for raw, slot in zip(self.manifest["slots"], self.clear_slots(), strict=True):
            if slot.kind == kind and str(raw.get("user_tag", "")) == wanted:
                found.append(KeySlot.from_dict({**raw, "username": "" if recovery else username}))
        return sorted(found, key=lambda s: (s.key_epoch, s.created_at), reverse=True)

    def open_private(self, data_key: bytes | bytearray) -> dict[str, Any] | None:
        """Format 2: the encrypted part of the manifest, or None if the key is not its key."""
        try:
            plain = AESGCM(_private_key(data_key, self.manifest)).decrypt(
                self.private_blob[:12], self.private_blob[12:], _private_ad(self.manifest))
        except (InvalidTag, ValueError):
            return None
        try:
            doc = json.loads(plain.decode("utf-8"))
        except (ValueError, UnicodeDecodeError):
            raise BackupError(BACKUP_DAMAGED) from None
        if not isinstance(doc, dict):
            raise BackupError(BACKUP_DAMAGED)
        return doc

    def extract_db(self, target: Path) -> None:
        """Stream the database entry into a new file (mode 0600), checking its SHA-256."""
        assert self._db_entry is not None
        digest = hashlib.sha256()
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                     0o600)
        try:
            with os.fdopen(fd, "wb") as out, _open_zip(self.path) as (_, zf), \
                    zf.open(self._db_entry) as src:
                while chunk := src.read(1024 * 1024):
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
        except (zipfile.BadZipFile, EOFError, OSError):
            raise BackupError(BACKUP_DAMAGED) from None
        if digest.hexdigest() != self.manifest.get("files", {}).get("peerdesk.db"):
            raise BackupError(BACKUP_DAMAGED)


def user_tag(vault_id: str, username: str) -> str:
    """What a format-2 backup shows of a user name: HMAC-SHA256 keyed by the vault id."""
    return hmac.new(vault_id.encode("utf-8"), USER_TAG_INFO + username.encode("utf-8"),
                    hashlib.sha256).hexdigest()


def _private_key(data_key: bytes | bytearray, manifest: dict[str, Any]) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32,
                salt=str(manifest["backup_id"]).encode("ascii"),
                info=PRIVATE_INFO).derive(bytes(data_key))


def _private_ad(manifest: dict[str, Any]) -> bytes:
    return PRIVATE_INFO + b"\x00" + canonical_json(
        {"vault_id": manifest["vault_id"], "backup_id": manifest["backup_id"],
         "key_epoch": manifest["key_epoch"]})


# ---------------------------------------------------------------------------------- make
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
    slots_bytes = vault.slot_file.to_bytes()
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
        db_sha = _sha256_file(copy)
        manifest: dict[str, Any] = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "backup_id": uuid.uuid4().hex,
            "vault_id": vault.vault_id,
            "schema_version": schema,
            "key_epoch": vault.slot_file.key_epoch,
            "created_at": iso(utc_now()),
            "audit_head": {"seq": head[0], "hash": head[1]},
            "slots": [
                {**s.to_dict(), "username": "",
                 "user_tag": user_tag(vault.vault_id, s.username) if s.username else ""}
                for s in vault.slot_file.slots
            ],
            "sign_public": b64e(vault.keys.signing_key.public_key().public_bytes_raw()),
        }
        private = {
            "app_version": peerdesk.__version__,
            "created_by": vault.account_id,
            "table_encoding": "canonical",
            "tables": source_hashes,
            "keyslots": slots_bytes.decode("utf-8"),
        }
        nonce = os.urandom(12)
        blob = nonce + AESGCM(_private_key(vault.keys.data_key, manifest)).encrypt(
            nonce, canonical_json(private), _private_ad(manifest))
        manifest["files"] = {"peerdesk.db": db_sha,
                             "private.bin": hashlib.sha256(blob).hexdigest()}
        manifest["signature"] = b64e(vault.keys.signing_key.sign(canonical_json(manifest)))
        _write_archive(out, manifest, blob, copy)
    return BackupInfo(out, manifest)


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


def _write_archive(out: Path, manifest: dict[str, Any], blob: bytes, db: Path) -> None:
    """Stored (uncompressed) ZIP entries in a fixed order, written to a temp file beside
    ``out``, fsynced and renamed over it."""
    tmp = out.parent / f".{out.name}.{uuid.uuid4().hex[:8]}.tmp"
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_STORED, allowZip64=True) as zf:
            zf.writestr("manifest.json", json.dumps(manifest, indent=1, sort_keys=True))
            zf.writestr("private.bin", blob)
            zf.write(db, "peerdesk.db")
        os.chmod(tmp, 0o600)
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, out)
        fsync_dir(out.parent)
    finally:
        if tmp.exists():
            tmp.unlink()


# ---------------------------------------------------------------------------------- read
@contextlib.contextmanager
def _open_zip(path: Path) -> Iterator[tuple[BinaryIO, zipfile.ZipFile]]:
    """The backup file (a regular file within the size cap) opened as a ZIP."""
    with open_regular(path, MAX_ARCHIVE_BYTES, "The backup file") as fh:
        try:
            zf = zipfile.ZipFile(fh)
        except (zipfile.BadZipFile, ValueError, EOFError, OSError):
            raise BackupError(BACKUP_DAMAGED) from None
        with zf:
            yield fh, zf


def _checked_entries(zf: zipfile.ZipFile, archive_size: int) -> dict[str, zipfile.ZipInfo]:
    """Refuse, before reading any entry, an archive whose entries are not exactly the
    expected ones, stored uncompressed, each within its limit and within the file."""
    infos = zf.infolist()
    if len(infos) > 3:
        raise BackupError(BACKUP_DAMAGED)
    entries: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        if (info.filename not in _ALL_NAMES or info.filename in entries
                or info.compress_type != zipfile.ZIP_STORED
                or info.file_size != info.compress_size
                or info.file_size > archive_size):
            raise BackupError(BACKUP_DAMAGED)
        entries[info.filename] = info
    return entries


def read_backup(path: Path) -> BackupArchive:
    """Open a backup file with every bound checked and its manifest's signature verified.

    Only the small entries are read into memory; nothing is decompressed (entries must be
    stored), so a crafted file costs no more memory than its own size caps allow.
    """
    path = Path(path)
    with _open_zip(path) as (fh, zf):
        size = os.fstat(fh.fileno()).st_size
        entries = _checked_entries(zf, size)
        if "manifest.json" not in entries:
            raise BackupError(BACKUP_DAMAGED)
        try:
            manifest = json.loads(_read_entry(zf, entries["manifest.json"], MAX_MANIFEST_BYTES))
        except (ValueError, UnicodeDecodeError):
            raise BackupError(BACKUP_DAMAGED) from None
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise BackupError("This file is not a peerdesk backup.")
        version = manifest.get("format_version")
        if not isinstance(version, int) or version not in READABLE_VERSIONS:
            if isinstance(version, int) and version > FORMAT_VERSION:
                raise VaultTooNew(NEWER)
            raise BackupError(BACKUP_DAMAGED)
        limits = ENTRY_LIMITS[version]
        if set(entries) != set(limits) or any(
            entries[n].file_size > limit for n, limit in limits.items()
        ):
            raise BackupError(BACKUP_DAMAGED)
        archive = BackupArchive(path, manifest, version, _db_entry=entries["peerdesk.db"])
        small = "keyslots.json" if version == 1 else "private.bin"
        data = _read_entry(zf, entries[small], limits[small])
    if version == 1:
        archive.slots_bytes = data
    else:
        archive.private_blob = data
    _check_manifest(archive, small, data)
    return archive


def _read_entry(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    try:
        with zf.open(info) as src:
            data = src.read(limit + 1)
    except (zipfile.BadZipFile, EOFError, OSError, ValueError):
        raise BackupError(BACKUP_DAMAGED) from None
    if len(data) > limit:
        raise BackupError(BACKUP_DAMAGED)
    return data


def _check_manifest(archive: BackupArchive, small: str, data: bytes) -> None:
    manifest = archive.manifest
    try:
        schema = int(manifest.get("schema_version", 0))
        archive.anchor  # noqa: B018 - must be present and well formed
        files = dict(manifest["files"])
        str(manifest["vault_id"])
    except (KeyError, TypeError, ValueError):
        raise BackupError(BACKUP_DAMAGED) from None
    if schema > migrate.latest_version():
        raise VaultTooNew(NEWER)
    if hashlib.sha256(data).hexdigest() != files.get(small):
        raise BackupError(BACKUP_DAMAGED)
    body = {k: v for k, v in manifest.items() if k != "signature"}
    try:
        public = Ed25519PublicKey.from_public_bytes(b64d(manifest["sign_public"]))
        public.verify(b64d(manifest["signature"]), canonical_json(body))
    except (KeyError, ValueError, TypeError, InvalidSignature):
        raise BackupError(BACKUP_DAMAGED) from None
    if manifest["sign_public"] not in {s.sign_public for s in archive.clear_slots()}:
        raise BackupError("The backup's signature is not from an account of its vault.")
