#include "core/train/model_config.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <map>
#include <sstream>
#include <type_traits>
#include <utility>

namespace ae {

namespace {

struct Preset {
    std::string description;
    ModelConfig config;
};

ModelConfig denseConfig(const std::string& variant, std::vector<int> hidden, int latent) {
    ModelConfig c;
    c.variant = variant;
    c.architecture = Architecture::Dense;
    c.hidden = std::move(hidden);
    c.latent = latent;
    return c;
}

const std::map<std::string, Preset>& presets() {
    static const std::map<std::string, Preset> table = [] {
        std::map<std::string, Preset> t;

        ModelConfig undercomplete = denseConfig("undercomplete", {}, 32);
        undercomplete.epochs = 50;
        t["undercomplete"] = {"784-32-784: the bottleneck alone forces a compressed code (seed 001 a)", undercomplete};

        ModelConfig sparse = undercomplete;
        sparse.variant = "sparse";
        sparse.l1 = 1e-6f;
        t["sparse"] = {"784-32-784 with an L1 penalty on the code: few units fire per image (seed 001 b)", sparse};

        ModelConfig deep = denseConfig("deep", {128, 64}, 32);
        deep.epochs = 50;
        t["deep"] = {"784-128-64-32-64-128-784: stacked layers learn a more abstract code (seed 001 c)", deep};

        ModelConfig conv;
        conv.variant = "conv";
        conv.architecture = Architecture::Conv;
        conv.convFilters = {16, 8, 8};
        conv.latent = 0;
        conv.batchSize = 128;
        conv.epochs = 50;
        t["conv"] = {"convolutions 16-8-8 with max-pooling down to 4x4x8 and back up: 4,385 parameters (seed 001 d)", conv};

        ModelConfig denoising = conv;
        denoising.variant = "denoising";
        denoising.convFilters = {32, 32};
        denoising.noise = NoiseKind::Gaussian;
        denoising.noiseFactor = 0.5f;
        denoising.epochs = 20;
        t["denoising"] = {"convolutions 32-32 trained to undo Gaussian noise (factor 0.5): 28,353 parameters (seed 001 e)", denoising};

        ModelConfig vae = denseConfig("vae", {512}, 2);
        vae.codeActivation = Activation::Linear;
        vae.variational = true;
        vae.beta = 1.0f;
        vae.batchSize = 128;
        vae.epochs = 50;
        t["vae"] = {"variational: a 2-D Gaussian code you can sample from to generate new digits (seed 000)", vae};

        ModelConfig distance = denseConfig("distance", {128, 64, 32}, 2);
        distance.codeActivation = Activation::Linear;
        distance.distanceWeight = 1.0f;
        distance.epochs = 50;
        t["distance"] = {"deep network with a 2-D code and a pairwise-distance term that keeps distances (seed 002)", distance};

        ModelConfig linear = denseConfig("linear", {}, 32);
        linear.activation = Activation::Linear;
        linear.codeActivation = Activation::Linear;
        linear.outputActivation = Activation::Linear;
        linear.loss = LossKind::MeanSquaredError;
        linear.epochs = 50;
        t["linear"] = {"784-32-784 without activations and with MSE: learns the same subspace as PCA (seed 002)", linear};
        return t;
    }();
    return table;
}

std::string joinNames(const std::vector<std::string>& names) {
    std::string out;
    for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
    return out;
}

// Floats printed through double show binary noise (0.05 -> 0.0500000007); seven significant
// digits is what a float holds, so round-trip through that.
double tidy(float v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.7g", static_cast<double>(v));
    return std::strtod(buf, nullptr);
}

void requireRange(const char* field, double value, const ValueRange& range) {
    if (!range.contains(value)) throw OutOfRange(field, value, range);
}

// The output activations in the table's order, for the message that refuses another one.
std::string allowedOutputNames() {
    std::vector<std::string> names;
    for (const EnumName<Activation>& n : enumNames(Activation{}))
        if (allowedAsOutput(n.value)) names.emplace_back(n.name);
    return joinNames(names);
}

} // namespace

bool ValueRange::contains(double v) const {
    // NaN fails every comparison, so this refuses it too.
    return (loOpen ? v > lo : v >= lo) && (hiOpen ? v < hi : v <= hi);
}

std::string ValueRange::str() const {
    std::string text(loOpen ? "(" : "[");  // appended, not prepended: GCC 12 warns (-Wrestrict) on "(" + string
    text += formatValue(lo);
    text += ", ";
    text += formatValue(hi);
    text += hiOpen ? ")" : "]";
    return text;
}

OutOfRange::OutOfRange(std::string field, double value, ValueRange range)
    : Error(Error::worded("invalid %1 = %2: allowed range is %3", field, value, range.str())),
      field_(std::move(field)), value_(value), range_(range) {}

const std::vector<std::string>& presetNames() {
    static const std::vector<std::string> names = {"undercomplete", "sparse", "deep",     "conv",
                                                   "denoising",     "vae",    "distance", "linear"};
    return names;
}

std::string presetDescription(const std::string& name) {
    auto it = presets().find(name);
    return it == presets().end() ? std::string() : it->second.description;
}

ModelConfig presetConfig(const std::string& name) {
    auto it = presets().find(name);
    if (it == presets().end())
        throw Error::worded("unknown variant '%1': choose one of %2", name, joinNames(presetNames()));
    return it->second.config;
}

void validateHyperparameters(const ModelConfig& c) {
    if (!allowedAsOutput(c.outputActivation))
        throw Error::worded("invalid output activation = '%1': choose one of %2", nameOf(c.outputActivation), allowedOutputNames());
    if (c.loss == LossKind::BinaryCrossEntropy && c.outputActivation != Activation::Sigmoid)
        throw Error::worded("invalid loss = 'bce' with output activation '%1': binary cross-entropy needs a sigmoid output (use loss mse for a linear output)", nameOf(c.outputActivation));

    if (c.architecture == Architecture::Dense) {
        requireRange("latent", c.latent, limits::latent);
        if (c.hidden.size() > 8) throw Error::worded("invalid hidden: %1 layers, at most 8", c.hidden.size());
        for (int h : c.hidden) requireRange("hidden layer width", h, limits::hiddenWidth);
    } else {
        if (c.convFilters.empty() || c.convFilters.size() > 5)
            throw Error::worded("invalid conv filters: %1 stages, allowed 1 to 5", c.convFilters.size());
        for (int f : c.convFilters) requireRange("conv filters", f, limits::convFilters);
        requireRange("kernel", c.kernel, limits::kernel);
        if (c.kernel % 2 == 0) throw Error::worded("invalid kernel = %1: must be odd (1, 3, 5 or 7)", c.kernel);
        if (c.variational) throw Error::worded("invalid variational = true with architecture 'conv': the VAE is dense");
    }
    if (c.variational && c.codeActivation != Activation::Linear)
        throw Error::worded("invalid code activation = '%1' for a VAE: the mean and log-variance must be linear", nameOf(c.codeActivation));
    requireRange("l1", c.l1, limits::l1);
    requireRange("KL sparsity weight", c.klSparsityWeight, limits::klSparsityWeight);
    requireRange("KL sparsity target", c.klSparsityTarget, limits::klSparsityTarget);
    if (c.klSparsityWeight > 0 && c.codeActivation != Activation::Sigmoid)
        throw Error::worded("invalid KL sparsity weight = %1: KL sparsity needs code activation 'sigmoid' (the code must be a firing rate in (0,1))", c.klSparsityWeight);
    requireRange("beta", c.beta, limits::beta);
    requireRange("distance weight", c.distanceWeight, limits::distanceWeight);
    requireRange("noise factor", c.noiseFactor, limits::noiseFactor(c.noise));
    requireRange("learning rate", c.learningRate, limits::learningRate);
    requireRange("momentum", c.momentum, limits::momentum);
    requireRange("weight decay", c.weightDecay, limits::weightDecay);
    requireRange("epochs", c.epochs, limits::epochs);
    requireRange("batch size", c.batchSize, limits::batchSize);
    requireRange("threads", c.threads, limits::threads);
}

void validateConfig(const ModelConfig& c, const Shape& input) {
    validateHyperparameters(c);
    if (c.architecture != Architecture::Conv) return;
    if (input.h < 2 || input.w < 2)
        throw Error::worded("invalid architecture = 'conv' for data of shape %1: convolutions need images (use a dense variant for tabular data)", input.str());
    if (c.kernel > input.h || c.kernel > input.w)
        throw Error::worded("invalid kernel = %1: larger than the %2x%3 image", c.kernel, input.h, input.w);
    const int minSide = 1 << c.convFilters.size();
    if (input.h < minSide || input.w < minSide)
        throw Error::worded("invalid conv filters: %1 pooling stages need images of at least %2x%2, data is %3", c.convFilters.size(), minSide, input.str());
}

void validateBatchSize(const ModelConfig& c, long long trainingSamples) {
    if (c.batchSize > trainingSamples)
        throw Error::worded("invalid batch size = %1: larger than the %2 training samples", c.batchSize, trainingSamples);
}

std::string configToJson(const ModelConfig& c) {
    nlohmann::ordered_json j;
    j["variant"] = c.variant;
    j["architecture"] = nameOf(c.architecture);
    j["hidden"] = c.hidden;
    j["latent"] = c.latent;
    j["conv_filters"] = c.convFilters;
    j["kernel"] = c.kernel;
    j["activation"] = nameOf(c.activation);
    j["code_activation"] = nameOf(c.codeActivation);
    j["output_activation"] = nameOf(c.outputActivation);
    j["loss"] = nameOf(c.loss);
    j["variational"] = c.variational;
    j["l1"] = tidy(c.l1);
    j["kl_sparsity_weight"] = tidy(c.klSparsityWeight);
    j["kl_sparsity_target"] = tidy(c.klSparsityTarget);
    j["beta"] = tidy(c.beta);
    j["distance_weight"] = tidy(c.distanceWeight);
    j["distance_term"] = nameOf(c.distanceTerm);
    j["noise"] = nameOf(c.noise);
    j["noise_factor"] = tidy(c.noiseFactor);
    j["optimizer"] = nameOf(c.optimizer);
    j["learning_rate"] = tidy(c.learningRate);
    j["momentum"] = tidy(c.momentum);
    j["nesterov"] = c.nesterov;
    j["weight_decay"] = tidy(c.weightDecay);
    j["epochs"] = c.epochs;
    j["batch_size"] = c.batchSize;
    j["seed"] = c.seed;
    j["threads"] = c.threads;
    return j.dump(2);
}

namespace {

Error wrongType(const nlohmann::json& j, const std::string& key, const std::string& origin) {
    return Error::worded("%1: key '%2' has the wrong type (%3)", origin, key, j.type_name());
}

// nlohmann's get<int>() converts 2.5 to 2, true to 1 and 1e10 by an undefined cast; numbers are
// checked here instead: the right kind, whole where a whole number is meant, and in range.
template <typename T>
T numberField(const nlohmann::json& j, const std::string& key, const std::string& origin) {
    if (!j.is_number()) throw wrongType(j, key, origin);
    const auto outOfRange = [&] { return Error::worded("%1: key '%2' = %3 is out of range", origin, key, j.dump()); };
    if constexpr (std::is_floating_point_v<T>) {
        const double v = j.get<double>();
        if (std::isfinite(v) && std::fabs(v) > static_cast<double>(std::numeric_limits<T>::max())) throw outOfRange();
        return static_cast<T>(v);
    } else {
        if (j.is_number_unsigned()) {
            const auto v = j.get<std::uint64_t>();
            if (!std::in_range<T>(v)) throw outOfRange();
            return static_cast<T>(v);
        }
        if (j.is_number_integer()) {
            const auto v = j.get<std::int64_t>();
            if (!std::in_range<T>(v)) throw outOfRange();
            return static_cast<T>(v);
        }
        const double v = j.get<double>();
        if (!(v == std::floor(v))) throw Error::worded("%1: key '%2' = %3 is not a whole number", origin, key, j.dump());
        if (!(std::fabs(v) < 9.2e18) || !std::in_range<T>(static_cast<std::int64_t>(v))) throw outOfRange();
        return static_cast<T>(v);
    }
}

template <typename T>
void readField(const nlohmann::json& j, const std::string& key, T& out, const std::string& origin) {
    if constexpr (std::is_arithmetic_v<T> && !std::is_same_v<T, bool>) {
        out = numberField<T>(j, key, origin);
    } else if constexpr (std::is_enum_v<T>) {
        if (!j.is_string()) throw wrongType(j, key, origin);
        try {
            out = valueNamed<T>(j.get<std::string>(), key);
        } catch (const Error& e) {
            throw Error::worded("%1: %2", origin, e.what());
        }
    } else if constexpr (std::is_same_v<T, std::vector<int>>) {
        if (!j.is_array()) throw wrongType(j, key, origin);
        out.clear();
        for (std::size_t i = 0; i < j.size(); ++i) out.push_back(numberField<int>(j[i], key + "[" + std::to_string(i) + "]", origin));
    } else {
        try {
            out = j.get<T>();
        } catch (const nlohmann::json::exception&) {
            throw wrongType(j, key, origin);
        }
    }
}

} // namespace

ModelConfig configFromJson(const std::string& text, const std::string& origin) {
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(text);
    } catch (const nlohmann::json::exception& e) {  // parse_error, or out_of_range for 1e999
        throw Error::worded("%1: not valid JSON (%2)", origin, e.what());
    }
    if (!j.is_object()) throw Error::worded("%1: expected a JSON object of configuration keys", origin);

