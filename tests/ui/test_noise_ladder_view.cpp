// The noise ladder in the window (issue 14): the snapshot built on the training thread agrees with
// core's noiseLadder and shows the very images the figures were measured on; the view's table,
// gain curve, trained-level line and image rows follow the snapshot; choosing a noise asks for it;
// and a session measures a ladder at the end of a run and again on request.
#include "core/analysis/psnr.h"
#include "core/nn/corruption.h"
#include "ui/session/noise_ladder_builder.h"
#include "ui/session/training_session.h"
#include "ui/views/common/image_grid.h"
#include "ui/views/common/tile_image.h"
#include "ui/views/noise_ladder_view.h"
#include "ui_fixture.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QSignalSpy>
#include <QTableWidget>

#include <random>

using namespace ae;

namespace {

ModelConfig smallConfig(NoiseKind noise, float factor) {
    ModelConfig c = presetConfig("undercomplete");
    c.latent = 8;
    c.epochs = 1;
    c.batchSize = 20;
    c.threads = 1;
    c.noise = noise;
    c.noiseFactor = factor;
    return c;
}

// Two levels of gaussian noise, the second the trained one, on two 2 x 2 images.
NoiseLadderSnapshot handMade() {
    NoiseLadderSnapshot s;
    s.epoch = 3;
    s.inputShape = Shape{1, 2, 2};
    s.probe = 50;
    s.ladder.noise = NoiseKind::Gaussian;
    s.ladder.levels = {{0.25, 12.0, 15.5}, {0.5, 8.0, 14.0}};
    s.trainedLevel = 0.5;
    s.clean = Matrix::Constant(2, 4, 0.5f);
    s.noisy = {Matrix::Constant(2, 4, 0.6f), Matrix::Constant(2, 4, 0.7f)};
    s.outputs = {Matrix::Constant(2, 4, 0.5f), Matrix::Constant(2, 4, 0.4f)};
    return s;
}

} // namespace

class TestNoiseLadderView : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<const Dataset> data_;

