#include "core/nn/activation_layer.h"

namespace ae {

ActivationLayer::ActivationLayer(Shape s, Activation a) : shape_(s), act_(a)
{
    if (s.c <= 0 || s.h <= 0 || s.w <= 0)
        throw Error("Activation layer shape must be positive, got " + s.str());
}

const Matrix& ActivationLayer::forward(const Matrix& x, Mode mode)
{
    if (x.cols() != shape_.size())
        throw Error("Activation layer expects " + std::to_string(shape_.size()) + " values per sample, got " +
                    std::to_string(x.cols()));
    (void)mode;
    y_ = x;
    applyActivation(act_, y_.data(), static_cast<std::size_t>(y_.size()));
    return y_;
}

const Matrix& ActivationLayer::backward(const Matrix& dy)
{
    if (dy.rows() != y_.rows() || dy.cols() != y_.cols())
        throw Error("Activation layer backward got a " + std::to_string(dy.rows()) + "x" + std::to_string(dy.cols()) +
                    " gradient for a " + std::to_string(y_.rows()) + "x" + std::to_string(y_.cols()) + " output");
    dx_ = dy;
    activationBackward(act_, y_.data(), dx_.data(), static_cast<std::size_t>(dx_.size()));
    return dx_;
}

} // namespace ae
