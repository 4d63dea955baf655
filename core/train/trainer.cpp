#include "core/train/trainer.h"

#include "core/parallel.h"

#include <Eigen/Core>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <numeric>
#include <thread>

namespace ae {

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

bool allFinite(std::span<const float> values) {
    // v * 0 is 0 for every finite v and NaN for NaN or Inf, so one sum tells. Eigen's sum runs
    // in vector lanes; a plain float loop may not be reordered and ran one add at a time, which
    // cost 6 % of a dense model's training for the two checks per batch.
    const Eigen::Map<const Eigen::ArrayXf> v(values.data(), static_cast<Eigen::Index>(values.size()));
    return (v * 0.0f).sum() == 0.0f;
}

OptimizerConfig optimizerConfigFor(const ModelConfig& c) {
    OptimizerConfig o;
    o.kind = c.optimizer;
    o.learningRate = c.learningRate;
    o.momentum = c.momentum;
    o.nesterov = c.nesterov;
    o.weightDecay = c.weightDecay;
    o.rho = c.optimizer == OptimizerKind::Adadelta ? 0.95f : 0.9f;  // Keras' defaults
    return o;
}

std::string describeNonFinite(double loss) {
    return std::isnan(loss) ? "nan" : (loss > 0 ? "inf" : "-inf");
}

} // namespace

Matrix validationInputs(const ModelConfig& config, const Matrix& test) {
    if (config.noise == NoiseKind::None || config.noiseFactor <= 0) return {};
    Matrix noisy;
    std::mt19937_64 rng(config.seed + 1);
    corrupt(config.noise, config.noiseFactor, test, noisy, rng);
    return noisy;
}

Trainer::Trainer(Autoencoder& model, const Matrix& train, const Matrix& test)
    : model_(model), train_(train), test_(test),
      optimizer_(makeOptimizer(optimizerConfigFor(model.config()))),
      noise_(model.config().noise), rng_(model.config().seed ^ 0x9E3779B97F4A7C15ull) {
    if (train.rows() == 0) throw Error::worded("no training samples: the training set is empty");
    if (train.cols() != model.inputShape().size())
        throw Error::worded("the training data has %1 values per sample but the network expects %2", train.cols(), model.inputShape().size());
    if (test.rows() > 0 && test.cols() != train.cols())
        throw Error::worded("the test data has %1 values per sample, the training data %2", test.cols(), train.cols());
    validateBatchSize(model.config(), train.rows());
    if (test.rows() > 0) noisyTest_ = validationInputs(model.config(), test);
}

bool Trainer::waitWhilePaused() {
    while (paused_.load() && !stop_.load()) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    return !stop_.load();
}

void Trainer::gatherBatch(const std::vector<int>& order, std::size_t start, Eigen::Index rows) {
    batch_.resize(rows, train_.cols());
    const auto rowCount = static_cast<std::size_t>(rows);
    forEachRowChunk(model_.config().threads, rowCount, static_cast<std::size_t>(train_.cols()), [&](std::size_t begin, std::size_t end) {
        for (std::size_t r = begin; r < end; ++r)
            batch_.row(static_cast<Eigen::Index>(r)) = train_.row(order[start + r]);
    });
}

Trainer::StepResult Trainer::applyOptimizerStep() {
    const std::span<float> params = model_.parameters();
    const std::span<const float> grads = model_.gradients();
    const std::size_t n = params.size();
    // Every chunk is checked before any weight moves, so a non-finite gradient leaves the weights
    // and the optimiser's moments as they were.
    std::atomic<bool> gradientsFinite{true};
    forEachBufferChunk(model_.config().threads, n, [&](std::size_t begin, std::size_t end) {
        if (!allFinite(grads.subspan(begin, end - begin))) gradientsFinite.store(false, std::memory_order_relaxed);
    });
    if (!gradientsFinite.load()) return StepResult::GradientsNotFinite;

    lastGood_.resize(n);
    optimizer_->beginStep(n);
    std::atomic<bool> weightsFinite{true};
    forEachBufferChunk(model_.config().threads, n, [&](std::size_t begin, std::size_t end) {
        std::copy(params.begin() + static_cast<std::ptrdiff_t>(begin), params.begin() + static_cast<std::ptrdiff_t>(end),
                  lastGood_.begin() + static_cast<std::ptrdiff_t>(begin));
        optimizer_->update(params.data(), grads.data(), begin, end);
        if (!allFinite(params.subspan(begin, end - begin))) weightsFinite.store(false, std::memory_order_relaxed);
    });
    if (weightsFinite.load()) return StepResult::Applied;
    model_.setParameters(lastGood_);
    return StepResult::WeightsNotFinite;
}

