#include "core/analysis/leading_eigen.h"

#include <Eigen/Eigenvalues>
#include <Spectra/MatOp/DenseSymMatProd.h>
#include <Spectra/SymEigsSolver.h>

#include <algorithm>
#include <utility>

namespace ae {

namespace {

using Eigen::Index;

// An eigenvector's sign is arbitrary; pinning the largest-magnitude entry positive gives
// callers the same vectors for the same matrix whichever solver ran.
LeadingEigen pinSigns(LeadingEigen e) {
    for (Index j = 0; j < e.vectors.cols(); ++j) {
        Index at = 0;
        e.vectors.col(j).cwiseAbs().maxCoeff(&at);
        if (e.vectors(at, j) < 0) e.vectors.col(j) *= -1.0;
    }
    return e;
}

LeadingEigen fullDecomposition(const Eigen::MatrixXd& lower, Index k) {
    LeadingEigen out;
    Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eig(lower);  // reads the lower triangle only
    if (eig.info() != Eigen::Success) return out;
    out.values = eig.eigenvalues().tail(k).reverse();  // Eigen's are ascending
    out.vectors = eig.eigenvectors().rightCols(k).rowwise().reverse();
    out.converged = true;
    return pinSigns(std::move(out));
}

// Lanczos pays off once the Krylov basis (ncv vectors) is a small part of the space; below
// that size the full decomposition takes milliseconds anyway.
constexpr Index kMinLanczosSize = 128;

Index krylovSize(Index k, Index n) { return std::min(n, std::max<Index>(2 * k + 1, 20)); }

} // namespace

LeadingEigen leadingEigenpairs(const Eigen::MatrixXd& lower, int k) {
    const Index n = lower.rows();
    const Index nev = std::clamp<Index>(k, 0, n);
    if (!lower.allFinite()) return {};
    if (nev == 0) return {Eigen::VectorXd(), Eigen::MatrixXd(n, 0), true};
    const Index ncv = krylovSize(nev, n);
    if (n < kMinLanczosSize || 4 * ncv > n) return fullDecomposition(lower, nev);

    Spectra::DenseSymMatProd<double, Eigen::Lower> product(lower);
    Spectra::SymEigsSolver<Spectra::DenseSymMatProd<double, Eigen::Lower>> solver(product, nev, ncv);
    solver.init();
    solver.compute(Spectra::SortRule::LargestAlge, 1000, 1e-10, Spectra::SortRule::LargestAlge);
    if (solver.info() != Spectra::CompInfo::Successful) return fullDecomposition(lower, nev);
    LeadingEigen out;
    out.values = solver.eigenvalues();
    out.vectors = solver.eigenvectors();
    out.converged = true;
    return pinSigns(std::move(out));
}

} // namespace ae
