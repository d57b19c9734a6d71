"""App start to the first painted window, timed from outside, against
``python -c "import PySide6.QtWidgets"``.

peerdesk runs as ``python -m ui --vault DIR`` (an existing vault, so the unlock window is
the first window) with ``PEERDESK_EXIT_AFTER_FIRST_PAINT=1`` (``ui/startup_probe.py``): it
prints a ``time.perf_counter()`` stamp once the window has painted and quits. The baseline
prints the same stamp after the import. Both are measured from just before the child is
spawned (the monotonic clock is system-wide). Goal: ≤ 1.5x.
"""

from __future__ import annotations

import compileall
import os
import subprocess
import sys
import time
from pathlib import Path

from tests.perf._bench import Bench
from tests.perf._harness import Goal, Result, paired

NAME = "startup"
NEEDS_WS = False
ROOT = Path(__file__).resolve().parents[2]
MARK = "PEERDESK_FIRST_PAINT"


def _stamp(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.run(argv, capture_output=True, text=True, env=env, cwd=ROOT,
                          timeout=120, check=False)
    for line in proc.stdout.splitlines():
        if line.startswith(MARK):
            return (float(line.split()[1]) - start) * 1000
    raise RuntimeError(f"no first-paint stamp from {argv[1:]}: rc={proc.returncode} "
                       f"{proc.stderr[-500:]}")


def run(b: Bench) -> list[Result]:
    # Bytecode first, as an installed (or frozen) peerdesk has it: PySide6's own modules
    # are compiled at install time, so timing our sources' compilation would not compare
    # like with like.
    compileall.compile_dir(ROOT / "ui", quiet=1)
    compileall.compile_dir(ROOT / "peerdesk", quiet=1)
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               PEERDESK_EXIT_AFTER_FIRST_PAINT="1")
    app = [sys.executable, "-m", "ui", "--vault", str(b.vault_dir)]
    base = [sys.executable, "-c",
            f"import time, PySide6.QtWidgets; print('{MARK}', time.perf_counter(), flush=True)"]
    results: dict[str, list[float]] = {"ours": [], "base": []}

    def ours() -> None:
        results["ours"].append(_stamp(app, env))

    def baseline() -> None:
        results["base"].append(_stamp(base, env))

    reps = max(b.reps, 10)
    r = paired("app start → first painted unlock window", ours, baseline, Goal(ratio=1.5),
               reps=reps)
    # Use the stamps, not the process lifetimes, for the table.
    import statistics

    a, c = results["ours"][1:], results["base"][1:]
    r.peerdesk_all, r.baseline_all = a, c
    r.peerdesk_ms, r.baseline_ms = statistics.median(a), statistics.median(c)
    r.ratios = [x / y for x, y in zip(a, c, strict=True)]
    r.ratio = statistics.median(r.ratios)
    r.judge()
    b.log(f"  {r.name}: {r.peerdesk_ms:.0f} ms vs {r.baseline_ms:.0f} ms = {r.ratio:.2f}x")
    return [r]
