// The neighbour inspector's core (issue 15): one probe point's k nearest in input and in code
// space, each neighbour's rank in the other space, and the nearest rows of another set. A hand-
// worked case with a tie in the code (broken by the lower index, as every metric breaks it), and
// agreement with the per-point neighbours kept that the latent view's colouring reads.
#include "core/analysis/distances.h"
#include "core/analysis/distortion.h"
#include "core/analysis/probe_neighbours.h"

#include <QtTest>

#include <random>
#include <vector>

using ae::Matrix;
using Index = Eigen::Index;

namespace {

Matrix column(std::initializer_list<float> values) {
    Matrix m(static_cast<Index>(values.size()), 1);
    int i = 0;
    for (float v : values) m(i++, 0) = v;
    return m;
}

Matrix gaussian(int n, int d, std::uint32_t seed) {
    std::mt19937 rng(seed);
    std::normal_distribution<float> g;
    Matrix m(n, d);
    for (int i = 0; i < m.size(); ++i) m.data()[i] = g(rng);
    return m;
}

} // namespace

class TestProbeNeighbours : public QObject {
    Q_OBJECT
private slots:
    // Inputs on a line 0, 1, 3, 6, 10; codes 0, 2, 1, 5, -2. From point 0:
    //   input distances 1, 3, 6, 10        -> input order 1, 2, 3, 4
    //   code distances  2, 1, 5, 2 (a tie)  -> code order 2, 1, 4, 3 (1 before 4: lower index)
    // so with k = 3 the input neighbours 1, 2, 3 have code ranks 2, 1, 4, the code neighbours
    // 2, 1, 4 have input ranks 2, 1, 4, and two of the three are shared.
    void handWorkedWithATie() {
        const Matrix x = column({0, 1, 3, 6, 10});
        const Matrix z = column({0, 2, 1, 5, -2});
        const ae::ProbeNeighbours r = ae::probeNeighbours(x, z, 0, 3);
        QCOMPARE(r.probe, Index{0});
        QCOMPARE(r.k, 3);
        QCOMPARE(r.input, (std::vector<Index>{1, 2, 3}));
        QCOMPARE(r.inputRankInCode, (std::vector<int>{2, 1, 4}));
        QCOMPARE(r.code, (std::vector<Index>{2, 1, 4}));
        QCOMPARE(r.codeRankInInput, (std::vector<int>{2, 1, 4}));
        QCOMPARE(r.shared, 2);

        // k = 2 cuts through nothing but decides the tie's loser is out: 1 is in, 4 is not.
        const ae::ProbeNeighbours two = ae::probeNeighbours(x, z, 0, 2);
        QCOMPARE(two.code, (std::vector<Index>{2, 1}));
        QCOMPARE(two.shared, 2);

        // From the middle point 2 (input 3, code 1): input distances 3, 2, 3, 7 (a tie of 0 and
        // 3) -> 1, 0, 3, 4; code distances 1, 1, 4, 3 (a tie of 0 and 1) -> 0, 1, 4, 3.
        const ae::ProbeNeighbours mid = ae::probeNeighbours(x, z, 2, 4);
        QCOMPARE(mid.input, (std::vector<Index>{1, 0, 3, 4}));
        QCOMPARE(mid.inputRankInCode, (std::vector<int>{2, 1, 4, 3}));
        QCOMPARE(mid.code, (std::vector<Index>{0, 1, 4, 3}));
        QCOMPARE(mid.codeRankInInput, (std::vector<int>{2, 1, 4, 3}));
        QCOMPARE(mid.shared, 4);
    }

    // Shared neighbours per point are the per-point "kept" the distortion metrics count.
    void sharedIsThePointsKept() {
        const Matrix x = gaussian(60, 6, 3);
        const Matrix z = gaussian(60, 2, 4) + 0.5f * x.leftCols(2);
        const ae::PointDistortion points = ae::pointDistortion(ae::pairwiseDistances(x), ae::pairwiseDistances(z), 10);
        for (Index i = 0; i < x.rows(); ++i) {
            const ae::ProbeNeighbours r = ae::probeNeighbours(x, z, i, 10);
            QCOMPARE(r.shared, points.kept[static_cast<std::size_t>(i)]);
            // A neighbour's rank in its own space is its place in the list.
            const ae::ProbeNeighbours again = ae::probeNeighbours(z, x, i, 10);
            QCOMPARE(again.input, r.code);
            QCOMPARE(again.inputRankInCode, r.codeRankInInput);
        }
    }

    void refusesWhatDoesNotFit() {
        const Matrix x = column({0, 1, 2});
        QVERIFY_THROWS_EXCEPTION(ae::Error, ae::probeNeighbours(x, column({0, 1}), 0, 1));
        QVERIFY_THROWS_EXCEPTION(ae::Error, ae::probeNeighbours(x, x, 3, 1));
        QVERIFY_THROWS_EXCEPTION(ae::Error, ae::probeNeighbours(x, x, 0, 3));
        QVERIFY_THROWS_EXCEPTION(ae::Error, ae::probeNeighbours(x, x, 0, 0));
    }

    // Query 2 against 0, 1, 3, 6, 10: distances 2, 1, 1, 4, 8; 1 and 2 tie, the lower index first.
    void nearestRowsOfAnotherSet() {
        const Matrix base = column({0, 1, 3, 6, 10});
        Eigen::RowVectorXf q(1);
        q << 2;
        const ae::NearestRows r = ae::nearestRows(base, q, 3);
        QCOMPARE(r.index, (std::vector<Index>{1, 2, 0}));
        QCOMPARE(r.distance, (std::vector<float>{1, 1, 2}));
        QCOMPARE(ae::nearestRows(base, q, 9).index.size(), std::size_t{5});
        QVERIFY_THROWS_EXCEPTION(ae::Error, ae::nearestRows(base, Eigen::RowVectorXf(2), 1));
    }
};

QTEST_APPLESS_MAIN(TestProbeNeighbours)
#include "test_probe_neighbours.moc"
