// Distance-preservation metrics: exact cases, hand examples and naive references.
#include "core/analysis/coranking.h"
#include "core/analysis/distances.h"
#include "core/analysis/distortion.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <limits>
#include <numeric>
#include <random>
#include <set>

using ae::Matrix;

namespace {

Matrix gaussian(int n, int d, std::uint32_t seed) {
    std::mt19937 rng(seed);
    std::normal_distribution<float> g;
    Matrix m(n, d);
    for (int i = 0; i < m.size(); ++i) m.data()[i] = g(rng);
    return m;
}

// Codes that keep part of the structure: the first `dims` columns plus noise.
Matrix noisyProjection(const Matrix& x, int dims, float noise, std::uint32_t seed) {
    Matrix z = x.leftCols(dims);
    z += noise * gaussian(static_cast<int>(x.rows()), dims, seed);
    return z;
}

double dist(const Matrix& m, int i, int j) {
    return std::sqrt((m.row(i) - m.row(j)).cast<double>().squaredNorm());
}

// Every metric the same to the last bit.
void compareMetrics(const ae::DistortionMetrics& got, const ae::DistortionMetrics& want) {
    QCOMPARE(got.spearman, want.spearman);
    QCOMPARE(got.pearson, want.pearson);
    QCOMPARE(got.stress, want.stress);
    QCOMPARE(got.trustworthiness, want.trustworthiness);
    QCOMPARE(got.continuity, want.continuity);
    QCOMPARE(got.knn, want.knn);
}

// Points other than i, nearest first, ties by index: the definition, written out.
std::vector<int> neighbourOrder(const Matrix& m, int i) {
    std::vector<int> order;
    for (int j = 0; j < m.rows(); ++j)
        if (j != i) order.push_back(j);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const double da = dist(m, i, a), db = dist(m, i, b);
        return da < db || (da == db && a < b);
    });
    return order;
}

// Venna & Kaski straight from the formula: intruders among the k nearest in
// `embedded`, penalised by their rank in `original`.
double naiveVenna(const Matrix& original, const Matrix& embedded, int k) {
    const int n = static_cast<int>(original.rows());
    double sum = 0;
    for (int i = 0; i < n; ++i) {
        const std::vector<int> orig = neighbourOrder(original, i);
        const std::vector<int> emb = neighbourOrder(embedded, i);
        for (int t = 0; t < k; ++t) {
            const int j = emb[t];
            const int rank = static_cast<int>(std::find(orig.begin(), orig.end(), j) - orig.begin()) + 1;
            if (rank > k) sum += rank - k;
        }
    }
    return 1.0 - 2.0 / (n * k * (2.0 * n - 3.0 * k - 1.0)) * sum;
}

double naiveKnn(const Matrix& x, const Matrix& z, int k) {
    double sum = 0;
    for (int i = 0; i < x.rows(); ++i) {
        std::vector<int> a = neighbourOrder(x, i), b = neighbourOrder(z, i);
        std::set<int> sa(a.begin(), a.begin() + k);
        int kept = 0;
        for (int t = 0; t < k; ++t) kept += static_cast<int>(sa.count(b[t]));
        sum += static_cast<double>(kept) / k;
    }
    return sum / static_cast<double>(x.rows());
}

// Numeric CSV rows, dropping a header row and the first `skipColumns` columns.
Matrix readCsv(const std::string& path, int skipColumns) {
    std::ifstream in(path);
    std::vector<std::vector<float>> rows;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || std::isalpha(static_cast<unsigned char>(line[0]))) continue;
        std::stringstream ss(line);
        std::string field;
        std::vector<float> row;
        for (int c = 0; std::getline(ss, field, ','); ++c)
            if (c >= skipColumns) row.push_back(std::stof(field));
        rows.push_back(row);
    }
    if (rows.empty()) return Matrix();
    Matrix m(static_cast<Eigen::Index>(rows.size()), static_cast<Eigen::Index>(rows[0].size()));
    for (std::size_t i = 0; i < rows.size(); ++i)
        for (std::size_t j = 0; j < rows[i].size(); ++j) m(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j)) = rows[i][j];
    return m;
}

} // namespace

