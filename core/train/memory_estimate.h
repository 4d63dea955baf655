#pragma once
// How much memory a training run needs, worked out from the configuration alone, so an absurd
// request (a 100,000-unit layer on full MNIST) is refused with an estimate before anything is
// allocated. The layer plan gives the shapes; the buffers counted are the ones the layers, the
// model, the trainer and the optimiser allocate, so the estimate tracks what a run really takes.
#include "core/train/model_config.h"

#include <cstddef>
#include <optional>
#include <string>

namespace ae {

// The number of parameters Autoencoder allocates for `config` on `input`-shaped samples, from the
// layer plan (nothing allocated). Throws Error for a configuration planLayers refuses.
std::size_t parameterCountFor(const ModelConfig& config, const Shape& input);

// A training run's peak, in parts. Each saturates at SIZE_MAX instead of overflowing.
struct MemoryEstimate {
    std::size_t parameterBytes = 0; // weights, gradients, the optimiser's state, the trainer's two copies
    std::size_t layerBytes = 0;     // what the layers and the model keep for a batch and an evaluation chunk
    std::size_t distanceBytes = 0;  // the pairwise-distance term's n x n matrices while it runs
    std::size_t dataBytes = 0;      // the training rows, the batch and its corrupted copy
    std::size_t total() const;
};
MemoryEstimate estimateTrainingMemory(const ModelConfig& config, const Shape& input, long long trainRows);
std::size_t estimateTrainingBytes(const ModelConfig& config, const Shape& input, long long trainRows);

// Throws Error "this network needs about X GiB of memory to train, Y GiB available ..." when the
// estimate is above `availableBytes`.
void refuseIfTooLarge(const ModelConfig& config, const Shape& input, long long trainRows, std::size_t availableBytes);

// MemAvailable from the text of /proc/meminfo (Linux), in bytes; nothing when it is not there.
// Reading the file is left to the caller (app/ and ui/), so core stays free of system queries.
std::optional<std::size_t> memAvailableFromMeminfo(const std::string& meminfoText);

// "1.5 GiB", "0.02 GiB": how the messages print sizes.
std::string formatGiB(std::size_t bytes);

} // namespace ae
