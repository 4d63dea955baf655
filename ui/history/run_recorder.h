#pragma once
// Keeps a training run in the runs history from its start on, from the session state (its
// epochs, the newest TrainingProgress and ModelSnapshot, and what the run was started with):
// the row appears, status "running", as soon as the run has begun (the worker's first progress)
// and is rewritten in one transaction after every epoch, so a process killed at any moment loses
// at most the epoch in progress; the end of the run writes its final status, images and
// distortion. A run stopped before it finished an epoch leaves the history as it was before it.
//
// Train after Train, or Step after Step, continues the same model: the second run's curve
// starts with the first one's epochs. Such a continuation replaces the record of the run it
// continues, so the history holds one row per trained model, not one per Step press.
#include "ui/history/run_record.h"
#include "ui/session/noise_ladder_snapshot.h"
#include "ui/session/snapshot.h"

#include <QDateTime>
#include <QString>

#include <optional>
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
    // The noise ladder measured at the run's end; may be null.
    const NoiseLadderSnapshot* ladder = nullptr;
    ModelConfig config;                 // what the run was started with
    QString dataset;                    // DataPanel::spec() when it started
    std::vector<int> normalClasses;     // DataPanel::normalClasses() when it started
    RunStatus status = RunStatus::Finished;
    QDateTime started, finished;
};

// The images kept per run: the first probe inputs and outputs of the snapshot.
constexpr int kRunImageCount = 8;

// The record of one run; id 0. The distortion, code activity and images come from the snapshot,
// and the PSNR gain from the ladder, only when they show the run's last epoch (an older one would
// describe another state of the model).
RunRecord makeRunRecord(const RunEnd& end);

class RunRecorder {
public:
    explicit RunRecorder(RunHistory* history) : history_(history) {}

    // Notes when the run began. Calls after the first, until runFinished, are ignored (resuming
    // from a pause is the same run).
    void runStarted(const QDateTime& when = QDateTime::currentDateTime());
    // Writes the row of the run that has begun, status Running, with its epochs so far (the
    // earlier runs' when it continues their model, none for a fresh one). Returns its id, or 0.
    qint64 runBegan(RunEnd end);
    qint64 runBegan(const SessionState& state);
    // A run has started and has no row yet: the next progress is its beginning.
    bool awaitsRow() const { return started_.isValid() && !runHasRow_; }
    // Writes the run so far with status Running, after an epoch ended. Returns its id, or 0 as
    // runFinished.
    qint64 epochFinished(RunEnd end);
    // The same for the run `state` holds, now.
    qint64 epochFinished(const SessionState& state);
    // Records the run unless it finished no epoch; returns its id, or 0 when nothing was written
    // (no epoch, no history, or the history failed: see RunHistory::lastError). A row the run
    // wrote when it began is taken back when no epoch followed: removed if the run made it,
    // restored to what it was if the run continued an earlier model.
    qint64 runFinished(RunEnd end);
    // The same for the run `state` holds, ended now.
    qint64 runFinished(const SessionState& state, RunStatus status);
    // The next run trains a fresh model (Reset): it must not replace the last record.
    void forgetModel();
    // The record last written: the row of the model trained last (id 0 before the first, and
    // after forgetModel).
    const RunRecord& lastRecord() const { return last_; }

private:
    enum class Moment { Begin, Epoch, End };
    qint64 write(RunEnd end, Moment moment);
    qint64 takeBackBegin();
    bool continuesLastRun(const std::vector<RunEpoch>& curve) const;

    RunHistory* history_;
    QDateTime started_;
    // The last record written, to recognise a run that continues its model.
    RunRecord last_;
    // The current run has chosen its row (last_'s, or a new one): the first write of a run does.
    bool runHasRow_ = false;
    // When the row was chosen as the run began: its curve's length then, and the record as it
    // was before (id 0 when the run made the row).
    std::optional<std::size_t> curveAtBegin_;
    RunRecord beforeRun_;
    double earlierWallSeconds_ = 0;  // of the row's runs before the current one
};

} // namespace ae
