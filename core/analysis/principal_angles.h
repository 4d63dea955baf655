#pragma once
// Principal angles between two subspaces of R^D (Björck & Golub 1973): how far apart two spans
// are, basis-free. The linear autoencoder trained on MSE learns the span of the top-k principal
// components (Baldi & Hornik 1989); these angles show how close a decoder has come to it.
#include "core/common.h"

#include <vector>

namespace ae {

// The subspaces are spanned by the rows of `a` (r x D) and `b` (s x D), which need not be
// orthonormal or independent: each is orthonormalised by an SVD, keeping the directions whose
// singular value exceeds a relative tolerance. The cosines of the angles are the singular values
// of Q_aᵀ Q_b. Returns min(rank a, rank b) angles in radians, ascending (0: a shared direction,
// π/2: orthogonal). Throws Error if the row lengths differ or either matrix has non-finite values.
std::vector<double> principalAngles(const Matrix& a, const Matrix& b);

} // namespace ae
