#include "core/nn/optimizer.h"

#include "core/common.h"

#include <algorithm>
#include <cmath>

namespace ae {

namespace {

using Arr = Eigen::Map<Eigen::ArrayXf>;
using ConstArr = Eigen::Map<const Eigen::ArrayXf>;

// Shared bookkeeping: state vectors sized on the first step, and the size checked after.
class StatefulOptimizer : public Optimizer {
protected:
    explicit StatefulOptimizer(OptimizerKind kind) : kind_(kind), slots_(static_cast<std::size_t>(stateVectors(kind))) {}

    // Elements [begin, end) of the i-th state vector, zero-initialised on the first step.
    Arr slot(std::size_t i, std::size_t begin, std::size_t end)
    {
        return Arr(state_[i].data() + begin, static_cast<Eigen::Index>(end - begin));
    }

    void beginStep(std::size_t n) override
    {
        if (state_.empty()) {
            n_ = n;
            state_.assign(slots_, AlignedVector<float>(n, 0.0f));
        } else if (n != n_) {
            throw Error(name() + " optimiser was set up for " + std::to_string(n_) + " parameters but got " +
                        std::to_string(n) + " (one optimiser per model)");
        }
        ++t_;
    }

public:
    std::string name() const override { return nameOf(kind_); }
    void reset() override
    {
        state_.clear();
        n_ = 0;
        t_ = 0;
    }

protected:
    OptimizerKind kind_;
    std::size_t slots_;
    std::size_t n_ = 0;
    long long t_ = 0; // steps taken, counting the current one
    std::vector<AlignedVector<float>> state_;
};

// Stochastic gradient descent with (Nesterov) momentum, as Keras writes it:
// v = m v - lr g; p += v, or p += m v - lr g with Nesterov (Sutskever et al. 2013).
class Sgd final : public StatefulOptimizer {
public:
    explicit Sgd(const OptimizerConfig& c) : StatefulOptimizer(OptimizerKind::Sgd), c_(c) {}
    void update(float* params, const float* grads, std::size_t begin, std::size_t end) override
    {
        const auto len = static_cast<Eigen::Index>(end - begin);
        Arr p(params + begin, len);
        ConstArr g(grads + begin, len);
        if (c_.momentum == 0.0f) {
            p -= c_.learningRate * g;
            return;
        }
        Arr v = slot(0, begin, end);
        v = c_.momentum * v - c_.learningRate * g;
        if (c_.nesterov)
            p += c_.momentum * v - c_.learningRate * g;
        else
            p += v;
    }

private:
    OptimizerConfig c_;
};

// Adam (Kingma & Ba 2015, Algorithm 1) with bias-corrected moments; AdamW adds
// decoupled weight decay p -= lr * wd * p (Loshchilov & Hutter 2019).
class Adam final : public StatefulOptimizer {
public:
    Adam(const OptimizerConfig& c, bool decoupled)
        : StatefulOptimizer(decoupled ? OptimizerKind::AdamW : OptimizerKind::Adam), c_(c), decoupled_(decoupled) {}
    void update(float* params, const float* grads, std::size_t begin, std::size_t end) override
    {
        const auto len = static_cast<Eigen::Index>(end - begin);
        Arr p(params + begin, len);
        ConstArr g(grads + begin, len);
        Arr m = slot(0, begin, end);
        Arr v = slot(1, begin, end);
        const double t = static_cast<double>(t_);
        const auto c1 = static_cast<float>(1.0 / (1.0 - std::pow(static_cast<double>(c_.beta1), t)));
        const auto c2 = static_cast<float>(1.0 / (1.0 - std::pow(static_cast<double>(c_.beta2), t)));
        const float decay = decoupled_ ? 1.0f - c_.learningRate * c_.weightDecay : 1.0f;
        // Three Eigen statements make three passes; over chunks that fit in L1 the second and
        // third read what the first just wrote, instead of the whole model from memory again.
        constexpr Eigen::Index kChunk = 2048;
        for (Eigen::Index at = 0; at < len; at += kChunk) {
            const Eigen::Index count = std::min(kChunk, len - at);
            auto pc = p.segment(at, count);
            const auto gc = g.segment(at, count);
            auto mc = m.segment(at, count);
            auto vc = v.segment(at, count);
            if (decay != 1.0f) pc *= decay;
            mc = c_.beta1 * mc + (1.0f - c_.beta1) * gc;
            vc = c_.beta2 * vc + (1.0f - c_.beta2) * gc.square();
            pc -= c_.learningRate * (mc * c1) / ((vc * c2).sqrt() + c_.epsilon);
        }
    }

private:
    OptimizerConfig c_;
    bool decoupled_;
};

// RMSprop (Tieleman & Hinton 2012, lecture 6.5) as Keras: eps added outside the sqrt.
class RmsProp final : public StatefulOptimizer {
public:
    explicit RmsProp(const OptimizerConfig& c) : StatefulOptimizer(OptimizerKind::RmsProp), c_(c) {}
    void update(float* params, const float* grads, std::size_t begin, std::size_t end) override
    {
        const auto len = static_cast<Eigen::Index>(end - begin);
        Arr p(params + begin, len);
        ConstArr g(grads + begin, len);
        Arr a = slot(0, begin, end);
        a = c_.rho * a + (1.0f - c_.rho) * g.square();
        p -= c_.learningRate * g / (a.sqrt() + c_.epsilon);
    }

private:
    OptimizerConfig c_;
};

// Adadelta (Zeiler 2012, Algorithm 1), scaled by the learning rate as Keras does (1.0 = paper).
class Adadelta final : public StatefulOptimizer {
public:
    explicit Adadelta(const OptimizerConfig& c) : StatefulOptimizer(OptimizerKind::Adadelta), c_(c) {}
    void update(float* params, const float* grads, std::size_t begin, std::size_t end) override
    {
        const auto len = static_cast<Eigen::Index>(end - begin);
        Arr p(params + begin, len);
        ConstArr g(grads + begin, len);
        Arr eg2 = slot(0, begin, end);  // E[g^2]
        Arr edx2 = slot(1, begin, end); // E[dx^2], still the previous step's when dx is formed
        Arr dx = slot(2, begin, end);   // scratch: this step's update before the learning rate
        eg2 = c_.rho * eg2 + (1.0f - c_.rho) * g.square();
        dx = g * (edx2 + c_.epsilon).sqrt() / (eg2 + c_.epsilon).sqrt();
        p -= c_.learningRate * dx;
        edx2 = c_.rho * edx2 + (1.0f - c_.rho) * dx.square();
    }

private:
    OptimizerConfig c_;
};

void requireRange(const char* field, float value, float lo, float hi, bool hiInclusive, const std::string& kind)
{
    const bool ok = std::isfinite(value) && value >= lo && (hiInclusive ? value <= hi : value < hi);
    if (!ok)
        throw Error("optimizer '" + kind + "': " + field + " = " + std::to_string(value) + " is outside [" +
                    std::to_string(lo) + ", " + std::to_string(hi) + (hiInclusive ? "]" : ")"));
}

} // namespace

std::unique_ptr<Optimizer> makeOptimizer(const OptimizerConfig& c)
{
    const std::string k = nameOf(c.kind);
    if (!(std::isfinite(c.learningRate) && c.learningRate > 0.0f))
        throw Error("optimizer '" + k + "': learning rate must be positive, got " + std::to_string(c.learningRate));
    if (!(std::isfinite(c.epsilon) && c.epsilon > 0.0f))
        throw Error("optimizer '" + k + "': epsilon must be positive, got " + std::to_string(c.epsilon));
    switch (c.kind) {
    case OptimizerKind::Sgd:
        requireRange("momentum", c.momentum, 0.0f, 1.0f, false, k);
        return std::make_unique<Sgd>(c);
    case OptimizerKind::Adam:
    case OptimizerKind::AdamW:
        requireRange("beta1", c.beta1, 0.0f, 1.0f, false, k);
        requireRange("beta2", c.beta2, 0.0f, 1.0f, false, k);
        requireRange("weight decay", c.weightDecay, 0.0f, 1.0f, true, k);
        return std::make_unique<Adam>(c, c.kind == OptimizerKind::AdamW);
    case OptimizerKind::RmsProp:
        requireRange("rho", c.rho, 0.0f, 1.0f, false, k);
        return std::make_unique<RmsProp>(c);
    case OptimizerKind::Adadelta:
        requireRange("rho", c.rho, 0.0f, 1.0f, false, k);
        return std::make_unique<Adadelta>(c);
    }
    throw Error("optimizer '" + k + "' has no implementation");  // unreachable: every kind is handled above
}

float defaultLearningRate(OptimizerKind kind)
{
    switch (kind) {
    case OptimizerKind::Adadelta: return 1.0f;
    case OptimizerKind::Sgd: return 0.01f;
    case OptimizerKind::Adam:
    case OptimizerKind::AdamW:
    case OptimizerKind::RmsProp: return 1e-3f;
    }
    return 1e-3f;
}

int stateVectors(OptimizerKind kind)
{
    switch (kind) {
    case OptimizerKind::Sgd: return 1;      // velocity
    case OptimizerKind::Adam:
    case OptimizerKind::AdamW: return 2;    // first and second moments
    case OptimizerKind::RmsProp: return 1;  // mean square
    case OptimizerKind::Adadelta: return 3; // E[g^2], E[dx^2] and the step being formed
    }
    return 3;
}

} // namespace ae
