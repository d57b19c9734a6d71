"""Decisions to make: the conflicts the exchange could not settle safely, oldest first,
and for a coordinator the changes set aside (a change its author was not allowed to make,
or from a removed laptop) with the reason. Opening a conflict shows it side by side
(:mod:`ui.dialogs.conflict_decide`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout, QWidget

from ui.conflict_actions import Decision, load_decisions
from ui.dialogs.conflict_decide import ConflictDecideDialog
from ui.models.lazy_table import Column
from ui.models.rows_model import RowsTableModel
from ui.page_context import PageContext
from ui.widgets import list_scaffold
from ui.widgets.plain_text import plain_label
from ui.worker import Task


class DecisionsModel(RowsTableModel):
    COL_WHAT, COL_KIND, COL_DETAIL = range(3)

    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            Column(self.tr("What"), lambda d: d.what),
            Column(self.tr("Why"), lambda d: self.tr("Changed on two laptops")
                   if d.kind == "conflict" else self.tr("Set aside")),
            Column(self.tr("Details"), lambda d: d.reason if d.kind != "conflict"
                   else ", ".join(s.laptop for s in (d.mine, d.theirs) if s)),
        ], row_id=lambda d: d.id, parent=parent)

    def decision(self, row: int) -> Decision | None:
        rows = self.rows()
        return rows[row] if 0 <= row < len(rows) else None


class DecisionsDialog(QDialog):
    def __init__(self, ws: Any, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.ctx = ctx
        self.decide_dialog: ConflictDecideDialog | None = None
        self.setWindowTitle(self.tr("Decisions to make"))
        self.setObjectName("decisionsDialog")
        self.model = DecisionsModel(self)
        self.table = list_scaffold.record_table(self, self.model, self.tr("Decisions"),
                                                lambda _id: self.open_selected(),
                                                stretch_last=True)
        list_scaffold.size_columns(self.table, {0: 44, 1: 24})
        self.empty = list_scaffold.empty_state(self, self.tr(
            "Nothing to decide. Every change from the other laptops was applied."))
        self.body = list_scaffold.table_or_empty(self, self.table, self.empty)
        self.message = list_scaffold.message_line(self)
        self.open_button = QPushButton(self.tr("&Decide…"), self)
        self.open_button.setObjectName("primaryButton")
        self.open_button.clicked.connect(self.open_selected)
        close = QPushButton(self.tr("&Close"), self)
        close.clicked.connect(self.accept)
        note = plain_label(self.tr(
            "A change set aside is kept but not applied. Ask whoever made it; if it was "
            "right, they make it again."), self)
        note.setObjectName("fieldHint")
        layout = QVBoxLayout(self)
        layout.addWidget(list_scaffold.heading(self.tr("Decisions to make"), self))
        layout.addWidget(self.message)
        layout.addWidget(self.body, 1)
        layout.addWidget(note)
        layout.addLayout(list_scaffold.button_row(self.open_button, close,
                                                  stretch_first=True))
        em = self.fontMetrics().averageCharWidth()
        self.resize(em * 110, self.fontMetrics().height() * 24)
        self.reload()

    def reload(self) -> Task:
        return self.ctx.run(load_decisions, self.ws, label=self.tr("Loading decisions…")).then(
            self._show, lambda m: list_scaffold.show_message(self.message, m))

    def _show(self, decisions: list[Decision]) -> None:
        self.model.set_rows(decisions)
        self.body.setCurrentWidget(self.table if decisions else self.empty)
        if decisions:
            self.table.selectRow(0)
        self.open_button.setEnabled(bool(decisions))

    def selected(self) -> Decision | None:
        index = self.table.currentIndex()
        return self.model.decision(index.row()) if index.isValid() else None

    def open_selected(self) -> ConflictDecideDialog | None:
        decision = self.selected()
        if decision is None or decision.kind != "conflict":
            return None
        dialog = ConflictDecideDialog(self.ws, self.ctx, decision, self)
        dialog.decided.connect(lambda _id: self.reload())
        self.decide_dialog = dialog
        dialog.show()
        return dialog
