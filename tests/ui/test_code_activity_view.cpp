// The code-activity view (issue 14): it draws the snapshot's CodeActivity, marks exactly the
// silent units, bins every code value, draws the KL target only with KL sparsity, warns once
// when the code dies, and keeps one point per epoch that starts over with a new model. The
// snapshot's figures come from the real SnapshotBuilder and equal core's codeActivity.
#include "ui/session/snapshot_builder.h"
#include "ui/views/code_activity_view.h"
#include "ui_fixture.h"

#include <qcustomplot.h>

#include <QCheckBox>
#include <QSignalSpy>

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
