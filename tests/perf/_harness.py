"""Timing, pairing and reporting shared by the ``bench_*`` modules.

Every compared workload is measured *paired*: each repetition runs peerdesk and its
baseline back to back (the order alternates), the ratio is computed per repetition, and
the table shows the median of the times and the median of the per-repetition ratios.
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Goal:
    """``ratio``: peerdesk/baseline ≤ ratio. ``worst``: the largest paired ratio ≤ worst.
    ``max_ms``: peerdesk median ≤ max_ms. ``plus_ms``: peerdesk − baseline ≤ plus_ms."""

    ratio: float | None = None
    worst: float | None = None
    max_ms: float | None = None
    plus_ms: float | None = None
    max_mb: float | None = None

    def text(self) -> str:
        parts = []
        if self.plus_ms is not None:
            parts.append(f"base + ≤{self.plus_ms:g} ms")
        if self.ratio is not None:
            parts.append(f"≤{self.ratio:g}x")
        if self.worst is not None:
            parts.append(f"worst ≤{self.worst:g}x")
        if self.max_ms is not None:
            parts.append(f"≤{self.max_ms:g} ms")
        if self.max_mb is not None:
            parts.append(f"≤{self.max_mb:g} MB")
        return ", ".join(parts) or "—"


@dataclass
class Result:
    name: str
    peerdesk_ms: float
    baseline_ms: float | None
    ratio: float | None
    goal: Goal
    n: int
    ratios: list[float] = field(default_factory=list)
    peerdesk_all: list[float] = field(default_factory=list)
    baseline_all: list[float] = field(default_factory=list)
    extra_mb: float | None = None
    note: str = ""
    #: Informational rows have no goal of their own (they explain another row).
    info: bool = False
    passed: bool | None = None

    def judge(self) -> Result:
        if self.info:
            self.passed = None
            return self
        g = self.goal
        ok = True
        if g.ratio is not None:
            ok &= self.ratio is not None and self.ratio <= g.ratio
        if g.worst is not None:
            ok &= bool(self.ratios) and max(self.ratios) <= g.worst
        if g.max_ms is not None:
            ok &= self.peerdesk_ms <= g.max_ms
        if g.plus_ms is not None:
            ok &= self.baseline_ms is not None and (
                statistics.median(a - b for a, b in zip(self.peerdesk_all, self.baseline_all,
                                                        strict=True)) <= g.plus_ms)
        if g.max_mb is not None:
            ok &= self.extra_mb is not None and self.extra_mb <= g.max_mb
        self.passed = bool(ok)
        return self

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["goal"] = self.goal.text()
        return d


def timed(fn: Callable[[], object]) -> float:
    """Milliseconds for one call, with the garbage collector held off."""
    gc.collect()
    gc.disable()
    try:
        start = time.perf_counter()
        fn()
        return (time.perf_counter() - start) * 1000
    finally:
        gc.enable()


def paired(name: str, ours: Callable[[], object], base: Callable[[], object], goal: Goal,
           *, reps: int, warmup: int = 1, note: str = "", info: bool = False,
           before: Callable[[], object] | None = None) -> Result:
    """Alternate peerdesk and baseline ``reps`` times; median times and paired ratios.

    ``before`` runs (untimed) before every timed call, e.g. to reset a fresh database.
    """
    for _ in range(warmup):
        if before:
            before()
        ours()
        if before:
            before()
        base()
    a: list[float] = []
    b: list[float] = []
    for i in range(reps):
        order = ((ours, a), (base, b)) if i % 2 == 0 else ((base, b), (ours, a))
        for fn, out in order:
            if before:
                before()
            out.append(timed(fn))
    ratios = [x / y for x, y in zip(a, b, strict=True) if y > 0]
    return Result(name, statistics.median(a), statistics.median(b),
                  statistics.median(ratios) if ratios else None, goal, reps, ratios, a, b,
                  note=note, info=info).judge()


def single(name: str, values_ms: list[float], goal: Goal, *, note: str = "",
           extra_mb: float | None = None, info: bool = False) -> Result:
    return Result(name, statistics.median(values_ms), None, None, goal, len(values_ms),
                  peerdesk_all=values_ms, extra_mb=extra_mb, note=note, info=info).judge()


def _ms(v: float | None) -> str:
    if v is None or v != v:  # None or NaN
        return "—"
    if v >= 1000:
        return f"{v / 1000:.2f} s"
    if v >= 10:
        return f"{v:.1f} ms"
    return f"{v:.2f} ms"


def table(results: list[Result]) -> str:
    """The one results table (GitHub markdown, readable in a terminal)."""
    head = ["workload", "peerdesk", "baseline", "ratio", "goal", "result"]
    rows = []
    for r in results:
        ratio = "—" if r.ratio is None else f"{r.ratio:.2f}x"
        if r.ratios and len(r.ratios) > 1:
            ratio += f" [{min(r.ratios):.2f}–{max(r.ratios):.2f}]"
        ours = _ms(r.peerdesk_ms)
        if r.extra_mb is not None:
            ours += f", +{r.extra_mb:.0f} MB"
        result = "info" if r.passed is None else ("pass" if r.passed else "FAIL")
        name = r.name + (f" ({r.note})" if r.note else "")
        rows.append([name, ours, _ms(r.baseline_ms), ratio, r.goal.text(), result])
    widths = [max(len(str(x)) for x in col) for col in zip(head, *rows, strict=True)]

    def line(cells: list[str]) -> str:
        return "| " + " | ".join(str(c).ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    out = [line(head), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    out += [line(r) for r in rows]
    return "\n".join(out)


def rss_mb() -> float:
    """Resident set size of this process, from /proc (no psutil)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
