// The window side of issue 15: the snapshot's baselines and per-point values (SnapshotBuilder on
// a slice of the embedded sample), the distortion view's baselines table and R_NX curves.
#include "core/analysis/distances.h"
#include "core/analysis/pca.h"
#include "core/train/evaluation.h"
#include "ui/session/snapshot_builder.h"
#include "ui/views/coranking_page.h"
#include "ui/views/distortion_view.h"
#include "ui/views/pca_subspace_page.h"
#include "ui/views/latent_view.h"
#include "ui/views/tradeoff_view.h"
#include "ui_fixture.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QHeaderView>
#include <QTabWidget>
#include <QTableWidget>
#include <QtTest>

#include <cmath>
#include <memory>
#include <numeric>
#include <random>

using namespace ae;

namespace {

ModelConfig tinyConfig(int latent) {
    ModelConfig c = presetConfig("undercomplete");
    c.latent = latent;
    c.threads = 1;
    return c;
}

double mean(const std::vector<double>& v) { return std::accumulate(v.begin(), v.end(), 0.0) / double(v.size()); }

// A hand-made snapshot: Shepard pairs, the model's metrics and curve, and baselines.
ModelSnapshot tableSnapshot(bool withQuality) {
    ModelSnapshot s;
    s.epoch = 7;
    s.shepard.inputDistances = {1, 2, 3, 4};
    s.shepard.latentDistances = {1, 2.5f, 2.8f, 4.2f};
    s.distortion = DistortionMetrics{0.611, 0.58, 0.374, 0.891, 0.95, 0.12};
    auto b = std::make_shared<DistanceBaselines>();
    b->dimension = 2;
    b->pca = DistortionMetrics{0.55, 0.62, 0.41, 0.80, 0.96, 0.05};
    b->mds = b->pca;
    const int n = 100;
    for (int k = 1; k <= n - 2; ++k) {
        b->pcaQuality.rnx.push_back(0.3 / std::sqrt(double(k)));
        b->mdsQuality.rnx.push_back(0.3 / std::sqrt(double(k)));
    }
    b->pcaQuality.auc = b->mdsQuality.auc = 0.177;
    s.baselines = b;
    if (withQuality) {
        for (int k = 1; k <= n - 2; ++k) s.quality.rnx.push_back(0.5 / std::sqrt(double(k)));
        s.quality.auc = 0.3;
        s.qualityEpoch = 5;
    }
    return s;
}

// One run ends in the trade-off view as the session reports it: its last epoch's test
// reconstruction loss, its snapshot, then the end of the run.
void finishRun(TradeoffView& view, const ModelSnapshot& snapshot, double reconstruction) {
    EpochPoint e;
    e.hasTest = true;
    e.test.reconstruction = reconstruction;
    TrainingProgress p;
    p.epochs = {e};
    view.showProgress(p);
    view.showSnapshot(snapshot);
    view.runFinished(false);
}

} // namespace

