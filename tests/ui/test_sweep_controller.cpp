// SweepController over a real TrainingSession: tiny models on 200 samples of the embedded
// sample, one run per value, in order, each from fresh weights; a diverging run is marked failed
// and the sweep goes on; Stop (the controller's or the session's) ends the whole sweep.
#include "ui/sweep/sweep_controller.h"
#include "ui/session/training_session.h"
#include "ui/sweep/sweep_strip.h"
#include "ui/sweep/sweep_view.h"
#include "ui_fixture.h"

#include <qcustomplot.h>

#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <cmath>
#include <memory>

using ae::ModelConfig;
using ae::SweepController;
using ae::SweepParameter;
using ae::SweepPlan;
using ae::SweepRun;
using ae::TrainingSession;
using ae::Matrix;

class TestSweepController : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<const ae::Dataset> data_;

    // 784-8-784 on 200 samples, 10 batches an epoch: milliseconds per epoch.
    static ModelConfig tinyConfig(int epochs = 1) {
        ModelConfig c = ae::presetConfig("sparse");
        c.latent = 8;
        c.epochs = epochs;
        c.batchSize = 20;
        c.threads = 1;
        return c;
    }

private slots:
    void initTestCase() { data_ = ae::test::sampleSlice(200, 200); }

    void threeValuesRunInOrderWithTheirOwnResults() {
        TrainingSession session;
        SweepController sweep(&session);
        QSignalSpy started(&sweep, &SweepController::runStarted);
        QSignalSpy finished(&sweep, &SweepController::finished);
        const SweepPlan plan{SweepParameter::L1, {1e-6, 1e-3, 1e-1}, tinyConfig(1)};
        QString error;
        QVERIFY2(sweep.start(plan, data_, &error), qPrintable(error));
        QVERIFY(sweep.isRunning());
        QCOMPARE(session.state(), TrainingSession::State::Training);
        QVERIFY(finished.wait(ae::test::scaledMs(60000)));
        QCOMPARE(finished.last().first().toBool(), false);
        QVERIFY(!sweep.isRunning());
        QCOMPARE(session.state(), TrainingSession::State::Idle);

        QCOMPARE(started.count(), 3);
        for (int k = 0; k < 3; ++k) {
            QCOMPARE(started.at(k).at(0).toInt(), k + 1);
            QCOMPARE(started.at(k).at(1).toInt(), 3);
        }
        const auto& runs = sweep.runs();
        QCOMPARE(runs.size(), std::size_t(3));
        const QStringList labels{QStringLiteral("L1 1e-6"), QStringLiteral("L1 0.001"), QStringLiteral("L1 0.1")};
        for (std::size_t k = 0; k < 3; ++k) {
            const SweepRun& run = runs[k];
            QCOMPARE(run.label, labels[int(k)]);
            QCOMPARE(run.value, plan.values[k]);
            QCOMPARE(run.config.l1, static_cast<float>(plan.values[k]));
            QCOMPARE(run.status, SweepRun::Status::Finished);
            QCOMPARE(run.epochs.size(), std::size_t(1));
            QVERIFY(run.epochs[0].hasTest);
            QVERIFY(std::isfinite(run.finalTestLoss()));
            QVERIFY(std::isfinite(run.finalTrain().total));
            QVERIFY(run.finalTrain().l1 > 0);
            QCOMPARE(run.outputs.rows(), 8);
            QCOMPARE(run.outputs.cols(), 784);
            QCOMPARE(run.inputs.rows(), 8);
            QVERIFY(run.hasDistortion);  // the final snapshot of a run measures it
            QVERIFY(std::isfinite(run.distortion.spearman));
            QVERIFY(run.seconds > 0);
        }
        QVERIFY(runs[0].finalTestLoss() != runs[1].finalTestLoss());
        QVERIFY(runs[1].finalTestLoss() != runs[2].finalTestLoss());
        QVERIFY(runs[0].finalTestLoss() != runs[2].finalTestLoss());
        // The strongest penalty costs the most: its total loss carries the largest L1 term.
        QVERIFY(runs[2].finalTrain().l1 > runs[0].finalTrain().l1);
        QVERIFY(runs[0].outputs != runs[2].outputs);

        // The view shows them side by side.
        ae::SweepView view;
        view.showRuns(sweep.parameter(), runs, sweep.currentRun());
        view.flush();
        QCOMPARE(view.table()->rowCount(), 3);
        QCOMPARE(view.table()->item(1, ae::SweepView::Value)->text(), QStringLiteral("0.001"));
        QVERIFY(!view.table()->item(2, ae::SweepView::TestLoss)->text().isEmpty());
        QVERIFY(view.table()->item(0, ae::SweepView::CodeTerms)->text().startsWith(QStringLiteral("L1 ")));
        QCOMPARE(view.plot()->graphCount(), 3);
        QCOMPARE(view.plot()->graph(2)->name(), QStringLiteral("L1 0.1"));
        QCOMPARE(view.strip()->rowCount(), 4);  // the inputs, then one row per value
        QCOMPARE(view.strip()->rowLabels().at(3), QStringLiteral("L1 0.1"));
        // The code's activity at each run's end, and no PSNR gain without noise.
        for (int r = 0; r < 3; ++r) {
            const SweepRun& run = runs[std::size_t(r)];
            QVERIFY(run.hasActivity);
            QCOMPARE(run.activity.units, 8);
            QCOMPARE(view.table()->item(r, ae::SweepView::DeadUnits)->text(), QStringLiteral("%1 of 8").arg(run.activity.deadUnits));
            QCOMPARE(view.table()->item(r, ae::SweepView::Active)->text(),
                     QStringLiteral("%1 %").arg(QLocale().toString(100 * run.activity.activeFraction, 'f', 1)));
            QVERIFY(!std::isfinite(run.psnrGain));
            QCOMPARE(view.table()->item(r, ae::SweepView::PsnrGain)->text(), QStringLiteral("—"));
        }
        QVERIFY(view.headline().contains(QStringLiteral("3")));
    }

    // A noise sweep: each run's PSNR gain at its own trained level, from the ladder measured at
    // its end; the labels are words.
    void noiseRunsCarryTheirGain() {
        TrainingSession session;
        SweepController sweep(&session);
        QSignalSpy finished(&sweep, &SweepController::finished);
        QSignalSpy ladders(&session, &TrainingSession::noiseLadder);
        ModelConfig base = tinyConfig(1);
        base.noise = ae::NoiseKind::Masking;
        base.noiseFactor = 0.2f;
        const SweepPlan plan{SweepParameter::NoiseFactor, {0.1, 0.4}, base};
        QString error;
        QVERIFY2(sweep.start(plan, data_, &error), qPrintable(error));
        QVERIFY(finished.wait(ae::test::scaledMs(60000)));
        QCOMPARE(ladders.count(), 2);
        const auto& runs = sweep.runs();
        for (int r = 0; r < 2; ++r) {
            const ae::NoiseLadderSnapshot ladder = ladders.at(r).first().value<ae::NoiseLadderSnapshot>();
            QVERIFY(ladder.trained() != nullptr);
            QCOMPARE(ladder.trainedLevel, double(static_cast<float>(plan.values[std::size_t(r)])));
            QCOMPARE(runs[std::size_t(r)].psnrGain, ladder.trained()->gain());
        }
        QCOMPARE(runs[0].label, QStringLiteral("noise 0.1"));
        QCOMPARE(SweepController::runLabel(SweepParameter::NoiseType, 2), QStringLiteral("noise masking"));
        QCOMPARE(SweepController::runLabel(SweepParameter::KlSparsityTarget, 0.05), QStringLiteral("KL target 0.05"));
        ae::SweepView view;
        view.showRuns(sweep.parameter(), runs, sweep.currentRun());
        view.flush();
        QCOMPARE(view.table()->item(1, ae::SweepView::PsnrGain)->text(),
                 QStringLiteral("%1 dB").arg(QLocale().toString(runs[1].psnrGain, 'f', 1)));

        // The strip: clean inputs, then each run's noisy inputs above its outputs. Both runs
        // corrupted the same clean images with the same draws: masking keeps a pixel when its
        // draw is at least the factor, so what 0.1 masks, 0.4 masks too, and 0.4 masks more.
        QCOMPARE(view.strip()->rowCount(), 5);
        QCOMPARE(view.strip()->rowLabels().at(1), QStringLiteral("noise 0.1\nnoisy input"));
        QCOMPARE(view.strip()->rowLabels().at(2), QStringLiteral("noise 0.1"));
        QCOMPARE(view.strip()->rowLabels().at(3), QStringLiteral("noise 0.4\nnoisy input"));
        const Matrix& clean = runs[0].inputs;
        QCOMPARE(runs[1].inputs, clean);
        QCOMPARE(runs[0].noisyInputs.rows(), clean.rows());
        long long masked01 = 0, masked04 = 0;
        for (Eigen::Index i = 0; i < clean.size(); ++i) {
            if (clean.data()[i] == 0) continue;
            const bool a = runs[0].noisyInputs.data()[i] == 0, b = runs[1].noisyInputs.data()[i] == 0;
            masked01 += a;
            masked04 += b;
            QVERIFY2(!a || b, "a pixel masked at 0.1 is kept at 0.4: different draws");
        }
        QVERIFY(masked01 > 0 && masked04 > masked01);
    }

    // A sweep of anything but the noise on a denoising model: every run saw the same noisy
    // images, so the strip shows them once, under the clean ones.
    void oneNoisyRowWhenTheNoiseIsNotSwept() {
        SweepRun a, b;
        for (SweepRun* run : {&a, &b}) {
            run->inputShape = ae::Shape{1, 4, 4};
            run->inputs = Matrix::Constant(3, 16, 0.5f);
            run->noisyInputs = Matrix::Constant(3, 16, 0.25f);
            run->outputs = Matrix::Constant(3, 16, 0.4f);
        }
        a.label = QStringLiteral("L1 0.1");
        b.label = QStringLiteral("L1 0.2");
        ae::SweepStrip strip;
        strip.setRuns({a, b});
        QCOMPARE(strip.rowCount(), 4);
        QCOMPARE(strip.rowLabels().at(1), QStringLiteral("noisy input"));
        QCOMPARE(strip.rowLabels().at(3), QStringLiteral("L1 0.2"));
        b.noisyInputs(0, 0) = 1;  // different draws: one noisy row per run
        strip.setRuns({a, b});
        QCOMPARE(strip.rowCount(), 5);
        a.noisyInputs = b.noisyInputs = Matrix();  // no noise: inputs and outputs only
        strip.setRuns({a, b});
        QCOMPARE(strip.rowCount(), 3);
    }

    // A λ_d sweep: the total includes λ × the distance term, so λ = 0 has the lowest total by
    // construction. Runs are ranked, plotted and named by the reconstruction part.
    void runsAreRankedByReconstructionNotByTheirTotal() {
        auto run = [](double lambda, double reconstruction, double distance) {
            SweepRun r;
            r.value = lambda;
            r.label = QStringLiteral("distance_weight=%1").arg(lambda);
            r.config.distanceWeight = static_cast<float>(lambda);
            r.status = SweepRun::Status::Finished;
            ae::EpochPoint e;
            e.epoch = 1;
            e.hasTest = true;
            e.test.reconstruction = reconstruction;
            e.test.distance = lambda * distance;
            e.test.total = e.test.reconstruction + e.test.distance;
            e.train = e.test;
            r.epochs.push_back(e);
            return r;
        };
        const std::vector<SweepRun> runs{run(0, 0.20, 0.5), run(1, 0.15, 0.3), run(2, 0.18, 0.2)};
        QVERIFY(runs[0].finalTestLoss() < runs[1].finalTestLoss());  // the total favours λ = 0
        QCOMPARE(ae::bestSweepRun(runs), 1);

        ae::SweepView view;
        view.showRuns(ae::SweepParameter::DistanceWeight, runs, -1);
        view.flush();
        QVERIFY2(view.headline().contains(runs[1].label), qPrintable(view.headline()));
        QVERIFY(!view.headline().contains(runs[0].label));
        QCOMPARE(view.table()->item(1, ae::SweepView::TestReconstruction)->text(), QLocale().toString(0.15, 'g', 4));
        QCOMPARE(view.table()->item(1, ae::SweepView::TestLoss)->text(), QLocale().toString(0.45, 'g', 4));
        QCOMPARE(view.plot()->graph(1)->data()->at(0)->value, 0.15);
    }

    void everyRunStartsFromFreshWeights() {
        TrainingSession session;
        QSignalSpy sessionFinished(&session, &TrainingSession::finished);
        // A model of the same network already trained for two epochs: Train would continue it.
        session.start(tinyConfig(2), data_);
        QVERIFY(sessionFinished.wait(ae::test::scaledMs(30000)));

        SweepController sweep(&session);
        QSignalSpy finished(&sweep, &SweepController::finished);
        QString error;
        QVERIFY2(sweep.start({SweepParameter::Epochs, {1, 2}, tinyConfig(2)}, data_, &error), qPrintable(error));
        QVERIFY(finished.wait(ae::test::scaledMs(60000)));
        const auto& runs = sweep.runs();
        QCOMPARE(runs[0].epochs.size(), std::size_t(1));
        QCOMPARE(runs[0].epochs[0].epoch, 1);
        QCOMPARE(runs[1].epochs.size(), std::size_t(2));
        QCOMPARE(runs[1].epochs[1].epoch, 2);
        // Same seed, same network, fresh weights: the first epoch is the same in both runs.
        QCOMPARE(runs[1].epochs[0].train.total, runs[0].epochs[0].train.total);
    }

    void aDivergingRunIsMarkedFailedAndTheSweepGoesOn() {
        ModelConfig linear = ae::presetConfig("linear");
        linear.optimizer = ae::OptimizerKind::Sgd;
        linear.epochs = 1;
        linear.batchSize = 20;
        linear.threads = 1;
        TrainingSession session;
        SweepController sweep(&session);
        QSignalSpy finished(&sweep, &SweepController::finished);
        QString error;
        QVERIFY2(sweep.start({SweepParameter::LearningRate, {1e-3, 100, 1e-2}, linear}, data_, &error), qPrintable(error));
        QVERIFY(finished.wait(ae::test::scaledMs(60000)));
        QCOMPARE(finished.last().first().toBool(), false);
        const auto& runs = sweep.runs();
        QCOMPARE(runs[0].status, SweepRun::Status::Finished);
        QCOMPARE(runs[1].status, SweepRun::Status::Failed);
        QVERIFY2(runs[1].error.contains(QStringLiteral("diverged")), qPrintable(runs[1].error));
        QCOMPARE(runs[2].status, SweepRun::Status::Finished);
        QVERIFY(std::isfinite(runs[2].finalTestLoss()));
    }

    void stopEndsTheWholeSweep_data() {
        QTest::addColumn<bool>("throughSession");
        QTest::newRow("sweep's stop") << false;
        QTest::newRow("toolbar's stop") << true;
    }

    void stopEndsTheWholeSweep() {
        QFETCH(bool, throughSession);
        TrainingSession session;
        SweepController sweep(&session);
        QSignalSpy progress(&session, &TrainingSession::progress);
        QSignalSpy finished(&sweep, &SweepController::finished);
        QString error;
        QVERIFY2(sweep.start({SweepParameter::L1, {1e-8, 1e-6, 1e-4}, tinyConfig(100000)}, data_, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!sweep.runs()[0].epochs.empty(), ae::test::scaledMs(30000));  // run 1 is well under way
        if (throughSession) session.stop();
        else sweep.stop();
        QVERIFY(finished.wait(ae::test::scaledMs(30000)));
        QCOMPARE(finished.last().first().toBool(), true);
        QVERIFY(!sweep.isRunning());
        QCOMPARE(sweep.currentRun(), -1);
        QCOMPARE(session.state(), TrainingSession::State::Idle);
        QCOMPARE(sweep.runs()[0].status, SweepRun::Status::Stopped);
        QCOMPARE(sweep.runs()[1].status, SweepRun::Status::Pending);
        QCOMPARE(sweep.runs()[2].status, SweepRun::Status::Pending);
        // Nothing else starts afterwards.
        QTest::qWait(200);
        QCOMPARE(session.state(), TrainingSession::State::Idle);
    }

    void invalidPlansAreRefusedBeforeAnythingRuns() {
        TrainingSession session;
        SweepController sweep(&session);
        QString error;
        QVERIFY(!sweep.start({SweepParameter::L1, {1e-6, 5}, tinyConfig()}, data_, &error));
        QVERIFY2(error.contains(QStringLiteral("sweep value 5")) && error.contains(QStringLiteral("l1")), qPrintable(error));
        QCOMPARE(session.state(), TrainingSession::State::Idle);
        QVERIFY(sweep.runs().empty());
        QVERIFY(!sweep.start({SweepParameter::L1, {1e-6}, tinyConfig()}, nullptr, &error));
        QVERIFY(error.contains(QStringLiteral("dataset")));

        session.start(tinyConfig(100000), data_);  // busy
        QVERIFY(!sweep.start({SweepParameter::L1, {1e-6}, tinyConfig()}, data_, &error));
        QVERIFY(error.contains(QStringLiteral("running")));
        QSignalSpy finished(&session, &TrainingSession::finished);
        session.stop();
        QVERIFY(finished.wait(ae::test::scaledMs(30000)));
    }
};

AELAB_UI_TEST_MAIN(TestSweepController)
#include "test_sweep_controller.moc"
