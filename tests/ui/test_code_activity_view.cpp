// The code-activity view (issue 14): it draws the snapshot's CodeActivity, marks exactly the
// silent units, bins every code value, draws the KL target only with KL sparsity, warns once
// when the code dies, and keeps one point per epoch that starts over with a new model. The
// snapshot's figures come from the real SnapshotBuilder and equal core's codeActivity.
#include "ui/session/snapshot_builder.h"
#include "ui/views/code_activity_view.h"
#include "ui/views/common/image_grid.h"
#include "ui_fixture.h"

#include <qcustomplot.h>

#include <QCheckBox>
#include <QSignalSpy>
#include <QSpinBox>

#include <random>

using namespace ae;

namespace {

// 4 probe rows, 3 units: unit 0 fires weakly (mean 0.1), unit 1 always (0.5), unit 2 never.
ModelSnapshot threeUnits(int epoch) {
    ModelSnapshot s;
    s.epoch = epoch;
    s.config = presetConfig("sparse");
    s.codes = Matrix(4, 3);
    s.codes << 0.2f, 0.5f, 0, 0, 0.5f, 0, 0.2f, 0.5f, 0, 0, 0.5f, 0;
    s.codeSize = 3;
    s.activity = codeActivity(s.codes);
    return s;
}

double barsTotal(QCPBars* bars) {
    double total = 0;
    for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it) total += it->value;
    return total;
}

// threeUnits with a linear decoder (no hidden layer, linear output) from its 3 units to 2 x 2
// images, random weights, and labels 2, 0, 1, 0 over three classes.
ModelSnapshot linearModel() {
    ModelSnapshot s = threeUnits(1);
    s.config.hidden = {};
    s.config.latent = 3;
    s.config.codeActivation = Activation::Linear;
    s.config.outputActivation = Activation::Linear;
    s.config.loss = LossKind::MeanSquaredError;
    s.inputShape = Shape{1, 2, 2};
    Autoencoder model(s.config, s.inputShape);
    std::mt19937 rng(4);
    std::normal_distribution<float> n(0, 0.5f);
    s.parameters.resize(model.parameterCount());
    for (float& v : s.parameters) v = n(rng);
    s.latentLabels = {2, 0, 1, 0};
    s.classNames = {QStringLiteral("zero"), QStringLiteral("one"), QStringLiteral("two")};
    auto probe = std::make_shared<Matrix>(4, 4);
    for (int i = 0; i < 4; ++i) probe->row(i).setConstant(0.1f * float(i + 1));
    s.probeInputs = probe;
    return s;
}

} // namespace

class TestCodeActivityView : public QObject {
    Q_OBJECT
private slots:
    void drawsUnitsAndValues() {
        CodeActivityView view;
        view.showSnapshot(threeUnits(2));
        view.flush();
        QVERIFY2(view.headline().contains(QStringLiteral("dead units 1 of 3")), qPrintable(view.headline()));
        QVERIFY2(view.headline().contains(QStringLiteral("Active 50.0 %")), qPrintable(view.headline()));  // 6 of 12 values
        QVERIFY(view.warning().isEmpty());
        QCOMPARE(view.unitBars()->data()->size(), 3);
        // Sorted: the busiest unit first, the dead one last and marked.
        QCOMPARE(view.unitBars()->data()->at(0)->value, 0.5);
        QCOMPARE(view.unitBars()->data()->at(2)->value, 0.0);
        QCOMPARE(view.deadMarks()->data()->size(), 1);
        QCOMPARE(view.deadMarks()->data()->at(0)->key, 2.0);
        // In unit order: unit 0 (mean 0.1) first, and the dead unit is still unit 2.
        view.sortChoice()->setChecked(false);
        QVERIFY(std::abs(view.unitBars()->data()->at(0)->value - 0.1) < 1e-6);
        QCOMPARE(view.deadMarks()->data()->at(0)->key, 2.0);
        // Every value is in one bin; the six zeros are in the silent band.
        QCOMPARE(barsTotal(view.histogramBars()) + barsTotal(view.silentBars()), 12.0);
        QCOMPARE(barsTotal(view.silentBars()), 6.0);
        QVERIFY(!view.targetLine()->visible());
    }

    void drawsTheKlTarget() {
        CodeActivityView view;
        ModelSnapshot s = threeUnits(1);
        s.config.klSparsityWeight = 1;
        s.config.klSparsityTarget = 0.05f;
        view.showSnapshot(s);
        view.flush();
        QVERIFY(view.targetLine()->visible());
        QCOMPARE(view.targetLine()->point1->coords().y(), double(0.05f));
        QVERIFY2(view.headline().contains(QStringLiteral("KL target ρ 0.05")), qPrintable(view.headline()));
    }

