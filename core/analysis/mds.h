#pragma once
// Classical (Torgerson) multidimensional scaling: the non-parametric baseline that
// preserves distances as well as any linear k-D embedding can.
#include "core/common.h"

namespace ae {

// distances: (N, N) symmetric Euclidean distances (e.g. pairwiseDistances(x)).
// Returns (N, k): double centring of the squared distances, then the top-k
// eigenvectors scaled by sqrt(eigenvalue); directions with a non-positive
// eigenvalue come out as zero columns. For Euclidean distances this equals the
// PCA projection up to the sign of each axis. Each column's largest-magnitude
// entry is positive, so repeated calls give the same picture.
// Throws Error if distances is not square or k is not in [1, N].
Matrix classicalMds(const Matrix& distances, int k);

} // namespace ae
