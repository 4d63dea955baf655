// The training loop: golden losses of a tiny fixed-seed run, determinism, the NaN guard, stop and
// pause, and the theory check that a linear autoencoder with MSE reaches PCA's error.
#include "core/analysis/pca.h"
#include "core/data/idx.h"
#include "core/train/trainer.h"
#include "slowdown.h"

#include <QtTest>

#include <thread>

using namespace ae;

namespace {

const Dataset& sample() {
    static const Dataset d = loadIdxFolder(AELAB_SAMPLE_DIR, "sample");
    return d;
}

Matrix firstRows(const Matrix& m, int n) { return m.topRows(n); }

const Matrix kNoTest;

std::vector<double> trainLosses(const ModelConfig& c, const Matrix& train, const Matrix& test, int epochs) {
    Autoencoder model(c, Shape{1, 28, 28});
    Trainer trainer(model, train, test);
    trainer.run(epochs);
    std::vector<double> out;
    for (const auto& e : trainer.history()) {
        out.push_back(e.train.total);
        out.push_back(e.test.total);
    }
    return out;
}

class Recorder : public TrainingObserver {
public:
    int batches = 0;
    int epochs = 0;
    std::function<void(const BatchProgress&)> onBatch;
    void batchFinished(const BatchProgress& p) override {
        ++batches;
        if (onBatch) onBatch(p);
    }
    void epochFinished(const EpochResult&) override { ++epochs; }
};

ModelConfig tinyConfig() {
    ModelConfig c = presetConfig("undercomplete");
    c.latent = 8;
    c.batchSize = 32;
    c.threads = 1;
    c.seed = 42;
    return c;
}

} // namespace

class TestTrainer : public QObject {
    Q_OBJECT
private slots:
    void goldenLosses() {
        // Recorded from this implementation (Adam, 3 epochs of 256 samples, seed 42). They pin the
        // whole pipeline -- initialisation, shuffling, forward, backward, Adam -- so any change to
        // it shows here. The tolerance covers FMA and vector-width differences between builds.
        const Matrix train = firstRows(sample().trainX, 256);
        const Matrix test = firstRows(sample().testX, 128);
        const auto losses = trainLosses(tinyConfig(), train, test, 3);
        // train, test per epoch
        const std::vector<double> golden = {0.6882034, 0.67933775, 0.6649306, 0.64508978, 0.61778128, 0.58750987};
        QCOMPARE(losses.size(), golden.size());
        for (std::size_t i = 0; i < golden.size(); ++i)
            QVERIFY2(std::abs(losses[i] - golden[i]) < 2e-4 * golden[i],
                     qPrintable(QString("loss %1: %2 vs golden %3").arg(i).arg(losses[i], 0, 'g', 8).arg(golden[i], 0, 'g', 8)));
        QVERIFY(losses[4] < losses[0]);  // it learns
    }

    void sameSeedSameLossesBitForBit() {
        ModelConfig c = tinyConfig();
        c.noise = NoiseKind::Gaussian;
        c.noiseFactor = 0.3f;
        c.threads = 2;
        const Matrix train = firstRows(sample().trainX, 200);
        const Matrix test = firstRows(sample().testX, 50);
        const auto a = trainLosses(c, train, test, 2);
        const auto b = trainLosses(c, train, test, 2);
        QVERIFY(a == b);
        c.seed = 43;
        QVERIFY(trainLosses(c, train, test, 2) != a);
    }

    void threadsDoNotChangeTheBits_data() {
        QTest::addColumn<QString>("variant");
        QTest::newRow("deep") << "deep";
        QTest::newRow("distance") << "distance";  // the pairwise-distance term's products too
    }

    void threadsDoNotChangeTheBits() {
        // The deep preset at its batch of 256 is big enough that the gather, the loss and the
        // optimiser step run on both threads (chunks of rows and of its 222,384 parameters), and
        // the products split by columns. None of it may change a bit of the result.
        QFETCH(QString, variant);
        ModelConfig c = presetConfig(variant.toStdString());
        c.seed = 7;
        const Matrix train = firstRows(sample().trainX, 768);
        const Matrix test = firstRows(sample().testX, 64);
        std::vector<std::vector<float>> weights;
        std::vector<std::vector<double>> losses;
        for (const int threads : {1, 2}) {
            c.threads = threads;
            Autoencoder model(c, Shape{1, 28, 28});
            Trainer trainer(model, train, test);
            trainer.run(2);
            weights.emplace_back(model.parameters().begin(), model.parameters().end());
            losses.push_back({});
            for (const auto& e : trainer.history()) losses.back().insert(losses.back().end(), {e.train.total, e.test.total});
        }
        QVERIFY(losses[0] == losses[1]);
        QVERIFY(weights[0] == weights[1]);
        QVERIFY(losses[0][2] < losses[0][0]);  // and it trained
    }