class TestDistanceViews : public QObject {
    Q_OBJECT
private slots:
    // The builder's baselines are the CLI's (compareDistances: the same PCA and MDS measured the
    // same way), computed once per code width and shared; the per-point values average to the
    // global ones; the R_NX curve only when asked for.
    void builderCarriesBaselinesAndPoints() {
        const auto data = test::sampleSlice(100, 120);
        SnapshotBuilder builder(*data, 1);
        Autoencoder model(tinyConfig(2), data->shape);
        const ModelSnapshot plain = builder.build(model, 0, true, false);
        QVERIFY(plain.baselines);
        QCOMPARE(plain.qualityEpoch, -1);
        QVERIFY(plain.quality.rnx.empty());
        const ModelSnapshot withQuality = builder.build(model, 1, true, true);
        QCOMPARE(withQuality.baselines.get(), plain.baselines.get());
        QCOMPARE(withQuality.qualityEpoch, 1);
        QCOMPARE(withQuality.quality.rnx.size(), std::size_t(118));

        const DistanceReport cli = compareDistances(builder.probe(), withQuality.codes);
        const DistanceBaselines& b = *withQuality.baselines;
        QCOMPARE(b.dimension, 2);
        QVERIFY(std::abs(b.pca.spearman - cli.pca.spearman) < 1e-9);
        QVERIFY(std::abs(b.pca.trustworthiness - cli.pca.trustworthiness) < 1e-9);
        QVERIFY(std::abs(b.mds.stress - cli.mds.stress) < 1e-9);
        QVERIFY(std::abs(b.mds.knn - cli.mds.knn) < 1e-9);
        QVERIFY(std::abs(b.pcaQuality.auc - cli.pcaQuality.auc) < 1e-9);
        QVERIFY(std::abs(b.mdsQuality.auc - cli.mdsQuality.auc) < 1e-9);
        QVERIFY(std::abs(withQuality.quality.auc - cli.modelQuality.auc) < 1e-9);
        // PCA of real images keeps something: not a chance-level map.
        QVERIFY(b.pca.spearman > 0.2);

        QCOMPARE(withQuality.points.trustworthiness.size(), std::size_t(120));
        QVERIFY(std::abs(mean(withQuality.points.trustworthiness) - withQuality.distortion.trustworthiness) < 1e-12);
        QVERIFY(std::abs(mean(withQuality.points.continuity) - withQuality.distortion.continuity) < 1e-12);

        // A different code width gets its own baselines.
        Autoencoder wider(tinyConfig(8), data->shape);
        const ModelSnapshot w = builder.build(wider, 0, true, false);
        QVERIFY(w.baselines);
        QCOMPARE(w.baselines->dimension, 8);
        QVERIFY(w.baselines->pca.spearman > b.pca.spearman);  // eight principal axes keep more than two
    }

    // The latent view coloured by per-point distortion: the values it holds are the snapshot's,
    // their mean is the global figure the distortion view shows, and every point is drawn once.
    void latentColouredByPointDistortion() {
        const auto data = test::sampleSlice(100, 150);
        SnapshotBuilder builder(*data, 1);
        Autoencoder model(tinyConfig(2), data->shape);
        const ModelSnapshot s = builder.build(model, 0, true, false);
        LatentView view;
        view.resize(400, 350);
        view.show();
        view.showSnapshot(s);
        view.flush();
        QVERIFY(view.pointValues().empty());
        QCOMPARE(view.valuePointCount(), 0);
        QCOMPARE(view.pointCount(3), int(std::count(s.latentLabels.begin(), s.latentLabels.end(), 3)));
        QVERIFY(!view.colourScale()->visible());

        view.setColouring(LatentView::Colouring::Trustworthiness);
        QCOMPARE(view.pointValues().size(), std::size_t(150));
        QVERIFY(std::abs(mean(view.pointValues()) - s.distortion.trustworthiness) < 1e-12);
        QCOMPARE(view.valuePointCount(), 150);
        QCOMPARE(view.pointCount(3), 0);  // the class graphs are empty meanwhile
        QVERIFY(view.colourScale()->visible());
        QVERIFY(!view.plot()->legend->visible());
        // The worst point is the lowest value on the scale, the best at its top (1).
        const double worst = *std::min_element(view.pointValues().begin(), view.pointValues().end());
        QVERIFY(view.colourScale()->dataRange().lower <= worst);
        QCOMPARE(view.colourScale()->dataRange().upper, 1.0);
        // A point is still found under the mouse, whatever class the legend hid.
        view.plot()->graph(0)->setVisible(false);
        const int i = 5;
        const QPointF pixel(view.plot()->xAxis->coordToPixel(s.latent2d(i, 0)), view.plot()->yAxis->coordToPixel(s.latent2d(i, 1)));
        QVERIFY(view.probeIndexAt(pixel, 1.0) >= 0);

        view.setColouring(LatentView::Colouring::Continuity);
        QVERIFY(std::abs(mean(view.pointValues()) - s.distortion.continuity) < 1e-12);
        QVERIFY(view.pointValues() != s.points.trustworthiness);

        // A new snapshot keeps the choice and takes its values.
        const ModelSnapshot later = builder.build(model, 1, true, false);
        view.showSnapshot(later);
        view.flush();
        QCOMPARE(view.colouring(), LatentView::Colouring::Continuity);
        QVERIFY(view.pointValues() == later.points.continuity);

        view.setColouring(LatentView::Colouring::Class);
        QVERIFY(view.pointValues().empty());
        QCOMPARE(view.valuePointCount(), 0);
        QVERIFY(view.plot()->legend->visible());
        QVERIFY(!view.colourScale()->visible());
    }

