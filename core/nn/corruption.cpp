#include "core/nn/corruption.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace ae {

namespace {
// A uniform draw in [0, 1) from the top 53 bits; cheaper than uniform_real_distribution and
// identical on every standard library, so a seed means the same noise everywhere.
inline double uniform01(std::uint64_t bits)
{
    return static_cast<double>(bits >> 11) * 0x1.0p-53;
}
} // namespace

void corrupt(NoiseKind kind, float factor, const Matrix& x, Matrix& out, std::mt19937_64& rng)
{
    if (!std::isfinite(factor) || factor < 0.0f)
        throw Error(nameOf(kind) + " noise factor must be a non-negative number, got " + std::to_string(factor));
    if ((kind == NoiseKind::Masking || kind == NoiseKind::SaltAndPepper) && factor > 1.0f)
        throw Error(nameOf(kind) + " noise factor is a probability and must be at most 1, got " +
                    std::to_string(factor));
    out.resize(x.rows(), x.cols());
    const Eigen::Index n = x.size();
    const float* src = x.data();
    float* dst = out.data();
    switch (kind) {
    case NoiseKind::None:
        out = x;
        return;
    case NoiseKind::Gaussian: {
        // Box-Muller, two normals per pair of draws; written out rather than
        // std::normal_distribution so the noise for a seed does not depend on the library.
        constexpr double kTwoPi = 6.283185307179586;
        for (Eigen::Index i = 0; i < n; i += 2) {
            const double u1 = 1.0 - uniform01(rng()); // (0, 1]: log never sees 0
            const double u2 = uniform01(rng());
            const double r = std::sqrt(-2.0 * std::log(u1));
            const float z0 = static_cast<float>(r * std::cos(kTwoPi * u2));
            dst[i] = std::clamp(src[i] + factor * z0, 0.0f, 1.0f);
            if (i + 1 < n) {
                const float z1 = static_cast<float>(r * std::sin(kTwoPi * u2));
                dst[i + 1] = std::clamp(src[i + 1] + factor * z1, 0.0f, 1.0f);
            }
        }
        return;
    }
    case NoiseKind::Masking:
        for (Eigen::Index i = 0; i < n; ++i) dst[i] = uniform01(rng()) < factor ? 0.0f : src[i];
        return;
    case NoiseKind::SaltAndPepper:
        for (Eigen::Index i = 0; i < n; ++i) {
            const std::uint64_t bits = rng();
            // The low bit is discarded by uniform01, so it is an independent fair coin.
            dst[i] = uniform01(bits) < factor ? static_cast<float>(bits & 1u) : src[i];
        }
        return;
    }
}

} // namespace ae
