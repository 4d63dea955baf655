// SessionState following a real TrainingSession (a tiny model on 200 samples of the embedded
// sample): it holds the newest values, emits each change after holding it, and keeps the
// configuration and data a run was started with, whatever the panels say afterwards.
#include "resources/embedded_data.h"
#include "ui/session/session_state.h"
#include "ui/session/training_session.h"
#include "ui_fixture.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using ae::ModelConfig;
using ae::RunData;
using ae::SessionState;
using ae::TrainingSession;

namespace {

// 784-2-784, 10 batches an epoch: milliseconds per epoch.
ModelConfig tinyConfig(int epochs = 2) {
    ModelConfig c = ae::presetConfig("undercomplete");
    c.latent = 2;
    c.epochs = epochs;
    c.batchSize = 20;
    c.threads = 1;
    return c;
}

std::string json(const ModelConfig& c) { return ae::configToJson(c); }

bool runToTheEnd(TrainingSession& session, const ModelConfig& config, std::shared_ptr<const ae::Dataset> data) {
    QSignalSpy finished(&session, &TrainingSession::finished);
    session.start(config, std::move(data));
    return finished.wait(ae::test::scaledMs(30000)) && !finished.last().first().toBool();
}

} // namespace

class TestSessionState : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<const ae::Dataset> data_;
    std::shared_ptr<const ae::Dataset> onlyOnes_;  // trained on digit 1 only: the run scores anomalies

