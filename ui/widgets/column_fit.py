"""Sizing a list's columns so that nothing a person needs is cut.

Each column is at least as wide as its header (with room for the sort arrow) and as its
widest typical content, measured with the table's own font in bold (flagged rows are bold);
one column, usually free text such as themes, takes whatever width is left. Pages give the
typical content: sample texts for lists loaded lazily (a date in its widest form, "1 h 45
min"), or the rows themselves for lists held in memory (:func:`model_samples`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView, QWidget

#: The header's padding in the style sheet (resources/styles/base.qss: 6 px a side).
HEADER_PADDING = 6
#: A little air so that text never touches the grid line.
AIR = 6
#: No column is sized wider than this many average characters by its content alone.
MAX_CHARS = 60


def _bold_metrics(widget: QWidget) -> QFontMetrics:
    font = QFont(widget.font())
    font.setBold(True)
    return QFontMetrics(font)


def cell_width(view: QTableView, text: str) -> int:
    """Width a cell needs to show ``text`` uncut (bold, with the delegate's margins)."""
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    return _bold_metrics(view).horizontalAdvance(text) + 2 * margin + AIR


def header_width(view: QTableView, column: int) -> int:
    """Width the header of ``column`` needs, with the sort arrow when the view sorts."""
    header = view.horizontalHeader()
    text = str(view.model().headerData(column, Qt.Orientation.Horizontal) or "")
    style = header.style()
    margin = max(style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header),
                 HEADER_PADDING)
    mark = (style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) + margin
            if view.isSortingEnabled() else 0)
    return _bold_metrics(header).horizontalAdvance(text) + 2 * margin + mark + AIR


def needed_width(view: QTableView, column: int, samples: Iterable[str] = ()) -> int:
    return max([header_width(view, column), *(cell_width(view, s) for s in samples)])


def moment_samples(fmt: Callable[[datetime], str]) -> list[str]:
    """``fmt`` applied to a moment in every month and on every weekday, late in the
    evening on a two-digit day: the widest forms a date or time column shows."""
    return [fmt(datetime(2026, month, day, 22, 45, tzinfo=UTC))
            for month in range(1, 13) for day in range(22, 29)]


def model_samples(model: QAbstractItemModel, *, rows: int = 500) -> dict[int, list[str]]:
    """The display texts of the first ``rows`` rows, by column (for in-memory lists)."""
    out: dict[int, list[str]] = {c: [] for c in range(model.columnCount())}
    for r in range(min(model.rowCount(), rows)):
        for c in out:
            value = model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole)
            if value not in (None, ""):
                out[c].append(str(value))
    return out


def fit_columns(view: QTableView, samples: Mapping[int, Iterable[str]], *,
                stretch: int | None = None) -> None:
    """Size every column but ``stretch`` to its header and samples; ``stretch`` (default:
    the last column) takes the rest. The person can still drag any column wider."""
    model = view.model()
    count = model.columnCount()
    stretch = count - 1 if stretch is None else stretch
    header = view.horizontalHeader()
    header.setStretchLastSection(stretch == count - 1)
    limit = view.fontMetrics().averageCharWidth() * MAX_CHARS
    for column in range(count):
        if column == stretch:
            continue
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        wanted = needed_width(view, column, samples.get(column, ()))
        header.resizeSection(column, max(header_width(view, column), min(wanted, limit)))
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(min(header.minimumSectionSize(),
                                     header_width(view, stretch)))
