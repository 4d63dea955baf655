// The assembled network: preset parameter counts (the seeds' figures), shapes, and a
// finite-difference check of the whole model's gradient including every loss term.
#include "core/train/autoencoder.h"
#include "core/nn/code_terms.h"
#include "gradient_check.h"

#include <QtTest>

#include <cmath>
#include <cstdint>

using namespace ae;

namespace {

const Shape kMnist{1, 28, 28};

// Whole-model check: perturb each parameter of the flat buffer, recompute the batch loss with the
// same random stream (the VAE's noise), and compare with the analytic gradient.
test::GradientReport checkModel(Autoencoder& model, const Matrix& input, const Matrix& target, test::CheckOptions opt) {
    std::mt19937_64 rng(7);
    model.zeroGradients();
    std::mt19937_64 first = rng;
    model.trainBatch(input, target, first);
    const std::vector<float> analytic(model.gradients().begin(), model.gradients().end());
    auto eval = [&] {
        std::mt19937_64 again = rng;
        model.zeroGradients();
        return model.trainBatch(input, target, again).total;
    };
    return test::compareGradient(eval, model.parameters().data(), analytic.data(), analytic.size(), opt);
}

} // namespace

// 16 inputs, 6 hidden, a sigmoid code of 3 with the L1, KL sparsity and distance terms all on.
ModelConfig smallModelWithEveryCodeTerm() {
    ModelConfig c;
    c.hidden = {6};
    c.latent = 3;
    c.activation = Activation::Tanh;
    c.codeActivation = Activation::Sigmoid;
    c.l1 = 0.05f;
    c.klSparsityWeight = 0.3f;
    c.klSparsityTarget = 0.2f;
    c.distanceWeight = 0.5f;
    return c;
}

class TestAutoencoder : public QObject {
    Q_OBJECT
private slots:
    void presetParameterCounts_data() {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<qulonglong>("params");
        QTest::addColumn<int>("code");
        // Seed 001's Keras summaries: 4,385 (conv) and 28,353 (denoising); dense counts follow
        // from the layer widths (784*32+32 + 32*784+784 = 50,992).
        QTest::newRow("undercomplete") << "undercomplete" << 50992ull << 32;
        QTest::newRow("sparse") << "sparse" << 50992ull << 32;
        QTest::newRow("deep") << "deep" << 222384ull << 32;
        QTest::newRow("conv") << "conv" << 4385ull << 128;
        QTest::newRow("denoising") << "denoising" << 28353ull << 1568;
        QTest::newRow("linear") << "linear" << 50992ull << 32;
        QTest::newRow("vae") << "vae" << 807700ull << 2;
        QTest::newRow("distance") << "distance" << 222546ull << 2;
    }
    void presetParameterCounts() {
        QFETCH(QString, variant);
        QFETCH(qulonglong, params);
        QFETCH(int, code);
        Autoencoder model(presetConfig(variant.toStdString()), kMnist);
        QCOMPARE(static_cast<qulonglong>(model.parameterCount()), params);
        QCOMPARE(model.codeSize(), code);
        std::size_t sum = 0;
        for (const LayerSpec& layer : model.plan().layers) sum += layer.params;
        QCOMPARE(static_cast<qulonglong>(sum), params);
    }

    void convDecoderTrimsLikeTheSeed() {
        // Seed 001: 4x4 -> 8x8 -> 16x16 -> (valid 3x3) 14x14 -> 28x28.
        Autoencoder model(presetConfig("conv"), kMnist);
        const auto& rows = model.plan().layers;
        QCOMPARE(rows[10].kind, LayerKind::Conv2D);
        QCOMPARE(rows[10].padding, Padding::Valid);
        QCOMPARE(rows[10].output, (Shape{16, 14, 14}));
        QCOMPARE(rows.back().output, kMnist);
        QCOMPARE(rows.back().activationLabel, std::string("sigmoid"));
    }

    void encodeDecodeShapes() {
        Autoencoder model(presetConfig("deep"), kMnist);
        const Matrix x = Matrix::Random(7, 784).cwiseAbs();
        QCOMPARE(model.encode(x).rows(), Eigen::Index(7));
        QCOMPARE(model.encode(x).cols(), Eigen::Index(32));
        const Matrix y = model.reconstruct(x);
        QCOMPARE(y.cols(), Eigen::Index(784));
        QVERIFY(y.minCoeff() >= 0.0f && y.maxCoeff() <= 1.0f);  // sigmoid output
        bool threw = false;
        try {
            model.decode(Matrix::Zero(2, 5));
        } catch (const Error& e) {
            threw = QString(e.what()).contains("width 5");
        }
        QVERIFY(threw);
    }

