"""Paints a :class:`~ui.models.lazy_table.LazyTableModel`'s ordinary cells from its cached
display texts, with laid-out text kept between repaints.

Why: Qt's own delegate asks the model for about seven roles per visible cell on every
repaint, and each question is a call from C++ into Python. On a 100,000-row list that
made one page-down step cost 22 ms, more than a frame. This delegate makes one Python
call per cell: it reads the cell's text (and, for models that style some cells, its font
and colour) straight from the model and draws a cached one-line :class:`QTextLayout`,
laid out once per text, font and column width.

It paints only what it can paint exactly like the style would: enabled, unselected,
unfocused cells of a loaded page with one line of Latin text, left to right. Every other
cell (the selected row, the focused cell, a page still loading, a disabled view, a
right-to-left layout, Devanagari or Arabic text) goes to Qt's own delegate, so selection,
focus and other scripts look exactly as the platform draws them. A text layout never
interprets markup: a "<b>" in a name is shown as typed.
"""

from __future__ import annotations

import math
from typing import Any, cast

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QTextLayout, QTextLine, QTextOption
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.models.lazy_table import FONT_ROLE, FOREGROUND_ROLE, LazyTableModel

Index = QModelIndex | QPersistentModelIndex

# Plain ints: Qt's flags are Python enums here, and enum arithmetic on every cell is slow.
_ENABLED = QStyle.StateFlag.State_Enabled.value
#: Cells in any of these states are painted by Qt's delegate.
_SPECIAL = QStyle.StateFlag.State_Selected.value | QStyle.StateFlag.State_HasFocus.value
_RIGHT = int(Qt.AlignmentFlag.AlignRight)
_HCENTER = int(Qt.AlignmentFlag.AlignHCenter)
_RELAYOUT_EVENTS = frozenset({QEvent.Type.FontChange, QEvent.Type.StyleChange,
                              QEvent.Type.LocaleChange, QEvent.Type.LayoutDirectionChange})
#: The last character of Latin Extended-B: text beyond it goes to Qt's delegate.
_LAST_LATIN = "\u024f"
#: Stands for "not laid out yet" in the cache, where None means "Qt's delegate paints it".
_NOT_YET: Any = object()
#: Laid-out texts kept at most; the cache starts again when it is full.
CACHE_LIMIT = 4_096


#: A laid-out cell text: the layout (kept alive for its line), its one line, the text's
#: width and half the line's height in whole pixels (see ``paint``).
Laid = tuple[QTextLayout, QTextLine, float, int]
_Key = tuple[str, int, int, int]


