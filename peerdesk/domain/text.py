"""The one text normaliser and validator for every user- or import-supplied string.

Rules (security.md §6.2 I4):

* lone surrogates are refused (they crash the database driver);
* ``\\r\\n``, a lone ``\\r`` and U+2028/U+2029 become ``\\n``;
* C0 and C1 control characters, NUL, DEL and Unicode noncharacters (U+FFFE, U+FFFF,
  U+FDD0–U+FDEF and the last two code points of every plane) are refused; ``\\t`` and
  ``\\n`` are allowed in multi-line fields only;
* the result is NFC; surrounding whitespace is stripped;
* the length limit is checked on the normalised text.

Messages name the field and the problem, never the offending text.
"""

from __future__ import annotations

import unicodedata
from enum import StrEnum

from peerdesk.domain.limits import LINE_MAX, NOTE_MAX
from peerdesk.domain.message import Message, term
from peerdesk.errors import N_, ValidationError


class TextKind(StrEnum):
    LINE = "line"
    MULTILINE = "multiline"


_MULTILINE_ALLOWED = frozenset("\t\n")
#: Whitespace stripped from both ends: tab, newline and every Unicode space separator
#: (control characters that ``str.isspace`` also accepts are refused, not stripped).
_STRIPPABLE = (
    " \t\n\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
    "\u200a\u202f\u205f\u3000"
)


def _is_noncharacter(cp: int) -> bool:
    return 0xFDD0 <= cp <= 0xFDEF or (cp & 0xFFFE) == 0xFFFE


def _is_control(cp: int) -> bool:
    return cp < 0x20 or 0x7F <= cp <= 0x9F


def _describe(cp: int) -> str:
    return f"U+{cp:04X}"


def _too_long(label: str, length: int, limit: int) -> Message:
    return Message(N_("{label} is too long: {count} characters; the limit is {limit}."),
                   label=term(label), count=f"{length:,}", limit=f"{limit:,}")


def text_problem(value: str, *, label: str, kind: TextKind, limit: int) -> tuple[str, str]:
    """Return ``(normalised, "")`` or ``("", message)``. Never raises for any ``str``.

    The message is a :class:`~peerdesk.domain.message.Message` (English as a ``str``),
    with ``label`` as a term the catalog translates."""
    probe = value
    if kind is TextKind.MULTILINE:
        probe = value.replace("\n", "").replace("\t", "").replace("\r", "")
    if probe.isprintable():
        # Fast path: printable text has no surrogates, control characters or
        # noncharacters (str.isprintable is False for all of them), so no scan is needed.
        text = value.replace("\r\n", "\n").replace("\r", "\n").strip(_STRIPPABLE)
        text = unicodedata.normalize("NFC", text).strip(_STRIPPABLE)
        if len(text) > limit:
            return "", _too_long(label, len(text), limit)
        return text, ""
    for index, char in enumerate(value):
        if 0xD800 <= ord(char) <= 0xDFFF:
            return "", Message(
                N_("{label} contains a broken character ({code} at position {position}) "
                   "that cannot be stored. Retype or paste it again."),
                label=term(label), code=_describe(ord(char)), position=index + 1)
    text = value.replace("\r\n", "\n")
    for newline in ("\r", "\u2028", "\u2029"):
        text = text.replace(newline, "\n")
    text = text.strip(_STRIPPABLE)
    for index, char in enumerate(text):
        cp = ord(char)
        if kind is TextKind.MULTILINE and char in _MULTILINE_ALLOWED:
            continue
        if char == "\n":
            return "", Message(N_("{label} must be on one line."), label=term(label))
        if char == "\t":
            return "", Message(N_("{label} cannot contain a tab; use a space."),
                               label=term(label))
        if _is_control(cp) or _is_noncharacter(cp):
            return "", Message(
                N_("{label} contains an invisible control character ({code} at position "
                   "{position}) that cannot be stored. Remove it and try again."),
                label=term(label), code=_describe(cp), position=index + 1)
    text = unicodedata.normalize("NFC", text).strip(_STRIPPABLE)
    if len(text) > limit:
        return "", _too_long(label, len(text), limit)
    return text, ""


def clean_text(
    value: str,
    *,
    label: str,
    field: str = "",
    kind: TextKind = TextKind.LINE,
    limit: int | None = None,
    required: bool = False,
) -> str:
    """Normalise ``value`` or raise :class:`ValidationError` keyed on ``field``.

    ``limit`` defaults to :data:`LINE_MAX` for single-line and :data:`NOTE_MAX` for
    multi-line text. ``required`` refuses text that is empty after stripping.
    """
    if limit is None:
        limit = NOTE_MAX if kind is TextKind.MULTILINE else LINE_MAX
    if not isinstance(value, str):
        raise ValidationError(Message(N_("{label} must be text."), label=term(label)), field)
    text, problem = text_problem(value, label=label, kind=kind, limit=limit)
    if problem:
        raise ValidationError(problem, field)
    if required and not text:
        raise ValidationError(Message(N_("{label} is required."), label=term(label)), field)
    return text


def clean_line(value: str, *, label: str, field: str = "", limit: int = LINE_MAX,
               required: bool = False) -> str:
    """Single-line text (names, codes, short fields)."""
    return clean_text(value, label=label, field=field, kind=TextKind.LINE, limit=limit,
                      required=required)


def clean_multiline(value: str, *, label: str, field: str = "", limit: int = NOTE_MAX,
                    required: bool = False) -> str:
    """Multi-line text (notes, summaries, reflections); tabs and newlines allowed."""
    return clean_text(value, label=label, field=field, kind=TextKind.MULTILINE, limit=limit,
                      required=required)