    void observerSeesEveryBatchAndEpoch() {
        const Matrix train = firstRows(sample().trainX, 100);
        Autoencoder model(tinyConfig(), Shape{1, 28, 28});
        Trainer trainer(model, train, kNoTest);
        Recorder r;
        QCOMPARE(trainer.run(2, &r), Trainer::Outcome::Finished);
        QCOMPARE(r.batches, 2 * 4);  // ceil(100 / 32) = 4
        QCOMPARE(r.epochs, 2);
        QCOMPARE(trainer.epochsDone(), 2);
        QVERIFY(!trainer.history().back().hasTest);
        trainer.run(1);  // continues the count
        QCOMPARE(trainer.history().back().epoch, 3);
    }

    void divergenceStopsAndKeepsLastGoodWeights() {
        ModelConfig c = presetConfig("linear");
        c.optimizer = OptimizerKind::Sgd;
        c.learningRate = 50.0f;
        c.batchSize = 16;
        const Matrix train = firstRows(sample().trainX, 256);
        Autoencoder model(c, Shape{1, 28, 28});
        Trainer trainer(model, train, kNoTest);
        QString message;
        try {
            trainer.run(5);
        } catch (const Error& e) {
            message = e.what();
        }
        QVERIFY2(message.contains("training diverged at epoch"), qPrintable(message));
        QVERIFY(message.contains("smaller learning rate"));
        for (float v : model.parameters()) QVERIFY(std::isfinite(v));
        const Matrix out = model.reconstruct(firstRows(train, 4));
        QVERIFY(out.allFinite());
    }

    void stopAnswersWithinOneBatch() {
        const Matrix train = firstRows(sample().trainX, 320);
        Autoencoder model(tinyConfig(), Shape{1, 28, 28});
        Trainer trainer(model, train, kNoTest);
        Recorder r;
        r.onBatch = [&](const BatchProgress& p) {
            if (p.batch == 3) trainer.requestStop();
        };
        QCOMPARE(trainer.run(10, &r), Trainer::Outcome::Stopped);
        QCOMPARE(r.batches, 3);
        QCOMPARE(trainer.epochsDone(), 0);
    }

    void pauseHoldsTrainingUntilResumed() {
        const Matrix train = firstRows(sample().trainX, 320);
        Autoencoder model(tinyConfig(), Shape{1, 28, 28});
        Trainer trainer(model, train, kNoTest);
        std::atomic<int> batches{0};
        Recorder r;
        r.onBatch = [&](const BatchProgress& p) {
            batches = p.batch;
            if (p.batch == 2) trainer.setPaused(true);
        };
        std::thread worker([&] { trainer.run(1, &r); });
        QTRY_VERIFY_WITH_TIMEOUT(trainer.isPaused() && batches.load() == 2, ae::test::scaledMs(5000));
        const int held = batches.load();
        QTest::qWait(50);  // a paused trainer must not advance, however long we look
        QCOMPARE(batches.load(), held);
        trainer.setPaused(false);
        worker.join();
        QCOMPARE(r.batches, 10);
    }

    void badInputIsRefusedBeforeTraining() {
        const Matrix train = firstRows(sample().trainX, 20);
        ModelConfig c = tinyConfig();  // batch 32 > 20 samples
        Autoencoder model(c, Shape{1, 28, 28});
        QString message;
        try {
            Trainer trainer(model, train, kNoTest);
        } catch (const Error& e) {
            message = e.what();
        }
        QVERIFY2(message.contains("batch size = 32") && message.contains("20 training samples"), qPrintable(message));
    }

    void linearAutoencoderReachesPcaError() {
        // Seed 002 (and Baldi & Hornik 1989): a linear autoencoder with MSE learns PCA's subspace,
        // so its best reconstruction error is PCA's rank-k error on the same data.
        const int k = 8;
        const Matrix train = firstRows(sample().trainX, 1000);
        const Matrix test = firstRows(sample().testX, 500);
        ModelConfig c = presetConfig("linear");
        c.latent = k;
        c.batchSize = 50;
        c.learningRate = 3e-3f;
        c.threads = 1;
        Autoencoder model(c, Shape{1, 28, 28});
        Trainer trainer(model, train, test);
        trainer.run(60);
        const double aeTrain = model.evaluate(train, train).reconstruction;
        const double pcaTrain = pcaReconstructionMse(fitPca(train, k), train);
        qInfo("linear AE train MSE %.6f, PCA rank-%d %.6f (ratio %.4f)", aeTrain, k, pcaTrain, aeTrain / pcaTrain);
        QVERIFY(aeTrain >= pcaTrain * 0.999);  // PCA is optimal: nothing linear beats it
        QVERIFY2(aeTrain <= pcaTrain * 1.02, qPrintable(QString::number(aeTrain / pcaTrain)));
    }
};

QTEST_APPLESS_MAIN(TestTrainer)
#include "test_trainer.moc"
