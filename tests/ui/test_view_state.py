"""ui/view_state.py: what one widget tree shows goes into a second tree built the same way
(the language switch rebuilds pages with it)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui import view_state


class _Ids(QAbstractTableModel):
    def __init__(self, ids: list[str]) -> None:
        super().__init__()
        self.ids = ids

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return len(self.ids)

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: Any, role: int = 0) -> Any:
        return self.ids[index.row()] if role == 0 else None

    def id_at(self, row: int) -> str:
        return self.ids[row]


def _screen(qtbot: Any, *, loaded: bool = True) -> QWidget:
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    for name in ("search", "search"):  # two siblings with one name
        edit = QLineEdit(root)
        edit.setObjectName(name)
        layout.addWidget(edit)
    layout.addWidget(QPlainTextEdit(root))
    combo = QComboBox(root)
    if loaded:  # filled from the vault: empty until the data arrives
        for code in ("a", "b", "c"):
            combo.addItem(code.upper(), code)
    layout.addWidget(combo)
    layout.addWidget(QCheckBox("x", root))
    layout.addWidget(QSpinBox(root))
    layout.addWidget(QDateEdit(root))
    tabs = QTabWidget(root)
    tabs.addTab(QWidget(), "one")
    tabs.addTab(QWidget(), "two")
    layout.addWidget(tabs)
    table = QTableView(root)
    table.setModel(_Ids([f"id-{n}" for n in range(5)] if loaded else []))
    layout.addWidget(table)
    return root


def test_a_rebuilt_screen_shows_what_the_old_one_did(qtbot) -> None:
    old = _screen(qtbot)
    first, second = old.findChildren(QLineEdit, "search")
    first.setText("anxiety")
    second.setText("exams")
    old.findChild(QPlainTextEdit).setPlainText("half a note")
    old.findChild(QComboBox).setCurrentIndex(2)
    old.findChild(QCheckBox).setChecked(True)
    old.findChild(QSpinBox).setValue(7)
    old.findChild(QDateEdit).setDate(QDate(2026, 3, 31))
    old.findChild(QTabWidget).setCurrentIndex(1)
    table = old.findChild(QTableView)
    table.setCurrentIndex(table.model().index(3, 0))

    state = view_state.capture(old)
    new = _screen(qtbot, loaded=False)
    left = view_state.restore(new, state)
    # Typed and chosen things are back at once; what needs the data waits for it.
    first, second = new.findChildren(QLineEdit, "search")
    assert (first.text(), second.text()) == ("anxiety", "exams")
    assert new.findChild(QPlainTextEdit).toPlainText() == "half a note"
    assert new.findChild(QCheckBox).isChecked()
    assert new.findChild(QSpinBox).value() == 7
    assert new.findChild(QDateEdit).date() == QDate(2026, 3, 31)
    assert new.findChild(QTabWidget).currentIndex() == 1
    assert {kind for kind, _ in left.values()} >= {"combo", "selected"}

    for code in ("a", "b", "c"):
        new.findChild(QComboBox).addItem(code.upper(), code)
    new.findChild(QTableView).setModel(_Ids([f"id-{n}" for n in range(5)]))
    assert not {k for k, (kind, _) in view_state.restore(new, state).items()
                if kind in ("combo", "selected")}
    assert new.findChild(QComboBox).currentData() == "c"
    assert new.findChild(QTableView).currentIndex().row() == 3
