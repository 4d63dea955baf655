#pragma once
// The network a ModelConfig describes, worked out as data before anything is allocated: each
// layer's kind, shapes, activation, parameter count and part of the autoencoder. Autoencoder
// builds its layers from this plan; the memory estimate, `aelab-cli summary`, the architecture
// view and the Model panel's parameter count read it without building a network.
#include "core/named_enum.h"
#include "core/nn/conv2d.h"
#include "core/nn/layer.h"
#include "core/train/model_config.h"

#include <cstddef>
#include <span>
#include <string>
#include <vector>

namespace ae {

enum class LayerKind { Dense, Conv2D, MaxPooling2D, UpSampling2D };
// Keras' class names, as the summary table prints them (Layer::kind() of the built layers).
inline constexpr EnumName<LayerKind> kLayerKindNames[] = {{LayerKind::Dense, "Dense"},
                                                          {LayerKind::Conv2D, "Conv2D"},
                                                          {LayerKind::MaxPooling2D, "MaxPooling2D"},
                                                          {LayerKind::UpSampling2D, "UpSampling2D"}};
constexpr std::span<const EnumName<LayerKind>> enumNames(LayerKind) { return kLayerKindNames; }

// Code: the encoder's last layer, whose output is the code (the VAE: mu|logvar). Output: the
// decoder's last layer, whose logits the output activation turns into the reconstruction.
enum class NetworkPart { Encoder, Code, Decoder, Output };

struct LayerSpec {
    LayerKind kind = LayerKind::Dense;
    std::string name;                           // Keras style: "dense_1", "conv2d_3", ...
    Shape input;
    Shape output;
    Activation activation = Activation::Linear; // what the layer itself applies (Dense, Conv2D)
    int kernel = 0;                             // Conv2D: kernel side
    Padding padding = Padding::Same;            // Conv2D
    std::size_t params = 0;
    NetworkPart part = NetworkPart::Encoder;
    // The summary's activation column: the layer's own, "mu|logvar" for the VAE's code layer,
    // the output activation for the logits layer, "" for layers without parameters.
    std::string activationLabel;
};

// Layers [first, first + count) of one part that run as one step. A convolution with the
// up-sampling before it and/or the pooling after it runs fused (Conv2D::forwardFused); any other
// layer is a step of its own.
struct LayerStep {
    std::size_t first = 0;
    std::size_t count = 1;
    bool fusedConv = false;
    std::size_t conv = 0;  // index (within the part) of the fused step's convolution
    bool upsampleInput = false;
    bool poolOutput = false;
};

struct LayerPlan {
    Shape input;
    Shape code;                     // what encode() returns per sample
    std::vector<LayerSpec> layers;  // the encoder (ending at the code), then the decoder
    std::size_t encoderLayers = 0;
    std::size_t encoderParameters = 0;  // the decoder's parameters follow them in the flat buffer
    std::size_t parameters = 0;

    std::span<const LayerSpec> encoder() const { return std::span(layers).first(encoderLayers); }
    std::span<const LayerSpec> decoder() const { return std::span(layers).subspan(encoderLayers); }
};

// Throws Error for a configuration validateConfig refuses, or a conv stack whose decoder cannot
// end at the input's size.
LayerPlan planLayers(const ModelConfig& config, const Shape& input);

// How the layers of one part (encoder or decoder) are grouped into steps.
std::vector<LayerStep> planSteps(std::span<const LayerSpec> part);

} // namespace ae
