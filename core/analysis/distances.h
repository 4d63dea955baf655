#pragma once
// Euclidean distances between the rows of batches, by one GEMM of the Gram matrix.
#include "core/common.h"

namespace ae {

// (N, D) -> (N, N): exactly symmetric, exact 0 diagonal, NaN where an input is NaN.
// Up to 32 columns (latent codes) distances are summed directly, so equal
// distances are exactly equal; wider data go through one Gram GEMM after
// centring, which keeps float cancellation small for data far from the origin, on up to
// `threads` threads (core/parallel.h; the result does not depend on the count).
Matrix pairwiseDistances(const Matrix& x, int threads = 1);

// (Na, D), (Nb, D) -> (Na, Nb): distance from every row of a to every row of b.
// Throws Error if the column counts differ.
Matrix crossDistances(const Matrix& a, const Matrix& b);

} // namespace ae
