"""A join request as one line of text: what the QR code on the new laptop carries.

Nothing in peerdesk scans QR codes. The code is there so a phone can carry the request as
text (scan it, send it to yourself, paste it into "Add a laptop" on the coordinator's
laptop) when no USB stick or shared folder is at hand. The text is the request file's exact
bytes, compressed and written in base32 (capital letters and digits only: QR codes store
those compactly, and a chat app or a careless copy cannot change their case or meaning),
behind a fixed prefix. Reading it back gives the same bytes, which
:func:`peerdesk.exchange.join_request.read_join_request` checks like the file itself
(signature, size, format), so the text form trusts nothing the file form does not.
docs/format.md ("Join codes") gives the layout.
"""

from __future__ import annotations

import base64
import binascii
import zlib

from peerdesk.errors import N_, BundleRefused
from peerdesk.exchange.join_request import MAX_REQUEST_BYTES

PREFIX = "PEERDESK-JOIN-1:"
#: A join code longer than this is refused before it is decoded (a request is at most
#: MAX_REQUEST_BYTES; base32 of its compressed form is far shorter than twice that).
MAX_CODE_CHARS = 2 * MAX_REQUEST_BYTES

_NOT_A_CODE = N_("This text is not a peerdesk join code.")
_DAMAGED = N_("This join code is damaged or incomplete; copy it again from the new "
              "laptop.")


def encode_join_code(request_bytes: bytes) -> str:
    """The one-line text form of a join request file's bytes."""
    if len(request_bytes) > MAX_REQUEST_BYTES:
        raise ValueError("a join request is at most 16 KiB")
    packed = zlib.compress(request_bytes, 9)
    return PREFIX + base64.b32encode(packed).decode("ascii").rstrip("=")


def looks_like_join_code(text: str) -> bool:
    return text.strip().upper().startswith(PREFIX)


def decode_join_code(text: str) -> bytes:
    """The request bytes a join code carries, or ``BundleRefused`` (exit 7) in one line.

    Spaces and line breaks a chat app may add are ignored, and so is the letters' case.
    The bytes still have to pass ``read_join_request``.
    """
    if len(text) > MAX_CODE_CHARS:
        raise BundleRefused("too-large", N_("This text is too long to be a peerdesk join code."))
    compact = "".join(text.split()).upper()
    if not compact.startswith(PREFIX):
        raise BundleRefused("not-a-bundle", _NOT_A_CODE)
    body = compact[len(PREFIX):]
    try:
        packed = base64.b32decode(body + "=" * (-len(body) % 8))
    except (binascii.Error, ValueError) as exc:
        raise BundleRefused("damaged", _DAMAGED) from exc
    inflater = zlib.decompressobj()
    try:
        data = inflater.decompress(packed, MAX_REQUEST_BYTES + 1)
    except zlib.error as exc:
        raise BundleRefused("damaged", _DAMAGED) from exc
    if len(data) > MAX_REQUEST_BYTES or inflater.unconsumed_tail:
        raise BundleRefused("too-large", N_("This join code holds more than a join request."))
    if not inflater.eof or inflater.unused_data:
        raise BundleRefused("damaged", _DAMAGED)
    return data
