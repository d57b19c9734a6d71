"""The sessions list: ids from ``ws.sessions.list_ids``, rows from ``ws.sessions.rows``.

Sorting is done by the vault (``list_ids(order=…)``): the model emits ``sort_requested``
and the page re-queries on the worker. Rows are ``SessionRow`` objects (no note text).
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from ui.labels import CHANNEL_LABELS, fmt_datetime, fmt_minutes, label
from ui.models.lazy_table import (
    FONT_ROLE,
    FOREGROUND_ROLE,
    Column,
    ZonedTableModel,
    bold_font,
)

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


class SessionTableModel(ZonedTableModel):
    COL_WHEN, COL_ADVISEE, COL_ADVISOR, COL_CHANNEL, COL_DURATION, COL_THEMES, COL_RISK, \
        COL_REFLECTION = range(8)

    def columns(self) -> list[Column]:
        """The columns; "When" is in the group's zone."""
        return [
            Column(self.tr("When"), lambda r: fmt_datetime(r.start, self.tz), sort_key="start"),
            Column(self.tr("Advisee"), lambda r: r.advisee_code, sort_key="advisee"),
            Column(self.tr("Advisor"), lambda r: r.advisor_name, sort_key="advisor"),
            Column(self.tr("Channel"), lambda r: label(CHANNEL_LABELS, r.channel),
                   sort_key="channel"),
            Column(self.tr("Length"), lambda r: fmt_minutes(r.duration_minutes),
                   sort_key="duration", align=_RIGHT),
            Column(self.tr("Themes"), lambda r: ", ".join(themes_of(r)),
                   tooltip=lambda r: ", ".join(themes_of(r))),
            Column(self.tr("Risk"), lambda r: self.tr("Risk noticed") if r.risk_noticed else "",
                   tooltip=lambda r: self.tr("Risk was noticed in this session")
                   if r.risk_noticed else None),
            Column(self.tr("Reflection"),
                   lambda r: self.tr("Written") if r.has_reflection else self.tr("Not yet")),
        ]

    STYLE_ROLES = frozenset({FOREGROUND_ROLE, FONT_ROLE})

    def style(self, row: int, col: int, role: int) -> Any:
        if role == FOREGROUND_ROLE:
            if col != self.COL_REFLECTION:
                return None
            obj = self.loaded_row(row)
            if obj is not None and not obj.has_reflection:
                return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
            return None
        if col == self.COL_RISK:  # FONT_ROLE
            return bold_font()
        return None
