// Reconstruction losses: values against naive formulas, stability at extreme logits, gradients.
#include "core/nn/losses.h"
#include "gradient_check.h"

#include <QtTest>

using namespace ae;

class TestLosses : public QObject {
    Q_OBJECT
private slots:
    void names()
    {
        QCOMPARE(valueNamed<LossKind>("bce", "loss"), LossKind::BinaryCrossEntropy);
        QCOMPARE(valueNamed<LossKind>("mse", "loss"), LossKind::MeanSquaredError);
        QCOMPARE(nameOf(LossKind::BinaryCrossEntropy), std::string("bce"));
        QCOMPARE(nameOf(LossKind::MeanSquaredError), std::string("mse"));
        try {
            valueNamed<LossKind>("hinge", "loss");
            QFAIL("unknown loss must throw");
        } catch (const Error& e) {
            const QString msg = e.what();
            QVERIFY2(msg.contains("hinge") && msg.contains("bce") && msg.contains("mse"), e.what());
        }
    }

    void bceMatchesNaiveFormula_data()
    {
        // Widths around the loss's blocks of 8 x 120 terms per logarithm: a tail only, one
        // image, several blocks, several blocks and a tail.
        QTest::addColumn<int>("cols");
        QTest::newRow("6") << 6;
        QTest::newRow("784") << 784;
        QTest::newRow("2000") << 2000;
        QTest::newRow("2003") << 2003;
    }

    void bceMatchesNaiveFormula()
    {
        QFETCH(int, cols);
        const Matrix z = test::randomMatrix(4, cols, -4, 4, 1);
        const Matrix t = test::randomMatrix(4, cols, 0, 1, 2);
        double naive = 0;
        for (Eigen::Index i = 0; i < z.size(); ++i) {
            const double s = 1.0 / (1.0 + std::exp(-double(z.data()[i])));
            const double ti = t.data()[i];
            naive -= ti * std::log(s) + (1 - ti) * std::log(1 - s);
        }
        naive /= double(z.size());
        Matrix grad;
        const double got = bceWithLogits(z, t, &grad, 1);
        QVERIFY2(std::abs(got - naive) < 1e-6 * naive, qPrintable(QString("%1 vs %2").arg(got).arg(naive)));
        QCOMPARE(grad.rows(), z.rows());
        QCOMPARE(grad.cols(), z.cols());
    }

    void bceStableForExtremeLogits()
    {
        Matrix z(1, 4);
        z << 100, -100, 100, -100;
        Matrix t(1, 4);
        t << 1, 0, 0, 1;
        Matrix grad;
        // Right answers: ~0 for the confident hits, 100 for each confident miss; mean = 50.
        const double loss = bceWithLogits(z, t, &grad, 1);
        QVERIFY(std::isfinite(loss));
        QVERIFY2(std::abs(loss - 50.0) < 1e-4, qPrintable(QString::number(loss)));
        QVERIFY(grad.allFinite());
        // (sigmoid(z) - t) / 4: 0, 0, 1/4, -1/4
        QVERIFY(std::abs(grad(0, 0)) < 1e-7f && std::abs(grad(0, 1)) < 1e-7f);
        QVERIFY(std::abs(grad(0, 2) - 0.25f) < 1e-6f && std::abs(grad(0, 3) + 0.25f) < 1e-6f);
    }

    void mseValue()
    {
        Matrix y(2, 2), t(2, 2);
        y << 1, 2, 3, 4;
        t << 1, 0, 0, 4;
        Matrix grad;
        QCOMPARE(meanSquaredError(y, t, &grad), (0.0 + 4.0 + 9.0 + 0.0) / 4.0);
        QCOMPARE(grad(0, 1), 2.0f * 2.0f / 4.0f);
        QCOMPARE(grad(1, 0), 2.0f * 3.0f / 4.0f);
        QCOMPARE(grad(0, 0), 0.0f);
    }

    void gradients()
    {
        const Matrix z = test::randomMatrix(3, 5, -3, 3, 3);
        const Matrix t = test::randomMatrix(3, 5, 0, 1, 4);
        Matrix grad;
        bceWithLogits(z, t, &grad, 1);
        const auto bce = test::checkScalarGradient([&](const Matrix& v) { return bceWithLogits(v, t, nullptr, 1); }, z,
                                                   grad);
        meanSquaredError(z, t, &grad);
        const auto mse = test::checkScalarGradient([&](const Matrix& v) { return meanSquaredError(v, t, nullptr); },
                                                   z, grad);
        qInfo("losses: max rel error bce %.2e, mse %.2e", bce.maxError, mse.maxError);
        QVERIFY(bce.maxError < 1e-2);
        QVERIFY(mse.maxError < 1e-2);
        QCOMPARE(bce.compared, 15);
    }

    void perSample()
    {
        const Matrix z = test::randomMatrix(4, 6, -2, 2, 5);
        const Matrix t = test::randomMatrix(4, 6, 0, 1, 6);
        for (LossKind k : {LossKind::BinaryCrossEntropy, LossKind::MeanSquaredError}) {
            Vector per;
            perSampleLoss(k, z, t, per);
            QCOMPARE(per.size(), Eigen::Index(4));
            // Each row alone through the batch loss gives the same number.
            for (Eigen::Index i = 0; i < 4; ++i) {
                const Matrix zi = z.row(i), ti = t.row(i);
                const double one = k == LossKind::BinaryCrossEntropy ? bceWithLogits(zi, ti, nullptr, 1)
                                                                     : meanSquaredError(zi, ti, nullptr);
                QVERIFY(std::abs(per[i] - one) < 1e-6 * std::max(1.0, one));
            }
            const double whole = k == LossKind::BinaryCrossEntropy ? bceWithLogits(z, t, nullptr, 1)
                                                                   : meanSquaredError(z, t, nullptr);
            QVERIFY(std::abs(per.cast<double>().mean() - whole) < 1e-6);
            QVERIFY(per.maxCoeff() > per.minCoeff()); // rows really differ
        }
    }

    void shapeMismatchThrows()
    {
        Vector per;
        QVERIFY_THROWS_EXCEPTION(Error, bceWithLogits(Matrix::Zero(2, 3), Matrix::Zero(3, 2), nullptr, 1));
        QVERIFY_THROWS_EXCEPTION(Error, meanSquaredError(Matrix::Zero(2, 3), Matrix::Zero(2, 4), nullptr));
        QVERIFY_THROWS_EXCEPTION(Error, perSampleLoss(LossKind::MeanSquaredError, Matrix::Zero(2, 3),
                                                      Matrix::Zero(1, 3), per));
    }
};

QTEST_APPLESS_MAIN(TestLosses)
#include "test_losses.moc"
