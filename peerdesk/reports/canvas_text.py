"""Single lines of text drawn straight on the canvas (page furniture, chart labels).

Paragraphs pick fonts and shape Devanagari through their markup; ``canvas.drawString``
does neither. Here a line is cut into runs by the font that can draw them
(``fonts.font_runs``), each run is measured as it will be drawn (shaped where it is
Devanagari) and drawn in its own font, so Hindi in a page header or on a chart axis is
spelled and joined exactly as it is in the body.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from peerdesk.reports.fonts import BOLD, DEVA, DEVA_BOLD, REGULAR, font_runs, register_fonts
from peerdesk.reports.safety import plain


def _font(face: str | None, bold: bool) -> str:
    if face == DEVA:
        return DEVA_BOLD if bold else DEVA
    if face is not None:
        return face
    return BOLD if bold else REGULAR


def _runs(text: str, bold: bool) -> list[tuple[str, str]]:
    return [(_font(face, bold), run) for face, run in font_runs(plain(text))]


def _shaped(run: str, font: str, size: float) -> str:
    """``run`` shaped by HarfBuzz if it is Devanagari (a ``ShapedStr``, which the canvas
    draws glyph by glyph; the canvas's own ``shaping`` flag needs fonts registered as
    shapable, which ours are not)."""
    if font not in (DEVA, DEVA_BOLD):
        return run
    from reportlab.pdfbase.ttfonts import shapeStr

    shaped: str = shapeStr(run, font, size)
    return shaped


def _width(run: str, font: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    shaped = _shaped(run, font, size)
    data = getattr(shaped, "__shapeData__", None)
    if data:
        return float(sum(d.x_advance for d in data) * size / 1000)
    return float(stringWidth(run, font, size))


def line_width(text: str, size: float, *, bold: bool = False) -> float:
    register_fonts()
    return sum(_width(run, font, size) for font, run in _runs(text, bold))


def draw_line(canvas: Canvas, x: float, y: float, text: str, size: float, *,
              bold: bool = False, anchor: str = "start") -> None:
    """``text`` on one line with its baseline at ``y``; ``anchor``: where ``x`` is
    ("start", "middle" or "end")."""
    register_fonts()
    runs = _runs(text, bold)
    widths = [_width(run, font, size) for font, run in runs]
    total = sum(widths)
    if anchor == "middle":
        x -= total / 2
    elif anchor == "end":
        x -= total
    # One text object for the line, so that readers take it as one line of text.
    line = canvas.beginText(x, y)
    for font, run in runs:
        line.setFont(font, size)
        line.textOut(_shaped(run, font, size))
    canvas.drawText(line)


def fitted_size(text: str, room: float, sizes: Sequence[float], *, bold: bool = False
                ) -> float:
    """The first of ``sizes`` (largest first) at which ``text`` fits in ``room`` points."""
    for size in sizes:
        if line_width(text, size, bold=bold) <= room:
            return size
    return sizes[-1]


def wrap_words(text: str, room: float, size: float) -> list[str]:
    """``text`` in lines no wider than ``room`` points, broken at spaces (a word longer
    than a line is broken where it must be)."""
    lines: list[str] = []
    current = ""
    for word in plain(text).split(" "):
        trial = f"{current} {word}" if current else word
        if line_width(trial, size) <= room:
            current = trial
            continue
        if current:
            lines.append(current)
        current = word
        while len(current) > 1 and line_width(current, size) > room:
            cut = len(current) - 1
            while cut > 1 and line_width(current[:cut], size) > room:
                cut -= 1
            lines.append(current[:cut])
            current = current[cut:]
    lines.append(current)
    return lines


@dataclass(frozen=True)
class Label:
    """A line of text placed on a chart (drawing coordinates)."""

    x: float
    y: float
    text: str
    size: float
    colour: object
    bold: bool = False
    anchor: str = "start"

    def draw(self, canvas: Canvas) -> None:
        canvas.setFillColor(self.colour)
        draw_line(canvas, self.x, self.y, self.text, self.size, bold=self.bold,
                  anchor=self.anchor)
