// Memory estimates: the layer plan's parameter count is exact (it decides whether a model file's
// weights fit before anything is built), the estimate follows what a training run really takes,
// absurd requests are refused with an estimate, MemAvailable parses.
#include "core/train/autoencoder.h"
#include "core/train/layer_plan.h"
#include "core/train/memory_estimate.h"
#include "core/train/trainer.h"
#include "slowdown.h"

#include <QtTest>

#include <fstream>
#include <malloc.h>

using namespace ae;

namespace {

// Sanitizers keep shadow memory and a quarantine of freed blocks: resident memory then says
// little about what the program allocates.
constexpr bool kSanitized = ae::test::buildSanitizer() != ae::test::Sanitizer::None;

long long statusKiB(const std::string& key) {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind(key + ":", 0) == 0) return std::stoll(line.substr(key.size() + 1));
    return -1;
}

// Resets the kernel's high-water mark of resident memory to the current resident size.
bool resetPeakResident() {
    std::ofstream clear("/proc/self/clear_refs");
    clear << "5";
    clear.flush();
    return static_cast<bool>(clear);
}

} // namespace

class TestMemoryEstimate : public QObject {
    Q_OBJECT
private slots:
    void parameterCountMatchesTheBuiltNetwork_data() {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<int>("c");
        QTest::addColumn<int>("h");
        QTest::addColumn<int>("w");
        QTest::addColumn<int>("kernel");
        for (const std::string& p : presetNames()) QTest::newRow(p.c_str()) << QString::fromStdString(p) << 1 << 28 << 28 << 3;
        QTest::newRow("undercomplete tabular") << "undercomplete" << 1 << 1 << 13 << 3;
        QTest::newRow("vae tabular") << "vae" << 1 << 1 << 5 << 3;
        QTest::newRow("distance rgb") << "distance" << 3 << 9 << 7 << 3;
        QTest::newRow("conv rgb 32x32 k5") << "conv" << 3 << 32 << 32 << 5;
        QTest::newRow("conv 28x20") << "conv" << 1 << 28 << 20 << 3;
        QTest::newRow("conv 30x30 (no exact decoder)") << "conv" << 1 << 30 << 30 << 3;
        QTest::newRow("denoising 20x20 k7") << "denoising" << 1 << 20 << 20 << 7;
        QTest::newRow("denoising 2 channels 13x17") << "denoising" << 2 << 13 << 17 << 3;
        QTest::newRow("conv 16x16 k1") << "conv" << 1 << 16 << 16 << 1;
    }
    void parameterCountMatchesTheBuiltNetwork() {
        QFETCH(QString, preset);
        QFETCH(int, c);
        QFETCH(int, h);
        QFETCH(int, w);
        QFETCH(int, kernel);
        ModelConfig config = presetConfig(preset.toStdString());
        config.kernel = kernel;
        const Shape shape{c, h, w};
        QString planRefusal, buildRefusal;
        LayerPlan plan;
        try {
            plan = planLayers(config, shape);
        } catch (const Error& e) {
            planRefusal = e.what();
        }
        try {
            Autoencoder model(config, shape);
            QCOMPARE(plan.parameters, model.parameterCount());
            QCOMPARE(parameterCountFor(config, shape), model.parameterCount());
            QCOMPARE(plan.code, model.codeShape());
            QCOMPARE(plan.encoderParameters, model.decoderOffset());
        } catch (const Error& e) {
            buildRefusal = e.what();
        }
        // A network the plan refuses is one the builder refuses, for the same reason.
        QCOMPARE(planRefusal, buildRefusal);
        if (!planRefusal.isEmpty()) return;
        std::size_t sum = 0;
        for (const LayerSpec& layer : plan.layers) sum += layer.params;
        QCOMPARE(sum, plan.parameters);
        QCOMPARE(plan.layers.front().input.size(), shape.size());
        QCOMPARE(plan.layers.back().output.size(), shape.size());
    }

    void seedCountsComeFromThePlan() {
        QCOMPARE(planLayers(presetConfig("conv"), Shape{1, 28, 28}).parameters, std::size_t(4385));
        QCOMPARE(planLayers(presetConfig("denoising"), Shape{1, 28, 28}).parameters, std::size_t(28353));
        const LayerPlan vae = planLayers(presetConfig("vae"), Shape{1, 28, 28});
        const LayerSpec& head = vae.layers[vae.encoderLayers - 1];
        QCOMPARE(head.part, NetworkPart::Code);
        QCOMPARE(head.output, (Shape{4, 1, 1}));  // mean and log-variance of a 2-D code
        QCOMPARE(head.activationLabel, std::string("mu|logvar"));
        QCOMPARE(vae.code, (Shape{1, 1, 2}));
    }