class TestDistortion : public QObject {
    Q_OBJECT
private slots:
    void identityIsPerfect() {
        const Matrix x = gaussian(80, 12, 1);
        const ae::DistortionMetrics m = ae::measureDistortion(x, x, 10);
        QVERIFY(std::abs(m.spearman - 1.0) < 1e-12);
        QVERIFY(std::abs(m.pearson - 1.0) < 1e-12);
        QVERIFY(m.stress < 1e-12);
        QCOMPARE(m.trustworthiness, 1.0);
        QCOMPARE(m.continuity, 1.0);
        QCOMPARE(m.knn, 1.0);
    }

    void scalingIsFreeForStress() {
        const Matrix x = gaussian(80, 12, 2);
        const Matrix z = 3.0f * x;
        const ae::DistortionMetrics m = ae::measureDistortion(x, z, 10);
        QVERIFY2(m.stress < 1e-5, qPrintable(QString("stress %1").arg(m.stress)));
        QVERIFY(std::abs(m.spearman - 1.0) < 1e-6);
        QVERIFY(std::abs(m.pearson - 1.0) < 1e-6);
        QCOMPARE(m.knn, 1.0);
    }

    void lossyCodesScoreBelowOne() {
        const Matrix x = gaussian(100, 10, 3);
        const ae::DistortionMetrics good = ae::measureDistortion(x, noisyProjection(x, 5, 0.05f, 4), 10);
        const ae::DistortionMetrics bad = ae::measureDistortion(x, gaussian(100, 5, 5), 10);
        QVERIFY(good.trustworthiness < 1.0 && good.continuity < 1.0 && good.knn < 1.0);
        QVERIFY(good.trustworthiness > bad.trustworthiness);
        QVERIFY(good.continuity > bad.continuity);
        QVERIFY(good.knn > bad.knn);
        QVERIFY(good.spearman > bad.spearman);
        QVERIFY(good.stress < bad.stress);
        // Unrelated codes sit near the chance level of each metric.
        QVERIFY(std::abs(bad.spearman) < 0.1);
        QVERIFY(bad.knn < 0.3);
    }

    void spearmanWithTiesByHand() {
        // Ranks of a with the tie averaged: 1, 2.5, 2.5, 4; b: 1, 3, 2, 4 -> 4.5 / sqrt(4.5 * 5).
        const double rho = ae::spearmanCorrelation({1, 2, 2, 3}, {1, 3, 2, 4});
        QVERIFY(std::abs(rho - 3.0 / std::sqrt(10.0)) < 1e-12);
        QVERIFY(std::abs(ae::spearmanCorrelation({1, 2, 3}, {3, 2, 1}) + 1.0) < 1e-12);
        // A constant side has no ranks to agree with.
        QCOMPARE(ae::spearmanCorrelation({1, 2, 3}, {5, 5, 5}), 0.0);
        QCOMPARE(ae::pearsonCorrelation({1, 2, 3}, {5, 5, 5}), 0.0);
        // Monotone but not linear: Spearman sees a perfect order, Pearson does not.
        QVERIFY(std::abs(ae::spearmanCorrelation({1, 2, 3, 4}, {1, 8, 27, 64}) - 1.0) < 1e-12);
        QVERIFY(ae::pearsonCorrelation({1, 2, 3, 4}, {1, 8, 27, 64}) < 0.99);
    }

    void stressByHand() {
        // Best scale s = (1 + 4 + 6) / (1 + 1 + 4) = 1.5; residuals -0.5, 0.5, 0; sqrt(0.5 / 14).
        QVERIFY(std::abs(ae::kruskalStress({1, 2, 3}, {1, 1, 2}) - std::sqrt(0.5 / 14.0)) < 1e-12);
        QVERIFY(ae::kruskalStress({1, 2, 3}, {10, 20, 30}) < 1e-12);
        // Collapsed codes explain nothing.
        QCOMPARE(ae::kruskalStress({1, 2, 3}, {0, 0, 0}), 1.0);
        QVERIFY_THROWS_EXCEPTION(ae::Error, ae::kruskalStress({1, 2}, {1}));
    }

