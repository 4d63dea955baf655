// Starting, stopping, restarting and closing a TrainingSession 100 times in one process: no
// crash, no hang, and no memory growth (resident set from /proc/self/statm, cycle 10 vs 100).
#include "ui/session/training_session.h"
#include "ui_fixture.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <unistd.h>

#include <memory>

using ae::TrainingSession;

namespace {

// ASan keeps freed blocks in quarantine (256 MB) and TSan keeps its own history: under either the
// resident set measures the sanitizer, so the cycles run but the growth is only reported.
constexpr bool kUnderSanitizer = ae::test::buildSanitizer() != ae::test::Sanitizer::None;

// Resident set size in bytes (Linux).
double residentBytes() {
    QFile f("/proc/self/statm");
    if (!f.open(QIODevice::ReadOnly)) return 0;
    const QList<QByteArray> fields = f.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toDouble() * double(::sysconf(_SC_PAGESIZE)) : 0;
}

} // namespace

class TestSessionCycles : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<const ae::Dataset> data_;

private slots:
    void initTestCase() { data_ = ae::test::sampleSlice(200, 100); }

    void hundredStartStopCyclesNeitherCrashNorGrow() {
        constexpr int kCycles = 100;
        constexpr double kAllowedGrowth = 20.0 * 1024 * 1024;
        double rssAt10 = 0;
        for (int cycle = 1; cycle <= kCycles; ++cycle) {
            // 784-2-784, far more epochs than it will get: every run ends by stop or by close.
            ae::ModelConfig c = ae::presetConfig("undercomplete");
            c.latent = 2;
            c.batchSize = 20;
            c.epochs = 100000;
            c.threads = 1;
            c.seed = std::uint64_t(cycle);  // a new network every cycle: the model is rebuilt
            {
                TrainingSession session;
                QSignalSpy progress(&session, &TrainingSession::progress);
                QSignalSpy finished(&session, &TrainingSession::finished);
                QSignalSpy failed(&session, &TrainingSession::failed);

                session.start(c, data_);
                QVERIFY(progress.wait(ae::test::scaledMs(20000)));
                session.stop();
                QVERIFY(finished.wait(ae::test::scaledMs(20000)));
                QCOMPARE(finished.last().first().toBool(), true);
                QCOMPARE(session.state(), TrainingSession::State::Idle);

                // Restart the same model, then close mid-run: the destructor stops and joins.
                session.start(c, data_);
                QCOMPARE(session.state(), TrainingSession::State::Training);
                if (cycle % 2 == 0) {
                    progress.clear();
                    QVERIFY(progress.wait(ae::test::scaledMs(20000)));
                }
                QCOMPARE(failed.count(), 0);
            }
            if (cycle == 10) rssAt10 = residentBytes();
        }
        const double rssAt100 = residentBytes();
        qInfo("resident set: %.1f MB after cycle 10, %.1f MB after cycle %d (%+.1f MB)", rssAt10 / 1048576.0,
              rssAt100 / 1048576.0, kCycles, (rssAt100 - rssAt10) / 1048576.0);
        QVERIFY(rssAt10 > 0);
        if (kUnderSanitizer) QSKIP("memory growth is not meaningful under a sanitizer (see the figures above)");
        QVERIFY2(rssAt100 - rssAt10 < kAllowedGrowth, "memory grew by more than 20 MB over 90 start/stop cycles");
    }
};

AELAB_UI_TEST_MAIN(TestSessionCycles)
#include "test_session_cycles.moc"
