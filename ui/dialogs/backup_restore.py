"""File ▸ Backup… and the unlock screen's "Restore from backup…".

Backup: choose where to save (a ``.peerdesk-backup`` file, suggested name with today's
date), then ``ws.backup(path)`` runs off the GUI thread (it checks the whole database
first, then verifies the copy, then writes atomically); the dialog shows progress and the
result in words.

Restore (a coordinator's task): choose the backup file, then either a coordinator's user
name + passphrase (the same in the vault here and in the backup) or the recovery key, which
is needed for a backup older than the vault's latest changes and where no vault opens (an
empty folder, or a damaged vault); the person confirms that the current vault files will be
kept aside in a ``replaced-…`` folder (never deleted); ``restore_vault(...)`` runs off the
GUI thread; on success the dialog says so and the unlock screen comes back.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ui.translated import fill
from ui.widgets.form_field import FormField
from ui.widgets.message_banner import error_banner, task_errors
from ui.widgets.passphrase import PassphraseEdit
from ui.widgets.plain_text import plain_label
from ui.worker import Worker

BACKUP_SUFFIX = ".peerdesk-backup"


def suggested_backup_name(group: str = "") -> str:
    safe = "".join(c if c.isalnum() else "-" for c in group.lower()).strip("-") or "peerdesk"
    return f"{safe}-{date.today().isoformat()}{BACKUP_SUFFIX}"


class BackupDialog(QDialog):
    """Runs one backup of the open workspace and reports the result."""

    finished_backup = Signal(object)  # BackupInfo

    def __init__(self, ws: Any, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.worker = worker
        self.result_info: Any = None
        self.setWindowTitle(self.tr("Backup"))
        self.intro = plain_label(
            self.tr("A backup is one encrypted file. It opens only with a passphrase of this group "
            "or the recovery key. Keep it somewhere other than this laptop (a USB stick in "
            "a safe place)."), self)
        self.path_edit = QLineEdit(self)
        self.path_edit.setPlaceholderText(self.tr("Where to save the backup file"))
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self.choose_path)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.status = plain_label("", self)
        self.banner = error_banner(self)
        self.buttons = QDialogButtonBox(self)
        self.start_button = self.buttons.addButton(self.tr("Make backup"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.start_button.setObjectName("primaryButton")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.start_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.banner)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 80, self.sizeHint().height())

    def choose_path(self) -> None:
        start = str(Path.home() / suggested_backup_name(getattr(self.ws, "group_name", "")))
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save backup as"), start,
            fill(self.tr("peerdesk backups (%1)"), f"*{BACKUP_SUFFIX}"))
        if path:
            if not path.endswith(BACKUP_SUFFIX):
                path += BACKUP_SUFFIX
            self.path_edit.setText(path)

    def start(self, path: str | None = None) -> None:
        if path:
            self.path_edit.setText(path)
        text = self.path_edit.text().strip()
        if not text:
            self.choose_path()
            text = self.path_edit.text().strip()
            if not text:
                return
        out = Path(text)
        if out.exists() or not out.parent.is_dir():
            self.banner.setText(self.tr("That file already exists; choose a new name.")
                                if out.exists() else self.tr("That folder does not exist."))
            self.banner.show()
            return
        self.banner.hide()
        self._busy(True)
        self.status.setText(self.tr("Checking the vault and writing the backup… This can take a "
                            "minute on a large vault."))
        task = self.worker.submit(self.ws.backup, out, label=self.tr("Making a backup…"))
        task.succeeded.connect(self._done)
        task.failed.connect(lambda m, t=task: self._failed(" ".join(task_errors(t, m).values())))

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.start_button.setEnabled(not busy)
        self.path_edit.setEnabled(not busy)

    def _done(self, info: Any) -> None:
        self._busy(False)
        self.result_info = info
        manifest = getattr(info, "manifest", {}) or {}
        head = manifest.get("audit_head", {})
        self.status.setText(
            fill(self.tr("Backup written and verified:\n%1\nAudit head %2. Store it away from "
                        "this laptop."), getattr(info, "path", ""), head.get("seq", "?")))
        self.start_button.hide()
        self.finished_backup.emit(info)

    def _failed(self, message: str) -> None:
        self._busy(False)
        self.status.setText("")
        self.banner.setText(fill(self.tr("The backup was not made. %1"), message))
        self.banner.show()


RestoreFn = Callable[..., Any]


def _default_restore(backup: Path, folder: Path, username: str, secret: str, *,
                     recovery: bool = False) -> Any:
    from peerdesk.services.workspace import restore_vault

    return restore_vault(backup, folder, username, secret, recovery=recovery)


class RestoreDialog(QDialog):
    """Replace the vault in ``vault_dir`` with a backup (the old files are kept aside)."""

    restored = Signal(object)

    def __init__(self, vault_dir: Path, worker: Worker, *, username: str = "",
                 restore_fn: RestoreFn | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault_dir = Path(vault_dir)
        self.worker = worker
        self._restore = restore_fn or _default_restore
        self.setWindowTitle(self.tr("Restore from backup"))
        self.intro = plain_label(fill(self.tr(
            "This replaces the vault in\n%1\nwith the contents of a backup file. Only a "
            "coordinator can restore, and only a backup of this vault. Your current vault files "
            "are not deleted: they are kept in a \"replaced-…\" folder inside the vault "
            "folder."), self.vault_dir), self)
        self.file_edit = QLineEdit(self)
        self.file_edit.setPlaceholderText(self.tr("The backup file"))
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.file_edit, 1)
        row.addWidget(browse)
        file_field = QWidget(self)
        file_field.setLayout(row)
        self.file_field = FormField(self.tr("Backup file"), file_field, parent=self)

        self.use_pass = QRadioButton(
            self.tr("My coordinator user name and passphrase (the same as in the backup)"), self)
        self.use_recovery = QRadioButton(
            self.tr("The recovery key (from the printed recovery sheet)"), self)
        # A radio button does not wrap: the when-to-use-it goes in a label under it.
        self.recovery_hint = plain_label(self.tr(
            "Needed for a backup older than the vault's latest changes, or when no vault here "
            "opens."), self)
        self.recovery_hint.setObjectName("mutedText")
        self.recovery_hint.setIndent(self.fontMetrics().averageCharWidth() * 4)
        self.use_pass.setChecked(True)
        self.user = QLineEdit(username, self)
        self.user_field = FormField(self.tr("User name"), self.user, parent=self)
        self.secret = PassphraseEdit(self)
        self.secret_field = FormField(self.tr("Passphrase"), self.secret, parent=self)
        self.use_pass.toggled.connect(self._mode)
        self.confirm = QCheckBox(self.tr("I understand the current vault will be replaced (its "
                                         "files are kept aside, not deleted)."), self)
        self.banner = error_banner(self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.status = plain_label("", self)
        self.buttons = QDialogButtonBox(self)
        self.restore_button = self.buttons.addButton(self.tr("Restore"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setObjectName("primaryButton")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.banner)
        layout.addWidget(self.file_field)
        layout.addWidget(QLabel(self.tr("Unlock the vault here and the backup with:"), self))
        layout.addWidget(self.use_pass)
        layout.addWidget(self.use_recovery)
        layout.addWidget(self.recovery_hint)
        layout.addWidget(self.user_field)
        layout.addWidget(self.secret_field)
        layout.addWidget(self.confirm)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 84, self.sizeHint().height())

    def _mode(self) -> None:
        recovery = self.use_recovery.isChecked()
        self.user_field.setVisible(not recovery)
        self.secret_field.label.setText(self.tr("Recovery "
                                                "key") if recovery else self.tr("Passphrase"))

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup file"), str(Path.home()),
            fill(self.tr("peerdesk backups (%1)"), f"*{BACKUP_SUFFIX}") + ";;"
            + self.tr("All files (*)"))
        if path:
            self.file_edit.setText(path)

    def start(self) -> None:
        errors: dict[str, str] = {}
        backup = Path(self.file_edit.text().strip()) if self.file_edit.text().strip() else None
        if backup is None or not backup.is_file():
            errors["file"] = self.tr("Choose the backup file.") if backup is None else \
                self.tr("There is no file there.")
        recovery = self.use_recovery.isChecked()
        if not recovery and not self.user.text().strip():
            errors["user"] = self.tr("Enter your user name.")
        if not self.secret.text():
            errors["secret"] = (self.tr("Enter the recovery key.") if recovery
                                else self.tr("Enter your passphrase."))
        self.file_field.set_error(errors.get("file"))
        self.user_field.set_error(errors.get("user"))
        self.secret_field.set_error(errors.get("secret"))
        if errors:
            return
        if not self.confirm.isChecked():
            self.banner.setText(self.tr("Tick the box to confirm the current vault will be "
                                        "replaced."))
            self.banner.show()
            return
        self.banner.hide()
        self._busy(True)
        self.status.setText(self.tr("Checking the backup and restoring… (this can take a minute)"))
        task = self.worker.submit(self._restore, backup, self.vault_dir,
                                  "" if recovery else self.user.text().strip(),
                                  self.secret.text(), recovery=recovery,
                                  label=self.tr("Restoring from backup…"))
        task.succeeded.connect(self._done)
        task.failed.connect(lambda m, t=task: self._failed(" ".join(task_errors(t, m).values())))

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.restore_button.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)

    def _done(self, info: Any) -> None:
        self._busy(False)
        self.secret.clear()
        created = (getattr(info, "manifest", {}) or {}).get("created_at", "")
        self.status.setText(fill(self.tr("Restored from the backup made %1. You can now unlock "
                                        "it."), created))
        self.restored.emit(info)
        self.accept()

    def _failed(self, message: str) -> None:
        self._busy(False)
        self.status.setText("")
        self.banner.setText(fill(self.tr("Nothing was changed. %1"), message))
        self.banner.show()
