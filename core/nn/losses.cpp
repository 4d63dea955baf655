#include "core/nn/losses.h"

#include <string>

namespace ae {

namespace {

void requireSameShape(const char* what, const Matrix& a, const Matrix& t)
{
    if (a.rows() != t.rows() || a.cols() != t.cols())
        throw Error(std::string(what) + ": output is " + std::to_string(a.rows()) + "x" + std::to_string(a.cols()) +
                    " but target is " + std::to_string(t.rows()) + "x" + std::to_string(t.cols()));
}

} // namespace

LossKind lossFromName(const std::string& name)
{
    if (name == "bce") return LossKind::BinaryCrossEntropy;
    if (name == "mse") return LossKind::MeanSquaredError;
    throw Error("unknown loss '" + name + "' (choices: bce, mse)");
}

std::string lossName(LossKind k)
{
    return k == LossKind::BinaryCrossEntropy ? "bce" : "mse";
}

double bceWithLogits(const Matrix& logits, const Matrix& target, Matrix* grad)
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
    double loss = 0;
    // Row by row, so the three passes (exp, loss, gradient) read a row that is still in L1.
    for (Eigen::Index r = 0; r < logits.rows(); ++r) {
        const auto zr = logits.row(r).array();
        const auto tr = target.row(r).array();
        auto e = grad->row(r).array();  // holds exp(-|z|) until it is turned into the gradient
        e = (-zr.abs()).exp();
        loss += static_cast<double>((zr.max(0.0f) - zr * tr + (1.0f + e).log()).sum());
        e = ((zr >= 0.0f).select(1.0f, e) / (1.0f + e) - tr) * scale;
    }
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
