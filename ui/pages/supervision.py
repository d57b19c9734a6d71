"""Supervision. Supervisors: every note (newest first), write a new one, open one to read
it. Advisors: "my supervision" — the shared summary and the actions of notes about them,
and a checklist of their own actions to tick done (nothing else of a note changes; see
docs/daily-work.md)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain.counting import count
from peerdesk.domain.permissions import Action, Resource
from ui import labels
from ui.dialogs.supervision_form import SupervisionForm
from ui.models.lazy_table import Column
from ui.models.rows_model import RowsTableModel
from ui.page_context import PageContext
from ui.pages.base import Page
from ui.widgets.column_fit import fit_columns, model_samples
from ui.widgets.list_scaffold import (
    button_row,
    heading,
    message_line,
    record_table,
    show_message,
    subtitle,
)
from ui.widgets.plain_text import NoteView


def _supervisor_rows(ws: Any) -> dict[str, Any]:
    supervision = ws.supervision
    return {"rows": supervision.existence(), "names": ws.members.names()}


def _advisor_view(ws: Any) -> tuple[list[Any], dict[str, str]]:
    supervision = ws.supervision
    return [supervision.shared(i) for i in supervision.list_ids(limit=50)], ws.members.names()


def own_actions(views: list[Any], me: str) -> list[tuple[str, int, Any, Any]]:
    """(note id, index, action, note date) of the actions ``me`` owns, open ones first,
    then by due date (undated last)."""
    found = [(v.id, i, a, v.on) for v in views for i, a in enumerate(v.actions)
             if a.owner_id == me]
    return sorted(found, key=lambda t: (t[2].done, t[2].due is None, t[2].due or t[3]))


def _note_text(ws: Any, note_id: str) -> str:
    note = ws.supervision.get(note_id)
    names = ws.members.names()
    return note_as_text(note, names)


def note_as_text(note: Any, names: dict[str, str]) -> str:
    who = ", ".join(names.get(a, "advisor") for a in sorted(note.advisor_ids))
    lines = [f"{labels.day(note.on)} · {labels.label(labels.FORMATS, note.format)} · with {who}",
             "", "Discussion (supervisors only):", note.discussion or "—", "",
             "Shared with the advisor:", note.shared_summary or "—", ""]
    lines += _actions_lines(note.actions, names)
    if note.training_needs:
        lines += ["", "Training needs:", note.training_needs]
    if note.next_date:
        lines += ["", f"Next supervision: {labels.day(note.next_date)}"]
    links = (len(note.reflection_ids), len(note.session_ids), len(note.escalation_ids))
    lines += ["", f"Linked: {count(links[0], 'reflection')}, {count(links[1], 'session')}, "
                  f"{count(links[2], 'escalation')}"]
    return "\n".join(lines)


def _actions_lines(actions: Any, names: dict[str, str]) -> list[str]:
    if not actions:
        return ["Actions: none"]
    out = ["Actions:"]
    for a in actions:
        owner = names.get(a.owner_id, "") if a.owner_id else ""
        due = f" — due {labels.day(a.due)}" if a.due else ""
        out.append(f"  [{'x' if a.done else ' '}] {a.text}{due}"
                   f"{f' ({owner})' if owner else ''}")
    return out


class SupervisionPage(Page):
    name = "supervision"
    title = "Supervision"

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.form: SupervisionForm | None = None
        self.heading = heading("Supervision", self)
        self.summary = subtitle("", self)
        self.message = message_line(self)
        self.new_button = QPushButton("Write a supervision note…", self)
        self.new_button.setObjectName("primaryButton")
        self.new_button.clicked.connect(self.open_form)
        self._names: dict[str, str] = {}
        self.model = RowsTableModel([
            Column("Date", lambda r: labels.day(r.on)),
            Column("Format", lambda r: labels.label(labels.FORMATS, r.format)),
            Column("With", lambda r: ", ".join(self._names.get(a, "advisor")
                                               for a in r.advisor_ids)),
            Column("Next", lambda r: labels.day(r.next_date)),
        ], row_id=lambda r: r.note_id, parent=self)
        self.view = record_table(self, None, "Supervision notes", stretch_last=True)
        self.view.setModel(self.model)
        self.view.activated.connect(self._activated)
        self.view.clicked.connect(self._activated)
        self.reader = NoteView("", self)
        self.reader.setAccessibleName("Supervision note")
        self.copy_button = QPushButton("Copy text", self)
        self.copy_button.clicked.connect(lambda: self.ctx.clipboard.copy(self.reader.note()))
        self.empty = QLabel("", self)
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.actions_heading = QLabel("Your actions: tick one when it is done", self)
        self.actions_heading.setObjectName("sectionHeader")
        self.actions_list = QListWidget(self)
        self.actions_list.setAccessibleName("Your supervision actions")
        self.actions_list.setSpacing(2)
        self.actions_list.itemChanged.connect(self._action_ticked)
        self.actions_heading.hide()
        self.actions_list.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addLayout(button_row(self.new_button, self.copy_button))
        layout.addWidget(self.empty)
        layout.addWidget(self.actions_heading)
        layout.addWidget(self.actions_list)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.reader, 1)

    @property
    def is_supervisor(self) -> bool:
        return self.ws is not None and self.ws.can(Action.CREATE, Resource.SUPERVISION_NOTES)

    def load(self, ws: Any) -> None:
        super().load(ws)
        self.new_button.setVisible(self.is_supervisor)
        self.view.setVisible(self.is_supervisor)
        self.heading.setText("Supervision" if self.is_supervisor else "My supervision")
        self.reload()

    def refresh(self, change: Any) -> None:
        if getattr(change, "kind", "") in {"supervision_note", "reflection"}:
            self.reload()

    def reload(self) -> None:
        if self.is_supervisor:
            self.ctx.run(_supervisor_rows, self.ws, label="Loading supervision…").then(
                self._rows, lambda m: show_message(self.message, m))
        else:
            self.ctx.run(_advisor_view, self.ws, label="Loading supervision…").then(
                self._advisor, lambda m: show_message(self.message, m))

    def _rows(self, data: dict[str, Any]) -> None:
        self._names = data["names"]
        self.model.set_rows(data["rows"])
        fit_columns(self.view, model_samples(self.model))
        total = len(data["rows"])
        self.summary.setText(f"{count(total, 'supervision note')}, newest first. "
                             "Select one to read it.")
        self.empty.setText("" if total else "No supervision notes yet. After a supervision "
                           "conversation, use \"Write a supervision note…\".")
        self.empty.setVisible(not total)
        if total and not self.reader.note():
            self._activated(self.model.index(0, 0))

    def _advisor(self, found: tuple[list[Any], dict[str, str]]) -> None:
        views, names = found
        parts = []
        for v in views:
            parts.append("\n".join([
                f"{labels.day(v.on)} · {labels.label(labels.FORMATS, v.format)}",
                "What your supervisor shared with you:", v.shared_summary or "—",
                *_actions_lines(v.actions, names),
                f"Next supervision: {labels.day(v.next_date)}" if v.next_date else ""]))
        self.summary.setText("What your supervisor shared with you, newest first. The "
                             "discussion notes stay with supervisors.")
        self.reader.set_note("\n\n".join(parts))
        self.empty.setText("" if views else "No supervision recorded with you yet.")
        self.empty.setVisible(not views)
        self._fill_actions(own_actions(views, str(self.ws.actor.member_id)))

    def _fill_actions(self, mine: list[tuple[str, int, Any, Any]]) -> None:
        today = labels.now_of(self.ws).astimezone(labels.tz_of(self.ws)).date()
        self.actions_list.blockSignals(True)
        self.actions_list.clear()
        for note_id, index, action, on in mine:
            due = labels.action_due_words(action.due, today) if not action.done else "done"
            item = QListWidgetItem(f"{action.text} · {due} · from supervision on "
                                   f"{labels.day(on)}")
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if action.done
                               else Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, (note_id, index))
            self.actions_list.addItem(item)
        self.actions_list.blockSignals(False)
        self.actions_list.setEnabled(True)
        rows = min(max(len(mine), 1), 6)
        self.actions_list.setFixedHeight(self.actions_list.sizeHintForRow(0) * rows
                                         + 2 * self.actions_list.frameWidth() + 2)
        self.actions_heading.setVisible(bool(mine))
        self.actions_list.setVisible(bool(mine))

    def _action_ticked(self, item: QListWidgetItem) -> None:
        note_id, index = item.data(Qt.ItemDataRole.UserRole)
        done = item.checkState() == Qt.CheckState.Checked
        self.actions_list.setEnabled(False)
        self.ctx.run_write(self.ws.supervision.set_action_done, note_id, index, done,
                           label="Saving…").then(
            lambda _c: show_message(self.message, "Marked done." if done else
                                    "Marked as not done yet.", error=False),
            self._tick_failed)

    def _tick_failed(self, message: str) -> None:
        show_message(self.message, message)
        self.reload()

    def _activated(self, index: QModelIndex) -> None:
        note_id = self.model.id_at(index.row())
        if note_id:
            self.open_record(note_id)

    def open_record(self, note_id: str) -> None:
        if not self.is_supervisor:
            return
        self.ctx.run(_note_text, self.ws, note_id, label="Loading note…").then(
            self.reader.set_note, lambda m: show_message(self.message, m))

    def open_form(self) -> SupervisionForm:
        form = SupervisionForm(self.ctx, self.ws, self)
        def saved(change: Any) -> None:
            show_message(self.message, "Supervision note saved.", error=False)
            self.open_record(change.id)

        form.saved.connect(saved)
        self.form = form
        form.open()
        return form

    def stash_drafts(self, drafts: Any) -> None:
        if self.form is not None and self.form.isVisible():
            self.form.stash(drafts)

    def clear(self) -> None:
        if self.form is not None:
            self.form.close_for_lock()
            self.form = None
        self.model.clear()
        self.actions_list.blockSignals(True)
        self.actions_list.clear()
        self.actions_list.blockSignals(False)
        self.actions_heading.hide()
        self.actions_list.hide()
        self.reader.set_note("")
        self.summary.clear()
        show_message(self.message, "")
        super().clear()


PAGE = SupervisionPage
