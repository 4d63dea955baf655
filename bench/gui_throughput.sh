#!/bin/sh
# The window against the headless trainer (issue 7: the window, training with every view live,
# keeps >= 90 % of the headless samples/s, with frame gaps under 50 ms). Runs `aelab-cli bench`
# and then `aelab --measure` (under Xvfb unless a display is set) on the same preset, data and
# thread count, back to back, and prints both reports and the ratio.
#
# On a shared 2-core VM one run of either side drifts by 15-20 % from the next, more than the
# effect measured, so ROUNDS > 1 alternates headless and window runs and also prints the median
# of each side and their ratio.
# Usage: [ROUNDS=n] bench/gui_throughput.sh [VARIANT] [DATA] [SECONDS] [THREADS]
#   defaults: conv sample 40 1, ROUNDS=1.  AELAB_BUILD: build folder (default build).
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
variant=${1:-conv}
data=${2:-sample}
seconds=${3:-40}
threads=${4:-1}
rounds=${ROUNDS:-1}
build=${AELAB_BUILD:-$here/build}
config=$(mktemp /tmp/aelab-gui-throughput-XXXXXX.json)
figures=$(mktemp /tmp/aelab-gui-throughput-XXXXXX.txt)
trap 'rm -f "$config" "$figures"' EXIT
printf '{"variant":"%s","threads":%s}\n' "$variant" "$threads" > "$config"

round=1
while [ "$round" -le "$rounds" ]; do
    echo "== round $round of $rounds, load before: $(cat /proc/loadavg)"
    echo "== headless: aelab-cli bench --variants $variant --data $data --threads $threads"
    headless=$("$build/app/aelab-cli" bench --data "$data" --variants "$variant" --epochs 3 --threads "$threads")
    echo "$headless"
    echo "== window: aelab --config ($variant, $threads threads) --data $data --measure $seconds"
    if [ -n "${DISPLAY:-}" ]; then
        window=$("$build/app/aelab" --config "$config" --data "$data" --measure "$seconds" 2>/dev/null)
    else
        window=$(xvfb-run -a -s "-screen 0 1600x1000x24" "$build/app/aelab" --config "$config" --data "$data" --measure "$seconds" 2>/dev/null)
    fi
    echo "$window"
    echo "== load after: $(cat /proc/loadavg)"
    h=$(echo "$headless" | awk -v v="$variant" '$1 == v { print $5 }')
    w=$(echo "$window" | awk '/^samples\/s/ { print $2 }')
    awk -v h="$h" -v w="$w" 'BEGIN { if (h > 0) printf "window / headless samples/s: %.2f\n", w / h }'
    echo "$h $w" >> "$figures"
    round=$((round + 1))
done

if [ "$rounds" -gt 1 ]; then
    median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
    hm=$(awk '{ print $1 }' "$figures" | median)
    wm=$(awk '{ print $2 }' "$figures" | median)
    echo "== $rounds rounds: headless samples/s $(awk '{ printf "%s ", $1 }' "$figures"), window $(awk '{ printf "%s ", $2 }' "$figures")"
    awk -v h="$hm" -v w="$wm" 'BEGIN { printf "medians: headless %.0f, window %.0f, window / headless %.2f\n", h, w, w / h }'
fi
