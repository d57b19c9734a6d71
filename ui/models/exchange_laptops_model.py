"""The laptops of the group, for the Exchange page and Members ▸ Laptops.

A group has a handful of laptops, so every row is read at once on the worker
(``ws.exchange.laptops()``) and served from memory. Each row says whose laptop it is, when
this laptop last received from it and sent to it, and how many changes it still lacks.
"""

from __future__ import annotations

from datetime import UTC, tzinfo
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from ui.labels import fmt_datetime
from ui.models.lazy_table import Column
from ui.models.rows_model import RowsTableModel

translate = QCoreApplication.translate


def laptop_name(row: Any) -> str:
    """``Asha's laptop``, with ``(this laptop)`` or ``(removed)`` after it."""
    if row.this_laptop:
        return translate("LaptopsModel", "%1 (this laptop)").replace("%1", row.label)
    if row.revoked_at:
        text = translate("LaptopsModel", "%1 (removed)", "a laptop removed from the group")
        return text.replace("%1", row.label)
    return str(row.label)


def waiting_text(row: Any) -> str:
    """What the laptop still lacks: "to send" until a bundle was made for it, then "not
    confirmed yet" until it answers with a bundle of its own."""
    if row.this_laptop or row.revoked_at:
        return ""
    if row.waiting == 0:
        return translate("LaptopsModel", "Up to date")
    if row.last_sent is None:
        if row.waiting == 1:
            return translate("LaptopsModel", "1 change to send")
        return translate("LaptopsModel", "%1 changes to send").replace("%1", str(row.waiting))
    if row.waiting == 1:
        return translate("LaptopsModel", "1 change not confirmed yet")
    return translate("LaptopsModel", "%1 changes not confirmed yet").replace(
        "%1", str(row.waiting))


class LaptopsModel(RowsTableModel):
    """Rows are ``peerdesk.services.exchange.Laptop``; the row id is the device id."""

    COL_LAPTOP, COL_MEMBERS, COL_RECEIVED, COL_SENT, COL_WAITING = range(5)

    def __init__(self, tz: tzinfo = UTC, parent: QObject | None = None) -> None:
        self.tz = tz
        never = translate("LaptopsModel", "Never",
                          "nothing received from / sent to that laptop yet")

        def when(value: str | None, row: Any) -> str:
            if row.this_laptop:
                return ""
            return fmt_datetime(value, self.tz) if value else never

        super().__init__(
            [
                Column(translate("LaptopsModel", "Laptop"), laptop_name),
                Column(translate("LaptopsModel", "Used by"), lambda r: ", ".join(r.members)),
                Column(translate("LaptopsModel", "Last received"),
                       lambda r: when(r.last_received, r)),
                Column(translate("LaptopsModel", "Last sent"), lambda r: when(r.last_sent, r)),
                Column(translate("LaptopsModel", "Waiting"), waiting_text),
            ],
            row_id=lambda r: r.device_id,
            parent=parent,
        )

    def laptop(self, row: int) -> Any | None:
        rows = self.rows()
        return rows[row] if 0 <= row < len(rows) else None
