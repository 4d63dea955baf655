#pragma once
// Principal component analysis: the linear baseline an autoencoder is compared
// against, and the 2-D projection of latent codes wider than two.
#include "core/common.h"

#include <cstdint>

namespace ae {

struct Pca {
    Vector mean;               // (D)
    Matrix components;         // (k, D) orthonormal rows, by decreasing variance
    Vector explainedVariance;  // (k) variance along each component (population, 1/N)
    double totalVariance = 0;  // sum of all D variances, for "explained ratio" displays

    int inputDim() const { return static_cast<int>(mean.size()); }
    int outputDim() const { return static_cast<int>(components.rows()); }

    Matrix project(const Matrix& x) const;          // (N, D) -> (N, k)
    Matrix reconstruct(const Matrix& codes) const;  // (N, k) -> (N, D)
    // Multiplies component j by signs(j) (each +1 or -1), e.g. with what alignSigns
    // returned, so that reconstruct() stays consistent with flipped codes.
    void applySigns(const Vector& signs);
};

// Fits k components to the rows of x. Variances use 1/N so that, on the fitting
// data, pcaReconstructionMse equals (totalVariance - sum(explainedVariance)) / D.
// Each component's largest-magnitude entry is positive, so refitting similar data
// gives the same orientation. Throws Error if x is empty or k is not in [1, D].
Pca fitPca(const Matrix& x, int k);

// The k leading components only, by randomised subspace iteration (Halko, Martinsson & Tropp
// 2011): a few passes of x^T x over a (D, k + 8) block, then an exact Rayleigh-Ritz step. For
// wide data (the denoising preset's codes, 1,000 x 1,568, drawn live in the latent view) it costs
// a few thin GEMMs instead of fitPca's 1,000 x 1,000 Gram matrix and its eigenpairs. Same
// conventions and errors as fitPca; the components agree with fitPca's to float rounding when
// the k-th variance is well separated from the (k+1)-th (totalVariance is exact either way).
// `seed` fixes the random start, so the same data always gives the same result.
Pca fitLeadingPca(const Matrix& x, int k, std::uint64_t seed = 1);

// Mean over all N*D elements of (x - reconstruct(project(x)))^2.
double pcaReconstructionMse(const Pca& pca, const Matrix& x);

// Flips each column of codes whose dot product with the same column of reference
// is negative, so a live 2-D view does not mirror between updates of the same
// probe set. Returns the applied signs (+1/-1 per column). Throws Error if the
// shapes differ.
Vector alignSigns(Matrix& codes, const Matrix& reference);

} // namespace ae
