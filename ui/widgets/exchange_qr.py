"""A QR code drawn from a text (the join code), black on white, scaled to fit its space.

The matrix comes from ``segno`` (a maintained QR library); the widget only paints its
modules as whole-pixel squares with the four-module quiet zone readers need, whatever the
palette (a dark theme must not invert a code a phone has to read).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

QUIET_ZONE = 4
#: A module smaller than this on screen is hard for a phone to read.
MIN_MODULE_PX = 3


def qr_matrix(text: str) -> list[list[bool]]:
    """The modules of the smallest QR code (lowest error correction) that holds ``text``."""
    import segno

    code = segno.make(text, error="L", micro=False, boost_error=False)
    return [[bool(cell) for cell in row] for row in code.matrix]


class QrCodeView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qrCode")
        self._matrix: list[list[bool]] = []
        self.text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_text(self, text: str) -> None:
        self.text = text
        self._matrix = qr_matrix(text) if text else []
        self.updateGeometry()
        self.update()

    @property
    def modules(self) -> int:
        """Modules per side, quiet zone included (0 when empty)."""
        return len(self._matrix) + 2 * QUIET_ZONE if self._matrix else 0

    def minimumSizeHint(self) -> QSize:
        side = self.modules * MIN_MODULE_PX
        return QSize(side, side)

    def sizeHint(self) -> QSize:
        side = self.modules * 4
        return QSize(side, side)

    def module_px(self) -> int:
        if not self.modules:
            return 0
        return max(1, min(self.width(), self.height()) // self.modules)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._matrix:
            return
        px = self.module_px()
        side = px * self.modules
        left = (self.width() - side) // 2
        top = 0  # the code sits at the top of its space, its caption right under it
        painter = QPainter(self)
        painter.fillRect(QRect(left, top, side, side), QColor("white"))
        black = QColor("black")
        for y, row in enumerate(self._matrix):
            for x, dark in enumerate(row):
                if dark:
                    painter.fillRect(left + (x + QUIET_ZONE) * px,
                                     top + (y + QUIET_ZONE) * px, px, px, black)
        painter.end()
