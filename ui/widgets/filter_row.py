"""A row of list filters that wraps onto a second line when the window is narrow.

Each group (a search box; a caption and its drop-down; a checkbox) stays together; groups
go left to right and move to the next line when the next one would not fit at its natural
width. So a list page fits a 1024-wide screen and, on a wide one, keeps its filters on
one line with the search box taking the room left over.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLayout, QVBoxLayout, QWidget

#: One group: its widgets with their stretch factors.
Group = list[tuple[QWidget, int]]


class FilterRow(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._groups: list[Group] = []
        self._lines: list[list[int]] = []
        self._rows = QVBoxLayout(self)
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._rows.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)

    def add_group(self, *widgets: QWidget | tuple[QWidget, int]) -> None:
        """Add widgets that stay side by side; ``(widget, stretch)`` to let one grow."""
        group: Group = [w if isinstance(w, tuple) else (w, 0) for w in widgets]
        for widget, _stretch in group:
            widget.setParent(self)
        self._groups.append(group)
        self._lines = []
        self._arrange(self.width() if self.isVisible() else 1 << 16)

    def rearrange(self) -> None:
        """Lay the groups out again (after one was shown or hidden)."""
        self._lines = []
        self._arrange(self.width() if self.isVisible() else 1 << 16)

    def minimumSizeHint(self) -> QSize:
        """As narrow as the widest group: wider rows wrap."""
        width = max((self._width(g, minimum=True) for g in self._shown()), default=0)
        return QSize(width, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(event.size().width())
        super().resizeEvent(event)

    def _shown(self) -> list[Group]:
        return [g for g in self._groups if any(not w.isHidden() for w, _s in g)]

    def _spacing(self) -> int:
        return max(self._rows.spacing(), 0)

    def _width(self, group: Group, *, minimum: bool = False) -> int:
        shown = [w for w, _s in group if not w.isHidden()]
        sizes = [(w.minimumSizeHint() if minimum else w.sizeHint()).width() for w in shown]
        return sum(max(s, w.minimumWidth()) for s, w in zip(sizes, shown, strict=True)) + (
            self._spacing() * max(len(shown) - 1, 0))

    def _arrange(self, width: int) -> None:
        lines: list[list[int]] = [[]]
        used = 0
        for index, group in enumerate(self._groups):
            need = self._width(group) if group in self._shown() else 0
            if lines[-1] and used + self._spacing() + need > width:
                lines.append([])
                used = 0
            lines[-1].append(index)
            used += need + (self._spacing() if used else 0)
        if lines == self._lines:
            return
        self._lines = lines
        while self._rows.count():
            item = self._rows.takeAt(0)
            old = item.layout() if item is not None else None
            if old is not None:
                while old.count():
                    old.takeAt(0)
                old.deleteLater()
        for line in lines:
            row = QHBoxLayout()
            for index in line:
                for widget, stretch in self._groups[index]:
                    row.addWidget(widget, stretch)
            if not any(s for i in line for _w, s in self._groups[i]):
                row.addStretch(1)
            self._rows.addLayout(row)
        self.updateGeometry()
