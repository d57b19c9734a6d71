"""First run: create the group's vault, then show the recovery key once.

Step 1 asks for the group name, the first coordinator's name and user name and a
passphrase (twice), checking each field beside it as the person types. Creating the vault
runs on the worker thread (the key derivation takes about a second) with a busy bar.
Step 2 shows the recovery key in large groups, offers a printable recovery sheet, and
will not let the person continue until they confirm the key is stored safely.

The language can be chosen at the top of step 1 (before any member exists); the dialog
is rebuilt in it at once, keeping what was typed, and the choice becomes the first
member's own (the app controller stores it with the new vault).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from peerdesk.errors import ValidationError
from ui import language, view_state
from ui.fonts import mono_font
from ui.language import QT_TRANSLATE_NOOP
from ui.translated import fill
from ui.widgets.form_field import FormField, grow_to_fit, show_errors
from ui.widgets.language_choice import LanguageChoice, language_label
from ui.widgets.passphrase import PassphraseEdit, PassphraseStrength, assess_passphrase
from ui.widgets.plain_text import plain_label
from ui.worker import GENERIC_ERROR, Task, Worker

CreateFn = Callable[..., tuple[Any, str]]

CONFIRM_TEXT = QT_TRANSLATE_NOOP("FirstRunDialog",
                                 "I have printed or stored the recovery key somewhere safe")
USERNAME_MIN = 2
_USERNAME_OK = re.compile(r"^[\w.\-]+$")


def _default_create(vault_dir: Path, **values: Any) -> tuple[Any, str]:
    # Imported here so that the crypto stack loads after the first paint (docs/performance.md).
    from peerdesk.services.workspace import create_vault

    return create_vault(vault_dir, **values)


def suggest_username(display_name: str) -> str:
    """``Asha Rao`` → ``asha``: the first word, lower-cased, letters and digits only.

    Nothing for a name written with vowel signs (``आशा राव``): a user name cannot hold
    them, and dropping them would suggest a misspelt name ("आश")."""
    first = display_name.strip().split(" ", 1)[0] if display_name.strip() else ""
    if any(unicodedata.category(c).startswith("M") for c in first):
        return ""
    return "".join(c for c in first.casefold() if c.isalnum())


def check_username(name: str) -> str:
    """The problem with a user name, or "" (same rule as the account validator)."""
    if not name:
        return QCoreApplication.translate("FirstRunDialog",
                                          "Choose a user name to sign in with.")
    if len(name) < USERNAME_MIN:
        return fill(QCoreApplication.translate(
            "FirstRunDialog", "A user name needs at least %1 characters."), USERNAME_MIN)
    if not _USERNAME_OK.match(name):
        return QCoreApplication.translate(
            "FirstRunDialog", "Use letters, digits, '.', '_' and '-' only (no spaces).")
    return ""


class FirstRunDialog(QDialog):
    """Emits ``completed(workspace)`` after the recovery key was confirmed."""

    completed = Signal(object)
    #: The person's group already uses peerdesk: join it instead (ui/dialogs/join_group.py).
    join_requested = Signal()

    def __init__(
        self,
        vault_dir: Path,
        worker: Worker,
        *,
        create_fn: CreateFn | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault_dir = Path(vault_dir)
        self._worker = worker
        self._create = create_fn or _default_create
        self._task: Task | None = None
        self.ws: Any = None
        self._recovery_key: str | None = None
        self._username_touched = False
        self._retranslating = False
        self._language = language.current()
        self.setWindowTitle(self.tr("Set up peerdesk"))
        self.setObjectName("firstRunDialog")

        self.steps = QStackedWidget(self)
        self.steps.addWidget(self._build_details_step())
        self.steps.addWidget(self._build_key_step())
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps)
        fm = self.fontMetrics()
        self.setMinimumWidth(fm.averageCharWidth() * 90)
        self.group_edit.setFocus()

    # -- step 1: details -----------------------------------------------------------------
    def _build_details_step(self) -> QWidget:
        page = QWidget(self)
        title = QLabel(self.tr("Set up your group"), page)
        title.setObjectName("dialogTitle")
        intro = plain_label(fill(self.tr(
            "peerdesk keeps your group's records encrypted on this computer, in %1. You will "
            "be the first coordinator; you can add the other members after this."),
            self.vault_dir), page)
        self.group_edit = QLineEdit(page)
        self.display_edit = QLineEdit(page)
        self.username_edit = QLineEdit(page)
        self.passphrase_edit = PassphraseEdit(page)
        self.confirm_edit = PassphraseEdit(page)
        self.strength = PassphraseStrength(self.passphrase_edit, page)
        self.fields: dict[str, FormField] = {
            "group_name": FormField(self.tr("&Group name"), self.group_edit, parent=page),
            "display_name": FormField(
                self.tr("Your &name"), self.display_edit, hint=self.tr("As the group knows "
                                                                       "you."), parent=page
            ),
            "username": FormField(
                self.tr("&User name"), self.username_edit, hint=self.tr("What you type to sign "
                                                                        "in."), parent=page
            ),
            "passphrase": FormField(
                self.tr("&Passphrase"),
                self.passphrase_edit,
                hint=self.tr("At least 12 characters, or 4 or more words."),
                below=self.strength,
                parent=page,
            ),
            "confirm": FormField(self.tr("&Confirm passphrase"), self.confirm_edit, parent=page),
        }
        for name, edit in (
            ("group_name", self.group_edit),
            ("display_name", self.display_edit),
            ("username", self.username_edit),
            ("passphrase", self.passphrase_edit),
            ("confirm", self.confirm_edit),
        ):
            edit.setObjectName(name)

        self.message = plain_label("", page)
        self.message.setObjectName("errorBanner")
        self.message.hide()
        self.busy = QProgressBar(page)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(self.fontMetrics().height() // 2)
        self.busy.setAccessibleName(self.tr("Creating the vault"))
        self.busy_label = QLabel(self.tr("Creating the encrypted vault…"), page)
        self.busy_label.setObjectName("mutedText")
        self.busy.hide()
        self.busy_label.hide()

        self.cancel_button = QPushButton(self.tr("&Quit"), page)
        self.cancel_button.clicked.connect(self.reject)
        self.create_button = QPushButton(self.tr("C&reate vault"), page)
        self.create_button.setObjectName("primaryButton")
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.try_create)
        self.join_button = QPushButton(self.tr("&Join my group's peerdesk…"), page)
        self.join_button.setToolTip(self.tr(
            "Your group already uses peerdesk on another laptop: add this laptop to it"))
        self.join_button.clicked.connect(self._join)
        buttons = QHBoxLayout()
        buttons.addWidget(self.join_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.create_button)

        self.language_choice = LanguageChoice(page)
        self.language_choice.chosen.connect(language.switch)
        language_caption = QLabel(language_label(), page)
        language_caption.setBuddy(self.language_choice)
        language_row = QHBoxLayout()
        language_row.addStretch(1)
        language_row.addWidget(language_caption)
        language_row.addWidget(self.language_choice)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(language_row)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(self.fontMetrics().height() // 2)
        for field in self.fields.values():
            layout.addWidget(field)
        layout.addWidget(self.message)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self.display_edit.textEdited.connect(self._suggest_username)
        self.username_edit.textEdited.connect(self._username_edited)
        self.group_edit.editingFinished.connect(lambda: self._check("group_name"))
        self.display_edit.editingFinished.connect(lambda: self._check("display_name"))
        self.username_edit.editingFinished.connect(lambda: self._check("username"))
        self.passphrase_edit.editingFinished.connect(lambda: self._check("passphrase"))
        self.passphrase_edit.textChanged.connect(self._recheck_confirm)
        self.confirm_edit.textChanged.connect(self._recheck_confirm)
        return page

    def _join(self) -> None:
        self.join_requested.emit()
        self.hide()

    def _suggest_username(self, text: str) -> None:
        if not self._username_touched:
            self.username_edit.setText(suggest_username(text))

    def _username_edited(self, _text: str) -> None:
        self._username_touched = True

    def validate(self) -> dict[str, str]:
        """Field name → problem, for every field; empty when the form may be sent."""
        return {name: msg for name in self.fields if (msg := self._problem(name))}

    def _problem(self, name: str) -> str:
        if name == "group_name":
            return "" if self.group_edit.text().strip() else self.tr("Enter the name of your "
                                                                     "group.")
        if name == "display_name":
            return "" if self.display_edit.text().strip() else self.tr("Enter your name.")
        if name == "username":
            return check_username(self.username_edit.text().strip())
        if name == "passphrase":
            strength = assess_passphrase(self.passphrase_edit.text())
            return "" if strength.acceptable else strength.feedback
        if name == "confirm":
            if not self.confirm_edit.text():
                return self.tr("Type the passphrase again.")
            if self.confirm_edit.text() != self.passphrase_edit.text():
                return self.tr("The two passphrases are different.")
        return ""

    def _check(self, name: str) -> None:
        self.fields[name].set_error(self._problem(name))
        if name == "passphrase":
            self._dedupe_feedback()

    def _dedupe_feedback(self) -> None:
        # The same advice beside the field and under the meter would be said twice.
        same = self.fields["passphrase"].error == self.strength.feedback.text()
        self.strength.feedback.setVisible(not same)

    def _recheck_confirm(self) -> None:
        # Only complain once something was typed into the confirm box.
        if self.confirm_edit.text():
            self._check("confirm")
        else:
            self.fields["confirm"].set_error(None)
        if self.fields["passphrase"].error:
            self._check("passphrase")
        self._dedupe_feedback()

    def try_create(self) -> None:
        if self._task is not None:
            return
        errors = self.validate()
        show_errors(self.fields, errors)
        self._dedupe_feedback()
        self._show_message("")
        if errors:
            first = next(name for name in self.fields if name in errors)
            self.fields[first].input.setFocus()
            return
        values: dict[str, Any] = {
            "group_name": self.group_edit.text().strip(),
            "display_name": self.display_edit.text().strip(),
            "username": self.username_edit.text().strip(),
            "passphrase": self.passphrase_edit.text(),
        }
        self._set_working(True)
        task = self._worker.submit(
            self._create, self.vault_dir, label=self.tr("Creating the vault…"), **values
        )
        self._task = task
        task.succeeded.connect(self._on_created)
        task.failed.connect(lambda msg, t=task: self._on_failed(msg, t.error))
        task.abandoned.connect(self._release)

    def _release(self, result: tuple[Any, str]) -> None:
        self._worker.submit(result[0].lock, label=self.tr("Locking…"))

    def _on_failed(self, message: str, error: BaseException | None) -> None:
        self._task = None
        self._set_working(False)
        if isinstance(error, ValidationError):
            rest = show_errors(self.fields, error.errors)
            if rest:
                self._show_message(next(iter(rest.values())))
        else:
            self._show_message(message or GENERIC_ERROR)

    def _on_created(self, result: tuple[Any, str]) -> None:
        self._task = None
        self._set_working(False)
        self.ws, key = result
        self.passphrase_edit.clear()
        self.confirm_edit.clear()
        self._show_key(key)

    def _set_working(self, working: bool) -> None:
        self.busy.setVisible(working)
        self.busy_label.setVisible(working)
        for field in self.fields.values():
            field.input.setEnabled(not working)
        self.create_button.setEnabled(not working)
        if working:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        if self.isVisible():
            QTimer.singleShot(0, self, lambda: grow_to_fit(self))

    # -- step 2: recovery key ------------------------------------------------------------
    def _build_key_step(self) -> QWidget:
        page = QWidget(self)
        title = QLabel(self.tr("Your recovery key"), page)
        title.setObjectName("dialogTitle")
        explain = plain_label(
            self.tr("If every coordinator forgets their passphrase, this key is the only way to "
                    "open "
            "the group's records. It is shown only now. Print the recovery sheet or write the "
            "key down, and keep it somewhere safe and private — anyone holding it can open "
            "the vault."),
            page,
        )
        self.key_box = QWidget(page)
        self.key_box.setObjectName("recoveryKey")
        self.key_grid = QGridLayout(self.key_box)
        self.key_grid.setHorizontalSpacing(self.fontMetrics().averageCharWidth() * 3)
        self.key_labels: list[QLabel] = []

        self.sheet_button = QPushButton(self.tr("&Save recovery sheet as PDF…"), page)
        self.sheet_button.clicked.connect(self._ask_sheet_path)
        self.sheet_status = plain_label("", page)
        self.sheet_status.setObjectName("mutedText")
        self.confirm_box = QCheckBox(self.tr(CONFIRM_TEXT), page)
        self.confirm_box.toggled.connect(self._confirm_toggled)
        self.continue_button = QPushButton(self.tr("C&ontinue"), page)
        self.continue_button.setObjectName("primaryButton")
        self.continue_button.setEnabled(False)
        self.continue_button.clicked.connect(self._finish)

        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.sheet_button)
        sheet_row.addWidget(self.sheet_status, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.continue_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(explain)
        layout.addSpacing(self.fontMetrics().height())
        layout.addWidget(self.key_box, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(self.fontMetrics().height())
        layout.addLayout(sheet_row)
        layout.addWidget(self.confirm_box)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    @property
    def showing_key(self) -> bool:
        return self.steps.currentIndex() == 1

    def _show_key(self, key: str) -> None:
        self._recovery_key = key
        font = mono_font(self.font())  # the bundled DejaVu Sans Mono (ui/fonts.py)
        base = self.font().pointSizeF()
        font.setPointSizeF((base if base > 0 else 10) * 1.6)
        font.setWeight(QFont.Weight.DemiBold)
        groups = key.split("-")
        per_row = 4
        for i, group in enumerate(groups):
            label = QLabel(group, self.key_box)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setFont(font)
            label.setObjectName("recoveryGroup")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.key_grid.addWidget(label, i // per_row, i % per_row)
            self.key_labels.append(label)
        self.key_box.setAccessibleName(self.tr("Recovery key"))
        self.key_box.setAccessibleDescription(" ".join(groups))
        self.steps.setCurrentIndex(1)
        self.confirm_box.setFocus()

    def _ask_sheet_path(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save recovery sheet"),
            str(Path.home() / "peerdesk-recovery-sheet.pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            self.save_recovery_sheet(Path(path))

    def save_recovery_sheet(self, path: Path) -> Task | None:
        """Write the recovery sheet PDF to ``path`` on the worker thread."""
        if self.ws is None or self._recovery_key is None:
            return None
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        ws, key = self.ws, self._recovery_key

        def write() -> Path:
            path.write_bytes(ws.recovery_sheet_pdf(key))
            return path

        self.sheet_button.setEnabled(False)
        self.sheet_status.setText(self.tr("Saving…"))
        task = self._worker.submit(write, label=self.tr("Saving the recovery sheet…"))
        task.succeeded.connect(self._sheet_saved)
        task.failed.connect(self._sheet_failed)
        return task

    def _sheet_saved(self, path: Path) -> None:
        self.sheet_button.setEnabled(True)
        self.sheet_status.setText(
            fill(self.tr("Saved to %1. Print it, then keep or delete the file."), path))

    def _sheet_failed(self, message: str) -> None:
        self.sheet_button.setEnabled(True)
        self.sheet_status.setText(
            message if message != GENERIC_ERROR else self.tr("The sheet could not be saved.")
        )

    def _confirm_toggled(self, checked: bool) -> None:
        self.continue_button.setEnabled(checked)

    def _finish(self) -> None:
        if not self.confirm_box.isChecked() or self.ws is None:
            return
        # Forget the key: it must not stay in widgets or memory longer than needed.
        for label in self.key_labels:
            label.clear()
            label.deleteLater()
        self.key_labels.clear()
        self.key_box.setAccessibleDescription("")
        self._recovery_key = None
        ws, self.ws = self.ws, None
        self.completed.emit(ws)
        self.accept()

    # -- closing -------------------------------------------------------------------------
    def reject(self) -> None:
        if self.showing_key:
            # The vault exists; leaving now would lose the only copy of the key.
            if not self.confirm_box.isChecked():
                self.confirm_box.setFocus()
                return
            self._finish()
            return
        if self._task is not None:
            self._task.cancel()
            self._task = None
        super().reject()

    # -- language ------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and not self._retranslating:
            self._retranslating = True  # one rebuild for the several events of one change
            QTimer.singleShot(0, self, self.retranslate)
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Build both steps again in the interface's language, keeping what was typed
        (not while the vault is being made or the key is showing)."""
        self._retranslating = False
        if self.showing_key or self._task is not None or self._language == language.current():
            return
        self._language = language.current()
        focus = self.focusWidget()
        focus_name = focus.objectName() if focus is not None else ""
        old_details, old_key = self.steps.widget(0), self.steps.widget(1)
        if old_details is None or old_key is None:
            return
        state = view_state.capture(old_details)
        touched = self._username_touched
        details, key = self._build_details_step(), self._build_key_step()
        for old, new in ((old_details, details), (old_key, key)):
            index = self.steps.indexOf(old)
            self.steps.insertWidget(index, new)
            self.steps.removeWidget(old)
            old.deleteLater()
        self.steps.setCurrentWidget(details)
        view_state.restore(details, state)
        self._username_touched = touched
        self.setWindowTitle(self.tr("Set up peerdesk"))
        focused = details.findChild(QWidget, focus_name) if focus_name else None
        (focused or self.language_choice).setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.showing_key:
            event.ignore()
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, lambda: grow_to_fit(self))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.showing_key and not self.confirm_box.isChecked():
            event.ignore()
            return
        if self.showing_key:  # confirmed: closing now is the same as "Open peerdesk"
            event.accept()
            return
        super().closeEvent(event)  # QDialog rejects a visible dialog that is closed
