#pragma once
// Nearest-neighbour up-sampling by 2 in height and width (Keras UpSampling2D((2, 2))).
#include "core/nn/layer.h"

namespace ae {

class UpSampling2D final : public Layer {
public:
    explicit UpSampling2D(Shape in);

    std::string kind() const override { return "UpSampling2D"; }
    Shape inputShape() const override { return in_; }
    Shape outputShape() const override { return out_; }

    const Matrix& forward(const Matrix& x, Mode mode) override;
    const Matrix& backward(const Matrix& dy) override;

private:
    Shape in_;
    Shape out_;
    Matrix y_;  // (N, C*2H*2W)
    Matrix dx_; // (N, C*H*W)
};

} // namespace ae
