#include "core/analysis/roc.h"

#include "core/common.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <string>

namespace ae {

namespace {

void checkInputs(const std::vector<double>& scores, const std::vector<bool>& positive, const char* what) {
    if (scores.size() != positive.size())
        throw Error(std::string(what) + ": " + std::to_string(scores.size()) + " scores but " +
                    std::to_string(positive.size()) + " labels");
    for (std::size_t i = 0; i < scores.size(); ++i)
        if (std::isnan(scores[i])) throw Error(std::string(what) + ": score of sample " + std::to_string(i) + " is NaN");
}

// Sample indices by decreasing score: walking it lowers the threshold step by step.
std::vector<std::size_t> byDecreasingScore(const std::vector<double>& scores) {
    std::vector<std::size_t> order(scores.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return scores[a] > scores[b]; });
    return order;
}

ThresholdStats statsFromCounts(double threshold, long tp, long fp, long nPos, long nNeg) {
    ThresholdStats s;
    s.threshold = threshold;
    s.tp = tp;
    s.fp = fp;
    s.fn = nPos - tp;
    s.tn = nNeg - fp;
    s.precision = tp + fp > 0 ? static_cast<double>(tp) / static_cast<double>(tp + fp) : 0.0;
    s.recall = nPos > 0 ? static_cast<double>(tp) / static_cast<double>(nPos) : 0.0;
    s.f1 = s.precision + s.recall > 0 ? 2.0 * s.precision * s.recall / (s.precision + s.recall) : 0.0;
    return s;
}

} // namespace

RocCurve rocCurve(const std::vector<double>& scores, const std::vector<bool>& positive) {
    checkInputs(scores, positive, "ROC curve");
    const long nPos = std::count(positive.begin(), positive.end(), true);
    const long nNeg = static_cast<long>(positive.size()) - nPos;
    if (nPos == 0 || nNeg == 0)
        throw Error("ROC curve needs both normal and anomalous samples, got " + std::to_string(nPos) + " anomalous and " +
                    std::to_string(nNeg) + " normal");

    const auto order = byDecreasingScore(scores);
    RocCurve roc;
    roc.fpr.push_back(0.0);
    roc.tpr.push_back(0.0);
    roc.thresholds.push_back(std::numeric_limits<double>::infinity());
    long tp = 0, fp = 0;
    // Accumulate U in integer halves so the AUC is exact for any realistic size.
    double uTwice = 0;
    for (std::size_t i = 0; i < order.size();) {
        const double s = scores[order[i]];
        long groupPos = 0, groupNeg = 0;
        for (; i < order.size() && scores[order[i]] == s; ++i) (positive[order[i]] ? groupPos : groupNeg)++;
        // Each negative in this group is beaten by every positive above it and ties with those beside it.
        uTwice += static_cast<double>(groupNeg) * (2.0 * static_cast<double>(tp) + static_cast<double>(groupPos));
        tp += groupPos;
        fp += groupNeg;
        roc.fpr.push_back(static_cast<double>(fp) / static_cast<double>(nNeg));
        roc.tpr.push_back(static_cast<double>(tp) / static_cast<double>(nPos));
        roc.thresholds.push_back(s);
    }
    roc.auc = uTwice / (2.0 * static_cast<double>(nPos) * static_cast<double>(nNeg));
    return roc;
}

ThresholdStats statsAtThreshold(const std::vector<double>& scores, const std::vector<bool>& positive, double threshold) {
    if (scores.size() != positive.size())
        throw Error("threshold statistics: " + std::to_string(scores.size()) + " scores but " +
                    std::to_string(positive.size()) + " labels");
    long tp = 0, fp = 0, nPos = 0;
    for (std::size_t i = 0; i < scores.size(); ++i) {
        nPos += positive[i];
        if (scores[i] >= threshold) (positive[i] ? tp : fp)++;
    }
    return statsFromCounts(threshold, tp, fp, nPos, static_cast<long>(scores.size()) - nPos);
}

ThresholdStats bestF1Threshold(const std::vector<double>& scores, const std::vector<bool>& positive) {
    checkInputs(scores, positive, "best F1 threshold");
    const long nPos = std::count(positive.begin(), positive.end(), true);
    const long nNeg = static_cast<long>(positive.size()) - nPos;
    if (nPos == 0) throw Error("best F1 threshold: there are no anomalous samples, so F1 is 0 at every threshold");

    const auto order = byDecreasingScore(scores);
    ThresholdStats best;
    best.f1 = -1;
    long tp = 0, fp = 0;
    for (std::size_t i = 0; i < order.size();) {
        const double s = scores[order[i]];
        for (; i < order.size() && scores[order[i]] == s; ++i) (positive[order[i]] ? tp : fp)++;
        const ThresholdStats here = statsFromCounts(s, tp, fp, nPos, nNeg);
        if (here.f1 > best.f1) best = here;
    }
    return best;
}

} // namespace ae
