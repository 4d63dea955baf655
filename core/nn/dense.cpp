#include "core/nn/dense.h"

#include "core/nn/gemm.h"
#include "core/parallel.h"

#include <cmath>
#include <new>

namespace ae {

Dense::Dense(int in, int out, Activation act) : in_(in), out_(out), act_(act)
{
    if (in <= 0 || out <= 0)
        throw Error("Dense layer needs positive sizes, got in=" + std::to_string(in) + " out=" + std::to_string(out));
}

std::vector<ParamInfo> Dense::paramInfo() const
{
    return {{"kernel", {in_, out_}}, {"bias", {out_}}};
}

void Dense::bind(float* params, float* grads)
{
    const std::size_t k = static_cast<std::size_t>(in_) * out_;
    new (&kernel_) MatrixMap(params, in_, out_);
    new (&bias_) VectorMap(params + k, out_);
    new (&kernelGrad_) MatrixMap(grads, in_, out_);
    new (&biasGrad_) VectorMap(grads + k, out_);
}

void Dense::initialize(std::mt19937_64& rng)
{
    const float limit = std::sqrt(6.0f / static_cast<float>(in_ + out_)); // Glorot uniform
    std::uniform_real_distribution<float> u(-limit, limit);
    for (Eigen::Index i = 0; i < kernel_.size(); ++i) kernel_.data()[i] = u(rng);
    bias_.setZero();
}

const Matrix& Dense::forward(const Matrix& x, Mode mode)
{
    if (x.cols() != in_)
        throw Error("Dense layer expects " + std::to_string(in_) + " inputs per sample, got " + std::to_string(x.cols()));
    const Eigen::Index n = x.rows();
    y_.resize(n, out_);
    multiply(n, out_, in_, asStrided(x), asStrided(kernel_.data(), out_), y_.data(), out_, Accumulate::No, threads());
    // Bias and activation row by row, on the layer's threads.
    forEachRowChunk(threads(), static_cast<std::size_t>(n), static_cast<std::size_t>(out_), [&](std::size_t begin, std::size_t end) {
        for (auto r = static_cast<Eigen::Index>(begin); r < static_cast<Eigen::Index>(end); ++r) {
            y_.row(r) += bias_.transpose();
            applyActivation(act_, y_.row(r).data(), static_cast<std::size_t>(out_));
        }
    });
    // A pointer, not a copy: the contract keeps x alive until backward, and copying every
    // layer's input each batch was pure overhead on the training hot path.
    x_ = mode == Mode::Train ? &x : nullptr;
    return y_;
}

const Matrix& Dense::backward(const Matrix& dy)
{
    if (!x_) throw Error("Dense backward called without a preceding training forward");
    if (dy.rows() != x_->rows() || dy.cols() != out_)
        throw Error("Dense backward got a " + std::to_string(dy.rows()) + "x" + std::to_string(dy.cols()) +
                    " gradient for a " + std::to_string(x_->rows()) + "x" + std::to_string(out_) + " output");
    const Eigen::Index n = dy.rows();
    const Matrix* dz = &dy;
    if (act_ != Activation::Linear) {
        dz_.resize(n, out_);
        dz = &dz_;
    }
    // The activation's derivative on the layer's threads; the bias gradient then adds the rows
    // in order on this one, so its sum has the same bits at any thread count.
    if (act_ != Activation::Linear)
        forEachRowChunk(threads(), static_cast<std::size_t>(n), static_cast<std::size_t>(out_), [&](std::size_t begin, std::size_t end) {
            for (auto r = static_cast<Eigen::Index>(begin); r < static_cast<Eigen::Index>(end); ++r) {
                dz_.row(r) = dy.row(r);
                activationBackward(act_, y_.row(r).data(), dz_.row(r).data(), static_cast<std::size_t>(out_));
            }
        });
    for (Eigen::Index r = 0; r < n; ++r) biasGrad_ += dz->row(r).transpose();
    multiply(in_, out_, n, asStridedTransposed(*x_), asStrided(*dz), kernelGrad_.data(), out_, Accumulate::Yes, threads());
    if (!inputGradientNeeded()) {
        dx_.resize(0, in_);
        return dx_;
    }
    dx_.resize(n, in_);
    multiply(n, in_, out_, asStrided(*dz), asStridedTransposed(kernel_.data(), out_), dx_.data(), in_, Accumulate::No, threads());
    return dx_;
}

} // namespace ae
