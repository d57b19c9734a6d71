"""Page images of a report PDF, made off the GUI thread, for the preview and the printer.

PDFium (through :mod:`peerdesk.reports.preview`) works on the PDF bytes in memory, so
nothing is written to disk. PDFium is not thread-safe: every call goes through
:data:`PDFIUM_LOCK`, one page at a time, so a preview and a print can run side by side.

* :class:`PageRenderer` renders pages for the screen and hands each one over as a
  ``QImage`` as soon as it is ready (the first pages appear while the rest are drawn).
* :class:`PrintJob` renders every page at the printer's resolution and paints it, scaled to
  fit, on the printer's page. Qt allows painting on a ``QPrinter`` outside the GUI thread.
* :func:`printing_available` is False when QtPrintSupport is not part of this Qt.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QRectF, QSizeF, Qt, QThread, Signal
from PySide6.QtGui import QImage, QPainter

from peerdesk.errors import Cancelled
from peerdesk.reports.preview import PageImage, page_count, render_pages

#: PDFium may only be used by one thread at a time.
PDFIUM_LOCK = threading.Lock()
#: Resolution for the preview on screen.
SCREEN_DPI = 110
#: Most a printer page is rendered at: sharp text without huge images.
MAX_PRINT_DPI = 300


def printing_available() -> bool:
    try:
        from PySide6 import QtPrintSupport  # noqa: F401
    except ImportError:
        return False
    return True


def to_qimage(page: PageImage) -> QImage:
    """A ``QImage`` that owns its pixels (the BGR buffer of ``page`` may then be dropped)."""
    image = QImage(page.data, page.width, page.height, page.stride,
                   QImage.Format.Format_BGR888)
    return image.copy()


def count_pages(pdf: bytes) -> int:
    with PDFIUM_LOCK:
        return page_count(pdf)


def render_one(pdf: bytes, index: int, dpi: float) -> QImage:
    """Page ``index`` (0-based) at ``dpi``, holding the PDFium lock only for that page."""
    with PDFIUM_LOCK:
        for page in render_pages(pdf, dpi, first=index, last=index):
            return to_qimage(page)
    raise IndexError(index)


class _CancellableThread(QThread):
    """A thread with a stop flag that ``stop()`` sets and then waits for."""

    failed = Signal(str)

    def __init__(self, pdf: bytes) -> None:
        super().__init__()
        self.pdf = pdf
        self._stop = threading.Event()

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    def cancel(self) -> None:
        self._stop.set()

    def stop(self) -> None:
        """Ask the thread to stop and wait until it has (at most one page is in flight)."""
        self._stop.set()
        if self.isRunning():
            self.wait()


class PageRenderer(_CancellableThread):
    """Renders every page at ``dpi``, first to last; ``counted`` comes first."""

    counted = Signal(int)
    page_ready = Signal(int, QImage)

    def __init__(self, pdf: bytes, dpi: float = SCREEN_DPI) -> None:
        super().__init__(pdf)
        self.setObjectName("peerdesk-preview")
        self.dpi = dpi

    def run(self) -> None:
        try:
            total = count_pages(self.pdf)
            self.counted.emit(total)
            for index in range(total):
                if self.stopped:
                    return
                self.page_ready.emit(index, render_one(self.pdf, index, self.dpi))
        except Cancelled:
            return
        except Exception:  # a broken PDF: say so, never show its bytes
            self.failed.emit(self.tr("The pages of this report could not be drawn."))


def paint_page(painter: QPainter, image: QImage, target: QRectF) -> None:
    """Draw ``image`` as large as fits in ``target``, keeping its shape, centred."""
    size = QSizeF(image.width(), image.height())
    size.scale(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
    x = target.x() + (target.width() - size.width()) / 2
    y = target.y() + (target.height() - size.height()) / 2
    painter.drawImage(QRectF(x, y, size.width(), size.height()), image)


class PrintJob(_CancellableThread):
    """Prints every page of ``pdf`` on ``printer`` (a configured ``QPrinter``).

    ``progress(done, total)`` after each page; ``done_printing(pages)`` at the end, or
    ``failed(message)``. A cancelled job aborts the printer so nothing half-made comes out.
    """

    progress = Signal(int, int)
    done_printing = Signal(int)

    def __init__(self, pdf: bytes, printer: Any) -> None:
        super().__init__(pdf)
        self.setObjectName("peerdesk-print")
        self.printer = printer
        self.dpi = min(MAX_PRINT_DPI, max(72, printer.resolution()))

    def run(self) -> None:
        printer = self.printer
        try:
            total = count_pages(self.pdf)
        except Exception:
            self.failed.emit(self.tr("This report could not be read for printing."))
            return
        painter = QPainter()
        if not painter.begin(printer):
            self.failed.emit(self.tr("The printer could not be started. Check it and try again."))
            return
        printed = 0
        try:
            for index in range(total):
                if self.stopped:
                    printer.abort()
                    return
                image = render_one(self.pdf, index, self.dpi)
                if index:
                    printer.newPage()
                target = QRectF(painter.viewport())
                paint_page(painter, image, QRectF(0, 0, target.width(), target.height()))
                printed += 1
                self.progress.emit(printed, total)
        except Exception:
            printer.abort()
            self.failed.emit(self.tr("Printing stopped: a page could not be drawn."))
            return
        finally:
            if painter.isActive():
                painter.end()
        self.done_printing.emit(printed)
