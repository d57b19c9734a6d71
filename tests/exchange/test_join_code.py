"""The join code: a join request as one line of text, for the QR code and for pasting."""

from __future__ import annotations

import base64
import zlib

import pytest

from peerdesk.errors import BundleRefused
from peerdesk.exchange.device import DeviceKeys
from peerdesk.exchange.join_code import (
    MAX_CODE_CHARS,
    PREFIX,
    decode_join_code,
    encode_join_code,
    looks_like_join_code,
)
from peerdesk.exchange.join_request import (
    MAX_REQUEST_BYTES,
    encode_join_request,
    make_join_request,
    read_join_request,
)


@pytest.fixture(scope="module")
def request_bytes() -> bytes:
    keys = DeviceKeys.generate()
    return encode_join_request(make_join_request(keys, "Asha's laptop"), keys)


def test_round_trip_gives_the_same_bytes_and_the_same_safety_number(request_bytes):
    code = encode_join_code(request_bytes)
    assert code.startswith(PREFIX)
    assert set(code[len(PREFIX):]) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
    assert decode_join_code(code) == request_bytes
    assert (read_join_request(decode_join_code(code)).safety_number
            == read_join_request(request_bytes).safety_number)


def test_white_space_and_case_a_chat_app_adds_are_ignored(request_bytes):
    code = encode_join_code(request_bytes)
    mangled = "  " + "\n".join(code[i:i + 60] for i in range(0, len(code), 60)).lower() + "\n"
    assert looks_like_join_code(mangled)
    assert decode_join_code(mangled) == request_bytes


def test_a_code_changed_on_the_way_is_refused_by_the_request_check(request_bytes):
    code = encode_join_code(request_bytes)
    # Re-encode a request whose label was edited: the code decodes, the signature fails.
    edited = request_bytes.replace(b"Asha's laptop", b"Evil's laptop")
    forged = PREFIX + base64.b32encode(zlib.compress(edited)).decode().rstrip("=")
    with pytest.raises(BundleRefused) as refused:
        read_join_request(decode_join_code(forged))
    assert refused.value.reason == "damaged"
    # A flipped character breaks the zlib stream or its checksum.
    body = code[len(PREFIX):]
    flipped = PREFIX + body[:100] + ("A" if body[100] != "A" else "B") + body[101:]
    with pytest.raises(BundleRefused) as damaged:
        read_join_request(decode_join_code(flipped))
    assert damaged.value.reason == "damaged"


@pytest.mark.parametrize(("text", "reason"), [
    ("hello", "not-a-bundle"),
    (PREFIX + "1!", "damaged"),
    (PREFIX + base64.b32encode(b"not zlib").decode(), "damaged"),
    ("x" * (MAX_CODE_CHARS + 1), "too-large"),
])
def test_what_is_not_a_code_is_refused_in_one_line(text, reason):
    with pytest.raises(BundleRefused) as refused:
        decode_join_code(text)
    assert refused.value.reason == reason
    assert "\n" not in str(refused.value)


def test_a_code_that_inflates_past_a_request_is_refused_without_inflating_it_all():
    bomb = zlib.compress(b"\0" * (MAX_REQUEST_BYTES * 50), 9)
    text = PREFIX + base64.b32encode(bomb).decode().rstrip("=")
    assert len(text) < MAX_CODE_CHARS
    with pytest.raises(BundleRefused) as refused:
        decode_join_code(text)
    assert refused.value.reason == "too-large"


def test_a_truncated_code_is_refused(request_bytes):
    code = encode_join_code(request_bytes)
    with pytest.raises(BundleRefused) as refused:
        decode_join_code(code[: len(code) // 2])
    assert refused.value.reason == "damaged"
