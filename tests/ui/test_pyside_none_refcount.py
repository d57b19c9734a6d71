"""docs/performance.md: PySide6 6.12.0 on Python 3.11 drops a reference to None on many common calls
and the interpreter aborts (``none_dealloc``) after a few thousand. Keep PySide6 < 6.12 on
3.11 and keep checking that these calls leave None's reference count alone."""

from __future__ import annotations

import gc
import sys

import pytest
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QListWidget, QTableWidget, QTableWidgetItem

CALLS = 3_000
#: A few references may come and go for unrelated reasons; a leak would be ~CALLS.
MARGIN = 50


def _none_refs() -> int:
    gc.collect()
    return sys.getrefcount(None)


def _check(fill) -> None:
    before = _none_refs()
    fill()
    after = _none_refs()
    assert after >= before - MARGIN, f"None lost {before - after} references"


def test_combobox_additem(qapp):
    box = QComboBox()
    _check(lambda: [box.addItem(f"item {i}") for i in range(CALLS)])


def test_tablewidget_setitem(qapp):
    table = QTableWidget(CALLS, 1)
    _check(lambda: [table.setItem(i, 0, QTableWidgetItem(str(i))) for i in range(CALLS)])


def test_listwidget_additem(qapp):
    widget = QListWidget()
    _check(lambda: [widget.addItem(f"row {i}") for i in range(CALLS)])


def test_standarditemmodel_appendrow(qapp):
    model = QStandardItemModel()
    _check(lambda: [model.appendRow(QStandardItem(f"row {i}")) for i in range(CALLS)])


@pytest.mark.skipif(sys.version_info[:2] != (3, 11), reason="the bug is on Python 3.11")
def test_pyside6_is_pinned_below_6_12():
    import PySide6

    major, minor = (int(part) for part in PySide6.__version__.split(".")[:2])
    assert (major, minor) < (6, 12), (
        f"PySide6 {PySide6.__version__} on Python 3.11 leaks references to None; "
        "keep PySide6 below 6.12 (docs/performance.md)"
    )
