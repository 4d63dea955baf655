// The latent explorer (issue 5): the GUI's decoder copy, the interpolation strip, the decoded
// manifold grid, the plane choice for wide codes and the trade-off view. Snapshots come from
// the real SnapshotBuilder on a small synthetic dataset, with an untrained (seeded) model:
// what is checked is that the GUI side decodes exactly what the model would.
#include "ui/views/common/latent_decoder.h"
#include "ui/views/common/tile_image.h"
#include "ui/session/snapshot_builder.h"
#include "ui/views/latent_explorer.h"
#include "ui/views/latent_view.h"
#include "ui/views/manifold_view.h"
#include "ui/views/tradeoff_view.h"
#include "ui_fixture.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QtTest>

#include <random>

using namespace ae;

namespace {

// 60 images of 8x8 in [0,1], 3 classes; the first 40 are the test (probe) set.
Dataset makeData() {
    Dataset d;
    d.name = "synthetic";
    d.shape = Shape{1, 8, 8};
    std::mt19937 rng(3);
    std::uniform_real_distribution<float> u(0, 1);
    d.trainX = Matrix(20, 64);
    d.testX = Matrix(40, 64);
    for (Eigen::Index i = 0; i < d.trainX.size(); ++i) d.trainX.data()[i] = u(rng);
    for (Eigen::Index i = 0; i < d.testX.size(); ++i) d.testX.data()[i] = u(rng);
    for (int i = 0; i < 20; ++i) d.trainY.push_back(i % 3);
    for (int i = 0; i < 40; ++i) d.testY.push_back(i % 3);
    d.classNames = {"a", "b", "c"};
    return d;
}

ModelConfig smallConfig(int latent, bool variational = false) {
    ModelConfig c = presetConfig(variational ? "vae" : "distance");
    c.hidden = {16};
    c.latent = latent;
    c.codeActivation = Activation::Linear;
    c.threads = 1;
    c.seed = 5;
    return c;
}

} // namespace

class TestLatentExplorer : public QObject {
    Q_OBJECT
private slots:
    void decoderCopyDecodesLikeTheModel();
    void decoderRebuildsOnlyOnChange();
    void interpolationStripHasTenImages();
    void mouseDragMakesAStrip();
    void hoverShowsInputAndReconstruction();
    void manifoldGridHas225Tiles();
    void hiddenManifoldWaitsUntilShown();
    void vaeManifoldUsesPriorQuantiles();
    void planeChoiceChangesTheAxes();
    void pcaPlaneInvertsTheProjection();
    void tradeoffRecordsFinishedRuns();
};

void TestLatentExplorer::decoderCopyDecodesLikeTheModel() {
    const Dataset data = makeData();
    Autoencoder model(smallConfig(2), data.shape);
    SnapshotBuilder builder(data, 1);
    const ModelSnapshot s = builder.build(model, 1);
    QCOMPARE(s.codes.rows(), 40);
    QCOMPARE(s.codes.cols(), 2);
    QVERIFY(s.probeInputs);

    LatentDecoder decoder;
    QVERIFY(decoder.update(s));
    QVERIFY(decoder.ready());
    const Matrix expected = model.decode(s.codes);
    const Matrix mine = decoder.decodeCodes(s.codes);
    QCOMPARE(mine.rows(), expected.rows());
    QCOMPARE((mine - expected).cwiseAbs().maxCoeff(), 0.0f);  // same weights, same arithmetic
    // A plane point of a 2-D code is the code itself.
    const QPointF p(s.codes(3, 0), s.codes(3, 1));
    QCOMPARE((decoder.decodePoints({p}).row(0) - expected.row(3)).cwiseAbs().maxCoeff(), 0.0f);
    // The reconstruction of a probe image through the copy equals the model's.
    const Matrix recon = model.reconstruct(data.testX.topRows(5));
    QVERIFY((decoder.decodeCodes(s.codes.topRows(5)) - recon).cwiseAbs().maxCoeff() < 1e-6f);
}

