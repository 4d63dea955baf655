#include "core/analysis/pca.h"

#include "core/analysis/leading_eigen.h"

#include <Eigen/QR>
#include <Eigen/SVD>  // JacobiSVD, for fitLeadingPca's Rayleigh-Ritz step

#include <algorithm>
#include <random>
#include <string>

namespace ae {

namespace {

using Eigen::Index;

// Rows at a time when streaming over the data: keeps the centred copy small
// (60,000 x 784 floats would be 190 MB) while each GEMM stays large enough to be fast.
constexpr Index kBlockRows = 4096;

std::string shapeStr(const Matrix& m) { return std::to_string(m.rows()) + "x" + std::to_string(m.cols()); }

// An eigenvector's sign is arbitrary; pinning the largest-magnitude entry positive
// keeps projections from mirroring when the same data is fitted again.
template <typename RowMatrix>
void fixRowSigns(RowMatrix& rows) {
    for (Index r = 0; r < rows.rows(); ++r) {
        Index at = 0;
        rows.row(r).cwiseAbs().maxCoeff(&at);
        if (rows(r, at) < 0) rows.row(r) *= -1;
    }
}

// The arguments every PCA fit refuses, with the same messages.
void checkPcaInput(const Matrix& x, int k) {
    if (x.rows() == 0 || x.cols() == 0)
        throw Error("PCA needs at least one sample with at least one feature, got a " + shapeStr(x) + " matrix");
    if (k < 1 || k > x.cols())
        throw Error("PCA: number of components must be between 1 and the input dimension " + std::to_string(x.cols()) +
                    ", got " + std::to_string(k));
    if (!x.allFinite()) throw Error("PCA: the data contain NaN or infinite values");
}

} // namespace

Matrix Pca::project(const Matrix& x) const {
    if (x.cols() != mean.size())
        throw Error("PCA projection: samples have " + std::to_string(x.cols()) + " features but the PCA was fitted on " +
                    std::to_string(mean.size()));
    return (x.rowwise() - mean.transpose()) * components.transpose();
}

Matrix Pca::reconstruct(const Matrix& codes) const {
    if (codes.cols() != components.rows())
        throw Error("PCA reconstruction: codes have " + std::to_string(codes.cols()) + " columns but the PCA has " +
                    std::to_string(components.rows()) + " components");
    return (codes * components).rowwise() + mean.transpose();
}

void Pca::applySigns(const Vector& signs) {
    if (signs.size() != components.rows())
        throw Error("PCA: " + std::to_string(signs.size()) + " signs given for " + std::to_string(components.rows()) +
                    " components");
    for (Index j = 0; j < components.rows(); ++j) components.row(j) *= signs(j) < 0 ? -1.0f : 1.0f;
}

Pca fitPca(const Matrix& x, int k) {
    checkPcaInput(x, k);
    const Index n = x.rows();
    const Index d = x.cols();

    Eigen::VectorXd mean = Eigen::VectorXd::Zero(d);
    for (Index r = 0; r < n; r += kBlockRows)
        mean += x.middleRows(r, std::min(kBlockRows, n - r)).cast<double>().colwise().sum().transpose();
    mean /= static_cast<double>(n);
    const Vector meanF = mean.cast<float>();

    Pca pca;
    pca.mean = meanF;

    if (n < d && k <= n) {
        // Few samples in many dimensions: the N x N Gram matrix of the centred data has the
        // same leading eigenvalues as N times the covariance, and maps its eigenvectors u to
        // the components (C^T u), without forming the D x D covariance.
        const MatrixD centred = x.cast<double>().rowwise() - mean.transpose();
        const Eigen::MatrixXd gram = centred * centred.transpose();
        const LeadingEigen eig = leadingEigenpairs(gram, k);
        if (!eig.converged) throw Error("PCA: the eigen-decomposition of the Gram matrix did not converge (non-finite input?)");
        // Past the data's rank C^T u is rounding noise: the QR keeps the directions before it
        // (up to sign) and makes those orthonormal to them.
        const MatrixD directions = centred.transpose() * eig.vectors;
        MatrixD comps = (Eigen::HouseholderQR<MatrixD>(directions).householderQ() * MatrixD::Identity(d, k)).transpose();
        fixRowSigns(comps);
        pca.components = comps.cast<float>();
        pca.explainedVariance = (eig.values.cwiseMax(0.0) / static_cast<double>(n)).cast<float>();
        pca.totalVariance = centred.squaredNorm() / static_cast<double>(n);
        return pca;
    }

    // X^T X by blocks: the float SYRK is where the time goes (60,000 x 784 is about
    // 2e10 multiply-adds); summing the block products in double keeps the small
    // trailing eigenvalues meaningful.
    Eigen::MatrixXd cov = Eigen::MatrixXd::Zero(d, d);
    Eigen::MatrixXf blockCov(d, d);
    for (Index r = 0; r < n; r += kBlockRows) {
        const Matrix centred = x.middleRows(r, std::min(kBlockRows, n - r)).rowwise() - meanF.transpose();
        blockCov.setZero();
        blockCov.selfadjointView<Eigen::Lower>().rankUpdate(centred.transpose());
        cov.triangularView<Eigen::Lower>() += blockCov.cast<double>();
    }
    cov /= static_cast<double>(n);

    const LeadingEigen eig = leadingEigenpairs(cov, k);
    if (!eig.converged) throw Error("PCA: the eigen-decomposition of the covariance did not converge (non-finite input?)");
    pca.components = eig.vectors.transpose().cast<float>();  // signs pinned as fixRowSigns does
    // Rounding can make the eigenvalues of null directions slightly negative.
    pca.explainedVariance = eig.values.cwiseMax(0.0).cast<float>();
    pca.totalVariance = cov.diagonal().sum();
    return pca;
}

Pca fitLeadingPca(const Matrix& x, int k, std::uint64_t seed) {
    checkPcaInput(x, k);
    const Index n = x.rows();
    const Index d = x.cols();
    const Index block = std::min<Index>(d, std::min<Index>(n, k + 8));
    if (block <= k) return fitPca(x, k);  // too few samples or features to iterate on

    Pca pca;
    pca.mean = (x.colwise().sum().cast<double>() / static_cast<double>(n)).cast<float>().transpose();
    const MatrixD centred = x.cast<double>().rowwise() - pca.mean.cast<double>().transpose();
    pca.totalVariance = centred.squaredNorm() / static_cast<double>(n);

    std::mt19937_64 rng(seed);
    std::normal_distribution<double> normal;
    MatrixD q(d, block);
    for (Index i = 0; i < q.size(); ++i) q.data()[i] = normal(rng);
    // Each pass multiplies by x^T x and re-orthonormalises; the error shrinks like
    // (lambda_{block+1} / lambda_k)^(2 passes), so six passes with 8 spare columns are plenty.
    for (int pass = 0; pass < 6; ++pass) {
        const MatrixD z = centred * q;
        const MatrixD y = centred.transpose() * z;
        q = Eigen::HouseholderQR<MatrixD>(y).householderQ() * MatrixD::Identity(d, block);
    }
    // Rayleigh-Ritz: the exact principal directions of the data within span(q).
    const MatrixD b = centred * q;
    Eigen::JacobiSVD<MatrixD> svd(b, Eigen::ComputeThinV);
    MatrixD comps = (q * svd.matrixV().leftCols(k)).transpose();
    fixRowSigns(comps);
    pca.components = comps.cast<float>();
    pca.explainedVariance = (svd.singularValues().head(k).array().square() / static_cast<double>(n)).cast<float>();
    return pca;
}

double pcaReconstructionMse(const Pca& pca, const Matrix& x) {
    if (x.rows() == 0) throw Error("PCA reconstruction error: no samples given");
    double sum = 0;
    for (Index r = 0; r < x.rows(); r += kBlockRows) {
        const Matrix block = x.middleRows(r, std::min(kBlockRows, x.rows() - r));
        sum += (block - pca.reconstruct(pca.project(block))).cast<double>().squaredNorm();
    }
    return sum / (static_cast<double>(x.rows()) * static_cast<double>(x.cols()));
}

Vector alignSigns(Matrix& codes, const Matrix& reference) {
    if (codes.rows() != reference.rows() || codes.cols() != reference.cols())
        throw Error("alignSigns: codes are " + shapeStr(codes) + " but the reference is " + shapeStr(reference) +
                    "; both must describe the same probe samples");
    Vector signs = Vector::Ones(codes.cols());
    for (Index j = 0; j < codes.cols(); ++j) {
        const double dot = codes.col(j).cast<double>().dot(reference.col(j).cast<double>());
        if (dot < 0) {
            codes.col(j) *= -1;
            signs(j) = -1;
        }
    }
    return signs;
}

} // namespace ae
