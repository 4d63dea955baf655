// Classical MDS recovers configurations that truly live in k dimensions.
#include "core/analysis/distances.h"
#include "core/analysis/mds.h"
#include "core/analysis/pca.h"

#include <Eigen/QR>
#include <QtTest>

#include <random>

using ae::Matrix;

namespace {

// n points on a 2-D plane placed at random inside 6-D space.
Matrix planarPoints(int n, std::uint32_t seed, Matrix* plane2d = nullptr) {
    std::mt19937 rng(seed);
    std::normal_distribution<double> g;
    Eigen::MatrixXd p(n, 2);
    for (int i = 0; i < p.size(); ++i) p.data()[i] = g(rng) * (i < n ? 3.0 : 1.0);
    Eigen::MatrixXd r(6, 6);
    for (int i = 0; i < r.size(); ++i) r.data()[i] = g(rng);
    const Eigen::MatrixXd q = Eigen::HouseholderQR<Eigen::MatrixXd>(r).householderQ();
    Eigen::MatrixXd x = p * q.leftCols(2).transpose();
    x.array() += 10.0;
    if (plane2d) *plane2d = p.cast<float>();
    return x.cast<float>();
}

} // namespace

class TestMds : public QObject {
    Q_OBJECT
private slots:
    void recoversPlanarConfiguration() {
        Matrix plane;
        const Matrix x = planarPoints(40, 1, &plane);
        const Matrix d = ae::pairwiseDistances(x);
        const Matrix y = ae::classicalMds(d, 2);
        QCOMPARE(y.rows(), 40);
        QCOMPARE(y.cols(), 2);
        const Matrix dy = ae::pairwiseDistances(y);
        QVERIFY2((dy - d).cwiseAbs().maxCoeff() < 1e-3f * d.maxCoeff(),
                 qPrintable(QString("max distance error %1").arg((dy - d).cwiseAbs().maxCoeff())));
        // The recovered configuration is centred.
        QVERIFY(y.colwise().mean().cwiseAbs().maxCoeff() < 1e-3f);
    }

    void extraDimensionsAreEmpty() {
        const Matrix x = planarPoints(30, 2);
        const Matrix y = ae::classicalMds(ae::pairwiseDistances(x), 4);
        QVERIFY(y.col(0).norm() > 1.0f);
        QVERIFY(y.col(1).norm() > 1.0f);
        // Float distances leave a little noise in the null directions, far below the signal.
        QVERIFY(y.col(2).norm() < 1e-2f * y.col(1).norm());
        QVERIFY(y.col(3).norm() < 1e-2f * y.col(1).norm());
    }

    void equalsPcaUpToSign() {
        std::mt19937 rng(3);
        std::normal_distribution<float> g;
        Matrix x(50, 5);
        for (int i = 0; i < x.size(); ++i) x.data()[i] = g(rng) * static_cast<float>(1 + i % 5);
        const Matrix y = ae::classicalMds(ae::pairwiseDistances(x), 2);
        const Matrix p = ae::fitPca(x, 2).project(x);
        for (int j = 0; j < 2; ++j) {
            const float same = (y.col(j) - p.col(j)).cwiseAbs().maxCoeff();
            const float flipped = (y.col(j) + p.col(j)).cwiseAbs().maxCoeff();
            QVERIFY2(std::min(same, flipped) < 1e-2f, qPrintable(QString("axis %1 differs by %2").arg(j).arg(std::min(same, flipped))));
        }
    }

    void repeatedCallsGiveTheSamePicture() {
        const Matrix d = ae::pairwiseDistances(planarPoints(25, 4));
        const Matrix a = ae::classicalMds(d, 2);
        for (int j = 0; j < 2; ++j) {
            Eigen::Index at = 0;
            a.col(j).cwiseAbs().maxCoeff(&at);
            QVERIFY(a(at, j) > 0);
        }
        QCOMPARE(ae::classicalMds(d, 2), a);
    }

    void rejectsBadArguments() {
        QVERIFY_THROWS_EXCEPTION(ae::Error, ae::classicalMds(Matrix::Zero(3, 4), 2));
        QVERIFY_THROWS_EXCEPTION(ae::Error, ae::classicalMds(Matrix::Zero(3, 3), 0));
        QVERIFY_THROWS_EXCEPTION(ae::Error, ae::classicalMds(Matrix::Zero(3, 3), 4));
        QVERIFY_THROWS_EXCEPTION(ae::Error, ae::classicalMds(Matrix(0, 0), 1));
    }
};

QTEST_APPLESS_MAIN(TestMds)
#include "test_mds.moc"
