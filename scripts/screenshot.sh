#!/usr/bin/env bash
# Screenshot of aelab training, on a virtual X display (no monitor needed).
#   scripts/screenshot.sh [--variant V] [--data D] [--seconds N] [--out FILE.png] [--aelab PATH] [-- extra aelab args]
# Starts Xvfb on :99 at 1600x1000x24, runs `aelab --variant V --data D --train` for N seconds,
# captures the whole screen with ImageMagick's `import -window root`, then stops both.
# Defaults: --variant deep --data sample --seconds 20 --out ./aelab-<variant>.png, aelab from
# build/app/aelab (or $AELAB). Example: scripts/screenshot.sh --variant vae --seconds 30 --out vae.png
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
variant=deep
data=sample
seconds=20
out=""
out_set=0
aelab="${AELAB:-$ROOT/build/app/aelab}"
display=":99"
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --variant) variant="$2"; shift 2 ;;
    --data) data="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    --out) out="$2"; out_set=1; shift 2 ;;
    --aelab) aelab="$2"; shift 2 ;;
    --display) display="$2"; shift 2 ;;
    --) shift; extra=("$@"); break ;;
    -h|--help) sed -n 2,7p "$0"; exit 0 ;;
    *) echo "screenshot.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
done
[ "$out_set" = 1 ] || out="$PWD/aelab-${variant}.png"
for tool in Xvfb import; do
  command -v "$tool" >/dev/null || { echo "screenshot.sh: '$tool' is missing (apt-get install xvfb imagemagick)" >&2; exit 2; }
done
[ -x "$aelab" ] || { echo "screenshot.sh: no aelab at $aelab (build first, or pass --aelab PATH)" >&2; exit 2; }

Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  kill "$xvfb_pid" 2>/dev/null && wait "$xvfb_pid" 2>/dev/null || true
}
trap cleanup EXIT

# Wait for the X server to answer rather than for a fixed time.
for _ in $(seq 1 50); do
  DISPLAY="$display" xdpyinfo >/dev/null 2>&1 && break
  sleep 0.1
done

# A throw-away settings folder: the shot shows the default layout, not whatever was saved last,
# and its runs go to a throw-away runs history, not the person's.
settings_dir="$(mktemp -d)"
trap 'cleanup; rm -rf "$settings_dir"' EXIT
DISPLAY="$display" XDG_CONFIG_HOME="$settings_dir" XDG_DATA_HOME="$settings_dir" QT_QPA_PLATFORM=xcb \
  "$aelab" --variant "$variant" --data "$data" --train "${extra[@]}" &
app_pid=$!
sleep "$seconds"
if ! kill -0 "$app_pid" 2>/dev/null; then
  echo "screenshot.sh: aelab exited early" >&2
  exit 1
fi
DISPLAY="$display" import -window root "$out"
echo "$out"
