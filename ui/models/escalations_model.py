"""The escalations list: advisee code, level, state, raised, acknowledgement due.

Rows are the service's light ``EscalationRow`` (no text). Overdue rows (open,
unacknowledged, past their deadline at ``now``) are drawn in the error colour and bold,
and their "Ack due" cell says so in words, so colour is never the only signal.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import QObject

from ui import labels
from ui.models.lazy_table import Column
from ui.models.rows_model import RowsTableModel


def is_overdue(row: Any, now: datetime) -> bool:
    due = labels.to_dt(getattr(row, "ack_due", None))
    return (getattr(row, "state", "") == "open" and not getattr(row, "acknowledged_at", None)
            and due is not None and now > due)


class EscalationsModel(RowsTableModel):
    COL_CODE, COL_LEVEL, COL_STATE, COL_RAISED, COL_DUE, COL_CATEGORIES = range(6)

    def __init__(self, tz: tzinfo, now: Callable[[], datetime],
                 parent: QObject | None = None) -> None:
        self._tz = tz
        self._now = now

        def due_text(r: Any) -> str:
            if is_overdue(r, self._now()):
                return labels.due_in(r.ack_due, self._now(), shout=True)
            if r.state == "open" and not r.acknowledged_at:
                due = labels.due_in(r.ack_due, self._now())
                return f"{labels.when(r.ack_due, self._tz)} ({due})"
            return "acknowledged" if r.acknowledged_at else ""

        def cats(r: Any) -> str:
            import json

            try:
                values = json.loads(r.categories)
            except (TypeError, ValueError):
                values = []
            return ", ".join(labels.label(labels.CATEGORIES, v) for v in values)

        super().__init__([
            Column("Advisee", lambda r: r.advisee_code),
            Column("Level", lambda r: labels.label(labels.LEVELS, r.level)),
            Column("State", lambda r: labels.label(labels.STATES, r.state)),
            Column("Raised", lambda r: labels.when(r.raised_at, self._tz)),
            Column("Acknowledge by", due_text),
            Column("Kind", cats),
        ], highlight=lambda r: "overdue" if is_overdue(r, self._now()) else None,
            parent=parent)

    def set_zone(self, tz: tzinfo, now: Callable[[], datetime]) -> None:
        self._tz, self._now = tz, now
