#pragma once
// The neighbour inspector's question about one probe point (issue 15): which points are its k
// nearest in input space and which in code space, and where each of them ranks in the other
// space. Neighbours are ordered as every distance-preservation metric orders them
// (neighbour_order.h: by distance, ties by the lower index, the point itself excluded), so a
// point whose neighbourhood the inspector shows torn is the one the trustworthiness and
// continuity colouring marks.
#include "core/common.h"

#include <vector>

namespace ae {

struct ProbeNeighbours {
    Eigen::Index probe = -1;
    int k = 0;
    std::vector<Eigen::Index> input, code;  // the k nearest in each space, nearest first
    std::vector<int> inputRankInCode;       // 1-based rank of input[j] among all points in code space
    std::vector<int> codeRankInInput;       // 1-based rank of code[j] among all points in input space
    int shared = 0;                         // points among both k nearest
};

// x: (N, D) inputs, z: (N, d) their codes, row `probe` the point asked about. One row of
// distances per space (O(N (D + d)) and a sort), cheap enough to answer a click on the GUI thread
// for the window's 1,000 probe points. Throws Error when the row counts differ, probe is out of
// range or k is not in [1, N - 1].
ProbeNeighbours probeNeighbours(const Matrix& x, const Matrix& z, Eigen::Index probe, int k);

// One point's k nearest rows of `base` (a query that is not one of them: nothing is excluded),
// by distance, ties by the lower index; and the distances. k is clamped to the rows there are.
struct NearestRows {
    std::vector<Eigen::Index> index;
    std::vector<float> distance;
};
NearestRows nearestRows(const Matrix& base, const Eigen::Ref<const Eigen::RowVectorXf>& query, int k);

} // namespace ae
