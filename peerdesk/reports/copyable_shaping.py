"""Shaped text that copies out of a PDF as the words it draws.

HarfBuzz turns a Devanagari syllable into glyphs that are often not characters: the
conjunct in "क्ष", a half form, a reordered vowel sign. reportlab gives each such glyph a
private-use code point and writes that into the font's ToUnicode map, so copying a Hindi
heading gave private-use characters and lost letters, and readers put spaces inside
words where a vowel sign is drawn back over its consonant. Here the glyphs of every shaped
cluster that is not simply its characters side by side get codes of their own
(``_shares``), so a reader that follows the ToUnicode map (copy and paste, pdftotext,
pypdf, search) gets back the source text in its logical order, without gaps.

Also here: a word whose pieces are in different fonts (a Hindi word with a digit drawn by
the Latin font, without a space between) is shaped piece by piece, each in its own font;
reportlab would shape it all with the first piece's font and draw wrong glyphs.
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Callable
from typing import Any

#: Codes handed out here (Supplementary Private Use Area-A: never in a font's cmap).
FIRST_CODE, LAST_CODE = 0xF0000, 0xFFFFD

_lock = threading.Lock()
_codes: dict[tuple[str, int, str, int], int] = {}
#: The text each code stands for.
TEXT_OF: dict[int, str] = {}


def _code_for(ttf: Any, gid: int, text: str, width: int) -> int | None:
    """The code drawing glyph ``gid`` of ``ttf`` that stands for ``text`` (None once every
    code is taken: the glyph is then drawn as reportlab would, with its own code)."""
    key = (ttf.fontName, gid, text, width)
    with _lock:
        code = _codes.get(key)
        if code is None:
            code = FIRST_CODE + len(_codes)
            if code > LAST_CODE:
                return None
            _codes[key] = code
            TEXT_OF[code] = text
            face = ttf.face
            face.charToGlyph[code] = gid
            face.charWidths[code] = width
        return code


def _remap(word: Any, text: str) -> None:
    """Give the glyphs of each cluster whose glyphs do not spell its text codes that do."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import ShapedStr

    glyphs: list[tuple[int, int, int, bool]] = []  # (item, position, cluster, spacing)
    for i, item in enumerate(word[1:], start=1):
        s = item[1]
        data = getattr(s, "__shapeData__", None)
        if not isinstance(s, ShapedStr) or data is None or len(data) != len(s):
            return  # not a shape this module knows: leave the word as it is
        # A zero-width space or joiner has no advance but is no mark: reportlab breaks
        # lines at U+200B, so it must stay itself.
        glyphs.extend((i, k, d.cluster, d.x_advance != 0 or _invisible(s[k]))
                      for k, d in enumerate(data))
    chars = {i: list(word[i][1]) for i in range(1, len(word))}
    data = {i: list(word[i][1].__shapeData__) for i in range(1, len(word))}
    # Runs of glyphs of one cluster; a run of marks only (a vowel sign HarfBuzz kept in a
    # cluster of its own) joins the run before it, on whose glyph it is drawn.
    runs: list[list[int]] = []  # [first glyph, end]
    for n, (_, _, cluster, spacing) in enumerate(glyphs):
        same = bool(runs) and glyphs[runs[-1][1] - 1][2] == cluster
        marks_only = not spacing and not any(g[3] for g in glyphs[n:_run_end(glyphs, n)])
        if runs and (same or marks_only):
            runs[-1][1] = n + 1
        else:
            runs.append([n, n + 1])
    for start, end in runs:
        cluster = glyphs[start][2]
        following = glyphs[end][2] if end < len(glyphs) else len(text)
        if not 0 <= cluster < following <= len(text):
            return  # reordered across clusters (right to left): leave it
        wanted = text[cluster:following]
        group = glyphs[start:end]
        drawn = "".join(chars[i][k] for i, k, _, _ in group)
        if any(_invisible(ch) for ch in wanted):
            continue
        if drawn != wanted or not all(spacing for *_, spacing in group):
            for (i, k, _, _), share in zip(group, _shares(group, wanted), strict=True):
                ttf = pdfmetrics.getFont(word[i][0].fontName)
                old = ord(chars[i][k])
                gid = ttf.face.charToGlyph.get(old)
                if gid is None:
                    continue
                sd = data[i][k]
                # A mark drawn back over its base glyph is given the width it is drawn
                # back by: the pen then needs no move forward after it, which readers
                # would take for a space inside the word.
                width = (round(-sd.x_offset) if sd.x_advance == 0 and sd.x_offset < 0
                         else ttf.face.charWidths.get(old, 0))
                code = _code_for(ttf, gid, share, width)
                if code is not None:
                    chars[i][k] = chr(code)
                    data[i][k] = sd._replace(width=width)
    for i in range(1, len(word)):
        word[i] = (word[i][0], ShapedStr("".join(chars[i]), shapeData=data[i]))


