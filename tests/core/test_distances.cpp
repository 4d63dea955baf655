// Gram-matrix distances against the plain double loop.
#include "core/analysis/distances.h"

#include <QtTest>

#include <cmath>
#include <limits>
#include <random>

using ae::Matrix;

namespace {

Matrix randomMatrix(int n, int d, std::uint32_t seed, float offset) {
    std::mt19937 rng(seed);
    std::uniform_real_distribution<float> u(-1, 1);
    Matrix m(n, d);
    for (int i = 0; i < m.size(); ++i) m.data()[i] = u(rng) + offset;
    return m;
}

double naive(const Matrix& a, int i, const Matrix& b, int j) {
    double s = 0;
    for (int c = 0; c < a.cols(); ++c) {
        const double e = static_cast<double>(a(i, c)) - static_cast<double>(b(j, c));
        s += e * e;
    }
    return std::sqrt(s);
}

} // namespace

class TestDistances : public QObject {
    Q_OBJECT
private slots:
    void pairwiseMatchesNaiveLoop_data() {
        QTest::addColumn<int>("dim");
        QTest::newRow("latent width, direct sums") << 3;
        QTest::newRow("image width, Gram GEMM") << 50;
    }

    void pairwiseMatchesNaiveLoop() {
        QFETCH(int, dim);
        // Far from the origin, an uncentred Gram product would lose most digits.
        const Matrix x = randomMatrix(60, dim, 1, 100.0f);
        const Matrix d = ae::pairwiseDistances(x);
        QCOMPARE(d.rows(), 60);
        QCOMPARE(d.cols(), 60);
        for (int i = 0; i < 60; ++i) {
            QCOMPARE(d(i, i), 0.0f);
            for (int j = 0; j < 60; ++j) {
                QCOMPARE(d(i, j), d(j, i));
                if (i != j) QVERIFY2(std::abs(d(i, j) - naive(x, i, x, j)) < 1e-4 * (1.0 + naive(x, i, x, j)),
                                     qPrintable(QString("d(%1,%2) = %3, naive %4").arg(i).arg(j).arg(d(i, j)).arg(naive(x, i, x, j))));
            }
        }
    }

    void sameBitsOnOneAndTwoThreads() {
        // 300 x 300 x 100 is large enough for the Gram product to be split between threads.
        const Matrix x = randomMatrix(300, 100, 5, 1.0f);
        const Matrix one = ae::pairwiseDistances(x, 1);
        QVERIFY(one == ae::pairwiseDistances(x, 2));
        QVERIFY(one.allFinite());
    }

    void duplicatesAreAtZero() {
        Matrix x = randomMatrix(10, 300, 2, 0.5f);
        x.row(7) = x.row(3);
        const Matrix d = ae::pairwiseDistances(x);
        QVERIFY(d(3, 7) < 1e-3f);
        QVERIFY(d(3, 7) >= 0.0f);
        QVERIFY(d.allFinite());
    }

    void equalDistancesAreExactlyEqualInLowDimensions() {
        // Codes on a grid: the unit square's sides must tie exactly, so neighbour
        // ranks break the tie by index rather than by round-off.
        Matrix z(4, 2);
        z << 0.1f, 0.3f, 1.1f, 0.3f, 0.1f, 1.3f, 1.1f, 1.3f;
        const Matrix d = ae::pairwiseDistances(z);
        QCOMPARE(d(0, 1), d(0, 2));
        QCOMPARE(d(0, 1), d(2, 3));
        QCOMPARE(d(0, 3), d(1, 2));
    }

    void nanStaysVisible() {
        Matrix x = randomMatrix(5, 40, 3, 0.0f);
        x(2, 7) = std::numeric_limits<float>::quiet_NaN();
        QVERIFY(std::isnan(ae::pairwiseDistances(x)(1, 2)));
        QVERIFY(std::isnan(ae::pairwiseDistances(x.leftCols(8))(1, 2)));
    }

    void crossMatchesNaiveLoop() {
        const Matrix a = randomMatrix(13, 9, 3, 5.0f);
        const Matrix b = randomMatrix(21, 9, 4, 5.5f);
        const Matrix d = ae::crossDistances(a, b);
        QCOMPARE(d.rows(), 13);
        QCOMPARE(d.cols(), 21);
        for (int i = 0; i < 13; ++i)
            for (int j = 0; j < 21; ++j) QVERIFY(std::abs(d(i, j) - naive(a, i, b, j)) < 1e-4 * (1.0 + naive(a, i, b, j)));
        // Against itself it agrees with pairwiseDistances.
        QVERIFY((ae::crossDistances(a, a) - ae::pairwiseDistances(a)).cwiseAbs().maxCoeff() < 1e-3f);
    }

    void rejectsMismatchedWidths() {
        QVERIFY_THROWS_EXCEPTION(ae::Error, ae::crossDistances(Matrix::Zero(3, 4), Matrix::Zero(3, 5)));
    }
};

QTEST_APPLESS_MAIN(TestDistances)
#include "test_distances.moc"
