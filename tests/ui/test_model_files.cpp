// The window's model and configuration files (ui/export/model_files): a save writes core's serialised
// bytes through QSaveFile, so a save that fails leaves the previous file byte-identical and no
// temporary behind; reading refuses every bad file with its own message.
#include "file_bytes.h"
#include "error_message.h"
#include "ui/export/model_files.h"
#include "ui_fixture.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <sys/resource.h>

using namespace ae;

namespace {

using ae::test::readBytes;
using ae::test::writeBytes;

// What the window holds after training: the configuration, shape and a copy of every weight.
ModelSnapshot snapshotOf(const Autoencoder& model) {
    ModelSnapshot s;
    s.config = model.config();
    s.inputShape = model.inputShape();
    s.parameters.assign(model.parameters().begin(), model.parameters().end());
    return s;
}

std::vector<EpochResult> someHistory() {
    EpochResult e;
    e.epoch = 1;
    e.train.total = e.train.reconstruction = 0.25;
    e.test.total = e.test.reconstruction = 0.5;
    e.hasTest = true;
    e.seconds = 1.5;
    return {e};
}

Dataset imagesOfShape(const Shape& shape) {
    Dataset d;
    d.name = "test images";
    d.shape = shape;
    d.trainX = Matrix::Zero(4, shape.size());
    return d;
}

// Files QSaveFile (or anything else) left next to `keep` in its folder.
QStringList othersIn(const QString& folder, const QString& keep) {
    QStringList names = QDir(folder).entryList(QDir::Files | QDir::Hidden);
    names.removeAll(keep);
    return names;
}

} // namespace

class TestModelFiles : public QObject {
    Q_OBJECT
private slots:
    void saveRoundTripsThroughLoadModel() {
        QTemporaryDir dir;
        const QString path = dir.filePath("m.aelab");
        const Autoencoder model(presetConfig("conv"), Shape{1, 28, 28});
        writeModelFile(path, snapshotOf(model), someHistory(), QStringLiteral("sample"));
        const SavedModel saved = loadModel(path.toStdString());
        QCOMPARE(configToJson(saved.model->config()), configToJson(model.config()));
        QVERIFY(std::equal(model.parameters().begin(), model.parameters().end(), saved.model->parameters().begin(),
                           saved.model->parameters().end()));
        QCOMPARE(saved.history.size(), std::size_t(1));
        QCOMPARE(saved.history[0].test.total, 0.5);
        QCOMPARE(saved.datasetName, std::string("sample"));
        // One serialiser: the window's file is byte for byte what the CLI writes.
        QCOMPARE(readBytes(path).toStdString(), serializeModel(model, someHistory(), "sample"));
        QCOMPARE(othersIn(dir.path(), QStringLiteral("m.aelab")), QStringList());
    }

    // One extension everywhere (the dialogs said *.aemodel while the README and CLI use .aelab):
    // a name typed without one gets it; a name with its own suffix is kept as typed.
    void savedModelsGetTheModelSuffix() {
        QCOMPARE(QLatin1String(kModelFileSuffix), QLatin1String("aelab"));
        QCOMPARE(withModelSuffix(QStringLiteral("/tmp/digits")), QStringLiteral("/tmp/digits.aelab"));
        QCOMPARE(withModelSuffix(QStringLiteral("/tmp/digits.aelab")), QStringLiteral("/tmp/digits.aelab"));
        QCOMPARE(withModelSuffix(QStringLiteral("/tmp/digits.model")), QStringLiteral("/tmp/digits.model"));
        QCOMPARE(withModelSuffix(QString()), QString());  // a cancelled dialog stays cancelled
    }

    void saveThatFailsMidwayLeavesTheOldFile() {
        // The disk "fills up" after 64 KiB (RLIMIT_FSIZE: writes beyond it fail with EFBIG), so
        // saving the 200,000-byte undercomplete model over a smaller existing one fails half-way.
        QTemporaryDir dir;
        const QString path = dir.filePath("keep.aelab");
        writeModelFile(path, snapshotOf(Autoencoder(presetConfig("conv"), Shape{1, 28, 28})), someHistory(), "sample");
        const QByteArray before = readBytes(path);
        QVERIFY(before.size() < 64 * 1024);
        rlimit old{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit small = old;
        small.rlim_cur = 64 * 1024;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        const std::string message = test::errorOf([&] {
            writeModelFile(path, snapshotOf(Autoencoder(presetConfig("undercomplete"), Shape{1, 28, 28})), {}, "sample");
        });
        setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, previousHandler);
        // QSaveFile reports the short write as success unless the bytes are counted.
        QVERIFY2(QString::fromStdString(message).startsWith("Cannot write " + path + ": only 65536 of "), message.c_str());
        QCOMPARE(readBytes(path), before);
        QCOMPARE(loadModel(path.toStdString()).model->parameterCount(), std::size_t(4385));
        QCOMPARE(othersIn(dir.path(), QStringLiteral("keep.aelab")), QStringList());  // no temporary left
    }

