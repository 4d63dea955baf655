#include "core/analysis/distortion.h"

#include "core/analysis/coranking.h"
#include "core/analysis/distances.h"
#include "core/analysis/neighbour_order.h"
#include "core/parallel.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <numeric>
#include <string>
#include <unordered_set>
#include <utility>

namespace ae {

namespace {

using Eigen::Index;

std::string shapeStr(const Matrix& m) { return std::to_string(m.rows()) + "x" + std::to_string(m.cols()); }

// kSmallest, nearest and rankOf below are the order of neighbour_order.h, (distance, index),
// written for speed: a heap of (distance, index) pairs and branch-free counts.

// Indices of the k smallest (value(j), j) over j in [0, m) except self, in no
// particular order. One pass with a size-k max-heap: after the first few hundred
// candidates almost every value loses against the heap top, so this costs little
// more than reading the row.
template <typename Value>
void kSmallest(Index m, Index self, int k, Value value, std::vector<std::pair<float, Index>>& heap, std::vector<Index>& out) {
    heap.clear();
    for (Index j = 0; j < m; ++j) {
        if (j == self) continue;
        const float v = value(j);
        if (static_cast<int>(heap.size()) < k) {
            heap.emplace_back(v, j);
            std::push_heap(heap.begin(), heap.end());
        } else if (v < heap.front().first) { // j only grows, so an equal value never wins its tie
            std::pop_heap(heap.begin(), heap.end());
            heap.back() = {v, j};
            std::push_heap(heap.begin(), heap.end());
        }
    }
    out.clear();
    for (const auto& e : heap) out.push_back(e.second);
}

void nearest(const float* row, Index n, Index self, int k, std::vector<Index>& out) {
    thread_local std::vector<std::pair<float, Index>> heap;
    kSmallest(n, self, k, [row](Index j) { return row[j]; }, heap, out);
}

// 1-based rank of j among all points but self, in the order of row. Counted without branches,
// so the compiler runs the scans in vector lanes: this was 40 % of a probe measurement.
long rankOf(const float* row, Index n, Index self, Index j) {
    const float v = row[j];
    long before = 0;
    for (Index l = 0; l < n; ++l) before += row[l] < v;  // strictly closer
    for (Index l = 0; l < j; ++l) before += row[l] == v; // as close, lower index
    const bool selfBefore = row[self] < v || (row[self] == v && self < j);
    return 1 + before - (selfBefore ? 1 : 0);
}

void checkDistancePair(const Matrix& dx, const Matrix& dz, int k, const char* what) {
    if (dx.rows() != dx.cols() || dz.rows() != dz.cols() || dx.rows() != dz.rows())
        throw Error(std::string(what) + ": distance matrices must be square and the same size, got " + shapeStr(dx) +
                    " and " + shapeStr(dz));
    if (!dx.allFinite() || !dz.allFinite())
        throw Error(std::string(what) + ": distances contain NaN or infinite values (diverged codes?)");
    const Index n = dx.rows();
    if (k < 1 || 2 * static_cast<Index>(k) >= n)
        throw Error(std::string(what) + ": a neighbourhood of k=" + std::to_string(k) + " needs more than " +
                    std::to_string(2 * static_cast<long>(std::max(k, 1))) + " points, got " + std::to_string(n) +
                    " (use a larger probe set or a smaller k)");
}

// The three neighbourhood metrics share one pass: each row's k nearest sets in
// both spaces are found once. Penalties are integer sums, so the result does not
// depend on summation order.
struct NeighbourCounts {
    long long trustPenalty = 0;      // sum over latent intruders of (input rank - k)
    long long continuityPenalty = 0; // sum over torn-away input neighbours of (latent rank - k)
    long long kept = 0;              // neighbours common to both spaces
};

// nnXCache: each row's k nearest input neighbours as nearest() finds them, or null to find them here.
// perPoint: if given, also each row's own counts (the totals are their sums).
NeighbourCounts countNeighbours(const Matrix& dx, const Matrix& dz, int k,
                                const std::vector<std::vector<Index>>* nnXCache = nullptr,
                                std::vector<NeighbourCounts>* perPoint = nullptr) {
    const Index n = dx.rows();
    std::vector<Index> found, nnZ;
    std::vector<char> inX(static_cast<std::size_t>(n), 0), inZ(static_cast<std::size_t>(n), 0);
    NeighbourCounts c;
    if (perPoint) perPoint->assign(static_cast<std::size_t>(n), NeighbourCounts{});
    for (Index i = 0; i < n; ++i) {
        const NeighbourCounts before = c;
        const float* rowX = dx.data() + i * n;
        const float* rowZ = dz.data() + i * n;
        if (!nnXCache) nearest(rowX, n, i, k, found);
        const std::vector<Index>& nnX = nnXCache ? (*nnXCache)[static_cast<std::size_t>(i)] : found;
        nearest(rowZ, n, i, k, nnZ);
        for (Index j : nnX) inX[static_cast<std::size_t>(j)] = 1;
        for (Index j : nnZ) inZ[static_cast<std::size_t>(j)] = 1;
        for (Index j : nnZ) {
            if (inX[static_cast<std::size_t>(j)])
                ++c.kept;
            else
                c.trustPenalty += rankOf(rowX, n, i, j) - k;
        }
        for (Index j : nnX)
            if (!inZ[static_cast<std::size_t>(j)]) c.continuityPenalty += rankOf(rowZ, n, i, j) - k;
        for (Index j : nnX) inX[static_cast<std::size_t>(j)] = 0;
        for (Index j : nnZ) inZ[static_cast<std::size_t>(j)] = 0;
        if (perPoint)
            (*perPoint)[static_cast<std::size_t>(i)] = {c.trustPenalty - before.trustPenalty,
                                                        c.continuityPenalty - before.continuityPenalty, c.kept - before.kept};
    }
    return c;
}

double venna(long long penalty, Index n, int k) {
    const double nd = static_cast<double>(n);
    const double kd = k;
    return 1.0 - 2.0 / (nd * kd * (2.0 * nd - 3.0 * kd - 1.0)) * static_cast<double>(penalty);
}

std::vector<double> upperTriangle(const Matrix& d) {
    const Index n = d.rows();
    std::vector<double> out;
    out.reserve(static_cast<std::size_t>(n * (n - 1) / 2));
    for (Index i = 0; i < n; ++i)
        for (Index j = i + 1; j < n; ++j) out.push_back(d(i, j));
    return out;
}

std::vector<double> averageRanks(const std::vector<double>& v) {
    // Sorting (value, index) records keeps the sort cache-friendly: 500,000 pairs
    // sort several times faster than an index array compared through v.
    struct Item {
        double value;
        std::size_t index;
    };
    std::vector<Item> items(v.size());
    for (std::size_t i = 0; i < v.size(); ++i) items[i] = {v[i], i};
    std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) { return a.value < b.value; });
    std::vector<double> ranks(v.size());
    for (std::size_t i = 0; i < items.size();) {
        std::size_t end = i + 1;
        while (end < items.size() && items[end].value == items[i].value) ++end;
        const double avg = 0.5 * static_cast<double>(i + end - 1) + 1.0; // ranks i+1 .. end
        for (std::size_t t = i; t < end; ++t) ranks[items[t].index] = avg;
        i = end;
    }
    return ranks;
}