def _invisible(ch: str) -> bool:
    """Spaces and format characters (zero-width space, joiners)."""
    return unicodedata.category(ch) in ("Zs", "Cf")


def _run_end(glyphs: list[tuple[int, int, int, bool]], n: int) -> int:
    """The end of the run of glyphs of the cluster that glyph ``n`` is in."""
    end = n
    while end < len(glyphs) and glyphs[end][2] == glyphs[n][2]:
        end += 1
    return end


def _shares(group: list[tuple[int, int, int, bool]], text: str) -> list[str]:
    """What each glyph of a cluster stands for: the glyphs that move the pen on take the
    text a character each, in drawing order, the last of them the rest; a mark drawn on
    another glyph (no advance) stands for nothing, so no reader sees a gap where it sits."""
    spacing = [n for n, (*_, moves) in enumerate(group) if moves] or [0]
    shares = [""] * len(group)
    for j, n in enumerate(spacing):
        shares[n] = text[j:] if j == len(spacing) - 1 else text[j:j + 1]
    return shares


def _by_font(word: Any) -> list[list[Any]]:
    groups: list[list[Any]] = []
    for item in word[1:]:
        if groups and groups[-1][-1][0].fontName == item[0].fontName:
            groups[-1].append(item)
        else:
            groups.append([item])
    return groups


def copyable(original: Callable[..., Any]) -> Callable[..., Any]:
    """``reportlab.pdfbase.ttfonts.shapeFragWord``, with both fixes above."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfbase.ttfonts import ShapedFragWord, makeShapedFragWord

    def shape(w: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(w, ShapedFragWord) or any(hasattr(f, "cbDefn") for f, _ in w[1:]):
            return original(w, *args, **kwargs)
        groups = _by_font(w)
        if len(groups) > 1:
            # The word's own class says whether a space follows it: keep it.
            out = makeShapedFragWord(w)([0.0])
            for group in groups:
                width = sum(stringWidth(s, f.fontName, f.fontSize) for f, s in group)
                part = shape([width, *group], *args, **kwargs)
                out[0] += part[0]
                out.extend(part[1:])
            return out
        new = original(w, *args, **kwargs)
        if new is not w and isinstance(new, ShapedFragWord):
            _remap(new, "".join(s for _, s in w[1:]))
        return new

    shape._peerdesk_copyable = True  # type: ignore[attr-defined]
    return shape


def install() -> None:
    """Shape through ``copyable`` everywhere reportlab shapes (paragraphs and canvas
    strings); idempotent."""
    from reportlab.pdfbase import ttfonts
    from reportlab.platypus import paragraph

    if getattr(ttfonts.shapeFragWord, "_peerdesk_copyable", False):
        return
    shaped = copyable(ttfonts.shapeFragWord)
    ttfonts.shapeFragWord = shaped
    paragraph.shapeFragWord = shaped


def to_unicode_hex(code: int) -> str | None:
    """What the ToUnicode map gives for a code handed out here, as UTF-16BE hex."""
    text = TEXT_OF.get(code)
    if text is None:
        return None
    return text.encode("utf-16-be").hex().upper()
