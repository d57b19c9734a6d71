"""Page images of a PDF, for previewing and printing a report inside the desktop app.

Uses PDFium (pypdfium2) on the PDF bytes in memory: no file is written, and the images are
plain pixel buffers that the UI turns into pictures without any further decoding.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from peerdesk.errors import Cancelled

POINTS_PER_INCH = 72


@dataclass(frozen=True)
class PageImage:
    width: int
    height: int
    stride: int  # bytes per row
    data: bytes  # 8-bit BGR, rows of ``stride`` bytes


def page_count(pdf: bytes) -> int:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        return len(doc)
    finally:
        doc.close()


def render_pages(
    pdf: bytes,
    dpi: float = 96,
    *,
    first: int = 0,
    last: int | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> Iterator[PageImage]:
    """Render pages ``first``..``last`` (inclusive, 0-based) at ``dpi``, one at a time."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        end = len(doc) - 1 if last is None else min(last, len(doc) - 1)
        for index in range(first, end + 1):
            if should_cancel is not None and should_cancel():
                raise Cancelled("Stopped.")
            page = doc[index]
            try:
                bitmap = page.render(scale=dpi / POINTS_PER_INCH)
                yield PageImage(bitmap.width, bitmap.height, bitmap.stride,
                                bytes(bitmap.buffer))
            finally:
                page.close()
    finally:
        doc.close()
