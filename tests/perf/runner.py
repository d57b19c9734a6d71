"""``python -m tests.perf [--quick] [--only NAME[,NAME]] [--json FILE] [--reps N]``.

Builds (once) and caches the demo vault, copies it for this run, runs every benchmark
module and prints one table: workload, peerdesk, baseline, ratio, goal, result.
Exit status 0 when every goal is met, 1 otherwise.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import sys
import time
from pathlib import Path
from types import ModuleType

from tests.perf import _data
from tests.perf._bench import Bench
from tests.perf._harness import Result, table

MODULES = ("bench_unlock", "bench_startup", "bench_home", "bench_table", "bench_queries",
           "bench_search", "bench_writes", "bench_reports", "bench_apply", "bench_exchange")


def _parse(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m tests.perf", description=__doc__)
    p.add_argument("--quick", action="store_true",
                   help="smoke run on the small demo (fewer rows; goals still checked)")
    p.add_argument("--only", default="",
                   help="run only these benchmarks (comma-separated): "
                        + ", ".join(m.removeprefix("bench_") for m in MODULES))
    p.add_argument("--json", type=Path, help="also write the results to this file")
    p.add_argument("--reps", type=int, default=0,
                   help="paired repetitions per workload (default 7; 3 with --quick); the slow "
                        "bulk-import and report-scaling workloads use at most 5")
    return p.parse_args(argv)


def _modules(only: str) -> list[ModuleType]:
    wanted = {w.strip().removeprefix("bench_") for w in only.split(",") if w.strip()}
    known = {m.removeprefix("bench_") for m in MODULES}
    unknown = wanted - known
    if unknown:
        raise SystemExit(f"unknown benchmark {sorted(unknown)}; choose from {sorted(known)}")
    names = [m for m in MODULES if not wanted or m.removeprefix("bench_") in wanted]
    return [importlib.import_module(f"tests.perf.{m}") for m in names]


def main(argv: list[str] | None = None) -> int:
    args = _parse(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.pop("PEERDESK_KDF_PROFILE", None)
    started = time.perf_counter()
    modules = _modules(args.only)
    scale = "small" if args.quick else "large"
    reps = args.reps or (3 if args.quick else 7)

    def log(msg: str) -> None:
        print(msg, file=sys.stderr, flush=True)

    cache = _data.ensure_cache(scale, log)
    run_dir = _data.working_copy(cache)
    b = Bench(scale=scale, quick=args.quick, reps=reps, cache=cache, run=run_dir, log=log)
    results: list[Result] = []
    errors: list[str] = []
    # Benchmarks that open the vault themselves run first; then one workspace for the rest.
    ordered = [m for m in modules if not m.NEEDS_WS] + [m for m in modules if m.NEEDS_WS]
    for module in ordered:
        if module.NEEDS_WS and b.ws is None:
            from peerdesk.services.workspace import open_vault

            b.ws = open_vault(b.vault_dir, "coordinator", b.passphrase)
            b.plain = _data.connect_plain(run_dir / "plain.db")
        log(f"[{module.NAME}]")
        t = time.perf_counter()
        try:
            results.extend(module.run(b))
        except Exception as exc:
            import traceback

            traceback.print_exc()
            errors.append(f"{module.NAME}: {type(exc).__name__}: {exc}")
        log(f"  ({time.perf_counter() - t:.0f} s)")
    if b.ws is not None:
        b.ws.lock()
        b.plain.close()
    total = time.perf_counter() - started
    failed = [r for r in results if r.passed is False]
    print()
    print(table(results))
    print()
    for note in b.notes:
        print(f"note: {note}")
    for err in errors:
        print(f"ERROR {err}")
    print(f"{len(results)} rows, {len(failed)} failed, {len(errors)} errors; scale {scale}, "
          f"{reps} paired repetitions; total {total:.0f} s")
    if args.json:
        args.json.write_text(json.dumps({
            "scale": scale, "reps": reps, "seconds": round(total, 1),
            "machine": {"python": platform.python_version(), "platform": platform.platform(),
                        "cpus": os.cpu_count()},
            "results": [r.as_dict() for r in results], "notes": b.notes, "errors": errors,
        }, indent=1, default=str))
    return 1 if failed or errors else 0
