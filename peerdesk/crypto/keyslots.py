"""Key slots: how a passphrase (or the recovery key) reaches the vault's data key.

A vault has one random 32-byte data key, used only as SQLCipher's raw key. Each account has
a slot:

* ``secret``: the account's X25519 and Ed25519 private keys, sealed with AES-256-GCM under a
  key derived from the passphrase with Argon2id. Every identity field of the slot (version,
  vault, kind, account, user name, key derivation parameters, salt, public keys) is bound as
  associated data, so editing any of them makes the slot fail to open.
* ``data_key``: the data key sealed to the account's X25519 public key (ephemeral X25519,
  HKDF-SHA256, AES-256-GCM; the slot's identity fields, the key epoch and the ephemeral key
  are associated data).

Unlocking costs exactly one Argon2id derivation. Because the data key is sealed to public
keys, the data key can be rotated (when a member is removed) by anyone who holds it, without
knowing the other members' passphrases: that is why the slot has two layers instead of one.

The recovery slot is the same, except that its secret is a full-entropy recovery key and its
key-encryption key is derived with HKDF instead of Argon2id.

Slot version 2 normalises a passphrase to Unicode NFC before the key derivation, so the same
words typed with another input method (composed or decomposed accents, Devanagari) open the
slot; version 1 slots used the passphrase exactly as typed and still open that way. Every
byte layout is specified in docs/format.md.
"""

from __future__ import annotations

import hashlib
import os
import unicodedata
import uuid
from dataclasses import dataclass, field, replace
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from peerdesk.crypto.encoding import b64d, b64e, canonical_json
from peerdesk.crypto.kdf import KdfBoundsError, KdfParams, derive_key

#: 1: passphrase bytes as typed; 2: passphrase normalised to NFC first.
SLOT_VERSION = 2
SUPPORTED_VERSIONS = (1, 2)
KIND_ACCOUNT = "account"
KIND_RECOVERY = "recovery"


class SlotOpenError(Exception):
    """The secret did not open this slot (wrong passphrase, or the slot was altered)."""


class SlotFormatError(Exception):
    """The slot is not well formed."""


class SlotBoundsError(SlotFormatError):
    """The slot asks for key derivation beyond the bounds; refused before deriving."""


def passphrase_secret(passphrase: str, version: int = SLOT_VERSION) -> bytes:
    """The bytes a slot of ``version`` derives its key from: NFC UTF-8 from version 2."""
    if version >= 2:
        passphrase = unicodedata.normalize("NFC", passphrase)
    return passphrase.encode("utf-8")


@dataclass
class AccountKeys:
    """What an opened slot yields. Hold it briefly; call ``wipe`` when locking."""

    data_key: bytearray
    signing_key: Ed25519PrivateKey
    box_key: X25519PrivateKey

    def wipe(self) -> None:
        for i in range(len(self.data_key)):
            self.data_key[i] = 0


