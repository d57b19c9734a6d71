"""The new laptop's device keys between ``peerdesk join`` and its first snapshot.

Before a laptop has a vault it has nowhere encrypted to keep its private device keys, so
``join`` seals them in the vault folder (``join-pending.json``) under a passphrase the
person joining chooses, like a key slot: Argon2id of the passphrase, AES-256-GCM, every
other field bound as associated data (docs/format.md, "The pending join file"). Applying
the first snapshot opens it, moves the keys into the new encrypted database and removes it.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from peerdesk.atomic import atomic_write_bytes
from peerdesk.bounded_read import FileTooLarge, UnreadableFile, read_regular
from peerdesk.crypto.encoding import b64d, b64e, canonical_json
from peerdesk.crypto.kdf import KdfParams, default_params, derive_key
from peerdesk.crypto.keyslots import passphrase_secret
from peerdesk.errors import UsageError, VaultDamaged, VaultExists, WrongPassphrase
from peerdesk.exchange.device import DeviceKeyError, DeviceKeys, DevicePublic
from peerdesk.exchange.join_request import JoinRequest, make_join_request
from peerdesk.vault.layout import VaultPaths

FILE_NAME = "join-pending.json"
FORMAT = "peerdesk-join-pending"
FORMAT_VERSION = 1
MAX_BYTES = 16 * 1024
_AD_DOMAIN = b"peerdesk/join-pending/v1\x00"
_DAMAGED = ("The pending join file (join-pending.json) is damaged; run peerdesk join again "
            "and ask the coordinator for a new snapshot.")


def pending_path(folder: Path) -> Path:
    return Path(folder) / FILE_NAME


@dataclass(frozen=True)
class PendingJoin:
    request: JoinRequest
    doc: dict[str, Any]

    def identity(self) -> dict[str, Any]:
        return {k: v for k, v in self.doc.items() if k not in ("nonce", "ct")}

    def open(self, passphrase: str) -> DeviceKeys:
        try:
            params = KdfParams.from_dict(self.doc["kdf"])
            kek = derive_key(passphrase_secret(passphrase), b64d(self.doc["salt"]), params)
            raw = AESGCM(kek).decrypt(b64d(self.doc["nonce"]), b64d(self.doc["ct"]),
                                      _AD_DOMAIN + canonical_json(self.identity()))
        except InvalidTag:
            raise WrongPassphrase("That is not the passphrase chosen when this laptop asked "
                                  "to join.") from None
        except (ValueError, KeyError, TypeError):
            raise VaultDamaged(_DAMAGED) from None
        keys = DeviceKeys.from_bytes(raw)
        if keys.public != self.request.device:
            raise VaultDamaged(_DAMAGED)
        return keys


def start_join(folder: Path, label: str, passphrase: str,
               kdf: KdfParams | None = None) -> tuple[JoinRequest, DeviceKeys]:
    """New device keys for a laptop that will hold a replica in ``folder``, sealed there."""
    folder = Path(folder)
    paths = VaultPaths(folder)
    if paths.exists():
        raise VaultExists(f"There is already a vault in {folder}; join with an empty folder.")
    if pending_path(folder).exists():
        raise UsageError(f"This laptop already asked to join in {folder}; apply the snapshot "
                         "the coordinator made, or remove join-pending.json to start again.")
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    keys = DeviceKeys.generate()
    request = make_join_request(keys, label)
    params = kdf or default_params()
    salt = os.urandom(16)
    identity = {
        "format": FORMAT, "format_version": FORMAT_VERSION,
        "request": request.body(), "kdf": params.as_dict(), "salt": b64e(salt),
    }
    kek = derive_key(passphrase_secret(passphrase), salt, params)
    nonce = os.urandom(12)
    ct = AESGCM(kek).encrypt(nonce, keys.to_bytes(), _AD_DOMAIN + canonical_json(identity))
    doc = {**identity, "nonce": b64e(nonce), "ct": b64e(ct)}
    atomic_write_bytes(pending_path(folder), canonical_json(doc) + b"\n")
    return request, keys


def load_pending(folder: Path) -> PendingJoin | None:
    """The pending join of ``folder``, or None when it has none."""
    path = pending_path(folder)
    if not path.exists():
        return None
    try:
        doc = json.loads(read_regular(path, MAX_BYTES, "The pending join file"))
        if (not isinstance(doc, dict) or doc.get("format") != FORMAT
                or doc.get("format_version") != FORMAT_VERSION):
            raise ValueError
        body = doc["request"]
        device = DevicePublic.from_json(body["device"])
        request = JoinRequest(device, str(body["label"]), str(body["created"]))
        if request.body() != body:
            raise ValueError
    except (UnreadableFile, FileTooLarge, ValueError, KeyError, TypeError, DeviceKeyError,
            UnicodeDecodeError):
        raise VaultDamaged(_DAMAGED) from None
    return PendingJoin(request, doc)


def finish(folder: Path) -> None:
    """Remove the pending file once its keys are inside the new vault."""
    with contextlib.suppress(FileNotFoundError):
        pending_path(folder).unlink()
