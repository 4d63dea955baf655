#pragma once
// Penalties on the code (the encoder's output). Each returns its value and *adds* its gradient
// w.r.t. the code into `grad` (which the caller sized N x K and zeroed), if grad is non-null.
#include "core/common.h"

namespace ae {

// lambda * sum|z| / N  (Keras' activity_regularizer=l1(lambda), averaged over the batch).
double l1Activity(const Matrix& z, float lambda, Matrix* grad);

// weight * sum_j KL(rho || rhoHat_j), rhoHat_j = mean over the batch of z_j, with z in (0,1)
// (a sigmoid code). rhoHat is clamped to [1e-6, 1-1e-6] so the log never sees 0.
double klSparsity(const Matrix& z, float rho, float weight, Matrix* grad);

// weight * mean over the batch of -0.5 * sum_j (1 + logvar - mu^2 - exp(logvar)).
double vaeKl(const Matrix& mu, const Matrix& logvar, float weight, Matrix* gradMu, Matrix* gradLogvar);

// Seed 002's pairwise-distance term, scale-invariant: over all pairs i<j of the batch,
// weight * mean( (dx_ij / mean(dx) - dz_ij / mean(dz))^2 ), dx Euclidean in input space,
// dz in code space. Only z receives a gradient (x is data).
double pairwiseDistanceTerm(const Matrix& x, const Matrix& z, float weight, Matrix* grad);

// The same pairs scored by what the distance analysis reports: weight * (Kruskal stress-1)^2 of
// the batch after the best scale, = weight * (1 - (sum dx dz)^2 / (sum dx^2 sum dz^2)), one minus
// the squared cosine of the two distance lists. Scale-free like the term above, but long
// distances weigh by their size instead of every pair alike. In [0, weight].
double pairwiseStressTerm(const Matrix& x, const Matrix& z, float weight, Matrix* grad);

} // namespace ae
