#pragma once
// A stand-alone activation (Keras' Activation layer); shape in = shape out.
#include "core/nn/layer.h"

namespace ae {

class ActivationLayer final : public Layer {
public:
    ActivationLayer(Shape s, Activation a);

    std::string kind() const override { return "Activation"; }
    Shape inputShape() const override { return shape_; }
    Shape outputShape() const override { return shape_; }
    Activation activation() const { return act_; }

    const Matrix& forward(const Matrix& x, Mode mode) override;
    const Matrix& backward(const Matrix& dy) override;

private:
    Shape shape_;
    Activation act_;
    Matrix y_;  // (N, size) output; the derivative is computed from it
    Matrix dx_; // (N, size)
};

} // namespace ae
