// Memory estimates: the parameter count is exact (it decides whether a model file's weights fit
// before anything is built), absurd requests are refused with an estimate, MemAvailable parses.
#include "core/train/autoencoder.h"
#include "core/train/memory_estimate.h"

#include <QtTest>

using namespace ae;

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
        QTest::newRow("conv rgb 32x32 k5") << "conv" << 3 << 32 << 32 << 5;
        QTest::newRow("denoising 20x20 k7") << "denoising" << 1 << 20 << 20 << 7;
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
        try {
            Autoencoder model(config, shape);
            QCOMPARE(parameterCountFor(config, shape), model.parameterCount());
        } catch (const Error& e) {
            QSKIP(e.what());  // a conv stack this image size cannot undo: nothing to compare
        }
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
