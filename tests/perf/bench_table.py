"""The sessions list over every session of the large demo (100,000 rows): the app's
``SessionTableModel`` (ids + pages of ``ws.sessions.rows``) in the sessions page's own table
view (``ui.pages.sessions.sessions_table``: its columns, its cell delegate) under the app's
style sheet, offscreen, 1280x800.

Each repetition is a fresh process (``python -m tests.perf.bench_table --child``) so the
memory figure is clean. Measured: first paint = ``list_ids`` of every session +
``set_ids`` + ``grab()`` of the view with real rows (pages are fetched synchronously, the
worst case; the app fetches on its worker and paints "…" first); page-down = scroll bar
one page + ``repaint()``, 60 steps; memory = VmRSS after the page-downs minus before the
query. Goals: first paint ≤ 300 ms, page-down ≤ 16 ms median, ≤ 50 MB extra.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from tests.perf._bench import Bench
from tests.perf._harness import Goal, Result, single

NAME = "table"
NEEDS_WS = False
ROOT = Path(__file__).resolve().parents[2]
STEPS = 60


def child(vault: str, passphrase: str) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from peerdesk.services.workspace import open_vault
    from peerdesk.storage.session_queries import SessionFilter
    from tests.perf._harness import rss_mb
    from ui.models.sessions_model import SessionTableModel
    from ui.pages.sessions import sessions_table
    from ui.theme import apply_theme

    app = QApplication.instance() or QApplication([])
    apply_theme(app)  # the app's style sheet: item views paint through it
    ws = open_vault(Path(vault), "coordinator", passphrase)
    try:
        fetched = {"rows": 0, "calls": 0}

        def fetch_rows(ids: Any) -> Any:
            fetched["calls"] += 1
            fetched["rows"] += len(ids)
            return ws.sessions.rows(list(ids))

        model = SessionTableModel(fetch_rows, ws.ctx.tz)
        view = sessions_table(None, model)
        view.resize(1280, 800)
        view.show()
        app.processEvents()
        rss0 = rss_mb()

        t0 = time.perf_counter()
        ids = ws.sessions.list_ids(SessionFilter())
        t_ids = time.perf_counter()
        model.set_ids(ids)
        view.grab()
        t1 = time.perf_counter()

        bar = view.verticalScrollBar()
        steps: list[float] = []
        for _ in range(STEPS):
            t = time.perf_counter()
            bar.setValue(bar.value() + bar.pageStep())
            view.viewport().repaint()
            steps.append((time.perf_counter() - t) * 1000)
        app.processEvents()
        rss1 = rss_mb()
        floor = _cxx_floor(app, model, view)
        return {"rows": len(ids), "first_paint_ms": (t1 - t0) * 1000,
                "list_ids_ms": (t_ids - t0) * 1000, "step_ms": steps,
                "extra_mb": rss1 - rss0, "pages_fetched": fetched["calls"],
                "floor_step_ms": floor}
    finally:
        ws.lock()


def _page_down(runs: list[dict[str, Any]], medians: list[float], worst: float) -> Result:
    floors = [statistics.median(r["floor_step_ms"]) for r in runs]
    ratios = [a / f for a, f in zip(medians, floors, strict=True)]
    return Result("session list: page-down step, median of 60", statistics.median(medians),
                  statistics.median(floors), statistics.median(ratios), Goal(max_ms=16),
                  len(runs), ratios, medians, floors,
                  note=f"worst step {worst:.0f} ms; baseline = same view over a C++ "
                       "QStandardItemModel").judge()


def _cxx_floor(app: Any, model: Any, view: Any) -> list[float]:
    """The same view and cell texts over a QStandardItemModel (C++): the paint floor."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    rows = min(model.rowCount(), STEPS * 40)
    cols = model.columnCount()
    std = QStandardItemModel(rows, cols)
    display = Qt.ItemDataRole.DisplayRole
    for r in range(rows):
        for c in range(cols):
            std.setItem(r, c, QStandardItem(str(model.data(model.index(r, c), display))))
    other = QTableView()
    other.setModel(std)
    other.verticalHeader().hide()
    other.verticalHeader().setDefaultSectionSize(view.verticalHeader().defaultSectionSize())
    other.setAlternatingRowColors(True)
    other.setWordWrap(False)
    for c in range(cols):
        other.horizontalHeader().resizeSection(c, view.horizontalHeader().sectionSize(c))
    other.resize(view.size())
    other.show()
    app.processEvents()
    other.grab()
    bar = other.verticalScrollBar()
    out = []
    for _ in range(STEPS):
        t = time.perf_counter()
        bar.setValue(bar.value() + bar.pageStep())
        other.viewport().repaint()
        out.append((time.perf_counter() - t) * 1000)
    return out


def run(b: Bench) -> list[Result]:
    runs = []
    for _ in range(b.reps):
        proc = subprocess.run(
            [sys.executable, "-m", "tests.perf.bench_table", "--child", str(b.vault_dir),
             b.passphrase], capture_output=True, text=True, cwd=ROOT, timeout=600,
            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), check=False)
        if proc.returncode != 0:
            raise RuntimeError(f"table child failed: {proc.stderr[-800:]}")
        runs.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    rows = runs[0]["rows"]
    first = [r["first_paint_ms"] for r in runs]
    step_medians = [statistics.median(r["step_ms"]) for r in runs]
    worst_step = max(max(r["step_ms"]) for r in runs)
    extra = statistics.median(r["extra_mb"] for r in runs)
    list_ms = statistics.median(r["list_ids_ms"] for r in runs)
    out = [
        single(f"session list of {rows:,} rows: first paint", first, Goal(max_ms=300),
               note=f"list_ids {list_ms:.0f} ms"),
        _page_down(runs, step_medians, worst_step),
        single("session list: extra memory", [0.0], Goal(max_mb=50), extra_mb=extra),
    ]
    out[2].peerdesk_ms = float("nan")
    for r in out:
        b.log(f"  {r.name}: {r.peerdesk_ms:.1f} ms ({r.note}) extra={r.extra_mb}")
    return out


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        print(json.dumps(child(sys.argv[2], sys.argv[3])))
