#!/usr/bin/python3
"""Independent reference for aelab's distance-preservation metrics.

Usage: scripts/reference_metrics.py INPUTS.csv CODES.csv [--k 10]

Each CSV holds one sample a row, in the same order in both files. A header row is
allowed; columns named index, label, class, split or anomaly are ignored, so the
output of `aelab-cli --export-latent` can be used as CODES.csv directly.
Prints one "name value" line per metric, in the order of ae::DistortionMetrics.

Needs numpy, scipy and scikit-learn (Debian: apt-get install python3-sklearn).
Not used by the test suite: it is for checking the C++ against other people's code.
"""
import argparse
import csv
import sys

import numpy as np
from scipy.spatial.distance import pdist, squareform
from scipy.stats import pearsonr, spearmanr
from sklearn.manifold import trustworthiness

IGNORED = {"index", "label", "class", "split", "anomaly"}


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


def knn_sets(d, k):
    d = d.copy()
    np.fill_diagonal(d, np.inf)
    # stable sort: ties broken by index, as in the C++
    return np.argsort(d, axis=1, kind="stable")[:, :k]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inputs")
    ap.add_argument("codes")
    ap.add_argument("--k", type=int, default=10)
    a = ap.parse_args()
    x, z = read_matrix(a.inputs), read_matrix(a.codes)
    if len(x) != len(z):
        sys.exit(f"{len(x)} inputs but {len(z)} codes")

    dx, dz = pdist(x), pdist(z)  # pairs i < j, row by row
    scale = np.dot(dx, dz) / np.dot(dz, dz) if np.dot(dz, dz) > 0 else 0.0
    stress = np.sqrt(np.sum((dx - scale * dz) ** 2) / np.sum(dx**2))
    nx, nz = knn_sets(squareform(dx), a.k), knn_sets(squareform(dz), a.k)
    knn = np.mean([len(set(nx[i]) & set(nz[i])) / a.k for i in range(len(x))])

    print(f"spearman {spearmanr(dx, dz).correlation:.10f}")
    print(f"pearson {pearsonr(dx, dz)[0]:.10f}")
    print(f"stress {stress:.10f}")
    print(f"trustworthiness {trustworthiness(x, z, n_neighbors=a.k):.10f}")
    print(f"continuity {trustworthiness(z, x, n_neighbors=a.k):.10f}")
    print(f"knn {knn:.10f}")


if __name__ == "__main__":
    main()
