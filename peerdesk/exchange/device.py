"""A laptop's identity: the keys it signs bundles with and the keys bundles are sealed to.

A device has an Ed25519 key (it signs every bundle it writes) and a hybrid post-quantum
receiving key, ML-KEM-768 + X25519, the HPKE KEM bundles are sealed with (docs/exchange.md
says why). Its id is a hash of its public keys, so an id cannot be claimed without the keys.
The byte layouts are in docs/format.md ("Device keys").
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import mlkem, x25519
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.hpke import MLKEM768X25519PrivateKey, MLKEM768X25519PublicKey

from peerdesk.crypto.encoding import b64d, b64e

_ID_DOMAIN = b"peerdesk/device-id/v1\x00"
_RAW = serialization.Encoding.Raw
_RAW_PUB = serialization.PublicFormat.Raw
_RAW_PRIV = serialization.PrivateFormat.Raw
_NO_ENC = serialization.NoEncryption()

#: Sizes of the raw public keys (FIPS 203 encapsulation key; RFC 7748; RFC 8032).
MLKEM768_PUBLIC_LEN = 1184
X25519_LEN = 32
ED25519_LEN = 32
MLKEM_SEED_LEN = 64


class DeviceKeyError(ValueError):
    """Key material that does not have the shape docs/format.md gives it."""


def _exact(data: bytes, length: int, what: str) -> bytes:
    if len(data) != length:
        raise DeviceKeyError(f"{what} must be {length} bytes")
    return data


@dataclass(frozen=True)
class DevicePublic:
    """What every laptop of the group knows about a device: its three public keys."""

    sign: bytes  # Ed25519, 32 bytes
    kem_x25519: bytes  # X25519, 32 bytes
    kem_mlkem: bytes  # ML-KEM-768 encapsulation key, 1184 bytes

    def __post_init__(self) -> None:
        _exact(self.sign, ED25519_LEN, "the signing key")
        _exact(self.kem_x25519, X25519_LEN, "the X25519 key")
        _exact(self.kem_mlkem, MLKEM768_PUBLIC_LEN, "the ML-KEM-768 key")

    @property
    def device_id(self) -> str:
        digest = hashlib.sha256(
            _ID_DOMAIN + self.sign + self.kem_x25519 + self.kem_mlkem
        ).hexdigest()
        return digest[:32]

    def verify(self, signature: bytes, message: bytes) -> bool:
        try:
            Ed25519PublicKey.from_public_bytes(self.sign).verify(signature, message)
        except InvalidSignature:
            return False
        return True

    def hpke_public(self) -> MLKEM768X25519PublicKey:
        try:
            return MLKEM768X25519PublicKey(
                mlkem.MLKEM768PublicKey.from_public_bytes(self.kem_mlkem),
                x25519.X25519PublicKey.from_public_bytes(self.kem_x25519),
            )
        except ValueError as exc:
            raise DeviceKeyError("the receiving key is not a valid public key") from exc

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.device_id,
            "sign": b64e(self.sign),
            "kem_x25519": b64e(self.kem_x25519),
            "kem_mlkem768": b64e(self.kem_mlkem),
        }

    @classmethod
    def from_json(cls, data: object) -> DevicePublic:
        """Parse and check a public device record; its ``id`` must match its keys."""
        if not isinstance(data, dict):
            raise DeviceKeyError("a device must be an object")
        try:
            public = cls(
                sign=b64d(data.get("sign")),
                kem_x25519=b64d(data.get("kem_x25519")),
                kem_mlkem=b64d(data.get("kem_mlkem768")),
            )
        except (ValueError, TypeError) as exc:
            raise DeviceKeyError(str(exc) or "a device key is not valid base64") from exc
        if data.get("id") != public.device_id:
            raise DeviceKeyError("the device id does not match its keys")
        return public


@dataclass(frozen=True)
class DeviceKeys:
    """A laptop's private device keys. Kept only inside its encrypted vault."""

    sign_private: bytes  # Ed25519 private key, 32 bytes
    kem_x25519_private: bytes  # 32 bytes
    kem_mlkem_seed: bytes  # 64-byte ML-KEM-768 seed (d || z)

    def __post_init__(self) -> None:
        _exact(self.sign_private, ED25519_LEN, "the signing key")
        _exact(self.kem_x25519_private, X25519_LEN, "the X25519 key")
        _exact(self.kem_mlkem_seed, MLKEM_SEED_LEN, "the ML-KEM-768 seed")

    @classmethod
    def generate(cls) -> DeviceKeys:
        return cls(
            sign_private=Ed25519PrivateKey.generate().private_bytes(_RAW, _RAW_PRIV, _NO_ENC),
            kem_x25519_private=x25519.X25519PrivateKey.generate().private_bytes(
                _RAW, _RAW_PRIV, _NO_ENC
            ),
            kem_mlkem_seed=mlkem.MLKEM768PrivateKey.generate().private_bytes_raw(),
        )

    def _signer(self) -> Ed25519PrivateKey:
        return Ed25519PrivateKey.from_private_bytes(self.sign_private)

    def sign(self, message: bytes) -> bytes:
        return self._signer().sign(message)

    def hpke_private(self) -> MLKEM768X25519PrivateKey:
        return MLKEM768X25519PrivateKey(
            mlkem.MLKEM768PrivateKey.from_seed_bytes(self.kem_mlkem_seed),
            x25519.X25519PrivateKey.from_private_bytes(self.kem_x25519_private),
        )

    @property
    def public(self) -> DevicePublic:
        return DevicePublic(
            sign=self._signer().public_key().public_bytes(_RAW, _RAW_PUB),
            kem_x25519=x25519.X25519PrivateKey.from_private_bytes(self.kem_x25519_private)
            .public_key()
            .public_bytes(_RAW, _RAW_PUB),
            kem_mlkem=mlkem.MLKEM768PrivateKey.from_seed_bytes(self.kem_mlkem_seed)
            .public_key()
            .public_bytes_raw(),
        )

    def to_bytes(self) -> bytes:
        """128 bytes: signing key, X25519 key, ML-KEM seed (docs/format.md)."""
        return self.sign_private + self.kem_x25519_private + self.kem_mlkem_seed

    @classmethod
    def from_bytes(cls, data: bytes) -> DeviceKeys:
        _exact(data, ED25519_LEN + X25519_LEN + MLKEM_SEED_LEN, "device keys")
        return cls(data[:32], data[32:64], data[64:])
