#pragma once
// Optimisers walk the model's flat parameter buffer; state is allocated on the first step.
#include "core/named_enum.h"

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace ae {

enum class OptimizerKind { Sgd, Adam, AdamW, RmsProp, Adadelta };
inline constexpr EnumName<OptimizerKind> kOptimizerNames[] = {{OptimizerKind::Sgd, "sgd"},
                                                              {OptimizerKind::Adam, "adam"},
                                                              {OptimizerKind::AdamW, "adamw"},
                                                              {OptimizerKind::RmsProp, "rmsprop"},
                                                              {OptimizerKind::Adadelta, "adadelta"}};
constexpr std::span<const EnumName<OptimizerKind>> enumNames(OptimizerKind) { return kOptimizerNames; }

struct OptimizerConfig {
    OptimizerKind kind = OptimizerKind::Adam;
    float learningRate = 1e-3f;
    float momentum = 0.0f;      // sgd
    bool nesterov = false;      // sgd
    float beta1 = 0.9f;         // adam, adamw
    float beta2 = 0.999f;       // adam, adamw
    float rho = 0.9f;           // rmsprop (0.9), adadelta (0.95)
    float epsilon = 1e-7f;      // Keras' default
    float weightDecay = 0.0f;   // adamw (decoupled)
};

class Optimizer {
public:
    virtual ~Optimizer() = default;
    virtual std::string name() const = 0;
    // One update of params[0..n) from grads[0..n). n must be the same on every call.
    void step(float* params, const float* grads, std::size_t n)
    {
        beginStep(n);
        update(params, grads, 0, n);
    }
    // The same step in parts, so threads can update disjoint ranges of one model: beginStep once
    // (state sized, step counted), then update() on ranges that together cover [0, n), in any
    // order, from any thread. Every update rule is elementwise; ranges that start on multiples of
    // 16 elements of aligned buffers give the same bits as one whole step.
    virtual void beginStep(std::size_t n) = 0;
    virtual void update(float* params, const float* grads, std::size_t begin, std::size_t end) = 0;
    // Forgets the accumulated state (moments, step count).
    virtual void reset() = 0;
};

// Throws Error naming the setting that is out of range.
std::unique_ptr<Optimizer> makeOptimizer(const OptimizerConfig& config);
// Keras' default learning rate for a kind (adadelta 1.0, sgd 0.01, others 1e-3).
float defaultLearningRate(OptimizerKind kind);
// The state an optimiser keeps: this many vectors as long as the parameters (Adam's two moments).
int stateVectors(OptimizerKind kind);

} // namespace ae