void TestLatentExplorer::decoderRebuildsOnlyOnChange() {
    const Dataset data = makeData();
    Autoencoder model(smallConfig(2), data.shape);
    SnapshotBuilder builder(data, 1);
    ModelSnapshot s = builder.build(model, 1);
    LatentDecoder decoder;
    QVERIFY(decoder.update(s));
    QVERIFY(!decoder.update(s));  // same config and weights: nothing to do
    QCOMPARE(decoder.rebuildCount(), 1);
    const QImage before = decoder.decodeImage({0.3, -0.2});
    s.parameters.back() += 1.0f;  // an output bias: every image brightens
    QVERIFY(decoder.update(s));
    QCOMPARE(decoder.rebuildCount(), 2);
    QVERIFY(decoder.decodeImage({0.3, -0.2}) != before);
}

void TestLatentExplorer::interpolationStripHasTenImages() {
    const Dataset data = makeData();
    Autoencoder model(smallConfig(2), data.shape);
    SnapshotBuilder builder(data, 1);
    LatentExplorer explorer;
    explorer.showSnapshot(builder.build(model, 1));
    const QPointF a(-1, 0.5), b(2, -1);
    explorer.interpolate(a, b);
    QCOMPARE(int(explorer.stripImages().size()), 10);
    QCOMPARE(explorer.stripImages().front(), explorer.decoder().decodeImage(a));
    QCOMPARE(explorer.stripImages().back(), explorer.decoder().decodeImage(b));
    QCOMPARE(explorer.stripImages().front().size(), QSize(8, 8));
    const auto line = LatentDecoder::linePoints(a, b, 10);
    QCOMPARE(line[4], a + 4.0 / 9.0 * (b - a));
}

void TestLatentExplorer::mouseDragMakesAStrip() {
    const Dataset data = makeData();
    Autoencoder model(smallConfig(2), data.shape);
    SnapshotBuilder builder(data, 1);
    LatentExplorer explorer;
    explorer.resize(700, 500);
    explorer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&explorer));
    explorer.showSnapshot(builder.build(model, 1));
    explorer.view()->flush();
    QCustomPlot* plot = explorer.view()->plot();
    const QRect r = plot->axisRect()->rect();
    const QPoint from = r.center() - QPoint(r.width() / 4, 0), to = r.center() + QPoint(r.width() / 4, r.height() / 5);

    QSignalSpy pressed(explorer.view(), &LatentView::latentPointPressed);
    QTest::mousePress(plot, Qt::LeftButton, Qt::NoModifier, from);
    QCOMPARE(pressed.count(), 1);
    QVERIFY(!explorer.decodedImage().isNull());
    QCOMPARE(explorer.decodedImage(), explorer.decoder().decodeImage(explorer.view()->toLatent(from)));
    QVERIFY(explorer.stripImages().empty());  // a click is not a drag

    QMouseEvent move(QEvent::MouseMove, QPointF(to), plot->mapToGlobal(QPointF(to)), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(plot, &move);
    QTest::mouseRelease(plot, Qt::LeftButton, Qt::NoModifier, to);
    QCOMPARE(int(explorer.stripImages().size()), LatentExplorer::kStripImages);
    // Live: the side image followed the mouse to the end of the drag.
    QCOMPARE(explorer.decodedImage(), explorer.decoder().decodeImage(explorer.view()->toLatent(to)));
}

void TestLatentExplorer::hoverShowsInputAndReconstruction() {
    const Dataset data = makeData();
    Autoencoder model(smallConfig(2), data.shape);
    SnapshotBuilder builder(data, 1);
    LatentExplorer explorer;
    explorer.showSnapshot(builder.build(model, 1));
    explorer.showProbe(7, QPoint(10, 10));
    QCOMPARE(explorer.probeInputImage(), sampleImage(data.testX.row(7).data(), data.shape));
    const Matrix recon = model.reconstruct(data.testX.row(7));
    QCOMPARE(explorer.probeOutputImage(), sampleImage(recon.row(0).data(), data.shape));
}

