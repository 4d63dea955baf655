// A run is in the runs history from its start on, whatever ends it: the row is running as the
// run begins and follows every epoch; Stop then Train grows the same row; Quit,
// SIGTERM and SIGINT during training stop, record and close; a row left running by a process
// that died reads "interrupted" at the next start, but a live window's run is left alone; two
// windows writing one file at once keep both runs and a sound file, and a reader never holds up
// a writer; a version-1 file is migrated. (The kill -9 test of the real binary is tests/scripts/test_history_kill.sh.)
#include "data_loading.h"
#include "ui/history/run_history.h"
#include "ui/history/run_table_model.h"
#include "ui/history/runs_view.h"
#include "ui/panels/model_panel.h"
#include "ui/window/main_window.h"
#include "ui/window/termination_signals.h"
#include "ui_fixture.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <csignal>
#include <thread>

using namespace ae;

namespace {

constexpr const char* kChildVariable = "AELAB_TEST_RECORD_AND_WAIT";

// A run of `epochs` epochs with the given status, as the recorder writes it.
RunRecord runOf(int epochs, RunStatus status, const QString& dataset = QStringLiteral("sample")) {
    RunRecord r;
    r.started = QDateTime::currentDateTime();
    r.finished = r.started.addSecs(epochs);
    r.status = status;
    r.variant = QStringLiteral("undercomplete");
    r.configJson = QString::fromStdString(configToJson(presetConfig("undercomplete")));
    r.dataset = dataset;
    r.epochs = epochs;
    for (int e = 1; e <= epochs; ++e) {
        RunEpoch ep;
        ep.epoch = e;
        ep.trainLoss = 0.3 / e;
        ep.trainReconstruction = 0.29 / e;
        ep.seconds = 0.1;
        r.curve.push_back(ep);
    }
    r.trainLoss = r.curve.back().trainLoss;
    r.trainReconstruction = r.curve.back().trainReconstruction;
    return r;
}

// A model that trains for a long time in small epochs: stopped by the test, never finished.
ModelConfig longConfig(int epochs = 2000) {
    ModelConfig c = presetConfig("undercomplete");
    c.latent = 2;
    c.batchSize = 100;
    c.epochs = epochs;
    return c;
}

// The window's history file, emptied: the fixture's throw-away directory, never the person's.
QString freshDefaultHistory() {
    const QString path = RunHistory::defaultPath();
    if (!path.startsWith(qEnvironmentVariable("XDG_DATA_HOME") + QLatin1Char('/'))) qFatal("not the test's history: %s", qPrintable(path));
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    return path;
}

bool waitForEpochs(const MainWindow& w, std::size_t epochs) {
    return QTest::qWaitFor([&] { return w.sessionState()->epochs().size() >= epochs; }, ae::test::scaledMs(120000));
}

QString integrityOf(const QString& path) {
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("integrity"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            result = q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next() ? q.value(0).toString() : q.lastError().text();
        } else {
            result = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("integrity"));
    return result;
}

} // namespace

class TestRunDurability : public QObject {
    Q_OBJECT

private slots:
    // The child process of deadOwnersRunReadsInterrupted: records a running run, says so, and
    // waits to be killed.
    void initTestCase() {
        const QString path = qEnvironmentVariable(kChildVariable);
        if (path.isEmpty()) return;
        RunHistory history(path);
        const qint64 id = history.record(runOf(3, RunStatus::Running));
        std::printf("recorded %lld\n", static_cast<long long>(id));
        std::fflush(stdout);
        for (;;) QTest::qWait(1000);
    }

