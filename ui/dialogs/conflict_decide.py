"""One conflict, side by side: what this laptop holds and what came from another laptop,
each with who changed it, when and on which laptop; Keep mine, Keep theirs, or Edit (a new
text made from both). The decision is one write and travels to every laptop like any other.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.conflict_actions import Decision, Side, resolve
from ui.page_context import PageContext
from ui.widgets.message_banner import error_banner
from ui.widgets.plain_text import NoteView, plain_label
from ui.worker import Task


class ConflictDecideDialog(QDialog):
    """Emits ``decided(decision_id)`` after the decision was saved."""

    decided = Signal(str)

    def __init__(self, ws: Any, ctx: PageContext, decision: Decision,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.ctx = ctx
        self.decision = decision
        self.task: Task | None = None
        self.setWindowTitle(self.tr("A decision to make"))
        self.setObjectName("conflictDecideDialog")
        title = plain_label(decision.what, self)
        title.setObjectName("dialogTitle")
        intro = plain_label(self.tr(
            "Two laptops changed this differently before they exchanged. peerdesk keeps "
            "both until you choose; nothing is lost either way."), self)
        self.banner = error_banner(self)
        grid = QGridLayout()
        self.mine_view = self._column(grid, 0, self.tr("On this laptop"), decision.mine)
        self.theirs_view = self._column(grid, 1, self.tr("From the other laptop"),
                                        decision.theirs)
        self.editor = QPlainTextEdit(self)
        self.editor.setAccessibleName(self.tr("The text to keep"))
        self.editor.setTabChangesFocus(True)
        self.editor.hide()
        self.mine_button = QPushButton(self.tr("Keep &mine"), self)
        self.mine_button.clicked.connect(lambda: self.decide("mine"))
        self.theirs_button = QPushButton(self.tr("Keep &theirs"), self)
        self.theirs_button.clicked.connect(lambda: self.decide("theirs"))
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.setToolTip(self.tr("Write the text to keep, from both versions"))
        self.edit_button.clicked.connect(self.start_edit)
        self.edit_button.setVisible(decision.editable)
        self.save_button = QPushButton(self.tr("&Save this text"), self)
        self.save_button.setObjectName("primaryButton")
        self.save_button.clicked.connect(self.save_text)
        self.save_button.hide()
        cancel = QPushButton(self.tr("Decide &later"), self)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(cancel)
        buttons.addStretch(1)
        for b in (self.mine_button, self.theirs_button, self.edit_button, self.save_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.banner)
        layout.addLayout(grid, 1)
        layout.addWidget(self.editor, 1)
        layout.addLayout(buttons)
        em = self.fontMetrics().averageCharWidth()
        self.resize(em * 120, self.fontMetrics().height() * 30)

    def _column(self, grid: QGridLayout, col: int, heading: str, side: Side | None) -> NoteView:
        head = QLabel(heading, self)
        head.setObjectName("sectionHeader")
        who = plain_label(self.who_line(side), self)
        who.setObjectName("fieldHint")
        view = NoteView(side.value if side else "", self)
        grid.addWidget(head, 0, col)
        grid.addWidget(who, 1, col)
        grid.addWidget(view, 2, col)
        return view

    def who_line(self, side: Side | None) -> str:
        if side is None:
            return ""
        return self.tr("Changed by %1 on %2, on %3").replace("%1", side.who or "?").replace(
            "%2", side.when or "?").replace("%3", side.laptop or "?")

    def _set_busy(self, busy: bool) -> None:
        for b in (self.mine_button, self.theirs_button, self.edit_button, self.save_button):
            b.setEnabled(not busy)

    def decide(self, keep: str) -> Task:
        return self._submit(keep, None)

    def start_edit(self) -> None:
        mine = self.decision.mine.value if self.decision.mine else ""
        self.editor.setPlainText(mine)
        self.editor.show()
        self.save_button.show()
        self.edit_button.hide()
        self.editor.setFocus()

    def save_text(self) -> Task | None:
        text = self.editor.toPlainText()
        if not text.strip():
            self.banner.setText(self.tr("Write the text to keep, or keep one of the two."))
            self.banner.show()
            return None
        return self._submit("text", text)

    def _submit(self, keep: str, text: str | None) -> Task:
        self.banner.hide()
        self._set_busy(True)
        task = self.ctx.run_write(resolve, self.ws, self.decision.id, keep, text,
                                  label=self.tr("Saving the decision…"))
        task.succeeded.connect(self._decided)
        task.failed.connect(self._failed)
        self.task = task
        return task

    def _decided(self, _change: Any) -> None:
        self.decided.emit(self.decision.id)
        self.accept()

    def _failed(self, message: str) -> None:
        self._set_busy(False)
        self.banner.setText(message)
        self.banner.show()
