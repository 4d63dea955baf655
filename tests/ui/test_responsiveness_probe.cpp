// ResponsivenessProbe (aelab --measure): what it counts after the warm-up and how it turns the
// session's epochs, snapshots and its own timer ticks into the figures bench/gui_throughput.sh
// compares with the headless trainer.
#include "ui/window/responsiveness_probe.h"
#include "ui/session/training_session.h"
#include "ui_fixture.h"

#include <QtTest>

#include <ctime>

using namespace ae;

namespace {

TrainingProgress progressWithEpochs(const std::vector<double>& seconds) {
    TrainingProgress p;
    for (std::size_t i = 0; i < seconds.size(); ++i) {
        EpochPoint e;
        e.epoch = static_cast<int>(i) + 1;
        e.seconds = seconds[i];
        p.epochs.push_back(e);
    }
    p.epoch = static_cast<int>(seconds.size()) + 1;
    return p;
}

// Lets the event loop run until the probe has seen `n` more gaps between ticks: the stall a test
// makes then lies between two ticks however late a loaded machine runs the timer.
bool waitForTicks(const ResponsivenessProbe& probe, int n) {
    const int target = probe.report().frames + n;
    return QTest::qWaitFor([&] { return probe.report().frames >= target; }, ae::test::scaledMs(5000));
}

} // namespace

class TestResponsivenessProbe : public QObject {
    Q_OBJECT
private slots:
    void countsOnlyEpochsFinishedAfterWarmup() {
        TrainingSession session;
        ResponsivenessProbe probe(&session, 5000, 0.0);
        // The first progress after the warm-up sets the baseline: epoch 1 had finished and
        // epoch 2 was running, so neither is counted (epoch 2 started before measuring).
        emit session.progress(progressWithEpochs({9.0}));
        emit session.progress(progressWithEpochs({9.0, 8.0}));
        emit session.progress(progressWithEpochs({9.0, 8.0, 2.0, 4.0}));
        emit session.progress(progressWithEpochs({9.0, 8.0, 2.0, 4.0, 3.0}));
        const ResponsivenessReport r = probe.report();
        QCOMPARE(r.epochs, 3);                  // epochs 3, 4 and 5
        QCOMPARE(r.medianEpochSeconds, 3.0);
        QCOMPARE(r.samplesPerSecond, 5000.0 / 3.0);
    }

    void nothingCountsDuringWarmup() {
        TrainingSession session;
        ResponsivenessProbe probe(&session, 5000, 3600.0);
        emit session.progress(progressWithEpochs({1.0}));
        emit session.progress(progressWithEpochs({1.0, 1.0, 1.0}));
        ModelSnapshot s;
        s.buildSeconds = 0.2;
        emit session.snapshot(s);
        QTest::qWait(60);
        const ResponsivenessReport r = probe.report();
        QCOMPARE(r.epochs, 0);
        QCOMPARE(r.snapshots, 0);
        QCOMPARE(r.frames, 0);
        QCOMPARE(r.samplesPerSecond, 0.0);
    }

    void snapshotCostsAndDistortionSeparately() {
        TrainingSession session;
        ResponsivenessProbe probe(&session, 100, 0.0);
        ModelSnapshot cheap;
        cheap.buildSeconds = 0.010;
        ModelSnapshot withMetrics;
        withMetrics.buildSeconds = 0.090;
        withMetrics.distortionSeconds = 0.060;
        withMetrics.codes = Matrix::Zero(40, 2);
        ModelSnapshot withCurve = withMetrics;
        withCurve.buildSeconds = 0.230;
        withCurve.qualitySeconds = 0.130;
        emit session.snapshot(cheap);
        emit session.snapshot(withMetrics);
        emit session.snapshot(withCurve);
        const ResponsivenessReport r = probe.report();
        QCOMPARE(r.snapshots, 3);
        QCOMPARE(r.snapshotMeanMs, 110.0);
        QCOMPARE(r.snapshotMaxMs, 230.0);
        QCOMPARE(r.distortions, 2);
        QCOMPARE(r.distortionMeanMs, 60.0);
        QCOMPARE(r.probePoints, 40);
        QCOMPARE(r.qualities, 1);
        QCOMPARE(r.qualityMeanMs, 130.0);
        QVERIFY(ResponsivenessProbe::format(r).contains(QStringLiteral("R_NX curves          1 (mean 130.0 ms")));
    }

    void frameGapsShowAStalledEventLoop() {
        TrainingSession session;
        ResponsivenessProbe probe(&session, 100, 0.0, nullptr, 10);
        QVERIFY(waitForTicks(probe, 3));
        // Block the event loop as a slow repaint would: the next tick comes late.
        QThread::msleep(120);
        QVERIFY(waitForTicks(probe, 1));
        const ResponsivenessReport r = probe.report();
        QVERIFY(r.frames >= 4);
        QVERIFY2(r.frameMaxMs >= 120, qPrintable(QString::number(r.frameMaxMs)));
        QVERIFY(r.frameP95Ms <= r.frameMaxMs);
        // Sleeping costs no CPU: the GUI thread was idle for most of the wall time.
        QVERIFY2(r.guiBusy >= 0 && r.guiBusy < 0.5, qPrintable(QString::number(r.guiBusy)));
        // ...and the longest gap was waiting, not working.
        QVERIFY2(r.frameMaxBusyMs < 60, qPrintable(QString::number(r.frameMaxBusyMs)));
        QVERIFY(ResponsivenessProbe::format(r).contains(QStringLiteral("frame gap max ms")));
    }

    void longestGapTellsWorkFromWaiting() {
        TrainingSession session;
        ResponsivenessProbe probe(&session, 100, 0.0, nullptr, 10);
        QVERIFY(waitForTicks(probe, 3));
        // Keep the GUI thread computing, as a slow repaint would, for 120 ms of its own CPU time.
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        const double start = static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
        volatile double sink = 0;
        for (double now = start; now - start < 0.12;) {
            for (int i = 0; i < 10000; ++i) sink = sink + 1.0;
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
            now = static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
        }
        QVERIFY(waitForTicks(probe, 1));
        const ResponsivenessReport r = probe.report();
        QVERIFY2(r.frameMaxMs >= 120, qPrintable(QString::number(r.frameMaxMs)));
        QVERIFY2(r.frameMaxBusyMs >= 110, qPrintable(QString::number(r.frameMaxBusyMs)));
        QVERIFY(r.frameMaxBusyMs <= r.frameMaxMs + 5);
        QVERIFY(ResponsivenessProbe::format(r).contains(QStringLiteral("GUI thread busy")));
    }
};

AELAB_UI_TEST_MAIN(TestResponsivenessProbe)
#include "test_responsiveness_probe.moc"
