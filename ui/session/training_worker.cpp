#include "ui/session/training_worker.h"

#include "core/train/memory_estimate.h"
#include "ui/session/anomaly_builder.h"
#include "ui/session/core_message.h"
#include "ui/session/drawn_input_builder.h"
#include "ui/session/neighbour_builder.h"
#include "ui/session/noise_ladder_builder.h"

#include <QFile>

#include <algorithm>
#include <exception>
#include <limits>

namespace ae {

namespace {

// Two configurations that differ only in how long to train describe the same network, so the
// model is kept and training continues.
bool sameNetwork(ModelConfig a, ModelConfig b) {
    a.epochs = b.epochs = 0;
    a.threads = b.threads = 0;
    return configToJson(a) == configToJson(b);
}

EpochPoint toEpochPoint(const EpochResult& r, int offset) {
    EpochPoint e = r;
    e.epoch = r.epoch + offset;
    return e;
}

void markTerms(TrainingProgress& p, const ModelConfig& c) {
    p.hasL1 = c.l1 > 0;
    p.hasKlSparsity = c.klSparsityWeight > 0;
    p.hasVaeKl = c.variational;
    p.hasDistance = c.distanceWeight > 0;
}

// MemAvailable from /proc/meminfo; no limit when it cannot be read (not Linux).
std::size_t availableMemoryBytes() {
    QFile meminfo("/proc/meminfo");
    if (!meminfo.open(QIODevice::ReadOnly)) return std::numeric_limits<std::size_t>::max();
    return memAvailableFromMeminfo(meminfo.readAll().toStdString()).value_or(std::numeric_limits<std::size_t>::max());
}

} // namespace

TrainingWorker::TrainingWorker(QObject* parent) : QObject(parent) {}

TrainingWorker::~TrainingWorker() = default;

void TrainingWorker::requestStop() {
    stopRequested_.store(true);
    std::lock_guard lock(trainerMutex_);
    if (trainer_) trainer_->requestStop();
}

void TrainingWorker::clearStop() { stopRequested_.store(false); }

void TrainingWorker::setPaused(bool paused) {
    paused_.store(paused);
    std::lock_guard lock(trainerMutex_);
    if (trainer_) trainer_->setPaused(paused);
}

bool TrainingWorker::needsRebuild(const ModelConfig& config, const std::shared_ptr<const Dataset>& data) const {
    return !model_ || !trainer_ || data != data_ || !sameNetwork(config, model_->config());
}

void TrainingWorker::installTrainer() {
    // One-class training validates on the normal test images only: the anomalies are what the
    // model is not meant to reconstruct, and their share would make the curve jump.
    validation_ = testRowsOfClasses(*data_, normalClassesOf(*data_));
    auto trainer = std::make_unique<Trainer>(*model_, data_->trainX, validation_);
    trainer->setPaused(paused_.load());
    std::lock_guard lock(trainerMutex_);
    trainer_ = std::move(trainer);
}

void TrainingWorker::rebuild(const ModelConfig& config, std::shared_ptr<const Dataset> data) {
    {
        std::lock_guard lock(trainerMutex_);
        trainer_.reset();  // it refers to the old model and data
    }
    model_.reset();
    if (!data) throw Error("no dataset is loaded");
    validateConfig(config, data->shape);
    // An absurd network is refused with an estimate here, before anything is allocated.
    refuseIfTooLarge(config, data->shape, data->trainX.rows(), availableMemoryBytes());
    if (data != data_ || !builder_) builder_.emplace(*data, config.threads);
    else builder_->resetAlignment();
    data_ = std::move(data);
    model_ = std::make_unique<Autoencoder>(config, data_->shape);
    trainKnn_.reset();
    builder_->baselines(model_->codeSize());  // once per width, before any snapshot is timed
    builder_->pcaReference(data_->trainX, model_->codeSize());
    previousHistory_.clear();
    progress_ = TrainingProgress{};
    markTerms(progress_, config);
    try {
        installTrainer();
    } catch (...) {
        model_.reset();  // a model that cannot be trained on this data is not worth showing
        throw;
    }
}

void TrainingWorker::run(const ModelConfig& config, std::shared_ptr<const Dataset> data, int epochs) {
    bool stopped = false;
    try {
        if (needsRebuild(config, data)) rebuild(config, std::move(data));
        const int done = trainer_->epochsDone();
        int toRun = epochs > 0 ? epochs : config.epochs - done;
        if (toRun <= 0) toRun = config.epochs;  // the plan is complete: another round of it
        runLastEpoch_ = done + toRun;
        const int offset = static_cast<int>(previousHistory_.size());
        progress_.totalEpochs = runLastEpoch_ + offset;
        progress_.epoch = done + offset;
        // The run has begun: its epochs so far (the earlier runs' when it continues a model) let
        // the runs history write its row before the first epoch ends.
        emitProgress();
        // Zero-age timestamps: the first batch and epoch of a run are reported at once.
        lastProgress_ = lastSnapshot_ = lastDistortion_ = lastQuality_ = Clock::time_point{};
        snapshotCost_ = {};
        if (!stopRequested_.load()) stopped = trainer_->run(toRun, this) == Trainer::Outcome::Stopped;
        else stopped = true;
        if (!progressCurrent_) emitProgress();
        if (!snapshotCurrent_ || lastDistortion_ < lastSnapshot_) emitSnapshot(true);
        // Not after a stop: closing the window stops the run and should not wait for scoring
        // (the Anomaly view's "Score test set" is there for a stopped model).
        if (!stopped) {
            scoreAnomalies();
            measureNoiseLadder();
        }
    } catch (const std::exception& e) {
        fail(localisedMessage(e));
    }
    emit runFinished(stopped);
}

void TrainingWorker::fail(const QString& message) {
    emit failed(message);
    // The trainer kept the last good weights: show them, and the curves up to the failure.
    if (!model_ || !builder_) return;
    try {
        emitProgress();
        emitSnapshot(true);
    } catch (const std::exception&) {
        // Already failing; the first message is the one that matters.
    }
}

void TrainingWorker::reset() {
    try {
        if (!model_ || !data_) {
            progress_ = TrainingProgress{};
            emit progress(progress_);
            return;
        }
        const ModelConfig config = model_->config();
        rebuild(config, data_);
        emitProgress();
        emitSnapshot(true);
    } catch (const std::exception& e) {
        emit failed(localisedMessage(e));
    }
}

void TrainingWorker::adopt(std::shared_ptr<SavedModel> saved, std::shared_ptr<const Dataset> data) {
    try {
        if (!saved || !saved->model) throw Error("no model to load");
        if (!data) throw Error("load a dataset before the model");
        if (!(saved->model->inputShape() == data->shape))
            throw Error("the model expects samples of shape " + saved->model->inputShape().str() + " but the dataset '" +
                        data->name + "' has " + data->shape.str());
        {
            std::lock_guard lock(trainerMutex_);
            trainer_.reset();
        }
        if (data != data_ || !builder_) builder_.emplace(*data, saved->model->config().threads);
        else builder_->resetAlignment();
        data_ = std::move(data);
        model_ = std::move(saved->model);
        trainKnn_.reset();
        builder_->baselines(model_->codeSize());  // once per width, before any snapshot is timed
        builder_->pcaReference(data_->trainX, model_->codeSize());
        previousHistory_ = saved->history;
        progress_ = TrainingProgress{};
        markTerms(progress_, model_->config());
        for (const auto& r : previousHistory_) progress_.epochs.push_back(toEpochPoint(r, 0));
        progress_.epoch = progress_.totalEpochs = static_cast<int>(previousHistory_.size());
        installTrainer();
        emitProgress();
        emitSnapshot(true);
        scoreAnomalies();
        measureNoiseLadder();
    } catch (const std::exception& e) {
        emit failed(localisedMessage(e));
    }
}

void TrainingWorker::scoreAnomalies() {
    if (!model_ || !data_) return;
    const std::vector<int> normal = normalClassesOf(*data_);
    if (normal.empty()) return;
    try {
        emit anomalies(buildAnomalySnapshot(*model_, *data_, normal, epochsDone(), anomalyScore_));
    } catch (const std::exception& e) {
        emit failed(tr("Cannot score anomalies: %1").arg(localisedMessage(e)));
    }
}

void TrainingWorker::measureNoiseLadder() {
    NoiseKind noise = ladderNoise_.load();
    if (!model_ || !builder_ || builder_->probe().rows() == 0) return;
    if (noise == NoiseKind::None) noise = model_->config().noise != NoiseKind::None ? model_->config().noise : NoiseKind::Gaussian;
    try {
        emit noiseLadder(buildNoiseLadderSnapshot(*model_, builder_->probe(), data_->shape, noise, epochsDone()));
    } catch (const std::exception& e) {
        emit failed(tr("Cannot measure the noise ladder: %1").arg(localisedMessage(e)));
    }
}

bool TrainingWorker::setPendingDrawing(const Vector& input) {
    std::lock_guard lock(drawingMutex_);
    const bool wasIdle = !pendingDrawing_;
    pendingDrawing_ = input;
    drawingPending_.store(true);
    return wasIdle;
}

void TrainingWorker::answerDrawing() {
    std::optional<Vector> input;
    {
        std::lock_guard lock(drawingMutex_);
        input.swap(pendingDrawing_);
        drawingPending_.store(false);
    }
    if (!input || !model_ || !data_ || !builder_) return;
    try {
        emit drawnInput(buildDrawnInputSnapshot(*model_, *data_, *input, builder_->projection(), anomalyScore_, epochsDone()));
    } catch (const std::exception& e) {
        emit failed(tr("Cannot measure the drawing: %1").arg(localisedMessage(e)));
    }
}

void TrainingWorker::findTrainNeighbours(int probe) {
    if (!model_ || !builder_ || !data_) return;
    try {
        TrainNeighbourSnapshot s = buildTrainNeighbours(
            *model_, *data_, builder_->probe(), probe, [this](const Matrix& codes) { return builder_->projection().apply(codes); },
            epochsDone(), SnapshotBuilder::kNeighbours);
        if (!trainKnn_) {
            const Matrix& probeX = builder_->probe();
            const Matrix probeZ = model_->encode(probeX);  // copy: encode's buffer is reused
            trainKnn_ = measureTrainKnn(*model_, probeX, probeZ, data_->trainX);
        }
        s.trainKnn = trainKnn_->share;
        s.trainKnnPoints = trainKnn_->points;
        emit trainNeighbours(s);
    } catch (const std::exception& e) {
        emit failed(tr("Cannot find the nearest training images: %1").arg(localisedMessage(e)));
    }
}

int TrainingWorker::epochsDone() const {
    return static_cast<int>(previousHistory_.size()) + (trainer_ ? trainer_->epochsDone() : 0);
}

void TrainingWorker::batchFinished(const BatchProgress& p) {
    // Trainer::run() clears its stop flag when it starts; a stop that arrived just before that
    // is re-issued here, so it is never lost and still lands within one batch.
    if (stopRequested_.load()) trainer_->requestStop();

    const int offset = static_cast<int>(previousHistory_.size());
    progress_.epoch = p.epoch + offset;
    progress_.batch = p.batch;
    progress_.batchesPerEpoch = p.batchesPerEpoch;
    progress_.samplesPerSecond = p.samplesPerSecond;
    progress_.batches.push_back(
        LossPoint{p.epoch - 1 + offset + static_cast<double>(p.batch) / std::max(1, p.batchesPerEpoch), p.loss});
    if (p.samplesPerSecond > 0) {
        const double perEpoch = static_cast<double>(data_->trainX.rows());
        const double samplesLeft = (runLastEpoch_ - p.epoch) * perEpoch +
                                   perEpoch * (1.0 - static_cast<double>(p.batch) / std::max(1, p.batchesPerEpoch));
        progress_.secondsLeft = samplesLeft / p.samplesPerSecond;
    }
    snapshotCurrent_ = false;
    progressCurrent_ = false;
    trainKnn_.reset();  // the weights moved

    const auto now = Clock::now();
    if (now - lastProgress_ >= kProgressPeriod) emitProgress();
    if (snapshotDue(now, kSnapshotPeriod)) emitSnapshot();
    if (drawingPending_.load()) answerDrawing();
}

void TrainingWorker::epochFinished(const EpochResult& r) {
    progress_.epochs.push_back(toEpochPoint(r, static_cast<int>(previousHistory_.size())));
    progress_.batch = progress_.batchesPerEpoch;
    progressCurrent_ = false;
    const auto now = Clock::now();
    if (now - lastProgress_ >= kProgressGapAtEpochEnd) emitProgress();
    // Every epoch end gets a snapshot unless epochs are so short that one per epoch would
    // cost more than the budget (then the batch-time throttle decides).
    const auto epochTime = std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(r.seconds));
    const bool budget = now - lastSnapshot_ >= kSnapshotGapAtEpochEnd && epochTime >= kSnapshotCostFactor * snapshotCost_;
    if (budget || now - lastQuality_ >= kQualityPeriod) emitSnapshot(false, true);
    // After the snapshot, so a record written for this epoch can carry its images.
    emit epochEnded(progress_.epochs.back());
}