    // The training thread's PCA comparison: PCA fitted once on the training slice, the probe's MSE
    // of both, one history point per snapshot, cleared with a new model; the co-ranking picture
    // with the curve, from the same counts.
    void builderMeasuresPcaSubspaceAndCoRanking() {
        const auto data = test::sampleSlice(100, 120);
        SnapshotBuilder builder(*data, 1);
        ModelConfig c = presetConfig("linear");
        c.latent = 4;
        c.threads = 1;
        Autoencoder model(c, data->shape);
        QCOMPARE(builder.build(model, 0, false, false).pcaSubspace.k, 0);  // no reference asked for yet
        const auto pca = builder.pcaReference(data->trainX, 4);
        QVERIFY(pca);
        QCOMPARE(builder.pcaReference(data->trainX, 4).get(), pca.get());  // once per k
        QVERIFY(!builder.pcaReference(data->trainX, 0));
        builder.resetAlignment();
        const ModelSnapshot a = builder.build(model, 0, false, false, 0.5);
        const ModelSnapshot b = builder.build(model, 1, true, true);
        QCOMPARE(b.pcaSubspace.k, 4);
        QVERIFY(b.pcaSubspace.exact);
        QCOMPARE(b.pcaSubspace.anglesDegrees.size(), std::size_t(4));
        QCOMPARE(b.pcaSubspace.pcaMse, pcaReconstructionMse(fitPca(data->trainX, 4), builder.probe()));
        const Matrix out = model.reconstruct(builder.probe());
        QVERIFY(std::abs(b.pcaSubspace.mse - (out - builder.probe()).cast<double>().squaredNorm() / double(out.size())) <
                1e-9 * b.pcaSubspace.mse);
        QCOMPARE(a.pcaSubspaceHistory.size(), std::size_t(1));
        QCOMPARE(a.pcaSubspaceHistory[0].position, 0.5);
        QCOMPARE(b.pcaSubspaceHistory.size(), std::size_t(2));
        QCOMPARE(b.pcaSubspaceHistory[1].position, 1.0);
        QCOMPARE(b.pcaSubspaceHistory[1].largestAngle, b.pcaSubspace.largestAngle());
        builder.resetAlignment();
        QCOMPARE(builder.build(model, 0, false, false).pcaSubspaceHistory.size(), std::size_t(1));

        QCOMPARE(a.coRanking.bins(), 0);
        QCOMPARE(b.coRanking.points, 120);
        double corner = 0;
        for (int i = 0; i < 10; ++i)
            for (int j = 0; j < 10; ++j) corner += b.coRanking.at(i, j);
        QVERIFY(std::abs(corner / 1200.0 - b.quality.qnx[9]) < 1e-12);
        // The baselines carry their own Shepard pairs, the model's pairs.
        QVERIFY(b.baselines->pcaShepard.inputDistances == b.shepard.inputDistances);
        QVERIFY(b.baselines->mdsShepard.latentDistances.size() == b.shepard.latentDistances.size());
    }

