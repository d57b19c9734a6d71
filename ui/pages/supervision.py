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

from peerdesk.domain.permissions import Action, Resource
from ui import labels
from ui.dialogs.supervision_form import SupervisionForm
from ui.models.lazy_table import Column
from ui.models.rows_model import RowsTableModel
from ui.page_context import PageContext
from ui.pages.base import Page
from ui.translated import counted, fill, translate
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



def _someone() -> str:
    """In place of a name the vault no longer has (a removed member)."""
    return translate("SupervisionPage", "advisor", "in place of a name the vault no longer has")


def note_as_text(note: Any, names: dict[str, str]) -> str:
    someone = _someone()
    who = ", ".join(names.get(a, someone) for a in sorted(note.advisor_ids))
    lines = [fill(translate("SupervisionPage", "%1 · %2 · with %3"), labels.day(note.on),
                  labels.label(labels.FORMATS, note.format), who),
             "", translate("SupervisionPage", "Discussion (supervisors only):"),
             note.discussion or "—", "",
             translate("SupervisionPage", "Shared with the advisor:"),
             note.shared_summary or "—", ""]
    lines += _actions_lines(note.actions, names)
    if note.training_needs:
        lines += ["", translate("SupervisionPage", "Training needs:"), note.training_needs]
    if note.next_date:
        lines += ["", fill(translate("SupervisionPage", "Next supervision: %1"),
                           labels.day(note.next_date))]
    reflections, sessions, escalations = (
        len(note.reflection_ids), len(note.session_ids), len(note.escalation_ids))
    lines += ["", fill(translate("SupervisionPage", "Linked: %1, %2, %3"),
                       counted(reflections, translate("SupervisionPage", "1 reflection"),
                               translate("SupervisionPage", "%1 reflections")),
                       counted(sessions, translate("SupervisionPage", "1 session"),
                               translate("SupervisionPage", "%1 sessions")),
                       counted(escalations, translate("SupervisionPage", "1 escalation"),
                               translate("SupervisionPage", "%1 escalations")))]
    return "\n".join(lines)


def _actions_lines(actions: Any, names: dict[str, str]) -> list[str]:
    if not actions:
        return [translate("SupervisionPage", "Actions: none")]
    out = [translate("SupervisionPage", "Actions:")]
    for a in actions:
        owner = names.get(a.owner_id, "") if a.owner_id else ""
        text = f"  [{'x' if a.done else ' '}] {a.text}"
        if a.due:
            text = fill(translate("SupervisionPage", "%1 — due %2"), text, labels.day(a.due))
        if owner:
            text = fill(translate("SupervisionPage", "%1 (%2)", "an action and who owns it"),
                        text, owner)
        out.append(text)
    return out


