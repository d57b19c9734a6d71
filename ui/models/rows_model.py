"""Light row lists shown through the one lazy table model (no note text in them).

* :class:`RowsTableModel` holds a list of rows loaded in one call (lists of at most a few
  thousand light rows: escalations, agreements, supervision notes, referrals). Its pages
  are read from memory, synchronously; the ids are the rows' positions and
  :meth:`RowsTableModel.id_at` gives the record's id (``row_id``).
* :class:`PagedTableModel` knows only the total and loads pages of rows by offset on the
  worker thread as the view scrolls (the audit log grows without limit).

Both are :class:`~ui.models.lazy_table.LazyTableModel`\\ s: display texts are formatted once
per page, and ``highlight(row) -> str | None`` marks a row: ``"overdue"`` paints it in the
error colour and bold.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Any, cast

from PySide6.QtCore import QObject
from PySide6.QtGui import QBrush, QColor, QGuiApplication

from ui.models.lazy_table import FONT_ROLE, FOREGROUND_ROLE, Column, LazyTableModel, bold_font
from ui.worker import Worker


def overdue_colour() -> QColor:
    app = QGuiApplication.instance()
    dark = bool(app.property("peerdeskDark")) if app is not None else False
    return QColor("#ffb4ab") if dark else QColor("#a4262c")


def _record_id(row: Any) -> Any:
    return getattr(row, "id", None)


class _MarkedRows(LazyTableModel):
    """Positions as ids, the record's id from ``row_id``, rows marked by ``highlight``."""

    STYLE_ROLES = frozenset({FONT_ROLE, FOREGROUND_ROLE})

    def __init__(self, columns: Sequence[Column],
                 fetch_rows: Callable[[Sequence[Hashable]], Sequence[Any]], *,
                 highlight: Callable[[Any], str | None] | None = None,
                 row_id: Callable[[Any], Any] = _record_id,
                 worker: Worker | None = None, page_size: int = 100,
                 parent: QObject | None = None) -> None:
        self._highlight = highlight
        self._row_id = row_id
        super().__init__(columns, fetch_rows, worker=worker, page_size=page_size,
                         parent=parent)

    def id_at(self, row: int) -> Any | None:
        obj = self.row_object(row)
        return None if obj is None else self._row_id(obj)

    def style(self, row: int, col: int, role: int) -> Any:
        if self._highlight is None:
            return None
        obj = self.loaded_row(row)
        if obj is None or self._highlight(obj) != "overdue":
            return None
        return QBrush(overdue_colour()) if role == FOREGROUND_ROLE else bold_font()


class RowsTableModel(_MarkedRows):
    def __init__(self, columns: Sequence[Column], *,
                 highlight: Callable[[Any], str | None] | None = None,
                 row_id: Callable[[Any], Any] = _record_id,
                 parent: QObject | None = None) -> None:
        self._rows: list[Any] = []
        super().__init__(columns, self._at, highlight=highlight, row_id=row_id,
                         parent=parent)

    def _at(self, positions: Sequence[Hashable]) -> list[Any]:
        return [self._rows[cast(int, p)] for p in positions]

    def set_rows(self, rows: Sequence[Any]) -> None:
        self._rows = list(rows)
        self.set_ids(range(len(self._rows)))

    def clear(self) -> None:
        self._rows = []
        super().clear()

    def rows(self) -> list[Any]:
        return list(self._rows)


class PagedTableModel(_MarkedRows):
    """Rows fetched by offset, a page at a time, on the worker thread."""

    def __init__(self, columns: Sequence[Column],
                 fetch_page: Callable[[int, int], Sequence[Any]], worker: Worker, *,
                 page_size: int = 200, parent: QObject | None = None, **kw: Any) -> None:
        def fetch(positions: Sequence[Hashable]) -> Sequence[Any]:
            # A page's positions are consecutive: one query by offset.
            if not positions:
                return []
            return fetch_page(cast(int, positions[0]), len(positions))

        super().__init__(columns, fetch, worker=worker, page_size=page_size, parent=parent,
                         **kw)

    def set_total(self, total: int) -> None:
        self.set_ids(range(max(0, int(total))))
