#!/bin/sh
# Distance preservation of the distance preset and variations of it (issue 15): each line trains
# on MNIST's training set and measures on the first 1,000 test images (aelab-cli's default probe),
# printing test BCE, Spearman, stress-1, trustworthiness, continuity and R_NX AUC.
# Usage: bench/distance_preservation.sh [NAME 'aelab-cli train options' ...]
#   default: the preset as shipped. Example:
#   bench/distance_preservation.sh shipped '' stress '--distance-term stress' \
#       stress-b1024 '--distance-term stress --batch 1024'
#   A configuration file goes in as '--config FILE' (it replaces --variant distance).
#   AELAB_BUILD: build folder (default build). THREADS: training threads (default 2).
# Costs on the 2-core VM: ~40 s a line for the preset, ~90 s for a 512-256-128 encoder.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
cli=${AELAB_BUILD:-$here/build}/app/aelab-cli
threads=${THREADS:-2}
work=$(mktemp -d /tmp/aelab-distance-XXXXXX)
trap 'rm -rf "$work"' EXIT
[ $# -eq 0 ] && set -- shipped ''
printf '%-24s %7s %9s %9s %7s %7s %7s\n' run BCE Spearman stress-1 trust cont AUC
while [ $# -ge 2 ]; do
    name=$1 options=$2
    shift 2
    case " $options " in *" --config "*) variant="" ;; *) variant="--variant distance" ;; esac
    # shellcheck disable=SC2086 # the options are words on purpose
    "$cli" train $variant $options --data mnist --threads "$threads" --report "$work/r.json" >"$work/log" 2>&1 ||
        { echo "$name: aelab-cli failed:"; tail -n 3 "$work/log"; exit 1; }
    python3 - "$name" "$work/r.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[2])); d = r["distance"]
print(f"{sys.argv[1]:24s} {r['test_reconstruction']:7.4f} {d['spearman']:9.3f} {d['stress']:9.3f} "
      f"{d['trustworthiness']:7.3f} {d['continuity']:7.3f} {d['rnx_auc']:7.3f}")
PY
done
