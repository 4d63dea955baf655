// PCA: known axes, the reconstruction identity, orthonormality and stable signs.
#include "core/analysis/pca.h"

#include <Eigen/Eigenvalues>
#include <Eigen/QR>
#include <QtTest>

#include <random>

using ae::Matrix;
using ae::Vector;

namespace {

// Rows: Gaussian with standard deviations `sigma` along the columns of a random
// rotation `axes`, shifted by `offset`. axes is returned so tests know the truth.
Matrix rotatedGaussian(int n, const Eigen::VectorXd& sigma, std::uint32_t seed, Eigen::MatrixXd& axes, double offset = 3.0) {
    const int d = static_cast<int>(sigma.size());
    std::mt19937 rng(seed);
    std::normal_distribution<double> g;
    Eigen::MatrixXd r(d, d);
    for (int i = 0; i < r.size(); ++i) r.data()[i] = g(rng);
    axes = Eigen::HouseholderQR<Eigen::MatrixXd>(r).householderQ();
    Eigen::MatrixXd s(n, d);
    for (int i = 0; i < s.size(); ++i) s.data()[i] = g(rng);
    Eigen::MatrixXd x = (s * sigma.asDiagonal()) * axes.transpose();
    x.array() += offset;
    return x.cast<float>();
}

// Standard deviations top * ratio^i + floor: a spectrum that falls off, like image data's.
Eigen::VectorXd fallingSpectrum(int d, double top, double ratio, double floor) {
    Eigen::VectorXd sigma(d);
    for (int i = 0; i < d; ++i) sigma(i) = top * std::pow(ratio, i) + floor;
    return sigma;
}

// Ascending eigenvalues of the population covariance, computed the plain way.
Eigen::VectorXd naiveCovEigenvalues(const Matrix& x) {
    const Eigen::MatrixXd xd = x.cast<double>();
    const Eigen::RowVectorXd mean = xd.colwise().mean();
    const Eigen::MatrixXd c = xd.rowwise() - mean;
    const Eigen::MatrixXd cov = c.transpose() * c / static_cast<double>(x.rows());
    return Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd>(cov).eigenvalues();
}

} // namespace

class TestPca : public QObject {
    Q_OBJECT
private slots:
    void findsKnownAxes() {
        Eigen::VectorXd sigma(5);
        sigma << 5, 3, 1, 0.5, 0.2;
        Eigen::MatrixXd axes;
        const Matrix x = rotatedGaussian(4000, sigma, 1, axes);
        const ae::Pca pca = ae::fitPca(x, 3);
        QCOMPARE(pca.components.rows(), 3);
        QCOMPARE(pca.components.cols(), 5);
        for (int j = 0; j < 3; ++j) {
            const double cosine = std::abs(pca.components.row(j).cast<double>().dot(axes.col(j)));
            QVERIFY2(cosine > 0.999, qPrintable(QString("component %1 is off its axis: |cos| = %2").arg(j).arg(cosine)));
            // Sample variance of 4,000 draws is within a few percent of sigma^2.
            QVERIFY(std::abs(pca.explainedVariance(j) / (sigma(j) * sigma(j)) - 1.0) < 0.1);
        }
        const Eigen::VectorXd naive = naiveCovEigenvalues(x);
        for (int j = 0; j < 3; ++j) QVERIFY(std::abs(pca.explainedVariance(j) - naive(4 - j)) < 1e-4 * naive(4 - j));
        QVERIFY(std::abs(pca.mean.mean() - 3.0) < 0.2);
    }

    void componentsAreOrthonormalAndOrdered() {
        Eigen::VectorXd sigma(8);
        sigma << 4, 3.5, 3, 2, 1.5, 1, 0.5, 0.1;
        Eigen::MatrixXd axes;
        const Matrix x = rotatedGaussian(1500, sigma, 2, axes);
        const ae::Pca pca = ae::fitPca(x, 8);
        const Eigen::MatrixXd gram = pca.components.cast<double>() * pca.components.cast<double>().transpose();
        QVERIFY((gram - Eigen::MatrixXd::Identity(8, 8)).cwiseAbs().maxCoeff() < 1e-5);
        for (int j = 1; j < 8; ++j) QVERIFY(pca.explainedVariance(j) <= pca.explainedVariance(j - 1));
    }

    void reconstructionErrorIsDiscardedVariance() {
        Eigen::VectorXd sigma(6);
        sigma << 3, 2, 1, 0.7, 0.4, 0.3;
        Eigen::MatrixXd axes;
        const Matrix x = rotatedGaussian(2000, sigma, 3, axes);
        const Eigen::VectorXd naive = naiveCovEigenvalues(x); // ascending
        for (int k = 1; k <= 6; ++k) {
            const ae::Pca pca = ae::fitPca(x, k);
            const double discarded = naive.head(6 - k).sum();
            const double mse = ae::pcaReconstructionMse(pca, x);
            QVERIFY2(std::abs(mse - discarded / 6.0) < 1e-4 * naive.sum(),
                     qPrintable(QString("k=%1: mse %2, discarded/D %3").arg(k).arg(mse).arg(discarded / 6.0)));
            QVERIFY(std::abs(mse - (pca.totalVariance - pca.explainedVariance.cast<double>().sum()) / 6.0) < 1e-4 * naive.sum());
        }
    }

