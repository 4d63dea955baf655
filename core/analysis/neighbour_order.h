#pragma once
// The one neighbour order every distance-preservation metric uses: the points other than the
// point itself, nearest first, equal distances broken by the lower index (a stable order by
// index). Codes on a grid and quantised inputs tie often, and trustworthiness, continuity, kNN
// kept and the co-ranking matrix must all break those ties the same way.
#include "core/common.h"

#include <vector>

namespace ae {

// row[j] is the distance from the point to j; the point itself is `self`.
inline bool nearerThan(const float* row, Eigen::Index a, Eigen::Index b) {
    return row[a] < row[b] || (row[a] == row[b] && a < b);
}

// rank[j] = 1-based place of j in that order among the n - 1 points other than self, rank[self]
// = 0. `order` is scratch space. O(n log n).
void neighbourRanks(const float* row, Eigen::Index n, Eigen::Index self, std::vector<Eigen::Index>& order,
                    std::vector<int>& rank);

} // namespace ae