    void pcaSubspacePageDrawsAnglesAndCurves() {
        PcaSubspacePage page;
        page.resize(300, 420);
        ModelSnapshot s;
        s.pcaSubspace = PcaSubspace{3, true, {2.5, 10, 40}, 0.021, 0.02};
        s.pcaSubspaceHistory = {{0.5, 80, 0.05}, {1, 40, 0.021}};
        page.showSnapshot(s);
        QCOMPARE(page.angleBars()->data()->size(), 3);
        QCOMPARE(page.angleBars()->data()->at(2)->value, 40.0);
        QCOMPARE(page.largestAngleCurve()->data()->size(), 2);
        QCOMPARE(page.modelMseCurve()->data()->at(1)->value, 0.021);
        QCOMPARE(page.pcaMseCurve()->data()->at(0)->value, 0.02);
        QVERIFY(page.note().contains(QStringLiteral("40.0°")));
        QVERIFY(!page.note().contains(QStringLiteral("not linear")));
        s.pcaSubspace.exact = false;
        page.showSnapshot(s);
        QVERIFY(page.note().contains(QStringLiteral("not linear")));
        s.pcaSubspace.anglesDegrees.clear();  // conv: MSE only
        page.showSnapshot(s);
        QCOMPARE(page.angleBars()->data()->size(), 0);
        QCOMPARE(page.largestAngleCurve()->data()->size(), 0);
        QCOMPARE(page.modelMseCurve()->data()->size(), 2);
        page.clear();
        QCOMPARE(page.modelMseCurve()->data()->size(), 0);
    }

    void coRankingPageDrawsTheBinnedMatrix() {
        const Matrix x = Matrix::Random(80, 5);
        const CoRankingMatrix q = coRankingMatrix(pairwiseDistances(x), pairwiseDistances(Matrix(x.leftCols(2))));
        CoRankingPage page;
        page.resize(300, 300);
        page.showMatrix(binCoRanking(q), 3);
        QVERIFY(page.note().contains(QStringLiteral("Q_NX(10) = %1").arg(qualityCurve(q).qnx[9], 0, 'f', 3)));
        // The first cell column is rank 1 in the input: its density is the pairs of rank (1, l).
        double drawn = 0;
        for (int y = 0; y < CoRankingPage::kCells; ++y) {
            const double v = page.image()->data()->cell(0, y);
            if (std::isfinite(v)) drawn = std::max(drawn, v);
        }
        QVERIFY(drawn >= 1);
        QVERIFY(page.plot()->toolTip().contains(QStringLiteral("intrusions")));
        QCOMPARE(page.outline()->bottomRight->coords().x(), std::log10(10.5));
        page.showMatrix({}, -1);
        QVERIFY(!std::isfinite(page.image()->data()->cell(0, 0)));
    }

    void shepardPageShowsABaselineOnDemand() {
        DistortionView view;
        view.resize(300, 420);
        ModelSnapshot s = tableSnapshot(false);
        auto b = std::make_shared<DistanceBaselines>(*s.baselines);
        b->pcaShepard.inputDistances = {1, 2, 3};
        b->pcaShepard.latentDistances = {2, 4, 6};
        s.baselines = b;
        view.showSnapshot(s);
        view.flush();
        QVERIFY(view.metricsText().contains(QStringLiteral("Spearman 0.611")));
        view.shepardSource()->setCurrentIndex(DistortionView::PcaShepard);
        QVERIFY(view.metricsText().contains(QStringLiteral("Spearman 0.550")));
        QVERIFY(view.metricsText().contains(QStringLiteral("3 pairs")));
        QCOMPARE(view.scale(), 0.5);  // dz = 2 dx
        QCOMPARE(view.plot()->yAxis->label(), QStringLiteral("distance in PCA space"));
        view.shepardSource()->setCurrentIndex(DistortionView::ModelShepard);
        QVERIFY(view.metricsText().contains(QStringLiteral("4 pairs")));
    }

    // A collapsed code (every probe point at the same code): no rank correlation and no scale, so
    // the figures say "n/a" rather than "y = x / 0" or a correlation of 0.
    void collapsedCodeSaysNotAvailable() {
        DistortionView view;
        view.resize(300, 420);
        ModelSnapshot s = tableSnapshot(false);
        const double nan = std::numeric_limits<double>::quiet_NaN();
        std::fill(s.shepard.latentDistances.begin(), s.shepard.latentDistances.end(), 0.0f);
        s.distortion.spearman = s.distortion.pearson = s.distortion.trustworthiness = nan;
        s.distortion.continuity = s.distortion.knn = nan;
        s.distortion.stress = 1;
        view.showSnapshot(s);
        view.flush();
        const QString text = view.metricsText();
        QVERIFY2(text.contains(QStringLiteral("Spearman n/a")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("y = x / n/a")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("/ 0")) && !text.contains(QStringLiteral("inf")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("stress-1 1.000")), qPrintable(text));
    }

