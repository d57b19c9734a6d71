"""The bundle file: real HPKE, real signatures; every refusal is exit 7 and one line."""

from __future__ import annotations

import struct
from datetime import UTC, datetime

import pytest

from peerdesk.errors import BundleRefused
from peerdesk.exchange.container import (
    MAGIC,
    Refusal,
    open_bundle,
    read_header,
    seal_bundle,
)
from peerdesk.exchange.device import DeviceKeys

GROUP = "9f1c2d3e4b5a69788796a5b4c3d2e1f0"


@pytest.fixture(scope="module")
def laptops() -> dict[str, DeviceKeys]:
    return {name: DeviceKeys.generate() for name in ("coord", "asha", "sup", "stranger")}


def _ids(*keys: DeviceKeys) -> dict[str, object]:
    return {k.public.device_id: k.public for k in keys}


def _seal(
    laptops: dict[str, DeviceKeys], payload: bytes = b'{"changes":[]}', **kw: object
) -> bytes:
    args: dict[str, object] = {
        "kind": "changes",
        "group": GROUP,
        "sender": laptops["coord"],
        "recipients": _ids(laptops["asha"], laptops["sup"]),
    }
    args.update(kw)
    return seal_bundle(payload, **args)  # type: ignore[arg-type]


def _open(laptops: dict[str, DeviceKeys], blob: bytes, who: str = "asha", **kw: object) -> bytes:
    args: dict[str, object] = {"group": GROUP, "known": _ids(laptops["coord"])}
    args.update(kw)
    return open_bundle(blob, me=laptops[who], **args).payload  # type: ignore[arg-type]


def _refusal(excinfo: pytest.ExceptionInfo[BundleRefused]) -> str:
    err = excinfo.value
    assert err.exit_code == 7
    assert "\n" not in str(err) and str(err).endswith(".")
    return err.reason


def test_each_recipient_opens_the_same_payload(laptops: dict[str, DeviceKeys]) -> None:
    payload = "Sitzung: Asha sprach über Schlaf. नींद".encode() * 50
    blob = _seal(laptops, payload)
    assert _open(laptops, blob, "asha") == payload
    assert _open(laptops, blob, "sup") == payload
    header = read_header(blob)
    assert header.sender == laptops["coord"].public.device_id
    assert header.group == GROUP and header.kind == "changes"


def test_the_payload_is_not_in_the_file(laptops: dict[str, DeviceKeys]) -> None:
    payload = b"CANARY-summary-text-" * 20
    blob = _seal(laptops, payload)
    assert b"CANARY" not in blob


def test_two_bundles_of_the_same_payload_differ(laptops: dict[str, DeviceKeys]) -> None:
    assert _seal(laptops) != _seal(laptops)


def test_a_flipped_byte_anywhere_is_refused(laptops: dict[str, DeviceKeys]) -> None:
    blob = _seal(laptops, b"x" * 40)
    reasons = set()
    for i in range(len(blob)):
        damaged = bytearray(blob)
        damaged[i] ^= 0x01
        with pytest.raises(BundleRefused) as excinfo:
            _open(laptops, bytes(damaged))
        reasons.add(_refusal(excinfo))
    # Mostly "damaged"; a flip inside the magic, the group or the recipients is named so.
    assert Refusal.DAMAGED.value in reasons
    assert reasons <= {r.value for r in Refusal}


