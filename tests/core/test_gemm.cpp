// The dense layers' matrix product: every operand layout, ragged edges, several depth and
// column blocks, accumulation, and the same bits for one and two threads.
#include "core/nn/gemm.h"
#include "core/parallel.h"

#include <QtTest>

#include <random>

using namespace ae;

namespace {

Matrix randomMatrix(Eigen::Index rows, Eigen::Index cols, unsigned seed)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<float> u(-1.0f, 1.0f);
    Matrix m(rows, cols);
    for (Eigen::Index i = 0; i < m.size(); ++i) m.data()[i] = u(rng);
    return m;
}

// Float sums of `depth` products of values in [-1, 1] in another order differ by a few ulps
// of the magnitude of the sum.
float tolerance(Eigen::Index depth) { return 1e-5f * static_cast<float>(depth) + 1e-6f; }

float maxDifference(const Matrix& a, const Matrix& b) { return (a - b).cwiseAbs().maxCoeff(); }

// Data columns of a product c (rows x cols) = a (rows x depth) · b (depth x cols).
void addProductShapeColumns()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("cols");
    QTest::addColumn<int>("depth");
}

} // namespace

class TestGemm : public QObject {
    Q_OBJECT
private slots:
    void matchesEigen_data()
    {
        addProductShapeColumns();
        QTest::newRow("deep preset first layer") << 256 << 128 << 784;
        QTest::newRow("deep preset last layer") << 256 << 784 << 128;
        QTest::newRow("ragged rows and columns") << 13 << 37 << 29;
        QTest::newRow("one row") << 1 << 50 << 7;
        QTest::newRow("one column") << 9 << 1 << 300;
        QTest::newRow("two depth blocks, two column blocks") << 20 << 600 << 513;
        QTest::newRow("depth one") << 7 << 33 << 1;
    }

    void matchesEigen()
    {
        QFETCH(int, rows);
        QFETCH(int, cols);
        QFETCH(int, depth);
        const Matrix a = randomMatrix(rows, depth, 1);
        const Matrix b = randomMatrix(depth, cols, 2);
        const Matrix expected = a * b;

        Matrix c = Matrix::Constant(rows, cols, 123.0f);  // overwritten, never read
        multiply(rows, cols, depth, asStrided(a), asStrided(b), c.data(), cols, Accumulate::No, 1);
        QVERIFY2(maxDifference(c, expected) < tolerance(depth), "a·b");

        // The same product from transposed storage: (aᵀ)ᵀ · (bᵀ)ᵀ.
        const Matrix at = a.transpose();
        const Matrix bt = b.transpose();
        Matrix ct(rows, cols);
        multiply(rows, cols, depth, asStridedTransposed(at), asStridedTransposed(bt), ct.data(), cols, Accumulate::No, 1);
        QVERIFY2(maxDifference(ct, expected) < tolerance(depth), "transposed views");
        // b from transposed storage is packed element by element, from plain storage by rows;
        // the panels, and so every bit of the product, must be the same.
        Matrix cb(rows, cols);
        multiply(rows, cols, depth, asStrided(a), asStridedTransposed(bt), cb.data(), cols, Accumulate::No, 1);
        QCOMPARE(maxDifference(cb, c), 0.0f);

        // Accumulation adds to what is there.
        const Matrix start = randomMatrix(rows, cols, 3);
        Matrix acc = start;
        multiply(rows, cols, depth, asStrided(a), asStrided(b), acc.data(), cols, Accumulate::Yes, 1);
        QVERIFY2(maxDifference(acc, start + expected) < tolerance(depth) + 1e-6f, "c += a·b");
    }

    void writesOnlyItsBlockOfAWiderMatrix()
    {
        // c is the middle 10 x 20 block of a 10 x 40 matrix (row stride 40): the columns
        // outside it must keep their values.
        const Matrix a = randomMatrix(10, 17, 4);
        const Matrix b = randomMatrix(17, 20, 5);
        Matrix wide = Matrix::Constant(10, 40, 9.0f);
        multiply(10, 20, 17, asStrided(a), asStrided(b), wide.data() + 10, 40, Accumulate::No, 1);
        QVERIFY(maxDifference(wide.middleCols(10, 20), a * b) < tolerance(17));
        QCOMPARE(wide.leftCols(10).minCoeff(), 9.0f);
        QCOMPARE(wide.leftCols(10).maxCoeff(), 9.0f);
        QCOMPARE(wide.rightCols(10).minCoeff(), 9.0f);
        QCOMPARE(wide.rightCols(10).maxCoeff(), 9.0f);
    }

    void zeroDepthGivesZerosOrLeavesTheSum()
    {
        Matrix c = Matrix::Constant(3, 4, 5.0f);
        multiply(3, 4, 0, {nullptr, 0, 1}, {nullptr, 4, 1}, c.data(), 4, Accumulate::Yes, 1);
        QCOMPARE(c.minCoeff(), 5.0f);
        multiply(3, 4, 0, {nullptr, 0, 1}, {nullptr, 4, 1}, c.data(), 4, Accumulate::No, 1);
        QCOMPARE(c.cwiseAbs().maxCoeff(), 0.0f);
    }

    void sameBitsForOneAndTwoThreads_data()
    {
        addProductShapeColumns();
        QTest::newRow("threads split the columns") << 256 << 128 << 784;
        QTest::newRow("threads split the rows (one column panel)") << 600 << 16 << 784;
        QTest::newRow("ragged panels") << 100 << 210 << 300;
    }

    void sameBitsForOneAndTwoThreads()
    {
        QFETCH(int, rows);
        QFETCH(int, cols);
        QFETCH(int, depth);
        const Matrix a = randomMatrix(rows, depth, 6);
        const Matrix b = randomMatrix(depth, cols, 7);
        Matrix one(rows, cols), two(rows, cols);
        multiply(rows, cols, depth, asStrided(a), asStrided(b), one.data(), cols, Accumulate::No, 1);
        multiply(rows, cols, depth, asStrided(a), asStrided(b), two.data(), cols, Accumulate::No, 2);
        QCOMPARE(maxDifference(one, two), 0.0f);
        QVERIFY(maxDifference(one, a * b) < tolerance(depth));
    }
};

QTEST_APPLESS_MAIN(TestGemm)
#include "test_gemm.moc"
