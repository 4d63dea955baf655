#pragma once
// ROC curve and threshold statistics for anomaly scores (e.g. reconstruction error).
// Convention throughout: a higher score means more anomalous, and a sample is
// flagged when score >= threshold.
#include <vector>

namespace ae {

struct RocCurve {
    // One point per distinct score, from (0,0) at threshold +inf to (1,1) at the
    // lowest score; tied scores move along a diagonal segment, as they should.
    std::vector<double> fpr, tpr, thresholds;
    double auc = 0; // = Mann-Whitney U / (nPos * nNeg), ties counted 1/2
};

// Throws Error if the sizes differ, a score is NaN, or there are no positives or
// no negatives (the curve is undefined).
RocCurve rocCurve(const std::vector<double>& scores, const std::vector<bool>& positive);

struct ThresholdStats {
    double threshold = 0;
    double precision = 0; // 0 when nothing is flagged
    double recall = 0;    // 0 when there are no positives
    double f1 = 0;
    long tp = 0, fp = 0, tn = 0, fn = 0;
};

// Throws Error if the sizes differ.
ThresholdStats statsAtThreshold(const std::vector<double>& scores, const std::vector<bool>& positive, double threshold);

// The threshold among the observed scores with the highest F1 (the highest such
// threshold when several tie). Throws Error if there are no positives, the sizes
// differ or a score is NaN.
ThresholdStats bestF1Threshold(const std::vector<double>& scores, const std::vector<bool>& positive);

} // namespace ae