    void warnsOnceWhenTheCodeDies() {
        CodeActivityView view;
        QSignalSpy died(&view, &CodeActivityView::codeDied);
        ModelSnapshot s = threeUnits(1);
        s.codes.setZero();
        s.activity = codeActivity(s.codes);
        view.showSnapshot(s);
        s.epoch = 2;
        view.showSnapshot(s);
        view.flush();
        QCOMPARE(died.count(), 1);
        QVERIFY(!view.warning().isEmpty());
        QVERIFY2(view.headline().contains(QStringLiteral("dead units 3 of 3")), qPrintable(view.headline()));
        QVERIFY2(!view.headline().contains(QStringLiteral("nan"), Qt::CaseInsensitive), qPrintable(view.headline()));
        QCOMPARE(view.deadMarks()->data()->size(), 3);
        // Alive again: no warning.
        view.showSnapshot(threeUnits(3));
        view.flush();
        QVERIFY(view.warning().isEmpty());
        QCOMPARE(died.count(), 1);
    }

    void keepsOnePointPerEpoch() {
        CodeActivityView view;
        for (int epoch : {1, 2, 2, 3}) view.showSnapshot(threeUnits(epoch));
        view.flush();
        QCOMPARE(view.activeCurve()->data()->size(), 3);
        QCOMPARE(view.deadCurve()->data()->at(0)->value, 1.0 / 3.0);
        view.showSnapshot(threeUnits(1));  // a new model starts at epoch 1 again
        view.flush();
        QCOMPARE(view.activeCurve()->data()->size(), 1);
        view.clear();
        QCOMPARE(view.activeCurve()->data()->size(), 0);
        QCOMPARE(view.unitBars()->data()->size(), 0);
    }

    // The heat map: probe rows grouped by class, one line between classes, columns in the bars'
    // order, cell = that row's value of that unit.
    void heatmapGroupsImagesByClass() {
        CodeActivityView view;
        view.showSnapshot(linearModel());
        view.flush();
        QCOMPARE(view.heatmapRows(), (std::vector<int>{1, 3, 2, 0}));  // class 0, 0, 1, 2
        QCOMPARE(view.classBoundaryCount(), 2);
        QCOMPARE(view.heatmap()->data()->keySize(), 3);
        QCOMPARE(view.heatmap()->data()->valueSize(), 4);
        const ModelSnapshot s = linearModel();
        for (int y = 0; y < 4; ++y)
            for (int x = 0; x < 3; ++x)
                QCOMPARE(view.heatmap()->data()->cell(x, y), double(s.codes(view.heatmapRows()[std::size_t(y)], view.unitOrder()[std::size_t(x)])));
        // Sorted by activation: unit 1 (mean 0.5) is the first column.
        QCOMPARE(view.unitOrder().front(), 1);
        view.clear();
        QVERIFY(!view.heatmap()->visible());
        QCOMPARE(view.classBoundaryCount(), 0);
    }

    // Choosing a unit (its bar) shows its atom, decoded by the view's own copy of the decoder:
    // for a linear decoder, level × the unit's weight row; and the probe images it drives hardest.
    void aChosenUnitShowsItsAtomAndTopImages() {
        CodeActivityView view;
        const ModelSnapshot s = linearModel();
        view.showSnapshot(s);
        view.flush();
        view.selectUnitAt(2);  // sorted: the third bar is unit 2, the dead one
        QCOMPARE(view.selectedUnit(), 2);
        view.selectUnitAt(1);  // unit 0: 0.2 on rows 0 and 2
        QCOMPARE(view.selectedUnit(), 0);
        QCOMPARE(view.unitChoice()->value(), 0);
        QCOMPARE(view.topRows(), (std::vector<Eigen::Index>{0, 2, 1, 3}));
        QCOMPARE(view.atomAmplitude(), double(0.2f));
        Autoencoder model(s.config, s.inputShape);
        const float* w = s.parameters.data() + model.decoderOffset();
        QCOMPARE(view.atom().size(), 4);
        for (int d = 0; d < 4; ++d) QVERIFY(std::abs(view.atom()[d] - 0.2f * w[0 * 4 + d]) < 1e-5);
        // The grid: the atom, then the images in that order, captioned with class and z.
        QCOMPARE(view.unitGrid()->imageCount(), 5);
        QCOMPARE(view.unitGrid()->content().columnCaptions.at(1), QStringLiteral("two\nz 0.2"));
        QVERIFY2(view.unitText().contains(QStringLiteral("decode(a·e_0) − decode(0)")), qPrintable(view.unitText()));
        // The spin box chooses too; a dead unit says so.
        view.unitChoice()->setValue(2);
        QVERIFY2(view.unitText().contains(QStringLiteral("dead")), qPrintable(view.unitText()));
        QCOMPARE(view.atomAmplitude(), 1.0);
    }