class LazyCellDelegate(QStyledItemDelegate):
    """Install with :func:`install`; see the module docstring."""

    def __init__(self, view: QAbstractItemView, model: LazyTableModel) -> None:
        super().__init__(view)
        self._view = view
        self._model = model
        self._fonts = FONT_ROLE in model.STYLE_ROLES
        self._colours = FOREGROUND_ROLE in model.STYLE_ROLES
        #: Only fonts and text colours are drawn here; a model styling more (a background,
        #: an icon) or a right-to-left view has every cell painted by Qt's delegate.
        self._fast = False
        self._elide = view.textElideMode()
        self._check_direction()
        #: (text, id of the cell's font or 0, width, alignment) -> the text laid out, or
        #: None where Qt's delegate paints it
        self._laid_out: dict[_Key, Laid | None] = {}
        #: Fonts seen in cells, by id; kept alive so an id is never reused for another.
        self._cell_fonts: dict[int, QFont] = {}
        self._palette_key = -1
        self._text_colour = QColor()
        self._margin = self._text_margin()
        self.fast_cells = 0  # cells this delegate painted itself (tests look at this)
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _RELAYOUT_EVENTS:
            self.forget_layout()
        return False

    def _check_direction(self) -> None:
        self._fast = (not self._model.STYLE_ROLES - {FONT_ROLE, FOREGROUND_ROLE}
                      and self._view.layoutDirection() == Qt.LayoutDirection.LeftToRight)

    def forget_layout(self) -> None:
        """Drop every laid-out text (the view's font, style or direction changed)."""
        self._check_direction()
        self._laid_out.clear()
        self._cell_fonts.clear()
        self._margin = self._text_margin()

    def _text_margin(self) -> int:
        """Space the style leaves left and right of a cell's text."""
        style = self._view.style()
        return style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self._view) + 1

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        state = option.state.value
        if not self._fast or state & _SPECIAL or not state & _ENABLED:
            super().paint(painter, option, index)
            return
        model = self._model
        if index.model() is not model:  # the view was given another model since
            super().paint(painter, option, index)
            return
        row = index.row()
        col = index.column()
        text = model.cell_text(row, col)
        if text is None:  # page not loaded: Qt's delegate asks data(), which requests it
            super().paint(painter, option, index)
            return
        if not text:
            return
        font = model.style(row, col, FONT_ROLE) if self._fonts else None
        colour = model.style(row, col, FOREGROUND_ROLE) if self._colours else None
        # PySide6's stubs type getRect() as object; it is (x, y, width, height).
        x, y, width, height = cast("tuple[int, int, int, int]", option.rect.getRect())
        avail = width - 2 * self._margin
        if avail <= 0:
            return
        align = model.alignment(col)
        key = (text, 0 if font is None else id(font), avail, align)
        laid = self._laid_out.get(key, _NOT_YET)
        if laid is _NOT_YET:
            # A cell's font sets only what it changes (bold); the rest is the view's.
            laid = self._lay_out(key, option.font if font is None else font.resolve(option.font),
                                 font)
        if laid is None:  # a text only Qt's delegate shows right
            super().paint(painter, option, index)
            return
        _layout, line, text_width, half_height = laid
        if colour is None:
            palette = option.palette
            if palette.cacheKey() != self._palette_key:
                self._palette_key = palette.cacheKey()
                self._text_colour = palette.text().color()
            colour = self._text_colour
        painter.setPen(colour)  # the layout carries the font; the pen gives the colour
        # Placed where the style puts its own text layout (tests compare the two pixel by
        # pixel): across at the exact text width; down in whole pixels, half the line's
        # height (rounded, a half down) above the cell's middle pixel row. Measured against
        # Qt 6 at 9-15 pt with hinted (whole-pixel) and unhinted (fractional) font metrics.
        left = x + self._margin
        if align & _RIGHT:
            left += avail - text_width
        elif align & _HCENTER:
            left += (avail - text_width) / 2
        line.draw(painter, QPointF(left, y + height // 2 - half_height))
        self.fast_cells += 1

    def _lay_out(self, key: _Key, font: QFont, cell_font: QFont | None) -> Laid | None:
        if len(self._laid_out) >= CACHE_LIMIT:
            self._laid_out.clear()
            self._cell_fonts.clear()
        text, _font_id, avail, _align = key
        laid = None if _only_qt_paints(text) else self._fit(text, font, avail)
        if cell_font is not None:
            self._cell_fonts[id(cell_font)] = cell_font
        self._laid_out[key] = laid
        return laid

    def _fit(self, text: str, font: QFont, avail: int) -> Laid:
        """One line of ``text`` in ``avail`` pixels, elided the way the view elides."""
        layout, line = _one_line(text, font, avail)
        if line.naturalTextWidth() > avail:
            layout, line = _one_line(
                QFontMetrics(font).elidedText(text, self._elide, avail), font, avail)
        half = (line.ascent() + line.descent()) / 2
        return layout, line, line.naturalTextWidth(), math.ceil(half - 0.5)


def _only_qt_paints(text: str) -> bool:
    """Texts whose look this delegate does not match pixel for pixel: several lines (Qt
    shows each), and any script beyond Latin (fallback fonts: Qt centres and aligns those
    lines by metrics a one-line layout does not report, and elides right-to-left text at
    the other end). Codes, dates, durations and Latin names stay on the fast path."""
    if text.isascii():
        return "\n" in text or "\r" in text
    return max(text) > _LAST_LATIN or "\n" in text or "\r" in text


def _one_line(text: str, font: QFont, width: int) -> tuple[QTextLayout, QTextLine]:
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.NoWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(width)
    layout.endLayout()
    return layout, line


def install(view: QAbstractItemView, model: LazyTableModel) -> LazyCellDelegate:
    """Give ``view`` (showing ``model``) the fast cell delegate; returns it."""
    delegate = LazyCellDelegate(view, model)
    view.setItemDelegate(delegate)
    return delegate


