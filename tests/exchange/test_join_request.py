"""Join requests: self-signed, bounded, and the same safety number on both laptops."""

from __future__ import annotations

import json
import re

import pytest

from peerdesk.crypto.encoding import canonical_json
from peerdesk.errors import BundleRefused
from peerdesk.exchange.device import DeviceKeys
from peerdesk.exchange.join_request import (
    encode_join_request,
    make_join_request,
    read_join_request,
)


@pytest.fixture(scope="module")
def keys() -> DeviceKeys:
    return DeviceKeys.generate()


def test_round_trip_and_safety_number(keys: DeviceKeys) -> None:
    request = make_join_request(keys, "  Asha's   laptop ")
    data = encode_join_request(request, keys)
    received = read_join_request(data)
    assert received.label == "Asha's laptop"
    assert received.device.device_id == keys.public.device_id
    assert received.safety_number == request.safety_number
    assert re.fullmatch(r"\d{5} \d{5} \d{5}", received.safety_number)


def test_a_swapped_request_shows_another_number(keys: DeviceKeys) -> None:
    other = DeviceKeys.generate()
    mine = make_join_request(keys, "Asha's laptop")
    theirs = make_join_request(other, "Asha's laptop", now=None)
    assert mine.safety_number != theirs.safety_number


@pytest.mark.parametrize("field", ["label", "created"])
def test_an_edited_request_is_refused(keys: DeviceKeys, field: str) -> None:
    doc = json.loads(encode_join_request(make_join_request(keys, "Asha's laptop"), keys))
    doc[field] = doc[field] + "x"
    with pytest.raises(BundleRefused) as excinfo:
        read_join_request(canonical_json(doc))
    assert excinfo.value.exit_code == 7 and excinfo.value.reason == "damaged"


def test_a_request_signed_by_other_keys_is_refused(keys: DeviceKeys) -> None:
    other = DeviceKeys.generate()
    data = encode_join_request(make_join_request(keys, "Asha's laptop"), other)
    with pytest.raises(BundleRefused) as excinfo:
        read_join_request(data)
    assert excinfo.value.reason == "damaged"


def test_bounds_and_strangers(keys: DeviceKeys) -> None:
    cases = {
        b"x" * 20_000: "too-large",
        b"\xff\xfe": "not-a-bundle",
        b'{"kind": "something-else"}': "not-a-bundle",
        b'{"kind": "peerdesk-join", "format": 9}': "newer-format",
        b'{"kind": "peerdesk-join", "format": 1}': "damaged",
    }
    for data, reason in cases.items():
        with pytest.raises(BundleRefused) as excinfo:
            read_join_request(data)
        assert excinfo.value.reason == reason, data[:30]
        assert "\n" not in str(excinfo.value)