    // A sweep's runs joined in the order they ran and labelled with the swept value; a plain run
    // afterwards stays on its own.
    void tradeoffJoinsASweep() {
        TradeoffView view;
        view.resize(360, 300);
        ModelSnapshot s = tableSnapshot(true);
        s.epoch = 1;
        const double losses[3] = {0.3, 0.1, 0.2};
        for (int i = 0; i < 3; ++i) {
            view.startSweepRun(i == 0, QStringLiteral("λ_d %1").arg(i));
            finishRun(view, s, losses[i]);
        }
        finishRun(view, s, losses[2]);  // not a sweep's
        QCOMPARE(view.runCount(), 4);
        QCOMPARE(view.sweepLines().size(), std::size_t(1));
        const QCPCurve* line = view.sweepLines()[0];
        QCOMPARE(line->data()->size(), 3);
        for (int i = 0; i < 3; ++i) QCOMPARE(line->data()->at(i)->key, losses[i]);  // run order, not sorted by loss
        QCOMPARE(view.runs()[1].sweepLabel, QStringLiteral("λ_d 1"));
        QVERIFY(view.runs()[3].sweepLabel.isEmpty());
        QStringList labels;
        for (int i = 0; i < view.plot()->itemCount(); ++i)
            if (auto* t = qobject_cast<QCPItemText*>(view.plot()->item(i))) labels << t->text();
        QVERIFY(labels.contains(QStringLiteral("λ_d 2")));
    }

    // Runs scored by another reconstruction loss are not on the same x axis: a run with another
    // loss starts the picture again, and the axis names the loss it shows.
    void tradeoffKeepsOneLossPerAxis() {
        TradeoffView view;
        view.resize(360, 300);
        ModelSnapshot s = tableSnapshot(true);
        s.epoch = 1;
        const auto finish = [&](LossKind loss) {
            s.config.loss = loss;
            finishRun(view, s, 0.12);
        };
        finish(LossKind::BinaryCrossEntropy);
        finish(LossKind::BinaryCrossEntropy);
        QCOMPARE(view.runCount(), 2);
        QCOMPARE(view.plot()->xAxis->label(), QStringLiteral("test reconstruction loss (bce)"));
        finish(LossKind::MeanSquaredError);
        QCOMPARE(view.runCount(), 1);
        QCOMPARE(view.runs()[0].loss, QStringLiteral("mse"));
        QCOMPARE(view.plot()->xAxis->label(), QStringLiteral("test reconstruction loss (mse)"));
        finish(LossKind::MeanSquaredError);
        QCOMPARE(view.runCount(), 2);
    }

    // PCA and MDS as reference levels in the chosen measure, kept with the runs.
    void tradeoffDrawsBaselines() {
        TradeoffView view;
        view.resize(360, 300);
        QVERIFY(view.referenceLevels().empty());
        ModelSnapshot s = tableSnapshot(true);
        s.config.distanceWeight = 1;
        auto b = std::make_shared<DistanceBaselines>(*s.baselines);
        b->mds.stress = 0.45;
        b->mds.spearman = 0.5;
        s.baselines = b;
        view.showSnapshot(s);
        QCOMPARE(view.referenceLevels().size(), std::size_t(2));
        QCOMPARE(view.referenceLevels()[0], 0.41);  // PCA's stress-1
        QCOMPARE(view.referenceLevels()[1], 0.45);
        view.setMeasure(1);
        QVERIFY(std::abs(view.referenceLevels()[0] - 0.45) < 1e-12);  // 1 − 0.55
        QVERIFY(std::abs(view.referenceLevels()[1] - 0.5) < 1e-12);
        // Both levels are inside the visible range, with a run.
        view.addRun(TradeoffRun{QStringLiteral("distance"), 1, 2, 0.3, 0.37, 0.61});
        QVERIFY(view.plot()->yAxis->range().contains(0.45) && view.plot()->yAxis->range().contains(0.5));
        QVERIFY(view.plot()->yAxis->range().contains(1 - 0.61));
        int lines = 0;
        for (int i = 0; i < view.plot()->itemCount(); ++i) lines += qobject_cast<QCPItemStraightLine*>(view.plot()->item(i)) != nullptr;
        QCOMPARE(lines, 2);
        view.clear();
        QVERIFY(view.referenceLevels().empty());
    }