    void parameterBuffersSitOnVectorAlignment()
    {
        // Eigen rounds the elements before the first aligned address differently from the rest,
        // so a buffer at a heap-dependent offset would make the same seed train to other bits.
        for (int round = 0; round < 3; ++round) {
            std::vector<char> shiftTheHeap(static_cast<std::size_t>(13 + 8 * round));
            Autoencoder model(presetConfig("deep"), kMnist);
            QCOMPARE(reinterpret_cast<std::uintptr_t>(model.parameters().data()) % EIGEN_MAX_ALIGN_BYTES, std::uintptr_t{0});
            QCOMPARE(reinterpret_cast<std::uintptr_t>(model.gradients().data()) % EIGEN_MAX_ALIGN_BYTES, std::uintptr_t{0});
            QVERIFY(!shiftTheHeap.empty());
        }
    }

    void initialisationDependsOnSeed() {
        ModelConfig a = presetConfig("undercomplete");
        ModelConfig b = a;
        b.seed = 2;
        Autoencoder m1(a, kMnist), m2(a, kMnist), m3(b, kMnist);
        QVERIFY(std::equal(m1.parameters().begin(), m1.parameters().end(), m2.parameters().begin()));
        QVERIFY(!std::equal(m1.parameters().begin(), m1.parameters().end(), m3.parameters().begin()));
    }

    void denseModelGradientWithAllCodeTerms() {
        const ModelConfig c = smallModelWithEveryCodeTerm();
        Autoencoder model(c, Shape{1, 4, 4});
        const Matrix x = test::randomMatrix(5, 16, 0.05f, 0.95f, 11);
        const auto rep = checkModel(model, x, x, {});
        qInfo("dense model: max relative error %.3g over %d parameters", rep.maxError, rep.compared);
        QCOMPARE(rep.compared, static_cast<int>(model.parameterCount()));
        QVERIFY2(rep.maxError < 2e-2, qPrintable(QString::number(rep.maxError)));
    }

    // The stress form of the distance term through the whole network, and evaluate() scoring it.
    void denseModelGradientWithStressDistanceTerm() {
        ModelConfig c = smallModelWithEveryCodeTerm();
        c.distanceTerm = DistanceTerm::Stress;
        c.distanceWeight = 2.0f;
        Autoencoder model(c, Shape{1, 4, 4});
        const Matrix x = test::randomMatrix(5, 16, 0.05f, 0.95f, 13);
        const auto rep = checkModel(model, x, x, {});
        qInfo("dense model, stress term: max relative error %.3g", rep.maxError);
        QVERIFY2(rep.maxError < 2e-2, qPrintable(QString::number(rep.maxError)));
        const Matrix many = test::randomMatrix(40, 16, 0.0f, 1.0f, 14);
        const LossBreakdown e = model.evaluate(many, many);
        const double stress = pairwiseStressTerm(many, model.encode(many), c.distanceWeight, nullptr);
        QVERIFY2(std::abs(e.distance - stress) <= 1e-9 * stress, qPrintable(QString::number(e.distance)));
        QVERIFY(std::abs(e.distance - pairwiseDistanceTerm(many, model.encode(many), c.distanceWeight, nullptr)) > 1e-6);
    }

    // Test-time code terms are the whole set's, not a mean over 500-row chunks: the KL sparsity
    // term's mean activation and the distance term's pairs span every row (the distance term:
    // every pair of the first kDistanceTermRows rows).
    void evaluationCodeTermsSpanTheWholeSet_data() {
        QTest::addColumn<int>("rows");
        QTest::newRow("two chunks") << 1000;
        QTest::newRow("beyond the distance rows") << kDistanceTermRows + 700;
    }
    void evaluationCodeTermsSpanTheWholeSet() {
        QFETCH(int, rows);
        const ModelConfig c = smallModelWithEveryCodeTerm();
        Autoencoder model(c, Shape{1, 4, 4});
        const Matrix x = test::randomMatrix(rows, 16, 0.0f, 1.0f, 21);
        const LossBreakdown e = model.evaluate(x, x);
        const Matrix z = model.encode(x);
        const int m = std::min(rows, kDistanceTermRows);
        const double distance = pairwiseDistanceTerm(x.topRows(m), z.topRows(m), c.distanceWeight, nullptr);
        const double sparsity = klSparsity(z, c.klSparsityTarget, c.klSparsityWeight, nullptr);
        const double l1 = l1Activity(z, c.l1, nullptr);
        auto close = [](double a, double b) { return std::abs(a - b) <= 1e-9 * std::abs(b); };
        QVERIFY2(close(e.distance, distance), qPrintable(QStringLiteral("%1 vs %2").arg(e.distance, 0, 'g', 10).arg(distance, 0, 'g', 10)));
        QVERIFY2(close(e.klSparsity, sparsity), qPrintable(QStringLiteral("%1 vs %2").arg(e.klSparsity, 0, 'g', 10).arg(sparsity, 0, 'g', 10)));
        QVERIFY2(close(e.l1, l1), qPrintable(QStringLiteral("%1 vs %2").arg(e.l1, 0, 'g', 10).arg(l1, 0, 'g', 10)));
        QVERIFY(close(e.total, e.reconstruction + e.l1 + e.klSparsity + e.distance));
    }

