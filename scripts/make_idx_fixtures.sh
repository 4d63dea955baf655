#!/usr/bin/env bash
# Writes the small IDX files the tests read (tests/fixtures/idx). Byte-identical on every
# run. The tiny images are 3 images of 2x3 whose pixel i (counting across all images) is
# 15*i, so 0..255; the labels are 7, 0, 9.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$(dirname "$here")/tests/fixtures/idx"
mkdir -p "$out/tinyset"

bytes() { local b; for b in "$@"; do printf "\\x$(printf %02x "$b")"; done; }
tiny_images() {
    bytes 0 0 8 3  0 0 0 3  0 0 0 2  0 0 0 3
    local i; for i in $(seq 0 17); do bytes $((15 * i)); done
}
tiny_labels() { bytes 0 0 8 1  0 0 0 3  7 0 9; }

tiny_images > "$out/tiny-images-idx3-ubyte"
tiny_labels > "$out/tiny-labels-idx1-ubyte"
tiny_images | gzip -n -9 > "$out/tiny-images-idx3-ubyte.gz"
tiny_labels | gzip -n -9 > "$out/tiny-labels-idx1-ubyte.gz"

# A ZIP header where the IDX magic should be.
bytes 0x50 0x4b 3 4  0 0 0 3  0 0 0 2  0 0 0 3 > "$out/bad-magic-idx3-ubyte"
# The header promises 3 images of 2x3 (18 bytes); 10 follow.
{ bytes 0 0 8 3  0 0 0 3  0 0 0 2  0 0 0 3; bytes 1 2 3 4 5 6 7 8 9 10; } > "$out/truncated-images-idx3-ubyte"
# Plain IDX under a .gz name.
tiny_images > "$out/not-gzip-images-idx3-ubyte.gz"
# Valid gzip framing around damaged deflate data: bytes 20-27 overwritten.
tiny_images | gzip -n -9 > "$out/corrupt-images-idx3-ubyte.gz"
bytes 255 255 255 255 255 255 255 255 | dd of="$out/corrupt-images-idx3-ubyte.gz" bs=1 seek=20 conv=notrunc status=none

# A folder as a dataset: 3 training images (plain) and 2 test images (gzip, dotted name).
tiny_images > "$out/tinyset/train-images-idx3-ubyte"
tiny_labels > "$out/tinyset/train-labels-idx1-ubyte"
{ bytes 0 0 8 3  0 0 0 2  0 0 0 2  0 0 0 3; bytes 255 0 255 0 255 0  1 2 3 4 5 6; } | gzip -n -9 \
    > "$out/tinyset/t10k-images.idx3-ubyte.gz"
bytes 0 0 8 1  0 0 0 2  3 4 | gzip -n -9 > "$out/tinyset/t10k-labels-idx1-ubyte.gz"
echo "wrote $out"
