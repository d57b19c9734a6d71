"""Tables that stay fast and readable at any length.

reportlab lays out one ``Table`` as a whole, so a 10,000-row table is slow and a
100,000-row one does not finish (docs/performance.md). Long tables are cut into chunks of at most
``CHUNK_ROWS`` rows; each chunk repeats the header row on every page it spans.

Short cells (dates, codes, numbers, levels) that are printable, need neither shaping nor
the fallback fonts, and fit their column on one line are given to the table as strings:
reportlab draws them with ``drawString`` (no markup is parsed, so they stay exactly the
characters they are) and lays them out at a fraction of a Paragraph's cost. Anything else
is a Paragraph, shaped only when it needs to be (``text_blocks.styled``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from peerdesk.i18n import _
from peerdesk.reports.fonts import BOLD
from peerdesk.reports.safety import pdf_text
from peerdesk.reports.styles import HEAD_BG, INK, RULE, TABLE_FONT, ZEBRA, is_bold, styles
from peerdesk.reports.text_blocks import PIECE, needs_shaping, paragraphs, styled

CHUNK_ROWS = 400
#: Left + right cell padding (the table style below).
PADDING = 8

Cell = str | Paragraph


def _cell(value: object, style: str, width: float) -> str | Paragraph | list[Paragraph]:
    text = "" if value is None else str(value)
    if len(text) > PIECE or "\n" in text:
        return paragraphs(text, styles()[style])
    st = styles()[style]
    if _fits(text, st.fontName, st.fontSize, width - PADDING):
        return text
    return Paragraph(pdf_text(text, bold=is_bold(st)), styled(text, st))


@lru_cache(maxsize=4096)
def _fits(text: str, font: str, size: float, room: float) -> bool:
    """One line, drawn as is: printable, all in the regular face, no shaping, fits."""
    return (text.isprintable() and not needs_shaping(text)
            and stringWidth(text, font, size) <= room)


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    *,
    empty: str = "",
    alert_rows: Sequence[int] = (),
) -> Iterator[Flowable]:
    """Flowables for a table of user data: every cell escaped, header repeated, chunked."""
    if not rows:
        empty = empty or _("Nothing to show for this period.")
        yield Paragraph(pdf_text(empty), styled(empty, styles()["small"]))
        return
    head = [_cell(h, "cell_bold", w) for h, w in zip(header, widths, strict=True)]
    cell = styles()["cell"]
    alert = set(alert_rows)
    for start in range(0, len(rows), CHUNK_ROWS):
        chunk = rows[start:start + CHUNK_ROWS]
        body = [[_cell(v, "cell", w) for v, w in zip(row, widths, strict=True)]
                for row in chunk]
        # splitInRow: a row taller than a page (a long note in a cell) continues on the next
        # page instead of failing the whole report with a LayoutError.
        table = Table([head, *body], colWidths=list(widths), repeatRows=1, splitByRow=1,
                      splitInRow=1)
        cmds: list[tuple[object, ...]] = [
            TABLE_FONT,
            # For the cells given as strings: the same face, size and leading as "cell".
            ("FONTNAME", (0, 0), (-1, 0), BOLD),
            ("FONTSIZE", (0, 0), (-1, -1), cell.fontSize),
            ("LEADING", (0, 0), (-1, -1), cell.leading),
            ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ]
        for i in range(1, len(body) + 1):
            if (start + i - 1) in alert:
                cmds.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#fdecea")))
            elif i % 2 == 0:
                cmds.append(("BACKGROUND", (0, i), (-1, i), ZEBRA))
        table.setStyle(TableStyle(cmds))
        yield table
    yield Spacer(1, 4)
