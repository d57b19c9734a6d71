"""Supervision. Supervisors: every note (newest first), write a new one, open one to read
it. Advisors: "my supervision" — the shared summary and the actions of notes about them,
read-only (marking an action done is for the supervisor in this version)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from peerdesk.domain.permissions import Action, Resource
from ui import labels
from ui.dialogs.supervision_form import SupervisionForm
from ui.models.lazy_table import Column
from ui.models.rows_model import RowsTableModel
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


def _supervisor_rows(ws: Any) -> dict[str, Any]:
    supervision = ws.supervision
    return {"rows": supervision.existence(), "names": ws.members.names()}


def _advisor_view(ws: Any) -> tuple[list[Any], dict[str, str]]:
    supervision = ws.supervision
    return [supervision.shared(i) for i in supervision.list_ids(limit=50)], ws.members.names()


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
    lines += ["", f"Linked: {links[0]} reflection(s), {links[1]} session(s), "
                  f"{links[2]} escalation(s)"]
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
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addLayout(button_row(self.new_button, self.copy_button))
        layout.addWidget(self.empty)
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
        self.view.resizeColumnsToContents()
        count = len(data["rows"])
        self.summary.setText(f"{count} supervision note(s), newest first. Select one to read it.")
        self.empty.setText("" if count else "No supervision notes yet. After a supervision "
                           "conversation, use \"Write a supervision note…\".")
        self.empty.setVisible(not count)
        if count and not self.reader.note():
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
        self.reader.set_note("")
        self.summary.clear()
        show_message(self.message, "")
        super().clear()


PAGE = SupervisionPage