@dataclass(frozen=True)
class KeySlot:
    slot_id: str
    vault_id: str
    kind: str
    account_id: str
    username: str
    kdf: dict[str, Any]
    salt: str
    box_public: str
    sign_public: str
    secret_nonce: str
    secret_ct: str
    key_epoch: int
    dk_ephemeral: str
    dk_nonce: str
    dk_ct: str
    created_at: str
    version: int = SLOT_VERSION
    extra: dict[str, Any] = field(default_factory=dict)

    # -- serialisation -------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "slot_id": self.slot_id,
            "vault_id": self.vault_id,
            "kind": self.kind,
            "account_id": self.account_id,
            "username": self.username,
            "kdf": self.kdf,
            "salt": self.salt,
            "box_public": self.box_public,
            "sign_public": self.sign_public,
            "secret_nonce": self.secret_nonce,
            "secret_ct": self.secret_ct,
            "key_epoch": self.key_epoch,
            "dk_ephemeral": self.dk_ephemeral,
            "dk_nonce": self.dk_nonce,
            "dk_ct": self.dk_ct,
            "created_at": self.created_at,
        }

    @classmethod
    def from_dict(cls, data: Any) -> KeySlot:
        if not isinstance(data, dict):
            raise SlotFormatError("slot is not an object")
        try:
            slot = cls(
                version=int(data["version"]),
                slot_id=str(data["slot_id"]),
                vault_id=str(data["vault_id"]),
                kind=str(data["kind"]),
                account_id=str(data["account_id"]),
                username=str(data["username"]),
                kdf=dict(data["kdf"]),
                salt=str(data["salt"]),
                box_public=str(data["box_public"]),
                sign_public=str(data["sign_public"]),
                secret_nonce=str(data["secret_nonce"]),
                secret_ct=str(data["secret_ct"]),
                key_epoch=int(data["key_epoch"]),
                dk_ephemeral=str(data["dk_ephemeral"]),
                dk_nonce=str(data["dk_nonce"]),
                dk_ct=str(data["dk_ct"]),
                created_at=str(data["created_at"]),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise SlotFormatError("slot is missing a field") from exc
        if slot.version not in SUPPORTED_VERSIONS:
            raise SlotFormatError("slot version is not supported")
        if slot.kind not in (KIND_ACCOUNT, KIND_RECOVERY):
            raise SlotFormatError("slot kind is not supported")
        if slot.kind == KIND_ACCOUNT:
            try:
                KdfParams.from_dict(slot.kdf)
            except KdfBoundsError as exc:
                raise SlotBoundsError(str(exc)) from None
            except ValueError as exc:
                raise SlotFormatError(str(exc)) from None
        return slot

    # -- associated data -----------------------------------------------------------------
    def identity(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "slot_id": self.slot_id,
            "vault_id": self.vault_id,
            "kind": self.kind,
            "account_id": self.account_id,
            "username": self.username,
            "kdf": self.kdf,
            "salt": self.salt,
            "box_public": self.box_public,
            "sign_public": self.sign_public,
            "created_at": self.created_at,
        }

    def digest(self) -> str:
        """What the audit chain records of a slot: SHA-256 of its secret's associated data
        and ciphertext, which no re-sealing of the data key changes."""
        body = self.secret_ad() + b"\x00" + self.secret_ct.encode("utf-8")
        return hashlib.sha256(body).hexdigest()

    def secret_ad(self) -> bytes:
        return b"peerdesk/slot-secret/v1\x00" + canonical_json(self.identity())

    def data_key_ad(self, epoch: int, ephemeral: str) -> bytes:
        ident = self.identity()
        ident["key_epoch"] = epoch
        ident["dk_ephemeral"] = ephemeral
        return b"peerdesk/slot-data-key/v1\x00" + canonical_json(ident)


# -- key-encryption keys -------------------------------------------------------------------
def _kek(slot_kind: str, kdf: dict[str, Any], secret: bytes | bytearray, salt: bytes) -> bytes:
    if slot_kind == KIND_RECOVERY:
        if kdf.get("alg") != "hkdf-sha256":
            raise SlotFormatError("recovery slot must use HKDF")
        return HKDF(hashes.SHA256(), 32, salt, b"peerdesk/recovery-kek/v1").derive(bytes(secret))
    try:
        params = KdfParams.from_dict(kdf)
    except ValueError as exc:
        raise SlotFormatError(str(exc)) from exc
    return derive_key(secret, salt, params)


def _seal_to(public: X25519PublicKey, plaintext: bytes, ad_for: Any) -> tuple[str, str, str]:
    eph = X25519PrivateKey.generate()
    eph_pub = b64e(eph.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))
    shared = eph.exchange(public)
    key = HKDF(hashes.SHA256(), 32, None, b"peerdesk/seal/v1").derive(shared)
    nonce = os.urandom(12)
    ct = AESGCM(key).encrypt(nonce, plaintext, ad_for(eph_pub))
    return eph_pub, b64e(nonce), b64e(ct)


