#pragma once
// A code unit's decoder "atom": what the decoder draws from that unit alone,
//     atom_j = decode(a_j · e_j) − decode(0),
// the image of a code whose only non-zero value is unit j at level a_j, less the image of the
// all-zero code (what every code shares: the biases' picture). a_j is the unit's value on the
// probe image that drives it hardest (atomAmplitude, core/analysis/code_activity.h), so the atom
// is drawn at a level the unit really reaches. Zero is the resting state of every code aelab
// builds: a ReLU's and a sigmoid's floor (σ's output is 0 only in the limit, but a KL-sparse
// code sits near it), a VAE prior's mean μ = 0, and for a conv code a unit is one channel at one
// position, so its atom is that channel's stroke at that place. For a linear decoder (one dense
// layer, linear output) the atom is exactly a_j times the unit's weight row.
#include "core/common.h"
#include "core/train/autoencoder.h"

#include <vector>

namespace ae {

// One row per entry of `units` (N x D, signed): decode(amplitudes[k] · e_units[k]) − decode(0).
// Throws Error when the sizes differ or a unit is outside the code.
Matrix decoderAtoms(Autoencoder& model, const std::vector<int>& units, const std::vector<double>& amplitudes);

} // namespace ae
