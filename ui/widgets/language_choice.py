"""The language picker of the Settings page and the first-run screen.

Each language is named in itself ("English", "हिन्दी"), so whoever is looking can find
theirs. Only a choice the person makes (``activated``) is announced as ``chosen(code)``;
setting it from stored data or from a restored view never is, so showing a value never
saves one.

Its label names it in both languages (:func:`language_label`), so a person who chose a
language they cannot read by mistake still finds the way back.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from ui import language


def language_label() -> str:
    """"&Language / भाषा": the picker's label, in both languages."""
    return QCoreApplication.translate("LanguageChoice", "&Language / भाषा")


class LanguageChoice(QComboBox):
    #: The person chose a language (its code: "en", "hi").
    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageChoice")
        for code, name in language.choices():
            self.addItem(name, code)
        self.set_code(language.current())
        self.setAccessibleName(self.tr("Language"))
        self.activated.connect(self._activated)

    def code(self) -> str:
        return str(self.currentData())

    def set_code(self, code: str) -> None:
        """Show ``code`` as chosen, without announcing it."""
        index = self.findData(code)
        if index >= 0:
            self.blockSignals(True)
            self.setCurrentIndex(index)
            self.blockSignals(False)

    def _activated(self, index: int) -> None:
        self.chosen.emit(str(self.itemData(index)))
