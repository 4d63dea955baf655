#pragma once
// The layer contract every building block of a network follows.
#include "core/common.h"
#include "core/named_enum.h"

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace ae {

enum class Mode { Train, Infer };

enum class Activation { Linear, ReLU, LeakyReLU, Sigmoid, Tanh };
inline constexpr EnumName<Activation> kActivationNames[] = {{Activation::Linear, "linear"},
                                                            {Activation::ReLU, "relu"},
                                                            {Activation::LeakyReLU, "leaky_relu"},
                                                            {Activation::Sigmoid, "sigmoid"},
                                                            {Activation::Tanh, "tanh"}};
constexpr std::span<const EnumName<Activation>> enumNames(Activation) { return kActivationNames; }

// Applies f in place. Backward multiplies dy (in place) by f'(.), computed from the
// activation's *output* y (all five allow that), so layers need not keep pre-activations.
void applyActivation(Activation a, float* y, std::size_t n);
void activationBackward(Activation a, const float* y, float* dy, std::size_t n);
constexpr float kLeakyReluSlope = 0.01f;

// One named parameter tensor inside the model's flat buffer.
struct ParamInfo {
    std::string name;          // e.g. "kernel", "bias"
    std::vector<int> shape;    // e.g. {out, in}
    std::size_t size() const;
};

class Layer {
public:
    virtual ~Layer() = default;

    virtual std::string kind() const = 0;           // "Dense", "Conv2D", ... (summary table)
    virtual Shape inputShape() const = 0;
    virtual Shape outputShape() const = 0;

    // Parameters, in the order they occupy the flat buffer. Empty for parameter-free layers.
    virtual std::vector<ParamInfo> paramInfo() const { return {}; }
    std::size_t paramCount() const;

    // Points the layer at its slice of the model's flat parameter and gradient buffers
    // (paramCount() floats each). Called once, before initialize/forward.
    virtual void bind(float* params, float* grads) { (void)params; (void)grads; }
    // Writes initial parameter values (Glorot-uniform kernels, zero biases, as Keras).
    virtual void initialize(std::mt19937_64& rng) { (void)rng; }

    // Pre: x is N x inputShape().size(); in Train mode x stays alive and unchanged until the
    // matching backward (a layer may keep a pointer to it instead of a copy).
    // Post: returns N x outputShape().size(); in Train mode the layer keeps what backward needs.
    // The returned reference stays valid until the next call.
    virtual const Matrix& forward(const Matrix& x, Mode mode) = 0;
    // Pre: forward(x, Train) was the last call; dy is the gradient w.r.t. its output.
    // Post: *adds* parameter gradients into the bound gradient buffer and returns dL/dx
    // (an empty matrix when setInputGradientNeeded(false) was called).
    virtual const Matrix& backward(const Matrix& dy) = 0;

    // The network's first layer has nobody to pass dL/dx to; skipping it saves a GEMM the size
    // of the layer's weight gradient (a sixth of a dense autoencoder's work).
    void setInputGradientNeeded(bool needed) { inputGradientNeeded_ = needed; }
    bool inputGradientNeeded() const { return inputGradientNeeded_; }

    // Threads the layer's passes may use (core/parallel.h): the model's ModelConfig::threads.
    void setThreads(int threads) { threads_ = std::max(1, threads); }
    int threads() const { return threads_; }

private:
    bool inputGradientNeeded_ = true;
    int threads_ = 1;
};

} // namespace ae