    void mseLinearModelGradient() {
        ModelConfig c = presetConfig("linear");
        c.latent = 3;
        Autoencoder model(c, Shape{1, 3, 3});
        const Matrix x = test::randomMatrix(6, 9, 0.0f, 1.0f, 12);
        const auto rep = checkModel(model, x, x, {});
        QVERIFY2(rep.maxError < 2e-2, qPrintable(QString::number(rep.maxError)));
    }

    void mseWithSigmoidOutputGradient() {
        ModelConfig c;
        c.latent = 2;
        c.activation = Activation::Tanh;
        c.codeActivation = Activation::Tanh;
        c.loss = LossKind::MeanSquaredError;
        Autoencoder model(c, Shape{1, 2, 3});
        const Matrix x = test::randomMatrix(4, 6, 0.0f, 1.0f, 13);
        const auto rep = checkModel(model, x, x, {});
        QVERIFY2(rep.maxError < 2e-2, qPrintable(QString::number(rep.maxError)));
    }

    void vaeGradientWithFixedNoise() {
        ModelConfig c = presetConfig("vae");
        c.hidden = {5};
        c.activation = Activation::Tanh;
        c.beta = 2.0f;
        Autoencoder model(c, Shape{1, 3, 3});
        const Matrix x = test::randomMatrix(4, 9, 0.05f, 0.95f, 14);
        const auto rep = checkModel(model, x, x, {});
        qInfo("vae: max relative error %.3g", rep.maxError);
        QVERIFY2(rep.maxError < 2e-2, qPrintable(QString::number(rep.maxError)));
    }

    // The log-variance is clamped at 30 (exp(30) is already far beyond any useful variance);
    // where the clamp is active the loss is flat in the head's output, so the parameters that
    // feed only a clamped unit must get no gradient. Unit 0's log-variance head is held at 31 for
    // every sample: its kernel column zero, its bias 31, so a step of 1e-2 keeps it clamped.
    void vaeClampedLogVarGetsNoGradient() {
        ModelConfig c = presetConfig("vae");
        c.hidden = {5};
        c.activation = Activation::Tanh;
        Autoencoder model(c, Shape{1, 3, 3});
        const int k = c.latent, in = c.hidden.back();
        const std::size_t biasStart = model.decoderOffset() - 2 * k;  // the head: Dense(in -> mu|logvar)
        const std::size_t kernelStart = biasStart - static_cast<std::size_t>(in) * 2 * k;
        std::vector<std::size_t> clampedUnit;
        for (int i = 0; i < in; ++i) clampedUnit.push_back(kernelStart + static_cast<std::size_t>(i) * 2 * k + k);
        clampedUnit.push_back(biasStart + k);
        auto p = model.parameters();
        for (std::size_t index : clampedUnit) p[index] = 0.0f;
        p[biasStart + k] = 31.0f;

        const Matrix x = test::randomMatrix(4, 9, 0.05f, 0.95f, 16);
        std::mt19937_64 rng(7);
        model.zeroGradients();
        std::mt19937_64 first = rng;
        model.trainBatch(x, x, first);
        const std::vector<float> analytic(model.gradients().begin(), model.gradients().end());
        auto eval = [&] {
            std::mt19937_64 again = rng;
            model.zeroGradients();
            return model.trainBatch(x, x, again).total;
        };
        double worst = 0;
        for (std::size_t index : clampedUnit) {
            const auto rep = test::compareGradient(eval, &p[index], &analytic[index], 1, {});
            worst = std::max(worst, rep.maxError);
            QVERIFY2(rep.maxError < 2e-2, qPrintable(QStringLiteral("parameter %1: analytic %2").arg(index).arg(analytic[index])));
        }
        qInfo("vae with a clamped log-variance: max error %.3g over %zu parameters", worst, clampedUnit.size());
    }

