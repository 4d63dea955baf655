#pragma once
// What the latent scatter marks for the neighbour inspector: the selected probe point, its k
// nearest in input space and in code space (rows of the probe set), and its nearest training
// images (drawn from their own codes: they are not probe points). The Neighbours view makes it,
// the latent view draws it; neither knows the other (the window connects them).
#include "core/common.h"

#include <vector>

namespace ae {

struct NeighbourHighlight {
    int probe = -1;               // -1: nothing selected
    std::vector<int> input, code; // probe rows
    Matrix trainCodes;            // k x codeSize, for a plane of two units
    Matrix trainLatent;           // k x 2 in the snapshot's own plane
    bool empty() const { return probe < 0; }
};

} // namespace ae
