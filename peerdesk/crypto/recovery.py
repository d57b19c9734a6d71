"""Recovery keys: 256 random bits written as groups a person can copy by hand.

Format: 52 base32 characters of key plus 4 of checksum, in 14 groups of 4 separated by
dashes. The checksum catches a mistyped group before any slot is tried.
"""

from __future__ import annotations

import base64
import hashlib
import os

GROUP = 4
_KEY_CHARS = 52
_CHECK_CHARS = 4


def new_recovery_key() -> str:
    return format_recovery_key(os.urandom(32))


def format_recovery_key(raw: bytes) -> str:
    body = base64.b32encode(raw).decode("ascii").rstrip("=")
    check = base64.b32encode(hashlib.sha256(raw).digest()).decode("ascii")[:_CHECK_CHARS]
    text = body + check
    return "-".join(text[i : i + GROUP] for i in range(0, len(text), GROUP))


def parse_recovery_key(text: str) -> bytes:
    """The 32 raw bytes, or ValueError with a message a person can act on."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    cleaned = cleaned.replace("0", "O").replace("1", "I").replace("8", "B")
    if len(cleaned) != _KEY_CHARS + _CHECK_CHARS:
        raise ValueError(
            f"A recovery key has {_KEY_CHARS + _CHECK_CHARS} letters and digits; "
            f"this one has {len(cleaned)}."
        )
    body, check = cleaned[:_KEY_CHARS], cleaned[_KEY_CHARS:]
    try:
        raw = base64.b32decode(body + "====")
    except ValueError as exc:
        raise ValueError("This is not a recovery key.") from exc
    expected = base64.b32encode(hashlib.sha256(raw).digest()).decode("ascii")[:_CHECK_CHARS]
    if check != expected:
        raise ValueError("The recovery key has a typing mistake; check each group again.")
    return raw


def looks_like_recovery_key(text: str) -> bool:
    try:
        parse_recovery_key(text)
    except ValueError:
        return False
    return True
