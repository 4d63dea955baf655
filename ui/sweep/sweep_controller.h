#pragma once
// Runs a SweepPlan through the one TrainingSession: a fresh model for each value in turn,
// recording what each run ended with (losses, the epoch curve, distortion metrics, a few
// reconstructions), then the next. A run that fails (or diverges) is marked failed and the sweep
// goes on; Stop -- the controller's or the toolbar's -- ends the whole sweep.
#include "core/data/dataset.h"
#include "core/train/sweep.h"
#include "ui/session/snapshot.h"
#include "ui/session/training_session.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <limits>
#include <memory>
#include <vector>

namespace ae {

struct SweepRun {
    enum class Status { Pending, Running, Finished, Failed, Stopped };

    double value = 0;
    QString label;                  // "L1 1e-6", translated (SweepController::runLabel)
    ModelConfig config;
    Status status = Status::Pending;
    QString error;                  // why it failed

    std::vector<EpochPoint> epochs; // the run's curve, one point per finished epoch
    bool hasDistortion = false;     // the final snapshot measured it
    DistortionMetrics distortion;
    Shape inputShape;
    Matrix inputs, outputs;         // the last snapshot's first probe images and reconstructions
    Matrix noisyInputs;             // what a model trained on noise was shown instead; else empty
    bool hasActivity = false;       // the last snapshot measured the code
    CodeActivity activity;          // its activity on the probe set
    // A model trained on noise: PSNR gain at its trained level, from the noise ladder measured at
    // the run's end (NaN when none was, or it measured another noise).
    double psnrGain = std::numeric_limits<double>::quiet_NaN();
    double seconds = 0;             // wall-clock time of the run

    bool hasResult() const { return !epochs.empty(); }
    const LossBreakdown& finalTrain() const { return epochs.back().train; }
    // The final validation losses when there is a test set, otherwise the training losses.
    const LossBreakdown& finalTest() const { return epochs.back().hasTest ? epochs.back().test : epochs.back().train; }
    // Their total: reconstruction plus every weighted code term.
    double finalTestLoss() const { return finalTest().total; }
    // Their reconstruction part, what runs are compared by: a total includes λ × the code term
    // a sweep varies, so the smallest λ would win by construction.
    double finalTestReconstruction() const { return finalTest().reconstruction; }
};

// The finished run with the lowest finite finalTestReconstruction (the first of equals), or -1.
int bestSweepRun(const std::vector<SweepRun>& runs);

class SweepController : public QObject {
    Q_OBJECT
public:
    // `session` must outlive the controller.
    explicit SweepController(TrainingSession* session, QObject* parent = nullptr);

    // Validates every value first (nothing starts when one is refused; `error` says which and
    // why), then starts run 1. Refused too while the session is busy or without data.
    bool start(const SweepPlan& plan, std::shared_ptr<const Dataset> data, QString* error = nullptr);
    // Ends the sweep after the current batch; finished(true) follows.
    void stop();

    // "L1 coefficient", "Noise factor", ...: the parameter as the window names it.
    static QString parameterTitle(SweepParameter parameter);
    // "L1 1e-6", "noise masking": core's sweepReadableLabel with the parameter word translated.
    static QString runLabel(SweepParameter parameter, double value);

    bool isRunning() const { return running_; }
    SweepParameter parameter() const { return parameter_; }
    const std::vector<SweepRun>& runs() const { return runs_; }
    int currentRun() const { return current_; }  // 0-based; -1 when none runs

signals:
    // Run `run` (1-based) of `total` started.
    void runStarted(int run, int total);
    // Anything in runs() changed (a live curve, a finished run): redraw.
    void runsChanged();
    void finished(bool stopped);

private:
    void startRun(int index);
    void onProgress(const TrainingProgress& progress);
    void onSnapshot(const ModelSnapshot& snapshot);
    void onNoiseLadder(const NoiseLadderSnapshot& ladder);
    void onFailed(const QString& message);
    void onSessionFinished(bool stopped);

    TrainingSession* session_;
    std::shared_ptr<const Dataset> data_;
    SweepParameter parameter_ = SweepParameter::L1;
    std::vector<SweepRun> runs_;
    int current_ = -1;
    bool running_ = false;
    std::string currentConfigJson_;  // to tell this run's snapshots from the reset before it
    QElapsedTimer runTimer_;
};

} // namespace ae
