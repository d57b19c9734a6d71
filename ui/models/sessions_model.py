"""The sessions list: ids from ``ws.sessions.list_ids``, rows from ``ws.sessions.rows``.

Sorting is done by the vault (``list_ids(order=…)``): the model emits ``sort_requested``
and the page re-queries on the worker. Rows are ``SessionRow`` objects (no note text).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Hashable, Sequence
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QObject, Qt

from ui.labels import CHANNEL_LABELS, fmt_datetime, fmt_minutes, label
from ui.models.lazy_table import Column, LazyTableModel
from ui.worker import Worker

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CENTER = Qt.AlignmentFlag.AlignCenter


def themes_of(row: Any) -> list[str]:
    raw = getattr(row, "themes", "") or ""
    if isinstance(raw, (list, tuple)):
        return [str(t) for t in raw]
    try:
        value = json.loads(raw)
    except (TypeError, ValueError):
        return []
    return [str(t) for t in value] if isinstance(value, list) else []


class SessionTableModel(LazyTableModel):
    COL_WHEN, COL_ADVISEE, COL_ADVISOR, COL_CHANNEL, COL_DURATION, COL_THEMES, COL_RISK, \
        COL_REFLECTION = range(8)

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
                Column("When", lambda r: fmt_datetime(r.start, self.tz), sort_key="start"),
                Column("Advisee", lambda r: r.advisee_code, sort_key="advisee"),
                Column("Advisor", lambda r: r.advisor_name, sort_key="advisor"),
                Column("Channel", lambda r: label(CHANNEL_LABELS, r.channel),
                       sort_key="channel"),
                Column("Length", lambda r: fmt_minutes(r.duration_minutes),
                       sort_key="duration", align=_RIGHT),
                Column("Themes", lambda r: ", ".join(themes_of(r)),
                       tooltip=lambda r: ", ".join(themes_of(r))),
                Column("Risk", lambda r: "Risk noticed" if r.risk_noticed else "",
                       tooltip=lambda r: "Risk was noticed in this session"
                       if r.risk_noticed else None),
                Column("Reflection", lambda r: "Written" if r.has_reflection else "Not yet"),
            ],
            fetch_rows,
            worker=worker,
            parent=parent,
        )

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and index.column() == self.COL_REFLECTION
        ):
            row = self._pages.get(index.row() // self._page_size)
            obj = row[index.row() % self._page_size] if row and \
                index.row() % self._page_size < len(row) else None
            if obj is not None and not obj.has_reflection:
                from PySide6.QtGui import QPalette
                from PySide6.QtWidgets import QApplication

                return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
            return None
        if role == Qt.ItemDataRole.FontRole and index.isValid() and \
                index.column() == self.COL_RISK:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)
