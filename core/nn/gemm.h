#pragma once
// Single-precision matrix product for the dense layers' batch shapes.
//
// Eigen's general product runs these shapes (a 256-sample batch against 32–784 wide layers) at
// about 60 % of the rate OpenBLAS reaches on this kind of CPU; the register-blocked kernel behind
// multiply() matches OpenBLAS there (BENCHMARKS.md, round 3). Operands are strided views, so
// transposes cost nothing: x·W, xᵀ·dz and dz·Wᵀ are one routine.
#include "core/common.h"

namespace ae {

// Read-only view of a float matrix whose element (i, j) is data[i * rowStride + j * colStride].
struct StridedMatrix {
    const float* data;
    Eigen::Index rowStride;
    Eigen::Index colStride;
};

inline StridedMatrix asStrided(const float* data, Eigen::Index cols) { return {data, cols, 1}; }
inline StridedMatrix asStrided(const Matrix& m) { return {m.data(), m.cols(), 1}; }
inline StridedMatrix asStridedTransposed(const float* data, Eigen::Index cols) { return {data, 1, cols}; }
inline StridedMatrix asStridedTransposed(const Matrix& m) { return {m.data(), 1, m.cols()}; }

enum class Accumulate { No, Yes };

// c (rows x cols, row stride ldc, row-major) = a (rows x depth) · b (depth x cols), or
// c += a · b with Accumulate::Yes. Splits c's columns (or, when it has few, its rows) over up to
// `threads` threads (core/parallel.h) when the product is large enough to pay for it; every
// element is summed in the same order whatever the split, so results do not depend on it.
void multiply(Eigen::Index rows, Eigen::Index cols, Eigen::Index depth, StridedMatrix a, StridedMatrix b, float* c,
              Eigen::Index ldc, Accumulate accumulate, int threads);

} // namespace ae
