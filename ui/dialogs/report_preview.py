"""A built report: what it is (kind, period, pages, size, SHA-256) and what to do with it:
"Save as PDF…" (written atomically) or "Open in PDF viewer" (after a warning, since the
viewer gets an unencrypted copy). PySide6-Essentials has no QtPdf, so pages are not drawn
here; the summary says so instead of pretending."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.plain_text import plain_label


def page_count(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf))


def save_pdf(path: Path, pdf: bytes) -> None:
    from peerdesk.atomic import atomic_write_bytes

    atomic_write_bytes(Path(path), pdf)


class ReportPreviewDialog(QDialog):
    def __init__(self, pdf: bytes, title: str, suggested_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf = pdf
        self.suggested_name = suggested_name
        self.saved_to: Path | None = None
        self.setWindowTitle(title)
        digest = hashlib.sha256(pdf).hexdigest()
        self.summary = plain_label(
            f"{title}\n\n{page_count(pdf)} page(s), {len(pdf) / 1024:.0f} KB.\n"
            f"SHA-256: {digest}\n\nThe report is ready. Save it to print or sign it; "
            "\"peerdesk verify --report FILE\" checks a printed copy against this vault.",
            self)
        self.status = plain_label("", self)
        buttons = QDialogButtonBox(self)
        self.save_button = QPushButton("Save as PDF…", self)
        self.save_button.setObjectName("primaryButton")
        self.open_button = QPushButton("Open in PDF viewer…", self)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(lambda: self.save())
        self.open_button.clicked.connect(self.open_external)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.sizeHint().height())

    def save(self, path: str | None = None) -> Path | None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, "Save report", str(
                Path.home() / self.suggested_name), "PDF (*.pdf)")
        if not path:
            return None
        out = Path(path if str(path).endswith(".pdf") else f"{path}.pdf")
        try:
            save_pdf(out, self.pdf)
        except OSError:
            self.status.setText("Could not write the file there. Choose another folder.")
            return None
        self.saved_to = out
        self.status.setText(f"Saved: {out}")
        return out

    def open_external(self) -> None:
        answer = QMessageBox.question(
            self, "Open in PDF viewer",
            "The PDF viewer needs an unencrypted copy of this report on this laptop. Save "
            "it to a folder only you use, and delete it when you are done. Continue?")
        if answer == QMessageBox.StandardButton.Yes:
            out = self.save()
            if out is not None:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(out)))

    def clear(self) -> None:
        self.pdf = b""
        self.summary.clear()