Trainer::Outcome Trainer::run(int epochs, TrainingObserver* observer) {
    const ModelConfig& config = model_.config();
    stop_.store(false);
    const Eigen::Index n = train_.rows();
    const int batchSize = config.batchSize;
    const int batches = static_cast<int>((n + batchSize - 1) / batchSize);
    order_.resize(static_cast<std::size_t>(n));

    for (int e = 0; e < epochs; ++e) {
        const int epoch = epochsDone_ + 1;
        std::iota(order_.begin(), order_.end(), 0);
        std::shuffle(order_.begin(), order_.end(), rng_);
        epochStart_.assign(model_.parameters().begin(), model_.parameters().end());
        LossBreakdown sum;
        double seen = 0;
        double trainSeconds = 0;
        auto start = Clock::now();

        for (int b = 0; b < batches; ++b) {
            if (stop_.load()) return Outcome::Stopped;
            if (paused_.load()) {
                trainSeconds += secondsSince(start);
                if (!waitWhilePaused()) return Outcome::Stopped;
                start = Clock::now();
            }
            const std::size_t first = static_cast<std::size_t>(b) * static_cast<std::size_t>(batchSize);
            const Eigen::Index rows = std::min<Eigen::Index>(batchSize, n - static_cast<Eigen::Index>(first));
            gatherBatch(order_, first, rows);
            const Matrix* input = &batch_;
            if (noise_ != NoiseKind::None && config.noiseFactor > 0) {
                corrupt(noise_, config.noiseFactor, batch_, noisy_, rng_);
                input = &noisy_;
            }

            model_.zeroGradients();
            const LossBreakdown loss = model_.trainBatch(*input, batch_, rng_);
            const StepResult step = std::isfinite(loss.total) ? applyOptimizerStep() : StepResult::GradientsNotFinite;
            if (step == StepResult::GradientsNotFinite) {
                if (std::isfinite(loss.total))
                    throw Error::worded("training diverged at epoch %1, batch %2: the gradients became non-finite; the weights from before that batch were kept. Try a smaller learning rate.", epoch, b + 1);
                throw Error::worded("training diverged at epoch %1, batch %2: the loss became %3; the weights from before that batch were kept. Try a smaller learning rate.", epoch, b + 1, describeNonFinite(loss.total));
            }
            if (step == StepResult::WeightsNotFinite) {
                throw Error::worded("training diverged at epoch %1, batch %2: the update made weights non-finite; the weights from before that batch were kept. Try a smaller learning rate.", epoch, b + 1);
            }

            const double w = static_cast<double>(rows);
            sum.total += w * loss.total;
            sum.reconstruction += w * loss.reconstruction;
            sum.l1 += w * loss.l1;
            sum.klSparsity += w * loss.klSparsity;
            sum.vaeKl += w * loss.vaeKl;
            sum.distance += w * loss.distance;
            seen += w;
            if (observer) {
                BatchProgress p;
                p.epoch = epoch;
                p.batch = b + 1;
                p.batchesPerEpoch = batches;
                p.loss = loss;
                p.epochSeconds = trainSeconds + secondsSince(start);
                p.samplesPerSecond = p.epochSeconds > 0 ? seen / p.epochSeconds : 0;
                observer->batchFinished(p);
            }
        }
        trainSeconds += secondsSince(start);

        EpochResult result;
        result.epoch = epoch;
        result.train.total = sum.total / seen;
        result.train.reconstruction = sum.reconstruction / seen;
        result.train.l1 = sum.l1 / seen;
        result.train.klSparsity = sum.klSparsity / seen;
        result.train.vaeKl = sum.vaeKl / seen;
        result.train.distance = sum.distance / seen;
        result.seconds = trainSeconds;
        result.samplesPerSecond = trainSeconds > 0 ? seen / trainSeconds : 0;
        if (test_.rows() > 0) {
            result.test = model_.evaluate(noisyTest_.rows() > 0 ? noisyTest_ : test_, test_);
            result.hasTest = true;
            // Finite training losses can still hide weights that overflow on unseen data.
            if (!std::isfinite(result.test.total)) {
                model_.setParameters(epochStart_);
                throw Error::worded("training diverged at epoch %1: the validation loss became %2; the weights from the start of that epoch were kept. Try a smaller learning rate.", epoch, describeNonFinite(result.test.total));
            }
        }
        ++epochsDone_;
        history_.push_back(result);
        if (observer) observer->epochFinished(result);
    }
    return Outcome::Finished;
}

} // namespace ae
