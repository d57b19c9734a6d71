"""Join my group's peerdesk: the new laptop's side of pairing.

1. Name this laptop and choose a passphrase that protects its keys until the first bundle
   arrives (the key derivation runs on the worker).
2. Show the safety number in large digits and the join code as a QR code; save the
   request as a file or copy the code, for the coordinator's "Add a laptop".
3. Open the first bundle the coordinator made: the vault is built from it, and the people
   who use this laptop sign in with their own passphrases.

Started again while the folder waits for its first bundle, the dialog opens at step 2 with
the safety number, and asks for the passphrase to show the code again or open the bundle.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from peerdesk.errors import BundleRefused, WrongPassphrase
from ui.join_actions import JoinShown, first_bundle, make_request, show_again
from ui.widgets.exchange_join_code import JoinCodeView
from ui.widgets.exchange_refusal import refusal_text
from ui.widgets.form_field import FormField
from ui.widgets.message_banner import error_banner
from ui.widgets.passphrase import PassphraseEdit, PassphraseStrength
from ui.widgets.plain_text import plain_label
from ui.worker import Task, Worker


class JoinGroupDialog(QDialog):
    """Emits ``joined()`` once this laptop's vault was built from its first bundle, and
    ``back()`` when the person prefers to create a new vault after all."""

    joined = Signal()
    back = Signal()

    def __init__(self, vault_dir: Path, worker: Worker, *, pending: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault_dir = Path(vault_dir)
        self.worker = worker
        self.task: Task | None = None
        self.shown: JoinShown | None = None
        self._secret = ""
        self.setWindowTitle(self.tr("Join my group's peerdesk"))
        self.setObjectName("joinGroupDialog")
        self.banner = error_banner(self)
        self.steps = QStackedWidget(self)
        self.steps.addWidget(self._build_name_step())
        self.steps.addWidget(self._build_code_step())
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.steps, 1)
        em = self.fontMetrics().averageCharWidth()
        self.resize(em * 120, self.fontMetrics().height() * 40)
        if pending is not None:
            self._show_pending(pending)

    # -- step 1 --------------------------------------------------------------------------
    def _build_name_step(self) -> QWidget:
        page = QWidget(self)
        title = QLabel(self.tr("Join my group's peerdesk"), page)
        title.setObjectName("dialogTitle")
        intro = plain_label(self.tr(
            "Use this when your group already uses peerdesk on another laptop. This laptop "
            "asks to join; the coordinator adds it from their laptop and gives you a first "
            "bundle. Then you sign in with your own passphrase, as on the other laptop."),
            page)
        self.label_edit = QLineEdit(page)
        self.label_edit.setMaxLength(60)
        self.label_edit.setPlaceholderText(self.tr("e.g. Asha's laptop"))
        self.passphrase = PassphraseEdit(page)
        self.confirm = PassphraseEdit(page)
        self.strength = PassphraseStrength(self.passphrase, page)
        self.label_field = FormField(self.tr("&Name of this laptop"), self.label_edit,
                                     hint=self.tr("How the group will know this laptop."),
                                     parent=page)
        self.passphrase_field = FormField(
            self.tr("&Passphrase for this laptop"), self.passphrase, below=self.strength,
            hint=self.tr("Protects this laptop's keys until the first bundle arrives. Your "
                         "own sign-in passphrase is fine."), parent=page)
        self.confirm_field = FormField(self.tr("&Confirm passphrase"), self.confirm,
                                       parent=page)
        self.back_button = QPushButton(self.tr("&Back"), page)
        self.back_button.clicked.connect(self._go_back)
        self.make_button = QPushButton(self.tr("&Make my join request"), page)
        self.make_button.setObjectName("primaryButton")
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(self.make)
        self.working = plain_label("", page)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.make_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.label_field)
        layout.addWidget(self.passphrase_field)
        layout.addWidget(self.confirm_field)
        layout.addWidget(self.working)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _go_back(self) -> None:
        self.back.emit()
        self.reject()

    def make(self) -> Task | None:
        label = " ".join(self.label_edit.text().split())
        errors = {
            "label": "" if label else self.tr("Give this laptop a name, e.g. Asha's laptop."),
            "passphrase": "" if self.strength.strength.acceptable
            else self.strength.strength.feedback,
            "confirm": "" if self.confirm.text() == self.passphrase.text()
            else self.tr("The two passphrases are not the same."),
        }
        self.label_field.set_error(errors["label"] or None)
        self.passphrase_field.set_error(errors["passphrase"] or None)
        self.confirm_field.set_error(errors["confirm"] or None)
        if any(errors.values()) or self.task is not None:
            return None
        self._secret = self.passphrase.text()
        self.working.setText(self.tr("Making the request… (a few seconds)"))
        self.make_button.setEnabled(False)
        task = self.worker.submit(make_request, self.vault_dir, label, self._secret,
                                  label=self.tr("Making the join request…"))
        return self._run(task, self._show_code)

    # -- step 2 --------------------------------------------------------------------------
    def _build_code_step(self) -> QWidget:
        page = QWidget(self)
        self.code_title = QLabel(self.tr("Show this to your coordinator"), page)
        self.code_title.setObjectName("dialogTitle")
        self.code_view = JoinCodeView(page)
        self.save_button = QPushButton(self.tr("&Save the request file…"), page)
        self.save_button.clicked.connect(self.choose_request_path)
        self.copy_button = QPushButton(self.tr("Cop&y the join code"), page)
        self.copy_button.clicked.connect(self.copy_code)
        self.saved = plain_label("", page)
        self.again_edit = PassphraseEdit(page)
        self.again_field = FormField(self.tr("Passp&hrase chosen for this laptop"),
                                     self.again_edit, parent=page)
        self.again_field.hide()
        self.again_button = QPushButton(self.tr("Show the join code &again"), page)
        self.again_button.clicked.connect(self.show_code_again)
        self.again_button.hide()
        next_step = plain_label(self.tr(
            "When the coordinator has added this laptop, they give you its first bundle "
            "(a .pdx file). Open it here."), page)
        self.open_button = QPushButton(self.tr("&Open the first bundle…"), page)
        self.open_button.setObjectName("primaryButton")
        self.open_button.clicked.connect(self.choose_bundle)
        self.quit_button = QPushButton(self.tr("&Quit for now"), page)
        self.quit_button.setToolTip(self.tr("This laptop keeps waiting for its first bundle; "
                                            "start peerdesk again to open it."))
        self.quit_button.clicked.connect(self.reject)
        hand = QHBoxLayout()
        hand.addWidget(self.save_button)
        hand.addWidget(self.copy_button)
        hand.addWidget(self.again_button)
        hand.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.quit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.code_title)
        layout.addWidget(self.code_view, 1)
        layout.addLayout(hand)
        layout.addWidget(self.saved)
        layout.addWidget(self.again_field)
        layout.addWidget(next_step)
        layout.addLayout(buttons)
        return page

    def _show_code(self, shown: JoinShown) -> None:
        self.shown = shown
        self.working.clear()
        self.code_view.show_request(shown.safety_number, shown.code)
        self.save_button.setEnabled(True)
        self.copy_button.setEnabled(True)
        self.again_button.hide()
        self.steps.setCurrentIndex(1)
        self.open_button.setFocus()

    def _show_pending(self, pending: Any) -> None:
        """Started again while waiting: the number, and the passphrase to go on."""
        self.code_view.show_request(pending.safety_number, "")
        self.save_button.setEnabled(False)
        self.copy_button.setEnabled(False)
        self.again_field.show()
        self.again_button.show()
        self.steps.setCurrentIndex(1)
        self.again_edit.setFocus()

    def show_code_again(self) -> Task | None:
        secret = self.again_edit.text()
        if not secret:
            self.again_field.set_error(self.tr("Enter the passphrase chosen for this laptop."))
            return None
        self.again_field.set_error(None)
        self._secret = secret
        task = self.worker.submit(show_again, self.vault_dir, secret,
                                  label=self.tr("Opening this laptop's keys…"))
        return self._run(task, self._show_code)

    def choose_request_path(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the join request"), str(Path.home() / "join-request.pdjoin"),
            self.tr("peerdesk join request (*.pdjoin)"))
        if path:
            self.save_request(Path(path))

    def save_request(self, path: Path) -> Task | None:
        if self.shown is None:
            return None
        from peerdesk.atomic import atomic_write_bytes

        data = self.shown.request_bytes
        task = self.worker.submit(atomic_write_bytes, path, data, 0o600,
                                  label=self.tr("Saving the request…"))
        task.succeeded.connect(lambda _r: self.saved.setText(self.tr(
            "Saved %1. Give it to the coordinator (USB stick, or as an attachment); it "
            "holds no records and no secret.").replace("%1", str(path))))
        task.failed.connect(self._fail)
        return task

    def copy_code(self) -> None:
        if self.shown is None:
            return
        from PySide6.QtGui import QGuiApplication

        QGuiApplication.clipboard().setText(self.shown.code)
        self.saved.setText(self.tr("The join code is copied. Paste it into a message to the "
                                   "coordinator; it holds no records and no secret."))

    # -- step 3 --------------------------------------------------------------------------
    def choose_bundle(self) -> Task | None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open the first bundle"), "",
                                              self.tr("peerdesk bundle (*.pdx)"))
        return self.open_bundle(Path(path)) if path else None

    def open_bundle(self, path: Path) -> Task | None:
        secret = self._secret or self.again_edit.text()
        if not secret:
            self.again_field.show()
            self.again_field.set_error(self.tr("Enter the passphrase chosen for this laptop."))
            return None
        self.open_button.setEnabled(False)
        task = self.worker.submit(first_bundle, self.vault_dir, path, secret,
                                  label=self.tr("Building this laptop's vault…"))
        return self._run(task, self._joined)

    def _joined(self, _result: Any) -> None:
        self._secret = ""
        self.again_edit.clear()
        self.passphrase.clear()
        self.confirm.clear()
        self.joined.emit()
        self.accept()

    # -- shared --------------------------------------------------------------------------
    def _run(self, task: Task, on_done: Any) -> Task:
        self.task = task
        self.banner.hide()
        task.succeeded.connect(on_done)
        task.failed.connect(lambda m, t=task: self._task_failed(t, m))
        task.finished.connect(self._task_finished)
        return task

    def _task_finished(self) -> None:
        self.task = None
        self.make_button.setEnabled(True)
        self.open_button.setEnabled(True)
        self.working.clear()

    def _task_failed(self, task: Task, message: str) -> None:
        if isinstance(task.error, WrongPassphrase):
            self._secret = ""
            self.again_field.show()
            self.again_field.set_error(self.tr(
                "That is not the passphrase chosen when this laptop asked to join."))
            return
        if isinstance(task.error, BundleRefused):
            message = refusal_text(task.error.reason)
        self._fail(message)

    def _fail(self, message: str) -> None:
        self.banner.setText(message)
        self.banner.show()
