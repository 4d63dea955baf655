#!/usr/bin/env python3
"""Independent check of aelab's anomaly AUC, in pure Python (standard library only).

    scripts/check_auc.py ERRORS.csv [ERRORS.csv ...] [--tolerance X]

Each ERRORS.csv is what `aelab-cli train|eval --normal ... --export-errors ERRORS.csv` wrote
(header `index,label,anomaly,error`). The AUC is computed as the Mann-Whitney U statistic,
U / (n_anomalous * n_normal), with tied errors given their mid-rank (a tie counts 1/2), which
is the area under the ROC curve of "flag when error >= threshold".

When a report `ERRORS.json` sits beside `ERRORS.csv` (same name, .json; or give --report-suffix)
its `anomaly.auc` is compared with the AUC computed here. Prints one line a file and the largest
absolute difference; exits 1 when that exceeds the tolerance (default 1e-6: the CSV holds the
errors to 9 significant digits, so near-ties may round together), 2 on unreadable input.
"""
import csv
import json
import os
import sys


def read_errors(path):
    scores, positive = [], []
    with open(path, newline="") as f:
        reader = csv.DictReader(f)
        missing = {"anomaly", "error"} - set(reader.fieldnames or [])
        if missing:
            raise ValueError(f"{path}: missing column(s) {', '.join(sorted(missing))}")
        for row in reader:
            scores.append(float(row["error"]))
            positive.append(row["anomaly"].strip() == "1")
    return scores, positive


def mann_whitney_auc(scores, positive):
    """AUC = (R_pos - n_pos (n_pos + 1) / 2) / (n_pos n_neg), R_pos the sum of the positives'
    mid-ranks in ascending order of score."""
    n = len(scores)
    n_pos = sum(positive)
    n_neg = n - n_pos
    if n_pos == 0 or n_neg == 0:
        raise ValueError("need both anomalous and normal samples")
    order = sorted(range(n), key=lambda i: scores[i])
    rank_sum_pos = 0.0
    i = 0
    while i < n:
        j = i
        while j + 1 < n and scores[order[j + 1]] == scores[order[i]]:
            j += 1
        mid_rank = (i + j) / 2.0 + 1.0  # ranks are 1-based; a tie group shares its mean rank
        for k in range(i, j + 1):
            if positive[order[k]]:
                rank_sum_pos += mid_rank
        i = j + 1
    u = rank_sum_pos - n_pos * (n_pos + 1) / 2.0
    return u / (n_pos * n_neg)


def main(argv):
    tolerance = 1e-6
    files = []
    it = iter(argv)
    for a in it:
        if a == "--tolerance":
            tolerance = float(next(it))
        elif a in ("-h", "--help"):
            print(__doc__)
            return 0
        else:
            files.append(a)
    if not files:
        print("usage: check_auc.py ERRORS.csv [...] [--tolerance X]", file=sys.stderr)
        return 2
    largest = 0.0
    compared = 0
    for path in files:
        try:
            scores, positive = read_errors(path)
            auc = mann_whitney_auc(scores, positive)
        except (OSError, ValueError) as e:
            print(f"check_auc.py: {e}", file=sys.stderr)
            return 2
        report = os.path.splitext(path)[0] + ".json"
        line = f"{path}: n={len(scores)} anomalous={sum(positive)} AUC {auc:.6f}"
        if os.path.exists(report):
            with open(report) as f:
                reported = json.load(f).get("anomaly", {}).get("auc")
            if reported is not None:
                diff = abs(reported - auc)
                largest = max(largest, diff)
                compared += 1
                line += f"  report {reported:.6f}  |diff| {diff:.2e}"
        print(line)
    if compared:
        print(f"largest |difference| over {compared} report(s): {largest:.3e} (tolerance {tolerance:g})")
    return 1 if largest > tolerance else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
