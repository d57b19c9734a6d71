"""The fonts every report uses, registered once per process and embedded in each PDF.

Noto Sans (Latin with diacritics) for text, Noto Sans Devanagari for Hindi (shaped with
HarfBuzz), DejaVu Sans as the fallback for other scripts and symbols, DejaVu Sans Mono for
the recovery key. Licences are in resources/fonts/.
"""

from __future__ import annotations

import threading

from peerdesk.reports import copyable_shaping
from peerdesk.resources import resource_path

REGULAR = "PD-Sans"
BOLD = "PD-Sans-Bold"
DEVA = "PD-Deva"
DEVA_BOLD = "PD-Deva-Bold"
FALLBACK = "PD-Fallback"
MONO = "PD-Mono"

_FILES = {
    REGULAR: "NotoSans-Regular.ttf",
    BOLD: "NotoSans-Bold.ttf",
    DEVA: "NotoSansDevanagari-Regular.ttf",
    DEVA_BOLD: "NotoSansDevanagari-Bold.ttf",
    FALLBACK: "DejaVuSans.ttf",
    MONO: "DejaVuSansMono.ttf",
}

_lock = threading.Lock()
_done = False


def register_fonts() -> None:
    global _done
    with _lock:
        if _done:
            return
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        for name, filename in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, REGULAR)
        addMapping(REGULAR, 1, 1, BOLD)
        addMapping(DEVA, 0, 0, DEVA)
        addMapping(DEVA, 1, 0, DEVA_BOLD)
        addMapping(DEVA, 0, 1, DEVA)
        addMapping(DEVA, 1, 1, DEVA_BOLD)
        _no_ligatures()
        _utf16_to_unicode()
        copyable_shaping.install()
        _done = True


def _no_ligatures() -> None:
    """Turn off HarfBuzz's optional ligatures ("liga", "dlig") in reportlab's shaping.

    With them, "fi", "fl" and "ff" are drawn as ligature glyphs that copy and extract as
    U+FB01.. ("ﬁ"): searching a report for "reflection" fails, and an audit hash printed
    as "24ﬀ51…" cannot be pasted into ``peerdesk verify --anchor``. Devanagari shaping uses
    the script's required features (akhn, half, pres, abvs, blws...), which stay on.
    """
    from reportlab.pdfbase import ttfonts

    defaults = getattr(ttfonts.shapeFragWord, "__defaults__", None) or ()
    if defaults and isinstance(defaults[0], dict):
        defaults[0].update(liga=False, dlig=False)


def _utf16_to_unicode() -> None:
    """Make the ToUnicode map of every embedded font subset give characters above U+FFFF
    as UTF-16 surrogate pairs, as the PDF format requires.

    reportlab writes each code point as at least four hex digits, so an emoji such as
    U+1F60A became ``<1F60A>``, which readers take as U+1F60 and a stray digit: copying
    "😊" out of a report gave "ὠ". Everything else in the map is written as before.
    """
    from reportlab.pdfbase import ttfonts

    original = ttfonts.makeToUnicodeCMap

    def utf16_cmap(fontname: str, subset: list[int]) -> str:
        text: str = original(fontname, subset)
        for code in subset:
            copied = copyable_shaping.to_unicode_hex(code)
            if copied is not None:
                text = text.replace(f"<{code:04X}>", f"<{copied}>")
            elif code > 0xFFFF:
                text = text.replace(f"<{code:04X}>", f"<{utf16_hex(code)}>")
        return text

    if not getattr(original, "_peerdesk_utf16", False):
        utf16_cmap._peerdesk_utf16 = True  # type: ignore[attr-defined]
        ttfonts.makeToUnicodeCMap = utf16_cmap


def utf16_hex(code: int) -> str:
    """A code point as UTF-16BE hex digits (a surrogate pair above U+FFFF)."""
    return chr(code).encode("utf-16-be", "surrogatepass").hex().upper()


def _covers(name: str) -> dict[int, int]:
    from reportlab.pdfbase import pdfmetrics

    face = pdfmetrics.getFont(name).face
    cmap: dict[int, int] = face.charToGlyph
    return cmap


def font_runs(text: str) -> list[tuple[str | None, str]]:
    """Split text into runs by the font that can draw them; None = the paragraph's font.

    Devanagari goes to the Devanagari font (shaped); characters the text font lacks go to
    the fallback font; spaces and punctuation stay with the run they are in.
    """
    register_fonts()
    main, deva, fallback = _covers(REGULAR), _covers(DEVA), _covers(FALLBACK)
    runs: list[tuple[str | None, str]] = []
    current: str | None = None
    buf: list[str] = []
    for ch in text:
        code = ord(ch)
        if ch.isspace() or code < 0x80:
            # Inside Hindi, spaces, digits and punctuation the Devanagari font has stay
            # with it: "(30 नवंबर" is one run, shaped in one font.
            face = current if current == DEVA and (ch.isspace() or code in deva) else None
            if ch == "\n":
                face = None
        elif 0x0900 <= code <= 0x097F or 0xA8E0 <= code <= 0xA8FF or code in (0x200C, 0x200D):
            face = DEVA
        elif code in main:
            face = None
        elif code in deva:
            face = DEVA
        elif code in fallback:
            face = FALLBACK
        else:
            face = None
        if face != current and buf:
            runs.append((current, "".join(buf)))
            buf = []
        current = face
        buf.append(ch)
    if buf:
        runs.append((current, "".join(buf)))
    return runs
