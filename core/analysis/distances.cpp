#include "core/analysis/distances.h"

#include "core/nn/gemm.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace ae {

using Eigen::Index;


namespace {

// Codes up to this width get their distances from the differences directly: it costs
// little at these widths, and equal distances (codes on a grid, duplicated points)
// then come out exactly equal, so neighbour ranks break ties by index, not by
// GEMM round-off.
constexpr Index kDirectMaxDim = 32;

Matrix directDistances(const Matrix& x) {
    const Index n = x.rows();
    Matrix dist(n, n);
    for (Index i = 0; i < n; ++i) {
        dist(i, i) = 0.0f;
        for (Index j = i + 1; j < n; ++j) {
            double s = 0;
            for (Index c = 0; c < x.cols(); ++c) {
                const double e = static_cast<double>(x(i, c)) - static_cast<double>(x(j, c));
                s += e * e;
            }
            dist(i, j) = dist(j, i) = static_cast<float>(std::sqrt(s));
        }
    }
    return dist;
}

} // namespace

Matrix pairwiseDistances(const Matrix& x, int threads) {
    if (x.cols() <= kDirectMaxDim) return directDistances(x);
    const Index n = x.rows();
    const Vector mean = n > 0 ? Vector(x.colwise().mean().transpose()) : Vector::Zero(x.cols());
    const Matrix c = x.rowwise() - mean.transpose();
    Matrix gram(n, n);
    // The dense layers' product: at 1,000 probe codes of 1,568 numbers (the denoising preset)
    // this Gram matrix is most of a distortion measurement, and Eigen's product ran it at about
    // 0.7 of the speed.
    multiply(n, n, x.cols(), asStrided(c), asStridedTransposed(c), gram.data(), n, Accumulate::No, threads);
    const Vector sq = gram.diagonal();
    Matrix dist(n, n);
    // Fill i<j once and mirror it: rounding in the GEMM is not symmetric, and
    // downstream ranks must see d(i,j) == d(j,i) exactly. std::max keeps NaN visible.
    for (Index i = 0; i < n; ++i) {
        dist(i, i) = 0.0f;
        for (Index j = i + 1; j < n; ++j) {
            const float d = std::sqrt(std::max(sq(i) + sq(j) - 2.0f * gram(i, j), 0.0f));
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
            dist(i, j) = std::sqrt(std::max(sa(i) + sb(j) - 2.0f * dist(i, j), 0.0f));
        }
    return dist;
}

} // namespace ae
