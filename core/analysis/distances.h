#pragma once
// Euclidean distances between the rows of batches, by one GEMM of the Gram matrix.
#include "core/common.h"

namespace ae {

// (N, D) -> (N, N): exactly symmetric, exact 0 diagonal. The data are centred
// before the Gram product, which keeps float cancellation small for data far
// from the origin (distances do not change under translation).
Matrix pairwiseDistances(const Matrix& x);

// (Na, D), (Nb, D) -> (Na, Nb): distance from every row of a to every row of b.
// Throws Error if the column counts differ.
Matrix crossDistances(const Matrix& a, const Matrix& b);

} // namespace ae
