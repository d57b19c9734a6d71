"""Reflection lists (mine; a supervisor's queue): ids plus light rows, never the text."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QObject

from ui.labels import REQUEST_LABELS, fmt_date, fmt_datetime, label
from ui.models.lazy_table import (
    FONT_ROLE,
    Column,
    LazyTableModel,
    TextInput,
    bold_font,
)
from ui.worker import Worker


def _review(row: Any) -> str:
    return "Reviewed" if row.reviewed_at else "Waiting"


class ReflectionTableModel(LazyTableModel):
    COL_REQUEST, COL_SESSION, COL_ADVISEE, COL_AUTHOR, COL_WRITTEN, COL_REVIEWED = range(6)

    #: The group's zone; "Session" and "Written" are formatted in it.
    tz = TextInput()

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

    STYLE_ROLES = frozenset({FONT_ROLE})

    def style(self, row: int, col: int, role: int) -> Any:
        if col != self.COL_REQUEST:
            return None
        obj = self.row_object(row) if self._worker is None else self.loaded_row(row)
        if obj is not None and obj.supervision_request == "urgent":
            return bold_font()
        return None