    void neighbourMetricsMatchNaiveReference() {
        for (std::uint32_t seed = 10; seed < 13; ++seed) {
            const Matrix x = gaussian(45, 6, seed);
            const Matrix z = noisyProjection(x, 2, 0.3f, seed + 100);
            const int k = 7;
            const ae::DistortionMetrics m = ae::measureDistortion(x, z, k);
            const double t = naiveVenna(x, z, k), c = naiveVenna(z, x, k);
            QVERIFY2(std::abs(m.trustworthiness - t) < 1e-9, qPrintable(QString("T %1 vs naive %2").arg(m.trustworthiness).arg(t)));
            QVERIFY2(std::abs(m.continuity - c) < 1e-9, qPrintable(QString("C %1 vs naive %2").arg(m.continuity).arg(c)));
            QVERIFY(std::abs(m.knn - naiveKnn(x, z, k)) < 1e-9);
            QVERIFY(t < 1.0); // the case is not trivially perfect
            const Matrix dx = ae::pairwiseDistances(x), dz = ae::pairwiseDistances(z);
            QCOMPARE(ae::trustworthiness(dx, dz, k), m.trustworthiness);
            QCOMPARE(ae::continuity(dx, dz, k), m.continuity);
        }
    }

    void tiedLatentCodesAreHandled() {
        // Codes on a coarse grid: many exactly equal latent distances.
        const Matrix x = gaussian(40, 5, 20);
        Matrix z = x.leftCols(2);
        z = (z * 2.0f).array().round().matrix();
        const ae::DistortionMetrics m = ae::measureDistortion(x, z, 5);
        QVERIFY(std::abs(m.trustworthiness - naiveVenna(x, z, 5)) < 1e-9);
        QVERIFY(std::abs(m.continuity - naiveVenna(z, x, 5)) < 1e-9);
        QVERIFY(std::abs(m.knn - naiveKnn(x, z, 5)) < 1e-9);
    }

    // A dead or collapsed code (every code equal) has nothing to correlate: not available, not 0.
    // Both paths (one-off and the cached probe) say so; one distinct code is enough to measure.
    void aCollapsedCodeHasNoMetrics() {
        const Matrix x = gaussian(30, 5, 21);
        Matrix z = Matrix::Zero(30, 4);
        const ae::DistortionProbe probe(x, 5, 1000, 3);
        for (const ae::DistortionMetrics& m : {ae::measureDistortion(x, z, 5), probe.measure(z)}) {
            QVERIFY(std::isnan(m.spearman));
            QVERIFY(std::isnan(m.pearson));
            QVERIFY(std::isnan(m.trustworthiness));
            QVERIFY(std::isnan(m.continuity));
            QVERIFY(std::isnan(m.knn));
            QCOMPARE(m.stress, 1.0);
        }
        z(3, 1) = 0.5f;
        const ae::DistortionMetrics one = ae::measureDistortion(x, z, 5);
        QVERIFY(std::isfinite(one.spearman) && std::isfinite(one.knn));
    }

    void pairMetricsMatchPairLists() {
        const Matrix x = gaussian(30, 4, 30);
        const Matrix z = noisyProjection(x, 2, 0.2f, 31);
        std::vector<double> dx, dz;
        for (int i = 0; i < 30; ++i)
            for (int j = i + 1; j < 30; ++j) {
                dx.push_back(dist(x, i, j));
                dz.push_back(dist(z, i, j));
            }
        const ae::DistortionMetrics m = ae::measureDistortion(x, z, 5);
        QVERIFY(std::abs(m.pearson - ae::pearsonCorrelation(dx, dz)) < 1e-5);
        QVERIFY(std::abs(m.spearman - ae::spearmanCorrelation(dx, dz)) < 1e-3);
        QVERIFY(std::abs(m.stress - ae::kruskalStress(dx, dz)) < 1e-5);
    }

