#!/usr/bin/env bash
# Builds the libFuzzer harnesses (clang, ASan + UBSan) in their own build folder and runs each
# for a bounded time (as many at once as there are cores) on a scratch copy of its seed corpus
# (fuzz/corpus/<harness>/ is never written). Prints the executions per harness; exits non-zero if
# any harness found a crash, leak, UB or out-of-memory, leaving the input under
# BUILD_DIR/artifacts/. Debug build: -O0 compiles Eigen quickly, and _GLIBCXX_ASSERTIONS adds
# bounds checks to the standard containers.
#   usage: fuzz/run_fuzzers.sh [BUILD_DIR]      (default: build-fuzz)
#   FUZZ_SECONDS=N  seconds per harness (default 30)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${1:-$ROOT/build-fuzz}"
SECONDS_EACH="${FUZZ_SECONDS:-30}"
HARNESSES=(fuzz_idx fuzz_csv fuzz_model_file fuzz_config)

if [ ! -f "$BUILD_DIR/build.ninja" ]; then
  CC=clang CXX=clang++ cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DAELAB_FUZZ=ON -DAELAB_NATIVE=OFF -DAELAB_BUILD_GUI=OFF -DAELAB_BUILD_TESTS=OFF
fi
cmake --build "$BUILD_DIR" -j "$(nproc)" --target "${HARNESSES[@]}"

mkdir -p "$BUILD_DIR/artifacts"
# One harness per core at a time: each is single-threaded, and CI waits for the slowest batch.
run_one() {
  local h="$1" work="$BUILD_DIR/corpus/$1" rc=0
  mkdir -p "$work"
  # A header must not make a reader ask for more than 512 MB in one allocation.
  "$BUILD_DIR/fuzz/$h" -max_total_time="$SECONDS_EACH" -rss_limit_mb=2048 -malloc_limit_mb=512 \
    -max_len=65536 -print_final_stats=1 -artifact_prefix="$BUILD_DIR/artifacts/$h-" \
    "$work" "$ROOT/fuzz/corpus/$h" >"$BUILD_DIR/$h.log" 2>&1 || rc=$?
  echo "$rc" >"$BUILD_DIR/$h.status"
}
jobs_at_once="$(nproc)"
pids=()
for h in "${HARNESSES[@]}"; do
  echo "== $h: ${SECONDS_EACH}s"
  run_one "$h" &
  pids+=("$!")
  # Wait for the oldest of a full batch before starting the next harness.
  if [ "${#pids[@]}" -ge "$jobs_at_once" ]; then
    wait "${pids[0]}" || true
    pids=("${pids[@]:1}")
  fi
done
wait || true

summary=()
failed=0
for h in "${HARNESSES[@]}"; do
  log="$BUILD_DIR/$h.log"
  if [ "$(cat "$BUILD_DIR/$h.status" 2>/dev/null)" != 0 ]; then
    tail -n 60 "$log"
    echo "fuzz: $h FAILED; the input is in $BUILD_DIR/artifacts/ (keep it under tests/fixtures/ with a test)" >&2
    failed=1
    continue
  fi
  runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)"
  summary+=("$(printf '%-16s %10s executions in %ss, 0 crashes' "$h" "${runs:-?}" "$SECONDS_EACH")")
done
[ "$failed" -eq 0 ] || exit 1
echo "== fuzzing summary"
printf '%s\n' "${summary[@]}"