    ModelConfig c;
    if (j.contains("variant")) {
        std::string variant;
        readField(j["variant"], "variant", variant, origin);
        c = presetConfig(variant);
    }
    for (const auto& [key, value] : j.items()) {
        if (key == "variant") continue;
        else if (key == "architecture") readField(value, key, c.architecture, origin);
        else if (key == "hidden") readField(value, key, c.hidden, origin);
        else if (key == "latent") readField(value, key, c.latent, origin);
        else if (key == "conv_filters") readField(value, key, c.convFilters, origin);
        else if (key == "kernel") readField(value, key, c.kernel, origin);
        else if (key == "activation") readField(value, key, c.activation, origin);
        else if (key == "code_activation") readField(value, key, c.codeActivation, origin);
        else if (key == "output_activation") readField(value, key, c.outputActivation, origin);
        else if (key == "loss") readField(value, key, c.loss, origin);
        else if (key == "variational") readField(value, key, c.variational, origin);
        else if (key == "l1") readField(value, key, c.l1, origin);
        else if (key == "kl_sparsity_weight") readField(value, key, c.klSparsityWeight, origin);
        else if (key == "kl_sparsity_target") readField(value, key, c.klSparsityTarget, origin);
        else if (key == "beta") readField(value, key, c.beta, origin);
        else if (key == "distance_weight") readField(value, key, c.distanceWeight, origin);
        else if (key == "distance_term") readField(value, key, c.distanceTerm, origin);
        else if (key == "noise") readField(value, key, c.noise, origin);
        else if (key == "noise_factor") readField(value, key, c.noiseFactor, origin);
        else if (key == "optimizer") readField(value, key, c.optimizer, origin);
        else if (key == "learning_rate") readField(value, key, c.learningRate, origin);
        else if (key == "momentum") readField(value, key, c.momentum, origin);
        else if (key == "nesterov") readField(value, key, c.nesterov, origin);
        else if (key == "weight_decay") readField(value, key, c.weightDecay, origin);
        else if (key == "epochs") readField(value, key, c.epochs, origin);
        else if (key == "batch_size") readField(value, key, c.batchSize, origin);
        else if (key == "seed") readField(value, key, c.seed, origin);
        else if (key == "threads") readField(value, key, c.threads, origin);
        else throw Error::worded("%1: unknown key '%2'", origin, key);
        if (!value.is_boolean() && key != "variant" && value.is_number() && !std::isfinite(value.get<double>()))
            throw Error::worded("%1: key '%2' is not a finite number", origin, key);
    }
    return c;
}

} // namespace ae
