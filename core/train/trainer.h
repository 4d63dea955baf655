#pragma once
// Runs mini-batch training of an Autoencoder on whatever thread calls run(). Reports through an
// observer, honours pause/stop flags between batches, is deterministic for a given seed and
// thread count, and never leaves non-finite weights behind.
#include "core/nn/corruption.h"
#include "core/nn/optimizer.h"
#include "core/train/autoencoder.h"

#include <atomic>
#include <chrono>
#include <memory>
#include <random>
#include <vector>

namespace ae {

struct BatchProgress {
    int epoch = 0;              // 1-based
    int batch = 0;              // 1-based within the epoch
    int batchesPerEpoch = 0;
    LossBreakdown loss;         // this batch's
    double samplesPerSecond = 0;// over the epoch so far
    double epochSeconds = 0;    // elapsed in this epoch
};

struct EpochResult {
    int epoch = 0;              // 1-based, counting every epoch this trainer ran
    LossBreakdown train;        // mean over the epoch's batches
    LossBreakdown test;         // on the validation set after the epoch (zero when there is none)
    bool hasTest = false;
    double seconds = 0;         // training time of the epoch (validation excluded)
    double samplesPerSecond = 0;
};

class TrainingObserver {
public:
    virtual ~TrainingObserver() = default;
    // Called on the training thread after every batch; keep it cheap.
    virtual void batchFinished(const BatchProgress&) {}
    // Called on the training thread after each epoch's validation.
    virtual void epochFinished(const EpochResult&) {}
};

// A denoising model is validated on what it is for -- cleaning noisy inputs -- with one fixed
// noisy copy of the test set (seeded from the config), so epochs, the final report and a later
// `eval` compare like with like. Empty when the model trains without noise.
Matrix validationInputs(const ModelConfig& config, const Matrix& test);

class Trainer {
public:
    enum class Outcome { Finished, Stopped };

    // `model` and the data must outlive the trainer. `test` may have zero rows.
    Trainer(Autoencoder& model, const Matrix& train, const Matrix& test);
    // The trainer keeps references: temporaries would dangle.
    Trainer(Autoencoder&, Matrix&&, const Matrix&) = delete;
    Trainer(Autoencoder&, const Matrix&, Matrix&&) = delete;

    // Trains `epochs` more epochs, continuing the epoch count, optimiser state and random
    // stream of earlier calls. Returns Stopped if requestStop() was seen between batches.
    // Throws Error if the loss or the weights become non-finite; the weights are then those from
    // before the offending batch.
    Outcome run(int epochs, TrainingObserver* observer = nullptr);

    // Thread-safe; take effect between batches.
    void requestStop() { stop_.store(true); }
    void setPaused(bool paused) { paused_.store(paused); }
    bool isPaused() const { return paused_.load(); }

    int epochsDone() const { return epochsDone_; }
    const std::vector<EpochResult>& history() const { return history_; }

private:
    bool waitWhilePaused();     // false if a stop arrived while paused
    void gatherBatch(const std::vector<int>& order, std::size_t start, Eigen::Index rows);
    // Checks the gradients, then updates the weights; with non-finite gradients nothing moves,
    // with weights the update made non-finite the previous ones are put back.
    enum class StepResult { Applied, GradientsNotFinite, WeightsNotFinite };
    StepResult applyOptimizerStep();

    Autoencoder& model_;
    const Matrix& train_;
    const Matrix& test_;
    std::unique_ptr<Optimizer> optimizer_;
    NoiseKind noise_;
    std::mt19937_64 rng_;
    std::atomic<bool> stop_{false};
    std::atomic<bool> paused_{false};
    int epochsDone_ = 0;
    std::vector<EpochResult> history_;

    // Reused every batch.
    std::vector<int> order_;
    Matrix batch_, noisy_;
    Matrix noisyTest_;              // fixed corrupted test set (denoising only)
    std::vector<float> lastGood_;
    std::vector<float> epochStart_;
};

} // namespace ae
