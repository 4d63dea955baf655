// leadingEigenpairs against matrices whose spectrum is fixed by construction, on both of its
// paths (Lanczos for a few pairs of a large matrix, the full decomposition otherwise).
#include "core/analysis/leading_eigen.h"
#include "core/analysis/mds.h"
#include "core/analysis/pca.h"

#include <Eigen/QR>
#include <QtTest>

#include <limits>
#include <random>

namespace {

// Q diag(values) Q^T for a random orthogonal Q, with Q returned so the eigenvectors are known.
Eigen::MatrixXd withSpectrum(const Eigen::VectorXd& values, std::uint32_t seed, Eigen::MatrixXd* basis) {
    std::mt19937 rng(seed);
    std::normal_distribution<double> g;
    const Eigen::Index n = values.size();
    Eigen::MatrixXd r(n, n);
    for (Eigen::Index i = 0; i < r.size(); ++i) r.data()[i] = g(rng);
    *basis = Eigen::HouseholderQR<Eigen::MatrixXd>(r).householderQ();
    return *basis * values.asDiagonal() * basis->transpose();
}

// Decreasing, well separated at the top, then a long tail like image data's.
Eigen::VectorXd imageLikeSpectrum(Eigen::Index n) {
    Eigen::VectorXd v(n);
    for (Eigen::Index i = 0; i < n; ++i) v(i) = 5.0 * std::pow(0.93, static_cast<double>(i));
    return v;
}

void compareWithTruth(const ae::LeadingEigen& got, const Eigen::VectorXd& values, const Eigen::MatrixXd& basis, int k) {
    QVERIFY(got.converged);
    QCOMPARE(got.values.size(), Eigen::Index(k));
    QCOMPARE(got.vectors.rows(), basis.rows());
    QCOMPARE(got.vectors.cols(), Eigen::Index(k));
    for (int j = 0; j < k; ++j) {
        QVERIFY2(std::abs(got.values(j) - values(j)) < 1e-9 * values(0), qPrintable(QString::number(j)));
        // Up to sign: |<v, q>| = 1.
        QVERIFY2(std::abs(std::abs(got.vectors.col(j).dot(basis.col(j))) - 1.0) < 1e-8, qPrintable(QString::number(j)));
    }
    const Eigen::MatrixXd gram = got.vectors.transpose() * got.vectors;
    QVERIFY((gram - Eigen::MatrixXd::Identity(k, k)).cwiseAbs().maxCoeff() < 1e-10);
}

} // namespace

class TestLeadingEigen : public QObject {
    Q_OBJECT
private slots:
    void lanczosFindsTheLeadingPairsOfALargeMatrix() {
        for (int k : {1, 2, 10, 32}) {
            Eigen::MatrixXd q;
            const Eigen::VectorXd values = imageLikeSpectrum(400);
            const Eigen::MatrixXd a = withSpectrum(values, 7, &q);
            compareWithTruth(ae::leadingEigenpairs(a, k), values, q, k);
        }
    }

    void fullDecompositionServesSmallMatricesAndManyPairs() {
        Eigen::MatrixXd q;
        const Eigen::VectorXd small = imageLikeSpectrum(30);
        compareWithTruth(ae::leadingEigenpairs(withSpectrum(small, 3, &q), 4), small, q, 4);
        const Eigen::VectorXd large = imageLikeSpectrum(200);
        compareWithTruth(ae::leadingEigenpairs(withSpectrum(large, 4, &q), 150), large, q, 150);
    }

    void readsTheLowerTriangleOnly() {
        Eigen::MatrixXd q;
        const Eigen::VectorXd values = imageLikeSpectrum(300);
        Eigen::MatrixXd a = withSpectrum(values, 11, &q);
        a.triangularView<Eigen::StrictlyUpper>().setConstant(1e6);
        compareWithTruth(ae::leadingEigenpairs(a, 3), values, q, 3);
    }

    void negativeEigenvaluesAreNotTakenForLargeOnes() {
        // Largest algebraic, not largest magnitude: MDS of non-Euclidean distances has big
        // negative eigenvalues that must not displace the positive ones.
        Eigen::VectorXd values = imageLikeSpectrum(300);
        values.tail(5).setConstant(-50.0);
        Eigen::MatrixXd q;
        compareWithTruth(ae::leadingEigenpairs(withSpectrum(values, 5, &q), 3), values, q, 3);
    }

