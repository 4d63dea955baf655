// The runs history: runs written to SQLite come back identical from a fresh RunHistory on the
// same file (a restart); bad files give a clear error and no crash; the recorder turns the end
// of a run into one record per trained model; the Runs view sorts numerically, overlays the
// selected runs and deletes; and the window records a real one-epoch run.
#include "data_loading.h"
#include "ui/panels/data_panel.h"
#include "ui/window/main_window.h"
#include "ui/panels/model_panel.h"
#include "ui/history/run_history.h"
#include "ui/history/run_recorder.h"
#include "ui/history/run_images_view.h"
#include "ui/history/run_table_model.h"
#include "ui/history/runs_view.h"
#include "ui_fixture.h"

#include <qcustomplot.h>

#include <QFile>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace ae;

namespace {

RunImages someImages(int count, Shape shape, int seed) {
    RunImages images;
    images.shape = shape;
    images.count = count;
    for (int i = 0; i < count * shape.size(); ++i) {
        images.inputs.push_back(static_cast<std::uint8_t>((i * 7 + seed) % 256));
        images.outputs.push_back(static_cast<std::uint8_t>((i * 13 + seed) % 256));
    }
    return images;
}

// A run with every field set to something particular, so a field lost on the way shows up.
RunRecord someRun(int n) {
    RunRecord r;
    r.started = QDateTime(QDate(2024, 5, n), QTime(10, n, 7, 123 + n));
    r.finished = r.started.addMSecs(65432 + n);
    r.wallSeconds = 65.432 + n;
    r.status = n % 3 == 0 ? RunStatus::Failed : n % 3 == 1 ? RunStatus::Finished : RunStatus::Stopped;
    ModelConfig c = presetConfig(n % 2 ? "sparse" : "conv");
    c.learningRate = 0.001f * float(n);
    r.variant = QString::fromStdString(c.variant);
    r.configJson = QString::fromStdString(configToJson(c));
    r.dataset = n % 2 ? QStringLiteral("sample") : QStringLiteral("/data/my digits.csv");
    if (n % 2) r.normalClasses = {0, 3, n};
    r.parameters = 25000 + n;
    r.epochs = 3;
    for (int e = 1; e <= 3; ++e) {
        RunEpoch ep;
        ep.epoch = e;
        ep.trainLoss = 0.3 / e + n * 1e-9;  // digits a text round trip would lose
        ep.trainReconstruction = 0.29 / e;
        ep.hasTest = n != 3;
        if (ep.hasTest) {
            ep.testLoss = 0.31 / e + 1.0 / 3.0;
            ep.testReconstruction = 0.3 / e;
        }
        ep.seconds = 1.25 * e;
        r.curve.push_back(ep);
    }
    const RunEpoch& last = r.curve.back();
    r.trainLoss = last.trainLoss;
    r.trainReconstruction = last.trainReconstruction;
    r.hasTest = last.hasTest;
    r.testLoss = last.testLoss;
    r.testReconstruction = last.testReconstruction;
    r.samplesPerSecond = 12345.678 + n;
    r.hasDistortion = n != 3;
    if (r.hasDistortion) r.distortion = DistortionMetrics{0.81 + n * 0.01, 0.77, 0.25, 0.93, 0.91, 0.42};
    if (n != 3) r.reconstructions = someImages(n + 4, n % 2 ? Shape{1, 28, 28} : Shape{3, 8, 6}, n);
    r.hasActivity = n != 3;
    if (r.hasActivity) {
        r.activeFraction = 0.4 + n / 3.0;  // digits a text round trip would lose
        r.meanAbs = 0.125 + n * 1e-9;
        r.deadUnits = n;
        r.codeUnits = 32;
    }
    if (n == 2) r.psnrGain = 5.25 + 1.0 / 3.0;
    return r;
}

void compareRuns(const RunRecord& a, const RunRecord& b) {
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.started, b.started);
    QCOMPARE(a.finished, b.finished);
    QCOMPARE(a.wallSeconds, b.wallSeconds);
    QCOMPARE(a.status, b.status);
    QCOMPARE(a.variant, b.variant);
    QCOMPARE(a.configJson, b.configJson);
    QCOMPARE(a.dataset, b.dataset);
    QCOMPARE(a.normalClasses, b.normalClasses);
    QCOMPARE(a.parameters, b.parameters);
    QCOMPARE(a.epochs, b.epochs);
    QCOMPARE(a.trainLoss, b.trainLoss);
    QCOMPARE(a.trainReconstruction, b.trainReconstruction);
    QCOMPARE(a.hasTest, b.hasTest);
    if (a.hasTest) {
        QCOMPARE(a.testLoss, b.testLoss);
        QCOMPARE(a.testReconstruction, b.testReconstruction);
    }
    QCOMPARE(a.samplesPerSecond, b.samplesPerSecond);
    QCOMPARE(a.hasDistortion, b.hasDistortion);
    if (a.hasDistortion) {
        QCOMPARE(a.distortion.spearman, b.distortion.spearman);
        QCOMPARE(a.distortion.pearson, b.distortion.pearson);
        QCOMPARE(a.distortion.stress, b.distortion.stress);
        QCOMPARE(a.distortion.trustworthiness, b.distortion.trustworthiness);
        QCOMPARE(a.distortion.continuity, b.distortion.continuity);
        QCOMPARE(a.distortion.knn, b.distortion.knn);
    }
    QCOMPARE(a.hasActivity, b.hasActivity);
    if (a.hasActivity) {
        QCOMPARE(a.activeFraction, b.activeFraction);
        QCOMPARE(a.meanAbs, b.meanAbs);
        QCOMPARE(a.deadUnits, b.deadUnits);
        QCOMPARE(a.codeUnits, b.codeUnits);
    }
    QCOMPARE(std::isfinite(a.psnrGain), std::isfinite(b.psnrGain));
    if (std::isfinite(a.psnrGain)) QCOMPARE(a.psnrGain, b.psnrGain);
    QVERIFY(a.curve == b.curve);
    QVERIFY(a.reconstructions == b.reconstructions);
}

