"""One escalation: its facts, its story (every event, oldest first, as plain text), the
next steps this person may take, notes, and the disclosure log.

Next-step buttons come from the state machine (``peerdesk.domain.escalation``): only moves
that exist from the current state, and only those the person's roles allow. The one
exception is closing: a coordinator sees "Close escalation" too, because it is the natural
next step; the service refuses it and the refusal is shown plainly (only a supervisor may
close). Every move and note goes through the service; the dialog reloads afterwards.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain.counting import listing
from peerdesk.domain.escalation import next_states, roles_allowed
from peerdesk.domain.permissions import Action, Resource
from peerdesk.domain.vocab import EscalationState, Role
from peerdesk.errors import NotFound, PermissionDenied
from ui import labels
from ui.dialogs.disclosure_form import DisclosureForm
from ui.page_context import PageContext
from ui.translated import fill, sentence
from ui.widgets.choices import note_edit
from ui.widgets.exchange_banners import unsent_line
from ui.widgets.message_banner import error_banner, set_banner_style, task_errors
from ui.widgets.plain_text import NoteView, plain_label

_ORDER = ("acknowledged", "action_taken", "contact_confirmed", "monitoring", "resolved",
          "closed")


def allowed_moves(state: str, roles: frozenset[str]) -> list[str]:
    """Next states to offer as buttons (closing also for coordinators; see module doc)."""
    have = {Role(r) for r in roles if r in {x.value for x in Role}}
    moves = []
    for target in next_states(EscalationState(state)):
        allowed = roles_allowed(EscalationState(state), target)
        if allowed & have or (target is EscalationState.CLOSED and Role.COORDINATOR in have):
            moves.append(target.value)
    return sorted(moves, key=_ORDER.index)


def _load(ws: Any, escalation_id: str) -> dict[str, Any]:
    """Everything the dialog shows, read on the worker thread."""
    escalations = ws.escalations
    view = escalations.get(escalation_id)
    timeline = escalations.timeline(escalation_id)
    names = ws.members.names()
    code = ""
    try:
        code = ws.advisees.get(view.escalation.advisee_id).code
    except (PermissionDenied, NotFound):  # an advisee this person may not see, or erased
        code = ""
    return {"view": view, "timeline": timeline, "names": names, "code": code}


def timeline_text(timeline: list[Any], names: dict[str, str], tz: Any) -> str:
    from peerdesk.services.import_claims import claimed
    from ui.language import message

    lines = []
    for entry in timeline:
        who = names.get(entry.by) or QCoreApplication.translate("EscalationDetailDialog",
                                                                "someone")
        if getattr(entry, "by_claimed", False):
            who = message(claimed(who))
        at = labels.when(entry.at, tz)
        if entry.kind == "raised":
            head = fill(QCoreApplication.translate("EscalationDetailDialog",
                                                  "Raised by %1 — level %2"),
                       who, labels.label(labels.LEVELS, entry.level))
        elif entry.kind == "transition":
            head = (f"{who}: {labels.label(labels.STATES, entry.from_state)} → "
                    f"{labels.label(labels.STATES, entry.to_state)}")
        elif entry.kind == "action":
            head = fill(QCoreApplication.translate("EscalationDetailDialog", "%1: action — %2"),
                       who, labels.label(labels.ACTION_TYPES, entry.action_type))
        elif entry.kind == "disclosure" and entry.advisee_knew:
            head = fill(QCoreApplication.translate(
                "EscalationDetailDialog", "%1 logged a disclosure (the advisee knew)"), who)
        elif entry.kind == "disclosure":
            head = fill(QCoreApplication.translate(
                "EscalationDetailDialog", "%1 logged a disclosure (the advisee did NOT know)"),
                who)
        else:
            head = fill(QCoreApplication.translate("EscalationDetailDialog", "%1 added a note"),
                       who)
        lines.append(f"{at}  {head}")
        if entry.text and entry.kind != "raised":
            lines.extend(f"        {line}" for line in entry.text.splitlines())
    return "\n".join(lines)


class TransitionDialog(QDialog):
    """Confirm a move: optional note; the action taken when moving to *action taken*."""

    def __init__(self, target: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = target
        self.setWindowTitle(labels.STATE_VERBS.get(target, self.tr("Next step")).rstrip("…"))
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(fill(self.tr("The escalation will become: %1."),
                                         labels.label(labels.STATES, target)), self))
        self.banner = error_banner(self)
        layout.addWidget(self.banner)
        self.action_buttons = QButtonGroup(self)
        if target == "action_taken":
            box = QGroupBox(self.tr("What action was taken?"), self)
            inner = QVBoxLayout(box)
            for value, text in labels.ACTION_TYPES.items():
                radio = QRadioButton(text, box)
                radio.setProperty("value", value)
                self.action_buttons.addButton(radio)
                inner.addWidget(radio)
            layout.addWidget(box)
        self.note = note_edit("", lines=3)
        caption = QLabel(self.tr("&Note (optional): what was done, who was involved"), self)
        caption.setBuddy(self.note)
        layout.addWidget(caption)
        layout.addWidget(self.note)
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(self.tr("Confirm"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("primaryButton")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._confirm)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choose_action(self, value: str) -> None:
        for button in self.action_buttons.buttons():
            if button.property("value") == value:
                button.setChecked(True)

    @property
    def action_type(self) -> str | None:
        checked = self.action_buttons.checkedButton()
        return None if checked is None else str(checked.property("value"))

    def _confirm(self) -> None:
        if self.target == "action_taken" and self.action_type is None:
            self.banner.setText(self.tr("Choose the action that was taken."))
            self.banner.show()
            return
        self.accept()


class EscalationDetailDialog(QDialog):
    changed = Signal(object)

    def __init__(self, ctx: PageContext, ws: Any, escalation_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ws = ws
        self.escalation_id = escalation_id
        self.state = ""
        self.move_buttons: dict[str, QPushButton] = {}
        self.transition_dialog: TransitionDialog | None = None
        self.disclosure_form: DisclosureForm | None = None
        self.setWindowTitle(self.tr("Escalation"))
        self.tz = labels.tz_of(ws)

        self.banner = error_banner(self)
        #: Red while no other laptop has this escalation (raised here, not yet sent).
        self.unsent = error_banner(self)
        self.title = plain_label(self.tr("Loading…"), self, wrap=False)
        self.title.setObjectName("dialogTitle")
        self.facts = plain_label("", self)
        self.deadline = plain_label("", self)
        self.deadline.setObjectName("mutedText")
        self.description = NoteView("", self)
        self.description.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        self.timeline = NoteView("", self)
        self.timeline.setAccessibleName(self.tr("What happened, oldest first"))
        self.disclosures = NoteView("", self)
        self.disclosures.setAccessibleName(self.tr("Disclosure log"))
        self.disclosures.setMaximumHeight(self.fontMetrics().lineSpacing() * 8)

        self.moves_box = QGroupBox(self.tr("Next step"), self)
        self.moves_layout = QHBoxLayout(self.moves_box)
        self.moves_hint = plain_label("", self.moves_box)
        self.moves_hint.setObjectName("mutedText")
        self.moves_layout.addWidget(self.moves_hint)

        self.note = note_edit(self.tr("Add a note to the record (what happened, a call made…)"), 2)
        self.note.setAccessibleName(self.tr("New note"))
        self.add_note_button = QPushButton(self.tr("Add note"), self)
        self.add_note_button.clicked.connect(self.add_note)
        self.disclose_button = QPushButton(self.tr("Log a disclosure…"), self)
        self.disclose_button.clicked.connect(self.open_disclosure)
        self.copy_button = QPushButton(self.tr("Copy record text"), self)
        self.copy_button.setToolTip(self.tr("Copies the text; the clipboard is cleared again "
                                            "shortly."))
        self.copy_button.clicked.connect(self.copy_text)
        close = QPushButton(self.tr("Close window"), self)
        close.clicked.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.unsent)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addWidget(self.deadline)
        layout.addWidget(self._caption(self.tr("What was &raised"), self.description))
        layout.addWidget(self.description)
        layout.addWidget(self.moves_box)
        layout.addWidget(self._caption(self.tr("&Timeline (oldest first)"), self.timeline))
        layout.addWidget(self.timeline, 1)
        layout.addWidget(self._caption(self.tr("&New note"), self.note))
        note_row = QHBoxLayout()
        note_row.addWidget(self.note, 1)
        note_row.addWidget(self.add_note_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(note_row)
        layout.addWidget(self._caption(self.tr("&Disclosure log: who was told what"),
                                       self.disclosures))
        layout.addWidget(self.disclosures)
        bottom = QHBoxLayout()
        bottom.addWidget(self.disclose_button)
        bottom.addWidget(self.copy_button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        em = self.fontMetrics().averageCharWidth()
        self.resize(em * 100, self.fontMetrics().height() * 44)
        self.reload()

    # -- loading ---------------------------------------------------------------------
    def _caption(self, text: str, buddy: QWidget) -> QLabel:
        """A heading whose Alt+letter moves the keyboard to ``buddy``."""
        caption = QLabel(text, self)
        caption.setTextFormat(Qt.TextFormat.PlainText)
        caption.setBuddy(buddy)
        return caption

    def reload(self) -> None:
        self.ctx.run(_load, self.ws, self.escalation_id, label=self.tr("Loading escalation…")).then(
            self._show, self._problem)
        self.ctx.run(self.ws.exchange_status.unsent_escalations,
                     label=self.tr("Checking the exchange…")).then(self._show_unsent)

    def _show_unsent(self, unsent: list[Any]) -> None:
        mine = [u for u in unsent if u.escalation_id == self.escalation_id]
        self.unsent.setText(unsent_line(mine[0]) if mine else "")
        self.unsent.setVisible(bool(mine))

    def _problem(self, message: str) -> None:
        self.banner.setText(message)
        self.banner.show()

    def _show(self, data: dict[str, Any]) -> None:
        view = data["view"]
        esc = view.escalation
        self.state = esc.state.value
        names = data["names"]
        if any(getattr(t, "by_claimed", False) for t in data["timeline"]
               if getattr(t, "kind", "") == "raised"):
            from peerdesk.services.import_claims import claimed
            from ui.language import message

            # who raised it is only what an import file said (the facts line below)
            names = {**names, esc.raised_by: message(claimed(names.get(esc.raised_by,
                                                                       self.tr("someone"))))}
        code = data["code"] or self.tr("advisee")
        level = labels.label(labels.LEVELS, esc.level)
        state = labels.label(labels.STATES, esc.state)
        self.setWindowTitle(fill(self.tr("Escalation — %1"), code))
        self.title.setText(f"{code} · {level} · {state}")
        cats = listing([labels.label(labels.CATEGORIES, c) for c in sorted(esc.categories)],
                       conjunction=self.tr("and"))
        raised = sentence(fill(self.tr("Raised %1 by %2"), labels.when(esc.raised_at, self.tz),
                              names.get(esc.raised_by, self.tr("someone"))))
        kind = sentence(fill(self.tr("Kind of risk: %1"), cats))
        self.facts.setText(f"{raised} {kind}" if cats else raised)
        now = labels.now_of(self.ws)
        if view.overdue:
            self.deadline.setObjectName("fieldError")
            self.deadline.setText(fill(
                self.tr("OVERDUE: not acknowledged; it was due %1 (%2)."),
                labels.when(view.ack_due, self.tz), labels.due_in(view.ack_due, now)))
        elif view.acknowledged_at is None and esc.state.value == "open":
            self.deadline.setObjectName("mutedText")
            self.deadline.setText(fill(self.tr("Acknowledge by %1 (%2)."),
                                      labels.when(view.ack_due, self.tz),
                                      labels.due_in(view.ack_due, now)))
        else:
            self.deadline.setObjectName("mutedText")
            ack = labels.when(view.acknowledged_at, self.tz)
            self.deadline.setText(fill(self.tr("Acknowledged %1."), ack) if ack else "")
        self.deadline.style().unpolish(self.deadline)
        self.deadline.style().polish(self.deadline)
        text = esc.description
        if esc.immediate_action:
            text += "\n\n" + fill(self.tr("Done straight away: %1"), esc.immediate_action)
        self.description.set_note(text)
        self.timeline.set_note(timeline_text(data["timeline"], data["names"], self.tz))
        lines = []
        for d in view.disclosures:
            told = (fill(self.tr("told %1 (%2)"), d.told_whom, d.role_or_organisation)
                    if d.role_or_organisation else fill(self.tr("told %1"), d.told_whom))
            knew = self.tr("advisee knew") if d.advisee_knew else self.tr("advisee did NOT know")
            what = fill(self.tr("What: %1"), d.what_was_shared)
            why = fill(self.tr("Why: %1"), d.why)
            lines.append(f"{labels.when(d.at, self.tz)} — {told}; {knew}\n    {what}\n    {why}")
        self.disclosures.set_note("\n".join(lines) if lines else self.tr(
            "Nothing has been shared outside the group for this escalation."))
        self._build_moves()

    def _build_moves(self) -> None:
        for button in self.move_buttons.values():
            button.setParent(None)
            button.deleteLater()
        self.move_buttons.clear()
        moves = allowed_moves(self.state, frozenset(self.ws.actor.roles))
        for target in moves:
            button = QPushButton(labels.STATE_VERBS.get(target, target), self.moves_box)
            if target == "closed" and not self.ws.can(Action.CLOSE, Resource.ESCALATIONS):
                button.setToolTip(self.tr("Only a supervisor can close an escalation."))
            button.clicked.connect(lambda _=False, t=target: self.start_move(t))
            self.moves_layout.addWidget(button)
            self.move_buttons[target] = button
        if moves:
            self.moves_hint.setText("")
            self.moves_hint.hide()
            first = self.move_buttons[moves[0]]
            first.setObjectName("primaryButton")
        else:
            self.moves_hint.show()
            self.moves_hint.setText(
                self.tr("Closed. Only a supervisor can re-open it.") if self.state == "closed"
                else self.tr("You can add notes and log disclosures; a coordinator or supervisor "
                     "moves it on."))

    # -- actions ---------------------------------------------------------------------
    def start_move(self, target: str) -> TransitionDialog:
        dialog = TransitionDialog(target, self)
        dialog.accepted.connect(lambda: self.move_to(target, dialog.note.toPlainText(),
                                                  dialog.action_type))
        self.transition_dialog = dialog
        dialog.open()
        return dialog

    def move_to(self, target: str, note: str = "", action_type: str | None = None) -> None:
        escalations = self.ws.escalations
        self.banner.hide()
        task = self.ctx.run_write(escalations.transition, self.escalation_id, target, note,
                                  action_type, label=self.tr("Saving…"))
        task.succeeded.connect(self._written)
        task.failed.connect(lambda m, t=task: self._problem(
            " ".join(task_errors(t, m).values())))

    def add_note(self) -> None:
        text = self.note.toPlainText().strip()
        if not text:
            self._problem(self.tr("Write the note first."))
            return
        escalations = self.ws.escalations
        self.banner.hide()
        task = self.ctx.run_write(escalations.add_note, self.escalation_id, text)
        def written(change: Any) -> None:
            self.note.clear()
            self._written(change)

        task.succeeded.connect(written)
        task.failed.connect(lambda m, t=task: self._problem(
            " ".join(task_errors(t, m).values())))

    def open_disclosure(self) -> DisclosureForm:
        form = DisclosureForm(self.ctx, self.ws, self.escalation_id, self)
        form.saved.connect(self._written)
        self.disclosure_form = form
        form.open()
        return form

    def copy_text(self) -> None:
        text = "\n\n".join([self.title.text(), self.facts.text(),
                            self.description.note(), self.timeline.note()])
        self.ctx.clipboard.copy(text)
        set_banner_style(self.banner, "emptyBanner")
        self.banner.setText(self.tr("Copied. The clipboard will be cleared again shortly."))
        self.banner.show()

    def _written(self, change: Any) -> None:
        self.banner.setObjectName("errorBanner")
        self.banner.hide()
        self.changed.emit(change)
        self.reload()

    def stash(self) -> None:
        """On lock: keep drafts of open sub-forms, close everything."""
        if self.disclosure_form is not None and self.disclosure_form.isVisible():
            self.disclosure_form.stash()
        if self.disclosure_form is not None:
            self.disclosure_form.close_for_lock()
            self.disclosure_form = None
        if self.transition_dialog is not None:
            self.transition_dialog.reject()
        self.reject()
