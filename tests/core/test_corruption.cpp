// Input corruption: ranges, rates and reproducibility of each noise kind.
#include "core/nn/corruption.h"

#include <QtTest>

using namespace ae;

namespace {
Matrix constant(Eigen::Index rows, Eigen::Index cols, float v)
{
    return Matrix::Constant(rows, cols, v);
}
} // namespace

class TestCorruption : public QObject {
    Q_OBJECT
private slots:
    void names()
    {
        for (const char* n : {"none", "gaussian", "masking", "saltpepper"})
            QCOMPARE(nameOf(valueNamed<NoiseKind>(n, "noise")), std::string(n));
        try {
            valueNamed<NoiseKind>("dropout", "noise");
            QFAIL("unknown noise must throw");
        } catch (const Error& e) {
            const QString msg = e.what();
            QVERIFY2(msg.contains("dropout") && msg.contains("saltpepper"), e.what());
        }
    }

    void gaussianStaysInUnitRange()
    {
        std::mt19937_64 rng(1);
        Matrix x(50, 40);
        for (Eigen::Index i = 0; i < x.size(); ++i) x.data()[i] = float(i % 11) / 10.0f; // 0..1
        Matrix out;
        corrupt(NoiseKind::Gaussian, 0.5f, x, out, rng); // seed 001's denoising factor
        QCOMPARE(out.rows(), x.rows());
        QCOMPARE(out.cols(), x.cols());
        QVERIFY(out.minCoeff() >= 0.0f);
        QVERIFY(out.maxCoeff() <= 1.0f);
        QVERIFY((out - x).cwiseAbs().mean() > 0.1f); // it did add noise
    }

    void gaussianHasTheRequestedSpread()
    {
        // Mid-grey with a small factor is never clipped (0.5 is 5 sigma from either bound),
        // so the noise is seen whole: mean ~0, standard deviation ~factor.
        std::mt19937_64 rng(2);
        const Matrix x = constant(200, 100, 0.5f);
        Matrix out;
        corrupt(NoiseKind::Gaussian, 0.1f, x, out, rng);
        const Eigen::ArrayXd noise = (out - x).cast<double>().reshaped().array();
        const double mean = noise.mean();
        const double sd = std::sqrt((noise - mean).square().mean());
        QVERIFY2(std::abs(mean) < 0.003, qPrintable(QString::number(mean)));
        QVERIFY2(std::abs(sd - 0.1) < 0.003, qPrintable(QString::number(sd)));
    }

    void maskingRate()
    {
        std::mt19937_64 rng(3);
        const Matrix x = constant(400, 250, 0.7f);
        Matrix out;
        corrupt(NoiseKind::Masking, 0.3f, x, out, rng);
        const double zeros = (out.array() == 0.0f).cast<double>().mean();
        QVERIFY2(std::abs(zeros - 0.3) < 0.01, qPrintable(QString::number(zeros))); // 100k draws: sd 0.0015
        QVERIFY(((out.array() == 0.0f) || (out.array() == 0.7f)).all()); // survivors untouched
    }

    void saltAndPepper()
    {
        std::mt19937_64 rng(4);
        const Matrix x = constant(400, 250, 0.5f);
        Matrix out;
        corrupt(NoiseKind::SaltAndPepper, 0.2f, x, out, rng);
        const double salt = (out.array() == 1.0f).cast<double>().mean();
        const double pepper = (out.array() == 0.0f).cast<double>().mean();
        QVERIFY2(std::abs(salt - 0.1) < 0.01, qPrintable(QString::number(salt)));
        QVERIFY2(std::abs(pepper - 0.1) < 0.01, qPrintable(QString::number(pepper)));
        QVERIFY(((out.array() == 0.0f) || (out.array() == 0.5f) || (out.array() == 1.0f)).all());
    }

    void sameSeedSameNoise()
    {
        const Matrix x = constant(20, 30, 0.4f);
        for (NoiseKind k : {NoiseKind::Gaussian, NoiseKind::Masking, NoiseKind::SaltAndPepper}) {
            std::mt19937_64 a(7), b(7), c(8);
            Matrix oa, ob, oc;
            corrupt(k, 0.3f, x, oa, a);
            corrupt(k, 0.3f, x, ob, b);
            corrupt(k, 0.3f, x, oc, c);
            QVERIFY(oa == ob);
            QVERIFY(oa != oc);
            // The next batch gets fresh noise from the same stream.
            corrupt(k, 0.3f, x, ob, b);
            QVERIFY(oa != ob);
        }
    }

    void noneAndBadFactors()
    {
        std::mt19937_64 rng(9);
        const Matrix x = constant(3, 4, 0.25f);
        Matrix out;
        corrupt(NoiseKind::None, 0.5f, x, out, rng);
        QVERIFY(out == x);
        QVERIFY_THROWS_EXCEPTION(Error, corrupt(NoiseKind::Masking, 1.5f, x, out, rng));
        QVERIFY_THROWS_EXCEPTION(Error, corrupt(NoiseKind::Gaussian, -0.1f, x, out, rng));
    }
};

QTEST_APPLESS_MAIN(TestCorruption)
#include "test_corruption.moc"
