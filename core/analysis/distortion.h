#pragma once
// How far a latent space bends the distances of the input space (seed 002):
// global agreement of all pairwise distances, and local agreement of neighbourhoods.
#include "core/analysis/coranking.h"
#include "core/common.h"

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace ae {

struct DistortionMetrics {
    double spearman = 0;        // rank correlation of all pairwise distances (1 = same order)
    double pearson = 0;         // linear correlation of all pairwise distances
    double stress = 0;          // Kruskal stress-1 after the best scale factor (0 = isometry up to scale)
    double trustworthiness = 0; // Venna & Kaski: latent neighbours that were far apart in input (1 = none)
    double continuity = 0;      // Venna & Kaski: input neighbours torn apart in latent space (1 = none)
    double knn = 0;             // mean share of each point's k nearest neighbours kept (1 = all)
};

// x: (N, D) inputs, z: (N, d) their codes, k: neighbourhood size for the local
// metrics. A collapsed code (every code equal: all latent distances 0, e.g. a dead code) has no
// order or neighbours to compare: its correlations, trustworthiness, continuity and kNN are NaN
// (not available) and its stress 1. Throws Error if the row counts differ or k is not in [1, N/2).
DistortionMetrics measureDistortion(const Matrix& x, const Matrix& z, int k = 10);

// The same from precomputed (N, N) distance matrices, so the input distances can
// be computed once and reused for the model, PCA and MDS.
DistortionMetrics distortionFromDistances(const Matrix& inputDistances, const Matrix& latentDistances, int k = 10);

// Building blocks, exposed for tests and for other paired data.
double pearsonCorrelation(const std::vector<double>& a, const std::vector<double>& b);
double spearmanCorrelation(const std::vector<double>& a, const std::vector<double>& b); // average ranks for ties
// sqrt(sum (dx - s dz)^2 / sum dx^2) with s = sum(dx dz) / sum(dz^2), the scale minimising it.
double kruskalStress(const std::vector<double>& dx, const std::vector<double>& dz);
// Venna & Kaski (2001), neighbours ordered by (distance, index), self excluded.
// trustworthiness ranks the latent neighbours in input space; continuity swaps the roles.
double trustworthiness(const Matrix& inputDistances, const Matrix& latentDistances, int k);
double continuity(const Matrix& inputDistances, const Matrix& latentDistances, int k);

// Where the neighbourhoods break, point by point (k as the global figures): for point i with
// latent neighbours U_i that are not input neighbours and input neighbours V_i that are not
// latent neighbours,
//   trustworthiness_i = 1 - 2 / (k (2N - 3k - 1)) * sum_{j in U_i} (input rank of j - k),
//   continuity_i      = 1 - 2 / (k (2N - 3k - 1)) * sum_{j in V_i} (latent rank of j - k),
// so their means are trustworthiness() and continuity() (to double rounding), and kept_i is the
// number of neighbours in both sets: i has k - kept_i false neighbours (near in the code only)
// and as many missing ones (near in the input only). Ties as everywhere: by index.
struct PointDistortion {
    int k = 0;
    std::vector<double> trustworthiness, continuity;
    std::vector<int> kept;
};
// From (N, N) distance matrices; throws Error like trustworthiness().
PointDistortion pointDistortion(const Matrix& inputDistances, const Matrix& latentDistances, int k = 10);

// Pairs (i < j) for a Shepard diagram: all of them when there are at most maxPairs,
// else maxPairs distinct pairs drawn deterministically from seed. Entry p of both
// vectors belongs to the same pair.
struct ShepardData {
    std::vector<float> inputDistances, latentDistances;
};
ShepardData shepardPairs(const Matrix& x, const Matrix& z, std::size_t maxPairs, std::uint64_t seed);

// The distortion metrics and Shepard pairs of one fixed probe set, measured again and again as
// its codes change (the window does it every few seconds while training). Everything that
// depends only on the inputs (their distances and the ranks of those distances, each point's
// input neighbours, the Shepard pairs and their input distances) is computed once here, so a
// measurement pays only for the latent side: the 1,000-point set went from ~0.8 s to well under
// 0.1 s. Results equal measureDistortion / shepardPairs exactly (a test checks it).
class DistortionProbe {
public:
    // Throws Error like measureDistortion for non-finite inputs or a k that does not fit. The
    // distance matrices are computed on up to `threads` threads (the results do not depend on it).
    DistortionProbe(const Matrix& x, int k, std::size_t maxShepardPairs, std::uint64_t pairSeed, int threads = 1);

    Eigen::Index size() const { return dx_.rows(); }
    const Matrix& inputDistances() const { return dx_; }  // pairwiseDistances(x), for baselines of the same set
    DistortionMetrics measure(const Matrix& z) const;  // == measureDistortion(x, z, k)
    // shepardPairs(x, z, maxShepardPairs, pairSeed): the same pairs and input distances; the
    // latent distances are the entries of the matrix the metrics rank, equal to shepardPairs'
    // per-pair sums to float rounding. Reading them there instead of summing each pair anew made
    // 100,000 pairs of 1,568-number codes cost nothing instead of 150 ms.
    ShepardData shepard(const Matrix& z) const;
    // All three from one latent distance matrix and one neighbour count: what the window asks for
    // at every measurement (points == points(z), its means are metrics' trustworthiness and
    // continuity).
    struct Measurement {
        DistortionMetrics metrics;
        ShepardData shepard;
        PointDistortion points;
    };
    Measurement measureWithShepard(const Matrix& z) const;
    // pointDistortion(input distances, latent distances, k), from the cached input neighbours.
    PointDistortion points(const Matrix& z) const;
    // qualityCurve (core/analysis/coranking.h) on the probe's threads. It sorts every row in both
    // spaces: at 1,000 points about 0.13 s on one thread, twice a measure() (points(): 6 ms).
    QualityCurve quality(const Matrix& z) const;
    // The full co-ranking matrix of z against the inputs (qualityCurve of it equals quality(z)).
    CoRankingMatrix coRanking(const Matrix& z) const;

private:
    Matrix latentDistances(const Matrix& z, const char* what) const;  // checked, then pairwiseDistances(z, threads_)
    // points: if given, also filled from the same neighbour counts.
    DistortionMetrics metricsFrom(const Matrix& dz, PointDistortion* points = nullptr) const;
    ShepardData shepardFrom(const Matrix& dz) const;

    int k_;
    int threads_;
    Matrix dx_;                                  // (N, N) input distances
    std::vector<double> px_, pxRanks_;           // their upper triangle, and its average ranks
    std::vector<std::vector<Eigen::Index>> nnX_; // each point's k nearest inputs
    bool allPairs_ = false;                      // the Shepard diagram shows every pair
    std::vector<std::pair<Eigen::Index, Eigen::Index>> pairs_; // else these sampled pairs
    std::vector<float> shepardInput_;            // input distance of each Shepard pair
};

// Seed 002's own question: do test points that are near training points stay near
// them? Mean over test points of the share of their k nearest training points (input
// space) that are also among their k nearest training points in latent space.
// Works in blocks of test rows, so 1,000 x 60,000 never needs a 60,000^2 matrix; the blocks
// go to up to `threads` threads (the result does not depend on the count).
// Throws Error on mismatched shapes or k not in [1, number of training points].
double trainNeighbourPreservation(const Matrix& testX, const Matrix& testZ, const Matrix& trainX, const Matrix& trainZ,
                                  int k, int threads = 1);

} // namespace ae
