#!/usr/bin/env bash
# Command 1: install what is missing, build Release, and open aelab on the embedded MNIST sample.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/scripts/setup.sh" "$ROOT/build"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "aelab: no display found (DISPLAY is not set). On a headless machine run: xvfb-run -s '-screen 0 1600x1000x24' scripts/run.sh" >&2
  exit 1
fi
exec "$ROOT/build/app/aelab" --data sample "$@"
