#include "core/analysis/coranking.h"

#include "core/analysis/neighbour_order.h"
#include "core/parallel.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace ae {

namespace {

using Eigen::Index;

// Rows ranked per chunk: enough work to be worth a helper, few enough chunks to share out.
constexpr Index kRowsPerChunk = 16;

void checkDistances(const Matrix& dx, const Matrix& dz) {
    if (dx.rows() != dx.cols() || dz.rows() != dz.cols() || dx.rows() != dz.rows())
        throw Error("co-ranking: distance matrices must be square and the same size, got " + std::to_string(dx.rows()) +
                    "x" + std::to_string(dx.cols()) + " and " + std::to_string(dz.rows()) + "x" +
                    std::to_string(dz.cols()));
    if (!dx.allFinite() || !dz.allFinite())
        throw Error("co-ranking: distances contain NaN or infinite values (diverged codes?)");
    if (dx.rows() < 3)
        throw Error("co-ranking: needs at least 3 points, got " + std::to_string(dx.rows()));
}

std::size_t chunkCount(Index n) { return static_cast<std::size_t>((n + kRowsPerChunk - 1) / kRowsPerChunk); }

// Calls pair(i, inputRank, latentRank) for every ordered pair of rows [begin, end).
template <typename Pair>
void rankRows(const Matrix& dx, const Matrix& dz, Index begin, Index end, const Pair& pair) {
    const Index n = dx.rows();
    std::vector<Index> order;
    std::vector<int> rx, rz;
    for (Index i = begin; i < end; ++i) {
        neighbourRanks(dx.data() + i * n, n, i, order, rx);
        neighbourRanks(dz.data() + i * n, n, i, order, rz);
        for (Index j = 0; j < n; ++j)
            if (j != i) pair(rx[static_cast<std::size_t>(j)], rz[static_cast<std::size_t>(j)]);
    }
}

// S(K) = number of pairs with both ranks <= K, for K = 1 .. N-2 (entry K-1), to the curves.
QualityCurve curveFromCumulative(const std::vector<long long>& within, int n) {
    QualityCurve c;
    const int kMax = n - 2;
    c.qnx.resize(static_cast<std::size_t>(kMax));
    c.rnx.resize(static_cast<std::size_t>(kMax));
    double weighted = 0, weights = 0;
    for (int k = 1; k <= kMax; ++k) {
        const double q = static_cast<double>(within[static_cast<std::size_t>(k - 1)]) / (static_cast<double>(k) * n);
        const double r = ((n - 1.0) * q - k) / (n - 1.0 - k);
        c.qnx[static_cast<std::size_t>(k - 1)] = q;
        c.rnx[static_cast<std::size_t>(k - 1)] = r;
        weighted += r / k;
        weights += 1.0 / k;
    }
    c.auc = weighted / weights;
    return c;
}

} // namespace

CoRankingMatrix coRankingMatrix(const Matrix& dx, const Matrix& dz, int threads) {
    checkDistances(dx, dz);
    const Index n = dx.rows();
    const std::size_t side = static_cast<std::size_t>(n - 1);
    CoRankingMatrix q;
    q.points = static_cast<int>(n);
    q.counts.assign(side * side, 0);
    // Each chunk counts into its own rows' worth of (input, code) rank pairs, then they are
    // added in: integer counts, so neither the split nor the order changes the matrix.
    std::vector<std::vector<std::pair<int, int>>> pairs(chunkCount(n));
    parallelFor(threads, pairs.size(), [&](std::size_t chunk) {
        const Index begin = static_cast<Index>(chunk) * kRowsPerChunk;
        auto& out = pairs[chunk];
        out.reserve(static_cast<std::size_t>(std::min(kRowsPerChunk, n - begin) * (n - 1)));
        rankRows(dx, dz, begin, std::min(n, begin + kRowsPerChunk), [&](int rx, int rz) { out.emplace_back(rx, rz); });
    });
    for (auto& chunk : pairs) {
        for (const auto& [rx, rz] : chunk) ++q.counts[static_cast<std::size_t>(rx - 1) * side + static_cast<std::size_t>(rz - 1)];
        chunk = {};
    }
    return q;
}

