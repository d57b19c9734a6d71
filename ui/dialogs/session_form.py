"""Log a session (keyboard only, in under a minute) and look at one (read-only).

Log-session form: type the advisee's code, or a part of it that only one code contains
(type-ahead), Enter; the advisor, channel, length and start ("now minus the advisor's
usual length": a session is logged after it ended) fill in from
``ws.sessions.defaults_for``; Enter moves through every field, the theme tick boxes too
(Space ticks), and saves on the last one; type the summary; Ctrl+Enter saves from
anywhere. The keyboard path is described in docs/keyboard.md. Each
validator message shows beside its field. Unsaved text goes to the draft store before an
idle lock and comes back when the form is opened again. When "risk noticed" is ticked the
form offers to open an escalation after saving (``escalation_requested``).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, tzinfo
from typing import Any

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain import limits
from peerdesk.domain.permissions import Action, Resource
from peerdesk.domain.validate import validate_session
from peerdesk.domain.vocab import Channel, Role
from ui.dialogs.history import HistoryDialog
from ui.dialogs.record_form import RecordForm
from ui.labels import CHANNEL_LABELS, fmt_date, fmt_datetime, fmt_minutes, label, zone
from ui.language import QT_TRANSLATE_NOOP
from ui.page_context import PageContext
from ui.translated import fill
from ui.widgets.choices import note_edit
from ui.widgets.optional_date import OptionalDateEdit
from ui.widgets.picker import AdviseePicker
from ui.widgets.plain_text import NoteView, plain_label, set_plain

NEW_SESSION_DRAFT = "session:new"


def load_session_choices(ws: Any) -> dict[str, Any]:
    """Everything the form offers, read on the worker in one go."""
    advisors = [(m.id, m.display_name) for m in ws.members.all(role=Role.ADVISOR,
                                                                 active_only=True)]
    themes = [t.name for t in ws.settings.themes(active_only=True)]
    return {"advisees": ws.advisees.picker(), "advisors": advisors, "themes": themes}


class ThemesEdit(QWidget):
    """Tick boxes for the group's themes plus a line for other themes, comma-separated."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self.other = QLineEdit(self)
        self.other.setPlaceholderText(self.tr("Other themes, separated by commas"))
        self.other.setAccessibleName(self.tr("Other themes"))
        self.other.setMaxLength(limits.TAG_MAX * limits.THEMES_PER_SESSION_MAX)
        self.other.textChanged.connect(lambda _: self.changed.emit())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._grid)
        layout.addWidget(self.other)
        self.setFocusProxy(self.other)

    def set_choices(self, names: list[str]) -> None:
        keep = self.values()
        for box in self.boxes.values():
            box.setParent(None)
            box.deleteLater()
        self.boxes.clear()
        for i, name in enumerate(names):
            box = QCheckBox(name, self)
            box.setAccessibleName(fill(self.tr("Theme: %1"), name))
            box.toggled.connect(lambda _: self.changed.emit())
            self._grid.addWidget(box, i // 3, i % 3)
            self.boxes[name] = box
        if names:
            self.setFocusProxy(next(iter(self.boxes.values())))
        self.set_values(keep)

    def values(self) -> list[str]:
        chosen = [name for name, box in self.boxes.items() if box.isChecked()]
        for part in self.other.text().split(","):
            part = part.strip()
            if part and part not in chosen:
                chosen.append(part)
        return chosen

    def set_values(self, values: list[str]) -> None:
        others = []
        for box in self.boxes.values():
            box.setChecked(False)
        for value in values:
            if value in self.boxes:
                self.boxes[value].setChecked(True)
            else:
                others.append(value)
        self.other.setText(", ".join(others))

    def focus_widgets(self) -> list[QWidget]:
        return [*self.boxes.values(), self.other]


class SessionFormDialog(RecordForm):
    """Log a new session."""

    saving_label = QT_TRANSLATE_NOOP("SessionFormDialog", "Saving session…")

    #: After saving with "risk noticed", the person chose to open an escalation now:
    #: ``(advisee_id, session_id)``.
    escalation_requested = Signal(str, str)

    draft_key = NEW_SESSION_DRAFT

    def __init__(self, ws: Any, ctx: PageContext, parent: QWidget | None = None, *,
                 advisee_id: str | None = None) -> None:
        super().__init__(ctx, parent)
        self.ws = ws
        self.tz: tzinfo = zone(getattr(ws, "timezone", "UTC"))
        self.is_coordinator = ws.can(Action.CREATE, Resource.SESSIONS)
        self._touched: set[str] = set()
        self._advisee_codes: dict[str, str] = {}
        self._pending_advisee = advisee_id
        self._pending_draft: Mapping[str, Any] | None = None
        self.choices_loaded = False
        self.setWindowTitle(self.tr("Log a session"))
        self.setObjectName("sessionForm")

        # -- inputs ------------------------------------------------------------------
        self.advisee = AdviseePicker(placeholder=self.tr("Type the advisee's code, e.g. PS-0142"))
        self.advisee.picked.connect(self._advisee_picked)
        self.advisor = QComboBox()
        self.advisor.setPlaceholderText(self.tr("Choose the advisor"))
        self.advisor.activated.connect(lambda _: self._touched.add("advisor_id"))
        self.start = QDateTimeEdit()
        self.start.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.start.setCalendarPopup(True)
        self._set_start(datetime.now(UTC))
        self.start.dateTimeChanged.connect(lambda _: self._touched.add("start"))
        self.duration = QSpinBox()
        self.duration.setRange(0, 999)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setValue(45)
        self.duration.setAccelerated(True)
        self.duration.valueChanged.connect(lambda _: self._touched.add("duration_minutes"))
        self.channel = QComboBox()
        self.channel.setPlaceholderText(self.tr("Choose how you met"))
        for channel in Channel:
            self.channel.addItem(CHANNEL_LABELS[channel], channel.value)
        self.channel.setCurrentIndex(-1)
        self.channel.activated.connect(lambda _: self._touched.add("channel"))
        self.themes = ThemesEdit()
        self.summary = note_edit(accessible=self.tr("Summary"), lines=6, parent=self)
        self.summary.setPlaceholderText(
            self.tr("What was talked about, in plain words. Avoid details that are not needed."))
        self.next_steps = note_edit(accessible=self.tr("Next steps"), lines=3, parent=self)
        self.next_steps.setPlaceholderText(self.tr("What you agreed to do next (optional)"))
        self.follow_up = OptionalDateEdit(self.tr("Plan a follow-up on"),
                                          today=datetime.now(self.tz).date())
        self.risk = QCheckBox(self.tr("Risk noticed: I am worried about this person's safety"))

        tz_name = getattr(ws, "timezone", "UTC")
        self.add_field("advisee_id", self.tr("&Advisee"), self.advisee,
                       hint=self.tr("Only advisees who are not closed are offered."))
        self.add_field("advisor_id", self.tr("Ad&visor"), self.advisor)
        self.add_field("start", self.tr("&Start"), self.start,
                       hint=fill(self.tr("Time in %1"), tz_name))
        self.add_field("duration_minutes", self.tr("&Duration"), self.duration,
                       hint=fill(self.tr("%1–%2 minutes"), limits.SESSION_MINUTES_MIN,
                                limits.SESSION_MINUTES_MAX))
        self.add_field("channel", self.tr("&Channel"), self.channel)
        self.add_field("themes", self.tr("&Themes"), self.themes,
                       hint=self.tr("Tick any that fit; add others separated by commas."))
        self.add_field("summary", self.tr("Su&mmary"), self.summary)
        self.add_field("next_steps", self.tr("&Next steps"), self.next_steps)
        self.add_field("follow_up", self.tr("&Follow-up"), self.follow_up, hint=self.tr("Optional"))
        self.add_field("risk_noticed", self.tr("&Risk"), self.risk,
                       hint=self.tr("After saving you can open an escalation."))
        for name in ("summary", "next_steps", "themes"):
            self.widen(self.fields[name])
        if not self.is_coordinator:
            self.advisor.setEnabled(False)
            self.fields["advisor_id"].set_hint(self.tr("Sessions you log are recorded as yours."))

        # -- layout ------------------------------------------------------------------
        columns = self.field_columns(
            ("advisee_id", "advisor_id", "start", "duration_minutes", "channel", "follow_up",
             "risk_noticed"),
            ("themes", ("summary", 3), ("next_steps", 1)), stretch=(2, 3))
        self.heading = plain_label(self.tr("Log a session"), self, wrap=False)
        self.heading.setObjectName("pageTitle")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.banner)
        layout.addLayout(columns, 1)
        layout.addLayout(self.make_buttons(self.tr("Save session")))
        self.enter_moves_on([self.advisee, self.advisor, self.start, self.duration,
                             self.channel, self.themes.other, self.follow_up.check,
                             self.follow_up.date, self.risk], last_saves=True)
        self._update_tab_order()
        self.fit_to_screen(150, 44)

        self.save_button.setEnabled(False)
        self.save_button.setText(self.tr("Loading…"))
        self.task = ctx.run(load_session_choices, ws, label=self.tr("Loading advisees…")).then(
            self._choices_loaded, self._choices_failed)
        self.advisee.setFocus()


    def save(self) -> None:
        if self.choices_loaded:
            super().save()

    def _update_tab_order(self) -> None:
        chain: list[QWidget] = [self.advisee, self.advisor, self.start, self.duration,
                                self.channel, *self.themes.focus_widgets(), self.summary,
                                self.next_steps, self.follow_up.check, self.follow_up.date,
                                self.risk, self.save_button, self.cancel_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- loading -------------------------------------------------------------------------
    def _choices_loaded(self, choices: dict[str, Any]) -> None:
        self.set_saving(False)
        self.choices_loaded = True
        advisees = [(id_, code) for id_, code, _ in choices["advisees"]]
        self._advisee_codes = dict(advisees)
        self.advisee.set_items(advisees)
        self.advisor.clear()
        for id_, name in choices["advisors"]:
            self.advisor.addItem(name, id_)
        if not self.is_coordinator:
            me = self.ws.actor.member_id
            if self.advisor.findData(me) < 0:
                self.advisor.addItem(self.ws.actor.display_name, me)
            self.advisor.setCurrentIndex(self.advisor.findData(me))
        else:
            self.advisor.setCurrentIndex(-1)
        self.themes.set_choices(choices["themes"])
        self.enter_moves_on(self.themes.boxes.values())
        self._update_tab_order()
        if not advisees:
            self.show_problem(
                self.tr("There are no advisees you can log a session for yet. Add one on the "
                "Advisees page first.") if self.is_coordinator else
                self.tr("No advisees are assigned to you yet. Ask your coordinator."))
        self.load_draft_if_any(then=self._draft_checked)

    def _draft_checked(self, restored: bool) -> None:
        if not restored and self._pending_advisee:
            self.advisee.select_id(self._pending_advisee)
            self.summary.setFocus()

    def _choices_failed(self, message: str) -> None:
        self.set_saving(False)
        self.show_problem(fill(self.tr("Could not load the advisees. %1"), message))

    def _advisee_picked(self, advisee_id: Any) -> None:
        if self.fields["advisee_id"].error:
            self.fields["advisee_id"].clear_error()
        if not advisee_id or not self.choices_loaded:
            return
        self.ctx.run(self.ws.sessions.defaults_for, advisee_id,
                     label=self.tr("Filling in defaults…")).then(self._apply_defaults)

    def _apply_defaults(self, defaults: dict[str, Any]) -> None:
        if defaults.get("advisee_id") != self.advisee.selected_id:
            return  # another advisee was chosen meanwhile
        if "channel" not in self._touched and defaults.get("channel"):
            index = self.channel.findData(str(defaults["channel"]))
            if index >= 0:
                self.channel.setCurrentIndex(index)
        if "advisor_id" not in self._touched and defaults.get("advisor_id") and \
                self.is_coordinator:
            index = self.advisor.findData(defaults["advisor_id"])
            if index >= 0:
                self.advisor.setCurrentIndex(index)
        if "duration_minutes" not in self._touched and defaults.get("duration_minutes"):
            self.duration.blockSignals(True)
            self.duration.setValue(int(defaults["duration_minutes"]))
            self.duration.blockSignals(False)
        if "start" not in self._touched and isinstance(defaults.get("start"), datetime):
            self._set_start(defaults["start"])

    # -- values --------------------------------------------------------------------------
    def _set_start(self, moment: datetime) -> None:
        local = moment.astimezone(self.tz)
        self.start.blockSignals(True)
        self.start.setDateTime(QDateTime(local.year, local.month, local.day,
                                         local.hour, local.minute, 0))
        self.start.blockSignals(False)

    def start_value(self) -> datetime:
        qdt = self.start.dateTime()
        d, t = qdt.date(), qdt.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=self.tz)

    def values(self) -> dict[str, Any]:
        return {
            "advisee_id": self.advisee.selected_id,
            "advisor_id": self.advisor.currentData(),
            "start": self.start_value(),
            "duration_minutes": self.duration.value(),
            "channel": self.channel.currentData(),
            "themes": self.themes.values(),
            "summary": self.summary.toPlainText(),
            "next_steps": self.next_steps.toPlainText(),
            "follow_up": self.follow_up.value(),
            "risk_noticed": self.risk.isChecked(),
        }

    def validate(self, values: dict[str, Any]) -> dict[str, str]:
        errors = validate_session(values, now=datetime.now(UTC), tz=self.tz)
        typed = self.advisee.text().strip()
        if values["advisee_id"] is None and typed:
            errors["advisee_id"] = fill(self.tr("No open advisee has the code “%1”. Check the "
                                               "code, or add the advisee first."), typed[:20])
        if errors.get("advisor_id") and not self.is_coordinator:
            errors["advisor_id"] = self.tr(
                "You are not listed as an advisor; ask your coordinator.")
        return errors

    def write(self, values: dict[str, Any]) -> Callable[[], Any]:
        self._saved_values = values
        create = self.ws.sessions.create
        return lambda: create(values)

    def after_saved(self, change: Any) -> None:
        values = getattr(self, "_saved_values", {})
        if values.get("risk_noticed") and self.ask_escalation():
            self.escalation_requested.emit(str(values.get("advisee_id") or ""),
                                           str(getattr(change, "id", "") or ""))
        self.accept()

    def ask_escalation(self) -> bool:
        """Offer to open an escalation (tests replace this)."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Risk noticed"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.tr("The session is saved. Open an escalation now?"))
        box.setInformativeText(
            self.tr("An escalation makes sure the right people know and act in time. "
            "You can also open one later from the Escalations page."))
        now = box.addButton(self.tr("Open an escalation"), QMessageBox.ButtonRole.AcceptRole)
        later = box.addButton(self.tr("Not now"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(now)
        box.setEscapeButton(later)
        box.exec()
        return box.clickedButton() is now

    # -- drafts --------------------------------------------------------------------------
    def has_typed_text(self) -> bool:
        return bool(self.summary.toPlainText().strip() or self.next_steps.toPlainText().strip()
                    or self.themes.other.text().strip()
                    or self.advisee.text().strip())

    def draft_values(self) -> dict[str, Any]:
        follow = self.follow_up.value()
        return {
            "advisee_code": self.advisee.text(),
            "advisor_id": self.advisor.currentData(),
            "start": self.start_value().isoformat(),
            "duration_minutes": self.duration.value(),
            "channel": self.channel.currentData(),
            "themes": self.themes.values(),
            "summary": self.summary.toPlainText(),
            "next_steps": self.next_steps.toPlainText(),
            "follow_up": follow.isoformat() if follow else None,
            "risk_noticed": self.risk.isChecked(),
        }

    def restore_draft(self, draft: Mapping[str, Any]) -> None:
        self._touched.update({"channel", "advisor_id", "start", "duration_minutes"})
        self.advisee.setText(str(draft.get("advisee_code") or ""))
        if draft.get("advisor_id"):
            index = self.advisor.findData(draft["advisor_id"])
            if index >= 0:
                self.advisor.setCurrentIndex(index)
        try:
            self._set_start(datetime.fromisoformat(str(draft.get("start"))))
        except ValueError:
            pass
        if isinstance(draft.get("duration_minutes"), int):
            self.duration.setValue(draft["duration_minutes"])
        index = self.channel.findData(draft.get("channel"))
        self.channel.setCurrentIndex(index)
        self.themes.set_values(list(draft.get("themes") or []))
        self.summary.setPlainText(str(draft.get("summary") or ""))
        self.next_steps.setPlainText(str(draft.get("next_steps") or ""))
        self.follow_up.set_value(draft.get("follow_up"))
        self.risk.setChecked(bool(draft.get("risk_noticed")))
        self.summary.setFocus()


# -- read-only detail -------------------------------------------------------------------
def load_session_detail(ws: Any, session_id: str) -> dict[str, Any]:
    session = ws.sessions.get(session_id)
    rows = ws.sessions.rows([session_id])
    out: dict[str, Any] = {"session": session, "row": rows[0] if rows else None,
                           "reflection_id": None, "can_write_reflection": False}
    presence = ws.reflections.existence([session_id])
    if presence:
        out["reflection_id"] = presence[0].reflection_id
    out["can_write_reflection"] = (
        ws.can(Action.CREATE, Resource.REFLECTIONS, owns=session.advisor_id == ws.actor.member_id)
    )
    return out


class SessionDetailDialog(QDialog):
    """A session as read-only plain text, with its history and its reflection."""

    #: Write or open the reflection on this session: ``(session_id, reflection_id or "")``.
    reflection_requested = Signal(str, str)

    def __init__(self, ws: Any, ctx: PageContext, session_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.ctx = ctx
        self.session_id = session_id
        self.tz = zone(getattr(ws, "timezone", "UTC"))
        self.detail: dict[str, Any] = {}
        self.setWindowTitle(self.tr("Session"))
        self.setObjectName("sessionDetail")
        self.heading = plain_label(self.tr("Loading session…"), self, wrap=False)
        self.heading.setObjectName("pageTitle")
        self.facts = plain_label("", self)
        self.facts.setAccessibleName(self.tr("Session details"))
        self.risk_label = plain_label("", self)
        self.risk_label.setObjectName("fieldError")
        self.risk_label.hide()
        self.summary = NoteView("", self)
        self.summary.setAccessibleName(self.tr("Summary"))
        self.next_steps = NoteView("", self)
        self.next_steps.setAccessibleName(self.tr("Next steps"))
        self.next_steps.setMaximumHeight(self.fontMetrics().lineSpacing() * 6)
        self.reflection_label = plain_label("", self, wrap=False)
        self.reflection_label.setObjectName("mutedText")
        self.reflection_button = QPushButton(self.tr("Write reflection"), self)
        self.reflection_button.hide()
        self.reflection_button.clicked.connect(self._reflection)
        self.history_button = QPushButton(self.tr("&History…"), self)
        self.history_button.setToolTip(self.tr("Every saved version of this session"))
        self.history_button.clicked.connect(self.show_history)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        close.setDefault(True)
        self.error = plain_label("", self)
        self.error.setObjectName("errorBanner")
        self.error.hide()

        summary_caption = QLabel(self.tr("&Summary"), self)
        summary_caption.setObjectName("fieldLabel")
        summary_caption.setBuddy(self.summary)
        steps_caption = QLabel(self.tr("&Next steps"), self)
        steps_caption.setObjectName("fieldLabel")
        steps_caption.setBuddy(self.next_steps)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reflection_label)
        buttons.addWidget(self.reflection_button)
        buttons.addStretch(1)
        buttons.addWidget(self.history_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.error)
        layout.addWidget(self.facts)
        layout.addWidget(self.risk_label)
        layout.addWidget(summary_caption)
        layout.addWidget(self.summary, 3)
        layout.addWidget(steps_caption)
        layout.addWidget(self.next_steps, 1)
        layout.addLayout(buttons)
        em = self.fontMetrics().averageCharWidth()
        self.resize(em * 100, self.fontMetrics().height() * 34)
        self.task = ctx.run(load_session_detail, ws, session_id,
                            label=self.tr("Opening session…")).then(
            self._loaded, self._failed)

    def _failed(self, message: str) -> None:
        set_plain(self.heading, self.tr("Session"))
        self.error.setText(message)
        self.error.show()
        self.history_button.setEnabled(False)

    def _loaded(self, detail: dict[str, Any]) -> None:
        self.detail = detail
        session, row = detail["session"], detail["row"]
        code = row.advisee_code if row else ""
        advisor = row.advisor_name if row else ""
        when = fmt_datetime(session.start, self.tz)
        set_plain(self.heading, fill(self.tr("Session with %1"), code) if code
                  else self.tr("Session"))
        self.setWindowTitle(fill(self.tr("Session — %1 — %2"), code, when))
        follow_up = (fmt_date(session.follow_up) if session.follow_up
                     else self.tr("none planned"))
        lines = [
            fill(self.tr("When: %1 (%2)"), when, fmt_minutes(session.duration_minutes)),
            fill(self.tr("Advisor: %1"), advisor),
            fill(self.tr("Channel: %1"), label(CHANNEL_LABELS, session.channel)),
            fill(self.tr("Themes: %1"), ", ".join(session.themes) or "—"),
            fill(self.tr("Follow-up: %1"), follow_up),
        ]
        set_plain(self.facts, "\n".join(lines))
        if session.risk_noticed:
            set_plain(self.risk_label, self.tr("Risk was noticed in this session."))
            self.risk_label.show()
        self.summary.set_note(session.summary)
        self.next_steps.set_note(session.next_steps or "—")
        has = bool(detail["reflection_id"]) or bool(row and row.has_reflection)
        if detail["can_write_reflection"]:
            self.reflection_button.setText(self.tr("Open my "
                                                   "reflection") if has else self.tr("Write "
                                                                                     "reflection"))
            self.reflection_button.show()
            set_plain(self.reflection_label, "")
        else:
            set_plain(self.reflection_label,
                      self.tr("Reflection: written") if has else self.tr("Reflection: not "
                                                                         "written yet"))

    def _reflection(self) -> None:
        self.reflection_requested.emit(self.session_id, self.detail.get("reflection_id") or "")

    def show_history(self) -> HistoryDialog:
        code = self.detail["row"].advisee_code if self.detail.get("row") else ""
        dialog = HistoryDialog.for_record(
            self.ctx, fill(self.tr("the session with %1"), code) if code
            else self.tr("this session"),
            self.ws.sessions, self.session_id, self.ws.members.names, self.tz, self)
        self.history_dialog = dialog
        return dialog