def test_a_cut_or_extended_file_is_refused(laptops: dict[str, DeviceKeys]) -> None:
    blob = _seal(laptops)
    for bad in (blob[:-1], blob + b"\x00", blob[: len(blob) // 2], b""):
        with pytest.raises(BundleRefused) as excinfo:
            _open(laptops, bad)
        assert _refusal(excinfo) in {Refusal.DAMAGED.value, Refusal.NOT_A_BUNDLE.value}


def test_not_for_this_laptop(laptops: dict[str, DeviceKeys]) -> None:
    with pytest.raises(BundleRefused) as excinfo:
        _open(laptops, _seal(laptops), "stranger")
    assert _refusal(excinfo) == Refusal.NOT_FOR_THIS_LAPTOP


def test_another_group(laptops: dict[str, DeviceKeys]) -> None:
    blob = _seal(laptops, group="another-group")
    with pytest.raises(BundleRefused) as excinfo:
        _open(laptops, blob)
    assert _refusal(excinfo) == Refusal.OTHER_GROUP


def test_a_revoked_sender(laptops: dict[str, DeviceKeys]) -> None:
    blob = _seal(laptops)
    with pytest.raises(BundleRefused) as excinfo:
        _open(laptops, blob, revoked={laptops["coord"].public.device_id})
    assert _refusal(excinfo) == Refusal.REVOKED_SENDER


def test_an_unknown_sender(laptops: dict[str, DeviceKeys]) -> None:
    blob = _seal(laptops, sender=laptops["stranger"])
    with pytest.raises(BundleRefused) as excinfo:
        _open(laptops, blob)
    assert _refusal(excinfo) == Refusal.UNKNOWN_SENDER


def test_a_stranger_cannot_sign_in_a_known_laptops_name(laptops: dict[str, DeviceKeys]) -> None:
    """Re-signing a bundle with other keys but the coordinator's id fails the signature."""
    blob = _seal(laptops, sender=laptops["stranger"])
    header = read_header(blob)
    forged = blob.replace(header.sender.encode(), laptops["coord"].public.device_id.encode())
    with pytest.raises(BundleRefused) as excinfo:
        _open(laptops, forged)
    assert _refusal(excinfo) == Refusal.DAMAGED


def test_a_newer_format(laptops: dict[str, DeviceKeys]) -> None:
    blob = bytearray(_seal(laptops))
    blob[len(MAGIC) : len(MAGIC) + 2] = struct.pack(">H", 2)
    with pytest.raises(BundleRefused) as excinfo:
        _open(laptops, bytes(blob))
    assert _refusal(excinfo) == Refusal.NEWER_FORMAT


def test_not_a_bundle(laptops: dict[str, DeviceKeys], tmp_path: object) -> None:
    for data in (b'{"records": []}', b"PK\x03\x04" + b"\x00" * 100, bytes(range(256))):
        with pytest.raises(BundleRefused) as excinfo:
            _open(laptops, data)
        assert _refusal(excinfo) == Refusal.NOT_A_BUNDLE


def test_size_bounds_hold_before_reading(laptops: dict[str, DeviceKeys]) -> None:
    blob = _seal(laptops, b"\x00" * 1_000_000)
    assert len(blob) < 10_000  # compresses well ...
    with pytest.raises(BundleRefused) as excinfo:
        _open(laptops, blob, max_payload=100_000)  # ... but inflates past the bound
    assert _refusal(excinfo) == Refusal.TOO_LARGE
    with pytest.raises(BundleRefused) as excinfo:
        _open(laptops, blob, max_bytes=len(blob) - 1)
    assert _refusal(excinfo) == Refusal.TOO_LARGE


def test_a_first_snapshot_is_checked_against_the_keys_it_carries(
    laptops: dict[str, DeviceKeys],
) -> None:
    snapshot = _seal(laptops, kind="snapshot", include_sender_keys=True)
    assert _open(laptops, snapshot, known={}, trust_sender_keys=True) == b'{"changes":[]}'
    # Without trust on first use, an unknown sender stays unknown.
    with pytest.raises(BundleRefused) as excinfo:
        _open(laptops, snapshot, known={})
    assert _refusal(excinfo) == Refusal.UNKNOWN_SENDER
    # Only a snapshot may introduce its sender.
    changes = _seal(laptops, include_sender_keys=True)
    with pytest.raises(BundleRefused):
        _open(laptops, changes, known={}, trust_sender_keys=True)


def test_the_creation_time_is_in_the_header(laptops: dict[str, DeviceKeys]) -> None:
    when = datetime(2026, 12, 6, 21, 0, tzinfo=UTC)
    assert read_header(_seal(laptops, now=when)).created == "2026-12-06T21:00:00+00:00"
