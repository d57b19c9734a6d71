"""The fast cell delegate paints exactly what Qt's own delegate paints, without asking the
model for every role of every cell."""

from __future__ import annotations

import gc
from dataclasses import dataclass

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QImage
from PySide6.QtWidgets import QStyledItemDelegate, QTableView

from ui.models.lazy_table import (
    DISPLAY_ROLE,
    FONT_ROLE,
    FOREGROUND_ROLE,
    LOADING_TEXT,
    Column,
    LazyTableModel,
)
from ui.widgets.lazy_cell_delegate import LazyCellDelegate, install
from ui.widgets.list_scaffold import record_table

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CENTER = Qt.AlignmentFlag.AlignCenter

TEXTS = [
    "PS-0142", "Amrita K.", "<b>not bold</b> & <i>markup</i>", "Zoë Ångström-Ñúñez",
    "मीरा शर्मा", "فاطمة الزهراء", "a long theme list: exam stress, family conflict, grief, "
    "money worries, work pressure", "", "45 min", "1 h 30 min",
]


@dataclass(frozen=True)
class Row:
    id: int
    name: str
    length: str
    flag: str
    urgent: bool
    muted: bool


def _rows(ids):
    return [Row(i, TEXTS[i % len(TEXTS)], TEXTS[(i * 3) % len(TEXTS)], "Yes" if i % 4 else "",
                i % 5 == 0, i % 3 == 0) for i in ids]


class Styled(LazyTableModel):
    """Left, right and centre columns; a bold cell and a muted cell now and then."""

    STYLE_ROLES = frozenset({FONT_ROLE, FOREGROUND_ROLE})

    def __init__(self, **kwargs) -> None:
        self.display_asked = 0
        self._bold = QFont()
        self._bold.setBold(True)
        super().__init__([
            Column("Name", lambda r: r.name),
            Column("Length", lambda r: r.length, align=_RIGHT),
            Column("Flag", lambda r: r.flag, align=_CENTER),
            Column("Id", lambda r: f"#{r.id}"),
        ], _rows, **kwargs)

    def data(self, index, role=DISPLAY_ROLE):
        if role == DISPLAY_ROLE:
            self.display_asked += 1
        return super().data(index, role)

    def style(self, row, col, role):
        obj = self.loaded_row(row)
        if obj is None:
            return None
        if role == FONT_ROLE and col == 0 and obj.urgent:
            return self._bold
        if role == FOREGROUND_ROLE and col == 3 and obj.muted:
            return QColor("#5b6166")
        return None


#: Views made by the test that is running; deleted when it ends (see ``_delete_views``).
_VIEWS: list[QTableView] = []


@pytest.fixture(autouse=True)
def _delete_views():
    """Delete each test's views (and the models they own) when it ends: the fast delegate
    and its view refer to each other, so otherwise the garbage collector frees them at a
    random later moment, possibly while Qt is painting another test's view."""
    yield
    while _VIEWS:
        view = _VIEWS.pop()
        if shiboken6.isValid(view):
            shiboken6.delete(view)
    gc.collect()


def _view(model: LazyTableModel, fast: bool) -> QTableView:
    view = record_table(None, model, "Rows")
    model.setParent(view)  # lives as long as the view, whatever Python keeps
    _VIEWS.append(view)
    if not fast:
        view.setItemDelegate(QStyledItemDelegate(view))
    for col, width in enumerate((160, 70, 60, 90)):
        view.horizontalHeader().resizeSection(col, width)
    view.resize(420, 300)
    return view


def _same_pixels(a: QImage, b: QImage) -> bool:
    return a.size() == b.size() and a.convertToFormat(QImage.Format.Format_ARGB32) \
        == b.convertToFormat(QImage.Format.Format_ARGB32)


def _pair(qtbot, select_row: int | None = 2, **kwargs):
    views = []
    for fast in (True, False):
        model = Styled()
        model.set_ids(range(200))
        view = _view(model, fast)
        qtbot.addWidget(view)
        view.show()
        if select_row is not None:
            view.selectRow(select_row)
        views.append((view, model))
    return views


