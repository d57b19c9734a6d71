"""Change my passphrase: current, new (with a strength meter), new again.

Runs ``ws.change_passphrase(old, new)`` off the GUI thread (it derives two keys, about
two seconds). A wrong current passphrase is shown beside that field; a weak new one is
refused before anything runs.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from peerdesk.errors import WrongPassphrase
from ui.widgets.form_field import FormField
from ui.widgets.message_banner import error_banner
from ui.widgets.passphrase import PassphraseEdit, PassphraseStrength
from ui.widgets.plain_text import plain_label
from ui.worker import Worker


class ChangePassphraseDialog(QDialog):
    def __init__(self, ws: Any, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.worker = worker
        self.setWindowTitle(self.tr("Change my passphrase"))
        self.current = PassphraseEdit(self)
        self.new = PassphraseEdit(self)
        self.again = PassphraseEdit(self)
        self.strength = PassphraseStrength(self.new)
        self.current_field = FormField(self.tr("&Current passphrase"), self.current, parent=self)
        self.new_field = FormField(self.tr("&New passphrase"), self.new, below=self.strength,
                                   parent=self)
        self.again_field = FormField(self.tr("New passphrase a&gain"), self.again, parent=self)
        self.banner = error_banner(self)
        self.status = plain_label("", self)
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(self.tr("Change passphrase"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("primaryButton")
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(
            self.tr("Only your own login changes. Other members and the recovery key keep working. "
            "Write the new passphrase down somewhere safe until you know it by heart."), self))
        layout.addWidget(self.banner)
        layout.addWidget(self.current_field)
        layout.addWidget(self.new_field)
        layout.addWidget(self.again_field)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 80, self.sizeHint().height())

    def submit(self) -> None:
        errors: dict[str, str] = {}
        if not self.current.text():
            errors["current"] = self.tr("Enter your current passphrase.")
        if not self.strength.strength.acceptable:
            errors["new"] = self.strength.strength.feedback
        elif self.new.text() == self.current.text():
            errors["new"] = self.tr("Choose a passphrase different from the current one.")
        if self.again.text() != self.new.text():
            errors["again"] = self.tr("The two new passphrases are not the same.")
        self.current_field.set_error(errors.get("current"))
        self.new_field.set_error(errors.get("new"))
        self.again_field.set_error(errors.get("again"))
        if errors:
            return
        self.banner.hide()
        self.ok_button.setEnabled(False)
        self.status.setText(self.tr("Changing… (a few seconds)"))
        task = self.worker.submit(self.ws.change_passphrase, self.current.text(),
                                  self.new.text(), label=self.tr("Changing passphrase…"))
        task.succeeded.connect(self._done)
        task.failed.connect(lambda m, t=task: self._failed(t, m))

    def _done(self, _: Any) -> None:
        for edit in (self.current, self.new, self.again):
            edit.clear()
        self.status.setText("")
        self.accept()

    def _failed(self, task: Any, message: str) -> None:
        self.ok_button.setEnabled(True)
        self.status.setText("")
        if isinstance(task.error, WrongPassphrase):
            self.current_field.set_error(self.tr("That is not your current passphrase."))
            self.current.selectAll()
            self.current.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        errors = getattr(task.error, "errors", None)
        if isinstance(errors, dict) and errors:
            self.new_field.set_error(" ".join(errors.values()))
            return
        self.banner.setText(message)
        self.banner.show()
