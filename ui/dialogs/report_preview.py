"""A report just made: its pages on screen, "Save as PDF…" and "Print…".

The pages are drawn off the GUI thread (:class:`ui.printing.PageRenderer`) and appear one
by one, first page first, in a scrolling list scaled to the window's width. Nothing is
written to disk except where the person saves the PDF (atomically). The line under the
title gives the report id and SHA-256 under which the report is registered in the vault,
so a printed or saved copy can be checked later with ``peerdesk verify --report FILE``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, Slot
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.printing import PageRenderer, PrintJob, printing_available
from ui.translated import fill
from ui.widgets.plain_text import plain_label

#: Height / width of an A4 page; used for pages not drawn yet.
A4_SHAPE = 297 / 210
#: Space around and between pages, in pixels.
MARGIN = 16


def save_pdf(path: Path, pdf: bytes) -> None:
    from peerdesk.atomic import atomic_write_bytes

    atomic_write_bytes(Path(path), pdf)


class PageView(QWidget):
    """One page: white with "Page n" until its image arrives, then the image, fit to size."""

    def __init__(self, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = number
        self.image: QImage | None = None
        self._scaled: QPixmap | None = None
        self.setAccessibleName(fill(self.tr("Page %1"), number))

    @property
    def shape(self) -> float:
        if self.image is None or self.image.width() == 0:
            return A4_SHAPE
        return self.image.height() / self.image.width()

    def set_image(self, image: QImage | None) -> None:
        self.image = image
        self._scaled = None
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        if self.image is None:
            painter.setPen(QColor("#80868b"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             fill(self.tr("Page %1\ndrawing…"), self.number))
        else:
            ratio = self.devicePixelRatioF()
            want = QSize(round(self.width() * ratio), round(self.height() * ratio))
            if self._scaled is None or self._scaled.size() != want:
                scaled = self.image.scaled(want, Qt.AspectRatioMode.KeepAspectRatio,
                                           Qt.TransformationMode.SmoothTransformation)
                self._scaled = QPixmap.fromImage(scaled)
                self._scaled.setDevicePixelRatio(ratio)
            painter.drawPixmap(0, 0, self._scaled)
        painter.setPen(QColor("#9aa0a6"))
        painter.drawRect(QRect(0, 0, self.width() - 1, self.height() - 1))
        painter.end()


class ReportPreviewDialog(QDialog):
    """``issued`` has ``pdf``, ``report_id`` and ``sha256`` (an ``IssuedPdf``)."""

    def __init__(self, issued: Any, title: str, suggested_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportPreview")
        self.pdf: bytes = issued.pdf
        self.report_id: str = issued.report_id
        self.sha256: str = issued.sha256
        self.suggested_name = suggested_name
        self.saved_to: Path | None = None
        self.pages: list[PageView] = []
        self.print_job: PrintJob | None = None
        self.setWindowTitle(title)

        self.title = plain_label(title, self, wrap=False)
        self.title.setObjectName("dialogTitle")
        self.fingerprint = plain_label(
            fill(self.tr("Registered in the vault as report %1 · SHA-256 %2"), self.report_id,
                self.sha256), self)
        self.fingerprint.setAccessibleName(self.tr("Report id and fingerprint"))
        self.page_label = QLabel("", self)
        self.page_label.setAccessibleName(self.tr("Page indicator"))
        self.status = plain_label(self.tr("Drawing the pages…"), self)

        self.container = QWidget()
        self.container.setObjectName("reportPages")
        self.container.setStyleSheet("#reportPages { background: #5f6368; }")
        self.column = QVBoxLayout(self.container)
        self.column.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        self.column.setSpacing(MARGIN)
        self.column.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(self.container)
        self.scroll_area.setAccessibleName(self.tr("Report pages"))
        self.scroll_area.viewport().installEventFilter(self)
        self.scroll_area.verticalScrollBar().valueChanged.connect(self._update_indicator)

        self.save_button = QPushButton(self.tr("Save as PDF…"), self)
        self.save_button.setObjectName("primaryButton")
        self.save_button.clicked.connect(lambda: self.save())
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.clicked.connect(self.print_report)
        self.cancel_print_button = QPushButton(self.tr("Stop printing"), self)
        self.cancel_print_button.clicked.connect(self.cancel_print)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.cancel_print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        # After addButton, which shows every button it is given:
        self.print_button.setVisible(printing_available())
        self.cancel_print_button.hide()

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.page_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self._size_to_screen()

        self.renderer: PageRenderer | None = PageRenderer(self.pdf)
        self.renderer.counted.connect(self._counted)
        self.renderer.page_ready.connect(self._page_ready)
        self.renderer.failed.connect(self._render_failed)
        self.renderer.start()

    # -- pages -------------------------------------------------------------------------
    @property
    def page_total(self) -> int:
        return len(self.pages)

    @property
    def rendered(self) -> int:
        """How many pages have their image (tests wait on this)."""
        return sum(1 for p in self.pages if p.image is not None)

    def _size_to_screen(self) -> None:
        width, height = 860, 1000
        screen = self.screen()
        if screen is not None:
            free = screen.availableGeometry()
            width, height = min(width, free.width() - 40), min(height, free.height() - 60)
        self.resize(max(width, 480), max(height, 400))

    @Slot(int)
    def _counted(self, total: int) -> None:
        for number in range(1, total + 1):
            view = PageView(number, self.container)
            self.column.insertWidget(self.column.count() - 1, view, 0,
                                     Qt.AlignmentFlag.AlignHCenter)
            self.pages.append(view)
        self._fit_width()
        self._update_indicator()
        self.status.setText(fill(self.tr("Drawing the pages… %1 of %2"), 0, total))

    @Slot(int, QImage)
    def _page_ready(self, index: int, image: QImage) -> None:
        if index >= len(self.pages):
            return
        view = self.pages[index]
        reshaped = abs(view.shape - image.height() / max(image.width(), 1)) > 1e-3
        view.set_image(image)
        if reshaped:
            self._fit_width()
        done = self.rendered
        total = self.page_total
        self.status.setText(self._pages_text(total) if done == total
                            else fill(self.tr("Drawing the pages… %1 of %2"), done, total))

    def _pages_text(self, total: int) -> str:
        return self.tr("1 page.") if total == 1 else fill(self.tr("%1 pages."), f"{total:,}")

    @Slot(str)
    def _render_failed(self, message: str) -> None:
        self.status.setText(message + " " + self.tr("Saving the PDF still works."))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scroll_area.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_width()
        return super().eventFilter(watched, event)

    def _fit_width(self) -> None:
        """Zoom to fit the width: every page as wide as the viewport allows."""
        width = max(self.scroll_area.viewport().width() - 2 * MARGIN, 120)
        for view in self.pages:
            view.setFixedSize(width, round(width * view.shape))
        self._update_indicator()

    def current_page(self) -> int:
        """The 1-based number of the page under the middle of the view (0 when none)."""
        if not self.pages:
            return 0
        area = self.scroll_area
        middle = area.verticalScrollBar().value() + area.viewport().height() / 2
        for view in self.pages:
            if view.geometry().bottom() + MARGIN / 2 >= middle:
                return view.number
        return self.pages[-1].number

    def _update_indicator(self) -> None:
        total = self.page_total
        self.page_label.setText(fill(self.tr("Page %1 of %2"), self.current_page(), total)
                                if total else "")

    # -- save --------------------------------------------------------------------------
    def save(self, path: str | None = None) -> Path | None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save report"), str(
                Path.home() / self.suggested_name), self.tr("PDF (*.pdf)"))
        if not path:
            return None
        out = Path(path if str(path).lower().endswith(".pdf") else f"{path}.pdf")
        try:
            save_pdf(out, self.pdf)
        except OSError:
            self.status.setText(self.tr("Could not write the file there. Choose another folder."))
            return None
        self.saved_to = out
        self.status.setText(fill(self.tr("Saved: %1"), out))
        return out

    # -- print -------------------------------------------------------------------------
    def print_report(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.suggested_name)
        chooser = QPrintDialog(printer, self)
        chooser.setWindowTitle(self.tr("Print report"))
        if chooser.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: Any) -> PrintJob:
        """Print on a configured ``QPrinter`` off the GUI thread (the Print… button's work)."""
        self.cancel_print()
        job = PrintJob(self.pdf, printer)
        job.progress.connect(self._printed_page)
        job.done_printing.connect(self._print_done)
        job.failed.connect(self._print_failed)
        job.finished.connect(self._print_finished)
        self.print_job = job
        self.print_button.setEnabled(False)
        self.cancel_print_button.show()
        self.status.setText(self.tr("Printing…"))
        job.start()
        return job

    @Slot(int, int)
    def _printed_page(self, done: int, total: int) -> None:
        self.status.setText(fill(self.tr("Printing page %1 of %2…"), done, total))

    @Slot(int)
    def _print_done(self, pages: int) -> None:
        self.status.setText(self.tr("Sent 1 page to the printer.") if pages == 1 else
                            fill(self.tr("Sent %1 pages to the printer."), f"{pages:,}"))

    @Slot(str)
    def _print_failed(self, message: str) -> None:
        self.status.setText(message)

    @Slot()
    def _print_finished(self) -> None:
        self.print_button.setEnabled(True)
        self.cancel_print_button.hide()

    def cancel_print(self) -> None:
        job = self.print_job
        if job is not None and job.isRunning():
            job.stop()
            self.status.setText(self.tr("Printing stopped."))
        self._print_finished()

    # -- life cycle --------------------------------------------------------------------
    def _stop_threads(self) -> None:
        if self.renderer is not None:
            self.renderer.stop()
        if self.print_job is not None:
            self.print_job.stop()

    def done(self, result: int) -> None:
        self._stop_threads()
        super().done(result)

    def clear(self) -> None:
        """On lock: stop drawing and printing, and drop the PDF and every page image."""
        self._stop_threads()
        self.pdf = b""
        for view in self.pages:
            view.set_image(None)
            view.deleteLater()
        self.pages = []
        self.fingerprint.clear()
        self.title.clear()
        self.status.clear()
        self.page_label.clear()