    void agreesWithScipyAndSklearn() {
        // Fixture values come from scripts/reference_metrics.py (scipy's pdist,
        // spearmanr and pearsonr, sklearn.manifold.trustworthiness both ways).
        const std::string dir = AELAB_FIXTURES_DIR "/analysis/";
        const Matrix x = readCsv(dir + "inputs.csv", 0);
        const Matrix z = readCsv(dir + "codes.csv", 2); // index,label,z0,z1
        QCOMPARE(x.rows(), 60);
        QCOMPARE(x.cols(), 20);
        QCOMPARE(z.rows(), 60);
        QCOMPARE(z.cols(), 2);
        std::map<std::string, double> ref;
        std::ifstream in(dir + "reference_k5.txt");
        std::string name;
        double value = 0;
        while (in >> name) {
            if (name[0] == '#') {
                std::getline(in, name);
                continue;
            }
            in >> value;
            ref[name] = value;
        }
        QCOMPARE(ref.size(), std::size_t{6});
        const ae::DistortionMetrics m = ae::measureDistortion(x, z, 5);
        QVERIFY(std::abs(m.spearman - ref["spearman"]) < 1e-6);
        QVERIFY(std::abs(m.pearson - ref["pearson"]) < 1e-6);
        QVERIFY(std::abs(m.stress - ref["stress"]) < 1e-6);
        QVERIFY(std::abs(m.trustworthiness - ref["trustworthiness"]) < 1e-9);
        QVERIFY(std::abs(m.continuity - ref["continuity"]) < 1e-9);
        QVERIFY(std::abs(m.knn - ref["knn"]) < 1e-9);
    }

    void rejectsBadArguments() {
        const Matrix x = gaussian(20, 3, 40);
        QVERIFY_THROWS_EXCEPTION(ae::Error, ae::measureDistortion(x, x.topRows(19), 3));
        QVERIFY_THROWS_EXCEPTION(ae::Error, ae::measureDistortion(x, x, 10)); // needs more than 20 points
        QVERIFY_THROWS_EXCEPTION(ae::Error, ae::measureDistortion(x, x, 0));
        Matrix z = x;
        z(3, 1) = std::numeric_limits<float>::quiet_NaN();
        QVERIFY_THROWS_EXCEPTION(ae::Error, ae::measureDistortion(x, z, 3));
    }

    void shepardPairsAllAndSampled() {
        const Matrix x = gaussian(40, 5, 50);
        const Matrix z = noisyProjection(x, 2, 0.1f, 51);
        const ae::ShepardData all = ae::shepardPairs(x, z, 10000, 1);
        QCOMPARE(all.inputDistances.size(), std::size_t{40 * 39 / 2});
        QCOMPARE(all.latentDistances.size(), all.inputDistances.size());
        QVERIFY(std::abs(all.inputDistances[0] - dist(x, 0, 1)) < 1e-4);
        QVERIFY(std::abs(all.latentDistances.back() - dist(z, 38, 39)) < 1e-4);

        const ae::ShepardData a = ae::shepardPairs(x, z, 100, 7);
        const ae::ShepardData b = ae::shepardPairs(x, z, 100, 7);
        const ae::ShepardData c = ae::shepardPairs(x, z, 100, 8);
        QCOMPARE(a.inputDistances.size(), std::size_t{100});
        QCOMPARE(a.inputDistances, b.inputDistances);
        QCOMPARE(a.latentDistances, b.latentDistances);
        QVERIFY(a.inputDistances != c.inputDistances);
        // Every sampled pair is a real pair (input and latent distance belong together), none twice.
        std::set<std::pair<float, float>> seen;
        for (std::size_t p = 0; p < a.inputDistances.size(); ++p) {
            bool found = false;
            for (std::size_t q = 0; q < all.inputDistances.size() && !found; ++q)
                found = std::abs(all.inputDistances[q] - a.inputDistances[p]) < 1e-5f &&
                        std::abs(all.latentDistances[q] - a.latentDistances[p]) < 1e-5f;
            QVERIFY(found);
            QVERIFY(seen.insert({a.inputDistances[p], a.latentDistances[p]}).second);
        }
    }

