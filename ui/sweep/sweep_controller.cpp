#include "ui/sweep/sweep_controller.h"

#include "ui/session/core_message.h"

#include <cmath>

#include <algorithm>

namespace ae {

namespace {

// Reconstructions kept per run: enough to compare by eye, small enough to keep many runs.
constexpr Eigen::Index kKeptImages = 8;

} // namespace

int bestSweepRun(const std::vector<SweepRun>& runs) {
    int best = -1;
    for (int i = 0; i < static_cast<int>(runs.size()); ++i) {
        const SweepRun& run = runs[static_cast<std::size_t>(i)];
        if (run.status != SweepRun::Status::Finished || !run.hasResult() || !std::isfinite(run.finalTestReconstruction())) continue;
        if (best < 0 || run.finalTestReconstruction() < runs[static_cast<std::size_t>(best)].finalTestReconstruction()) best = i;
    }
    return best;
}

SweepController::SweepController(TrainingSession* session, QObject* parent) : QObject(parent), session_(session) {
    connect(session_, &TrainingSession::progress, this, &SweepController::onProgress);
    connect(session_, &TrainingSession::snapshot, this, &SweepController::onSnapshot);
    connect(session_, &TrainingSession::noiseLadder, this, &SweepController::onNoiseLadder);
    connect(session_, &TrainingSession::failed, this, &SweepController::onFailed);
    connect(session_, &TrainingSession::finished, this, &SweepController::onSessionFinished);
}

QString SweepController::parameterTitle(SweepParameter parameter) {
    switch (parameter) {
    case SweepParameter::L1: return tr("L1 coefficient");
    case SweepParameter::NoiseFactor: return tr("Noise factor");
    case SweepParameter::DistanceWeight: return tr("Distance weight λ_d");
    case SweepParameter::LearningRate: return tr("Learning rate");
    case SweepParameter::Latent: return tr("Code size (latent)");
    case SweepParameter::KlSparsityWeight: return tr("KL sparsity weight");
    case SweepParameter::KlSparsityTarget: return tr("KL sparsity target ρ");
    case SweepParameter::Beta: return tr("β (VAE KL weight)");
    case SweepParameter::BatchSize: return tr("Batch size");
    case SweepParameter::Epochs: return tr("Epochs");
    case SweepParameter::NoiseType: return tr("Noise type");
    }
    return {};
}

QString SweepController::runLabel(SweepParameter parameter, double value) {
    QString word;
    switch (parameter) {
    case SweepParameter::L1: word = tr("L1"); break;
    case SweepParameter::NoiseFactor: word = tr("noise"); break;
    case SweepParameter::DistanceWeight: word = tr("distance weight"); break;
    case SweepParameter::LearningRate: word = tr("learning rate"); break;
    case SweepParameter::Latent: word = tr("code size"); break;
    case SweepParameter::KlSparsityWeight: word = tr("KL weight"); break;
    case SweepParameter::KlSparsityTarget: word = tr("KL target"); break;
    case SweepParameter::Beta: word = tr("beta"); break;
    case SweepParameter::BatchSize: word = tr("batch"); break;
    case SweepParameter::Epochs: word = tr("epochs"); break;
    case SweepParameter::NoiseType: word = tr("noise"); break;
    }
    // The English label is core's (the CLI's report): the window only translates its word.
    const std::string english = sweepReadableLabel(parameter, value);
    const std::string& englishWord = sweepParameterInfo(parameter).label;
    return word + QString::fromStdString(english.substr(englishWord.size()));
}

bool SweepController::start(const SweepPlan& plan, std::shared_ptr<const Dataset> data, QString* error) {
    auto refuse = [error](const QString& why) {
        if (error) *error = why;
        return false;
    };
    if (running_ || session_->isBusy()) return refuse(tr("Training is running: stop it before starting a sweep."));
    if (!data) return refuse(tr("Choose a dataset that loads before starting a sweep."));
    std::vector<ModelConfig> configs;
    try {
        configs = sweepConfigs(plan, data->shape);
    } catch (const std::exception& e) {
        return refuse(localisedMessage(e));
    }

    data_ = std::move(data);
    parameter_ = plan.parameter;
    runs_.clear();
    for (std::size_t k = 0; k < configs.size(); ++k) {
        SweepRun run;
        run.value = plan.values[k];
        run.label = runLabel(plan.parameter, run.value);
        run.config = configs[k];
        runs_.push_back(std::move(run));
    }
    running_ = true;
    startRun(0);
    return true;
}

void SweepController::stop() {
    if (!running_) return;
    session_->stop();  // finished(true) ends the sweep
}

void SweepController::startRun(int index) {
    current_ = index;
    SweepRun& run = runs_[static_cast<std::size_t>(index)];
    run.status = SweepRun::Status::Running;
    currentConfigJson_ = configToJson(run.config);
    // Every value starts from fresh weights: without the reset, a run whose network equals the
    // model already trained (an epochs sweep, or the first value) would continue that model.
    // Both calls queue to the worker's thread in this order.
    session_->reset();
    session_->start(run.config, data_);
    runTimer_.start();
    emit runStarted(index + 1, static_cast<int>(runs_.size()));
    emit runsChanged();
}

void SweepController::onProgress(const TrainingProgress& progress) {
    if (!running_ || current_ < 0) return;
    runs_[static_cast<std::size_t>(current_)].epochs = progress.epochs;
    emit runsChanged();
}

void SweepController::onSnapshot(const ModelSnapshot& snapshot) {
    if (!running_ || current_ < 0) return;
    // The reset before a run reports the previous model; only this run's network counts.
    if (configToJson(snapshot.config) != currentConfigJson_) return;
    SweepRun& run = runs_[static_cast<std::size_t>(current_)];
    run.inputShape = snapshot.inputShape;
    const Eigen::Index n = std::min<Eigen::Index>({kKeptImages, snapshot.inputs.rows(), snapshot.outputs.rows()});
    run.inputs = snapshot.inputs.topRows(n);
    run.outputs = snapshot.outputs.topRows(n);
    // The builder corrupts the same clean images with the same seed for every run, so a noise
    // sweep's runs see the same draws, scaled (or thresholded) by their own factor.
    run.noisyInputs = snapshot.noisyInputs.rows() >= n ? Matrix(snapshot.noisyInputs.topRows(n)) : Matrix();
    run.hasDistortion = !snapshot.shepard.inputDistances.empty();
    run.distortion = snapshot.distortion;
    run.hasActivity = snapshot.activity.units > 0;
    run.activity = snapshot.activity;
}

// The worker measures the ladder after the run's last snapshot and before it reports the end.
void SweepController::onNoiseLadder(const NoiseLadderSnapshot& ladder) {
    if (!running_ || current_ < 0) return;
    SweepRun& run = runs_[static_cast<std::size_t>(current_)];
    if (const NoiseLevelResult* trained = ladder.trained()) run.psnrGain = trained->gain();
    emit runsChanged();
}

void SweepController::onFailed(const QString& message) {
    if (!running_ || current_ < 0) return;
    SweepRun& run = runs_[static_cast<std::size_t>(current_)];
    run.status = SweepRun::Status::Failed;
    run.error = message;
}

void SweepController::onSessionFinished(bool stopped) {
    if (!running_ || current_ < 0) return;
    SweepRun& run = runs_[static_cast<std::size_t>(current_)];
    run.seconds = runTimer_.elapsed() / 1000.0;
    if (run.status != SweepRun::Status::Failed) run.status = stopped ? SweepRun::Status::Stopped : SweepRun::Status::Finished;
    const int next = current_ + 1;
    // A stop ends the sweep; a failure only ends its own run.
    if (stopped || next >= static_cast<int>(runs_.size())) {
        running_ = false;
        current_ = -1;
        emit runsChanged();
        emit finished(stopped);
        return;
    }
    emit runsChanged();
    startRun(next);
}

} // namespace ae
