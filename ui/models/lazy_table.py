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

All user text is returned for ``DisplayRole`` as ``str``; views show it as plain text.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ui.worker import Worker

Index = QModelIndex | QPersistentModelIndex

#: Shown in a cell whose page is still being fetched on the worker thread.
LOADING_TEXT = "…"


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
    IdRole = Qt.ItemDataRole.UserRole + 1
    #: The loaded row object, or None if its page is not loaded yet.
    RowRole = Qt.ItemDataRole.UserRole + 2

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
        self._fetch_rows = fetch_rows
        self._worker = worker
        self._page_size = max(1, page_size)
        self._id_chunk = max(1, id_chunk)
        self._sort_ids = sort_ids
        self._ids: list[Hashable] = []
        self._source: IdSource | None = None
        self._total = 0
        self._pages: dict[int, list[Any]] = {}
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
        else:
            wanted = set(ids)
            pages = sorted({i // self._page_size for i, v in enumerate(self._ids) if v in wanted})
            for page in pages:
                self._pages.pop(page, None)
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
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not self.checkIndex(index):
            return None
        row, col = index.row(), index.column()
        if role == self.IdRole:
            return self._ids[row]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(self._columns[col].align)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, self.RowRole):
            return None
        obj = self._row_or_request(row)
        if role == self.RowRole:
            return obj
        if obj is None:
            return LOADING_TEXT if role == Qt.ItemDataRole.DisplayRole else None
        column = self._columns[col]
        getter = column.value if role == Qt.ItemDataRole.DisplayRole else column.tooltip
        if getter is None:
            return None
        value = getter(obj)
        return "" if value is None else str(value)

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
        self._loading.clear()
        self._failed.clear()
        self._generation += 1

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

    def _request_page(self, page: int) -> None:
        if page in self._loading or page in self._failed or self._worker is None:
            return
        self._loading.add(page)
        generation = self._generation
        task = self._worker.submit(self._fetch_rows, self._page_ids(page), label="Loading…")
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
        first = page * self._page_size
        last = min(first + self._page_size, len(self._ids)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))
