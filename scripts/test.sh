#!/usr/bin/env bash
# Command 2: install what is missing, build Release, and run the whole test suite
# (UI tests run offscreen: CTest sets QT_QPA_PLATFORM=offscreen for them).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${AELAB_BUILD_DIR:-$ROOT/build}"
"$ROOT/scripts/setup.sh" "$BUILD_DIR"
ctest --test-dir "$BUILD_DIR" --output-on-failure -j "$(nproc)" "$@"
