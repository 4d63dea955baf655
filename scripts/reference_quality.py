#!/usr/bin/python3
"""Independent reference for aelab's co-ranking quality curve and per-point distortion.

Usage: scripts/reference_quality.py INPUTS.csv CODES.csv [--k 10] [--report REPORT.json]
       scripts/reference_quality.py --idx t10k-images-idx3-ubyte[.gz] CODES.csv [--report REPORT.json]

Reads the files as scripts/reference_metrics.py does (an `aelab-cli --export-latent` file works
as CODES.csv). Computes, with numpy only, the co-ranking matrix (Lee & Verleysen 2009), R_NX(K)
for K = 1..N-2 and its log-K AUC, and each point's trustworthiness and continuity at --k; checks
that their means are sklearn.manifold.trustworthiness both ways (to 1e-6: scikit-learn breaks
distance ties in no fixed order). Prints
    auc VALUE
    rnx K VALUE          (every K)
    point I TRUST CONT   (every point)
With --report: compares "distance.rnx_auc" of an aelab-cli report, and the trustworthiness and
continuity columns of CODES.csv when it has them, and prints the largest differences instead of
the table.

Used to write tests/fixtures/analysis/reference_quality_k5.txt:
    scripts/reference_quality.py tests/fixtures/analysis/inputs.csv \\
        tests/fixtures/analysis/codes.csv --k 5 > tests/fixtures/analysis/reference_quality_k5.txt
Needs numpy, scipy and scikit-learn (Debian: apt-get install python3-sklearn).
"""
import csv
import json
import os
import sys

import numpy as np
from scipy.spatial.distance import pdist, squareform
from sklearn.manifold import trustworthiness

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from reference_metrics import read_arguments  # noqa: E402


def ranks(d):
    """r[i, j] = 1-based rank of j among the points other than i, ties by index; r[i, i] = 0."""
    n = len(d)
    d = d.copy()
    np.fill_diagonal(d, -np.inf)  # self first, then dropped
    order = np.argsort(d, axis=1, kind="stable")
    r = np.empty_like(order)
    r[np.arange(n)[:, None], order] = np.arange(n)[None, :]
    return r


def coranking(rx, rz):
    n = len(rx)
    q = np.zeros((n - 1, n - 1), dtype=np.int64)
    off = ~np.eye(n, dtype=bool)
    np.add.at(q, (rx[off] - 1, rz[off] - 1), 1)
    return q


def rnx_curve(q):
    n = len(q) + 1
    ks = np.arange(1, n - 1)
    qnx = np.array([q[:k, :k].sum() for k in ks], dtype=np.float64) / (ks * n)
    rnx = ((n - 1) * qnx - ks) / (n - 1 - ks)
    return rnx, float(np.sum(rnx / ks) / np.sum(1.0 / ks))


def per_point(r_from, r_to, k):
    """1 - 2/(k(2N-3k-1)) * sum over j among i's k nearest in `r_to` but not in `r_from` of (r_from - k)."""
    n = len(r_from)
    penalty = np.where((r_to >= 1) & (r_to <= k) & (r_from > k), r_from - k, 0).sum(axis=1)
    return 1.0 - 2.0 / (k * (2.0 * n - 3.0 * k - 1.0)) * penalty


def extra_columns(path, names):
    with open(path, newline="") as f:
        rows = [r for r in csv.reader(f) if r]
    header = rows[0]
    if not all(n in header for n in names):
        return None
    return {n: np.array([float(r[header.index(n)]) for r in rows[1:]]) for n in names}


def main():
    a, x, z = read_arguments(__doc__)

    rx, rz = ranks(squareform(pdist(x))), ranks(squareform(pdist(z)))
    rnx, auc = rnx_curve(coranking(rx, rz))
    trust, cont = per_point(rx, rz, a.k), per_point(rz, rx, a.k)
    for name, mean, sk in (("trustworthiness", trust.mean(), trustworthiness(x, z, n_neighbors=a.k)),
                           ("continuity", cont.mean(), trustworthiness(z, x, n_neighbors=a.k))):
        # scikit-learn breaks distance ties in no fixed order (MNIST's integer pixels tie often),
        # so it can differ in the last digits from the stable order used here.
        if abs(mean - sk) > 1e-6:
            sys.exit(f"mean per-point {name} {mean:.15f} differs from scikit-learn's {sk:.15f}")
        if a.report:
            print(f"mean per-point {name} {mean:.10f}  scikit-learn {sk:.10f}  diff {abs(mean - sk):.2e}")

    if a.report:
        with open(a.report) as f:
            theirs = (json.load(f).get("distance") or {}).get("rnx_auc")
        print(f"rnx_auc {auc:.10f}  report {theirs}  diff {abs(auc - theirs):.2e}" if theirs is not None
              else f"rnx_auc {auc:.10f}  (the report has none)")
        cols = extra_columns(a.files[-1], ("trustworthiness", "continuity"))
        if cols is not None:
            print(f"per-point trustworthiness largest difference {np.max(np.abs(cols['trustworthiness'] - trust)):.2e}")
            print(f"per-point continuity largest difference {np.max(np.abs(cols['continuity'] - cont)):.2e}")
        return
    print(f"# scripts/reference_quality.py --k {a.k} (numpy {np.__version__}); means checked against scikit-learn")
    print(f"auc {auc:.12f}")
    for k, v in enumerate(rnx, start=1):
        print(f"rnx {k} {v:.12f}")
    for i in range(len(x)):
        print(f"point {i} {trust[i]:.12f} {cont[i]:.12f}")


if __name__ == "__main__":
    main()
