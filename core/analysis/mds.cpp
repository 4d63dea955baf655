#include "core/analysis/mds.h"

#include "core/analysis/leading_eigen.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace ae {

using Eigen::Index;

Matrix classicalMds(const Matrix& distances, int k) {
    const Index n = distances.rows();
    if (n == 0 || distances.cols() != n)
        throw Error("classical MDS needs a non-empty square distance matrix, got " + std::to_string(distances.rows()) + "x" +
                    std::to_string(distances.cols()));
    if (k < 1 || k > n)
        throw Error("classical MDS: output dimension must be between 1 and the number of points " + std::to_string(n) +
                    ", got " + std::to_string(k));
    if (!distances.allFinite()) throw Error("classical MDS: the distance matrix contains NaN or infinite values");

    // B = -1/2 J D^2 J, written as row/column/grand-mean removal instead of two GEMMs.
    Eigen::MatrixXd b = distances.cast<double>().array().square().matrix();
    const Eigen::VectorXd rowMean = b.rowwise().mean();
    const Eigen::VectorXd colMean = b.colwise().mean().transpose();
    const double grand = rowMean.mean();
    b.colwise() -= rowMean;
    b.rowwise() -= colMean.transpose();
    b.array() += grand;
    b *= -0.5;

    const LeadingEigen eig = leadingEigenpairs(b, k);
    if (!eig.converged) throw Error("classical MDS: the eigen-decomposition did not converge");

    Matrix out(n, k);
    for (int j = 0; j < k; ++j) out.col(j) = (eig.vectors.col(j) * std::sqrt(std::max(0.0, eig.values(j)))).cast<float>();
    return out;
}

} // namespace ae
