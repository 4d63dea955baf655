#!/usr/bin/env bash
# The runs history survives the end of the real `aelab` in the middle of a run.
#   test_history_kill.sh AELAB kill [TRIES]   SIGKILL at a random moment of a run, TRIES times (3)
#   test_history_kill.sh AELAB term           SIGTERM during a run
# Each try starts the window offscreen on the embedded sample with its own settings and data
# folders, waits for the run's row to appear, waits a random 0-5 s more, and reads the number of
# epochs recorded just before it ends the process (SIGTERM: after the first epoch). After SIGKILL: the file passes
# integrity_check, holds the run with at least those epochs (its curve as long), and the next
# start reads it as interrupted. After SIGTERM: aelab exits with 0 and the run is stopped.
# Needs the sqlite3 command; without it the test is skipped (exit 77).
set -uo pipefail
AELAB="${1:?usage: test_history_kill.sh AELAB kill|term [TRIES]}"
MODE="${2:-kill}"
TRIES="${3:-3}"
command -v sqlite3 >/dev/null 2>&1 || { echo "SKIP: the sqlite3 command is not installed"; exit 77; }
SLOWDOWN="${AELAB_TEST_SLOWDOWN:-1}"
ROOT="$(mktemp -d "${TMPDIR:-/tmp}/aelab-history-kill-XXXXXX")"
chmod 700 "$ROOT"
trap 'kill -9 "${PID:-}" 2>/dev/null; rm -rf "$ROOT"' EXIT
PID=""
failures=0

fail() { echo "FAIL ($1): $2" >&2; failures=$((failures + 1)); }

# Seconds (scaled by AELAB_TEST_SLOWDOWN) a wait may last before the test gives up.
limit() { awk -v s="$1" -v f="$SLOWDOWN" 'BEGIN { printf "%d", s * f * 20 }'; }  # in 0.05 s steps

# Waits until the query prints $2 (or any line when $2 is empty); false after the time limit.
wait_for() {
  local query="$1" want="$2" steps; steps=$(limit "$3")
  for ((i = 0; i < steps; i++)); do
    local got; got=$(sqlite3 "$DB" "$query" 2>/dev/null)
    if [ -n "$got" ] && { [ -z "$want" ] || [ "$got" = "$want" ]; }; then return 0; fi
    sleep 0.05
  done
  return 1
}

start_aelab() {
  env XDG_DATA_HOME="$HOME_DIR/data" XDG_CONFIG_HOME="$HOME_DIR/config" XDG_RUNTIME_DIR="$HOME_DIR" \
    QT_QPA_PLATFORM=offscreen "$AELAB" "$@" >>"$HOME_DIR/log" 2>&1 &
  PID=$!
}

# A run far longer than any try: it is always ended by the test.
one_try() {
  local n="$1"
  HOME_DIR="$ROOT/try$n"
  mkdir -p "$HOME_DIR" && chmod 700 "$HOME_DIR"
  DB="$HOME_DIR/data/aelab/aelab/runs.sqlite"
  printf '{"variant": "undercomplete", "epochs": 100000}\n' >"$HOME_DIR/long.json"
  local launched; launched=$(date +%s.%N)
  start_aelab --data sample --config "$HOME_DIR/long.json" --train
  if ! wait_for "SELECT epochs FROM runs WHERE status = 'running'" "" 60; then
    fail "try $n" "no running row within 60 s"; cat "$HOME_DIR/log" >&2; kill -9 "$PID"; wait "$PID" 2>/dev/null; return
  fi
  # A run stopped before its first epoch leaves no row by design (RunRecorder::takeBackBegin), so
  # SIGTERM waits for an epoch: on a loaded machine the first one can take many seconds.
  if [ "$MODE" = term ] && ! wait_for "SELECT epochs >= 1 FROM runs WHERE status = 'running'" 1 120; then
    fail "try $n" "no epoch recorded within 120 s"; cat "$HOME_DIR/log" >&2; kill -9 "$PID"; wait "$PID" 2>/dev/null; return
  fi
  local delay; delay=$(awk -v r="$RANDOM" 'BEGIN { printf "%.2f", r / 32767 * 5 }')
  sleep "$delay"
  local before; before=$(sqlite3 "$DB" "SELECT epochs FROM runs" 2>/dev/null)
  local at; at=$(awk -v a="$launched" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')
  if [ "$MODE" = term ]; then
    kill -TERM "$PID"; wait "$PID"; local status=$?
    [ "$status" -eq 0 ] || fail "try $n" "aelab exited with $status after SIGTERM"
    local row; row=$(sqlite3 "$DB" "SELECT status, epochs >= $before, json_array_length(curve) = epochs FROM runs")
    [ "$row" = "stopped|1|1" ] || fail "try $n" "after SIGTERM the row is '$row', expected stopped with >= $before epochs"
    echo "try $n: SIGTERM ${at}s after launch, ${before} epochs recorded before it; row: $(sqlite3 "$DB" 'SELECT status, epochs FROM runs')"
  else
    kill -9 "$PID"; wait "$PID" 2>/dev/null
    local check; check=$(sqlite3 "$DB" "PRAGMA integrity_check")
    [ "$check" = ok ] || fail "try $n" "integrity_check says '$check'"
    local row; row=$(sqlite3 "$DB" "SELECT count(*), status, epochs >= $before, json_array_length(curve) = epochs, owner IS NOT NULL FROM runs")
    [ "$row" = "1|running|1|1|1" ] || fail "try $n" "after kill -9 the row is '$row', expected 1|running|1|1|1 (>= $before epochs)"
    local kept; kept=$(sqlite3 "$DB" "SELECT epochs FROM runs")
    # The next start: the dead process's run reads as interrupted, and its lock file goes.
    start_aelab --data sample
    wait_for "SELECT status FROM runs" interrupted 60 || fail "try $n" "the next start did not mark the run interrupted: $(sqlite3 "$DB" 'SELECT status FROM runs')"
    kill -TERM "$PID"; wait "$PID"; local status=$?
    [ "$status" -eq 0 ] || fail "try $n" "the next start exited with $status after SIGTERM"
    [ -z "$(ls -A "$DB-owners" 2>/dev/null)" ] || fail "try $n" "owner locks left: $(ls "$DB-owners")"
    [ "$(sqlite3 "$DB" "SELECT epochs, status FROM runs")" = "$kept|interrupted" ] || fail "try $n" "the run changed at the next start"
    echo "try $n: SIGKILL ${at}s after launch (${delay}s after the first row), ${before} epochs read just before; kept ${kept}, interrupted at the next start"
  fi
  PID=""
}

case "$MODE" in
  kill) for ((t = 1; t <= TRIES; t++)); do one_try "$t"; done ;;
  term) one_try 1 ;;
  *) echo "unknown mode '$MODE' (kill or term)" >&2; exit 2 ;;
esac
if [ "$failures" -gt 0 ]; then echo "$failures failure(s)" >&2; exit 1; fi
echo "all tries passed"
