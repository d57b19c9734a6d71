"""Opening the SQLCipher database with a raw 32-byte key and pinned settings.

User text never reaches a PRAGMA: the only key ever given to SQLCipher is the hex of random
bytes, and ``_raw_key_pragma`` refuses anything else.
"""

from __future__ import annotations

import errno
import os
import re
from pathlib import Path
from typing import Any

import sqlcipher3

from peerdesk.errors import StorageFull, VaultDamaged, VaultMissing

PAGE_SIZE = 4096
#: 64 MiB page cache: repeated reads then cost about what they cost unencrypted
#: (docs/performance.md).
CACHE_KIB = 64 * 1024

#: The SQLCipher settings every vault must have; asserted in tests and on open.
PINNED_SETTINGS = {
    "cipher_page_size": "4096",
    "cipher_use_hmac": "1",
    "cipher_hmac_algorithm": "HMAC_SHA512",
    "cipher_kdf_algorithm": "PBKDF2_HMAC_SHA512",
    "cipher_plaintext_header_size": "0",
}

_HEX_KEY = re.compile(r"^[0-9a-f]{64}$")

DAMAGED = (
    "The vault's database is damaged and cannot be read. Nothing was changed. "
    "Restore it from a backup (peerdesk restore)."
)


def _raw_key_pragma(data_key: bytes | bytearray) -> str:
    if len(data_key) != 32:
        raise ValueError("the data key must be 32 bytes")
    hexkey = bytes(data_key).hex()
    if not _HEX_KEY.match(hexkey):  # pragma: no cover - hex() cannot produce anything else
        raise ValueError("bad key")
    return f"PRAGMA key = \"x'{hexkey}'\""


def raw_key_literal(data_key: bytes | bytearray) -> str:
    """``x'…'`` for ATTACH … KEY; only ever made from random key bytes."""
    if len(data_key) != 32:
        raise ValueError("the data key must be 32 bytes")
    return f"\"x'{bytes(data_key).hex()}'\""


def _has_wal(path: Path) -> bool:
    wal = Path(f"{path}-wal")
    return wal.exists() and wal.stat().st_size > 0


def check_file_shape(path: Path) -> None:
    """Refuse files that cannot be a vault before SQLCipher sees them (a 0-byte file would
    otherwise open as a brand-new empty database).

    A torn last page is allowed when a write-ahead log is beside the file: a checkpoint cut
    short by a full disk leaves exactly that, and replaying the log repairs it (``connect``
    checks the shape again after the replay).
    """
    if not path.exists():
        raise VaultMissing(f"No vault database at {path.parent}.")
    size = path.stat().st_size
    if size == 0 or (size % PAGE_SIZE != 0 and not _has_wal(path)):
        raise VaultDamaged(DAMAGED)


def connect(path: Path, data_key: bytes | bytearray, *, create: bool = False) -> Any:
    """An open, keyed, configured connection; raises VaultDamaged if the file is not sound."""
    path = Path(path)
    if create:
        if path.exists():
            raise FileExistsError(str(path))
    else:
        check_file_shape(path)
    try:
        # A vault has one connection in exclusive mode: the holder never lets go, so waiting
        # (the driver's default is 5 s) only delays "already open".
        conn = sqlcipher3.connect(
            str(path), isolation_level=None, check_same_thread=False, timeout=0.2
        )
    except sqlcipher3.OperationalError as exc:
        raise _classify(exc) from None
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(_raw_key_pragma(data_key))
        conn.execute("PRAGMA cipher_compatibility = 4")
        conn.execute("PRAGMA cipher_memory_security = OFF")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        # The first real read proves the key and takes the exclusive lock.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise VaultDamaged(DAMAGED)
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("COMMIT")
        if not create and path.stat().st_size % PAGE_SIZE != 0:
            # Finish the interrupted checkpoint; if the file is still torn it is damaged.
            try:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            except sqlcipher3.DatabaseError as exc:
                raise classify_error(exc, writing=True) from None
            if path.stat().st_size % PAGE_SIZE != 0:
                raise VaultDamaged(DAMAGED)
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise _classify(exc) from None
    except (VaultDamaged, StorageFull):
        conn.close()
        raise
    return conn


def _classify(exc: BaseException) -> Exception:
    from peerdesk.errors import VaultAlreadyOpen

    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return VaultAlreadyOpen()
    if "disk is full" in text:
        return StorageFull()
    if "unable to open" in text:
        return VaultMissing("The vault database cannot be opened (missing or no permission).")
    return VaultDamaged(DAMAGED)


def classify_error(exc: BaseException, *, writing: bool = False) -> Exception:
    """Map a driver error raised during normal work to a peerdesk error without its text.

    ``writing``: the error came from a write transaction. SQLite reports a write refused by
    the OS (EFBIG, EIO, a partial write) as "disk I/O error"; that is a full or unwritable
    disk, not a damaged vault, and the transaction was rolled back.
    """
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageFull()
    text = str(exc).lower()
    if "disk is full" in text or "database or disk is full" in text:
        return StorageFull()
    if writing and "disk i/o error" in text:
        return StorageFull()
    return _classify(exc)


def cipher_settings(conn: Any) -> dict[str, str]:
    settings: dict[str, str] = {}
    for (row,) in conn.execute("PRAGMA cipher_settings").fetchall():
        text = str(row).strip().rstrip(";")
        m = re.match(r"PRAGMA\s+(\w+)\s*=\s*(.+)", text, re.I)
        if m:
            settings[m.group(1).lower()] = m.group(2).strip().strip("'\"")
    return settings


def sqlcipher_version(conn: Any) -> str:
    return str(conn.execute("PRAGMA cipher_version").fetchone()[0])


def vault_files(db_path: Path) -> list[Path]:
    return [p for p in (db_path, Path(f"{db_path}-wal"), Path(f"{db_path}-journal"),
                        Path(f"{db_path}-shm")) if p.exists()]


def remove_db_files(db_path: Path) -> None:
    for p in vault_files(db_path):
        os.unlink(p)
