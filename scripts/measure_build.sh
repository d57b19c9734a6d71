#!/usr/bin/env bash
# Size and start-up time of the frozen build (dist/peerdesk), headless.
#
#   make build && bash scripts/measure_build.sh          # 10 runs of each
#   MEASURE_RUNS=20 bash scripts/measure_build.sh
#   PEERDESK_DIST=path/to/dist/peerdesk bash scripts/measure_build.sh
#
# Prints the folder's size and its largest parts, then, from outside each process
# (QT_QPA_PLATFORM=offscreen; the OS file cache is warm, so these are warm starts):
#   frozen --version                 process start -> exit (no Qt is loaded on that path)
#   frozen unlock screen             process start -> first paint of the unlock window,
#                                    via PEERDESK_EXIT_AFTER_FIRST_PAINT=1 (ui/startup_probe.py)
#   frozen screenshot (home)         process start -> exit of `gui --screenshot` (unlock with
#                                    the test KDF, load home, render, save a PNG)
#   python -c "import PySide6.QtWidgets"   the floor, for comparison (dev venv)
#   python -m ui  unlock screen      the same app from the source checkout (dev venv)
# "first" is the first run after the build (the closest to a cold start we can get here:
# dropping the OS page cache needs privileges this machine does not give).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIST="${PEERDESK_DIST:-$ROOT/dist/peerdesk}"
RUNS="${MEASURE_RUNS:-10}"
if [[ -x "$ROOT/.venv/bin/python" ]]; then PY="$ROOT/.venv/bin/python"; else PY="${PYTHON:-python3}"; fi

[[ -x "$DIST/peerdesk-console" ]] || { echo "measure: no build in $DIST; run 'make build'" >&2; exit 1; }

echo "== size of $DIST"
du -sh "$DIST"
echo "-- largest parts of _internal/"
du -sh "$DIST"/_internal/* 2>/dev/null | sort -h | tail -12
du -sh "$DIST"/_internal/PySide6/Qt/* 2>/dev/null | sort -h
ls -l "$DIST"/peerdesk "$DIST"/peerdesk-console | awk '{printf "%s  %d bytes\n", $NF, $5}'
echo

TMP="$(mktemp -d "${TMPDIR:-/tmp}/peerdesk-measure.XXXXXX")"
trap 'rm -rf "$TMP"' EXIT
export QT_QPA_PLATFORM=offscreen PEERDESK_KDF_PROFILE=test
export PEERDESK_PASSPHRASE="measure passphrase $$"
"$DIST/peerdesk-console" init --vault "$TMP/v" --group Measure --user coord >/dev/null 2>&1 \
  || { echo "measure: could not create a vault with the frozen build" >&2; exit 1; }

echo "== start-up, ms (median [min-max] of $RUNS after the first; warm OS cache)"
"$PY" - "$DIST" "$TMP" "$RUNS" "$ROOT" <<'EOF'
import os, statistics, subprocess, sys, time

dist, tmp, runs, root = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
gui, cli = os.path.join(dist, "peerdesk"), os.path.join(dist, "peerdesk-console")
vault = os.path.join(tmp, "v")
MARK = "PEERDESK_FIRST_PAINT"


def once(argv, env=None, stamp=False):
    env = dict(os.environ, **(env or {}))
    t0 = time.perf_counter()
    p = subprocess.run(argv, capture_output=True, text=True, env=env, cwd=tmp, timeout=120)
    t1 = time.perf_counter()
    if p.returncode != 0:
        raise SystemExit(f"measure: {argv} exited {p.returncode}: {p.stderr[-400:]}")
    if stamp:
        for line in p.stdout.splitlines():
            if line.startswith(MARK):
                return (float(line.split()[1]) - t0) * 1000
        raise SystemExit(f"measure: no {MARK} line from {argv} (is ui/startup_probe.py in "
                         f"this build?) stdout={p.stdout[-300:]!r}")
    return (t1 - t0) * 1000


def row(label, argv, env=None, stamp=False):
    first = once(argv, env, stamp)
    xs = [once(argv, env, stamp) for _ in range(runs)]
    med = statistics.median(xs)
    print(f"{label:<44} first {first:7.0f}   median {med:7.0f}  [{min(xs):.0f}-{max(xs):.0f}]",
          flush=True)
    return med


probe = {"PEERDESK_EXIT_AFTER_FIRST_PAINT": "1"}
png = os.path.join(tmp, "home.png")
row("frozen peerdesk-console --version", [cli, "--version"])
frozen_paint = row("frozen peerdesk: unlock screen first paint", [gui, "--vault", vault], probe,
                   stamp=True)
row("frozen peerdesk: gui --screenshot home", [gui, "gui", "--vault", vault, "--user", "coord",
                                               "--page", "home", "--screenshot", png])
py = sys.executable
floor = row('python -c "import PySide6.QtWidgets"',
            [py, "-c", "import PySide6.QtWidgets, time; "
                       f"print('{MARK}', time.perf_counter())"], stamp=True)
try:
    dev = row("python -m ui: unlock screen first paint (dev)", [py, "-m", "ui", "--vault", vault],
              dict(probe, PYTHONPATH=root), stamp=True)
    print(f"\nfrozen/dev unlock-screen ratio {frozen_paint / dev:.2f}; "
          f"frozen unlock screen / import-QtWidgets floor {frozen_paint / floor:.2f}")
except SystemExit as exc:  # the dev venv may lack peerdesk's dependencies
    print(f"(dev comparison skipped: {exc})")
EOF