// averageRanks(upperTriangle(d)) for a distance matrix, several times faster: the values are
// non-negative floats, whose bit patterns sort like the numbers, so a stable radix sort of the
// pair numbers by those 32 bits (three 11-bit passes) replaces a comparison sort of 500,000
// doubles, the largest cost of a 1,000-point measurement.
std::vector<double> averageRanksOfDistances(const Matrix& d) {
    const Index n = d.rows();
    const std::size_t count = static_cast<std::size_t>(n * (n - 1) / 2);
    std::vector<std::uint32_t> keys(count), order(count), keysTmp(count), orderTmp(count);
    std::size_t p = 0;
    for (Index i = 0; i < n; ++i)
        for (Index j = i + 1; j < n; ++j, ++p) {
            float v = d(i, j);
            if (v == 0.0f) v = 0.0f;  // -0 and +0 are equal distances: one bit pattern
            std::memcpy(&keys[p], &v, sizeof v);
            order[p] = static_cast<std::uint32_t>(p);
        }
    constexpr int kBits = 11;
    constexpr std::uint32_t kMask = (1u << kBits) - 1;
    std::vector<std::size_t> start(std::size_t{1} << kBits);
    for (int shift = 0; shift < 32; shift += kBits) {
        std::fill(start.begin(), start.end(), 0);
        for (std::size_t q = 0; q < count; ++q) ++start[(keys[q] >> shift) & kMask];
        std::size_t sum = 0;
        for (auto& s : start) sum += std::exchange(s, sum);
        for (std::size_t q = 0; q < count; ++q) {
            const std::size_t to = start[(keys[q] >> shift) & kMask]++;
            keysTmp[to] = keys[q];
            orderTmp[to] = order[q];
        }
        keys.swap(keysTmp);
        order.swap(orderTmp);
    }
    std::vector<double> ranks(count);
    for (std::size_t i = 0; i < count;) {
        std::size_t end = i + 1;
        while (end < count && keys[end] == keys[i]) ++end;
        const double avg = 0.5 * static_cast<double>(i + end - 1) + 1.0; // ranks i+1 .. end
        for (std::size_t t = i; t < end; ++t) ranks[order[t]] = avg;
        i = end;
    }
    return ranks;
}

