"""What the record forms share: keyboard habits, inline errors, drafts, asking before discarding.

* Enter in a single-line field moves to the next field; Ctrl+Enter saves; Esc closes, but
  asks first when text was typed.
* Errors from the domain validators go beside their fields (:func:`show_errors`); errors
  with no field, or a failure of the save itself, show in a banner at the top.
* ``draft_values()`` / ``restore_draft()`` let the page hand unsaved text to the draft store
  before an idle lock and bring it back afterwards.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from peerdesk.errors import ValidationError
from ui.drafts import DraftStore
from ui.pages.base import PageContext
from ui.widgets.form_field import FormField, show_errors

DISCARD_TITLE = "Discard what you typed?"


def call_catching_validation(fn: Callable[..., Any], *args: Any) -> Any:
    """Run a service write on the worker; a ``ValidationError`` comes back as the result.

    The worker only passes a message for failures; returning the error keeps its
    per-field messages so the form can put each one beside its field.
    """
    try:
        return fn(*args)
    except ValidationError as exc:
        return exc


class OptionalDateEdit(QWidget):
    """A tick box ("Follow up on") and a date that is only used when ticked."""

    changed = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(text, self)
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setDate(QDate.currentDate())
        self.date.setEnabled(False)
        self.date.setAccessibleName(text.replace("&", ""))
        self.check.toggled.connect(self.date.setEnabled)
        self.check.toggled.connect(lambda _: self.changed.emit())
        self.date.dateChanged.connect(lambda _: self.changed.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.date, 1)
        self.setFocusProxy(self.check)

    def value(self) -> date | None:
        if not self.check.isChecked():
            return None
        d = self.date.date()
        return date(d.year(), d.month(), d.day())

    def set_value(self, value: date | str | None) -> None:
        if isinstance(value, str):
            try:
                value = date.fromisoformat(value)
            except ValueError:
                value = None
        self.check.setChecked(value is not None)
        if value is not None:
            self.date.setDate(QDate(value.year, value.month, value.day))

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.check.setAccessibleName(name)


class _EnterMovesOn(QObject):
    """Enter in a single-line input moves focus to the next field instead of closing."""

    def __init__(self, dialog: QDialog) -> None:
        super().__init__(dialog)
        self._dialog = dialog

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key_event = event
            mods = key_event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if key_event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                    mods == Qt.KeyboardModifier.NoModifier:
                if isinstance(obj, QComboBox) and obj.view().isVisible():
                    return False
                self._dialog.focusNextChild()
                return True
        return False


class RecordFormDialog(QDialog):
    """Base of the record forms. Subclasses build ``self.fields`` and implement the hooks."""

    #: The write succeeded; carries the service's ``Change``.
    saved = Signal(object)

    #: Key in the draft store, or "" for a form without drafts.
    draft_key: str = ""

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.fields: dict[str, FormField] = {}
        self.task: Any = None
        self.saving = False
        self.banner = QLabel(self)
        self.banner.setObjectName("errorBanner")
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.info = QLabel(self)
        self.info.setObjectName("mutedText")
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        self.info.setWordWrap(True)
        self.info.hide()
        self._enter = _EnterMovesOn(self)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self.save)

    # -- building helpers ----------------------------------------------------------------
    def add_field(self, name: str, label: str, widget: QWidget, *, hint: str = "",
                  below: QWidget | None = None) -> FormField:
        field = FormField(label, widget, hint=hint, below=below, parent=self)
        self.fields[name] = field
        return field

    @staticmethod
    def widen(field: FormField) -> None:
        """Give a note field most of the width; its message column stays narrow."""
        grid = field.layout()
        if isinstance(grid, QGridLayout):
            grid.setColumnStretch(0, 6)
            grid.setColumnStretch(1, 1)

    def enter_moves_on(self, widgets: Iterable[QWidget]) -> None:
        for widget in widgets:
            widget.installEventFilter(self._enter)
            if isinstance(widget, QAbstractSpinBox):
                line = widget.findChild(QLineEdit)
                if line is not None:
                    line.installEventFilter(self._enter)

    @staticmethod
    def note_edit(accessible: str, lines: int = 5, parent: QWidget | None = None
                  ) -> QPlainTextEdit:
        edit = QPlainTextEdit(parent)
        edit.setTabChangesFocus(True)
        edit.setAccessibleName(accessible)
        edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * lines + 12)
        return edit

    def make_buttons(self, save_text: str = "Save") -> QHBoxLayout:
        self.save_button = QPushButton(save_text, self)
        self.save_button.setObjectName("primaryButton")
        self.save_button.setToolTip("Save (Ctrl+Enter)")
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton("Cancel", self)
        self.cancel_button.setToolTip("Close without saving (Esc)")
        self.cancel_button.clicked.connect(self.reject)
        for button in (self.save_button, self.cancel_button):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.shortcut_hint = QLabel("Enter: next field · Ctrl+Enter: save · Esc: cancel", self)
        self.shortcut_hint.setObjectName("mutedText")
        row = QHBoxLayout()
        row.addWidget(self.shortcut_hint)
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.save_button)
        return row

    # -- errors ----------------------------------------------------------------------------
    def show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def apply_errors(self, errors: Mapping[str, str]) -> bool:
        """Show errors inline (leftovers in the banner). True when there were none."""
        leftover = show_errors(self.fields, errors)
        if errors:
            extra = " ".join(leftover.values())
            count = len(errors)
            self.show_banner(
                f"{'One field needs' if count == 1 else f'{count} fields need'} attention "
                f"before saving.{(' ' + extra) if extra else ''}"
            )
            for name, field in self.fields.items():
                if name in errors:
                    field.input.setFocus(Qt.FocusReason.OtherFocusReason)
                    break
            return False
        self.show_banner("")
        return True

    # -- saving ----------------------------------------------------------------------------
    def save(self) -> None:
        """Validate, then write on the worker. Subclasses implement :meth:`validate` and
        :meth:`submit`."""
        if self.saving:
            return
        errors = self.validate()
        if not self.apply_errors(errors):
            return
        self.set_saving(True)
        self.task = self.submit().then(self._after_write, self._write_failed)

    def validate(self) -> dict[str, str]:
        raise NotImplementedError

    def submit(self) -> Any:
        """Start the write (``ctx.run_write(call_catching_validation, fn, …)``)."""
        raise NotImplementedError

    def set_saving(self, saving: bool) -> None:
        self.saving = saving
        if hasattr(self, "save_button"):
            self.save_button.setEnabled(not saving)
            self.save_button.setText("Saving…" if saving else self._save_text())

    def _save_text(self) -> str:
        return "Save"

    def _after_write(self, result: Any) -> None:
        self.set_saving(False)
        if isinstance(result, ValidationError):
            self.apply_errors(result.errors)
            return
        if self.draft_key:
            self.ctx.drafts.discard(self.draft_key)
        self.saved.emit(result)
        self.after_saved(result)

    def after_saved(self, change: Any) -> None:
        self.accept()

    def _write_failed(self, message: str) -> None:
        self.set_saving(False)
        self.show_banner(f"Not saved. {message}")

    # -- drafts and discarding ---------------------------------------------------------------
    def has_typed_text(self) -> bool:
        return False

    def draft_values(self) -> dict[str, Any]:
        return {}

    def restore_draft(self, draft: Mapping[str, Any]) -> None:
        """Fill the form from a draft."""

    def stash(self, drafts: DraftStore) -> None:
        if self.draft_key and self.has_typed_text():
            drafts.save_draft(self.draft_key, self.draft_values())

    def load_draft_if_any(self) -> bool:
        if not self.draft_key:
            return False
        draft = self.ctx.drafts.load_draft(self.draft_key)
        if not draft:
            return False
        self.restore_draft(draft)
        self.info.setText("Restored the text you had not saved before peerdesk locked.")
        self.info.show()
        return True

    def confirm_discard(self) -> bool:
        """Ask before throwing typed text away. Tests replace this."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(DISCARD_TITLE)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText("You have typed text that is not saved. Discard it?")
        discard = box.addButton("Discard", QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton("Keep editing", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is discard

    def reject(self) -> None:
        if self.saving:
            return
        if self.has_typed_text() and not self.confirm_discard():
            return
        if self.draft_key:
            self.ctx.drafts.discard(self.draft_key)
        super().reject()

    def close_for_lock(self) -> None:
        """Close without asking (the page stashed the draft first)."""
        if self.task is not None:
            self.task.cancel()
        self.blockSignals(True)
        QDialog.reject(self)
        self.deleteLater()