    void tableShowsModelBesideBaselines() {
        DistortionView view;
        view.resize(240, 420);
        view.show();
        QCOMPARE(view.pages()->count(), 5);
        view.showSnapshot(tableSnapshot(false));
        view.flush();
        QCOMPARE(view.cellText(DistortionView::Spearman, DistortionView::Model), QStringLiteral("0.611"));
        QCOMPARE(view.cellText(DistortionView::Spearman, DistortionView::Pca), QStringLiteral("0.550"));
        QCOMPARE(view.cellText(DistortionView::Stress, DistortionView::Mds), QStringLiteral("0.410"));
        QCOMPARE(view.cellText(DistortionView::RnxAuc, DistortionView::Pca), QStringLiteral("0.177"));
        // No model curve yet: no AUC, and the legend says when it comes.
        QCOMPARE(view.cellText(DistortionView::RnxAuc, DistortionView::Model), QStringLiteral("–"));
        QCOMPARE(view.curve(DistortionView::Model)->data()->size(), 0);
        QVERIFY(!view.curve(DistortionView::Model)->name().contains(QStringLiteral("AUC")));

        // The best of each row in bold: higher is better except stress-1.
        const auto bold = [&](DistortionView::Row r, DistortionView::Column c) {
            return view.table()->item(r, c)->font().bold();
        };
        QVERIFY(bold(DistortionView::Spearman, DistortionView::Model));
        QVERIFY(!bold(DistortionView::Spearman, DistortionView::Pca));
        QVERIFY(bold(DistortionView::Stress, DistortionView::Model));  // 0.374 < 0.410
        QVERIFY(bold(DistortionView::Pearson, DistortionView::Pca) && bold(DistortionView::Pearson, DistortionView::Mds));
        QVERIFY(!bold(DistortionView::Pearson, DistortionView::Model));
        QVERIFY(bold(DistortionView::Continuity, DistortionView::Pca));

        // Every metric explains itself.
        for (int r = 0; r < DistortionView::RowCount; ++r) {
            QVERIFY(view.table()->verticalHeaderItem(r)->toolTip().size() > 60);
            QCOMPARE(view.table()->item(r, DistortionView::Model)->toolTip(), view.table()->verticalHeaderItem(r)->toolTip());
        }
        QVERIFY(view.table()->horizontalHeaderItem(DistortionView::Pca)->toolTip().contains(QStringLiteral("2 dimensions")));
        QVERIFY(view.tableNote().contains(QStringLiteral("same 100 probe images")));

        // With the model's curve: its AUC in the table and the legend, three curves on log K.
        view.showSnapshot(tableSnapshot(true));
        view.flush();
        QCOMPARE(view.cellText(DistortionView::RnxAuc, DistortionView::Model), QStringLiteral("0.300"));
        QVERIFY(bold(DistortionView::RnxAuc, DistortionView::Model));
        QCOMPARE(view.curvePlot()->xAxis->scaleType(), QCPAxis::stLogarithmic);
        for (int c = 0; c < DistortionView::ColumnCount; ++c)
            QCOMPARE(view.curve(DistortionView::Column(c))->data()->size(), 98);
        QVERIFY(view.curve(DistortionView::Model)->name().contains(QStringLiteral("AUC 0.300")));
        QVERIFY(view.curve(DistortionView::Pca)->name().contains(QStringLiteral("AUC 0.177")));
        QCOMPARE(view.curve(DistortionView::Model)->data()->at(0)->value, 0.5);

        view.clear();
        QCOMPARE(view.cellText(DistortionView::Spearman, DistortionView::Pca), QStringLiteral("–"));
        QCOMPARE(view.curve(DistortionView::Pca)->data()->size(), 0);
    }
};

AELAB_UI_TEST_MAIN(TestDistanceViews)
#include "test_distance_views.moc"
