"""Reports: the one-month accountability report on the demo vault, and how report time
and memory grow with the number of rows.

* Accountability: ``ws.reports.accountability_data`` for the last full month (untimed
  here; its queries are timed on SQLCipher vs plain in an informational row), then
  ``AccountabilityReport(data).render()`` against bare reportlab tables of the same rows
  (every table the report lays out, captured from its own ``data_table`` calls, plus one
  header row per escalation): Helvetica, fixed widths, 500-row chunks, no styles. Every
  cell of peerdesk's tables is a wrapped ``Paragraph`` in the embedded Noto font, so the
  goal that applies is the "wrapped" one (≤ 4.5x); a second row compares with bare tables
  of the same ``Paragraph`` cells (the "styling" overhead, ≤ 1.3x).
* Scaling: the advisor report (``AdvisorReport``) with 1,000 and 10,000 session rows
  (real rows of the vault), each rendered in a fresh process (``--child``) for its peak
  memory. Goals: t(10x) ≤ 13x t(1x); peak RSS ≤ 100 MB at 10,000 rows.
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import json
import os
import pickle
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from tests.perf._bench import Bench
from tests.perf._data import on_plain
from tests.perf._harness import Goal, Result, paired

NAME = "reports"
NEEDS_WS = True
ROOT = Path(__file__).resolve().parents[2]
BARE_CHUNK = 500


@contextlib.contextmanager
def recording_tables() -> Iterator[list[tuple[list[str], list[list[object]], list[float]]]]:
    """Capture every ``data_table(header, rows, widths)`` a report lays out."""
    from peerdesk.reports import accountability, advisor, blocks, tables

    seen: list[tuple[list[str], list[list[object]], list[float]]] = []
    original = tables.data_table

    def recorder(header: Any, rows: Any, widths: Any, **kw: Any) -> Any:
        seen.append((list(header), [list(r) for r in rows], list(widths)))
        return original(header, rows, widths, **kw)

    mods = [m for m in (accountability, advisor, blocks) if hasattr(m, "data_table")]
    for m in mods:
        m.data_table = recorder  # type: ignore[attr-defined]
    try:
        yield seen
    finally:
        for m in mods:
            m.data_table = original  # type: ignore[attr-defined]


def bare_pdf(tables: list[tuple[list[str], list[list[object]], list[float]]],
             *, paragraphs: bool) -> bytes:
    """The baseline: bare chunked reportlab tables of the same rows."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table
    from reportlab.platypus.doctemplate import LayoutError  # noqa: F401

    from peerdesk.reports.safety import pdf_text

    style = getSampleStyleSheet()["BodyText"]
    story: list[Any] = []
    for header, rows, widths in tables:
        for start in range(0, max(len(rows), 1), BARE_CHUNK):
            chunk = rows[start:start + BARE_CHUNK]
            if paragraphs:
                body = [[Paragraph(pdf_text(v), style) for v in r] for r in [header, *chunk]]
            else:
                body = [[str(v) for v in r] for r in [header, *chunk]]
            story.append(Table(body, colWidths=widths, repeatRows=1))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build(story)
    return buf.getvalue()


def last_month(ws: Any) -> tuple[date, date]:
    first = ws.ctx.now().astimezone(ws.ctx.tz).date().replace(day=1)
    end = first - timedelta(days=1)
    return end.replace(day=1), end


def accountability(b: Bench) -> list[Result]:
    from peerdesk.reports.accountability import AccountabilityReport

    ws, plain = b.ws, b.plain
    start, end = last_month(ws)
    data = ws.reports.accountability_data(start, end)
    with recording_tables() as tables:
        pdf = AccountabilityReport(data).render()
    for e in data.escalations:  # the block header of each escalation, as one row
        tables.append((["Advisee", "Level", "State", "Categories", "Raised", "By", "Due",
                        "Acknowledged"],
                       [[e.advisee_code, e.level, e.state, e.categories, e.raised_at,
                         e.raised_by, e.ack_due, e.acknowledged]], [60.0] * 8))
    rows = sum(len(r) for _, r, _ in tables)
    pages = pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages")
    label = f"{start:%b %Y}: {rows:,} table rows, {pages} pages"

    def ours() -> None:
        AccountabilityReport(data).render()

    # One render of the large demo's month takes about 40 s and its data 10-20 s (see
    # docs/performance.md), so the large run makes 3 paired repetitions here, not 5+.
    reps = b.reps if b.quick else min(b.reps, 3)
    out = [
        paired(f"accountability report, one month ({label}) vs bare plain-cell tables",
               ours, lambda: bare_pdf(tables, paragraphs=False), Goal(ratio=4.5),
               reps=reps, warmup=0, note="all cells wrapped Paragraphs, Noto TTF"),
        paired("accountability report vs bare tables of the same Paragraph cells", ours,
               lambda: bare_pdf(tables, paragraphs=True), Goal(ratio=1.3), reps=reps,
               warmup=0),
    ]

    def collect() -> None:
        ws.reports.accountability_data(start, end)

    def collect_plain() -> None:
        with on_plain(ws, plain):
            collect()

    out.append(paired("accountability report data (its queries), one month", collect,
                      collect_plain, Goal(ratio=1.5), reps=reps, warmup=0))
    for r in out:
        b.log(f"  {r.name}: {r.peerdesk_ms:.0f} ms vs {r.baseline_ms:.0f} ms "
              f"= {r.ratio:.2f}x")
    return out


