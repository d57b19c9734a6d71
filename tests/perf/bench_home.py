"""Unlock to the painted Home page, against the key derivation alone.

Each repetition is a fresh app process (``tests/perf/_home_probe.py``): the unlock window
as ``python -m ui`` shows it, a pause while a person would type, then Unlock is pressed and
the clock stops when Home has painted with every section filled from the queues. The same
process then times the key derivation with the same slot's parameters (the baseline).
Goal: Home painted ≤ KDF + 300 ms (median of the paired differences), for a coordinator
and for an advisor (whose Home has more sections).
"""

from __future__ import annotations

import compileall
import os
import statistics
import subprocess
import sys
from pathlib import Path

from tests.perf._bench import Bench
from tests.perf._harness import Goal, Result
from tests.perf._home_probe import MARK

NAME = "home"
NEEDS_WS = False
ROOT = Path(__file__).resolve().parents[2]
USERS = ("coordinator", "advisor01")


def _probe(b: Bench, user: str, env: dict[str, str]) -> tuple[float, float]:
    proc = subprocess.run(
        [sys.executable, "-m", "tests.perf._home_probe", str(b.vault_dir), user, b.passphrase],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=300, check=False)
    for line in proc.stdout.splitlines():
        if line.startswith(MARK):
            _mark, total, kdf = line.split()
            return float(total), float(kdf)
    raise RuntimeError(f"no {MARK} line for {user}: rc={proc.returncode} {proc.stderr[-500:]}")


def run(b: Bench) -> list[Result]:
    compileall.compile_dir(ROOT / "ui", quiet=1)  # bytecode, as an installed app has it
    compileall.compile_dir(ROOT / "peerdesk", quiet=1)
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env.pop("PEERDESK_EXIT_AFTER_FIRST_PAINT", None)
    results = []
    reps = max(b.reps, 5)
    for user in USERS:
        _probe(b, user, env)  # warm-up: the OS file cache, as on a laptop in daily use
        pairs = [_probe(b, user, env) for _ in range(reps)]
        totals = [t for t, _k in pairs]
        kdfs = [k for _t, k in pairs]
        extra = statistics.median(t - k for t, k in pairs)
        r = Result(f"unlock → Home painted, {user}", statistics.median(totals),
                   statistics.median(kdfs), None, Goal(plus_ms=300.0), reps,
                   ratios=[t / k for t, k in pairs], peerdesk_all=totals, baseline_all=kdfs,
                   note=f"Home − KDF = {extra:+.0f} ms, "
                        f"range {min(t - k for t, k in pairs):+.0f}…"
                        f"{max(t - k for t, k in pairs):+.0f}")
        r.ratio = statistics.median(r.ratios)
        r.judge()
        b.log(f"  {r.name}: {r.peerdesk_ms:.0f} ms vs KDF {r.baseline_ms:.0f} ms ({r.note})")
        results.append(r)
    return results
