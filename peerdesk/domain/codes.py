"""Pseudonymous advisee codes such as ``PS-0142``.

Format: a prefix of 2–4 capital letters A–Z, a hyphen, then at least 4 digits
(more when a group passes 9,999). Codes never contain a name or a date of birth.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

DEFAULT_PREFIX: Final = "PS"
CODE_DIGITS: Final = 4
_CODE = re.compile(r"[A-Z]{2,4}-[0-9]{4,9}")
_PREFIX = re.compile(r"[A-Z]{2,4}")


def normalise_code(code: str) -> str:
    """Upper-case and trim, so ``" ps-0142"`` and ``"PS-0142"`` are one code."""
    return code.strip().upper()


def is_valid_code(code: str) -> bool:
    return _CODE.fullmatch(code) is not None


def code_number(code: str, prefix: str = DEFAULT_PREFIX) -> int | None:
    """The number of a valid code with this prefix, else None."""
    code = normalise_code(code)
    if not is_valid_code(code) or code.split("-", 1)[0] != prefix:
        return None
    return int(code.split("-", 1)[1])


def format_code(number: int, prefix: str = DEFAULT_PREFIX) -> str:
    if _PREFIX.fullmatch(prefix) is None:
        raise ValueError("an advisee code prefix is 2-4 capital letters A-Z")
    if number < 1:
        raise ValueError("advisee code numbers start at 1")
    return f"{prefix}-{number:0{CODE_DIGITS}d}"


def next_code(existing: Iterable[str], prefix: str = DEFAULT_PREFIX) -> str:
    """The code after the highest existing code with ``prefix`` (gaps are not reused)."""
    highest = max((n for c in existing if (n := code_number(c, prefix)) is not None),
                  default=0)
    return format_code(highest + 1, prefix)
