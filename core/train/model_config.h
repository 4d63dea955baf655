#pragma once
// A variant is a configuration, not a class: everything that decides the network, its loss
// terms and how it is trained. Presets fill it in; every field can be overridden.
#include "core/common.h"
#include "core/named_enum.h"
#include "core/nn/corruption.h"
#include "core/nn/layer.h"
#include "core/nn/losses.h"
#include "core/nn/optimizer.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ae {

enum class Architecture { Dense, Conv };
inline constexpr EnumName<Architecture> kArchitectureNames[] = {{Architecture::Dense, "dense"}, {Architecture::Conv, "conv"}};
constexpr std::span<const EnumName<Architecture>> enumNames(Architecture) { return kArchitectureNames; }

// What seed 002's distance term scores on a batch's pairs (core/nn/code_terms.h): the mean
// squared difference of mean-normalised distances (every pair alike), or the batch's Kruskal
// stress-1 squared after the best scale (pairs weighted by their distance, what the report's
// `stress` measures).
enum class DistanceTerm { Mean, Stress };
inline constexpr EnumName<DistanceTerm> kDistanceTermNames[] = {{DistanceTerm::Mean, "mean"}, {DistanceTerm::Stress, "stress"}};
constexpr std::span<const EnumName<DistanceTerm>> enumNames(DistanceTerm) { return kDistanceTermNames; }

// The output layer's activation turns logits into the reconstruction; only these two keep a
// loss that makes sense (sigmoid for BCE, either for MSE).
constexpr bool allowedAsOutput(Activation a) { return a == Activation::Sigmoid || a == Activation::Linear; }

// Enums throughout; their names (the tables next to each enum) appear only where a configuration
// meets text: configToJson/configFromJson, the command line and the Model panel.
struct ModelConfig {
    std::string variant = "undercomplete";   // the preset it started from (informational)

    // Architecture.
    Architecture architecture = Architecture::Dense;
    std::vector<int> hidden;                 // dense: encoder hidden widths, mirrored in the decoder
    int latent = 32;                         // dense: code width
    std::vector<int> convFilters;            // conv: encoder filters per conv+pool stage, mirrored
    int kernel = 3;                          // conv kernel size (odd)
    Activation activation = Activation::ReLU;          // hidden layers
    Activation codeActivation = Activation::ReLU;      // the code layer (dense)
    Activation outputActivation = Activation::Sigmoid; // one allowedAsOutput
    LossKind loss = LossKind::BinaryCrossEntropy;      // BCE needs a sigmoid output
    bool variational = false;                // VAE: the code is a sample of N(mu, exp(logvar))

    // Terms on the code.
    float l1 = 0.0f;                         // L1 activity coefficient
    float klSparsityWeight = 0.0f;           // KL sparsity weight (needs a sigmoid code)
    float klSparsityTarget = 0.05f;          // target mean activation rho
    float beta = 1.0f;                       // VAE KL weight
    float distanceWeight = 0.0f;             // seed 002's pairwise-distance term weight
    DistanceTerm distanceTerm = DistanceTerm::Mean;  // what that term scores

    // Corruption (denoising).
    NoiseKind noise = NoiseKind::None;
    float noiseFactor = 0.0f;

    // Training.
    OptimizerKind optimizer = OptimizerKind::Adam;
    float learningRate = 1e-3f;
    float momentum = 0.0f;
    bool nesterov = false;
    float weightDecay = 0.0f;
    int epochs = 10;
    int batchSize = 256;
    std::uint64_t seed = 1;
    int threads = 2;
};

// The values a numeric field accepts. One table: validateHyperparameters refuses what lies
// outside, the command line and the Model panel name the same range in their messages.
struct ValueRange {
    double lo;
    double hi;
    bool loOpen = false;  // (lo, ...: lo itself is refused
    bool hiOpen = false;
    bool contains(double v) const;  // false for NaN
    std::string str() const;        // "[1, 4096]", "(0, 100]"
};

namespace limits {
inline constexpr ValueRange latent{1, 4096};
inline constexpr ValueRange hiddenWidth{1, 16384};
inline constexpr ValueRange convFilters{1, 512};
inline constexpr ValueRange kernel{1, 7};
inline constexpr ValueRange l1{0, 1};
inline constexpr ValueRange klSparsityWeight{0, 100};
inline constexpr ValueRange klSparsityTarget{0, 1, true, true};
inline constexpr ValueRange beta{0, 1000};
inline constexpr ValueRange distanceWeight{0, 1000};
inline constexpr ValueRange gaussianNoise{0, 5};  // a standard deviation
inline constexpr ValueRange noiseShare{0, 1};     // masking, salt-and-pepper: a share of pixels
inline constexpr ValueRange learningRate{0, 100, true};
inline constexpr ValueRange momentum{0, 0.999};
inline constexpr ValueRange weightDecay{0, 1};
inline constexpr ValueRange epochs{1, 100000};
inline constexpr ValueRange batchSize{1, 65536};
inline constexpr ValueRange threads{1, 256};
constexpr const ValueRange& noiseFactor(NoiseKind noise) { return noise == NoiseKind::Gaussian ? gaussianNoise : noiseShare; }
} // namespace limits

// A field outside its range. The message names field, value and range in English (the command
// line prints it); the window words its own from the parts.
class OutOfRange : public Error {
public:
    OutOfRange(std::string field, double value, ValueRange range);
    const std::string& field() const { return field_; }  // as in the message: "learning rate"
    double value() const { return value_; }
    const ValueRange& range() const { return range_; }

private:
    std::string field_;
    double value_;
    ValueRange range_;
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
// applies the given keys; unknown keys, wrong types and names outside an enum's table are errors
// naming the key (and, for a name, the allowed ones).
std::string configToJson(const ModelConfig& config);
ModelConfig configFromJson(const std::string& json, const std::string& origin);

} // namespace ae
