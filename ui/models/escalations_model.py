"""The escalations list: advisee code, level, state, raised, acknowledgement due.

Rows are the service's light ``EscalationRow`` (no text). Overdue rows (open,
unacknowledged, past their deadline at ``now``) are drawn in the error colour and bold,
and their "Acknowledgement" cell says so in words, so colour is never the only signal;
other rows say the deadline, or when the escalation was acknowledged.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from peerdesk.domain.escalation import overdue
from ui import labels
from ui.models.lazy_table import Column
from ui.models.rows_model import RowsTableModel


def is_overdue(row: Any, now: datetime) -> bool:
    """:func:`~peerdesk.domain.escalation.overdue` for a listed escalation, now."""
    due = labels.to_dt(row.ack_due)
    return due is not None and overdue(
        now, ack_due=due, acknowledged_at=labels.to_dt(row.acknowledged_at),
        closed_at=labels.to_dt(row.closed_at))


def acknowledgement_text(row: Any, tz: tzinfo, now: datetime) -> str:
    """The deadline while it runs ("due by …"), the time it was met ("acknowledged …"),
    or the overdue span in capitals, so colour is never the only signal."""
    if is_overdue(row, now):
        return labels.due_in(row.ack_due, now, shout=True)
    if row.acknowledged_at:
        return QCoreApplication.translate("EscalationsModel", "acknowledged %1").replace(
            "%1", labels.when(row.acknowledged_at, tz))
    if row.state == "open" and row.ack_due:
        return QCoreApplication.translate("EscalationsModel", "due by %1 (%2)").replace(
            "%1", labels.when(row.ack_due, tz)).replace("%2", labels.due_in(row.ack_due, now))
    return ""


class EscalationsModel(RowsTableModel):
    COL_CODE, COL_LEVEL, COL_STATE, COL_RAISED, COL_DUE, COL_CATEGORIES = range(6)

    def __init__(self, tz: tzinfo, now: Callable[[], datetime],
                 parent: QObject | None = None) -> None:
        self._tz = tz
        self._now = now

        def due_text(r: Any) -> str:
            return acknowledgement_text(r, self._tz, self._now())

        def cats(r: Any) -> str:
            import json

            try:
                values = json.loads(r.categories)
            except (TypeError, ValueError):
                values = []
            return ", ".join(labels.label(labels.CATEGORIES, v) for v in values)

        super().__init__([
            Column(QCoreApplication.translate("EscalationsModel", "Advisee"),
                   lambda r: r.advisee_code),
            Column(QCoreApplication.translate("EscalationsModel", "Level"),
                   lambda r: labels.label(labels.LEVELS, r.level)),
            Column(QCoreApplication.translate("EscalationsModel", "State"),
                   lambda r: labels.label(labels.STATES, r.state)),
            Column(QCoreApplication.translate("EscalationsModel", "Raised"),
                   lambda r: labels.when(r.raised_at, self._tz)),
            Column(QCoreApplication.translate("EscalationsModel", "Acknowledgement"), due_text),
            Column(QCoreApplication.translate("EscalationsModel", "Kind"), cats),
        ], highlight=lambda r: "overdue" if is_overdue(r, self._now()) else None,
            parent=parent)

    def set_zone(self, tz: tzinfo, now: Callable[[], datetime]) -> None:
        self._tz, self._now = tz, now
        self.refresh_texts()
