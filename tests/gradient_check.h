#pragma once
// Finite-difference gradient checks shared by the layer, loss and code-term tests.
//
// The numeric gradient is the central difference (L(v+h) - L(v-h)) / (v+h - (v-h)), dividing by
// the step actually taken in float. An element's error is
//     |analytic - numeric| / max(|analytic| + |numeric|, floor),   floor = floorFraction * max|analytic|,
// i.e. relative where the gradient is of the tensor's own scale and absolute (against that scale)
// where it is tiny, because there float rounding in the forward pass dominates both numbers.
// Tests assert the returned maximum against an explicit tolerance.
#include "core/common.h"
#include "core/nn/layer.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <random>
#include <vector>

namespace ae::test {

struct CheckOptions {
    float step = 1e-2f;          // h, absolute, on the float values being perturbed
    double floorFraction = 1e-2; // see the formula above
    // Only for piecewise-linear functions (ReLU, leaky ReLU, max pooling): between kinks they are
    // exactly linear, so left and right one-sided slopes that disagree beyond rounding mean a
    // kink lies within h; that element is skipped (counted in `kinks`) instead of compared.
    // With weight sharing many outputs move per parameter, so use a smaller step (1e-3) there:
    // a piecewise-linear function has no truncation error and fewer kinks fall within h.
    bool allowKinks = false;
};

struct GradientReport {
    double maxError = 0.0; // max relative error over the compared elements
    int compared = 0;
    int kinks = 0;
};

inline Matrix randomMatrix(Eigen::Index rows, Eigen::Index cols, float lo, float hi, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<float> u(lo, hi);
    Matrix m(rows, cols);
    for (Eigen::Index i = 0; i < m.size(); ++i) m.data()[i] = u(rng);
    return m;
}

// Compares analytic[0..n) with the numeric gradient of `eval` w.r.t. values[0..n), perturbing
// values in place (each is restored before the next).
inline GradientReport compareGradient(const std::function<double()>& eval, float* values, const float* analytic,
                                      std::size_t n, const CheckOptions& opt)
{
    GradientReport rep;
    double maxAbs = 0.0;
    for (std::size_t i = 0; i < n; ++i) maxAbs = std::max(maxAbs, std::abs(static_cast<double>(analytic[i])));
    const double floor = std::max(opt.floorFraction * maxAbs, 1e-12);
    const double f0 = opt.allowKinks ? eval() : 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        const float v = values[i];
        const float vp = v + opt.step;
        const float vm = v - opt.step;
        values[i] = vp;
        const double fp = eval();
        values[i] = vm;
        const double fm = eval();
        values[i] = v;
        if (opt.allowKinks) {
            const double right = (fp - f0) / (static_cast<double>(vp) - v);
            const double left = (f0 - fm) / (static_cast<double>(v) - vm);
            if (std::abs(right - left) > 1e-3 * (std::abs(right) + std::abs(left)) + 1e-2 * floor) {
                ++rep.kinks;
                continue;
            }
        }
        const double numeric = (fp - fm) / (static_cast<double>(vp) - vm);
        const double a = analytic[i];
        const double err = std::abs(a - numeric) / std::max(std::abs(a) + std::abs(numeric), floor);
        rep.maxError = std::max(rep.maxError, err);
        ++rep.compared;
    }
    return rep;
}

// Gradient of a scalar function of a matrix: f(x) against the analytic dF/dx.
inline GradientReport checkScalarGradient(const std::function<double(const Matrix&)>& f, Matrix x,
                                          const Matrix& analytic, const CheckOptions& opt = {})
{
    return compareGradient([&] { return f(x); }, x.data(), analytic.data(), static_cast<std::size_t>(x.size()),
                           opt);
}

// Owns a layer's parameter and gradient buffers, binds and initialises it. Biases (zero after
// initialise) are set to small random values so their effect on the output is exercised too.
struct BoundLayer {
    std::vector<float> params;
    std::vector<float> grads;

    BoundLayer(Layer& layer, std::uint64_t seed)
        : params(layer.paramCount(), 0.0f), grads(layer.paramCount(), 0.0f)
    {
        layer.bind(params.data(), grads.data());
        std::mt19937_64 rng(seed);
        layer.initialize(rng);
        std::uniform_real_distribution<float> u(-0.1f, 0.1f);
        std::size_t offset = 0;
        for (const ParamInfo& p : layer.paramInfo()) {
            if (p.name == "bias")
                for (std::size_t i = 0; i < p.size(); ++i) params[offset + i] = u(rng);
            offset += p.size();
        }
    }
};

struct LayerReport {
    GradientReport input;
    GradientReport params;
};

// L = sum(r .* forward(x)) with a fixed random r, accumulated in double; backward(r) must equal
// dL/dx, and the gradient buffer after backward must equal dL/dparams.
inline LayerReport checkLayerGradients(Layer& layer, BoundLayer& buffers, Matrix x, std::uint64_t seed,
                                       const CheckOptions& opt = {})
{
    const Matrix& y = layer.forward(x, Mode::Train);
    const Matrix r = randomMatrix(y.rows(), y.cols(), -1.0f, 1.0f, seed);
    std::fill(buffers.grads.begin(), buffers.grads.end(), 0.0f);
    const Matrix dx = layer.backward(r);
    const std::vector<float> paramGrads = buffers.grads;

    const auto loss = [&] {
        const Matrix& out = layer.forward(x, Mode::Infer);
        return (out.cast<double>().array() * r.cast<double>().array()).sum();
    };
    LayerReport rep;
    rep.input = compareGradient(loss, x.data(), dx.data(), static_cast<std::size_t>(x.size()), opt);
    if (!buffers.params.empty())
        rep.params = compareGradient(loss, buffers.params.data(), paramGrads.data(), buffers.params.size(), opt);
    return rep;
}

} // namespace ae::test
