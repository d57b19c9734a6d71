"""The payload inside a bundle: encoded canonically, read back strictly and within bounds."""

from __future__ import annotations

import json

import pytest

from peerdesk.crypto.encoding import canonical_json
from peerdesk.errors import BundleRefused
from peerdesk.exchange.changes import device_genesis, make_link
from peerdesk.exchange.payload import Change, Payload, Snapshot, decode, encode

GROUP = "9f1c2d3e4b5a69788796a5b4c3d2e1f0"
DEV_A = "a" * 32
DEV_B = "b" * 32
SIG = "A" * 86 + "=="


def _change(device: str, seq: int, prev: str, *, placeholder: bool = False,
            content: tuple[tuple[str, str, str], ...] = ()) -> Change:
    envelope = {"format": 1, "group": GROUP, "stamp": "x", "author": "m", "key_id": "k",
                "action": "session.created", "records": []}
    link = make_link(device, seq, prev, envelope)
    if placeholder:
        return Change(device, seq, prev, link.digest, link.hash, None, None)
    return Change(device, seq, prev, link.digest, link.hash,
                  canonical_json(envelope).decode(), SIG, content)


def _chain(device: str, n: int) -> list[Change]:
    out, prev = [], device_genesis(GROUP, device)
    for seq in range(1, n + 1):
        change = _change(device, seq, prev, placeholder=seq == 2,
                         content=((("session", f"s{seq}", '{"id":"s1","summary":"Schlaf"}'),)
                                  if seq != 2 else ()))
        out.append(change)
        prev = change.hash
    return out


def _payload(snapshot: bool = False) -> Payload:
    changes = _chain(DEV_A, 3) + _chain(DEV_B, 2)
    snap = Snapshot("Tuesday circle", "Asia/Kolkata", ({"id": DEV_A, "label": "x"},),
                    ({"slot_id": "s"},), ({"account_id": "a", "member_id": "m",
                                           "username": "asha"},)) if snapshot else None
    return Payload({DEV_A: 3, DEV_B: 2}, tuple(changes), snap,
                   {DEV_A: changes[2].hash, DEV_B: changes[4].hash})


def _refused(data: bytes, snapshot: bool = False, reason: str = "damaged") -> None:
    with pytest.raises(BundleRefused) as info:
        decode(data, snapshot=snapshot)
    assert info.value.exit_code == 7 and info.value.reason == reason
    assert "\n" not in str(info.value)


@pytest.mark.parametrize("snapshot", [False, True])
def test_round_trip(snapshot: bool) -> None:
    payload = _payload(snapshot)
    data = encode(payload)
    assert decode(data, snapshot=snapshot) == payload
    assert data == canonical_json(json.loads(data))


def test_a_snapshot_needs_its_parts_and_changes_do_not_carry_them() -> None:
    _refused(encode(_payload(False)), snapshot=True)
    _refused(encode(_payload(True)), snapshot=False)


def test_newer_format_is_named() -> None:
    doc = json.loads(encode(_payload()))
    doc["format"] = 2
    _refused(canonical_json(doc), reason="newer-format")


def _mutated(mutate: object) -> bytes:
    doc = json.loads(encode(_payload()))
    mutate(doc)  # type: ignore[operator]
    return canonical_json(doc)


@pytest.mark.parametrize("mutate", [
    lambda d: d.update(extra=1),
    lambda d: d.update(format="1"),
    lambda d: d["changes"][0].update(seq=-1),
    lambda d: d["changes"][0].update(seq=True),
    lambda d: d["changes"][0].update(device="A" * 32),
    lambda d: d["changes"][0].update(hash="0" * 63),
    lambda d: d["changes"][0].update(signature="not base64"),
    lambda d: d["changes"][0].pop("content"),
    lambda d: d["changes"][1].update(signature=SIG),  # a placeholder with a signature
    lambda d: d["changes"][1].update(content=[["session", "x", "{}"]]),
    lambda d: d["changes"][0].update(content=[["session", "x", '{"b":1, "a":2}']]),
    lambda d: d["changes"][0].update(content=[["session", "x", "[]"]]),
    lambda d: d["changes"][0].update(content=[["Session!", "x", "{}"]]),
    lambda d: d["changes"][0].update(content=[["session", "x"]]),
    lambda d: d["changes"].reverse(),  # out of order on a device
    lambda d: d["changes"].append(d["changes"][0]),  # repeated
    lambda d: d["have"].update({DEV_A: "3"}),
    lambda d: d.update(have=[]),
    lambda d: d["heads"].pop(DEV_A),
    lambda d: d["heads"].update({DEV_A: "x"}),
], ids=lambda _m: "mutation")
def test_anything_malformed_is_refused(mutate: object) -> None:
    _refused(_mutated(mutate))


def test_not_json_or_not_canonical_is_refused() -> None:
    _refused(b"\xff\xfe")
    _refused(b"[1, 2]")
    data = encode(_payload())
    _refused(data.replace(b'{"changes"', b'{ "changes"', 1))
    _refused(json.dumps(json.loads(data), indent=1).encode())
    _refused(b"[" * 100_000)


def test_devices_may_interleave_but_each_stays_in_order() -> None:
    a, b = _chain(DEV_A, 2), _chain(DEV_B, 2)
    payload = Payload({}, (a[0], b[0], a[1], b[1]))
    assert decode(encode(payload), snapshot=False) == payload


def test_oversized_parts_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    from peerdesk.exchange import payload as module

    monkeypatch.setattr(module, "MAX_CHANGES", 4)
    _refused(encode(_payload()))
    monkeypatch.setattr(module, "MAX_CHANGES", 10)
    monkeypatch.setattr(module, "MAX_CONTENT_CHARS", 10)
    _refused(encode(_payload()))
