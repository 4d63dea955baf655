// CSV datasets: header and label detection, min-max scaling from the training rows,
// the train/test split, and the line/column named in each error.
#include "core/data/csv.h"

#include "error_message.h"

#include <QtTest>

using namespace ae;

namespace {

const std::string kCsv = AELAB_FIXTURES_DIR "/csv/";

} // namespace

class TestCsv : public QObject {
    Q_OBJECT

private slots:
    void headerStringLabelsAndScaling()
    {
        // CRLF file; the last of 5 rows is the test set; x trains on 0..10, y on 10..30.
        const Dataset d = loadCsv(kCsv + "labelled.csv");
        QCOMPARE(d.files, std::vector<std::string>{kCsv + "labelled.csv"});
        QCOMPARE(d.shape, (Shape{1, 1, 2}));
        QCOMPARE(d.trainX.rows(), 4);
        QCOMPARE(d.testX.rows(), 1);
        QCOMPARE(d.classNames, (std::vector<std::string>{"cat", "dog", "bird"}));
        QCOMPARE(d.trainY, (std::vector<int>{0, 1, 0, 2}));
        QCOMPARE(d.testY, (std::vector<int>{1}));
        QCOMPARE(d.trainX(0, 0), 0.0f);
        QCOMPARE(d.trainX(1, 0), 0.5f);
        QCOMPARE(d.trainX(1, 1), 0.5f);
        QCOMPARE(d.trainX(2, 0), 1.0f);
        QCOMPARE(d.trainX(3, 0), 0.25f);
        // Test values beyond the training range are clipped into [0,1].
        QCOMPARE(d.testX(0, 0), 1.0f);
        QCOMPARE(d.testX(0, 1), 1.0f);
    }

    void splitColumnAndIntegerLabels()
    {
        const Dataset d = loadCsv(kCsv + "split.csv");
        QCOMPARE(d.shape.size(), 2);
        QCOMPARE(d.trainX.rows(), 2);
        QCOMPARE(d.testX.rows(), 2);
        QCOMPARE(d.trainY, (std::vector<int>{0, 1}));
        QCOMPARE(d.testY, (std::vector<int>{2, 0}));
        QCOMPARE(d.classNames, (std::vector<std::string>{"0", "1", "2"}));
        QCOMPARE(d.trainX(0, 0), 0.0f);
        QCOMPARE(d.trainX(1, 0), 1.0f);
        QCOMPARE(d.trainX(0, 1), 0.0f); // constant column
        QCOMPARE(d.testX(1, 1), 0.0f);
    }

    void noHeaderNoLabels()
    {
        const Dataset d = loadCsv(kCsv + "unlabelled.csv");
        QCOMPARE(d.shape.size(), 3);
        QCOMPARE(d.trainX.rows(), 3);
        QCOMPARE(d.testX.rows(), 1);
        QVERIFY(d.classNames.empty());
        QCOMPARE(d.trainY, (std::vector<int>{-1, -1, -1}));
        QCOMPARE(d.trainX(0, 2), 1.0f);
        QCOMPARE(d.trainX(1, 2), 0.0f);
        QCOMPARE(d.trainX(2, 2), 0.5f);
        QCOMPARE(d.testX(0, 2), 1.0f); // 1e2 clipped
    }

    void options()
    {
        CsvOptions o;
        o.labelColumn = 0;
        const Dataset d = parseCsv("3,1\n1,2\n3,3\n2,4\n1,5\n0,6\n", "opt.csv", o);
        QCOMPARE(d.trainY, (std::vector<int>{3, 1, 3, 2, 1}));
        QCOMPARE(d.classCount(), 4);
        QCOMPARE(d.shape.size(), 1);

        o.testFraction = 0.5;
        QCOMPARE(parseCsv("3,1\n1,2\n3,3\n2,4\n", "half.csv", o).testX.rows(), 2);

        CsvOptions header;
        header.header = CsvOptions::Header::Yes;
        QCOMPARE(parseCsv("1,2\n3,4\n5,6\n", "h.csv", header).trainX.rows(), 1);
    }

    void quotedFieldsAndBom()
    {
        const Dataset d = parseCsv("\xEF\xBB\xBF\"x\",label\n\" 1 \",\"a, b\"\n2,\"say \"\"hi\"\"\"\n3,\"a, b\"\n",
                                   "q.csv");
        QCOMPARE(d.classNames, (std::vector<std::string>{"a, b", "say \"hi\""}));
        QCOMPARE(d.trainY, (std::vector<int>{0, 1}));
        QCOMPARE(d.testY, (std::vector<int>{0}));
    }

    void notANumber()
    {
        VERIFY_MESSAGE(loadCsv(kCsv + "bad-number.csv"), "bad-number.csv", "line 3, column 3 (f3): 'abc' is not a number");
        VERIFY_MESSAGE(parseCsv("1,2\n3,x\n", "nohead.csv"), "line 2, column 2: 'x' is not a number", "\"label\"");
    }

    void raggedRows() { VERIFY_MESSAGE(loadCsv(kCsv + "ragged.csv"), "ragged.csv", "line 2: has 2 fields, expected 3"); }

    void emptyFile()
    {
        VERIFY_MESSAGE(loadCsv(kCsv + "empty.csv"), "empty.csv", "is empty");
        VERIFY_MESSAGE(parseCsv("\n \r\n", "blank.csv"), "blank.csv", "is empty");
        VERIFY_MESSAGE(parseCsv("a,b\n", "head.csv"), "head.csv", "no data rows");
        VERIFY_MESSAGE(loadCsv(kCsv + "absent.csv"), "absent.csv", "no such file");
    }

    void noNumericColumns() { VERIFY_MESSAGE(parseCsv("label,split\n1,train\n2,test\n", "lab.csv"), "lab.csv", "no numeric columns"); }

    void nonFinite()
    {
        VERIFY_MESSAGE(parseCsv("1,2\n3,nan\n", "nan.csv"), "nan.csv", "line 2, column 2: 'nan' is not a finite number");
        VERIFY_MESSAGE(parseCsv("1,2\n-inf,2\n", "inf.csv"), "line 2, column 1: '-inf' is not a finite number");
        VERIFY_MESSAGE(parseCsv("1,2\n1e999,2\n", "big.csv"), "line 2, column 1: '1e999'");
    }

    void emptyValue() { VERIFY_MESSAGE(parseCsv("a,b\n1,2\n3,\n", "hole.csv"), "line 3, column 2 (b): empty value"); }

    void badSplit()
    {
        VERIFY_MESSAGE(parseCsv("a,split\n1,train\n2,valid\n", "s.csv"), "line 3, column 2 (split): 'valid' must be train or test");
        VERIFY_MESSAGE(parseCsv("a,split\n1,train\n2,TRAIN\n", "s.csv"), "marks every row as train");
    }

    void tooFewRows() { VERIFY_MESSAGE(parseCsv("a\n1\n", "one.csv"), "one.csv", "has 1 data row"); }

    void badOptions()
    {
        CsvOptions o;
        o.labelColumn = 5;
        VERIFY_MESSAGE(parseCsv("1,2\n3,4\n", "o.csv", o), "label column 6 does not exist", "2 columns");
        CsvOptions f;
        f.testFraction = 1.0;
        VERIFY_MESSAGE(parseCsv("1,2\n3,4\n", "o.csv", f), "test fraction");
    }

    void unterminatedQuote() { VERIFY_MESSAGE(parseCsv("1,\"2\n3,4\n", "quote.csv"), "line 1", "no closing quote"); }
};

QTEST_APPLESS_MAIN(TestCsv)
#include "test_csv.moc"
