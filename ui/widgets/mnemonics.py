"""Alt+letter mnemonics: each field label of a form gets a letter of its own.

Labels written with ``&`` keep their letter; :func:`assign_mnemonics` gives every other
field label with a buddy the first letter of its text that no label or button of the form
uses yet (a label with no free Latin letter, as in Hindi, gets one in brackets after its
text: "नाम (&N)"), so Alt+letter reaches every field and no letter means two things
(docs/keyboard.md; ``tests/ui/test_forms_mnemonics.py`` walks every form).
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget

_MARK = re.compile(r"&([^&\s])")


def mnemonic_of(text: str) -> str | None:
    """The letter after a single ``&`` (lower case), or None."""
    found = _MARK.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def mnemonic_texts(root: QWidget) -> list[tuple[QWidget, str]]:
    """Labels with a buddy, buttons and group boxes of ``root`` shown with it, with texts."""
    out: list[tuple[QWidget, str]] = []
    for label in root.findChildren(QLabel):
        if label.buddy() is not None and label.isVisibleTo(root):
            out.append((label, label.text()))
    for button in root.findChildren(QAbstractButton):
        if button.isVisibleTo(root):
            out.append((button, button.text()))
    for box in root.findChildren(QGroupBox):
        if box.isVisibleTo(root):
            out.append((box, box.title()))
    return out


def assign_mnemonics(root: QWidget) -> None:
    """Give each buddied label of ``root`` without a mnemonic a free letter of its text."""
    used = {m for _, text in mnemonic_texts(root) if (m := mnemonic_of(text))}
    for label in root.findChildren(QLabel):
        if label.buddy() is None or "&" in label.text():
            continue
        text = label.text()
        for i, char in enumerate(text):
            if char.isalpha() and char.isascii() and char.casefold() not in used:
                used.add(char.casefold())
                label.setText(f"{text[:i]}&{text[i:]}")
                break
        else:
            # No free Latin letter in the text (Hindi): a free one in brackets after it,
            # as Qt's translations do for scripts a keyboard has no letters of.
            free = next((c for c in "abcdefghijklmnopqrstuvwxyz" if c not in used), None)
            if free is not None:
                used.add(free)
                label.setText(f"{text.rstrip()} (&{free.upper()})")
