"""A tick box ("Follow up on") and a date (with a calendar) that only counts when ticked.

Forms pass ``today`` in the group's time zone: the machine's own date can be a day off.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget


class OptionalDateEdit(QWidget):
    """A tick box ("Follow up on") and a date that is only used when ticked."""

    changed = Signal()

    def __init__(self, text: str, parent: QWidget | None = None, *,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(text, self)
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd MMM yyyy")  # as every date picker of the forms
        start = today or date.today()
        self.date.setDate(QDate(start.year, start.month, start.day))
        self.date.setEnabled(False)
        self.date.setAccessibleName(text.replace("&", ""))
        self.check.toggled.connect(self.date.setEnabled)
        self.check.toggled.connect(lambda _: self.changed.emit())
        self.date.dateChanged.connect(lambda _: self.changed.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.date, 1)
        self.setFocusProxy(self.check)

    def value(self) -> date | None:
        if not self.check.isChecked():
            return None
        d = self.date.date()
        return date(d.year(), d.month(), d.day())

    def set_value(self, value: date | str | None) -> None:
        if isinstance(value, str):
            try:
                value = date.fromisoformat(value)
            except ValueError:
                value = None
        self.check.setChecked(value is not None)
        if value is not None:
            self.date.setDate(QDate(value.year, value.month, value.day))

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.check.setAccessibleName(name)
