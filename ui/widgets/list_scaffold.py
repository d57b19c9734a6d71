"""The scaffolding every list page and list dialog shares (the one place for it).

A heading (alone or in a title row with a count and the main button), a subtitle, a
debounced search box, the record table (whole-row selection, no editing, open on Enter or
double-click; lazy models painted by the fast cell delegate), an empty-state sentence in
its place when there is nothing to show, a message line and a row of buttons.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
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
    count = plain_label("", page, wrap=False)
    count.setObjectName("pageSubtitle")
    row = QHBoxLayout()
    row.addWidget(heading(title, page))
    row.addSpacing(page.fontMetrics().averageCharWidth() * 2)
    row.addWidget(count, 1, Qt.AlignmentFlag.AlignBottom)
    if button is not None:
        row.addWidget(button)
    return row, count


def heading(title: str, parent: QWidget) -> QLabel:
    label = plain_label(title, parent, wrap=False)
    label.setObjectName("pageTitle")
    return label


def subtitle(text: str, parent: QWidget) -> QLabel:
    label = plain_label(text, parent)
    label.setObjectName("pageSubtitle")
    return label


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


def record_table(parent: QWidget | None, model: QAbstractItemModel | None, name: str,
                 on_open: Callable[[Any], Any] | None = None, *,
                 stretch_last: bool = False) -> QTableView:
    """A read-only, one-row-at-a-time table; Enter or double-click opens ``id_at(row)``.

    ``model`` may be set later (``setModel``). A lazy model's cells are painted from its
    cached texts (:mod:`ui.widgets.lazy_cell_delegate`)."""
    table = QTableView(parent)
    if model is not None:
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
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(stretch_last)
    if on_open is not None and model is not None:
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


def message_line(parent: QWidget) -> QLabel:
    """A hidden line for a problem (or, through :func:`show_message`, a notice)."""
    label = plain_label("", parent)
    label.setObjectName("errorBanner")
    label.hide()
    return label


def show_message(label: QLabel, text: str, *, error: bool = True) -> None:
    label.setObjectName("errorBanner" if error else "emptyBanner")
    label.style().unpolish(label)
    label.style().polish(label)
    label.setText(text)
    label.setVisible(bool(text))


def button_row(*widgets: QWidget, stretch_first: bool = False) -> QHBoxLayout:
    row = QHBoxLayout()
    if stretch_first:
        row.addStretch(1)
    for w in widgets:
        row.addWidget(w)
    if not stretch_first:
        row.addStretch(1)
    return row


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
