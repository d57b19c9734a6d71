"""Small read-only table models over light row objects (no note text in them).

* :class:`RowsTableModel` holds a list of rows loaded in one call (lists of at most a few
  thousand light rows: escalations, agreements, supervision notes).
* :class:`PagedTableModel` knows only the total and loads pages of rows by offset on the
  worker thread as the view scrolls (the audit log grows without limit).

Columns reuse :class:`ui.models.lazy_table.Column`. ``highlight(row) -> str | None``
marks a row: ``"overdue"`` paints it in the error colour and bold.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication

from ui.models.lazy_table import LOADING_TEXT, Column
from ui.worker import Worker

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def overdue_colour() -> QColor:
    app = QGuiApplication.instance()
    dark = bool(app.property("peerdeskDark")) if app is not None else False
    return QColor("#ffb4ab") if dark else QColor("#a4262c")


class RowsTableModel(QAbstractTableModel):
    RowRole = Qt.ItemDataRole.UserRole + 2
    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, columns: Sequence[Column], *,
                 highlight: Callable[[Any], str | None] | None = None,
                 row_id: Callable[[Any], Any] = lambda r: getattr(r, "id", None),
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []
        self._highlight = highlight
        self._row_id = row_id

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def row_object(self, row: int) -> Any | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def id_at(self, row: int) -> Any | None:
        obj = self.row_object(row)
        return None if obj is None else self._row_id(obj)

    def rows(self) -> list[Any]:
        return list(self._rows)

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self._columns)):
            return self._columns[section].title
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _row_for(self, index: Index) -> Any | None:
        if not index.isValid() or index.column() >= len(self._columns):
            return None
        return self.row_object(index.row())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self._row_for(index)
        if row is None:
            return None
        return self.cell(row, index.column(), role)

    def cell(self, row: Any, column: int, role: int) -> Any:
        col = self._columns[column]
        if role == Qt.ItemDataRole.DisplayRole:
            value = col.value(row)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ToolTipRole and col.tooltip is not None:
            value = col.tooltip(row)
            return None if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(col.align)
        if role == self.RowRole:
            return row
        if role == self.IdRole:
            return self._row_id(row)
        mark = self._highlight(row) if self._highlight is not None else None
        if mark == "overdue":
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(overdue_colour())
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return None


class PagedTableModel(RowsTableModel):
    """Rows fetched by offset, a page at a time, on the worker thread."""

    def __init__(self, columns: Sequence[Column],
                 fetch_page: Callable[[int, int], Sequence[Any]], worker: Worker, *,
                 page_size: int = 200, parent: QObject | None = None, **kw: Any) -> None:
        super().__init__(columns, parent=parent, **kw)
        self._fetch_page = fetch_page
        self._worker = worker
        self._page_size = page_size
        self._total = 0
        self._pages: dict[int, list[Any]] = {}
        self._loading: set[int] = set()
        self._generation = 0

    def set_total(self, total: int) -> None:
        self.beginResetModel()
        self._generation += 1
        self._total = max(0, int(total))
        self._pages.clear()
        self._loading.clear()
        self.endResetModel()

    def clear(self) -> None:
        self.set_total(0)

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else self._total

    def row_object(self, row: int) -> Any | None:
        if not 0 <= row < self._total:
            return None
        page, offset = divmod(row, self._page_size)
        rows = self._pages.get(page)
        if rows is None:
            self._request(page)
            return None
        return rows[offset] if offset < len(rows) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() >= len(self._columns):
            return None
        row = self.row_object(index.row())
        if row is None:
            return LOADING_TEXT if role == Qt.ItemDataRole.DisplayRole else None
        return self.cell(row, index.column(), role)

    def _request(self, page: int) -> None:
        if page in self._loading:
            return
        self._loading.add(page)
        generation = self._generation
        task = self._worker.submit(self._fetch_page, page * self._page_size, self._page_size,
                                   label="Loading…")
        task.succeeded.connect(lambda rows, g=generation, p=page: self._arrived(g, p, rows))
        task.failed.connect(lambda _m, g=generation, p=page: self._loading.discard(p)
                            if g == self._generation else None)

    def _arrived(self, generation: int, page: int, rows: Sequence[Any]) -> None:
        if generation != self._generation:
            return
        self._loading.discard(page)
        self._pages[page] = list(rows)
        first = page * self._page_size
        last = min(self._total, first + self._page_size) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0),
                                  self.index(last, len(self._columns) - 1))
