"""The safety number in large digits, the same on both laptops, to compare by eye or aloud.

Shown on the new laptop (its join request) and on the coordinator's (the request it read).
Digits stay Latin in every language (they are a code), in three groups of five, in a
monospaced face so a misread digit lines up with its twin on the other screen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QLabel, QWidget

from ui.widgets.plain_text import force_plain

translate = QCoreApplication.translate


class SafetyNumberLabel(QLabel):
    def __init__(self, number: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        force_plain(self)
        self.setObjectName("safetyNumber")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setProperty("textInteractionFlags", 1)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(self.font().pointSizeF(), 9.0) * 2.6)
        font.setWeight(QFont.Weight.DemiBold)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
        self.setFont(font)
        self.set_number(number)

    def set_number(self, number: str) -> None:
        self.number = number
        self.setText(number.replace(" ", "  "))
        self.setAccessibleName(translate("SafetyNumberLabel", "Safety number"))
        self.setAccessibleDescription(" ".join(number.replace(" ", "")))
