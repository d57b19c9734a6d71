"""A labelled input with its error shown inline, right beside the input.

Forms build their fields from these, fill them from a data object, read them back, validate
with the same pure validators the services use, and show a service's
``ValidationError.errors`` with :func:`show_errors`.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QDialog, QGridLayout, QLabel, QSizePolicy, QWidget

from ui.widgets.plain_text import force_plain


def grow_to_fit(widget: QWidget) -> None:
    """Make the dialog holding ``widget`` tall enough for wrapped text (never shrink it).

    Qt sizes a top-level window from its size hint, which ignores how many lines a
    word-wrapped label needs at the window's width; at 150 % scaling that squashes fields.
    """
    window = widget.window()
    layout = window.layout()
    if not isinstance(window, QDialog) or layout is None or window.isMaximized():
        return
    layout.activate()
    width = window.width()
    needed = (
        layout.totalHeightForWidth(width)
        if layout.hasHeightForWidth()
        else layout.totalSizeHint().height()
    )
    if needed > window.height():
        window.resize(width, needed)


def focus_target(widget: QWidget) -> QWidget | None:
    """Where the keyboard goes for ``widget``: itself (or its focus proxy), or, for a group of
    inputs that takes no focus itself, its first input that does."""
    # The Qt namespace loads on first use, after the unlock window has painted
    # (docs/architecture.md, "Start").
    from PySide6.QtCore import Qt

    if widget.focusPolicy() != Qt.FocusPolicy.NoFocus or widget.focusProxy() is not None:
        return widget
    candidate: QWidget | None = widget.nextInFocusChain()
    while candidate is not None and candidate is not widget and widget.isAncestorOf(candidate):
        if (candidate.isEnabled() and candidate.isVisibleTo(widget)
                and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus):
            return candidate
        candidate = candidate.nextInFocusChain()
    return None


class FieldLabel(QLabel):
    """A field's label: its Alt+letter moves the keyboard to the field and does nothing else
    (Qt's own would also click a tick box, and skips a group of inputs)."""

    def event(self, event: QEvent) -> bool:
        buddy = self.buddy()
        if event.type() == QEvent.Type.Shortcut and buddy is not None:
            from PySide6.QtCore import Qt

            target = focus_target(buddy)
            if target is not None and target.isEnabled():
                target.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return True
        return super().event(event)


def _repolish(widget: QWidget) -> None:
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


class FormField(QWidget):
    """``label`` above ``input``; the error (or a hint) beside the input.

    ``below`` (optional) sits under the input, as wide as it: e.g. a strength meter.

    The input's accessible name is the label text and its accessible description is the
    current error, so screen readers announce both. The input gets the dynamic property
    ``invalid`` while an error shows (the style sheet draws its border in the error colour).
    """

    def __init__(
        self,
        label: str,
        input_widget: QWidget,
        *,
        hint: str = "",
        below: QWidget | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.input = input_widget
        self._hint = hint
        self.label = force_plain(FieldLabel(label, self))
        self.label.setBuddy(input_widget)
        self.label.setObjectName("fieldLabel")
        self.message = force_plain(QLabel(hint, self))
        self.message.setWordWrap(True)
        self.message.setObjectName("fieldHint")
        self.message.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.message.setMinimumWidth(self.message.fontMetrics().averageCharWidth() * 18)
        input_widget.setParent(self)
        input_widget.setAccessibleName(label.replace("&", ""))

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(self.fontMetrics().averageCharWidth() * 2)
        grid.addWidget(self.label, 0, 0, 1, 2)
        grid.addWidget(input_widget, 1, 0)
        grid.addWidget(self.message, 1, 1)  # fills the cell; a label centres its text
        self.below = below
        if below is not None:
            below.setParent(self)
            grid.addWidget(below, 2, 0)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        self._error = ""
        #: The message sits under the input (a wide note); it then hides while empty.
        self.message_below = False

    def put_message_below(self) -> None:
        """Give the input the whole width; the hint or error goes under it."""
        grid = self.layout()
        if isinstance(grid, QGridLayout):
            grid.removeWidget(self.message)
            grid.addWidget(self.message, 3, 0, 1, 2)
            grid.setColumnStretch(0, 1)
            grid.setColumnStretch(1, 0)
        self.message.setMinimumWidth(0)
        self.message_below = True
        self._show_message()

    def _show_message(self) -> None:
        if self.message_below:
            self.message.setVisible(bool(self.message.text()))

    @property
    def error(self) -> str:
        return self._error

    def set_error(self, message: str | None) -> None:
        """Show ``message`` beside the input, or go back to the hint when it is empty. A
        message of the core is shown in the interface's language when its catalog has it."""
        from ui.language import message as in_language

        self._error = in_language(message) if message else ""
        self.message.setText(self._error or self._hint)
        self._show_message()
        self.message.setObjectName("fieldError" if self._error else "fieldHint")
        self.input.setProperty("invalid", bool(self._error))
        self.input.setAccessibleDescription(self._error)
        _repolish(self.message)
        _repolish(self.input)
        if self.isVisible():
            QTimer.singleShot(0, self, self._grow)

    def _grow(self) -> None:
        grow_to_fit(self)

    def set_hint(self, hint: str) -> None:
        self._hint = hint
        if not self._error:
            self.message.setText(hint)
            self._show_message()

    def clear_error(self) -> None:
        self.set_error(None)


def show_errors(fields: Mapping[str, FormField], errors: Mapping[str, str]) -> dict[str, str]:
    """Put each error beside its field, clear the others; return errors with no field
    (in the interface's language when the core's catalog has them)."""
    from ui.language import message

    for name, field in fields.items():
        field.set_error(errors.get(name))
    return {name: message(msg) for name, msg in errors.items() if name not in fields}
