// PSNR and the noise ladder on models whose answers are known: an exact identity (its output is
// its noisy input, so it gains nothing) and a constant model that always draws the clean image
// (a perfect denoiser).
#include "core/analysis/psnr.h"
#include "core/train/evaluation.h"
#include "error_message.h"

#include <QtTest>

#include <cmath>
#include <random>

using namespace ae;

namespace {

constexpr int kSide = 3, kPixels = kSide * kSide;

Matrix randomImages(Eigen::Index rows) {
    std::mt19937 rng(11);
    std::uniform_real_distribution<float> u(0.1f, 0.9f);
    Matrix x(rows, kPixels);
    for (Eigen::Index i = 0; i < x.size(); ++i) x.data()[i] = u(rng);
    return x;
}

// The linear preset 9-9-9 with identity kernels and zero biases: output = input, exactly.
std::unique_ptr<Autoencoder> identityModel() {
    ModelConfig c = presetConfig("linear");
    c.latent = kPixels;
    auto model = std::make_unique<Autoencoder>(c, Shape{1, kSide, kSide});
    std::vector<float> w(model->parameters().size(), 0.0f);
    Q_ASSERT(w.size() == std::size_t(2 * (kPixels * kPixels + kPixels)));  // kernel, bias; kernel, bias
    for (std::size_t part : {std::size_t(0), std::size_t(kPixels * kPixels + kPixels)})
        for (int i = 0; i < kPixels; ++i) w[part + std::size_t(i * kPixels + i)] = 1.0f;
    model->setParameters(w);
    return model;
}

// Zero kernels and the decoder's bias set to `image`: every input gives `image`.
std::unique_ptr<Autoencoder> constantModel(const Matrix& image) {
    ModelConfig c = presetConfig("linear");
    c.latent = 2;
    auto model = std::make_unique<Autoencoder>(c, Shape{1, kSide, kSide});
    std::vector<float> w(model->parameters().size(), 0.0f);
    for (int i = 0; i < kPixels; ++i) w[w.size() - kPixels + std::size_t(i)] = image(0, i);
    model->setParameters(w);
    return model;
}

} // namespace

class TestNoiseLadder : public QObject {
    Q_OBJECT
private slots:
    void psnrByHand() {
        // One pixel of four off by 0.5: MSE 0.0625, PSNR 10·log10(16).
        Matrix a = Matrix::Zero(2, 4), b = Matrix::Zero(2, 4);
        b(0, 1) = 0.5f;
        const std::vector<double> p = rowPsnr(a, b);
        QCOMPARE(p.size(), std::size_t(2));
        QVERIFY(std::fabs(p[0] - 10 * std::log10(16.0)) < 1e-9);
        QCOMPARE(p[1], kPsnrCap);  // identical: the cap, not infinity
        QVERIFY(std::fabs(meanPsnr(a, b) - (p[0] + kPsnrCap) / 2) < 1e-9);
        QCOMPARE(psnrFromMse(1.0), 0.0);
        QCOMPARE(meanPsnr(Matrix(0, 4), Matrix(0, 4)), 0.0);
        VERIFY_MESSAGE(rowPsnr(a, b.leftCols(3)), "same shape");
    }

    void anIdentityGainsNothingAndMoreNoiseIsWorse() {
        auto model = identityModel();
        const Matrix clean = randomImages(50);
        for (NoiseKind kind : {NoiseKind::Gaussian, NoiseKind::Masking, NoiseKind::SaltAndPepper}) {
            const NoiseLadder ladder = noiseLadder(*model, clean, kind, {0.0, 0.1, 0.3, 0.6}, 3);
            QCOMPARE(ladder.noise, kind);
            QCOMPARE(ladder.levels.size(), std::size_t(4));
            QCOMPARE(ladder.levels[0].level, 0.0);
            QCOMPARE(ladder.levels[0].psnrNoisy, kPsnrCap);  // level 0: the clean image itself
            for (std::size_t k = 0; k < ladder.levels.size(); ++k) {
                const NoiseLevelResult& r = ladder.levels[k];
                QVERIFY2(std::fabs(r.gain()) < 1e-3, qPrintable(QString("%1 level %2 gain %3").arg(k).arg(r.level).arg(r.gain())));
                if (k > 0) QVERIFY2(r.psnrNoisy < ladder.levels[k - 1].psnrNoisy, nameOf(kind).c_str());
            }
        }
    }