class SupervisionPage(Page):
    name = "supervision"
    title = "Supervision"

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.form: SupervisionForm | None = None
        self.heading = heading(self.shown_title(), self)
        self.summary = subtitle("", self)
        self.message = message_line(self)
        self.new_button = QPushButton(self.tr("Write a supervision note…"), self)
        self.new_button.setObjectName("primaryButton")
        self.new_button.clicked.connect(self.open_form)
        self._names: dict[str, str] = {}
        self.model = RowsTableModel([
            Column(self.tr("Date"), lambda r: labels.day(r.on)),
            Column(self.tr("Format"), lambda r: labels.label(labels.FORMATS, r.format)),
            Column(self.tr("With"), lambda r: ", ".join(self._names.get(a, _someone())
                                                        for a in r.advisor_ids)),
            Column(self.tr("Next", "the next supervision's date"),
                   lambda r: labels.day(r.next_date)),
        ], row_id=lambda r: r.note_id, parent=self)
        self.view = record_table(self, None, self.tr("Supervision notes"), stretch_last=True)
        self.view.setModel(self.model)
        self.view.activated.connect(self._activated)
        self.view.clicked.connect(self._activated)
        # The note shown follows the highlighted row (keyboard, or a rebuilt page).
        self.view.selectionModel().currentRowChanged.connect(
            lambda index, _old: self._activated(index) if index.isValid() else None)
        self.reader = NoteView("", self)
        self.reader.setAccessibleName(self.tr("Supervision note"))
        self.copy_button = QPushButton(self.tr("Copy text"), self)
        self.copy_button.clicked.connect(lambda: self.ctx.clipboard.copy(self.reader.note()))
        self.empty = QLabel("", self)
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.actions_heading = QLabel(self.tr("Your actions: tick one when it is done"), self)
        self.actions_heading.setObjectName("sectionHeader")
        self.actions_list = QListWidget(self)
        self.actions_list.setAccessibleName(self.tr("Your supervision actions"))
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
        self.heading.setText(self.shown_title() if self.is_supervisor
                             else self.tr("My supervision"))
        self.reload()

    def refresh(self, change: Any) -> None:
        if getattr(change, "kind", "") in {"supervision_note", "reflection"}:
            self.reload()

    def reload(self) -> None:
        if self.is_supervisor:
            self.ctx.run(_supervisor_rows, self.ws, label=self.tr("Loading supervision…")).then(
                self._rows, lambda m: show_message(self.message, m))
        else:
            self.ctx.run(_advisor_view, self.ws, label=self.tr("Loading supervision…")).then(
                self._advisor, lambda m: show_message(self.message, m))

    def _rows(self, data: dict[str, Any]) -> None:
        self._names = data["names"]
        self.model.set_rows(data["rows"])
        fit_columns(self.view, model_samples(self.model))
        total = len(data["rows"])
        self.summary.setText(fill(
            self.tr("%1, newest first. Select one to read it."),
            counted(total, self.tr("1 supervision note"), self.tr("%1 supervision notes"))))
        self.empty.setText("" if total else self.tr(
            "No supervision notes yet. After a supervision conversation, use "
            "“Write a supervision note…”."))
        self.empty.setVisible(not total)
        if total and not self.reader.note():
            self._activated(self.model.index(0, 0))

    def _advisor(self, found: tuple[list[Any], dict[str, str]]) -> None:
        views, names = found
        parts = []
        for v in views:
            parts.append("\n".join([
                fill(self.tr("%1 · %2", "a supervision's date and format"),
                     labels.day(v.on), labels.label(labels.FORMATS, v.format)),
                self.tr("What your supervisor shared with you:"), v.shared_summary or "—",
                *_actions_lines(v.actions, names),
                fill(translate("SupervisionPage", "Next supervision: %1"), labels.day(v.next_date))
                if v.next_date else ""]))
        self.summary.setText(self.tr("What your supervisor shared with you, newest first. "
                                     "The discussion notes stay with supervisors."))
        self.reader.set_note("\n\n".join(parts))
        self.empty.setText("" if views else self.tr("No supervision recorded with you yet."))
        self.empty.setVisible(not views)
        self._fill_actions(own_actions(views, str(self.ws.actor.member_id)))

    def _fill_actions(self, mine: list[tuple[str, int, Any, Any]]) -> None:
        today = labels.now_of(self.ws).astimezone(labels.tz_of(self.ws)).date()
        self.actions_list.blockSignals(True)
        self.actions_list.clear()
        for note_id, index, action, on in mine:
            due = (labels.action_due_words(action.due, today) if not action.done
                   else self.tr("done"))
            item = QListWidgetItem(fill(self.tr("%1 · %2 · from supervision on %3"),
                                        action.text, due, labels.day(on)))
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
                           label=self.tr("Saving…")).then(
            lambda _c: show_message(self.message, self.tr("Marked done.") if done else
                                    self.tr("Marked as not done yet."), error=False),
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
        self.ctx.run(_note_text, self.ws, note_id, label=self.tr("Loading note…")).then(
            self.reader.set_note, lambda m: show_message(self.message, m))

    def open_form(self) -> SupervisionForm:
        form = SupervisionForm(self.ctx, self.ws, self)
        def saved(change: Any) -> None:
            show_message(self.message, self.tr("Supervision note saved."), error=False)
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
