"""Settings: the group's settings (a coordinator edits them, a supervisor reads them) and
this person's own: language, passphrase, idle-lock minutes; and where the vault lives, with a
warning if that place is risky (cloud-synced folder, network drive)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain.permissions import Action, Resource
from ui import language
from ui.dialogs.change_passphrase import ChangePassphraseDialog
from ui.language import QT_TRANSLATE_NOOP
from ui.page_context import PageContext
from ui.pages.base import Page
from ui.widgets.duration_edit import DurationEdit
from ui.widgets.form_field import FormField, show_errors
from ui.widgets.language_choice import LanguageChoice, language_label
from ui.widgets.list_scaffold import heading, message_line, show_message
from ui.widgets.message_banner import task_errors
from ui.widgets.plain_text import plain_label

#: (name, label, unit, hint) of the integer group settings, in the order shown; a unit of
#: "duration" is a length in minutes edited in minutes, hours or days. Labels and hints are
#: English, shown translated in the "SettingsPage" context.
_NUMBERS = (
    ("idle_lock_minutes",
     QT_TRANSLATE_NOOP("SettingsPage", "Lock after this many minutes without use"), "minutes",
     QT_TRANSLATE_NOOP("SettingsPage", "Everyone's app locks itself after this. Shorter is "
                                       "safer on a shared laptop.")),
    ("clipboard_clear_seconds", QT_TRANSLATE_NOOP("SettingsPage", "Clear copied text after"),
     "seconds",
     QT_TRANSLATE_NOOP("SettingsPage", "Text copied from a record is removed from the "
                                       "clipboard after this.")),
    ("ack_minutes_imminent",
     QT_TRANSLATE_NOOP("SettingsPage", "Acknowledge an IMMINENT escalation within"),
     "duration", ""),
    ("ack_minutes_high", QT_TRANSLATE_NOOP("SettingsPage", "Acknowledge a HIGH escalation within"),
     "duration", ""),
    ("ack_minutes_moderate",
     QT_TRANSLATE_NOOP("SettingsPage", "Acknowledge a MODERATE escalation within"),
     "duration", ""),
    ("ack_minutes_concern", QT_TRANSLATE_NOOP("SettingsPage", "Acknowledge a CONCERN within"),
     "duration", ""),
    ("no_contact_days", QT_TRANSLATE_NOOP("SettingsPage", "Flag advisees with no contact for"),
     "days", ""),
    ("exchange_reminder_days",
     QT_TRANSLATE_NOOP("SettingsPage", "Remind a laptop to exchange after"), "days",
     QT_TRANSLATE_NOOP("SettingsPage", "A laptop that has not exchanged with the others for "
                                       "this long says so.")),
    ("retention_months", QT_TRANSLATE_NOOP("SettingsPage", "Keep closed advisees' records for"),
     "months",
     QT_TRANSLATE_NOOP("SettingsPage", "After this, records of closed advisees are offered "
                                       "for erasure.")),
)

#: The suffix a value box shows after its number, by unit.
_UNITS = {
    "minutes": QT_TRANSLATE_NOOP("SettingsPage", " minutes"),
    "seconds": QT_TRANSLATE_NOOP("SettingsPage", " seconds"),
    "days": QT_TRANSLATE_NOOP("SettingsPage", " days"),
    "months": QT_TRANSLATE_NOOP("SettingsPage", " months"),
}

#: The largest value any of these settings may take (90 days in minutes).
_LONGEST = 60 * 24 * 90


class SettingsPage(Page):
    name = "settings"
    title = "Settings"

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.passphrase_dialog: ChangePassphraseDialog | None = None
        self.message = message_line(self)
        body = QWidget()
        self.body_layout = QVBoxLayout(body)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.shown_title(), self))
        layout.addWidget(self.message)
        layout.addWidget(scroll, 1)

        # -- personal ------------------------------------------------------------------
        mine = QGroupBox(self.tr("Just for me"), body)
        mine_layout = QVBoxLayout(mine)
        self.language_choice = LanguageChoice(mine)
        self.language_choice.chosen.connect(self._language_chosen)
        self.language_field = FormField(
            language_label(), self.language_choice,
            hint=self.tr("For peerdesk on screen and for your reports."), parent=mine)
        self.language_choice.setMaximumWidth(self.fontMetrics().averageCharWidth() * 32)
        mine_layout.addWidget(self.language_field)
        self.passphrase_button = QPushButton(self.tr("Change my passphrase…"), mine)
        self.passphrase_button.clicked.connect(self.change_passphrase)
        mine_layout.addWidget(self.passphrase_button)
        self.personal_idle = QSpinBox(mine)
        self.personal_idle.setRange(0, 240)
        self.personal_idle.setSpecialValueText(self.tr("Same as the group"))
        self.personal_idle.setSuffix(self.tr(_UNITS["minutes"]))
        self.personal_idle_field = FormField(
            self.tr("Lock my app sooner"), self.personal_idle,
            hint=self.tr("Only shorter than the group's time takes effect."), parent=mine)
        mine_layout.addWidget(self.personal_idle_field)
        self.personal_idle.valueChanged.connect(self._personal_idle_changed)
        self.body_layout.addWidget(mine)

        # -- vault ---------------------------------------------------------------------
        where = QGroupBox(self.tr("Where the vault is"), body)
        where_layout = QVBoxLayout(where)
        self.vault_path = plain_label("", where)
        self.vault_warning = plain_label("", where)
        self.vault_warning.setObjectName("errorBanner")
        self.vault_warning.hide()
        self.laptop_info = plain_label("", where)
        where_layout.addWidget(self.vault_path)
        where_layout.addWidget(self.laptop_info)
        where_layout.addWidget(self.vault_warning)
        self.body_layout.addWidget(where)

        # -- group ---------------------------------------------------------------------
        self.group_box = QGroupBox(self.tr("Group settings"), body)
        group_layout = QVBoxLayout(self.group_box)
        self.group_note = plain_label("", self.group_box)
        self.group_note.setObjectName("mutedText")
        group_layout.addWidget(self.group_note)
        self.fields: dict[str, FormField] = {}
        self.timezone = QLineEdit(self.group_box)
        self.timezone.setPlaceholderText(self.tr("e.g. Asia/Kolkata"))
        self.fields["timezone"] = FormField(self.tr("Time zone"), self.timezone,
                                            hint=self.tr("Times are shown in this zone."),
                                            parent=self.group_box)
        group_layout.addWidget(self.fields["timezone"])
        self.numbers: dict[str, QSpinBox | DurationEdit] = {}
        for key, text, unit, hint in _NUMBERS:
            spin: QSpinBox | DurationEdit
            if unit == "duration":
                spin = DurationEdit(_LONGEST, self.group_box)
            else:
                spin = QSpinBox(self.group_box)
                spin.setRange(0, _LONGEST)
                spin.setSuffix(self.tr(_UNITS[unit]))
            self.numbers[key] = spin
            self.fields[key] = FormField(self.tr(text), spin, hint=self.tr(hint) if hint else "",
                                         parent=self.group_box)
            group_layout.addWidget(self.fields[key])
        # Short values get short boxes, so each hint sits beside its value.
        narrow = self.fontMetrics().averageCharWidth() * 32
        for widget in (self.personal_idle, self.timezone, *self.numbers.values()):
            widget.setMaximumWidth(narrow)
        self.retention_enabled = QCheckBox(
            self.tr("Offer to erase old records of closed advisees"), self.group_box)
        group_layout.addWidget(self.retention_enabled)
        self.save_button = QPushButton(self.tr("Save group settings"), self.group_box)
        self.save_button.setObjectName("primaryButton")
        self.save_button.clicked.connect(self.save_group)
        group_layout.addWidget(self.save_button)
        self.body_layout.addWidget(self.group_box)
        self.body_layout.addStretch(1)
        self._loaded_values: dict[str, Any] = {}

    # -- Page hooks --------------------------------------------------------------------
    def load(self, ws: Any) -> None:
        super().load(ws)
        self.vault_path.setText(str(ws.vault_dir))
        from peerdesk.paths import risky_location

        warning = risky_location(ws.vault_dir)
        self.vault_warning.setText(warning or "")
        self.vault_warning.setVisible(bool(warning))
        from ui.app import personal_idle_minutes

        self.personal_idle.blockSignals(True)
        self.personal_idle.setValue(int(personal_idle_minutes(ws) or 0))
        self.personal_idle.blockSignals(False)
        self.ctx.run(ws.settings.language).then(self.language_choice.set_code)
        self.ctx.run(ws.exchange_status.this_laptop, label=self.tr("Loading…")).then(
            self._show_laptop)
        self.reload()

    def _show_laptop(self, laptop: Any) -> None:
        if laptop is None or self.ws is None:
            self.laptop_info.clear()
            return
        self.laptop_info.setText(self.tr("This laptop: %1 (laptop id %2)").replace(
            "%1", laptop.label).replace("%2", laptop.device_id))

    def refresh(self, change: Any) -> None:
        if getattr(change, "kind", "") == "settings":
            self.reload()

    def clear(self) -> None:
        if self.passphrase_dialog is not None:
            self.passphrase_dialog.blockSignals(True)
            self.passphrase_dialog.reject()
            self.passphrase_dialog = None
        self.vault_path.clear()
        self.laptop_info.clear()
        self.timezone.clear()
        for spin in self.numbers.values():
            spin.setValue(0)
        show_message(self.message, "")
        super().clear()

    # -- group settings ----------------------------------------------------------------
    @property
    def can_edit(self) -> bool:
        return self.ws is not None and self.ws.can(Action.UPDATE, Resource.SETTINGS)

    def reload(self) -> None:
        settings = self.ws.settings
        if not self.ws.can(Action.READ, Resource.SETTINGS):
            self.group_box.hide()
            return
        self.group_box.show()
        self.ctx.run(settings.get, label=self.tr("Loading settings…")).then(
            self._show_group, lambda m: show_message(self.message, m))

    def _show_group(self, values: Any) -> None:
        self.timezone.setText(values.timezone)
        for key, spin in self.numbers.items():
            spin.setValue(int(getattr(values, key)))
        self.retention_enabled.setChecked(bool(values.retention_enabled))
        editable = self.can_edit
        for widget in (self.timezone, self.retention_enabled, *self.numbers.values()):
            widget.setEnabled(editable)
        self.save_button.setVisible(editable)
        self.group_note.setText(
            self.tr("Changes apply to everyone in the group.") if editable else
            self.tr("Only a coordinator can change these; you can read them."))

    def group_values(self) -> dict[str, Any]:
        values: dict[str, Any] = {"timezone": self.timezone.text().strip(),
                                  "retention_enabled": self.retention_enabled.isChecked()}
        values.update({k: spin.value() for k, spin in self.numbers.items()})
        return values

    def save_group(self) -> None:
        settings = self.ws.settings
        show_errors(self.fields, {})
        task = self.ctx.run_write(settings.update, self.group_values(), label=self.tr("Saving…"))
        task.succeeded.connect(
            lambda _c: show_message(self.message, self.tr("Group settings saved."), error=False))
        task.failed.connect(lambda m, t=task: self._failed(t, m))

    def _failed(self, task: Any, message: str) -> None:
        left = show_errors(self.fields, task_errors(task, message))
        show_message(self.message, " ".join(left.values())
                     or self.tr("Please correct the highlighted setting."))

    # -- personal ----------------------------------------------------------------------
    def change_passphrase(self) -> ChangePassphraseDialog:
        dialog = ChangePassphraseDialog(self.ws, self.ctx.worker, self)
        dialog.accepted.connect(lambda: show_message(
            self.message,
            self.tr("Your passphrase was changed. Use the new one next time you unlock."),
            error=False))
        self.passphrase_dialog = dialog
        dialog.open()
        return dialog

    def _language_chosen(self, code: str) -> None:
        """Keep the member's choice in the vault, then show the app in it at once (the
        main window rebuilds its pages, keeping what they show)."""
        if self.ws is None:
            return
        task = self.ctx.run_write(self.ws.settings.set_language, code)
        task.succeeded.connect(lambda _change: language.switch(code))
        task.failed.connect(lambda message: show_message(self.message, message))

    def _personal_idle_changed(self, value: int) -> None:
        if self.ws is None:
            return
        from ui.app import set_personal_idle_minutes

        set_personal_idle_minutes(self.ws, value or None)
        show_message(self.message, self.tr("Takes effect the next time you unlock."),
                     error=False)


PAGE = SettingsPage
