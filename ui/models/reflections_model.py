"""Reflection lists (mine; a supervisor's queue): ids plus light rows, never the text."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QObject, Qt

from ui.labels import REQUEST_LABELS, fmt_date, fmt_datetime, label
from ui.models.lazy_table import Column, LazyTableModel
from ui.worker import Worker


def _review(row: Any) -> str:
    return "Reviewed" if row.reviewed_at else "Waiting"


class ReflectionTableModel(LazyTableModel):
    COL_REQUEST, COL_SESSION, COL_ADVISEE, COL_AUTHOR, COL_WRITTEN, COL_REVIEWED = range(6)

    def __init__(
        self,
        fetch_rows: Callable[[Sequence[Hashable]], Sequence[Any]],
        tz: tzinfo,
        *,
        worker: Worker | None = None,
        parent: QObject | None = None,
    ) -> None:
        self.tz = tz
        super().__init__(
            [
                Column("Supervision request", lambda r: label(REQUEST_LABELS,
                                                              r.supervision_request)),
                Column("Session", lambda r: fmt_datetime(r.session_start, self.tz)),
                Column("Advisee", lambda r: r.advisee_code),
                Column("Advisor", lambda r: r.author_name),
                Column("Written", lambda r: fmt_date(r.created_at, self.tz)),
                Column("Review", _review),
            ],
            fetch_rows,
            worker=worker,
            parent=parent,
        )

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.FontRole and index.isValid() and \
                index.column() == self.COL_REQUEST:
            obj = super().data(index, self.RowRole) if self._worker is None else \
                self._cached(index.row())
            if obj is not None and obj.supervision_request == "urgent":
                from PySide6.QtGui import QFont

                font = QFont()
                font.setBold(True)
                return font
            return None
        return super().data(index, role)

    def _cached(self, row: int) -> Any:
        rows = self._pages.get(row // self._page_size)
        offset = row % self._page_size
        return rows[offset] if rows is not None and offset < len(rows) else None