    // encode() of a VAE can also give each code value's log-variance, clamped as in training.
    void vaeEncodesItsLogVariance() {
        ModelConfig c = presetConfig("vae");
        c.hidden = {5};
        Autoencoder model(c, Shape{1, 3, 3});
        const int k = c.latent;
        auto p = model.parameters();
        p[model.decoderOffset() - static_cast<std::size_t>(k)] = 40.0f;  // unit 0's log-variance bias: far above the clamp
        const Matrix x = test::randomMatrix(600, 9, 0.0f, 1.0f, 17);  // two chunks
        Matrix logVariances;
        const Matrix mu = model.encode(x, &logVariances);
        QCOMPARE(logVariances.rows(), 600);
        QCOMPARE(logVariances.cols(), k);
        QVERIFY((logVariances.col(0).array() == 30.0f).all());
        QVERIFY((logVariances.col(1).array() < 30.0f).all());
        QVERIFY(logVariances.col(1) != mu.col(1));
        QVERIFY(mu == model.encode(x));  // the means do not depend on the request
        Autoencoder plain(presetConfig("undercomplete"), kMnist);
        QVERIFY_THROWS_EXCEPTION(Error, plain.encode(Matrix::Zero(2, 784), &logVariances));
    }

    void convModelGradient() {
        ModelConfig c = presetConfig("conv");
        c.convFilters = {2, 3};
        c.activation = Activation::Tanh;
        Autoencoder model(c, Shape{1, 8, 8});
        const Matrix x = test::randomMatrix(2, 64, 0.05f, 0.95f, 15);
        const auto rep = checkModel(model, x, x, {});
        qInfo("conv: max relative error %.3g over %d parameters", rep.maxError, rep.compared);
        QVERIFY2(rep.maxError < 2e-2, qPrintable(QString::number(rep.maxError)));
    }

    void fusedConvStepsMatchSeparateLayers_data() {
        QTest::addColumn<QString>("variant");
        QTest::newRow("conv") << "conv";
        QTest::newRow("denoising") << "denoising";
    }

    void fusedConvStepsMatchSeparateLayers() {
        // The fused conv + pool and up-sampling + conv steps must leave the model's losses,
        // gradients, codes and reconstructions as the separate layers give them.
        QFETCH(QString, variant);
        ModelConfig c = presetConfig(variant.toStdString());
        Autoencoder fused(c, kMnist), separate(c, kMnist);
        separate.setLayerFusion(false);
        const Matrix x = test::randomMatrix(6, 784, 0.0f, 1.0f, 21);
        for (int round = 0; round < 2; ++round) {
            std::mt19937_64 r1(5), r2(5);
            fused.zeroGradients();
            separate.zeroGradients();
            const double lf = fused.trainBatch(x, x, r1).total, ls = separate.trainBatch(x, x, r2).total;
            QVERIFY2(std::abs(lf - ls) <= 1e-6 * std::abs(ls), qPrintable(QString("%1 vs %2").arg(lf).arg(ls)));
            const auto gf = fused.gradients(), gs = separate.gradients();
            float worst = 0.0f, scale = 0.0f;
            for (std::size_t i = 0; i < gf.size(); ++i) {
                worst = std::max(worst, std::abs(gf[i] - gs[i]));
                scale = std::max(scale, std::abs(gs[i]));
            }
            QVERIFY2(worst <= 1e-5f * scale, qPrintable(QString("%1 of %2").arg(worst).arg(scale)));
            // One optimiser-like step so the second round runs on different weights.
            for (std::size_t i = 0; i < gf.size(); ++i) {
                fused.parameters()[i] -= 0.1f * gs[i];
                separate.parameters()[i] -= 0.1f * gs[i];
            }
        }
        const Matrix codes = fused.encode(x);
        QCOMPARE((codes - separate.encode(x)).cwiseAbs().maxCoeff(), 0.0f);
        const Matrix rec = fused.reconstruct(x);
        QCOMPARE((rec - separate.reconstruct(x)).cwiseAbs().maxCoeff(), 0.0f);
    }

    void setParametersRejectsWrongSize() {
        Autoencoder model(presetConfig("conv"), kMnist);
        const std::vector<float> wrong(10, 0.0f);
        bool threw = false;
        try {
            model.setParameters(wrong);
        } catch (const Error& e) {
            threw = QString(e.what()).contains("4385");
        }
        QVERIFY(threw);
    }
};

QTEST_APPLESS_MAIN(TestAutoencoder)
#include "test_autoencoder.moc"
