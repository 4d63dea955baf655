#pragma once
// The object that lives on the training thread. It owns the data, the Autoencoder and its
// Trainer, keeps them between runs (Train continues, Step adds one epoch), and turns the
// trainer's per-batch callbacks into throttled value signals: a TrainingProgress at most
// ~5 times a second and a ModelSnapshot at most ~once a second plus at every epoch end.
//
// Threading contract: run()/reset()/adopt() execute on the worker's thread (queued by
// TrainingSession); requestStop(), clearStop() and setPaused() may be called from any thread
// while run() is busy, which is the point of them.
#include "core/data/dataset.h"
#include "core/train/model_file.h"
#include "core/train/trainer.h"
#include "ui/session/anomaly_snapshot.h"
#include "ui/session/drawn_input_snapshot.h"
#include "ui/session/neighbour_snapshot.h"
#include "ui/session/noise_ladder_snapshot.h"
#include "ui/session/snapshot.h"
#include "ui/session/snapshot_builder.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>
#include <optional>

namespace ae {

class TrainingWorker : public QObject, private TrainingObserver {
    Q_OBJECT
public:
    explicit TrainingWorker(QObject* parent = nullptr);
    ~TrainingWorker() override;

    // Thread-safe. Takes effect between two batches.
    void requestStop();
    void clearStop();
    void setPaused(bool paused);

    // Worker thread. Trains `epochs` epochs (0: up to config.epochs in all, or another
    // config.epochs when those are done). The model is rebuilt when the data or anything but
    // the epoch count in `config` changed. Emits runFinished() at the end, also after failed().
    void run(const ModelConfig& config, std::shared_ptr<const Dataset> data, int epochs);
    // Worker thread. Throws the trained weights away: a fresh model of the last configuration,
    // empty curves.
    void reset();
    // Worker thread. Continues from a saved model (its history becomes the curves so far).
    void adopt(std::shared_ptr<SavedModel> saved, std::shared_ptr<const Dataset> data);
    // Worker thread. Scores the whole test set for anomaly detection and emits anomalies(), when
    // the data was narrowed to normal classes (normalClassesOf); otherwise does nothing. Also
    // done at the end of every run and after adopt() (never per batch: it reconstructs the
    // whole test set and fits the PCA baseline).
    void scoreAnomalies();
    // What the anomaly scores measure from now on (this run's end, "Score test set").
    void setAnomalyScore(AnomalyScore score) { anomalyScore_ = score; }
    // Thread-safe. The noise the ladder measures from now on (none: the model's own, else
    // gaussian), at the next run's end too.
    void setLadderNoise(NoiseKind noise) { ladderNoise_.store(noise); }
    // Worker thread. Measures the noise ladder on the probe set and emits noiseLadder(). Also
    // done at the end of every run that was not stopped and after adopt().
    void measureNoiseLadder();
    // Thread-safe. The person's newest drawing (D values in [0, 1]), replacing one not yet
    // answered: while they draw only the newest counts. Returns true when none was waiting, so
    // the caller queues one answerDrawing() per burst.
    bool setPendingDrawing(const Vector& input);
    // Worker thread. Measures the model on the waiting drawing and emits drawnInput(); nothing
    // when none waits or there is no model. Also done between batches of a run, so a drawing is
    // answered while training.
    void answerDrawing();
    // Worker thread. The neighbour inspector's question about probe row `probe`: its nearest
    // training images and where the model puts them, with the train-kNN figure (measured once
    // per model state: it encodes up to 10,000 training images). Emits trainNeighbours().
    void findTrainNeighbours(int probe);