void TestLatentExplorer::manifoldGridHas225Tiles() {
    const Dataset data = makeData();
    Autoencoder model(smallConfig(2), data.shape);
    SnapshotBuilder builder(data, 1);
    ManifoldView view;
    view.showSnapshot(builder.build(model, 1));
    view.setVisibleArea(QRectF(QPointF(-2, -1), QPointF(4, 3)));
    view.flush();
    QCOMPARE(view.tileCount(), 225);
    QVERIFY(!view.usesPrior());
    const auto& pts = view.gridPoints();
    // Row by row from the top: the first tile is top-left, the last bottom-right, cell centres.
    QCOMPARE(pts.front(), QPointF(-2 + 0.2, 3 - 4.0 / 30));
    QCOMPARE(pts.back(), QPointF(4 - 0.2, -1 + 4.0 / 30));
    QVERIFY(!view.render(QSize(300, 320)).isNull());
}

void TestLatentExplorer::hiddenManifoldWaitsUntilShown() {
    // Behind another tab the grid is not decoded at every snapshot; shown, it catches up.
    const Dataset data = makeData();
    Autoencoder model(smallConfig(2), data.shape);
    SnapshotBuilder builder(data, 1);
    ManifoldView view;
    view.setVisibleArea(QRectF(QPointF(-2, -1), QPointF(4, 3)));
    // Each snapshot from other weights, as during training.
    auto nudged = [&](int epoch) {
        for (float& w : model.parameters()) w *= 1.01f;
        return builder.build(model, epoch);
    };
    for (int epoch = 1; epoch <= 3; ++epoch) view.showSnapshot(nudged(epoch));
    QTest::qWait(300);  // three times the view's coalescing delay
    QCOMPARE(view.decodeCount(), 0);
    view.show();
    QTRY_COMPARE(view.decodeCount(), 1);  // once for all three snapshots
    QCOMPARE(view.tileCount(), 225);
    view.showSnapshot(nudged(4));
    QTRY_COMPARE(view.decodeCount(), 2);  // visible: every snapshot again
}

void TestLatentExplorer::vaeManifoldUsesPriorQuantiles() {
    QVERIFY(std::abs(LatentDecoder::inverseNormalCdf(0.95) - 1.6448536) < 1e-6);
    QVERIFY(std::abs(LatentDecoder::inverseNormalCdf(0.5)) < 1e-12);
    const Dataset data = makeData();
    Autoencoder model(smallConfig(2, true), data.shape);
    SnapshotBuilder builder(data, 1);
    ManifoldView view;
    view.showSnapshot(builder.build(model, 1));
    view.setVisibleArea(QRectF(QPointF(-10, -10), QPointF(10, 10)));
    view.flush();
    QVERIFY(view.usesPrior());
    QCOMPARE(view.tileCount(), 225);
    QVERIFY(std::abs(view.gridPoints().front().x() + 1.6448536) < 1e-6);
    QVERIFY(std::abs(view.gridPoints().front().y() - 1.6448536) < 1e-6);
}

