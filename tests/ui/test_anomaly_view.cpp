// The Anomaly view and the snapshot behind it, on hand-made data whose answers are worked out
// by hand: histogram counts, confusion counts at a threshold (set directly and dragged with
// the mouse), the ROC points, the per-class bars and the gallery tiles; then the builder on a
// tiny untrained model (galleries sorted, worst-normal really normal).
// With AELAB_VIEW_SHOTS=<dir> set, the view is also saved there as PNG to look at.
#include "core/train/autoencoder.h"
#include "core/train/model_config.h"
#include "ui/session/anomaly_builder.h"
#include "ui/session/training_worker.h"
#include "ui/views/anomaly_gallery.h"
#include "ui/views/anomaly_view.h"
#include "ui_fixture.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QtTest>

#include <cmath>
#include <numeric>
#include <random>

using namespace ae;

namespace {

// Normal class 0 is dim noise; class 1 bright, every third test row.
Dataset makeDimBright() {
    Dataset d;
    d.name = "synthetic";
    d.shape = Shape{1, 4, 4};
    d.classNames = {"dim", "bright"};
    std::mt19937 rng(3);
    std::uniform_real_distribution<float> u(0, 1);
    const auto fill = [&](Matrix& m, std::vector<int>& y, int rows, bool withBright) {
        m.resize(rows, 16);
        for (int r = 0; r < rows; ++r) {
            const bool bright = withBright && r % 3 == 0;
            y.push_back(bright ? 1 : 0);
            for (int c = 0; c < 16; ++c) m(r, c) = bright ? 0.7f + 0.3f * u(rng) : 0.2f * u(rng);
        }
    };
    fill(d.trainX, d.trainY, 40, false);
    fill(d.testX, d.testY, 30, true);
    return d;
}

// Ten samples, errors 0.1 .. 1.0; class 0 is normal, class 1 anomalous:
//   error     0.1 0.2 0.3 0.4 0.5 0.6 0.7 0.8 0.9 1.0
//   anomalous  -   -   -   A   -   -   A   A   A   A
// Positives beat negatives in 3 + 4 * 5 = 23 of 25 pairs: AUC 0.92.
AnomalySnapshot makeSmall() {
    AnomalySnapshot s;
    s.epoch = 3;
    s.inputShape = Shape{1, 4, 4};
    s.classNames = {QStringLiteral("zero"), QStringLiteral("one")};
    s.normalClasses = {0};
    const bool anomalous[10] = {false, false, false, true, false, false, true, true, true, true};
    for (int i = 0; i < 10; ++i) {
        s.errors.push_back((i + 1) / 10.0);
        s.anomalous.push_back(anomalous[i]);
        s.labels.push_back(anomalous[i] ? 1 : 0);
    }
    s.roc = rocCurve(s.errors, s.anomalous);
    // A "PCA" that ranks perfectly: the anomalies' errors plus 1.
    std::vector<double> pca = s.errors;
    for (int i = 0; i < 10; ++i) pca[i] += anomalous[i] ? 1.0 : 0.0;
    s.pcaRoc = rocCurve(pca, s.anomalous);
    s.pcaComponents = 2;
    s.bestF1 = bestF1Threshold(s.errors, s.anomalous);
    const auto gallery = [&](std::vector<int> rows) {
        AnomalyGallery g;
        g.indices = rows;
        g.inputs = Matrix::Zero(static_cast<Eigen::Index>(rows.size()), 16);
        g.outputs = Matrix::Constant(static_cast<Eigen::Index>(rows.size()), 16, 0.5f);
        for (int r : rows) {
            g.labels.push_back(s.labels[r]);
            g.errors.push_back(s.errors[r]);
        }
        return g;
    };
    s.mostAnomalous = gallery({9, 8, 7});
    s.worstNormal = gallery({5, 4});
    return s;
}

void saveShot(QWidget& view, const QString& name) {
    const QString dir = qEnvironmentVariable("AELAB_VIEW_SHOTS");
    if (dir.isEmpty()) return;
    QDir().mkpath(dir);
    view.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace

class TestAnomalyView : public QObject {
    Q_OBJECT
private slots:
    void histogramCountsEverySample();
    void thresholdRecounts();
    void dragMovesThreshold();
    void rocPoints();
    void classBarsAndGallery();
    void clearAndBadSnapshot();
    void normalClassesFromData();
    void builderGalleries();
    void workerScoresAtRunEnd();
    void choosingAScoreRescores();
};

void TestAnomalyView::histogramCountsEverySample() {
    AnomalyView view;
    view.showAnomalies(makeSmall());
    view.flush();
    const auto sum = [](const std::vector<int>& v) { return std::accumulate(v.begin(), v.end(), 0); };
    QCOMPARE(int(view.normalCounts().size()), AnomalyView::kBins);
    QCOMPARE(sum(view.normalCounts()), 5);
    QCOMPARE(sum(view.anomalousCounts()), 5);
    // Smallest error in the first bin, largest in the last; 0.4 (anomalous) in bin (0.3/0.9)*50 = 16.
    QCOMPARE(view.normalCounts().front(), 1);
    QCOMPARE(view.anomalousCounts().back(), 1);
    QCOMPARE(view.anomalousCounts()[16], 1);
    QVERIFY(std::abs(view.binLeft(0) - 0.1) < 1e-12);
    QCOMPARE(view.histogramPlot()->xAxis->label(), QStringLiteral("squared error per pixel"));  // what the scores are

    // A larger random set: every sample lands in exactly one bin.
    AnomalySnapshot big = makeSmall();
    std::mt19937 rng(5);
    std::lognormal_distribution<double> error(-2, 0.7);
    big.errors.clear();
    big.anomalous.clear();
    big.labels.clear();
    int anomalies = 0;
    for (int i = 0; i < 2345; ++i) {
        const bool a = i % 7 != 0;
        anomalies += a;
        big.errors.push_back(error(rng) * (a ? 1.5 : 1.0));
        big.anomalous.push_back(a);
        big.labels.push_back(a ? 1 : 0);
    }
    big.roc = rocCurve(big.errors, big.anomalous);
    big.pcaRoc = big.roc;
    big.bestF1 = bestF1Threshold(big.errors, big.anomalous);
    view.showAnomalies(big);
    view.flush();
    QCOMPARE(sum(view.normalCounts()), 2345 - anomalies);
    QCOMPARE(sum(view.anomalousCounts()), anomalies);
    saveShot(view, QStringLiteral("anomaly-random"));
}

void TestAnomalyView::thresholdRecounts() {
    AnomalyView view;
    QSignalSpy moved(&view, &AnomalyView::thresholdChanged);
    view.showAnomalies(makeSmall());
    view.flush();
    // It starts at the best-F1 threshold: 0.7 flags 4 of 5 anomalies and nothing else (F1 8/9);
    // 0.4 flags all 5 anomalies and 2 normal (F1 10/12): 0.7 wins.
    QCOMPARE(view.threshold(), 0.7);
    QCOMPARE(view.stats().tp, 4L);

    view.setThreshold(0.65);  // flags 0.7 .. 1.0
    QCOMPARE(moved.count(), 1);
    QCOMPARE(view.stats().tp, 4L);
    QCOMPARE(view.stats().fp, 0L);
    QCOMPARE(view.stats().tn, 5L);
    QCOMPARE(view.stats().fn, 1L);
    QCOMPARE(view.stats().precision, 1.0);
    QCOMPARE(view.stats().recall, 0.8);

    view.setThreshold(0.45);  // flags 0.5 .. 1.0: 0.5 and 0.6 are false alarms, 0.4 is missed
    QCOMPARE(view.stats().tp, 4L);
    QCOMPARE(view.stats().fp, 2L);
    QCOMPARE(view.stats().tn, 3L);
    QCOMPARE(view.stats().fn, 1L);
    QVERIFY(std::abs(view.stats().precision - 4.0 / 6.0) < 1e-12);
    QVERIFY(std::abs(view.stats().f1 - 2 * (4.0 / 6.0) * 0.8 / (4.0 / 6.0 + 0.8)) < 1e-12);
    QVERIFY(view.statsText().contains(QStringLiteral("FP 2")));

    view.setThreshold(-5);  // clamped to the smallest error: everything flagged
    QCOMPARE(view.threshold(), 0.1);
    QCOMPARE(view.stats().tp + view.stats().fp, 10L);

    view.resetThreshold();
    QCOMPARE(view.threshold(), 0.7);
}

void TestAnomalyView::dragMovesThreshold() {
    AnomalyView view;
    view.resize(1200, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.showAnomalies(makeSmall());
    view.flush();
    QCustomPlot* plot = view.histogramPlot();
    plot->replot();  // lay the axes out, so pixel <-> error is known
    const int y = plot->axisRect()->center().y();
    const int x = static_cast<int>(std::lround(plot->xAxis->coordToPixel(0.45)));
    QTest::mousePress(plot, Qt::LeftButton, {}, QPoint(x, y));
    QVERIFY(std::abs(view.threshold() - 0.45) < 0.02);  // within a pixel or two
    QCOMPARE(view.stats().fp, 2L);
    const int x2 = static_cast<int>(std::lround(plot->xAxis->coordToPixel(0.65)));
    QMouseEvent move(QEvent::MouseMove, QPointF(x2, y), plot->mapToGlobal(QPointF(x2, y)), Qt::NoButton, Qt::LeftButton,
                     Qt::NoModifier);
    QApplication::sendEvent(plot, &move);
    QTest::mouseRelease(plot, Qt::LeftButton, {}, QPoint(x2, y));
    QVERIFY(std::abs(view.threshold() - 0.65) < 0.02);
    QCOMPARE(view.stats().fp, 0L);
    QCOMPARE(view.stats().fn, 1L);
    saveShot(view, QStringLiteral("anomaly-small"));
}

void TestAnomalyView::rocPoints() {
    AnomalyView view;
    view.showAnomalies(makeSmall());
    view.flush();
    // From threshold +inf down: four anomalies, two normals, one anomaly, three normals.
    const double fpr[] = {0, 0, 0, 0, 0, 0.2, 0.4, 0.4, 0.6, 0.8, 1};
    const double tpr[] = {0, 0.2, 0.4, 0.6, 0.8, 0.8, 0.8, 1, 1, 1, 1};
    QCPCurve* roc = view.rocCurve();
    QCOMPARE(roc->dataCount(), 11);
    int i = 0;
    for (auto it = roc->data()->constBegin(); it != roc->data()->constEnd(); ++it, ++i) {
        QVERIFY2(std::abs(it->key - fpr[i]) < 1e-12, qPrintable(QStringLiteral("point %1 fpr %2").arg(i).arg(it->key)));
        QVERIFY2(std::abs(it->value - tpr[i]) < 1e-12, qPrintable(QStringLiteral("point %1 tpr %2").arg(i).arg(it->value)));
    }
    QVERIFY(roc->name().contains(QStringLiteral("0.920")));
    // The perfect baseline goes straight up to (0, 1), on the same axes.
    QCPCurve* pca = view.pcaRocCurve();
    QCOMPARE(pca->keyAxis(), roc->keyAxis());
    bool reachesCorner = false;
    for (auto it = pca->data()->constBegin(); it != pca->data()->constEnd(); ++it)
        reachesCorner = reachesCorner || (it->key == 0 && it->value == 1);
    QVERIFY(reachesCorner);
    QVERIFY(pca->name().contains(QStringLiteral("PCA-2")));
    QVERIFY(pca->name().contains(QStringLiteral("1.000")));
}

void TestAnomalyView::classBarsAndGallery() {
    AnomalyView view;
    view.showAnomalies(makeSmall());
    view.flush();
    QCOMPARE(view.normalClassBars()->dataCount(), 1);
    QCOMPARE(view.anomalousClassBars()->dataCount(), 1);
    const auto normal = view.normalClassBars()->data()->constBegin();
    QCOMPARE(normal->key, 0.0);
    QVERIFY(std::abs(normal->value - (0.1 + 0.2 + 0.3 + 0.5 + 0.6) / 5) < 1e-12);
    const auto anomalous = view.anomalousClassBars()->data()->constBegin();
    QCOMPARE(anomalous->key, 1.0);
    QVERIFY(std::abs(anomalous->value - (0.4 + 0.7 + 0.8 + 0.9 + 1.0) / 5) < 1e-12);

    // Three most anomalous and two worst normal, each an input over a reconstruction.
    QCOMPARE(view.gallery()->tileCount(), 10);
    const QImage strip = view.gallery()->render(QSize(800, 160));
    QCOMPARE(strip.size(), QSize(800, 160));
}

void TestAnomalyView::clearAndBadSnapshot() {
    AnomalyView view;
    view.showAnomalies(makeSmall());
    view.flush();
    QVERIFY(view.hasSnapshot());
    view.clear();
    QVERIFY(!view.hasSnapshot());
    QVERIFY(view.normalCounts().empty());
    QCOMPARE(view.rocCurve()->dataCount(), 0);
    QCOMPARE(view.gallery()->tileCount(), 0);

    AnomalySnapshot bad = makeSmall();
    bad.anomalous.pop_back();  // sizes disagree: drawn as nothing rather than out of bounds
    view.showAnomalies(bad);
    view.flush();
    QVERIFY(!view.hasSnapshot());

    AnomalySnapshot wrongShape = makeSmall();
    wrongShape.inputShape = Shape{1, 28, 28};  // gallery rows are 16 wide: not drawable
    view.showAnomalies(wrongShape);
    view.flush();
    QVERIFY(view.hasSnapshot());
    QCOMPARE(view.gallery()->tileCount(), 0);
}

void TestAnomalyView::normalClassesFromData() {
    Dataset d;
    d.classNames = {"a", "b", "c"};
    d.trainY = {0, 2, 0};
    d.testY = {0, 1, 2};
    QCOMPARE(normalClassesOf(d), (std::vector<int>{0, 2}));
    d.testY = {0, 2};  // no test sample outside the trained classes: nothing to detect
    QVERIFY(normalClassesOf(d).empty());
    d.classNames.clear();  // unlabelled
    d.testY = {0, 1};
    QVERIFY(normalClassesOf(d).empty());
}

void TestAnomalyView::builderGalleries() {
    // An untrained model still has errors to rank.
    const Dataset d = makeDimBright();
    ModelConfig config = presetConfig("undercomplete");
    config.latent = 3;
    Autoencoder model(config, d.shape);
    const AnomalySnapshot s = buildAnomalySnapshot(model, d, normalClassesOf(d), 7, AnomalyScore::SquaredError, 4);
    QCOMPARE(s.epoch, 7);
    QCOMPARE(int(s.errors.size()), 30);
    QCOMPARE(s.normalClasses, (std::vector<int>{0}));
    QCOMPARE(s.pcaComponents, 3);
    QCOMPARE(s.mostAnomalous.size(), 4);
    QCOMPARE(s.worstNormal.size(), 4);
    QCOMPARE(int(s.mostAnomalous.outputs.rows()), 4);
    const double top = *std::max_element(s.errors.begin(), s.errors.end());
    QCOMPARE(s.mostAnomalous.errors.front(), top);
    for (int k = 1; k < 4; ++k) QVERIFY(s.mostAnomalous.errors[k] <= s.mostAnomalous.errors[k - 1]);
    for (int k = 0; k < 4; ++k) {
        QCOMPARE(s.worstNormal.labels[k], 0);
        QCOMPARE(s.worstNormal.errors[k], s.errors[s.worstNormal.indices[k]]);
        QVERIFY(s.mostAnomalous.inputs.row(k).isApprox(d.testX.row(s.mostAnomalous.indices[k])));
    }
    QVERIFY_THROWS_EXCEPTION(Error, buildAnomalySnapshot(model, d, {}, 0));
    // The scores are squared errors per element of the reconstructions (whatever the loss: BCE
    // would score a perfect reconstruction by its ink).
    QCOMPARE(s.score, ae::AnomalyScore::SquaredError);
    const Matrix out = model.reconstruct(d.testX);
    for (int i = 0; i < 30; ++i) {
        const double expected = (out.row(i) - d.testX.row(i)).cast<double>().squaredNorm() / d.testX.cols();
        QVERIFY2(std::abs(s.errors[i] - expected) <= 1e-12 * expected, qPrintable(QString::number(i)));
    }
}

// The worker scores once at the end of a run (not per batch) when the training set holds fewer
// classes than the test set, and on request; never when every class was trained on.
void TestAnomalyView::workerScoresAtRunEnd() {
    qRegisterMetaType<ae::AnomalySnapshot>();
    ModelConfig config = presetConfig("undercomplete");
    config.latent = 3;
    config.epochs = 2;
    config.batchSize = 8;
    config.threads = 1;
    TrainingWorker worker;  // run() executes on this thread: signals arrive directly
    QSignalSpy scored(&worker, &TrainingWorker::anomalies);
    QSignalSpy failed(&worker, &TrainingWorker::failed);
    auto oneClass = std::make_shared<Dataset>(makeDimBright());
    worker.run(config, oneClass, 0);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(scored.count(), 1);
    const auto s = scored.takeFirst().at(0).value<AnomalySnapshot>();
    QCOMPARE(s.epoch, 2);
    QCOMPARE(int(s.errors.size()), 30);
    QCOMPARE(s.normalClasses, (std::vector<int>{0}));
    worker.scoreAnomalies();
    QCOMPARE(scored.count(), 1);
    // The person's choice of score holds for the next scoring: BCE per pixel, not squared error.
    worker.setAnomalyScore(ae::AnomalyScore::TrainingLoss);
    worker.scoreAnomalies();
    QCOMPARE(scored.count(), 2);
    const auto bySquares = scored.at(0).at(0).value<AnomalySnapshot>();
    const auto byLoss = scored.at(1).at(0).value<AnomalySnapshot>();
    QCOMPARE(byLoss.score, ae::AnomalyScore::TrainingLoss);
    QCOMPARE(byLoss.errors.size(), bySquares.errors.size());
    QVERIFY(byLoss.errors != bySquares.errors);
    scored.clear();
    worker.setAnomalyScore(ae::AnomalyScore::SquaredError);

    // Trained on both classes: nothing is anomalous, so nothing is scored.
    auto all = std::make_shared<Dataset>(makeDimBright());
    all->trainY[0] = 1;
    worker.run(config, all, 0);
    worker.scoreAnomalies();
    QCOMPARE(scored.count(), 0);
    QCOMPARE(failed.count(), 0);
}

// The score list: a choice is announced, and with a model to score it asks for new scores.
void TestAnomalyView::choosingAScoreRescores() {
    AnomalyView view;
    QSignalSpy requested(&view, &AnomalyView::scoreRequested);
    std::vector<ae::AnomalyScore> chosen;
    connect(&view, &AnomalyView::scoreChosen, this, [&](ae::AnomalyScore s) { chosen.push_back(s); });
    QCOMPARE(view.chosenScore(), ae::AnomalyScore::SquaredError);
    view.setCanScore(false);
    view.scoreChoice()->setCurrentIndex(1);
    QCOMPARE(view.chosenScore(), ae::AnomalyScore::TrainingLoss);
    QCOMPARE(chosen, (std::vector<ae::AnomalyScore>{ae::AnomalyScore::TrainingLoss}));
    QCOMPARE(requested.count(), 0);  // nothing to score yet
    view.setCanScore(true);
    view.scoreChoice()->setCurrentIndex(0);
    QCOMPARE(chosen.back(), ae::AnomalyScore::SquaredError);
    QCOMPARE(requested.count(), 1);
}

AELAB_UI_TEST_MAIN(TestAnomalyView)
#include "test_anomaly_view.moc"
