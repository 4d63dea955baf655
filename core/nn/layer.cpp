#include "core/nn/layer.h"

#include <Eigen/Core>

namespace ae {

namespace {
using ArrayMap = Eigen::Map<Eigen::ArrayXf>;
using ConstArrayMap = Eigen::Map<const Eigen::ArrayXf>;
} // namespace

// Eigen array expressions rather than std:: calls per element: they vectorise
// (logistic and tanh have packet implementations), plain loops calling std::exp do not.
void applyActivation(Activation a, float* y, std::size_t n)
{
    ArrayMap v(y, static_cast<Eigen::Index>(n));
    switch (a) {
    case Activation::Linear: break;
    case Activation::ReLU: v = v.max(0.0f); break;
    case Activation::LeakyReLU: v = v.max(v * kLeakyReluSlope); break; // slope < 1
    case Activation::Sigmoid: v = v.logistic(); break;
    case Activation::Tanh: v = v.tanh(); break;
    }
}

void activationBackward(Activation a, const float* y, float* dy, std::size_t n)
{
    const auto len = static_cast<Eigen::Index>(n);
    ConstArrayMap out(y, len);
    ArrayMap d(dy, len);
    switch (a) {
    case Activation::Linear: break;
    case Activation::ReLU: d = (out > 0.0f).select(d, 0.0f); break;
    case Activation::LeakyReLU: d = (out > 0.0f).select(d, d * kLeakyReluSlope); break;
    case Activation::Sigmoid: d *= out * (1.0f - out); break;
    case Activation::Tanh: d *= 1.0f - out.square(); break;
    }
}

std::size_t ParamInfo::size() const
{
    std::size_t n = 1;
    for (int d : shape) n *= static_cast<std::size_t>(d);
    return n;
}

std::size_t Layer::paramCount() const
{
    std::size_t n = 0;
    for (const ParamInfo& p : paramInfo()) n += p.size();
    return n;
}

} // namespace ae
