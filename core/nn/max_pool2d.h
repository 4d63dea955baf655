#pragma once
// 2x2 max pooling, stride 2, Keras padding='same': output ceil(H/2) x ceil(W/2).
#include "core/nn/layer.h"

#include <cstdint>

namespace ae {

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
