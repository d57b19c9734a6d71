#!/usr/bin/env bash
# Smoke test of the frozen (PyInstaller) build, headless.
#
#   bash scripts/smoke_frozen.sh                 # build (make build), then test dist/peerdesk
#   SMOKE_REUSE=1 bash scripts/smoke_frozen.sh   # test the existing dist/peerdesk
#   SMOKE_KEEP=DIR  ...                          # keep vaults, PNGs and PDFs in DIR
#   SMOKE_DEMO=0    ...                          # skip the demo-vault steps (about 20 s)
#   PEERDESK_DIST=path/to/dist/peerdesk ...      # test another build folder
#
# Runs the frozen program as a person or a script would: --version, init (+ recovery
# sheet), verify, a rendered page (PNG), a report PDF checked against the vault's register,
# and the same on a demo vault. Commands that this build does not have yet are skipped with
# a message. Exits non-zero, naming the step, on the first failure.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIST="${PEERDESK_DIST:-$ROOT/dist/peerdesk}"
STEP_TIMEOUT="${SMOKE_STEP_TIMEOUT:-180}"

say() { printf 'smoke: %s\n' "$*"; }
fail() { printf 'smoke: FAILED: %s\n' "$*" >&2; exit 1; }

# -- build or reuse ------------------------------------------------------------------------
if [[ "${SMOKE_REUSE:-0}" == "1" ]]; then
  [[ -x "$DIST/peerdesk-console" ]] \
    || fail "SMOKE_REUSE=1 but $DIST/peerdesk-console does not exist; run 'make build' first"
  say "reusing $DIST"
else
  say "building (make build)..."
  start=$SECONDS
  make -C "$ROOT" build || fail "build: 'make build' failed"
  say "build took $((SECONDS - start)) s"
fi
GUI="$DIST/peerdesk"
CLI="$DIST/peerdesk-console"
for exe in "$GUI" "$CLI"; do
  [[ -x "$exe" ]] || fail "missing executable $exe"
done

# -- environment: headless, fast KDF, no prompts -------------------------------------------
export QT_QPA_PLATFORM=offscreen
export PEERDESK_KDF_PROFILE=test
export PEERDESK_PASSPHRASE="smoke-test passphrase $$"
unset PEERDESK_USER PEERDESK_DEBUG
# Keep the frozen app away from the developer's own settings and vaults.
if [[ -n "${SMOKE_KEEP:-}" ]]; then
  TMP="$SMOKE_KEEP"; rm -rf "$TMP"; mkdir -p "$TMP"
else
  TMP="$(mktemp -d "${TMPDIR:-/tmp}/peerdesk-smoke.XXXXXX")"
  trap 'rm -rf "$TMP"' EXIT
fi
export HOME="$TMP/home" XDG_CONFIG_HOME="$TMP/home/.config" XDG_DATA_HOME="$TMP/home/.local/share"
export XDG_RUNTIME_DIR="$TMP/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
LOG="$TMP/step.log"

# run NAME CMD...: run with a timeout, show the output only when it fails.
run() {
  local name="$1"; shift
  local t0=$SECONDS rc=0
  timeout "$STEP_TIMEOUT" "$@" >"$LOG" 2>&1 || rc=$?
  if [[ $rc -ne 0 ]]; then
    sed 's/^/    | /' "$LOG" >&2
    [[ $rc -eq 124 ]] && fail "$name: timed out after ${STEP_TIMEOUT}s: $*"
    fail "$name: exit $rc: $*"
  fi
  say "ok  $name ($((SECONDS - t0)) s)"
}

# need_file NAME FILE MIN_BYTES MAGIC: FILE exists, is at least MIN_BYTES, starts with MAGIC.
need_file() {
  local name="$1" file="$2" min="$3" magic="$4" size
  [[ -f "$file" ]] || fail "$name: $file was not written"
  size=$(wc -c <"$file")
  [[ "$size" -ge "$min" ]] || fail "$name: $file is only $size bytes (expected >= $min)"
  [[ "$(head -c ${#magic} "$file")" == "$magic" ]] || fail "$name: $file is not a $magic file"
  say "ok  $name: $(basename "$file") $size bytes"
}

has_command() { grep -qE "[{,]$1[,}]" "$TMP/help.txt"; }

