#!/bin/sh
# One-class anomaly detection of the shipped presets as shipped (issue 18): for each class C of
# each dataset, `aelab-cli train --variant P --data D --normal C` (the other nine classes are the
# anomalies), then `aelab-cli eval` of the same model scored by its training loss instead, and a
# table of the test-set AUCs per class and their mean: the model scored by squared error per
# element (the default), by its training loss, and PCA with as many components as the code.
# Usage: [THREADS=1] [CLASSES="0 1 ... 9"] [TRAIN_OPTIONS="--epochs 150"] bench/one_class_auc.sh [PRESETS] [DATASETS]
#   defaults: "deep conv" "mnist fashion", the presets as shipped (TRAIN_OPTIONS empty).
#   AELAB_BUILD: build folder (default build).
# Costs on the 2-core VM (threads 1): deep ~10 s a class, conv ~50 s a class on MNIST.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
presets=${1:-deep conv}
datasets=${2:-mnist fashion}
threads=${THREADS:-1}
classes=${CLASSES:-0 1 2 3 4 5 6 7 8 9}
train_options=${TRAIN_OPTIONS:-}
cli=${AELAB_BUILD:-$here/build}/app/aelab-cli
work=$(mktemp -d /tmp/aelab-one-class-XXXXXX)
trap 'rm -rf "$work"' EXIT

# "anomaly detection by S: AUC a (PCA-n p), ..." -> "a p n"
aucs() { sed -n 's/^anomaly detection by [a-z-]*: AUC \([0-9.]*\) (PCA-\([0-9]*\) \([0-9.]*\)).*/\1 \3 \2/p'; }

for data in $datasets; do
    for preset in $presets; do
        echo "== $preset on $data: aelab-cli train --variant $preset --data $data --normal C --threads $threads $train_options (then eval --anomaly-score training-loss)"
        printf '%-6s %14s %14s %10s\n' class squared-error training-loss PCA
        rows=""
        for c in $classes; do
            model="$work/$preset-$data-$c.aelab"
            # $train_options unquoted on purpose: it holds several words.
            se=$("$cli" train --variant "$preset" --data "$data" --normal "$c" --threads "$threads" $train_options --probe 0 --save "$model" 2>/dev/null | aucs)
            tl=$("$cli" eval --model "$model" --data "$data" --normal "$c" --probe 0 --anomaly-score training-loss 2>/dev/null | aucs)
            # A run that printed no AUC failed (its message went to /dev/null above): say which.
            if [ -z "$se" ] || [ -z "$tl" ]; then
                echo "one_class_auc.sh: $preset on $data, normal class $c: aelab-cli train or eval printed no AUC; run it by hand to see why" >&2
                exit 1
            fi
            set -- $se
            model_auc=$1 pca_auc=$2 components=$3
            set -- $tl
            printf '%-6s %14s %14s %10s\n' "$c" "$model_auc" "$1" "$pca_auc"
            rows="$rows$model_auc $1 $pca_auc
"
        done
        printf '%s' "$rows" | awk -v n="$components" '{a += $1; b += $2; p += $3; k++}
            END { if (k) printf "%-6s %14.4f %14.4f %10.4f   (PCA-%s, %d classes)\n", "mean", a / k, b / k, p / k, n, k }'
    done
done
