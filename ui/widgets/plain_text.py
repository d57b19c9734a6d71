"""Showing user text safely: always as plain text, never as rich text or HTML.

Qt guesses rich text from a leading ``<`` unless told otherwise, which would let a note
like ``<img src=file:///…>`` load files or change the layout. Use these helpers for any text
that came from a person.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QFrame, QLabel, QPlainTextEdit, QWidget


def plain_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = True) -> QLabel:
    """A ``QLabel`` that shows ``text`` as plain text and lets a person select it."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setOpenExternalLinks(False)
    label.setWordWrap(wrap)
    label.setText(text)
    return label


def set_plain(label: QLabel, text: str) -> None:
    """Set user text on an existing label, forcing plain text first."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)


class NoteView(QPlainTextEdit):
    """A read-only view of a note: plain text, wrapped, selectable, keyboard-reachable."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setObjectName("noteView")
        self.set_note(text)

    def set_note(self, text: str) -> None:
        self.setPlainText(text)

    def note(self) -> str:
        return self.toPlainText()
