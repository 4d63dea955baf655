#include "core/analysis/distances.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace ae {

using Eigen::Index;

Matrix pairwiseDistances(const Matrix& x) {
    const Index n = x.rows();
    const Vector mean = x.cols() > 0 && n > 0 ? Vector(x.colwise().mean().transpose()) : Vector::Zero(x.cols());
    const Matrix c = x.rowwise() - mean.transpose();
    Matrix gram(n, n);
    gram.noalias() = c * c.transpose();
    const Vector sq = gram.diagonal();
    Matrix dist(n, n);
    // Fill i<j once and mirror it: rounding in the GEMM is not symmetric, and
    // downstream ranks must see d(i,j) == d(j,i) exactly.
    for (Index i = 0; i < n; ++i) {
        dist(i, i) = 0.0f;
        for (Index j = i + 1; j < n; ++j) {
            const float d2 = sq(i) + sq(j) - 2.0f * gram(i, j);
            const float d = d2 > 0.0f ? std::sqrt(d2) : 0.0f;
            dist(i, j) = d;
            dist(j, i) = d;
        }
    }
    return dist;
}

Matrix crossDistances(const Matrix& a, const Matrix& b) {
    if (a.cols() != b.cols())
        throw Error("crossDistances: first batch has " + std::to_string(a.cols()) + " features, second has " +
                    std::to_string(b.cols()));
    if (a.rows() == 0 || b.rows() == 0) return Matrix(a.rows(), b.rows());
    const Vector mean = b.colwise().mean().transpose();
    const Matrix ca = a.rowwise() - mean.transpose();
    const Matrix cb = b.rowwise() - mean.transpose();
    const Vector sa = ca.rowwise().squaredNorm();
    const Vector sb = cb.rowwise().squaredNorm();
    Matrix dist(a.rows(), b.rows());
    dist.noalias() = ca * cb.transpose();
    for (Index i = 0; i < dist.rows(); ++i)
        for (Index j = 0; j < dist.cols(); ++j) {
            const float d2 = sa(i) + sb(j) - 2.0f * dist(i, j);
            dist(i, j) = d2 > 0.0f ? std::sqrt(d2) : 0.0f;
        }
    return dist;
}

} // namespace ae
