#pragma once
// The few largest eigenpairs of a symmetric matrix, which is all PCA and classical MDS keep.
#include <Eigen/Core>

namespace ae {

struct LeadingEigen {
    Eigen::VectorXd values;   // (k) descending
    Eigen::MatrixXd vectors;  // (n, k) orthonormal columns, in the same order, each with its
                              // largest-magnitude entry positive
    bool converged = false;   // false: values and vectors are empty
};

// The k largest (algebraic) eigenvalues of the symmetric matrix whose lower triangle is
// `lower`, with their eigenvectors. When k is small next to n it runs implicitly restarted
// Lanczos (Spectra) to 1e-10 relative precision: a few dozen products with the matrix instead
// of the full decomposition's 9 n^3 flops (the window's baselines for a 784-pixel probe and
// 1,000-point MDS: BENCHMARKS.md). Otherwise, or if Lanczos does not converge, it runs Eigen's
// full SelfAdjointEigenSolver. Deterministic: Lanczos always starts from the same vector.
LeadingEigen leadingEigenpairs(const Eigen::MatrixXd& lower, int k);

} // namespace ae