void checkPaired(const std::vector<double>& a, const std::vector<double>& b, const char* what) {
    if (a.size() != b.size())
        throw Error(std::string(what) + ": " + std::to_string(a.size()) + " values paired with " + std::to_string(b.size()));
}

// splitmix64: a fixed, portable generator, so the same seed picks the same pairs everywhere.
std::uint64_t splitmix64(std::uint64_t& state) {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

// maxPairs distinct pairs (i < j) of n points, sorted, drawn deterministically from seed with
// Floyd's sampling (O(maxPairs) whatever n is). Pre: n(n-1)/2 > maxPairs.
std::vector<std::pair<Index, Index>> samplePairs(std::uint64_t n, std::size_t maxPairs, std::uint64_t seed) {
    const std::uint64_t total = n * (n - 1) / 2;
    std::unordered_set<std::uint64_t> chosen;
    chosen.reserve(maxPairs * 2);
    std::uint64_t state = seed;
    for (std::uint64_t j = total - maxPairs; j < total; ++j) {
        const std::uint64_t t = splitmix64(state) % (j + 1);
        if (!chosen.insert(t).second) chosen.insert(j);
    }
    std::vector<std::uint64_t> picks(chosen.begin(), chosen.end());
    std::sort(picks.begin(), picks.end()); // set order is not portable; sorted pair order is
    std::vector<std::pair<Index, Index>> pairs;
    pairs.reserve(picks.size());
    // Pair number p counts (i, j > i) row by row; walk rows alongside the sorted picks.
    std::uint64_t i = 0, rowStart = 0;
    for (std::uint64_t p : picks) {
        while (p >= rowStart + (n - 1 - i)) {
            rowStart += n - 1 - i;
            ++i;
        }
        pairs.emplace_back(static_cast<Index>(i), static_cast<Index>(i + 1 + (p - rowStart)));
    }
    return pairs;
}

double rowDistance(const Matrix& m, Index i, Index j) {
    return std::sqrt((m.row(i) - m.row(j)).cast<double>().squaredNorm());
}

// For each row of `queries`, the k nearest rows of `base` by (distance, index),
// each returned sorted by index so two sets intersect in one merge. Blocks of queries go to up to
// `threads` threads; a block's result depends only on the block, so the split cannot change it.
std::vector<std::vector<Index>> nearestInBase(const Matrix& queries, const Matrix& base, int k, int threads) {
    constexpr Index kBlock = 128; // 128 x 60,000 floats = 30 MB of scores per thread
    const Vector mean = base.colwise().mean().transpose();
    const Matrix cb = base.rowwise() - mean.transpose();
    const Vector baseSq = cb.rowwise().squaredNorm();
    const Index m = base.rows();
    std::vector<std::vector<Index>> result(static_cast<std::size_t>(queries.rows()));
    const auto blocks = static_cast<std::size_t>((queries.rows() + kBlock - 1) / kBlock);
    parallelFor(threads, blocks, [&](std::size_t block) {
        const Index r = static_cast<Index>(block) * kBlock;
        const Index rows = std::min(kBlock, queries.rows() - r);
        const Matrix cq = queries.middleRows(r, rows).rowwise() - mean.transpose();
        const Matrix scores = cq * cb.transpose();
        thread_local std::vector<std::pair<float, Index>> heap;
        for (Index q = 0; q < rows; ++q) {
            const float* dot = scores.data() + q * m;
            auto& out = result[static_cast<std::size_t>(r + q)];
            // |q|^2 is the same for every candidate of a query, so |b|^2 - 2 q.b orders them.
            kSmallest(m, -1, k, [&](Index j) { return baseSq(j) - 2.0f * dot[j]; }, heap, out);
            std::sort(out.begin(), out.end());
        }
    });
    return result;
}

} // namespace

