// Penalties on the code: values on hand cases and finite-difference gradients for each.
#include "core/nn/code_terms.h"
#include "gradient_check.h"

#include <QtTest>

using namespace ae;

class TestCodeTerms : public QObject {
    Q_OBJECT
private slots:
    void l1()
    {
        Matrix z(2, 3);
        z << 1, -2, 0.5f, /**/ -0.25f, 3, -1;
        Matrix grad = Matrix::Ones(2, 3); // the term adds into what is there
        const double v = l1Activity(z, 0.1f, &grad);
        QVERIFY(std::abs(v - 0.1 * 7.75 / 2) < 1e-7);
        QCOMPARE(grad(0, 0), 1.0f + 0.05f);
        QCOMPARE(grad(0, 1), 1.0f - 0.05f);

        // Away from 0, where |z| is differentiable.
        Matrix zz = test::randomMatrix(4, 5, 0.1f, 1.0f, 1);
        zz = (test::randomMatrix(4, 5, -1, 1, 2).array() < 0).select(-zz, zz);
        Matrix g = Matrix::Zero(4, 5);
        l1Activity(zz, 1e-2f, &g);
        const auto rep = test::checkScalarGradient([](const Matrix& x) { return l1Activity(x, 1e-2f, nullptr); }, zz, g);
        qInfo("l1: max rel error %.2e", rep.maxError);
        QVERIFY(rep.maxError < 1e-2);
        QVERIFY_THROWS_EXCEPTION(Error, l1Activity(zz, 1.0f, &grad)); // grad 2x3 for a 4x5 code
    }

    void klSparsity()
    {
        // Units whose mean activation equals rho pay nothing and get no push.
        Matrix z(2, 2);
        z << 0.04f, 0.1f, 0.06f, 0.0f;
        Matrix grad = Matrix::Zero(2, 2);
        QVERIFY(std::abs(ae::klSparsity(z, 0.05f, 3.0f, &grad)) < 1e-7);
        QVERIFY(grad.cwiseAbs().maxCoeff() < 1e-5f);
        // One unit: rhoHat = 0.5 against rho = 0.1: KL = 0.1 ln(0.2) + 0.9 ln(1.8).
        Matrix half = Matrix::Constant(3, 1, 0.5f);
        const double want = 2.0 * (0.1 * std::log(0.2) + 0.9 * std::log(1.8));
        QVERIFY(std::abs(ae::klSparsity(half, 0.1f, 2.0f, nullptr) - want) < 1e-6);

        const Matrix zz = test::randomMatrix(5, 4, 0.05f, 0.95f, 3);
        Matrix g = Matrix::Zero(5, 4);
        ae::klSparsity(zz, 0.1f, 0.5f, &g);
        const auto rep =
            test::checkScalarGradient([](const Matrix& x) { return ae::klSparsity(x, 0.1f, 0.5f, nullptr); }, zz, g);
        qInfo("kl sparsity: max rel error %.2e", rep.maxError);
        QVERIFY(rep.maxError < 1e-2);
        QVERIFY_THROWS_EXCEPTION(Error, ae::klSparsity(zz, 1.0f, 0.5f, nullptr));
    }

    void vaeKl()
    {
        // The standard normal itself costs nothing.
        Matrix gm = Matrix::Zero(3, 2), gl = Matrix::Zero(3, 2);
        QVERIFY(std::abs(ae::vaeKl(Matrix::Zero(3, 2), Matrix::Zero(3, 2), 1.0f, &gm, &gl)) < 1e-12);
        QVERIFY(gm.isZero() && gl.isZero());
        // mu = 1, logvar = 0 in one dimension: -0.5 (1 + 0 - 1 - 1) = 0.5 per sample.
        QVERIFY(std::abs(ae::vaeKl(Matrix::Ones(4, 1), Matrix::Zero(4, 1), 2.0f, nullptr, nullptr) - 1.0) < 1e-6);

        const Matrix mu = test::randomMatrix(4, 3, -1.5f, 1.5f, 4);
        const Matrix lv = test::randomMatrix(4, 3, -2.0f, 1.0f, 5);
        Matrix dmu = Matrix::Zero(4, 3), dlv = Matrix::Zero(4, 3);
        ae::vaeKl(mu, lv, 0.7f, &dmu, &dlv);
        const auto rmu = test::checkScalarGradient(
            [&](const Matrix& m) { return ae::vaeKl(m, lv, 0.7f, nullptr, nullptr); }, mu, dmu);
        const auto rlv = test::checkScalarGradient(
            [&](const Matrix& l) { return ae::vaeKl(mu, l, 0.7f, nullptr, nullptr); }, lv, dlv);
        qInfo("vae kl: max rel error mu %.2e, logvar %.2e", rmu.maxError, rlv.maxError);
        QVERIFY(rmu.maxError < 1e-2);
        QVERIFY(rlv.maxError < 1e-2);
    }

