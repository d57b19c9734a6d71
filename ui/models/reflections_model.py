"""Reflection lists (mine; a supervisor's queue): ids plus light rows, never the text."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ui.labels import REQUEST_LABELS, fmt_date, fmt_datetime, label
from ui.models.lazy_table import (
    FONT_ROLE,
    Column,
    ZonedTableModel,
    bold_font,
)


def _review(row: Any) -> str:
    if row.reviewed_at:
        return QCoreApplication.translate("ReflectionTableModel", "Reviewed")
    return QCoreApplication.translate("ReflectionTableModel", "Waiting")


class ReflectionTableModel(ZonedTableModel):
    COL_REQUEST, COL_SESSION, COL_ADVISEE, COL_AUTHOR, COL_WRITTEN, COL_REVIEWED = range(6)

    def columns(self) -> list[Column]:
        """The columns; "Session" and "Written" are in the group's zone."""
        return [
            Column(self.tr("Supervision request"),
                   lambda r: label(REQUEST_LABELS, r.supervision_request)),
            Column(self.tr("Session"), lambda r: fmt_datetime(r.session_start, self.tz)),
            Column(self.tr("Advisee"), lambda r: r.advisee_code),
            Column(self.tr("Advisor"), lambda r: r.author_name),
            Column(self.tr("Written"), lambda r: fmt_date(r.created_at, self.tz)),
            Column(self.tr("Review"), _review),
        ]

    STYLE_ROLES = frozenset({FONT_ROLE})

    def style(self, row: int, col: int, role: int) -> Any:
        if col != self.COL_REQUEST:
            return None
        obj = self.row_object(row) if self._worker is None else self.loaded_row(row)
        if obj is not None and obj.supervision_request == "urgent":
            return bold_font()
        return None
