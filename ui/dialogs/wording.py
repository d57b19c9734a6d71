"""Filling in the dialogs' translated text.

Translated text carries Qt-style numbered places (``%1``, ``%2``) so a translator can move
them; :func:`arg` fills them in one pass (a value that itself contains ``%2`` is left as it
is). :func:`sentence` ends a sentence once, in English or in Hindi (whose full stop is ।).
"""

from __future__ import annotations

import re

_PLACE = re.compile(r"%(\d)")


def arg(text: str, *values: object) -> str:
    """``text`` with ``%1`` … ``%9`` replaced by ``values`` (a missing one stays as it is)."""

    def one(found: re.Match[str]) -> str:
        index = int(found.group(1)) - 1
        return str(values[index]) if 0 <= index < len(values) else found.group(0)

    return _PLACE.sub(one, text)


def sentence(text: str) -> str:
    """``text`` ending in exactly one full stop; Hindi text already ending in । stays."""
    from peerdesk.domain.counting import sentence as english  # not before the first paint

    stripped = text.rstrip()
    return stripped if stripped.endswith("।") else english(stripped)