    void projectAndReconstructRoundTrip() {
        Eigen::VectorXd sigma(4);
        sigma << 2, 1, 0.5, 0.25;
        Eigen::MatrixXd axes;
        const Matrix x = rotatedGaussian(300, sigma, 4, axes);
        const ae::Pca pca = ae::fitPca(x, 4);
        const Matrix codes = pca.project(x);
        QCOMPARE(codes.rows(), 300);
        QCOMPARE(codes.cols(), 4);
        QVERIFY((pca.reconstruct(codes) - x).cwiseAbs().maxCoeff() < 1e-4);
        // Codes are centred and uncorrelated, with the explained variances on the diagonal.
        const Eigen::MatrixXd c = codes.cast<double>();
        const Eigen::MatrixXd cov = c.transpose() * c / 300.0;
        for (int i = 0; i < 4; ++i)
            for (int j = 0; j < 4; ++j)
                QVERIFY(std::abs(cov(i, j) - (i == j ? pca.explainedVariance(i) : 0.0)) < 1e-4);
    }

    void signConventionIsStable() {
        Eigen::VectorXd sigma(5);
        sigma << 5, 3, 1, 0.5, 0.2;
        Eigen::MatrixXd axes;
        const Matrix x = rotatedGaussian(1000, sigma, 5, axes);
        const ae::Pca a = ae::fitPca(x, 3);
        for (int j = 0; j < 3; ++j) {
            Eigen::Index at = 0;
            a.components.row(j).cwiseAbs().maxCoeff(&at);
            QVERIFY(a.components(j, at) > 0);
        }
        // Same data in another row order (and the eigen-solver started from a
        // different covariance round-off) must give the same orientation.
        Matrix reversed = x.colwise().reverse();
        const ae::Pca b = ae::fitPca(reversed, 3);
        QVERIFY((a.components - b.components).cwiseAbs().maxCoeff() < 1e-4);
    }

    void fewSamplesUseTheGramMatrixAndAgreeWithCovariance() {
        // N < D takes the Gram-matrix route when k <= N; k > N takes the covariance route.
        std::mt19937 rng(6);
        std::normal_distribution<float> g;
        Matrix x(20, 50);
        for (int i = 0; i < x.size(); ++i) x.data()[i] = g(rng) * (1.0f + static_cast<float>(i % 50) / 10.0f);
        const ae::Pca svd = ae::fitPca(x, 5);
        const ae::Pca cov = ae::fitPca(x, 25);
        QVERIFY((svd.components - cov.components.topRows(5)).cwiseAbs().maxCoeff() < 1e-3);
        QVERIFY((svd.explainedVariance - cov.explainedVariance.head(5)).cwiseAbs().maxCoeff() < 1e-3f * svd.explainedVariance(0));
        QVERIFY(std::abs(svd.totalVariance - cov.totalVariance) < 1e-6 * cov.totalVariance);
        const double discarded = (cov.totalVariance - svd.explainedVariance.cast<double>().sum()) / 50.0;
        QVERIFY(std::abs(ae::pcaReconstructionMse(svd, x) - discarded) < 1e-4 * cov.totalVariance);
        // 20 centred points span at most 19 directions.
        QVERIFY(cov.explainedVariance(19) < 1e-4f * cov.explainedVariance(0));
        // k = N on the Gram route: the direction past the rank has no variance and is still a
        // unit vector orthogonal to the others.
        const ae::Pca all = ae::fitPca(x, 20);
        QVERIFY(all.explainedVariance(19) < 1e-4f * all.explainedVariance(0));
        const Eigen::MatrixXd gram = all.components.cast<double>() * all.components.cast<double>().transpose();
        QVERIFY((gram - Eigen::MatrixXd::Identity(20, 20)).cwiseAbs().maxCoeff() < 1e-5);
        QVERIFY((all.components.topRows(5) - svd.components).cwiseAbs().maxCoeff() < 1e-3);
    }

    void wideDataWithManySamplesAgreesWithCovariance() {
        // 200 samples of 300 features: the Gram route's eigenpairs come from Lanczos (few
        // pairs of a large matrix), the covariance route's (k > N) from the full decomposition.
        Eigen::MatrixXd axes;
        const Matrix x = rotatedGaussian(200, fallingSpectrum(300, 4.0, 0.97, 0.01), 8, axes);
        const ae::Pca gram = ae::fitPca(x, 3);
        const ae::Pca cov = ae::fitPca(x, 250);
        QVERIFY((gram.components - cov.components.topRows(3)).cwiseAbs().maxCoeff() < 1e-4);
        QVERIFY((gram.explainedVariance - cov.explainedVariance.head(3)).cwiseAbs().maxCoeff() < 1e-5f * cov.explainedVariance(0));
        QVERIFY(std::abs(gram.totalVariance - cov.totalVariance) < 1e-6 * cov.totalVariance);  // the covariance sums float products
    }

