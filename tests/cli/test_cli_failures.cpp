// aelab-cli on the failure modes of issue 8 not covered by test_cli: absurd sizes refused with a
// memory estimate, damaged configuration and model files, divergence. Each exits 2 with a last
// line on stderr naming the problem (the only line when refused before training) and writes nothing.
#include "cli_process.h"

#include <QtTest>

#include <QProcess>
#include <QTemporaryDir>

namespace {

using Run = ae::test::CliRun;

Run cli(const QStringList& args, const QString& memoryLimitMb = {}) { return ae::test::runCli(args, memoryLimitMb); }

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

class TestCliFailures : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;

    // `messages` must all be in the last line of stderr; a refusal before training is the only line.
    void expectRefusal(QStringList args, const QStringList& messages, const QString& memoryLimitMb = {},
                       bool afterTraining = false) {
        const QString report = dir_.filePath("r.json"), model = dir_.filePath("m.aelab");
        QFile::remove(report);
        args << "--report" << report;
        if (args[0] == "train") args << "--save" << model << "--threads" << "1";
        const QByteArray modelBefore = QFile::exists(model) ? [&] { QFile f(model); f.open(QIODevice::ReadOnly); return f.readAll(); }() : QByteArray();
        const Run r = cli(args, memoryLimitMb);
        QCOMPARE(r.exitCode, 2);
        const QString last = r.err.trimmed().split('\n').last();
        for (const QString& m : messages) QVERIFY2(last.contains(m), qPrintable(r.err));
        if (!afterTraining) QCOMPARE(r.err.trimmed().count('\n'), 0);  // one line
        QVERIFY(!QFile::exists(report));
        if (args[0] == "train") {
            QFile f(model);
            QCOMPARE(f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray(), modelBefore);
        }
    }

private slots:
    void absurdNetworkIsRefusedWithAnEstimate() {
        // Eight 16,384-unit layers pass every range check but need about 56 GiB to train.
        const QString config = dir_.filePath("absurd.json");
        writeFile(config, R"({"variant": "deep", "hidden": [16384,16384,16384,16384,16384,16384,16384,16384]})");
        expectRefusal({"train", "--config", config, "--epochs", "1"}, {"needs about", "GiB of memory to train", "available"},
                      "16384");
    }

    void hugeBatchOnALimitedMachineIsRefused() {
        // The seed's deep network with the largest batch the range check allows, on a 64 MB budget.
        expectRefusal({"train", "--variant", "deep", "--batch", "4096", "--epochs", "1"},
                      {"batch 4096", "needs about", "0.06 GiB available"}, "64");
    }

    void configurationFilesAreChecked_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown key") << QByteArray(R"({"latnet": 2})") << "unknown key 'latnet'";
        QTest::newRow("wrong type") << QByteArray(R"({"epochs": "ten"})") << "key 'epochs' has the wrong type (string)";
        QTest::newRow("not json") << QByteArray("{latent: 2") << "not valid JSON";
        QTest::newRow("not an object") << QByteArray("[1, 2]") << "expected a JSON object";
        QTest::newRow("number overflow") << QByteArray(R"({"l1": 1e999})") << "not valid JSON ([json.exception.out_of_range.406] number overflow";
        QTest::newRow("fraction for a count") << QByteArray(R"({"latent": 2.5})") << "key 'latent' = 2.5 is not a whole number";
        QTest::newRow("count out of range") << QByteArray(R"({"latent": 1e10})") << "key 'latent' = 10000000000.0 is out of range";
        QTest::newRow("width out of range") << QByteArray(R"({"hidden": [64, 4294967296]})") << "key 'hidden[1]' = 4294967296 is out of range";
        QTest::newRow("bool for a number") << QByteArray(R"({"epochs": true})") << "key 'epochs' has the wrong type (boolean)";
        QTest::newRow("negative seed") << QByteArray(R"({"seed": -1})") << "key 'seed' = -1 is out of range";
        QTest::newRow("kernel too large") << QByteArray(R"({"variant": "conv", "kernel": 9})") << "invalid kernel = 9";
        QTest::newRow("variant unknown") << QByteArray(R"({"variant": "huge"})") << "unknown variant 'huge'";
    }
    void configurationFilesAreChecked() {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const QString config = dir_.filePath("c.json");
        writeFile(config, json);
        expectRefusal({"train", "--config", config, "--epochs", "1"}, {message});
    }

    void missingConfigurationFile() {
        expectRefusal({"train", "--config", dir_.filePath("none.json")}, {"none.json"});
    }

    void damagedModelFilesAreRefusedByEval() {
        const QString model = dir_.filePath("damaged.aelab");
        writeFile(model, QByteArray("AELABMDL\x01\x00\x00\x00", 12) + QByteArray(40, 'x'));
        expectRefusal({"eval", "--model", model}, {model, "model file"});
        writeFile(model, "PK\x03\x04 a zip, not a model");
        expectRefusal({"eval", "--model", model}, {"not an aelab model file (wrong magic number)"});
    }

    void divergenceStopsWithEpochAndBatch() {
        // The linear variant (MSE, no squashing) with SGD at learning rate 50 overflows within an epoch.
        expectRefusal({"train", "--variant", "linear", "--optimizer", "sgd", "--lr", "50", "--epochs", "3", "--train-limit",
                       "256", "--test-limit", "100", "--batch", "16"},
                      {"training diverged at epoch 1, batch", "the weights from before that batch were kept",
                       "smaller learning rate"},
                      {}, true);
    }
};

QTEST_GUILESS_MAIN(TestCliFailures)
#include "test_cli_failures.moc"