    void probeMatchesOneOffFunctions() {
        // The cached probe must give the one-off functions' results (the metrics bit for bit, the
        // Shepard latent distances to float rounding) for several code sets in a row (nothing
        // from one measurement leaks into the next), with every pair in the Shepard data and
        // with sampled pairs.
        const Matrix x = gaussian(60, 12, 71);
        const std::size_t allPairs = 60 * 59 / 2;
        for (const std::size_t maxPairs : {allPairs, std::size_t{500}}) {
            const ae::DistortionProbe probe(x, 5, maxPairs, 9);
            QCOMPARE(probe.size(), Eigen::Index(60));
            for (const std::uint32_t seed : {72u, 73u}) {
                const Matrix z = gaussian(60, 2, seed);
                const ae::DistortionMetrics want = ae::measureDistortion(x, z, 5);
                const ae::DistortionMetrics got = probe.measure(z);
                compareMetrics(got, want);
                if (QTest::currentTestFailed()) return;
                const ae::ShepardData wantPairs = ae::shepardPairs(x, z, maxPairs, 9);
                const ae::ShepardData gotPairs = probe.shepard(z);
                QCOMPARE(gotPairs.inputDistances.size(), std::min(maxPairs, allPairs));
                QVERIFY(gotPairs.inputDistances == wantPairs.inputDistances);
                // The latent side comes from the metrics' distance matrix: the same pairs, the
                // same distances to float rounding.
                QCOMPARE(gotPairs.latentDistances.size(), wantPairs.latentDistances.size());
                for (std::size_t p = 0; p < wantPairs.latentDistances.size(); ++p)
                    QVERIFY2(std::abs(gotPairs.latentDistances[p] - wantPairs.latentDistances[p]) <=
                                 1e-4f * (1.0f + wantPairs.latentDistances[p]),
                             qPrintable(QString("pair %1: %2 vs %3").arg(p).arg(gotPairs.latentDistances[p])
                                            .arg(wantPairs.latentDistances[p])));
                // One call for both gives exactly what the two calls give.
                const ae::DistortionProbe::Measurement both = probe.measureWithShepard(z);
                QCOMPARE(both.metrics.spearman, got.spearman);
                QCOMPARE(both.metrics.trustworthiness, got.trustworthiness);
                QCOMPARE(both.metrics.knn, got.knn);
                QVERIFY(both.shepard.inputDistances == gotPairs.inputDistances);
                QVERIFY(both.shepard.latentDistances == gotPairs.latentDistances);
                // Per point and R_NX: what the one-off functions give.
                const Matrix dx = ae::pairwiseDistances(x), dz = ae::pairwiseDistances(z);
                const ae::PointDistortion wantPoints = ae::pointDistortion(dx, dz, 5);
                const ae::PointDistortion gotPoints = probe.points(z);
                QCOMPARE(gotPoints.trustworthiness, wantPoints.trustworthiness);
                QCOMPARE(gotPoints.continuity, wantPoints.continuity);
                QCOMPARE(gotPoints.kept, wantPoints.kept);
                QCOMPARE(both.points.trustworthiness, wantPoints.trustworthiness);
                QCOMPARE(both.points.continuity, wantPoints.continuity);
                QCOMPARE(both.points.kept, wantPoints.kept);
                QVERIFY(probe.inputDistances() == dx);
                QCOMPARE(probe.quality(z).rnx, ae::qualityCurve(dx, dz).rnx);
            }
        }
        // Codes on a coarse grid: many pairs at exactly the same distance (and points at
        // distance 0), so the ranks average long runs of ties.
        {
            const ae::DistortionProbe tiedProbe(x, 5, allPairs, 9);
            const Matrix z = (gaussian(60, 2, 77).array() * 2.0f).round().matrix() / 2.0f;
            const ae::DistortionMetrics want = ae::measureDistortion(x, z, 5);
            const ae::DistortionMetrics got = tiedProbe.measure(z);
            compareMetrics(got, want);
            if (QTest::currentTestFailed()) return;
        }
        // Codes of the wrong size or with NaNs are refused with the one-off functions' messages.
        const ae::DistortionProbe probe(x, 5, 100, 9);
        QVERIFY_THROWS_EXCEPTION(ae::Error, probe.measure(gaussian(59, 2, 74)));
        Matrix bad = gaussian(60, 2, 75);
        bad(3, 1) = std::numeric_limits<float>::quiet_NaN();
        QVERIFY_THROWS_EXCEPTION(ae::Error, probe.measure(bad));
        QVERIFY_THROWS_EXCEPTION(ae::Error, probe.measureWithShepard(bad));
        QVERIFY_THROWS_EXCEPTION(ae::Error, probe.shepard(gaussian(59, 2, 74)));
        QVERIFY_THROWS_EXCEPTION(ae::Error, ae::DistortionProbe(gaussian(8, 3, 76), 5, 100, 9));
    }

