#pragma once
// How much of a code is in use: the quantities L1, KL sparsity and a dying code act on, measured
// on a set of codes (one sample a row). A code's "units" are its columns: a dense code's values,
// a convolutional code's channel × position values (C·H·W of them, channels-first), a VAE's
// means μ.
//
// Sparsity is Hoyer's measure (Hoyer 2004) of the absolute values x of a vector of length n:
//     hoyer(x) = (√n − ‖x‖₁ / ‖x‖₂) / (√n − 1),
// 0 when every entry has the same magnitude (dense), 1 when at most one is non-zero. It is
// defined as 1 when x is all zero or n ≤ 1 (at most one non-zero: the limit the formula reaches),
// so a dead code gives numbers, not NaN.
//   lifetime sparsity:   hoyer over each unit's values across the samples, mean over the units
//                        (how selectively a unit fires);
//   population sparsity: hoyer over each sample's code, mean over the samples (how few units a
//                        sample uses).
#include "core/common.h"

#include <vector>

namespace ae {

// |z| at or below this counts as silent. A ReLU code's silent values are exactly 0; the margin
// keeps round-off and a sigmoid's deep tail (σ(−7) ≈ 9e-4) out of "active".
constexpr double kCodeActivityEpsilon = 1e-3;

struct CodeActivity {
    double epsilon = kCodeActivityEpsilon;
    long long samples = 0;           // rows measured
    int units = 0;                   // columns
    double activeFraction = 0;       // entries with |z| > epsilon, over all entries
    double meanAbs = 0;              // mean |z| over all entries
    int deadUnits = 0;               // units with |z| <= epsilon on every row
    double lifetimeSparsity = 0;     // see the header comment
    double populationSparsity = 0;
    std::vector<double> unitMeanActivation;  // per unit, its mean z (signed); a sigmoid code's ρ̂_j
};

// Sums in double. With no rows every figure is 0 (no unit is called dead on no evidence) and
// unitMeanActivation holds `units` zeros. Non-finite code values are counted as they are (a
// diverged model's figures are then not finite); the trainer never keeps such weights.
CodeActivity codeActivity(const Matrix& codes, double epsilon = kCodeActivityEpsilon);

// Hoyer's sparsity of |values| (the rule above), for one vector.
double hoyerSparsity(const double* values, std::ptrdiff_t n, std::ptrdiff_t stride = 1);

// The `k` rows (samples) on which `unit` is most active: largest |z| first, ties by lower row;
// fewer when there are fewer rows. Empty for a unit out of range.
std::vector<Eigen::Index> mostActiveRows(const Matrix& codes, int unit, int k);
// The level a unit's decoder atom is drawn at (core/train/code_atoms.h): its value (signed) on
// its most active row; 1 when it is silent (|z| <= epsilon) on every row or there are none, so a
// dead unit still shows what it would draw.
double atomAmplitude(const Matrix& codes, int unit, double epsilon = kCodeActivityEpsilon);

// Counts of `values` in `bins` equal bins over [lo, hi]; values below lo go to the first bin,
// above hi to the last, NaN nowhere. Throws Error when bins < 1 or !(lo < hi).
struct Histogram {
    double lo = 0, hi = 1;
    std::vector<long long> counts;
    double binWidth() const { return counts.empty() ? 0 : (hi - lo) / static_cast<double>(counts.size()); }
};
Histogram histogram(const Matrix& values, int bins, double lo, double hi);
// Over the values' own range (min..max; a constant set: [v − 0.5, v + 0.5]; none: [0, 1]).
Histogram histogram(const Matrix& values, int bins);

} // namespace ae
