#pragma once
// Neighbourhood preservation at every scale at once (Lee & Verleysen 2009): the co-ranking
// matrix of input against code ranks, the quality curve Q_NX(K) it gives and its rescaled form
// R_NX(K), whose average over log K (Lee, Peluffo-Ordonez & Verleysen 2015) is one number that
// does not depend on a chosen k. Ranks follow neighbour_order.h: ties by index.
#include "core/common.h"

#include <cstdint>
#include <vector>

namespace ae {

// Q(k, l) = the number of ordered pairs (i, j), i != j, where j is i's k-th nearest point in the
// input and its l-th nearest in the code, for k, l in [1, N-1]. Each row and each column sums to
// N; a perfect embedding has N on the diagonal and 0 elsewhere. (N-1)^2 counts: 4 MB at N = 1,000.
struct CoRankingMatrix {
    int points = 0;                     // N
    std::vector<std::int32_t> counts;   // (N-1) x (N-1), row-major: row k-1 (input rank), column l-1 (code rank)
    std::int32_t at(int inputRank, int latentRank) const {
        return counts[static_cast<std::size_t>(inputRank - 1) * static_cast<std::size_t>(points - 1) +
                      static_cast<std::size_t>(latentRank - 1)];
    }
};

// From (N, N) input and code distance matrices (pairwiseDistances). Rows are ranked on up to
// `threads` threads; the result does not depend on the count. Throws Error if the matrices are
// not square and the same size, hold non-finite values, or N < 3.
CoRankingMatrix coRankingMatrix(const Matrix& inputDistances, const Matrix& latentDistances, int threads = 1);

// The matrix summed into blocks small enough to draw and to send to a view: ranks 1 to
// kSingleRankBins have a bin each (so the K <= 10 corner is exact), larger ranks share bins whose
// edges are spaced evenly on a log scale, about `logBins` of them up to N - 1.
struct BinnedCoRanking {
    static constexpr int kSingleRankBins = 15;
    int points = 0;                 // N; 0: empty
    std::vector<int> edges;         // bins + 1 ranks: bin b holds ranks [edges[b], edges[b+1]); 1 ... N
    std::vector<double> counts;     // bins x bins, row-major: row = input-rank bin, column = code-rank bin
    int bins() const { return edges.empty() ? 0 : static_cast<int>(edges.size()) - 1; }
    double at(int inputBin, int latentBin) const {
        return counts[static_cast<std::size_t>(inputBin) * static_cast<std::size_t>(bins()) + static_cast<std::size_t>(latentBin)];
    }
};
BinnedCoRanking binCoRanking(const CoRankingMatrix& q, int logBins = 48);

// The quality curves for K = 1 .. N-2 (entry K-1):
//   Q_NX(K) = (1 / (K N)) * sum over k, l <= K of Q(k, l): the share of K-neighbourhoods kept;
//   R_NX(K) = ((N-1) Q_NX(K) - K) / (N-1-K): the same with chance removed, 1 for a perfect
//   embedding and about 0 for a random one (a random code keeps K/(N-1) of each neighbourhood);
//   auc = sum_K R_NX(K)/K / sum_K 1/K: R_NX averaged on a log scale of K, so small
//   neighbourhoods weigh as much as large ones.
struct QualityCurve {
    std::vector<double> qnx;
    std::vector<double> rnx;
    double auc = 0;
};
QualityCurve qualityCurve(const CoRankingMatrix& q);

// The same without keeping the matrix: each pair counts for every K from the larger of its two
// ranks up, so one histogram of those is enough (O(N) memory beyond the distances). Equal to
// qualityCurve(coRankingMatrix(...)) exactly; the same checks and threads.
QualityCurve qualityCurve(const Matrix& inputDistances, const Matrix& latentDistances, int threads = 1);

} // namespace ae