@pytest.mark.parametrize("styled", [False, True], ids=["plain style", "app style sheet"])
def test_paints_the_same_pixels_as_qts_delegate(qtbot, qapp, styled):
    if styled:
        from ui.theme import apply_theme

        apply_theme(qapp)
    try:
        (fast, _fast_model), (plain, _plain_model) = _pair(qtbot)
        assert isinstance(fast.itemDelegate(), LazyCellDelegate)
        for top in (0, 37):  # the first screen, then rows whose pages load while painting
            for view in (fast, plain):
                view.scrollTo(view.model().index(top, 0), QTableView.ScrollHint.PositionAtTop)
            assert _same_pixels(fast.grab().toImage(), plain.grab().toImage())
        assert fast.itemDelegate().fast_cells > 0
    finally:
        if styled:
            qapp.setStyleSheet("")


def test_loaded_cells_do_not_ask_the_model_for_display_text(qtbot):
    (fast, model), _ = _pair(qtbot, select_row=None)
    fast.setFocus()
    fast.grab()  # loads and lays out the first page
    model.display_asked = 0
    delegate = fast.itemDelegate()
    before = delegate.fast_cells
    fast.viewport().repaint()
    fast.grab()
    assert delegate.fast_cells > before
    # Only the focused cell (drawn by Qt's delegate) may ask, plus accessibility queries.
    assert model.display_asked <= 4


def test_a_page_still_loading_shows_the_loading_mark(qtbot, worker):
    model = Styled(worker=worker)
    model.set_ids(range(500))
    view = _view(model, fast=True)
    qtbot.addWidget(view)
    view.show()
    view.grab()
    assert model.cell_text(0, 0) is None  # nothing loaded yet: Qt's delegate drew "…"
    assert model.data(model.index(0, 0)) == LOADING_TEXT
    qtbot.waitUntil(lambda: model.cell_text(0, 0) == TEXTS[0], timeout=5000)


@pytest.mark.parametrize("points", [9.0, 11.0, 13.0, 15.0])
@pytest.mark.parametrize("spare", [9, 10])  # odd and even room around the text
def test_font_change_lays_text_out_again(qtbot, points, spare):
    (fast, _), (plain, _) = _pair(qtbot, select_row=None)
    for view in (fast, plain):
        view.grab()  # pages loaded, texts laid out in the old font
    big = QFont(fast.font())
    big.setPointSizeF(points)
    for view in (fast, plain):
        view.setFont(big)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + spare)
    assert _same_pixels(fast.grab().toImage(), plain.grab().toImage())


def test_right_to_left_view_is_painted_by_qt(qtbot):
    (fast, _), (plain, _) = _pair(qtbot)
    for view in (fast, plain):
        view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    delegate = fast.itemDelegate()
    before = delegate.fast_cells
    assert _same_pixels(fast.grab().toImage(), plain.grab().toImage())
    assert delegate.fast_cells == before


def test_model_styling_more_than_font_and_colour_is_painted_by_qt(qtbot):
    class Shaded(Styled):
        STYLE_ROLES = frozenset({FONT_ROLE, FOREGROUND_ROLE,
                                 int(Qt.ItemDataRole.BackgroundRole)})

    model = Shaded()
    model.set_ids(range(50))
    view = QTableView()
    qtbot.addWidget(view)
    _VIEWS.append(view)
    model.setParent(view)
    view.setModel(model)
    delegate = install(view, model)
    view.show()
    view.grab()
    assert delegate.fast_cells == 0


def test_multi_line_text_is_painted_by_qt(qtbot):
    class TwoLines(LazyTableModel):
        def __init__(self) -> None:
            super().__init__([Column("Note", lambda r: "first line\nsecond line")],
                             lambda ids: list(ids))

    grabs = []
    for fast in (True, False):
        model = TwoLines()
        model.set_ids(range(20))
        view = _view(model, fast)
        qtbot.addWidget(view)
        view.show()
        grabs.append(view.grab().toImage())
    assert _same_pixels(*grabs)


def test_a_view_given_another_model_is_painted_by_qt(qtbot):
    (fast, _), _ = _pair(qtbot, select_row=None)
    other = Styled(parent=fast)  # owned by the view: a model freed under it crashes Qt
    other.set_ids(range(10))
    fast.setModel(other)
    delegate = fast.itemDelegate()
    before = delegate.fast_cells
    fast.grab()
    assert delegate.fast_cells == before
    assert other.display_asked > 0  # Qt's delegate asked the new model
