// ROC/AUC against a pairwise Mann-Whitney count, and F1 thresholds by hand.
#include "core/analysis/roc.h"

#include "core/common.h"

#include <QtTest>

#include <cmath>
#include <random>

namespace {

double naiveAuc(const std::vector<double>& s, const std::vector<bool>& pos) {
    double wins = 0;
    long pairs = 0;
    for (std::size_t i = 0; i < s.size(); ++i)
        for (std::size_t j = 0; j < s.size(); ++j)
            if (pos[i] && !pos[j]) {
                ++pairs;
                wins += s[i] > s[j] ? 1.0 : (s[i] == s[j] ? 0.5 : 0.0);
            }
    return wins / static_cast<double>(pairs);
}

// The hand example: four anomalies among eight samples.
const std::vector<double> kScores{0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2};
const std::vector<bool> kPositive{true, false, true, true, false, false, true, false};

} // namespace

class TestRoc : public QObject {
    Q_OBJECT
private slots:
    void aucMatchesMannWhitneyWithTies() {
        for (std::uint32_t seed = 1; seed <= 5; ++seed) {
            std::mt19937 rng(seed);
            std::uniform_int_distribution<int> level(0, 9); // coarse scores: many ties
            std::bernoulli_distribution anomalous(0.3);
            std::vector<double> s(200);
            std::vector<bool> pos(200);
            for (int i = 0; i < 200; ++i) {
                pos[i] = anomalous(rng);
                s[i] = level(rng) + (pos[i] ? 2 : 0);
            }
            const ae::RocCurve roc = ae::rocCurve(s, pos);
            QVERIFY(std::abs(roc.auc - naiveAuc(s, pos)) < 1e-12);
            // The curve runs monotonically from (0,0) to (1,1); its trapezoids give the same area.
            QCOMPARE(roc.fpr.front(), 0.0);
            QCOMPARE(roc.tpr.front(), 0.0);
            QCOMPARE(roc.fpr.back(), 1.0);
            QCOMPARE(roc.tpr.back(), 1.0);
            double area = 0;
            for (std::size_t i = 1; i < roc.fpr.size(); ++i) {
                QVERIFY(roc.fpr[i] >= roc.fpr[i - 1] && roc.tpr[i] >= roc.tpr[i - 1]);
                QVERIFY(roc.thresholds[i] < roc.thresholds[i - 1]);
                area += (roc.fpr[i] - roc.fpr[i - 1]) * 0.5 * (roc.tpr[i] + roc.tpr[i - 1]);
            }
            QVERIFY(std::abs(area - roc.auc) < 1e-12);
            QVERIFY(roc.fpr.size() <= 13); // one point per distinct score, plus the start
        }
    }

    void extremes() {
        QCOMPARE(ae::rocCurve({0.9, 0.8, 0.2, 0.1}, {true, true, false, false}).auc, 1.0);
        QCOMPARE(ae::rocCurve({0.1, 0.2, 0.8, 0.9}, {true, true, false, false}).auc, 0.0);
        QCOMPARE(ae::rocCurve({0.5, 0.5, 0.5, 0.5}, {true, false, true, false}).auc, 0.5);
        const ae::RocCurve hand = ae::rocCurve(kScores, kPositive);
        QCOMPARE(hand.auc, 11.0 / 16.0);
        QCOMPARE(hand.fpr.size(), std::size_t{9});
    }

    void statsAtThresholdByHand() {
        const ae::ThresholdStats s = ae::statsAtThreshold(kScores, kPositive, 0.5);
        QCOMPARE(s.tp, 3L);
        QCOMPARE(s.fp, 2L);
        QCOMPARE(s.tn, 2L);
        QCOMPARE(s.fn, 1L);
        QCOMPARE(s.precision, 0.6);
        QCOMPARE(s.recall, 0.75);
        QVERIFY(std::abs(s.f1 - 2.0 / 3.0) < 1e-12);
        const ae::ThresholdStats none = ae::statsAtThreshold(kScores, kPositive, 1.0);
        QCOMPARE(none.tp + none.fp, 0L);
        QCOMPARE(none.precision, 0.0);
        QCOMPARE(none.f1, 0.0);
    }

    void bestF1ByHand() {
        // F1 by threshold: .9 .40, .8 .33, .7 .57, .6 .75, .5 .67, .4 .60, .3 .73, .2 .67
        const ae::ThresholdStats best = ae::bestF1Threshold(kScores, kPositive);
        QCOMPARE(best.threshold, 0.6);
        QCOMPARE(best.f1, 0.75);
        QCOMPARE(best.tp, 3L);
        QCOMPARE(best.fp, 1L);
        QCOMPARE(best.tn, 3L);
        QCOMPARE(best.fn, 1L);
        // It agrees with evaluating that threshold directly.
        QCOMPARE(ae::statsAtThreshold(kScores, kPositive, best.threshold).f1, best.f1);
    }

    void rejectsUndefinedCases() {
        QVERIFY_THROWS_EXCEPTION(ae::Error, ae::rocCurve({0.1, 0.2}, {false, false}));
        QVERIFY_THROWS_EXCEPTION(ae::Error, ae::rocCurve({0.1, 0.2}, {true, true}));
        QVERIFY_THROWS_EXCEPTION(ae::Error, ae::rocCurve({0.1, 0.2}, {true}));
        QVERIFY_THROWS_EXCEPTION(ae::Error, ae::rocCurve({0.1, std::nan("")}, {true, false}));
        QVERIFY_THROWS_EXCEPTION(ae::Error, ae::bestF1Threshold({0.1, 0.2}, {false, false}));
        QVERIFY_THROWS_EXCEPTION(ae::Error, ae::statsAtThreshold({0.1, 0.2}, {false}, 0.1));
    }
};

QTEST_APPLESS_MAIN(TestRoc)
#include "test_roc.moc"
