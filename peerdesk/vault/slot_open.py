"""Opening key slots with a passphrase or the recovery key, and the database with the key
they hold (shared by unlock and restore)."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from peerdesk.crypto import keyslots
from peerdesk.crypto.kdf import PROFILE_ENV, KdfParams, derive_key
from peerdesk.crypto.keyslots import AccountKeys, KeySlot, SlotOpenError, passphrase_secret
from peerdesk.crypto.recovery import parse_recovery_key
from peerdesk.errors import VaultDamaged, WrongPassphrase
from peerdesk.storage.database import Database
from peerdesk.vault.layout import VaultPaths


def slot_secret(secret: str, recovery: bool) -> Callable[[KeySlot], bytes]:
    """What each candidate slot derives its key from: the recovery key's 32 bytes, or the
    passphrase in the form the slot's version uses (NFC from version 2, as typed before)."""
    if recovery:
        try:
            raw = parse_recovery_key(secret)
        except ValueError as exc:
            raise WrongPassphrase(str(exc)) from None
        return lambda _slot: raw
    return lambda slot: passphrase_secret(secret, slot.version)


def open_candidates(
    candidates: list[KeySlot], secret_for: Callable[[KeySlot], bytes]
) -> list[tuple[KeySlot, AccountKeys]]:
    """Every candidate slot the secret opens; one key derivation per distinct salt."""
    if not candidates:
        # Spend the same effort as a real attempt so timing does not reveal user names.
        derive_key(b"no such account", os.urandom(16), KdfParams.fast_for_tests()
                   if os.environ.get(PROFILE_ENV) == "test" else KdfParams())
        raise WrongPassphrase()
    opened: list[tuple[KeySlot, AccountKeys]] = []
    secrets_by_salt: dict[tuple[str, bytes], tuple[Any, Ed25519PrivateKey] | None] = {}
    for slot in candidates:
        secret = secret_for(slot)
        if (slot.salt, secret) not in secrets_by_salt:
            try:
                secrets_by_salt[slot.salt, secret] = keyslots.open_secret(slot, secret)
            except SlotOpenError:
                secrets_by_salt[slot.salt, secret] = None
        pair = secrets_by_salt[slot.salt, secret]
        if pair is None:
            continue
        try:
            data_key = keyslots.unseal_data_key(slot, pair[0])
        except SlotOpenError:
            continue
        opened.append((slot, AccountKeys(data_key=data_key, box_key=pair[0], signing_key=pair[1])))
    if not opened:
        raise WrongPassphrase()
    return opened


def open_database_with(
    paths: VaultPaths, opened: list[tuple[KeySlot, AccountKeys]]
) -> tuple[Database, KeySlot, AccountKeys]:
    """Open with the newest key; older keys only matter after a crash mid-rotation."""
    last_error: Exception | None = None
    for slot, keys in opened:
        try:
            return Database.open(paths.db, keys.data_key), slot, keys
        except VaultDamaged as exc:
            last_error = exc
    assert last_error is not None
    raise last_error
