// The assembled network: preset parameter counts (the seeds' figures), shapes, and a
// finite-difference check of the whole model's gradient including every loss term.
#include "core/train/autoencoder.h"
#include "gradient_check.h"

#include <QtTest>

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
        ModelConfig c;
        c.hidden = {6};
        c.latent = 3;
        c.activation = Activation::Tanh;
        c.codeActivation = Activation::Sigmoid;
        c.l1 = 0.05f;
        c.klSparsityWeight = 0.3f;
        c.klSparsityTarget = 0.2f;
        c.distanceWeight = 0.5f;
        Autoencoder model(c, Shape{1, 4, 4});
        const Matrix x = test::randomMatrix(5, 16, 0.05f, 0.95f, 11);
        const auto rep = checkModel(model, x, x, {});
        qInfo("dense model: max relative error %.3g over %d parameters", rep.maxError, rep.compared);
        QCOMPARE(rep.compared, static_cast<int>(model.parameterCount()));
        QVERIFY2(rep.maxError < 2e-2, qPrintable(QString::number(rep.maxError)));
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