    void saveOntoAFolderIsRefused() {
        QTemporaryDir dir;
        const QString folder = dir.filePath("a-folder");
        QVERIFY(QDir(dir.path()).mkdir("a-folder"));
        writeBytes(folder + "/inside", "untouched");
        const Autoencoder model(presetConfig("undercomplete"), Shape{1, 28, 28});
        VERIFY_MESSAGE(writeModelFile(folder, snapshotOf(model), {}, "sample"), "Cannot write " + folder.toStdString() + ": ");
        QVERIFY(QFileInfo(folder).isDir());
        QCOMPARE(readBytes(folder + "/inside"), QByteArray("untouched"));
        QCOMPARE(othersIn(dir.path(), QString()), QStringList());
    }

    void saveIntoAMissingFolderIsRefused() {
        QTemporaryDir dir;
        const QString path = dir.filePath("no/such/folder/m.aelab");
        const Autoencoder model(presetConfig("undercomplete"), Shape{1, 28, 28});
        VERIFY_MESSAGE(writeModelFile(path, snapshotOf(model), {}, "sample"), "Cannot write " + path.toStdString() + ": ");
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
    }

    void badModelFilesAreRefused_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << "missing" << "Cannot open the model file %1: No such file or directory";
        QTest::newRow("wrong magic") << "magic" << "%1: not an aelab model file (wrong magic number)";
        QTest::newRow("damaged") << "flip" << "%1: checksum mismatch, the file is damaged";
        QTest::newRow("truncated") << "truncated" << "%1: truncated model file";
        QTest::newRow("other image size") << "shape" << "%1: the model expects samples of shape 1x28x28, but the dataset test images has 1x16x16";
        QTest::newRow("no dataset") << "no data" << "Load a dataset before opening a model.";
    }
    void badModelFilesAreRefused() {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath("m.aelab");
        writeModelFile(path, snapshotOf(Autoencoder(presetConfig("conv"), Shape{1, 28, 28})), someHistory(), "sample");
        QByteArray bytes = readBytes(path);
        if (kind == "missing") QFile::remove(path);
        if (kind == "magic") bytes[0] = 'X';
        if (kind == "flip") bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x10);
        if (kind == "truncated") bytes.truncate(bytes.size() / 2);
        if (kind != "missing") writeBytes(path, bytes);
        const Dataset mnistShaped = imagesOfShape(Shape{1, 28, 28});
        const Dataset small = imagesOfShape(Shape{1, 16, 16});
        const Dataset* data = kind == "shape" ? &small : kind == "no data" ? nullptr : &mnistShaped;
        VERIFY_MESSAGE(readModelFile(path, data), message.arg(path).toStdString());
    }

    void goodModelFitsItsData() {
        QTemporaryDir dir;
        const QString path = dir.filePath("m.aelab");
        writeModelFile(path, snapshotOf(Autoencoder(presetConfig("conv"), Shape{1, 28, 28})), someHistory(), "sample");
        const Dataset data = imagesOfShape(Shape{1, 28, 28});
        QCOMPARE(readModelFile(path, &data).model->parameterCount(), std::size_t(4385));
    }

    void badConfigurationFilesNameTheField_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("latent 0") << QByteArray(R"({"latent": 0})") << "%1: invalid latent = 0: allowed range is [1, 4096]";
        QTest::newRow("batch 0") << QByteArray(R"({"batch_size": 0})") << "%1: invalid batch size = 0: allowed range is [1, 65536]";
        QTest::newRow("epochs 0") << QByteArray(R"({"epochs": 0})") << "%1: invalid epochs = 0: allowed range is [1, 100000]";
        QTest::newRow("negative learning rate") << QByteArray(R"({"learning_rate": -1})") << "%1: invalid learning rate = -1: allowed range is (0, 100]";
        QTest::newRow("negative noise") << QByteArray(R"({"noise_factor": -0.5})") << "%1: invalid noise factor = -0.5: allowed range is [0, 1]";
        QTest::newRow("kernel even") << QByteArray(R"({"variant": "conv", "kernel": 4})") << "%1: invalid kernel = 4: must be odd";
        QTest::newRow("unknown key") << QByteArray(R"({"latnet": 2})") << "%1: unknown key 'latnet'";
        QTest::newRow("wrong type") << QByteArray(R"({"epochs": "ten"})") << "%1: key 'epochs' has the wrong type (string)";
        QTest::newRow("not json") << QByteArray("{latent: 2") << "%1: not valid JSON";
        QTest::newRow("missing") << QByteArray() << "Cannot read the configuration %1: No such file or directory";
    }
    void badConfigurationFilesNameTheField() {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath("c.json");
        if (!json.isEmpty()) writeBytes(path, json);
        VERIFY_MESSAGE(readConfigurationFile(path), message.arg(path).toStdString());
    }

    void configurationForOtherDataStillLoads() {
        // Whether a kernel fits the images depends on the data loaded later: that is the model
        // panel's check, not the file's.
        QTemporaryDir dir;
        const QString path = dir.filePath("c.json");
        writeBytes(path, R"({"variant": "conv", "kernel": 7, "conv_filters": [8, 8, 8]})");
        QCOMPARE(readConfigurationFile(path).kernel, 7);
    }
};

AELAB_UI_TEST_MAIN(TestModelFiles)
#include "test_model_files.moc"
