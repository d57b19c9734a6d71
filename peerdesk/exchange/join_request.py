"""The join request (``.pdjoin``) a new laptop hands to the coordinator, and its safety number.

The request is the new laptop's public device keys and a label, signed by its own signing
key (proof that whoever made it holds the keys). Both laptops show the same short safety
number, computed from the request alone, and the people compare it aloud: a request swapped
on the way shows another number. docs/format.md ("Join requests") gives the layout.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from peerdesk.crypto.encoding import b64d, b64e, canonical_json
from peerdesk.errors import N_, BundleRefused
from peerdesk.exchange.device import DeviceKeyError, DeviceKeys, DevicePublic

FORMAT_VERSION = 1
KIND = "peerdesk-join"
MAX_REQUEST_BYTES = 16 * 1024
MAX_LABEL_CHARS = 60
SAFETY_DIGITS = 15

_SIG_DOMAIN = b"peerdesk/join-request/v1\x00"
_SAFETY_DOMAIN = b"peerdesk/safety-number/v1\x00"


def _refuse(reason: str, message: str) -> BundleRefused:
    return BundleRefused(reason, message)


@dataclass(frozen=True)
class JoinRequest:
    device: DevicePublic
    label: str
    created: str

    def body(self) -> dict[str, Any]:
        return {
            "format": FORMAT_VERSION,
            "kind": KIND,
            "device": self.device.to_json(),
            "label": self.label,
            "created": self.created,
        }

    @property
    def safety_number(self) -> str:
        return safety_number(self.body())


def safety_number(body: dict[str, Any]) -> str:
    """15 digits in three groups of five, from the signed part of a join request."""
    digest = hashlib.sha256(_SAFETY_DOMAIN + canonical_json(body)).digest()
    digits = str(int.from_bytes(digest[:16], "big") % 10**SAFETY_DIGITS).zfill(SAFETY_DIGITS)
    return " ".join(digits[i : i + 5] for i in range(0, SAFETY_DIGITS, 5))


def clean_label(label: str) -> str:
    text = " ".join(label.split())
    if not text or len(text) > MAX_LABEL_CHARS or not text.isprintable():
        raise ValueError(f"a laptop's name is 1 to {MAX_LABEL_CHARS} printable characters")
    return text


def make_join_request(keys: DeviceKeys, label: str, now: datetime | None = None) -> JoinRequest:
    return JoinRequest(
        device=keys.public,
        label=clean_label(label),
        created=(now or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="seconds"),
    )


def encode_join_request(request: JoinRequest, keys: DeviceKeys) -> bytes:
    body = request.body()
    signature = keys.sign(_SIG_DOMAIN + canonical_json(body))
    return canonical_json({**body, "signature": b64e(signature)}) + b"\n"


def read_join_request(data: bytes) -> JoinRequest:
    """Parse and check a join request, or raise ``BundleRefused`` (exit 7) with one line."""
    damaged = N_("This join request is damaged or was changed after it was made.")
    if len(data) > MAX_REQUEST_BYTES:
        raise _refuse("too-large", N_("This file is too large to be a peerdesk join request."))
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise _refuse("not-a-bundle", N_("This file is not a peerdesk join request.")) from exc
    if not isinstance(doc, dict) or doc.get("kind") != KIND:
        raise _refuse("not-a-bundle", N_("This file is not a peerdesk join request."))
    if isinstance(doc.get("format"), int) and doc["format"] > FORMAT_VERSION:
        raise _refuse("newer-format", N_("This join request was made by a newer peerdesk; "
                                         "update peerdesk on this laptop first."))
    try:
        signature = b64d(doc.pop("signature", None))
        device = DevicePublic.from_json(doc.get("device"))
        request = JoinRequest(device, clean_label(str(doc.get("label", ""))),
                              str(doc.get("created", ""))[:40])
    except (DeviceKeyError, ValueError) as exc:
        raise _refuse("damaged", damaged) from exc
    if request.body() != doc or not device.verify(signature, _SIG_DOMAIN + canonical_json(doc)):
        raise _refuse("damaged", damaged)
    return request
