#include "core/train/memory_estimate.h"

#include <cstdio>
#include <limits>
#include <sstream>

namespace ae {

namespace {

constexpr std::size_t kMax = std::numeric_limits<std::size_t>::max();

std::size_t mul(std::size_t a, std::size_t b) { return a != 0 && b > kMax / a ? kMax : a * b; }
std::size_t add(std::size_t a, std::size_t b) { return b > kMax - a ? kMax : a + b; }

std::size_t sz(long long v) { return v > 0 ? static_cast<std::size_t>(v) : 0; }
std::size_t volume(const Shape& s) { return mul(mul(sz(s.c), sz(s.h)), sz(s.w)); }

// Walks the layers the way Autoencoder::build() creates them: per layer its parameters, the
// floats one sample's activations take, and (convolutions) one sample's im2col buffer.
struct Walk {
    std::size_t params = 0;
    std::size_t activations = 0;  // per sample
    std::size_t im2col = 0;       // per sample, the largest
};

void dense(Walk& w, std::size_t in, std::size_t out) {
    w.params = add(w.params, add(mul(in, out), out));
    w.activations = add(w.activations, mul(out, 2));  // pre-activation and output
}

Shape conv(Walk& w, const Shape& in, int filters, int k, bool same) {
    const int pad = same ? (k - 1) / 2 : 0;
    const Shape out{filters, in.h + 2 * pad - k + 1, in.w + 2 * pad - k + 1};
    const std::size_t patch = mul(sz(in.c), mul(sz(k), sz(k)));
    w.params = add(w.params, add(mul(patch, sz(filters)), sz(filters)));
    w.activations = add(w.activations, mul(volume(out), 2));
    w.im2col = std::max(w.im2col, mul(patch, mul(sz(out.h), sz(out.w))));
    return out;
}

Walk walk(const ModelConfig& c, const Shape& input) {
    Walk w;
    const std::size_t d = volume(input);
    if (c.architecture != "conv") {
        std::size_t width = d;
        for (int h : c.hidden) {
            dense(w, width, sz(h));
            width = sz(h);
        }
        dense(w, width, c.variational ? mul(2, sz(c.latent)) : sz(c.latent));
        width = sz(c.latent);
        for (auto it = c.hidden.rbegin(); it != c.hidden.rend(); ++it) {
            dense(w, width, sz(*it));
            width = sz(*it);
        }
        dense(w, width, d);
        return w;
    }
    const int k = c.kernel;
    Shape s = input;
    for (int f : c.convFilters) {
        s = conv(w, s, f, k, true);
        s = Shape{s.c, (s.h + 1) / 2, (s.w + 1) / 2};
        w.activations = add(w.activations, volume(s));
    }
    const int stages = static_cast<int>(c.convFilters.size());
    for (int i = 0; i < stages; ++i) {
        const int scale = 1 << (stages - i);
        const bool trim = (s.h - (k - 1)) * scale >= input.h && s.h * scale > input.h && k > 1;
        s = conv(w, s, c.convFilters[static_cast<std::size_t>(stages - 1 - i)], k, !trim);
        s = Shape{s.c, 2 * s.h, 2 * s.w};
        w.activations = add(w.activations, volume(s));
    }
    conv(w, s, input.c, k, true);
    return w;
}

} // namespace

std::size_t parameterCountFor(const ModelConfig& config, const Shape& input) { return walk(config, input).params; }

std::size_t estimateTrainingBytes(const ModelConfig& config, const Shape& input, long long trainRows) {
    const Walk w = walk(config, input);
    const std::size_t batch = sz(config.batchSize);
    const std::size_t floats = add(add(mul(w.params, 4),                                   // weights, grads, 2 moments
                                       mul(add(mul(w.activations, 3), w.im2col), batch)),  // one batch
                                   add(mul(volume(input), sz(trainRows)),                  // the training rows
                                       mul(volume(input), mul(batch, 2))));                // input + corrupted batch
    return mul(floats, sizeof(float));
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
    throw Error("this " + config.variant + " network (" + std::to_string(parameterCountFor(config, input)) +
                " parameters, batch " + std::to_string(config.batchSize) + ", " + std::to_string(trainRows) +
                " training samples) needs about " + formatGiB(need) + " of memory to train, " + formatGiB(availableBytes) +
                " available; use narrower layers, a smaller batch or fewer samples (--train-limit)");
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