void TrainingWorker::emitProgress() {
    lastProgress_ = Clock::now();
    progressCurrent_ = true;
    emit progress(progress_);
}

bool TrainingWorker::snapshotDue(Clock::time_point now, Clock::duration minimumGap) const {
    const Clock::duration costGap = std::min<Clock::duration>(kSnapshotCostFactor * snapshotCost_, kSnapshotMaxGap);
    return now - lastSnapshot_ >= std::max<Clock::duration>(minimumGap, costGap);
}

void TrainingWorker::emitSnapshot(bool final, bool epochEnd) {
    if (!model_ || !builder_) return;
    const auto start = Clock::now();
    const int epochs = epochsDone();
    const bool withQuality = final || (epochEnd && start - lastQuality_ >= kQualityPeriod);
    const bool withDistortion = withQuality || start - lastDistortion_ >= kDistortionPeriod;
    const double position = progress_.batches.empty() ? epochs : std::max<double>(epochs, progress_.batches.back().position);
    const ModelSnapshot s = builder_->build(*model_, epochs, withDistortion, withQuality, position);
    emit snapshot(s);
    snapshotCurrent_ = true;
    // Measured after building, so the analysis cannot crowd out training. The R_NX curve is left
    // out: kQualityPeriod already bounds its share, and counting it would space the next few
    // snapshots out for a cost they do not have.
    lastSnapshot_ = Clock::now();
    snapshotCost_ = std::max(Clock::duration::zero(),
                             lastSnapshot_ - start - std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(s.qualitySeconds)));
    if (withDistortion) lastDistortion_ = lastSnapshot_;
    if (withQuality) lastQuality_ = lastSnapshot_;
}

} // namespace ae
