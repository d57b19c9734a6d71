"""A length of time edited as an amount and a unit (minutes, hours, days), held in minutes.

Settings such as acknowledgement deadlines are stored in minutes; people read and type them
in hours and days. The unit shown first is the one :func:`ui.labels.duration_unit` picks, so
the editor and every place that shows the same length agree.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QSpinBox, QWidget

from ui.labels import DURATION_UNITS, duration_unit, unit_name


class DurationEdit(QWidget):
    """An amount box and a unit drop-down; :meth:`value` is the total in minutes."""

    #: The total in minutes, when either part changes.
    valueChanged = Signal(int)

    def __init__(self, maximum_minutes: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.maximum_minutes = maximum_minutes
        self.amount = QSpinBox(self)
        self.unit = QComboBox(self)
        for size, _name in DURATION_UNITS:
            self.unit.addItem(unit_name(size, 2), size)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.amount, 1)
        layout.addWidget(self.unit)
        self.setFocusProxy(self.amount)
        self.unit.currentIndexChanged.connect(self._unit_changed)
        self.amount.valueChanged.connect(self._amount_changed)
        self._unit_changed()

    def value(self) -> int:
        return int(self.amount.value()) * int(self.unit.currentData())

    def setValue(self, minutes: int) -> None:  # the Qt spelling, like QSpinBox
        amount, size = duration_unit(max(0, int(minutes)))
        self.unit.blockSignals(True)
        self.unit.setCurrentIndex(self.unit.findData(size))
        self.unit.blockSignals(False)
        self._unit_changed()
        self.amount.setValue(amount)

    def _unit_changed(self, _index: int = 0) -> None:
        size = int(self.unit.currentData())
        self.amount.setRange(0, self.maximum_minutes // size)
        self.valueChanged.emit(self.value())

    def _amount_changed(self, amount: int) -> None:
        for index, (size, _name) in enumerate(DURATION_UNITS):
            self.unit.setItemText(index, unit_name(size, amount))  # "1 hour", "2 hours"
        self.valueChanged.emit(self.value())