double pearsonCorrelation(const std::vector<double>& a, const std::vector<double>& b) {
    checkPaired(a, b, "Pearson correlation");
    if (a.empty()) return 0.0;
    const double n = static_cast<double>(a.size());
    const double ma = std::accumulate(a.begin(), a.end(), 0.0) / n;
    const double mb = std::accumulate(b.begin(), b.end(), 0.0) / n;
    double sab = 0, saa = 0, sbb = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const double da = a[i] - ma, db = b[i] - mb;
        sab += da * db;
        saa += da * da;
        sbb += db * db;
    }
    if (saa <= 0 || sbb <= 0) return 0.0;
    return std::clamp(sab / std::sqrt(saa * sbb), -1.0, 1.0);
}

double spearmanCorrelation(const std::vector<double>& a, const std::vector<double>& b) {
    checkPaired(a, b, "Spearman correlation");
    return pearsonCorrelation(averageRanks(a), averageRanks(b));
}

double kruskalStress(const std::vector<double>& dx, const std::vector<double>& dz) {
    checkPaired(dx, dz, "Kruskal stress");
    double xz = 0, zz = 0, xx = 0;
    for (std::size_t i = 0; i < dx.size(); ++i) {
        xz += dx[i] * dz[i];
        zz += dz[i] * dz[i];
        xx += dx[i] * dx[i];
    }
    if (xx <= 0) return 0.0; // no input distances to distort
    const double s = zz > 0 ? xz / zz : 0.0;
    double res = 0;
    for (std::size_t i = 0; i < dx.size(); ++i) {
        const double e = dx[i] - s * dz[i];
        res += e * e;
    }
    return std::sqrt(res / xx);
}

double trustworthiness(const Matrix& inputDistances, const Matrix& latentDistances, int k) {
    checkDistancePair(inputDistances, latentDistances, k, "trustworthiness");
    return venna(countNeighbours(inputDistances, latentDistances, k).trustPenalty, inputDistances.rows(), k);
}

double continuity(const Matrix& inputDistances, const Matrix& latentDistances, int k) {
    checkDistancePair(inputDistances, latentDistances, k, "continuity");
    return venna(countNeighbours(inputDistances, latentDistances, k).continuityPenalty, inputDistances.rows(), k);
}

namespace {

// venna() for one point: the global figure's sum split by point, each divided by one point's
// share of the normaliser, so the mean of these is venna() of the summed penalty.
PointDistortion pointsFrom(const std::vector<NeighbourCounts>& counts, int k) {
    const auto n = static_cast<Index>(counts.size());
    PointDistortion p;
    p.k = k;
    for (const NeighbourCounts& c : counts) {
        p.trustworthiness.push_back(venna(c.trustPenalty * n, n, k));
        p.continuity.push_back(venna(c.continuityPenalty * n, n, k));
        p.kept.push_back(static_cast<int>(c.kept));
    }
    return p;
}

} // namespace

PointDistortion pointDistortion(const Matrix& dx, const Matrix& dz, int k) {
    checkDistancePair(dx, dz, k, "per-point distortion");
    std::vector<NeighbourCounts> counts;
    countNeighbours(dx, dz, k, nullptr, &counts);
    return pointsFrom(counts, k);
}

namespace {

// Every code the same (a dead code, a collapsed one): no latent distance differs from another,
// so there is no order to correlate and no neighbour to keep; those figures are not a number
// ("n/a" to a reader), not a misleading 0. Stress stays: 1, the code explains nothing.
void markCollapsed(DistortionMetrics& m, const Matrix& dz) {
    if (dz.size() == 0 || dz.cwiseAbs().maxCoeff() > 0) return;
    const double none = std::numeric_limits<double>::quiet_NaN();
    m.pearson = m.spearman = m.trustworthiness = m.continuity = m.knn = none;
}

} // namespace

DistortionMetrics distortionFromDistances(const Matrix& dx, const Matrix& dz, int k) {
    checkDistancePair(dx, dz, k, "distortion metrics");
    DistortionMetrics m;
    const std::vector<double> px = upperTriangle(dx);
    const std::vector<double> pz = upperTriangle(dz);
    m.pearson = pearsonCorrelation(px, pz);
    m.spearman = spearmanCorrelation(px, pz);
    m.stress = kruskalStress(px, pz);
    const NeighbourCounts c = countNeighbours(dx, dz, k);
    m.trustworthiness = venna(c.trustPenalty, dx.rows(), k);
    m.continuity = venna(c.continuityPenalty, dx.rows(), k);
    m.knn = static_cast<double>(c.kept) / (static_cast<double>(dx.rows()) * k);
    markCollapsed(m, dz);
    return m;
}

