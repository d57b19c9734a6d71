"""The unlock screen: user name and passphrase; the key derivation runs off the GUI thread.

Each way unlocking can fail gets its own message, because each needs a different next
step: a typo (try again), a damaged vault (restore from a backup), a vault open elsewhere
(close it there), a vault from a newer peerdesk (install that version).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.errors import (
    PeerdeskError,
    VaultAlreadyOpen,
    VaultDamaged,
    VaultMissing,
    VaultTooNew,
    WrongPassphrase,
)
from ui.language import QT_TRANSLATE_NOOP
from ui.translated import fill
from ui.widgets.form_field import FormField, grow_to_fit
from ui.widgets.passphrase import PassphraseEdit
from ui.widgets.plain_text import plain_label
from ui.worker import GENERIC_ERROR, Task, Worker

if TYPE_CHECKING:  # importing event classes builds their enums: not before the first paint
    from PySide6.QtGui import QShowEvent

OpenFn = Callable[[Path, str, str], Any]

DAMAGED_TEXT = QT_TRANSLATE_NOOP(
    "UnlockDialog",
    "This vault could not be read safely; it may be damaged. Nothing was changed. "
    "You can restore it from a backup."
)
TOO_NEW_TEXT = QT_TRANSLATE_NOOP(
    "UnlockDialog",
    "This vault was saved by a newer version of peerdesk. Install that version (or newer) "
    "to open it; this version will not change it."
)
ALREADY_OPEN_TEXT = QT_TRANSLATE_NOOP(
    "UnlockDialog",
    "This vault is already open in another peerdesk window or program. Close it there, "
    "then try again."
)
MISSING_TEXT = QT_TRANSLATE_NOOP(
    "UnlockDialog", "There is no vault in this folder. Choose the right folder or restore a "
                    "backup.")


def _default_open(vault_dir: Path, username: str, passphrase: str) -> Any:
    # Imported here so that the crypto stack loads after the first paint (docs/performance.md).
    from peerdesk.services.workspace import open_vault

    return open_vault(vault_dir, username, passphrase)


class UnlockDialog(QDialog):
    """Emits ``unlocked(workspace)`` and accepts, or ``restore_requested()``."""

    unlocked = Signal(object)
    restore_requested = Signal()

    def __init__(
        self,
        vault_dir: Path,
        worker: Worker,
        *,
        username: str = "",
        open_fn: OpenFn | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault_dir = Path(vault_dir)
        self._worker = worker
        self._open = open_fn or _default_open
        self._task: Task | None = None
        self.setWindowTitle(self.tr("Unlock peerdesk"))
        self.setObjectName("unlockDialog")

        title = QLabel(self.tr("Unlock"), self)
        title.setObjectName("dialogTitle")
        folder = plain_label(fill(self.tr("Vault folder: %1"), self.vault_dir), self)
        folder.setObjectName("mutedText")

        self.username_edit = QLineEdit(username, self)
        self.username_edit.setObjectName("username")
        self.passphrase_edit = PassphraseEdit(self)
        self.passphrase_edit.setObjectName("passphrase")
        self.username_field = FormField(self.tr("&User name"), self.username_edit, parent=self)
        self.passphrase_field = FormField(self.tr("&Passphrase"), self.passphrase_edit, parent=self)

        self.message = plain_label("", self)
        self.message.setObjectName("errorBanner")
        self.message.hide()

        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(self.fontMetrics().height() // 2)
        self.busy.setAccessibleName(self.tr("Unlocking"))
        self.busy.hide()

        self.restore_button = QPushButton(self.tr("&Restore from backup…"), self)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.hide()
        self.restore_button.clicked.connect(self.restore_requested)
        self.quit_button = QPushButton(self.tr("&Quit"), self)
        self.quit_button.clicked.connect(self.reject)
        self.unlock_button = QPushButton(self.tr("U&nlock"), self)
        self.unlock_button.setObjectName("primaryButton")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)

        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.unlock_button)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(folder)
        layout.addSpacing(self.fontMetrics().height() // 2)
        layout.addWidget(self.username_field)
        layout.addWidget(self.passphrase_field)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        (self.passphrase_edit if username else self.username_edit).setFocus()

    # -- unlocking -----------------------------------------------------------------------
    @property
    def working(self) -> bool:
        return self._task is not None

    def try_unlock(self) -> None:
        if self._task is not None:
            return
        username = self.username_edit.text().strip()
        passphrase = self.passphrase_edit.text()
        self.username_field.set_error(None if username else self.tr("Enter your user name."))
        self.passphrase_field.set_error(None if passphrase else self.tr("Enter your passphrase."))
        self._show_message("")
        if not username or not passphrase:
            (self.username_edit if not username else self.passphrase_edit).setFocus()
            return
        self._set_working(True)
        task = self._worker.submit(
            self._open, self.vault_dir, username, passphrase, label=self.tr("Unlocking…")
        )
        self._task = task
        task.succeeded.connect(self._on_unlocked)
        task.abandoned.connect(self._release)
        task.failed.connect(lambda _msg, t=task: self._on_failed(t.error))

    def _on_unlocked(self, ws: Any) -> None:
        self._task = None
        self._set_working(False)
        self.passphrase_edit.clear()
        self.unlocked.emit(ws)
        self.accept()

    def _release(self, ws: Any) -> None:
        """The person gave up while the vault was opening: lock it again at once."""
        self._worker.submit(ws.lock, label=self.tr("Locking…"))

    def _on_failed(self, error: BaseException | None) -> None:
        self._task = None
        self._set_working(False)
        self.restore_button.hide()
        if isinstance(error, WrongPassphrase):
            self.passphrase_field.set_error(str(error))
            self.passphrase_edit.clear()
            self.passphrase_edit.setFocus()
        elif isinstance(error, VaultDamaged):
            self._show_message(self.tr(DAMAGED_TEXT))
            self.restore_button.show()
        elif isinstance(error, VaultAlreadyOpen):
            self._show_message(self.tr(ALREADY_OPEN_TEXT))
        elif isinstance(error, VaultTooNew):
            self._show_message(self.tr(TOO_NEW_TEXT))
        elif isinstance(error, VaultMissing):
            self._show_message(self.tr(MISSING_TEXT))
            self.restore_button.show()
        elif isinstance(error, PeerdeskError):
            self._show_message(str(error) or GENERIC_ERROR)
        else:
            self._show_message(GENERIC_ERROR)

    # -- helpers -------------------------------------------------------------------------
    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        if self.isVisible():
            QTimer.singleShot(0, self, lambda: grow_to_fit(self))

    def _set_working(self, working: bool) -> None:
        self.busy.setVisible(working)
        for widget in (self.username_edit, self.passphrase_edit, self.unlock_button):
            widget.setEnabled(not working)
        if working:
            from PySide6.QtCore import Qt  # not before the first paint (plain_text)

            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def reject(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None
        super().reject()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, lambda: grow_to_fit(self))

