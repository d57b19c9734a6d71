"""The one base of peerdesk's record forms (session, advisee, member, reflection, escalation,
disclosure, supervision, agreement …).

* Keyboard (docs/keyboard.md): Enter in a single-line field, a choice or a tick box moves
  to the next field (``enter_moves_on``; with ``last_saves`` the last one saves);
  multi-line notes keep Enter for new lines (Tab moves on); Ctrl+Enter saves from
  anywhere; Esc closes, but asks first when text was typed (:meth:`confirm_discard`).
* Errors from the same pure validators the services use go beside their fields
  (:func:`show_errors`); errors with no field, or a failed save, go to the banner on top.
* Saving runs on the worker (``ctx.run_write``), never on the GUI thread; a service's
  ``ValidationError`` comes back as a result so each message lands beside its field.
* Drafts (``draft_key``): unsaved text is written a moment after typing stops and when the
  app locks (:meth:`stash`); brought back when the form opens again; discarded once saved.

Subclasses build their widgets with :meth:`add_field` and implement :meth:`values`,
:meth:`validate` and :meth:`write`. A short form calls :meth:`use_scrolling_body` and lets
``add_field`` stack its fields; a wide form lays its fields out itself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QBoxLayout,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from peerdesk.errors import ValidationError
from ui.drafts import DraftStore
from ui.language import QT_TRANSLATE_NOOP
from ui.page_context import PageContext
from ui.translated import fill
from ui.vault_drafts import fetch_draft
from ui.widgets.form_field import FormField, show_errors
from ui.widgets.message_banner import error_banner, set_banner_style
from ui.widgets.mnemonics import assign_mnemonics
from ui.widgets.picker import RecordPicker

DISCARD_TITLE = QT_TRANSLATE_NOOP("RecordForm", "Discard what you typed?")
RESTORED_NOTICE = QT_TRANSLATE_NOOP("RecordForm", "Restored the text you had not saved yet.")
#: Milliseconds after the last keystroke before a draft is written.
DRAFT_DELAY_MS = 1500


def call_catching_validation(fn: Callable[..., Any], *args: Any) -> Any:
    """Run a service write on the worker; a ``ValidationError`` comes back as the result.

    The worker only passes a message for failures; returning the error keeps its
    per-field messages so the form can put each one beside its field.
    """
    try:
        return fn(*args)
    except ValidationError as exc:
        return exc


class _EnterMovesOn(QObject):
    """Enter in a single-line input moves focus to the next field instead of closing; on
    the widget marked ``saves`` it saves the form."""

    def __init__(self, dialog: RecordForm) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self.saves: QWidget | None = None

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                    mods == Qt.KeyboardModifier.NoModifier:
                if isinstance(obj, QComboBox) and obj.view().isVisible():
                    return False
                if isinstance(obj, RecordPicker) and not obj.complete_unique() and obj.text():
                    return True  # stay: the typed code names no record (yet)
                if obj is self.saves:
                    self._dialog.save()
                elif isinstance(obj, QWidget):
                    self._dialog.focus_after(obj)
                return True
        return False


class RecordForm(QDialog):
    """Base of the record forms. Subclasses build ``self.fields`` and implement the hooks."""

    #: The write succeeded; carries the service's ``Change``.
    saved = Signal(object)

    #: Key in the draft store, or "" for a form without drafts.
    draft_key: str = ""
    #: English, marked for translation in the context "RecordForm" (or a subclass's name);
    #: translated where it is shown.
    save_text = QT_TRANSLATE_NOOP("RecordForm", "Save")
    #: What the status bar says while the write runs (translated like ``save_text``).
    saving_label = QT_TRANSLATE_NOOP("RecordForm", "Saving…")

    def __init__(self, ctx: PageContext, parent: QWidget | None = None, *, ws: Any = None,
                 title: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ws = ws
        self.fields: dict[str, FormField] = {}
        self.task: Any = None
        self.saving = False
        self.body_layout: QVBoxLayout | None = None
        if title:
            self.setWindowTitle(title)
        self.banner = error_banner(self)
        self._enter = _EnterMovesOn(self)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self.save)
        self._dirty = False
        self._mnemonics_given = False
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.keep_draft)

    def showEvent(self, event: QShowEvent) -> None:
        if not self._mnemonics_given:
            self._mnemonics_given = True
            assign_mnemonics(self)
        super().showEvent(event)

    @property
    def info(self) -> QLabel:
        """The message strip, when it carries a notice rather than a problem."""
        return self.banner

    # -- building helpers ----------------------------------------------------------------
    def use_scrolling_body(self) -> None:
        """Banner on top, the fields stacked in a scroll area, then the buttons."""
        body = QWidget()
        self.body_layout = QVBoxLayout(body)
        self.body_layout.setContentsMargins(0, 0, 8, 0)
        scroll = self.scrolling(body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(scroll, 1)
        layout.addLayout(self.make_buttons(self.save_text))
        self.fit_to_screen(110, 48)

    def scrolling(self, body: QWidget) -> QScrollArea:
        """``body`` in a frameless scroll area that only ever scrolls up and down."""
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        return scroll

    def fit_to_screen(self, chars: int, lines: int) -> None:
        """Open ``chars`` average characters wide and ``lines`` lines tall, but never more
        than 92 % of the screen the form opens on (1280×800 at 150 % is 853×533)."""
        screen = (self.parentWidget() or self).screen().availableGeometry()
        em = self.fontMetrics().averageCharWidth()
        line = self.fontMetrics().height()
        self.resize(min(em * chars, int(screen.width() * 0.92)),
                    min(line * lines, int(screen.height() * 0.92)))

    def add_field(self, name: str, label: str, widget: QWidget, *, hint: str = "",
                  below: QWidget | None = None) -> FormField:
        field = FormField(label, widget, hint=hint, below=below, parent=self)
        self.fields[name] = field
        self.watch(widget)
        if self.body_layout is not None:
            note = isinstance(widget, QPlainTextEdit)
            if note:
                self.widen(field)  # a note gets the whole width and grows with the form
            self.body_layout.addWidget(field, 1 if note else 0)
            if isinstance(widget, (QLineEdit, QComboBox, QAbstractSpinBox)):
                self.enter_moves_on([widget])
        return field

    def end_fields(self) -> None:
        """After the last field: keep the fields at the top of the scrolling body."""
        if self.body_layout is not None:
            self.body_layout.addStretch(1)

    def add_widget(self, widget: QWidget) -> None:
        if self.body_layout is not None:
            self.body_layout.addWidget(widget)

    def watch(self, widget: QWidget) -> None:
        """Count edits in ``widget`` as unsaved text (for drafts)."""
        for signal_name in ("textChanged", "currentIndexChanged", "toggled", "dateChanged",
                            "valueChanged", "timeChanged", "changed"):
            signal = getattr(widget, signal_name, None)
            if signal is not None and hasattr(signal, "connect"):
                signal.connect(self._edited)
                return

    def _edited(self, *_: Any) -> None:
        self._dirty = True
        if self.draft_key and not self.saving:
            self._draft_timer.start()

    @staticmethod
    def widen(field: FormField) -> None:
        """Give a note field the whole width: its hint or error goes under it."""
        field.put_message_below()

    def field_columns(self, left: Iterable[str | tuple[str, int]],
                      right: Iterable[str | tuple[str, int]], *,
                      stretch: tuple[int, int] = (2, 3),
                      parent: QWidget | None = None) -> QBoxLayout:
        """Two columns of fields side by side; ``(name, n)`` lets a field grow (stretch
        ``n``). A column where nothing grows keeps its fields at the top."""
        columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, parent)
        for index, names in enumerate((left, right)):
            column = QVBoxLayout()
            grows = False
            for item in names:
                name, grow = (item, 0) if isinstance(item, str) else item
                column.addWidget(self.fields[name], grow)
                grows = grows or grow > 0
            if not grows:
                column.addStretch(1)
            if index:
                columns.addSpacing(self.fontMetrics().averageCharWidth() * 3)
            columns.addLayout(column, stretch[index])
        return columns

    def enter_moves_on(self, widgets: Iterable[QWidget], *, last_saves: bool = False) -> None:
        """Enter in each of ``widgets`` moves to the next field; with ``last_saves``, Enter in
        the last of them saves the form."""
        widget: QWidget | None = None
        for widget in widgets:
            widget.installEventFilter(self._enter)
            if isinstance(widget, RecordPicker):
                widget.entered.connect(self._picked_with_enter)
            if isinstance(widget, QAbstractSpinBox):
                line = widget.findChild(QLineEdit)
                if line is not None:
                    line.installEventFilter(self._enter)
        if last_saves and widget is not None:
            self._enter.saves = widget

    def _picked_with_enter(self) -> None:
        picker = self.sender()
        if isinstance(picker, QWidget) and picker.hasFocus():
            self.focus_after(picker)

    def focus_after(self, widget: QWidget) -> None:
        """Move the keyboard to the next field after ``widget`` in the tab order (skipping
        its own parts, e.g. a spin box's line, and whatever is hidden or disabled)."""
        parent = widget.parentWidget()
        # Enter in a spin box's or date's own line counts as Enter in the spin box.
        field = parent if isinstance(parent, QAbstractSpinBox) else widget
        candidate: QWidget | None = field.nextInFocusChain()
        while candidate is not None and candidate is not field and candidate is not self:
            if (candidate.window() is self and not field.isAncestorOf(candidate)
                    and candidate.isVisible() and candidate.isEnabled()
                    and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus
                    and candidate.focusProxy() is None):
                candidate.setFocus(Qt.FocusReason.TabFocusReason)
                return
            candidate = candidate.nextInFocusChain()
        self.focusNextChild()

    def make_buttons(self, save_text: str = "") -> QHBoxLayout:
        self.save_text = self.tr(save_text or self.save_text)
        self.save_button = QPushButton(self.save_text, self)
        self.save_button.setObjectName("primaryButton")
        self.save_button.setToolTip(self.tr("Save (Ctrl+Enter)"))
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setToolTip(self.tr("Close without saving (Esc)"))
        self.cancel_button.clicked.connect(self.reject)
        for button in (self.save_button, self.cancel_button):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.shortcut_hint = QLabel(self.tr("Enter: next field · Ctrl+Enter: save · Esc: cancel"),
                                    self)
        self.shortcut_hint.setObjectName("mutedText")
        row = QHBoxLayout()
        row.addWidget(self.shortcut_hint)
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.save_button)
        return row

    # -- messages --------------------------------------------------------------------------
    def show_problem(self, text: str) -> None:
        set_banner_style(self.banner, "errorBanner")
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def show_notice(self, text: str) -> None:
        set_banner_style(self.banner, "emptyBanner")
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def apply_errors(self, errors: Mapping[str, str]) -> bool:
        """Show errors inline (leftovers in the banner). True when there were none."""
        leftover = show_errors(self.fields, errors)
        if errors:
            extra = " ".join(leftover.values())
            count = len(errors)
            problem = (self.tr("One field needs attention before saving.") if count == 1
                       else fill(self.tr("%1 fields need attention before saving."), count))
            self.show_problem(f"{problem} {extra}" if extra else problem)
            for name, field in self.fields.items():
                if name in errors:
                    field.input.setFocus(Qt.FocusReason.OtherFocusReason)
                    break
            return False
        self.show_problem("")
        return True

    # -- saving ----------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """The typed values, keyed like the validator's fields."""
        raise NotImplementedError

    def validate(self, values: dict[str, Any]) -> dict[str, str]:
        return {}

    def write(self, values: dict[str, Any]) -> Callable[[], Any]:
        """A call that saves ``values`` and returns the service's Change (run on the worker)."""
        raise NotImplementedError

    def save(self) -> None:
        """Validate, then write on the worker."""
        if self.saving:
            return
        try:
            values = self.values()
        except ValueError as exc:
            self.show_problem(str(exc))
            return
        if not self.apply_errors(self.validate(values)):
            return
        self.set_saving(True)
        self.task = self.ctx.run_write(call_catching_validation, self.write(values),
                                       label=self.tr(self.saving_label))
        self.task.then(self._after_write, self._write_failed)

    def submit(self) -> None:
        """The Save button's action (same as :meth:`save`)."""
        self.save()

    def set_saving(self, saving: bool) -> None:
        self.saving = saving
        if hasattr(self, "save_button"):
            self.save_button.setEnabled(not saving)
            self.save_button.setText(self.tr("Saving…") if saving else self.save_text)

    def _after_write(self, result: Any) -> None:
        self.set_saving(False)
        if isinstance(result, ValidationError):
            self.apply_errors(result.errors)
            return
        self._draft_timer.stop()
        self._dirty = False
        if self.draft_key:
            self.ctx.drafts.discard(self.draft_key)
        self.saved.emit(result)
        self.after_saved(result)

    def after_saved(self, change: Any) -> None:
        self.accept()

    def _write_failed(self, message: str) -> None:
        self.set_saving(False)
        self.show_problem(fill(self.tr("Not saved. %1"), message))

    # -- drafts and discarding ---------------------------------------------------------------
    def has_typed_text(self) -> bool:
        """True when closing would lose something typed. Default: any edit since opening."""
        return self._dirty

    def draft_values(self) -> dict[str, Any]:
        """Plain values (str/int/bool/None/lists) of what the person typed."""
        return {}

    def restore_draft(self, draft: Mapping[str, Any]) -> None:
        """Fill the form from a draft."""

    def load_draft_if_any(self, then: Callable[[bool], None] | None = None) -> None:
        """Bring back this form's draft (without blocking) unless something was typed since.

        ``then(restored)`` is called once the draft store has answered.
        """
        if not self.draft_key:
            if then is not None:
                then(False)
            return

        def arrived(draft: Mapping[str, Any] | None) -> None:
            restored = bool(draft) and not self.has_typed_text()
            if restored and draft:
                self.restore_draft(draft)
                self._dirty = False
                self._draft_timer.stop()
                self.show_notice(self.tr(RESTORED_NOTICE))
            if then is not None:
                then(restored)

        fetch_draft(self.ctx.drafts, self.draft_key, arrived)

    def keep_draft(self, drafts: DraftStore | None = None) -> None:
        if self.draft_key and not self.saving and self.has_typed_text():
            (drafts or self.ctx.drafts).save_draft(self.draft_key, self.draft_values())

    def stash(self, drafts: DraftStore | None = None) -> None:
        """Before a lock: keep the draft now (the page then calls :meth:`close_for_lock`)."""
        self._draft_timer.stop()
        self.keep_draft(drafts)

    def confirm_discard(self) -> bool:
        """Ask before throwing typed text away. Tests replace this."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr(DISCARD_TITLE))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.tr("You have typed text that is not saved. Discard it?"))
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is discard

    def reject(self) -> None:
        if self.saving:
            return
        if self.has_typed_text() and not self.confirm_discard():
            return
        self._draft_timer.stop()
        if self.draft_key:
            self.ctx.drafts.discard(self.draft_key)
        super().reject()

    def close_for_lock(self) -> None:
        """Close without asking (the page stashed the draft first)."""
        self._draft_timer.stop()
        if self.task is not None:
            self.task.cancel()
        self.blockSignals(True)
        QDialog.reject(self)
        self.deleteLater()
