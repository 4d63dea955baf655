// Error::worded: the English message is the wording with its arguments filled in (what the command
// line prints), and the wording and arguments stay with the error for the window to translate.
#include "core/common.h"
#include "core/train/model_config.h"

#include <QtTest>

#include <string>
#include <vector>

using namespace ae;

class TestErrorWording : public QObject {
    Q_OBJECT
private slots:
    void fillsTheArgumentsIntoTheWording() {
        const Error e = Error::worded("invalid batch size = %1: larger than the %2 training samples", 6000, 500LL);
        QCOMPARE(std::string(e.what()), std::string("invalid batch size = 6000: larger than the 500 training samples"));
        QCOMPARE(std::string(e.wording()), std::string("invalid batch size = %1: larger than the %2 training samples"));
        QCOMPARE(e.arguments(), (std::vector<std::string>{"6000", "500"}));
    }

    void argumentsOfEveryKindBecomeText() {
        const std::string path = "/tmp/a.csv";
        const Error e = Error::worded("%1|%2|%3|%4|%5|%6|%7", path, std::size_t(7), -3, 0.05f, 2.0, "lit", std::string_view("v"));
        // A float reads like the values of OutOfRange's messages (formatValue): no binary noise,
        // whole numbers without a decimal point.
        QCOMPARE(std::string(e.what()), std::string("/tmp/a.csv|7|-3|0.05|2|lit|v"));
        QCOMPARE(formatValue(1e11), std::string("100000000000"));
    }

    void fillsInOnePass() {
        // An argument that holds a marker is text, not another marker.
        const Error e = Error::worded("%1: unknown key '%2'", std::string("cfg%2.json"), std::string("%1"));
        QCOMPARE(std::string(e.what()), std::string("cfg%2.json: unknown key '%1'"));
        QCOMPARE(fillWording("%2 then %1", {"%2", "%1"}), std::string("%1 then %2"));
    }

    void repeatedMarkersAndMarkersWithoutArguments() {
        QCOMPARE(std::string(Error::worded("at least %1x%1", 8).what()), std::string("at least 8x8"));
        // A marker with no argument, %0 and a lone % stay as written.
        QCOMPARE(fillWording("%1 %2 %0 100% %", {"a"}), std::string("a %2 %0 100% %"));
    }

    void nineMarkersAndNoMore() {
        const std::vector<std::string> nine = {"a", "b", "c", "d", "e", "f", "g", "h", "i"};
        QCOMPARE(fillWording("%9%8%7%6%5%4%3%2%1", nine), std::string("ihgfedcba"));
        // Markers are one digit, so %10 is the first argument followed by 0 (as a wording with
        // nine arguments at most never means a tenth).
        QCOMPARE(fillWording("%10 %11", nine), std::string("a0 a1"));
        const Error e = Error::worded("%1%2%3%4%5%6%7%8%9", 1, 2, 3, 4, 5, 6, 7, 8, 9);
        QCOMPARE(std::string(e.what()), std::string("123456789"));
        QCOMPARE(e.arguments().size(), std::size_t(9));
    }

    void aPlainMessageHasNoWording() {
        const Error e("plain message");
        QCOMPARE(std::string(e.what()), std::string("plain message"));
        QVERIFY(e.wording() == nullptr);
        QVERIFY(e.arguments().empty());
    }

    void copiesKeepTheWording() {
        Error copy("x");
        try {
            throw Error::worded("%1: no such file", std::string("missing.csv"));
        } catch (const Error& e) {
            copy = e;
        }
        QCOMPARE(std::string(copy.what()), std::string("missing.csv: no such file"));
        QCOMPARE(std::string(copy.wording()), std::string("%1: no such file"));
        QCOMPARE(copy.arguments(), std::vector<std::string>{"missing.csv"});
    }

    void coreErrorsAreWorded() {
        // Derived errors keep their English message and carry the wording too.
        try {
            ModelConfig c;
            c.learningRate = 500;
            validateHyperparameters(c);
            QFAIL("no error");
        } catch (const OutOfRange& e) {
            QCOMPARE(std::string(e.what()), std::string("invalid learning rate = 500: allowed range is (0, 100]"));
            QCOMPARE(std::string(e.wording()), std::string("invalid %1 = %2: allowed range is %3"));
            QCOMPARE(e.field(), std::string("learning rate"));
        }
        try {
            ModelConfig c;
            c.batchSize = 6000;
            validateBatchSize(c, 500);
            QFAIL("no error");
        } catch (const Error& e) {
            QCOMPARE(std::string(e.what()), std::string("invalid batch size = 6000: larger than the 500 training samples"));
            QVERIFY(e.wording() != nullptr);
            QCOMPARE(e.arguments(), (std::vector<std::string>{"6000", "500"}));
        }
    }
};

QTEST_APPLESS_MAIN(TestErrorWording)
#include "test_error_wording.moc"
