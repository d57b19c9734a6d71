"""Add a laptop (Members ▸ Laptops ▸ Add a laptop…), on the coordinator's laptop.

1. Read the new laptop's join request: open its ``.pdjoin`` file, or paste the join code
   a phone carried from its screen (the text under its QR code).
2. Compare the safety number with the new laptop's screen ("Do both screens show the same
   number?"), name the laptop and tick who will use it.
3. Save its first bundle, to hand over like the request. Nothing is added until the
   person confirmed the number; a request that does not check out is refused in one line.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from peerdesk.errors import BundleRefused
from ui.join_actions import LoginChoice, RequestRead, add_laptop, login_choices, read_request
from ui.widgets.exchange_refusal import refusal_text
from ui.widgets.exchange_safety import SafetyNumberLabel
from ui.widgets.form_field import FormField
from ui.widgets.message_banner import error_banner
from ui.widgets.passphrase import PassphraseEdit
from ui.widgets.plain_text import plain_label, set_plain
from ui.worker import Task, Worker


class AddLaptopDialog(QDialog):
    """Emits ``added(device_id)`` once the first bundle is saved."""

    added = Signal(str)

    def __init__(self, ws: Any, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.worker = worker
        self.request: RequestRead | None = None
        self.choices: list[LoginChoice] = []
        self.task: Task | None = None
        self.setWindowTitle(self.tr("Add a laptop"))
        self.setObjectName("addLaptopDialog")
        self.banner = error_banner(self)
        self.steps = QStackedWidget(self)
        self.steps.addWidget(self._build_read_step())
        self.steps.addWidget(self._build_confirm_step())
        self.steps.addWidget(self._build_done_step())
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.steps, 1)
        em = self.fontMetrics().averageCharWidth()
        self.resize(em * 96, self.fontMetrics().height() * 34)
        self.worker.submit(login_choices, ws, label=self.tr("Loading members…")).then(
            self._show_choices, self._fail)

    # -- step 1: the request -------------------------------------------------------------
    def _build_read_step(self) -> QWidget:
        page = QWidget(self)
        intro = plain_label(self.tr(
            "On the new laptop, choose Join my group's peerdesk. It shows a safety number "
            "and a join code. Open the request file it saved, or paste the join code here "
            "(a phone can carry it: scan the QR code, send the text to yourself, copy it)."),
            page)
        self.file_button = QPushButton(self.tr("Open the request &file…"), page)
        self.file_button.clicked.connect(self.choose_file)
        self.code_edit = QPlainTextEdit(page)
        self.code_edit.setPlaceholderText(self.tr("PEERDESK-JOIN-1:…"))
        self.code_edit.setTabChangesFocus(True)
        self.code_field = FormField(self.tr("Or paste the join &code"), self.code_edit,
                                    parent=page)
        self.read_button = QPushButton(self.tr("&Read the code"), page)
        self.read_button.clicked.connect(self.read_pasted)
        cancel = QPushButton(self.tr("Cancel"), page)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.file_button)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.read_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(self.code_field, 1)
        layout.addLayout(buttons)
        return page

    def choose_file(self) -> Task | None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a join request"), "",
                                              self.tr("peerdesk join request (*.pdjoin)"))
        return self.read_file(Path(path)) if path else None

    def read_file(self, path: Path) -> Task:
        return self._read(path=path)

    def read_pasted(self) -> Task | None:
        text = self.code_edit.toPlainText().strip()
        if not text:
            self.code_field.set_error(self.tr("Paste the join code the new laptop shows."))
            return None
        self.code_field.set_error(None)
        return self._read(text=text)

    def _read(self, *, path: Path | None = None, text: str = "") -> Task:
        self.banner.hide()
        task = self.worker.submit(read_request, self.ws, path=path, text=text,
                                  label=self.tr("Reading the request…"))
        task.succeeded.connect(self._show_request)
        task.failed.connect(lambda m, t=task: self._read_failed(t, m))
        return task

    def _read_failed(self, task: Task, message: str) -> None:
        if isinstance(task.error, BundleRefused):
            self._fail(refusal_text(task.error.reason, join=True))
        else:
            self._fail(message)

    # -- step 2: compare, name, choose members -------------------------------------------
    def _build_confirm_step(self) -> QWidget:
        page = QWidget(self)
        self.request_title = plain_label("", page)
        self.request_title.setObjectName("dialogTitle")
        self.number = SafetyNumberLabel("", page)
        question = QLabel(self.tr("Do both screens show the same number?"), page)
        question.setObjectName("sectionHeader")
        self.same_box = QCheckBox(self.tr("&Yes, both screens show the same number"), page)
        self.same_box.toggled.connect(lambda _: self._update())
        hint = plain_label(self.tr(
            "If one digit differs, stop: the request was changed on the way. Cancel, and "
            "ask for a new one."), page)
        hint.setObjectName("fieldHint")
        self.label_edit = QLineEdit(page)
        self.label_edit.setMaxLength(60)
        self.label_field = FormField(self.tr("Laptop &name"), self.label_edit,
                                     hint=self.tr("How the group will know this laptop."),
                                     parent=page)
        members_title = QLabel(self.tr("Who will use this laptop?"), page)
        members_title.setObjectName("fieldLabel")
        members_hint = plain_label(self.tr(
            "It receives only what these members may read, and they sign in on it with "
            "their own passphrases. Each member you tick confirms here with their own "
            "passphrase, so nobody's records go to a laptop without them."), page)
        members_hint.setObjectName("fieldHint")
        members = QWidget(page)
        self.members_box = QVBoxLayout(members)
        self.members_box.setContentsMargins(0, 0, 0, 0)
        members_scroll = QScrollArea(page)
        members_scroll.setWidgetResizable(True)
        members_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        members_scroll.setWidget(members)
        self.add_button = QPushButton(self.tr("&Add and save its first bundle…"), page)
        self.add_button.setObjectName("primaryButton")
        self.add_button.clicked.connect(self.choose_bundle_path)
        cancel = QPushButton(self.tr("Cancel"), page)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.request_title)
        layout.addWidget(question)
        layout.addWidget(self.number)
        layout.addWidget(self.same_box)
        layout.addWidget(hint)
        layout.addWidget(self.label_field)
        layout.addWidget(members_title)
        layout.addWidget(members_hint)
        layout.addWidget(members_scroll, 1)
        layout.addLayout(buttons)
        return page

    def _show_choices(self, choices: Sequence[LoginChoice]) -> None:
        """A tick box per login; a ticked member other than the one signed in here
        confirms with their own passphrase, typed beside their name."""
        self.choices = list(choices)
        self.member_boxes: dict[str, QCheckBox] = {}
        self.consent_edits: dict[str, PassphraseEdit] = {}
        me = self.ws.actor.username
        for choice in self.choices:
            box = QCheckBox(self.tr("%1 (signs in as %2)").replace(
                "%1", choice.display_name).replace("%2", choice.username))
            row = QHBoxLayout()
            row.addWidget(box)
            if choice.username != me:
                edit = PassphraseEdit()
                edit.setPlaceholderText(self.tr("%1 types their passphrase to confirm").replace(
                    "%1", choice.display_name))
                edit.setAccessibleName(self.tr("Passphrase of %1").replace(
                    "%1", choice.display_name))
                edit.hide()
                edit.textChanged.connect(lambda _t: self._update())
                box.toggled.connect(edit.setVisible)
                row.addWidget(edit, 1)
                self.consent_edits[choice.username] = edit
            else:
                row.addStretch(1)
            box.toggled.connect(lambda _: self._update())
            self.members_box.addLayout(row)
            self.member_boxes[choice.username] = box
        self.members_box.addStretch(1)

    def consents(self) -> dict[str, str]:
        """login -> passphrase of every ticked member who confirms here."""
        edits = getattr(self, "consent_edits", {})
        return {name: edits[name].text() for name in self.chosen() if name in edits}

    def _show_request(self, request: RequestRead) -> None:
        self.request = request
        set_plain(self.request_title, self.tr("A request from “%1”").replace(
            "%1", request.label))
        self.number.set_number(request.safety_number)
        self.label_edit.setText(request.label)
        self.same_box.setChecked(False)
        self.steps.setCurrentIndex(1)
        self.same_box.setFocus()
        self._update()

    def chosen(self) -> list[str]:
        return [name for name, box in getattr(self, "member_boxes", {}).items()
                if box.isChecked()]

    def _update(self) -> None:
        confirmed = all(self.consents().values())
        self.add_button.setEnabled(self.request is not None and self.same_box.isChecked()
                                   and bool(self.chosen()) and confirmed
                                   and self.task is None)

    def choose_bundle_path(self) -> Task | None:
        if not self.add_button.isEnabled():
            return None
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the first bundle"), str(Path.home() / "peerdesk-first.pdx"),
            self.tr("peerdesk bundle (*.pdx)"))
        return self.add_to(Path(path)) if path else None

    def add_to(self, path: Path) -> Task | None:
        """Add the laptop and write its first bundle to ``path``."""
        if self.request is None or not self.same_box.isChecked() or not self.chosen():
            return None
        self.banner.hide()
        task = self.worker.submit(add_laptop, self.ws, self.request, self.chosen(),
                                  self.label_edit.text(), path, self.consents(),
                                  label=self.tr("Adding the laptop…"))
        self.task = task
        task.succeeded.connect(self._added)
        task.failed.connect(self._fail)
        task.finished.connect(self._task_done)
        self._update()
        return task

    def _task_done(self) -> None:
        self.task = None
        self._update()

    # -- step 3: hand it over ------------------------------------------------------------
    def _build_done_step(self) -> QWidget:
        page = QWidget(self)
        self.done_text = plain_label("", page)
        close = QPushButton(self.tr("&Done"), page)
        close.setObjectName("primaryButton")
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.done_text)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _added(self, result: Any) -> None:
        device_id, path = result
        for edit in getattr(self, "consent_edits", {}).values():
            edit.clear()
        set_plain(self.done_text, self.tr(
            "The laptop was added. Give the new laptop the file %1 (on a USB stick, or as "
            "an attachment) and open it there with Open the first bundle. Only that laptop "
            "can open it.").replace("%1", str(path)))
        self.steps.setCurrentIndex(2)
        self.added.emit(device_id)

    def _fail(self, message: str) -> None:
        self.banner.setText(message)
        self.banner.show()
