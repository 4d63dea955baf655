#include "core/train/memory_estimate.h"

#include "core/nn/conv_kernels.h"
#include "core/train/autoencoder.h"
#include "core/train/layer_plan.h"

#include <algorithm>
#include <cstdio>
#include <limits>
#include <sstream>

namespace ae {

namespace {

constexpr std::size_t kMax = std::numeric_limits<std::size_t>::max();

std::size_t mul(std::size_t a, std::size_t b) { return a != 0 && b > kMax / a ? kMax : a * b; }
std::size_t add(std::size_t a, std::size_t b) { return b > kMax - a ? kMax : a + b; }
std::size_t mul3(std::size_t a, std::size_t b, std::size_t c) { return mul(mul(a, b), c); }

std::size_t sz(long long v) { return v > 0 ? static_cast<std::size_t>(v) : 0; }

// The rows a layer's buffers are sized for: a training batch, and an evaluation chunk of the
// test set (Autoencoder::evaluate); forward outputs are resized to whichever ran last, the
// backward buffers keep the batch's size.
struct Rows {
    std::size_t batch = 0;
    std::size_t chunk = 0;
    std::size_t threads = 1;
    std::size_t forward() const { return std::max(batch, chunk); }
};

// Dense: y_ (output), dz_ (unless linear), dx_ (unless the network's first layer).
std::size_t denseFloats(const LayerSpec& s, bool inputGradient, const Rows& r) {
    std::size_t floats = mul(r.forward(), sz(s.output.size()));
    if (s.activation != Activation::Linear) floats = add(floats, mul(r.batch, sz(s.output.size())));
    if (inputGradient) floats = add(floats, mul(r.batch, sz(s.input.size())));
    return floats;
}

// Conv2D (conv2d.h), alone or fused with the up-sampling before it and the pooling after it:
// y_ and the pool's winner indices at the step's output shape, every training sample's padded
// input, per-thread grids and rows, a block of dz grids per thread (Conv2D::blockSamples keeps
// a block near 256 KB), dx_ at the step's input shape, and copies of the kernel (flipped,
// packed twice, one partial gradient per extra thread).
std::size_t convFloats(const LayerSpec& s, bool upsampleInput, bool poolOutput, bool inputGradient, const Rows& r) {
    const int pad = s.padding == Padding::Same ? (s.kernel - 1) / 2 : 0;
    const conv::Grid forward(s.input.c, s.input.h, s.input.w, s.kernel, pad);
    const conv::Grid backward(s.output.c, s.output.h, s.output.w, s.kernel, s.kernel - 1 - pad);
    const std::size_t in = upsampleInput ? sz(s.input.c) * sz(s.input.h / 2) * sz(s.input.w / 2) : sz(s.input.size());
    const std::size_t out = poolOutput ? sz(s.output.c) * sz((s.output.h + 1) / 2) * sz((s.output.w + 1) / 2)
                                       : sz(s.output.size());
    const std::size_t pixels = sz(s.output.h) * sz(s.output.w);
    const std::size_t outGrid = mul(sz(s.output.c), sz(forward.span()));
    const std::size_t dzGrid = std::max(outGrid, mul(pixels, sz(conv::channelsLastStride(s.output.c))));
    const std::size_t perSampleBlock = add(sz(forward.paddedSize()), outGrid);
    const std::size_t blockFit = (std::size_t{256} << 10) / sizeof(float) / std::max<std::size_t>(1, perSampleBlock);
    const std::size_t block = std::clamp<std::size_t>(blockFit, 1, std::max<std::size_t>(1, (r.batch + r.threads - 1) / r.threads));

    std::size_t floats = mul(r.forward(), out);                                          // y_
    if (poolOutput) floats = add(floats, mul(r.forward(), out));                         // arg_ (int32)
    floats = add(floats, mul(std::max(r.batch, r.threads), sz(forward.paddedSize())));   // padded_
    floats = add(floats, mul(r.threads, std::max(outGrid, mul(sz(s.input.c), sz(backward.span())))));  // grid_
    floats = add(floats, mul(r.threads, add(mul(sz(s.output.c), pixels), poolOutput ? out : 0)));      // rows_
    floats = add(floats, mul3(r.threads, block, dzGrid));                                // dzGrid_
    if (inputGradient) {
        floats = add(floats, mul(r.threads, sz(backward.paddedSize())));                 // dzPadded_
        floats = add(floats, mul(r.batch, in));                                          // dx_
    }
    return add(floats, mul(add(3, r.threads - 1), s.params));
}

// MaxPooling2D and UpSampling2D on their own (fused steps never run them): y_, the winners, dx_.
std::size_t samplingFloats(const LayerSpec& s, const Rows& r) {
    std::size_t floats = add(mul(r.forward(), sz(s.output.size())), mul(r.batch, sz(s.input.size())));
    if (s.kind == LayerKind::MaxPooling2D) floats = add(floats, mul(r.forward(), sz(s.output.size())));
    return floats;
}

// One part of the network, step by step as Autoencoder runs it (layer fusion on, the default).
std::size_t partFloats(std::span<const LayerSpec> part, bool firstIsNetworkInput, const Rows& r) {
    std::size_t floats = 0;
    for (const LayerStep& step : planSteps(part)) {
        const bool inputGradient = !(firstIsNetworkInput && step.first == 0);
        const LayerSpec& s = part[step.first];
        if (step.fusedConv)
            floats = add(floats, convFloats(part[step.conv], step.upsampleInput, step.poolOutput, inputGradient, r));
        else if (s.kind == LayerKind::Dense)
            floats = add(floats, denseFloats(s, inputGradient, r));
        else if (s.kind == LayerKind::Conv2D)
            floats = add(floats, convFloats(s, false, false, inputGradient, r));
        else
            floats = add(floats, samplingFloats(s, r));
    }
    return floats;
}

// Autoencoder's own buffers: the logits' gradient, the code's, the VAE head's, the evaluation
// chunk of inputs and targets and its codes, and outputs_ when MSE follows a non-linear output.
std::size_t modelFloats(const ModelConfig& c, const LayerPlan& plan, const Rows& r) {
    const std::size_t d = sz(plan.input.size());
    const std::size_t head = sz(plan.layers[plan.encoderLayers - 1].output.size());
    std::size_t floats = add(mul(r.batch, d), mul(r.batch, head));  // dLogits_, dCode_
    floats = add(floats, mul3(2, r.chunk, d));                       // chunkIn_, chunkTarget_
    if (c.loss == LossKind::MeanSquaredError && c.outputActivation != Activation::Linear)
        floats = add(floats, mul(r.forward(), d));                   // outputs_
    const std::size_t code = sz(plan.code.size());
    if (c.variational)
        floats = add(floats, add(mul3(3, r.forward(), code), mul3(3, r.batch, code)));  // mu_, logVar_, z_; eps_, dMu_, dLogVar_
    else
        floats = add(floats, mul(r.chunk, code));                    // z_
    return floats;
}

// pairwiseDistanceTerm over n rows holds, at its peak, the input Gram matrix in float and six
// n x n matrices in double (distances, code Gram, code distances, differences, and with the
// gradient its weights, a safe divisor and the quotients): 15 floats per entry; 9 without the
// gradient (evaluation).
std::size_t distanceFloats(const ModelConfig& c, const Rows& r) {
    if (!(c.distanceWeight > 0)) return 0;
    return std::max(mul3(15, r.batch, r.batch), mul3(9, r.chunk, r.chunk));
}

} // namespace

std::size_t MemoryEstimate::total() const { return add(add(parameterBytes, layerBytes), add(distanceBytes, dataBytes)); }

std::size_t parameterCountFor(const ModelConfig& config, const Shape& input) { return planLayers(config, input).parameters; }

MemoryEstimate estimateTrainingMemory(const ModelConfig& config, const Shape& input, long long trainRows) {
    const LayerPlan plan = planLayers(config, input);
    Rows rows;
    rows.batch = sz(config.batchSize);
    rows.chunk = sz(kEvaluationChunkRows);
    rows.threads = std::max<std::size_t>(1, sz(config.threads));
    const std::size_t d = sz(input.size());

    MemoryEstimate e;
    // The model's parameters and gradients, the trainer's last good and epoch-start copies, and
    // the optimiser's state vectors.
    e.parameterBytes = mul3(plan.parameters, add(4, sz(stateVectors(config.optimizer))), sizeof(float));
    const std::size_t layers = add(add(partFloats(plan.encoder(), true, rows), partFloats(plan.decoder(), false, rows)),
                                   modelFloats(config, plan, rows));
    e.layerBytes = mul(layers, sizeof(float));
    e.distanceBytes = mul(distanceFloats(config, rows), sizeof(float));
    const bool noisy = config.noise != NoiseKind::None && config.noiseFactor > 0;
    e.dataBytes = add(mul3(d, sz(trainRows), sizeof(float)),                     // the training rows
                      add(mul(sz(trainRows), sizeof(int)),                       // the shuffled order
                          mul3(mul(rows.batch, d), noisy ? 2 : 1, sizeof(float))));  // the batch (and its corrupted copy)
    return e;
}

std::size_t estimateTrainingBytes(const ModelConfig& config, const Shape& input, long long trainRows) {
    return estimateTrainingMemory(config, input, trainRows).total();
}

std::string formatGiB(std::size_t bytes) {
    const double gib = static_cast<double>(bytes) / (1024.0 * 1024.0 * 1024.0);
    char buf[48];
    std::snprintf(buf, sizeof buf, gib >= 10 ? "%.0f GiB" : gib >= 0.1 ? "%.1f GiB" : "%.2f GiB", gib);
    return buf;
}

void refuseIfTooLarge(const ModelConfig& config, const Shape& input, long long trainRows, std::size_t availableBytes) {
    const std::size_t need = estimateTrainingBytes(config, input, trainRows);
    if (need <= availableBytes) return;
    throw Error::worded("this %1 network (%2 parameters, batch %3, %4 training samples) needs about %5 of memory to train, %6 available; use narrower layers, a smaller batch or fewer samples (--train-limit)", config.variant, parameterCountFor(config, input), config.batchSize, trainRows, formatGiB(need), formatGiB(availableBytes));
}

std::optional<std::size_t> memAvailableFromMeminfo(const std::string& text) {
    std::istringstream in(text);
    std::string key;
    unsigned long long kb = 0;
    std::string unit;
    while (in >> key >> kb) {
        std::getline(in, unit);
        if (key == "MemAvailable:") return static_cast<std::size_t>(kb) * 1024;
    }
    return std::nullopt;
}

} // namespace ae
