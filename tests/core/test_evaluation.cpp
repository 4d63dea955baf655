// The distance analysis from a model and from codes the caller already holds (the window's
// report) must be one computation: the same numbers, to the bit.
#include "core/train/evaluation.h"
#include "error_message.h"

#include <QtTest>

#include <random>

using namespace ae;

namespace {

Matrix randomInputs(Eigen::Index rows, Eigen::Index cols) {
    std::mt19937 rng(5);
    std::uniform_real_distribution<float> u(0.0f, 1.0f);
    Matrix x(rows, cols);
    for (Eigen::Index i = 0; i < x.size(); ++i) x.data()[i] = u(rng);
    return x;
}

void compareMetrics(const DistortionMetrics& a, const DistortionMetrics& b) {
    QCOMPARE(a.spearman, b.spearman);
    QCOMPARE(a.pearson, b.pearson);
    QCOMPARE(a.stress, b.stress);
    QCOMPARE(a.trustworthiness, b.trustworthiness);
    QCOMPARE(a.continuity, b.continuity);
    QCOMPARE(a.knn, b.knn);
}

} // namespace

class TestEvaluation : public QObject {
    Q_OBJECT
private slots:
    void codesGiveWhatTheModelGives() {
        ModelConfig c = presetConfig("undercomplete");
        c.latent = 3;
        Autoencoder model(c, Shape{1, 4, 4});
        const Matrix test = randomInputs(40, 16);
        const DistanceReport fromModel = analyseDistances(model, test, 30);
        const DistanceReport fromCodes = compareDistances(test.topRows(30), model.encode(test.topRows(30)));
        QCOMPARE(fromCodes.probe, 30);
        QCOMPARE(fromCodes.dimension, 3);
        QCOMPARE(fromModel.probe, fromCodes.probe);
        QCOMPARE(fromModel.dimension, fromCodes.dimension);
        compareMetrics(fromModel.model, fromCodes.model);
        compareMetrics(fromModel.pca, fromCodes.pca);
        compareMetrics(fromModel.mds, fromCodes.mds);
        QVERIFY(fromModel.pca.spearman != fromModel.model.spearman);  // three different embeddings
        // R_NX and the per-point values come with every report, for the model and both baselines.
        QCOMPARE(fromModel.modelQuality.auc, fromCodes.modelQuality.auc);
        QCOMPARE(fromCodes.modelQuality.rnx.size(), std::size_t{28});
        QVERIFY(fromCodes.pcaQuality.auc != fromCodes.modelQuality.auc);
        QVERIFY(fromCodes.mdsQuality.auc > -1 && fromCodes.mdsQuality.auc <= 1);
        QCOMPARE(fromCodes.modelPoints.trustworthiness.size(), std::size_t{30});
        QCOMPARE(fromCodes.modelPoints.continuity, fromModel.modelPoints.continuity);
        QCOMPARE(fromCodes.trainKnn, -1.0);
    }

    void tooFewOrMismatchedCodesAreRefused() {
        const Matrix x = randomInputs(20, 16);
        VERIFY_MESSAGE(compareDistances(x, x.leftCols(2)), "at least 21 probe samples", "got 20");
        const Matrix y = randomInputs(25, 16);
        VERIFY_MESSAGE(compareDistances(y, y.topRows(24)), "24 codes for 25 samples");
    }
};

QTEST_APPLESS_MAIN(TestEvaluation)
#include "test_evaluation.moc"
