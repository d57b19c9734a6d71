"""User text as paragraphs that lay out in linear time.

reportlab lays out the remainder of a paragraph again at every page break, so one
50,000-character note in one Paragraph took 5–7 s. Here a note becomes one Paragraph per
line, and long lines are cut at a space into pieces of at most ``PIECE`` characters; HarfBuzz
shaping is switched on only for pieces that need it (Devanagari, combining marks, characters
drawn by the fallback font). The same note now takes well under a second.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from peerdesk.i18n import _
from peerdesk.reports.fonts import font_runs
from peerdesk.reports.safety import FIELD_LIMIT, pdf_text

PIECE = 1500


def needs_shaping(text: str) -> bool:
    if text.isascii():
        return False
    if any(unicodedata.combining(ch) for ch in text):
        return True
    return any(face is not None for face, _ in font_runs(text))


@cache
def _unshaped(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-plain", parent=style, shaping=0)


def styled(text: str, style: ParagraphStyle) -> ParagraphStyle:
    return style if needs_shaping(text) else _unshaped(style)


def pieces(text: str) -> list[str]:
    """Lines of ``text`` cut at spaces into pieces of at most PIECE characters."""
    out: list[str] = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        while len(line) > PIECE:
            cut = line.rfind(" ", PIECE // 2, PIECE)
            cut = cut if cut > 0 else PIECE
            out.append(line[:cut])
            line = line[cut:].lstrip(" ")
        out.append(line)
    return out


def paragraphs(text: object, style: ParagraphStyle, *, lead: str = "") -> list[Paragraph]:
    """User text as Paragraphs. ``lead`` is trusted markup put before the first piece."""
    s = "" if text is None else str(text)
    marker = ""
    if len(s) > FIELD_LIMIT:
        marker = _("[… {n} more characters not printed]").format(
            n=f"{len(s) - FIELD_LIMIT:,}")
        s = s[:FIELD_LIMIT]
    parts = pieces(s) if s else [""]
    if marker:
        parts.append(marker)
    out = []
    for i, part in enumerate(parts):
        markup = pdf_text(part)
        if i == 0 and lead:
            markup = f"{lead} {markup or '—'}"
        out.append(Paragraph(markup, styled(part, style)))
    return out
