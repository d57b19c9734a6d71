"""What user text may do inside a PDF: nothing but appear as the characters it is.

Every piece of user text passes through ``pdf_text`` before it enters reportlab markup. It
escapes markup characters, turns line breaks into ``<br/>``, gives very long unbroken words
places to wrap, caps a field at the documented limit, and wraps runs of Devanagari in the
Devanagari font so Hindi is shaped correctly beside Latin text.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

#: The largest note a service accepts (peerdesk.domain.limits.NOTE_MAX); longer text, which
#: should never reach a report, is cut with a visible marker.
FIELD_LIMIT = 50_000
#: A word longer than this gets break opportunities so layout stays linear (reportlab's own
#: ``splitLongWords`` is quadratic on a 200,000-character word). reportlab treats U+200B as
#: a space, so a break that does not fall at a line end prints as a space: the limit is
#: longer than a full-width line, so URLs, hashes and other long tokens a person might type
#: print intact (wrapped at the column edge by ``splitLongWords``), and only absurd runs
#: (pasted garbage) get a visible space every ``LONG_WORD`` characters.
LONG_WORD = 120
_BREAK = "\u200b"

_WORD = re.compile(r"\S{" + str(LONG_WORD + 1) + ",}")


def lock_down_reportlab() -> None:
    from reportlab import rl_config

    rl_config.trustedSchemes = []
    rl_config.trustedHosts = []


def _break_long_words(text: str) -> str:
    def split(match: re.Match[str]) -> str:
        word = match.group(0)
        return _BREAK.join(word[i:i + LONG_WORD] for i in range(0, len(word), LONG_WORD))

    return _WORD.sub(split, text)


def _esc(s: str) -> str:
    return escape(s, {'"': "&quot;", "'": "&#39;"})


def pdf_text(text: object, *, limit: int = FIELD_LIMIT, bold: bool = False) -> str:
    """User text made safe for a reportlab Paragraph (markup escaped, scripts fonted).

    ``bold``: the text is set in bold (a bold style, or inside ``<b>``). A font change in
    reportlab's markup drops the bold, so runs in another font are made bold again."""
    from peerdesk.i18n import _
    from peerdesk.reports.fonts import font_runs

    s = "" if text is None else str(text)
    s = s.replace("\r\n", "\n").replace("\r", "\n")
    marker = ""
    if len(s) > limit:
        marker = " " + _("[… {n} more characters not printed]").format(
            n=f"{len(s) - limit:,}")
        s = s[:limit]
    s = _break_long_words(s)
    out = []
    for face, run in font_runs(s):
        piece = _esc(run).replace("\n", "<br/>")
        if face is not None and bold:
            piece = f"<b>{piece}</b>"
        out.append(piece if face is None else f'<font face="{face}">{piece}</font>')
    return "".join(out) + _esc(marker)


def plain(text: object) -> str:
    """User text for ``canvas.drawString`` (no markup parsing there): one line, no controls."""
    s = "" if text is None else str(text)
    return " ".join(s.split())


def pdf_template(template: str, name: str, markup: str) -> str:
    """``template`` (translated text) made safe like ``pdf_text``, with ``{name}`` in it
    replaced by the trusted ``markup`` (e.g. a command in italics)."""
    return markup.join(pdf_text(piece) for piece in template.split("{" + name + "}"))