// The progress and snapshot of a model after `epochs` epochs, as the worker would send them.
TrainingProgress progressAfter(int epochs, double offset = 0) {
    TrainingProgress p;
    p.epoch = p.totalEpochs = epochs;
    p.samplesPerSecond = 5000;
    for (int e = 1; e <= epochs; ++e) {
        EpochPoint ep;
        ep.epoch = e;
        ep.train.total = 0.2 / e + offset;
        ep.train.reconstruction = 0.19 / e + offset;
        ep.test.total = 0.21 / e + offset;
        ep.test.reconstruction = 0.2 / e + offset;
        ep.hasTest = true;
        ep.seconds = 0.5;
        p.epochs.push_back(ep);
    }
    return p;
}

ModelSnapshot snapshotAt(int epoch) {
    ModelSnapshot s;
    s.epoch = epoch;
    s.inputShape = Shape{1, 4, 4};
    s.inputs = Matrix::Constant(10, 16, 0.5f);
    s.outputs = Matrix::Constant(10, 16, 1.0f);
    s.outputs(0, 0) = -2.0f;  // outside [0, 1]: clamped
    s.parameters.assign(321, 0.0f);
    s.shepard.inputDistances = {1.0f};
    s.shepard.latentDistances = {2.0f};
    s.distortion.spearman = 0.6;
    s.distortion.knn = 0.3;
    s.codes = Matrix(2, 2);
    s.codes << 0.5f, 0, 0.25f, 0;  // unit 1 dead
    s.activity = codeActivity(s.codes);
    return s;
}

