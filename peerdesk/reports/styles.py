"""Paragraph styles and colours shared by every report: calm, readable, printable in grey."""

from __future__ import annotations

from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle

from peerdesk.reports.fonts import BOLD, MONO, REGULAR, register_fonts

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
RULE = colors.HexColor("#cbd2d9")
ZEBRA = colors.HexColor("#f5f7fa")
HEAD_BG = colors.HexColor("#e4e7eb")
ACCENT = colors.HexColor("#2f6f8f")
ALERT = colors.HexColor("#b3261e")
OK = colors.HexColor("#2e7d32")


#: The styles of section headings (kept with what follows them: ``layout.keep_headings``).
HEADINGS = ("h1", "h2")

#: Every table style starts with this: reportlab's tables otherwise set Helvetica, a font
#: it never embeds, before drawing each cell.
TABLE_FONT = ("FONTNAME", (0, 0), (-1, -1), REGULAR)


def is_bold(style: ParagraphStyle) -> bool:
    """Whether text in ``style`` is bold (its Devanagari runs then take the bold face too:
    ``safety.pdf_text(..., bold=True)``)."""
    return bool(style.fontName == BOLD)


@cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=13, textColor=INK,
                          alignment=TA_LEFT, shaping=1, splitLongWords=1)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10.5, textColor=MUTED),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11),
        "cell_bold": ParagraphStyle("cell_bold", parent=base, fontName=BOLD, fontSize=8.5,
                                    leading=11),
        "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=20, leading=25,
                                spaceAfter=4),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=11, leading=15,
                                   textColor=MUTED, spaceAfter=10),
        "as_at": ParagraphStyle("as_at", parent=base, fontSize=8.5, leading=11,
                                textColor=INK, spaceBefore=-6, spaceAfter=8),
        "h1": ParagraphStyle("h1", parent=base, fontName=BOLD, fontSize=14, leading=18,
                             spaceBefore=10, spaceAfter=6, textColor=ACCENT),
        "h2": ParagraphStyle("h2", parent=base, fontName=BOLD, fontSize=11, leading=14,
                             spaceBefore=8, spaceAfter=4),
        "figure": ParagraphStyle("figure", parent=base, fontName=BOLD, fontSize=22, leading=26,
                                 alignment=TA_CENTER),
        "figure_label": ParagraphStyle("figure_label", parent=base, fontSize=8.5, leading=11,
                                       alignment=TA_CENTER, textColor=MUTED),
        "alert": ParagraphStyle("alert", parent=base, fontName=BOLD, textColor=ALERT),
        "mono": ParagraphStyle("mono", parent=base, fontName=MONO, fontSize=16, leading=24,
                               alignment=TA_CENTER),
    }