    void pairwiseScaleInvariance()
    {
        // A code that is a scaled copy of the input preserves every distance ratio: zero cost and
        // zero gradient, whatever the scale.
        const Matrix x = test::randomMatrix(6, 3, -1, 1, 6);
        Matrix grad = Matrix::Zero(6, 3);
        const double v = pairwiseDistanceTerm(x, 2.5f * x, 4.0f, &grad);
        QVERIFY2(v < 1e-10, qPrintable(QString::number(v)));
        QVERIFY(grad.cwiseAbs().maxCoeff() < 1e-5f);
        // A 2-D code of 3-D data that ignores one axis costs something.
        const Matrix z = x.leftCols(2);
        QVERIFY(pairwiseDistanceTerm(x, z, 1.0f, nullptr) > 1e-4);
        QCOMPARE(pairwiseDistanceTerm(x.topRows(1), z.topRows(1), 1.0f, nullptr), 0.0); // no pairs
    }

    void pairwiseHandValue()
    {
        // Three inputs on a line at 0, 1, 3: distances 1, 3, 2 (mean 2) -> ratios 0.5, 1.5, 1.
        // Codes at 0, 1, 2: distances 1, 2, 1 (mean 4/3) -> 0.75, 1.5, 0.75.
        // weight * mean of squared differences = (0.0625 + 0 + 0.0625) / 3.
        Matrix x(3, 1), z(3, 1);
        x << 0, 1, 3;
        z << 0, 1, 2;
        QVERIFY(std::abs(pairwiseDistanceTerm(x, z, 1.0f, nullptr) - 0.125 / 3) < 1e-6);
    }

    void pairwiseGradient()
    {
        const Matrix x = test::randomMatrix(7, 10, 0, 1, 7);
        const Matrix z = test::randomMatrix(7, 2, -1, 1, 8);
        Matrix g = Matrix::Ones(7, 2);
        pairwiseDistanceTerm(x, z, 2.0f, &g);
        g.array() -= 1.0f; // it added into the ones
        test::CheckOptions opt;
        opt.step = 1e-3f; // distances curve sharply for close codes; the term is computed in double
        const auto rep = test::checkScalarGradient(
            [&](const Matrix& c) { return pairwiseDistanceTerm(x, c, 2.0f, nullptr); }, z, g, opt);
        qInfo("pairwise distance: max rel error %.2e", rep.maxError);
        QVERIFY(rep.maxError < 1e-2);
        // The term is invariant to the code's scale, so the gradient is orthogonal to z
        // (Euler: d/ds L(s z) = <grad, z> = 0). A gradient that ignored mean(dz)'s dependence
        // on z would fail this.
        const double radial = (g.cast<double>().array() * z.cast<double>().array()).sum();
        QVERIFY2(std::abs(radial) < 1e-5 * g.cwiseAbs().sum(), qPrintable(QString::number(radial)));
    }

    void stressHandValue()
    {
        // Inputs at 0, 1, 3 (distances 1, 3, 2), codes at 0, 1, 2 (distances 1, 2, 1):
        // sum dx dz = 1 + 6 + 2 = 9, sum dx^2 = 14, sum dz^2 = 6, so 1 - 81 / 84 = 1/28.
        Matrix x(3, 1), z(3, 1);
        x << 0, 1, 3;
        z << 0, 1, 2;
        QVERIFY(std::abs(pairwiseStressTerm(x, z, 2.0f, nullptr) - 2.0 / 28) < 1e-6);
        // The batch's stress-1 squared, as the distance analysis computes it.
        QVERIFY(std::abs(pairwiseStressTerm(x, 3.0f * x, 1.0f, nullptr)) < 1e-9);
        QCOMPARE(pairwiseStressTerm(x.topRows(1), z.topRows(1), 1.0f, nullptr), 0.0);
    }

    void stressGradient()
    {
        const Matrix x = test::randomMatrix(7, 10, 0, 1, 9);
        const Matrix z = test::randomMatrix(7, 2, -1, 1, 10);
        Matrix g = Matrix::Ones(7, 2);
        pairwiseStressTerm(x, z, 2.0f, &g);
        g.array() -= 1.0f;
        test::CheckOptions opt;
        opt.step = 1e-3f;
        const auto rep = test::checkScalarGradient(
            [&](const Matrix& c) { return pairwiseStressTerm(x, c, 2.0f, nullptr); }, z, g, opt);
        qInfo("pairwise stress: max rel error %.2e", rep.maxError);
        QVERIFY(rep.maxError < 1e-2);
        QVERIFY(g.cwiseAbs().maxCoeff() > 1e-4f);  // not trivially flat
        // Scale-free too: the gradient is orthogonal to z.
        const double radial = (g.cast<double>().array() * z.cast<double>().array()).sum();
        QVERIFY2(std::abs(radial) < 1e-5 * g.cwiseAbs().sum(), qPrintable(QString::number(radial)));
    }
};

QTEST_APPLESS_MAIN(TestCodeTerms)
#include "test_code_terms.moc"
