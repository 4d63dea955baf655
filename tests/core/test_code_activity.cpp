// Code activity against small codes worked out by hand, a dead code and an empty one.
#include "core/analysis/code_activity.h"

#include <QtTest>

#include <cmath>

using namespace ae;

namespace {

Matrix rows(int n, int d, std::initializer_list<float> values) {
    Matrix m(n, d);
    auto it = values.begin();
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < d; ++j) m(i, j) = *it++;
    return m;
}

bool finite(const CodeActivity& a) {
    for (double v : {a.activeFraction, a.meanAbs, a.lifetimeSparsity, a.populationSparsity})
        if (!std::isfinite(v)) return false;
    for (double v : a.unitMeanActivation)
        if (!std::isfinite(v)) return false;
    return true;
}

} // namespace

class TestCodeActivity : public QObject {
    Q_OBJECT
private slots:
    void aSmallCodeByHand() {
        // Three samples, three units; unit 2 never exceeds epsilon (0.0005 is below 1e-3).
        const Matrix z = rows(3, 3, {1, 0, 0, 2, 2, 0.0005f, 0, -2, 0});
        const CodeActivity a = codeActivity(z);
        QCOMPARE(a.samples, 3LL);
        QCOMPARE(a.units, 3);
        QCOMPARE(a.epsilon, kCodeActivityEpsilon);
        QCOMPARE(a.activeFraction, 4.0 / 9.0);
        QVERIFY(std::fabs(a.meanAbs - 7.0005 / 9.0) < 1e-9);
        QCOMPARE(a.deadUnits, 1);
        QCOMPARE(a.unitMeanActivation.size(), std::size_t(3));
        QCOMPARE(a.unitMeanActivation[0], 1.0);
        QCOMPARE(a.unitMeanActivation[1], 0.0);  // +2 and −2: the mean is signed
        QVERIFY(std::fabs(a.unitMeanActivation[2] - 0.0005 / 3) < 1e-9);

        // Hoyer by hand, n = 3, √3 − 1 below: unit 0 = (1,2,0): l1 3, l2 √5; unit 1 = (0,2,2):
        // l1 4, l2 √8; unit 2 = (0,ε',0): one non-zero → 1.
        const double r3 = std::sqrt(3.0);
        const double h0 = (r3 - 3 / std::sqrt(5.0)) / (r3 - 1), h1 = (r3 - 4 / std::sqrt(8.0)) / (r3 - 1);
        QVERIFY(std::fabs(a.lifetimeSparsity - (h0 + h1 + 1) / 3) < 1e-6);
        // Rows: (1,0,0) → 1; (2,2,0.0005) ≈ equal pair; (0,2,0) → 1.
        const double l1 = 4.0005, l2 = std::sqrt(8.0 + 0.0005 * 0.0005);
        const double hRow = (r3 - l1 / l2) / (r3 - 1);
        QVERIFY(std::fabs(a.populationSparsity - (1 + hRow + 1) / 3) < 1e-6);
    }

    void hoyerSpansDenseToOneHot() {
        const double dense[] = {0.5, -0.5, 0.5, 0.5};
        const double oneHot[] = {0, 0, 3, 0};
        QCOMPARE(hoyerSparsity(dense, 4), 0.0);
        QCOMPARE(hoyerSparsity(oneHot, 4), 1.0);
        const double strided[] = {1, 9, 1, 9, 1, 9};  // every other value: (1,1,1)
        QCOMPARE(hoyerSparsity(strided, 3, 2), 0.0);
    }

    void aDeadCodeGivesNumbers() {
        const Matrix z = Matrix::Zero(5, 4);
        const CodeActivity a = codeActivity(z);
        QVERIFY(finite(a));
        QCOMPARE(a.activeFraction, 0.0);
        QCOMPARE(a.meanAbs, 0.0);
        QCOMPARE(a.deadUnits, 4);
        QCOMPARE(a.units, 4);
        QCOMPARE(a.lifetimeSparsity, 1.0);
        QCOMPARE(a.populationSparsity, 1.0);
        for (double m : a.unitMeanActivation) QCOMPARE(m, 0.0);
    }

    void anEmptySetGivesZeros() {
        const CodeActivity a = codeActivity(Matrix(0, 6));
        QVERIFY(finite(a));
        QCOMPARE(a.samples, 0LL);
        QCOMPARE(a.units, 6);
        QCOMPARE(a.deadUnits, 0);
        QCOMPARE(a.activeFraction, 0.0);
        QCOMPARE(a.lifetimeSparsity, 0.0);
        QCOMPARE(a.unitMeanActivation.size(), std::size_t(6));
        QVERIFY(finite(codeActivity(Matrix(0, 0))));
    }

    void epsilonDecidesWhatIsActive() {
        const Matrix z = rows(1, 4, {0.01f, 0.1f, 1, 0});
        QCOMPARE(codeActivity(z).activeFraction, 0.75);
        QCOMPARE(codeActivity(z, 0.05).activeFraction, 0.5);
        QCOMPARE(codeActivity(z, 0.05).deadUnits, 2);
    }

    void histogramCountsEveryValueOnce() {
        const Matrix v = rows(2, 4, {0, 0.1f, 0.5f, 0.99f, 1, -3, 7, std::nanf("")});
        const Histogram h = histogram(v, 4, 0, 1);
        // [0,.25): 0, 0.1, −3 (below); [.25,.5): none; [.5,.75): 0.5; [.75,1]: 0.99, 1, 7 (above).
        QCOMPARE(h.counts, (std::vector<long long>{3, 0, 1, 3}));
        QCOMPARE(h.binWidth(), 0.25);
        const Histogram own = histogram(rows(1, 3, {2, 2, 2}), 3);
        QCOMPARE(own.lo, 1.5);
        QCOMPARE(own.counts, (std::vector<long long>{0, 3, 0}));
        QVERIFY_THROWS_EXCEPTION(Error, histogram(v, 0, 0, 1));
        QVERIFY_THROWS_EXCEPTION(Error, histogram(v, 3, 1, 1));
    }
};

QTEST_APPLESS_MAIN(TestCodeActivity)
#include "test_code_activity.moc"
