#pragma once
// Measures a live Autoencoder's noise ladder (core's noiseLadder) on the probe set and keeps a
// few noisy inputs and outputs per level, packed into a NoiseLadderSnapshot. Runs on the training
// thread; the result owns its data and may cross threads.
#include "core/train/autoencoder.h"
#include "ui/session/noise_ladder_snapshot.h"

#include <vector>

namespace ae {

// The ladder's levels for `noise`: around and beyond the trained level when the model was trained
// on this noise (defaultNoiseLevels), otherwise the same steps around a typical level of that
// noise, so a plain autoencoder is shown on the ladder a denoising one of the preset would get.
std::vector<double> noiseLadderLevels(const ModelConfig& config, NoiseKind noise);

// `probe` rows are the clean images; the first `images` of them are kept per level. The draws
// depend on the model's seed only, so a ladder remeasured after more training sees the same noise.
// Throws Error for noise 'none' or an empty probe.
NoiseLadderSnapshot buildNoiseLadderSnapshot(Autoencoder& model, const Matrix& probe, const Shape& shape, NoiseKind noise,
                                             int epoch, int images = 4);

} // namespace ae