def _pub_raw(key: X25519PrivateKey | Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def _priv_raw(key: X25519PrivateKey | Ed25519PrivateKey) -> bytes:
    from cryptography.hazmat.primitives.serialization import NoEncryption, PrivateFormat

    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


# -- making and opening slots ----------------------------------------------------------------
def make_slot(
    *,
    vault_id: str,
    kind: str,
    account_id: str,
    username: str,
    secret: bytes | bytearray,
    data_key: bytes | bytearray,
    key_epoch: int,
    created_at: str,
    kdf: KdfParams | None = None,
    signing_key: Ed25519PrivateKey | None = None,
    box_key: X25519PrivateKey | None = None,
    version: int = SLOT_VERSION,
) -> KeySlot:
    """A new slot. Pass existing keys to keep an account's identity (passphrase change).

    ``version`` is for making a slot of an older format (tests of old vaults); the caller
    passes the secret in that version's form (``passphrase_secret``)."""
    signing_key = signing_key or Ed25519PrivateKey.generate()
    box_key = box_key or X25519PrivateKey.generate()
    salt = os.urandom(16)
    if kind == KIND_RECOVERY:
        kdf_dict: dict[str, Any] = {"alg": "hkdf-sha256"}
    else:
        kdf_dict = dict((kdf or KdfParams()).as_dict())
    slot = KeySlot(
        slot_id=uuid.uuid4().hex,
        vault_id=vault_id,
        kind=kind,
        account_id=account_id,
        username=username,
        kdf=kdf_dict,
        salt=b64e(salt),
        box_public=b64e(_pub_raw(box_key)),
        sign_public=b64e(_pub_raw(signing_key)),
        secret_nonce="",
        secret_ct="",
        key_epoch=0,
        dk_ephemeral="",
        dk_nonce="",
        dk_ct="",
        created_at=created_at,
        version=version,
    )
    kek = _kek(kind, kdf_dict, secret, salt)
    nonce = os.urandom(12)
    secret_ct = AESGCM(kek).encrypt(
        nonce, _priv_raw(box_key) + _priv_raw(signing_key), slot.secret_ad()
    )
    slot = replace(slot, secret_nonce=b64e(nonce), secret_ct=b64e(secret_ct))
    return seal_data_key(slot, data_key, key_epoch)


def seal_data_key(slot: KeySlot, data_key: bytes | bytearray, key_epoch: int) -> KeySlot:
    """Seal (a new) data key to the slot's public key; needs no passphrase."""
    public = X25519PublicKey.from_public_bytes(b64d(slot.box_public))
    eph, nonce, ct = _seal_to(
        public, bytes(data_key), lambda e: slot.data_key_ad(key_epoch, e)
    )
    return replace(slot, key_epoch=key_epoch, dk_ephemeral=eph, dk_nonce=nonce, dk_ct=ct)


def open_secret(
    slot: KeySlot, secret: bytes | bytearray
) -> tuple[X25519PrivateKey, Ed25519PrivateKey]:
    """The account's private keys (one key derivation). Raises SlotOpenError."""
    try:
        salt = b64d(slot.salt)
        kek = _kek(slot.kind, slot.kdf, secret, salt)
        raw = AESGCM(kek).decrypt(b64d(slot.secret_nonce), b64d(slot.secret_ct), slot.secret_ad())
    except (InvalidTag, ValueError, SlotFormatError) as exc:  # an altered kdf is a bad slot
        raise SlotOpenError() from exc
    if len(raw) != 64:
        raise SlotOpenError()
    box_key = X25519PrivateKey.from_private_bytes(raw[:32])
    signing_key = Ed25519PrivateKey.from_private_bytes(raw[32:])
    if (
        b64e(_pub_raw(box_key)) != slot.box_public
        or b64e(_pub_raw(signing_key)) != slot.sign_public
    ):
        raise SlotOpenError()
    return box_key, signing_key


def open_slot(slot: KeySlot, secret: bytes | bytearray) -> AccountKeys:
    """Open a slot with a passphrase or recovery key. Raises SlotOpenError if it does not."""
    box_key, signing_key = open_secret(slot, secret)
    data_key = unseal_data_key(slot, box_key)
    return AccountKeys(data_key=data_key, signing_key=signing_key, box_key=box_key)


def unseal_data_key(slot: KeySlot, box_key: X25519PrivateKey) -> bytearray:
    try:
        eph = X25519PublicKey.from_public_bytes(b64d(slot.dk_ephemeral))
        shared = box_key.exchange(eph)
        key = HKDF(hashes.SHA256(), 32, None, b"peerdesk/seal/v1").derive(shared)
        data_key = AESGCM(key).decrypt(
            b64d(slot.dk_nonce),
            b64d(slot.dk_ct),
            slot.data_key_ad(slot.key_epoch, slot.dk_ephemeral),
        )
    except (InvalidTag, ValueError) as exc:
        raise SlotOpenError() from exc
    if len(data_key) != 32:
        raise SlotOpenError()
    return bytearray(data_key)


def kdf_of(slot: KeySlot) -> KdfParams | None:
    if slot.kind == KIND_RECOVERY:
        return None
    return KdfParams.from_dict(slot.kdf)
