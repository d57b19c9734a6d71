"""The bundle file (``.pdx``): sealing and opening, with every refusal named.

A bundle carries a payload (the changes, made by the change log) from one laptop to one or
more others. The payload is compressed and encrypted under a fresh content key; the content
key is sealed to each recipient laptop with HPKE (ML-KEM-768 + X25519); the plaintext header
and the sealed keys are the associated data of the payload; the whole file is signed by the
sending laptop. docs/format.md ("Exchange bundles") gives the byte layout.

Opening checks the cheap things first (size, magic, version, header, group, recipient,
sender) and the signature before any decryption; every failure raises ``BundleRefused`` with
one line and exit code 7, and nothing has been read past what was needed to refuse.
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
import uuid
import zlib
from collections.abc import Mapping, Set
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hpke import AEAD, KDF, KEM, Suite

from peerdesk.crypto.encoding import canonical_json
from peerdesk.errors import N_, BundleRefused
from peerdesk.exchange.device import DeviceKeyError, DeviceKeys, DevicePublic

MAGIC = b"peerdesk-bundle\x00"
FORMAT_VERSION = 1
KINDS = ("changes", "snapshot")

#: Upper bounds checked before anything is parsed or inflated (docs/format.md).
MAX_BUNDLE_BYTES = 512 * 1024 * 1024
MAX_HEADER_BYTES = 64 * 1024
MAX_RECIPIENTS = 64
MAX_PAYLOAD_BYTES = 1024 * 1024 * 1024
MAX_WRAP_BYTES = 4096

_SIG_DOMAIN = b"peerdesk/bundle-signature/v1\x00"
_KEY_INFO = b"peerdesk/bundle-key/v1\x00"
_SIGNATURE_LEN = 64
_NONCE_LEN = 12
_SUITE = Suite(KEM.MLKEM768_X25519, KDF.HKDF_SHA256, AEAD.AES_256_GCM)


class Refusal(StrEnum):
    NOT_A_BUNDLE = "not-a-bundle"
    TOO_LARGE = "too-large"
    NEWER_FORMAT = "newer-format"
    DAMAGED = "damaged"
    OTHER_GROUP = "other-group"
    NOT_FOR_THIS_LAPTOP = "not-for-this-laptop"
    REVOKED_SENDER = "revoked-sender"
    UNKNOWN_SENDER = "unknown-sender"


_MESSAGES = {
    Refusal.NOT_A_BUNDLE: N_("This file is not a peerdesk bundle."),
    Refusal.TOO_LARGE: N_("This bundle is larger than peerdesk accepts; it was not opened."),
    Refusal.NEWER_FORMAT: N_("This bundle was made by a newer peerdesk; update peerdesk on "
                             "this laptop first."),
    Refusal.DAMAGED: N_("This bundle is damaged or was changed after it was made; ask for a "
                        "new one."),
    Refusal.OTHER_GROUP: N_("This bundle comes from another group's peerdesk, not this one."),
    Refusal.NOT_FOR_THIS_LAPTOP: N_("This bundle was made for another laptop, not this one."),
    Refusal.REVOKED_SENDER: N_("This bundle comes from a laptop that was removed from the "
                               "group."),
    Refusal.UNKNOWN_SENDER: N_("This bundle comes from a laptop this one does not know; pair "
                               "it first."),
}


def refuse(reason: Refusal) -> BundleRefused:
    return BundleRefused(reason.value, _MESSAGES[reason])


@dataclass(frozen=True)
class BundleHeader:
    """The plaintext header. Readable without any key; it holds no record content."""

    kind: str
    group: str
    sender: str
    bundle: str
    created: str
    recipients: tuple[str, ...]
    #: The sender's public keys, carried only by a first snapshot (trust on first use,
    #: confirmed by the safety number; docs/exchange.md "Pairing").
    sender_keys: DevicePublic | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "format": FORMAT_VERSION,
            "kind": self.kind,
            "group": self.group,
            "sender": self.sender,
            "bundle": self.bundle,
            "created": self.created,
            "recipients": list(self.recipients),
        }
        if self.sender_keys is not None:
            data["sender_keys"] = self.sender_keys.to_json()
        return data


@dataclass(frozen=True)
class OpenedBundle:
    header: BundleHeader
    payload: bytes


# -- sealing ----------------------------------------------------------------------------


def _key_info(header_bytes: bytes, recipient: str) -> bytes:
    return _KEY_INFO + hashlib.sha256(header_bytes).digest() + recipient.encode("ascii")


def seal_bundle(
    payload: bytes,
    *,
    kind: str,
    group: str,
    sender: DeviceKeys,
    recipients: Mapping[str, DevicePublic],
    include_sender_keys: bool = False,
    now: datetime | None = None,
) -> bytes:
    """A signed bundle of ``payload`` that only ``recipients`` (device id -> keys) can open."""
    if kind not in KINDS:
        raise ValueError(f"unknown bundle kind {kind!r}")
    if not recipients or len(recipients) > MAX_RECIPIENTS:
        raise ValueError("a bundle needs between 1 and 64 recipient laptops")
    if len(payload) > MAX_PAYLOAD_BYTES:
        raise ValueError("the payload is larger than a bundle may carry")
    compressed = zlib.compress(payload, 6)
    sender_public = sender.public
    header = BundleHeader(
        kind=kind,
        group=group,
        sender=sender_public.device_id,
        bundle=uuid.uuid4().hex,
        created=(now or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="seconds"),
        recipients=tuple(sorted(recipients)),
        sender_keys=sender_public if include_sender_keys else None,
    )
    header_bytes = canonical_json(header.to_json())
    content_key = AESGCM.generate_key(bit_length=256)
    parts = [MAGIC, struct.pack(">HI", FORMAT_VERSION, len(header_bytes)), header_bytes]
    for device_id in header.recipients:
        info = _key_info(header_bytes, device_id)
        wrapped = _SUITE.encrypt(content_key, recipients[device_id].hpke_public(), info=info)
        parts += [struct.pack(">H", len(wrapped)), wrapped]
    prefix = b"".join(parts)
    nonce = os.urandom(_NONCE_LEN)
    body = nonce + AESGCM(content_key).encrypt(nonce, compressed, prefix)
    unsigned = prefix + struct.pack(">Q", len(body)) + body
    signature = sender.sign(_SIG_DOMAIN + hashlib.sha256(unsigned).digest())
    return unsigned + signature


# -- opening ----------------------------------------------------------------------------


class _Reader:
    """Bounded reads from the bundle bytes; running short means a damaged bundle."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def take(self, n: int) -> bytes:
        if n < 0 or self.pos + n > len(self.data):
            raise refuse(Refusal.DAMAGED)
        chunk = self.data[self.pos : self.pos + n]
        self.pos += n
        return chunk

    def unpack(self, fmt: str) -> tuple[int, ...]:
        return struct.unpack(fmt, self.take(struct.calcsize(fmt)))


