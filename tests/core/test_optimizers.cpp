// Optimisers: two steps on p = [1, -2] with gradients g1 = [0.5, -1], g2 = [0.1, 0.3], against
// values worked out from each paper's update rule (double precision, rounded to 1e-9).
#include "core/nn/optimizer.h"
#include "core/common.h"

#include <QtTest>

#include <array>
#include <cmath>
#include <string>

using namespace ae;

namespace {

using Pair = std::array<double, 2>;

// Runs two steps and returns the parameters after each.
std::array<Pair, 2> twoSteps(const OptimizerConfig& c)
{
    auto opt = makeOptimizer(c);
    float p[2] = {1.0f, -2.0f};
    const float g1[2] = {0.5f, -1.0f};
    const float g2[2] = {0.1f, 0.3f};
    std::array<Pair, 2> out{};
    opt->step(p, g1, 2);
    out[0] = {p[0], p[1]};
    opt->step(p, g2, 2);
    out[1] = {p[0], p[1]};
    return out;
}

bool near(const std::array<Pair, 2>& got, const std::array<Pair, 2>& want)
{
    for (int s = 0; s < 2; ++s)
        for (int i = 0; i < 2; ++i)
            if (std::abs(got[s][i] - want[s][i]) > 2e-6) {
                qWarning("step %d, p[%d]: got %.9f want %.9f", s + 1, i, got[s][i], want[s][i]);
                return false;
            }
    return true;
}

OptimizerKind kindNamed(const std::string& name)
{
    return valueNamed<OptimizerKind>(name, "optimizer");
}

OptimizerConfig config(const std::string& kind, float lr)
{
    OptimizerConfig c;
    c.kind = kindNamed(kind);
    c.learningRate = lr;
    return c;
}

} // namespace

class TestOptimizers : public QObject {
    Q_OBJECT
private slots:
    void sgd()
    {
        // p -= lr g, lr 0.1: [1 - 0.05, -2 + 0.1], then [0.95 - 0.01, -1.9 - 0.03]
        QVERIFY(near(twoSteps(config("sgd", 0.1f)), {{{0.95, -1.9}, {0.94, -1.93}}}));
    }

    void sgdMomentum()
    {
        // v = 0.9 v - 0.1 g; p += v: v1 = [-0.05, 0.1]; v2 = [-0.045 - 0.01, 0.09 - 0.03] = [-0.055, 0.06]
        OptimizerConfig c = config("sgd", 0.1f);
        c.momentum = 0.9f;
        QVERIFY(near(twoSteps(c), {{{0.95, -1.9}, {0.895, -1.84}}}));
        // Nesterov: p += 0.9 v - 0.1 g: step 1 [-0.045 - 0.05, 0.09 + 0.1]; step 2 [-0.0495 - 0.01, 0.054 - 0.03]
        c.nesterov = true;
        QVERIFY(near(twoSteps(c), {{{0.905, -1.81}, {0.8455, -1.786}}}));
    }

    void adam()
    {
        // m = 0.9 m + 0.1 g; v = 0.999 v + 0.001 g^2; p -= 0.01 (m/(1-0.9^t)) / (sqrt(v/(1-0.999^t)) + 1e-7).
        // Step 1 moves each parameter by ~lr against the gradient's sign, whatever its size.
        QVERIFY(near(twoSteps(config("adam", 0.01f)),
                     {{{0.990000002, -1.990000001}, {0.981969594, -1.985721516}}}));
    }

    void adamw()
    {
        // As Adam, after p *= 1 - lr wd (lr 0.01, wd 0.1) at each step.
        OptimizerConfig c = config("adamw", 0.01f);
        c.weightDecay = 0.1f;
        QVERIFY(near(twoSteps(c), {{{0.989000002, -1.988000001}, {0.979980594, -1.981733516}}}));
        // With no decay, AdamW is Adam.
        c.weightDecay = 0.0f;
        QVERIFY(near(twoSteps(c), twoSteps(config("adam", 0.01f))));
    }

    void rmsprop()
    {
        // a = 0.9 a + 0.1 g^2; p -= 0.01 g / (sqrt(a) + 1e-7): step 1 moves by 0.01/sqrt(0.1).
        QVERIFY(near(twoSteps(config("rmsprop", 0.01f)),
                     {{{0.968377243, -1.968377233}, {0.961853967, -1.977911856}}}));
    }