private slots:
    void initTestCase() {
        ae::Dataset d = ae::openDataset("sample");
        ae::limitTraining(d, 200);
        ae::limitTest(d, 200);
        data_ = std::make_shared<const ae::Dataset>(d);
        ae::keepTrainingClasses(d, {1});
        onlyOnes_ = std::make_shared<const ae::Dataset>(std::move(d));
    }

    void holdsTheNewestValuesBeforeSignalling() {
        TrainingSession session;
        RunData chosen{QStringLiteral("sample"), {}};
        SessionState state(&session, [&chosen] { return chosen; });
        QVERIFY(!state.run());
        QVERIFY(!state.snapshot());
        QVERIFY(!state.anomalies());
        QVERIFY(state.progress().epochs.empty());

        // Every signal finds the value it announces already in the state.
        int mismatches = 0;
        connect(&state, &SessionState::progressChanged, this, [&](const ae::TrainingProgress& p) {
            mismatches += state.progress().batches.size() != p.batches.size();
        });
        connect(&state, &SessionState::snapshotChanged, this, [&](const ae::ModelSnapshot& s) {
            mismatches += !state.snapshot() || state.snapshot()->epoch != s.epoch;
        });
        QSignalSpy started(&state, &SessionState::runStarted);
        QSignalSpy progress(&state, &SessionState::progressChanged);
        QSignalSpy snapshots(&state, &SessionState::snapshotChanged);
        QSignalSpy anomalies(&state, &SessionState::anomaliesChanged);

        QVERIFY(runToTheEnd(session, tinyConfig(2), data_));
        QCOMPARE(started.count(), 1);
        QVERIFY(progress.count() >= 1);
        QVERIFY(snapshots.count() >= 1);
        QCOMPARE(anomalies.count(), 0);  // every class was trained on: nothing to score
        QCOMPARE(mismatches, 0);
        QCOMPARE(state.progress().epoch, 2);
        QCOMPARE(state.progress().epochs.size(), std::size_t(2));
        QVERIFY(state.snapshot());
        QCOMPARE(state.snapshot()->epoch, 2);
        QCOMPARE(state.snapshot()->codeSize, 2);
        QVERIFY(!state.anomalies());

        // A one-class run is scored at its end.
        chosen = RunData{QStringLiteral("sample"), {1}};
        QVERIFY(runToTheEnd(session, tinyConfig(1), onlyOnes_));
        QCOMPARE(anomalies.count(), 1);
        QVERIFY(state.anomalies());
        QCOMPARE(state.anomalies()->normalClasses, std::vector<int>{1});
        QCOMPARE(state.run()->data.normalClasses, std::vector<int>{1});
    }

    void keepsWhatTheRunStartedWith() {
        TrainingSession session;
        RunData chosen{QStringLiteral("sample"), {}};
        SessionState state(&session, [&chosen] { return chosen; });
        QSignalSpy started(&state, &SessionState::runStarted);
        const ModelConfig trained = tinyConfig(2);
        QSignalSpy finished(&session, &TrainingSession::finished);
        session.start(trained, data_);
        // Captured as the run starts, not when it ends.
        QCOMPARE(started.count(), 1);
        QVERIFY(state.run());
        QCOMPARE(json(state.run()->config), json(trained));
        QCOMPARE(state.run()->data.spec, QStringLiteral("sample"));
        QCOMPARE(json(started.first().first().value<ae::RunSource>().config), json(trained));

        // The panels change while it trains and after: the run's description does not.
        chosen = RunData{QStringLiteral("mnist"), {3}};
        QVERIFY(finished.wait(ae::test::scaledMs(30000)));
        QCOMPARE(json(state.run()->config), json(trained));
        QCOMPARE(state.run()->data.spec, QStringLiteral("sample"));
        QVERIFY(state.run()->data.normalClasses.empty());

        // The next run is described by what it was given.
        ModelConfig longer = trained;
        longer.epochs = 3;  // continues the same model one more epoch
        chosen = RunData{QStringLiteral("sample"), {}};
        QVERIFY(runToTheEnd(session, longer, data_));
        QCOMPARE(started.count(), 2);
        QCOMPARE(state.run()->config.epochs, 3);
        QCOMPARE(state.snapshot()->epoch, 3);
    }

    void resetDropsTheValuesAndKeepsTheRun() {
        TrainingSession session;
        SessionState state(&session, [] { return RunData{QStringLiteral("sample"), {}}; });
        const ModelConfig trained = tinyConfig(1);
        QVERIFY(runToTheEnd(session, trained, data_));
        QVERIFY(state.snapshot());

        QSignalSpy reset(&state, &SessionState::modelReset);
        QSignalSpy snapshots(&state, &SessionState::snapshotChanged);
        session.reset();
        QCOMPARE(reset.count(), 1);
        QVERIFY(!state.snapshot());
        QVERIFY(state.progress().epochs.empty());
        QCOMPARE(json(state.run()->config), json(trained));
        // The untrained model of the same configuration follows.
        QVERIFY(snapshots.wait(ae::test::scaledMs(30000)));
        QCOMPARE(state.snapshot()->epoch, 0);
    }

    void anAdoptedModelIsTheRunItsValuesBelongTo() {
        TrainingSession session;
        RunData chosen{QStringLiteral("sample"), {}};
        SessionState state(&session, [&chosen] { return chosen; });
        QVERIFY(runToTheEnd(session, tinyConfig(1), data_));

        ModelConfig other = tinyConfig(4);
        other.latent = 3;
        auto saved = std::make_shared<ae::SavedModel>();
        saved->model = std::make_unique<ae::Autoencoder>(other, data_->shape);
        chosen = RunData{QStringLiteral("a folder"), {}};
        QSignalSpy adopted(&state, &SessionState::modelAdopted);
        QSignalSpy snapshots(&state, &SessionState::snapshotChanged);
        session.adoptModel(saved, data_);
        QCOMPARE(adopted.count(), 1);
        QCOMPARE(json(state.run()->config), json(other));
        QCOMPARE(state.run()->data.spec, QStringLiteral("a folder"));
        QVERIFY(snapshots.wait(ae::test::scaledMs(30000)));
        QCOMPARE(state.snapshot()->codeSize, 3);
    }
};

AELAB_UI_TEST_MAIN(TestSessionState)
#include "test_session_state.moc"
