#pragma once
// Keeps a training run in the runs history from its first epoch on, from the session state (its
// epochs, the newest TrainingProgress and ModelSnapshot, and what the run was started with):
// the row appears, status "running", when the first epoch ends and is rewritten in one
// transaction after every epoch, so a process killed at any moment loses at most the epoch in
// progress; the end of the run writes its final status, images and distortion.
//
// Train after Train, or Step after Step, continues the same model: the second run's curve
// starts with the first one's epochs. Such a continuation replaces the record of the run it
// continues, so the history holds one row per trained model, not one per Step press.
#include "ui/history/run_record.h"
#include "ui/session/snapshot.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace ae {

class RunHistory;
class SessionState;

// Everything a record is made of. `snapshot` may be null (the run never produced one).
struct RunEnd {
    const TrainingProgress* progress = nullptr;
    // The curve; progress->epochs when null.
    const std::vector<EpochPoint>* epochs = nullptr;
    const ModelSnapshot* snapshot = nullptr;
    ModelConfig config;                 // what the run was started with
    QString dataset;                    // DataPanel::spec() when it started
    std::vector<int> normalClasses;     // DataPanel::normalClasses() when it started
    RunStatus status = RunStatus::Finished;
    QDateTime started, finished;
};

// The images kept per run: the first probe inputs and outputs of the snapshot.
constexpr int kRunImageCount = 8;

// The record of one run; id 0. The distortion and images come from the snapshot only when it
// shows the run's last epoch (an older one would describe another state of the model).
RunRecord makeRunRecord(const RunEnd& end);

class RunRecorder {
public:
    explicit RunRecorder(RunHistory* history) : history_(history) {}

    // Notes when the run began. Calls after the first, until runFinished, are ignored (resuming
    // from a pause is the same run).
    void runStarted(const QDateTime& when = QDateTime::currentDateTime());
    // Writes the run so far with status Running, after an epoch ended. Returns its id, or 0 as
    // runFinished.
    qint64 epochFinished(RunEnd end);
    // The same for the run `state` holds, now.
    qint64 epochFinished(const SessionState& state);
    // Records the run unless it finished no epoch; returns its id, or 0 when nothing was written
    // (no epoch, no history, or the history failed: see RunHistory::lastError).
    qint64 runFinished(RunEnd end);
    // The same for the run `state` holds, ended now.
    qint64 runFinished(const SessionState& state, RunStatus status);
    // The next run trains a fresh model (Reset): it must not replace the last record.
    void forgetModel();
    // The record last written: the row of the model trained last (id 0 before the first, and
    // after forgetModel).
    const RunRecord& lastRecord() const { return last_; }

private:
    qint64 write(RunEnd end, bool runEnds);
    bool continuesLastRun(const std::vector<RunEpoch>& curve) const;

    RunHistory* history_;
    QDateTime started_;
    // The last record written, to recognise a run that continues its model.
    RunRecord last_;
    // The current run has chosen its row (last_'s, or a new one): the first write of a run does.
    bool runHasRow_ = false;
    double earlierWallSeconds_ = 0;  // of the row's runs before the current one
};

} // namespace ae