    void adadelta()
    {
        // Zeiler: a = rho a + (1-rho) g^2; u = g sqrt(d + eps) / sqrt(a + eps); p -= lr u;
        // d = rho d + (1-rho) u^2, with lr 1, rho 0.95, eps 1e-7.
        OptimizerConfig c = config("adadelta", 1.0f);
        c.rho = 0.95f;
        QVERIFY(near(twoSteps(c), {{{0.998585792, -1.998585788}, {0.998183779, -1.999174135}}}));
    }

    void rangesGiveTheBitsOfAWholeStep()
    {
        // The trainer's threads update ranges of one model; ranges starting on multiples of 16
        // of aligned buffers, in any order, must give the bits of one whole step.
        constexpr std::size_t n = 1000;  // the last range is a ragged 8
        AlignedVector<float> start(n), g1(n), g2(n);
        for (std::size_t i = 0; i < n; ++i) {
            start[i] = std::sin(0.37f * static_cast<float>(i));
            g1[i] = std::cos(1.3f * static_cast<float>(i)) * 0.1f;
            g2[i] = std::sin(2.1f * static_cast<float>(i) + 1.0f) * 0.2f;
        }
        for (const char* kind : {"sgd", "adam", "adamw", "rmsprop", "adadelta"}) {
            OptimizerConfig c = config(kind, defaultLearningRate(kindNamed(kind)));
            c.momentum = std::string(kind) == "sgd" ? 0.9f : 0.0f;
            c.weightDecay = 0.01f;
            auto whole = makeOptimizer(c);
            auto ranged = makeOptimizer(c);
            AlignedVector<float> a = start, b = start;
            for (const auto* g : {&g1, &g2, &g1}) {
                whole->step(a.data(), g->data(), n);
                ranged->beginStep(n);
                for (std::size_t begin = (n / 96) * 96; ; begin -= 96) {  // backwards, 96 at a time
                    ranged->update(b.data(), g->data(), begin, std::min(n, begin + 96));
                    if (begin == 0) break;
                }
            }
            QVERIFY2(a == b, kind);
            QVERIFY2(a != start, kind);
        }
    }

    void resetForgetsState()
    {
        auto opt = makeOptimizer(config("adam", 0.01f));
        float p[2] = {1.0f, -2.0f};
        const float g[2] = {0.5f, -1.0f};
        opt->step(p, g, 2);
        opt->step(p, g, 2);
        opt->reset();
        float q[2] = {1.0f, -2.0f};
        opt->step(q, g, 2);
        QVERIFY(std::abs(q[0] - 0.990000002) < 1e-6); // a first step again (bias correction t = 1)
        QVERIFY_THROWS_EXCEPTION(Error, opt->step(q, g, 1)); // n changed without reset
    }

    void namesDefaultsAndErrors()
    {
        for (const char* k : {"sgd", "adam", "adamw", "rmsprop", "adadelta"})
            QCOMPARE(makeOptimizer(config(k, defaultLearningRate(kindNamed(k))))->name(), std::string(k));
        QCOMPARE(defaultLearningRate(OptimizerKind::Adadelta), 1.0f);
        QCOMPARE(defaultLearningRate(OptimizerKind::Sgd), 0.01f);
        QCOMPARE(defaultLearningRate(OptimizerKind::Adam), 1e-3f);
        QCOMPARE(defaultLearningRate(OptimizerKind::RmsProp), 1e-3f);
        try {
            kindNamed("lbfgs");
            QFAIL("unknown optimiser must throw");
        } catch (const Error& e) {
            const QString msg = e.what();
            QVERIFY2(msg.contains("lbfgs") && msg.contains("adadelta") && msg.contains("rmsprop"), e.what());
        }
        QVERIFY_THROWS_EXCEPTION(Error, makeOptimizer(config("adam", -1.0f)));
        OptimizerConfig c = config("sgd", 0.1f);
        c.momentum = 1.5f;
        QVERIFY_THROWS_EXCEPTION(Error, makeOptimizer(c));
    }
};

QTEST_APPLESS_MAIN(TestOptimizers)
#include "test_optimizers.moc"