RunEnd endOf(const TrainingProgress& p, const ModelSnapshot& s, RunStatus status = RunStatus::Finished) {
    RunEnd end;
    end.progress = &p;
    end.snapshot = &s;
    end.config = presetConfig("undercomplete");
    end.dataset = QStringLiteral("sample");
    end.status = status;
    end.started = QDateTime::currentDateTime();
    end.finished = end.started.addSecs(2);
    return end;
}

} // namespace

class TestRunHistory : public QObject {
    Q_OBJECT

private slots:
    void runsSurviveARestart() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/folder/runs.sqlite"));  // folders are created
        std::vector<RunRecord> written;
        {
            RunHistory history(path);
            QVERIFY2(history.isOpen(), qPrintable(history.lastError()));
            for (int n = 1; n <= 3; ++n) {
                RunRecord r = someRun(n);
                r.id = history.record(r);
                QVERIFY2(r.id > 0, qPrintable(history.lastError()));
                written.push_back(r);
            }
            QVERIFY(written[0].id != written[1].id && written[1].id != written[2].id);
        }
        RunHistory reopened(path);
        QVERIFY2(reopened.isOpen(), qPrintable(reopened.lastError()));
        const std::vector<RunRecord> read = reopened.runs();
        QCOMPARE(read.size(), std::size_t(3));
        // Newest first.
        compareRuns(read[0], written[2]);
        compareRuns(read[1], written[1]);
        compareRuns(read[2], written[0]);
        compareRuns(reopened.run(written[1].id), written[1]);
        QCOMPARE(reopened.run(written[2].id + 100).id, qint64(0));
        QCOMPARE(read[2].reconstructions.shape, (Shape{1, 28, 28}));
        QCOMPARE(read[1].reconstructions.count, 6);
    }

    void recordingAKnownIdReplacesThatRun() {
        QTemporaryDir dir;
        RunHistory history(dir.filePath(QStringLiteral("runs.sqlite")));
        RunRecord r = someRun(1);
        r.id = history.record(r);
        const qint64 other = history.record(someRun(2));
        r.epochs = 9;
        r.status = RunStatus::Stopped;
        QCOMPARE(history.record(r), r.id);
        QCOMPARE(history.runs().size(), std::size_t(2));
        compareRuns(history.run(r.id), r);
        QCOMPARE(history.run(other).epochs, 3);
    }

    void deletingRemovesOnlyThoseRuns() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("runs.sqlite"));
        std::vector<qint64> ids;
        {
            RunHistory history(path);
            for (int n = 1; n <= 4; ++n) ids.push_back(history.record(someRun(n)));
            QVERIFY(history.remove({ids[0], ids[2]}));
        }
        RunHistory reopened(path);
        const std::vector<RunRecord> left = reopened.runs();
        QCOMPARE(left.size(), std::size_t(2));
        QCOMPARE(left[0].id, ids[3]);
        QCOMPARE(left[1].id, ids[1]);
        QVERIFY(reopened.clear());
        QVERIFY(reopened.runs().empty());
        QVERIFY(reopened.lastError().isEmpty());
    }

    void corruptFileGivesAClearErrorAndIsLeftAlone() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("runs.sqlite"));
        QByteArray garbage;
        for (int i = 0; i < 8192; ++i) garbage.append(char((i * 131 + 7) % 251));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(garbage);
        }
        RunHistory history(path);
        QVERIFY(!history.isOpen());
        QVERIFY2(history.lastError().contains(path), qPrintable(history.lastError()));
        QVERIFY2(history.lastError().contains(QStringLiteral("not a database")), qPrintable(history.lastError()));
        QCOMPARE(history.record(someRun(1)), qint64(0));
        QVERIFY(history.runs().empty());
        QVERIFY(!history.remove({1}));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), garbage);  // nothing overwritten: the person may still rescue it
    }

    void newerFormatIsRefused() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("runs.sqlite"));
        {
            RunHistory history(path);
            QVERIFY(history.record(someRun(1)) > 0);
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(RunHistory::kSchemaVersion + 1)));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        RunHistory history(path);
        QVERIFY(!history.isOpen());
        QVERIFY2(history.lastError().contains(QStringLiteral("newer aelab")), qPrintable(history.lastError()));
    }

    void unwritableLocationGivesAClearError() {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("plain-file"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not a folder");
        }
        RunHistory history(file + QStringLiteral("/runs.sqlite"));  // a folder inside a file
        QVERIFY(!history.isOpen());
        QVERIFY2(history.lastError().contains(QStringLiteral("cannot create the folder")), qPrintable(history.lastError()));
        QCOMPARE(history.record(someRun(1)), qint64(0));
    }

    void recordTakesTheLastEpochAndAMatchingSnapshot() {
        const TrainingProgress p = progressAfter(3);
        const ModelSnapshot s = snapshotAt(3);
        RunRecord r = makeRunRecord(endOf(p, s, RunStatus::Stopped));
        QCOMPARE(r.status, RunStatus::Stopped);
        QCOMPARE(r.epochs, 3);
        QCOMPARE(r.curve.size(), std::size_t(3));
        QCOMPARE(r.testLoss, 0.07);
        QCOMPARE(r.trainReconstruction, 0.19 / 3);
        QCOMPARE(r.parameters, qint64(321));
        QVERIFY(r.hasDistortion);
        QCOMPARE(r.distortion.spearman, 0.6);
        QCOMPARE(r.reconstructions.count, kRunImageCount);
        QCOMPARE(r.reconstructions.inputs.size(), std::size_t(kRunImageCount * 16));
        QCOMPARE(int(r.reconstructions.inputs[5]), 128);
        QCOMPARE(int(r.reconstructions.outputs[0]), 0);
        QCOMPARE(int(r.reconstructions.outputs[1]), 255);
        QCOMPARE(r.wallSeconds, 2.0);
        QVERIFY(r.hasActivity);
        QCOMPARE(r.activeFraction, 0.5);
        QCOMPARE(r.deadUnits, 1);
        QCOMPARE(r.codeUnits, 2);
        QCOMPARE(r.meanAbs, s.activity.meanAbs);
        QVERIFY(!std::isfinite(r.psnrGain));  // no ladder

        // The ladder's gain at the trained level, when it measured this epoch.
        NoiseLadderSnapshot ladder;
        ladder.epoch = 3;
        ladder.ladder.levels = {{0.25, 12, 14}, {0.5, 8, 13.5}};
        ladder.trainedLevel = 0.5;
        RunEnd withLadder = endOf(p, s);
        withLadder.ladder = &ladder;
        QCOMPARE(makeRunRecord(withLadder).psnrGain, 5.5);
        ladder.trainedLevel = -1;  // another noise than the trained one
        QVERIFY(!std::isfinite(makeRunRecord(withLadder).psnrGain));
        ladder.trainedLevel = 0.5;
        ladder.epoch = 2;
        QVERIFY(!std::isfinite(makeRunRecord(withLadder).psnrGain));

        // A snapshot of an earlier epoch describes another model state: not used.
        r = makeRunRecord(endOf(p, snapshotAt(2)));
        QVERIFY(!r.hasActivity);
        QVERIFY(!r.hasDistortion);
        QCOMPARE(r.reconstructions.count, 0);
        QCOMPARE(r.parameters, qint64(0));
    }

    void recorderKeepsOneRecordPerTrainedModel() {
        QTemporaryDir dir;
        RunHistory history(dir.filePath(QStringLiteral("runs.sqlite")));
        RunRecorder recorder(&history);

        // No epoch finished: nothing recorded.
        TrainingProgress none;
        QCOMPARE(recorder.runFinished(endOf(none, snapshotAt(0))), qint64(0));
        QVERIFY(history.runs().empty());

        const TrainingProgress two = progressAfter(2);
        const qint64 first = recorder.runFinished(endOf(two, snapshotAt(2)));
        QVERIFY(first > 0);
        // Stopped again before another epoch: nothing new.
        QCOMPARE(recorder.runFinished(endOf(two, snapshotAt(2), RunStatus::Stopped)), qint64(0));
        // Two more epochs of the same model (its curve starts with the first run's): the same row.
        const TrainingProgress four = progressAfter(4);
        QCOMPARE(recorder.runFinished(endOf(four, snapshotAt(4))), first);
        QCOMPARE(history.runs().size(), std::size_t(1));
        QCOMPARE(history.run(first).epochs, 4);
        QCOMPARE(history.run(first).wallSeconds, 4.0);  // both runs' time

        // A different curve is a new model: a new row.
        const TrainingProgress other = progressAfter(1, 0.5);
        const qint64 second = recorder.runFinished(endOf(other, snapshotAt(1), RunStatus::Failed));
        QVERIFY(second > first);
        QCOMPARE(history.run(second).status, RunStatus::Failed);
        // After Reset the same seed gives the same curve again, but it is a new model.
        recorder.forgetModel();
        const qint64 third = recorder.runFinished(endOf(progressAfter(2, 0.5), snapshotAt(2)));
        QVERIFY(third > second);
        QCOMPARE(history.runs().size(), std::size_t(3));
    }

    // The row exists from the run's beginning, before any epoch: a process killed during the
    // first epoch still leaves it. A run stopped before an epoch leaves the history as it was.
    void recorderWritesTheRowWhenTheRunBegins() {
        QTemporaryDir dir;
        RunHistory history(dir.filePath(QStringLiteral("runs.sqlite")));
        RunRecorder recorder(&history);
        const ModelSnapshot none = snapshotAt(0);

        QCOMPARE(recorder.runBegan(endOf(TrainingProgress{}, none)), qint64(0));  // no run started
        recorder.runStarted();
        QVERIFY(recorder.awaitsRow());
        const qint64 fresh = recorder.runBegan(endOf(TrainingProgress{}, none));
        QVERIFY(fresh > 0);
        QVERIFY(!recorder.awaitsRow());
        QCOMPARE(history.run(fresh).status, RunStatus::Running);
        QCOMPARE(history.run(fresh).epochs, 0);
        QVERIFY(!history.run(fresh).reconstructions.count);  // the snapshot may be the old model's
        // Stopped before its first epoch: the row goes.
        QCOMPARE(recorder.runFinished(endOf(TrainingProgress{}, none, RunStatus::Stopped)), qint64(0));
        QVERIFY(history.runs().empty());

        // A run that trains: the row made at its beginning is the one it finishes.
        recorder.runStarted();
        const qint64 first = recorder.runBegan(endOf(TrainingProgress{}, none));
        const TrainingProgress two = progressAfter(2);
        QCOMPARE(recorder.runFinished(endOf(two, snapshotAt(2))), first);
        QCOMPARE(history.runs().size(), std::size_t(1));
        QCOMPARE(history.run(first).status, RunStatus::Finished);

        // Train again on the same model: its row reads "running" from the start, and a stop
        // before another epoch gives it back its earlier status and epochs.
        recorder.runStarted();
        QCOMPARE(recorder.runBegan(endOf(two, none)), first);
        QCOMPARE(history.run(first).status, RunStatus::Running);
        QCOMPARE(history.run(first).epochs, 2);
        QCOMPARE(recorder.runFinished(endOf(two, snapshotAt(2), RunStatus::Stopped)), qint64(0));
        QCOMPARE(history.runs().size(), std::size_t(1));
        QCOMPARE(history.run(first).status, RunStatus::Finished);
        QCOMPARE(history.run(first).epochs, 2);
        QVERIFY(history.run(first).reconstructions.count > 0);

        // ... and after two more epochs, the same row grows.
        recorder.runStarted();
        QCOMPARE(recorder.runBegan(endOf(two, none)), first);
        QCOMPARE(recorder.runFinished(endOf(progressAfter(4), snapshotAt(4), RunStatus::Stopped)), first);
        QCOMPARE(history.run(first).epochs, 4);
        QCOMPARE(history.run(first).status, RunStatus::Stopped);
        QCOMPARE(history.runs().size(), std::size_t(1));
    }

    void tableSortsNumbersAsNumbers() {
        std::vector<RunRecord> runs;
        const double losses[] = {0.5, 10.0, 2.0, 0.25};
        for (int i = 0; i < 4; ++i) {
            RunRecord r = someRun(1);
            r.id = i + 1;
            r.testLoss = losses[i];
            r.hasTest = i != 3;  // no test loss: listed last
            r.parameters = 900 + 1000 * (3 - i) * (3 - i);  // 9900, 4900, 1900, 900
            runs.push_back(r);
        }
        RunTableModel model;
        model.setRuns(runs);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(RunTableModel::SortRole);
        auto column = [&](int c) {
            QStringList texts;
            for (int row = 0; row < proxy.rowCount(); ++row) texts << proxy.index(row, c).data().toString();
            return texts;
        };
        proxy.sort(RunTableModel::TestLoss, Qt::AscendingOrder);
        QCOMPARE(column(RunTableModel::Id), (QStringList{"1", "3", "2", "4"}));  // 0.5, 2, 10, none
        QCOMPARE(column(RunTableModel::TestLoss).first(), QStringLiteral("0.5"));
        proxy.sort(RunTableModel::Parameters, Qt::DescendingOrder);
        QCOMPARE(column(RunTableModel::Id), (QStringList{"1", "2", "3", "4"}));
        proxy.sort(RunTableModel::Id, Qt::DescendingOrder);
        QCOMPARE(column(RunTableModel::Id), (QStringList{"4", "3", "2", "1"}));
        QVERIFY2(model.label(0).startsWith(QStringLiteral("#1 sparse l1=1e-6")), qPrintable(model.label(0)));
    }

    void viewOverlaysTheSelectedRunsAndDeletes() {
        QTemporaryDir dir;
        RunHistory history(dir.filePath(QStringLiteral("runs.sqlite")));
        std::vector<qint64> ids;
        for (int n = 1; n <= 3; ++n) ids.push_back(history.record(someRun(n)));
        RunsView view(&history);
        view.resize(1200, 400);
        QCOMPARE(view.model()->rowCount(), 3);
        QCOMPARE(view.plot()->graphCount(), 0);

        view.selectRuns({ids[0], ids[2]});
        QCOMPARE(view.selectedIds(), (std::vector<qint64>{ids[0], ids[2]}));
        QCOMPARE(view.plot()->graphCount(), 2);
        QVERIFY(view.plot()->graph(0)->name().startsWith(QStringLiteral("#%1 ").arg(ids[0])));
        QCOMPARE(view.plot()->graph(0)->data()->size(), 3);
        QCOMPARE(view.plot()->graph(0)->data()->at(2)->value, 0.31 / 3 + 1.0 / 3.0);  // the test loss
        // Run 3 has no test loss: its training curve is drawn and says so.
        QVERIFY(view.plot()->graph(1)->name().endsWith(QStringLiteral("(train)")));
        QVERIFY(view.plot()->graph(0)->pen().color() != view.plot()->graph(1)->pen().color());
        QCOMPARE(view.imagesView()->runCount(), 2);

        // The first run's input tile shows its stored pixels.
        const QSize size(600, 400);
        const QImage picture = view.imagesView()->render(size);
        const QRect tile = view.imagesView()->tileRect(0, 0, 1, size);
        const RunImages& images = view.model()->run(view.model()->rowOf(ids[0])).reconstructions;
        const int expected = images.inputs[std::size_t(images.shape.size())];  // image 1, pixel (0, 0)
        QCOMPARE(qGray(picture.pixel(tile.topLeft())), expected);

        QSignalSpy loads(&view, &RunsView::configurationRequested);
        view.selectRuns({ids[1]});
        view.loadSelected();
        QCOMPARE(loads.size(), 1);
        QCOMPARE(QString::fromStdString(configToJson(loads[0][0].value<ModelConfig>())), someRun(2).configJson);
        QCOMPARE(loads[0][1].toString(), someRun(2).dataset);

        view.selectRuns({ids[0], ids[1]});
        view.deleteSelected();
        QCOMPARE(view.model()->rowCount(), 1);
        QCOMPARE(history.runs().size(), std::size_t(1));
        QCOMPARE(history.runs().front().id, ids[2]);
        QCOMPARE(view.plot()->graphCount(), 0);
    }

    void viewSaysWhenThereIsNoHistory() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("runs.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        RunHistory history(path);
        RunsView view(&history);
        QVERIFY2(view.message().contains(QStringLiteral("not a database")), qPrintable(view.message()));
        QCOMPARE(view.model()->rowCount(), 0);
    }

    void windowRecordsARealRun() {
        const QString path = RunHistory::defaultPath();
        // The fixture's throw-away directory, never the person's own history.
        QVERIFY2(path.startsWith(qEnvironmentVariable("XDG_DATA_HOME") + QLatin1Char('/')), qPrintable(path));
        QFile::remove(path);
        ae::ModelConfig c = ae::presetConfig("undercomplete");
        c.latent = 2;
        c.batchSize = 100;
        c.epochs = 1;
        {
            MainWindow w;
            QVERIFY2(w.runHistory()->isOpen(), qPrintable(w.runHistory()->lastError()));
            QCOMPARE(w.runHistory()->path(), path);
            w.modelPanel()->setConfig(c);
            QVERIFY(ae::test::waitForData(*w.dataPanel()));
            QSignalSpy finished(w.session(), &TrainingSession::finished);
            w.startTraining();
            QVERIFY(finished.wait(ae::test::scaledMs(60000)));
            QCOMPARE(w.runsView()->model()->rowCount(), 1);
            const RunRecord& shown = w.runsView()->model()->run(0);
            QCOMPARE(shown.epochs, 1);
            QCOMPARE(shown.status, RunStatus::Finished);
            QCOMPARE(shown.dataset, QStringLiteral("sample"));
            QVERIFY(shown.hasTest && shown.testLoss > 0 && shown.testLoss < 1);
            QVERIFY(shown.hasDistortion);
            QCOMPARE(shown.reconstructions.count, kRunImageCount);
            QCOMPARE(shown.reconstructions.shape, (Shape{1, 28, 28}));
            QVERIFY(shown.parameters > 0);

            // Load configuration puts the run's settings back after they were changed.
            w.applyVariant(QStringLiteral("deep"));
            QCOMPARE(w.modelPanel()->config().variant, std::string("deep"));
            w.runsView()->selectRuns({shown.id});
            w.runsView()->loadSelected();
            QCOMPARE(w.modelPanel()->config().variant, std::string("undercomplete"));
            QCOMPARE(w.modelPanel()->config().latent, 2);
            QCOMPARE(w.modelPanel()->config().batchSize, 100);
        }
        // A restart: a fresh history on the same file has the run.
        RunHistory fresh(path);
        const std::vector<RunRecord> runs = fresh.runs();
        QCOMPARE(runs.size(), std::size_t(1));
        QCOMPARE(runs[0].epochs, 1);
        QCOMPARE(QString::fromStdString(configFromJson(runs[0].configJson.toStdString(), "test").variant),
                 QStringLiteral("undercomplete"));
        QCOMPARE(runs[0].curve.size(), std::size_t(1));
        QVERIFY(runs[0].curve[0].hasTest);
    }
};

AELAB_UI_TEST_MAIN(TestRunHistory)
#include "test_run_history.moc"
