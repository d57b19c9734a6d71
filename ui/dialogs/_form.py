"""Shared machinery of peerdesk's record forms (escalation, disclosure, supervision, …).

A :class:`FormDialog` has an error banner on top, the form body, and Save/Cancel. It:

* validates with the same pure validator the service uses and shows each message beside
  its field (:func:`ui.widgets.form_field.show_errors`); messages with no field go to the
  banner;
* saves through ``ctx.run_write`` (off the GUI thread) with the buttons disabled meanwhile;
  a service refusal (``ValidationError`` with fields, ``PermissionDenied``…) is shown the
  same way and nothing is lost;
* keeps unsaved text as a draft (``draft_key``): written a moment after typing stops, and
  when the app locks; restored when the form opens again; discarded once saved.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ui.pages.base import PageContext
from ui.vault_drafts import fetch_draft
from ui.widgets.form_field import FormField, show_errors
from ui.worker import GENERIC_ERROR, Task

#: Seconds after the last keystroke before a draft is written to the vault.
DRAFT_DELAY_MS = 1500


def error_banner(parent: QWidget) -> QLabel:
    banner = QLabel(parent)
    banner.setObjectName("errorBanner")
    banner.setTextFormat(Qt.TextFormat.PlainText)
    banner.setWordWrap(True)
    banner.hide()
    return banner


def note_edit(placeholder: str = "", lines: int = 4) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    return edit


def task_errors(task: Task, message: str) -> dict[str, str]:
    """``{field: message}`` from a failed task (a ValidationError's fields), else ``{"": msg}``."""
    errors = getattr(task.error, "errors", None)
    if isinstance(errors, Mapping) and errors:
        return {str(k): str(v) for k, v in errors.items()}
    return {"": message or GENERIC_ERROR}


class FormDialog(QDialog):
    """Base of record forms. Subclasses build ``self.body`` and implement the hooks."""

    saved = Signal(object)  # the Change the service returned

    #: Saved on lock / after typing; None: this form keeps no draft.
    draft_key: str | None = None
    save_text = "Save"

    def __init__(self, ctx: PageContext, ws: Any, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ws = ws
        self.fields: dict[str, FormField] = {}
        self.setWindowTitle(title)
        self.setModal(True)
        self.banner = error_banner(self)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 8, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.body)
        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.save_text, self)
        self.save_button.setObjectName("primaryButton")
        self.save_button.setDefault(True)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.keep_draft)
        self._dirty = False
        self._saving = False
        em = self.fontMetrics().averageCharWidth()
        self.resize(em * 90, self.fontMetrics().height() * 40)

    # -- building helpers ------------------------------------------------------------
    def add_field(self, name: str, label: str, widget: QWidget, *, hint: str = "",
                  below: QWidget | None = None) -> FormField:
        field = FormField(label, widget, hint=hint, below=below, parent=self.body)
        self.fields[name] = field
        self.body_layout.addWidget(field)
        self.watch(widget)
        return field

    def add_widget(self, widget: QWidget) -> None:
        self.body_layout.addWidget(widget)

    def watch(self, widget: QWidget) -> None:
        """Count edits in ``widget`` as unsaved text (drafts)."""
        for signal_name in ("textChanged", "currentIndexChanged", "toggled", "dateChanged",
                            "valueChanged", "timeChanged"):
            signal = getattr(widget, signal_name, None)
            if signal is not None and hasattr(signal, "connect"):
                signal.connect(self._edited)
                return

    def _edited(self, *_: Any) -> None:
        self._dirty = True
        if self.draft_key:
            self._draft_timer.start()

    # -- drafts ----------------------------------------------------------------------
    def collect_draft(self) -> dict[str, Any]:
        """Plain values (str/int/bool/None/lists) of what the person typed."""
        return {}

    def apply_draft(self, draft: Mapping[str, Any]) -> None:
        """Put a draft back into the fields."""

    def restore_draft(self) -> None:
        """Ask the draft store for this form's draft; apply it if nothing was typed yet."""
        if not self.draft_key:
            return

        def arrived(draft: Mapping[str, Any] | None) -> None:
            if draft and not self._dirty:
                self.apply_draft(draft)
                self._dirty = False
                self.show_notice("Restored the text you had not saved yet.")

        fetch_draft(self.ctx.drafts, self.draft_key, arrived)

    def keep_draft(self) -> None:
        if self.draft_key and self._dirty and not self._saving:
            self.ctx.drafts.save_draft(self.draft_key, self.collect_draft())

    def stash(self) -> None:
        """Before a lock: keep the draft now and close without saving."""
        self._draft_timer.stop()
        self.keep_draft()
        self._dirty = False
        self.reject()

    def show_notice(self, text: str) -> None:
        self.banner.setObjectName("emptyBanner")
        self._repolish(self.banner)
        self.banner.setText(text)
        self.banner.show()

    def show_problem(self, text: str) -> None:
        self.banner.setObjectName("errorBanner")
        self._repolish(self.banner)
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    @staticmethod
    def _repolish(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    # -- saving ----------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """The typed values, keyed like the validator's fields."""
        raise NotImplementedError

    def validate(self, values: dict[str, Any]) -> dict[str, str]:
        return {}

    def write(self, values: dict[str, Any]) -> Callable[[], Any]:
        """A call that saves ``values`` and returns the service's Change."""
        raise NotImplementedError

    def show_field_errors(self, errors: Mapping[str, str]) -> None:
        left = show_errors(self.fields, errors)
        if left:
            self.show_problem(" ".join(left.values()))
        elif errors:
            self.show_problem("Please correct the highlighted fields.")
        else:
            self.show_problem("")
        for name in self.fields:
            if name in errors:
                self.fields[name].input.setFocus()
                break

    def submit(self) -> None:
        if self._saving:
            return
        try:
            values = self.values()
        except ValueError as exc:
            self.show_problem(str(exc))
            return
        errors = self.validate(values)
        if errors:
            self.show_field_errors(errors)
            return
        self.show_field_errors({})
        self._set_saving(True)
        task = self.ctx.run_write(self.write(values), label="Saving…")
        task.succeeded.connect(self._saved)
        task.failed.connect(lambda message, t=task: self._failed(t, message))

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.save_button.setEnabled(not saving)
        self.save_button.setText("Saving…" if saving else self.save_text)

    def _saved(self, change: Any) -> None:
        self._set_saving(False)
        self._draft_timer.stop()
        self._dirty = False
        if self.draft_key:
            self.ctx.drafts.discard(self.draft_key)
        self.saved.emit(change)
        self.accept()

    def _failed(self, task: Task, message: str) -> None:
        self._set_saving(False)
        self.show_field_errors(task_errors(task, message))

    def reject(self) -> None:
        self._draft_timer.stop()
        if self.draft_key and self._dirty and not self._saving:
            self.keep_draft()  # closing by mistake must not lose text
        super().reject()


# -- small widget helpers -------------------------------------------------------------
def combo(items: Mapping[str, str] | list[tuple[Any, str]], *, empty: str | None = None
          ) -> QComboBox:
    box = QComboBox()
    if empty is not None:
        box.addItem(empty, None)
    pairs = list(items.items()) if isinstance(items, Mapping) else list(items)
    for value, text in pairs:
        box.addItem(text, value)
    return box


def set_combo(box: QComboBox, value: Any) -> None:
    index = box.findData(value)
    box.setCurrentIndex(index if index >= 0 else 0)


def checks(items: Mapping[str, str], parent: QWidget | None = None
           ) -> tuple[QWidget, dict[str, QCheckBox]]:
    holder = QWidget(parent)
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    boxes = {}
    for value, text in items.items():
        box = QCheckBox(text, holder)
        box.setSizePolicy(box.sizePolicy().horizontalPolicy(), box.sizePolicy().verticalPolicy())
        layout.addWidget(box)
        boxes[value] = box
    return holder, boxes


__all__ = [
    "FormDialog", "QCheckBox", "QComboBox", "QDateEdit", "QLineEdit", "QPlainTextEdit",
    "QSpinBox", "QTimeEdit", "checks", "combo", "error_banner", "note_edit", "set_combo",
    "task_errors",
]