    void aRunHasItsRowFromTheFirstEpochOn() {
        const QString path = freshDefaultHistory();
        MainWindow w;
        w.modelPanel()->setConfig(longConfig());
        QVERIFY(ae::test::waitForData(*w.dataPanel()));
        RunHistory reader(path);  // another connection, as a second window or the next start
        QVERIFY2(reader.isOpen(), qPrintable(reader.lastError()));

        // After every epoch's end reached the window, the file already has that epoch.
        QStringList mismatches;
        int checked = 0;
        connect(w.sessionState(), &SessionState::epochFinished, this, [&](const EpochPoint& e) {
            const std::vector<RunRecord> runs = reader.runs();
            ++checked;
            if (runs.size() != 1 || runs[0].epochs != e.epoch || runs[0].status != RunStatus::Running ||
                int(runs[0].curve.size()) != e.epoch)
                mismatches << QStringLiteral("epoch %1: %2 rows, first with %3 epochs")
                                  .arg(e.epoch)
                                  .arg(runs.size())
                                  .arg(runs.empty() ? -1 : runs[0].epochs);
        });
        // Waits for the first epoch's end signal, not for a progress listing the epoch: the worker
        // sends that progress before the epoch-end snapshot (which measures the R_NX curve), and
        // the row is written when the end arrives, after it.
        QSignalSpy ends(w.sessionState(), &SessionState::epochFinished);
        w.startTraining();
        QVERIFY(ends.wait(ae::test::scaledMs(120000)));
        const std::vector<RunRecord> first = reader.runs();
        QCOMPARE(first.size(), std::size_t(1));
        QCOMPARE(first[0].status, RunStatus::Running);
        QVERIFY(first[0].epochs >= 1);
        QCOMPARE(w.runsView()->model()->rowCount(), 1);
        QCOMPARE(w.runsView()->model()->run(0).status, RunStatus::Running);

        QVERIFY(waitForEpochs(w, 4));
        QSignalSpy finished(w.session(), &TrainingSession::finished);
        w.session()->stop();
        QVERIFY(finished.wait(ae::test::scaledMs(60000)));
        QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(QLatin1String("; "))));
        QVERIFY(checked >= 4);
        const RunRecord last = reader.run(first[0].id);
        QCOMPARE(last.status, RunStatus::Stopped);
        QCOMPARE(last.epochs, int(w.sessionState()->epochs().size()));
        QVERIFY(last.parameters > 0);
        QCOMPARE(w.runsView()->model()->run(0).status, RunStatus::Stopped);
        QCOMPARE(w.runsView()->model()->run(0).epochs, last.epochs);
    }

    // The row is written as the run begins, before its first epoch ends (held here by a pause
    // before the first batch): a kill during the first epoch still leaves the run. Stopped
    // before that epoch ends, the run leaves no row.
    void aRunHasItsRowBeforeItsFirstEpoch() {
        const QString path = freshDefaultHistory();
        MainWindow w;
        w.modelPanel()->setConfig(longConfig());
        QVERIFY(ae::test::waitForData(*w.dataPanel()));
        RunHistory reader(path);
        QVERIFY2(reader.isOpen(), qPrintable(reader.lastError()));
        w.startTraining();
        w.session()->pause();
        QVERIFY(QTest::qWaitFor([&] { return reader.runs().size() == 1; }, ae::test::scaledMs(30000)));
        const RunRecord begun = reader.runs()[0];
        QCOMPARE(begun.status, RunStatus::Running);
        QCOMPARE(begun.epochs, 0);
        QCOMPARE(begun.configJson, QString::fromStdString(configToJson(longConfig())));
        QVERIFY(w.sessionState()->epochs().empty());
        QCOMPARE(w.runsView()->model()->rowCount(), 1);

        QSignalSpy finished(w.session(), &TrainingSession::finished);
        w.session()->stop();
        QVERIFY(finished.wait(ae::test::scaledMs(60000)));
        QVERIFY(w.sessionState()->epochs().empty());
        QVERIFY(reader.runs().empty());
        QCOMPARE(w.runsView()->model()->rowCount(), 0);
    }

    // Stop, then Train again: the same model trains on, and its row's epoch count grows with it
    // -- during the resumed run, not only at its end.
    void aResumedRunGrowsItsEpochCount() {
        const QString path = freshDefaultHistory();
        MainWindow w;
        w.modelPanel()->setConfig(longConfig());
        QVERIFY(ae::test::waitForData(*w.dataPanel()));
        QSignalSpy finished(w.session(), &TrainingSession::finished);
        w.startTraining();
        QVERIFY(waitForEpochs(w, 2));
        w.session()->stop();
        QVERIFY(finished.wait(ae::test::scaledMs(60000)));
        const std::size_t stoppedAt = w.sessionState()->epochs().size();
        RunHistory reader(path);
        QCOMPARE(reader.runs().size(), std::size_t(1));
        const RunRecord stopped = reader.runs()[0];
        QCOMPARE(stopped.status, RunStatus::Stopped);
        QCOMPARE(stopped.epochs, int(stoppedAt));

        w.startTraining();  // continues the same model
        QVERIFY(waitForEpochs(w, stoppedAt + 2));
        QVERIFY(w.session()->isBusy());
        const RunRecord resumed = reader.run(stopped.id);
        QCOMPARE(resumed.status, RunStatus::Running);
        QVERIFY2(resumed.epochs >= int(stoppedAt) + 2, qPrintable(QString::number(resumed.epochs)));
        w.session()->stop();
        QVERIFY(finished.wait(ae::test::scaledMs(60000)));

        const std::vector<RunRecord> runs = reader.runs();
        QCOMPARE(runs.size(), std::size_t(1));
        QCOMPARE(runs[0].id, stopped.id);
        QCOMPARE(runs[0].status, RunStatus::Stopped);
        QCOMPARE(runs[0].epochs, int(w.sessionState()->epochs().size()));
        QCOMPARE(runs[0].curve.size(), w.sessionState()->epochs().size());
        QCOMPARE(runs[0].started, stopped.started);
        QVERIFY(runs[0].wallSeconds > stopped.wallSeconds);
        QCOMPARE(w.runsView()->model()->rowCount(), 1);
        QCOMPARE(w.runsView()->model()->run(0).epochs, runs[0].epochs);
    }

    // File > Quit during training: by the time the window has closed (when the application would
    // leave its event loop) the run is recorded as stopped.
    void quittingDuringTrainingRecordsTheRun() {
        const QString path = freshDefaultHistory();
        MainWindow w;
        w.show();
        w.modelPanel()->setConfig(longConfig());
        QVERIFY(ae::test::waitForData(*w.dataPanel()));
        w.startTraining();
        QVERIFY(waitForEpochs(w, 2));
        w.close();
        QTRY_VERIFY_WITH_TIMEOUT(!w.isVisible(), ae::test::scaledMs(60000));
        QVERIFY(!w.session()->isBusy());
        RunHistory reader(path);
        const std::vector<RunRecord> runs = reader.runs();
        QCOMPARE(runs.size(), std::size_t(1));
        QCOMPARE(runs[0].status, RunStatus::Stopped);
        QCOMPARE(runs[0].epochs, int(w.sessionState()->epochs().size()));
        QVERIFY(runs[0].epochs >= 2);
    }

    void terminationSignalsCloseLikeQuit_data() {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
    }

    void terminationSignalsCloseLikeQuit() {
        QFETCH(int, signal);
        const QString path = freshDefaultHistory();
        TerminationSignals handlers;
        QVERIFY(handlers.isInstalled());
        QSignalSpy received(&handlers, &TerminationSignals::received);
        MainWindow w;
        w.show();
        w.modelPanel()->setConfig(longConfig());
        QVERIFY(ae::test::waitForData(*w.dataPanel()));
        w.startTraining();
        QVERIFY(waitForEpochs(w, 1));
        QCOMPARE(::raise(signal), 0);  // without the handler, the end of this test process
        QTRY_VERIFY_WITH_TIMEOUT(!w.isVisible(), ae::test::scaledMs(60000));
        QCOMPARE(received.size(), 1);
        QCOMPARE(received[0][0].toInt(), signal);
        RunHistory reader(path);
        const std::vector<RunRecord> runs = reader.runs();
        QCOMPARE(runs.size(), std::size_t(1));
        QCOMPARE(runs[0].status, RunStatus::Stopped);
        QVERIFY(runs[0].epochs >= 1);
    }

    // Only one handler set per process: a second instance installs nothing, and after the
    // first is gone the next one can.
    void terminationSignalsAreInstalledOnce() {
        auto first = std::make_unique<TerminationSignals>();
        auto second = std::make_unique<TerminationSignals>();
        QVERIFY(first->isInstalled());
        QVERIFY(!second->isInstalled());
        second.reset();
        first.reset();
        const TerminationSignals again;
        QVERIFY(again.isInstalled());
    }

    // A process killed while its run is running leaves the row "running" and its owner lock
    // behind; the next start finds the lock stale and reads the run as interrupted.
    void deadOwnersRunReadsInterrupted() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("runs.sqlite"));
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kChildVariable), path);
        env.insert(QStringLiteral("TMPDIR"), dir.path());  // the child's own fixture directory, removed with ours
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("aResumedRunGrowsItsEpochCount")});
        QVERIFY(child.waitForStarted());
        QByteArray said;  // QTest's own lines come first
        QVERIFY(QTest::qWaitFor(
            [&] {
                while (child.canReadLine()) {
                    const QByteArray line = child.readLine();
                    if (line.startsWith("recorded ")) said = line;
                }
                return !said.isEmpty() || child.state() != QProcess::Running;
            },
            ae::test::scaledMs(60000)));
        QVERIFY2(said.mid(9).trimmed().toLongLong() > 0, said.constData());
        {
            RunHistory whileAlive(path);  // another window while the owner lives: its run is left alone
            QCOMPARE(whileAlive.runs().size(), std::size_t(1));
            QCOMPARE(whileAlive.runs()[0].status, RunStatus::Running);
        }
        child.kill();  // SIGKILL: no destructor runs
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        const QDir owners(path + QStringLiteral("-owners"));
        QCOMPARE(owners.entryList(QDir::Files).size(), 1);  // the dead owner's lock, left behind

        RunHistory next(path);
        QVERIFY2(next.isOpen(), qPrintable(next.lastError()));
        const std::vector<RunRecord> runs = next.runs();
        QCOMPARE(runs.size(), std::size_t(1));
        QCOMPARE(runs[0].status, RunStatus::Interrupted);
        QCOMPARE(runs[0].epochs, 3);
        QCOMPARE(runs[0].curve.size(), std::size_t(3));
        QCOMPARE(owners.entryList(QDir::Files).size(), 0);
        QCOMPARE(integrityOf(path), QStringLiteral("ok"));
    }

    // In one process: a live history's running run is not taken for a dead one; when that
    // history goes away without finishing its run, the run is interrupted.
    void aLiveWindowsRunIsLeftAlone() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("runs.sqlite"));
        auto first = std::make_unique<RunHistory>(path);
        const qint64 id = first->record(runOf(2, RunStatus::Running));
        QVERIFY2(id > 0, qPrintable(first->lastError()));
        RunHistory second(path);
        QCOMPARE(second.recoverInterrupted(), 0);
        QCOMPARE(second.run(id).status, RunStatus::Running);
        // The first one goes on and finishes.
        RunRecord more = runOf(3, RunStatus::Running);
        more.id = id;
        QCOMPARE(first->record(more), id);
        QCOMPARE(second.run(id).epochs, 3);
        const qint64 other = first->record(runOf(1, RunStatus::Running));
        more.status = RunStatus::Finished;
        QCOMPARE(first->record(more), id);
        first.reset();  // still running: `other`
        QCOMPARE(second.run(id).status, RunStatus::Finished);
        QCOMPARE(second.run(other).status, RunStatus::Interrupted);
        QCOMPARE(second.run(other).epochs, 1);
    }

    // Two windows (two connections, each on its own thread) write one file at the same time,
    // epoch after epoch: every run of both is there and the file is sound.
    void twoWindowsWriteOneHistory() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("runs.sqlite"));
        constexpr int kRuns = 6, kEpochs = 25;
        QStringList errors[2];
        auto window = [&](int w) {
            RunHistory history(path);
            if (!history.isOpen()) {
                errors[w] << history.lastError();
                return;
            }
            const QString dataset = QStringLiteral("window %1").arg(w);
            for (int r = 0; r < kRuns; ++r) {
                qint64 id = 0;
                for (int e = 1; e <= kEpochs; ++e) {
                    RunRecord run = runOf(e, e == kEpochs ? RunStatus::Finished : RunStatus::Running, dataset);
                    run.id = id;
                    id = history.record(run);
                    if (id <= 0) {
                        errors[w] << history.lastError();
                        return;
                    }
                }
            }
        };
        std::thread a(window, 0), b(window, 1);
        a.join();
        b.join();
        QVERIFY2(errors[0].isEmpty(), qPrintable(errors[0].join(QLatin1String("; "))));
        QVERIFY2(errors[1].isEmpty(), qPrintable(errors[1].join(QLatin1String("; "))));
        RunHistory reader(path);
        const std::vector<RunRecord> runs = reader.runs();
        QCOMPARE(runs.size(), std::size_t(2 * kRuns));
        int perWindow[2] = {0, 0};
        for (const RunRecord& r : runs) {
            QCOMPARE(r.status, RunStatus::Finished);
            QCOMPARE(r.epochs, kEpochs);
            QCOMPARE(r.curve.size(), std::size_t(kEpochs));
            ++perWindow[r.dataset.endsWith(QLatin1Char('1'))];
        }
        QCOMPARE(perWindow[0], kRuns);
        QCOMPARE(perWindow[1], kRuns);
        QCOMPARE(integrityOf(path), QStringLiteral("ok"));
    }

    // A window reading the history (an open read transaction) never holds up another one's
    // epoch write: the writer goes ahead (WAL), and the reader keeps its consistent view.
    void aReaderNeverBlocksAWriter() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("runs.sqlite"));
        RunHistory writer(path);
        QVERIFY(writer.record(runOf(1, RunStatus::Finished)) > 0);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reader"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("BEGIN")));
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM runs")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            q.finish();
            const qint64 id = writer.record(runOf(2, RunStatus::Running));
            QVERIFY2(id > 0, qPrintable(writer.lastError()));
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM runs")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);  // the reader's snapshot
            q.finish();
            QVERIFY(q.exec(QStringLiteral("COMMIT")));
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM runs")) && q.next());
            QCOMPARE(q.value(0).toInt(), 2);
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("reader"));
    }

    // A history written by the first format (no owner column) or the second (no code activity, no
    // PSNR gain) opens, keeps its runs, and records and reads back the new columns.
    void olderFormatsAreMigrated_data() {
        QTest::addColumn<int>("version");
        QTest::newRow("format 1") << 1;
        QTest::newRow("format 2") << 2;
    }
    void olderFormatsAreMigrated() {
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("runs.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "CREATE TABLE runs (id INTEGER PRIMARY KEY AUTOINCREMENT, started TEXT NOT NULL, finished TEXT NOT NULL, "
                "wall_seconds REAL NOT NULL, status TEXT NOT NULL, variant TEXT NOT NULL, config TEXT NOT NULL, "
                "dataset TEXT NOT NULL, normal_classes TEXT NOT NULL, parameters INTEGER NOT NULL, epochs INTEGER NOT NULL, "
                "train_loss REAL, train_reconstruction REAL, test_loss REAL, test_reconstruction REAL, "
                "samples_per_second REAL, spearman REAL, pearson REAL, stress REAL, trustworthiness REAL, "
                "continuity REAL, knn REAL, curve TEXT NOT NULL, reconstructions BLOB)")));
            if (version >= 2) QVERIFY(q.exec(QStringLiteral("ALTER TABLE runs ADD COLUMN owner TEXT")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO runs (started, finished, wall_seconds, status, variant, config, dataset, normal_classes, "
                "parameters, epochs, train_loss, curve) VALUES ('2024-05-01T10:00:00.000Z', '2024-05-01T10:01:00.000Z', "
                "60, 'stopped', 'sparse', '{}', 'sample', '', 1234, 7, 0.25, '[]')")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        RunHistory history(path);
        QVERIFY2(history.isOpen(), qPrintable(history.lastError()));
        const std::vector<RunRecord> before = history.runs();
        QCOMPARE(before.size(), std::size_t(1));
        QCOMPARE(before[0].status, RunStatus::Stopped);
        QCOMPARE(before[0].epochs, 7);
        QCOMPARE(before[0].parameters, qint64(1234));
        QVERIFY(!before[0].hasActivity);  // not measured then
        QVERIFY(!std::isfinite(before[0].psnrGain));
        RunRecord added = runOf(2, RunStatus::Finished);
        added.hasActivity = true;
        added.activeFraction = 0.375;
        added.meanAbs = 0.0625;
        added.deadUnits = 3;
        added.codeUnits = 16;
        added.psnrGain = 6.5;
        const qint64 id = history.record(added);
        QVERIFY2(id > 0, qPrintable(history.lastError()));
        QCOMPARE(history.runs().size(), std::size_t(2));
        const RunRecord back = history.run(id);
        QVERIFY(back.hasActivity);
        QCOMPARE(back.activeFraction, 0.375);
        QCOMPARE(back.deadUnits, 3);
        QCOMPARE(back.codeUnits, 16);
        QCOMPARE(back.psnrGain, 6.5);
        // The file is now of this format: it opens again without migrating.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), RunHistory::kSchemaVersion);
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }

    // The Runs view names both new statuses and explains an interrupted run.
    void viewShowsInterruptedAndRunning() {
        QTemporaryDir dir;
        RunHistory history(dir.filePath(QStringLiteral("runs.sqlite")));
        const qint64 interrupted = history.record(runOf(4, RunStatus::Interrupted));
        const qint64 running = history.record(runOf(2, RunStatus::Running));
        RunsView view(&history);
        const RunTableModel* model = view.model();
        const QModelIndex a = model->index(model->rowOf(interrupted), RunTableModel::Status);
        const QModelIndex b = model->index(model->rowOf(running), RunTableModel::Status);
        QCOMPARE(a.data().toString(), QStringLiteral("interrupted"));
        QVERIFY(a.data(Qt::ToolTipRole).toString().contains(QStringLiteral("epochs finished until then are kept")));
        QCOMPARE(b.data().toString(), QStringLiteral("running"));
        QCOMPARE(runStatusFromKey(runStatusKey(RunStatus::Interrupted)), RunStatus::Interrupted);
        QCOMPARE(runStatusFromKey(runStatusKey(RunStatus::Running)), RunStatus::Running);
    }
};

AELAB_UI_TEST_MAIN(TestRunDurability)
#include "test_run_durability.moc"