    void trainNeighbourPreservationMatchesNaive() {
        const Matrix trainX = gaussian(300, 10, 60);
        const Matrix testX = gaussian(40, 10, 61);
        const Matrix trainZ = noisyProjection(trainX, 3, 0.2f, 62);
        const Matrix testZ = noisyProjection(testX, 3, 0.2f, 63);
        const int k = 8;
        double expected = 0;
        for (int q = 0; q < 40; ++q) {
            std::vector<int> byX(300), byZ(300);
            std::iota(byX.begin(), byX.end(), 0);
            std::iota(byZ.begin(), byZ.end(), 0);
            auto d = [](const Matrix& a, int i, const Matrix& b, int j) {
                return std::sqrt((a.row(i) - b.row(j)).cast<double>().squaredNorm());
            };
            std::sort(byX.begin(), byX.end(), [&](int a, int b) { return d(testX, q, trainX, a) < d(testX, q, trainX, b); });
            std::sort(byZ.begin(), byZ.end(), [&](int a, int b) { return d(testZ, q, trainZ, a) < d(testZ, q, trainZ, b); });
            std::set<int> nx(byX.begin(), byX.begin() + k);
            int kept = 0;
            for (int t = 0; t < k; ++t) kept += static_cast<int>(nx.count(byZ[t]));
            expected += static_cast<double>(kept) / k;
        }
        expected /= 40;
        const double got = ae::trainNeighbourPreservation(testX, testZ, trainX, trainZ, k);
        QVERIFY2(std::abs(got - expected) < 1e-9, qPrintable(QString("%1 vs naive %2").arg(got).arg(expected)));
        QVERIFY(got > 0.05 && got < 1.0);
        QCOMPARE(ae::trainNeighbourPreservation(testX, testX, trainX, trainX, k), 1.0);
        QVERIFY_THROWS_EXCEPTION(ae::Error, ae::trainNeighbourPreservation(testX, testZ, trainX, trainZ, 301));
        QVERIFY_THROWS_EXCEPTION(ae::Error, ae::trainNeighbourPreservation(testX, testZ.topRows(5), trainX, trainZ, k));
        QVERIFY_THROWS_EXCEPTION(ae::Error, ae::trainNeighbourPreservation(testX, testZ, trainX, trainX, k));
    }

    void trainNeighbourPreservationSameOnTwoThreads() {
        // 300 test points are three blocks of queries, shared between the threads.
        const Matrix trainX = gaussian(500, 10, 64);
        const Matrix testX = gaussian(300, 10, 65);
        const Matrix trainZ = noisyProjection(trainX, 3, 0.2f, 66);
        const Matrix testZ = noisyProjection(testX, 3, 0.2f, 67);
        const double one = ae::trainNeighbourPreservation(testX, testZ, trainX, trainZ, 10, 1);
        QVERIFY2(one > 0.05 && one < 1.0, qPrintable(QString::number(one)));
        QCOMPARE(ae::trainNeighbourPreservation(testX, testZ, trainX, trainZ, 10, 2), one);
    }
};

QTEST_APPLESS_MAIN(TestDistortion)
#include "test_distortion.moc"