# -- 1. version and help, from both executables ---------------------------------------------
want_version="$(sed -nE 's/^__version__ = "([^"]+)".*/\1/p' "$ROOT/peerdesk/__init__.py")"
for exe in "$CLI" "$GUI"; do
  run "--version ($(basename "$exe"))" "$exe" --version
  grep -qx "peerdesk $want_version" "$LOG" \
    || fail "--version ($(basename "$exe")): printed '$(cat "$LOG")', expected 'peerdesk $want_version'"
done
run "--help" "$CLI" --help
cp "$LOG" "$TMP/help.txt"

# -- 2. a new vault: init, verify ------------------------------------------------------------
V="$TMP/vault"
init_args=(init --vault "$V" --group Smoke --user coord)
if [[ -e "$ROOT/peerdesk/reports/recovery_sheet.py" ]]; then
  init_args+=(--recovery-sheet "$TMP/recovery-sheet.pdf")
else
  say "skip recovery sheet: peerdesk/reports/recovery_sheet.py does not exist yet"
fi
run "init" "$CLI" "${init_args[@]}"
if [[ " ${init_args[*]} " == *" --recovery-sheet "* ]]; then
  need_file "recovery sheet" "$TMP/recovery-sheet.pdf" 1000 "%PDF"
fi
run "verify (unlock, integrity, audit chain)" "$CLI" verify --vault "$V" --user coord

# -- 3. the desktop app renders a page --------------------------------------------------------
run "gui screenshot home" "$GUI" gui --vault "$V" --user coord --page home \
  --screenshot "$TMP/home.png"
need_file "gui screenshot home" "$TMP/home.png" 10240 $'\x89PNG'

# -- 4. a report, checked against the vault's register ------------------------------------
today="$(date +%F)"
if has_command report; then
  run "report accountability" "$CLI" report accountability --vault "$V" --user coord \
    --from 2000-01-01 --to "$today" -o "$TMP/accountability.pdf"
  need_file "report accountability" "$TMP/accountability.pdf" 1000 "%PDF"
  if "$CLI" verify --help 2>/dev/null | grep -q -- '--report'; then
    run "verify --report" "$CLI" verify --vault "$V" --user coord \
      --report "$TMP/accountability.pdf"
  fi
else
  say "skip report: this build's 'peerdesk --help' lists no 'report' command yet"
fi

# -- 5. a demo vault with realistic data: a busy page and a full report -------------------
if [[ "${SMOKE_DEMO:-1}" != "1" ]]; then
  say "skip demo vault: SMOKE_DEMO=${SMOKE_DEMO}"
elif ! has_command demo; then
  say "skip demo vault: this build's 'peerdesk --help' lists no 'demo' command yet"
else
  D="$TMP/demo"
  run "demo --scale small" "$CLI" demo --vault "$D" --scale small
  run "gui screenshot sessions (demo)" "$GUI" gui --vault "$D" --user coordinator \
    --page sessions --screenshot "$TMP/demo-sessions.png"
  need_file "gui screenshot sessions (demo)" "$TMP/demo-sessions.png" 10240 $'\x89PNG'
  if has_command report; then
    # The last 90 days (the demo's data end today); GNU date, else BSD date.
    from="$(date -d '-90 days' +%F 2>/dev/null || date -v-90d +%F)"
    run "report accountability (demo)" "$CLI" report accountability --vault "$D" \
      --user coordinator --from "$from" --to "$today" -o "$TMP/demo-accountability.pdf"
    need_file "report accountability (demo)" "$TMP/demo-accountability.pdf" 5000 "%PDF"
  fi
fi

# -- 6. expected failures are one line and the documented exit code ----------------------
rc=0
PEERDESK_PASSPHRASE="not the passphrase" timeout "$STEP_TIMEOUT" "$CLI" verify --vault "$V" \
  --user coord >"$LOG" 2>&1 || rc=$?
[[ $rc -eq 3 ]] || { sed 's/^/    | /' "$LOG" >&2; fail "wrong passphrase: exit $rc, expected 3"; }
grep -q 'Traceback' "$LOG" && { sed 's/^/    | /' "$LOG" >&2; fail "wrong passphrase: traceback"; }
say "ok  wrong passphrase -> exit 3, no traceback"

say "PASSED ($(du -sh "$DIST" | cut -f1) in $DIST)${SMOKE_KEEP:+; outputs kept in $TMP}"
