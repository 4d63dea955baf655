#pragma once
// Peak signal-to-noise ratio of images scaled to [0, 1] (peak 1): 10·log10(1 / MSE), in dB.
// Identical images have MSE 0 and no finite PSNR; they get kPsnrCap, so averages over a set stay
// finite and a level-0 "noisy" copy reads as "as good as it gets" rather than null.
#include "core/common.h"

#include <vector>

namespace ae {

// 100 dB is an MSE of 1e-10, far below a float image's rounding of a byte (≈ 1e-6 → 60 dB).
constexpr double kPsnrCap = 100.0;

// From a mean squared error: kPsnrCap when mse <= 1e-10 (including 0).
double psnrFromMse(double mse);
// One value per row: row i of `test` against row i of `clean`. Throws Error when shapes differ.
std::vector<double> rowPsnr(const Matrix& clean, const Matrix& test);
// The mean of rowPsnr (per image, then averaged; 0 rows: 0).
double meanPsnr(const Matrix& clean, const Matrix& test);

} // namespace ae
