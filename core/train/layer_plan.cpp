#include "core/train/layer_plan.h"

#include <algorithm>
#include <utility>

namespace ae {

namespace {

// Keras' layer names are the snake-case class name and a counter per kind.
std::string baseName(LayerKind kind) {
    switch (kind) {
    case LayerKind::Dense: return "dense";
    case LayerKind::Conv2D: return "conv2d";
    case LayerKind::MaxPooling2D: return "max_pooling2d";
    case LayerKind::UpSampling2D: return "up_sampling2d";
    }
    return "layer";
}

class PlanBuilder {
public:
    explicit PlanBuilder(LayerPlan& plan) : plan_(plan) {}

    void dense(int in, int out, Activation act) {
        LayerSpec s = spec(LayerKind::Dense, Shape{in, 1, 1}, Shape{out, 1, 1});
        s.activation = act;
        s.params = (static_cast<std::size_t>(in) + 1) * static_cast<std::size_t>(out);  // kernel and bias
        add(std::move(s));
    }

    // Mirrors Conv2D's constructor: 'same' pads (k-1)/2 zeros each side, 'valid' none.
    Shape conv(Shape in, int filters, int k, Padding padding, Activation act) {
        if (padding == Padding::Valid && (k > in.h || k > in.w))
            throw Error::worded("invalid kernel = %1: a 'valid' convolution of the decoder gets a %2x%3 map, smaller than the kernel", k, in.h, in.w);
        const int pad = padding == Padding::Same ? (k - 1) / 2 : 0;
        LayerSpec s = spec(LayerKind::Conv2D, in, Shape{filters, in.h + 2 * pad - k + 1, in.w + 2 * pad - k + 1});
        s.activation = act;
        s.kernel = k;
        s.padding = padding;
        s.params = (static_cast<std::size_t>(in.c) * static_cast<std::size_t>(k) * static_cast<std::size_t>(k) + 1) *
                   static_cast<std::size_t>(filters);
        return add(std::move(s));
    }

    // 2x2, stride 2, 'same': odd sides round up (7 -> 4).
    Shape pool(Shape in) { return add(spec(LayerKind::MaxPooling2D, in, Shape{in.c, (in.h + 1) / 2, (in.w + 1) / 2})); }
    Shape upsample(Shape in) { return add(spec(LayerKind::UpSampling2D, in, Shape{in.c, 2 * in.h, 2 * in.w})); }

private:
    LayerSpec spec(LayerKind kind, Shape in, Shape out) {
        LayerSpec s;
        s.kind = kind;
        s.input = in;
        s.output = out;
        return s;
    }

    Shape add(LayerSpec s) {
        const std::string base = baseName(s.kind);
        auto it = std::find_if(counters_.begin(), counters_.end(), [&](const auto& c) { return c.first == base; });
        if (it == counters_.end()) it = counters_.insert(counters_.end(), {base, 0});
        s.name = base + "_" + std::to_string(++it->second);
        if (s.kind == LayerKind::Dense || s.kind == LayerKind::Conv2D) s.activationLabel = nameOf(s.activation);
        plan_.parameters += s.params;
        plan_.layers.push_back(std::move(s));
        return plan_.layers.back().output;
    }

    LayerPlan& plan_;
    std::vector<std::pair<std::string, int>> counters_;
};

void planDense(const ModelConfig& c, const Shape& input, PlanBuilder& b, LayerPlan& plan) {
    int width = input.size();
    for (int h : c.hidden) {
        b.dense(width, h, c.activation);
        width = h;
    }
    // The VAE's code layer is a linear head that predicts the mean and log-variance side by side.
    if (c.variational)
        b.dense(width, 2 * c.latent, Activation::Linear);
    else
        b.dense(width, c.latent, c.codeActivation);
    plan.encoderLayers = plan.layers.size();
    plan.code = Shape{1, 1, c.latent};
    if (!c.variational) plan.code = plan.layers.back().output;
    width = c.latent;
    for (auto it = c.hidden.rbegin(); it != c.hidden.rend(); ++it) {
        b.dense(width, *it, c.activation);
        width = *it;
    }
    b.dense(width, input.size(), Activation::Linear);
}

void planConv(const ModelConfig& c, const Shape& input, PlanBuilder& b, LayerPlan& plan) {
    const int k = c.kernel;
    Shape s = input;
    for (int filters : c.convFilters) {
        s = b.conv(s, filters, k, Padding::Same, c.activation);
        s = b.pool(s);
    }
    plan.encoderLayers = plan.layers.size();
    plan.code = s;
    // The decoder mirrors the encoder with x2 up-sampling. Pooling with 'same' padding rounds
    // odd sizes up (7 -> 4), so doubling overshoots (4 -> 8 -> 16 -> 32); as in seed 001, a
    // 'valid' convolution trims the map where that lands exactly on the input size (16 -> 14 -> 28).
    const int stages = static_cast<int>(c.convFilters.size());
    for (int i = 0; i < stages; ++i) {
        const int filters = c.convFilters[static_cast<std::size_t>(stages - 1 - i)];
        const int scale = 1 << (stages - i);
        const bool trim = (s.h - (k - 1)) * scale >= input.h && s.h * scale > input.h && k > 1;
        s = b.conv(s, filters, k, trim ? Padding::Valid : Padding::Same, c.activation);
        s = b.upsample(s);
    }
    s = b.conv(s, input.c, k, Padding::Same, Activation::Linear);
    if (s.h != input.h || s.w != input.w)
        throw Error::worded("invalid conv filters for %1 images: the decoder ends at %2 (the pooling stages cannot be undone exactly for this image size)", input.str(), s.str());
}

} // namespace

LayerPlan planLayers(const ModelConfig& config, const Shape& input) {
    validateConfig(config, input);
    LayerPlan plan;
    plan.input = input;
    PlanBuilder builder(plan);
    if (config.architecture == Architecture::Dense)
        planDense(config, input, builder, plan);
    else
        planConv(config, input, builder, plan);

    for (std::size_t i = 0; i < plan.encoderLayers; ++i) plan.encoderParameters += plan.layers[i].params;
    plan.layers[plan.encoderLayers - 1].part = NetworkPart::Code;
    if (config.variational) plan.layers[plan.encoderLayers - 1].activationLabel = "mu|logvar";
    for (std::size_t i = plan.encoderLayers; i < plan.layers.size(); ++i) plan.layers[i].part = NetworkPart::Decoder;
    plan.layers.back().part = NetworkPart::Output;
    plan.layers.back().activationLabel = nameOf(config.outputActivation);
    return plan;
}

std::vector<LayerStep> planSteps(std::span<const LayerSpec> layers) {
    std::vector<LayerStep> steps;
    auto is = [&](std::size_t i, LayerKind kind) { return i < layers.size() && layers[i].kind == kind; };
    for (std::size_t i = 0; i < layers.size(); i += steps.back().count) {
        LayerStep step;
        step.first = i;
        if (is(i, LayerKind::UpSampling2D) && is(i + 1, LayerKind::Conv2D)) {
            step.fusedConv = true;
            step.conv = i + 1;
            step.upsampleInput = true;
            step.poolOutput = is(i + 2, LayerKind::MaxPooling2D);
            step.count = step.poolOutput ? 3 : 2;
        } else if (is(i, LayerKind::Conv2D) && is(i + 1, LayerKind::MaxPooling2D)) {
            step.fusedConv = true;
            step.conv = i;
            step.poolOutput = true;
            step.count = 2;
        }
        steps.push_back(step);
    }
    return steps;
}

} // namespace ae
