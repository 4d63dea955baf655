#include "core/nn/losses.h"

#include "core/parallel.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace ae {

namespace {

void requireSameShape(const char* what, const Matrix& a, const Matrix& t)
{
    if (a.rows() != t.rows() || a.cols() != t.cols())
        throw Error(std::string(what) + ": output is " + std::to_string(a.rows()) + "x" + std::to_string(a.cols()) +
                    " but target is " + std::to_string(t.rows()) + "x" + std::to_string(t.cols()));
}

// Sum of log(1 + e[j]) for e[j] in [0, 1], with one logarithm per 8 x 120 terms instead of one
// per term: log(a) + log(b) = log(a b), and a product of at most 120 factors in [1, 2] stays
// below 2^120, far from float overflow. Its relative rounding (about 120 x 2^-24) moves the
// sum by less than float rounding of a row's loss already does. The logarithms were a third
// of the loss's time, and the loss a fifth of the undercomplete preset's.
float sumLogOnePlus(const float* e, Eigen::Index n)
{
    constexpr int kLanes = 8;
    constexpr Eigen::Index kMaxFactors = 120;
    float total = 0.0f;
    Eigen::Index j = 0;
    while (n - j >= kLanes) {
        const Eigen::Index blocks = std::min<Eigen::Index>((n - j) / kLanes, kMaxFactors);
        float product[kLanes];
        for (float& p : product) p = 1.0f;
        for (Eigen::Index b = 0; b < blocks; ++b, j += kLanes)
            for (int l = 0; l < kLanes; ++l) product[l] *= 1.0f + e[j + l];
        for (float p : product) total += std::log(p);
    }
    for (; j < n; ++j) total += std::log1p(e[j]);
    return total;
}

} // namespace

double bceWithLogits(const Matrix& logits, const Matrix& target, Matrix* grad, int threads)
{
    requireSameShape("binary cross-entropy", logits, target);
    const double count = static_cast<double>(logits.size());
    if (count == 0) throw Error("binary cross-entropy of an empty batch");
    // One pass of vectorised float math: e = exp(-|z|) serves both the loss,
    // max(z,0) - z*t + log(1+e), and the gradient, sigmoid(z) - t = (z >= 0 ? 1 : e) / (1+e) - t.
    // log(1+e) instead of log1p(e): e lies in (0,1], where the two differ by less than float
    // rounding of the loss, and libm's scalar log1pf cost half the training time of a dense model.
    // Row sums are taken in float (784 terms), the total in double.
    const auto z = logits.array();
    if (!grad)
        return (z.max(0.0f) - z * target.array() + (1.0f + (-z.abs()).exp()).log()).rowwise().sum().cast<double>().sum() /
               count;
    grad->resize(logits.rows(), logits.cols());
    const float scale = static_cast<float>(1.0 / count);
    // Row by row, so the three passes (exp, loss, gradient) read a row that is still in L1. Rows
    // go to the threads; the row losses are added in row order afterwards, so the sum
    // has the same bits at any thread count.
    thread_local std::vector<double> rowLossStorage;
    std::vector<double>& rowLoss = rowLossStorage;  // the caller's: in the lambda, the name would be each thread's own
    rowLoss.resize(static_cast<std::size_t>(logits.rows()));
    forEachRowChunk(threads, rowLoss.size(), static_cast<std::size_t>(logits.cols()), [&](std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i) {
            const auto r = static_cast<Eigen::Index>(i);
            const auto zr = logits.row(r).array();
            const auto tr = target.row(r).array();
            auto e = grad->row(r).array();  // holds exp(-|z|) until it is turned into the gradient
            e = (-zr.abs()).exp();
            rowLoss[i] = static_cast<double>((zr.max(0.0f) - zr * tr).sum() + sumLogOnePlus(e.data(), e.size()));
            e = ((zr >= 0.0f).select(1.0f, e) / (1.0f + e) - tr) * scale;
        }
    });
    double loss = 0;
    for (const double l : rowLoss) loss += l;
    return loss / count;
}

double meanSquaredError(const Matrix& output, const Matrix& target, Matrix* grad)
{
    requireSameShape("mean squared error", output, target);
    const double count = static_cast<double>(output.size());
    if (count == 0) throw Error("mean squared error of an empty batch");
    const double loss = (output.array() - target.array()).square().cast<double>().sum() / count;
    if (grad) {
        grad->resize(output.rows(), output.cols());
        grad->array() = (output.array() - target.array()) * static_cast<float>(2.0 / count);
    }
    return loss;
}

void perSampleLoss(LossKind kind, const Matrix& values, const Matrix& target, Vector& out)
{
    requireSameShape(kind == LossKind::BinaryCrossEntropy ? "binary cross-entropy" : "mean squared error", values,
                     target);
    out.resize(values.rows());
    if (values.cols() == 0) {
        out.setZero();
        return;
    }
    const double inv = 1.0 / static_cast<double>(values.cols());
    for (Eigen::Index i = 0; i < values.rows(); ++i) {
        double sum = 0;
        if (kind == LossKind::BinaryCrossEntropy) {
            const auto z = values.row(i).array();
            sum = (z.max(0.0f) - z * target.row(i).array() + (1.0f + (-z.abs()).exp()).log()).cast<double>().sum();
        } else {
            sum = (values.row(i).array() - target.row(i).array()).square().cast<double>().sum();
        }
        out[i] = static_cast<float>(sum * inv);
    }
}

} // namespace ae