    // Throttling periods. Epoch ends are reported too, but no closer together than the
    // *AtEpochEnd gaps: with epochs of a few milliseconds (tiny data), one snapshot per epoch
    // would flood the GUI thread. The last epoch of a run is always reported.
    static constexpr std::chrono::milliseconds kProgressPeriod{200};
    static constexpr std::chrono::milliseconds kSnapshotPeriod{1000};
    static constexpr std::chrono::milliseconds kProgressGapAtEpochEnd{100};
    static constexpr std::chrono::milliseconds kSnapshotGapAtEpochEnd{250};
    // The distance analysis (about 0.1 s of CPU for 1,000 probe points with the input side
    // cached) is redone at most this often and at the end of every run; snapshots in between
    // carry the previous one.
    static constexpr std::chrono::milliseconds kDistortionPeriod{5000};
    // A snapshot of a conv model encodes 1,000 probe images, which can take longer than the
    // period itself on a slow machine; the gap after a snapshot is at least this many times what
    // it cost, so analysis never takes more than about 1/13 of the training thread (issue 7:
    // the window must keep 90 % of the headless training speed).
    static constexpr int kSnapshotCostFactor = 12;
    // ...but the views never wait longer than this for news, however slow the machine (a slow
    // snapshot then takes a larger share: liveness is what the window is for).
    static constexpr std::chrono::milliseconds kSnapshotMaxGap{8000};
    // The R_NX curve (twice the distance analysis) is measured only at epoch ends, at most this
    // often; when epochs are too short for a snapshot at each end, an epoch end still gets one
    // with the curve once this long has passed, so the curve never lags the run by much more.
    static constexpr std::chrono::milliseconds kQualityPeriod{10000};

signals:
    // Every epoch end, never throttled (the run recorder writes each one): a few numbers, after
    // that epoch's progress and snapshot when those are sent.
    void epochEnded(const ae::EpochPoint& epoch);
    void progress(const ae::TrainingProgress& progress);
    void snapshot(const ae::ModelSnapshot& snapshot);
    void anomalies(const ae::AnomalySnapshot& anomalies);
    void noiseLadder(const ae::NoiseLadderSnapshot& ladder);
    void drawnInput(const ae::DrawnInputSnapshot& drawn);
    void trainNeighbours(const ae::TrainNeighbourSnapshot& neighbours);
    void failed(const QString& message);
    void runFinished(bool stopped);

private:
    using Clock = std::chrono::steady_clock;

    void batchFinished(const BatchProgress& p) override;
    void epochFinished(const EpochResult& r) override;

    void rebuild(const ModelConfig& config, std::shared_ptr<const Dataset> data);
    bool needsRebuild(const ModelConfig& config, const std::shared_ptr<const Dataset>& data) const;
    void installTrainer();
    void emitProgress();
    // `final`: the end of a run (or a reset / load): everything is recomputed. `epochEnd`: the
    // R_NX curve too, when kQualityPeriod has passed since it was last measured.
    void emitSnapshot(bool final = false, bool epochEnd = false);
    bool snapshotDue(Clock::time_point now, Clock::duration minimumGap) const;
    void fail(const QString& message);
    int epochsDone() const;

    std::shared_ptr<const Dataset> data_;
    Matrix validation_;                         // what trainer_ validates on (installTrainer)
    std::unique_ptr<Autoencoder> model_;
    std::optional<SnapshotBuilder> builder_;
    std::vector<EpochResult> previousHistory_;  // of an adopted model, before this trainer
    AnomalyScore anomalyScore_ = AnomalyScore::SquaredError;
    std::optional<TrainKnn> trainKnn_;          // of the model as it is; dropped when it changes

    // The GUI thread reaches the trainer through requestStop/setPaused; the pointer itself only
    // changes on the worker thread, under this mutex.
    std::mutex trainerMutex_;
    std::unique_ptr<Trainer> trainer_;

    std::atomic<bool> stopRequested_{false};
    std::atomic<bool> paused_{false};
    std::mutex drawingMutex_;
    std::optional<Vector> pendingDrawing_;        // under drawingMutex_
    std::atomic<bool> drawingPending_{false};     // a cheap look between batches
    std::atomic<NoiseKind> ladderNoise_{NoiseKind::None};  // chosen in the view; none: the model's own

    TrainingProgress progress_;
    int runLastEpoch_ = 0;          // trainer epoch at which the current run ends
    Clock::time_point lastProgress_{};
    Clock::time_point lastSnapshot_{};
    Clock::time_point lastDistortion_{};
    Clock::time_point lastQuality_{};
    Clock::duration snapshotCost_{};    // how long the last snapshot took to build
    bool snapshotCurrent_ = false;  // no batch trained since the last snapshot
    bool progressCurrent_ = false;  // no batch or epoch since the last progress
};

} // namespace ae
