// Inputs that once escaped a reader as something other than a clear ae::Error (an undefined
// conversion, std::bad_alloc, a non-Error exception), kept as fixtures with the message each
// must now give. New crashing inputs from fuzz/run_fuzzers.sh belong here.
#include "core/data/csv.h"
#include "core/data/idx.h"
#include "core/train/model_config.h"
#include "core/train/model_file.h"

#include <QtTest>

using namespace ae;

namespace {

std::string fixture(const QString& relative) { return (QString(AELAB_FIXTURES_DIR) + "/" + relative).toStdString(); }

std::string readText(const std::string& path) {
    const std::vector<unsigned char> bytes = readFileBytes(path);
    return std::string(bytes.begin(), bytes.end());
}

} // namespace

class TestReaderRegressions : public QObject {
    Q_OBJECT
private slots:
    void eachGivesItsOwnError_data() {
        QTest::addColumn<QString>("reader");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        // nlohmann throws out_of_range (not parse_error) for 1e999: it left configFromJson as an
        // "internal error" with exit status 1.
        QTest::newRow("config 1e999") << "config" << "config/number-overflow.json"
                                      << "not valid JSON ([json.exception.out_of_range.406] number overflow parsing '1e999'";
        // get<int>() of 1e10 is an undefined float-to-int conversion ("invalid latent = -2.14748e+09").
        QTest::newRow("config 1e10") << "config" << "config/count-out-of-range.json"
                                     << "key 'latent' = 10000000000.0 is out of range";
        // get<int>() of 2.5 silently truncated to 2.
        QTest::newRow("config 2.5") << "config" << "config/fractional-width.json" << "key 'hidden[1]' = 2.5 is not a whole number";
        // Class indices 0..2147483647: a loop that overflows int and 2^31 class names.
        QTest::newRow("csv class index") << "csv" << "csv/huge-class-index.csv"
                                         << "line 3, column 3 (label): class index 2147483647 is above 9999";
        // Built a 35-trillion-weight network (std::bad_alloc) before comparing the weight count.
        QTest::newRow("model huge network") << "model" << "model/huge-network.aelab"
                                            << "holds 0 weights but its configuration builds a network with 35185580085248";
    }
    void eachGivesItsOwnError() {
        QFETCH(QString, reader);
        QFETCH(QString, file);
        QFETCH(QString, message);
        const std::string path = fixture(file);
        QString error;
        try {
            if (reader == "config") validateConfig(configFromJson(readText(path), path), Shape{1, 28, 28});
            if (reader == "csv") parseCsv(readText(path), path);
            if (reader == "model") loadModel(path);
            if (reader == "idx") parseIdxImages(readFileBytes(path), path);
        } catch (const Error& e) {
            error = e.what();
        }
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY2(error.contains(QString::fromStdString(path)), qPrintable(error));
    }
};

QTEST_APPLESS_MAIN(TestReaderRegressions)
#include "test_reader_regressions.moc"