    // A conv code's unit names its channel and place; a VAE's its mean.
    void convAndVaeUnitsSayWhatTheyAre() {
        Dataset d;
        d.shape = Shape{1, 28, 28};
        d.testX = Matrix::Random(30, 784).cwiseAbs();
        d.trainX = d.testX;
        d.testY.assign(30, 0);
        for (const char* preset : {"conv", "vae"}) {
            ModelConfig c = presetConfig(preset);
            c.threads = 1;
            if (c.architecture == Architecture::Conv) c.convFilters = {4, 2};
            Autoencoder model(c, d.shape);
            SnapshotBuilder builder(d, 1);
            CodeActivityView view;
            view.showSnapshot(builder.build(model, 1, false));
            view.flush();
            const int units = model.codeSize();
            QCOMPARE(view.unitChoice()->maximum(), units - 1);
            view.unitChoice()->setValue(units - 1);
            QCOMPARE(view.atom().size(), 784);
            QVERIFY(view.atom().allFinite());
            if (c.variational) {
                QVERIFY2(view.headline().contains(QStringLiteral("means μ")), qPrintable(view.headline()));
                QVERIFY2(view.unitText().contains(QStringLiteral("(mean μ%1)").arg(units - 1)), qPrintable(view.unitText()));
            } else {
                QVERIFY2(view.headline().contains(QStringLiteral("channel × position")), qPrintable(view.headline()));
                QVERIFY2(view.unitText().contains(QStringLiteral("(channel 1, row 6, column 6)")), qPrintable(view.unitText()));
            }
        }
    }

    // A code killed outright (every weight 0 under a ReLU code: every code value 0) is reported
    // dead, and its distance figures are not available rather than a misleading 0.
    void aDeadCodeHasNoDistanceFigures() {
        Dataset d;
        d.shape = Shape{1, 4, 4};
        d.testX = Matrix::Random(40, 16).cwiseAbs();
        d.trainX = d.testX;
        ModelConfig c = presetConfig("sparse");
        c.latent = 4;
        c.threads = 1;
        Autoencoder model(c, d.shape);
        std::vector<float> zeros(model.parameterCount(), 0.0f);
        model.setParameters(zeros);
        SnapshotBuilder builder(d, 1);
        const ModelSnapshot s = builder.build(model, 1, true);
        QCOMPARE(s.activity.deadUnits, 4);
        QVERIFY(std::isnan(s.distortion.spearman));
        QVERIFY(std::isnan(s.distortion.trustworthiness));
        CodeActivityView view;
        QSignalSpy died(&view, &CodeActivityView::codeDied);
        view.showSnapshot(s);
        view.flush();
        QCOMPARE(died.count(), 1);
        QVERIFY(!view.warning().isEmpty());
    }

    void builderMeasuresTheProbeCodes() {
        Dataset d;
        d.shape = Shape{1, 4, 4};
        std::mt19937 rng(1);
        std::uniform_real_distribution<float> u(0, 1);
        d.trainX = Matrix(10, 16);
        d.testX = Matrix(12, 16);
        for (Eigen::Index i = 0; i < d.trainX.size(); ++i) d.trainX.data()[i] = u(rng);
        for (Eigen::Index i = 0; i < d.testX.size(); ++i) d.testX.data()[i] = u(rng);
        ModelConfig c = presetConfig("sparse");
        c.latent = 5;
        c.threads = 1;
        Autoencoder model(c, d.shape);
        SnapshotBuilder builder(d, 1);
        const ModelSnapshot s = builder.build(model, 1);
        const CodeActivity expected = codeActivity(s.codes);
        QCOMPARE(s.activity.units, 5);
        QCOMPARE(s.activity.samples, 12LL);
        QCOMPARE(s.activity.activeFraction, expected.activeFraction);
        QCOMPARE(s.activity.deadUnits, expected.deadUnits);
        QCOMPARE(s.activity.unitMeanActivation, expected.unitMeanActivation);
    }
};

AELAB_UI_TEST_MAIN(TestCodeActivityView)
#include "test_code_activity_view.moc"