void TestLatentExplorer::planeChoiceChangesTheAxes() {
    const Dataset data = makeData();
    Autoencoder model(smallConfig(4), data.shape);
    SnapshotBuilder builder(data, 1);
    const ModelSnapshot s = builder.build(model, 1);
    QCOMPARE(s.codes.cols(), 4);
    QCOMPARE(s.latentPcaComponents.rows(), 2);

    LatentView view;
    view.resize(600, 450);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.showSnapshot(s);
    view.flush();
    QCOMPARE(view.plane().axes, LatentPlane::Axes::Pca);
    QCOMPARE(view.plot()->xAxis->label(), QStringLiteral("PCA 1"));
    const QCPRange pcaRange = view.xRange();

    QSignalSpy planes(&view, &LatentView::planeChanged);
    LatentPlane units;
    units.axes = LatentPlane::Axes::Units;
    units.unitX = 2;
    units.unitY = 3;
    view.setPlane(units);
    QCOMPARE(planes.count(), 1);
    QCOMPARE(view.plot()->xAxis->label(), QStringLiteral("z2"));
    QCOMPARE(view.plot()->yAxis->label(), QStringLiteral("z3"));
    view.plot()->replot();  // lay out the new range before asking where a point is drawn
    // The drawn points are now units 2 and 3 of the codes.
    double lo = 1e9, hi = -1e9;
    for (int i = 0; i < s.codes.rows(); ++i) lo = std::min<double>(lo, s.codes(i, 2)), hi = std::max<double>(hi, s.codes(i, 2));
    QVERIFY(view.xRange().lower <= lo && view.xRange().upper >= hi);
    QVERIFY(view.xRange() != pcaRange);
    const int probe = view.probeIndexAt(QPointF(view.plot()->xAxis->coordToPixel(s.codes(5, 2)),
                                                view.plot()->yAxis->coordToPixel(s.codes(5, 3))), 0.5);
    QCOMPARE(probe, 5);

    // The decoder follows: a unit-plane point keeps the other units at the probe mean.
    LatentDecoder decoder;
    decoder.update(s);
    decoder.setPlane(units);
    const Matrix c = decoder.codesFor({QPointF(1.5, -0.5)});
    QCOMPARE(c(0, 2), 1.5f);
    QCOMPARE(c(0, 3), -0.5f);
    QVERIFY(std::abs(c(0, 0) - s.codes.col(0).mean()) < 1e-5f);
    // The combo box is the person's way to the same switch.
    view.axesBox()->setCurrentIndex(0);
    QCOMPARE(view.plot()->xAxis->label(), QStringLiteral("PCA 1"));
}

void TestLatentExplorer::pcaPlaneInvertsTheProjection() {
    const Dataset data = makeData();
    Autoencoder model(smallConfig(4), data.shape);
    SnapshotBuilder builder(data, 1);
    builder.build(model, 1);
    const ModelSnapshot s = builder.build(model, 2);  // the second one is sign-aligned to the first
    LatentDecoder decoder;
    decoder.update(s);
    LatentPlane pca;
    pca.axes = LatentPlane::Axes::Pca;
    decoder.setPlane(pca);
    QVERIFY(decoder.planeUsable());
    // Projecting the decoded plane point's code again gives the plane point: the inverse sent
    // with the snapshot matches the projection that drew latent2d, signs included.
    for (int i : {0, 9, 33}) {
        const QPointF p(s.latent2d(i, 0), s.latent2d(i, 1));
        const Matrix code = decoder.codesFor({p});
        const Vector centred = code.row(0).transpose() - s.latentPcaMean;
        QVERIFY(std::abs(centred.dot(s.latentPcaComponents.row(0).transpose()) - p.x()) < 1e-4);
        QVERIFY(std::abs(centred.dot(s.latentPcaComponents.row(1).transpose()) - p.y()) < 1e-4);
    }
}

void TestLatentExplorer::tradeoffRecordsFinishedRuns() {
    TradeoffView view;
    ModelSnapshot s;
    s.epoch = 3;
    s.config = presetConfig("distance");
    s.config.distanceWeight = 0.3f;
    s.distortion.stress = 0.35;
    s.distortion.spearman = 0.7;
    TrainingProgress p;
    EpochPoint e;
    e.hasTest = true;
    e.test.reconstruction = 0.19;
    p.epochs.push_back(e);
    view.showSnapshot(s);
    view.showProgress(p);
    view.runFinished(true);  // stopped runs are not points
    QCOMPARE(view.runCount(), 0);
    view.runFinished(false);
    QCOMPARE(view.runCount(), 1);
    QCOMPARE(view.runs()[0].reconstruction, 0.19);
    QCOMPARE(TradeoffView::labelFor(view.runs()[0]), QStringLiteral("λ=0.3"));
    QCOMPARE(view.plot()->graph(0)->dataCount(), 1);
    view.setMeasure(1);
    QCOMPARE(view.plot()->graph(0)->data()->at(0)->value, 1.0 - 0.7);
}

AELAB_UI_TEST_MAIN(TestLatentExplorer)
#include "test_latent_explorer.moc"
