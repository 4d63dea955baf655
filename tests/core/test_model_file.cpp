// Model files: round trip, and every damaged file refused with its own message, leaving nothing
// half-written.
#include "core/train/model_file.h"

#include <QtTest>

#include <QTemporaryDir>

#include <csignal>
#include <fstream>

#include <sys/resource.h>

#include <zlib.h>

using namespace ae;

namespace {

std::string readAll(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

void writeAll(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary);
    out << bytes;
}

QString loadError(const std::string& path) {
    try {
        loadModel(path);
    } catch (const Error& e) {
        return e.what();
    }
    return {};
}

std::vector<EpochResult> someHistory() {
    EpochResult e;
    e.epoch = 1;
    e.train.total = e.train.reconstruction = 0.25;
    e.test.total = e.test.reconstruction = 0.5;
    e.hasTest = true;
    e.seconds = 1.5;
    e.samplesPerSecond = 40000;
    return {e};
}

} // namespace

class TestModelFile : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    std::string good_;

private slots:
    void initTestCase() {
        good_ = dir_.filePath("good.aelab").toStdString();
        Autoencoder model(presetConfig("conv"), Shape{1, 28, 28});
        saveModel(good_, model, someHistory(), "sample");
    }

    void roundTrip() {
        Autoencoder model(presetConfig("conv"), Shape{1, 28, 28});
        SavedModel saved = loadModel(good_);
        QCOMPARE(saved.model->parameterCount(), std::size_t(4385));
        QVERIFY(std::equal(model.parameters().begin(), model.parameters().end(), saved.model->parameters().begin()));
        QCOMPARE(saved.history.size(), std::size_t(1));
        QCOMPARE(saved.history[0].test.total, 0.5);
        QCOMPARE(saved.datasetName, std::string("sample"));
        QCOMPARE(configToJson(saved.model->config()), configToJson(presetConfig("conv")));
    }

    // The weights follow the fixed header, configuration and input shape as little-endian
    // binary32, whatever the host: 1.0f is 00 00 80 3f, -2.0f is 00 00 00 c0.
    void weightsAreLittleEndian() {
        Autoencoder model(presetConfig("conv"), Shape{1, 28, 28});
        std::vector<float> values(model.parameterCount(), 1.0f);
        values.back() = -2.0f;
        model.setParameters(values);
        const std::string bytes = serializeModel(model, {}, "sample");
        const std::string config = configToJson(model.config());
        const std::size_t weights = 8 + 4 + 4 + config.size() + 3 * 4 + 8;
        QCOMPARE(bytes.substr(weights, 4), std::string("\x00\x00\x80\x3f", 4));
        QCOMPARE(bytes.substr(weights + 4 * (values.size() - 1), 4), std::string("\x00\x00\x00\xc0", 4));
        QCOMPARE(bytes.substr(weights - 8, 8), std::string("\x21\x11\x00\x00\x00\x00\x00\x00", 8));  // 4385 = 0x1121 weights
    }

    // Model files written before the configuration held enums load as they always did.
    void earlierModelFilesLoad() {
        const std::string corpus = AELAB_FIXTURES_DIR "/../../fuzz/corpus/fuzz_model_file/";
        const SavedModel deep = loadModel(corpus + "tiny-deep.aelab");
        QCOMPARE(deep.model->config().architecture, Architecture::Dense);
        QCOMPARE(deep.model->config().activation, Activation::ReLU);
        const SavedModel vae = loadModel(corpus + "tiny-vae.aelab");
        QVERIFY(vae.model->config().variational);
        QCOMPARE(vae.model->config().codeActivation, Activation::Linear);
    }

    void damagedFilesHaveTheirOwnMessages_data() {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("expected");
        QTest::newRow("magic") << "magic" << "not an aelab model file";
        QTest::newRow("version") << "version" << "format version 7 is not supported";
        QTest::newRow("truncated") << "truncated" << "truncated model file";
        QTest::newRow("checksum") << "flip" << "checksum mismatch";
        QTest::newRow("empty") << "empty" << "not an aelab model file";
        QTest::newRow("missing") << "missing" << "cannot open model file";
    }
    void damagedFilesHaveTheirOwnMessages() {
        QFETCH(QString, damage);
        QFETCH(QString, expected);
        std::string bytes = readAll(good_);
        const std::string path = dir_.filePath("bad-" + damage).toStdString();
        if (damage == "magic") bytes[0] = 'X';
        if (damage == "version") bytes[8] = 7;
        if (damage == "truncated") bytes.resize(bytes.size() / 2);
        if (damage == "flip") bytes[bytes.size() / 2] ^= 0x10;  // inside the weights
        if (damage == "empty") bytes.clear();
        if (damage != "missing") writeAll(path, bytes);
        const QString message = loadError(path);
        QVERIFY2(message.contains(expected), qPrintable(message));
        QVERIFY(message.contains(QString::fromStdString(path)));
    }

    void weightsThatDoNotFitTheConfigurationAreRefused() {
        // A well-formed file (right magic, version and checksum) whose configuration says
        // 'undercomplete' but which holds the conv network's 4,385 weights.
        const std::string config = configToJson(presetConfig("undercomplete"));
        std::string bytes = "AELABMDL";
        auto u32 = [&](std::uint32_t v) { for (int i = 0; i < 4; ++i) bytes.push_back(static_cast<char>((v >> (8 * i)) & 0xFF)); };
        u32(kModelFormatVersion);
        u32(static_cast<std::uint32_t>(config.size()));
        bytes += config;
        u32(1); u32(28); u32(28);
        u32(4385); u32(0);  // 64-bit weight count
        bytes += std::string(4385 * sizeof(float), '\0');
        const std::string meta = R"({"dataset":"sample","history":[]})";
        u32(static_cast<std::uint32_t>(meta.size()));
        bytes += meta;
        u32(static_cast<std::uint32_t>(crc32(0L, reinterpret_cast<const Bytef*>(bytes.data()), static_cast<uInt>(bytes.size()))));
        const std::string path = dir_.filePath("mismatch.aelab").toStdString();
        writeAll(path, bytes);
        const QString message = loadError(path);
        QVERIFY2(message.contains("holds 4385 weights") && message.contains("50992"), qPrintable(message));
    }

    void interruptedSaveLeavesTheOldFile() {
        const std::string path = dir_.filePath("keep.aelab").toStdString();
        Autoencoder model(presetConfig("undercomplete"), Shape{1, 28, 28});
        saveModel(path, model, {}, "sample");
        const std::string before = readAll(path);
        // Writing into a folder that does not exist fails before touching anything.
        bool threw = false;
        try {
            writeFileAtomically(dir_.filePath("no/such/folder/x.aelab").toStdString(), "data");
        } catch (const Error& e) {
            threw = QString(e.what()).contains("cannot write");
        }
        QVERIFY(threw);
        QCOMPARE(readAll(path), before);
        QCOMPARE(QDir(dir_.path()).entryList({"*.tmp-*"}).size(), 0);  // no temporary left behind
    }

    void saveThatFailsMidwayLeavesTheOldFile() {
        // The disk "fills up" after 64 KiB (RLIMIT_FSIZE: writes beyond it fail with EFBIG), so
        // saving the 200,000-byte undercomplete model over an existing file fails half-way.
        const std::string path = dir_.filePath("midway.aelab").toStdString();
        saveModel(path, Autoencoder(presetConfig("conv"), Shape{1, 28, 28}), someHistory(), "sample");
        const std::string before = readAll(path);
        rlimit old{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit small = old;
        small.rlim_cur = 64 * 1024;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        QString message;
        try {
            saveModel(path, Autoencoder(presetConfig("undercomplete"), Shape{1, 28, 28}), {}, "sample");
        } catch (const Error& e) {
            message = e.what();
        }
        setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, previousHandler);
        QVERIFY2(message.contains("cannot write " + QString::fromStdString(path)) && message.contains("File too large"),
                 qPrintable(message));
        QCOMPARE(readAll(path), before);
        QCOMPARE(loadModel(path).model->parameterCount(), std::size_t(4385));
        QCOMPARE(QDir(dir_.path()).entryList({"*.tmp-*"}).size(), 0);
    }
};

QTEST_APPLESS_MAIN(TestModelFile)
#include "test_model_file.moc"
