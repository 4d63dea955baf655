#pragma once
// Input corruption for denoising autoencoders: fresh noise each batch, training only.
#include "core/common.h"
#include "core/named_enum.h"

#include <random>
#include <string>

namespace ae {

enum class NoiseKind { None, Gaussian, Masking, SaltAndPepper };
inline constexpr EnumName<NoiseKind> kNoiseNames[] = {{NoiseKind::None, "none"},
                                                      {NoiseKind::Gaussian, "gaussian"},
                                                      {NoiseKind::Masking, "masking"},
                                                      {NoiseKind::SaltAndPepper, "saltpepper"}};
constexpr std::span<const EnumName<NoiseKind>> enumNames(NoiseKind) { return kNoiseNames; }

// out = corrupt(x): gaussian: clip(x + factor * N(0,1), 0, 1) (seed 001);
// masking: each element set to 0 with probability factor;
// saltpepper: each element with probability factor set to 0 or 1 (half each).
// `out` is resized to x's shape (no allocation when it already has it).
void corrupt(NoiseKind kind, float factor, const Matrix& x, Matrix& out, std::mt19937_64& rng);

} // namespace ae
