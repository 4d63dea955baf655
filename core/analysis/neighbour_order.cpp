#include "core/analysis/neighbour_order.h"

#include <algorithm>
#include <numeric>

namespace ae {

void neighbourRanks(const float* row, Eigen::Index n, Eigen::Index self, std::vector<Eigen::Index>& order,
                    std::vector<int>& rank) {
    order.resize(static_cast<std::size_t>(n));
    std::iota(order.begin(), order.end(), Eigen::Index{0});
    // The order is total (ties go by index), so an unstable sort gives the same result.
    std::sort(order.begin(), order.end(), [row, self](Eigen::Index a, Eigen::Index b) {
        if (a == self || b == self) return a == self && b != self;  // self first, then dropped
        return nearerThan(row, a, b);
    });
    rank.resize(static_cast<std::size_t>(n));
    for (std::size_t p = 0; p < order.size(); ++p) rank[static_cast<std::size_t>(order[p])] = static_cast<int>(p);
}

} // namespace ae