private slots:
    void initTestCase() { data_ = test::sampleSlice(100, 40); }

    void levelsSurroundTheTrainedOne() {
        // Trained on gaussian 0.3: x0.5 ... x2 of it.
        QCOMPARE(noiseLadderLevels(smallConfig(NoiseKind::Gaussian, 0.3f), NoiseKind::Gaussian),
                 (std::vector<double>{0.15, 0.3, 0.45, 0.6}));
        // A plain model, or another noise: around the typical level of that noise.
        QCOMPARE(noiseLadderLevels(smallConfig(NoiseKind::None, 0), NoiseKind::Gaussian),
                 (std::vector<double>{0.25, 0.5, 0.75, 1.0}));
        QCOMPARE(noiseLadderLevels(smallConfig(NoiseKind::Gaussian, 0.3f), NoiseKind::Masking),
                 (std::vector<double>{0.15, 0.3, 0.45, 0.6}));
        QVERIFY(noiseLadderLevels(smallConfig(NoiseKind::Gaussian, 0.3f), NoiseKind::None).empty());
    }

    void snapshotAgreesWithCore() {
        Autoencoder model(smallConfig(NoiseKind::Gaussian, 0.3f), data_->shape);
        const Matrix probe = data_->testX;
        const NoiseLadderSnapshot s = buildNoiseLadderSnapshot(model, probe, data_->shape, NoiseKind::Gaussian, 7, 4);
        QCOMPARE(s.epoch, 7);
        QCOMPARE(s.probe, 40);
        QCOMPARE(s.trainedLevel, double(0.3f));
        QVERIFY(s.trained() != nullptr);
        QCOMPARE(s.trained()->level, 0.3);
        const NoiseLadder core = noiseLadder(model, probe, NoiseKind::Gaussian, {0.15, 0.3, 0.45, 0.6}, model.config().seed + 1);
        QCOMPARE(s.ladder.levels.size(), std::size_t(4));
        for (std::size_t i = 0; i < 4; ++i) {
            QCOMPARE(s.ladder.levels[i].level, core.levels[i].level);
            QCOMPARE(s.ladder.levels[i].psnrNoisy, core.levels[i].psnrNoisy);
            QCOMPARE(s.ladder.levels[i].psnrOutput, core.levels[i].psnrOutput);
        }
        // More noise is further from the clean image.
        QVERIFY(s.ladder.levels[0].psnrNoisy > s.ladder.levels[3].psnrNoisy);
        // The images shown are the first rows of the measured draw, and their outputs the model's.
        QCOMPARE(s.clean.rows(), 4);
        QCOMPARE(s.noisy.size(), std::size_t(4));
        std::mt19937_64 rng(model.config().seed + 1);
        Matrix whole;
        corrupt(NoiseKind::Gaussian, 0.45f, probe, whole, rng);
        QVERIFY(s.noisy[2] == whole.topRows(4));
        QVERIFY(s.outputs[2].isApprox(model.reconstruct(whole.topRows(4))));

        // Another noise than the trained one has no trained level.
        const NoiseLadderSnapshot masking = buildNoiseLadderSnapshot(model, probe, data_->shape, NoiseKind::Masking, 7, 4);
        QCOMPARE(masking.ladder.noise, NoiseKind::Masking);
        QVERIFY(masking.trained() == nullptr);
        QVERIFY_THROWS_EXCEPTION(Error, buildNoiseLadderSnapshot(model, probe, data_->shape, NoiseKind::None, 7, 4));
    }

    void viewDrawsTheLadder() {
        NoiseLadderView view;
        QVERIFY(!view.hasLadder());
        QCOMPARE(view.grid()->rowCount(), 0);
        view.showLadder(handMade());
        view.flush();
        QVERIFY(view.hasLadder());
        QCOMPARE(view.table()->rowCount(), 2);
        QCOMPARE(view.table()->item(0, 3)->text(), QStringLiteral("+3.5"));
        QCOMPARE(view.table()->item(1, 1)->text(), QStringLiteral("8.0"));
        QVERIFY(view.table()->item(1, 0)->font().bold());   // the trained level
        QVERIFY(!view.table()->item(0, 0)->font().bold());
        QCOMPARE(view.gainCurve()->data()->size(), 2);
        QCOMPARE(view.gainCurve()->data()->at(1)->value, 6.0);
        QVERIFY(view.trainedLine()->visible());
        QCOMPARE(view.trainedLine()->point1->coords().x(), 0.5);
        QVERIFY2(view.headline().contains(QStringLiteral("gain +6.0 dB")), qPrintable(view.headline()));
        // One image a row: clean, then noisy and output per level.
        QCOMPARE(view.grid()->rowCount(), 2);
        QCOMPARE(view.grid()->columnCount(), 5);
        QCOMPARE(view.grid()->content().columnCaptions.at(3), QStringLiteral("noisy\n8.0 dB"));
        QCOMPARE(view.grid()->content().columnBands.at(2).title, QStringLiteral("0.5 (trained)"));
        QCOMPARE(view.grid()->content().columnBands.at(1).title, QStringLiteral("0.25: +3.5"));
        QCOMPARE(qGray(view.grid()->image(5 + 3).pixel(0, 0)), toByte(0.7f));  // row 1, column 3: level 2's noisy input
        QCOMPARE(qGray(view.grid()->image(5 + 4).pixel(0, 0)), toByte(0.4f));  // column 4: its output

        // A model that never saw this noise: no trained level.
        NoiseLadderSnapshot plain = handMade();
        plain.trainedLevel = -1;
        plain.ladder.noise = NoiseKind::SaltAndPepper;
        view.showLadder(plain);
        QVERIFY(!view.trainedLine()->visible());
        QVERIFY(!view.table()->item(1, 0)->font().bold());
        QCOMPARE(view.noiseChoice()->currentText(), QStringLiteral("salt-and-pepper"));
        QVERIFY2(view.headline().contains(QStringLiteral("Not trained on salt-and-pepper")), qPrintable(view.headline()));

        view.clear();
        QVERIFY(!view.hasLadder());
        QCOMPARE(view.table()->rowCount(), 0);
        QCOMPARE(view.grid()->rowCount(), 0);
    }

    void choosingANoiseAsksForIt() {
        NoiseLadderView view;
        QSignalSpy chosen(&view, &NoiseLadderView::noiseChosen);
        view.showLadder(handMade());
        QCOMPARE(chosen.count(), 0);  // showing a ladder is not a choice
        const int masking = view.noiseChoice()->findData(static_cast<int>(NoiseKind::Masking));
        QVERIFY(masking >= 0);
        view.noiseChoice()->setCurrentIndex(masking);
        emit view.noiseChoice()->activated(masking);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.last().first().value<NoiseKind>(), NoiseKind::Masking);
    }

    void sessionMeasuresAtTheEndAndOnRequest() {
        TrainingSession session;
        QSignalSpy ladders(&session, &TrainingSession::noiseLadder);
        QSignalSpy finished(&session, &TrainingSession::finished);
        QSignalSpy failed(&session, &TrainingSession::failed);
        session.start(smallConfig(NoiseKind::Masking, 0.2f), data_);
        QVERIFY(finished.wait(test::scaledMs(30000)));
        QCOMPARE(failed.count(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(ladders.count(), 1, test::scaledMs(10000));
        NoiseLadderSnapshot s = ladders.last().first().value<NoiseLadderSnapshot>();
        QCOMPARE(s.ladder.noise, NoiseKind::Masking);  // the model's own noise
        QCOMPARE(s.trainedLevel, double(0.2f));
        QCOMPARE(s.epoch, 1);
        QCOMPARE(s.probe, 40);

        session.measureNoiseLadder(NoiseKind::Gaussian);
        QTRY_COMPARE_WITH_TIMEOUT(ladders.count(), 2, test::scaledMs(10000));
        s = ladders.last().first().value<NoiseLadderSnapshot>();
        QCOMPARE(s.ladder.noise, NoiseKind::Gaussian);
        QVERIFY(s.trained() == nullptr);
        QCOMPARE(s.ladder.levels.size(), std::size_t(4));
        // The choice holds for the next run's end.
        session.start(smallConfig(NoiseKind::Masking, 0.2f), data_);
        QVERIFY(finished.wait(test::scaledMs(30000)));
        QTRY_COMPARE_WITH_TIMEOUT(ladders.count(), 3, test::scaledMs(10000));
        QCOMPARE(ladders.last().first().value<NoiseLadderSnapshot>().ladder.noise, NoiseKind::Gaussian);
    }
};

AELAB_UI_TEST_MAIN(TestNoiseLadderView)
#include "test_noise_ladder_view.moc"
