"""The scaffolding every record list page shares.

A title row (heading, a count, the main button), a debounced search box, the lazy table
view (whole-row selection, no editing, open on Enter or double-click), an empty-state
sentence in its place when there is nothing to show, and an error line.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QWidget,
)

from ui.models.lazy_table import LazyTableModel
from ui.widgets import lazy_cell_delegate
from ui.widgets.plain_text import plain_label


def title_row(page: QWidget, title: str, button: QPushButton | None = None
              ) -> tuple[QHBoxLayout, QLabel]:
    """``Title   12 advisees            [New …]``; returns the row and the count label."""
    heading = plain_label(title, page, wrap=False)
    heading.setObjectName("pageTitle")
    count = plain_label("", page, wrap=False)
    count.setObjectName("pageSubtitle")
    row = QHBoxLayout()
    row.addWidget(heading)
    row.addSpacing(page.fontMetrics().averageCharWidth() * 2)
    row.addWidget(count, 1, Qt.AlignmentFlag.AlignBottom)
    if button is not None:
        row.addWidget(button)
    return row, count


def primary_button(text: str, tip: str, parent: QWidget, on_click: Callable[[], Any]
                   ) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName("primaryButton")
    button.setToolTip(tip)
    button.clicked.connect(lambda: on_click())
    return button


def search_box(page: QWidget, placeholder: str, accessible: str, on_search: Callable[[], Any],
               delay_ms: int = 300) -> tuple[QLineEdit, QTimer]:
    """A search field that reloads a moment after typing stops, or at once on Enter."""
    edit = QLineEdit(page)
    edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(True)
    edit.setAccessibleName(accessible)
    timer = QTimer(page)
    timer.setSingleShot(True)
    timer.setInterval(delay_ms)
    timer.timeout.connect(on_search)
    edit.textChanged.connect(lambda _: timer.start())
    edit.returnPressed.connect(on_search)
    return edit, timer


def record_table(parent: QWidget | None, model: QAbstractItemModel, name: str,
                 on_open: Callable[[Any], Any] | None = None) -> QTableView:
    """A read-only, one-row-at-a-time table; Enter or double-click opens ``id_at(row)``.

    A lazy model's cells are painted from its cached texts
    (:mod:`ui.widgets.lazy_cell_delegate`)."""
    table = QTableView(parent)
    table.setModel(model)
    if isinstance(model, LazyTableModel):
        lazy_cell_delegate.install(table, model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.horizontalHeader().setHighlightSections(False)
    if on_open is not None:
        table.activated.connect(lambda index: on_open(model.id_at(index.row())))  # type: ignore[attr-defined]
    return table


def size_columns(table: QTableView, widths: dict[int, int]) -> None:
    """Column widths in average characters."""
    em = table.fontMetrics().averageCharWidth()
    header = table.horizontalHeader()
    for col, chars in widths.items():
        header.resizeSection(col, em * chars)


def empty_state(parent: QWidget, text: str = "") -> QLabel:
    label = plain_label(text, parent)
    label.setObjectName("emptyState")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


def error_line(parent: QWidget) -> QLabel:
    label = plain_label("", parent)
    label.setObjectName("errorBanner")
    label.hide()
    return label


def table_or_empty(parent: QWidget, table: QTableView, empty: QLabel) -> QStackedWidget:
    """The table, or the empty-state sentence in its place (``setCurrentWidget``)."""
    body = QStackedWidget(parent)
    body.addWidget(table)
    body.addWidget(empty)
    return body


def forget_form(page: Any, attr: str, form: QDialog) -> None:
    """A page's form closed: drop the page's reference and delete it."""
    if getattr(page, attr) is form:
        setattr(page, attr, None)
    form.deleteLater()
