#pragma once
// A sweep trains the same configuration once per value of one hyperparameter (seed 001's
// sparse autoencoder at L1 = 1e-8, 1e-6 and 1e-4, say) so the results can be compared side by
// side. This is the plan and its checks; running it is the GUI's SweepController.
#include "core/common.h"
#include "core/train/model_config.h"

#include <string>
#include <vector>

namespace ae {

enum class SweepParameter {
    L1, NoiseFactor, DistanceWeight, LearningRate, Latent, KlSparsityWeight, KlSparsityTarget, Beta, BatchSize, Epochs, NoiseType
};

struct SweepParameterInfo {
    SweepParameter parameter;
    std::string key;          // "l1", "noiseFactor", ... (stable: used in settings, --sweep and aelab-cli sweep --param)
    std::string name;         // as validateConfig names the field: "l1", "noise factor", ...
    bool whole = false;       // integer-valued (code size, batch size, epochs)
    std::string suggestion;   // a sensible three-value list to start from
    std::string label;        // the word a person reads before a value: "L1" in "L1 1e-6"
    // A parameter that takes names (the noise type): its values are written as these names and
    // held as their index in this list. Empty for a number.
    std::vector<std::string> choices;
};

// Every parameter a sweep can vary, in the order a person would look for them.
const std::vector<SweepParameterInfo>& sweepParameters();
const SweepParameterInfo& sweepParameterInfo(SweepParameter parameter);
// Throws Error listing the keys when `key` is not one of them.
SweepParameter sweepParameterFromKey(const std::string& key);

// Parses "1e-8, 1e-6, 1e-4" (commas, semicolons or blanks between values), or for a parameter
// with choices their names ("gaussian, masking"). Throws Error naming the offending entry: empty
// lists, entries that are not finite numbers (or not one of the choices), fractions for a
// whole-numbered parameter, repeated values, more than kMaxSweepValues values.
constexpr int kMaxSweepValues = 12;
std::vector<double> parseSweepValues(const std::string& text, SweepParameter parameter);

// `base` with `parameter` set to `value` (not validated).
ModelConfig applySweepValue(ModelConfig base, SweepParameter parameter, double value);

// The value as a person writes it: 1e-06 -> "1e-6", 0.30000001 -> "0.3", 32 -> "32".
std::string formatSweepValue(double value);
// A value of `parameter` as a person writes it: formatSweepValue, or the choice's name.
std::string sweepValueText(SweepParameter parameter, double value);
// "l1=1e-6", "noiseType=masking": the key and value, as --sweep takes them.
std::string sweepRunLabel(SweepParameter parameter, double value);
// "L1 1e-6", "noise masking", "KL target 0.05": the run as a person reads it (English; the
// window translates the label word).
std::string sweepReadableLabel(SweepParameter parameter, double value);

struct SweepPlan {
    SweepParameter parameter = SweepParameter::L1;
    std::vector<double> values;
    ModelConfig base;
};

// One validated configuration per value, in order. Throws Error before anything runs when the
// plan is empty, when the parameter means nothing for the base configuration (a noise factor
// without noise, β without a VAE, a code size for a conv network), or when a value makes an
// invalid configuration -- the message names the value and validateConfig's reason.
std::vector<ModelConfig> sweepConfigs(const SweepPlan& plan, const Shape& inputShape);

} // namespace ae
