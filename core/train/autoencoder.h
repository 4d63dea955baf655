#pragma once
// The network a ModelConfig describes: encoder layers, an optional variational head, decoder
// layers, and the loss terms. Parameters and gradients live in one flat buffer each; every layer
// holds views into them (karpathy/llm.c style), so optimisers, checkpoints and the NaN guard
// each walk a single array.
#include "core/nn/layer.h"
#include "core/nn/losses.h"
#include "core/train/layer_plan.h"
#include "core/train/model_config.h"

#include <memory>
#include <random>
#include <span>
#include <string>
#include <vector>

namespace ae {

class Conv2D;

// Per-batch (or per-set) losses; `total` is what the optimiser minimises.
struct LossBreakdown {
    double total = 0;
    double reconstruction = 0;  // BCE or MSE per element
    double l1 = 0;
    double klSparsity = 0;
    double vaeKl = 0;           // already weighted by beta / D
    double distance = 0;
};

// Inference and evaluation go through the network this many rows at a time, so a 10,000-image
// test set never needs activations for all of it at once.
inline constexpr int kEvaluationChunkRows = 500;
// evaluate()'s distance term: over every pair of the first this many rows (the whole set when it
// is smaller). Its pairwise matrices grow with the square of the rows: 2,000 rows take 32 MB each
// and about as long as today's 10,000-row test set in chunks of 500.
inline constexpr int kDistanceTermRows = 2000;

class Autoencoder {
public:
    // Builds and initialises the network planLayers describes (Glorot-uniform kernels from `config.seed`).
    // Throws Error if the configuration is invalid for this input shape.
    Autoencoder(const ModelConfig& config, const Shape& input);
    ~Autoencoder();
    Autoencoder(const Autoencoder&) = delete;
    Autoencoder& operator=(const Autoencoder&) = delete;

    const ModelConfig& config() const { return config_; }
    Shape inputShape() const { return input_; }
    Shape codeShape() const { return plan_.code; }  // what encode() returns per sample
    int codeSize() const { return codeShape().size(); }

    // Flat buffers: encoder parameters first, the decoder's are the tail from decoderOffset().
    std::span<float> parameters() { return params_; }
    std::span<const float> parameters() const { return params_; }
    std::span<float> gradients() { return grads_; }
    std::size_t parameterCount() const { return params_.size(); }
    std::size_t decoderOffset() const { return plan_.encoderParameters; }
    // Loads weights saved from a network of the same architecture; throws Error on a size mismatch.
    void setParameters(std::span<const float> values);
    void zeroGradients();

    // Forward and backward on one batch (`input` possibly corrupted, `target` the clean batch).
    // Adds into the gradient buffer (call zeroGradients first) and returns the batch's losses.
    // `rng` draws the VAE's reparameterisation noise.
    LossBreakdown trainBatch(const Matrix& input, const Matrix& target, std::mt19937_64& rng);

    // Losses without gradients; the VAE uses its mean code. Rows go through the network in
    // chunks, but every term is the whole set's: the code terms are computed once over all the
    // codes (the distance term over the pairs of the first kDistanceTermRows rows).
    LossBreakdown evaluate(const Matrix& input, const Matrix& target);
    // Per-sample reconstruction loss (BCE or MSE per element), for anomaly scores.
    void reconstructionErrors(const Matrix& input, const Matrix& target, Vector& out);

    // Inference. Each returns a reference valid until the next call on this model.
    // N x codeSize (the VAE: the mean). With `logVariances`, a VAE also writes there the
    // log-variance of each code value, clamped as training clamps it (N x codeSize), in the same
    // pass; any other network throws Error.
    const Matrix& encode(const Matrix& x, Matrix* logVariances = nullptr);
    const Matrix& decode(const Matrix& codes);      // N x D, after the output activation
    const Matrix& reconstruct(const Matrix& x);     // decode(encode(x))

    // Conv stacks run Conv2D + MaxPool2D and UpSampling2D + Conv2D pairs as one fused step
    // (Conv2D::forwardFused): the same results without the full-size maps between them. On by
    // default; tests switch it off to compare.
    void setLayerFusion(bool enabled) { fusion_ = enabled; }

    const LayerPlan& plan() const { return plan_; }
    // The first layer's weights (dense: in x units; conv: Cout x Cin*k*k), for the filters view.
    Matrix firstLayerWeights() const;

private:
    // A LayerStep with its fused convolution's layer, or none.
    struct Step {
        std::size_t first = 0;
        Conv2D* conv = nullptr;
        bool upsampleInput = false;
        bool poolOutput = false;
    };
    static std::vector<Step> stepsOf(std::span<const LayerSpec> specs, const std::vector<std::unique_ptr<Layer>>& layers);
    const Matrix& runForward(std::vector<std::unique_ptr<Layer>>& layers, const std::vector<Step>& steps,
                             const Matrix& x, Mode mode);
    const Matrix& runBackward(std::vector<std::unique_ptr<Layer>>& layers, const std::vector<Step>& steps,
                              const Matrix& dy);

    void build();
    const Matrix& runEncoder(const Matrix& x, Mode mode);
    const Matrix& runDecoder(const Matrix& z, Mode mode);
    double reconstructionLoss(const Matrix& logits, const Matrix& target, Matrix* dLogits);

    ModelConfig config_;
    Shape input_;
    LayerPlan plan_;
    LossKind loss_;
    Activation output_;
    std::vector<std::unique_ptr<Layer>> encoder_;   // ends at the code (for the VAE: mu|logvar)
    std::vector<std::unique_ptr<Layer>> decoder_;   // ends with logits (linear)
    std::vector<Step> encoderSteps_, decoderSteps_; // fused steps over encoder_ / decoder_
    bool fusion_ = true;
    bool fusedLastTrain_ = true;                    // whether the last Train forward was fused
    AlignedVector<float> params_;
    AlignedVector<float> grads_;

    // Work buffers reused across batches (no allocation per batch in steady state).
    Matrix mu_, logVar_, eps_, z_;                  // VAE head
    Matrix dCode_, dMu_, dLogVar_, dLogits_, outputs_;
    Matrix chunkIn_, chunkTarget_, codes_, decoded_;
    Matrix evaluationCodes_;                        // evaluate(): every row's code, for the code terms
};

} // namespace ae