DistortionMetrics measureDistortion(const Matrix& x, const Matrix& z, int k) {
    if (x.rows() != z.rows())
        throw Error("distortion metrics: " + std::to_string(x.rows()) + " inputs but " + std::to_string(z.rows()) + " codes");
    if (!x.allFinite() || !z.allFinite())
        throw Error(std::string("distortion metrics: the ") + (x.allFinite() ? "codes" : "inputs") +
                    " contain NaN or infinite values (diverged training?)");
    return distortionFromDistances(pairwiseDistances(x), pairwiseDistances(z), k);
}

ShepardData shepardPairs(const Matrix& x, const Matrix& z, std::size_t maxPairs, std::uint64_t seed) {
    if (x.rows() != z.rows())
        throw Error("Shepard diagram: " + std::to_string(x.rows()) + " inputs but " + std::to_string(z.rows()) + " codes");
    const std::uint64_t n = static_cast<std::uint64_t>(x.rows());
    const std::uint64_t total = n < 2 ? 0 : n * (n - 1) / 2;
    ShepardData out;
    if (total <= maxPairs) {
        const Matrix dx = pairwiseDistances(x);
        const Matrix dz = pairwiseDistances(z);
        out.inputDistances.reserve(total);
        out.latentDistances.reserve(total);
        for (Index i = 0; i < x.rows(); ++i)
            for (Index j = i + 1; j < x.rows(); ++j) {
                out.inputDistances.push_back(dx(i, j));
                out.latentDistances.push_back(dz(i, j));
            }
        return out;
    }

    out.inputDistances.reserve(maxPairs);
    out.latentDistances.reserve(maxPairs);
    for (const auto& [i, j] : samplePairs(n, maxPairs, seed)) {
        out.inputDistances.push_back(static_cast<float>(rowDistance(x, i, j)));
        out.latentDistances.push_back(static_cast<float>(rowDistance(z, i, j)));
    }
    return out;
}

DistortionProbe::DistortionProbe(const Matrix& x, int k, std::size_t maxShepardPairs, std::uint64_t pairSeed, int threads)
    : k_(k), threads_(threads) {
    if (!x.allFinite()) throw Error("distortion metrics: the inputs contain NaN or infinite values");
    dx_ = pairwiseDistances(x, threads_);
    // The same checks measureDistortion makes, once (the codes are checked per measurement).
    checkDistancePair(dx_, dx_, k, "distortion metrics");
    px_ = upperTriangle(dx_);
    pxRanks_ = averageRanksOfDistances(dx_);
    const Index n = dx_.rows();
    nnX_.resize(static_cast<std::size_t>(n));
    for (Index i = 0; i < n; ++i) nearest(dx_.data() + i * n, n, i, k, nnX_[static_cast<std::size_t>(i)]);

    const std::uint64_t un = static_cast<std::uint64_t>(n);
    allPairs_ = un * (un - 1) / 2 <= maxShepardPairs;
    if (allPairs_) {
        shepardInput_.assign(px_.begin(), px_.end());
        return;
    }
    // The pairs and input distances shepardPairs() computes for this seed. The latent side is
    // read from the distance matrix the metrics use (shepardPairs computes each pair apart).
    pairs_ = samplePairs(un, maxShepardPairs, pairSeed);
    shepardInput_.reserve(pairs_.size());
    for (const auto& [i, j] : pairs_) shepardInput_.push_back(static_cast<float>(rowDistance(x, i, j)));
}

Matrix DistortionProbe::latentDistances(const Matrix& z, const char* what) const {
    if (z.rows() != dx_.rows())
        throw Error(std::string(what) + ": " + std::to_string(dx_.rows()) + " inputs but " + std::to_string(z.rows()) +
                    " codes");
    if (!z.allFinite())
        throw Error(std::string(what) + ": the codes contain NaN or infinite values (diverged training?)");
    return pairwiseDistances(z, threads_);
}

