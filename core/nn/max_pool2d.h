#pragma once
// 2x2 max pooling, stride 2, Keras padding='same': output ceil(H/2) x ceil(W/2).
#include "core/nn/layer.h"

#include <cstdint>

namespace ae {

// One sample: y (C, ceil(H/2), ceil(W/2)) <- the maxima of x (in.c, in.h, in.w), arg <- the
// index of each winner within x. Windows are scanned row by row with a strict '>', so the first
// maximum wins ties. Shared with Conv2D's fused conv + pool step.
void maxPool2x2(const float* x, Shape in, float* y, std::int32_t* arg);

class MaxPool2D final : public Layer {
public:
    explicit MaxPool2D(Shape in);

    std::string kind() const override { return "MaxPooling2D"; }
    Shape inputShape() const override { return in_; }
    Shape outputShape() const override { return out_; }

    const Matrix& forward(const Matrix& x, Mode mode) override;
    const Matrix& backward(const Matrix& dy) override;

private:
    Shape in_;
    Shape out_;
    Matrix y_;                     // (N, C*Ho*Wo)
    std::vector<std::int32_t> arg_; // (N, C*Ho*Wo) index of the winner within its sample's input row
    Matrix dx_;                    // (N, C*H*W)
};

} // namespace ae
