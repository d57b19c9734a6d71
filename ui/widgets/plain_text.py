"""Showing user text safely: always as plain text, never as rich text or HTML.

Qt guesses rich text from a leading ``<`` unless told otherwise, which would let a note
like ``<img src=file:///…>`` load files or change the layout. Use these helpers for any text
that came from a person.

The unlock window is built from these helpers before its first paint, so they set Qt's
flags through the property system with plain ints instead of ``Qt.TextFormat.…``: the
first use of the ``Qt`` namespace builds all of its Python enums (about 25 ms, a sixth of
the whole start). ``tests/ui/test_widgets.py`` checks the ints against the enums.
"""

from __future__ import annotations

from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QFrame, QLabel, QPlainTextEdit, QWidget

PLAIN_TEXT = 0  #: ``Qt.TextFormat.PlainText``
SELECTABLE_BY_MOUSE = 1  #: ``Qt.TextInteractionFlag.TextSelectableByMouse``
SELECTABLE_BY_KEYBOARD = 2  #: ``Qt.TextInteractionFlag.TextSelectableByKeyboard``


def force_plain(label: QLabel) -> QLabel:
    """Make ``label`` show its text as plain text (never rich text); returns it."""
    label.setProperty("textFormat", PLAIN_TEXT)
    return label


def plain_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = True) -> QLabel:
    """A ``QLabel`` that shows ``text`` as plain text and lets a person select it."""
    label = force_plain(QLabel(parent))
    label.setProperty("textInteractionFlags", SELECTABLE_BY_MOUSE)
    label.setOpenExternalLinks(False)
    label.setWordWrap(wrap)
    label.setText(text)
    return label


def set_plain(label: QLabel, text: str) -> None:
    """Set user text on an existing label, forcing plain text first."""
    force_plain(label).setText(text)


class NoteView(QPlainTextEdit):
    """A read-only view of a note: plain text, wrapped, selectable, keyboard-reachable."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setProperty("textInteractionFlags",
                         SELECTABLE_BY_MOUSE | SELECTABLE_BY_KEYBOARD)
        self.setObjectName("noteView")
        self.set_note(text)

    def set_note(self, text: str) -> None:
        self.setPlainText(text)

    def note(self) -> str:
        return self.toPlainText()