DistortionMetrics DistortionProbe::metricsFrom(const Matrix& dz, PointDistortion* points) const {
    const std::vector<double> pz = upperTriangle(dz);
    DistortionMetrics m;
    m.pearson = pearsonCorrelation(px_, pz);
    m.spearman = pearsonCorrelation(pxRanks_, averageRanksOfDistances(dz));
    m.stress = kruskalStress(px_, pz);
    std::vector<NeighbourCounts> counts;
    const NeighbourCounts c = countNeighbours(dx_, dz, k_, &nnX_, points ? &counts : nullptr);
    if (points) *points = pointsFrom(counts, k_);
    m.trustworthiness = venna(c.trustPenalty, dx_.rows(), k_);
    m.continuity = venna(c.continuityPenalty, dx_.rows(), k_);
    m.knn = static_cast<double>(c.kept) / (static_cast<double>(dx_.rows()) * k_);
    markCollapsed(m, dz);
    return m;
}

ShepardData DistortionProbe::shepardFrom(const Matrix& dz) const {
    ShepardData out;
    out.inputDistances = shepardInput_;
    out.latentDistances.reserve(shepardInput_.size());
    if (allPairs_) {
        for (Index i = 0; i < dz.rows(); ++i)
            for (Index j = i + 1; j < dz.rows(); ++j) out.latentDistances.push_back(dz(i, j));
        return out;
    }
    for (const auto& [i, j] : pairs_) out.latentDistances.push_back(dz(i, j));
    return out;
}

DistortionMetrics DistortionProbe::measure(const Matrix& z) const {
    return metricsFrom(latentDistances(z, "distortion metrics"));
}

ShepardData DistortionProbe::shepard(const Matrix& z) const { return shepardFrom(latentDistances(z, "Shepard diagram")); }

PointDistortion DistortionProbe::points(const Matrix& z) const {
    const Matrix dz = latentDistances(z, "per-point distortion");
    std::vector<NeighbourCounts> counts;
    countNeighbours(dx_, dz, k_, &nnX_, &counts);
    return pointsFrom(counts, k_);
}

CoRankingMatrix DistortionProbe::coRanking(const Matrix& z) const {
    return coRankingMatrix(dx_, latentDistances(z, "co-ranking"), threads_);
}

QualityCurve DistortionProbe::quality(const Matrix& z) const {
    return qualityCurve(dx_, latentDistances(z, "co-ranking"), threads_);
}

DistortionProbe::Measurement DistortionProbe::measureWithShepard(const Matrix& z) const {
    const Matrix dz = latentDistances(z, "distortion metrics");
    Measurement m;
    m.metrics = metricsFrom(dz, &m.points);
    m.shepard = shepardFrom(dz);
    return m;
}

double trainNeighbourPreservation(const Matrix& testX, const Matrix& testZ, const Matrix& trainX, const Matrix& trainZ,
                                  int k, int threads) {
    if (testX.rows() != testZ.rows() || trainX.rows() != trainZ.rows())
        throw Error("train neighbour preservation: inputs and codes must pair up, got " + std::to_string(testX.rows()) +
                    " test inputs with " + std::to_string(testZ.rows()) + " codes and " + std::to_string(trainX.rows()) +
                    " training inputs with " + std::to_string(trainZ.rows()) + " codes");
    if (testX.cols() != trainX.cols() || testZ.cols() != trainZ.cols())
        throw Error("train neighbour preservation: test and training sets differ in width (inputs " +
                    std::to_string(testX.cols()) + " vs " + std::to_string(trainX.cols()) + ", codes " +
                    std::to_string(testZ.cols()) + " vs " + std::to_string(trainZ.cols()) + ")");
    if (testX.rows() == 0) throw Error("train neighbour preservation: no test points given");
    if (k < 1 || k > trainX.rows())
        throw Error("train neighbour preservation: k must be between 1 and the number of training points " +
                    std::to_string(trainX.rows()) + ", got " + std::to_string(k));

    if (!testX.allFinite() || !testZ.allFinite() || !trainX.allFinite() || !trainZ.allFinite())
        throw Error("train neighbour preservation: inputs or codes contain NaN or infinite values (diverged codes?)");

    const auto nnX = nearestInBase(testX, trainX, k, threads);
    const auto nnZ = nearestInBase(testZ, trainZ, k, threads);
    long long kept = 0;
    std::vector<Index> common;
    for (std::size_t q = 0; q < nnX.size(); ++q) {
        common.clear();
        std::set_intersection(nnX[q].begin(), nnX[q].end(), nnZ[q].begin(), nnZ[q].end(), std::back_inserter(common));
        kept += static_cast<long long>(common.size());
    }
    return static_cast<double>(kept) / (static_cast<double>(nnX.size()) * k);
}

} // namespace ae
