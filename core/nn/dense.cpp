#include "core/nn/dense.h"

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
    y_.resize(x.rows(), out_);
    y_.noalias() = x * kernel_;
    y_.rowwise() += bias_.transpose();
    applyActivation(act_, y_.data(), static_cast<std::size_t>(y_.size()));
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
    const Matrix* dz = &dy;
    if (act_ != Activation::Linear) {
        dz_ = dy;
        activationBackward(act_, y_.data(), dz_.data(), static_cast<std::size_t>(dz_.size()));
        dz = &dz_;
    }
    kernelGrad_.noalias() += x_->transpose() * (*dz);
    biasGrad_ += dz->colwise().sum().transpose();
    if (!inputGradientNeeded()) {
        dx_.resize(0, in_);
        return dx_;
    }
    dx_.resize(dz->rows(), in_);
    dx_.noalias() = (*dz) * kernel_.transpose();
    return dx_;
}

} // namespace ae
