#!/usr/bin/python3
"""Independent reference for aelab's distance-preservation metrics.

Usage: scripts/reference_metrics.py INPUTS.csv CODES.csv [--k 10] [--report REPORT.json]
       scripts/reference_metrics.py --idx t10k-images-idx3-ubyte[.gz] CODES.csv [--report REPORT.json]

Each CSV holds one sample a row, in the same order in both files. A header row is
allowed; columns named index, label, class, split, anomaly, trustworthiness or continuity are
ignored, so the output of `aelab-cli --export-latent` can be used as CODES.csv directly.
Prints one "name value" line per metric, in the order of ae::DistortionMetrics.
--idx reads the inputs straight from an IDX image file (the first as many images as there are
codes, scaled to [0,1] by /255 as aelab does) instead of a CSV. --report compares with the
"distance" block of an `aelab-cli --report` file and prints the largest absolute difference.

Needs numpy, scipy and scikit-learn (Debian: apt-get install python3-sklearn).
Not used by the test suite: it is for checking the C++ against other people's code.
"""
import argparse
import csv
import gzip
import json
import sys

import numpy as np
from scipy.spatial.distance import pdist, squareform
from scipy.stats import pearsonr, spearmanr
from sklearn.manifold import trustworthiness

IGNORED = {"index", "label", "class", "split", "anomaly", "trustworthiness", "continuity"}


def read_matrix(path):
    with open(path, newline="") as f:
        rows = [r for r in csv.reader(f) if r]
    if not rows:
        sys.exit(f"{path}: no rows")
    header = None
    try:
        [float(v) for v in rows[0]]
    except ValueError:
        header, rows = rows[0], rows[1:]
    keep = [i for i in range(len(rows[0])) if header is None or header[i].strip().lower() not in IGNORED]
    try:
        return np.array([[float(r[i]) for i in keep] for r in rows], dtype=np.float64)
    except (ValueError, IndexError) as e:
        sys.exit(f"{path}: not a numeric table ({e})")


def read_idx_images(path, n):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as f:
        header = f.read(16)
        magic, count, rows, cols = (int.from_bytes(header[i:i + 4], "big") for i in range(0, 16, 4))
        if magic != 2051:
            sys.exit(f"{path}: not an IDX image file (magic {magic})")
        if n > count:
            sys.exit(f"{path}: {count} images, {n} asked for")
        data = np.frombuffer(f.read(n * rows * cols), dtype=np.uint8)
    return data.reshape(n, rows * cols).astype(np.float64) / 255.0


def knn_sets(d, k):
    d = d.copy()
    np.fill_diagonal(d, np.inf)
    # stable sort: ties broken by index, as in the C++
    return np.argsort(d, axis=1, kind="stable")[:, :k]


def read_arguments(doc):
    """The command line both reference scripts take: (arguments, inputs, codes)."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("files", nargs="+", metavar="INPUTS.csv CODES.csv")
    ap.add_argument("--k", type=int, default=10)
    ap.add_argument("--idx", help="IDX image file holding the inputs (instead of INPUTS.csv)")
    ap.add_argument("--report", help="aelab-cli report to compare with")
    a = ap.parse_args()
    if len(a.files) != (1 if a.idx else 2):
        ap.error("give INPUTS.csv CODES.csv, or --idx FILE CODES.csv")
    z = read_matrix(a.files[-1])
    x = read_idx_images(a.idx, len(z)) if a.idx else read_matrix(a.files[0])
    if len(x) != len(z):
        sys.exit(f"{len(x)} inputs but {len(z)} codes")
    return a, x, z


def main():
    a, x, z = read_arguments(__doc__)

    dx, dz = pdist(x), pdist(z)  # pairs i < j, row by row
    scale = np.dot(dx, dz) / np.dot(dz, dz) if np.dot(dz, dz) > 0 else 0.0
    stress = np.sqrt(np.sum((dx - scale * dz) ** 2) / np.sum(dx**2))
    nx, nz = knn_sets(squareform(dx), a.k), knn_sets(squareform(dz), a.k)
    knn = np.mean([len(set(nx[i]) & set(nz[i])) / a.k for i in range(len(x))])

    mine = {
        "spearman": spearmanr(dx, dz).correlation,
        "pearson": pearsonr(dx, dz)[0],
        "stress": stress,
        "trustworthiness": trustworthiness(x, z, n_neighbors=a.k),
        "continuity": trustworthiness(z, x, n_neighbors=a.k),
        "knn": knn,
    }
    theirs = {}
    if a.report:
        with open(a.report) as f:
            theirs = json.load(f).get("distance") or {}
    worst = (0.0, None)
    for name, value in mine.items():
        line = f"{name} {value:.10f}"
        if name in theirs:
            diff = abs(value - theirs[name])
            worst = max(worst, (diff, name), key=lambda t: t[0])
            line += f"  report {theirs[name]:.10f}  diff {diff:.2e}"
        print(line)
    if a.report:
        print(f"largest difference {worst[0]:.2e} ({worst[1]})")


if __name__ == "__main__":
    main()
