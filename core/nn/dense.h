#pragma once
// Fully connected layer: y = f(x W + b).
#include "core/nn/layer.h"

namespace ae {

class Dense final : public Layer {
public:
    // Input and output are flat: Shape{in, 1, 1} and Shape{out, 1, 1}.
    Dense(int in, int out, Activation act);

    std::string kind() const override { return "Dense"; }
    Shape inputShape() const override { return {in_, 1, 1}; }
    Shape outputShape() const override { return {out_, 1, 1}; }
    Activation activation() const { return act_; }

    std::vector<ParamInfo> paramInfo() const override;
    void bind(float* params, float* grads) override;
    void initialize(std::mt19937_64& rng) override;
    const Matrix& forward(const Matrix& x, Mode mode) override;
    const Matrix& backward(const Matrix& dy) override;

private:
    int in_;
    int out_;
    Activation act_;

    // Views into the model's flat buffers, re-seated by bind().
    MatrixMap kernel_{nullptr, 0, 0};     // (in, out)
    VectorMap bias_{nullptr, 0};          // (out)
    MatrixMap kernelGrad_{nullptr, 0, 0}; // (in, out)
    VectorMap biasGrad_{nullptr, 0};      // (out)

    const Matrix* x_ = nullptr;  // (N, in) input of the last Train forward, kept alive by the caller
    Matrix y_;  // (N, out) activated output
    Matrix dz_; // (N, out) gradient w.r.t. the pre-activation
    Matrix dx_; // (N, in)
};

} // namespace ae
