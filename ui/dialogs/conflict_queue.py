"""Decisions to make: the conflicts the exchange could not settle safely, oldest first,
and for a coordinator the changes set aside (a change its author was not allowed to make,
or from a removed laptop) with the reason. Opening a conflict shows it side by side
(:mod:`ui.dialogs.conflict_decide`).

A second section, "Settled automatically — have a look", lists what the merges settled
that a person should still see (a record merged from two laptops, a delete that raced an
edit, an escalation kept in the cautious state for a supervisor's review, duplicate advisee
codes, second reflections), routed by role, each with "Mark as looked at"."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout, QWidget

from ui.conflict_actions import Decision, FlagItem, clear_flag, load_queue
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


class FlagsModel(RowsTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            Column(self.tr("What"), lambda f: f.what),
            Column(self.tr("What happened"), lambda f: f.why),
            Column(self.tr("Details"), lambda f: f.detail),
        ], row_id=lambda f: f.id, parent=parent)

    def flag(self, row: int) -> FlagItem | None:
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
        self.flags_model = FlagsModel(self)
        self.flags_table = list_scaffold.record_table(self, self.flags_model,
                                                      self.tr("Settled automatically"),
                                                      stretch_last=True)
        list_scaffold.size_columns(self.flags_table, {0: 36, 1: 52})
        self.flags_table.setMinimumHeight(self.fontMetrics().height() * 9)
        self.looked_button = QPushButton(self.tr("&Mark as looked at"), self)
        self.looked_button.setToolTip(self.tr("You have seen it; it leaves this list (the "
                                              "audit log keeps who looked and when)"))
        self.looked_button.clicked.connect(self.mark_looked_at)
        self.flags_box = QWidget(self)
        flags_layout = QVBoxLayout(self.flags_box)
        flags_layout.setContentsMargins(0, 0, 0, 0)
        flags_layout.addWidget(list_scaffold.heading(
            self.tr("Settled automatically — have a look"), self.flags_box))
        flags_layout.addWidget(self.flags_table, 1)
        flags_layout.addLayout(list_scaffold.button_row(self.looked_button,
                                                        stretch_first=True))
        self.flags_box.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(list_scaffold.heading(self.tr("Decisions to make"), self))
        layout.addWidget(self.message)
        layout.addWidget(self.body, 1)
        layout.addWidget(note)
        layout.addWidget(self.flags_box, 2)
        layout.addLayout(list_scaffold.button_row(self.open_button, close,
                                                  stretch_first=True))
        em = self.fontMetrics().averageCharWidth()
        self.resize(em * 120, self.fontMetrics().height() * 32)
        self.reload()

    def reload(self) -> Task:
        return self.ctx.run(load_queue, self.ws, label=self.tr("Loading decisions…")).then(
            self._show, lambda m: list_scaffold.show_message(self.message, m))

    def _show(self, queue: tuple[list[Decision], list[FlagItem]]) -> None:
        decisions, flags = queue
        self.flags_model.set_rows(flags)
        self.flags_box.setVisible(bool(flags))
        if flags:
            self.flags_table.selectRow(0)
        self.looked_button.setEnabled(bool(flags))
        self.model.set_rows(decisions)
        self.body.setCurrentWidget(self.table if decisions else self.empty)
        if decisions:
            self.table.selectRow(0)
        self.open_button.setEnabled(bool(decisions))

    def selected_flag(self) -> FlagItem | None:
        index = self.flags_table.currentIndex()
        return self.flags_model.flag(index.row()) if index.isValid() else None

    def mark_looked_at(self) -> Task | None:
        item = self.selected_flag()
        if item is None:
            return None
        self.looked_button.setEnabled(False)
        task = self.ctx.run_write(clear_flag, self.ws, item,
                                  label=self.tr("Marking as looked at…"))
        return task.then(lambda _c: self._looked_at(), self._failed)

    def _looked_at(self) -> None:
        self.reload()

    def _failed(self, message: str) -> None:
        self.looked_button.setEnabled(True)
        list_scaffold.show_message(self.message, message)

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