# -- scaling, in child processes ------------------------------------------------------------
def peak_rss_mb() -> float:
    """VmHWM: this process image's peak. (``ru_maxrss`` is not used: after a vfork/exec it
    can report the parent's size.)"""
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(path: str) -> dict[str, Any]:
    from peerdesk.reports.advisor import AdvisorReport

    with open(path, "rb") as fh:
        small, data = pickle.load(fh)
    AdvisorReport(small).render()  # fonts and imports, not timed
    t = time.perf_counter()
    pdf = AdvisorReport(data).render()
    ms = (time.perf_counter() - t) * 1000
    peak = peak_rss_mb()
    return {"ms": ms, "peak_mb": peak, "bytes": len(pdf), "rows": len(data.sessions)}


def scaling(b: Bench) -> list[Result]:
    ws, plain = b.ws, b.plain
    start, end = last_month(ws)
    advisor = str(plain.scalar(
        "SELECT advisor_id FROM sessions GROUP BY advisor_id ORDER BY count(*) DESC LIMIT 1"))
    base = ws.reports.advisor_data(advisor, start, end)
    n1 = 100 if b.quick else 1_000
    rows = [(str(r[0])[:16].replace("T", " "), str(r[1]), str(r[2]), str(r[3]),
             ", ".join(json.loads(r[4] or "[]")))
            for r in plain.query(
                "SELECT s.start, a.code, s.channel, s.duration_minutes, s.themes FROM sessions s "
                "JOIN advisees a ON a.id = s.advisee_id ORDER BY s.start DESC LIMIT ?",
                (n1 * 10,))]
    work = b.run / "reports"
    work.mkdir(exist_ok=True)
    files = {}
    tiny = dataclasses.replace(base, sessions=tuple(rows[:10]), reflections=(), escalations=())
    for n in (n1, n1 * 10):
        data = dataclasses.replace(base, sessions=tuple(rows[:n]), reflections=(),
                                   agreements=(), actions=(), escalations=())
        files[n] = work / f"advisor-{n}.pickle"
        with open(files[n], "wb") as fh:
            pickle.dump((tiny, data), fh)

    def run_child(n: int) -> dict[str, Any]:
        proc = subprocess.run([sys.executable, "-m", "tests.perf.bench_reports", "--child",
                               str(files[n])], capture_output=True, text=True, cwd=ROOT,
                              timeout=900, env=dict(os.environ), check=False)
        if proc.returncode != 0:
            raise RuntimeError(f"report child failed: {proc.stderr[-800:]}")
        return dict(json.loads(proc.stdout.strip().splitlines()[-1]))

    small_runs: list[dict[str, Any]] = []
    big_runs: list[dict[str, Any]] = []
    reps = min(b.reps, 5)
    for i in range(reps):
        pair = ((n1, small_runs), (n1 * 10, big_runs))
        for n, out in pair if i % 2 == 0 else pair[::-1]:
            out.append(run_child(n))
    a = [r["ms"] for r in big_runs]
    c = [r["ms"] for r in small_runs]
    ratios = [x / y for x, y in zip(a, c, strict=True)]
    peak = max(r["peak_mb"] for r in big_runs)
    scale_row = Result(f"advisor report, {n1 * 10:,} session rows vs {n1:,}",
                       statistics.median(a), statistics.median(c), statistics.median(ratios),
                       Goal(ratio=13.0), reps, ratios, a, c).judge()
    mem_row = Result(f"advisor report, {n1 * 10:,} rows: peak memory of the process",
                     statistics.median(a), None, None, Goal(max_mb=100.0), reps,
                     extra_mb=peak, note="VmHWM of a fresh process").judge()
    mem_row.extra_mb = peak
    b.log(f"  {scale_row.name}: {scale_row.ratio:.2f}x; peak {peak:.0f} MB")
    return [scale_row, mem_row]


def run(b: Bench) -> list[Result]:
    return [*accountability(b), *scaling(b)]


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        print(json.dumps(child(sys.argv[2])))
