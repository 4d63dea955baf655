#pragma once
// How much memory a training run needs, worked out from the configuration alone, so an absurd
// request (a 100,000-unit layer on full MNIST) is refused with an estimate before anything is
// allocated. The numbers are estimates: right to within a small factor, never exact.
#include "core/train/model_config.h"

#include <cstddef>
#include <optional>
#include <string>

namespace ae {

// The number of parameters buildModel would allocate for `config` on `input`-shaped samples,
// computed without allocating anything. Call after validateConfig.
std::size_t parameterCountFor(const ModelConfig& config, const Shape& input);

// Bytes a run needs: parameters x4 (weights, gradients, two optimiser moments), the activations
// of one batch x3 (forward caches, backward gradients, work buffers; im2col for convolutions),
// and the training rows themselves. Saturates at SIZE_MAX instead of overflowing.
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
