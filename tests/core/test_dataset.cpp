// The dataset helpers: keeping only the normal classes for training, and row limits.
#include "core/data/dataset.h"

#include "error_message.h"

#include <QtTest>

#include <functional>

using namespace ae;
using ae::test::errorOf;

namespace {

// Row i holds the value i in every column; labels cycle 0,1,2.
Dataset makeDataset(int train, int test)
{
    Dataset d;
    d.name = "made";
    d.shape = Shape{1, 1, 2};
    d.trainX.resize(train, 2);
    d.testX.resize(test, 2);
    for (int i = 0; i < train; ++i) {
        d.trainX.row(i).setConstant(float(i));
        d.trainY.push_back(i % 3);
    }
    for (int i = 0; i < test; ++i) {
        d.testX.row(i).setConstant(float(100 + i));
        d.testY.push_back(i % 3);
    }
    d.classNames = {"a", "b", "c"};
    return d;
}

} // namespace

class TestDataset : public QObject {
    Q_OBJECT

private slots:
    void keepsOnlyNormalClassesInOrder()
    {
        Dataset d = makeDataset(9, 6);
        keepTrainingClasses(d, {2, 0});
        QCOMPARE(d.trainY, (std::vector<int>{0, 2, 0, 2, 0, 2}));
        QCOMPARE(d.trainX.rows(), 6);
        QCOMPARE(d.trainX(1, 0), 2.0f);
        QCOMPARE(d.trainX(5, 1), 8.0f);
        QCOMPARE(d.testX.rows(), 6); // the test set keeps the anomalies
    }

    // One-class training validates on these: the normal classes' test rows, in order.
    void testRowsOfTheNormalClasses()
    {
        const Dataset d = makeDataset(3, 7);
        const Matrix normal = testRowsOfClasses(d, {1, 2});
        QCOMPARE(normal.rows(), 4);
        QCOMPARE(normal(0, 0), 101.0f);
        QCOMPARE(normal(1, 1), 102.0f);
        QCOMPARE(normal(3, 0), 105.0f);
        QCOMPARE(testRowsOfClasses(d, {}).rows(), 7); // no choice: every test row
    }

    void keepClassesErrors()
    {
        Dataset d = makeDataset(2, 1);
        QVERIFY(errorOf([&] { keepTrainingClasses(d, {7}); }).find("class 7 does not exist") != std::string::npos);
        QVERIFY(errorOf([&] { keepTrainingClasses(d, {2}); }).find("no training sample of class 2") != std::string::npos);
        QCOMPARE(d.trainX.rows(), 2);
        d.classNames.clear();
        QVERIFY(errorOf([&] { keepTrainingClasses(d, {0}); }).find("has no labels") != std::string::npos);
    }

    void limitsKeepFirstRows()
    {
        Dataset d = makeDataset(10, 8);
        limitTraining(d, 4);
        limitTest(d, 3);
        QCOMPARE(d.trainX.rows(), 4);
        QCOMPARE(d.trainY.size(), std::size_t(4));
        QCOMPARE(d.trainX(3, 1), 3.0f);
        QCOMPARE(d.testX.rows(), 3);
        QCOMPARE(d.testX(2, 0), 102.0f);
        QCOMPARE(d.testY, (std::vector<int>{0, 1, 2}));
        limitTraining(d, 0);
        limitTest(d, 50);
        QCOMPARE(d.trainX.rows(), 4);
        QCOMPARE(d.testX.rows(), 3);
        QVERIFY(errorOf([&] { limitTraining(d, -1); }).find("negative") != std::string::npos);
    }
};

QTEST_APPLESS_MAIN(TestDataset)
#include "test_dataset.moc"
