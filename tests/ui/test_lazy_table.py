from __future__ import annotations

import time
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from ui.models.lazy_table import LOADING_TEXT, Column, LazyTableModel

N = 100_000


@dataclass(frozen=True)
class Row:
    id: int
    code: str
    note: str


class Source:
    """Counts what the model asks for, so tests can check it stays lazy."""

    def __init__(self, n: int = N) -> None:
        self.n = n
        self.fetched_ids = 0
        self.calls = 0

    def fetch_rows(self, ids):
        self.calls += 1
        self.fetched_ids += len(ids)
        return [Row(i, f"PS-{i:05d}", f"<b>note {i}</b>") for i in ids]

    def count(self) -> int:
        return self.n

    def ids(self, offset: int, limit: int):
        return list(range(offset, min(offset + limit, self.n)))


class SessionModel(LazyTableModel):
    COL_CODE, COL_NOTE = range(2)

    def __init__(self, source: Source, **kwargs) -> None:
        super().__init__(
            [
                Column("Advisee", lambda r: r.code, sort_key="code"),
                Column("Note", lambda r: r.note),
            ],
            source.fetch_rows,
            **kwargs,
        )


@pytest.mark.slow  # the tester walks all 200,000 indexes (about 7 s); the model stays lazy
def test_qtmodeltester_with_100k_ids(qtmodeltester):
    source = Source()
    model = SessionModel(source)
    model.set_ids(range(N))
    started = time.perf_counter()
    qtmodeltester.check(model)
    assert time.perf_counter() - started < 30
    assert model.rowCount() == N
    # Only the pages that were looked at were loaded, not 100,000 rows.
    assert source.fetched_ids <= 10 * 100


def test_qtmodeltester_with_paged_id_source(qtmodeltester):
    source = Source()
    model = SessionModel(source, id_chunk=1_000)
    model.set_source(source)
    qtmodeltester.check(model)
    assert model.total == N
    assert model.rowCount() < N  # ids arrive in chunks as the view scrolls
    assert model.canFetchMore()
    before = model.rowCount()
    model.fetchMore()
    assert model.rowCount() == before + 1_000


def test_roles_and_plain_display(qapp):
    source = Source(500)
    model = SessionModel(source)
    model.set_ids(range(500))
    index = model.index(42, SessionModel.COL_NOTE)
    assert model.data(index) == "<b>note 42</b>"  # the text, untouched, for a plain view
    assert model.data(index, LazyTableModel.IdRole) == 42
    assert model.data(index, LazyTableModel.RowRole).code == "PS-00042"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Advisee"
    assert model.row_of(42) == 42
    assert source.calls == 1


def test_view_paints_without_loading_everything(qtbot):
    source = Source()
    model = SessionModel(source)
    model.set_ids(range(N))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(800, 600)
    view.show()
    qtbot.waitExposed(view)
    view.scrollToBottom()
    qtbot.wait(10)
    assert 1 <= source.calls <= 6
    assert source.fetched_ids <= 600


def test_sort_hook_replaces_ids(qapp):
    source = Source(300)
    model = SessionModel(source, sort_ids=lambda key, desc: sorted(range(300), reverse=desc))
    model.set_ids(range(300))
    model.sort(SessionModel.COL_CODE, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, 0)) == "PS-00299"
    # Not sortable: nothing happens.
    model.sort(SessionModel.COL_NOTE)
    assert model.data(model.index(0, 0)) == "PS-00299"


def test_sort_requested_without_hook(qtbot):
    model = SessionModel(Source(10))
    model.set_ids(range(10))
    with qtbot.waitSignal(model.sort_requested) as blocker:
        model.sort(SessionModel.COL_CODE, Qt.SortOrder.AscendingOrder)
    assert blocker.args == ["code", False]


def test_pages_load_on_the_worker(qtbot, worker):
    source = Source(1_000)
    model = SessionModel(source, worker=worker)
    model.set_ids(range(1_000))
    index = model.index(250, 0)
    assert model.data(index) == LOADING_TEXT
    with qtbot.waitSignal(model.dataChanged, timeout=5_000):
        pass
    assert model.data(index) == "PS-00250"
    assert source.calls == 1


def test_stale_page_is_ignored_after_new_ids(qtbot, worker):
    source = Source(1_000)
    model = SessionModel(source, worker=worker)
    model.set_ids(range(1_000))
    model.data(model.index(0, 0))  # request page 0 of the old list
    model.set_ids(range(999, -1, -1))
    assert worker.wait_idle(5_000)
    assert model.data(model.index(0, 0)) == LOADING_TEXT  # old page was not used
    worker.wait_idle(5_000)
    assert model.data(model.index(0, 0)) == "PS-00999"


def test_invalidate_reloads_changed_rows(qapp):
    source = Source(300)
    model = SessionModel(source)
    model.set_ids(range(300))
    model.data(model.index(150, 0))
    calls = source.calls
    model.invalidate([150])
    model.data(model.index(150, 0))
    assert source.calls == calls + 1
    model.clear()
    assert model.rowCount() == 0