    void aPerfectDenoiserGainsEverything() {
        const Matrix clean = randomImages(1).replicate(20, 1);  // twenty copies of one image
        auto model = constantModel(clean);
        const NoiseLadder ladder = noiseLadder(*model, clean, NoiseKind::Gaussian, {0.2, 0.5}, 9);
        for (const NoiseLevelResult& r : ladder.levels) {
            QVERIFY(r.psnrOutput > 60);  // the clean image, up to float rounding
            QVERIFY(r.psnrNoisy < 30);
            QVERIFY(r.gain() > 30);
        }
    }

    void theSameSeedGivesTheSameLadder() {
        auto model = identityModel();
        const Matrix clean = randomImages(30);
        const NoiseLadder a = noiseLadder(*model, clean, NoiseKind::Masking, {0.25}, 4);
        const NoiseLadder b = noiseLadder(*model, clean, NoiseKind::Masking, {0.25}, 4);
        const NoiseLadder c = noiseLadder(*model, clean, NoiseKind::Masking, {0.25}, 5);
        QCOMPARE(a.levels[0].psnrNoisy, b.levels[0].psnrNoisy);
        QVERIFY(a.levels[0].psnrNoisy != c.levels[0].psnrNoisy);
    }

    void badLaddersAreRefused() {
        auto model = identityModel();
        const Matrix clean = randomImages(5);
        VERIFY_MESSAGE(noiseLadder(*model, clean, NoiseKind::None, {0.1}, 1), "needs a noise type");
        VERIFY_MESSAGE(noiseLadder(*model, clean, NoiseKind::Masking, {1.5}, 1), "at most 1");
        VERIFY_MESSAGE(noiseLadder(*model, clean, NoiseKind::Gaussian, {-0.1}, 1), "non-negative");
    }

    void theDefaultLadderSurroundsTheTrainedLevel() {
        ModelConfig c = presetConfig("denoising");
        QCOMPARE(defaultNoiseLevels(c), (std::vector<double>{0.25, 0.5, 0.75, 1.0}));
        c.noiseFactor = 0.3f;
        QCOMPARE(defaultNoiseLevels(c), (std::vector<double>{0.15, 0.3, 0.45, 0.6}));
        QCOMPARE(static_cast<float>(defaultNoiseLevels(c)[1]), c.noiseFactor);  // exactly the trained noise
        c.noise = NoiseKind::Masking;
        c.noiseFactor = 0.6f;
        QCOMPARE(defaultNoiseLevels(c), (std::vector<double>{0.3, 0.6, 0.9, 1.0}));  // a probability stops at 1
        c.noiseFactor = 0.8f;
        QCOMPARE(defaultNoiseLevels(c), (std::vector<double>{0.4, 0.8, 1.0}));  // ×1.5 and ×2 both cap: once
        QVERIFY(defaultNoiseLevels(presetConfig("conv")).empty());
    }

    void codeActivityIsTheModelsCodes() {
        auto model = identityModel();
        const Matrix x = randomImages(12);
        const CodeActivity a = measureCodeActivity(*model, x);
        QCOMPARE(a.samples, 12LL);
        QCOMPARE(a.units, kPixels);
        QCOMPARE(a.activeFraction, 1.0);  // the code is the image, every pixel above 0.1
        QCOMPARE(a.unitMeanActivation[4], static_cast<double>(x.col(4).cast<double>().mean()));
        QCOMPARE(measureCodeActivity(*model, Matrix(0, kPixels)).units, kPixels);
    }
};

QTEST_APPLESS_MAIN(TestNoiseLadder)
#include "test_noise_ladder.moc"
