#pragma once
// The one place the window keeps what training produced: the newest TrainingProgress,
// ModelSnapshot and AnomalySnapshot, and the run they belong to -- the configuration the run was
// started with and the data it trained on, captured when it started. Views, exports, the run
// recorder and Save model read these values here (never out of a view, nor back from the Model
// panel, which may have been edited since) and observe the change signals.
#include "core/report/report.h"
#include "ui/session/anomaly_snapshot.h"
#include "ui/session/neighbour_snapshot.h"
#include "ui/session/noise_ladder_snapshot.h"
#include "ui/session/snapshot.h"

#include <QMetaType>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace ae {

class TrainingSession;

// The data a run trains on, as the person chose it.
struct RunData {
    QString spec;                     // DataPanel::spec(): "sample", "mnist", a path, "images:FOLDER"
    std::vector<int> normalClasses;   // the classes trained on; empty: every class
    std::optional<ReportData> loaded = std::nullopt;  // what the spec loaded (the report's "data"); empty when it did not
};

// What a run was started with.
struct RunSource {
    ModelConfig config;
    RunData data;
};

class SessionState : public QObject {
    Q_OBJECT
public:
    // Names the data a run starting now trains on (the Data panel, locked while a run lasts).
    using DataOfNewRun = std::function<RunData()>;

    // Follows `session`, which must outlive this state.
    SessionState(TrainingSession* session, DataOfNewRun dataOfNewRun, QObject* parent = nullptr);

    // The run (or opened model) the values below belong to; empty before the first.
    const std::optional<RunSource>& run() const { return run_; }
    // Empty before the first progress, and again after a reset until the fresh model's arrives.
    const TrainingProgress& progress() const { return progress_; }
    // Every finished epoch of the current model, current at each epoch end (progress().epochs
    // is throttled and may lag behind by a few epochs).
    const std::vector<EpochPoint>& epochs() const { return epochs_; }
    // Null before the first snapshot and after a reset until the fresh model's arrives.
    const ModelSnapshot* snapshot() const { return snapshot_ ? &*snapshot_ : nullptr; }
    // Null unless the test set was scored (and not since reset); never an empty scoring.
    const AnomalySnapshot* anomalies() const { return anomalies_ && !anomalies_->empty() ? &*anomalies_ : nullptr; }
    // Null until the model's noise ladder was measured, and again from the start of a run (or a
    // reset, or an opened model) until it is measured anew.
    const NoiseLadderSnapshot* noiseLadder() const { return noiseLadder_ && !noiseLadder_->empty() ? &*noiseLadder_ : nullptr; }

    // Null until a probe point's training neighbours were looked up for the current model (the
    // neighbour inspector asks), and again from the start of a run, a reset or an opened model.
    const TrainNeighbourSnapshot* trainNeighbours() const { return trainNeighbours_ ? &*trainNeighbours_ : nullptr; }

signals:
    // Emitted after the state holds the new value.
    void runStarted(const ae::RunSource& run);
    void modelAdopted(const ae::RunSource& model);
    void modelReset();  // progress, snapshot, anomalies and noise ladder were dropped; the run stays
    void progressChanged(const ae::TrainingProgress& progress);
    void epochFinished(const ae::EpochPoint& epoch);
    void snapshotChanged(const ae::ModelSnapshot& snapshot);
    void anomaliesChanged(const ae::AnomalySnapshot& anomalies);
    void noiseLadderChanged(const ae::NoiseLadderSnapshot& ladder);
    void trainNeighboursChanged(const ae::TrainNeighbourSnapshot& neighbours);

private:
    void setProgress(const TrainingProgress& progress);
    void addEpoch(const EpochPoint& epoch);
    void setSnapshot(const ModelSnapshot& snapshot);
    void setAnomalies(const AnomalySnapshot& anomalies);
    void setNoiseLadder(const NoiseLadderSnapshot& ladder);
    void setTrainNeighbours(const TrainNeighbourSnapshot& neighbours);

    DataOfNewRun dataOfNewRun_;
    std::optional<RunSource> run_;
    TrainingProgress progress_;
    std::vector<EpochPoint> epochs_;
    std::optional<ModelSnapshot> snapshot_;
    std::optional<AnomalySnapshot> anomalies_;
    std::optional<NoiseLadderSnapshot> noiseLadder_;
    std::optional<TrainNeighbourSnapshot> trainNeighbours_;
};

} // namespace ae

Q_DECLARE_METATYPE(ae::RunSource)
