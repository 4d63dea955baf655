#include "core/analysis/probe_neighbours.h"

#include "core/analysis/neighbour_order.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>

namespace ae {

namespace {

// Distances from `query` to every row of `base`, summed in double so that equal differences give
// exactly equal distances (the tie rule then decides, not rounding).
std::vector<float> distanceRow(const Matrix& base, const Eigen::Ref<const Eigen::RowVectorXf>& query) {
    std::vector<float> row(static_cast<std::size_t>(base.rows()));
    for (Eigen::Index j = 0; j < base.rows(); ++j)
        row[static_cast<std::size_t>(j)] =
            static_cast<float>(std::sqrt((base.row(j) - query).cast<double>().squaredNorm()));
    return row;
}

} // namespace

ProbeNeighbours probeNeighbours(const Matrix& x, const Matrix& z, Eigen::Index probe, int k) {
    const Eigen::Index n = x.rows();
    if (z.rows() != n)
        throw Error("probe neighbours: " + std::to_string(n) + " inputs but " + std::to_string(z.rows()) + " codes");
    if (probe < 0 || probe >= n)
        throw Error("probe neighbours: point " + std::to_string(probe) + " is not among the " + std::to_string(n));
    if (k < 1 || k > n - 1)
        throw Error("probe neighbours: k must be between 1 and " + std::to_string(n - 1) + ", got " + std::to_string(k));

    const std::vector<float> dx = distanceRow(x, x.row(probe));
    const std::vector<float> dz = distanceRow(z, z.row(probe));
    std::vector<Eigen::Index> orderX, orderZ;
    std::vector<int> rankX, rankZ;
    neighbourRanks(dx.data(), n, probe, orderX, rankX);
    neighbourRanks(dz.data(), n, probe, orderZ, rankZ);

    ProbeNeighbours r;
    r.probe = probe;
    r.k = k;
    // order[0] is the point itself.
    r.input.assign(orderX.begin() + 1, orderX.begin() + 1 + k);
    r.code.assign(orderZ.begin() + 1, orderZ.begin() + 1 + k);
    for (const Eigen::Index j : r.input) {
        r.inputRankInCode.push_back(rankZ[static_cast<std::size_t>(j)]);
        if (rankZ[static_cast<std::size_t>(j)] <= k) ++r.shared;
    }
    for (const Eigen::Index j : r.code) r.codeRankInInput.push_back(rankX[static_cast<std::size_t>(j)]);
    return r;
}

NearestRows nearestRows(const Matrix& base, const Eigen::Ref<const Eigen::RowVectorXf>& query, int k) {
    if (query.size() != base.cols())
        throw Error("nearest rows: the query has " + std::to_string(query.size()) + " values, the rows " +
                    std::to_string(base.cols()));
    const std::vector<float> d = distanceRow(base, query);
    std::vector<Eigen::Index> order(static_cast<std::size_t>(base.rows()));
    std::iota(order.begin(), order.end(), Eigen::Index{0});
    const auto kept = static_cast<std::ptrdiff_t>(std::clamp<Eigen::Index>(k, 0, base.rows()));
    std::partial_sort(order.begin(), order.begin() + kept, order.end(),
                      [&d](Eigen::Index a, Eigen::Index b) { return nearerThan(d.data(), a, b); });
    NearestRows r;
    r.index.assign(order.begin(), order.begin() + kept);
    for (const Eigen::Index j : r.index) r.distance.push_back(d[static_cast<std::size_t>(j)]);
    return r;
}

} // namespace ae
