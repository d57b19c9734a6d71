"""Small input builders the record forms share: choice boxes, tick lists, note fields."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QPlainTextEdit, QVBoxLayout, QWidget


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
        layout.addWidget(box)
        boxes[value] = box
    return holder, boxes


def note_edit(placeholder: str = "", lines: int = 4, *, accessible: str = "",
              parent: QWidget | None = None) -> QPlainTextEdit:
    """A multi-line note where Tab moves on (it never types a tab character)."""
    edit = QPlainTextEdit(parent)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    if accessible:
        edit.setAccessibleName(accessible)
    edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    return edit
