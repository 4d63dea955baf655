#!/usr/bin/env bash
# Every preset, trained for one short epoch, exported as ONNX (full, encoder, decoder): each file
# passes the ONNX checker (Debian's python3-onnx, full check with shape inference), and ONNX
# Runtime (npm onnxruntime-node, CPU) gives the codes and reconstructions aelab-cli wrote for the
# first 100 test images, within 1e-5.
#   usage: test_onnx_export.sh AELAB_CLI SAMPLE_DIR
set -euo pipefail
CLI="$1"
SAMPLE="$2"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
COUNT=100
TOLERANCE=1e-5
# Debian's interpreter, the one python3-onnx is installed for (PATH may lead to another).
PYTHON=/usr/bin/python3
export NODE_PATH="${AELAB_NODE_MODULES:-/usr/local/share/aelab/node_modules}"
"$PYTHON" -c 'import onnx.checker' || { echo "FAIL: python3-onnx is missing (scripts/setup.sh)" >&2; exit 1; }
node -e "require('onnxruntime-node')" || { echo "FAIL: onnxruntime-node is missing in $NODE_PATH (scripts/setup.sh)" >&2; exit 1; }

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
status=0
echo "preset max|codes-aelab| max|reconstructions-aelab|"
for preset in undercomplete sparse deep conv denoising vae distance linear; do
  d="$WORK/$preset"
  mkdir -p "$d"
  "$CLI" train --variant "$preset" --data sample --epochs 1 --train-limit 1000 --test-limit "$COUNT" --probe 0 \
    --save "$d/model.aelab" >/dev/null 2>"$d/train.log" || { cat "$d/train.log" >&2; exit 1; }
  "$CLI" eval --model "$d/model.aelab" --data sample --test-limit "$COUNT" --probe "$COUNT" \
    --export-latent "$d/codes.csv" --export-reconstructions "$d/reconstructions.csv" >/dev/null
  for part in full encoder decoder; do
    "$CLI" export --model "$d/model.aelab" --onnx "$d/$part.onnx" --part "$part" >/dev/null
  done
  "$PYTHON" - "$d" <<'PY'
import sys, onnx
for part in ("full", "encoder", "decoder"):
    onnx.checker.check_model(onnx.load(f"{sys.argv[1]}/{part}.onnx"), full_check=True)
PY
  node "$HERE/onnx_compare.js" "$preset" "$d" "$SAMPLE/t10k-images-idx3-ubyte.gz" "$COUNT" "$TOLERANCE" || status=1
done
[ "$status" -eq 0 ] || echo "FAIL: an exported model differs from aelab by more than $TOLERANCE" >&2
exit "$status"
