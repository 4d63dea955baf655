#pragma once
// A variant is a configuration, not a class: everything that decides the network, its loss
// terms and how it is trained. Presets fill it in; every field can be overridden.
#include "core/common.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ae {

struct ModelConfig {
    std::string variant = "undercomplete";   // the preset it started from (informational)

    // Architecture.
    std::string architecture = "dense";      // dense | conv
    std::vector<int> hidden;                 // dense: encoder hidden widths, mirrored in the decoder
    int latent = 32;                         // dense: code width
    std::vector<int> convFilters;            // conv: encoder filters per conv+pool stage, mirrored
    int kernel = 3;                          // conv kernel size (odd)
    std::string activation = "relu";         // hidden layers
    std::string codeActivation = "relu";     // the code layer (dense)
    std::string outputActivation = "sigmoid";// sigmoid | linear
    std::string loss = "bce";                // bce | mse
    bool variational = false;                // VAE: the code is a sample of N(mu, exp(logvar))

    // Terms on the code.
    float l1 = 0.0f;                         // L1 activity coefficient
    float klSparsityWeight = 0.0f;           // KL sparsity weight (needs a sigmoid code)
    float klSparsityTarget = 0.05f;          // target mean activation rho
    float beta = 1.0f;                       // VAE KL weight
    float distanceWeight = 0.0f;             // seed 002's pairwise-distance term weight

    // Corruption (denoising).
    std::string noise = "none";              // none | gaussian | masking | saltpepper
    float noiseFactor = 0.0f;

    // Training.
    std::string optimizer = "adam";          // sgd | adam | adamw | rmsprop | adadelta
    float learningRate = 1e-3f;
    float momentum = 0.0f;
    bool nesterov = false;
    float weightDecay = 0.0f;
    int epochs = 10;
    int batchSize = 256;
    std::uint64_t seed = 1;
    int threads = 2;
};

// The eight presets: undercomplete, sparse, deep, conv, denoising, vae, distance, linear.
const std::vector<std::string>& presetNames();
std::string presetDescription(const std::string& name);   // one line
ModelConfig presetConfig(const std::string& name);        // throws Error listing the presets

// Checks every field against its allowed range; throws Error naming the field, its value and
// the range. `inputShape` is the data's per-sample shape (conv needs an image).
void validateConfig(const ModelConfig& config, const Shape& inputShape);
// The part of validateConfig that does not depend on the data: names, ranges and combinations.
// A configuration file passes it or is refused before anything takes its values.
void validateHyperparameters(const ModelConfig& config);
// A mini-batch must fit in the training set; throws Error naming the batch size and the count.
void validateBatchSize(const ModelConfig& config, long long trainingSamples);

// JSON round trip. fromJson starts from the preset named by "variant" (if present), then
// applies the given keys; unknown keys and wrong types are errors naming the key.
std::string configToJson(const ModelConfig& config);
ModelConfig configFromJson(const std::string& json, const std::string& origin);

} // namespace ae