    void alignSignsFollowsReference() {
        std::mt19937 rng(7);
        std::normal_distribution<float> g;
        Matrix reference(100, 2);
        for (int i = 0; i < reference.size(); ++i) reference.data()[i] = g(rng);
        Matrix codes = reference;
        codes.col(1) *= -1;
        for (int i = 0; i < codes.size(); ++i) codes.data()[i] += 0.1f * g(rng);
        const Vector signs = ae::alignSigns(codes, reference);
        QCOMPARE(signs(0), 1.0f);
        QCOMPARE(signs(1), -1.0f);
        QVERIFY((codes - reference).cwiseAbs().maxCoeff() < 1.0f);
        QVERIFY(codes.col(1).dot(reference.col(1)) > 0);

        // Flipping the PCA with the same signs keeps project() consistent with the flipped codes.
        Eigen::VectorXd sigma(3);
        sigma << 3, 2, 1;
        Eigen::MatrixXd axes;
        const Matrix x = rotatedGaussian(200, sigma, 8, axes);
        ae::Pca pca = ae::fitPca(x, 2);
        Matrix flippedRef = pca.project(x);
        flippedRef.col(0) *= -1;
        Matrix z = pca.project(x);
        const Vector s = ae::alignSigns(z, flippedRef);
        pca.applySigns(s);
        QVERIFY((pca.project(x) - z).cwiseAbs().maxCoeff() < 1e-5);
        QVERIFY((z - flippedRef).cwiseAbs().maxCoeff() < 1e-5);

        Matrix wrong(99, 2);
        QVERIFY_THROWS_EXCEPTION(ae::Error, ae::alignSigns(wrong, reference));
    }

    void leadingPcaMatchesFullPca() {
        // Wide data like the denoising preset's codes: fewer samples than features, a spectrum
        // that falls off. The randomised fit must land on fitPca's components and variances.
        Eigen::MatrixXd axes;
        const Matrix x = rotatedGaussian(200, fallingSpectrum(300, 10.0, 0.8, 0.05), 5, axes);
        const ae::Pca full = ae::fitPca(x, 2);
        const ae::Pca fast = ae::fitLeadingPca(x, 2);
        QCOMPARE(fast.components.rows(), 2);
        QCOMPARE(fast.components.cols(), 300);
        QVERIFY((fast.mean - full.mean).cwiseAbs().maxCoeff() < 1e-5f);
        QVERIFY(std::abs(fast.totalVariance - full.totalVariance) < 1e-6 * full.totalVariance);
        for (int j = 0; j < 2; ++j) {
            // Both pin the largest entry positive, so the signs agree as well.
            const double cosine = fast.components.row(j).cast<double>().dot(full.components.row(j).cast<double>());
            QVERIFY2(cosine > 0.99999, qPrintable(QString("component %1: cos = %2").arg(j).arg(cosine, 0, 'g', 8)));
            QVERIFY(std::abs(fast.explainedVariance(j) / full.explainedVariance(j) - 1.0f) < 1e-5f);
        }
        // Orthonormal rows, and the same result for the same seed.
        const Eigen::MatrixXd gram = fast.components.cast<double>() * fast.components.cast<double>().transpose();
        QVERIFY((gram - Eigen::MatrixXd::Identity(2, 2)).cwiseAbs().maxCoeff() < 1e-5);
        QCOMPARE(ae::fitLeadingPca(x, 2).components, fast.components);
        // With too few samples to iterate on, it is fitPca itself.
        const Matrix tiny = x.topRows(6);
        QCOMPARE(ae::fitLeadingPca(tiny, 2).components, ae::fitPca(tiny, 2).components);
        QVERIFY_THROWS_EXCEPTION(ae::Error, ae::fitLeadingPca(x, 0));
        QVERIFY_THROWS_EXCEPTION(ae::Error, ae::fitLeadingPca(Matrix(0, 3), 1));
    }

    void rejectsBadArguments() {
        Matrix x = Matrix::Random(10, 4);
        QVERIFY_THROWS_EXCEPTION(ae::Error, ae::fitPca(x, 0));
        QVERIFY_THROWS_EXCEPTION(ae::Error, ae::fitPca(x, 5));
        QVERIFY_THROWS_EXCEPTION(ae::Error, ae::fitPca(Matrix(0, 4), 1));
        const ae::Pca pca = ae::fitPca(x, 2);
        QVERIFY_THROWS_EXCEPTION(ae::Error, pca.project(Matrix::Zero(3, 5)));
        QVERIFY_THROWS_EXCEPTION(ae::Error, pca.reconstruct(Matrix::Zero(3, 3)));
    }
};

QTEST_APPLESS_MAIN(TestPca)
#include "test_pca.moc"