    void rankDeficientMatricesGiveOrthonormalVectorsForTheirNullDirections() {
        // Rank 2 with 4 pairs asked: two zero eigenvalues, with unit vectors orthogonal to the rest.
        Eigen::VectorXd values = Eigen::VectorXd::Zero(300);
        values(0) = 3.0;
        values(1) = 1.0;
        Eigen::MatrixXd q;
        const ae::LeadingEigen got = ae::leadingEigenpairs(withSpectrum(values, 9, &q), 4);
        QVERIFY(got.converged);
        QVERIFY(std::abs(got.values(0) - 3.0) < 1e-10 && std::abs(got.values(1) - 1.0) < 1e-10);
        QVERIFY(std::abs(got.values(2)) < 1e-10 && std::abs(got.values(3)) < 1e-10);
        QVERIFY((got.vectors.transpose() * got.vectors - Eigen::MatrixXd::Identity(4, 4)).cwiseAbs().maxCoeff() < 1e-8);
    }

    void nonFiniteInputIsReportedNotReturned() {
        Eigen::MatrixXd a = Eigen::MatrixXd::Identity(200, 200);
        a(150, 3) = std::numeric_limits<double>::quiet_NaN();
        QVERIFY(!ae::leadingEigenpairs(a, 2).converged);
    }

    void sameInputSameOutput() {
        Eigen::MatrixXd q;
        const Eigen::MatrixXd a = withSpectrum(imageLikeSpectrum(300), 13, &q);
        const ae::LeadingEigen first = ae::leadingEigenpairs(a, 5);
        const ae::LeadingEigen second = ae::leadingEigenpairs(a, 5);
        QVERIFY(first.vectors == second.vectors && first.values == second.values);
        // Whichever solver ran, each vector's largest-magnitude entry is positive.
        for (const ae::LeadingEigen& e : {first, ae::leadingEigenpairs(a.topLeftCorner(60, 60), 5)})
            for (Eigen::Index j = 0; j < e.vectors.cols(); ++j) {
                Eigen::Index at = 0;
                e.vectors.col(j).cwiseAbs().maxCoeff(&at);
                QVERIFY(e.vectors(at, j) > 0);
            }
    }

    // PCA and MDS on data big enough for the Lanczos path agree with each other, as theory says
    // (classical MDS of Euclidean distances is the PCA projection up to each axis's sign), and
    // PCA's reconstruction error is the variance it leaves out.
    void pcaAndMdsAgreeOnTheLanczosPath() {
        std::mt19937 rng(17);
        std::normal_distribution<float> g;
        const int n = 300, d = 160;
        ae::Matrix x(n, d);
        for (int j = 0; j < d; ++j) {
            const float scale = 3.0f * std::pow(0.96f, static_cast<float>(j));
            for (int i = 0; i < n; ++i) x(i, j) = scale * g(rng);
        }
        const ae::Pca pca = ae::fitPca(x, 3);
        ae::Matrix projected = pca.project(x);
        ae::Matrix dist(n, n);
        for (int i = 0; i < n; ++i)
            for (int j = 0; j < n; ++j) dist(i, j) = (x.row(i) - x.row(j)).norm();
        const ae::Matrix mds = ae::classicalMds(dist, 3);
        for (int c = 0; c < 3; ++c) {
            const double dot = projected.col(c).cast<double>().dot(mds.col(c).cast<double>());
            const double rel = (projected.col(c).cast<double>() * (dot < 0 ? -1.0 : 1.0) - mds.col(c).cast<double>()).norm() /
                               projected.col(c).cast<double>().norm();
            QVERIFY2(rel < 1e-3, qPrintable(QString("axis %1: %2").arg(c).arg(rel)));
        }
        const double left = (pca.totalVariance - pca.explainedVariance.cast<double>().sum()) / d;
        QVERIFY(std::abs(ae::pcaReconstructionMse(pca, x) - left) < 1e-4 * left);
    }
};

QTEST_APPLESS_MAIN(TestLeadingEigen)
#include "test_leading_eigen.moc"