QualityCurve qualityCurve(const CoRankingMatrix& q) {
    const int n = q.points;
    if (n < 3 || q.counts.size() != static_cast<std::size_t>(n - 1) * static_cast<std::size_t>(n - 1))
        throw Error("co-ranking: the matrix needs at least 3 points and (N-1)^2 counts");
    // Growing the K x K corner by one: its new row K (columns <= K) and new column K (rows < K).
    std::vector<long long> within(static_cast<std::size_t>(n - 2));
    long long s = 0;
    for (int k = 1; k <= n - 2; ++k) {
        for (int l = 1; l <= k; ++l) s += q.at(k, l);
        for (int l = 1; l < k; ++l) s += q.at(l, k);
        within[static_cast<std::size_t>(k - 1)] = s;
    }
    return curveFromCumulative(within, n);
}

QualityCurve qualityCurve(const Matrix& dx, const Matrix& dz, int threads) {
    checkDistances(dx, dz);
    const Index n = dx.rows();
    // A pair is in every K-corner from max(input rank, code rank) on.
    std::vector<std::vector<long long>> hist(chunkCount(n));
    parallelFor(threads, hist.size(), [&](std::size_t chunk) {
        const Index begin = static_cast<Index>(chunk) * kRowsPerChunk;
        auto& h = hist[chunk];
        h.assign(static_cast<std::size_t>(n), 0);
        rankRows(dx, dz, begin, std::min(n, begin + kRowsPerChunk),
                 [&](int rx, int rz) { ++h[static_cast<std::size_t>(std::max(rx, rz))]; });
    });
    std::vector<long long> within(static_cast<std::size_t>(n - 2));
    long long s = 0;
    for (Index k = 1; k <= n - 2; ++k) {
        for (const auto& h : hist) s += h[static_cast<std::size_t>(k)];
        within[static_cast<std::size_t>(k - 1)] = s;
    }
    return curveFromCumulative(within, static_cast<int>(n));
}

BinnedCoRanking binCoRanking(const CoRankingMatrix& q, int logBins) {
    BinnedCoRanking b;
    const int n = q.points;
    if (n < 3 || q.counts.size() != static_cast<std::size_t>(n - 1) * static_cast<std::size_t>(n - 1)) return b;
    b.points = n;
    const int single = std::min(BinnedCoRanking::kSingleRankBins, n - 1);
    for (int r = 1; r <= single; ++r) b.edges.push_back(r);
    const double first = std::log(static_cast<double>(single + 1));
    const double last = std::log(static_cast<double>(n));
    const int steps = std::max(1, logBins);
    for (int i = 0; i <= steps; ++i) {
        const int edge = static_cast<int>(std::lround(std::exp(first + (last - first) * i / steps)));
        if (edge > b.edges.back()) b.edges.push_back(std::min(edge, n));
    }
    if (b.edges.back() != n) b.edges.push_back(n);
    const int bins = b.bins();
    std::vector<int> binOf(static_cast<std::size_t>(n), 0);  // rank -> bin
    for (int bin = 0; bin < bins; ++bin)
        for (int r = b.edges[static_cast<std::size_t>(bin)]; r < b.edges[static_cast<std::size_t>(bin) + 1]; ++r)
            binOf[static_cast<std::size_t>(r)] = bin;
    b.counts.assign(static_cast<std::size_t>(bins) * static_cast<std::size_t>(bins), 0.0);
    for (int k = 1; k < n; ++k)
        for (int l = 1; l < n; ++l)
            if (const std::int32_t c = q.at(k, l))
                b.counts[static_cast<std::size_t>(binOf[static_cast<std::size_t>(k)]) * static_cast<std::size_t>(bins) +
                         static_cast<std::size_t>(binOf[static_cast<std::size_t>(l)])] += c;
    return b;
}

} // namespace ae
