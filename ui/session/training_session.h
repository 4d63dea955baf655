#pragma once
// The GUI thread's handle on training: owns the QThread and the TrainingWorker moved onto it,
// forwards the worker's value signals, and tracks a small state machine for the controls.
// Pause and stop go straight to the worker's atomic flags (they must not wait in the worker's
// event queue behind a running epoch); everything else is queued to the worker's thread.
#include "core/data/dataset.h"
#include "core/train/model_file.h"
#include "ui/session/anomaly_snapshot.h"
#include "ui/session/drawn_input_snapshot.h"
#include "ui/session/neighbour_snapshot.h"
#include "ui/session/noise_ladder_snapshot.h"
#include "ui/session/snapshot.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace ae {

class TrainingWorker;

class TrainingSession : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Training, Paused, Stopping };
    Q_ENUM(State)

    explicit TrainingSession(QObject* parent = nullptr);
    // Stops the worker and waits for the thread: stop -> quit() -> wait(). Never terminate().
    ~TrainingSession() override;

    State state() const { return state_; }
    bool isBusy() const { return state_ != State::Idle; }

    // Trains up to config.epochs epochs in all, continuing the current model when only the
    // epoch count changed; a different network or dataset starts a fresh model. Ignored
    // unless Idle.
    void start(const ModelConfig& config, std::shared_ptr<const Dataset> data);
    // Exactly one more epoch (building the model first if needed). Ignored unless Idle.
    void stepEpoch(const ModelConfig& config, std::shared_ptr<const Dataset> data);
    void pause();
    void resume();
    // Answers within one batch; finished() follows.
    void stop();
    // A fresh, untrained model of the same configuration; the curves start again. Idle only.
    void reset();
    // Continues from a saved model on `data`. Idle only.
    void adoptModel(std::shared_ptr<SavedModel> saved, std::shared_ptr<const Dataset> data);
    // Scores the current model's test set for anomaly detection (anomalies() follows when the
    // data has normal classes). Idle only.
    void scoreAnomalies();
    // What anomaly scores measure, for this and every later scoring (squared error by default).
    void setAnomalyScore(ae::AnomalyScore score);
    // The noise ladder of `noise` (none: the model's own, else gaussian) for this and every later
    // run's end: measured now when Idle (noiseLadder() follows), else when the run ends.
    void measureNoiseLadder(ae::NoiseKind noise);
    // What the model makes of the person's own input (D values in [0, 1]): drawnInput() follows,
    // also while training (between two batches). Requests made before the worker answers are
    // coalesced: only the newest is measured.
    void inspectDrawing(const ae::Vector& input);
    // The nearest training images of probe row `probe` (trainNeighbours() follows): at once when
    // Idle, else queued behind the run, so it is answered with the model the run ends with. It
    // never blocks the GUI thread.
    void findTrainNeighbours(int probe);

signals:
    // The values that follow describe a new model or run; each is emitted before them.
    // A run began (Train, Step, or a sweep's run) with `config`, the configuration it was given.
    void runStarted(const ae::ModelConfig& config);
    // adoptModel() was accepted: the saved model, of `config`, replaces the current one.
    void modelAdopted(const ae::ModelConfig& config);
    // reset() was accepted: an untrained model replaces the trained one.
    void modelReset();
    // An epoch ended (every one; progress() is throttled and may report several at once).
    void epochFinished(const ae::EpochPoint& epoch);
    void progress(const ae::TrainingProgress& progress);
    void snapshot(const ae::ModelSnapshot& snapshot);
    void anomalies(const ae::AnomalySnapshot& anomalies);
    void noiseLadder(const ae::NoiseLadderSnapshot& ladder);
    void drawnInput(const ae::DrawnInputSnapshot& drawn);
    void trainNeighbours(const ae::TrainNeighbourSnapshot& neighbours);
    void failed(const QString& message);
    void stateChanged(ae::TrainingSession::State state);
    // A run ended: all its epochs done (stopped = false) or stopped / failed (true).
    void finished(bool stopped);

private:
    void launch(const ModelConfig& config, std::shared_ptr<const Dataset> data, int epochs);
    void setState(State state);

    QThread thread_;
    TrainingWorker* worker_ = nullptr;  // lives on thread_; deleted after thread_.wait()
    State state_ = State::Idle;
};

} // namespace ae
