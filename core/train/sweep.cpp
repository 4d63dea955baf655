#include "core/train/sweep.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <limits>

namespace ae {

namespace {

std::string trim(const std::string& s) {
    const auto blank = [](unsigned char c) { return std::isspace(c) != 0; };
    auto begin = std::find_if_not(s.begin(), s.end(), blank);
    auto end = std::find_if_not(s.rbegin(), s.rend(), blank).base();
    return begin < end ? std::string(begin, end) : std::string();
}

std::vector<std::string> splitOn(const std::string& text, const std::string& separators) {
    std::vector<std::string> parts(1);
    for (char c : text) {
        if (separators.find(c) != std::string::npos) parts.emplace_back();
        else parts.back() += c;
    }
    return parts;
}

// std::from_chars: the same in every locale (strtod would read "0,5" as 0 in a German one).
bool parseNumber(std::string token, double& out) {
    if (!token.empty() && token.front() == '+') token.erase(0, 1);
    if (token.empty()) return false;
    const char* end = token.data() + token.size();
    const auto [ptr, ec] = std::from_chars(token.data(), end, out);
    return ec == std::errc() && ptr == end;
}

} // namespace

namespace {

// The noise type's choices are the names of its one table (core/nn/corruption.h).
std::vector<std::string> noiseNames() {
    std::vector<std::string> names;
    for (const auto& n : kNoiseNames) names.emplace_back(n.name);
    return names;
}

} // namespace

const std::vector<SweepParameterInfo>& sweepParameters() {
    static const std::vector<SweepParameterInfo> table = {
        {SweepParameter::L1, "l1", "l1", false, "1e-8, 1e-6, 1e-4", "L1", {}},  // seed 001's sparse experiment
        {SweepParameter::NoiseFactor, "noiseFactor", "noise factor", false, "0.1, 0.3, 0.5", "noise", {}},
        {SweepParameter::DistanceWeight, "distanceWeight", "distance weight", false, "0.1, 1, 10", "distance weight", {}},
        {SweepParameter::LearningRate, "learningRate", "learning rate", false, "1e-4, 1e-3, 1e-2", "learning rate", {}},
        {SweepParameter::Latent, "latent", "latent", true, "2, 8, 32", "code size", {}},
        {SweepParameter::KlSparsityWeight, "klSparsityWeight", "KL sparsity weight", false, "0.1, 1, 3", "KL weight", {}},
        {SweepParameter::KlSparsityTarget, "klSparsityTarget", "KL sparsity target", false, "0.02, 0.05, 0.1", "KL target", {}},
        {SweepParameter::Beta, "beta", "beta", false, "0.5, 1, 4", "beta", {}},
        {SweepParameter::BatchSize, "batchSize", "batch size", true, "32, 128, 256", "batch", {}},
        {SweepParameter::Epochs, "epochs", "epochs", true, "1, 5, 20", "epochs", {}},
        {SweepParameter::NoiseType, "noiseType", "noise type", true, "gaussian, masking, saltpepper", "noise", noiseNames()},
    };
    return table;
}

const SweepParameterInfo& sweepParameterInfo(SweepParameter parameter) {
    for (const auto& info : sweepParameters())
        if (info.parameter == parameter) return info;
    throw Error("unknown sweep parameter");  // unreachable: the table lists every enumerator
}

SweepParameter sweepParameterFromKey(const std::string& key) {
    std::string keys;
    for (const auto& info : sweepParameters()) {
        if (info.key == key) return info.parameter;
        keys += (keys.empty() ? "" : ", ") + info.key;
    }
    throw Error::worded("unknown sweep parameter '%1': choose one of %2", key, keys);
}

std::vector<double> parseSweepValues(const std::string& text, SweepParameter parameter) {
    const SweepParameterInfo& info = sweepParameterInfo(parameter);
    std::vector<std::string> pieces = splitOn(text, ",;");
    if (pieces.size() > 1 && trim(pieces.back()).empty()) pieces.pop_back();  // a trailing comma is harmless

    std::vector<double> values;
    int position = 0;
    for (const std::string& piece : pieces) {
        const std::string trimmed = trim(piece);
        if (trimmed.empty()) {
            if (pieces.size() == 1) break;  // nothing at all: reported below
            throw Error::worded("%1 values: value %2 is empty (two separators in a row)", info.name, position + 1);
        }
        for (const std::string& raw : splitOn(trimmed, " \t\n\r")) {
            const std::string token = trim(raw);
            if (token.empty()) continue;
            ++position;
            double v = 0;
            if (!info.choices.empty()) {
                const auto choice = std::find(info.choices.begin(), info.choices.end(), token);
                if (choice == info.choices.end()) {
                    std::string names;
                    for (const auto& c : info.choices) names += (names.empty() ? "" : ", ") + c;
                    throw Error::worded("%1 values: '%2' (value %3) is not one of %4", info.name, token, position, names);
                }
                v = static_cast<double>(choice - info.choices.begin());
            } else if (!parseNumber(token, v)) {
                throw Error::worded("%1 values: '%2' (value %3) is not a number", info.name, token, position);
            }
            if (!std::isfinite(v)) throw Error::worded("%1 values: '%2' (value %3) is not a finite number", info.name, token, position);
            if (info.whole && v != std::floor(v)) throw Error::worded("%1 values: '%2' (value %3) is not a whole number", info.name, token, position);
            if (std::fabs(v) > (info.whole ? 1e9 : double(std::numeric_limits<float>::max())))
                throw Error::worded("%1 values: '%2' (value %3) is out of range", info.name, token, position);
            if (std::find(values.begin(), values.end(), v) != values.end())
                throw Error::worded("%1 values: '%2' (value %3) repeats an earlier value", info.name, token, position);
            values.push_back(v);
        }
    }
    if (values.empty()) throw Error::worded("%1 values: none given (write them separated by commas, e.g. %2)", info.name, info.suggestion);
    if (static_cast<int>(values.size()) > kMaxSweepValues)
        throw Error::worded("%1 values: %2 given, at most %3", info.name, values.size(), kMaxSweepValues);
    return values;
}

ModelConfig applySweepValue(ModelConfig c, SweepParameter parameter, double value) {
    // A double beyond float's range has no float value (the cast would be undefined): it becomes
    // infinity, which validateConfig refuses by name. Whole values beyond int's range likewise.
    const float f = std::fabs(value) <= std::numeric_limits<float>::max()
                        ? static_cast<float>(value)
                        : (value < 0 ? -1.0f : 1.0f) * std::numeric_limits<float>::infinity();
    const int whole = std::fabs(value) < 2e9 ? static_cast<int>(std::lround(value)) : (value < 0 ? -1 : std::numeric_limits<int>::max());
    switch (parameter) {
    case SweepParameter::L1: c.l1 = f; break;
    case SweepParameter::NoiseFactor: c.noiseFactor = f; break;
    case SweepParameter::DistanceWeight: c.distanceWeight = f; break;
    case SweepParameter::LearningRate: c.learningRate = f; break;
    case SweepParameter::Latent: c.latent = whole; break;
    case SweepParameter::KlSparsityWeight: c.klSparsityWeight = f; break;
    case SweepParameter::KlSparsityTarget: c.klSparsityTarget = f; break;
    case SweepParameter::Beta: c.beta = f; break;
    case SweepParameter::BatchSize: c.batchSize = whole; break;
    case SweepParameter::Epochs: c.epochs = whole; break;
    case SweepParameter::NoiseType:
        // An index outside the table leaves the noise as it was; sweepConfigs refuses it by name.
        if (whole >= 0 && whole < static_cast<int>(std::size(kNoiseNames))) c.noise = kNoiseNames[whole].value;
        break;
    }
    return c;
}

std::string formatSweepValue(double value) {
    // Seven significant digits is what a float holds; %g then drops trailing zeros. Below 1e-3
    // the exponent form reads better (a sweep of 1e-8, 1e-6, 1e-4, not 1e-8, 1e-6, 0.0001).
    char buf[40];
    const bool tiny = value != 0 && std::fabs(value) < 1e-3;
    std::snprintf(buf, sizeof buf, tiny ? "%.6e" : "%.7g", value);
    std::string s = buf;
    const auto e = s.find('e');
    if (e == std::string::npos) return s;
    // 1.000000e-04 -> 1e-4, 1e+10 -> 1e10: the mantissa and exponent as people write them.
    std::string mantissa = s.substr(0, e), exponent = s.substr(e + 1);
    if (mantissa.find('.') != std::string::npos) {
        mantissa.erase(mantissa.find_last_not_of('0') + 1);
        if (mantissa.back() == '.') mantissa.pop_back();
    }
    std::string sign;
    if (!exponent.empty() && (exponent[0] == '-' || exponent[0] == '+')) {
        if (exponent[0] == '-') sign = "-";
        exponent.erase(0, 1);
    }
    exponent.erase(0, std::min(exponent.find_first_not_of('0'), exponent.size() - 1));
    return mantissa + "e" + sign + exponent;
}

std::string sweepValueText(SweepParameter parameter, double value) {
    const SweepParameterInfo& info = sweepParameterInfo(parameter);
    if (!info.choices.empty() && value >= 0 && value < static_cast<double>(info.choices.size()) && value == std::floor(value))
        return info.choices[static_cast<std::size_t>(value)];
    return formatSweepValue(value);
}

std::string sweepRunLabel(SweepParameter parameter, double value) {
    return sweepParameterInfo(parameter).key + "=" + sweepValueText(parameter, value);
}

std::string sweepReadableLabel(SweepParameter parameter, double value) {
    return sweepParameterInfo(parameter).label + " " + sweepValueText(parameter, value);
}

std::vector<ModelConfig> sweepConfigs(const SweepPlan& plan, const Shape& inputShape) {
    const SweepParameterInfo& info = sweepParameterInfo(plan.parameter);
    if (plan.values.empty()) throw Error::worded("the sweep of %1 has no values", info.name);
    if (static_cast<int>(plan.values.size()) > kMaxSweepValues)
        throw Error::worded("the sweep of %1 has %2 values, at most %3", info.name, plan.values.size(), kMaxSweepValues);
    const ModelConfig& base = plan.base;
    if (plan.parameter == SweepParameter::NoiseFactor && base.noise == NoiseKind::None)
        throw Error::worded("a noise factor sweep needs a model trained on noise: the configuration has noise 'none' (choose a noise type, or start from the denoising variant)");
    if (plan.parameter == SweepParameter::Beta && !base.variational)
        throw Error::worded("a beta sweep needs a variational model: the configuration is not variational (start from the vae variant)");
    if (plan.parameter == SweepParameter::NoiseType && base.noiseFactor <= 0)
        throw Error::worded("a noise type sweep needs a noise factor above 0: with factor %1 every type leaves the images clean (start from the denoising variant, or set a noise factor)", formatSweepValue(base.noiseFactor));
    if (plan.parameter == SweepParameter::KlSparsityTarget && base.klSparsityWeight <= 0)
        throw Error::worded("a KL sparsity target sweep needs KL sparsity on: the configuration's KL sparsity weight is 0 (set a weight and a sigmoid code)");
    if (plan.parameter == SweepParameter::Latent && base.architecture != Architecture::Dense)
        throw Error::worded("a latent (code size) sweep needs a dense network: in architecture '%1' the code size follows from the filters", nameOf(base.architecture));

    std::vector<ModelConfig> configs;
    const std::size_t n = plan.values.size();
    for (std::size_t k = 0; k < n; ++k) {
        const double v = plan.values[k];
        if (std::find(plan.values.begin(), plan.values.begin() + static_cast<std::ptrdiff_t>(k), v) !=
            plan.values.begin() + static_cast<std::ptrdiff_t>(k))
            throw Error::worded("the sweep of %1 has the value %2 twice", info.name, sweepValueText(plan.parameter, v));
        if (info.whole && (v != std::floor(v) || std::fabs(v) > 1e9))
            throw Error::worded("sweep value %1 of %2 is not a whole number in range", formatSweepValue(v), info.name);
        if (!info.choices.empty() && (v < 0 || v >= static_cast<double>(info.choices.size())))
            throw Error::worded("sweep value %1 of %2 is not one of its %3 choices", formatSweepValue(v), info.name, info.choices.size());
        ModelConfig c = applySweepValue(base, plan.parameter, v);
        try {
            validateConfig(c, inputShape);
        } catch (const Error& e) {
            throw Error::worded("sweep value %1 (%2 of %3) of %4 is refused: %5", sweepValueText(plan.parameter, v), k + 1, n, info.name, e.what());
        }
        configs.push_back(std::move(c));
    }
    return configs;
}

} // namespace ae