def _text(data: Mapping[str, Any], key: str, limit: int = 128) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value or len(value) > limit:
        raise refuse(Refusal.DAMAGED)
    return value


def _parse_header(header_bytes: bytes) -> BundleHeader:
    try:
        data = json.loads(header_bytes.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise refuse(Refusal.DAMAGED) from exc
    if not isinstance(data, dict) or canonical_json(data) != header_bytes:
        raise refuse(Refusal.DAMAGED)
    if data.get("format") != FORMAT_VERSION or data.get("kind") not in KINDS:
        raise refuse(Refusal.DAMAGED)
    recipients = data.get("recipients")
    if (
        not isinstance(recipients, list)
        or not 1 <= len(recipients) <= MAX_RECIPIENTS
        or not all(isinstance(r, str) and 0 < len(r) <= 64 for r in recipients)
        or recipients != sorted(set(recipients))
    ):
        raise refuse(Refusal.DAMAGED)
    sender_keys = None
    if "sender_keys" in data:
        try:
            sender_keys = DevicePublic.from_json(data["sender_keys"])
        except DeviceKeyError as exc:
            raise refuse(Refusal.DAMAGED) from exc
    header = BundleHeader(
        kind=str(data["kind"]),
        group=_text(data, "group"),
        sender=_text(data, "sender"),
        bundle=_text(data, "bundle"),
        created=_text(data, "created", 40),
        recipients=tuple(recipients),
        sender_keys=sender_keys,
    )
    if sender_keys is not None and sender_keys.device_id != header.sender:
        raise refuse(Refusal.DAMAGED)
    return header


def read_header(data: bytes, max_bytes: int = MAX_BUNDLE_BYTES) -> BundleHeader:
    """The header of a bundle, after the checks that need no key (size, magic, version)."""
    if len(data) > max_bytes:
        raise refuse(Refusal.TOO_LARGE)
    reader = _Reader(data)
    if len(data) < len(MAGIC) + 6 or reader.take(len(MAGIC)) != MAGIC:
        raise refuse(Refusal.NOT_A_BUNDLE)
    version, header_len = reader.unpack(">HI")
    if version > FORMAT_VERSION:
        raise refuse(Refusal.NEWER_FORMAT)
    if version != FORMAT_VERSION or header_len > MAX_HEADER_BYTES:
        raise refuse(Refusal.DAMAGED)
    return _parse_header(reader.take(header_len))


def open_bundle(
    data: bytes,
    *,
    me: DeviceKeys,
    group: str,
    known: Mapping[str, DevicePublic],
    revoked: Set[str] = frozenset(),
    trust_sender_keys: bool = False,
    max_bytes: int = MAX_BUNDLE_BYTES,
    max_payload: int = MAX_PAYLOAD_BYTES,
) -> OpenedBundle:
    """Check and decrypt a bundle addressed to this laptop, or raise ``BundleRefused``.

    ``known`` maps the device ids of the group's laptops to their public keys. A first
    snapshot, before this laptop knows anyone, is opened with ``trust_sender_keys`` and
    checked against the keys its header carries; the person then compares safety numbers.
    """
    header = read_header(data, max_bytes)
    my_id = me.public.device_id
    if header.group != group:
        raise refuse(Refusal.OTHER_GROUP)
    if my_id not in header.recipients:
        raise refuse(Refusal.NOT_FOR_THIS_LAPTOP)
    if header.sender in revoked:
        raise refuse(Refusal.REVOKED_SENDER)
    sender = known.get(header.sender)
    if sender is None and trust_sender_keys and header.kind == "snapshot":
        sender = header.sender_keys
    if sender is None:
        raise refuse(Refusal.UNKNOWN_SENDER)
    if len(data) < _SIGNATURE_LEN:
        raise refuse(Refusal.DAMAGED)
    unsigned, signature = data[:-_SIGNATURE_LEN], data[-_SIGNATURE_LEN:]
    if not sender.verify(signature, _SIG_DOMAIN + hashlib.sha256(unsigned).digest()):
        raise refuse(Refusal.DAMAGED)
    return OpenedBundle(header, _decrypt(unsigned, header, me, my_id, max_payload))


def _decrypt(
    unsigned: bytes, header: BundleHeader, me: DeviceKeys, my_id: str, max_payload: int
) -> bytes:
    reader = _Reader(unsigned)
    reader.take(len(MAGIC))
    _version, header_len = reader.unpack(">HI")
    header_bytes = reader.take(header_len)
    mine = b""
    for device_id in header.recipients:
        (wrap_len,) = reader.unpack(">H")
        if wrap_len > MAX_WRAP_BYTES:
            raise refuse(Refusal.DAMAGED)
        wrapped = reader.take(wrap_len)
        if device_id == my_id:
            mine = wrapped
    prefix = unsigned[: reader.pos]
    (body_len,) = reader.unpack(">Q")
    body = reader.take(body_len)
    if reader.pos != len(unsigned) or body_len < _NONCE_LEN + 16:
        raise refuse(Refusal.DAMAGED)
    try:
        content_key = _SUITE.decrypt(mine, me.hpke_private(), info=_key_info(header_bytes, my_id))
        compressed = AESGCM(content_key).decrypt(body[:_NONCE_LEN], body[_NONCE_LEN:], prefix)
    except (InvalidTag, ValueError) as exc:
        raise refuse(Refusal.DAMAGED) from exc
    return _inflate(compressed, max_payload)


def _inflate(compressed: bytes, max_payload: int) -> bytes:
    inflater = zlib.decompressobj()
    try:
        payload = inflater.decompress(compressed, max_payload)
    except zlib.error as exc:
        raise refuse(Refusal.DAMAGED) from exc
    if inflater.unconsumed_tail:
        raise refuse(Refusal.TOO_LARGE)
    if not inflater.eof or inflater.unused_data:
        raise refuse(Refusal.DAMAGED)
    return payload
