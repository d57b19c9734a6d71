"""Every list page at 1280×800 (the demo vault, offscreen, the app's own fonts and style
sheet): no column is narrower than its header, or than its typical content.

Measured here independently of how the pages size their columns: the header text in bold
plus the style sheet's padding (and the sort arrow when the list sorts), a cell's text in
its own font (bold where the model says so) plus the item delegate's margins. "Typical
content" is every loaded row's text for the fixed columns, and the median text for the one
column that stretches into the rest of the width (themes, free text).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

PASS = "columns demo passphrase"
HEADER_PADDING = 6  # resources/styles/base.qss: QHeaderView::section padding 4px 6px
ROWS = 40

PAGES = {
    "coordinator": ("sessions", "advisees", "agreements", "escalations", "members", "audit"),
    "supervisor": ("reflections", "supervision", "sessions", "agreements", "audit"),
    "advisor01": ("sessions", "advisees", "agreements", "escalations", "reflections"),
}


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory):
    from peerdesk.services.demo import make_demo

    folder = tmp_path_factory.mktemp("demo") / "vault"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PEERDESK_KDF_PROFILE", "test")
        make_demo(folder, scale="small", seed=1, passphrase=PASS)
    return folder


def _bold(font: QFont) -> QFontMetrics:
    f = QFont(font)
    f.setBold(True)
    return QFontMetrics(f)


def _cell(view: QTableView, r: int, c: int) -> tuple[str, int]:
    """A cell's text and its width in its own font."""
    index = view.model().index(r, c)
    text = str(view.model().data(index) or "")
    font = view.model().data(index, Qt.ItemDataRole.FontRole)
    bold = isinstance(font, QFont) and font.bold()
    f = QFont(view.font())
    f.setBold(bold)
    return text, QFontMetrics(f).horizontalAdvance(text)


def _settle(worker, view: QTableView) -> list[list[tuple[str, int]]]:
    model = view.model()
    rows = min(model.rowCount(), ROWS)
    cells: list[list[tuple[str, int]]] = []
    for _ in range(4):
        cells = [[_cell(view, r, c) for c in range(model.columnCount())] for r in range(rows)]
        QCoreApplication.processEvents()
        worker.wait_idle()
        QCoreApplication.processEvents()
    return [row for row in cells if all(text != "…" for text, _w in row)]


def _problems(view: QTableView, rows: list[list[tuple[str, int]]]) -> list[str]:
    header = view.horizontalHeader()
    model = view.model()
    hfm = _bold(header.font())
    cell_margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin,
                                                None, view) + 1)
    mark = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) \
        if view.isSortingEnabled() else 0
    out = []
    for c in range(model.columnCount()):
        if header.isSectionHidden(c):
            continue
        title = str(model.headerData(c, Qt.Orientation.Horizontal) or "")
        width = header.sectionSize(c)
        need_header = hfm.horizontalAdvance(title) + 2 * HEADER_PADDING + mark
        column = sorted((r[c] for r in rows if r[c][0]), key=lambda cell: cell[1])
        stretch = header.sectionResizeMode(c) == QHeaderView.ResizeMode.Stretch or (
            c == model.columnCount() - 1 and header.stretchLastSection())
        if stretch and column:
            column = [column[(len(column) - 1) // 2]]  # the median
        widest, advance = column[-1] if column else ("", 0)
        need_cell = advance + cell_margin if widest else 0
        if width < need_header:
            out.append(f"{title!r}: {width} px < header {need_header} px")
        if width < need_cell:
            out.append(f"{title!r}: {width} px < {widest!r} {need_cell} px")
    return out


@pytest.mark.parametrize("user", sorted(PAGES))
def test_list_columns_fit_at_1280x800(qapp, themed, demo_vault, user):
    from peerdesk.services.workspace import open_vault
    from ui.clipboard import ClipboardGuard
    from ui.drafts import MemoryDraftStore
    from ui.main_window import MainWindow
    from ui.page_context import ChangeBus, PageContext
    from ui.worker import Worker

    ws = open_vault(demo_vault, user, PASS)
    worker = Worker()
    window = MainWindow(ws, PageContext(worker, ClipboardGuard(), MemoryDraftStore(),
                                        ChangeBus()))
    problems: dict[str, list[str]] = {}
    checked = 0
    try:
        window.resize(1280, 800)
        window.show()
        for name in PAGES[user]:
            page = window.show_page(name)
            for _ in range(3):
                QCoreApplication.processEvents()
                worker.wait_idle()
            for view in page.findChildren(QTableView):
                if not view.isVisibleTo(window) or view.model().rowCount() == 0:
                    continue
                rows = _settle(worker, view)
                assert rows, f"{name}: no rows loaded"
                checked += 1
                found = _problems(view, rows)
                if found:
                    problems[f"{name}/{view.accessibleName()}"] = found
    finally:
        worker.discard_pending()
        worker.stop()
        window.clear_for_lock()
        window.close()
        window.deleteLater()
        ws.lock()
        QCoreApplication.processEvents()
    assert checked >= len(PAGES[user]) - 1
    assert problems == {}