    // The peak resident memory a training epoch and its evaluation add, against the estimate
    // without the training rows (resident before the run starts). The distance row holds what
    // the estimate once missed, the pairwise term's n x n matrices; the conv rows the padded
    // inputs the convolutions keep instead of im2col buffers.
    void estimateFollowsWhatARunTakes_data() {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<int>("batch");
        QTest::newRow("deep") << "deep" << 4096;
        QTest::newRow("vae") << "vae" << 2048;
        QTest::newRow("conv") << "conv" << 1024;
        QTest::newRow("denoising") << "denoising" << 512;
        QTest::newRow("distance") << "distance" << 1536;
    }
    void estimateFollowsWhatARunTakes() {
        if (kSanitized) QSKIP("resident memory under a sanitizer is not what the program allocates");
        QFETCH(QString, preset);
        QFETCH(int, batch);
        ModelConfig c = presetConfig(preset.toStdString());
        c.batchSize = batch;
        c.noise = NoiseKind::None;  // the noisy copy of the test set is the data's, not the run's
        const Shape shape{1, 28, 28};
        const Matrix train = (Matrix::Random(batch, shape.size()).array() * 0.5f + 0.5f).matrix();
        const Matrix test = (Matrix::Random(kEvaluationChunkRows, shape.size()).array() * 0.5f + 0.5f).matrix();

        malloc_trim(0);  // memory freed earlier in this process must not hide the run's allocations
        if (!resetPeakResident()) QSKIP("/proc/self/clear_refs cannot reset the peak resident size here");
        const long long before = statusKiB("VmRSS");
        {
            Autoencoder model(c, shape);
            Trainer trainer(model, train, test);
            trainer.run(1);
        }
        const double measured = static_cast<double>(statusKiB("VmHWM") - before) * 1024.0;

        const MemoryEstimate e = estimateTrainingMemory(c, shape, batch);
        const double trainingRows = static_cast<double>(train.size()) * sizeof(float);
        const double estimated = static_cast<double>(e.total()) - trainingRows;
        qInfo("%s, batch %d: measured %.1f MiB, estimated %.1f MiB (parameters %.1f, layers %.1f, distance term %.1f)",
              qPrintable(preset), batch, measured / (1 << 20), estimated / (1 << 20), e.parameterBytes / double(1 << 20),
              e.layerBytes / double(1 << 20), e.distanceBytes / double(1 << 20));
        QVERIFY2(estimated > 0.8 * measured && estimated < 1.25 * measured,
                 qPrintable(QString("measured %1 bytes, estimated %2").arg(measured).arg(estimated)));
    }

    void absurdNetworksAreRefusedWithAnEstimate() {
        ModelConfig c = presetConfig("deep");
        c.hidden.assign(8, 16384);  // within the range checks, about 3.8 billion parameters
        validateConfig(c, Shape{1, 28, 28});
        const std::size_t need = estimateTrainingBytes(c, Shape{1, 28, 28}, 60000);
        QVERIFY(need > 50ull << 30);
        QString message;
        try {
            refuseIfTooLarge(c, Shape{1, 28, 28}, 60000, 8ull << 30);
        } catch (const Error& e) {
            message = e.what();
        }
        QVERIFY2(message.contains("needs about") && message.contains("GiB of memory to train, 8.0 GiB available"),
                 qPrintable(message));
        // The seed's deep network on full MNIST fits in well under a GiB.
        const std::size_t deep = estimateTrainingBytes(presetConfig("deep"), Shape{1, 28, 28}, 60000);
        QVERIFY(deep > 60000ull * 784 * 4 && deep < 1ull << 30);
        refuseIfTooLarge(presetConfig("deep"), Shape{1, 28, 28}, 60000, 1ull << 30);
    }

    void estimatesSaturateInsteadOfOverflowing() {
        ModelConfig c = presetConfig("deep");
        c.hidden.assign(8, 16384);
        c.batchSize = 65536;
        QVERIFY(estimateTrainingBytes(c, Shape{64, 4096, 4096}, std::numeric_limits<long long>::max()) ==
                std::numeric_limits<std::size_t>::max());
    }

    void memAvailableParses() {
        const std::string meminfo = "MemTotal:       24000000 kB\nMemFree:        15000000 kB\n"
                                    "MemAvailable:   18874368 kB\nBuffers:          100 kB\nHugePages_Total:       0\n";
        QCOMPARE(memAvailableFromMeminfo(meminfo).value_or(0), std::size_t(18874368) * 1024);
        QVERIFY(!memAvailableFromMeminfo("MemTotal: 1 kB\n").has_value());
        QVERIFY(!memAvailableFromMeminfo("").has_value());
        QCOMPARE(QString::fromStdString(formatGiB(std::size_t(18) << 30)), QString("18 GiB"));
        QCOMPARE(QString::fromStdString(formatGiB(std::size_t(3) << 29)), QString("1.5 GiB"));
    }
};

QTEST_APPLESS_MAIN(TestMemoryEstimate)
#include "test_memory_estimate.moc"
