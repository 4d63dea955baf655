#include "ui/session/noise_ladder_builder.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace ae {

namespace {

// The level a ladder of a noise the model never saw is centred on: the denoising preset's
// Gaussian σ 0.5, and shares of pixels hit that look about as damaged.
float typicalLevel(NoiseKind noise) {
    switch (noise) {
    case NoiseKind::Gaussian: return 0.5f;
    case NoiseKind::Masking: return 0.3f;
    case NoiseKind::SaltAndPepper: return 0.2f;
    case NoiseKind::None: break;
    }
    return 0;
}

bool trainedOn(const ModelConfig& config, NoiseKind noise) {
    return noise != NoiseKind::None && config.noise == noise && config.noiseFactor > 0;
}

} // namespace

const NoiseLevelResult* NoiseLadderSnapshot::trained() const {
    if (trainedLevel < 0 || ladder.levels.empty()) return nullptr;
    const auto nearest = std::min_element(ladder.levels.begin(), ladder.levels.end(), [&](const auto& a, const auto& b) {
        return std::abs(a.level - trainedLevel) < std::abs(b.level - trainedLevel);
    });
    return &*nearest;
}

std::vector<double> noiseLadderLevels(const ModelConfig& config, NoiseKind noise) {
    if (noise == NoiseKind::None) return {};
    if (trainedOn(config, noise)) return defaultNoiseLevels(config);
    ModelConfig typical = config;
    typical.noise = noise;
    typical.noiseFactor = typicalLevel(noise);
    return defaultNoiseLevels(typical);
}

NoiseLadderSnapshot buildNoiseLadderSnapshot(Autoencoder& model, const Matrix& probe, const Shape& shape, NoiseKind noise,
                                             int epoch, int images) {
    if (probe.rows() == 0) throw Error("a noise ladder needs test images");
    const ModelConfig& config = model.config();
    const std::vector<double> levels = noiseLadderLevels(config, noise);
    // The CLI's seed: its report and the window measure the same draws.
    const std::uint64_t seed = config.seed + 1;

    NoiseLadderSnapshot s;
    s.epoch = epoch;
    s.inputShape = shape;
    s.probe = static_cast<int>(probe.rows());
    s.ladder = noiseLadder(model, probe, noise, levels, seed);
    if (trainedOn(config, noise)) s.trainedLevel = static_cast<double>(config.noiseFactor);

    // The shown images are the ladder's first rows, corrupted exactly as there: corrupt() draws
    // row by row, so the first k rows of a whole-probe draw equal a draw of the first k rows.
    const Eigen::Index k = std::min<Eigen::Index>(std::max(0, images), probe.rows());
    s.clean = probe.topRows(k);
    for (const double level : levels) {
        std::mt19937_64 rng(seed);
        Matrix noisy;
        corrupt(noise, static_cast<float>(level), s.clean, noisy, rng);
        s.outputs.push_back(model.reconstruct(noisy));
        s.noisy.push_back(std::move(noisy));
    }
    return s;
}

} // namespace ae
