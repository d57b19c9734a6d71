"""A table model that holds only ids and loads rows on demand, a page at a time.

Why: a list of 100,000 sessions must paint in well under a second and must not keep every
row (let alone every note) in memory. The model keeps the ordered ids; when the view asks
for a cell whose page is not loaded it calls ``fetch_rows(page_ids)`` for that page only.

Two ways to load a page:

* synchronously (no ``worker``): ``fetch_rows`` runs inside ``data()``. For tests and for
  sources that are already in memory.
* through the app's :class:`~ui.worker.Worker`: ``data()`` returns "…" for a missing page,
  the page is fetched on the worker thread and ``dataChanged`` repaints it. Use this for
  anything that reads the vault.

Ids come either as a full sequence (:meth:`LazyTableModel.set_ids`) or from an
:class:`IdSource` with ``count()`` and ``ids(offset, limit)``; with a source the model
exposes ids in chunks through ``canFetchMore``/``fetchMore`` as the view scrolls.

Subclass to name the columns (``COL_*`` constants line up with ``columns``)::

    class SessionTableModel(LazyTableModel):
        COL_DATE, COL_CODE, COL_ADVISOR = range(3)
        def __init__(self, fetch_rows, worker=None, parent=None):
            super().__init__([
                Column("Date", lambda r: r.start_local, sort_key="start"),
                Column("Advisee", lambda r: r.advisee_code, sort_key="advisee"),
                Column("Advisor", lambda r: r.advisor_name),
            ], fetch_rows, worker=worker, parent=parent)

Models whose columns show times in the group's zone subclass :class:`ZonedTableModel` and
return their columns from ``columns()``.

All user text is returned for ``DisplayRole`` as ``str``; views show it as plain text.

Speed: Qt's own delegate asks ``data()`` about 1,500 times per repaint (every visible
cell, every role), so the display texts of a page are formatted once, when the page is
first painted, and kept as one tuple of strings per row; ``data()`` itself does no
checking beyond bounds and no Qt enum look-ups. Views made by ``list_scaffold.record_table``
go further: :mod:`ui.widgets.lazy_cell_delegate` paints ordinary cells straight from
:meth:`LazyTableModel.cell_text` and :meth:`LazyTableModel.style`, one Python call per
cell. Anything the column getters depend on besides the row (a time zone)
must call :meth:`LazyTableModel.refresh_texts` when it changes.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import tzinfo
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from ui.worker import Worker

Index = QModelIndex | QPersistentModelIndex

#: Shown in a cell whose page is still being fetched on the worker thread.
LOADING_TEXT = "…"

# Plain ints: comparing with them is much cheaper than looking up ``Qt.ItemDataRole.X``.
DISPLAY_ROLE = int(Qt.ItemDataRole.DisplayRole)
TOOLTIP_ROLE = int(Qt.ItemDataRole.ToolTipRole)
ALIGNMENT_ROLE = int(Qt.ItemDataRole.TextAlignmentRole)
FONT_ROLE = int(Qt.ItemDataRole.FontRole)
FOREGROUND_ROLE = int(Qt.ItemDataRole.ForegroundRole)
ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
# Made once: or-ing Qt flag enums in Python on every flags() call is slow.
_CELL_FLAGS = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
               | Qt.ItemFlag.ItemNeverHasChildren)
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
ROW_ROLE = int(Qt.ItemDataRole.UserRole) + 2


_BOLD: list[QFont] = []


def bold_font() -> QFont:
    """One shared bold font for cells that ask for one (made on first use, not per call)."""
    if not _BOLD:
        font = QFont()
        font.setBold(True)
        _BOLD.append(font)
    return _BOLD[0]


def _text(value: object) -> str:
    return "" if value is None else str(value)


class TextInput:
    """A model attribute the column getters read (a time zone): setting it re-formats the
    display texts of loaded pages (:meth:`LazyTableModel.refresh_texts`)."""

    def __set_name__(self, owner: type, name: str) -> None:
        self._attr = "_text_input_" + name

    def __get__(self, obj: Any, objtype: type | None = None) -> Any:
        if obj is None:
            return self
        return getattr(obj, self._attr)

    def __set__(self, obj: Any, value: Any) -> None:
        setattr(obj, self._attr, value)
        if "_texts" in obj.__dict__:  # not while the model is being made
            obj.refresh_texts()


class IdSource(Protocol):
    """Where the ordered ids come from when there are too many to fetch at once."""

    def count(self) -> int: ...

    def ids(self, offset: int, limit: int) -> Sequence[Hashable]: ...


@dataclass(frozen=True)
class Column:
    """One column: header text, how to get the cell text from a row, optional sort key.

    ``sort_key`` is handed to the sort hook (``None``: the column is not sortable).
    ``tooltip`` gets the tooltip text from a row (plain text as well).
    """

    title: str
    value: Callable[[Any], object]
    sort_key: str | None = None
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    tooltip: Callable[[Any], object] | None = None


class LazyTableModel(QAbstractTableModel):
    """Ids plus a page cache. See the module docstring."""

    #: The id of the row (any hashable: UUID, str, int).
    IdRole = ID_ROLE
    #: The loaded row object, or None if its page is not loaded yet.
    RowRole = ROW_ROLE

    #: Roles besides display, alignment, tooltip, id and row that :meth:`style` answers
    #: (a subclass sets this and overrides ``style`` instead of ``data``: cheaper).
    STYLE_ROLES: frozenset[int] = frozenset()

    #: ``sort_requested(sort_key, descending)`` when the view asks to sort a sortable column
    #: and no ``sort_ids`` hook was given: the owner re-queries and calls ``set_ids``.
    sort_requested = Signal(str, bool)
    #: A page failed to load; the message is safe to show.
    load_failed = Signal(str)

    def __init__(
        self,
        columns: Sequence[Column],
        fetch_rows: Callable[[Sequence[Hashable]], Sequence[Any]],
        *,
        worker: Worker | None = None,
        page_size: int = 100,
        id_chunk: int = 5_000,
        sort_ids: Callable[[str, bool], Sequence[Hashable]] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._ncols = len(self._columns)
        self._aligns = [int(c.align) for c in self._columns]
        self._getters = tuple(c.value for c in self._columns)
        self._fetch_rows = fetch_rows
        self._worker = worker
        self._page_size = max(1, page_size)
        self._id_chunk = max(1, id_chunk)
        self._sort_ids = sort_ids
        self._ids: list[Hashable] = []
        self._source: IdSource | None = None
        self._total = 0
        self._pages: dict[int, list[Any]] = {}
        #: Display texts of loaded pages, one tuple per row, made on first paint.
        self._texts: dict[int, list[tuple[str, ...]]] = {}
        self._loading: set[int] = set()
        self._failed: set[int] = set()
        self._generation = 0
        self._inserting = False
        #: How many pages were fetched (tests and benchmarks look at this).
        self.pages_fetched = 0

    # -- feeding ids ---------------------------------------------------------------------
    def set_ids(self, ids: Sequence[Hashable]) -> None:
        """Replace all rows with these ids (everything cached is dropped)."""
        self.beginResetModel()
        self._reset_cache()
        self._source = None
        self._ids = list(ids)
        self._total = len(self._ids)
        self.endResetModel()

    def set_source(self, source: IdSource) -> None:
        """Take ids from ``source`` in chunks of ``id_chunk`` as the view scrolls."""
        self.beginResetModel()
        self._reset_cache()
        self._source = source
        self._total = source.count()
        self._ids = list(source.ids(0, min(self._id_chunk, self._total)))
        self.endResetModel()

    def clear(self) -> None:
        """Forget every id and row (used when the vault locks)."""
        self.set_ids([])

    def invalidate(self, ids: Sequence[Hashable] | None = None) -> None:
        """Reload rows: those with these ids, or every loaded row (after a ``Change``)."""
        if ids is None:
            pages = list(self._pages)
            self._pages.clear()
            self._texts.clear()
        else:
            wanted = set(ids)
            pages = sorted({i // self._page_size for i, v in enumerate(self._ids) if v in wanted})
            for page in pages:
                self._pages.pop(page, None)
                self._texts.pop(page, None)
        self._generation += 1
        self._loading.clear()
        self._failed.clear()
        for page in pages:
            first = page * self._page_size
            last = min(first + self._page_size, len(self._ids)) - 1
            if last >= first:
                self.dataChanged.emit(
                    self.index(first, 0), self.index(last, self.columnCount() - 1)
                )

    def refresh_texts(self) -> None:
        """Format the display texts again (rows stay): call when a getter's input changed."""
        if not self._texts:
            return
        self._texts.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._ids) - 1, self._ncols - 1),
                                  [DISPLAY_ROLE])

    @property
    def ids(self) -> list[Hashable]:
        """The ids the view currently knows about, in order (a copy)."""
        return list(self._ids)

    @property
    def total(self) -> int:
        """How many rows there are in all, including ids not fetched yet."""
        return self._total

    def id_at(self, row: int) -> Hashable | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, id_: Hashable) -> int:
        """Row of a known id, or -1."""
        try:
            return self._ids.index(id_)
        except ValueError:
            return -1

    def row_object(self, row: int) -> Any | None:
        """The loaded row at ``row`` (fetching its page synchronously if need be)."""
        if not 0 <= row < len(self._ids):
            return None
        page = row // self._page_size
        if page not in self._pages:
            self._load_page_now(page)
        rows = self._pages.get(page)
        offset = row % self._page_size
        return rows[offset] if rows is not None and offset < len(rows) else None

    # -- Qt model API --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._columns[section].title
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(self._columns[section].align)
            return None
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _CELL_FLAGS if index.isValid() else _NO_FLAGS

    def data(self, index: Index, role: int = DISPLAY_ROLE) -> Any:
        # Hot path (called for every visible cell and role on every repaint): a bounds
        # check instead of checkIndex(), int roles, and display texts formatted per page.
        row = index.row()
        col = index.column()
        if not (0 <= row < len(self._ids) and 0 <= col < self._ncols):
            return None  # also an invalid index (row -1)
        if role == DISPLAY_ROLE:
            page, offset = divmod(row, self._page_size)
            texts = self._texts.get(page)
            if texts is None:
                texts = self._page_texts(page)
                if texts is None:
                    return LOADING_TEXT
            return texts[offset][col] if offset < len(texts) else LOADING_TEXT
        if role == ALIGNMENT_ROLE:
            return self._aligns[col]
        if role == ID_ROLE:
            return self._ids[row]
        if role == ROW_ROLE:
            return self._row_or_request(row)
        if role == TOOLTIP_ROLE:
            getter = self._columns[col].tooltip
            if getter is None:
                return None
            obj = self._row_or_request(row)
            if obj is None:
                return None
            value = getter(obj)
            return "" if value is None else str(value)
        if role in self.STYLE_ROLES:
            return self.style(row, col, role)
        return None

    def cell_text(self, row: int, col: int) -> str | None:
        """The display text of a cell whose page is loaded, else None (never fetches).

        The fast path of :class:`~ui.widgets.lazy_cell_delegate.LazyCellDelegate`: what
        ``data(DisplayRole)`` would answer, without a call from Qt per role."""
        page, offset = divmod(row, self._page_size)
        texts = self._texts.get(page)
        if texts is None:
            if page not in self._pages:
                return None
            texts = self._page_texts(page)
            if texts is None:
                return None
        return texts[offset][col] if offset < len(texts) and 0 <= col < self._ncols else None

    def alignment(self, col: int) -> int:
        """The column's alignment flags as an int (``TextAlignmentRole``)."""
        return self._aligns[col]

    def style(self, row: int, col: int, role: int) -> Any:
        """A subclass's answer for one of its ``STYLE_ROLES`` (font, colour) at a valid
        cell; the row object may not be loaded yet (:meth:`loaded_row`)."""
        return None

    def loaded_row(self, row: int) -> Any | None:
        """The row object at ``row`` if its page is loaded, else None (never fetches)."""
        rows = self._pages.get(row // self._page_size)
        offset = row % self._page_size
        return rows[offset] if rows is not None and offset < len(rows) else None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or self._source is None or self._inserting:
            return False
        return len(self._ids) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        assert self._source is not None
        start = len(self._ids)
        more = list(self._source.ids(start, min(self._id_chunk, self._total - start)))
        if not more:
            self._total = start  # the source shrank; stop asking
            return
        self._inserting = True  # views may ask for more while we insert; not now
        try:
            self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
            self._ids.extend(more)
            self.endInsertRows()
        finally:
            self._inserting = False

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        key = self._columns[column].sort_key
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if self._sort_ids is None:
            self.sort_requested.emit(key, descending)
            return
        new_ids = list(self._sort_ids(key, descending))
        self.layoutAboutToBeChanged.emit()
        self._reset_cache()
        self._ids = new_ids
        self._total = max(self._total, len(new_ids)) if self._source else len(new_ids)
        self.layoutChanged.emit()

    # -- page cache ----------------------------------------------------------------------
    def _reset_cache(self) -> None:
        self._pages.clear()
        self._texts.clear()
        self._loading.clear()
        self._failed.clear()
        self._generation += 1

    def _page_texts(self, page: int) -> list[tuple[str, ...]] | None:
        """The display texts of ``page`` (loading or requesting it first), or None."""
        rows = self._pages.get(page)
        if rows is None:
            if self._worker is None:
                self._load_page_now(page)
                rows = self._pages.get(page)
            else:
                self._request_page(page)
            if rows is None:
                return None
        getters = self._getters
        texts = [tuple(_text(get(obj)) for get in getters) for obj in rows]
        self._texts[page] = texts
        return texts

    def _row_or_request(self, row: int) -> Any | None:
        page = row // self._page_size
        rows = self._pages.get(page)
        if rows is None:
            if self._worker is None:
                self._load_page_now(page)
                rows = self._pages.get(page)
            else:
                self._request_page(page)
                return None
        offset = row % self._page_size
        return rows[offset] if rows is not None and offset < len(rows) else None

    def _page_ids(self, page: int) -> list[Hashable]:
        first = page * self._page_size
        return self._ids[first : first + self._page_size]

    def _load_page_now(self, page: int) -> None:
        rows = list(self._fetch_rows(self._page_ids(page)))
        self.pages_fetched += 1
        self._pages[page] = rows
        self._texts.pop(page, None)

    def _request_page(self, page: int) -> None:
        if page in self._loading or page in self._failed or self._worker is None:
            return
        self._loading.add(page)
        generation = self._generation
        task = self._worker.submit(self._fetch_rows, self._page_ids(page),
                                   label=self.tr("Loading…"))
        task.succeeded.connect(lambda rows: self._page_arrived(generation, page, rows))
        task.failed.connect(self._page_failed(generation, page))

    def _page_failed(self, generation: int, page: int) -> Callable[[str], None]:
        def failed(message: str) -> None:
            if generation == self._generation:
                self._loading.discard(page)
                self._failed.add(page)  # not retried until invalidate() or new ids
                self.load_failed.emit(message)

        return failed

    def _page_arrived(self, generation: int, page: int, rows: Sequence[Any]) -> None:
        if generation != self._generation:
            return  # ids changed meanwhile; this page belongs to an older list
        self._loading.discard(page)
        self.pages_fetched += 1
        self._pages[page] = list(rows)
        self._texts.pop(page, None)
        first = page * self._page_size
        last = min(first + self._page_size, len(self._ids)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))


class ZonedTableModel(LazyTableModel):
    """A lazy table whose columns format times in the group's zone: ``tz`` (setting it
    re-formats the loaded rows). Subclasses name their columns in :meth:`columns`."""

    tz = TextInput()

    def __init__(
        self,
        fetch_rows: Callable[[Sequence[Hashable]], Sequence[Any]],
        tz: tzinfo,
        *,
        worker: Worker | None = None,
        parent: QObject | None = None,
    ) -> None:
        self.tz = tz
        super().__init__(self.columns(), fetch_rows, worker=worker, parent=parent)

    def columns(self) -> list[Column]:
        """The columns; getters may read ``self.tz``."""
        raise NotImplementedError
