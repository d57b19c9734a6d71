"""Audit log (coordinator, supervisor): every recorded action, newest first, loaded a page
at a time; "Verify" checks the database, the audit chain and the key slots off-thread."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from peerdesk.domain.permissions import Action, Resource
from ui import labels
from ui.models.lazy_table import Column
from ui.models.rows_model import PagedTableModel
from ui.page_context import PageContext
from ui.pages.base import Page
from ui.widgets.list_scaffold import (
    button_row,
    heading,
    message_line,
    record_table,
    show_message,
    subtitle,
)
from ui.widgets.plain_text import NoteView


def _action_words(action: str) -> str:
    kind, _, verb = action.partition(".")
    return f"{kind.replace('_', ' ')} {verb.replace('_', ' ')}".strip()


class AuditPage(Page):
    name = "audit"
    title = "Audit log"

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading = heading("Audit log", self)
        self.summary = subtitle("", self)
        self.message = message_line(self)
        self.verify_button = QPushButton("Verify the vault", self)
        self.verify_button.setToolTip("Checks the database, the audit chain and the logins. "
                                      "Takes a few seconds on a large vault.")
        self.verify_button.clicked.connect(self.verify)
        self.result = NoteView("", self)
        self.result.setAccessibleName("Verification result")
        self.result.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        self.result.hide()
        self._tz = labels.tz_of(None)
        self.model = PagedTableModel([
            Column("#", lambda r: r.seq),
            Column("When", lambda r: labels.when(r.at, self._tz)),
            Column("Who", lambda r: r.actor_name),
            Column("What", lambda r: _action_words(r.action)),
            Column("Record", lambda r: f"{r.target_kind.replace('_', ' ')} "
                                       f"{r.target_id[:8]}".strip()),
        ], self._page, ctx.worker, parent=self)
        self.view = record_table(self, None, "Audit events", stretch_last=True)
        self.view.setModel(self.model)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addLayout(button_row(self.verify_button))
        layout.addWidget(self.result)
        layout.addWidget(self.view, 1)

    def _page(self, offset: int, limit: int) -> list[Any]:
        ws = self.ws
        return [] if ws is None else ws.audit.recent(limit, offset)

    def load(self, ws: Any) -> None:
        super().load(ws)
        self._tz = labels.tz_of(ws)
        self.verify_button.setVisible(ws.can(Action.READ, Resource.AUDIT))
        self.reload()

    def refresh(self, change: Any) -> None:
        self.reload()

    def reload(self) -> None:
        audit = self.ws.audit
        if audit is None:
            return
        self.ctx.run(audit.count, label="Loading the audit log…").then(
            self._count, lambda m: show_message(self.message, m))

    def _count(self, total: int) -> None:
        self.model.set_total(total)
        self.summary.setText(f"{total:,} recorded actions, newest first. Each one is chained "
                             "to the one before, so a change or a deletion shows up here.")
        self.view.resizeColumnToContents(0)
        self.view.setColumnWidth(1, self.fontMetrics().averageCharWidth() * 22)
        self.view.setColumnWidth(2, self.fontMetrics().averageCharWidth() * 24)
        self.view.setColumnWidth(3, self.fontMetrics().averageCharWidth() * 34)

    def verify(self) -> None:
        audit = self.ws.audit
        fn = getattr(audit, "verify", None) or self.ws.verify
        self.verify_button.setEnabled(False)
        self.result.show()
        self.result.set_note("Checking… (this can take a few seconds)")
        self.ctx.run(fn, label="Verifying the vault…").then(self._verified, self._failed)

    def _verified(self, report: Any) -> None:
        self.verify_button.setEnabled(True)
        lines = list(report.lines()) if hasattr(report, "lines") else [str(report)]
        ok = bool(getattr(report, "ok", False))
        head = ("All checks passed: ok." if ok else
                "PROBLEMS FOUND. Do not make changes; make a backup and ask for help.")
        self.result.set_note("\n".join([head, *lines]))
        show_message(self.message, "" if ok else head)

    def _failed(self, message: str) -> None:
        self.verify_button.setEnabled(True)
        self.result.set_note(message)

    def clear(self) -> None:
        self.model.clear()
        self.summary.clear()
        self.result.set_note("")
        self.result.hide()
        show_message(self.message, "")
        super().clear()


PAGE = AuditPage
