"""What a screen shows, taken from one widget tree and put back into a new one built the
same way: the one mechanism that keeps a page's state when it is rebuilt (a change of
language, docs/translation.md).

It is generic, so a page or form gets it without code of its own: every input under the
root (line edits, text boxes, combo boxes, check and radio buttons, spin boxes, date
fields), the current tab or stacked page, the scroll positions, the selected record of a
record table (by its id, ``model.id_at``) and which widget had the focus. Widgets are
found again by their place in the tree (type, object name and position among the
siblings of that type and name), which a rebuild of the same class reproduces.

Some of it can only be put back once the page has loaded its data (a combo box filled from
the vault, a table's rows): :func:`restore` returns what it could not place yet, and
:func:`restore` is called again with that when the worker is idle.

The state lives in memory for the moment of the rebuild only; it is never written.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QStackedWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
)

State = dict[str, tuple[str, Any]]


def _walk(root: QWidget, prefix: str = "") -> list[tuple[str, QWidget]]:
    found: list[tuple[str, QWidget]] = []
    seen: dict[tuple[str, str], int] = {}
    for child in root.children():
        if not isinstance(child, QWidget) or child.isWindow():
            continue  # another window (a dialog) is not part of this screen
        kind = type(child).__name__
        name = child.objectName()
        if name.startswith("qt_"):
            name = ""
        # Siblings of one type and name (style names such as "errorBanner" repeat) are
        # told apart by their order.
        number = seen[kind, name] = seen.get((kind, name), -1) + 1
        path = f"{prefix}/{kind}:{name}#{number}"
        found.append((path, child))
        if isinstance(child, QAbstractSpinBox | QComboBox):
            continue  # their inner line edit is theirs
        found.extend(_walk(child, path))
    return found


def _value(widget: QWidget) -> tuple[str, Any] | None:
    if isinstance(widget, QLineEdit):
        return ("text", (widget.text(), widget.cursorPosition()))
    if isinstance(widget, QPlainTextEdit):
        return ("plain", (widget.toPlainText(), widget.textCursor().position()))
    if isinstance(widget, QTextEdit):
        return ("plain", (widget.toPlainText(), widget.textCursor().position()))
    if isinstance(widget, QComboBox):
        return ("combo", (widget.currentIndex(), widget.currentData(), widget.currentText(),
                          widget.isEditable() and widget.currentText()))
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        return ("checked", widget.isChecked())
    if isinstance(widget, QDateTimeEdit):
        return ("datetime", widget.dateTime())
    if isinstance(widget, QSpinBox | QDoubleSpinBox):
        return ("number", widget.value())
    if isinstance(widget, QTabWidget | QStackedWidget):
        return ("index", widget.currentIndex())
    return None


def capture(root: QWidget) -> State:
    """The state of every input, view and scroll position under ``root``."""
    state: State = {}
    focus = QApplication.focusWidget()
    for path, widget in _walk(root):
        value = _value(widget)
        if value is not None:
            state[path] = value
        if isinstance(widget, QAbstractItemView):
            model = widget.model()
            index = widget.currentIndex()
            id_at = getattr(model, "id_at", None)
            if index.isValid() and callable(id_at):
                state[path + "@selected"] = ("selected", id_at(index.row()))
        if isinstance(widget, QAbstractScrollArea):
            state[path + "@scroll"] = ("scroll", (widget.horizontalScrollBar().value(),
                                                  widget.verticalScrollBar().value()))
        if widget is focus:
            state["@focus"] = ("focus", path)
    return state


def _put(widget: QWidget, kind: str, value: Any) -> bool:
    """Put one value back; False when the widget cannot take it yet (no data loaded)."""
    if kind == "text" and isinstance(widget, QLineEdit):
        widget.setText(value[0])
        widget.setCursorPosition(value[1])
    elif kind == "plain" and isinstance(widget, QPlainTextEdit | QTextEdit):
        if widget.toPlainText() != value[0]:
            widget.setPlainText(value[0])
        cursor = widget.textCursor()
        cursor.setPosition(min(value[1], len(value[0])))
        widget.setTextCursor(cursor)
    elif kind == "combo" and isinstance(widget, QComboBox):
        return _put_combo(widget, value)
    elif kind == "checked" and isinstance(widget, QAbstractButton):
        widget.setChecked(bool(value))
    elif kind == "datetime" and isinstance(widget, QDateTimeEdit):
        if isinstance(value, QDateTime | QDate | QTime):
            widget.setDateTime(value)  # type: ignore[arg-type]
    elif kind == "number" and isinstance(widget, QSpinBox | QDoubleSpinBox):
        widget.setValue(value)
    elif kind == "index" and isinstance(widget, QTabWidget | QStackedWidget):
        if value >= widget.count():
            return False
        widget.setCurrentIndex(value)
    elif kind == "selected" and isinstance(widget, QAbstractItemView):
        return _put_selection(widget, value)
    elif kind == "scroll" and isinstance(widget, QAbstractScrollArea):
        h, v = value
        if widget.verticalScrollBar().maximum() < v or widget.horizontalScrollBar().maximum() < h:
            return False
        widget.horizontalScrollBar().setValue(h)
        widget.verticalScrollBar().setValue(v)
    return True


def _put_combo(combo: QComboBox, value: tuple[int, Any, str, Any]) -> bool:
    index, data, _text, edited = value
    if edited:
        combo.setCurrentText(edited)
        return True
    if data is not None:
        found = combo.findData(data)
        if found < 0:
            return False
        combo.setCurrentIndex(found)
        return True
    if index >= combo.count():
        return False
    combo.setCurrentIndex(index)
    return True


def _put_selection(view: QAbstractItemView, record_id: Any) -> bool:
    model = view.model()
    id_at = getattr(model, "id_at", None)
    if model is None or not callable(id_at):
        return False
    for row in range(model.rowCount()):
        if id_at(row) == record_id:
            view.setCurrentIndex(model.index(row, 0))
            return True
    return False


def restore(root: QWidget, state: State) -> State:
    """Put ``state`` back under ``root``; returns what could not be placed yet (call again
    with it once the data has loaded). Paths that no longer exist are dropped."""
    widgets = dict(_walk(root))
    left: State = {}
    focus = state.get("@focus")
    for path, (kind, value) in state.items():
        if path == "@focus":
            continue
        widget = widgets.get(path.split("@", 1)[0])
        if widget is None:
            continue
        if not _put(widget, kind, value):
            left[path] = (kind, value)
    if focus is not None:
        target = widgets.get(str(focus[1]))
        if target is not None and target.isVisible():
            target.setFocus()
        elif target is not None:
            left["@focus"] = focus
    return left
